#include "models/core/cost/costmodel.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();
constexpr double SecondsPerHour = 3600;
// Figures the article rounds ("~$3,000") still agree when within this share of each other.
constexpr double AuditTolerance = 0.05;

// The cost model's sentences under the CostModel context: Text::tr() is a call lupdate recognises, so they
// reach the translations (a helper taking a const char * hid them from it).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(CostModel)
};

// A price per million tokens keeps the precision list prices are quoted with: "$0.315", "$0.35", "$6.00".
// Format::usd would round $0.315 to two decimals and hide the difference between two blends.
QString perMillion(double usd)
{
    if (usd >= 100)
        return Format::usd(usd);
    // Through Format, so the symbol sits where the locale puts it ("0,315 $" in German) and the ISO-code
    // preference applies, as for every other amount in the same sentence.
    return Format::usd(usd, qRound64(usd * 1000) % 10 == 0 ? 2 : 3);
}

QString percent(double fraction)
{
    return Text::tr("%1%").arg(QLocale().toString(fraction * 100, 'f', 0));
}

QString tokensPerSecond(double rate)
{
    return QLocale().toString(rate, 'f', rate >= 100 ? 0 : 1);
}

// "1,000" for large factors, "1.4" for small ones.
QString factorText(double factor)
{
    return QLocale().toString(factor, 'f', factor >= 10 ? 0 : 1);
}

bool agrees(double quoted, double computed)
{
    return std::abs(computed - quoted) <= AuditTolerance * std::abs(quoted);
}

// Why a volume and assumptions cannot be used, or an empty string.
QString invalidInput(double tokensPerMonth, const CostAssumptions &a, bool selfHost)
{
    if (!(tokensPerMonth >= 0) || !std::isfinite(tokensPerMonth))
        return Text::tr("The token volume must be a finite number, zero or more.");
    if (!(a.inputRatio >= 0) || !(a.outputRatio >= 0) || !(a.inputRatio + a.outputRatio > 0))
        return Text::tr("The input:output ratio needs two non-negative parts, not both zero.");
    if (!selfHost)
        return QString();
    if (!(a.utilisation > 0 && a.utilisation <= 1))
        return Text::tr("Utilisation must be more than 0% and at most 100%.");
    if (!(a.hoursPerMonth > 0))
        return Text::tr("Hours per month must be more than zero.");
    if (a.ownership == Ownership::Own && a.amortisationMonths < 1)
        return Text::tr("Owned GPUs need an amortisation period of at least one month.");
    if (a.ownership == Ownership::Own && !(a.powerUsdPerKwh >= 0))
        return Text::tr("The power price cannot be negative.");
    if (a.throughputOverrideTokensPerS && !(*a.throughputOverrideTokensPerS > 0))
        return Text::tr("A throughput set by hand must be more than zero tokens a second.");
    return QString();
}

ThroughputEstimate throughputFrom(const ModelRecord &model, const GpuConfiguration &config,
                                  const CostAssumptions &a, const MemoryEstimate &memory)
{
    ThroughputEstimate t;
    const double activeParams = double(model.paramsPerToken());
    t.weightsBytesPerStep = activeParams * a.fit.bitsPerWeight / 8;
    t.kvBytesPerSequence = MemoryEstimator::kvCacheBytes(model, a.fit.contextTokens, a.fit);
    t.bandwidthBytesPerS = config.bandwidthBytesPerS();
    t.freeBytesForKv = memory.capacityBytes - memory.weightsBytes - memory.overheadBytes;
    t.engine = SpeedModel::engineOn(config, a.fit);
    t.basis = a.calibration ? a.calibration->basis
                            : Text::tr("published %1 runs").arg(SpeedModel::engineName(t.engine));

    const int maxBatch = std::max(1, a.maxBatch);
    if (t.freeBytesForKv <= 0) {
        t.batch = 0;
    } else if (t.kvBytesPerSequence <= 0 || t.freeBytesForKv / t.kvBytesPerSequence >= double(maxBatch)) {
        t.batch = maxBatch;
        t.batchCapped = true;
    } else {
        t.batch = int(std::floor(t.freeBytesForKv / t.kvBytesPerSequence));
    }

    // The speed model's batched decode, at the engine's efficiency: see the header.
    const BatchStep one = SpeedModel::batchStep(model, config, a.fit, 1, t.kvBytesPerSequence, a.calibration);
    if (one.stepTimeS > 0 && std::isfinite(one.stepTimeS))
        t.singleStreamTokensPerS = one.perSequenceTokensPerS;
    if (t.batch > 0) {
        const BatchStep step =
            SpeedModel::batchStep(model, config, a.fit, t.batch, t.kvBytesPerSequence, a.calibration);
        if (step.stepTimeS > 0 && std::isfinite(step.stepTimeS)) {
            t.perStreamTokensPerS = step.perSequenceTokensPerS;
            t.bandwidthBoundTokensPerS = step.memoryTimeS > 0 ? t.batch / step.memoryTimeS : 0;
            t.computeBoundTokensPerS = step.computeTimeS > 0 ? t.batch / step.computeTimeS : 0;
            t.estimatedTokensPerS = step.aggregateTokensPerS;
            t.computeLimited = step.computeLimited;
        }
    }
    if (t.computeBoundTokensPerS == 0 && activeParams > 0) {
        // Reported even when no sequence fits: the rate the compute alone allows.
        const double rate = SpeedModel::prefillFlopsPerS(config, a.fit, a.calibration);
        t.computeBoundTokensPerS = rate / (2 * activeParams);
    }
    t.overridden = a.throughputOverrideTokensPerS.has_value();
    t.aggregateTokensPerS = t.overridden ? *a.throughputOverrideTokensPerS : t.estimatedTokensPerS;
    return t;
}

CostOption infeasible(CostOption option, const QString &reason)
{
    option.feasible = false;
    option.reason = reason;
    option.monthlyUsd = Infinity;
    option.usdPerMillionTokens = Infinity;
    option.replicas = 0;
    if (option.kind == CostOptionKind::SelfHost)
        option.capacityTokensPerMonth = 0.0;
    option.utilisation.reset();
    option.notes.clear();
    return option;
}

// Strictly better for the cheapest-configuration search; see the header for the tie order.
bool cheaper(const CostOption &candidate, const CostOption &best)
{
    const double scale = std::max(std::abs(candidate.monthlyUsd), std::abs(best.monthlyUsd));
    if (std::abs(candidate.monthlyUsd - best.monthlyUsd) > 1e-9 * scale)
        return candidate.monthlyUsd < best.monthlyUsd;
    if (candidate.replicas != best.replicas)
        return candidate.replicas < best.replicas;
    return candidate.replicas * candidate.configuration.count < best.replicas * best.configuration.count;
}

// Replicas from the serving plan; capacity and utilisation follow from them (see the header).
CostOption servingOption(CostOption option, const CostAssumptions &a, double tokensPerMonth)
{
    const ServingPlan &plan = *option.serving;
    if (!plan.feasible)
        return infeasible(option, plan.reason);
    const ServingWorkload &w = *a.workload;
    const double averageShare = ServingModel::averageShareOfPeak(w, a.utilisation);
    option.replicaCapacityTokensPerMonth = plan.maxRequestsPerS * (w.promptTokens + w.outputTokens)
                                           * SecondsPerHour * a.hoursPerMonth * averageShare;
    option.replicas = plan.replicas;
    // A daily profile rents replicas by the hour as traffic falls; owned ones are bought for the peak, and
    // only their power follows the hours they run (servingmodel.h, HOURS).
    const double hoursShare = ServingModel::replicaHoursShare(plan, w);
    option.monthlyUsd = a.ownership == Ownership::Rent
                            ? option.replicas * option.replicaMonthlyUsd * hoursShare
                            : option.replicas * (option.replicaHardwareUsd + option.replicaPowerUsd * hoursShare);
    option.capacityTokensPerMonth = option.replicas * option.replicaCapacityTokensPerMonth;
    // How busy the GPUs are at peak (rho), which the plan keeps under its ceiling. Volume over capacity would
    // be the share of lambda_max in use, which already holds the ceiling: 100% when the replicas are just
    // enough, for GPUs that are at most 90% busy.
    option.utilisation = plan.utilisation;
    option.usdPerMillionTokens = tokensPerMonth > 0 ? option.monthlyUsd / (tokensPerMonth / 1e6) : Infinity;
    option.feasible = true;
    const QString ms = Text::tr("%1 ms");
    option.notes << Text::tr("Sized for %1 requests/s at peak: %n replica(s) of batch %2, TTFT %3 and TPOT %4 "
                             "(%5), limited by %6; speeds: %7.",
                             nullptr, int(std::min<qint64>(option.replicas, std::numeric_limits<int>::max())))
                        .arg(QLocale().toString(plan.peakRequestsPerS, 'g', 4))
                        .arg(plan.batch)
                        .arg(ms.arg(QLocale().toString(plan.ttftS * 1000, 'f', 0)),
                             ms.arg(QLocale().toString(plan.tpotS * 1000, 'f', 1)),
                             ServingModel::statisticKey(w.statistic), ServingModel::limitingName(plan.limitedBy),
                             plan.basis);
    if (w.profile) {
        option.notes << Text::tr("Peak for %1 hours a day and %2 of the peak the rest: replicas off-peak: %3, %4 of the "
                                 "always-on replica-hours.")
                            .arg(QLocale().toString(w.profile->peakHours, 'g', 3), percent(w.profile->offPeakShare))
                            .arg(ServingModel::offPeakReplicas(plan, w))
                            .arg(percent(hoursShare));
    }
    if (!plan.meetsTargets)
        option.notes << (plan.reason.isEmpty() ? Text::tr("The latency targets are not met.") : plan.reason);
    return option;
}

} // namespace

namespace CostModel {

QString kindKey(CostOptionKind kind)
{
    return kind == CostOptionKind::Api ? QStringLiteral("api") : QStringLiteral("self-host");
}

QString ownershipKey(Ownership ownership)
{
    return ownership == Ownership::Rent ? QStringLiteral("rent") : QStringLiteral("own");
}

double blendedUsdPerMtok(const ApiPriceRecord &price, double inputRatio, double outputRatio)
{
    const double parts = inputRatio + outputRatio;
    if (!(parts > 0))
        return 0;
    return (price.inputUsdPerMtok * inputRatio + price.outputUsdPerMtok * outputRatio) / parts;
}

CostOption apiOption(const ApiPriceRecord &price, double tokensPerMonth, const CostAssumptions &assumptions)
{
    CostOption option;
    option.kind = CostOptionKind::Api;
    option.label = Text::tr("%1 %2 API").arg(price.provider, price.modelName);
    option.volumeTokensPerMonth = tokensPerMonth;
    option.priceAsOf = price.asOf;
    option.apiPriceId = price.id;
    option.inputUsdPerMtok = price.inputUsdPerMtok;
    option.outputUsdPerMtok = price.outputUsdPerMtok;

    const QString invalid = invalidInput(tokensPerMonth, assumptions, false);
    if (!invalid.isEmpty())
        return infeasible(option, invalid);

    option.blendedUsdPerMtok = blendedUsdPerMtok(price, assumptions.inputRatio, assumptions.outputRatio);
    option.monthlyUsd = tokensPerMonth / 1e6 * option.blendedUsdPerMtok;
    // The price per token does not depend on volume, so it stays meaningful at a volume of zero.
    option.usdPerMillionTokens = option.blendedUsdPerMtok;
    option.feasible = true;
    return option;
}

std::optional<SpeedCalibration> calibrationOn(const CostAssumptions &assumptions, const GpuConfiguration &config)
{
    if (assumptions.calibration)
        return assumptions.calibration;
    const Measurements::Calibration *team = Measurements::calibrationFor(
        assumptions.calibrations, config.gpu.id, SpeedModel::engineOn(config, assumptions.fit));
    if (!team)
        return std::nullopt;
    SpeedCalibration speed = team->speed;
    speed.runs = team->runs(); // so a serving plan can say how many runs its speeds rest on
    return speed;
}

ThroughputEstimate throughput(const ModelRecord &model, const GpuConfiguration &config,
                              const CostAssumptions &assumptions)
{
    CostAssumptions a = assumptions;
    a.calibration = calibrationOn(assumptions, config);
    return throughputFrom(model, config, a, MemoryEstimator::estimate(model, config, a.fit));
}

CostOption selfHostOption(const ModelRecord &model, const GpuConfiguration &config, double tokensPerMonth,
                          const CostAssumptions &assumptions)
{
    CostAssumptions a = assumptions;
    // A request holds its prompt and its output: that is the context each sequence needs.
    if (a.workload)
        a.fit.contextTokens = qint64(std::ceil(a.workload->promptTokens) + std::ceil(a.workload->outputTokens));
    a.calibration = calibrationOn(a, config);
    const GpuRecord &gpu = config.gpu;
    CostOption option;
    option.kind = CostOptionKind::SelfHost;
    option.label =
        (a.ownership == Ownership::Rent ? Text::tr("%1 on %2 (rented)") : Text::tr("%1 on %2 (owned)"))
            .arg(model.name, config.name());
    option.volumeTokensPerMonth = tokensPerMonth;
    option.modelId = model.id;
    option.configuration = config;
    option.ownership = a.ownership;

    const QString invalid = invalidInput(tokensPerMonth, a, true);
    if (!invalid.isEmpty())
        return infeasible(option, invalid);
    if (config.count < 1)
        return infeasible(option, Text::tr("A configuration needs at least one GPU."));

    // The fit and the throughput are worked out even when the price is missing, so a view can still
    // show what the configuration would do.
    option.memory = MemoryEstimator::estimate(model, config, a.fit);
    option.throughput = throughputFrom(model, config, a, option.memory);

    if (a.ownership == Ownership::Rent) {
        if (!gpu.cloudUsdPerHour) {
            return infeasible(option, Text::tr("%1 has no cloud price in the database, so it cannot be "
                                               "rented here; try owning it.")
                                          .arg(gpu.name));
        }
        option.replicaHardwareUsd = config.count * *gpu.cloudUsdPerHour * a.hoursPerMonth;
        option.priceAsOf = gpu.cloudPriceAsOf;
    } else {
        if (!gpu.streetPriceUsd) {
            return infeasible(option, Text::tr("%1 has no purchase price in the database, so it cannot be "
                                               "bought here; try renting it.")
                                          .arg(gpu.name));
        }
        option.replicaHardwareUsd = config.count * *gpu.streetPriceUsd / a.amortisationMonths;
        if (gpu.tdpWatts) {
            option.replicaPowerUsd = config.count * *gpu.tdpWatts * a.hoursPerMonth * a.powerUsdPerKwh / 1000;
        } else {
            option.notes
                << Text::tr("%1 has no power draw in the database: power is not counted.").arg(gpu.name);
        }
    }
    option.replicaMonthlyUsd = option.replicaHardwareUsd + option.replicaPowerUsd;

    if (a.workload) {
        option.serving = ServingModel::plan(model, config, *a.workload, a.fit, a.maxBatch, a.calibration);
        // A configuration whose weights do not fit says so before anything else.
        if (!option.serving->weightsFit)
            return infeasible(option, option.serving->reason);
    }
    if (!option.memory.fits) {
        QString reason =
            Text::tr("%1 does not fit on %2 at %3 with %4 of context: it needs %5 of the %6 "
                     "usable.")
                .arg(model.name, config.name(), a.fit.quantName, Format::contextTokens(a.fit.contextTokens),
                     Format::gigabytes(option.memory.totalBytes),
                     Format::gigabytes(option.memory.capacityBytes));
        if (option.memory.verdict == FitVerdict::NeedsOffload)
            reason += QLatin1Char(' ') + Text::tr("It would fit with the routed experts in system RAM.");
        return infeasible(option, reason);
    }
    if (option.serving)
        return servingOption(option, a, tokensPerMonth);
    const ThroughputEstimate &t = option.throughput;
    if (!t.overridden && t.batch < 1) {
        return infeasible(
            option, Text::tr("No memory is left on %1 for even one sequence's KV cache.").arg(config.name()));
    }
    if (!(t.aggregateTokensPerS > 0) || !std::isfinite(t.aggregateTokensPerS)) {
        return infeasible(option, Text::tr("%1 has no memory bandwidth or compute figures, so its "
                                           "throughput cannot be estimated.")
                                      .arg(gpu.name));
    }

    option.replicaCapacityTokensPerMonth =
        t.aggregateTokensPerS * a.hoursPerMonth * SecondsPerHour * a.utilisation;
    const double needed = std::ceil(tokensPerMonth / option.replicaCapacityTokensPerMonth);
    // A replica count past this is a sign of an absurd input, and would not survive conversion to qint64.
    if (!(needed < 1e12)) {
        return infeasible(option, Text::tr("%1 tokens a month would need more than a trillion copies of %2.")
                                      .arg(Format::tokens(tokensPerMonth), config.name()));
    }
    option.replicas = std::max<qint64>(1, qint64(needed));
    option.monthlyUsd = option.replicas * option.replicaMonthlyUsd;
    option.capacityTokensPerMonth = option.replicas * option.replicaCapacityTokensPerMonth;
    option.utilisation = tokensPerMonth / *option.capacityTokensPerMonth;
    option.usdPerMillionTokens = tokensPerMonth > 0 ? option.monthlyUsd / (tokensPerMonth / 1e6) : Infinity;
    option.feasible = true;

    if (option.replicas > 1) {
        option.notes << Text::tr("%1 tokens a month is more than one %2 serves at %3 utilisation (%4 tokens "
                                 "a month): the cost counts %n copies of it.",
                                 nullptr,
                                 int(std::min<qint64>(option.replicas, std::numeric_limits<int>::max())))
                            .arg(Format::tokens(tokensPerMonth), config.name(), percent(a.utilisation),
                                 Format::tokens(option.replicaCapacityTokensPerMonth));
    }
    if (t.overridden) {
        option.notes << Text::tr("Throughput set by hand: %1 tokens/s (the estimate is %2).")
                            .arg(tokensPerSecond(t.aggregateTokensPerS),
                                 tokensPerSecond(t.estimatedTokensPerS));
    } else if (model.isMoe() && t.batch > 1) {
        option.notes << Text::tr("A batch of %1 sequences touches more of the MoE's experts than one token "
                                 "does, so this throughput estimate is optimistic.")
                            .arg(t.batch);
    }
    if (option.memory.offloadedBytes > 0) {
        option.notes << Text::tr("Routed experts are kept in system RAM; the throughput estimate ignores "
                                 "reading them and is optimistic.");
    }
    return option;
}

BreakEven breakEven(const CostOption &selfHost, const CostOption &api, double minTokensPerMonth,
                    double maxTokensPerMonth)
{
    BreakEven result;
    if (selfHost.kind != CostOptionKind::SelfHost || api.kind != CostOptionKind::Api) {
        result.reason = Text::tr("A break-even needs one self-hosting option and one API option.");
        return result;
    }
    if (!selfHost.feasible) {
        result.reason = Text::tr("%1 is not an option: %2").arg(selfHost.label, selfHost.reason);
        return result;
    }
    if (!api.feasible) {
        result.reason = Text::tr("%1 is not an option: %2").arg(api.label, api.reason);
        return result;
    }
    const QString range = Text::tr("between %1 and %2 tokens a month")
                              .arg(Format::tokens(minTokensPerMonth), Format::tokens(maxTokensPerMonth));
    const double p = api.blendedUsdPerMtok;
    const double m = selfHost.replicaMonthlyUsd;
    const double c = selfHost.replicaCapacityTokensPerMonth;
    if (!(p > 0)) {
        result.reason = Text::tr("%1 costs nothing, so self-hosting never costs less.").arg(api.label);
        return result;
    }
    // v1: where one configuration's flat monthly cost meets the API's. Past C a replica is added, the
    // self-hosting cost steps up by m, and the next meeting point is 2 x v1, and so on: they meet within
    // a step only if v1 <= C, the same condition for every step.
    const double v1 = m * 1e6 / p;
    if (v1 > c) {
        result.reason = Text::tr("%1 never costs less than %2 %3: even at its capacity (%4 tokens a month) "
                                 "it costs %5 per million tokens, more than the API's %6.")
                            .arg(selfHost.label, api.label, range, Format::tokens(c),
                                 perMillion(m / (c / 1e6)), perMillion(p));
        return result;
    }

    // The first good volume at or after the range's start lies in the replica step holding that start.
    const double k = std::max(1.0, std::ceil(minTokensPerMonth / c));
    const double first = std::max(k * v1, minTokensPerMonth);
    if (first > maxTokensPerMonth) {
        result.reason = Text::tr("%1 never costs less than %2 %3: it would first at %4 tokens a month.")
                            .arg(selfHost.label, api.label, range, Format::tokens(first));
        return result;
    }
    result.tokensPerMonth = first;

    // Every step k is good throughout once k x v1 <= (k - 1) x C, i.e. from k0 = ceil(C / (C - v1)); the
    // good stretch then starts inside step k0 - 1, at (k0 - 1) x v1.
    if (v1 < c) {
        double k0 = std::max(1.0, std::ceil(c / (c - v1)));
        // Guard the rounding of the division on both sides.
        while (k0 * (c - v1) < c)
            ++k0;
        while (k0 > 1 && (k0 - 1) * (c - v1) >= c)
            --k0;
        const double from = std::max((k0 - 1) * v1, first);
        if (from <= maxTokensPerMonth)
            result.selfHostCheaperFrom = from;
    }

    QString reason = first > minTokensPerMonth
                         ? Text::tr("%1 costs no more than %2 from %3 tokens a month; below that the API is "
                                    "cheaper.")
                               .arg(selfHost.label, api.label, Format::tokens(first))
                         : Text::tr("%1 already costs no more than %2 at %3 tokens a month.")
                               .arg(selfHost.label, api.label, Format::tokens(first));
    if (!result.selfHostCheaperFrom) {
        reason += QLatin1Char(' ') +
                  Text::tr("Just past each multiple of %1 tokens a month another copy is needed and the API "
                           "is cheaper again for a while, up to %2 tokens a month.")
                      .arg(Format::tokens(c), Format::tokens(maxTokensPerMonth));
    } else if (*result.selfHostCheaperFrom > first) {
        reason += QLatin1Char(' ') +
                  Text::tr("Just past %1 tokens a month another copy is needed and the API is cheaper again "
                           "for a while; self-hosting stays cheaper from %2 tokens a month on.")
                      .arg(Format::tokens(c), Format::tokens(*result.selfHostCheaperFrom));
    }
    result.reason = reason;
    return result;
}

double workloadTokensPerMonth(const CostAssumptions &assumptions, double fallback)
{
    return assumptions.workload
               ? ServingModel::tokensPerMonth(*assumptions.workload,
                                              ServingModel::averageShareOfPeak(*assumptions.workload,
                                                                               assumptions.utilisation),
                                              assumptions.hoursPerMonth)
               : fallback;
}

CostAssumptions withWorkloadRatio(CostAssumptions assumptions)
{
    if (assumptions.workload && assumptions.workload->promptTokens + assumptions.workload->outputTokens > 0) {
        assumptions.inputRatio = assumptions.workload->promptTokens;
        assumptions.outputRatio = assumptions.workload->outputTokens;
    }
    return assumptions;
}

std::optional<CostOption> cheapestConfiguration(const ModelRecord &model, const QList<GpuRecord> &gpus,
                                                double tokensPerMonth, const CostAssumptions &assumptions,
                                                int maxCount)
{
    std::optional<CostOption> best;
    for (const GpuRecord &gpu : gpus) {
        for (int count = 1; count <= maxCount; ++count) {
            CostOption option =
                selfHostOption(model, GpuConfiguration{gpu, count}, tokensPerMonth, assumptions);
            if (option.feasible && (!option.serving || option.serving->meetsTargets) && (!best || cheaper(option, *best)))
                best = std::move(option);
        }
    }
    return best;
}

QList<CostAuditFinding> auditQuotedCosts(const Dataset &data, const CostAssumptions &assumptions)
{
    QList<CostAuditFinding> findings;
    for (const QuotedCostRecord &quote : data.quotedCosts) {
        const auto finding = [&](const QString &check, const QString &severity, const QString &message,
                                 double quoted, double computed) {
            findings.append(
                CostAuditFinding{quote.approach, severity, message, quoted, computed, quote.id, check});
        };

        // The row against itself: monthly cost / millions of tokens is the cost per million.
        const QString monthly = Format::usd(quote.monthlyUsd);
        const QString volume = Format::tokens(quote.tokensPerMonth);
        if (quote.tokensPerMonth > 0 && quote.usdPerMtok > 0) {
            const double computed = quote.monthlyUsd / (quote.tokensPerMonth / 1e6);
            if (agrees(quote.usdPerMtok, computed)) {
                finding(QStringLiteral("cost_per_mtok"), QStringLiteral("info"),
                        Text::tr("%1 a month for %2 tokens is %3 per million tokens, as quoted.")
                            .arg(monthly, volume, perMillion(computed)),
                        quote.usdPerMtok, computed);
            } else {
                const bool quotedLow = computed > quote.usdPerMtok;
                const QString factor =
                    factorText(quotedLow ? computed / quote.usdPerMtok : quote.usdPerMtok / computed);
                finding(QStringLiteral("cost_per_mtok"), QStringLiteral("error"),
                        (quotedLow
                             ? Text::tr("%1 a month for %2 tokens is %3 per million tokens, not the quoted "
                                        "%4: the quoted figure is %5 times too low.")
                             : Text::tr("%1 a month for %2 tokens is %3 per million tokens, not the quoted "
                                        "%4: the quoted figure is %5 times too high."))
                            .arg(monthly, volume, perMillion(computed), perMillion(quote.usdPerMtok), factor),
                        quote.usdPerMtok, computed);
            }
        } else {
            finding(
                QStringLiteral("cost_per_mtok"), QStringLiteral("warning"),
                Text::tr("No volume or no cost per million tokens is quoted, so the two cannot be checked "
                         "against each other."),
                quote.usdPerMtok, 0);
        }

        // Which input:output mix of the list prices the quoted cost per million tokens is.
        if (quote.apiPriceId) {
            const ApiPriceRecord *price = data.apiPrice(*quote.apiPriceId);
            if (!price) {
                finding(QStringLiteral("io_ratio"), QStringLiteral("warning"),
                        Text::tr("The row names API price %1, which is not in the database.")
                            .arg(*quote.apiPriceId),
                        quote.usdPerMtok, 0);
            } else {
                const double threeToOne = blendedUsdPerMtok(*price, 3, 1);
                const double oneToOne = blendedUsdPerMtok(*price, 1, 1);
                const QString prices = Text::tr("%1's list prices (%2 in, %3 out, as of %4)")
                                           .arg(price->modelName, perMillion(price->inputUsdPerMtok),
                                                perMillion(price->outputUsdPerMtok), price->asOf);
                const QString quoted = perMillion(quote.usdPerMtok);
                if (agrees(quote.usdPerMtok, threeToOne)) {
                    finding(QStringLiteral("io_ratio"), QStringLiteral("info"),
                            Text::tr("The quoted %1 per million tokens is the 3:1 input:output blend of %2.")
                                .arg(quoted, prices),
                            quote.usdPerMtok, threeToOne);
                } else if (agrees(quote.usdPerMtok, oneToOne)) {
                    finding(QStringLiteral("io_ratio"), QStringLiteral("info"),
                            Text::tr("The quoted %1 per million tokens is the 1:1 average of %2; at a 3:1 "
                                     "input:output mix it is %3.")
                                .arg(quoted, prices, perMillion(threeToOne)),
                            quote.usdPerMtok, oneToOne);
                } else {
                    finding(QStringLiteral("io_ratio"), QStringLiteral("warning"),
                            Text::tr("The quoted %1 per million tokens matches neither the 3:1 input:output "
                                     "blend (%2) nor the 1:1 average (%3) of %4.")
                                .arg(quoted, perMillion(threeToOne), perMillion(oneToOne), prices),
                            quote.usdPerMtok, threeToOne);
                }
            }
        }

        if (!quote.gpuId)
            continue;
        const GpuRecord *gpu = data.gpu(*quote.gpuId);
        if (!gpu) {
            finding(QStringLiteral("gpu_rent"), QStringLiteral("warning"),
                    Text::tr("The row names GPU %1, which is not in the database.").arg(*quote.gpuId),
                    quote.monthlyUsd, 0);
            continue;
        }
        const GpuConfiguration config{*gpu, std::max(1, quote.gpuCount)};
        if (!gpu->cloudUsdPerHour) {
            finding(QStringLiteral("gpu_rent"), QStringLiteral("warning"),
                    Text::tr("%1 has no cloud price in the database, so the quoted %2 a month cannot be "
                             "checked.")
                        .arg(gpu->name, monthly),
                    quote.monthlyUsd, 0);
            continue;
        }
        const double rent = config.count * *gpu->cloudUsdPerHour * assumptions.hoursPerMonth;
        const QString rentText =
            Text::tr("%1 rented at %2 an hour per GPU for %3 hours a month costs %4")
                .arg(config.name(), Format::usd(*gpu->cloudUsdPerHour),
                     QLocale().toString(assumptions.hoursPerMonth, 'f', 0), Format::usd(rent));
        if (agrees(quote.monthlyUsd, rent)) {
            finding(QStringLiteral("gpu_rent"), QStringLiteral("info"),
                    Text::tr("%1, consistent with the quoted %2.").arg(rentText, monthly), quote.monthlyUsd,
                    rent);
        } else {
            finding(
                QStringLiteral("gpu_rent"), QStringLiteral("warning"),
                Text::tr("%1, not the quoted %2 (%3 apart).")
                    .arg(rentText, monthly, percent(std::abs(rent - quote.monthlyUsd) / quote.monthlyUsd)),
                quote.monthlyUsd, rent);
        }

        // What the configuration really delivers at the quoted volume, on the cost model's estimate.
        const ModelRecord *model = quote.modelId ? data.model(*quote.modelId) : nullptr;
        if (!model || !(quote.tokensPerMonth > 0))
            continue;
        CostAssumptions rented = assumptions;
        rented.ownership = Ownership::Rent;
        const CostOption option = selfHostOption(*model, config, quote.tokensPerMonth, rented);
        if (!option.feasible) {
            finding(QStringLiteral("capacity"), QStringLiteral("warning"),
                    Text::tr("%1 cannot serve the quoted volume: %2").arg(config.name(), option.reason),
                    quote.usdPerMtok, 0);
            continue;
        }
        const double fullyUsed = option.replicaMonthlyUsd / (option.replicaCapacityTokensPerMonth / 1e6);
        finding(QStringLiteral("capacity"), QStringLiteral("info"),
                Text::tr("On the cost model's estimate one %1 serves about %2 tokens a month of %3 (%4 "
                         "tokens/s at %5 utilisation), so %6 tokens cost %7 per million tokens; even at that "
                         "capacity it would cost %8 per million tokens.")
                    .arg(config.name(), Format::tokens(option.replicaCapacityTokensPerMonth), model->name,
                         tokensPerSecond(option.throughput.aggregateTokensPerS), percent(rented.utilisation),
                         volume, perMillion(option.usdPerMillionTokens), perMillion(fullyUsed)),
                quote.usdPerMtok, option.usdPerMillionTokens);
    }
    return findings;
}

} // namespace CostModel
