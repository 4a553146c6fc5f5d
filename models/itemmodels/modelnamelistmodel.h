#pragma once

#include <QAbstractListModel>

struct Dataset;

// The dataset's models as a flat list of names for pickers (a QComboBox's model): it reads the dataset
// in place, so a picker over 100,000 models costs nothing to fill.
class ModelNameListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { ModelIdRole = Qt::UserRole };

    explicit ModelNameListModel(QObject *parent = nullptr);

    void setDataset(const Dataset *dataset);
    // The row showing the model, or -1.
    int rowOf(qint64 modelId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Dataset *m_dataset = nullptr;
};
