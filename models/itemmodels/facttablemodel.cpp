#include "models/itemmodels/facttablemodel.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"

FactTableModel::FactTableModel(RecordKind kind, QObject *parent)
    : EditableTableModel(parent)
    , m_kind(kind)
{
    // Flags are for filtering, not for a column of check marks; notes stay last so they can stretch.
    for (const RecordFields::Field &field : RecordFields::fields(kind)) {
        if (field.type != RecordFields::Type::Flag)
            m_fields << field;
    }
}

void FactTableModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    endResetModel();
}

int FactTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_dataset)
        return 0;
    return int(m_kind == RecordKind::Gpu ? m_dataset->gpus.size() : m_dataset->apiPrices.size());
}

int FactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

AnyRecord FactTableModel::recordAt(int row) const
{
    if (m_kind == RecordKind::Gpu)
        return m_dataset->gpus.at(row);
    return m_dataset->apiPrices.at(row);
}

int FactTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (recordId(row) == id)
            return row;
    }
    return -1;
}

QString FactTableModel::columnKey(int column) const
{
    return m_fields.at(column).key;
}

QString FactTableModel::columnTitle(int column) const
{
    return m_fields.at(column).title;
}

QVariant FactTableModel::rawValue(int row, int column) const
{
    return RecordFields::value(recordAt(row), m_fields.at(column).key, m_dataset);
}

QString FactTableModel::displayText(int row, int column) const
{
    const QVariant value = rawValue(row, column);
    if (value.isNull())
        return QString();
    const QString &key = m_fields.at(column).key;
    if (key.endsWith(QLatin1String("_usd")) || key.endsWith(QLatin1String("usd_per_hour"))
        || key.endsWith(QLatin1String("usd_per_mtok")))
        return Format::usd(value.toDouble());
    if (value.metaType() == QMetaType::fromType<double>())
        return QString::number(value.toDouble(), 'g', 10);
    const AnyRecord record = recordAt(row);
    if (column == 0 && std::visit([](const auto &r) {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, TierEntryRecord>)
                return false;
            else
                return r.uncertain;
        }, record))
        return value.toString() + QStringLiteral(" *");
    return value.toString();
}

qint64 FactTableModel::recordId(int row) const
{
    return m_kind == RecordKind::Gpu ? m_dataset->gpus.at(row).id : m_dataset->apiPrices.at(row).id;
}

EditableTableModel::Fact FactTableModel::fact(int row, int column) const
{
    Fact f;
    f.kind = m_kind;
    f.key = m_fields.at(column).key;
    if (m_kind == RecordKind::Gpu) {
        const GpuRecord &gpu = m_dataset->gpus.at(row);
        f.id = gpu.id;
        f.sourceId = gpu.sourceId;
        // Cloud prices carry their own date; the datasheet facts are as of their source.
        if (f.key.startsWith(QLatin1String("cloud_")))
            f.asOf = gpu.cloudPriceAsOf;
        f.editedAt = gpu.editedAt;
        f.editedFields = gpu.editedFields;
    } else {
        const ApiPriceRecord &price = m_dataset->apiPrices.at(row);
        f.id = price.id;
        f.sourceId = price.sourceId;
        f.asOf = price.asOf;
        f.editedAt = price.editedAt;
        f.editedFields = price.editedFields;
    }
    return f;
}

void FactTableModel::recordChanged(RecordKind kind, qint64 id)
{
    if (kind != m_kind && !(m_kind == RecordKind::ApiPrice && kind == RecordKind::Model))
        return;
    if (kind == RecordKind::Model) {
        // A renamed model shows under its new name in the prices that serve it.
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}
