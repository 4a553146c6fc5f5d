#pragma once

#include "models/itemmodels/measurementtablemodel.h"

#include <QChart>
#include <QFont>
#include <QPalette>

class QLineSeries;
class QValueAxis;

// Estimated against measured for one quantity of a MeasurementTableModel's runs: a scatter series per GPU
// type and the y = x line on which a perfect estimate would lie (above it, the estimate promised more than
// the run gave). It reads the model's raw values, so it shows what the table beside it lists.
class MeasurementChart : public QChart
{
    Q_OBJECT

public:
    explicit MeasurementChart(QGraphicsItem *parent = nullptr);

    // The model must outlive the chart or the next call; the chart follows its resets.
    void setModel(const MeasurementTableModel *model);
    void setQuantity(MeasurementTableModel::Quantity quantity);
    MeasurementTableModel::Quantity quantity() const { return m_quantity; }
    void applyTheme(const QPalette &palette, const QFont &font);

    QLineSeries *identityLine() const { return m_identity; }

private:
    void rebuild();
    void restyle();
    // Bytes are charted in the preferred unit (GB or GiB), speeds as they are.
    double scale() const;

    const MeasurementTableModel *m_model = nullptr;
    MeasurementTableModel::Quantity m_quantity = MeasurementTableModel::Quantity::Decode;
    QLineSeries *m_identity;
    QValueAxis *m_measuredAxis;
    QValueAxis *m_estimatedAxis;
    QPalette m_palette;
    QFont m_font;
};
