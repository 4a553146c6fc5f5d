#pragma once

#include "models/core/records.h"
#include "models/core/vocabulary.h"

#include <QString>

#include <optional>

// What a model needs in GPU memory, computed from first principles: weights (every parameter, MoE experts
// included, at the format's bits per weight), KV cache (from layers, KV heads and head dimension, or the
// latent width for MLA, counting only layers that attend over the whole context) and runtime overhead.

enum class KvPrecision { Fp16, Fp8, Q8_0, Q4_0 };

// How the model is run, which decides its speed (models/core/estimation/speedmodel.h): llama.cpp splits the layers over
// the GPUs, vLLM splits every layer over them (tensor parallelism).
enum class InferenceEngine { LlamaCpp, Vllm };

// A GPU type times a count, pooled by tensor parallelism.
struct GpuConfiguration
{
    GpuRecord gpu;
    int count = 1;

    QString name() const; // "2x RTX 4090", or the GPU's name alone for one
    double memoryBytes() const; // what the GPUs may use: GiB per card as marketed, times a unified pool's GPU share
    double bandwidthBytesPerS() const;
};

// The assumptions behind an estimate. Every one is named in the output and adjustable.
struct FitParameters
{
    double bitsPerWeight = Vocabulary::DefaultBitsPerWeight;
    QString quantName = Vocabulary::DefaultQuantName;
    // The model's weights at quantName as a file measured them (a MeasuredSizeRecord): used instead of
    // parameters x bitsPerWeight when set.
    std::optional<double> measuredWeightsBytes;
    qint64 contextTokens = 8192;
    int batch = 1;                    // concurrent sequences, each with the full context
    KvPrecision kvPrecision = KvPrecision::Fp16;
    bool expertOffload = false;       // MoE: routed experts in system RAM, the rest on the GPUs
    double utilisation = 0.9;         // fraction of GPU memory the engine may use, as vLLM's default
    double runtimeReservePerGpuBytes = 512.0 * 1024 * 1024; // CUDA context, kernels, allocator slack
    qint64 prefillChunkTokens = 2048; // tokens processed at once when reading the prompt
    double activationBytesPerHidden = 32; // bytes per hidden unit and token in flight (fp16 x ~16 buffers)
    double recurrentStateBytesPerElement = 2; // linear-attention state kept in bf16
    // Speed (models/core/estimation/speedmodel.h, where the defaults are cited): the engine, empty for the format's
    // default; the prompt read before decoding; the bandwidth of the system RAM holding offloaded experts.
    std::optional<InferenceEngine> engine;
    qint64 promptTokens = 1024;
    double systemMemoryBandwidthGbPerS = 89.6;
};

enum class FitVerdict {
    FitsWithRoom, // at least 10% of usable memory left
    Tight,        // fits, with less than 10% left
    NeedsOffload, // does not fit, but does with the MoE's routed experts in system RAM
    DoesNotFit,
};

struct MemoryEstimate
{
    double weightsBytes = 0;      // on the GPUs
    bool weightsMeasured = false; // the weights are a file's measured size, not an estimate
    double kvCacheBytes = 0;
    double overheadBytes = 0;
    double totalBytes = 0;        // weights + KV cache + overhead: what the GPUs must hold
    double offloadedBytes = 0;    // routed experts in system RAM (expert offload only)
    double capacityBytes = 0;     // usable: GPUs x memory x utilisation
    double headroomBytes = 0;     // capacity - total; negative when it does not fit
    bool fits = false;
    FitVerdict verdict = FitVerdict::DoesNotFit;
};

namespace MemoryEstimator {

double kvElementBytes(KvPrecision precision);
QString kvPrecisionName(KvPrecision precision);
QString verdictName(FitVerdict verdict);        // for people: "Fits with room"
QString verdictKey(FitVerdict verdict);         // for machines: "fits", "tight", "needs_offload", "does_not_fit"

double weightsBytes(const ModelRecord &model, double bitsPerWeight);
// params with the weights a model file measured for the model at params' quantization, when one did
// (measured may be null): the file's own bits per weight too, so every figure drawn from them, speeds and
// costs included, agrees with the measured size.
FitParameters withMeasuredWeights(FitParameters params, const ModelRecord &model, const MeasuredSizeRecord *measured);
// Parameters outside the routed experts (attention, embeddings, shared experts), solved from total and
// active counts: total = dense + E x expert, active = dense + k x expert. All parameters for a dense model.
double denseParams(const ModelRecord &model);
// KV cache for one sequence of `tokens` tokens, plus any fixed recurrent state.
double kvCacheBytes(const ModelRecord &model, qint64 tokens, const FitParameters &params);
double overheadBytes(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &params);

MemoryEstimate estimate(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &params);

// The inverse questions. Each returns 0 / nullptr / 0 when nothing fits.
qint64 maxContext(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &params);
// Highest-precision format (most bits per weight) that fits, from formats.
const QuantFormatRecord *bestQuantization(const ModelRecord &model, const GpuConfiguration &config,
                                          const FitParameters &params, const QList<QuantFormatRecord> &formats);
int smallestCount(const ModelRecord &model, const GpuRecord &gpu, const FitParameters &params,
                  int maxCount = Vocabulary::MaxGpuCount);

} // namespace MemoryEstimator
