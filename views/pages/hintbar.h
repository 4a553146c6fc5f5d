#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A one-line hint shown above the window's content until the user closes it.
class HintBar : public QFrame
{
    Q_OBJECT

public:
    explicit HintBar(const QString &text, QWidget *parent = nullptr);

signals:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_label;
    QToolButton *m_closeButton;
};
