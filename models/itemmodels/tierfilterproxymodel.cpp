#include "models/itemmodels/tierfilterproxymodel.h"

#include "models/core/nameindex.h"
#include "models/itemmodels/tiertablemodel.h"

#include <algorithm>

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
    m_sortValues.clear();
    m_sortKeysColumn = -1;
}

void TierFilterProxyModel::refilter()
{
    // One layout change for the whole table. invalidateRowsFilter() would remove and insert rows range by
    // range, and every range costs the views (and the headers) a pass over all rows: seconds for a filter
    // keystroke on 100,000 models. The sort keys stay valid: the rows did not change.
    invalidate();
}

void TierFilterProxyModel::fillSortKeys(int column) const
{
    const QAbstractItemModel *model = sourceModel();
    const int rows = model->rowCount();
    m_sortKeys.clear();
    m_sortKeys.resize(rows);
    m_sortValues.clear();
    m_sortValues.resize(rows);
    QList<QString> texts(rows); // as they compare, for the text values
    QList<int> textRows;
    for (int row = 0; row < rows; ++row) {
        SortKey &key = m_sortKeys[row];
        const QVariant &value = m_sortValues[row] = model->index(row, column).data(sortRole());
        key.number = 0;
        switch (value.userType()) {
        case QMetaType::UnknownType: key.kind = SortKey::Missing; break;
        case QMetaType::Int:
        case QMetaType::LongLong:
            key.kind = value.userType() == QMetaType::Int ? SortKey::Int : SortKey::LongLong;
            key.number = value.toLongLong();
            break;
        case QMetaType::Double:
            key.kind = SortKey::Double;
            key.real = value.toDouble();
            break;
        default:
            key.kind = SortKey::Text;
            // Folded, a plain < gives the case-insensitive order without folding both texts again in each
            // of the 1.7 million comparisons a sort of 100,000 rows makes.
            texts[row] = sortCaseSensitivity() == Qt::CaseInsensitive ? NameIndex::folded(value.toString())
                                                                      : value.toString();
            textRows << row;
        }
    }
    // Texts ranked once, so that each comparison of the sort compares two integers.
    std::sort(textRows.begin(), textRows.end(), [&texts](int a, int b) { return texts.at(a) < texts.at(b); });
    qint64 rank = 0;
    for (qsizetype i = 0; i < textRows.size(); ++i) {
        if (i > 0 && texts.at(textRows.at(i - 1)) != texts.at(textRows.at(i)))
            ++rank;
        m_sortKeys[textRows.at(i)].number = rank;
    }
    m_sortKeysColumn = column;
    m_sortKeysRole = sortRole();
    m_sortKeysCaseSensitivity = sortCaseSensitivity();
}

bool TierFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The keys are also forgotten whenever the source changes (see setSourceModel).
    if (m_sortKeysColumn != left.column() || m_sortKeysRole != sortRole()
        || m_sortKeysCaseSensitivity != sortCaseSensitivity() || m_sortKeys.size() != sourceModel()->rowCount())
        fillSortKeys(left.column());
    const SortKey &a = m_sortKeys.at(left.row());
    const SortKey &b = m_sortKeys.at(right.row());
    // A missing value (no tier, no rank, no fit) sorts after every value in both directions: a descending
    // sort reverses this comparison, so there a missing value must compare as the smallest.
    if (a.kind == SortKey::Missing || b.kind == SortKey::Missing)
        return a.kind != b.kind && (a.kind == SortKey::Missing) == (sortOrder() == Qt::DescendingOrder);
    if (a.kind == b.kind)
        return a.kind == SortKey::Double ? a.real < b.real : a.number < b.number;
    // Values of different types in one column: as QSortFilterProxyModel would, by the left value's type.
    const QVariant &valueA = m_sortValues.at(left.row());
    const QVariant &valueB = m_sortValues.at(right.row());
    switch (a.kind) {
    case SortKey::Int: return valueA.toInt() < valueB.toInt();
    case SortKey::LongLong: return valueA.toLongLong() < valueB.toLongLong();
    case SortKey::Double: return valueA.toDouble() < valueB.toDouble();
    default: return valueA.toString().compare(valueB.toString(), sortCaseSensitivity()) < 0;
    }
}

void TierFilterProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

void TierFilterProxyModel::setVendor(const QString &vendor)
{
    if (vendor == m_vendor)
        return;
    m_vendor = vendor;
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
    if (!m_vendor.isEmpty() && raw(TierTableModel::Vendor).toString().compare(m_vendor, Qt::CaseInsensitive) != 0)
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
