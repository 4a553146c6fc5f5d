#include "views/pages/tierchartview.h"

#include "models/itemmodels/tiertablemodel.h"
#include "views/charts/chartstyle.h"
#include "views/charts/lazychart.h"
#include "views/charts/tierchart.h"

#include <QAbstractItemModel>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

TierChartView::TierChartView(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new TierChart(model))
    , m_chartView(new QChartView(m_chart, this))
    , m_table(new QTableView(this))
    , m_lazyChart(new LazyChart(this, m_chart, [this] { m_chart->refresh(); }))
{
    setObjectName(QStringLiteral("tierChartView"));
    ChartStyle::setUp(m_chartView, QSize(360, 220));
    m_chartView->setObjectName(QStringLiteral("tierChart"));
    m_chartView->setAccessibleName(tr("Tier overview chart"));

    // The chart's figures as a table: the same rows in the same order (the chart draws the first MaxBars of
    // them), only the columns the bars show. It does not sort: a click would reorder the Models tab too.
    m_table->setObjectName(QStringLiteral("tierChartTable"));
    m_table->setAccessibleName(tr("Tier overview table"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    showChartedColumns();
    connect(model, &QAbstractItemModel::modelReset, this, &TierChartView::showChartedColumns);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TierTableModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("tierChartSplitter"));
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The chart first, three fifths of the width: the table's size hint alone would take most of it.
    splitter->setSizes({3000, 2000});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_chart, &TierChart::redrawn, this, [this] { m_chartView->setAccessibleDescription(m_chart->title()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TierChartView::modelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TierChartView::modelChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TierChartView::modelChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TierChartView::modelChanged);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &TierChartView::modelChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        // The fit columns change with every move of a VRAM control; only the charted ones matter here.
        if (topLeft.column() <= TierTableModel::ActiveParams)
            modelChanged();
    });
    m_chart->applyTheme(palette(), font());
}

void TierChartView::showChartedColumns()
{
    static constexpr int charted[] = {TierTableModel::Tier, TierTableModel::Name, TierTableModel::TotalParams,
                                      TierTableModel::ActiveParams};
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnHidden(column, std::find(std::begin(charted), std::end(charted), column) == std::end(charted));
}

QChart *TierChartView::chart()
{
    return m_lazyChart->upToDate();
}

void TierChartView::modelChanged()
{
    if (m_lazyChart->mayUpdate())
        m_chart->refresh();
}

void TierChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_chart->applyTheme(palette(), font());
    QWidget::changeEvent(event);
}
