#include "views/dialogs/factseditor.h"

#include "models/core/provenance.h"
#include "models/itemmodels/facttablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

FactsEditor::FactsEditor(FactTableModel *gpus, FactTableModel *prices, QWidget *parent)
    : QWidget(parent)
    , m_gpuView(new QTableView(this))
    , m_priceView(new QTableView(this))
    , m_greyLegend(new QLabel(this))
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    // Each table's delete button has a letter of its own: both are on screen at once.
    splitter->addWidget(section(tr("<b>GPUs</b>: datasheet facts, street and cloud prices. Double-click a cell to "
                                   "edit it; hover for its source and date."),
                                tr("De&lete GPU…"), gpus, m_gpuView, QStringLiteral("gpu")));
    m_gpuView->setAccessibleName(tr("GPUs"));
    splitter->addWidget(section(tr("<b>API prices</b> per million tokens"), tr("Delete P&rice…"), prices,
                                m_priceView, QStringLiteral("price")));
    m_priceView->setAccessibleName(tr("API prices"));
    // What a grey or italic cell means, on screen rather than only in each cell's tooltip.
    m_greyLegend->setObjectName(QStringLiteral("greyLegend"));
    m_greyLegend->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_greyLegend);
}

void FactsEditor::showEvent(QShowEvent *event)
{
    // The age that makes a price stale is a preference: the sentence follows it.
    m_greyLegend->setText(Provenance::greyMeaning());
    QWidget::showEvent(event);
}

QWidget *FactsEditor::section(const QString &title, const QString &deleteText, FactTableModel *model,
                              QTableView *view, const QString &name)
{
    auto *page = new QWidget(this);
    auto *titleLabel = new QLabel(title, page);
    titleLabel->setWordWrap(true);
    view->setObjectName(name + QStringLiteral("Table"));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::AnyKeyPressed);
    connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents);

    auto *addButton = new QPushButton(tr("Add…"), page);
    addButton->setObjectName(name + QStringLiteral("AddButton"));
    addButton->setToolTip(tr("Add a row in a form that checks every field (Insert in the table)"));
    connect(addButton, &QPushButton::clicked, this, [this, model] { emit addRequested(model); });
    auto *editButton = new QPushButton(tr("Edit…"), page);
    editButton->setObjectName(name + QStringLiteral("EditButton"));
    editButton->setToolTip(tr("Edit the selected row in a form (Ctrl+Return in the table)"));
    auto *deleteButton = new QPushButton(deleteText, page);
    deleteButton->setObjectName(name + QStringLiteral("DeleteButton"));
    for (QPushButton *button : {editButton, deleteButton}) {
        button->setEnabled(false);
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, button,
                [button](const QModelIndex &current) { button->setEnabled(current.isValid()); });
    }
    const auto currentId = [view] { return view->currentIndex().data(RecordTableModel::RecordIdRole).toLongLong(); };
    connect(editButton, &QPushButton::clicked, this, [this, model, currentId] {
        if (const qint64 id = currentId())
            emit editRequested(model, id);
    });
    connect(deleteButton, &QPushButton::clicked, this, [this, model, currentId] {
        if (const qint64 id = currentId())
            emit deleteRequested(model, id);
    });
    auto *deleteAction = new QAction(deleteButton->text(), view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, deleteButton, &QPushButton::click);
    view->addAction(deleteAction);

    auto *bar = new QHBoxLayout;
    bar->addWidget(titleLabel, 1);
    bar->addWidget(addButton);
    bar->addWidget(editButton);
    bar->addWidget(deleteButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    return page;
}
