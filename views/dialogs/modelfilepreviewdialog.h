#pragma once

#include "models/document/modelfileimport.h"

#include <QDialog>

// Shows what a model file says beside the same-named model's facts, and the measured size it records,
// before the model is added or updated. It can only be accepted when there is something to write.
class ModelFilePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ModelFilePreviewDialog(const ModelFileImport::Plan &plan, QWidget *parent = nullptr);
};
