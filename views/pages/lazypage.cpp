#include "views/pages/lazypage.h"

#include <QVBoxLayout>

LazyPage::LazyPage(std::function<QWidget *(QWidget *page)> build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content()
{
    if (!m_content) {
        m_content = m_build(this);
        layout()->addWidget(m_content);
        placeContentInTabChain();
    }
    return m_content;
}

void LazyPage::setVisible(bool visible)
{
    // Built before the page becomes visible, so the content is shown and laid out with it.
    if (visible)
        content();
    QWidget::setVisible(visible);
}

void LazyPage::placeContentInTabChain()
{
    // New widgets join the end of the window's tab chain; Tab should reach them where the page sits, as if
    // they had been built with it. setTabOrder() moves one focusable widget at a time.
    QWidget *previous = previousInFocusChain();
    while (previous != window() && !(previous->focusPolicy() & Qt::TabFocus))
        previous = previous->previousInFocusChain();
    if (previous == window())
        return;
    QList<QWidget *> focusable;
    for (QWidget *widget = m_content; widget == m_content || m_content->isAncestorOf(widget);
         widget = widget->nextInFocusChain()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            focusable << widget;
    }
    for (QWidget *widget : std::as_const(focusable)) {
        setTabOrder(previous, widget);
        previous = widget;
    }
}
