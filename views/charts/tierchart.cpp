#include "views/charts/tierchart.h"

#include "models/core/formatting/format.h"
#include "models/core/vocabulary.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "views/charts/chartstyle.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QMap>
#include <QValueAxis>

#include <algorithm>

namespace {

constexpr double Billion = 1e9;
// How far the part of a bar that a token does not use fades towards the background.
constexpr double RestFade = 0.6;
constexpr int DefaultTicks = 5; // QValueAxis's own default

struct Bar
{
    QString tier; // empty: not in the tier list
    QString label;
    double total = 0;  // billions
    double active = 0; // billions
};

} // namespace

TierChart::TierChart(const QAbstractItemModel *model, QGraphicsItem *parent)
    : BarListChart(MaxBars, parent)
    , m_model(model)
    , m_series(new QHorizontalStackedBarSeries(this))
    , m_categoryAxis(new QBarCategoryAxis(this))
    , m_valueAxis(new QValueAxis(this))
{
    setCategoryAxis(m_categoryAxis);
    setMargins(QMargins(4, 4, 12, 4));
    legend()->setAlignment(Qt::AlignBottom);
    m_series->setBarWidth(0.7);
    addSeries(m_series);
    m_valueAxis->setTitleText(
        tr("Parameters, billions — dark: used for each token; light: the rest, also held in memory"));
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    addAxis(m_valueAxis, Qt::AlignBottom);
    addAxis(m_categoryAxis, Qt::AlignLeft);
    m_categoryAxis->setGridLineVisible(false);
    m_series->attachAxis(m_valueAxis);
    m_series->attachAxis(m_categoryAxis);
    // Styled before the first bars: the legend's markers, made with them, take the legend's style then.
    restyle();
}

int TierChart::rowsAvailable() const
{
    return m_model->rowCount();
}

QColor TierChart::tierColor(const QString &tier)
{
    switch (Vocabulary::tierRank(tier)) {
    case 0: return QColor(0x00, 0x72, 0xb2); // S: blue
    case 1: return QColor(0x00, 0x9e, 0x73); // A: bluish green
    case 2: return QColor(0xe6, 0x9f, 0x00); // B: orange
    case 3: return QColor(0xcc, 0x79, 0xa7); // C: reddish purple
    case 4: return QColor(0x56, 0xb4, 0xe9); // D: sky blue
    case 5: return QColor(0xd5, 0x5e, 0x00); // F: vermillion
    default: return QColor(0x99, 0x99, 0x99);
    }
}

void TierChart::rebuild()
{
    QList<Bar> bars;
    const int rows = barCount();
    for (int row = 0; row < rows; ++row) {
        const auto value = [this, row](int column, int role) { return m_model->index(row, column).data(role); };
        Bar bar;
        bar.tier = value(TierTableModel::Tier, RecordTableModel::RawValueRole).toString();
        const qint64 total = value(TierTableModel::TotalParams, RecordTableModel::RawValueRole).toLongLong();
        const qint64 active = value(TierTableModel::ActiveParams, RecordTableModel::RawValueRole).toLongLong();
        bar.total = double(total) / Billion;
        bar.active = double(std::min(active, total)) / Billion;
        // The tier and the figures are written out too: colour is never the only carrier.
        const QString params = active < total
                                   ? tr("%1, %2 active").arg(Format::params(total), Format::params(active))
                                   : tr("%1 dense").arg(Format::params(total));
        bar.label = tr("%1 · %2 — %3")
                        .arg(bar.tier.isEmpty() ? tr("–") : bar.tier,
                             value(TierTableModel::Name, Qt::DisplayRole).toString(), params);
        bars << bar;
    }

    // Two sets per tier, the used part and the rest; a bar's values sit in its tier's sets, and zero in
    // the others' (a zero part of a stacked bar takes no room).
    QMap<int, QString> tiers; // by rank, best first
    for (const Bar &bar : std::as_const(bars))
        tiers.insert(Vocabulary::tierRank(bar.tier), bar.tier);
    m_series->clear();
    QList<QBarSet *> restSets;
    double largest = 0;
    for (const QString &tier : std::as_const(tiers)) {
        auto *used = new QBarSet(tier.isEmpty() ? tr("Not in the tier list") : tr("%1 tier").arg(tier));
        auto *rest = new QBarSet(tier.isEmpty() ? tr("Not in the tier list, rest")
                                                : tr("%1 tier, rest of the total").arg(tier));
        used->setProperty("tier", tier);
        rest->setProperty("tier", tier);
        rest->setProperty("rest", true);
        // Qt Charts draws the first category at the bottom: the first row gets the last bar, so the chart
        // reads top-down like the table.
        for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar) {
            const bool mine = bar->tier == tier;
            used->append(mine ? bar->active : 0.0);
            rest->append(mine ? bar->total - bar->active : 0.0);
            largest = std::max(largest, bar->total);
        }
        m_series->append(used);
        m_series->append(rest);
        restSets << rest;
    }
    // The legend names the tiers; what light and dark mean is the value axis's title.
    for (QLegendMarker *marker : legend()->markers(m_series)) {
        if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker))
            barMarker->setVisible(!restSets.contains(barMarker->barset()));
    }

    // Qt Charts draws axis labels as rich text: a model named "<img …>" must read as its name.
    QStringList categories;
    for (auto bar = bars.crbegin(); bar != bars.crend(); ++bar)
        categories << bar->label.toHtmlEscaped();
    m_categoryAxis->setCategories(categories);
    // applyNiceNumbers() starts from the axis's tick count, which it changes: from the same count each time,
    // a chart rebuilt at several sizes gets the axis a chart built once gets.
    m_valueAxis->setTickCount(DefaultTicks);
    m_valueAxis->setRange(0, largest > 0 ? largest * 1.03 : 1);
    m_valueAxis->applyNiceNumbers();

    QString title = tr("Models of the tier list by parameters, coloured by tier");
    if (m_model->rowCount() > rows)
        title += tr(" — first %1 of %2 rows").arg(rows).arg(m_model->rowCount());
    setTitle(title);
    restyle();
    emit redrawn();
}

void TierChart::restyle()
{
    const auto [background, text] = ChartStyle::apply(this, themePalette(), themeFont(), {m_valueAxis, m_categoryAxis});
    legend()->setFont(themeFont());
    legend()->setLabelColor(text);
    for (QBarSet *set : m_series->barSets()) {
        const QColor hue = tierColor(set->property("tier").toString());
        set->setColor(set->property("rest").toBool() ? ChartStyle::mix(hue, background, RestFade) : hue);
        set->setBorderColor(background);
    }
}
