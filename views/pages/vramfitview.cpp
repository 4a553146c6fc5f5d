#include "views/pages/vramfitview.h"

#include "models/core/dataset.h"
#include "models/core/format.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/modelnamelistmodel.h"
#include "models/itemmodels/recordtablemodel.h"
#include "views/charts/chartstyle.h"
#include "views/charts/lazychart.h"
#include "views/pages/controlcolumn.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QGuiApplication>
#include <QScrollArea>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr int MinContextLog2 = 11; // 2K tokens
constexpr int MaxContextLog2 = 20; // 1M tokens
constexpr int DefaultContextLog2 = 13; // 8K, the estimator's default
constexpr int CustomConfiguration = -1;

// Okabe-Ito hues: distinguishable with the common colour-vision deficiencies. The verdict is also written
// beside every bar, so colour is never the only carrier.
QColor verdictColor(FitVerdict verdict)
{
    switch (verdict) {
    case FitVerdict::FitsWithRoom: return QColor(0x00, 0x9e, 0x73);
    case FitVerdict::Tight: return QColor(0xe6, 0x9f, 0x00);
    case FitVerdict::NeedsOffload: return QColor(0xcc, 0x79, 0xa7);
    case FitVerdict::DoesNotFit: return QColor(0xd5, 0x5e, 0x00);
    }
    return Qt::gray;
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share),
                            float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

// Weights keep the full hue, the KV cache and the overhead fade towards the background: one bar reads as
// one verdict, its parts as shades of it.
constexpr double SegmentFade[] = {0.0, 0.45, 0.72};

// The smallest round axis maximum at or above `value`, with at most eight intervals.
double niceAxisMax(double value, int *intervals)
{
    if (value <= 0) {
        *intervals = 1;
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value / 8)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0, 20.0}) {
        const double step = factor * magnitude;
        const int count = int(std::ceil(value / step - 1e-9));
        if (count <= 8) {
            *intervals = qMax(count, 1);
            return step * *intervals;
        }
    }
    *intervals = 8;
    return value;
}

QPixmap swatch(const QColor &color, const QColor &outline, int size, Qt::PenStyle lineStyle = Qt::NoPen)
{
    const qreal ratio = qGuiApp->devicePixelRatio();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
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

} // namespace

VramFitView::VramFitView(FitTableModel *modelsFit, FitTableModel *quantsFit, QWidget *parent)
    : QWidget(parent)
    , m_modelsFit(modelsFit)
    , m_quantsFit(quantsFit)
    , m_gpuConfigCombo(new QComboBox(this))
    , m_gpuTypeCombo(new QComboBox(this))
    , m_gpuCountSpin(new QSpinBox(this))
    , m_quantCombo(new QComboBox(this))
    , m_contextSlider(new QSlider(Qt::Horizontal, this))
    , m_contextLabel(new QLabel(this))
    , m_batchSpin(new QSpinBox(this))
    , m_kvPrecisionCombo(new QComboBox(this))
    , m_expertOffloadCheck(new QCheckBox(tr("Routed ex&perts in system RAM"), this))
    , m_utilisationSpin(new QDoubleSpinBox(this))
    , m_chartModeCombo(new QComboBox(this))
    , m_focusModelNames(new ModelNameListModel(this))
    , m_focusModelCombo(new QComboBox(this))
    , m_zoomCheck(new QCheckBox(tr("&Zoom to the usable capacity"), this))
    , m_assumptionsLabel(new QLabel(this))
    , m_capacityLegendLabel(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_barSeries(new QHorizontalStackedBarSeries(m_chart))
    , m_capacitySeries(new QLineSeries(m_chart))
    , m_categoryAxis(new QBarCategoryAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_tableProxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("vramFitView"));
    m_modelsFit->setMode(FitTableModel::Mode::ModelsAtOneQuantization);
    m_quantsFit->setMode(FitTableModel::Mode::OneModelAcrossQuantizations);
    m_configuration = m_modelsFit->configuration();
    m_parameters = m_modelsFit->parameters();

    createChart();

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
        ControlColumn::create(createControls(), QStringLiteral("vramFitControls"), tr("VRAM fit controls"), this);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addWidget(splitter, 1);

    connect(m_gpuConfigCombo, &QComboBox::currentIndexChanged, this, &VramFitView::presetChosen);
    connect(m_gpuTypeCombo, &QComboBox::currentIndexChanged, this, &VramFitView::customGpuChanged);
    connect(m_gpuCountSpin, &QSpinBox::valueChanged, this, &VramFitView::customGpuChanged);
    connect(m_quantCombo, &QComboBox::currentIndexChanged, this, &VramFitView::applyParameters);
    connect(m_contextSlider, &QSlider::valueChanged, this, [this] {
        updateContextLabel();
        applyParameters();
    });
    connect(m_batchSpin, &QSpinBox::valueChanged, this, &VramFitView::applyParameters);
    connect(m_kvPrecisionCombo, &QComboBox::currentIndexChanged, this, &VramFitView::applyParameters);
    connect(m_expertOffloadCheck, &QCheckBox::toggled, this, [this] {
        applyParameters();
        configureTableColumns();
    });
    connect(m_utilisationSpin, &QDoubleSpinBox::valueChanged, this, &VramFitView::applyParameters);
    // On the proxy's reset, not the source's: a slot on the source could run before the proxy has the rows.
    connect(m_tableProxy, &QAbstractItemModel::modelReset, this, &VramFitView::configureTableColumns);
    // The chart lists what the table lists, in its order: rows and order come from the table's proxy.
    connect(m_tableProxy, &QAbstractItemModel::modelReset, this, &VramFitView::rebuildChart);
    connect(m_tableProxy, &QAbstractItemModel::layoutChanged, this, &VramFitView::rebuildChart);
    connect(m_tableProxy, &QAbstractItemModel::rowsInserted, this, &VramFitView::rebuildChart);
    connect(m_tableProxy, &QAbstractItemModel::rowsRemoved, this, &VramFitView::rebuildChart);
    connect(m_chartModeCombo, &QComboBox::currentIndexChanged, this, &VramFitView::activateModelForMode);
    connect(m_focusModelCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_quantsFit->setFocusModel(m_focusModelCombo->currentData().toLongLong()); });
    connect(m_zoomCheck, &QCheckBox::toggled, this, &VramFitView::updateAxisRange);
    connect(m_barSeries, &QAbstractBarSeries::hovered, this,
            [this](bool status, int index, QBarSet *) { showBarToolTip(status, index); });
    connect(m_barSeries, &QAbstractBarSeries::clicked, this,
            [this](int index, QBarSet *) { selectTableRow(index); });

    applyChartTheme();
    updateContextLabel();
    updateAssumptions();
    activateModelForMode();
}

QWidget *VramFitView::createControls()
{
    auto *panel = new QWidget;

    m_gpuConfigCombo->setObjectName(QStringLiteral("gpuConfigCombo"));
    m_gpuConfigCombo->setAccessibleName(tr("GPU configuration"));
    m_gpuConfigCombo->setToolTip(tr("A named configuration, or Custom for any GPU type and count below"));
    m_gpuConfigCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gpuConfigCombo->setMinimumContentsLength(16);

    m_gpuTypeCombo->setObjectName(QStringLiteral("gpuTypeCombo"));
    m_gpuTypeCombo->setAccessibleName(tr("GPU type"));
    m_gpuTypeCombo->setToolTip(tr("The GPU model; memory as marketed, in GiB"));
    m_gpuTypeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gpuTypeCombo->setMinimumContentsLength(16);

    m_gpuCountSpin->setObjectName(QStringLiteral("gpuCountSpin"));
    m_gpuCountSpin->setAccessibleName(tr("GPU count"));
    m_gpuCountSpin->setToolTip(tr("GPUs pooled by tensor parallelism: their memory adds up"));
    m_gpuCountSpin->setRange(1, 8);

    m_quantCombo->setObjectName(QStringLiteral("quantCombo"));
    m_quantCombo->setAccessibleName(tr("Quantization"));
    m_quantCombo->setToolTip(tr("Weight format and its effective bits per weight, scales included"));
    m_quantCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_quantCombo->setMinimumContentsLength(16);

    m_contextSlider->setObjectName(QStringLiteral("contextSlider"));
    m_contextSlider->setAccessibleName(tr("Context length"));
    m_contextSlider->setToolTip(tr("Tokens each sequence keeps in the KV cache, in doublings from 2K to 1M"));
    // The slider moves by powers of two: context needs span three orders of magnitude.
    m_contextSlider->setRange(MinContextLog2, MaxContextLog2);
    m_contextSlider->setValue(DefaultContextLog2);
    m_contextSlider->setPageStep(1);
    m_contextSlider->setTickPosition(QSlider::TicksBelow);
    m_contextSlider->setTickInterval(1);
    m_contextLabel->setObjectName(QStringLiteral("contextLabel"));
    m_contextLabel->setMinimumWidth(m_contextLabel->fontMetrics().horizontalAdvance(tr("128K tokens")));

    m_batchSpin->setObjectName(QStringLiteral("batchSpin"));
    m_batchSpin->setAccessibleName(tr("Batch size"));
    m_batchSpin->setToolTip(tr("Concurrent sequences, each holding the full context in the KV cache"));
    m_batchSpin->setRange(1, 256);
    m_batchSpin->setAccelerated(true);

    m_kvPrecisionCombo->setObjectName(QStringLiteral("kvPrecisionCombo"));
    m_kvPrecisionCombo->setAccessibleName(tr("KV cache precision"));
    m_kvPrecisionCombo->setToolTip(
        tr("Element format of the KV cache; 8-bit and 4-bit halve and quarter it"));
    for (const KvPrecision precision :
         {KvPrecision::Fp16, KvPrecision::Fp8, KvPrecision::Q8_0, KvPrecision::Q4_0})
        m_kvPrecisionCombo->addItem(MemoryEstimator::kvPrecisionName(precision), int(precision));

    m_expertOffloadCheck->setObjectName(QStringLiteral("expertOffloadCheck"));
    m_expertOffloadCheck->setAccessibleName(tr("Expert offload"));
    m_expertOffloadCheck->setToolTip(tr("Mixture-of-experts models: keep attention and shared weights on the "
                                        "GPUs and the routed experts in system RAM (slower decode)"));

    m_utilisationSpin->setObjectName(QStringLiteral("utilisationSpin"));
    m_utilisationSpin->setAccessibleName(tr("GPU memory utilisation"));
    m_utilisationSpin->setToolTip(
        tr("Fraction of GPU memory the serving engine may use (vLLM's default: 0.9)"));
    m_utilisationSpin->setRange(0.5, 1.0);
    m_utilisationSpin->setSingleStep(0.01);
    m_utilisationSpin->setDecimals(2);
    m_utilisationSpin->setValue(m_parameters.utilisation);

    m_chartModeCombo->setObjectName(QStringLiteral("chartModeCombo"));
    m_chartModeCombo->setAccessibleName(tr("Chart mode"));
    m_chartModeCombo->setToolTip(
        tr("Compare every model at the chosen quantization, or one model across every "
           "quantization format"));
    m_chartModeCombo->addItem(tr("All models at one quantization"),
                              int(FitTableModel::Mode::ModelsAtOneQuantization));
    m_chartModeCombo->addItem(tr("One model across quantizations"),
                              int(FitTableModel::Mode::OneModelAcrossQuantizations));

    m_focusModelCombo->setModel(m_focusModelNames);
    m_focusModelCombo->setObjectName(QStringLiteral("focusModelCombo"));
    m_focusModelCombo->setAccessibleName(tr("Model across quantizations"));
    m_focusModelCombo->setToolTip(tr("The model charted across quantizations"));
    m_focusModelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_focusModelCombo->setMinimumContentsLength(16);

    m_zoomCheck->setObjectName(QStringLiteral("zoomCheck"));
    m_zoomCheck->setAccessibleName(tr("Zoom to the usable capacity"));
    m_zoomCheck->setToolTip(tr("Scale the axis to twice the usable capacity, where fits are decided; longer "
                               "bars run off the right edge"));

    m_assumptionsLabel->setObjectName(QStringLiteral("assumptionsLabel"));
    m_assumptionsLabel->setWordWrap(true);
    m_assumptionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *gpuBox = new QGroupBox(tr("GPUs"), panel);
    auto *gpuForm = new QFormLayout(gpuBox);
    gpuForm->addRow(tr("Configu&ration:"), m_gpuConfigCombo);
    gpuForm->addRow(tr("&Type:"), m_gpuTypeCombo);
    gpuForm->addRow(tr("Cou&nt:"), m_gpuCountSpin);
    gpuForm->addRow(tr("&Utilisation:"), m_utilisationSpin);

    auto *workloadBox = new QGroupBox(tr("Workload"), panel);
    auto *workloadForm = new QFormLayout(workloadBox);
    workloadForm->addRow(tr("&Quantization:"), m_quantCombo);
    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_contextSlider, 1);
    contextRow->addWidget(m_contextLabel);
    workloadForm->addRow(tr("Conte&xt:"), contextRow);
    // The form's label names the slider for mnemonics; the row layout itself cannot be a buddy.
    if (auto *label = qobject_cast<QLabel *>(workloadForm->labelForField(contextRow)))
        label->setBuddy(m_contextSlider);
    workloadForm->addRow(tr("&Batch:"), m_batchSpin);
    workloadForm->addRow(tr("&KV cache:"), m_kvPrecisionCombo);
    workloadForm->addRow(m_expertOffloadCheck);

    auto *chartBox = new QGroupBox(tr("Chart"), panel);
    auto *chartForm = new QFormLayout(chartBox);
    chartForm->addRow(tr("&Show:"), m_chartModeCombo);
    // Alt+M is the Models tab's mnemonic: this label takes Alt+L so the two never collide.
    chartForm->addRow(tr("Mode&l:"), m_focusModelCombo);
    chartForm->addRow(m_zoomCheck);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(gpuBox);
    layout->addWidget(workloadBox);
    layout->addWidget(chartBox);
    layout->addWidget(m_assumptionsLabel);
    layout->addStretch(1);
    return panel;
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
    partsRow->addStretch(1);

    auto *verdictRow = new QHBoxLayout;
    for (int v = 0; v < VerdictCount; ++v)
        addEntry(verdictRow, MemoryEstimator::verdictName(FitVerdict(v)));
    verdictRow->addStretch(1);

    grid->addWidget(new QLabel(tr("Bar parts:"), legend), 0, 0);
    grid->addLayout(partsRow, 0, 1);
    grid->addWidget(new QLabel(tr("Verdict:"), legend), 1, 0);
    grid->addLayout(verdictRow, 1, 1);
    grid->setColumnStretch(1, 1);
    return legend;
}

void VramFitView::createChart()
{
    m_chart->legend()->hide();
    ChartStyle::setUp(m_chartView, QMargins(4, 4, 12, 4), QSize(360, 220));

    for (int segment = 0; segment < SegmentCount; ++segment) {
        static const char *const names[SegmentCount] = {QT_TR_NOOP("Weights"), QT_TR_NOOP("KV cache"),
                                                         QT_TR_NOOP("Overhead")};
        for (int v = 0; v < VerdictCount; ++v) {
            auto *set = new QBarSet(
                tr("%1 (%2)").arg(tr(names[segment]), MemoryEstimator::verdictName(FitVerdict(v))),
                m_barSeries);
            set->setObjectName(QStringLiteral("%1:%2").arg(QLatin1String(names[segment]),
                                                           MemoryEstimator::verdictKey(FitVerdict(v))));
            m_barSets.append(set);
        }
    }
    m_barSeries->append(m_barSets);
    m_barSeries->setBarWidth(0.7);
    m_chart->addSeries(m_barSeries);
    m_chart->addSeries(m_capacitySeries);

    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setMinorTickCount(1);
    m_chart->addAxis(m_valueAxis, Qt::AlignBottom);
    m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
    m_categoryAxis->setGridLineVisible(false);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_barSeries),
                                    static_cast<QAbstractSeries *>(m_capacitySeries)}) {
        series->attachAxis(m_valueAxis);
        series->attachAxis(m_categoryAxis);
    }

    m_chartView->setObjectName(QStringLiteral("vramFitChart"));
    m_chartView->setAccessibleName(tr("VRAM fit chart"));
    m_lazyChart = new LazyChart(
        this, m_chart, m_categoryAxis, MaxBars, [this] { return activeModel()->rowCount(); },
        [this] { rebuildChart(); }); // and through it the values, the capacity line, the axis and the title
}

void VramFitView::setDataset(const Dataset *dataset)
{
    m_dataset = dataset;
    fillGpuControls();
    fillQuantCombo();
    fillFocusModelCombo();
    readParameters();
    m_modelsFit->setConfiguration(m_configuration);
    m_quantsFit->setConfiguration(m_configuration);
    m_modelsFit->setParameters(m_parameters);
    m_quantsFit->setParameters(m_parameters);
    m_quantsFit->setFocusModel(m_focusModelCombo->currentData().toLongLong());
    updateAssumptions();
    updateCapacityLine();
    updateChartTitle();
    emit parametersChanged(m_configuration, m_parameters);
}

void VramFitView::setFocusModel(qint64 modelId)
{
    const int index = m_focusModelNames->rowOf(modelId);
    if (index >= 0)
        m_focusModelCombo->setCurrentIndex(index);
}

void VramFitView::showSettings(const GpuConfiguration &configuration, const FitParameters &parameters)
{
    if (const int type = m_gpuTypeCombo->findData(configuration.gpu.id); type >= 0) {
        // Type and count move together; one update names the matching preset and pushes the configuration.
        const QSignalBlocker blockType(m_gpuTypeCombo);
        const QSignalBlocker blockCount(m_gpuCountSpin);
        m_gpuTypeCombo->setCurrentIndex(type);
        m_gpuCountSpin->setValue(configuration.count);
    }
    customGpuChanged();
    if (const int quant = m_quantCombo->findData(parameters.quantName); quant >= 0)
        m_quantCombo->setCurrentIndex(quant);
    setContextTokens(parameters.contextTokens);
    m_batchSpin->setValue(parameters.batch);
    m_kvPrecisionCombo->setCurrentIndex(qMax(m_kvPrecisionCombo->findData(int(parameters.kvPrecision)), 0));
    m_expertOffloadCheck->setChecked(parameters.expertOffload);
    m_utilisationSpin->setValue(parameters.utilisation);
}

void VramFitView::setContextTokens(qint64 tokens)
{
    // The slider moves in powers of two: the smallest one that holds the requested context.
    int log2 = MinContextLog2;
    while (log2 < MaxContextLog2 && (qint64(1) << log2) < tokens)
        ++log2;
    m_contextSlider->setValue(log2);
}

FitTableModel *VramFitView::activeModel() const
{
    return m_chartModeCombo->currentData().toInt() == int(FitTableModel::Mode::OneModelAcrossQuantizations)
               ? m_quantsFit
               : m_modelsFit;
}

void VramFitView::fillGpuControls()
{
    // Keep the user's choice across a reload when the new dataset still has it.
    const QString previousName = m_gpuConfigCombo->currentIndex() >= 0
                                         && m_gpuConfigCombo->currentData().toInt() != CustomConfiguration
                                     ? m_gpuConfigCombo->currentText()
                                     : QString();
    const qint64 previousGpu = m_gpuTypeCombo->currentData().toLongLong();
    const int previousCount = m_gpuCountSpin->value();
    const bool wasCustom = m_gpuConfigCombo->currentData().toInt() == CustomConfiguration;

    const QSignalBlocker blockConfig(m_gpuConfigCombo);
    const QSignalBlocker blockType(m_gpuTypeCombo);
    const QSignalBlocker blockCount(m_gpuCountSpin);
    m_gpuConfigCombo->clear();
    m_gpuTypeCombo->clear();
    if (!m_dataset)
        return;

    for (const GpuRecord &gpu : m_dataset->gpus)
        m_gpuTypeCombo->addItem(tr("%1 (%2 GB)").arg(gpu.name, QLocale().toString(gpu.memoryGib)), gpu.id);
    // The article's presets first, then the user's own, then anything else.
    for (const bool presets : {true, false}) {
        for (qsizetype i = 0; i < m_dataset->gpuConfigurations.size(); ++i) {
            const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(i);
            if (record.preset == presets && m_dataset->gpu(record.gpuId))
                m_gpuConfigCombo->addItem(record.name, int(i));
        }
    }
    m_gpuConfigCombo->addItem(tr("Custom…"), CustomConfiguration);

    const int previousIndex = previousName.isEmpty() ? -1 : m_gpuConfigCombo->findText(previousName);
    if (wasCustom && m_gpuTypeCombo->findData(previousGpu) >= 0) {
        m_gpuTypeCombo->setCurrentIndex(m_gpuTypeCombo->findData(previousGpu));
        m_gpuCountSpin->setValue(previousCount);
        selectPresetMatchingGpu();
    } else {
        m_gpuConfigCombo->setCurrentIndex(qMax(previousIndex, 0));
        const int row = m_gpuConfigCombo->currentData().toInt();
        if (row != CustomConfiguration) {
            const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(row);
            m_gpuTypeCombo->setCurrentIndex(m_gpuTypeCombo->findData(record.gpuId));
            m_gpuCountSpin->setValue(record.count);
        }
    }
    if (const GpuRecord *gpu = m_dataset->gpu(m_gpuTypeCombo->currentData().toLongLong()))
        m_configuration.gpu = *gpu;
    m_configuration.count = m_gpuCountSpin->value();
}

void VramFitView::fillQuantCombo()
{
    const QString previous = m_quantCombo->currentIndex() >= 0 ? m_quantCombo->currentData().toString()
                                                                : m_parameters.quantName;
    const QSignalBlocker blocker(m_quantCombo);
    m_quantCombo->clear();
    if (!m_dataset)
        return;
    for (const QuantFormatRecord &format : m_dataset->quantFormats) {
        m_quantCombo->addItem(
            tr("%1 (%2 bits/weight)").arg(format.name, QLocale().toString(format.bitsPerWeight)),
            format.name);
        m_quantCombo->setItemData(m_quantCombo->count() - 1, format.notes, Qt::ToolTipRole);
    }
    m_quantCombo->setCurrentIndex(qMax(m_quantCombo->findData(previous), 0));
}

void VramFitView::fillFocusModelCombo()
{
    const qint64 previous = m_focusModelCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_focusModelCombo);
    m_focusModelNames->setDataset(m_dataset);
    m_focusModelCombo->setCurrentIndex(qMax(m_focusModelNames->rowOf(previous), 0));
}

void VramFitView::presetChosen()
{
    const int row = m_gpuConfigCombo->currentData().toInt();
    if (m_dataset && row != CustomConfiguration) {
        const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(row);
        const QSignalBlocker blockType(m_gpuTypeCombo);
        const QSignalBlocker blockCount(m_gpuCountSpin);
        m_gpuTypeCombo->setCurrentIndex(m_gpuTypeCombo->findData(record.gpuId));
        m_gpuCountSpin->setValue(record.count);
    }
    // Choosing "Custom…" keeps the type and count shown: they are the custom configuration.
    updateCustomItem();
    applyConfiguration();
}

void VramFitView::customGpuChanged()
{
    selectPresetMatchingGpu();
    applyConfiguration();
}

void VramFitView::selectPresetMatchingGpu()
{
    // Type and count are the configuration; the combo names it when a named configuration matches.
    const qint64 gpuId = m_gpuTypeCombo->currentData().toLongLong();
    const int count = m_gpuCountSpin->value();
    int match = m_gpuConfigCombo->findData(CustomConfiguration);
    for (int i = 0; m_dataset && i < m_gpuConfigCombo->count(); ++i) {
        const int row = m_gpuConfigCombo->itemData(i).toInt();
        if (row == CustomConfiguration)
            continue;
        const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(row);
        if (record.gpuId == gpuId && record.count == count) {
            match = i;
            break;
        }
    }
    const QSignalBlocker blocker(m_gpuConfigCombo);
    m_gpuConfigCombo->setCurrentIndex(match);
    updateCustomItem();
}

void VramFitView::updateCustomItem()
{
    // The Custom entry names the configuration while it is the chosen one, so the closed combo says it all.
    const int custom = m_gpuConfigCombo->findData(CustomConfiguration);
    if (custom < 0)
        return;
    const GpuRecord *gpu = m_dataset ? m_dataset->gpu(m_gpuTypeCombo->currentData().toLongLong()) : nullptr;
    m_gpuConfigCombo->setItemText(
        custom, m_gpuConfigCombo->currentIndex() == custom && gpu
                    ? tr("Custom: %1").arg(GpuConfiguration{*gpu, m_gpuCountSpin->value()}.name())
                    : tr("Custom…"));
}

void VramFitView::readParameters()
{
    if (m_dataset) {
        if (const QuantFormatRecord *format =
                m_dataset->quantFormat(m_quantCombo->currentData().toString())) {
            m_parameters.quantName = format->name;
            m_parameters.bitsPerWeight = format->bitsPerWeight;
        }
    }
    m_parameters.contextTokens = qint64(1) << m_contextSlider->value();
    m_parameters.batch = m_batchSpin->value();
    m_parameters.kvPrecision = KvPrecision(m_kvPrecisionCombo->currentData().toInt());
    m_parameters.expertOffload = m_expertOffloadCheck->isChecked();
    m_parameters.utilisation = m_utilisationSpin->value();
}

void VramFitView::applyConfiguration()
{
    if (!m_dataset)
        return;
    const GpuRecord *gpu = m_dataset->gpu(m_gpuTypeCombo->currentData().toLongLong());
    if (!gpu)
        return;
    m_configuration.gpu = *gpu;
    m_configuration.count = m_gpuCountSpin->value();
    m_modelsFit->setConfiguration(m_configuration);
    m_quantsFit->setConfiguration(m_configuration);
    updateCapacityLine();
    updateChartTitle();
    emit parametersChanged(m_configuration, m_parameters);
}

void VramFitView::applyParameters()
{
    readParameters();
    m_modelsFit->setParameters(m_parameters);
    m_quantsFit->setParameters(m_parameters);
    updateAssumptions();
    updateCapacityLine();
    updateChartTitle();
    emit parametersChanged(m_configuration, m_parameters);
}

void VramFitView::activateModelForMode()
{
    FitTableModel *model = activeModel();
    m_focusModelCombo->setEnabled(model == m_quantsFit);
    for (const QMetaObject::Connection &connection : std::as_const(m_activeConnections))
        disconnect(connection);
    m_activeConnections.clear();
    // Values change in place while a control moves; a new row set (mode, focus model, dataset) reaches the
    // chart through the table's proxy, which rebuilds it.
    m_activeConnections << connect(model, &QAbstractItemModel::dataChanged, this, &VramFitView::updateChartValues);
    m_tableProxy->setSourceModel(model);
    configureTableColumns();
    rebuildChart();
}

void VramFitView::updateContextLabel()
{
    m_contextLabel->setText(
        tr("%1 tokens").arg(Format::contextTokens(qint64(1) << m_contextSlider->value())));
}

void VramFitView::updateAssumptions()
{
    const FitParameters &p = m_parameters;
    m_assumptionsLabel->setText(
        tr("Assumes %1 per GPU for the runtime (CUDA context, kernels), %2% of GPU memory usable, an "
           "activation buffer for %3-token prefill chunks, and the full context for every sequence of the "
           "batch. Decode speed is an upper bound from memory bandwidth.")
            .arg(Format::gigabytes(p.runtimeReservePerGpuBytes), QString::number(qRound(p.utilisation * 100)),
                 QLocale().toString(p.prefillChunkTokens)));
}

QChart *VramFitView::chart()
{
    return m_lazyChart->upToDate();
}

QBarSet *VramFitView::barSet(Segment segment, FitVerdict verdict) const
{
    return m_barSets.at(int(segment) * VerdictCount + int(verdict));
}

int VramFitView::rowOfBar(int bar) const
{
    // Qt Charts stacks categories from the bottom up (and ignores a reversed category axis for bars):
    // the first row gets the last bar, so the chart reads top-down like the table.
    return m_barRows.at(m_barRows.size() - 1 - bar);
}

QString VramFitView::categoryLabel(int row) const
{
    const FitTableModel *model = activeModel();
    return tr("%1 — %2").arg(model->labelAt(row),
                             MemoryEstimator::verdictName(model->estimateAt(row).verdict));
}

void VramFitView::rebuildChart()
{
    if (!m_lazyChart->mayUpdate())
        return;
    m_barRows.clear();
    if (m_tableProxy->sourceModel() == activeModel()) {
        const int bars = std::min(m_tableProxy->rowCount(), m_lazyChart->barCount());
        for (int row = 0; row < bars; ++row)
            m_barRows << m_tableProxy->mapToSource(m_tableProxy->index(row, 0)).row();
    }
    const int rows = int(m_barRows.size());
    QStringList categories;
    categories.reserve(rows);
    for (int bar = 0; bar < rows; ++bar)
        categories << categoryLabel(rowOfBar(bar));
    // Each bar's parts go to the sets of its verdict; the other verdicts' sets hold zero for it.
    for (int segment = 0; segment < SegmentCount; ++segment) {
        for (int v = 0; v < VerdictCount; ++v) {
            QBarSet *set = barSet(Segment(segment), FitVerdict(v));
            set->remove(0, set->count());
            QList<qreal> values(rows, 0.0);
            set->append(values);
        }
    }
    m_categoryAxis->setCategories(categories);
    updateChartValues();
}

void VramFitView::updateChartValues()
{
    if (!m_lazyChart->mayUpdate())
        return;
    const FitTableModel *model = activeModel();
    const int bars = int(m_barRows.size());
    const bool stale = std::any_of(m_barRows.cbegin(), m_barRows.cend(), [model](int row) { return row >= model->rowCount(); });
    if (stale || bars != m_lazyChart->barCount() || m_categoryAxis->count() != bars
        || m_barSets.first()->count() != bars) {
        rebuildChart();
        return;
    }
    for (int bar = 0; bar < bars; ++bar) {
        const int row = rowOfBar(bar);
        const MemoryEstimate &e = model->estimateAt(row);
        const double parts[SegmentCount] = {e.weightsBytes / Format::bytesPerUnit(), e.kvCacheBytes / Format::bytesPerUnit(),
                                            e.overheadBytes / Format::bytesPerUnit()};
        for (int segment = 0; segment < SegmentCount; ++segment) {
            for (int v = 0; v < VerdictCount; ++v) {
                QBarSet *set = barSet(Segment(segment), FitVerdict(v));
                const qreal value = FitVerdict(v) == e.verdict ? parts[segment] : 0.0;
                if (set->at(bar) != value)
                    set->replace(bar, value);
            }
        }
        const QString oldLabel = m_categoryAxis->at(bar);
        const QString newLabel = categoryLabel(row);
        if (oldLabel != newLabel)
            m_categoryAxis->replace(oldLabel, newLabel);
    }
    updateCapacityLine(); // and the axis range, which depends on the line too
    updateChartTitle();
}

void VramFitView::updateAxisRange()
{
    if (!m_lazyChart->mayUpdate())
        return;
    const FitTableModel *model = activeModel();
    const double capacity = model->configuration().memoryBytes() * model->parameters().utilisation;
    double largest = capacity;
    if (m_zoomCheck->isChecked()) {
        // One 400 GB model would otherwise squeeze every bar near a 24 GB card into a few pixels.
        largest = 2 * capacity;
    } else {
        for (int row : std::as_const(m_barRows))
            largest = qMax(largest, model->estimateAt(row).totalBytes);
    }
    // The chart speaks the unit of Format::gigabytes (a preference), so the axis and the tables agree.
    m_valueAxis->setTitleText(Format::byteUnit() == Format::ByteUnit::Gibibytes
                                  ? tr("GPU memory needed, GiB (2³⁰ bytes)")
                                  : tr("GPU memory needed, GB (10⁹ bytes)"));
    int intervals = 1;
    // A little beyond the largest bar, so the longest bar and the capacity line never touch the frame.
    const double max = niceAxisMax(largest / Format::bytesPerUnit() * 1.03, &intervals);
    if (m_valueAxis->max() != max || m_valueAxis->min() != 0)
        m_valueAxis->setRange(0, max);
    m_valueAxis->setTickCount(intervals + 1);
    m_valueAxis->setLabelFormat(max / intervals < 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
}

void VramFitView::updateCapacityLine()
{
    if (!m_lazyChart->mayUpdate())
        return;
    // The model's own configuration and assumptions, so the line always matches the bars it is drawn with.
    const FitTableModel *model = activeModel();
    const GpuConfiguration &configuration = model->configuration();
    const double capacityBytes = configuration.memoryBytes() * model->parameters().utilisation;
    const double capacity = capacityBytes / Format::bytesPerUnit();
    // The category axis spans -0.5 .. rows - 0.5: the line runs from the bottom of the plot to its top.
    const qreal top = qMax(int(m_barRows.size()), 1) - 0.5;
    const QList<QPointF> points{{capacity, -0.5}, {capacity, top}};
    if (m_capacitySeries->points() != points)
        m_capacitySeries->replace(points);
    const QString name = tr("Usable: %1 (%2 × %3)")
                             .arg(Format::gigabytes(capacityBytes), configuration.name(),
                                  QLocale().toString(model->parameters().utilisation));
    m_capacitySeries->setName(name);
    m_capacityLegendLabel->setText(name);
    updateAxisRange();
}

void VramFitView::updateChartTitle()
{
    if (!m_lazyChart->mayUpdate())
        return;
    const FitTableModel *model = activeModel();
    const FitParameters &p = model->parameters();
    int fitting = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        fitting += model->estimateAt(row).fits ? 1 : 0;
    const QString workload = tr("%1 context, batch %2, %3 KV cache")
                                 .arg(Format::contextTokens(p.contextTokens), QString::number(p.batch),
                                      MemoryEstimator::kvPrecisionName(p.kvPrecision));
    QString title;
    if (model->mode() == FitTableModel::Mode::ModelsAtOneQuantization) {
        title = tr("%1 of %2 models fit on %3 at %4 — %5")
                    .arg(QString::number(fitting), QString::number(model->rowCount()),
                         model->configuration().name(), p.quantName, workload);
    } else if (model->rowCount() > 0) {
        title =
            tr("%1 fits on %2 in %3 of %4 formats — %5")
                .arg(model->index(0, FitTableModel::Model).data().toString(), model->configuration().name(),
                     QString::number(fitting), QString::number(model->rowCount()), workload);
    } else {
        title = tr("Choose a model to chart across quantizations");
    }
    if (model->rowCount() > m_barRows.size())
        title += tr(" — first %1 of %2 rows").arg(m_barRows.size()).arg(model->rowCount());
    m_chart->setTitle(title);
    m_chartView->setAccessibleDescription(title);
}

void VramFitView::applyChartTheme()
{
    const auto [background, text] = ChartStyle::apply(m_chart, this, {m_valueAxis, m_categoryAxis});
    m_categoryAxis->setTitleVisible(false); // the labels name the rows; a title would only take width

    for (int segment = 0; segment < SegmentCount; ++segment) {
        for (int v = 0; v < VerdictCount; ++v) {
            QBarSet *set = barSet(Segment(segment), FitVerdict(v));
            set->setColor(mix(verdictColor(FitVerdict(v)), background, SegmentFade[segment]));
            // A background-coloured outline separates the parts; the zero-width parts of other verdicts
            // then vanish into those separators.
            set->setPen(QPen(background, 1));
        }
    }
    QPen capacityPen(text, 2, Qt::DashLine);
    m_capacitySeries->setPen(capacityPen);

    const int size = fontMetrics().height() - 2;
    const QColor outline = mix(text, background, 0.5);
    for (int i = 0; i < m_legendSwatches.size(); ++i) {
        QPixmap pixmap;
        if (i < SegmentCount)
            pixmap = swatch(mix(text, background, 0.25 + SegmentFade[i]), outline, size);
        else if (i == SegmentCount)
            pixmap = swatch(text, outline, size, Qt::DashLine);
        else
            pixmap = swatch(verdictColor(FitVerdict(i - SegmentCount - 1)), outline, size);
        m_legendSwatches.at(i)->setPixmap(pixmap);
    }
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
        case FitTableModel::OffloadedBytes: shown = m_expertOffloadCheck->isChecked(); break;
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
    for (int v = 0; v < VerdictCount; ++v) {
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
        case FitTableModel::DecodeTokensPerS: return QLocale().toString(8888.0, 'f', 0);
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

void VramFitView::showBarToolTip(bool hovered, int bar)
{
    if (!hovered || bar < 0 || bar >= m_barRows.size()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(),
                       activeModel()->index(rowOfBar(bar), 0).data(Qt::ToolTipRole).toString(), m_chartView);
}

void VramFitView::selectTableRow(int bar)
{
    if (bar < 0 || bar >= m_barRows.size())
        return;
    const QModelIndex index = m_tableProxy->mapFromSource(activeModel()->index(rowOfBar(bar), 0));
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
