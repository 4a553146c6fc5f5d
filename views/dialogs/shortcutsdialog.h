#pragma once

#include <QDialog>

class QMenuBar;
class QTabWidget;
class QTreeWidget;

// Help > Keyboard Shortcuts: a list generated from the window's menus (and its tabs' mnemonics) when it
// opens, so it can never disagree with the actions themselves.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menuBar, const QTabWidget *tabs, QWidget *parent = nullptr);

    // Action text without mnemonics or a trailing ellipsis: "&Open…" -> "Open".
    static QString plainText(const QString &text);

private:
    QTreeWidget *m_list;
};
