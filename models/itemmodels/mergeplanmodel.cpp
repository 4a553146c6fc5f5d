#include "models/itemmodels/mergeplanmodel.h"

MergePlanModel::MergePlanModel(Merger::Plan *plan, QObject *parent)
    : QAbstractItemModel(parent)
    , m_plan(plan)
{
}

QModelIndex MergePlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, GroupNode);
    if (nodeOf(parent) == GroupNode)
        return createIndex(row, column, parent.row() == Conflicts ? ConflictNode : AdditionNode);
    return createIndex(row, column, FieldLine + quintptr(parent.row())); // a line of a conflict
}

QModelIndex MergePlanModel::parent(const QModelIndex &child) const
{
    switch (nodeOf(child)) {
    case GroupNode: return QModelIndex();
    case ConflictNode: return createIndex(Conflicts, 0, GroupNode);
    case AdditionNode: return createIndex(Additions, 0, GroupNode);
    case FieldLine: break;
    }
    return createIndex(int(child.internalId() - FieldLine), 0, ConflictNode);
}

int MergePlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0)
        return 0;
    switch (nodeOf(parent)) {
    case GroupNode:
        return int(parent.row() == Conflicts ? m_plan->conflicts.size() : m_plan->additions.size());
    case ConflictNode: return int(m_plan->conflicts.at(parent.row()).descriptions.size());
    default: return 0;
    }
}

int MergePlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MergePlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (role == Qt::CheckStateRole) {
        const bool *ticked = index.column() == Record ? tick(index) : nullptr;
        return ticked ? QVariant(*ticked ? Qt::Checked : Qt::Unchecked) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const int row = index.row();
    switch (nodeOf(index)) {
    case GroupNode:
        if (index.column() != Record)
            return QVariant();
        // Each group says how many it holds, so an empty one reads as empty rather than as unopened.
        return row == Conflicts ? tr("Conflicts: same record, different facts (%1)").arg(m_plan->conflicts.size())
                                : tr("Only in %1 (%2)").arg(m_plan->fileName).arg(m_plan->additions.size());
    case ConflictNode: {
        const Merger::Conflict &conflict = m_plan->conflicts.at(row);
        return index.column() == Record ? RecordFields::displayName(conflict.mine)
                                        : tr("take theirs (%n field(s))", nullptr, int(conflict.fields.size()));
    }
    case AdditionNode:
        return index.column() == Record ? RecordFields::displayName(m_plan->additions.at(row).record) : tr("add");
    case FieldLine:
        if (index.column() != Facts)
            return QVariant();
        return m_plan->conflicts.at(int(index.internalId() - FieldLine)).descriptions.at(row);
    }
    return QVariant();
}

bool MergePlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    bool *ticked = checkIndex(index, CheckIndexOption::IndexIsValid) && role == Qt::CheckStateRole
                           && index.column() == Record
                       ? tick(index)
                       : nullptr;
    if (!ticked)
        return false;
    *ticked = value.value<Qt::CheckState>() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

Qt::ItemFlags MergePlanModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Record && tick(index))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant MergePlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == Record ? tr("Record") : section == Facts ? tr("Facts") : QVariant();
}

bool *MergePlanModel::tick(const QModelIndex &index) const
{
    switch (nodeOf(index)) {
    case ConflictNode: return &m_plan->conflicts[index.row()].takeTheirs;
    case AdditionNode: return &m_plan->additions[index.row()].take;
    default: return nullptr;
    }
}
