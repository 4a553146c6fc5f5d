#pragma once

#include <QColor>
#include <QList>
#include <QMargins>
#include <QSize>

class QAbstractAxis;
class QChart;
class QChartView;
class QWidget;

// The look the app's charts share: they follow sliders (no animation), sit flush in their page and take
// the palette's light or dark theme, with the widget's text colour and font on the title and the axes.
namespace ChartStyle {

struct Colors
{
    QColor background;
    QColor text;
};

void setUp(QChartView *view, const QMargins &margins, const QSize &minimumSize);
// Themes the chart after the widget's palette and font. The theme restyles every series when it changes,
// so callers apply their own series colours after this, from the colours it returns.
Colors apply(QChart *chart, const QWidget *widget, const QList<QAbstractAxis *> &axes);

// How many bars a horizontal bar chart's plot area can name on its category axis, at most `most`: past
// that, Qt Charts cuts every label to "…". Before the chart's first layout, `most`.
int barsThatFitLabels(const QChart *chart, const QAbstractAxis *categoryAxis, int most);

} // namespace ChartStyle
