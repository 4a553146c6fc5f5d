#pragma once

#include "db/database.h"
#include "models/core/dataset.h"
#include "models/document/changeset.h"

#include <QObject>

#include <memory>

class DatasetWriter;
class QUndoCommand;
class QUndoStack;

// The open LLM Atlas file and the dataset read from it. Opening another file replaces both at once, and
// only when the new file opened cleanly: a refused file leaves the current document as it was.
// Edits go through here: each is validated, written to the file in a transaction and pushed on the undo
// stack, so the dataset in memory, the file and the undo history always agree.
class AtlasDocument : public QObject
{
    Q_OBJECT

public:
    explicit AtlasDocument(QObject *parent = nullptr);
    ~AtlasDocument() override;

    bool open(const QString &path, Database::Access access = Database::Access::ReadWrite);
    // The user's own database, created from the bundled dataset on first use.
    bool openDefault();

    bool isOpen() const { return m_database != nullptr; }
    const Dataset &dataset() const { return m_dataset; }
    QString filePath() const;
    bool isReadOnly() const;
    QString errorString() const { return m_error; }

    // Writes a consistent copy of the open file to path and continues with the copy.
    bool saveAs(const QString &path);
    // Creates path from the bundled dataset and opens it.
    bool createNew(const QString &path);

    QUndoStack *undoStack() const { return m_undoStack; }
    // Whether edits can be written to the file; when not, errorString() says why.
    bool checkWritable();
    // Whether the file was changed since it was opened or saved as.
    bool isModified() const;
    // The writer of the open file, or nullptr when it cannot be written.
    DatasetWriter *writer() const;

    std::optional<AnyRecord> record(RecordKind kind, qint64 id, qint64 tierListId = 0) const;

    // Edits. Each one is validated, then written and pushed as one undo step. On refusal (a read-only file,
    // an invalid value, a failed write) they return false and errorString() says why; nothing changes.
    bool setField(RecordKind kind, qint64 id, const QString &key, const QVariant &value, qint64 tierListId = 0);
    bool replaceRecord(const AnyRecord &after);
    bool addRecord(const AnyRecord &record);
    bool deleteRecord(RecordKind kind, qint64 id, qint64 tierListId = 0);
    bool applyChanges(const ChangeSet &changes, const QString &description);
    // Benchmark runs already matched to this file's models and GPUs (Measurements::plan), added in one
    // transaction as one undo step named after the file they came from.
    bool addMeasurements(const QList<MeasurementRecord> &runs, const QString &fileName);
    // The undo step of a change set that ChangeSetWriter::applyToFile has written to this file on a worker
    // thread (ids and all): the dataset takes it in without writing it again.
    void pushWrittenChanges(const ChangeSet &changes, const QString &description);
    // Saves a named GPU configuration (type x count) for later sessions. Not an undoable edit: it adds a
    // choice, it changes no fact.
    bool saveGpuConfiguration(const QString &name, qint64 gpuId, int count);
    // What else a delete would take with it, in words; empty when nothing.
    QString deletionConsequences(RecordKind kind, qint64 id) const;

    // For the undo commands: write a changed record and update it in memory.
    bool writeUpdate(const AnyRecord &before, const AnyRecord &after);
    // For the undo commands: re-read the dataset after rows were added or removed.
    void reload();
    // For the undo commands: bring the dataset up to date with a change set just written, ids and all,
    // without re-reading the file (100,000 imported models would take longer to read than to write).
    void changesWritten(const ChangeSet &changes);
    void reportWriteFailure(const QString &message);

signals:
    // The whole dataset was replaced; pointers into the old one are gone.
    void datasetReset();
    // One record changed in place (pointers to it stay valid). Tier entries report their model's id.
    void recordChanged(RecordKind kind, qint64 id);
    // A write failed after the user asked for it (an undo, say); the message says why.
    void writeFailed(const QString &message);
    void modifiedChanged(bool modified);

private:
    bool push(QUndoCommand *command);
    // Replaces the in-memory version of a record; returns the id recordChanged() reports for it.
    qint64 replaceInMemory(const AnyRecord &after);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatasetWriter> m_writer;
    Dataset m_dataset;
    QString m_error;
    QUndoStack *m_undoStack;
    bool m_writeFailed = false;
};
