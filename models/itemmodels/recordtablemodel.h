#pragma once

#include "models/core/formatting/tableroles.h"

#include <QAbstractTableModel>

// Base of the read-only tables over the dataset. Subclasses describe their columns; this class answers the
// roles every table shares, so views, proxies, the command line and exporters read them the same way:
// display text for people, raw typed values for sorting and machine formats, a stable key per column.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = TableRoles::RawValueRole,
        SortRole = TableRoles::SortRole,
        ColumnKeyRole = TableRoles::ColumnKeyRole,
        RecordIdRole = TableRoles::RecordIdRole,
    };

    using QAbstractTableModel::QAbstractTableModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    virtual QString columnKey(int column) const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QString columnToolTip(int column) const;
    virtual QVariant rawValue(int row, int column) const = 0;
    virtual QVariant sortValue(int row, int column) const;
    virtual QString displayText(int row, int column) const;
    virtual QString toolTip(int row, int column) const;
    virtual qint64 recordId(int row) const = 0;
};
