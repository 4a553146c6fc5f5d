#include "app/gui/recordediting.h"

#include "models/document/atlasdocument.h"
#include "models/itemmodels/recordtablemodel.h"
#include "views/dialogs/dialogs.h"
#include "views/dialogs/recordform.h"
#include "views/dialogs/snapshotcomparedialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDate>
#include <QMenu>

namespace {
// The id of the record whose name is name, after an add put it into the dataset.
qint64 idOfAdded(const Dataset &dataset, const AnyRecord &added)
{
    const QString name = RecordFields::displayName(added, &dataset);
    const auto find = [&](const auto &records) -> qint64 {
        for (const auto &record : records) {
            if (RecordFields::displayName(AnyRecord(record), &dataset) == name)
                return record.id;
        }
        return 0;
    };
    switch (RecordFields::kindOf(added)) {
    case RecordKind::Model: return find(dataset.models);
    case RecordKind::Gpu: return find(dataset.gpus);
    case RecordKind::ApiPrice: return find(dataset.apiPrices);
    case RecordKind::TierEntry: break;
    }
    return 0;
}
} // namespace

RecordEditing::RecordEditing(AtlasDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
}

void RecordEditing::addFileActions(QMenu *fileMenu)
{
    QAction *compare = fileMenu->addAction(tr("Compare Tier &Snapshots…"), this, &RecordEditing::compareSnapshots);
    compare->setObjectName(QStringLiteral("compareSnapshotsAction"));
    compare->setStatusTip(tr("See which models moved up or down between two stored tier lists"));
}

void RecordEditing::addEditActions(QMenu *editMenu, std::function<qint64()> currentModel)
{
    QAction *add = editMenu->addAction(tr("&Add Model…"), this, [this] { addRecord(RecordKind::Model); });
    add->setObjectName(QStringLiteral("addModelAction"));
    add->setStatusTip(tr("Add a model of your own, with its architecture facts"));
    QAction *edit = editMenu->addAction(tr("Ed&it Model Details…"), this, [this, currentModel] {
        if (const qint64 id = currentModel())
            editRecord(RecordKind::Model, id);
    });
    edit->setObjectName(QStringLiteral("editModelAction"));
    edit->setStatusTip(tr("Edit every fact of the current model in a form that checks each one"));
}

void RecordEditing::addViewActions(QAbstractItemView *view, RecordKind kind)
{
    auto *add = new QAction(tr("Add…"), view);
    add->setObjectName(view->objectName() + QStringLiteral("AddAction"));
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    add->setShortcutContext(Qt::WidgetShortcut);
    connect(add, &QAction::triggered, this, [this, kind] { addRecord(kind); });
    auto *edit = new QAction(tr("Edit in Form…"), view);
    edit->setObjectName(view->objectName() + QStringLiteral("EditAction"));
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    edit->setShortcutContext(Qt::WidgetShortcut);
    connect(edit, &QAction::triggered, this, [this, view, kind] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            editRecord(kind, current.data(RecordTableModel::RecordIdRole).toLongLong());
    });
    view->addActions({add, edit});
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

AnyRecord RecordEditing::blankRecord(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Gpu: return GpuRecord{};
    case RecordKind::ApiPrice: {
        ApiPriceRecord price;
        price.asOf = QDate::currentDate().toString(Qt::ISODate);
        return price;
    }
    case RecordKind::TierEntry: return TierEntryRecord{};
    case RecordKind::Model: break;
    }
    return ModelRecord{};
}

bool RecordEditing::refuseIfReadOnly()
{
    if (!m_document->isReadOnly())
        return false;
    Dialogs::showError(m_window, tr("Cannot edit"),
                       tr("This file is open read-only, so it cannot be changed. Save a copy (File > Save As) "
                          "and edit the copy."));
    return true;
}

bool RecordEditing::addRecord(RecordKind kind)
{
    if (refuseIfReadOnly())
        return false;
    RecordForm form(m_document->dataset(), blankRecord(kind), RecordForm::Purpose::Add, m_window);
    if (Dialogs::exec(&form) != QDialog::Accepted)
        return false;
    const AnyRecord added = form.record();
    if (!m_document->addRecord(added)) {
        Dialogs::showError(m_window, tr("Cannot add"), m_document->errorString());
        return false;
    }
    if (const qint64 id = idOfAdded(m_document->dataset(), added))
        emit recordAdded(kind, id);
    return true;
}

bool RecordEditing::editRecord(RecordKind kind, qint64 id)
{
    const std::optional<AnyRecord> record = m_document->record(kind, id);
    if (!record || refuseIfReadOnly())
        return false;
    RecordForm form(m_document->dataset(), *record, RecordForm::Purpose::Edit, m_window);
    if (Dialogs::exec(&form) != QDialog::Accepted)
        return false;
    if (!m_document->replaceRecord(form.record())) {
        Dialogs::showError(m_window, tr("Cannot save the edit"), m_document->errorString());
        return false;
    }
    return true;
}

void RecordEditing::compareSnapshots()
{
    SnapshotCompareDialog dialog(m_document->dataset(), m_window);
    Dialogs::exec(&dialog);
}
