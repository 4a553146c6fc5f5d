#include "models/itemmodels/snapshotcomparisonmodel.h"

#include "models/core/vocabulary.h"
#include "models/itemmodels/tiertablemodel.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace {
QVariant rankOrNull(int rank)
{
    return rank > 0 ? QVariant(rank) : QVariant();
}
} // namespace

SnapshotComparisonModel::SnapshotComparisonModel(QObject *parent)
    : RecordTableModel(parent)
{
}

void SnapshotComparisonModel::setChanges(QList<TierSnapshots::Change> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int SnapshotComparisonModel::count(TierSnapshots::Movement movement) const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(),
                             [movement](const TierSnapshots::Change &c) { return c.movement == movement; }));
}

int SnapshotComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int SnapshotComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SnapshotComparisonModel::columnKey(int column) const
{
    static const char *const keys[ColumnCount] = {"model", "tier_before", "rank_before",
                                                  "tier_after", "rank_after", "movement"};
    return QString::fromLatin1(keys[column]);
}

QString SnapshotComparisonModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Model: return tr("Model");
    case TierBefore: return tr("Tier before");
    case RankBefore: return tr("Rank before");
    case TierAfter: return tr("Tier after");
    case RankAfter: return tr("Rank after");
    case Movement: return tr("Movement");
    case ColumnCount: break;
    }
    return QString();
}

QVariant SnapshotComparisonModel::rawValue(int row, int column) const
{
    const TierSnapshots::Change &c = m_changes.at(row);
    switch (Column(column)) {
    case Model: return c.model;
    case TierBefore: return c.tierBefore.isEmpty() ? QVariant() : QVariant(c.tierBefore);
    case RankBefore: return rankOrNull(c.rankBefore);
    case TierAfter: return c.tierAfter.isEmpty() ? QVariant() : QVariant(c.tierAfter);
    case RankAfter: return rankOrNull(c.rankAfter);
    case Movement: return TierSnapshots::movementKey(c.movement);
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant SnapshotComparisonModel::sortValue(int row, int column) const
{
    const TierSnapshots::Change &c = m_changes.at(row);
    // Tiers order by rank (S before A); a model missing from one list sorts after every listed one.
    switch (Column(column)) {
    case TierBefore: return c.tierBefore.isEmpty() ? 99 : Vocabulary::tierRank(c.tierBefore);
    case TierAfter: return c.tierAfter.isEmpty() ? 99 : Vocabulary::tierRank(c.tierAfter);
    case RankBefore: return c.rankBefore > 0 ? c.rankBefore : std::numeric_limits<int>::max();
    case RankAfter: return c.rankAfter > 0 ? c.rankAfter : std::numeric_limits<int>::max();
    case Movement: return int(c.movement);
    default: return rawValue(row, column);
    }
}

QString SnapshotComparisonModel::displayText(int row, int column) const
{
    const TierSnapshots::Change &c = m_changes.at(row);
    switch (Column(column)) {
    case TierBefore:
    case TierAfter: {
        const QString tier = column == TierBefore ? c.tierBefore : c.tierAfter;
        return tier.isEmpty() ? tr("not listed") : tier;
    }
    case RankBefore:
    case RankAfter: {
        const int rank = column == RankBefore ? c.rankBefore : c.rankAfter;
        return rank > 0 ? QLocale().toString(rank) : QString();
    }
    case Movement: {
        static const QString arrows[] = {QStringLiteral("▲"), QStringLiteral("▼"), QStringLiteral("="),
                                         QStringLiteral("+"), QStringLiteral("−")};
        return arrows[int(c.movement)] + QLatin1Char(' ') + TierSnapshots::movementName(c.movement);
    }
    default: return rawValue(row, column).toString();
    }
}

qint64 SnapshotComparisonModel::recordId(int row) const
{
    return m_changes.at(row).modelId;
}
