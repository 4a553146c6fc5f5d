#include "models/itemmodels/modelfactcolumns.h"

#include "models/core/dataset.h"
#include "models/core/formatting/tableroles.h"
#include "models/core/recordfields.h"

ModelFactColumns::ModelFactColumns(QAbstractItemModel *source, const Dataset *dataset, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_dataset(dataset)
{
    QStringList present;
    for (int c = 0; c < source->columnCount(); ++c)
        present << source->headerData(c, Qt::Horizontal, TableRoles::ColumnKeyRole).toString();
    for (const RecordFields::Field &field : RecordFields::fields(RecordKind::Model)) {
        if (!present.contains(field.key))
            m_addedKeys << field.key;
    }
    // A writer reads the table at once; following the source's wholesale changes is enough.
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ModelFactColumns::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, &ModelFactColumns::endResetModel);
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { endResetModel(); });
}

int ModelFactColumns::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->rowCount();
}

int ModelFactColumns::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount() + int(m_addedKeys.size());
}

QVariant ModelFactColumns::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const int sourceColumns = m_source->columnCount();
    if (index.column() < sourceColumns)
        return m_source->index(index.row(), index.column()).data(role);
    if (role != Qt::DisplayRole && role != TableRoles::RawValueRole)
        return QVariant();
    const qint64 id = m_source->index(index.row(), 0).data(TableRoles::RecordIdRole).toLongLong();
    const ModelRecord *model = m_dataset->model(id);
    if (!model)
        return QVariant();
    const QVariant value = RecordFields::value(*model, m_addedKeys.at(index.column() - sourceColumns), m_dataset);
    return role == Qt::DisplayRole && !value.isNull() ? QVariant(value.toString()) : value;
}

QVariant ModelFactColumns::headerData(int section, Qt::Orientation orientation, int role) const
{
    const int sourceColumns = m_source->columnCount();
    if (orientation != Qt::Horizontal || section < sourceColumns)
        return m_source->headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == TableRoles::ColumnKeyRole)
        return m_addedKeys.at(section - sourceColumns);
    return QVariant();
}
