#include "views/charts/vramfitchart.h"

#include "models/core/formatting/format.h"
#include "models/itemmodels/fittablemodel.h"
#include "views/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

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

} // namespace

VramFitChart::VramFitChart(QGraphicsItem *parent)
    : BarListChart(MaxBars, parent)
    , m_barSeries(new QHorizontalStackedBarSeries(this))
    , m_capacitySeries(new QLineSeries(this))
    , m_measuredSeries(new QScatterSeries(this))
    , m_categoryAxis(new QBarCategoryAxis(this))
    , m_valueAxis(new QValueAxis(this))
{
    setCategoryAxis(m_categoryAxis);
    // A legend of twelve bar sets (three parts x four verdicts) would not help: a page draws two short
    // keys, and an export one made from the sets holding values.
    legend()->hide();
    setMargins(QMargins(4, 4, 12, 4));

    for (int segment = 0; segment < SegmentCount; ++segment) {
        static const char *const names[SegmentCount] = {QT_TR_NOOP("Weights"), QT_TR_NOOP("KV cache"),
                                                         QT_TR_NOOP("Overhead")};
        for (int v = 0; v < VerdictCount; ++v) {
            auto *set = new QBarSet(
                tr("%1 (%2)").arg(tr(names[segment]), MemoryEstimator::verdictName(FitVerdict(v))), m_barSeries);
            set->setObjectName(QStringLiteral("%1:%2").arg(QLatin1String(names[segment]),
                                                           MemoryEstimator::verdictKey(FitVerdict(v))));
            m_barSets.append(set);
        }
    }
    m_barSeries->append(m_barSets);
    m_barSeries->setBarWidth(0.7);
    addSeries(m_barSeries);
    addSeries(m_capacitySeries);
    m_measuredSeries->setObjectName(QStringLiteral("measuredMemory"));
    m_measuredSeries->setName(tr("Measured in your runs"));
    m_measuredSeries->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_measuredSeries->setMarkerSize(12);
    m_measuredSeries->setVisible(false);
    addSeries(m_measuredSeries);

    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setMinorTickCount(1);
    addAxis(m_valueAxis, Qt::AlignBottom);
    addAxis(m_categoryAxis, Qt::AlignLeft);
    m_categoryAxis->setGridLineVisible(false);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_barSeries),
                                    static_cast<QAbstractSeries *>(m_capacitySeries),
                                    static_cast<QAbstractSeries *>(m_measuredSeries)}) {
        series->attachAxis(m_valueAxis);
        series->attachAxis(m_categoryAxis);
    }
    restyle();
}

QColor VramFitChart::verdictColor(FitVerdict verdict)
{
    // Okabe-Ito hues: distinguishable with the common colour-vision deficiencies. The verdict is also
    // written beside every bar, so colour is never the only carrier.
    switch (verdict) {
    case FitVerdict::FitsWithRoom: return QColor(0x00, 0x9e, 0x73);
    case FitVerdict::Tight: return QColor(0xe6, 0x9f, 0x00);
    case FitVerdict::NeedsOffload: return QColor(0xcc, 0x79, 0xa7);
    case FitVerdict::DoesNotFit: return QColor(0xd5, 0x5e, 0x00);
    }
    return Qt::gray;
}

double VramFitChart::segmentFade(Segment segment)
{
    return SegmentFade[segment];
}

void VramFitChart::setRows(const FitTableModel *model, const QList<int> &rows)
{
    m_model = model;
    m_rows = rows.mid(0, MaxBars);
    rebuild();
}

void VramFitChart::setModel(const FitTableModel *model)
{
    QList<int> rows;
    for (int row = 0; model && row < std::min(model->rowCount(), int(MaxBars)); ++row)
        rows << row;
    setRows(model, rows);
}

void VramFitChart::setZoomToCapacity(bool zoom)
{
    m_zoom = zoom;
    updateAxisRange();
}

QBarSet *VramFitChart::barSet(Segment segment, FitVerdict verdict) const
{
    return m_barSets.at(int(segment) * VerdictCount + int(verdict));
}

int VramFitChart::rowOfBar(int bar) const
{
    // Qt Charts stacks categories from the bottom up (and ignores a reversed category axis for bars):
    // the first row gets the last bar, so the chart reads top-down like the table.
    if (bar < 0 || bar >= m_barRows.size())
        return -1;
    return m_barRows.at(m_barRows.size() - 1 - bar);
}

QString VramFitChart::categoryLabel(int row) const
{
    // Qt Charts draws axis labels as rich text: a model named "<img …>" must read as its name.
    const QString label = tr("%1 — %2").arg(m_model->labelAt(row).toHtmlEscaped(),
                                            MemoryEstimator::verdictName(m_model->estimateAt(row).verdict));
    // A run of the team's in this very configuration: its figure beside the estimate's bar, named as measured.
    const std::optional<double> measured = m_model->measuredVramAt(row);
    return measured ? tr("%1 — measured %2").arg(label, Format::gigabytes(*measured)) : label;
}

void VramFitChart::rebuild()
{
    // A page may have asked for rows of a model that has since lost them under a hidden chart; it sets
    // them again before the chart is seen.
    const int modelRows = m_model ? m_model->rowCount() : 0;
    m_rows.removeIf([modelRows](int row) { return row < 0 || row >= modelRows; });
    m_barRows = m_rows.mid(0, barCount());
    const int rows = int(m_barRows.size());
    QStringList categories;
    categories.reserve(rows);
    for (int bar = 0; bar < rows; ++bar)
        categories << categoryLabel(rowOfBar(bar));
    // Each bar's parts go to the sets of its verdict; the other verdicts' sets hold zero for it. The sets
    // leave the series while they are refilled and come back together, so Qt Charts lays their bars out
    // afresh in one order: resized in place, a chart shown at another bar count first would paint the same
    // bars in another order, and its export would differ from a never-shown chart's.
    for (QBarSet *set : std::as_const(m_barSets))
        m_barSeries->take(set);
    for (QBarSet *set : std::as_const(m_barSets)) {
        set->remove(0, set->count());
        set->append(QList<qreal>(rows, 0.0));
    }
    m_barSeries->append(m_barSets);
    m_categoryAxis->setCategories(categories);
    updateValues();
}

void VramFitChart::updateValues()
{
    if (!m_model) {
        updateTitle();
        return;
    }
    const int bars = int(m_barRows.size());
    const bool stale = std::any_of(m_barRows.cbegin(), m_barRows.cend(),
                                   [this](int row) { return row >= m_model->rowCount(); });
    if (stale || bars != barCount() || m_categoryAxis->count() != bars || m_barSets.first()->count() != bars) {
        rebuild();
        return;
    }
    for (int bar = 0; bar < bars; ++bar) {
        const int row = rowOfBar(bar);
        const MemoryEstimate &e = m_model->estimateAt(row);
        const double parts[SegmentCount] = {e.weightsBytes / Format::bytesPerUnit(),
                                            e.kvCacheBytes / Format::bytesPerUnit(),
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
    updateMeasuredPoints();
    updateCapacityLine(); // and the axis range, which depends on the line and the points too
    updateTitle();
}

void VramFitChart::updateMeasuredPoints()
{
    QList<QPointF> points;
    for (int bar = 0; bar < m_barRows.size(); ++bar) {
        if (const std::optional<double> bytes = m_model->measuredVramAt(rowOfBar(bar)))
            points.append({*bytes / Format::bytesPerUnit(), qreal(bar)});
    }
    if (m_measuredSeries->points() != points)
        m_measuredSeries->replace(points);
    // Hidden, it takes no place in an export's key either.
    m_measuredSeries->setVisible(!points.isEmpty());
}

void VramFitChart::updateAxisRange()
{
    if (!m_model)
        return;
    const double capacity = m_model->configuration().memoryBytes() * m_model->parameters().utilisation;
    double largest = capacity;
    if (m_zoom) {
        // One 400 GB model would otherwise squeeze every bar near a 24 GB card into a few pixels.
        largest = 2 * capacity;
    } else {
        for (int row : std::as_const(m_barRows))
            largest = std::max({largest, m_model->estimateAt(row).totalBytes, m_model->measuredVramAt(row).value_or(0)});
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

QString VramFitChart::capacityText() const
{
    return m_capacitySeries->name();
}

void VramFitChart::updateCapacityLine()
{
    // The model's own configuration and assumptions, so the line always matches the bars it is drawn with.
    const GpuConfiguration &configuration = m_model->configuration();
    const double capacityBytes = configuration.memoryBytes() * m_model->parameters().utilisation;
    const double capacity = capacityBytes / Format::bytesPerUnit();
    // The category axis spans -0.5 .. rows - 0.5: the line runs from the bottom of the plot to its top.
    const qreal top = qMax(int(m_barRows.size()), 1) - 0.5;
    const QList<QPointF> points{{capacity, -0.5}, {capacity, top}};
    if (m_capacitySeries->points() != points)
        m_capacitySeries->replace(points);
    m_capacitySeries->setName(tr("Usable: %1 (%2 × %3)")
                                  .arg(Format::gigabytes(capacityBytes), configuration.name(),
                                       QLocale().toString(m_model->parameters().utilisation)));
    updateAxisRange();
}

void VramFitChart::updateTitle()
{
    if (!m_model) {
        setTitle(QString());
        emit redrawn();
        return;
    }
    const FitParameters &p = m_model->parameters();
    int fitting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        fitting += m_model->estimateAt(row).fits ? 1 : 0;
    const QString workload = tr("%1 context, batch %2, %3 KV cache")
                                 .arg(Format::exactContextTokens(p.contextTokens), QString::number(p.batch),
                                      MemoryEstimator::kvPrecisionName(p.kvPrecision));
    QString title;
    if (m_model->mode() == FitTableModel::Mode::ModelsAtOneQuantization) {
        title = tr("%1 of %2 models fit on %3 at %4 — %5")
                    .arg(QString::number(fitting), QString::number(m_model->rowCount()),
                         m_model->configuration().name(), p.quantName, workload);
    } else if (m_model->rowCount() > 0) {
        title = tr("%1 fits on %2 in %3 of %4 formats — %5")
                    .arg(m_model->index(0, FitTableModel::Model).data().toString(),
                         m_model->configuration().name(), QString::number(fitting),
                         QString::number(m_model->rowCount()), workload);
    } else {
        title = tr("Choose a model to chart across quantizations");
    }
    if (m_model->rowCount() > m_barRows.size())
        title += tr(" — first %1 of %2 rows").arg(m_barRows.size()).arg(m_model->rowCount());
    setTitle(title);
    emit redrawn();
}

void VramFitChart::restyle()
{
    const auto [background, text] =
        ChartStyle::apply(this, themePalette(), themeFont(), {m_valueAxis, m_categoryAxis});
    m_categoryAxis->setTitleVisible(false); // the labels name the rows; a title would only take width
    for (int segment = 0; segment < SegmentCount; ++segment) {
        for (int v = 0; v < VerdictCount; ++v) {
            QBarSet *set = barSet(Segment(segment), FitVerdict(v));
            set->setColor(ChartStyle::mix(verdictColor(FitVerdict(v)), background, SegmentFade[segment]));
            // A background-coloured outline separates the parts; the zero-width parts of other verdicts
            // then vanish into those separators.
            set->setPen(QPen(background, 1));
        }
    }
    m_capacitySeries->setPen(QPen(text, 2, Qt::DashLine));
    // The text colour with a background outline: visible on every verdict's colour and on the plot.
    m_measuredSeries->setColor(text);
    m_measuredSeries->setBorderColor(background);
}
