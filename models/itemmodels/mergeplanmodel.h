#pragma once

#include "models/document/merger.h"

#include <QAbstractItemModel>

#include <algorithm>

// A merge plan as a tree the user ticks: the conflicts (same record, different facts; ticked takes theirs),
// each with a line per differing field, then the records only the other file has (ticked adds them).
// Ticking writes into the plan itself, so it is ready to apply when the dialog closes. Rows are made as
// the view asks for them: a plan of 100,000 additions lists at once.
class MergePlanModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Record, Facts, ColumnCount };
    enum Group { Conflicts, Additions, GroupCount };

    explicit MergePlanModel(Merger::Plan *plan, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // What a row is, kept in its index's internal id: a group, a conflict, an addition, or one of
    // conflict N's field lines (FieldLine + N).
    enum Node : quintptr { GroupNode, ConflictNode, AdditionNode, FieldLine };
    static Node nodeOf(const QModelIndex &index) { return Node(std::min<quintptr>(index.internalId(), FieldLine)); }
    // Whether the row is ticked: for a conflict, take theirs; for an addition, add it.
    bool *tick(const QModelIndex &index) const;

    Merger::Plan *m_plan;
};
