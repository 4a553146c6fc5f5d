#pragma once

#include "models/core/cost/costcomparison.h"

#include <QChart>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QStringList>

class QCategoryAxis;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QXYSeries;
struct Dataset;

// The cost chart: what one model costs a month through each API and on each GPU configuration of a
// CostComparison, against the monthly volume, both on logarithmic scales: a line per option priced with
// the cost model across the whole range, a point at each break-even, and a marker at the comparison's
// volume. Built from the comparison and its assumptions, exact, so the cost page, `export chart cost` and
// the report draw the same chart.
class CostChart : public QChart
{
    Q_OBJECT

public:
    // The volumes the chart spans, in tokens a month: the range break-evens are searched in.
    static constexpr double MinimumVolume = 1e6;
    static constexpr double MaximumVolume = 1e11;
    // Where a cost chart stands when nobody chose a volume: the cost page at first, `export chart cost`.
    static constexpr double DefaultVolume = 1e8;

    explicit CostChart(QGraphicsItem *parent = nullptr);

    // Draws the comparison's options for model (none without a model) with the assumptions they were
    // priced with, and its volume. The dataset (for the APIs' prices) and the model must outlive the chart
    // or the next call.
    void setComparison(const Dataset *dataset, const ModelRecord *model, const CostComparison &comparison,
                       const CostAssumptions &assumptions);
    // Only the volume moved: the same options priced at another volume. The lines stay; the marker and
    // the break-even points follow.
    void setVolume(const CostComparison &comparison);

    const CostComparison &comparison() const { return m_comparison; }
    const CostAssumptions &assumptions() const { return m_assumptions; }
    double volume() const { return m_comparison.tokensPerMonth; }
    // The options checked that have no line, not feasible at any volume.
    QStringList undrawn() const { return m_undrawn; }
    // What to say of a point of a line or of a break-even: the option's exact figures at that volume.
    QString toolTipAt(const QXYSeries *series, const QPointF &point) const;

    // Colours and fonts after a palette and font: a page's, or by default the application's.
    void applyTheme(const QPalette &palette, const QFont &font);

signals:
    // The mouse is over a point of a line or a break-even (state), or has left it.
    void pointHovered(QXYSeries *series, const QPointF &point, bool state);
    // The chart was drawn again (its title may have changed).
    void redrawn();

private:
    void rebuildLines();
    void updateBreakEvenPoints();
    void updateVolumeMarker();
    void updateAxisRanges(double minUsd, double maxUsd);
    void updateTitle();
    void fitVolumeLabels();
    void restyle();
    void styleLine(QLineSeries *series, int colourIndex, bool api) const;

    const Dataset *m_dataset = nullptr;
    const ModelRecord *m_model = nullptr;
    CostComparison m_comparison;
    CostAssumptions m_assumptions;
    QPalette m_palette;
    QFont m_font;

    // The series are drawn against logarithmic axes; the axes that show them are hidden, and category axes
    // over the same range in powers of ten carry the labels, because a QLogValueAxis formats its labels
    // with printf and cannot write "10B" or "$10k".
    QLogValueAxis *m_volumeAxis;
    QLogValueAxis *m_costAxis;
    QCategoryAxis *m_volumeLabels;
    QCategoryAxis *m_costLabels;
    int m_volumeLabelStep = 1; // decades between two volume labels
    QList<QLineSeries *> m_lines;
    QHash<const QXYSeries *, int> m_lineOptions; // series -> its option's index in m_comparison.options
    QLineSeries *m_volumeMarker;
    QScatterSeries *m_breakEvenSeries;
    QStringList m_breakEvenTexts; // parallel to the scatter's points
    QStringList m_undrawn;
};
