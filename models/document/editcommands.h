#pragma once

#include "db/datasetwriter.h"
#include "models/document/changeset.h"

#include <QUndoCommand>

class AtlasDocument;

// The undoable edits of an AtlasDocument. Each writes through the document's DatasetWriter in one
// transaction, then brings the in-memory dataset up to date. A write that fails (a lock held by another
// program, say) marks a new command obsolete, so it never enters the undo stack.

// Replaces one record (model, tier entry, GPU, API price) by another version of it.
class UpdateRecordCommand : public QUndoCommand
{
public:
    UpdateRecordCommand(AtlasDocument *document, AnyRecord before, AnyRecord after, const QString &text);
    void redo() override;
    void undo() override;

private:
    AtlasDocument *m_document;
    AnyRecord m_before;
    AnyRecord m_after;
};

// Adds one record; undo deletes it again. The id it gets the first time is kept for every redo, so later
// commands that refer to it stay valid.
class InsertRecordCommand : public QUndoCommand
{
public:
    InsertRecordCommand(AtlasDocument *document, AnyRecord record, const QString &text);
    void redo() override;
    void undo() override;

private:
    AtlasDocument *m_document;
    AnyRecord m_record;
};

// Deletes one record with everything that depends on it; undo puts all of it back as it was.
class DeleteRecordCommand : public QUndoCommand
{
public:
    DeleteRecordCommand(AtlasDocument *document, RecordKind kind, qint64 id, qint64 tierListId, const QString &text);
    void redo() override;
    void undo() override;

private:
    AtlasDocument *m_document;
    RecordKind m_kind;
    qint64 m_id;
    qint64 m_tierListId;
    DatasetWriter::Snapshot m_snapshot;
};

// Applies an import's or a merge's change set in one transaction.
class ApplyChangesCommand : public QUndoCommand
{
public:
    // Already: the change set was written to the file elsewhere (a worker's connection, with its ids);
    // the first redo only brings the dataset up to date.
    enum class Written { NotYet, Already };

    ApplyChangesCommand(AtlasDocument *document, ChangeSet changes, const QString &text,
                        Written written = Written::NotYet);
    void redo() override;
    void undo() override;

private:
    AtlasDocument *m_document;
    ChangeSet m_changes;
    bool m_writtenAlready;
};
