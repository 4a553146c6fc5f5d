#pragma once

#include "models/core/cost/costmodel.h"
#include "models/itemmodels/recordtablemodel.h"

// Priced options at one volume, cheapest first; infeasible ones last with the reason.
class CostTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        Option,
        Kind,
        MonthlyUsd,
        UsdPerMillion,
        CapacityTokens,
        Utilisation,
        Replicas,
        TtftMs,       // with a workload: the serving plan's achieved figures (models/core/cost/servingmodel.h)
        TpotMs,
        LimitedBy,
        MeetsTargets,
        SpeedsBasis,     // with a workload: "calibrated" by a team's runs, or "bound" at published efficiencies
        CalibrationRuns, // the runs behind a calibration
        Feasible,
        Note,
        ColumnCount
    };

    explicit CostTableModel(QObject *parent = nullptr);

    // Replaces the options; rows keep their place when the option set is the same, so a view showing
    // them is updated in place while a slider moves.
    void setOptions(const QList<CostOption> &options);
    const CostOption &optionAt(int row) const { return m_options.at(row); }
    // The row of the cheapest feasible option, or -1.
    int cheapestRow() const { return m_cheapestRow; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnKey(int column) const override;
    QString columnTitle(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QString displayText(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    qint64 recordId(int row) const override;

private:
    QList<CostOption> m_options;
    int m_cheapestRow = -1;
};
