#include "models/tierfilterproxymodel.h"

#include "models/tiertablemodel.h"

TierFilterProxyModel::TierFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TierFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forgetSortKeys();
    // Connected before the base class connects its own handlers, so the keys are forgotten before it
    // re-sorts after a change.
    if (model) {
        m_sourceConnections
            << connect(model, &QAbstractItemModel::dataChanged, this,
                       [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                           if (m_sortKeysColumn >= topLeft.column() && m_sortKeysColumn <= bottomRight.column())
                               forgetSortKeys();
                       })
            << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TierFilterProxyModel::forgetSortKeys)
            << connect(model, &QAbstractItemModel::rowsInserted, this, &TierFilterProxyModel::forgetSortKeys)
            << connect(model, &QAbstractItemModel::rowsRemoved, this, &TierFilterProxyModel::forgetSortKeys)
            << connect(model, &QAbstractItemModel::rowsMoved, this, &TierFilterProxyModel::forgetSortKeys)
            << connect(model, &QAbstractItemModel::layoutChanged, this, &TierFilterProxyModel::forgetSortKeys);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void TierFilterProxyModel::forgetSortKeys()
{
    m_sortKeys.clear();
    m_sortKeysColumn = -1;
}

void TierFilterProxyModel::refilter()
{
    // One layout change for the whole table. invalidateRowsFilter() would remove and insert rows range by
    // range, and every range costs the views (and the headers) a pass over all rows: seconds for a filter
    // keystroke on 100,000 models. The sort keys stay valid: the rows did not change.
    invalidate();
}

bool TierFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_sortKeysColumn != left.column() || m_sortKeys.size() != model->rowCount()) {
        m_sortKeys.clear();
        m_sortKeys.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            m_sortKeys << model->index(row, left.column()).data(sortRole());
        m_sortKeysColumn = left.column();
    }
    const QVariant &a = m_sortKeys.at(left.row());
    const QVariant &b = m_sortKeys.at(right.row());
    // As QSortFilterProxyModel compares: a missing value sorts after every value.
    if (!a.isValid())
        return false;
    if (!b.isValid())
        return true;
    switch (a.userType()) {
    case QMetaType::Int: return a.toInt() < b.toInt();
    case QMetaType::LongLong: return a.toLongLong() < b.toLongLong();
    case QMetaType::Double: return a.toDouble() < b.toDouble();
    default: return a.toString().compare(b.toString(), sortCaseSensitivity()) < 0;
    }
}

void TierFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

void TierFilterProxyModel::setTier(const QString &tier)
{
    if (tier == m_tier)
        return;
    m_tier = tier;
    refilter();
}

void TierFilterProxyModel::setArchitecture(Architecture architecture)
{
    if (architecture == m_architecture)
        return;
    m_architecture = architecture;
    refilter();
}

void TierFilterProxyModel::setParamRange(qint64 minParams, qint64 maxParams)
{
    if (minParams == m_minParams && maxParams == m_maxParams)
        return;
    m_minParams = minParams;
    m_maxParams = maxParams;
    refilter();
}

void TierFilterProxyModel::setOnlyFitting(bool onlyFitting)
{
    if (onlyFitting == m_onlyFitting)
        return;
    m_onlyFitting = onlyFitting;
    refilter();
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
