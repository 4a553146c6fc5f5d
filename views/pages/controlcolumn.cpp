#include "views/pages/controlcolumn.h"

#include <QScrollArea>
#include <QScrollBar>

namespace ControlColumn {

QScrollArea *create(QWidget *controls, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *column = new QScrollArea(parent);
    column->setObjectName(objectName);
    column->setAccessibleName(accessibleName);
    column->setWidget(controls);
    column->setWidgetResizable(true);
    column->setFrameShape(QFrame::NoFrame);
    column->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    column->setMinimumWidth(controls->sizeHint().width() + column->verticalScrollBar()->sizeHint().width());
    column->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    return column;
}

} // namespace ControlColumn
