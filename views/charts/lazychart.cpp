#include "views/charts/lazychart.h"

#include "views/charts/barlistchart.h"

#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QScopedValueRollback>
#include <QWidget>

LazyChart::LazyChart(QWidget *page, BarListChart *chart, std::function<void()> rebuild)
    : QObject(page)
    , m_page(page)
    , m_chart(chart)
    , m_rebuild(std::move(rebuild))
{
    page->installEventFilter(this);
    m_chart->setFitting(false); // until it is first drawn
}

bool LazyChart::mayUpdate()
{
    if (m_page->isVisible() || m_rebuilding)
        return true;
    m_stale = true;
    // Its rows may be old: not listed again for a new size until it is drawn again.
    m_chart->setFitting(false);
    return false;
}

QChart *LazyChart::upToDate()
{
    if (m_stale)
        rebuildNow();
    return m_chart;
}

bool LazyChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_page && event->type() == QEvent::Show) {
        // The chart view has just taken its size: laid out at it, a bar chart counts the bars it can name.
        if (QGraphicsLayout *layout = m_chart->layout())
            layout->activate();
        upToDate();
    }
    return QObject::eventFilter(watched, event);
}

void LazyChart::rebuildNow()
{
    m_stale = false;
    m_chart->setFitting(true);
    const QScopedValueRollback rebuilding(m_rebuilding, true);
    m_rebuild();
}
