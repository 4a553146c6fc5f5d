#pragma once

#include "models/document/changeset.h"
#include "models/modelfiles/modelfilefacts.h"

#include <QCoreApplication>

// Works out what importing a model file would do (a GGUF, a safetensors file or a model folder, read by
// ModelFileInspector): the model added, or the same-named model changed field by field, and the file's
// weights recorded as the measured size of that model and quantization, with the file as their source.
// Nothing is written here; the change set is applied as one transaction and undone as one step.
class ModelFileImport
{
    Q_DECLARE_TR_FUNCTIONS(ModelFileImport)

public:
    struct Options
    {
        QString name;   // the model's name; default: what the file says (general.name, or its file name)
        QString vendor; // default: the same-named model's vendor, else the GGUF's general.organization
    };
    struct Plan
    {
        QString fileName; // the file or folder, as the messages name it
        ModelFileFacts facts;
        QString error; // refused, naming the file and the problem: nothing is to be written
        bool needsVendor = false; // refused because nothing names the vendor: ask for it
        QStringList notes;
        std::optional<ModelRecord> existing; // the same-named model, as it is now
        ModelRecord model;                   // the model as it will be (or is, when unchanged)
        QStringList changedKeys;             // of an existing model
        std::optional<MeasuredSizeRecord> previousMeasure; // of this model and quantization, as it is now
        std::optional<MeasuredSizeRecord> measure;         // as it will be
        ChangeSet changes;

        bool canApply() const { return error.isEmpty() && !changes.isEmpty(); }
        QString summary() const;
        // The whole report, one line per change, as the command line prints it.
        QString report() const;
    };

    // The model facts a file can give, under the keys `import --kind models` reads.
    static const QStringList &factKeys();

    static Plan plan(const Dataset &dataset, const QString &path, const Options &options = {});
    // The same for facts already read (on a worker thread, say).
    static Plan plan(const Dataset &dataset, const ModelFileFacts &facts, const QString &path,
                     const Options &options = {});
};
