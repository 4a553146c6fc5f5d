#include "views/dialogs/modelfilepreviewdialog.h"

#include "models/itemmodels/modelfilecomparisonmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ModelFilePreviewDialog::ModelFilePreviewDialog(const ModelFileImport::Plan &plan, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("modelFilePreviewDialog"));
    setWindowTitle(plan.existing ? tr("Update %1 from %2").arg(plan.model.name, plan.fileName)
                                 : tr("Add %1 from %2").arg(plan.model.name, plan.fileName));
    auto *layout = new QVBoxLayout(this);

    auto *summary = new QLabel(plan.summary(), this);
    summary->setObjectName(QStringLiteral("modelFileSummary"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::PlainText);
    layout->addWidget(summary);

    auto *facts = new QTableView(this);
    facts->setObjectName(QStringLiteral("modelFileFacts"));
    facts->setModel(new ModelFileComparisonModel(plan, facts));
    facts->verticalHeader()->hide();
    facts->setAlternatingRowColors(true);
    facts->horizontalHeader()->setStretchLastSection(true);
    facts->resizeColumnsToContents();
    layout->addWidget(facts, 1);

    if (!plan.notes.isEmpty()) {
        auto *notes = new QLabel(plan.notes.join(QLatin1Char('\n')), this);
        notes->setObjectName(QStringLiteral("modelFileNotes"));
        notes->setWordWrap(true);
        notes->setTextFormat(Qt::PlainText);
        layout->addWidget(notes);
    }
    auto *verdict = new QLabel(plan.changes.isEmpty() ? tr("The database already holds all of this: there is "
                                                           "nothing to add.")
                                                      : tr("One step: Edit > Undo takes all of it back."),
                               this);
    verdict->setObjectName(QStringLiteral("modelFileVerdict"));
    verdict->setWordWrap(true);
    layout->addWidget(verdict);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(plan.existing ? tr("&Update Model") : tr("&Add Model"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(plan.canApply());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 560);
}
