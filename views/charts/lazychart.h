#pragma once

#include <QObject>

#include <functional>

class BarListChart;
class QChart;
class QWidget;

// Keeps a page's bar chart up to date only while the page is shown: each change of a hidden page would
// lay the chart's labels out again, for a tab nobody looks at. The chart is marked stale instead (and not
// fitted to its plot meanwhile), and redrawn when the page is shown or the chart is asked for (by an export).
class LazyChart : public QObject
{
    Q_OBJECT

public:
    // rebuild: redraws the whole chart from the page's data. It belongs to the page, which owns this.
    LazyChart(QWidget *page, BarListChart *chart, std::function<void()> rebuild);

    // Whether a change may be drawn now. False while the page is hidden: the chart is marked stale.
    bool mayUpdate();
    // The chart, redrawn first if it is stale.
    QChart *upToDate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildNow();

    QWidget *m_page;
    BarListChart *m_chart;
    std::function<void()> m_rebuild;
    bool m_stale = true; // the page's model may have its rows already
    bool m_rebuilding = false;
};
