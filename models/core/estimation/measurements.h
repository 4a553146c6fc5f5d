#pragma once

#include "models/core/dataset.h"
#include "models/core/estimation/speedmodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Benchmark runs from outside (llama-bench, vllm bench serve, LLM Atlas's own measurements file) read,
// matched to the dataset's models and GPUs, compared with the estimates, and turned into calibrations of
// the speed model per GPU type and engine.
//
// CALIBRATION. For each decode run at batch 1, efficiency = measured tok/s / the bandwidth bound of the
// same model, configuration and prompt (SpeedEstimate::decodeBoundTokensPerS). A GPU type and engine's
// fitted efficiency is the mean of its runs' (the least-squares fit of measured = e x bound in relative
// terms), and the calibrated estimate is that share of the bound with no separate per-token overhead: the
// runs measured it along with everything else. Prefill is fitted the same way against the compute bound.
namespace Measurements {

enum class FileFormat { LlamaBenchJson, LlamaBenchJsonl, LlamaBenchCsv, VllmJson, AtlasCsv, AtlasJson };
QString formatName(FileFormat format);

// One run as the tool printed it, before it is matched.
struct RawRun
{
    int line = 0;             // of the file (JSON arrays: the entry, counted from 1)
    QString modelText;        // model_type / model_id / model, as printed
    QString fileName;         // llama-bench's model_filename
    qint64 modelParams = 0;   // llama-bench's model_n_params
    QString gpuText;          // gpu_info / gpu
    int gpuCount = 0;         // 0: not said
    MeasurementRecord record; // modelId and gpuId 0 until matched
};

struct ParseResult
{
    std::optional<FileFormat> format;
    QList<RawRun> runs;
    QString error; // non-empty: the whole file is refused; it names the line and the reason
};

// Reads a file of any of the formats, chosen by its content. fileName names the source of each run.
ParseResult parse(const QByteArray &data, const QString &fileName);

// llama.cpp's description of a file type ("Q4_K - Medium", "F16") or a file name as a dataset quant name
// (Q4_K_M, FP16); empty when unknown.
QString quantFromLlamaCpp(const QString &text);

struct MatchOptions
{
    QString model; // --model: every run is this model
    QString gpu;   // --gpu
    int count = 0; // --count; 0: from the file, else 1
};

struct ImportPlan
{
    std::optional<FileFormat> format;
    QList<MeasurementRecord> accepted;
    QStringList unmatched; // "line 3: no model of 8.03 B parameters"
    QStringList rejected;  // "line 4: 0 tok/s"
    QString error;         // the file or an option is refused as a whole
    bool canWrite() const { return error.isEmpty() && unmatched.isEmpty() && rejected.isEmpty() && !accepted.isEmpty(); }
    QString report() const;
};

ImportPlan plan(const Dataset &dataset, const QByteArray &data, const QString &fileName, const MatchOptions &options);

// The configuration and assumptions a run was measured in, as the estimators take them; nullopt when its
// model, GPU or weight format is not in the dataset.
struct RunSetting
{
    const ModelRecord *model = nullptr;
    GpuConfiguration configuration;
    FitParameters parameters;
};
std::optional<RunSetting> settingOf(const Dataset &dataset, const MeasurementRecord &run);

// The team's run of a model at a format on a configuration (GPU type, count, batch and the engine the
// estimate assumes), for the VRAM fit tab to show beside its estimate: the latest at the context and KV
// cache type asked for, else the latest at any context. Only the first kind's memory compares with the
// estimate; speeds barely depend on it.
struct RunMatch
{
    const MeasurementRecord *run = nullptr; // null when the team measured none
    bool sameMemorySetting = false;         // same context and KV cache type as asked
};
RunMatch runMatching(const Dataset &dataset, qint64 modelId, const QString &quant, const GpuConfiguration &config,
                     const FitParameters &params);

struct Calibration
{
    qint64 gpuId = 0;
    InferenceEngine engine = InferenceEngine::LlamaCpp;
    int decodeRuns = 0;
    int prefillRuns = 0;
    SpeedCalibration speed;
    int runs() const { return decodeRuns + prefillRuns; }
};

// One per GPU type and engine with usable runs.
QList<Calibration> fitCalibrations(const Dataset &dataset);
const Calibration *calibrationFor(const QList<Calibration> &calibrations, qint64 gpuId, InferenceEngine engine);

// A run beside the estimate the published constants give for it.
struct Comparison
{
    MeasurementRecord run;
    std::optional<double> estimatedDecode;
    std::optional<double> estimatedPrefill;
    std::optional<double> estimatedVram;
    std::optional<double> decodeErrorPct; // (estimated - measured) / measured x 100
    std::optional<double> prefillErrorPct;
    std::optional<double> vramErrorPct;
};
Comparison compare(const Dataset &dataset, const MeasurementRecord &run);
std::optional<double> errorPct(std::optional<double> estimated, std::optional<double> measured);

struct Summary
{
    int errors = 0;                  // error figures counted (decode, prefill and memory)
    double medianAbsoluteErrorPct = 0;
    int within20Pct = 0;
};
Summary summarize(const QList<Comparison> &comparisons);

} // namespace Measurements
