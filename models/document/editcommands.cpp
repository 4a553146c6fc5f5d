#include "models/document/editcommands.h"

#include "models/document/atlasdocument.h"
#include "models/document/changesetwriter.h"

#include <utility>

namespace {

bool insertRecord(DatasetWriter &writer, AnyRecord &record)
{
    return std::visit([&](auto &r) { return writer.insert(r); }, record);
}

std::optional<DatasetWriter::Snapshot> removeRecord(DatasetWriter &writer, RecordKind kind, qint64 id,
                                                    qint64 tierListId)
{
    switch (kind) {
    case RecordKind::Model: return writer.remove(QStringLiteral("model"), id);
    case RecordKind::Gpu: return writer.remove(QStringLiteral("gpu"), id);
    case RecordKind::ApiPrice: return writer.remove(QStringLiteral("api_price"), id);
    case RecordKind::TierEntry: return writer.removeTierEntry(tierListId, id);
    }
    return std::nullopt;
}

qint64 recordId(const AnyRecord &record)
{
    return std::visit(
        [](const auto &r) -> qint64 {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, TierEntryRecord>)
                return r.modelId;
            else
                return r.id;
        },
        record);
}

qint64 tierListOf(const AnyRecord &record)
{
    const auto *entry = std::get_if<TierEntryRecord>(&record);
    return entry ? entry->tierListId : 0;
}

} // namespace

UpdateRecordCommand::UpdateRecordCommand(AtlasDocument *document, AnyRecord before, AnyRecord after,
                                         const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void UpdateRecordCommand::redo()
{
    if (!m_document->writeUpdate(m_before, m_after))
        setObsolete(true);
}

void UpdateRecordCommand::undo()
{
    m_document->writeUpdate(m_after, m_before);
}

InsertRecordCommand::InsertRecordCommand(AtlasDocument *document, AnyRecord record, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_record(std::move(record))
{
}

void InsertRecordCommand::redo()
{
    DatasetWriter *writer = m_document->writer();
    if (!writer || !insertRecord(*writer, m_record)) {
        m_document->reportWriteFailure(writer ? writer->errorString() : QString());
        setObsolete(true);
        return;
    }
    m_document->reload();
}

void InsertRecordCommand::undo()
{
    DatasetWriter *writer = m_document->writer();
    if (!writer
        || !removeRecord(*writer, RecordFields::kindOf(m_record), recordId(m_record), tierListOf(m_record))) {
        m_document->reportWriteFailure(writer ? writer->errorString() : QString());
        return;
    }
    m_document->reload();
}

DeleteRecordCommand::DeleteRecordCommand(AtlasDocument *document, RecordKind kind, qint64 id, qint64 tierListId,
                                         const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_kind(kind)
    , m_id(id)
    , m_tierListId(tierListId)
{
}

void DeleteRecordCommand::redo()
{
    DatasetWriter *writer = m_document->writer();
    const auto snapshot = writer ? removeRecord(*writer, m_kind, m_id, m_tierListId) : std::nullopt;
    if (!snapshot) {
        m_document->reportWriteFailure(writer ? writer->errorString() : QString());
        setObsolete(true);
        return;
    }
    m_snapshot = *snapshot;
    m_document->reload();
}

void DeleteRecordCommand::undo()
{
    DatasetWriter *writer = m_document->writer();
    if (!writer || !writer->restore(m_snapshot)) {
        m_document->reportWriteFailure(writer ? writer->errorString() : QString());
        return;
    }
    m_document->reload();
}

ApplyChangesCommand::ApplyChangesCommand(AtlasDocument *document, ChangeSet changes, const QString &text,
                                         Written written)
    : QUndoCommand(text)
    , m_document(document)
    , m_changes(std::move(changes))
    , m_writtenAlready(written == Written::Already)
{
}

void ApplyChangesCommand::redo()
{
    if (std::exchange(m_writtenAlready, false)) {
        m_document->changesWritten(m_changes);
        return;
    }
    DatasetWriter *writer = m_document->writer();
    if (!writer || !writer->begin() || !ChangeSetWriter::apply(*writer, m_changes) || !writer->commit()) {
        const QString error = writer ? writer->errorString() : QString();
        if (writer)
            writer->rollback();
        m_document->reportWriteFailure(error);
        setObsolete(true);
        return;
    }
    m_document->changesWritten(m_changes);
}

void ApplyChangesCommand::undo()
{
    DatasetWriter *writer = m_document->writer();
    if (!writer || !writer->begin() || !ChangeSetWriter::revert(*writer, m_changes) || !writer->commit()) {
        const QString error = writer ? writer->errorString() : QString();
        if (writer)
            writer->rollback();
        m_document->reportWriteFailure(error);
        return;
    }
    m_document->reload();
}
