#pragma once

#include "models/core/tiersnapshots.h"
#include "models/itemmodels/recordtablemodel.h"

// Two tier-list snapshots side by side: one row per model, its place before and after and how it moved.
// Movement is spelled out (and marked with an arrow), never carried by colour alone.
class SnapshotComparisonModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Model, TierBefore, RankBefore, TierAfter, RankAfter, Movement, ColumnCount };

    explicit SnapshotComparisonModel(QObject *parent = nullptr);
    void setChanges(QList<TierSnapshots::Change> changes);
    const QList<TierSnapshots::Change> &changes() const { return m_changes; }
    int count(TierSnapshots::Movement movement) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

protected:
    QString columnKey(int column) const override;
    QString columnTitle(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString displayText(int row, int column) const override;
    qint64 recordId(int row) const override;

private:
    QList<TierSnapshots::Change> m_changes;
};
