#pragma once

#include "models/core/estimation/measurements.h"
#include "models/core/estimation/memoryestimator.h"
#include "models/core/estimation/speedmodel.h"
#include "models/itemmodels/recordtablemodel.h"

#include <optional>

struct Dataset;

// Memory estimates as a table, for one GPU configuration and one set of assumptions: either every model
// at one quantization, or one model across every quantization format. The VRAM-fit chart, the tier
// table's fit columns and `llm-atlas fit` all read it, so they cannot disagree.
class FitTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum class Mode { ModelsAtOneQuantization, OneModelAcrossQuantizations };
    enum Column {
        Model,
        Quantization,
        WeightsBytes,
        WeightsSource, // "measured" (a file's exact size, a MeasuredSizeRecord) or "estimated"
        KvCacheBytes,
        OverheadBytes,
        TotalBytes,
        CapacityBytes,
        HeadroomBytes,
        Fits,
        Verdict,
        MaxContext,
        BestQuantization, // highest-precision format that fits this configuration
        SmallestGpuCount, // fewest GPUs of this configuration's type that hold it, 0 for none up to 8
        DecodeTokensPerS, // expected, as the engine runs it; empty when the model does not fit
        OffloadedBytes,
        DecodeBoundTokensPerS, // the ceiling: peak bandwidths, no efficiency or overhead
        PrefillTokensPerS,     // reading a prompt of parameters().promptTokens
        TimeToFirstTokenS,
        Engine,
        DecodeBasis,     // "calibrated" by the team's runs on this GPU type and engine, or "bound" (published efficiency)
        CalibrationRuns, // the decode runs behind a calibrated figure, 0 otherwise
        // The team's run on this configuration (Measurements::runMatching), empty without one. Memory only
        // from a run at the same context and KV cache type, which is what the estimate is for.
        MeasuredVramBytes,
        MeasuredDecodeTokensPerS,
        ColumnCount
    };

    explicit FitTableModel(QObject *parent = nullptr);

    void setDataset(const Dataset *dataset);
    void setMode(Mode mode);
    // The model shown across quantizations.
    void setFocusModel(qint64 modelId);
    void setConfiguration(const GpuConfiguration &configuration);
    void setParameters(const FitParameters &parameters);

    Mode mode() const { return m_mode; }
    const GpuConfiguration &configuration() const { return m_configuration; }
    const FitParameters &parameters() const { return m_parameters; }
    const MemoryEstimate &estimateAt(int row) const { return m_rows.at(row).estimate; }
    const SpeedEstimate &speedAt(int row) const { return m_rows.at(row).speed; }
    // The engine the speed columns assume, for their titles: the chosen one, or the format's default
    // ("by format" across quantizations, where it can differ per row).
    QString engineLabel() const;
    qint64 maxContextAt(int row) const { return inverseAt(row).maxContext; }
    // The run measured on this configuration that the Measured columns show, or null.
    const MeasurementRecord *measuredRunAt(int row) const { return m_rows.at(row).measured.run; }
    // Whether the dataset holds any measured runs at all (the measured columns are worth showing).
    bool hasMeasurements() const;
    // Its peak memory where it compares with the estimate (same context and KV cache type).
    std::optional<double> measuredVramAt(int row) const;
    QString labelAt(int row) const;

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

private:
    // The inverse questions: dozens of estimates each (a bisection, every format, every count), so they
    // are answered for a row only when asked (a visible cell, a sort, an export) and kept until the
    // configuration or the assumptions change. A slider step then costs one estimate per row.
    struct Inverse
    {
        qint64 maxContext = 0;
        QString bestQuantization; // empty when no format fits
        int smallestGpuCount = 0;
    };
    struct Row
    {
        const ModelRecord *model = nullptr;
        QString quantName;
        double bitsPerWeight = 0;
        MemoryEstimate estimate;
        SpeedEstimate speed;
        int calibrationRuns = 0; // decode runs behind the speed's calibration
        Measurements::RunMatch measured;
        mutable std::optional<Inverse> inverse;
    };

    const Inverse &inverseAt(int row) const;
    QString speedToolTip(int row) const;
    QString measuredToolTip(int row) const;

    void rebuildRows();
    void computeEstimates();
    void recompute(); // same rows, new figures
    FitParameters parametersFor(const Row &row) const;
    const MeasuredSizeRecord *measuredSizeFor(const Row &row) const;

    const Dataset *m_dataset = nullptr;
    Mode m_mode = Mode::ModelsAtOneQuantization;
    qint64 m_focusModelId = 0;
    GpuConfiguration m_configuration;
    FitParameters m_parameters;
    QList<Row> m_rows;
    // The team's measured runs turned into efficiencies per GPU type and engine, once per dataset.
    QList<Measurements::Calibration> m_calibrations;
};
