#pragma once

#include "models/itemmodels/recordtablemodel.h"

struct Dataset;

// The source articles' recommendations ("Best for coding: Qwen3-Coder-Next"), linked to the models they name.
class RecommendationTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Model, Reason, Source, ColumnCount };

    explicit RecommendationTableModel(QObject *parent = nullptr);
    void setDataset(const Dataset *dataset);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

protected:
    QString columnKey(int column) const override;
    QString columnTitle(int column) const override;
    QVariant rawValue(int row, int column) const override;
    qint64 recordId(int row) const override;

private:
    const Dataset *m_dataset = nullptr;
};
