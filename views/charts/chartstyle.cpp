#include "views/charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetricsF>
#include <QFont>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace ChartStyle {

void setUp(QChartView *view, const QSize &minimumSize)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(minimumSize);
}

Colors apply(QChart *chart, const QPalette &palette, const QFont &font, const QList<QAbstractAxis *> &axes)
{
    const Colors colors{palette.color(QPalette::Base), palette.color(QPalette::WindowText)};
    const QChart::ChartTheme theme =
        palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    // setTheme resets every colour and font it knows: only when it changes (it is also not cheap).
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(colors.background);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(colors.text);
    QFont titleFont = font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(colors.text);
        axis->setLabelsFont(font);
        axis->setTitleBrush(colors.text);
        axis->setTitleFont(font);
    }
    return colors;
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

int barsThatFitLabels(const QChart *chart, const QAbstractAxis *categoryAxis, int most)
{
    const double plotHeight = chart->plotArea().height();
    if (plotHeight <= 0)
        return most;
    // Qt Charts gives each of n labels the plot's height over n + 2, less 4 pixels of padding above and
    // below, and measures a label as rich text with half a pixel of margin around it.
    const double label = std::ceil(QFontMetricsF(categoryAxis->labelsFont()).height()) + 1;
    return std::clamp(int(plotHeight / (label + 2 * 4)) - 2, 1, most);
}

} // namespace ChartStyle
