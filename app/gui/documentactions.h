#pragma once

#include "models/document/importer.h"
#include "views/dialogs/backgroundtask.h"

#include <QObject>

class AtlasDocument;
struct ChangeSet;
class QAction;
class QMenu;
class QWidget;

// The window's actions on the document as a file: new, open, recent files, save as, import, merge, and the
// undo/redo pair of its undo stack. Every modal question goes through Dialogs, so tests can answer it.
class DocumentActions : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRecentFiles = 8;

    DocumentActions(AtlasDocument *document, QWidget *window);

    // New, Open Recent, Save As, Import, Merge (Open stays the window's own).
    void addFileActions(QMenu *menu);
    // Undo and Redo, whose texts say what they will undo or redo.
    void addEditActions(QMenu *menu);

    void newFile();
    void saveAs();
    // File > Import…: a table of models, GPUs, prices or tiers, a data pack of the first three, or measured
    // runs (importMeasurements()).
    void importFile();
    // Benchmark runs (llama-bench, vllm bench serve, LLM Atlas measurements): matched to this file's models
    // and GPUs, confirmed, then added as one undo step; any run that cannot be matched refuses the file.
    void importMeasurements(const QString &path);
    // File > Add Model from File…: asks for a .gguf, .safetensors or config.json, then importModelFile().
    void addModelFromFile();
    // Reads a model file or folder on a worker thread, previews it beside the same-named model and adds or
    // updates the model with its measured size as one undo step (also what dropping a file does).
    void importModelFile(const QString &path);
    // Whether path is something importModelFile() reads: a .gguf, a .safetensors file or a folder.
    static bool isModelFile(const QString &path);
    void mergeFile();
    // File > Export Data Pack…: the models, GPUs and prices as one dated file that Import takes back.
    void exportDataPack();
    // File > Update from Bundled Catalogue…: the catalogue this version bundles, imported as a data pack, so
    // a file made by an earlier version catches up (its models, GPUs and prices previewed first).
    void updateFromBundledCatalogue();
    // Opens path, or tells the user why not and keeps the current file.
    // Asks for a database, starting in the last folder used, and opens it.
    void chooseFileToOpen();
    bool openFile(const QString &path);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);

signals:
    void statusMessage(const QString &message);

private:
    // Failed has been reported to the user.
    // Shows what an import would do and, once accepted, writes it as one undo step.
    void confirmAndWrite(Importer::Preview &preview);
    BackgroundTask::Outcome writeInBackground(ChangeSet &changes, const QString &description, const QString &errorTitle);
    void fillRecentMenu();
    QString folder() const;

    AtlasDocument *m_document;
    QWidget *m_window;
    QMenu *m_recentMenu = nullptr;
};
