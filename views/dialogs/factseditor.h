#pragma once

#include <QWidget>

class FactTableModel;
class QLabel;
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
    // The user asked to add a record of the table's kind, or to edit or delete the one with this id.
    void addRequested(FactTableModel *model);
    void editRequested(FactTableModel *model, qint64 id);
    void deleteRequested(FactTableModel *model, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *section(const QString &title, const QString &deleteText, FactTableModel *model, QTableView *view,
                     const QString &name);

    QTableView *m_gpuView;
    QTableView *m_priceView;
    QLabel *m_greyLegend;
};
