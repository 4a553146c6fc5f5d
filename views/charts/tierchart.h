#pragma once

#include "views/charts/barlistchart.h"

class QAbstractItemModel;
class QHorizontalStackedBarSeries;
class QValueAxis;

// The tier overview: one bar per row of a tier table, in its order, as long as the model's total
// parameters, with the part a token uses drawn dark, coloured by tier. It reads a model with
// TierTableModel's columns and roles (the tier table, or a proxy that filters and sorts it), so the tier
// page, `export chart tiers` and the report chart the rows their table lists.
class TierChart : public BarListChart
{
    Q_OBJECT

public:
    // Bars charted at most: the first rows as filtered and sorted, as many as the plot can name. More would
    // be unreadable, and a bar per model of a 100,000-model file would take seconds to lay out.
    static constexpr int MaxBars = 40;

    // The model must outlive the chart. The chart draws its rows at refresh(), not before: a page draws
    // only when shown.
    explicit TierChart(const QAbstractItemModel *model, QGraphicsItem *parent = nullptr);

    // Draws the model's rows, as they are now.
    void refresh() { rebuild(); }

    // The tier's colour in the chart, from an Okabe-Ito palette; a tier it does not know is grey.
    static QColor tierColor(const QString &tier);

protected:
    int rowsAvailable() const override;
    void rebuild() override;
    void restyle() override;

private:
    const QAbstractItemModel *m_model;
    QHorizontalStackedBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
};
