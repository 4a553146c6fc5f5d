#include "models/itemmodels/costtablemodel.h"

#include "models/core/formatting/format.h"
#include "models/core/formatting/machinenumbers.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

CostTableModel::CostTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

void CostTableModel::setOptions(const QList<CostOption> &options)
{
    QList<CostOption> sorted = options;
    std::stable_sort(sorted.begin(), sorted.end(), [](const CostOption &a, const CostOption &b) {
        return std::tie(b.feasible, a.monthlyUsd) < std::tie(a.feasible, b.monthlyUsd);
    });
    const auto labels = [](const QList<CostOption> &list) {
        QStringList names;
        for (const CostOption &option : list)
            names << option.label;
        return names;
    };
    const bool sameRows = labels(sorted) == labels(m_options);
    if (!sameRows)
        beginResetModel();
    m_options = sorted;
    m_cheapestRow = !m_options.isEmpty() && m_options.first().feasible ? 0 : -1;
    if (!sameRows)
        endResetModel();
    else if (!m_options.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

int CostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CostTableModel::data(const QModelIndex &index, int role) const
{
    // The cheapest feasible option is also named in its Note column; bold only repeats it.
    if (role == Qt::FontRole && checkIndex(index, CheckIndexOption::IndexIsValid) && index.row() == m_cheapestRow) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return RecordTableModel::data(index, role);
}

QString CostTableModel::columnKey(int column) const
{
    static const char *const keys[ColumnCount] = {"option",      "kind",     "monthly_usd", "usd_per_million_tokens",
                                                  "capacity_tokens_per_month", "utilisation", "replicas",
                                                  "ttft_ms",     "tpot_ms",  "limited_by",  "meets_targets",
                                                  "decode_basis", "calibration_runs", "feasible", "note"};
    return QString::fromLatin1(keys[column]);
}

QString CostTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Option: return tr("Option");
    case Kind: return tr("Kind");
    case MonthlyUsd: return tr("Per month");
    case UsdPerMillion: return tr("Per M tokens");
    case CapacityTokens: return tr("Capacity/month");
    case Utilisation: return tr("Busy");
    case Replicas: return tr("Replicas");
    case TtftMs: return tr("TTFT");
    case TpotMs: return tr("TPOT");
    case LimitedBy: return tr("Limited by");
    case MeetsTargets: return tr("Meets targets");
    case SpeedsBasis: return tr("Speeds");
    case CalibrationRuns: return tr("Runs");
    case Feasible: return tr("Feasible");
    case Note: return tr("Note");
    case ColumnCount: break;
    }
    return QString();
}

QVariant CostTableModel::rawValue(int row, int column) const
{
    const CostOption &o = m_options.at(row);
    const auto finite = [](double v) { return std::isfinite(v) ? QVariant(v) : QVariant(); };
    switch (Column(column)) {
    case Option: return o.label;
    case Kind: return CostModel::kindKey(o.kind);
    case MonthlyUsd: return finite(MachineNumbers::usd(o.monthlyUsd));
    case UsdPerMillion: return finite(MachineNumbers::usdPerMillionTokens(o.usdPerMillionTokens));
    case CapacityTokens:
        // A configuration that cannot hold the model has no capacity and no replicas: null, not 0.
        return o.capacityTokensPerMonth && std::isfinite(*o.capacityTokensPerMonth) && *o.capacityTokensPerMonth > 0
                   ? QVariant(MachineNumbers::tokens(*o.capacityTokensPerMonth))
                   : QVariant();
    case Utilisation: return o.utilisation ? finite(MachineNumbers::share(*o.utilisation)) : QVariant();
    case Replicas: return o.replicas > 0 ? QVariant(o.replicas) : QVariant();
    case TtftMs:
    case TpotMs: {
        if (!o.serving || !o.feasible)
            return QVariant();
        const double s = column == TtftMs ? o.serving->ttftS : o.serving->tpotS;
        // Milliseconds to a tenth, as speeds are.
        return std::isfinite(s) ? QVariant(std::round(s * 1e4) / 10) : QVariant();
    }
    case LimitedBy: return o.serving ? QVariant(ServingModel::limitingKey(o.serving->limitedBy)) : QVariant();
    case MeetsTargets: return o.serving ? QVariant(o.feasible && o.serving->meetsTargets) : QVariant();
    case SpeedsBasis:
        return o.serving ? QVariant(o.serving->calibrated ? QStringLiteral("calibrated") : QStringLiteral("bound"))
                         : QVariant();
    case CalibrationRuns:
        return o.serving && o.serving->calibrated ? QVariant(o.serving->calibrationRuns) : QVariant();
    case Feasible: return o.feasible;
    case Note: {
        QStringList parts;
        if (row == m_cheapestRow)
            parts << tr("Cheapest feasible");
        if (!o.feasible)
            parts << o.reason;
        parts << o.notes;
        return parts.join(QStringLiteral(" "));
    }
    case ColumnCount: break;
    }
    return QVariant();
}

QString CostTableModel::displayText(int row, int column) const
{
    const CostOption &o = m_options.at(row);
    const QVariant raw = rawValue(row, column);
    switch (Column(column)) {
    case Kind: return o.kind == CostOptionKind::Api ? tr("API") : tr("Self-host");
    case MonthlyUsd:
    case UsdPerMillion: return raw.isNull() ? tr("—") : Format::usd(raw.toDouble());
    case CapacityTokens:
        return o.kind == CostOptionKind::Api ? tr("unlimited") : raw.isNull() ? tr("—") : Format::tokens(raw.toDouble());
    case Utilisation:
        return raw.isNull() ? QString() : QLocale().toString(raw.toDouble() * 100, 'f', 0) + QLatin1Char('%');
    case Replicas: return o.kind == CostOptionKind::Api ? QString() : raw.isNull() ? tr("—") : raw.toString();
    case TtftMs:
    case TpotMs: return raw.isNull() ? QString() : tr("%1 ms").arg(QLocale().toString(raw.toDouble(), 'f', raw.toDouble() < 10 ? 1 : 0));
    case LimitedBy: return o.serving ? ServingModel::limitingName(o.serving->limitedBy) : QString();
    case MeetsTargets: return raw.isNull() ? QString() : raw.toBool() ? tr("yes") : tr("no");
    case SpeedsBasis:
        return raw.isNull() ? QString() : o.serving->calibrated ? tr("calibrated") : tr("published efficiency");
    case Feasible: return o.feasible ? tr("yes") : tr("no");
    default: return raw.toString();
    }
}

QString CostTableModel::toolTip(int row, int column) const
{
    Q_UNUSED(column)
    const CostOption &o = m_options.at(row);
    QStringList lines{o.label};
    if (o.kind == CostOptionKind::Api) {
        lines << tr("%1 in / %2 out per M tokens, blended %3 (prices as of %4)")
                     .arg(Format::usd(o.inputUsdPerMtok), Format::usd(o.outputUsdPerMtok),
                          Format::usd(o.blendedUsdPerMtok), o.priceAsOf);
    } else if (o.feasible && o.serving) {
        const ServingPlan &p = *o.serving;
        lines << tr("Batch %1 of at most %2 in memory; prompt %3 ms, decode step %4 ms; one replica sustains %5 "
                    "requests/s at %6 busy (speeds: %7)")
                     .arg(p.batch)
                     .arg(p.memoryBatch)
                     .arg(QLocale().toString(p.prefillS * 1000, 'f', 0), QLocale().toString(p.stepS * 1000, 'f', 1),
                          QLocale().toString(p.maxRequestsPerS, 'g', 3),
                          QLocale().toString(p.utilisationCeiling * 100, 'f', 0) + QLatin1Char('%'), p.basis);
        lines << tr("One replica: %1/month").arg(Format::usd(o.replicaMonthlyUsd));
    } else if (o.feasible) {
        lines << tr("Throughput %1 tokens/s per replica (batch %2; %3), capacity %4 tokens/month")
                     .arg(QLocale().toString(o.throughput.aggregateTokensPerS, 'f', 0))
                     .arg(o.throughput.batch)
                     .arg(o.throughput.computeLimited ? tr("compute-bound") : tr("bandwidth-bound"),
                          Format::tokens(o.replicaCapacityTokensPerMonth));
        if (!o.throughput.overridden)
            lines << tr("Batched decode as %1 runs it; efficiencies from %2")
                         .arg(SpeedModel::engineName(o.throughput.engine), o.throughput.basis);
        lines << tr("One replica: %1/month").arg(Format::usd(o.replicaMonthlyUsd));
    }
    if (!o.reason.isEmpty())
        lines << o.reason;
    lines << o.notes;
    return lines.join(QLatin1Char('\n'));
}

qint64 CostTableModel::recordId(int row) const
{
    const CostOption &o = m_options.at(row);
    return o.kind == CostOptionKind::Api ? o.apiPriceId : o.modelId;
}
