#include "views/pages/charttooltip.h"

#include "models/core/formatting/tooltiptext.h"

#include <QChartView>
#include <QCursor>
#include <QHelpEvent>
#include <QToolTip>

ChartToolTip::ChartToolTip(QChartView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
}

void ChartToolTip::enter(const void *owner, int index, const QString &text)
{
    m_owner = owner;
    m_index = index;
    m_text = ToolTipText::wrapped(text);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), m_text, m_view);
}

void ChartToolTip::leave(const void *owner, int index)
{
    if (owner != m_owner || index != m_index)
        return;
    m_owner = nullptr;
    m_index = -1;
    m_text.clear();
    QToolTip::hideText();
}

bool ChartToolTip::eventFilter(QObject *watched, QEvent *event)
{
    // While a bar or point is hovered, its text answers the resting pointer's tooltip request; otherwise
    // the view's general tooltip does, as usual.
    if (watched == m_viewport && event->type() == QEvent::ToolTip && !m_text.isEmpty()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_text, m_view);
        return true;
    }
    return QObject::eventFilter(watched, event);
}
