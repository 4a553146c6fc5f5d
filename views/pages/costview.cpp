#include "views/pages/costview.h"

#include "models/core/costdefaults.h"
#include "models/core/dataset.h"
#include "models/core/format.h"
#include "models/core/volumeparser.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/modelnamelistmodel.h"
#include "models/itemmodels/quotedcostauditmodel.h"
#include "views/charts/chartstyle.h"
#include "views/charts/costchart.h"
#include "views/pages/charttooltip.h"
#include "views/pages/controlcolumn.h"

#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSet>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

constexpr int MinimumExponent = 6;  // log10(CostView::MinimumVolume)
constexpr int MaximumExponent = 11; // log10(CostView::MaximumVolume)
constexpr int SliderSteps = (MaximumExponent - MinimumExponent) * CostView::StepsPerDecade;
// A configuration showSettings adds to the list has no dataset row (Qt::UserRole holds -1): its GPU and
// count travel in the item.
constexpr int GpuIdRole = Qt::UserRole + 1;
constexpr int GpuCountRole = Qt::UserRole + 2;
// The slider's steps are powers of ten in twentieths, rounded to two significant digits so the text field
// reads "250M" and "1.3B", not "251.19M".
double volumeOfStep(int step)
{
    const double exact = std::pow(10.0, MinimumExponent + double(step) / CostView::StepsPerDecade);
    const double unit = std::pow(10.0, std::floor(std::log10(exact)) - 1);
    return std::round(exact / unit) * unit;
}

// The text field's form of a volume: what VolumeParser reads back in any locale ("250M", "1.234M"), so
// pressing Enter on a volume the view wrote never fails. Format::tokens would write "1,3B" in German.
QString volumeText(double tokens)
{
    static const char *const suffixes[] = {"", "K", "M", "B", "T"};
    int index = 0;
    while (index < 4 && tokens >= 1000) {
        tokens /= 1000;
        ++index;
    }
    return QString::number(tokens, 'g', 6) + QLatin1String(suffixes[index]);
}

int stepOfVolume(double tokens)
{
    return std::clamp(int(std::lround((std::log10(tokens) - MinimumExponent) * CostView::StepsPerDecade)), 0,
                      SliderSteps);
}

// Axis labels at powers of ten: "$0.1", "$1", "$100", "$10k", "$1M".
QString htmlList(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString html = QStringLiteral("<ul style=\"margin-left: 12px; -qt-list-indent: 0\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

CostView::CostView(QWidget *parent)
    : QWidget(parent)
    , m_volumeSlider(new QSlider(Qt::Horizontal, this))
    , m_volumeEdit(new QLineEdit(this))
    , m_volumeErrorLabel(new QLabel(this))
    , m_modelNames(new ModelNameListModel(this))
    , m_modelCombo(new QComboBox(this))
    , m_configList(new QListWidget(this))
    , m_apiList(new QListWidget(this))
    , m_utilisationSpin(new QDoubleSpinBox(this))
    , m_inputRatioSpin(new QDoubleSpinBox(this))
    , m_outputRatioSpin(new QDoubleSpinBox(this))
    , m_ownershipCombo(new QComboBox(this))
    , m_amortisationSpin(new QSpinBox(this))
    , m_powerPriceSpin(new QDoubleSpinBox(this))
    , m_fitLabel(new QLabel(this))
    , m_chart(new CostChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_optionsModel(new CostTableModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QTextBrowser(this))
    , m_summaryTimer(new QTimer(this))
    , m_auditModel(new QuotedCostAuditModel(this))
    , m_auditTable(new QTableView(this))
{
    setObjectName(QStringLiteral("costView"));
    ChartStyle::setUp(m_chartView, QSize(420, 240));
    m_chartView->setObjectName(QStringLiteral("costChart"));
    m_chartView->setAccessibleName(tr("Monthly cost against volume"));
    m_toolTip = new ChartToolTip(m_chartView);
    m_chartView->setToolTip(tr("Monthly cost of each checked option against the monthly volume, both on "
                               "logarithmic scales; hover a line or a point for its figures"));

    m_table->setObjectName(QStringLiteral("costTable"));
    m_table->setAccessibleName(tr("Options at this volume"));
    // The chart's alternative for the keyboard and screen readers: the slider moves the volume it reads at.
    m_table->setAccessibleDescription(tr("The chart at the chosen volume, as a table: each option's monthly cost, "
                                         "cost per million tokens, capacity and feasibility"));
    m_table->setToolTip(tr("Every checked option priced at the chosen volume, cheapest first; the cheapest "
                           "feasible one is in bold"));
    m_table->setModel(m_optionsModel);
    configureTable(m_table, [](int column) {
        switch (CostTableModel::Column(column)) {
        case CostTableModel::Kind: return tr("Self-host");
        case CostTableModel::MonthlyUsd: return Format::usd(8888888);
        case CostTableModel::UsdPerMillion: return Format::usd(888.88);
        case CostTableModel::CapacityTokens: return tr("unlimited");
        case CostTableModel::Utilisation: return QStringLiteral("100%");
        case CostTableModel::Replicas: return QStringLiteral("8888");
        case CostTableModel::Feasible: return tr("yes");
        default: return QString(); // the option's name fits its contents, the note takes the rest
        }
    });
    m_table->horizontalHeader()->setSectionResizeMode(CostTableModel::Option, QHeaderView::ResizeToContents);

    m_auditTable->setObjectName(QStringLiteral("quotedCostAuditTable"));
    m_auditTable->setAccessibleName(tr("The article's cost scenarios, audited"));
    m_auditTable->setToolTip(tr("The article's four cost scenarios as printed, what the cost model gives for "
                                "the same API or GPUs with the assumptions on the left, and the audit's "
                                "verdict"));
    m_auditTable->setModel(m_auditModel);
    configureTable(m_auditTable, [](int) { return QString(); });
    // Four rows whose figures change only with the assumptions: every column fits its contents, and the
    // audit's sentences take what is left (their tool tips hold them whole).
    for (int column = 0; column < QuotedCostAuditModel::Findings; ++column)
        m_auditTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Every quoted scenario is about the same volume; the row's tool tip and the audit sentences say it.
    m_auditTable->setColumnHidden(QuotedCostAuditModel::TokensPerMonth, true);

    // A document, not a word-wrapped label in a scroll area: the summary changes at every slider step, and
    // a label lays its text out again for each size the layouts ask it about (most of a step's frame).
    m_summary->setObjectName(QStringLiteral("costSummaryArea"));
    m_summary->setAccessibleName(tr("Cost summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summaryTimer->setSingleShot(true);
    connect(m_summaryTimer, &QTimer::timeout, this, &CostView::writeSummary);

    // The article's scenarios sit beside the summary of the computed options, under the table of them.
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setObjectName(QStringLiteral("costBottomSplitter"));
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(m_summary);
    bottom->addWidget(m_auditTable);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setSizes({300, 640});

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("costSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    // The chart first; the table shows the article's presets and APIs without scrolling, the scenarios
    // their four rows.
    splitter->setSizes({320, 10 * m_table->verticalHeader()->defaultSectionSize() + 8, 150});

    auto *right = new QVBoxLayout;
    right->addWidget(createVolumeRow());
    right->addWidget(splitter, 1);

    QScrollArea *controls =
        ControlColumn::create(createControls(), QStringLiteral("costControls"), tr("Cost assumptions and choices"), this);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addLayout(right, 1);

    // Tab reads the page as it is laid out: the choices and assumptions down the left column, then the
    // volume, the chart and the tables under it. (Moving widgets into layouts left the chain in creation
    // order.) The left column's scroll area follows the focus on its own, so it is no stop of its own.
    controls->setFocusPolicy(Qt::NoFocus);
    const QList<QWidget *> tabOrder{m_modelCombo,      m_configList,       m_apiList,        m_utilisationSpin,
                                    m_inputRatioSpin,  m_outputRatioSpin,  m_ownershipCombo, m_amortisationSpin,
                                    m_powerPriceSpin,  m_volumeSlider,     m_volumeEdit,     m_chartView,
                                    m_table,           m_summary,          m_auditTable};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_volumeSlider, &QSlider::valueChanged, this, &CostView::sliderMoved);
    connect(m_volumeEdit, &QLineEdit::textEdited, this, &CostView::volumeTextEdited);
    connect(m_volumeEdit, &QLineEdit::editingFinished, this, &CostView::volumeTextEntered);
    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &CostView::modelChosen);
    connect(m_configList, &QListWidget::itemChanged, this, &CostView::rebuild);
    connect(m_apiList, &QListWidget::itemChanged, this, &CostView::rebuild);
    connect(m_utilisationSpin, &QDoubleSpinBox::valueChanged, this, &CostView::rebuild);
    connect(m_inputRatioSpin, &QDoubleSpinBox::valueChanged, this, &CostView::rebuild);
    connect(m_outputRatioSpin, &QDoubleSpinBox::valueChanged, this, &CostView::rebuild);
    connect(m_ownershipCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateAssumptionControls();
        rebuild();
    });
    connect(m_amortisationSpin, &QSpinBox::valueChanged, this, &CostView::rebuild);
    connect(m_powerPriceSpin, &QDoubleSpinBox::valueChanged, this, &CostView::rebuild);
    connect(m_chart, &CostChart::pointHovered, this, [this](QXYSeries *series, const QPointF &point, bool state) {
        if (state)
            m_toolTip->enter(series, 0, m_chart->toolTipAt(series, point));
        else
            m_toolTip->leave(series, 0);
    });
    connect(m_chart, &CostChart::redrawn, this, [this] { m_chartView->setAccessibleDescription(m_chart->title()); });

    applyChartTheme();
    updateAssumptionControls();
    rebuild();
}

QWidget *CostView::createVolumeRow()
{
    auto *row = new QWidget(this);

    m_volumeSlider->setObjectName(QStringLiteral("volumeSlider"));
    m_volumeSlider->setAccessibleName(tr("Monthly token volume"));
    m_volumeSlider->setToolTip(tr("Tokens a month, input and output together, on a logarithmic scale from "
                                  "1M to 100B; Page Up and Page Down move by a factor of ten"));
    // Integer steps of a twentieth of a decade: volumes span five orders of magnitude.
    m_volumeSlider->setRange(0, SliderSteps);
    m_volumeSlider->setSingleStep(1);
    m_volumeSlider->setPageStep(StepsPerDecade);
    m_volumeSlider->setTickPosition(QSlider::TicksBelow);
    m_volumeSlider->setTickInterval(StepsPerDecade);
    m_volumeSlider->setValue(stepOfVolume(m_volume));

    m_volumeEdit->setObjectName(QStringLiteral("volumeEdit"));
    m_volumeEdit->setAccessibleName(tr("Monthly token volume as text"));
    m_volumeEdit->setToolTip(tr("Type a volume such as 250M, 1.5B or 2e9 and press Enter"));
    m_volumeEdit->setText(volumeText(m_volume));
    m_volumeEdit->setMaxLength(int(VolumeParser::MaximumLength));
    m_volumeEdit->setFixedWidth(m_volumeEdit->fontMetrics().horizontalAdvance(QStringLiteral("88.88888M")) +
                                16);

    m_volumeErrorLabel->setObjectName(QStringLiteral("volumeErrorLabel"));
    m_volumeErrorLabel->setAccessibleName(tr("Volume error"));
    m_volumeErrorLabel->setToolTip(
        tr("Why the typed volume was not used; the last valid volume still applies"));
    m_volumeErrorLabel->setWordWrap(true);
    m_volumeErrorLabel->setStyleSheet(QStringLiteral("color: #b02020"));
    m_volumeErrorLabel->hide();

    auto *label = new QLabel(tr("Vol&ume:"), row);
    label->setBuddy(m_volumeSlider);
    auto *edges = new QHBoxLayout;
    auto *low = new QLabel(Format::tokens(MinimumVolume), row);
    auto *high = new QLabel(Format::tokens(MaximumVolume), row);

    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label, 0, 0);
    edges->addWidget(low);
    edges->addWidget(m_volumeSlider, 1);
    edges->addWidget(high);
    grid->addLayout(edges, 0, 1);
    grid->addWidget(m_volumeEdit, 0, 2);
    grid->addWidget(new QLabel(tr("tokens a month"), row), 0, 3);
    grid->addWidget(m_volumeErrorLabel, 1, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    return row;
}

QWidget *CostView::createControls()
{
    auto *panel = new QWidget;

    m_modelCombo->setModel(m_modelNames);
    m_modelCombo->setObjectName(QStringLiteral("costModelCombo"));
    m_modelCombo->setAccessibleName(tr("Model"));
    m_modelCombo->setToolTip(tr("The open-weight model self-hosted on the GPU configurations"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setMinimumContentsLength(16);

    const int rowHeight = m_configList->fontMetrics().height() + 4;
    m_configList->setObjectName(QStringLiteral("costConfigList"));
    m_configList->setAccessibleName(tr("GPU configurations to compare"));
    m_configList->setToolTip(tr("Checked configurations get a line and a row; the article's presets are "
                                "checked at first"));
    m_configList->setFixedHeight(5 * rowHeight + 2 * m_configList->frameWidth() + 4);

    m_apiList->setObjectName(QStringLiteral("costApiList"));
    m_apiList->setAccessibleName(tr("APIs to compare"));
    m_apiList->setToolTip(tr("Checked APIs get a line and a row; APIs serving the model and those the "
                             "article's cost table names are checked at first"));
    m_apiList->setFixedHeight(7 * rowHeight + 2 * m_apiList->frameWidth() + 4);
    // Long API names are elided (their tool tips say them whole) rather than scrolled sideways.
    m_apiList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_apiList->setResizeMode(QListView::Adjust);

    m_utilisationSpin->setObjectName(QStringLiteral("costUtilisationSpin"));
    m_utilisationSpin->setAccessibleName(tr("Average GPU utilisation"));
    m_utilisationSpin->setToolTip(tr("Share of a configuration's peak throughput used on average over the "
                                     "month: traffic has peaks and quiet hours"));
    m_utilisationSpin->setRange(0.05, 1.0);
    m_utilisationSpin->setSingleStep(0.05);
    m_utilisationSpin->setDecimals(2);
    m_utilisationSpin->setValue(m_assumptions.utilisation);

    m_inputRatioSpin->setObjectName(QStringLiteral("inputRatioSpin"));
    m_inputRatioSpin->setAccessibleName(tr("Input share of the token mix"));
    m_inputRatioSpin->setToolTip(tr("Input (prompt) tokens per output token's share: APIs price the two "
                                    "sides differently"));
    m_outputRatioSpin->setObjectName(QStringLiteral("outputRatioSpin"));
    m_outputRatioSpin->setAccessibleName(tr("Output share of the token mix"));
    m_outputRatioSpin->setToolTip(tr("Output (generated) tokens' share of the mix"));
    for (QDoubleSpinBox *spin : {m_inputRatioSpin, m_outputRatioSpin}) {
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSingleStep(1);
    }
    m_inputRatioSpin->setValue(m_assumptions.inputRatio);
    m_outputRatioSpin->setValue(m_assumptions.outputRatio);

    m_ownershipCombo->setObjectName(QStringLiteral("ownershipCombo"));
    m_ownershipCombo->setAccessibleName(tr("Rent or own the GPUs"));
    m_ownershipCombo->setToolTip(tr("Rent: GPUs × cloud price per hour × 730 hours. Own: purchase price "
                                    "spread over the amortisation period, plus power at full TDP"));
    m_ownershipCombo->addItem(tr("Rent (cloud, per hour)"), int(Ownership::Rent));
    m_ownershipCombo->addItem(tr("Own (buy and amortise)"), int(Ownership::Own));

    m_amortisationSpin->setObjectName(QStringLiteral("amortisationSpin"));
    m_amortisationSpin->setAccessibleName(tr("Amortisation period in months"));
    m_amortisationSpin->setToolTip(tr("Owned GPUs: the purchase price is spread over this many months"));
    m_amortisationSpin->setRange(1, 120);
    m_amortisationSpin->setSuffix(tr(" months"));
    m_amortisationSpin->setValue(m_assumptions.amortisationMonths);

    m_powerPriceSpin->setObjectName(QStringLiteral("powerPriceSpin"));
    m_powerPriceSpin->setAccessibleName(tr("Power price per kilowatt-hour"));
    m_powerPriceSpin->setToolTip(
        tr("Owned GPUs draw their full TDP all month at this price: an upper bound"));
    m_powerPriceSpin->setRange(0, 2);
    m_powerPriceSpin->setDecimals(2);
    m_powerPriceSpin->setSingleStep(0.01);
    // Dollars placed as Format::usd places them in this language: "$0.15 /kWh", "0,15 $/kWh".
    const QString onePrice = Format::usd(1, 0);
    const bool symbolFirst = onePrice.startsWith(QLatin1Char('$'));
    m_powerPriceSpin->setPrefix(symbolFirst ? onePrice.left(onePrice.indexOf(QLatin1Char('1'))) : QString());
    m_powerPriceSpin->setSuffix(symbolFirst ? tr(" /kWh")
                                            : onePrice.mid(onePrice.indexOf(QLatin1Char('1')) + 1) + QStringLiteral("/kWh"));
    m_powerPriceSpin->setValue(m_assumptions.powerUsdPerKwh);

    m_fitLabel->setObjectName(QStringLiteral("costFitLabel"));
    m_fitLabel->setWordWrap(true);
    m_fitLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *compareBox = new QGroupBox(tr("Compare"), panel);
    auto *compareLayout = new QVBoxLayout(compareBox);
    auto *modelForm = new QFormLayout;
    modelForm->setContentsMargins(0, 0, 0, 0);
    modelForm->addRow(tr("Mode&l:"), m_modelCombo);
    compareLayout->addLayout(modelForm);
    auto *configLabel = new QLabel(tr("GPU co&nfigurations:"), compareBox);
    configLabel->setBuddy(m_configList);
    compareLayout->addWidget(configLabel);
    compareLayout->addWidget(m_configList);
    auto *apiLabel = new QLabel(tr("API&s:"), compareBox);
    apiLabel->setBuddy(m_apiList);
    compareLayout->addWidget(apiLabel);
    compareLayout->addWidget(m_apiList);

    auto *assumptionsBox = new QGroupBox(tr("Assumptions"), panel);
    auto *form = new QFormLayout(assumptionsBox);
    form->addRow(tr("U&tilisation:"), m_utilisationSpin);
    auto *ratioRow = new QHBoxLayout;
    ratioRow->addWidget(m_inputRatioSpin, 1);
    ratioRow->addWidget(new QLabel(tr(":"), assumptionsBox));
    ratioRow->addWidget(m_outputRatioSpin, 1);
    form->addRow(tr("&In : out:"), ratioRow);
    // The form's label names the first spin box for mnemonics; a row layout cannot be a buddy.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(ratioRow)))
        label->setBuddy(m_inputRatioSpin);
    form->addRow(tr("G&PUs:"), m_ownershipCombo);
    form->addRow(tr("Amo&rtise over:"), m_amortisationSpin);
    form->addRow(tr("Po&wer:"), m_powerPriceSpin);
    form->addRow(m_fitLabel);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(compareBox);
    layout->addWidget(assumptionsBox);
    layout->addStretch(1);
    return panel;
}

void CostView::configureTable(QTableView *table, const std::function<QString(int)> &widestText)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table for the next control instead of walking its cells (arrow keys do that).
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    // Figures change while the slider moves: columns get the width of their widest possible text once,
    // so they do not jump from step to step.
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 12;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        const QString text = widestText(column);
        if (text.isEmpty())
            continue;
        table->setColumnWidth(column, std::max(table->horizontalHeader()->sectionSizeHint(column),
                                               table->fontMetrics().horizontalAdvance(text) + padding));
    }
}

void CostView::setDataset(const Dataset *dataset)
{
    m_dataset = dataset;
    fillModelCombo();
    fillConfigurationList();
    fillApiList();
    m_modelId = m_modelCombo->currentData().toLongLong();
    m_auditModel->setDataset(m_dataset);
    rebuild();
}

void CostView::setFitParameters(const FitParameters &parameters)
{
    m_assumptions.fit = parameters;
    rebuild();
}

void CostView::setCurrentModel(qint64 modelId)
{
    const int index = m_modelNames->rowOf(modelId);
    if (index >= 0)
        m_modelCombo->setCurrentIndex(index);
}

void CostView::setVolume(double tokensPerMonth)
{
    if (!std::isfinite(tokensPerMonth))
        return;
    const double volume = std::clamp(tokensPerMonth, MinimumVolume, MaximumVolume);
    m_volumeEdit->setText(volumeText(volume));
    applyVolume(volume);
}

void CostView::showSettings(qint64 modelId, const QList<GpuConfiguration> &configurations,
                            const QList<qint64> &apiIds, const CostAssumptions &assumptions, double tokensPerMonth)
{
    if (!m_dataset)
        return;
    {
        // Every control at once, then one recomputation rather than one for each.
        const QSignalBlocker blockModel(m_modelCombo);
        const QSignalBlocker blockConfigurations(m_configList);
        const QSignalBlocker blockApis(m_apiList);
        const QSignalBlocker blockUtilisation(m_utilisationSpin);
        const QSignalBlocker blockInput(m_inputRatioSpin);
        const QSignalBlocker blockOutput(m_outputRatioSpin);
        const QSignalBlocker blockOwnership(m_ownershipCombo);
        const QSignalBlocker blockAmortisation(m_amortisationSpin);
        const QSignalBlocker blockPower(m_powerPriceSpin);
        if (const int index = m_modelNames->rowOf(modelId); index >= 0)
            m_modelCombo->setCurrentIndex(index);
        m_modelId = m_modelCombo->currentData().toLongLong();

        QList<GpuConfiguration> unnamed = configurations;
        for (int row = 0; row < m_configList->count(); ++row) {
            QListWidgetItem *item = m_configList->item(row);
            const int index = item->data(Qt::UserRole).toInt();
            const GpuConfigurationRecord *record = index >= 0 ? &m_dataset->gpuConfigurations.at(index) : nullptr;
            const auto match = std::find_if(unnamed.begin(), unnamed.end(), [record](const GpuConfiguration &c) {
                return record && c.gpu.id == record->gpuId && c.count == record->count;
            });
            item->setCheckState(match != unnamed.end() ? Qt::Checked : Qt::Unchecked);
            if (match != unnamed.end())
                unnamed.erase(match);
        }
        for (const GpuConfiguration &configuration : std::as_const(unnamed)) {
            auto *item = new QListWidgetItem(configuration.name(), m_configList);
            item->setData(Qt::UserRole, -1);
            item->setData(GpuIdRole, configuration.gpu.id);
            item->setData(GpuCountRole, configuration.count);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        for (int row = 0; row < m_apiList->count(); ++row) {
            QListWidgetItem *item = m_apiList->item(row);
            item->setCheckState(apiIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked
                                                                                       : Qt::Unchecked);
        }
        m_utilisationSpin->setValue(assumptions.utilisation);
        m_inputRatioSpin->setValue(assumptions.inputRatio);
        m_outputRatioSpin->setValue(assumptions.outputRatio);
        m_ownershipCombo->setCurrentIndex(std::max(m_ownershipCombo->findData(int(assumptions.ownership)), 0));
        m_amortisationSpin->setValue(assumptions.amortisationMonths);
        m_powerPriceSpin->setValue(assumptions.powerUsdPerKwh);
    }
    updateAssumptionControls();
    m_assumptions.fit = assumptions.fit;
    rebuild();
    setVolume(tokensPerMonth);
}

void CostView::fillModelCombo()
{
    const qint64 previous = m_modelCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_modelCombo);
    m_modelNames->setDataset(m_dataset);
    if (!m_dataset)
        return;
    qint64 preferred = previous;
    if (m_modelNames->rowOf(preferred) < 0) {
        const ModelRecord *model = CostDefaults::model(*m_dataset);
        preferred = model ? model->id : 0;
    }
    m_modelCombo->setCurrentIndex(std::max(m_modelNames->rowOf(preferred), 0));
}

void CostView::fillConfigurationList()
{
    QSet<QString> unchecked; // keep the user's choices across a reload
    for (int row = 0; row < m_configList->count(); ++row) {
        if (m_configList->item(row)->checkState() == Qt::Unchecked)
            unchecked.insert(m_configList->item(row)->text());
    }
    const bool first = m_configList->count() == 0;
    const QSignalBlocker blocker(m_configList);
    m_configList->clear();
    if (!m_dataset)
        return;
    // The article's presets first, checked; the user's own configurations after them.
    for (const bool presets : {true, false}) {
        for (qsizetype i = 0; i < m_dataset->gpuConfigurations.size(); ++i) {
            const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(i);
            const GpuRecord *gpu = m_dataset->gpu(record.gpuId);
            if (record.preset != presets || !gpu)
                continue;
            auto *item = new QListWidgetItem(record.name, m_configList);
            item->setData(Qt::UserRole, int(i));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool checked = first ? record.preset : !unchecked.contains(record.name);
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            const GpuConfiguration config{*gpu, record.count};
            QStringList tip{
                tr("%1: %2 of memory").arg(config.name(), Format::gigabytes(config.memoryBytes()))};
            if (gpu->cloudUsdPerHour) {
                tip << tr("Rent: %1 an hour per GPU (as of %2)")
                           .arg(Format::usd(*gpu->cloudUsdPerHour), gpu->cloudPriceAsOf);
            }
            if (gpu->streetPriceUsd)
                tip << tr("Buy: %1 per GPU").arg(Format::usd(*gpu->streetPriceUsd));
            item->setToolTip(tip.join(QLatin1Char('\n')));
        }
    }
}

void CostView::fillApiList()
{
    QHash<qint64, Qt::CheckState> previous;
    for (int row = 0; row < m_apiList->count(); ++row) {
        const QListWidgetItem *item = m_apiList->item(row);
        previous.insert(item->data(Qt::UserRole).toLongLong(), item->checkState());
    }
    const QSignalBlocker blocker(m_apiList);
    m_apiList->clear();
    if (!m_dataset)
        return;
    const qint64 modelId = m_modelCombo->currentData().toLongLong();
    for (const ApiPriceRecord &api : m_dataset->apiPrices) {
        auto *item = new QListWidgetItem(tr("%1 %2").arg(api.provider, api.modelName), m_apiList);
        item->setData(Qt::UserRole, api.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        // Unless the user chose, the default APIs for the model.
        const bool byDefault = CostDefaults::isDefaultApi(*m_dataset, api, modelId);
        item->setCheckState(previous.value(api.id, byDefault ? Qt::Checked : Qt::Unchecked));
        QString tip = tr("%1 in / %2 out per million tokens, as of %3")
                          .arg(Format::usd(api.inputUsdPerMtok), Format::usd(api.outputUsdPerMtok), api.asOf);
        if (api.modelId) {
            if (const ModelRecord *model = m_dataset->model(*api.modelId))
                tip += QLatin1Char('\n') + tr("Serves %1").arg(model->name);
        }
        if (!api.notes.isEmpty())
            tip += QLatin1Char('\n') + api.notes;
        item->setToolTip(tip);
    }
}

void CostView::modelChosen()
{
    const qint64 modelId = m_modelCombo->currentData().toLongLong();
    if (m_dataset && modelId != m_modelId) {
        // The default APIs of the previous model make way for those of the new one; the others stay as
        // chosen.
        const QSignalBlocker blocker(m_apiList);
        for (int row = 0; row < m_apiList->count(); ++row) {
            QListWidgetItem *item = m_apiList->item(row);
            const ApiPriceRecord *api = m_dataset->apiPrice(item->data(Qt::UserRole).toLongLong());
            if (!api)
                continue;
            const bool wanted = CostDefaults::isDefaultApi(*m_dataset, *api, modelId);
            if (wanted)
                item->setCheckState(Qt::Checked);
            else if (CostDefaults::isDefaultApi(*m_dataset, *api, m_modelId))
                item->setCheckState(Qt::Unchecked);
        }
    }
    m_modelId = modelId;
    rebuild();
}

void CostView::readAssumptions()
{
    m_assumptions.utilisation = m_utilisationSpin->value();
    m_assumptions.inputRatio = m_inputRatioSpin->value();
    m_assumptions.outputRatio = m_outputRatioSpin->value();
    m_assumptions.ownership = Ownership(m_ownershipCombo->currentData().toInt());
    m_assumptions.amortisationMonths = m_amortisationSpin->value();
    m_assumptions.powerUsdPerKwh = m_powerPriceSpin->value();
    const FitParameters &fit = m_assumptions.fit;
    m_fitLabel->setText(tr("Fit and throughput at %1 weights with %2 tokens of context per sequence, "
                           "batched up to %3 sequences.")
                            .arg(fit.quantName, Format::contextTokens(fit.contextTokens),
                                 QString::number(m_assumptions.maxBatch)));
}

void CostView::updateAssumptionControls()
{
    // Amortisation and power only price owned GPUs; rent includes both.
    const bool own = Ownership(m_ownershipCombo->currentData().toInt()) == Ownership::Own;
    m_amortisationSpin->setEnabled(own);
    m_powerPriceSpin->setEnabled(own);
}

void CostView::sliderMoved(int step)
{
    const double volume = volumeOfStep(step);
    m_volumeEdit->setText(volumeText(volume));
    applyVolume(volume);
}

void CostView::volumeTextEdited()
{
    // The message was about the text being replaced; a new one comes when this text is entered.
    showVolumeError(QString());
}

void CostView::volumeTextEntered()
{
    QString error;
    const std::optional<double> volume = VolumeParser::parse(m_volumeEdit->text().trimmed(), &error);
    if (!volume) {
        showVolumeError(error);
        return;
    }
    if (*volume < MinimumVolume || *volume > MaximumVolume) {
        showVolumeError(tr("%1 tokens a month is outside the range compared here, %2 to %3.")
                            .arg(Format::tokens(*volume), Format::tokens(MinimumVolume),
                                 Format::tokens(MaximumVolume)));
        return;
    }
    // The typed text stays as typed: "1.234M" is more exact than any rounding of it.
    applyVolume(*volume);
}

void CostView::showVolumeError(const QString &message)
{
    const bool invalid = !message.isEmpty();
    m_volumeErrorLabel->setText(message);
    m_volumeErrorLabel->setVisible(invalid);
    m_volumeEdit->setProperty("invalid", invalid);
    m_volumeEdit->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 2px solid #d55e00; }")
                                        : QString());
    m_volumeEdit->setAccessibleDescription(message);
}

void CostView::applyVolume(double tokensPerMonth)
{
    showVolumeError(QString());
    {
        // The slider shows the nearest step; the volume itself stays exact.
        const QSignalBlocker blocker(m_volumeSlider);
        m_volumeSlider->setValue(stepOfVolume(tokensPerMonth));
    }
    if (tokensPerMonth == m_volume)
        return;
    m_volume = tokensPerMonth;
    recomputeAtVolume();
    emit volumeChanged(m_volume);
}

const ModelRecord *CostView::currentModel() const
{
    return m_dataset ? m_dataset->model(m_modelCombo->currentData().toLongLong()) : nullptr;
}

QList<GpuConfiguration> CostView::checkedConfigurations() const
{
    QList<GpuConfiguration> configurations;
    for (int row = 0; m_dataset && row < m_configList->count(); ++row) {
        const QListWidgetItem *item = m_configList->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const int index = item->data(Qt::UserRole).toInt();
        const qint64 gpuId =
            index >= 0 ? m_dataset->gpuConfigurations.at(index).gpuId : item->data(GpuIdRole).toLongLong();
        const int count = index >= 0 ? m_dataset->gpuConfigurations.at(index).count : item->data(GpuCountRole).toInt();
        if (const GpuRecord *gpu = m_dataset->gpu(gpuId))
            configurations.append(GpuConfiguration{*gpu, count});
    }
    return configurations;
}

QList<ApiPriceRecord> CostView::checkedApis() const
{
    QList<ApiPriceRecord> apis;
    for (int row = 0; m_dataset && row < m_apiList->count(); ++row) {
        const QListWidgetItem *item = m_apiList->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        if (const ApiPriceRecord *api = m_dataset->apiPrice(item->data(Qt::UserRole).toLongLong()))
            apis.append(*api);
    }
    return apis;
}

void CostView::rebuild()
{
    readAssumptions();
    m_auditModel->setAssumptions(m_assumptions);
    const ModelRecord *model = currentModel();
    if (model) {
        m_comparison = CostComparison::compute(*model, checkedConfigurations(), checkedApis(), m_dataset->gpus,
                                               m_volume, m_assumptions);
    } else {
        m_comparison = CostComparison{};
        m_comparison.tokensPerMonth = m_volume;
    }
    m_chart->setComparison(m_dataset, model, m_comparison, m_assumptions);
    m_optionsModel->setOptions(m_comparison.options);
    updateSummary();
}

void CostView::recomputeAtVolume()
{
    const ModelRecord *model = currentModel();
    if (!model)
        return;
    m_comparison = CostComparison::compute(*model, checkedConfigurations(), checkedApis(), m_dataset->gpus,
                                           m_volume, m_assumptions);
    m_optionsModel->setOptions(m_comparison.options);
    m_chart->setVolume(m_comparison);
    updateSummary();
}

void CostView::updateSummary()
{
    m_summaryTimer->start();
}

void CostView::writeSummary()
{
    const ModelRecord *model = currentModel();
    if (!model) {
        m_summary->setPlainText(tr("No model to compare."));
        return;
    }
    const QString volume = Format::tokens(m_volume);
    QString html;
    if (m_comparison.cheapestIndex >= 0) {
        const CostOption &best = m_comparison.options.at(m_comparison.cheapestIndex);
        html += QStringLiteral("<p>")
                + tr("At <b>%1</b> tokens a month the cheapest option checked is <b>%2</b>: %3 a month (%4 "
                     "per million tokens).")
                      .arg(volume, best.label.toHtmlEscaped(), Format::usd(best.monthlyUsd),
                           Format::usd(best.usdPerMillionTokens))
                + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>") +
                tr("None of the checked options can serve %1 tokens a month.").arg(volume) +
                QStringLiteral("</p>");
    }
    const QString how = m_assumptions.ownership == Ownership::Rent ? tr("rented") : tr("owned");
    if (const std::optional<CostOption> &search = m_comparison.cheapestSearch) {
        const QString copies = search->replicas == 1
                                   ? tr("one copy")
                                   : tr("%1 copies").arg(QLocale().toString(search->replicas));
        html += QStringLiteral("<p>") +
                tr("The cheapest GPUs for %1 at this volume, over every GPU type × 1–8 %2: <b>%3</b>, %4 "
                   "a month (%5).")
                    .arg(model->name.toHtmlEscaped(), how, search->configuration.name().toHtmlEscaped(),
                         Format::usd(search->monthlyUsd), copies) +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>") +
                tr("No configuration of up to 8 GPUs of one type (%1) can serve %2.")
                    .arg(how, model->name.toHtmlEscaped()) +
                QStringLiteral("</p>");
    }
    // Crossings first: they are the answer people look for; "never" sentences follow.
    QStringList crossing;
    QStringList never;
    for (const CostComparison::BreakEvenPair &pair : std::as_const(m_comparison.breakEvens))
        (pair.breakEven.tokensPerMonth ? crossing : never) << pair.breakEven.reason.toHtmlEscaped();
    if (!crossing.isEmpty() || !never.isEmpty())
        html += QStringLiteral("<p><b>") + tr("Break-even") + QStringLiteral("</b></p>") +
                htmlList(crossing + never);
    if (const QStringList undrawn = m_chart->undrawn(); !undrawn.isEmpty()) {
        QStringList names;
        for (const QString &label : undrawn)
            names << label.toHtmlEscaped();
        html += QStringLiteral("<p>")
                + tr("Not drawn, not feasible at any volume (the table says why): %1.")
                      .arg(names.join(QStringLiteral(", ")))
                + QStringLiteral("</p>");
    }
    m_summary->setHtml(html);
}

CostChart *CostView::chart() const
{
    return m_chart;
}

void CostView::applyChartTheme()
{
    m_chart->applyTheme(palette(), font());
}

void CostView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyChartTheme();
    QWidget::changeEvent(event);
}
