#include "views/charts/costchart.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "views/charts/chartstyle.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace {

constexpr int MinimumExponent = 6;  // log10(CostChart::MinimumVolume)
constexpr int MaximumExponent = 11; // log10(CostChart::MaximumVolume)
// Points per factor of ten on every line. API lines are straight on log-log axes and self-hosting is flat
// between replica steps, whose corners are added exactly, so this only has to look smooth.
constexpr int SamplesPerDecade = 60;
// Replica steps drawn with exact corners. Past this many replicas a step is under 0.5% of the cost, too
// small to see on a log axis; the samples draw those.
constexpr qint64 MaxDrawnSteps = 200;

// Okabe-Ito hues (less yellow, which vanishes on white) and two neutrals: distinguishable with the common
// colour-vision deficiencies. APIs are also dashed, so colour is never the only carrier.
const QColor LinePalette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                              QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                              QColor(0x8c, 0x56, 0x4b), QColor(0x7f, 0x7f, 0x7f)};
constexpr int PaletteSize = int(std::size(LinePalette));

QString decadeUsd(int exponent)
{
    // English (and the C locale) reads "$10k" compactly; elsewhere the axis writes dollars as the tables do
    // ("10.000 $" in German), so one page never mixes two currency styles.
    const QLocale::Language language = QLocale().language();
    if (language != QLocale::English && language != QLocale::C)
        return Format::usd(std::pow(10.0, exponent), std::max(0, -exponent));
    if (exponent < 0)
        return QStringLiteral("$") + QLocale().toString(std::pow(10.0, exponent), 'f', -exponent);
    static const char *const suffixes[] = {"", "k", "M", "B", "T"};
    const int group = std::min(exponent / 3, 4);
    return QStringLiteral("$") + QLocale().toString(std::pow(10.0, exponent - 3 * group), 'f', 0)
           + QLatin1String(suffixes[group]);
}

// Labels every `step` decades from fromExponent: every decade, unless its label is wider than a decade.
void setDecadeLabels(QCategoryAxis *axis, int fromExponent, int toExponent,
                     const std::function<QString(int)> &label, int step = 1)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &category : old)
        axis->remove(category);
    // Each label sits on its category's end value; the first category starts a step early so the first
    // label lands on the axis's minimum.
    axis->setStartValue(fromExponent - step);
    for (int exponent = fromExponent; exponent <= toExponent; exponent += step)
        axis->append(label(exponent), exponent);
    axis->setRange(fromExponent, toExponent);
}

QString decadeTokens(int exponent)
{
    return Format::tokens(std::pow(10.0, exponent));
}

} // namespace

CostChart::CostChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_palette(QGuiApplication::palette())
    , m_font(QGuiApplication::font())
    , m_volumeAxis(new QLogValueAxis(this))
    , m_costAxis(new QLogValueAxis(this))
    , m_volumeLabels(new QCategoryAxis(this))
    , m_costLabels(new QCategoryAxis(this))
    , m_volumeMarker(new QLineSeries(this))
    , m_breakEvenSeries(new QScatterSeries(this))
{
    setAnimationOptions(QChart::NoAnimation); // easing would lag behind a moving slider
    setMargins(QMargins(4, 4, 4, 4));
    legend()->setAlignment(Qt::AlignRight);
    legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend()->setShowToolTips(true); // full labels of elided entries
    // Room for the last volume label, which is centred on the plot's right edge and would run under the
    // legend.
    legend()->setContentsMargins(24, 0, 0, 0);

    m_volumeAxis->setBase(10);
    m_costAxis->setBase(10);
    m_volumeAxis->setRange(MinimumVolume, MaximumVolume);
    m_costAxis->setRange(1, 1e6);
    addAxis(m_volumeAxis, Qt::AlignBottom);
    addAxis(m_costAxis, Qt::AlignLeft);
    m_volumeAxis->setVisible(false);
    m_costAxis->setVisible(false);

    m_volumeLabels->setObjectName(QStringLiteral("volumeAxisLabels"));
    m_costLabels->setObjectName(QStringLiteral("costAxisLabels"));
    m_volumeLabels->setTitleText(tr("Tokens a month"));
    m_costLabels->setTitleText(tr("Cost a month (US$)"));
    for (QCategoryAxis *axis : {m_volumeLabels, m_costLabels})
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    addAxis(m_volumeLabels, Qt::AlignBottom);
    addAxis(m_costLabels, Qt::AlignLeft);
    setDecadeLabels(m_volumeLabels, MinimumExponent, MaximumExponent, decadeTokens);
    connect(this, &QChart::plotAreaChanged, this, &CostChart::fitVolumeLabels);
    setDecadeLabels(m_costLabels, 0, 6, decadeUsd);

    m_volumeMarker->setObjectName(QStringLiteral("volumeMarker"));
    m_volumeMarker->setName(tr("Chosen volume"));
    m_breakEvenSeries->setObjectName(QStringLiteral("breakEvenPoints"));
    m_breakEvenSeries->setName(tr("Break-even"));
    m_breakEvenSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_breakEvenSeries->setMarkerSize(11);
    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_breakEvenSeries), static_cast<QXYSeries *>(m_volumeMarker)}) {
        addSeries(series);
        series->attachAxis(m_volumeAxis);
        series->attachAxis(m_costAxis);
    }

    connect(m_breakEvenSeries, &QXYSeries::hovered, this,
            [this](const QPointF &point, bool state) { emit pointHovered(m_breakEvenSeries, point, state); });
    restyle();
    rebuildLines();
    updateTitle();
}

void CostChart::setComparison(const Dataset *dataset, const ModelRecord *model, const CostComparison &comparison,
                              const CostAssumptions &assumptions)
{
    m_dataset = dataset;
    m_model = dataset ? model : nullptr;
    m_comparison = comparison;
    // With a workload the APIs are priced at its prompt:output ratio, as the table prices them.
    m_assumptions = CostModel::withWorkloadRatio(assumptions);
    rebuildLines();
    updateTitle();
}

void CostChart::setVolume(const CostComparison &comparison)
{
    m_comparison = comparison;
    // Break-evens do not depend on the volume; this only replaces the points if rounding moved them.
    updateBreakEvenPoints();
    updateVolumeMarker();
}

void CostChart::applyTheme(const QPalette &palette, const QFont &font)
{
    m_palette = palette;
    m_font = font;
    restyle();
}

void CostChart::fitVolumeLabels()
{
    // Qt Charts elides a label wider than its category: "100 Mio." on a narrow German chart read "100 ...".
    // Then every second (or third) decade is labelled instead, in full.
    const double decadeWidth = plotArea().width() / (MaximumExponent - MinimumExponent);
    if (decadeWidth <= 0)
        return;
    const QFontMetricsF metrics(m_volumeLabels->labelsFont());
    double widest = 0;
    for (int exponent = MinimumExponent; exponent <= MaximumExponent; ++exponent)
        widest = std::max(widest, metrics.horizontalAdvance(decadeTokens(exponent)));
    constexpr double LabelPadding = 12; // Qt's margins around a label, and a gap between neighbours
    int step = 1;
    while (step < MaximumExponent - MinimumExponent && widest + LabelPadding > step * decadeWidth)
        ++step;
    if (step == m_volumeLabelStep)
        return;
    m_volumeLabelStep = step;
    setDecadeLabels(m_volumeLabels, MinimumExponent, MaximumExponent, decadeTokens, step);
}

void CostChart::rebuildLines()
{
    // Lines span the whole range, so they are priced here with the cost model the comparison uses, not
    // read from the table, which holds one volume. What the chart shows at the chosen volume (the marker,
    // the break-even points) comes from the same comparison as the table.
    // The marker and the break-even points go back in after the lines, so the legend lists the options
    // first, in the order of the table's kinds.
    removeSeries(m_breakEvenSeries);
    removeSeries(m_volumeMarker);
    for (QLineSeries *line : std::as_const(m_lines)) {
        removeSeries(line);
        delete line;
    }
    m_lines.clear();
    m_lineOptions.clear();
    m_undrawn.clear();

    const ModelRecord *model = m_model;
    double minUsd = std::numeric_limits<double>::infinity();
    double maxUsd = 0;
    const int samples = (MaximumExponent - MinimumExponent) * SamplesPerDecade;
    for (int index = 0; model && index < m_comparison.options.size(); ++index) {
        const CostOption &option = m_comparison.options.at(index);
        const bool api = option.kind == CostOptionKind::Api;
        const ApiPriceRecord *price = api ? m_dataset->apiPrice(option.apiPriceId) : nullptr;
        if (api && !price)
            continue;
        const auto priced = [&](double volume) {
            return api ? CostModel::apiOption(*price, volume, m_assumptions)
                       : CostModel::selfHostOption(*model, option.configuration, volume, m_assumptions);
        };
        QList<QPointF> points;
        points.reserve(samples + 1);
        std::optional<CostOption> reference;
        for (int i = 0; i <= samples; ++i) {
            const double volume = std::pow(10.0, MinimumExponent + double(i) / SamplesPerDecade);
            const CostOption sample = priced(volume);
            // Log axes cannot show a free option; an infeasible stretch is left out.
            if (!sample.feasible || !(sample.monthlyUsd > 0) || !std::isfinite(sample.monthlyUsd))
                continue;
            points.append(QPointF(volume, sample.monthlyUsd));
            if (!reference)
                reference = sample;
        }
        if (points.isEmpty()) {
            m_undrawn << option.label;
            continue;
        }
        // Self-hosting is a staircase: flat within a replica count, one replica's cost higher just past
        // each multiple of a replica's capacity. Exact corners keep the risers vertical.
        if (!api && reference->replicaCapacityTokensPerMonth > 0) {
            const double capacity = reference->replicaCapacityTokensPerMonth;
            const double step = reference->replicaMonthlyUsd;
            const qint64 first = std::max<qint64>(1, qint64(std::ceil(MinimumVolume / capacity)));
            const qint64 last = std::min<qint64>(MaxDrawnSteps, qint64(std::floor(MaximumVolume / capacity)));
            for (qint64 k = first; k <= last; ++k) {
                points.append(QPointF(k * capacity, k * step));
                points.append(QPointF(k * capacity, (k + 1) * step));
            }
            std::sort(points.begin(), points.end(), [](const QPointF &a, const QPointF &b) {
                return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
            });
        }
        for (const QPointF &point : std::as_const(points)) {
            minUsd = std::min(minUsd, point.y());
            maxUsd = std::max(maxUsd, point.y());
        }

        auto *line = new QLineSeries(this);
        line->setObjectName(QStringLiteral("costLine"));
        // Short names keep the legend readable; the model and the rent-or-own choice are in the title.
        line->setName(api ? tr("%1 API").arg(price->modelName) : option.configuration.name());
        line->replace(points);
        addSeries(line);
        line->attachAxis(m_volumeAxis);
        line->attachAxis(m_costAxis);
        styleLine(line, int(m_lines.size()), api);
        connect(line, &QXYSeries::hovered, this,
                [this, line](const QPointF &point, bool state) { emit pointHovered(line, point, state); });
        m_lines.append(line);
        m_lineOptions.insert(line, index);
    }

    for (QXYSeries *series :
         {static_cast<QXYSeries *>(m_breakEvenSeries), static_cast<QXYSeries *>(m_volumeMarker)}) {
        addSeries(series);
        series->attachAxis(m_volumeAxis);
        series->attachAxis(m_costAxis);
    }
    // The marker is explained by the slider above the chart; a legend entry would only take room.
    for (QLegendMarker *marker : legend()->markers(m_volumeMarker))
        marker->setVisible(false);

    if (maxUsd <= 0) {
        minUsd = 1;
        maxUsd = 1e6;
    }
    updateAxisRanges(minUsd, maxUsd);
    updateBreakEvenPoints();
    updateVolumeMarker();
}

void CostChart::updateAxisRanges(double minUsd, double maxUsd)
{
    int from = int(std::floor(std::log10(minUsd)));
    int to = int(std::ceil(std::log10(maxUsd)));
    if (to <= from)
        to = from + 1;
    m_costAxis->setRange(std::pow(10.0, from), std::pow(10.0, to));
    setDecadeLabels(m_costLabels, from, to, decadeUsd);
}

void CostChart::updateBreakEvenPoints()
{
    QList<QPointF> points;
    QStringList texts;
    for (const CostComparison::BreakEvenPair &pair : std::as_const(m_comparison.breakEvens)) {
        if (!pair.breakEven.tokensPerMonth)
            continue;
        const CostOption &api = m_comparison.options.at(pair.apiIndex);
        const double volume = *pair.breakEven.tokensPerMonth;
        // Where the lines meet: the API's cost there, which the self-hosting step equals.
        points.append(QPointF(volume, volume / 1e6 * api.blendedUsdPerMtok));
        texts << pair.breakEven.reason;
    }
    if (m_breakEvenSeries->points() != points)
        m_breakEvenSeries->replace(points);
    m_breakEvenTexts = texts;
}

void CostChart::updateVolumeMarker()
{
    const double volume = m_comparison.tokensPerMonth;
    const QList<QPointF> points =
        volume > 0 ? QList<QPointF>{{volume, m_costAxis->min()}, {volume, m_costAxis->max()}} : QList<QPointF>();
    if (m_volumeMarker->points() != points)
        m_volumeMarker->replace(points);
}

void CostChart::updateTitle()
{
    const ModelRecord *model = m_model;
    if (!model) {
        setTitle(tr("Choose a model to compare"));
        emit redrawn();
        return;
    }
    const QString how = m_assumptions.ownership == Ownership::Rent
                            ? tr("GPUs rented")
                            : tr("GPUs owned over %1 months").arg(m_assumptions.amortisationMonths);
    const QString ratio = QLocale().toString(m_assumptions.inputRatio) + QLatin1Char(':')
                          + QLocale().toString(m_assumptions.outputRatio);
    // With a workload the replicas come from its peak, whatever the volume: that is what the lines show.
    const QString title =
        m_assumptions.workload
            ? tr("%1: %2 (solid) sized for %3 requests/s at peak against APIs (dashed), %4 input:output")
                  .arg(model->name, how, QLocale().toString(m_assumptions.workload->peakRequestsPerS(), 'g', 3), ratio)
            : tr("%1: %2 (solid) against APIs (dashed), %3 utilisation, %4 input:output")
                  .arg(model->name, how,
                       QLocale().toString(m_assumptions.utilisation * 100, 'f', 0) + QLatin1Char('%'), ratio);
    setTitle(title);
    emit redrawn();
}

void CostChart::styleLine(QLineSeries *series, int colourIndex, bool api) const
{
    QPen pen(LinePalette[colourIndex % PaletteSize], api ? 2 : 2.5, api ? Qt::DashLine : Qt::SolidLine);
    pen.setCapStyle(Qt::FlatCap);
    series->setPen(pen);
}

void CostChart::restyle()
{
    const auto [background, text] = ChartStyle::apply(this, m_palette, m_font, {m_volumeLabels, m_costLabels});
    legend()->setLabelColor(text);
    legend()->setFont(m_font);
    m_volumeLabelStep = 0; // measured again in the new font
    fitVolumeLabels();
    QColor grid = text;
    grid.setAlphaF(0.18f);
    for (QCategoryAxis *axis : {m_volumeLabels, m_costLabels}) {
        axis->setGridLinePen(QPen(grid, 1));
        axis->setLinePen(QPen(text, 1));
    }
    for (int i = 0; i < m_lines.size(); ++i)
        styleLine(m_lines.at(i), i, m_comparison.options.value(m_lineOptions.value(m_lines.at(i))).kind
                                        == CostOptionKind::Api);
    QPen markerPen(text, 1.5, Qt::DashDotLine);
    m_volumeMarker->setPen(markerPen);
    // A ring in the text colour, filled with the background: it stands out on any line colour.
    m_breakEvenSeries->setPen(QPen(text, 2));
    m_breakEvenSeries->setBrush(background);
}

QString CostChart::toolTipAt(const QXYSeries *series, const QPointF &point) const
{
    QString text;
    if (series == m_breakEvenSeries) {
        // The point nearest the hovered spot in log space, which is how the chart draws them.
        const QList<QPointF> points = m_breakEvenSeries->points();
        qsizetype nearest = -1;
        double best = std::numeric_limits<double>::infinity();
        for (qsizetype i = 0; i < points.size(); ++i) {
            const double dx = std::log10(points.at(i).x() / point.x());
            const double dy = std::log10(points.at(i).y() / point.y());
            if (dx * dx + dy * dy < best) {
                best = dx * dx + dy * dy;
                nearest = i;
            }
        }
        text = m_breakEvenTexts.value(nearest);
    } else if (m_lineOptions.contains(series)) {
        const CostOption &option = m_comparison.options.at(m_lineOptions.value(series));
        const ModelRecord *model = m_model;
        const ApiPriceRecord *price = m_dataset ? m_dataset->apiPrice(option.apiPriceId) : nullptr;
        // The exact figure at the hovered volume, not the straight segment between two samples.
        std::optional<CostOption> at;
        if (option.kind == CostOptionKind::Api && price)
            at = CostModel::apiOption(*price, point.x(), m_assumptions);
        else if (option.kind == CostOptionKind::SelfHost && model)
            at = CostModel::selfHostOption(*model, option.configuration, point.x(), m_assumptions);
        text = option.label;
        if (at && at->feasible) {
            text += QLatin1Char('\n')
                    + tr("%1 tokens a month: %2 a month, %3 per million tokens")
                          .arg(Format::tokens(point.x()), Format::usd(at->monthlyUsd),
                               Format::usd(at->usdPerMillionTokens));
            if (at->replicas > 1)
                text += QLatin1Char('\n') + tr("%1 replicas").arg(at->replicas);
        }
    }
    return text;
}
