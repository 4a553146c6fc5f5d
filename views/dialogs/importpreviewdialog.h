#pragma once

#include "models/document/importer.h"

#include <QDialog>

// Shows what an import would do, row by row (added, changed, rejected and why) before anything is
// written. It can only be accepted when the file imports cleanly.
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPreviewDialog(const Importer::Preview &preview, QWidget *parent = nullptr);
};
