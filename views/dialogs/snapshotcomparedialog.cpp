#include "views/dialogs/snapshotcomparedialog.h"

#include "models/core/dataset.h"
#include "models/itemmodels/snapshotcomparisonmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

SnapshotCompareDialog::SnapshotCompareDialog(const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_model(new SnapshotComparisonModel(this))
    , m_olderCombo(new QComboBox(this))
    , m_newerCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("snapshotCompareDialog"));
    setWindowTitle(tr("Compare Tier Snapshots"));

    // Oldest first in the lists; by default the two most recent are compared.
    QList<TierListRecord> lists = dataset.tierLists;
    std::stable_sort(lists.begin(), lists.end(),
                     [](const TierListRecord &a, const TierListRecord &b) { return a.published < b.published; });
    for (QComboBox *combo : {m_olderCombo, m_newerCombo}) {
        for (const TierListRecord &list : std::as_const(lists))
            combo->addItem(tr("%1 (%2)").arg(list.name, list.published), list.id);
    }
    m_olderCombo->setObjectName(QStringLiteral("olderSnapshotCombo"));
    m_olderCombo->setAccessibleName(tr("Older tier list"));
    m_newerCombo->setObjectName(QStringLiteral("newerSnapshotCombo"));
    m_newerCombo->setAccessibleName(tr("Newer tier list"));
    m_newerCombo->setCurrentIndex(int(lists.size()) - 1);
    m_olderCombo->setCurrentIndex(std::max(int(lists.size()) - 2, 0));

    auto *choices = new QFormLayout;
    choices->addRow(tr("&Older:"), m_olderCombo);
    choices->addRow(tr("&Newer:"), m_newerCombo);

    m_summary->setObjectName(QStringLiteral("snapshotSummary"));
    m_summary->setWordWrap(true);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RecordTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("snapshotComparisonTable"));
    m_table->setAccessibleName(tr("Tier changes"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // as compared: the newer list's order, dropped models last
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeColumnsToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_olderCombo, &QComboBox::currentIndexChanged, this, &SnapshotCompareDialog::compare);
    connect(m_newerCombo, &QComboBox::currentIndexChanged, this, &SnapshotCompareDialog::compare);
    compare();
    resize(640, 520);
}

void SnapshotCompareDialog::compare()
{
    if (m_dataset.tierLists.size() < 2) {
        m_model->setChanges({});
        m_olderCombo->setEnabled(false);
        m_newerCombo->setEnabled(false);
        m_summary->setText(tr("Only one tier list is stored, so there is nothing to compare yet. Import a newer "
                              "tier list (File > Import…, kind “tiers”) and it is kept as a new dated snapshot."));
        return;
    }
    const qint64 older = m_olderCombo->currentData().toLongLong();
    const qint64 newer = m_newerCombo->currentData().toLongLong();
    m_model->setChanges(TierSnapshots::compare(m_dataset, older, newer));
    using Movement = TierSnapshots::Movement;
    m_summary->setText(older == newer
                           ? tr("Both sides show the same tier list: pick two different ones.")
                           : tr("%1 moved up, %2 moved down, %3 stayed, %4 new, %5 dropped.")
                                 .arg(m_model->count(Movement::Up))
                                 .arg(m_model->count(Movement::Down))
                                 .arg(m_model->count(Movement::Same))
                                 .arg(m_model->count(Movement::New))
                                 .arg(m_model->count(Movement::Dropped)));
}
