#include "views/dialogs/importpreviewdialog.h"

#include "models/itemmodels/importpreviewmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

ImportPreviewDialog::ImportPreviewDialog(const Importer::Preview &preview, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1").arg(preview.fileName));
    auto *layout = new QVBoxLayout(this);

    auto *summary = new QLabel(preview.summary(), this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    if (!preview.notes.isEmpty()) {
        auto *notes = new QLabel(preview.notes.join(QLatin1Char('\n')), this);
        notes->setWordWrap(true);
        layout->addWidget(notes);
    }

    auto *rows = new QTreeView(this);
    rows->setObjectName(QStringLiteral("importRows"));
    rows->setRootIsDecorated(false);
    rows->setAlternatingRowColors(true);
    rows->setUniformRowHeights(true); // 100,000 rows: no measuring each one
    rows->setModel(new ImportPreviewModel(preview, rows));
    // Fitting a column measures its cells: the first hundred rows say enough.
    rows->header()->setResizeContentsPrecision(100);
    for (int c = ImportPreviewModel::Action; c < ImportPreviewModel::Detail; ++c)
        rows->resizeColumnToContents(c);
    rows->setVisible(rows->model()->rowCount() > 0);
    layout->addWidget(rows, 1);

    QString verdict;
    if (!preview.error.isEmpty())
        verdict = tr("Nothing can be imported from this file.");
    else if (!preview.rejected.isEmpty())
        verdict = tr("Nothing will be written while any row is rejected: fix those rows and import the file again.");
    else if (preview.changes.isEmpty())
        verdict = tr("The file matches the database: there is nothing to import.");
    else
        verdict = tr("The import is one step: Edit > Undo takes all of it back.");
    auto *verdictLabel = new QLabel(verdict, this);
    verdictLabel->setObjectName(QStringLiteral("importVerdict"));
    verdictLabel->setWordWrap(true);
    layout->addWidget(verdictLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(preview.canApply());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}
