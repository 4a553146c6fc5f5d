#include "views/pages/tooltipwrapper.h"

#include "models/core/formatting/tooltiptext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>
#include <QWidget>

ToolTipWrapper::ToolTipWrapper(QObject *parent)
    : QObject(parent)
{
}

void ToolTipWrapper::install()
{
    if (!qApp || qApp->findChild<ToolTipWrapper *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new ToolTipWrapper(qApp));
}

bool ToolTipWrapper::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    auto *widget = static_cast<QWidget *>(watched);
    // An item view's viewport shows its items' tooltips, which their models wrap; a chart's hovered bar
    // or point is ChartToolTip's. Only a widget's own tooltip is wrapped here.
    if (qobject_cast<QAbstractItemView *>(widget->parentWidget())
        && static_cast<QAbstractItemView *>(widget->parentWidget())->viewport() == widget)
        return QObject::eventFilter(watched, event);
    const QString text = widget->toolTip();
    if (text.isEmpty() || Qt::mightBeRichText(text))
        return QObject::eventFilter(watched, event);
    QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), ToolTipText::wrapped(text), widget, QRect(),
                       widget->toolTipDuration());
    return true;
}
