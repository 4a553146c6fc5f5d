#pragma once

#include "models/itemmodels/editabletablemodel.h"

class FitTableModel;
struct Dataset;
struct ModelRecord;
struct TierEntryRecord;

// The tier list as a table: one row per model, with its place in the latest tier list (if it has one)
// beside its architecture facts. With a document set, the tier entry and model facts are editable.
class TierTableModel : public EditableTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Tier,
        Name,
        Vendor,
        TotalParams,
        ActiveParams,
        Architecture,
        Attention,
        MaxContext,
        License,
        Released,
        Highlights,
        MemoryNeeded, // for the fit model's GPU configuration and assumptions
        FitVerdict,
        ColumnCount
    };

    explicit TierTableModel(QObject *parent = nullptr);

    // The dataset must outlive the model, or be replaced here before it goes.
    void setDataset(const Dataset *dataset);
    // Fills the memory columns from a fit model over the same dataset, in models-at-one-quantization mode,
    // and follows its changes.
    void setFitModel(const FitTableModel *fitModel);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

protected:
    QString columnKey(int column) const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString displayText(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    qint64 recordId(int row) const override;
    Fact fact(int row, int column) const override;
    void recordChanged(RecordKind kind, qint64 id) override;

private:
    QVariant fitValue(int row, int fitColumn, int role) const;

    struct Row
    {
        const ModelRecord *model = nullptr;
        const TierEntryRecord *entry = nullptr; // null when the model is in no tier list
    };

    const Dataset *m_dataset = nullptr;
    const FitTableModel *m_fitModel = nullptr;
    const TierListRecord *m_tierList = nullptr; // the latest list, whose entries the table shows
    QList<Row> m_rows;
};
