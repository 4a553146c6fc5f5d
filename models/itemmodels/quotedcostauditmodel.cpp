#include "models/itemmodels/quotedcostauditmodel.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"

#include <QColor>

#include <algorithm>
#include <cmath>

QuotedCostAuditModel::QuotedCostAuditModel(QObject *parent)
    : RecordTableModel(parent)
{
}

void QuotedCostAuditModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    m_rows.clear();
    if (m_dataset) {
        for (const QuotedCostRecord &quote : m_dataset->quotedCosts)
            m_rows.append(Row{quote, std::nullopt, {}});
    }
    recompute();
    endResetModel();
}

void QuotedCostAuditModel::setAssumptions(const CostAssumptions &assumptions)
{
    m_assumptions = assumptions;
    recompute();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ComputedMonthlyUsd), index(rowCount() - 1, Findings));
}

void QuotedCostAuditModel::recompute()
{
    if (!m_dataset)
        return;
    const QList<CostAuditFinding> findings = CostModel::auditQuotedCosts(*m_dataset, m_assumptions);
    for (Row &row : m_rows) {
        const QuotedCostRecord &quote = row.quote;
        row.findings.clear();
        for (const CostAuditFinding &finding : findings) {
            if (finding.quotedCostId == quote.id)
                row.findings.append(finding);
        }
        std::stable_sort(row.findings.begin(), row.findings.end(),
                         [](const CostAuditFinding &a, const CostAuditFinding &b) {
                             return severityRank(a.severity) > severityRank(b.severity);
                         });

        // The same scenario through the cost model: the row's API, or its GPUs serving its model.
        row.computed.reset();
        if (quote.apiPriceId) {
            if (const ApiPriceRecord *price = m_dataset->apiPrice(*quote.apiPriceId))
                row.computed = CostModel::apiOption(*price, quote.tokensPerMonth, m_assumptions);
        } else if (quote.gpuId && quote.modelId) {
            const GpuRecord *gpu = m_dataset->gpu(*quote.gpuId);
            const ModelRecord *model = m_dataset->model(*quote.modelId);
            if (gpu && model) {
                row.computed =
                    CostModel::selfHostOption(*model, GpuConfiguration{*gpu, std::max(1, quote.gpuCount)},
                                              quote.tokensPerMonth, m_assumptions);
            }
        }
    }
}

int QuotedCostAuditModel::severityRank(const QString &severity)
{
    if (severity == QLatin1String("error"))
        return 2;
    if (severity == QLatin1String("warning"))
        return 1;
    return 0;
}

int QuotedCostAuditModel::worstRank(int row) const
{
    int worst = 0;
    for (const CostAuditFinding &finding : m_rows.at(row).findings)
        worst = std::max(worst, severityRank(finding.severity));
    return worst;
}

int QuotedCostAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuotedCostAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotedCostAuditModel::data(const QModelIndex &index, int role) const
{
    // The verdict is spelled out in its column; the tint only repeats it. Amber and brown, not red: the
    // article's figure is in doubt, nothing in the app failed.
    if (role == Qt::ForegroundRole &&
        checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) &&
        index.column() == Verdict) {
        switch (worstRank(index.row())) {
        case 2: return QColor(0x8a, 0x4b, 0x08);
        case 1: return QColor(0x9a, 0x60, 0x00);
        default: return QVariant();
        }
    }
    return RecordTableModel::data(index, role);
}

QString QuotedCostAuditModel::columnKey(int column) const
{
    static const char *const keys[ColumnCount] = {"approach",
                                                  "quoted_monthly_usd",
                                                  "tokens_per_month",
                                                  "quoted_usd_per_mtok",
                                                  "computed_monthly_usd",
                                                  "computed_usd_per_mtok",
                                                  "verdict",
                                                  "findings"};
    return QString::fromLatin1(keys[column]);
}

QString QuotedCostAuditModel::columnTitle(int column) const
{
    // Short titles: the table sits beside other panes; the header tool tips say the rest.
    switch (Column(column)) {
    case Approach: return tr("Article's scenario");
    case QuotedMonthlyUsd: return tr("Quoted");
    case TokensPerMonth: return tr("Tokens");
    case QuotedUsdPerMtok: return tr("Quoted/M");
    case ComputedMonthlyUsd: return tr("Computed");
    case ComputedUsdPerMtok: return tr("Computed/M");
    case Verdict: return tr("Verdict");
    case Findings: return tr("Audit");
    case ColumnCount: break;
    }
    return QString();
}

QString QuotedCostAuditModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Approach: return tr("The scenario as the article's cost table names it");
    case QuotedMonthlyUsd: return tr("The article's monthly cost, as printed");
    case TokensPerMonth: return tr("The article's monthly token volume, as printed");
    case QuotedUsdPerMtok: return tr("The article's cost per million tokens, as printed");
    case ComputedMonthlyUsd:
        return tr("What the cost model gives a month for the same API or GPUs at the quoted volume, with the "
                  "assumptions chosen here");
    case ComputedUsdPerMtok: return tr("The computed monthly cost per million tokens of the quoted volume");
    case Verdict:
        return tr("What the audit makes of the article's figures: the quote is wrong when its own figures "
                  "contradict each other, doubtful when they cannot be checked or rest on a questionable "
                  "assumption");
    case Findings: return tr("Every finding of the cost audit about this row, worst first");
    case ColumnCount: break;
    }
    return QString();
}

QVariant QuotedCostAuditModel::rawValue(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const auto computed = [&r](double CostOption::*member) {
        return r.computed && r.computed->feasible && std::isfinite((*r.computed).*member)
                   ? QVariant((*r.computed).*member)
                   : QVariant();
    };
    switch (Column(column)) {
    case Approach: return r.quote.approach;
    case QuotedMonthlyUsd: return r.quote.monthlyUsd;
    case TokensPerMonth: return r.quote.tokensPerMonth;
    case QuotedUsdPerMtok: return r.quote.usdPerMtok;
    case ComputedMonthlyUsd: return computed(&CostOption::monthlyUsd);
    case ComputedUsdPerMtok: return computed(&CostOption::usdPerMillionTokens);
    case Verdict: {
        static const char *const keys[] = {"info", "warning", "error"};
        return r.findings.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(keys[worstRank(row)]));
    }
    case Findings: {
        QStringList messages;
        for (const CostAuditFinding &finding : r.findings)
            messages << finding.message;
        return messages.join(QLatin1Char(' '));
    }
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant QuotedCostAuditModel::sortValue(int row, int column) const
{
    return column == Verdict ? QVariant(worstRank(row)) : rawValue(row, column);
}

QString QuotedCostAuditModel::displayText(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const QVariant raw = rawValue(row, column);
    switch (Column(column)) {
    // As the article prints them: "~$3,000", "100M+".
    case QuotedMonthlyUsd: return QStringLiteral("~") + Format::usd(r.quote.monthlyUsd);
    case TokensPerMonth: return r.quote.tokensQuoted;
    case QuotedUsdPerMtok: return Format::usd(r.quote.usdPerMtok);
    case ComputedMonthlyUsd:
    case ComputedUsdPerMtok:
        if (!raw.isNull())
            return Format::usd(raw.toDouble());
        return r.computed ? tr("not feasible") : QString();
    case Verdict:
        if (raw.isNull())
            return QString();
        // What the audit says of the article's figure, not of the app: "Error" read like a failure of ours.
        switch (worstRank(row)) {
        case 2: return tr("Quote is wrong");
        case 1: return tr("Doubtful");
        default: return tr("OK");
        }
    default: return raw.toString();
    }
}

QString QuotedCostAuditModel::toolTip(int row, int column) const
{
    const Row &r = m_rows.at(row);
    QStringList lines{r.quote.approach};
    if ((column == ComputedMonthlyUsd || column == ComputedUsdPerMtok) && r.computed) {
        lines << r.computed->label;
        if (!r.computed->feasible)
            lines << r.computed->reason;
        lines << r.computed->notes;
        return lines.join(QLatin1Char('\n'));
    }
    for (const CostAuditFinding &finding : r.findings)
        lines << QStringLiteral("• ") + finding.message;
    return lines.join(QLatin1Char('\n'));
}

qint64 QuotedCostAuditModel::recordId(int row) const
{
    return m_rows.at(row).quote.id;
}
