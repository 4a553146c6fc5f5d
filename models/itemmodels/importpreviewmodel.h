#pragma once

#include "models/document/importer.h"

#include <QAbstractTableModel>

// What an import would do, a row of the file per table row: the rejected rows first (they are what the
// user has to act on), then the added and the changed. The lists are shared with the preview, not copied:
// a file of 100,000 models lists at once.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Action, Line, Name, Detail, ColumnCount };

    explicit ImportPreviewModel(const Importer::Preview &preview, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString action;
        QList<Importer::Row> rows;
    };
    // What changes, under the columns' headings, or why the row is rejected.
    static QString detail(const Importer::Row &row);
    // The group a table row falls in, and the row within it.
    std::pair<const Group *, int> locate(int row) const;

    QList<Group> m_groups;
};
