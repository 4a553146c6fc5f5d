#include "views/pages/vramfitview.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/recordtablemodel.h"
#include "views/charts/chartstyle.h"
#include "views/charts/lazychart.h"
#include "views/charts/vramfitchart.h"
#include "views/pages/charttooltip.h"
#include "views/pages/controlcolumn.h"
#include "views/pages/vramfitcontrols.h"

#include <QBarSet>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// A transparent square of size logical pixels, sharp at the screen's scale.
QPixmap blankSwatch(int size)
{
    const qreal ratio = qGuiApp->devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QPixmap swatch(const QColor &color, const QColor &outline, int size, Qt::PenStyle lineStyle = Qt::NoPen)
{
    QPixmap pixmap = blankSwatch(size);
    QPainter painter(&pixmap);
    if (lineStyle == Qt::NoPen) {
        // An outline, so the palest part still shows against the window.
        painter.setPen(outline);
        painter.setBrush(color);
        painter.drawRect(QRectF(1.5, 1.5, size - 3, size - 3));
    } else {
        painter.setPen(QPen(color, 2, lineStyle));
        painter.drawLine(QPointF(size / 2.0, 0), QPointF(size / 2.0, size));
    }
    return pixmap;
}

// The chart's marker of a measured peak: a diamond in the text colour.
QPixmap diamond(const QColor &color, const QColor &outline, int size)
{
    QPixmap pixmap = blankSwatch(size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(outline);
    painter.setBrush(color);
    const qreal half = size / 2.0;
    painter.drawPolygon(QPolygonF{{half, 1}, {size - 1.0, half}, {half, size - 1.0}, {1, half}});
    return pixmap;
}

} // namespace

VramFitView::VramFitView(FitTableModel *modelsFit, FitTableModel *quantsFit, QWidget *parent)
    : QWidget(parent)
    , m_modelsFit(modelsFit)
    , m_quantsFit(quantsFit)
    , m_controls(new VramFitControls(modelsFit->configuration(), modelsFit->parameters(), this))
    , m_capacityLegendLabel(new QLabel(this))
    , m_measuredLegend(new QWidget(this))
    , m_measuredLegendIcon(new QLabel(m_measuredLegend))
    , m_chart(new VramFitChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_lazyChart(new LazyChart(this, m_chart, [this] { rebuildChart(); }))
    , m_tableProxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("vramFitView"));
    m_modelsFit->setMode(FitTableModel::Mode::ModelsAtOneQuantization);
    m_quantsFit->setMode(FitTableModel::Mode::OneModelAcrossQuantizations);

    ChartStyle::setUp(m_chartView, QSize(360, 220));
    m_chartView->setObjectName(QStringLiteral("vramFitChart"));
    m_chartView->setAccessibleName(tr("VRAM fit chart"));
    m_toolTip = new ChartToolTip(m_chartView);

    m_tableProxy->setSortRole(RecordTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("vramFitTable"));
    m_table->setAccessibleName(tr("VRAM fit table"));
    m_table->setAccessibleDescription(tr("The chart's rows as a table: needed memory, headroom, verdict and speed"));
    // Tab leaves the table for the next control instead of walking its cells (arrow keys do that).
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_tableProxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Compact rows: the table sits under the chart and should show a whole dataset without scrolling.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // No sort column at first, so the table lists rows in the chart's order (top to bottom); a click on a
    // header sorts, and a third click returns to that order.
    m_table->horizontalHeader()->setSortIndicatorClearable(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("vramFitSplitter"));
    splitter->setChildrenCollapsible(false);
    auto *chartPane = new QWidget(splitter);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_chartView, 1);
    chartLayout->addWidget(createLegend());
    splitter->addWidget(chartPane);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    QScrollArea *controls =
        ControlColumn::create(m_controls, QStringLiteral("vramFitControls"), tr("VRAM fit controls"), this);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(splitter, 1);

    connect(m_controls, &VramFitControls::configurationChanged, this, &VramFitView::configurationChosen);
    connect(m_controls, &VramFitControls::parametersChanged, this, &VramFitView::parametersChosen);
    connect(m_controls, &VramFitControls::chartModeChanged, this, &VramFitView::activateModelForMode);
    connect(m_controls, &VramFitControls::focusModelChanged, m_quantsFit, &FitTableModel::setFocusModel);
    connect(m_controls, &VramFitControls::zoomToCapacityChanged, this, [this](bool zoom) {
        m_chart->setZoomToCapacity(zoom);
    });
    // On the proxy's reset, not the source's: a slot on the source could run before the proxy has the rows.
    connect(m_tableProxy, &QAbstractItemModel::modelReset, this, &VramFitView::configureTableColumns);
    // The chart lists what the table lists, in its order: rows and order come from the table's proxy.
    connect(m_tableProxy, &QAbstractItemModel::modelReset, this, &VramFitView::rebuildChart);
    connect(m_tableProxy, &QAbstractItemModel::layoutChanged, this, &VramFitView::rebuildChart);
    connect(m_tableProxy, &QAbstractItemModel::rowsInserted, this, &VramFitView::rebuildChart);
    connect(m_tableProxy, &QAbstractItemModel::rowsRemoved, this, &VramFitView::rebuildChart);
    connect(m_chart, &VramFitChart::redrawn, this, &VramFitView::chartRedrawn);
    connect(m_chart->barSeries(), &QAbstractBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *set) { showBarToolTip(status, index, set); });
    connect(m_chart->barSeries(), &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *) { selectTableRow(index); });

    applyChartTheme();
    activateModelForMode();
}

QWidget *VramFitView::createLegend()
{
    // A legend of our own: the chart's would list twelve bar sets (three parts x four verdicts), while the
    // reader needs two short keys, one for the parts of a bar and one for its colour.
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("vramFitLegend"));
    auto *grid = new QGridLayout(legend);
    grid->setContentsMargins(8, 0, 8, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);

    auto addEntry = [this, legend](QHBoxLayout *row, const QString &text) {
        auto *icon = new QLabel(legend);
        auto *label = new QLabel(text, legend);
        m_legendSwatches.append(icon);
        row->addWidget(icon);
        row->addWidget(label);
        row->addSpacing(10);
        return label;
    };
    auto *partsRow = new QHBoxLayout;
    addEntry(partsRow, tr("Weights"));
    addEntry(partsRow, tr("KV cache"));
    addEntry(partsRow, tr("Overhead"));
    m_capacityLegendLabel->setObjectName(QStringLiteral("capacityLegendLabel"));
    auto *capacityIcon = new QLabel(legend);
    m_legendSwatches.append(capacityIcon);
    partsRow->addWidget(capacityIcon);
    partsRow->addWidget(m_capacityLegendLabel);
    // Shown while the chart draws a measured peak.
    m_measuredLegend->setObjectName(QStringLiteral("measuredLegend"));
    auto *measuredRow = new QHBoxLayout(m_measuredLegend);
    measuredRow->setContentsMargins(10, 0, 0, 0);
    measuredRow->addWidget(m_measuredLegendIcon);
    measuredRow->addWidget(new QLabel(m_chart->measuredSeries()->name(), m_measuredLegend));
    m_measuredLegend->hide();
    partsRow->addWidget(m_measuredLegend);
    partsRow->addStretch(1);

    auto *verdictRow = new QHBoxLayout;
    for (int v = 0; v < VramFitChart::VerdictCount; ++v)
        addEntry(verdictRow, MemoryEstimator::verdictName(FitVerdict(v)));
    verdictRow->addStretch(1);

    grid->addWidget(new QLabel(tr("Bar parts:"), legend), 0, 0);
    grid->addLayout(partsRow, 0, 1);
    grid->addWidget(new QLabel(tr("Verdict:"), legend), 1, 0);
    grid->addLayout(verdictRow, 1, 1);
    grid->setColumnStretch(1, 1);
    return legend;
}

void VramFitView::setDataset(const Dataset *dataset)
{
    m_controls->setDataset(dataset);
    const GpuConfiguration configuration = m_controls->configuration();
    const FitParameters parameters = m_controls->parameters();
    m_modelsFit->setConfiguration(configuration);
    m_quantsFit->setConfiguration(configuration);
    m_modelsFit->setParameters(parameters);
    m_quantsFit->setParameters(parameters);
    m_quantsFit->setFocusModel(m_controls->focusModel());
    configureTableColumns(); // the measured columns show once there are runs
    updateChartValues();
    emit parametersChanged(configuration, parameters);
}

void VramFitView::setFocusModel(qint64 modelId)
{
    m_controls->setFocusModel(modelId);
}

void VramFitView::setContextTokens(qint64 tokens)
{
    m_controls->setContextTokens(tokens);
}

void VramFitView::showSettings(const GpuConfiguration &configuration, const FitParameters &parameters)
{
    m_controls->showSettings(configuration, parameters);
}

GpuConfiguration VramFitView::configuration() const
{
    return m_controls->configuration();
}

FitParameters VramFitView::parameters() const
{
    return m_controls->parameters();
}

FitTableModel *VramFitView::activeModel() const
{
    return m_controls->chartMode() == FitTableModel::Mode::OneModelAcrossQuantizations ? m_quantsFit : m_modelsFit;
}

VramFitChart *VramFitView::chart()
{
    m_lazyChart->upToDate();
    return m_chart;
}

void VramFitView::configurationChosen()
{
    const GpuConfiguration configuration = m_controls->configuration();
    m_modelsFit->setConfiguration(configuration);
    m_quantsFit->setConfiguration(configuration);
    updateChartValues(); // for a model without rows too, which says nothing of a change
    emit parametersChanged(configuration, m_controls->parameters());
}

void VramFitView::parametersChosen()
{
    const FitParameters parameters = m_controls->parameters();
    m_modelsFit->setParameters(parameters);
    m_quantsFit->setParameters(parameters);
    configureTableColumns(); // the offloaded column shows with expert offload
    updateChartValues();
    emit parametersChanged(m_controls->configuration(), parameters);
}

void VramFitView::activateModelForMode()
{
    FitTableModel *model = activeModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_activeConnections))
        disconnect(connection);
    m_activeConnections.clear();
    // Values change in place while a control moves; a new row set (mode, focus model, dataset) reaches the
    // chart through the table's proxy, which rebuilds it.
    m_activeConnections << connect(model, &QAbstractItemModel::dataChanged, this, &VramFitView::updateChartValues);
    m_tableProxy->setSourceModel(model);
    configureTableColumns();
    rebuildChart();
    emit activeModelChanged();
}

void VramFitView::rebuildChart()
{
    if (!m_lazyChart->mayUpdate())
        return;
    // The table's first rows in its order, as many as the chart could draw; it draws those its plot names.
    QList<int> rows;
    if (m_tableProxy->sourceModel() == activeModel()) {
        const int count = std::min(m_tableProxy->rowCount(), int(VramFitChart::MaxBars));
        for (int row = 0; row < count; ++row)
            rows << m_tableProxy->mapToSource(m_tableProxy->index(row, 0)).row();
    }
    m_chart->setRows(activeModel(), rows);
}

void VramFitView::updateChartValues()
{
    if (!m_lazyChart->mayUpdate())
        return;
    if (m_chart->model() != activeModel())
        rebuildChart();
    else
        m_chart->updateValues();
}

void VramFitView::chartRedrawn()
{
    m_capacityLegendLabel->setText(m_chart->capacityText());
    m_measuredLegend->setVisible(m_chart->measuredSeries()->isVisible());
    m_chartView->setAccessibleDescription(m_chart->title());
}

void VramFitView::applyChartTheme()
{
    m_chart->applyTheme(palette(), font());
    const QColor background = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::WindowText);
    const int size = fontMetrics().height() - 2;
    const QColor outline = ChartStyle::mix(text, background, 0.5);
    for (int i = 0; i < m_legendSwatches.size(); ++i) {
        QPixmap pixmap;
        if (i < VramFitChart::SegmentCount)
            pixmap = swatch(ChartStyle::mix(text, background, 0.25 + VramFitChart::segmentFade(VramFitChart::Segment(i))),
                            outline, size);
        else if (i == VramFitChart::SegmentCount)
            pixmap = swatch(text, outline, size, Qt::DashLine);
        else
            pixmap = swatch(VramFitChart::verdictColor(FitVerdict(i - VramFitChart::SegmentCount - 1)), outline, size);
        m_legendSwatches.at(i)->setPixmap(pixmap);
    }
    m_measuredLegendIcon->setPixmap(diamond(text, background, size));
}

void VramFitView::configureTableColumns()
{
    if (m_tableProxy->columnCount() != FitTableModel::ColumnCount)
        return;
    const bool acrossQuantizations = activeModel() == m_quantsFit;
    for (int column = 0; column < FitTableModel::ColumnCount; ++column) {
        bool shown = false;
        switch (FitTableModel::Column(column)) {
        case FitTableModel::Model: shown = !acrossQuantizations; break;
        case FitTableModel::Quantization: shown = acrossQuantizations; break;
        case FitTableModel::TotalBytes:
        case FitTableModel::CapacityBytes:
        case FitTableModel::HeadroomBytes:
        case FitTableModel::Verdict:
        case FitTableModel::MaxContext:
        case FitTableModel::DecodeTokensPerS: shown = true; break;
        case FitTableModel::OffloadedBytes: shown = activeModel()->parameters().expertOffload; break;
        case FitTableModel::MeasuredVramBytes:
        case FitTableModel::MeasuredDecodeTokensPerS: shown = activeModel()->hasMeasurements(); break;
        default: break;
        }
        m_table->setColumnHidden(column, !shown);
    }
    // Figures change while a control moves: columns get the width of their widest possible text once,
    // rather than following the current values and jumping as the slider moves.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding =
        2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    QString longestVerdict;
    for (int v = 0; v < VramFitChart::VerdictCount; ++v) {
        const QString name = MemoryEstimator::verdictName(FitVerdict(v));
        if (name.size() > longestVerdict.size())
            longestVerdict = name;
    }
    const auto widestText = [&longestVerdict](int column) -> QString {
        switch (FitTableModel::Column(column)) {
        case FitTableModel::Model:
        case FitTableModel::Quantization: return QString(); // these stretch
        case FitTableModel::Fits: return tr("yes");
        case FitTableModel::Verdict: return longestVerdict;
        case FitTableModel::MaxContext: return Format::contextTokens(888 * 1024);
        case FitTableModel::DecodeTokensPerS:
        case FitTableModel::MeasuredDecodeTokensPerS: return QLocale().toString(8888.0, 'f', 0);
        default: return Format::gigabytes(-8888.8e9); // the byte columns
        }
    };
    for (int column = 0; column < FitTableModel::ColumnCount; ++column) {
        const QString text = widestText(column);
        if (!text.isEmpty())
            m_table->setColumnWidth(
                column, qMax(header->sectionSizeHint(column), metrics.horizontalAdvance(text) + padding));
    }
    // The name takes the spare width, so the figures stay next to each other.
    header->setSectionResizeMode(FitTableModel::Model, QHeaderView::Stretch);
    header->setSectionResizeMode(FitTableModel::Quantization, QHeaderView::Stretch);
}

void VramFitView::showBarToolTip(bool hovered, int bar, const QBarSet *set)
{
    if (!hovered) {
        m_toolTip->leave(set, bar);
        return;
    }
    const int row = bar < 0 ? -1 : m_chart->rowOfBar(bar);
    m_toolTip->enter(set, bar, row < 0 ? QString() : activeModel()->index(row, 0).data(Qt::ToolTipRole).toString());
}

void VramFitView::selectTableRow(int bar)
{
    if (bar < 0 || m_chart->rowOfBar(bar) < 0)
        return;
    const QModelIndex index = m_tableProxy->mapFromSource(activeModel()->index(m_chart->rowOfBar(bar), 0));
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
}

void VramFitView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyChartTheme();
    QWidget::changeEvent(event);
}
