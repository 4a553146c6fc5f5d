#include "models/itemmodels/modelnamelistmodel.h"

#include "models/core/dataset.h"

#include <QCoreApplication>

ModelNameListModel::ModelNameListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ModelNameListModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    endResetModel();
}

int ModelNameListModel::rowOf(qint64 modelId) const
{
    const ModelRecord *model = m_dataset ? m_dataset->model(modelId) : nullptr;
    return model ? int(model - m_dataset->models.constData()) : -1;
}

int ModelNameListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->models.size());
}

QVariant ModelNameListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ModelRecord &model = m_dataset->models.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return model.name;
    case ModelIdRole:
        return model.id;
    case Qt::ToolTipRole:
        // In the cost view's context, where the translations of this sentence already are.
        return model.proxy ? QCoreApplication::translate("CostView", "Figures from %1, another published model")
                                 .arg(model.referenceModel)
                           : QVariant();
    default:
        return QVariant();
    }
}
