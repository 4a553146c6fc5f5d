#pragma once

#include "models/core/estimation/measurements.h"
#include "models/itemmodels/recordtablemodel.h"

struct Dataset;

// The team's measured runs, each beside the estimate the published constants give for it and the signed
// error, (estimated - measured) / measured x 100, for decode speed, prefill speed and memory. The
// Measurements tab's table and scatter chart both read it.
class MeasurementTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        Model,
        Quantization,
        Gpu,
        Count,
        MeasuredDecode,
        EstimatedDecode,
        DecodeErrorPct,
        MeasuredPrefill,
        EstimatedPrefill,
        PrefillErrorPct,
        MeasuredVram,
        EstimatedVram,
        VramErrorPct,
        Context,
        Batch,
        Engine,
        Source,
        ColumnCount
    };
    // What a run measured: each has a measured, an estimated and an error column.
    enum class Quantity { Decode, Prefill, Memory };
    static Column measuredColumn(Quantity quantity);
    static Column estimatedColumn(Quantity quantity);
    static Column errorColumn(Quantity quantity);

    explicit MeasurementTableModel(QObject *parent = nullptr);

    void setDataset(const Dataset *dataset);
    // Median absolute error and runs within 20 % over every error figure of every run.
    const Measurements::Summary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

protected:
    QString columnKey(int column) const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QString displayText(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    qint64 recordId(int row) const override;

private:
    struct Row
    {
        Measurements::Comparison comparison;
        QString model;
        QString gpu;
    };

    QList<Row> m_rows;
    Measurements::Summary m_summary;
};
