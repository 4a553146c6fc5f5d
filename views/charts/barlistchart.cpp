#include "views/charts/barlistchart.h"

#include "views/charts/chartstyle.h"
#include "views/export/chartexporter.h"

#include <QBarCategoryAxis>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGuiApplication>

#include <algorithm>

BarListChart::BarListChart(int maxBars, QGraphicsItem *parent)
    : QChart(parent)
    , m_maxBars(maxBars)
    , m_palette(QGuiApplication::palette())
    , m_font(QGuiApplication::font())
{
    setAnimationOptions(QChart::NoAnimation); // easing would lag behind a moving slider
    connect(this, &QChart::plotAreaChanged, this, &BarListChart::fitBarsToPlot);
}

bool BarListChart::isOnShow() const
{
    if (ChartExporter::isLent(this))
        return true;
    if (const QGraphicsScene *s = scene()) {
        const QList<QGraphicsView *> views = s->views();
        return std::any_of(views.cbegin(), views.cend(), [](const QGraphicsView *view) { return view->isVisible(); });
    }
    return false;
}

int BarListChart::barCount() const
{
    // An unshown chart's size means nothing yet: it is fitted when shown or lent to an export.
    const int most = isOnShow() && m_categoryAxis ? ChartStyle::barsThatFitLabels(this, m_categoryAxis, m_maxBars)
                                                  : m_maxBars;
    return std::min(rowsAvailable(), most);
}

void BarListChart::applyTheme(const QPalette &palette, const QFont &font)
{
    m_palette = palette;
    m_font = font;
    restyle();
}

void BarListChart::fitBarsToPlot()
{
    // Only a chart about to be painted; one given back by an export keeps what the export fitted, so a
    // second export at the same size finds it so.
    if (m_fitting && m_categoryAxis && isOnShow() && m_categoryAxis->count() != barCount())
        rebuild();
}
