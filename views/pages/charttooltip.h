#pragma once

#include <QObject>
#include <QString>

class QChartView;
class QWidget;

// Keeps the tooltip of whatever bar or point the pointer rests on, over a chart view. Qt Charts reports
// hovering as enter/leave signals, while Qt's tooltip machinery asks the view again once the pointer has
// rested: answered by the scene (which has no tooltips) or the view's own general text, that second ask
// would hide or replace the hover text a moment after it appeared.
class ChartToolTip : public QObject
{
    Q_OBJECT

public:
    explicit ChartToolTip(QChartView *view);

    // `owner` names what is hovered (a bar set and bar, a series and point): a leave from a neighbour
    // entered a moment earlier does not clear the new one's text.
    void enter(const void *owner, int index, const QString &text);
    void leave(const void *owner, int index);
    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QChartView *m_view;
    // Kept from the start: the filter also sees the viewport's events while the view is being destroyed,
    // when asking the view for its viewport is no longer valid.
    QWidget *m_viewport;
    const void *m_owner = nullptr;
    int m_index = -1;
    QString m_text;
};
