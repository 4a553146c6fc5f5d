#pragma once

#include <QColor>
#include <QList>
#include <QSize>

class QAbstractAxis;
class QChart;
class QChartView;
class QFont;
class QPalette;

// The look the app's charts share: they follow sliders (no animation), sit flush in their page and take
// the palette's light or dark theme, with the widget's text colour and font on the title and the axes.
namespace ChartStyle {

struct Colors
{
    QColor background;
    QColor text;
};

// A page's view of a chart: antialiased, and no smaller than minimumSize.
void setUp(QChartView *view, const QSize &minimumSize);
// Themes the chart after a palette and font (a page's, or the application's for a chart no page shows).
// The theme restyles every series when it changes, so callers apply their own series colours after this,
// from the colours it returns.
Colors apply(QChart *chart, const QPalette &palette, const QFont &font, const QList<QAbstractAxis *> &axes);

// A colour part of the way from one to another: shares of a hue faded towards the background.
QColor mix(const QColor &from, const QColor &to, double share);

// How many bars a horizontal bar chart's plot area can name on its category axis, at most `most`: past
// that, Qt Charts cuts every label to "…". Before the chart's first layout, `most`.
int barsThatFitLabels(const QChart *chart, const QAbstractAxis *categoryAxis, int most);

} // namespace ChartStyle
