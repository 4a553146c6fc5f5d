#pragma once

#include "models/itemmodels/recordtablemodel.h"

struct Dataset;

// The source articles' cost scenarios exactly as printed ("Self-host Qwen 3.5 (2x A100)": ~$3,000 a month).
class QuotedCostTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Approach, MonthlyUsd, TokensPerMonth, UsdPerMtok, Source, ColumnCount };

    explicit QuotedCostTableModel(QObject *parent = nullptr);
    void setDataset(const Dataset *dataset);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

protected:
    QString columnKey(int column) const override;
    QString columnTitle(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QString displayText(int row, int column) const override;
    qint64 recordId(int row) const override;

private:
    const Dataset *m_dataset = nullptr;
};
