#include "models/core/estimation/memoryestimator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
// Below this share of usable memory left, a fit is tight: a longer prompt or a bigger batch tips it over.
constexpr double RoomyHeadroomShare = 0.10;

} // namespace

QString GpuConfiguration::name() const
{
    return count == 1 ? gpu.name : QStringLiteral("%1x %2").arg(count).arg(gpu.name);
}

double GpuConfiguration::memoryBytes() const
{
    return count * gpu.usableMemoryGib() * GiB;
}

double GpuConfiguration::bandwidthBytesPerS() const
{
    return count * gpu.bandwidthGbPerS * 1e9;
}

namespace MemoryEstimator {

double kvElementBytes(KvPrecision precision)
{
    switch (precision) {
    case KvPrecision::Fp16: return 2.0;
    case KvPrecision::Fp8: return 1.0;
    case KvPrecision::Q8_0: return 34.0 / 32.0; // blocks of 32: fp16 scale + 32 int8
    case KvPrecision::Q4_0: return 18.0 / 32.0; // blocks of 32: fp16 scale + 16 bytes of nibbles
    }
    return 2.0;
}

QString kvPrecisionName(KvPrecision precision)
{
    switch (precision) {
    case KvPrecision::Fp16: return QStringLiteral("FP16");
    case KvPrecision::Fp8: return QStringLiteral("FP8");
    case KvPrecision::Q8_0: return QStringLiteral("Q8_0");
    case KvPrecision::Q4_0: return QStringLiteral("Q4_0");
    }
    return QString();
}

QString verdictName(FitVerdict verdict)
{
    switch (verdict) {
    case FitVerdict::FitsWithRoom: return QCoreApplication::translate("MemoryEstimator", "Fits with room");
    case FitVerdict::Tight: return QCoreApplication::translate("MemoryEstimator", "Tight fit");
    case FitVerdict::NeedsOffload: return QCoreApplication::translate("MemoryEstimator", "Needs expert offload");
    case FitVerdict::DoesNotFit: return QCoreApplication::translate("MemoryEstimator", "Does not fit");
    }
    return QString();
}

QString verdictKey(FitVerdict verdict)
{
    switch (verdict) {
    case FitVerdict::FitsWithRoom: return QStringLiteral("fits");
    case FitVerdict::Tight: return QStringLiteral("tight");
    case FitVerdict::NeedsOffload: return QStringLiteral("needs_offload");
    case FitVerdict::DoesNotFit: return QStringLiteral("does_not_fit");
    }
    return QString();
}

double weightsBytes(const ModelRecord &model, double bitsPerWeight)
{
    return double(model.totalParams) * bitsPerWeight / 8.0;
}

FitParameters withMeasuredWeights(FitParameters params, const ModelRecord &model, const MeasuredSizeRecord *measured)
{
    if (measured && model.totalParams > 0 && measured->modelId == model.id && measured->quant == params.quantName) {
        params.measuredWeightsBytes = double(measured->weightsBytes);
        params.bitsPerWeight = *params.measuredWeightsBytes * 8.0 / double(model.totalParams);
    }
    return params;
}

double denseParams(const ModelRecord &model)
{
    if (!model.isMoe() || model.routedExperts <= model.expertsPerToken)
        return double(model.totalParams);
    const double total = double(model.totalParams);
    const double active = double(model.paramsPerToken());
    const double perExpert = (total - active) / double(model.routedExperts - model.expertsPerToken);
    return std::clamp(active - model.expertsPerToken * perExpert, 0.0, total);
}

double kvCacheBytes(const ModelRecord &model, qint64 tokens, const FitParameters &params)
{
    const double element = kvElementBytes(params.kvPrecision);
    // Elements cached per token in each layer that keeps a cache.
    const double perTokenPerLayer = model.attention == AttentionKind::MultiHeadLatent
                                        ? double(model.kvLoraRank + model.qkRopeHeadDim)
                                        : 2.0 * model.kvHeads * model.headDim;
    double bytes = double(model.fullAttentionLayers) * double(tokens) * perTokenPerLayer * element;
    const int otherLayers = model.layers - model.fullAttentionLayers;
    if (model.attention == AttentionKind::Chunked && otherLayers > 0 && model.attentionWindow > 0) {
        // Local layers only ever attend within their window.
        bytes += double(otherLayers) * double(std::min<qint64>(tokens, model.attentionWindow)) * perTokenPerLayer
                 * element;
    }
    if (model.recurrentStateElements > 0)
        bytes += double(model.recurrentStateElements) * params.recurrentStateBytesPerElement;
    return bytes;
}

double overheadBytes(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &params)
{
    const qint64 inFlight = std::min<qint64>(params.contextTokens * params.batch, params.prefillChunkTokens);
    const double activations = double(inFlight) * model.hiddenSize * params.activationBytesPerHidden;
    return config.count * params.runtimeReservePerGpuBytes + activations;
}

MemoryEstimate estimate(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &params)
{
    MemoryEstimate e;
    e.weightsMeasured = params.measuredWeightsBytes.has_value() && model.totalParams > 0;
    // A measured size stands for all the weights; the experts' share of it is their share of the parameters.
    const double bits = e.weightsMeasured ? *params.measuredWeightsBytes * 8.0 / double(model.totalParams)
                                          : params.bitsPerWeight;
    const double allWeights = e.weightsMeasured ? *params.measuredWeightsBytes : weightsBytes(model, bits);
    const double residentWeights = model.isMoe() ? denseParams(model) * bits / 8.0 : allWeights;
    e.weightsBytes = params.expertOffload && model.isMoe() ? residentWeights : allWeights;
    e.offloadedBytes = allWeights - e.weightsBytes;
    e.kvCacheBytes = params.batch * kvCacheBytes(model, params.contextTokens, params);
    e.overheadBytes = overheadBytes(model, config, params);
    e.totalBytes = e.weightsBytes + e.kvCacheBytes + e.overheadBytes;
    e.capacityBytes = config.memoryBytes() * params.utilisation;
    e.headroomBytes = e.capacityBytes - e.totalBytes;
    e.fits = e.headroomBytes >= 0;
    if (e.fits) {
        e.verdict = e.headroomBytes >= RoomyHeadroomShare * e.capacityBytes ? FitVerdict::FitsWithRoom
                                                                            : FitVerdict::Tight;
    } else {
        const bool offloadHelps = model.isMoe() && !params.expertOffload
                                  && residentWeights + e.kvCacheBytes + e.overheadBytes <= e.capacityBytes;
        e.verdict = offloadHelps ? FitVerdict::NeedsOffload : FitVerdict::DoesNotFit;
    }
    return e;
}

qint64 maxContext(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &params)
{
    FitParameters trial = params;
    const auto fitsAt = [&](qint64 tokens) {
        trial.contextTokens = tokens;
        return estimate(model, config, trial).fits;
    };
    if (!fitsAt(1))
        return 0;
    if (fitsAt(model.maxContext))
        return model.maxContext;
    // Memory grows monotonically with context, so bisect for the last length that fits.
    qint64 low = 1;
    qint64 high = model.maxContext;
    while (high - low > 1) {
        const qint64 mid = low + (high - low) / 2;
        (fitsAt(mid) ? low : high) = mid;
    }
    return low;
}

const QuantFormatRecord *bestQuantization(const ModelRecord &model, const GpuConfiguration &config,
                                          const FitParameters &params, const QList<QuantFormatRecord> &formats)
{
    const QuantFormatRecord *best = nullptr;
    FitParameters trial = params;
    for (const QuantFormatRecord &format : formats) {
        trial.bitsPerWeight = format.bitsPerWeight;
        // A measured size belongs to its own format only.
        trial.measuredWeightsBytes =
            format.name == params.quantName ? params.measuredWeightsBytes : std::optional<double>();
        if ((!best || format.bitsPerWeight > best->bitsPerWeight) && estimate(model, config, trial).fits)
            best = &format;
    }
    return best;
}

int smallestCount(const ModelRecord &model, const GpuRecord &gpu, const FitParameters &params, int maxCount)
{
    for (int count = 1; count <= maxCount; ++count) {
        if (estimate(model, {gpu, count}, params).fits)
            return count;
    }
    return 0;
}

} // namespace MemoryEstimator
