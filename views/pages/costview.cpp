#include "views/pages/costview.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/core/formatting/volumeparser.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/quotedcostauditmodel.h"
#include "views/charts/chartstyle.h"
#include "views/charts/costchart.h"
#include "views/pages/charttooltip.h"
#include "views/pages/controlcolumn.h"
#include "views/pages/costcontrols.h"

#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
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
// The slider's steps are powers of ten in twentieths, rounded to two significant digits so the text field
// reads "250M" and "1.3B", not "251.19M".
double volumeOfStep(int step)
{
    const double exact = std::pow(10.0, MinimumExponent + double(step) / CostView::StepsPerDecade);
    const double unit = std::pow(10.0, std::floor(std::log10(exact)) - 1);
    return std::round(exact / unit) * unit;
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
    , m_controls(new CostControls(CostAssumptions{}, this))
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
    setUpChart();
    setUpTables();
    setUpSummary();

    // The answer beside the chart, the tables under both: at 1280x720 the cheapest option and the
    // break-evens show without scrolling, and the tables take turns in the height left.
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("costTopSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(m_chartView);
    top->addWidget(m_summary);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 1);
    top->setSizes({680, 280});

    auto *tables = new QTabWidget(this);
    tables->setObjectName(QStringLiteral("costTables"));
    tables->setDocumentMode(true);
    tables->setAccessibleName(tr("Tables"));
    tables->tabBar()->setObjectName(QStringLiteral("costTablesBar"));
    tables->tabBar()->setAccessibleName(tr("Tables"));
    // The tab bar, then the table its tab shows: a QTabWidget passes the focus on in that order itself.
    tables->addTab(m_table, tr("Options at this volume"));
    tables->addTab(m_auditTable, tr("The article's scenarios, audited"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("costSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({340, 260});

    auto *right = new QVBoxLayout;
    right->addWidget(createVolumeRow());
    right->addWidget(splitter, 1);

    QScrollArea *controls =
        ControlColumn::create(m_controls, QStringLiteral("costControls"), tr("Cost assumptions and choices"), this);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls);
    layout->addLayout(right, 1);

    // Tab reads the page as it is laid out: the column on the left (its scroll area follows the focus on
    // its own, so it is no stop of its own), then the volume, the chart, the summary beside it and the
    // tables under them.
    controls->setFocusPolicy(Qt::NoFocus);
    const QList<QWidget *> tabOrder{m_controls->lastInFocusChain(), m_volumeSlider, m_volumeEdit, m_chartView,
                                    m_summary, tables};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_volumeSlider, &QSlider::valueChanged, this, &CostView::sliderMoved);
    connect(m_volumeEdit, &QLineEdit::textEdited, this, &CostView::volumeTextEdited);
    connect(m_volumeEdit, &QLineEdit::editingFinished, this, &CostView::volumeTextEntered);
    connect(m_controls, &CostControls::changed, this, &CostView::rebuild);
    connect(m_chart, &CostChart::pointHovered, this, [this](QXYSeries *series, const QPointF &point, bool state) {
        if (state)
            m_toolTip->enter(series, 0, m_chart->toolTipAt(series, point));
        else
            m_toolTip->leave(series, 0);
    });
    connect(m_chart, &CostChart::redrawn, this, [this] { m_chartView->setAccessibleDescription(m_chart->title()); });

    applyChartTheme();
    rebuild();
}

void CostView::setUpChart()
{
    ChartStyle::setUp(m_chartView, QSize(420, 240));
    m_chartView->setObjectName(QStringLiteral("costChart"));
    m_chartView->setAccessibleName(tr("Monthly cost against volume"));
    m_toolTip = new ChartToolTip(m_chartView);
    m_chartView->setToolTip(tr("Monthly cost of each checked option against the monthly volume, both on "
                               "logarithmic scales; hover a line or a point for its figures"));
}

void CostView::setUpTables()
{
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
        case CostTableModel::TtftMs:
        case CostTableModel::TpotMs: return QStringLiteral("88,888 ms");
        case CostTableModel::LimitedBy: return ServingModel::limitingName(LimitingResource::Bandwidth);
        case CostTableModel::MeetsTargets: return tr("yes");
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
}

void CostView::setUpSummary()
{
    // A document, not a word-wrapped label in a scroll area: the summary changes at every slider step, and
    // a label lays its text out again for each size the layouts ask it about (most of a step's frame).
    m_summary->setObjectName(QStringLiteral("costSummaryArea"));
    m_summary->setAccessibleName(tr("Cost summary"));
    m_summary->setToolTip(tr("The cheapest option at the chosen volume and where the lines cross"));
    m_summary->setTabChangesFocus(true);
    m_summary->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_summary->setMinimumWidth(240);
    m_summaryTimer->setSingleShot(true);
    connect(m_summaryTimer, &QTimer::timeout, this, &CostView::writeSummary);
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
    m_volumeEdit->setText(Format::preciseTokens(m_volume));
    m_volumeEdit->setMaxLength(int(VolumeParser::MaximumLength));
    m_volumeEdit->setFixedWidth(m_volumeEdit->fontMetrics().horizontalAdvance(Format::preciseTokens(888.888e12)) +
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
    m_controls->setDataset(dataset);
    m_auditModel->setDataset(m_dataset);
    rebuild();
}

void CostView::setFitParameters(const FitParameters &parameters)
{
    m_controls->setFitParameters(parameters);
    rebuild();
}

void CostView::setCurrentModel(qint64 modelId)
{
    m_controls->setCurrentModel(modelId);
}

void CostView::setVolume(double tokensPerMonth)
{
    if (!std::isfinite(tokensPerMonth))
        return;
    const double volume = std::clamp(tokensPerMonth, MinimumVolume, MaximumVolume);
    m_volumeEdit->setText(Format::preciseTokens(volume));
    applyVolume(volume);
}

void CostView::sliderMoved(int step)
{
    const double volume = volumeOfStep(step);
    m_volumeEdit->setText(Format::preciseTokens(volume));
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
    const std::optional<double> volume = VolumeParser::parseLocalized(m_volumeEdit->text(), &error);
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
    return m_dataset ? m_dataset->model(m_controls->modelId()) : nullptr;
}

void CostView::rebuild()
{
    m_assumptions = m_controls->assumptions();
    // The team's measured runs calibrate each configuration's speeds, as in the VRAM fit tab.
    if (m_dataset)
        m_assumptions.calibrations = Measurements::fitCalibrations(*m_dataset);
    m_auditModel->setAssumptions(m_assumptions);
    const ModelRecord *model = currentModel();
    if (model) {
        // A size measured from the model's file replaces the estimate, as in the VRAM fit tab.
        m_assumptions.fit = MemoryEstimator::withMeasuredWeights(
            m_assumptions.fit, *model, m_dataset->measuredSize(model->id, m_assumptions.fit.quantName));
        m_comparison = CostComparison::compute(*model, m_controls->checkedConfigurations(), m_controls->checkedApis(),
                                               m_dataset->gpus,
                                               m_volume, m_assumptions);
    } else {
        m_comparison = CostComparison{};
        m_comparison.tokensPerMonth = m_volume;
    }
    m_chart->setComparison(m_dataset, model, m_comparison, m_assumptions);
    m_optionsModel->setOptions(m_comparison.options);
    showWorkload();
    updateSummary();
}

void CostView::showWorkload()
{
    // A workload decides the volume: the slider and the field show it and wait, keeping their own volume
    // for when the workload is turned off. The serving columns only mean something with a workload.
    const bool workload = m_assumptions.workload.has_value();
    const bool hadWorkload = !m_volumeEdit->isEnabled();
    m_volumeSlider->setEnabled(!workload);
    m_volumeEdit->setEnabled(!workload);
    if (workload || hadWorkload) {
        const double volume = workload ? m_comparison.tokensPerMonth : m_volume;
        m_volumeEdit->setText(Format::preciseTokens(volume));
        const QSignalBlocker blocker(m_volumeSlider);
        m_volumeSlider->setValue(stepOfVolume(std::clamp(volume, MinimumVolume, MaximumVolume)));
    }
    for (const int column : {CostTableModel::TtftMs, CostTableModel::TpotMs, CostTableModel::LimitedBy,
                             CostTableModel::MeetsTargets, CostTableModel::SpeedsBasis, CostTableModel::CalibrationRuns})
        m_table->setColumnHidden(column, !workload);
}

void CostView::recomputeAtVolume()
{
    const ModelRecord *model = currentModel();
    if (!model)
        return;
    m_comparison = CostComparison::compute(*model, m_controls->checkedConfigurations(), m_controls->checkedApis(),
                                               m_dataset->gpus,
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
    const QString volume = Format::tokens(m_comparison.tokensPerMonth);
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
