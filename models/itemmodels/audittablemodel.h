#pragma once

#include "models/core/dataaudit.h"
#include "models/itemmodels/recordtablemodel.h"

// The data audit's findings as a table: worst first, as the audit produced them within a severity.
class AuditTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Category, Subject, Message, Quoted, Computed, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);
    void setFindings(QList<AuditFinding> findings);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QString columnKey(int column) const override;
    QString columnTitle(int column) const override;
    QVariant rawValue(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString displayText(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    qint64 recordId(int row) const override;

private:
    QList<AuditFinding> m_findings;
};
