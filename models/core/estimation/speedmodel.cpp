#include "models/core/estimation/speedmodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

// The defaults FitParameters carries are the ones cited here; memoryestimator.h cannot include this header.
static_assert(SpeedConstants::DefaultPromptTokens == 1024);
static_assert(SpeedConstants::DefaultSystemMemoryBandwidthGbPerS == 89.6);

namespace {

struct Effective
{
    double bandwidthEfficiency = 0;
    double overheadS = 0;
    double computeEfficiency = 0;
};

Effective effectiveConstants(InferenceEngine engine, MemoryFamily family,
                             const std::optional<SpeedCalibration> &calibration)
{
    Effective e{SpeedModel::bandwidthEfficiency(engine, family), SpeedModel::perTokenOverheadS(engine, family),
                SpeedModel::computeEfficiency(engine, family)};
    if (calibration) {
        if (calibration->bandwidthEfficiency > 0)
            e.bandwidthEfficiency = calibration->bandwidthEfficiency;
        if (calibration->perTokenOverheadS >= 0)
            e.overheadS = calibration->perTokenOverheadS;
        if (calibration->computeEfficiency > 0)
            e.computeEfficiency = calibration->computeEfficiency;
    }
    return e;
}

// Apple silicon runs llama.cpp (Metal) on one GPU whatever engine is asked for: vLLM has no Metal backend.
InferenceEngine effectiveEngine(InferenceEngine engine, MemoryFamily family)
{
    return family == MemoryFamily::Unified ? InferenceEngine::LlamaCpp : engine;
}

// GPUs whose bandwidth adds up for one token: all of them with tensor parallelism, one with a layer split.
int parallelGpus(InferenceEngine engine, const GpuConfiguration &config)
{
    return engine == InferenceEngine::Vllm ? std::max(config.count, 1) : 1;
}

double allReduceTimeS(InferenceEngine engine, const ModelRecord &model, const GpuConfiguration &config)
{
    return engine == InferenceEngine::Vllm && config.count > 1
               ? 2.0 * model.layers * SpeedConstants::AllReduceLatencyS
               : 0.0;
}

} // namespace

namespace SpeedModel {

MemoryFamily memoryFamily(const GpuRecord &gpu)
{
    if (gpu.memoryKind.compare(QLatin1String("unified"), Qt::CaseInsensitive) == 0)
        return MemoryFamily::Unified;
    if (gpu.memoryKind.startsWith(QLatin1String("HBM"), Qt::CaseInsensitive))
        return MemoryFamily::Hbm;
    return MemoryFamily::Gddr;
}

QString engineKey(InferenceEngine engine)
{
    return engine == InferenceEngine::Vllm ? QStringLiteral("vllm") : QStringLiteral("llama.cpp");
}

QString engineName(InferenceEngine engine)
{
    return engine == InferenceEngine::Vllm ? QStringLiteral("vLLM") : QStringLiteral("llama.cpp");
}

std::optional<InferenceEngine> engineFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("llama.cpp") || k == QLatin1String("llamacpp"))
        return InferenceEngine::LlamaCpp;
    if (k == QLatin1String("vllm"))
        return InferenceEngine::Vllm;
    return std::nullopt;
}

InferenceEngine defaultEngine(const QString &quantName)
{
    // llama.cpp's own format names: Q8_0, Q6_K, Q4_K_M, Q2_K, IQ2_XXS, TQ1_0...
    static const QRegularExpression gguf(QStringLiteral("^(I|T)?Q[0-9]"), QRegularExpression::CaseInsensitiveOption);
    return gguf.match(quantName.trimmed()).hasMatch() ? InferenceEngine::LlamaCpp : InferenceEngine::Vllm;
}

InferenceEngine engineFor(const FitParameters &fit)
{
    return fit.engine.value_or(defaultEngine(fit.quantName));
}

double bandwidthEfficiency(InferenceEngine engine, MemoryFamily family)
{
    using namespace SpeedConstants;
    if (engine == InferenceEngine::Vllm && family != MemoryFamily::Unified)
        return VllmEfficiency;
    switch (family) {
    case MemoryFamily::Gddr: return LlamaCppGddrEfficiency;
    case MemoryFamily::Hbm: return LlamaCppHbmEfficiency;
    case MemoryFamily::Unified: return LlamaCppUnifiedEfficiency;
    }
    return LlamaCppGddrEfficiency;
}

double perTokenOverheadS(InferenceEngine engine, MemoryFamily family)
{
    using namespace SpeedConstants;
    if (engine == InferenceEngine::Vllm && family != MemoryFamily::Unified)
        return VllmOverheadS;
    switch (family) {
    case MemoryFamily::Gddr: return LlamaCppGddrOverheadS;
    case MemoryFamily::Hbm: return LlamaCppHbmOverheadS;
    case MemoryFamily::Unified: return LlamaCppUnifiedOverheadS;
    }
    return LlamaCppGddrOverheadS;
}

double computeEfficiency(InferenceEngine engine, MemoryFamily family)
{
    using namespace SpeedConstants;
    if (family == MemoryFamily::Unified)
        return LlamaCppUnifiedComputeEfficiency;
    if (engine == InferenceEngine::LlamaCpp && family == MemoryFamily::Gddr)
        return LlamaCppGddrComputeEfficiency;
    return DefaultComputeEfficiency;
}

SpeedEstimate estimate(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &fit,
                       const MemoryEstimate &memory, const std::optional<SpeedCalibration> &calibration)
{
    SpeedEstimate s;
    s.family = memoryFamily(config.gpu);
    s.engine = effectiveEngine(engineFor(fit), s.family);
    s.promptTokens = std::clamp<qint64>(fit.promptTokens, 1, std::max<qint64>(fit.contextTokens, 1));
    s.calibrated = calibration.has_value();
    s.basis = calibration ? calibration->basis
                          : QCoreApplication::translate("SpeedModel", "published %1 runs").arg(engineName(s.engine));
    if (memory.verdict == FitVerdict::DoesNotFit || config.gpu.bandwidthGbPerS <= 0 || config.count < 1)
        return s;
    s.available = true;

    // A row that needs expert offload runs with the experts in system RAM: that is the only way it runs.
    s.expertsInSystemRam = model.isMoe() && (fit.expertOffload || memory.verdict == FitVerdict::NeedsOffload);
    const double weightBytesPerParam = fit.bitsPerWeight / 8.0;
    const double activeParams = double(model.paramsPerToken());
    const double gpuParams = s.expertsInSystemRam ? std::min(MemoryEstimator::denseParams(model), activeParams)
                                                  : activeParams;
    const double kvBytes = MemoryEstimator::kvCacheBytes(model, s.promptTokens, fit);
    s.gpuBytesPerToken = gpuParams * weightBytesPerParam + kvBytes;
    s.systemBytesPerToken = (activeParams - gpuParams) * weightBytesPerParam;

    const Effective k = effectiveConstants(s.engine, s.family, calibration);
    const int gpus = parallelGpus(s.engine, config);
    const double gpuBandwidth = gpus * config.gpu.bandwidthGbPerS * 1e9;
    const double systemBandwidth = std::max(fit.systemMemoryBandwidthGbPerS, 0.1) * 1e9;

    double ceilingS = s.gpuBytesPerToken / gpuBandwidth;
    double expectedS = s.gpuBytesPerToken / (gpuBandwidth * k.bandwidthEfficiency) + k.overheadS
                       + allReduceTimeS(s.engine, model, config);
    if (s.systemBytesPerToken > 0) {
        ceilingS += s.systemBytesPerToken / systemBandwidth;
        expectedS += s.systemBytesPerToken / (systemBandwidth * SpeedConstants::CpuMemoryEfficiency)
                     + model.layers * SpeedConstants::OffloadHopPerLayerS;
    }
    s.decodeBoundTokensPerS = 1.0 / ceilingS;
    s.decodeTokensPerS = 1.0 / expectedS;

    // Prefill: compute on the GPUs working at once, or the weights read once per chunk, whichever is slower.
    const double p = double(s.promptTokens);
    const double flops = 2.0 * activeParams * p
                         + 2.0 * model.layers * double(model.attentionHeads) * model.headDim * p * p;
    const double computeRate = gpus * config.gpu.fp16Tflops * 1e12 * k.computeEfficiency;
    const qint64 chunk = s.engine == InferenceEngine::Vllm ? SpeedConstants::VllmPrefillChunkTokens
                                                           : SpeedConstants::LlamaCppPrefillChunkTokens;
    const double chunks = std::ceil(p / double(chunk));
    const double weightReadS = chunks * (gpuParams * weightBytesPerParam / (gpuBandwidth * k.bandwidthEfficiency)
                                         + s.systemBytesPerToken / (systemBandwidth * SpeedConstants::CpuMemoryEfficiency));
    const double prefillS = std::max(computeRate > 0 ? flops / computeRate : 0.0, weightReadS);
    if (flops > 0 && config.gpu.fp16Tflops > 0)
        s.prefillBoundTokensPerS = p / (flops / (gpus * config.gpu.fp16Tflops * 1e12));
    if (prefillS > 0) {
        s.prefillTokensPerS = p / prefillS;
        s.timeToFirstTokenS = prefillS + expectedS;
    }
    return s;
}

BatchStep batchStep(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &fit, int batch,
                    double kvBytesPerSequence, const std::optional<SpeedCalibration> &calibration)
{
    BatchStep step;
    if (batch < 1 || config.gpu.bandwidthGbPerS <= 0 || config.count < 1)
        return step;
    const MemoryFamily family = memoryFamily(config.gpu);
    const InferenceEngine engine = effectiveEngine(engineFor(fit), family);
    const Effective k = effectiveConstants(engine, family, calibration);
    const int gpus = parallelGpus(engine, config);
    const double activeParams = double(model.paramsPerToken());
    const double weightBytes = activeParams * fit.bitsPerWeight / 8.0;
    step.memoryTimeS = (weightBytes + batch * kvBytesPerSequence)
                           / (gpus * config.gpu.bandwidthGbPerS * 1e9 * k.bandwidthEfficiency)
                       + k.overheadS + allReduceTimeS(engine, model, config);
    const double computeRate = gpus * config.gpu.fp16Tflops * 1e12 * k.computeEfficiency;
    step.computeTimeS = computeRate > 0 ? 2.0 * activeParams * batch / computeRate : 0.0;
    step.computeLimited = step.computeTimeS > step.memoryTimeS;
    step.stepTimeS = std::max(step.memoryTimeS, step.computeTimeS);
    step.perSequenceTokensPerS = 1.0 / step.stepTimeS;
    step.aggregateTokensPerS = batch / step.stepTimeS;
    return step;
}

InferenceEngine engineOn(const GpuConfiguration &config, const FitParameters &fit)
{
    return effectiveEngine(engineFor(fit), memoryFamily(config.gpu));
}

double prefillFlopsPerS(const GpuConfiguration &config, const FitParameters &fit,
                        const std::optional<SpeedCalibration> &calibration)
{
    const MemoryFamily family = memoryFamily(config.gpu);
    const InferenceEngine engine = effectiveEngine(engineFor(fit), family);
    const Effective k = effectiveConstants(engine, family, calibration);
    return parallelGpus(engine, config) * config.gpu.fp16Tflops * 1e12 * k.computeEfficiency;
}

} // namespace SpeedModel
