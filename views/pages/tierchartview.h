#pragma once

#include <QWidget>

class LazyChart;
class QAbstractItemModel;
class QChart;
class QChartView;
class QTableView;
class TierChart;

// The tier overview tab: the TierChart of the tier table's rows (the table's own model, or the proxy that
// filters and sorts it), drawn again as the table changes while the tab is shown, and beside it a table of
// the charted columns of the same rows, in the same order.
class TierChartView : public QWidget
{
    Q_OBJECT

public:
    // model has TierTableModel's columns and roles; the view does not own it.
    explicit TierChartView(QAbstractItemModel *model, QWidget *parent = nullptr);

    // The chart, for export and printing: up to date even while the view is hidden.
    QChart *chart();

protected:
    void changeEvent(QEvent *event) override;

private:
    // A hidden chart is not drawn again at every change of the table (each filter keystroke, say).
    void modelChanged();
    void showChartedColumns();

    QAbstractItemModel *m_model;
    TierChart *m_chart;
    QChartView *m_chartView;
    QTableView *m_table;
    LazyChart *m_lazyChart;
};
