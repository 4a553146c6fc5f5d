#pragma once

#include <QDialog>

struct Dataset;
class QComboBox;
class QLabel;
class QTableView;
class SnapshotComparisonModel;

// Compares any two stored tier lists: which models moved up or down, which are new and which were dropped.
class SnapshotCompareDialog : public QDialog
{
    Q_OBJECT

public:
    // The dataset must outlive the dialog.
    explicit SnapshotCompareDialog(const Dataset &dataset, QWidget *parent = nullptr);

    SnapshotComparisonModel *model() const { return m_model; }
    QComboBox *olderCombo() const { return m_olderCombo; }
    QComboBox *newerCombo() const { return m_newerCombo; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void compare();

    const Dataset &m_dataset;
    SnapshotComparisonModel *m_model;
    QComboBox *m_olderCombo;
    QComboBox *m_newerCombo;
    QLabel *m_summary;
    QTableView *m_table;
};
