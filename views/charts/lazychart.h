#pragma once

#include <QObject>

#include <functional>

class QBarCategoryAxis;
class QChart;
class QWidget;

// Looks after a view's bar chart the way the app's tabs need it:
// - While the view is hidden, its changes are not drawn (each would lay the chart's labels out again, for
//   a tab nobody looks at): the chart is marked stale and rebuilt when the view is shown or the chart is
//   asked for, by an export.
// - The chart shows as many bars as its plot can name, up to a maximum, and is rebuilt when its plot
//   changes size while it is shown or lent to an export.
class LazyChart : public QObject
{
    Q_OBJECT

public:
    // rows: how many rows the view could chart; rebuild: redraws the whole chart from them. Both belong to
    // the view, which owns this.
    LazyChart(QWidget *view, QChart *chart, const QBarCategoryAxis *categoryAxis, int maxBars,
              std::function<int()> rows, std::function<void()> rebuild);

    // Whether a change may be drawn now. False while the view is hidden: the chart is marked stale.
    bool mayUpdate();
    // The chart, rebuilt first if it is stale.
    QChart *upToDate();
    // How many of the rows to chart: as many as the plot can name, once the chart has a size that means
    // something (shown, or lent to an export).
    int barCount() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitBarsToPlot();
    void rebuildNow();

    QWidget *m_view;
    QChart *m_chart;
    const QBarCategoryAxis *m_categoryAxis;
    int m_maxBars;
    std::function<int()> m_rows;
    std::function<void()> m_rebuild;
    bool m_stale = true; // the view's model may have its rows already
    bool m_rebuilding = false;
};
