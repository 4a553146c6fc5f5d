#include "views/charts/lazychart.h"

#include "views/charts/chartstyle.h"
#include "views/export/chartexporter.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QScopedValueRollback>
#include <QWidget>

#include <algorithm>

LazyChart::LazyChart(QWidget *view, QChart *chart, const QBarCategoryAxis *categoryAxis, int maxBars,
                     std::function<int()> rows, std::function<void()> rebuild)
    : QObject(view)
    , m_view(view)
    , m_chart(chart)
    , m_categoryAxis(categoryAxis)
    , m_maxBars(maxBars)
    , m_rows(std::move(rows))
    , m_rebuild(std::move(rebuild))
{
    view->installEventFilter(this);
    connect(chart, &QChart::plotAreaChanged, this, &LazyChart::fitBarsToPlot);
}

bool LazyChart::mayUpdate()
{
    if (m_view->isVisible() || m_rebuilding)
        return true;
    m_stale = true;
    return false;
}

QChart *LazyChart::upToDate()
{
    if (m_stale)
        rebuildNow();
    return m_chart;
}

int LazyChart::barCount() const
{
    // A hidden chart's size means nothing yet: it is fitted when shown or lent to an export.
    const bool sized = m_view->isVisible() || ChartExporter::isLent(m_chart);
    return std::min(m_rows(), sized ? ChartStyle::barsThatFitLabels(m_chart, m_categoryAxis, m_maxBars) : m_maxBars);
}

bool LazyChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show) {
        // The chart view has just taken its size: laid out at it, the chart counts the bars it can name.
        if (QGraphicsLayout *layout = m_chart->layout())
            layout->activate();
        upToDate();
    }
    return QObject::eventFilter(watched, event);
}

void LazyChart::fitBarsToPlot()
{
    // Only a chart about to be painted: shown, or lent to an export (which brings it up to date first). A
    // stale one is fitted when it is rebuilt; one given back by an export keeps what the export fitted.
    if (!m_stale && (m_view->isVisible() || ChartExporter::isLent(m_chart)) && m_categoryAxis->count() != barCount())
        rebuildNow();
}

void LazyChart::rebuildNow()
{
    m_stale = false;
    const QScopedValueRollback rebuilding(m_rebuilding, true);
    m_rebuild();
}
