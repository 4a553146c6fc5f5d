#include "app/gui/documentactions.h"

#include "models/core/estimation/measurements.h"
#include "models/core/settingvalue.h"
#include "models/document/atlasdocument.h"
#include "models/document/changesetwriter.h"
#include "models/document/datapack.h"
#include "models/document/filesaver.h"
#include "models/document/importer.h"
#include "models/document/merger.h"
#include "models/document/modelfileimport.h"
#include "models/modelfiles/modelfileinspector.h"
#include "views/dialogs/backgroundtask.h"
#include "views/dialogs/dialogs.h"
#include "views/dialogs/importpreviewdialog.h"
#include "views/dialogs/mergedialog.h"
#include "views/dialogs/modelfilepreviewdialog.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QUndoStack>
#include <QWidget>

using BackgroundTask::Outcome;

namespace {
const SettingValue<QStringList> RecentFilesSetting(QStringLiteral("files/recent"), {});
// The folder the last database or table was opened from or saved to: where the next file dialog starts.
const SettingValue<QString> LastFolderSetting(QStringLiteral("files/lastFolder"), QString());

// The kind of table a file's name says it holds ("team-gpus" holds GPUs), if it says one.
std::optional<Importer::Kind> kindNamedIn(const QString &baseName)
{
    for (const char *name : {"gpus", "prices", "tiers", "models"}) {
        if (baseName.contains(QLatin1String(name)) || baseName.contains(QLatin1String(name).chopped(1)))
            return Importer::kindFromName(QLatin1String(name));
    }
    return std::nullopt;
}

QString databaseFilter()
{
    return DocumentActions::tr("LLM Atlas databases (*.sqlite *.db);;All files (*)");
}
} // namespace

DocumentActions::DocumentActions(AtlasDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
}

void DocumentActions::addFileActions(QMenu *menu)
{
    QAction *newAction = menu->addAction(tr("&New…"), this, &DocumentActions::newFile);
    newAction->setObjectName(QStringLiteral("newAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setStatusTip(tr("Start a new database from the bundled dataset"));
    m_recentMenu = menu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &DocumentActions::fillRecentMenu);
    QAction *saveAsAction = menu->addAction(tr("Save &As…"), this, &DocumentActions::saveAs);
    saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    saveAsAction->setStatusTip(tr("Write a consistent copy of this database and continue with the copy"));
    menu->addSeparator();
    QAction *importAction = menu->addAction(tr("&Import…"), this, &DocumentActions::importFile);
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Add or change models, GPUs, API prices or a tier list from CSV or JSON, a "
                                  "colleague's data pack, or measured benchmark runs"));
    QAction *addModelAction = menu->addAction(tr("Add Model from &File…"), this, &DocumentActions::addModelFromFile);
    addModelAction->setObjectName(QStringLiteral("addModelFromFileAction"));
    addModelAction->setStatusTip(tr("Add or update a model from a GGUF, a safetensors file or a model folder's "
                                    "config.json, with its weights measured"));
    QAction *mergeAction = menu->addAction(tr("&Merge…"), this, &DocumentActions::mergeFile);
    mergeAction->setObjectName(QStringLiteral("mergeAction"));
    mergeAction->setStatusTip(tr("Bring in models, GPUs and API prices from a colleague's LLM Atlas file"));
    QAction *updateAction =
        menu->addAction(tr("Update from &Bundled Catalogue…"), this, &DocumentActions::updateFromBundledCatalogue);
    updateAction->setObjectName(QStringLiteral("updateFromBundledAction"));
    updateAction->setStatusTip(tr("Add the models, GPUs and API prices this version of LLM Atlas bundles that this "
                                  "file lacks, and update those that differ, after a preview"));
    QAction *packAction = menu->addAction(tr("Export &Data Pack…"), this, &DocumentActions::exportDataPack);
    packAction->setObjectName(QStringLiteral("exportDataPackAction"));
    packAction->setStatusTip(tr("Write the models, GPUs and API prices to one dated file a colleague imports in "
                                "one step"));
}

void DocumentActions::addEditActions(QMenu *menu)
{
    QAction *undo = m_document->undoStack()->createUndoAction(menu, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(menu, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    const QList<QAction *> existing = menu->actions();
    QAction *before = existing.isEmpty() ? nullptr : existing.constFirst();
    menu->insertAction(before, undo);
    menu->insertAction(before, redo);
    if (before)
        menu->insertSeparator(before);
}

QString DocumentActions::folder() const
{
    // The folder last opened, imported from or saved to; before any, the user's documents: the open
    // database's own folder is, on a first run, the app's private data folder.
    const QString last = LastFolderSetting.get();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void DocumentActions::newFile()
{
    const QString path = Dialogs::saveFileName(m_window, tr("New LLM Atlas Database"),
                                               folder() + QStringLiteral("/atlas.sqlite"), databaseFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        Dialogs::showError(m_window, tr("Cannot create database"),
                           tr("“%1” already exists. A new database is never written over a file: choose a new name.")
                               .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!m_document->createNew(path)) {
        Dialogs::showError(m_window, tr("Cannot create database"), m_document->errorString());
        return;
    }
    addRecentFile(m_document->filePath());
    emit statusMessage(tr("Created %1 from the bundled dataset").arg(QDir::toNativeSeparators(path)));
}

void DocumentActions::saveAs()
{
    const QString path = Dialogs::saveFileName(m_window, tr("Save a Copy As"), folder(), databaseFilter());
    if (path.isEmpty())
        return;
    if (!m_document->saveAs(path)) {
        Dialogs::showError(m_window, tr("Cannot save"), m_document->errorString());
        return;
    }
    LastFolderSetting.set(QFileInfo(path).absolutePath());
    addRecentFile(m_document->filePath());
    emit statusMessage(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
}

void DocumentActions::chooseFileToOpen()
{
    const QString path = Dialogs::openFileName(m_window, tr("Open LLM Atlas Database"), folder(), databaseFilter());
    if (path.isEmpty())
        return;
    LastFolderSetting.set(QFileInfo(path).absolutePath());
    openFile(path);
}

bool DocumentActions::openFile(const QString &path)
{
    if (!m_document->open(path)) {
        Dialogs::showError(m_window, tr("Cannot open database"), m_document->errorString());
        return false;
    }
    addRecentFile(m_document->filePath());
    return true;
}

void DocumentActions::importFile()
{
    const QString path = Dialogs::openFileName(m_window, tr("Import CSV or JSON"), folder(),
                                               tr("Tables, data packs and benchmark results (*.csv *.json *.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    LastFolderSetting.set(QFileInfo(path).absolutePath());
    // A data pack says what it is in its first line; a table's name usually says what it holds; otherwise ask.
    const QString base = QFileInfo(path).completeBaseName().toLower();
    std::optional<Importer::Kind> kind =
        DataPack::looksLikePackFile(path) ? std::optional(Importer::Kind::Pack) : kindNamedIn(base);
    // llama-bench and vllm bench files are named after the tool more often than after what they hold.
    if (!kind && (base.contains(QLatin1String("measurement")) || base.contains(QLatin1String("bench")))) {
        importMeasurements(path);
        return;
    }
    if (!kind) {
        const QString answer = Dialogs::textInput(m_window, tr("Import"),
                                                  tr("What does the file hold: models, gpus, prices, tiers or measurements?"),
                                                  QStringLiteral("models"));
        if (answer.isEmpty())
            return;
        if (answer.trimmed().compare(QLatin1String("measurements"), Qt::CaseInsensitive) == 0) {
            importMeasurements(path);
            return;
        }
        kind = Importer::kindFromName(answer);
        if (!kind) {
            Dialogs::showError(m_window, tr("Cannot import"),
                               tr("“%1” is not models, gpus, prices, tiers or measurements.").arg(answer));
            return;
        }
    }
    // Reading and checking a big file takes seconds: on a worker thread, with a progress bar and Cancel.
    Importer::Preview preview;
    const bool finished = BackgroundTask::run(
        m_window, tr("Reading %1…").arg(QFileInfo(path).fileName()), [&](const BackgroundTask::Progress &progress) {
            Importer::Options options;
            options.progress = progress;
            preview = Importer::previewFile(m_document->dataset(), path, *kind, options);
        });
    if (!finished) {
        emit statusMessage(tr("Import cancelled: nothing was written."));
        return;
    }
    confirmAndWrite(preview);
}

void DocumentActions::confirmAndWrite(Importer::Preview &preview)
{
    ImportPreviewDialog dialog(preview, m_window);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || !preview.canApply())
        return;
    switch (writeInBackground(preview.changes, tr("Import %1").arg(preview.fileName), tr("Cannot import"))) {
    case Outcome::Written: emit statusMessage(preview.summary()); break;
    case Outcome::Cancelled: emit statusMessage(tr("Import cancelled: nothing was written.")); break;
    case Outcome::Failed: break;
    }
}

void DocumentActions::updateFromBundledCatalogue()
{
    Importer::Preview preview;
    QString error;
    const bool finished = BackgroundTask::run(
        m_window, tr("Reading the bundled catalogue…"), [&](const BackgroundTask::Progress &progress) {
            const QByteArray pack = DataPack::bundledCatalogue(QDate::currentDate(), &error);
            if (pack.isEmpty())
                return;
            Importer::Options options;
            options.progress = progress;
            preview = DataPack::preview(m_document->dataset(), pack, tr("Bundled catalogue"), options);
        });
    if (!finished) {
        emit statusMessage(tr("Update cancelled: nothing was written."));
        return;
    }
    if (!error.isEmpty()) {
        Dialogs::showError(m_window, tr("Cannot read the bundled catalogue"), error);
        return;
    }
    confirmAndWrite(preview);
}

void DocumentActions::exportDataPack()
{
    const QString suggested = QDir(folder()).filePath(
        QStringLiteral("llm-atlas-pack-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path =
        Dialogs::saveFileName(m_window, tr("Export Data Pack"), suggested, tr("LLM Atlas data pack (*.json)"));
    if (path.isEmpty())
        return;
    LastFolderSetting.set(QFileInfo(path).absolutePath());
    const QString origin = DataPack::exportedFrom(m_document->filePath());
    QString error;
    if (!FileSaver::save(path, DataPack::write(m_document->dataset(), QDate::currentDate(), origin), &error)) {
        Dialogs::showError(m_window, tr("Cannot export the data pack"), error);
        return;
    }
    const Dataset &dataset = m_document->dataset();
    const QLocale locale;
    emit statusMessage(tr("Data pack of %1 models, %2 GPUs and %3 API prices written to %4")
                           .arg(locale.toString(qlonglong(dataset.models.size())),
                                locale.toString(qlonglong(dataset.gpus.size())),
                                locale.toString(qlonglong(dataset.apiPrices.size())), QDir::toNativeSeparators(path)));
}

void DocumentActions::importMeasurements(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::showError(m_window, tr("Cannot import"), tr("“%1” cannot be read: %2").arg(fileName, file.errorString()));
        return;
    }
    if (file.size() > Importer::MaxFileBytes) {
        Dialogs::showError(m_window, tr("Cannot import"), tr("“%1” is too large for a measurements file.").arg(fileName));
        return;
    }
    const Measurements::ImportPlan plan = Measurements::plan(m_document->dataset(), file.readAll(), fileName, {});
    if (!plan.error.isEmpty()) {
        Dialogs::showError(m_window, tr("Cannot import"),
                           tr("“%1” refused: %2. Nothing was written.").arg(fileName, plan.error));
        return;
    }
    if (!plan.canWrite()) {
        // The window has no --model or --gpu: the command line names what a file does not.
        Dialogs::showError(m_window, tr("Cannot import"),
                           tr("%1\nNothing was written. Runs whose model or GPU the file does not name as this "
                              "database does can be given one with llm-atlas import FILE --kind measurements "
                              "--model NAME --gpu NAME --count N.")
                               .arg(plan.report().trimmed()));
        return;
    }
    if (!Dialogs::confirm(m_window, tr("Import measured runs"),
                          tr("%1\nAdd %2 measured runs to this file?")
                              .arg(plan.report().trimmed(), QLocale().toString(qlonglong(plan.accepted.size())))))
        return;
    if (!m_document->addMeasurements(plan.accepted, fileName)) {
        Dialogs::showError(m_window, tr("Cannot import"), m_document->errorString());
        return;
    }
    emit statusMessage(tr("%1 measured runs imported from %2: see the Measurements tab.")
                           .arg(QLocale().toString(qlonglong(plan.accepted.size())), fileName));
}

void DocumentActions::addModelFromFile()
{
    // A folder is chosen by its config.json: one dialog for files and folders alike.
    const QString path =
        Dialogs::openFileName(m_window, tr("Add Model from File"), folder(),
                              tr("Model files (*.gguf *.safetensors config.json);;All files (*)"));
    if (path.isEmpty())
        return;
    LastFolderSetting.set(QFileInfo(path).absolutePath());
    importModelFile(path);
}

bool DocumentActions::isModelFile(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    return info.isDir() || suffix == QLatin1String("gguf") || suffix == QLatin1String("safetensors");
}

void DocumentActions::importModelFile(const QString &path)
{
    // Headers only, but a split GGUF or a folder of shards is several files: read off the UI thread.
    ModelFileFacts facts;
    const bool finished = BackgroundTask::run(m_window, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                              [&](const BackgroundTask::Progress &) {
                                                  facts = ModelFileInspector::inspect(path);
                                              });
    if (!finished) {
        emit statusMessage(tr("Cancelled: nothing was added."));
        return;
    }
    ModelFileImport::Options options;
    ModelFileImport::Plan plan = ModelFileImport::plan(m_document->dataset(), facts, path, options);
    if (plan.needsVendor) {
        options.vendor = Dialogs::textInput(m_window, tr("Add Model from File"),
                                            tr("%1 does not say who made “%2”. Vendor:").arg(plan.fileName, plan.model.name),
                                            QString());
        if (options.vendor.trimmed().isEmpty())
            return;
        plan = ModelFileImport::plan(m_document->dataset(), facts, path, options);
    }
    if (!plan.error.isEmpty()) {
        Dialogs::showError(m_window, tr("Cannot add the model"), plan.error);
        return;
    }
    ModelFilePreviewDialog dialog(plan, m_window);
    if (Dialogs::exec(&dialog) != QDialog::Accepted || !plan.canApply())
        return;
    const QString description =
        plan.existing ? tr("Update %1 from %2").arg(plan.model.name, plan.fileName)
                      : tr("Add %1 from %2").arg(plan.model.name, plan.fileName);
    if (!m_document->applyChanges(plan.changes, description)) {
        Dialogs::showError(m_window, tr("Cannot add the model"), m_document->errorString());
        return;
    }
    emit statusMessage(plan.summary());
}

// Writing a big change set takes a while: on a worker thread over a connection of its own, behind a
// progress dialog; the document then takes the written rows in (one undo step, as ever).
Outcome DocumentActions::writeInBackground(ChangeSet &changes, const QString &description,
                                           const QString &errorTitle)
{
    if (!m_document->checkWritable()) {
        Dialogs::showError(m_window, errorTitle, m_document->errorString());
        return Outcome::Failed;
    }
    const QString databasePath = m_document->filePath();
    bool written = false;
    QString error;
    BackgroundTask::run(m_window, description, [&](const BackgroundTask::Progress &progress) {
        written = ChangeSetWriter::applyToFile(databasePath, changes, progress, &error);
    });
    // A Cancel that comes after the commit is too late: what was written is taken in.
    if (written) {
        m_document->pushWrittenChanges(changes, description);
        return Outcome::Written;
    }
    if (error.isEmpty())
        return Outcome::Cancelled;
    Dialogs::showError(m_window, errorTitle, error);
    return Outcome::Failed;
}

void DocumentActions::mergeFile()
{
    const QString path = Dialogs::openFileName(m_window, tr("Merge Another LLM Atlas Database"), folder(),
                                               databaseFilter());
    if (path.isEmpty())
        return;
    // Reading and comparing a big file takes a while: on a worker thread, behind a progress dialog.
    Merger::Plan plan;
    const bool finished = BackgroundTask::run(
        m_window, tr("Reading %1…").arg(QFileInfo(path).fileName()), [&](const BackgroundTask::Progress &progress) {
            plan = Merger::plan(m_document->dataset(), path, progress);
        });
    if (!finished || plan.cancelled) {
        emit statusMessage(tr("Merge cancelled: nothing was changed."));
        return;
    }
    if (!plan.error.isEmpty()) {
        Dialogs::showError(m_window, tr("Cannot merge"), plan.error);
        return;
    }
    if (plan.additions.isEmpty() && plan.conflicts.isEmpty()) {
        emit statusMessage(tr("%1 holds nothing this file lacks.").arg(plan.fileName));
        return;
    }
    MergeDialog dialog(&plan, m_window);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    ChangeSet changes = Merger::changes(plan);
    if (writeInBackground(changes, tr("Merge %1").arg(plan.fileName), tr("Cannot merge")) == Outcome::Cancelled)
        emit statusMessage(tr("Merge cancelled: nothing was changed."));
}

QStringList DocumentActions::recentFiles()
{
    return RecentFilesSetting.get();
}

void DocumentActions::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    RecentFilesSetting.set(files.mid(0, MaxRecentFiles));
}

void DocumentActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { RecentFilesSetting.reset(); });
}
