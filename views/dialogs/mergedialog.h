#pragma once

#include "models/document/merger.h"

#include <QDialog>

class QTreeView;

// Lists what merging another file would bring: records only they have (ticked to add) and records both
// have with different facts (ticked to take theirs; unticked keeps ours). Each tick is written into the
// plan as it is made (MergePlanModel); the caller applies the plan when the dialog is accepted.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(Merger::Plan *plan, QWidget *parent = nullptr);

private:
    QTreeView *m_tree;
};
