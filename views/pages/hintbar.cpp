#include "views/pages/hintbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

HintBar::HintBar(const QString &text, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(text, this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("hintBar"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Hint"));

    m_label->setObjectName(QStringLiteral("hintText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);

    m_closeButton->setObjectName(QStringLiteral("hintCloseButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Hide this hint for good"));
    m_closeButton->setAccessibleName(tr("Dismiss hint"));
    m_closeButton->setAccessibleDescription(tr("Hides the first-launch hint; it does not come back"));
    m_closeButton->setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
}

void HintBar::paintEvent(QPaintEvent *event)
{
    // A tint of the palette's highlight, computed at paint time so it follows a light or dark theme switch.
    const QColor base = palette().color(QPalette::Base);
    const QColor highlight = palette().color(QPalette::Highlight);
    constexpr float share = 0.18f;
    const QColor tint = QColor::fromRgbF(base.redF() + (highlight.redF() - base.redF()) * share,
                                         base.greenF() + (highlight.greenF() - base.greenF()) * share,
                                         base.blueF() + (highlight.blueF() - base.blueF()) * share);
    QPainter painter(this);
    painter.fillRect(rect(), tint);
    painter.end();
    QFrame::paintEvent(event);
}
