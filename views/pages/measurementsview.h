#pragma once

#include <QWidget>

class MeasurementChart;
class MeasurementTableModel;
class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
struct Dataset;

// The Measurements tab: every run the team imported beside its estimate and the signed error, a scatter of
// estimated against measured per GPU type, and how far off the estimates are overall. Until a run is
// imported it says how to import one.
class MeasurementsView : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurementsView(QWidget *parent = nullptr);

    // The dataset must outlive the view or the next call.
    void setDataset(const Dataset *dataset);

    MeasurementTableModel *model() const { return m_model; }
    MeasurementChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    MeasurementTableModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_emptyState;
    QLabel *m_summary;
    QComboBox *m_quantity;
    QTableView *m_table;
    MeasurementChart *m_chart;
    QChartView *m_chartView;
};
