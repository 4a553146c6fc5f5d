#include "views/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

void addMenu(QTreeWidget *list, const QMenu *menu)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(list, action->menu());
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(list, {ShortcutsDialog::plainText(menu->title())});
            group->setFirstColumnSpanned(true);
        }
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys << shortcut.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(group, {ShortcutsDialog::plainText(action->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, const QTabWidget *tabs, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(tr("Every menu command with a shortcut, grouped by menu"));
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setAlternatingRowColors(true);
    for (QAction *action : menuBar->actions()) {
        if (action->menu())
            addMenu(m_list, action->menu());
    }

    // Tabs are reached with Alt plus their underlined letter, and Ctrl+Tab cycles through them.
    if (tabs) {
        auto *group = new QTreeWidgetItem(m_list, {tr("Tabs")});
        group->setFirstColumnSpanned(true);
        for (int i = 0; i < tabs->count(); ++i) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(tabs->tabText(i));
            if (!mnemonic.isEmpty())
                new QTreeWidgetItem(group, {tr("Show %1").arg(plainText(tabs->tabText(i))),
                                            mnemonic.toString(QKeySequence::NativeText)});
        }
        new QTreeWidgetItem(group, {tr("Next tab"), QKeySequence(Qt::CTRL | Qt::Key_Tab).toString(QKeySequence::NativeText)});
        new QTreeWidgetItem(group, {tr("Previous tab"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText)});
        auto *focus = new QTreeWidgetItem(m_list, {tr("Focus")});
        focus->setFirstColumnSpanned(true);
        new QTreeWidgetItem(focus, {tr("Next control"), QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText)});
        new QTreeWidgetItem(focus, {tr("Previous control"),
                                    QKeySequence(Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText)});
        // The editable tables' own keys, active while a table has the focus.
        auto *tables = new QTreeWidgetItem(m_list, {tr("In an editable table")});
        tables->setFirstColumnSpanned(true);
        const std::pair<QString, QKeySequence> tableKeys[] = {
            {tr("Edit the cell"), QKeySequence(Qt::Key_F2)},
            {tr("Edit the row in a form"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
            {tr("Add a row in a form"), QKeySequence(Qt::Key_Insert)},
            {tr("Delete the row"), QKeySequence(QKeySequence::Delete)},
        };
        for (const auto &[command, keys] : tableKeys)
            new QTreeWidgetItem(tables, {command, keys.toString(QKeySequence::NativeText)});
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 480);
}

QString ShortcutsDialog::plainText(const QString &text)
{
    QString plain = text;
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QStringLiteral("...")))
        plain.chop(3);
    return plain.trimmed();
}
