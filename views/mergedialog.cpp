#include "views/mergedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
}

MergeDialog::MergeDialog(Merger::Plan *plan, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge %1").arg(plan->fileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 has %n record(s) this file lacks. Conflicts (same record, different facts): %2; "
                                "the same in both: %3. Tick what to bring in: for a conflict, ticked takes their "
                                "facts, unticked keeps yours.",
                                nullptr, int(plan->additions.size()))
                                 .arg(plan->fileName)
                                 .arg(plan->conflicts.size())
                                 .arg(plan->identical),
                             this);
    intro->setObjectName(QStringLiteral("mergeSummary"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tree->setObjectName(QStringLiteral("mergeTree"));
    m_tree->setHeaderLabels({tr("Record"), tr("Facts")});
    m_tree->setAlternatingRowColors(true);
    // Each group says how many it holds, so an empty one reads as empty rather than as unopened.
    auto *conflicts =
        new QTreeWidgetItem(m_tree, {tr("Conflicts: same record, different facts (%1)").arg(plan->conflicts.size())});
    for (qsizetype i = 0; i < plan->conflicts.size(); ++i) {
        const Merger::Conflict &conflict = plan->conflicts.at(i);
        auto *item = new QTreeWidgetItem(conflicts, {RecordFields::displayName(conflict.mine),
                                                     tr("take theirs (%n field(s))", nullptr, int(conflict.fields.size()))});
        item->setCheckState(0, conflict.takeTheirs ? Qt::Checked : Qt::Unchecked);
        item->setData(0, IndexRole, int(i));
        for (const QString &line : conflict.descriptions)
            new QTreeWidgetItem(item, {QString(), line});
    }
    auto *additions =
        new QTreeWidgetItem(m_tree, {tr("Only in %1 (%2)").arg(plan->fileName).arg(plan->additions.size())});
    for (qsizetype i = 0; i < plan->additions.size(); ++i) {
        const Merger::Addition &addition = plan->additions.at(i);
        auto *item = new QTreeWidgetItem(additions, {RecordFields::displayName(addition.record), tr("add")});
        item->setCheckState(0, addition.take ? Qt::Checked : Qt::Unchecked);
        item->setData(0, IndexRole, int(i));
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 460);
}

void MergeDialog::accept()
{
    const QTreeWidgetItem *conflicts = m_tree->topLevelItem(0);
    for (int i = 0; i < conflicts->childCount(); ++i)
        m_plan->conflicts[conflicts->child(i)->data(0, IndexRole).toInt()].takeTheirs =
            conflicts->child(i)->checkState(0) == Qt::Checked;
    const QTreeWidgetItem *additions = m_tree->topLevelItem(1);
    for (int i = 0; i < additions->childCount(); ++i)
        m_plan->additions[additions->child(i)->data(0, IndexRole).toInt()].take =
            additions->child(i)->checkState(0) == Qt::Checked;
    QDialog::accept();
}
