// A stand-in for the app in the fault tests: the real edit and save-as code (AtlasDocument, DatasetWriter,
// Database::saveAs) run in a loop in a process of its own, so tst_faults can SIGKILL it at any moment.
// The command line has no edit or save-as command, so this small driver links the app's core libraries
// instead of scripting the window; imports are killed through the real `llm-atlas import`.
//
//   faultdriver edit DB            edits DB without end: each step rewrites the notes of every model and
//                                  GPU and adds a GPU in one transaction; every third step is undone
//   faultdriver saveas SRC DEST N  opens SRC and saves it as DEST, N times (0: without end)
//
// Each prints "ready" once the file is open and the loop starts. A failure prints its message on stderr
// and exits with 1, as the command line does.
#include "models/document/atlasdocument.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <cstdio>

namespace {

int failed(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

void reportReady()
{
    std::printf("ready\n");
    std::fflush(stdout);
}

// One step of the edit loop: every model's and GPU's notes become "fault edit K" and a GPU named
// "Fault GPU K" is added, all in one transaction, so the file shows whether a step was applied whole.
ChangeSet editStep(const Dataset &dataset, int step)
{
    const QString notes = QStringLiteral("fault edit %1").arg(step);
    ChangeSet changes;
    for (const ModelRecord &model : dataset.models) {
        ModelRecord after = model;
        after.notes = notes;
        changes.changes << std::pair{AnyRecord(model), AnyRecord(after)};
    }
    for (const GpuRecord &gpu : dataset.gpus) {
        GpuRecord after = gpu;
        after.notes = notes;
        changes.changes << std::pair{AnyRecord(gpu), AnyRecord(after)};
    }
    GpuRecord added;
    added.name = QStringLiteral("Fault GPU %1").arg(step);
    added.vendor = QStringLiteral("Acme");
    added.memoryGib = 16;
    added.memoryKind = QStringLiteral("GDDR7");
    added.bandwidthGbPerS = 900;
    added.fp16Tflops = 100;
    added.notes = notes;
    added.sourceId = dataset.sources.constFirst().id;
    changes.additions << AnyRecord(added);
    return changes;
}

int editLoop(const QString &path)
{
    AtlasDocument document;
    if (!document.open(path))
        return failed(document.errorString());
    document.undoStack()->setUndoLimit(8); // the loop runs until it is killed; its history need not
    reportReady();
    for (int step = 1;; ++step) {
        if (!document.applyChanges(editStep(document.dataset(), step), QStringLiteral("fault edit")))
            return failed(document.errorString());
        if (step % 3 == 0)
            document.undoStack()->undo(); // back to the previous step's state, in one transaction
    }
}

int saveAsLoop(const QString &source, const QString &destination, int times)
{
    AtlasDocument document;
    if (!document.open(source))
        return failed(document.errorString());
    reportReady();
    for (int step = 1; times == 0 || step <= times; ++step) {
        if (step > 1 && !document.open(source))
            return failed(document.errorString());
        if (!document.saveAs(destination))
            return failed(document.errorString());
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments.at(1) == QLatin1String("edit"))
        return editLoop(arguments.at(2));
    if (arguments.size() == 5 && arguments.at(1) == QLatin1String("saveas"))
        return saveAsLoop(arguments.at(2), arguments.at(3), arguments.at(4).toInt());
    return failed(QStringLiteral("usage: faultdriver edit DB | saveas SRC DEST TIMES"));
}
