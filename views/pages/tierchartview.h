#pragma once

#include <QWidget>

class LazyChart;
class QAbstractItemModel;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QValueAxis;

// The tier overview: one bar per model of the tier table, as long as its total parameters, with the part
// a token uses drawn dark, coloured by tier. It reads the table's own model (the tier table, or the proxy
// that filters and sorts it), so the chart lists the rows the table shows, in their order.
class TierChartView : public QWidget
{
    Q_OBJECT

public:
    // model has TierTableModel's columns and roles; the view does not own it.
    explicit TierChartView(QAbstractItemModel *model, QWidget *parent = nullptr);

    // The chart, for export and printing: up to date even while the view is hidden.
    QChart *chart();

    // The tier's colour in the chart, from an Okabe-Ito palette; a tier it does not know is grey.
    static QColor tierColor(const QString &tier);

protected:
    void changeEvent(QEvent *event) override;

private:
    // A hidden chart is not rebuilt at every change of the table (each filter keystroke, say): see LazyChart.
    void modelChanged();
    void rebuild();
    void applyTheme();

    QAbstractItemModel *m_model;
    QChart *m_chart;
    QChartView *m_chartView;
    QHorizontalStackedBarSeries *m_series;
    QBarCategoryAxis *m_categoryAxis;
    QValueAxis *m_valueAxis;
    LazyChart *m_lazyChart;
};
