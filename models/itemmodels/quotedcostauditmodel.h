#pragma once

#include "models/core/cost/costmodel.h"
#include "models/itemmodels/recordtablemodel.h"

struct Dataset;

// The article's quoted cost scenarios beside what LLM Atlas computes for them: each row as printed, the
// cost model's monthly cost for the same API or GPUs at the same volume under the caller's assumptions,
// and the verdict of CostModel::auditQuotedCosts on the row.
class QuotedCostAuditModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column {
        Approach,
        QuotedMonthlyUsd,
        TokensPerMonth,
        QuotedUsdPerMtok,
        ComputedMonthlyUsd, // the cost model's figure for the row's scenario under the assumptions
        ComputedUsdPerMtok,
        Verdict,  // the worst severity of the row's audit findings
        Findings, // every finding's message, worst first
        ColumnCount
    };

    explicit QuotedCostAuditModel(QObject *parent = nullptr);

    // The dataset must outlive the model or the next call.
    void setDataset(const Dataset *dataset);
    // Recomputes the figures and the audit in place: the rows stay, only the computed columns change.
    void setAssumptions(const CostAssumptions &assumptions);
    CostAssumptions assumptions() const { return m_assumptions; }

    // The audit's findings about one row, worst first.
    QList<CostAuditFinding> findingsAt(int row) const { return m_rows.at(row).findings; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnKey(int column) const override;
    QString columnTitle(int column) const override;
    QString columnToolTip(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString displayText(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    qint64 recordId(int row) const override;

private:
    struct Row
    {
        QuotedCostRecord quote;
        std::optional<CostOption> computed; // nullopt when the row names neither an API nor GPUs
        QList<CostAuditFinding> findings;
    };

    // 0 info, 1 warning, 2 error: the order of the verdict column.
    static int severityRank(const QString &severity);
    int worstRank(int row) const;
    void recompute();

    const Dataset *m_dataset = nullptr;
    CostAssumptions m_assumptions;
    QList<Row> m_rows;
};
