#include "models/itemmodels/importpreviewmodel.h"

ImportPreviewModel::ImportPreviewModel(const Importer::Preview &preview, QObject *parent)
    : QAbstractTableModel(parent)
    , m_groups{{tr("reject"), preview.rejected}, {tr("add"), preview.added}, {tr("change"), preview.changed}}
{
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    qsizetype rows = 0;
    for (const Group &group : m_groups)
        rows += group.rows.size();
    return int(rows);
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::pair<const ImportPreviewModel::Group *, int> ImportPreviewModel::locate(int row) const
{
    for (const Group &group : m_groups) {
        if (row < group.rows.size())
            return {&group, row};
        row -= int(group.rows.size());
    }
    return {nullptr, 0};
}

QString ImportPreviewModel::detail(const Importer::Row &row)
{
    if (row.changes.isEmpty())
        return row.detail;
    // The columns' headings, as the tables show them, rather than the keys a file or a script uses.
    QStringList parts;
    parts.reserve(row.changes.size());
    for (const Importer::Row::Change &change : row.changes)
        parts << tr("%1: %2 → %3").arg(change.title, change.before, change.after);
    return parts.join(QStringLiteral("; "));
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const auto [group, at] = locate(index.row());
    const Importer::Row &row = group->rows.at(at);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Action: return group->action;
        case Line: return row.line;
        case Name: return row.name;
        case Detail: return detail(row);
        case ColumnCount: break;
        }
        break;
    case Qt::ToolTipRole:
        // Reasons can be long; the column cuts them.
        return index.column() == Detail ? QVariant(detail(row)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        break;
    }
    return QVariant();
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Action: return tr("Action");
    case Line: return tr("Line");
    case Name: return tr("Row");
    case Detail: return tr("What changes, or why not");
    case ColumnCount: break;
    }
    return QVariant();
}
