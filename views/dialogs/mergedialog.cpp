#include "views/dialogs/mergedialog.h"

#include "models/itemmodels/mergeplanmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

MergeDialog::MergeDialog(Merger::Plan *plan, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeView(this))
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
    m_tree->setModel(new MergePlanModel(plan, m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true); // one line a row: the view need not measure 100,000 of them
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 460);
}
