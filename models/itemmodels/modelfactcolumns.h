#pragma once

#include <QAbstractTableModel>
#include <QStringList>

struct Dataset;

// A table of models (rows answering TableRoles::RecordIdRole with a model's id) with every model fact the
// importer reads appended as a column where the table has none of that key: a CSV or JSON written from it
// imports back as it was, and an edited copy with a new row adds a model.
class ModelFactColumns : public QAbstractTableModel
{
    Q_OBJECT

public:
    // source and dataset must outlive this model; it follows source's resets and layout changes.
    ModelFactColumns(QAbstractItemModel *source, const Dataset *dataset, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QAbstractItemModel *m_source;
    const Dataset *m_dataset;
    QStringList m_addedKeys; // in RecordFields' order
};
