#include "models/itemmodels/quotedcosttablemodel.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"

QuotedCostTableModel::QuotedCostTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

void QuotedCostTableModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    endResetModel();
}

int QuotedCostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->quotedCosts.size());
}

int QuotedCostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuotedCostTableModel::columnKey(int column) const
{
    static const char *const keys[ColumnCount] = {"approach", "monthly_usd", "tokens_per_month", "usd_per_mtok",
                                                  "source"};
    return QString::fromLatin1(keys[column]);
}

QString QuotedCostTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Approach: return tr("Approach");
    case MonthlyUsd: return tr("Monthly cost");
    case TokensPerMonth: return tr("Tokens/month");
    case UsdPerMtok: return tr("Cost/M tokens");
    case Source: return tr("Source");
    case ColumnCount: break;
    }
    return QString();
}

QVariant QuotedCostTableModel::rawValue(int row, int column) const
{
    const QuotedCostRecord &cost = m_dataset->quotedCosts.at(row);
    switch (Column(column)) {
    case Approach: return cost.approach;
    case MonthlyUsd: return cost.monthlyUsd;
    case TokensPerMonth: return cost.tokensPerMonth;
    case UsdPerMtok: return cost.usdPerMtok;
    case Source: {
        const SourceRecord *source = m_dataset->source(cost.sourceId);
        return source ? QVariant(source->title) : QVariant();
    }
    case ColumnCount: break;
    }
    return QVariant();
}

QString QuotedCostTableModel::displayText(int row, int column) const
{
    const QuotedCostRecord &cost = m_dataset->quotedCosts.at(row);
    switch (Column(column)) {
    case MonthlyUsd: return QStringLiteral("~") + Format::usd(cost.monthlyUsd);
    case TokensPerMonth: return cost.tokensQuoted;
    case UsdPerMtok: return Format::usd(cost.usdPerMtok);
    default: return rawValue(row, column).toString();
    }
}

qint64 QuotedCostTableModel::recordId(int row) const
{
    return m_dataset->quotedCosts.at(row).id;
}
