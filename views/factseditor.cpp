#include "views/factseditor.h"

#include "models/facttablemodel.h"

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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
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

    auto *deleteButton = new QPushButton(deleteText, page);
    deleteButton->setObjectName(name + QStringLiteral("DeleteButton"));
    deleteButton->setEnabled(false);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, deleteButton,
            [deleteButton](const QModelIndex &current) { deleteButton->setEnabled(current.isValid()); });
    connect(deleteButton, &QPushButton::clicked, this, [this, view, model] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            emit deleteRequested(model, current.data(RecordTableModel::RecordIdRole).toLongLong());
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(titleLabel, 1);
    bar->addWidget(deleteButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
    return page;
}
