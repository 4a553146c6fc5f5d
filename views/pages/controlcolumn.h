#pragma once

#include <QString>

class QScrollArea;
class QWidget;

// The column of controls the VRAM fit and Cost views keep beside their chart: it scrolls up and down when
// the window is short, never sideways, and is always wide enough for its widest control.
namespace ControlColumn {

QScrollArea *create(QWidget *controls, const QString &objectName, const QString &accessibleName, QWidget *parent);

} // namespace ControlColumn
