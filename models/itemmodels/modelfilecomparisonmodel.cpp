#include "models/itemmodels/modelfilecomparisonmodel.h"

#include "models/core/formatting/format.h"

#include <QFont>
#include <QLocale>

ModelFileComparisonModel::ModelFileComparisonModel(const ModelFileImport::Plan &plan, QObject *parent)
    : QAbstractTableModel(parent)
    , m_hasExisting(plan.existing.has_value())
{
    QStringList keys = ModelFileImport::factKeys();
    keys.insert(1, QStringLiteral("vendor"));
    for (const QString &key : std::as_const(keys)) {
        const RecordFields::Field *field = RecordFields::field(RecordKind::Model, key);
        Row row;
        row.title = field ? field->title : key;
        row.fromFile = RecordFields::displayValue(RecordFields::value(plan.model, key));
        if (plan.existing)
            row.inDatabase = RecordFields::displayValue(RecordFields::value(*plan.existing, key));
        row.changes = plan.changedKeys.contains(key);
        m_rows.append(row);
    }
    const auto size = [](const MeasuredSizeRecord &m) {
        return tr("%1 (%2 bytes), %3").arg(Format::gigabytes(double(m.weightsBytes)), QLocale().toString(m.weightsBytes),
                                           m.fileName);
    };
    if (plan.measure) {
        Row row;
        row.title = tr("Weights at %1").arg(plan.measure->quant);
        row.fromFile = size(*plan.measure);
        if (plan.previousMeasure)
            row.inDatabase = size(*plan.previousMeasure);
        row.changes = !plan.changes.measuredAdditions.isEmpty() || !plan.changes.measuredChanges.isEmpty();
        m_rows.append(row);
    }
}

int ModelFileComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModelFileComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_hasExisting ? ColumnCount : InDatabase);
}

QVariant ModelFileComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Fact: return row.title;
        case FromFile: return row.fromFile;
        case InDatabase: return row.inDatabase;
        case ColumnCount: break;
        }
        break;
    case Qt::FontRole:
        if (row.changes && index.column() != Fact) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ChangesRole: return row.changes;
    default: break;
    }
    return QVariant();
}

QVariant ModelFileComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Fact: return tr("Fact");
    case FromFile: return tr("From the file");
    case InDatabase: return tr("In the database now");
    case ColumnCount: break;
    }
    return QVariant();
}
