#include "views/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QWidget>

namespace ChartStyle {

void setUp(QChartView *view, const QMargins &margins, const QSize &minimumSize)
{
    view->chart()->setAnimationOptions(QChart::NoAnimation); // easing would lag behind a moving slider
    view->chart()->setMargins(margins);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(minimumSize);
}

Colors apply(QChart *chart, const QWidget *widget, const QList<QAbstractAxis *> &axes)
{
    const QPalette palette = widget->palette();
    const Colors colors{palette.color(QPalette::Base), palette.color(QPalette::WindowText)};
    const QChart::ChartTheme theme =
        palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    // setTheme resets every colour and font it knows: only when it changes (it is also not cheap).
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(colors.background);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(colors.text);
    QFont titleFont = widget->font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(colors.text);
        axis->setLabelsFont(widget->font());
        axis->setTitleBrush(colors.text);
        axis->setTitleFont(widget->font());
    }
    return colors;
}

} // namespace ChartStyle
