#pragma once

#include "models/core/estimation/memoryestimator.h"
#include "views/charts/barlistchart.h"

#include <QList>

class FitTableModel;
class QBarSet;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// The VRAM fit chart: for rows of a FitTableModel, in the order given, a stacked bar of weights, KV cache
// and overhead coloured by the row's verdict, against the usable capacity drawn as a dashed line, titled
// with the configuration and the workload; a diamond marks the peak memory of the team's run where one
// was measured at that configuration and workload. It reads the model's own configuration and assumptions, exact,
// so the VRAM page, `export chart vram` and the report draw the same chart from the same model.
class VramFitChart : public BarListChart
{
    Q_OBJECT

public:
    // Rows charted at most: more would be unreadable, and a bar per row of a 10,000-model file slow to draw.
    static constexpr int MaxBars = 40;
    // The three stacked parts of a bar, from the GPU's point of view.
    enum Segment { WeightsSegment, KvCacheSegment, OverheadSegment, SegmentCount };
    static constexpr int VerdictCount = 4; // FitVerdict's values

    explicit VramFitChart(QGraphicsItem *parent = nullptr);

    // Charts rows of model (its source rows, top first; rows past MaxBars are ignored), as many as the plot
    // can name. The model must outlive the chart or the next call.
    void setRows(const FitTableModel *model, const QList<int> &rows);
    // The first rows of model in its own order: how the command line and a report chart it.
    void setModel(const FitTableModel *model);
    // The values of the rows charted changed in place (a moved control): bars, line, axis and title follow.
    void updateValues();
    // Scales the axis to twice the usable capacity, where fits are decided, instead of to the longest bar.
    void setZoomToCapacity(bool zoom);

    const FitTableModel *model() const { return m_model; }
    // The model row drawn as a bar (Qt Charts' bar index, counted from the bottom), or -1.
    int rowOfBar(int bar) const;
    // The capacity line's text: "Usable: 43.2 GB (2x RTX 4090 × 0.9)".
    QString capacityText() const;
    QHorizontalStackedBarSeries *barSeries() const { return m_barSeries; }
    // The measured peaks drawn (GB or GiB as the axis, at a bar's index); hidden while there are none.
    QScatterSeries *measuredSeries() const { return m_measuredSeries; }

    // The colour of a verdict, and how far each part of a bar fades from it towards the background.
    static QColor verdictColor(FitVerdict verdict);
    static double segmentFade(Segment segment);

protected:
    int rowsAvailable() const override { return int(m_rows.size()); }
    void rebuild() override;
    void restyle() override;

private:
    QBarSet *barSet(Segment segment, FitVerdict verdict) const;
    QString categoryLabel(int row) const;
    void updateAxisRange();
    void updateCapacityLine();
    void updateMeasuredPoints();
    void updateTitle();

    const FitTableModel *m_model = nullptr;
    QList<int> m_rows;    // the rows asked for, top first
    QList<int> m_barRows; // the rows charted, top first
    bool m_zoom = false;

    QHorizontalStackedBarSeries *m_barSeries;
    QList<QBarSet *> m_barSets; // SegmentCount x VerdictCount, segment-major so each bar stacks in order
    QLineSeries *m_capacitySeries;
    QScatterSeries *m_measuredSeries;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
};
