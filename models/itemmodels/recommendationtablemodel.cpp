#include "models/itemmodels/recommendationtablemodel.h"

#include "models/core/dataset.h"

RecommendationTableModel::RecommendationTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

void RecommendationTableModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    endResetModel();
}

int RecommendationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->recommendations.size());
}

int RecommendationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecommendationTableModel::columnKey(int column) const
{
    static const char *const keys[ColumnCount] = {"category", "model", "reason", "source"};
    return QString::fromLatin1(keys[column]);
}

QString RecommendationTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Category: return tr("Recommendation");
    case Model: return tr("Model");
    case Reason: return tr("Why");
    case Source: return tr("Source");
    case ColumnCount: break;
    }
    return QString();
}

QVariant RecommendationTableModel::rawValue(int row, int column) const
{
    const RecommendationRecord &recommendation = m_dataset->recommendations.at(row);
    switch (Column(column)) {
    case Category: return recommendation.category;
    case Model: {
        const ModelRecord *model = m_dataset->model(recommendation.modelId);
        return model ? QVariant(model->name) : QVariant();
    }
    case Reason: return recommendation.reason;
    case Source: {
        const SourceRecord *source = m_dataset->source(recommendation.sourceId);
        return source ? QVariant(source->title) : QVariant();
    }
    case ColumnCount: break;
    }
    return QVariant();
}

qint64 RecommendationTableModel::recordId(int row) const
{
    return m_dataset->recommendations.at(row).id;
}
