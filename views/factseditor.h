#pragma once

#include <QWidget>

class FactTableModel;
class QTableView;

// The GPU and API price tables, edited in place, with a button to delete the selected row.
class FactsEditor : public QWidget
{
    Q_OBJECT

public:
    FactsEditor(FactTableModel *gpus, FactTableModel *prices, QWidget *parent = nullptr);

    QTableView *gpuView() const { return m_gpuView; }
    QTableView *priceView() const { return m_priceView; }

signals:
    // The user asked to delete the record with this id from the table's kind.
    void deleteRequested(FactTableModel *model, qint64 id);

private:
    QWidget *section(const QString &title, const QString &deleteText, FactTableModel *model, QTableView *view,
                     const QString &name);

    QTableView *m_gpuView;
    QTableView *m_priceView;
};
