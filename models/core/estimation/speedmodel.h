#pragma once

#include "models/core/estimation/memoryestimator.h"
#include "models/core/records.h"

#include <QString>

#include <optional>

// The speed a team can plan with: decode, prefill and time to first token as an engine really runs a model,
// beside the bandwidth ceiling. Every formula and constant is here, each constant with the published runs
// it comes from; tests/data/speed/published_runs.csv holds those runs and tst_speedmodel checks each one.
//
// DECODE (one stream). A generated token reads the active weights and the sequence's KV cache once:
//   GPU bytes    = (active parameters, or only the non-expert ones when the routed experts sit in system
//                   RAM) x bits per weight / 8 + KV cache at the prompt's length (fit.promptTokens)
//   system bytes = the routed experts a token uses x bits per weight / 8 (expert offload only)
// llama.cpp's default layer split gives each GPU a share of the layers and a token passes them one after
// another, so the GPUs' bandwidths never add up:
//   time = sum over GPUs of (their GPU bytes / (bandwidth x efficiency)) + per-token overhead
//        = GPU bytes / (bandwidth of one GPU x efficiency) + overhead          for identical GPUs
// vLLM's tensor parallelism splits every layer over N GPUs, which read their shares at the same time,
// then all-reduces twice per layer:
//   time = GPU bytes / (N x bandwidth x efficiency) + 2 x layers x all-reduce latency (N > 1) + overhead
// Routed experts in system RAM are read by the CPU, and each layer's activations cross to it and back:
//   time += system bytes / (system bandwidth x CPU efficiency) + layers x hop latency
// expected tok/s = 1 / time. The CEILING is the same bytes over the peak bandwidths (layer split: one GPU's;
// tensor parallel: N GPUs'; system RAM: fit.systemMemoryBandwidthGbPerS) with no efficiency or overhead.
// Apple's unified memory runs the llama.cpp formula with its own constants (one GPU, Metal).
//
// PREFILL (reading the prompt) is compute-bound once the prompt is more than a few tokens:
//   FLOPs   = 2 x active parameters x P + 2 x layers x heads x head dim x P^2   (the attention's QK and AV)
//   compute = FLOPs / (dense FP16 rate x compute efficiency x GPUs working at once)
//             (llama.cpp's layer split: one GPU at a time; tensor parallel: all N)
//   memory  = ceil(P / chunk) x weight bytes / effective bandwidth      (the weights read once per chunk)
//   time    = max(compute, memory);  prefill tok/s = P / time;  time to first token = time + one decode step
//
// BATCHED DECODE for serving (the cost model): a step gives every one of B sequences one token:
//   memory  = (weights + B x KV per sequence) / (tensor-parallel bandwidth x efficiency) + overheads
//   compute = 2 x active parameters x B / (N x dense FP16 rate x compute efficiency)
//   step    = max(memory, compute); per sequence 1 / step tok/s; aggregate B / step tok/s
//
// The efficiencies come from published runs (below). Where a team has measured its own GPU with an engine
// (the measurements issue), a Calibration replaces them and the estimate's basis says so.

enum class MemoryFamily {
    Gddr,    // discrete GPUs with GDDR memory: GeForce, RTX workstation, L4, L40S
    Hbm,     // data-centre GPUs with HBM: A100, H100, H200, B200, MI300X
    Unified, // Apple silicon: the GPU reads the system's unified memory
};

namespace SpeedConstants {

// --- llama.cpp, achieved share of peak bandwidth and fixed time per token (kernel launches, sampling,
// synchronisation), fitted by least maximum error to the runs in tests/data/speed/published_runs.csv:
// GDDR: XiongjieDai/GPU-Benchmarks-on-LLM-Inference, llama-bench tg512 of Llama 3 8B and 70B, Q4_K_M and
// F16, on RTX 3090 and RTX 4090, one to eight GPUs (May 2024): 4090 8B Q4_K_M 130.6 tok/s, 2x/4x/8x 4090
// 70B Q4_K_M 19.2/19.8/18.9 tok/s (the same speed on every count: layer split adds no bandwidth).
constexpr double LlamaCppGddrEfficiency = 0.86;
constexpr double LlamaCppGddrOverheadS = 1.8e-3;
// HBM: the same repository's Llama 2 table on an H100 PCIe (December 2023): 7B Q4_0 133.8, 7B F16 83.3,
// 70B Q4_0 25.9 tok/s. The software of that date; newer builds are faster, which calibration would show.
constexpr double LlamaCppHbmEfficiency = 0.65;
constexpr double LlamaCppHbmOverheadS = 3.6e-3;
// Unified: the same repository, M2 Ultra 76-core and M3 Max 40-core, Llama 3 8B and 70B (May 2024):
// M2 Ultra 70B Q4_K_M 12.5 tok/s, M3 Max 8B Q4_K_M 49.0 tok/s.
constexpr double LlamaCppUnifiedEfficiency = 0.81;
constexpr double LlamaCppUnifiedOverheadS = 3.6e-3;

// --- vLLM. Lambda's vllm-benchmark (September 2024), Llama 3 70B BF16 with tensor parallelism 2, one
// stream: median time per output token 29.5 ms on 2x H100 SXM and 50.9 ms on 2x A100 SXM against 21.1 and
// 34.6 ms from bandwidth alone (/work/shared/reference/measurements.csv); and John Musgrave's sweep on one
// A100 40GB, Llama 3.1 8B BF16 at concurrency 1: about 75 tok/s (vLLM 0.23).
constexpr double VllmEfficiency = 0.72;
constexpr double VllmOverheadS = 0.0;
// One small all-reduce per attention and per MLP block at batch 1: about 8 us each. An assumption sized to
// the gap between Lambda's TP2 runs and the single-GPU run above; NVLink systems, not PCIe-only ones.
constexpr double AllReduceLatencyS = 8e-6;

// --- Experts in system RAM (expert offload). The CPU reads them at 68% of the memory's peak: llama.cpp
// issue 34, slaren, 2023-08-12, i9-13900K with DDR5-6400 (102.4 GB/s peak), 7B Q4_0 (3.56 GiB) at
// 18.27 tok/s with 8 threads = 70 GB/s. Each layer's activations cross to the CPU and back: 0.6 ms per
// layer, fitted to ik_llama.cpp pull request 829 (2025-10-13): gpt-oss-120b with every expert on the CPU
// (-ot exps=CPU), RTX 4080 and a Ryzen 5975WX with 8 channels of DDR4-3200, 24.96 tok/s.
constexpr double CpuMemoryEfficiency = 0.68;
constexpr double OffloadHopPerLayerS = 0.6e-3;
// The default system-memory bandwidth: a desktop's dual-channel DDR5-5600, 2 channels x 8 bytes x 5600
// MT/s = 89.6 GB/s peak (JEDEC arithmetic). Named and adjustable: FitParameters::systemMemoryBandwidthGbPerS.
constexpr double DefaultSystemMemoryBandwidthGbPerS = 89.6;

// --- Prefill: achieved share of the dense FP16/BF16 rate (FP32 accumulate, as gpus.csv gives it).
// GDDR: XiongjieDai llama-bench pp512, Llama 3 8B Q4_K_M on one RTX 4090 (7,139 tok/s) and RTX 3090
// (4,030), 70B Q4_K_M on 2x 4090 (839) and 2x 3090 (357) (May 2024).
constexpr double LlamaCppGddrComputeEfficiency = 0.72;
// Unified: the same, M2 Ultra 8B/70B Q4_K_M 994/119 tok/s, M3 Max 694/70 tok/s.
constexpr double LlamaCppUnifiedComputeEfficiency = 0.67;
// HBM with llama.cpp and vLLM on any GPU: no single-request prefill run of current software in the test
// data (the December 2023 H100 run reached 16%, before llama.cpp used int8 tensor cores on it). An
// assumption: about 60% of the dense rate, as large GEMMs reach on these parts.
constexpr double DefaultComputeEfficiency = 0.6;
// Tokens a prefill step processes at once: llama.cpp's default n_ubatch is 512; vLLM's chunked prefill
// default max_num_batched_tokens for online serving is 2048.
constexpr qint64 LlamaCppPrefillChunkTokens = 512;
constexpr qint64 VllmPrefillChunkTokens = 2048;

// The prompt length decode and prefill are quoted at when nobody says: a chat turn with some history.
constexpr qint64 DefaultPromptTokens = 1024;

} // namespace SpeedConstants

// A team's own measurement of one GPU type with one engine: replaces the published efficiencies.
struct SpeedCalibration
{
    double bandwidthEfficiency = 0; // 0: keep the published constant
    double perTokenOverheadS = -1;  // < 0: keep the published constant
    double computeEfficiency = 0;   // 0: keep the published constant
    QString basis;                  // for people: "measured 2026-03-01, 12 runs"
    int runs = 0;                   // the measured runs behind it; 0 for one set by hand
};

struct SpeedEstimate
{
    InferenceEngine engine = InferenceEngine::LlamaCpp;
    MemoryFamily family = MemoryFamily::Gddr;
    // False when the model does not fit at all (verdict "does not fit"): no speed is quoted.
    bool available = false;
    bool expertsInSystemRam = false; // the routed experts are read from system RAM (chosen, or needed)
    double gpuBytesPerToken = 0;
    double systemBytesPerToken = 0;
    double decodeTokensPerS = 0;      // expected
    double decodeBoundTokensPerS = 0; // the ceiling: peak bandwidths, no efficiency, no overhead
    double prefillTokensPerS = 0;     // at fit.promptTokens
    double prefillBoundTokensPerS = 0; // the compute ceiling: the dense FP16 rate of the GPUs working at once
    double timeToFirstTokenS = 0;     // prefill of fit.promptTokens + one decode step
    qint64 promptTokens = 0;
    bool calibrated = false;
    QString basis; // "published runs" or the calibration's basis
};

// One serving step for a batch of sequences decoded together.
struct BatchStep
{
    double memoryTimeS = 0;
    double computeTimeS = 0;
    double stepTimeS = 0; // max of the two
    bool computeLimited = false;
    double perSequenceTokensPerS = 0;
    double aggregateTokensPerS = 0;
};

namespace SpeedModel {

MemoryFamily memoryFamily(const GpuRecord &gpu); // "unified" memory, "HBM..." memory, or GDDR
QString engineKey(InferenceEngine engine);       // "llama.cpp", "vllm"
QString engineName(InferenceEngine engine);      // "llama.cpp", "vLLM"
std::optional<InferenceEngine> engineFromKey(const QString &key);
// The rule for when nobody chooses: llama.cpp for GGUF quantizations (names as llama.cpp writes them:
// Q4_K_M, Q8_0, IQ2_XXS...), vLLM for FP16/BF16/FP8/INT8/AWQ/GPTQ weights.
InferenceEngine defaultEngine(const QString &quantName);
// fit.engine when set, else the default for fit.quantName.
InferenceEngine engineFor(const FitParameters &fit);

double bandwidthEfficiency(InferenceEngine engine, MemoryFamily family);
double perTokenOverheadS(InferenceEngine engine, MemoryFamily family);
double computeEfficiency(InferenceEngine engine, MemoryFamily family);

// The estimate for one stream, given the memory estimate of the same model, configuration and parameters.
SpeedEstimate estimate(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &fit,
                       const MemoryEstimate &memory, const std::optional<SpeedCalibration> &calibration = {});

// A step of batched decoding with `batch` sequences, each with kvBytesPerSequence of KV cache, as the
// engine runs it (vLLM's tensor parallelism pools bandwidth; llama.cpp's layer split does not).
BatchStep batchStep(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &fit,
                    int batch, double kvBytesPerSequence,
                    const std::optional<SpeedCalibration> &calibration = {});

// The engine that really runs on the configuration: engineFor(fit), except llama.cpp on Apple silicon.
InferenceEngine engineOn(const GpuConfiguration &config, const FitParameters &fit);
// The dense FLOP/s prefill reaches: GPUs working at once (all with vLLM, one with llama.cpp's layer split)
// x FP16 rate x compute efficiency (the calibration's when given). The serving model's prompt rate.
double prefillFlopsPerS(const GpuConfiguration &config, const FitParameters &fit,
                        const std::optional<SpeedCalibration> &calibration = {});

} // namespace SpeedModel
