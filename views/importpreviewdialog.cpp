#include "views/importpreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
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

    auto *rows = new QTreeWidget(this);
    rows->setObjectName(QStringLiteral("importRows"));
    rows->setRootIsDecorated(false);
    rows->setAlternatingRowColors(true);
    rows->setHeaderLabels({tr("Action"), tr("Line"), tr("Row"), tr("What changes, or why not")});
    const auto add = [rows](const QString &action, const QList<Importer::Row> &list) {
        for (const Importer::Row &row : list) {
            auto *item = new QTreeWidgetItem(rows, {action, QString::number(row.line), row.name, row.detail});
            item->setToolTip(3, row.detail);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    };
    add(tr("reject"), preview.rejected); // first: they are what the user has to act on
    add(tr("add"), preview.added);
    add(tr("change"), preview.changed);
    for (int c = 0; c < 3; ++c)
        rows->resizeColumnToContents(c);
    rows->setVisible(rows->topLevelItemCount() > 0);
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
