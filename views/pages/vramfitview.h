#pragma once

#include "models/core/estimation/memoryestimator.h"
#include "views/charts/vramfitchart.h"

#include <QList>
#include <QWidget>

class FitTableModel;
class ChartToolTip;
class LazyChart;
class QBarSet;
class QChart;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class VramFitControls;
struct Dataset;

// The VRAM-fit page: controls for a GPU configuration and the estimate's assumptions (VramFitControls),
// the VRAM fit chart with a key of its own, and a table of the same rows. The chart draws the rows the
// table lists, in its order, from the active FitTableModel, so they cannot disagree.
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

    // Sets the controls, and through them both models, to a configuration and assumptions, as far as the
    // controls' steps allow (the context up to the next power of two); parameters() then says what the
    // page shows. A chart of exact values needs no page: see VramFitChart.
    void showSettings(const GpuConfiguration &configuration, const FitParameters &parameters);

    GpuConfiguration configuration() const;
    FitParameters parameters() const;
    // The fit model the chart and the table currently show.
    FitTableModel *activeModel() const;
    // The chart, for export and printing: up to date even while the view is hidden.
    VramFitChart *chart();

signals:
    void parametersChanged(const GpuConfiguration &configuration, const FitParameters &parameters);
    // The chart and the table switched to the other fit model (see activeModel()).
    void activeModelChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createLegend();
    void configurationChosen();
    void parametersChosen();
    void activateModelForMode();
    // Chart: rows again when the table's rows or their order change, values in place when they change.
    // Kept up to date only while shown (see LazyChart).
    void rebuildChart();
    void updateChartValues();
    void chartRedrawn();
    void applyChartTheme();
    void showBarToolTip(bool hovered, int bar, const QBarSet *set);
    void selectTableRow(int bar);
    void configureTableColumns();

    FitTableModel *m_modelsFit;
    FitTableModel *m_quantsFit;
    VramFitControls *m_controls;
    QLabel *m_capacityLegendLabel;
    QWidget *m_measuredLegend;
    QLabel *m_measuredLegendIcon;
    QList<QLabel *> m_legendSwatches;

    VramFitChart *m_chart;
    QChartView *m_chartView;
    ChartToolTip *m_toolTip = nullptr;
    LazyChart *m_lazyChart;

    QSortFilterProxyModel *m_tableProxy;
    QTableView *m_table;
    QList<QMetaObject::Connection> m_activeConnections;
};
