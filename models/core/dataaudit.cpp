#include "models/core/dataaudit.h"

#include "models/core/cost/costmodel.h"
#include "models/core/dataset.h"
#include "models/core/estimation/memoryestimator.h"
#include "models/core/formatting/format.h"
#include "models/core/namematcher.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

// "Q4" in a VRAM table means some 4-bit format; the common ones span Q4_0 to Q4_K_M.
constexpr double Q4LowBits = 4.55;
constexpr double Q4HighBits = 4.85;

bool withinTolerance(double quoted, double low, double high)
{
    return quoted >= low * (1 - DataAudit::Tolerance) && quoted <= high * (1 + DataAudit::Tolerance);
}

QString gb(double gigabytes)
{
    return QCoreApplication::translate("DataAudit", "%1 GB").arg(QLocale().toString(gigabytes, 'f', gigabytes < 20 ? 1 : 0));
}

// The GPUs a "Minimum GPU" cell names: "2x RTX 4090 or A100", "2-4x A100 80GB". A range is read at its
// upper end and an ambiguous name as its largest card: the most generous reading of the claim.
QList<GpuConfiguration> parseMinimumGpus(const QString &text, const QList<GpuRecord> &gpus)
{
    static const QRegularExpression countPattern(QStringLiteral("^(?:(\\d+)(?:\\s*-\\s*(\\d+))?\\s*x\\s+)?(.+)$"));
    QList<GpuConfiguration> configurations;
    for (const QString &alternative : text.split(QStringLiteral(" or "))) {
        const QRegularExpressionMatch match = countPattern.match(alternative.trimmed());
        if (!match.hasMatch())
            continue;
        const int count = match.captured(2).isEmpty() ? (match.captured(1).isEmpty() ? 1 : match.captured(1).toInt())
                                                      : match.captured(2).toInt();
        const QString key = NameMatcher::normalized(match.captured(3));
        const GpuRecord *largest = nullptr;
        for (const GpuRecord &gpu : gpus) {
            if (NameMatcher::normalized(gpu.name).startsWith(key) && (!largest || gpu.memoryGib > largest->memoryGib))
                largest = &gpu;
        }
        if (largest)
            configurations.append({*largest, count});
    }
    return configurations;
}

} // namespace

QString AuditFinding::severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Ok: return QStringLiteral("ok");
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return QString();
}

QList<AuditFinding> DataAudit::run(const Dataset &dataset)
{
    QList<AuditFinding> findings;
    auditHardware(dataset, findings);
    auditMinimumGpus(dataset, findings);
    auditCosts(dataset, findings);
    auditStandIns(dataset, findings);
    return findings;
}

void DataAudit::auditHardware(const Dataset &dataset, QList<AuditFinding> &findings)
{
    for (const QuotedHardwareRecord &hw : dataset.quotedHardware) {
        const ModelRecord *model = dataset.model(hw.modelId);
        if (!model)
            continue;
        const double total = double(model->totalParams);
        const double active = double(model->paramsPerToken());
        struct Check
        {
            QString label;
            double quoted;
            double lowBits;
            double highBits;
        };
        const Check checks[] = {{tr("VRAM at FP16"), hw.vramFp16Gb, 16, 16},
                                {tr("VRAM at Q4"), hw.vramQ4Gb, Q4LowBits, Q4HighBits}};
        for (const Check &check : checks) {
            AuditFinding f;
            f.category = QStringLiteral("hardware");
            f.subject = QStringLiteral("%1: %2").arg(hw.label, check.label);
            f.quoted = check.quoted;
            const double low = total * check.lowBits / 8 / 1e9;
            const double high = total * check.highBits / 8 / 1e9;
            f.computed = high;
            const QString computedText = low == high ? gb(high) : tr("%1 to %2").arg(gb(low), gb(high));
            if (withinTolerance(check.quoted, low, high)) {
                f.severity = AuditFinding::Severity::Ok;
                f.message = tr("Quoted ~%1; %2 parameters need %3 for weights: consistent.")
                                .arg(gb(check.quoted), Format::params(model->totalParams), computedText);
            } else if (model->isMoe()) {
                const double activeLow = active * check.lowBits / 8 / 1e9;
                const double activeHigh = active * check.highBits / 8 / 1e9;
                const bool matchesActive = withinTolerance(check.quoted, activeLow, activeHigh);
                f.severity = AuditFinding::Severity::Error;
                f.message =
                    tr("Quoted ~%1, but every expert of an MoE model stays in memory: %2 total parameters need %3 "
                       "(%4x the quote). %5")
                        .arg(gb(check.quoted), Format::params(model->totalParams), computedText,
                             QLocale().toString(high / check.quoted, 'f', 1),
                             matchesActive
                                 ? tr("The quote sizes only the %1 active parameters, which decide speed, not memory.")
                                       .arg(Format::params(model->paramsPerToken()))
                                 : tr("It does not match the %1 active parameters either (%2), although the "
                                      "article labels it “active”.")
                                       .arg(Format::params(model->paramsPerToken()),
                                            activeLow == activeHigh ? gb(activeHigh)
                                                                    : tr("%1 to %2").arg(gb(activeLow), gb(activeHigh))));
            } else {
                f.severity = AuditFinding::Severity::Error;
                f.message = tr("Quoted ~%1; %2 parameters need %3 for weights alone.")
                                .arg(gb(check.quoted), Format::params(model->totalParams), computedText);
            }
            findings.append(f);
        }
    }
}

void DataAudit::auditMinimumGpus(const Dataset &dataset, QList<AuditFinding> &findings)
{
    // The claim is checked at its most forgiving: 4-bit weights (Q4_0), a 4K context, one sequence.
    FitParameters params;
    params.bitsPerWeight = Q4LowBits;
    params.quantName = QStringLiteral("Q4_0");
    params.contextTokens = 4096;
    for (const QuotedHardwareRecord &hw : dataset.quotedHardware) {
        const ModelRecord *model = dataset.model(hw.modelId);
        if (!model)
            continue;
        AuditFinding f;
        f.category = QStringLiteral("hardware");
        f.subject = QStringLiteral("%1: %2").arg(hw.label, tr("minimum GPU “%1”").arg(hw.minimumGpu));
        const QList<GpuConfiguration> configurations = parseMinimumGpus(hw.minimumGpu, dataset.gpus);
        if (configurations.isEmpty()) {
            f.severity = AuditFinding::Severity::Warning;
            f.message = tr("None of the GPUs named is in the dataset, so the claim cannot be checked.");
            findings.append(f);
            continue;
        }
        QStringList verdicts;
        bool anyFits = false;
        for (const GpuConfiguration &config : configurations) {
            const MemoryEstimate e = MemoryEstimator::estimate(*model, config, params);
            anyFits = anyFits || e.fits;
            f.quoted = std::max(f.quoted.value_or(0), e.capacityBytes / 1e9);
            f.computed = e.totalBytes / 1e9;
            verdicts << tr("%1 holds %2 usable, %3 needs %4 (%5)")
                            .arg(config.name(), Format::gigabytes(e.capacityBytes), model->name,
                                 Format::gigabytes(e.totalBytes), MemoryEstimator::verdictName(e.verdict));
        }
        f.severity = anyFits ? AuditFinding::Severity::Ok : AuditFinding::Severity::Error;
        f.message = (anyFits ? tr("Plausible at Q4_0 with a 4K context: %1.") : tr("Too small even at Q4_0 with a 4K context: %1."))
                        .arg(verdicts.join(QStringLiteral("; ")));
        findings.append(f);
    }
}

void DataAudit::auditStandIns(const Dataset &dataset, QList<AuditFinding> &findings)
{
    for (const ModelRecord &model : dataset.models) {
        if (!model.proxy)
            continue;
        AuditFinding f;
        f.category = QStringLiteral("model");
        f.subject = model.name;
        f.severity = AuditFinding::Severity::Warning;
        f.message = tr("No published model matches the name and size the article gives; the figures use %1 "
                       "instead. %2")
                        .arg(model.referenceModel, model.notes);
        findings.append(f);
    }
}

void DataAudit::auditCosts(const Dataset &dataset, QList<AuditFinding> &findings)
{
    for (const CostAuditFinding &cost : CostModel::auditQuotedCosts(dataset)) {
        AuditFinding f;
        f.category = QStringLiteral("cost");
        f.subject = cost.subject;
        f.severity = cost.severity == QLatin1String("error")     ? AuditFinding::Severity::Error
                     : cost.severity == QLatin1String("warning") ? AuditFinding::Severity::Warning
                     : cost.severity == QLatin1String("info")    ? AuditFinding::Severity::Info
                                                                 : AuditFinding::Severity::Ok;
        f.message = cost.message;
        f.quoted = cost.quoted;
        f.computed = cost.computed;
        findings.append(f);
    }
}
