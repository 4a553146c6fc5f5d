#pragma once

#include "models/core/memoryestimator.h"

#include <QList>
#include <QWidget>

class FitTableModel;
class LazyChart;
class ModelNameListModel;
class QBarCategoryAxis;
class QBarSet;
class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QHorizontalStackedBarSeries;
class QLabel;
class QLineSeries;
class QSlider;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QValueAxis;
struct Dataset;

// The VRAM-fit page: controls for a GPU configuration and the estimate's assumptions, a stacked bar chart
// of weights, KV cache and overhead against the usable capacity, and a table of the same rows. Both the
// chart and the table read the active FitTableModel, so they cannot disagree.
class VramFitView : public QWidget
{
    Q_OBJECT

public:
    // The view configures the two models (configuration, parameters, focus model) but never gives them a
    // dataset: their owner does that.
    VramFitView(FitTableModel *modelsFit, FitTableModel *quantsFit, QWidget *parent = nullptr);

    // Fills the controls from the dataset (GPU presets and types, quantization formats, models) and pushes
    // the resulting configuration to both models. The dataset must outlive the view or the next call.
    void setDataset(const Dataset *dataset);
    // The model charted across quantizations; 0 or an unknown id keeps the current one.
    void setFocusModel(qint64 modelId);
    // Moves the context control to the given length (rounded up to the control's power-of-two steps).
    void setContextTokens(qint64 tokens);

    // Sets the controls, and through them both models, to a configuration and assumptions: how the command
    // line reproduces the page for an export. Values between the controls' steps go where the controls can
    // (the context up to the next power of two); parameters() then says what the chart shows.
    void showSettings(const GpuConfiguration &configuration, const FitParameters &parameters);

    GpuConfiguration configuration() const { return m_configuration; }
    FitParameters parameters() const { return m_parameters; }
    // The fit model the chart and the table currently show.
    FitTableModel *activeModel() const;
    // The chart, for export and printing: up to date even while the view is hidden.
    QChart *chart();

signals:
    void parametersChanged(const GpuConfiguration &configuration, const FitParameters &parameters);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The three stacked parts of a bar, from the GPU's point of view.
    enum Segment { WeightsSegment, KvCacheSegment, OverheadSegment, SegmentCount };
    static constexpr int VerdictCount = 4; // FitVerdict's values

    QWidget *createControls();
    QWidget *createLegend();
    void createChart();

    void fillGpuControls();
    void fillQuantCombo();
    void fillFocusModelCombo();

    void presetChosen();
    void customGpuChanged();
    void selectPresetMatchingGpu();
    void updateCustomItem();
    void readParameters();
    void applyConfiguration();
    void applyParameters();
    void activateModelForMode();
    void updateContextLabel();
    void updateAssumptions();

    // Chart: rebuilt when the table's rows or their order change, updated in place when values change.
    // It shows the table's first rows, in the table's order, as many as the plot can name and at most
    // MaxBars: a bar per row of a 10,000-model file would be unreadable and slow to draw.
    // Kept up to date only while shown (see LazyChart): the update functions ask it first.
    static constexpr int MaxBars = 40;
    void rebuildChart();
    void updateChartValues();
    void updateAxisRange();
    void updateCapacityLine();
    void updateChartTitle();
    void applyChartTheme();
    int rowOfBar(int bar) const;
    QString categoryLabel(int row) const;
    QBarSet *barSet(Segment segment, FitVerdict verdict) const;
    void showBarToolTip(bool hovered, int bar);
    void selectTableRow(int bar);
    void configureTableColumns();

    FitTableModel *m_modelsFit;
    FitTableModel *m_quantsFit;
    const Dataset *m_dataset = nullptr;
    GpuConfiguration m_configuration;
    FitParameters m_parameters;

    QComboBox *m_gpuConfigCombo;
    QComboBox *m_gpuTypeCombo;
    QSpinBox *m_gpuCountSpin;
    QComboBox *m_quantCombo;
    QSlider *m_contextSlider;
    QLabel *m_contextLabel;
    QSpinBox *m_batchSpin;
    QComboBox *m_kvPrecisionCombo;
    QCheckBox *m_expertOffloadCheck;
    QDoubleSpinBox *m_utilisationSpin;
    QComboBox *m_chartModeCombo;
    ModelNameListModel *m_focusModelNames; // the focus picker's items
    QComboBox *m_focusModelCombo;
    QCheckBox *m_zoomCheck;
    QLabel *m_assumptionsLabel;
    QLabel *m_capacityLegendLabel;
    QList<QLabel *> m_legendSwatches;

    QChart *m_chart;
    QChartView *m_chartView;
    QHorizontalStackedBarSeries *m_barSeries;
    QList<QBarSet *> m_barSets; // SegmentCount x VerdictCount, segment-major so each bar stacks in order
    QLineSeries *m_capacitySeries;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    QList<int> m_barRows; // the active model's rows charted, top to bottom
    LazyChart *m_lazyChart;

    QSortFilterProxyModel *m_tableProxy;
    QTableView *m_table;
    QList<QMetaObject::Connection> m_activeConnections;
};
