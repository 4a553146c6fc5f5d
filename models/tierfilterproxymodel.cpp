#include "models/tierfilterproxymodel.h"

#include "models/tiertablemodel.h"

TierFilterProxyModel::TierFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TierFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void TierFilterProxyModel::setTier(const QString &tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    invalidateRowsFilter();
}

void TierFilterProxyModel::setArchitecture(Architecture architecture)
{
    if (architecture == m_architecture)
        return;
    m_architecture = architecture;
    invalidateRowsFilter();
}

void TierFilterProxyModel::setParamRange(qint64 minParams, qint64 maxParams)
{
    if (minParams == m_minParams && maxParams == m_maxParams)
        return;
    m_minParams = minParams;
    m_maxParams = maxParams;
    invalidateRowsFilter();
}

void TierFilterProxyModel::setOnlyFitting(bool onlyFitting)
{
    if (onlyFitting == m_onlyFitting)
        return;
    m_onlyFitting = onlyFitting;
    invalidateRowsFilter();
}

bool TierFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto raw = [&](int column) {
        return model->index(sourceRow, column, sourceParent).data(RecordTableModel::RawValueRole);
    };

    if (!m_tier.isEmpty() && raw(TierTableModel::Tier).toString() != m_tier)
        return false;
    if (m_architecture != Architecture::Any) {
        const bool moe = raw(TierTableModel::Architecture).toString() == QLatin1String("moe");
        if (moe != (m_architecture == Architecture::Moe))
            return false;
    }
    const qint64 params = raw(TierTableModel::TotalParams).toLongLong();
    if (m_onlyFitting) {
        const QString verdict = raw(TierTableModel::FitVerdict).toString();
        if (verdict != QLatin1String("fits") && verdict != QLatin1String("tight"))
            return false;
    }
    if ((m_minParams > 0 && params < m_minParams) || (m_maxParams > 0 && params > m_maxParams))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {int(TierTableModel::Name), int(TierTableModel::Vendor), int(TierTableModel::Highlights)}) {
        if (raw(column).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
