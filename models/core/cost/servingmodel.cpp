#include "models/core/cost/servingmodel.h"

#include "models/core/formatting/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ServingModel)
};

constexpr double SecondsPerHour = 3600;

QString milliseconds(double seconds)
{
    return Text::tr("%1 ms").arg(QLocale().toString(seconds * 1000, 'f', seconds < 0.01 ? 1 : 0));
}

// What one batch size gives: the quantities of the header's formulas.
struct Candidate
{
    int batch = 0;
    double stepS = 0;
    bool computeLimited = false;
    double mu = 0;
    double rhoMax = 0;
    bool ttftReachable = true;
    double lambdaMax = 0;
};

} // namespace

double ServingWorkload::peakRequestsPerS() const
{
    if (concurrentUsers <= 0)
        return requestsPerS;
    double responseS = 0;
    if (ttftTargetS)
        responseS += *ttftTargetS;
    if (tpotTargetS)
        responseS += outputTokens * *tpotTargetS;
    const double cycle = thinkTimeS + responseS;
    return cycle > 0 ? concurrentUsers / cycle : 0;
}

namespace ServingModel {

QString statisticKey(TargetStatistic statistic)
{
    return statistic == TargetStatistic::Mean ? QStringLiteral("mean") : QStringLiteral("p95");
}

QString limitingKey(LimitingResource resource)
{
    switch (resource) {
    case LimitingResource::Compute: return QStringLiteral("compute");
    case LimitingResource::Bandwidth: return QStringLiteral("bandwidth");
    case LimitingResource::Memory: return QStringLiteral("memory");
    }
    return QString();
}

QString limitingName(LimitingResource resource)
{
    switch (resource) {
    case LimitingResource::Compute: return Text::tr("compute");
    case LimitingResource::Bandwidth: return Text::tr("bandwidth");
    case LimitingResource::Memory: return Text::tr("memory");
    }
    return QString();
}

QString invalidWorkload(const ServingWorkload &w)
{
    const double lambda = w.peakRequestsPerS();
    if (!(lambda > 0) || !std::isfinite(lambda))
        return Text::tr("The peak traffic must be more than zero requests a second.");
    if (!(w.promptTokens >= 0) || !(w.outputTokens >= 1) || !std::isfinite(w.promptTokens + w.outputTokens))
        return Text::tr("A request needs a prompt of zero or more tokens and at least one output token.");
    if (!(w.prefixCacheShare >= 0 && w.prefixCacheShare <= 1))
        return Text::tr("The prefix-cache share must be from 0% to 100%.");
    if ((w.ttftTargetS && !(*w.ttftTargetS > 0)) || (w.tpotTargetS && !(*w.tpotTargetS > 0)))
        return Text::tr("Latency targets must be more than zero.");
    if (w.profile && !(w.profile->peakHours > 0 && w.profile->peakHours <= 24))
        return Text::tr("The peak must last more than 0 and at most 24 hours a day.");
    if (w.profile && !(w.profile->offPeakShare >= 0 && w.profile->offPeakShare <= 1))
        return Text::tr("Off-peak traffic must be from 0% to 100% of the peak.");
    return QString();
}

double tokensPerMonth(const ServingWorkload &w, double averageShareOfPeak, double hoursPerMonth)
{
    return w.peakRequestsPerS() * averageShareOfPeak * (w.promptTokens + w.outputTokens) * SecondsPerHour
           * hoursPerMonth;
}

double averageShareOfPeak(const ServingWorkload &w, double fallback)
{
    return w.profile ? w.profile->averageShareOfPeak() : fallback;
}

qint64 offPeakReplicas(const ServingPlan &p, const ServingWorkload &w)
{
    if (!w.profile || !(p.maxRequestsPerS > 0))
        return p.replicas;
    const double needed = std::ceil(w.profile->offPeakShare * p.peakRequestsPerS / p.maxRequestsPerS * (1 - 1e-12));
    return std::clamp<qint64>(qint64(std::min(needed, 1e12)), 1, std::max<qint64>(1, p.replicas));
}

double replicaHoursShare(const ServingPlan &p, const ServingWorkload &w)
{
    if (!w.profile || p.replicas < 1)
        return 1;
    const double hours = w.profile->peakHours;
    return (hours * double(p.replicas) + (24 - hours) * double(offPeakReplicas(p, w))) / (24 * double(p.replicas));
}

ServingPlan plan(const ModelRecord &model, const GpuConfiguration &config, const ServingWorkload &w,
                 const FitParameters &fitIn, int maxBatch, const std::optional<SpeedCalibration> &calibration)
{
    ServingPlan p;
    p.peakRequestsPerS = w.peakRequestsPerS();
    p.engine = SpeedModel::engineOn(config, fitIn);
    p.basis = calibration ? calibration->basis
                          : Text::tr("published %1 runs").arg(SpeedModel::engineName(p.engine));
    p.calibrated = calibration.has_value();
    p.calibrationRuns = calibration ? calibration->runs : 0;
    const QString invalid = invalidWorkload(w);
    if (!invalid.isEmpty()) {
        p.reason = invalid;
        return p;
    }

    const double promptTokens = std::ceil(w.promptTokens);
    const double outputTokens = std::ceil(w.outputTokens);
    FitParameters fit = fitIn;
    fit.contextTokens = qint64(promptTokens + outputTokens);
    fit.promptTokens = std::max<qint64>(1, qint64(promptTokens));
    fit.batch = 1;
    fit.expertOffload = false; // serving keeps the whole model on the GPUs
    const MemoryEstimate memory = MemoryEstimator::estimate(model, config, fit);

    // First: do the weights fit at all?
    p.weightsFit = memory.weightsBytes + memory.overheadBytes <= memory.capacityBytes;
    p.limitedBy = LimitingResource::Memory;
    if (!p.weightsFit) {
        p.reason = Text::tr("The weights do not fit on %1: %2 of weights and runtime overhead against %3 usable.")
                       .arg(config.name(), Format::gigabytes(memory.weightsBytes + memory.overheadBytes),
                            Format::gigabytes(memory.capacityBytes));
        return p;
    }
    p.kvBytesHeld = MemoryEstimator::kvCacheBytes(model, qint64(promptTokens + outputTokens), fit);
    p.kvBytesRead = MemoryEstimator::kvCacheBytes(model, qint64(promptTokens + outputTokens / 2), fit);
    const double freeBytes = memory.capacityBytes - memory.weightsBytes - memory.overheadBytes;
    const int cap = std::max(1, maxBatch);
    p.memoryBatch = p.kvBytesHeld <= 0 ? cap : int(std::min<double>(cap, std::floor(freeBytes / p.kvBytesHeld)));
    if (p.memoryBatch < 1) {
        p.reason = Text::tr("No memory is left on %1 for one request's KV cache (%2 at %3 tokens).")
                       .arg(config.name(), Format::gigabytes(p.kvBytesHeld),
                            Format::contextTokens(fit.contextTokens));
        return p;
    }

    const double flops = SpeedModel::prefillFlopsPerS(config, fit, calibration);
    if (!(flops > 0) || !(config.gpu.bandwidthGbPerS > 0)) {
        p.reason = Text::tr("%1 has no memory bandwidth or compute figures.").arg(config.gpu.name);
        return p;
    }
    const double computedTokens = promptTokens * (1 - w.prefixCacheShare);
    p.prefillS = (2.0 * double(model.paramsPerToken()) * computedTokens
                  + 2.0 * model.layers * double(model.attentionHeads) * model.headDim * computedTokens * promptTokens)
                 / flops;

    const double k = w.statistic == TargetStatistic::P95 ? ServingConstants::P95OverMean : 1.0;
    const auto evaluate = [&](int b, bool useTpot) {
        Candidate c;
        c.batch = b;
        const BatchStep step = SpeedModel::batchStep(model, config, fit, b, p.kvBytesRead, calibration);
        c.stepS = step.stepTimeS;
        c.computeLimited = step.computeLimited;
        c.mu = 1.0 / (p.prefillS + outputTokens * c.stepS / b);
        c.rhoMax = ServingConstants::MaxUtilisation;
        if (w.ttftTargetS) {
            const double room = *w.ttftTargetS - c.stepS;
            const double rho = room > 0 ? 1.0 - k * p.prefillS / room : -1.0;
            c.ttftReachable = rho > 0;
            if (c.ttftReachable)
                c.rhoMax = std::min(c.rhoMax, rho);
        }
        c.lambdaMax = c.rhoMax * c.mu;
        if (useTpot && w.tpotTargetS && p.prefillS > 0)
            c.lambdaMax = std::min(c.lambdaMax, (1.0 - c.stepS / *w.tpotTargetS) / p.prefillS);
        return c;
    };

    // The step time grows with b, so the batches meeting the TPOT target are 1..bTpot.
    int bTpot = p.memoryBatch;
    if (w.tpotTargetS) {
        bTpot = 0;
        for (int b = 1; b <= p.memoryBatch; ++b) {
            if (SpeedModel::batchStep(model, config, fit, b, p.kvBytesRead, calibration).stepTimeS > *w.tpotTargetS)
                break;
            bTpot = b;
        }
    }
    p.tpotReachable = bTpot >= 1;
    const bool useTpot = p.tpotReachable;
    const int last = p.tpotReachable ? bTpot : p.memoryBatch;
    Candidate best;
    for (int b = 1; b <= last; ++b) {
        const Candidate c = evaluate(b, useTpot);
        // Unreachable TTFT at every batch still sizes the replica, at the ceiling; reachable ones come first.
        const bool better = best.batch == 0 || (c.ttftReachable && !best.ttftReachable)
                            || (c.ttftReachable == best.ttftReachable && c.lambdaMax > best.lambdaMax * (1 + 1e-12));
        if (better)
            best = c;
    }

    p.feasible = true;
    p.batch = best.batch;
    p.stepS = best.stepS;
    p.stepComputeLimited = best.computeLimited;
    p.replicaRequestsPerS = best.mu;
    p.utilisationCeiling = best.rhoMax;
    p.ttftReachable = best.ttftReachable;
    p.maxRequestsPerS = best.lambdaMax;
    if (!(p.maxRequestsPerS > 0)) {
        // Only when the stretched TPOT leaves prompts no time: the decode step alone uses the whole target.
        p.tpotReachable = false;
        p.maxRequestsPerS = best.rhoMax * best.mu;
    }
    const double needed = std::ceil(p.peakRequestsPerS / p.maxRequestsPerS * (1 - 1e-12));
    p.replicas = std::max<qint64>(1, qint64(std::min(needed, 1e12)));

    const double lambdaR = p.peakRequestsPerS / double(p.replicas);
    p.utilisation = lambdaR / p.replicaRequestsPerS;
    const double prefillShare = lambdaR * p.prefillS;
    p.tpotS = prefillShare < 1 ? p.stepS / (1 - prefillShare) : std::numeric_limits<double>::infinity();
    p.ttftS = p.utilisation < 1 ? k * p.prefillS / (1 - p.utilisation) + p.stepS
                                : std::numeric_limits<double>::infinity();

    if (p.batch == p.memoryBatch && p.memoryBatch < cap)
        p.limitedBy = LimitingResource::Memory;
    else if (p.prefillS > outputTokens * p.stepS / p.batch || p.stepComputeLimited)
        p.limitedBy = LimitingResource::Compute;
    else
        p.limitedBy = LimitingResource::Bandwidth;

    const bool tpotMet = !w.tpotTargetS || (p.tpotReachable && p.tpotS <= *w.tpotTargetS * (1 + 1e-9));
    const bool ttftMet = !w.ttftTargetS || (p.ttftReachable && p.ttftS <= *w.ttftTargetS * (1 + 1e-9));
    p.meetsTargets = tpotMet && ttftMet;
    if (!p.tpotReachable) {
        p.reason = Text::tr("No batch meets the TPOT target of %1: one sequence alone takes %2 a token on %3.")
                       .arg(milliseconds(*w.tpotTargetS),
                            milliseconds(SpeedModel::batchStep(model, config, fit, 1, p.kvBytesRead, calibration).stepTimeS),
                            config.name());
    } else if (!p.ttftReachable) {
        p.reason = Text::tr("No load meets the TTFT target of %1: reading one prompt takes %2 on %3 before any "
                            "wait.")
                       .arg(milliseconds(*w.ttftTargetS), milliseconds(k * p.prefillS + p.stepS), config.name());
    }
    return p;
}

} // namespace ServingModel
