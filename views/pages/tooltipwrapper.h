#pragma once

#include <QObject>

// Wraps every widget's tooltip. Qt shows a plain-text tooltip on one line however long it is; installed on
// the application, this shows plain tooltips as rich text, which Qt wraps at a readable width.
class ToolTipWrapper : public QObject
{
    Q_OBJECT

public:
    explicit ToolTipWrapper(QObject *parent = nullptr);

    // Installs one wrapper on the application (again is harmless).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
