#include "models/itemmodels/recordtablemodel.h"

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(index.row(), index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole: {
        const QMetaType type = rawValue(index.row(), index.column()).metaType();
        const bool numeric = type == QMetaType::fromType<double>() || type == QMetaType::fromType<qint64>()
                             || type == QMetaType::fromType<int>();
        return QVariant::fromValue(Qt::AlignVCenter | (numeric ? Qt::AlignRight : Qt::AlignLeft));
    }
    case RawValueRole:
        return rawValue(index.row(), index.column());
    case SortRole:
        return sortValue(index.row(), index.column());
    case RecordIdRole:
        return recordId(index.row());
    default:
        return QVariant();
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::ToolTipRole: {
        const QString tip = columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case ColumnKeyRole:
        return columnKey(section);
    default:
        return QVariant();
    }
}

QString RecordTableModel::columnToolTip(int) const
{
    return QString();
}

QVariant RecordTableModel::sortValue(int row, int column) const
{
    return rawValue(row, column);
}

QString RecordTableModel::displayText(int row, int column) const
{
    return rawValue(row, column).toString();
}

QString RecordTableModel::toolTip(int, int) const
{
    return QString();
}
