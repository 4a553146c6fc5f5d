#pragma once

#include "models/document/modelfileimport.h"

#include <QAbstractTableModel>

// What a model file says beside what the database holds for the same-named model, fact by fact, for the
// preview before a model file is added or updated. Facts that would change are bold.
class ModelFileComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Fact, FromFile, InDatabase, ColumnCount };
    enum Role { ChangesRole = Qt::UserRole }; // bool: importing changes this fact

    explicit ModelFileComparisonModel(const ModelFileImport::Plan &plan, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString title;
        QString fromFile;
        QString inDatabase;
        bool changes = false;
    };
    QList<Row> m_rows;
    bool m_hasExisting = false;
};
