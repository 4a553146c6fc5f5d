#pragma once

#include "models/itemmodels/editabletablemodel.h"

struct Dataset;

// One row per GPU or per API price, one column per editable fact, keyed as RecordFields names them, so
// what the table exports as CSV or JSON imports back unchanged.
class FactTableModel : public EditableTableModel
{
    Q_OBJECT

public:
    // kind is RecordKind::Gpu or RecordKind::ApiPrice.
    explicit FactTableModel(RecordKind kind, QObject *parent = nullptr);

    RecordKind kind() const { return m_kind; }
    // The dataset must outlive the model, or be replaced here before it goes.
    void setDataset(const Dataset *dataset);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    // The row showing the record with this id, or -1.
    int rowOf(qint64 id) const;

protected:
    QString columnKey(int column) const override;
    QString columnTitle(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QString displayText(int row, int column) const override;
    qint64 recordId(int row) const override;
    Fact fact(int row, int column) const override;
    void recordChanged(RecordKind kind, qint64 id) override;

private:
    AnyRecord recordAt(int row) const;

    RecordKind m_kind;
    QList<RecordFields::Field> m_fields;
    const Dataset *m_dataset = nullptr;
};
