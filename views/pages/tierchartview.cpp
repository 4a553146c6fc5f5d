#include "views/pages/tierchartview.h"

#include "models/itemmodels/tiertablemodel.h"
#include "views/charts/chartstyle.h"
#include "views/charts/lazychart.h"
#include "views/charts/tierchart.h"

#include <QAbstractItemModel>
#include <QChartView>
#include <QEvent>
#include <QVBoxLayout>

TierChartView::TierChartView(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_chart(new TierChart(model))
    , m_chartView(new QChartView(m_chart, this))
    , m_lazyChart(new LazyChart(this, m_chart, [this] { m_chart->refresh(); }))
{
    setObjectName(QStringLiteral("tierChartView"));
    ChartStyle::setUp(m_chartView, QSize(360, 220));
    m_chartView->setObjectName(QStringLiteral("tierChart"));
    m_chartView->setAccessibleName(tr("Tier overview chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chartView);

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
