#include "views/pages/measurementsview.h"

#include "models/core/dataset.h"
#include "models/itemmodels/measurementtablemodel.h"
#include "views/charts/chartstyle.h"
#include "views/charts/measurementchart.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

MeasurementsView::MeasurementsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new MeasurementTableModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_quantity(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_chart(new MeasurementChart)
    , m_chartView(new QChartView(m_chart, this)) // the view owns the chart
{
    setObjectName(QStringLiteral("measurementsView"));

    m_emptyState->setObjectName(QStringLiteral("measurementsEmptyState"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setTextFormat(Qt::RichText);
    m_emptyState->setText(
        tr("<p><b>No measured runs yet.</b></p>"
           "<p>Import your own benchmark results with <b>File &gt; Import…</b>: llama-bench output "
           "(<tt>-o json</tt>, <tt>jsonl</tt> or <tt>csv</tt>), a <tt>vllm bench serve --save-result</tt> file, "
           "or an LLM Atlas measurements CSV or JSON. On the command line:<br>"
           "<tt>llm-atlas import FILE --kind measurements</tt></p>"
           "<p>Each run is shown beside its estimate with the error, and calibrates the speed estimates for "
           "its GPU type.</p>"));
    m_emptyState->setFixedWidth(600); // a paragraph, not a line across a wide window (the window is wider)

    m_summary->setObjectName(QStringLiteral("measurementsSummary"));
    m_summary->setWordWrap(true);
    m_quantity->setObjectName(QStringLiteral("measurementsQuantity"));
    m_quantity->setAccessibleName(tr("Quantity charted"));
    m_quantity->addItem(tr("Decode speed"), int(MeasurementTableModel::Quantity::Decode));
    m_quantity->addItem(tr("Prefill speed"), int(MeasurementTableModel::Quantity::Prefill));
    m_quantity->addItem(tr("Peak memory"), int(MeasurementTableModel::Quantity::Memory));
    connect(m_quantity, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setQuantity(MeasurementTableModel::Quantity(m_quantity->currentData().toInt()));
    });

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RecordTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("measurementsTable"));
    m_table->setAccessibleName(tr("Measured runs"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // as imported until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_chartView->setObjectName(QStringLiteral("measurementsChart"));
    m_chartView->setAccessibleName(tr("Estimated against measured"));
    m_chartView->setAccessibleDescription(
        tr("Each run as a point at its measured and its estimated figure, one colour per GPU type; the line is "
           "where they agree, and points above it were overestimated. The table lists the same runs."));
    ChartStyle::setUp(m_chartView, QSize(400, 320));
    m_chart->setModel(m_model);
    m_chart->applyTheme(palette(), font());

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    auto *quantityLabel = new QLabel(tr("Sho&w:"), content);
    quantityLabel->setBuddy(m_quantity);
    top->addWidget(quantityLabel);
    top->addWidget(m_quantity);
    contentLayout->addLayout(top);
    // Side by side: a scatter of estimate against measurement reads best about as tall as it is wide.
    auto *splitter = new QSplitter(Qt::Horizontal, content);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chartView);
    splitter->setSizes({3000, 2000}); // shares of whatever width the page gets
    splitter->setChildrenCollapsible(false);
    contentLayout->addWidget(splitter, 1);

    auto *empty = new QWidget(this);
    // Centred by stretches, not by an alignment, which would take the wrapped text's height-for-width away.
    auto *emptyLayout = new QGridLayout(empty);
    emptyLayout->addWidget(m_emptyState, 1, 1);
    emptyLayout->setRowStretch(0, 1);
    emptyLayout->setRowStretch(2, 2);
    emptyLayout->setColumnStretch(0, 1);
    emptyLayout->setColumnStretch(2, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateSummary();
}

void MeasurementsView::setDataset(const Dataset *dataset)
{
    m_model->setDataset(dataset);
    updateSummary();
}

void MeasurementsView::updateSummary()
{
    const bool empty = m_model->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
    const Measurements::Summary &s = m_model->summary();
    m_summary->setText(s.errors == 0 ? tr("Runs: %1. None has a figure the estimates give.").arg(m_model->rowCount())
                                     : tr("Runs: %1. Median absolute error %2 %; %3 of %4 estimates within 20 %.")
                                           .arg(QLocale().toString(m_model->rowCount()),
                                                QLocale().toString(s.medianAbsoluteErrorPct, 'f', 1),
                                                QLocale().toString(s.within20Pct), QLocale().toString(s.errors)));
}

void MeasurementsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_chart->applyTheme(palette(), font());
    QWidget::changeEvent(event);
}
