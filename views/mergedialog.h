#pragma once

#include "models/merger.h"

#include <QDialog>

class QTreeWidget;

// Lists what merging another file would bring: records only they have (ticked to add) and records both
// have with different facts (ticked to take theirs; unticked keeps ours). Accepting writes the picks into
// the plan.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Merger::Plan *plan, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void accept() override;

private:
    Merger::Plan *m_plan;
    QTreeWidget *m_tree;
};
