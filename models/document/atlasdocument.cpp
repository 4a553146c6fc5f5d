#include "models/document/atlasdocument.h"

#include "db/datasetreader.h"
#include "db/datasetwriter.h"
#include "models/core/formatting/format.h"
#include "models/core/validation.h"
#include "models/document/editcommands.h"

#include <QDate>
#include <QFileInfo>
#include <QUndoStack>

namespace {
// Rows typed in by hand cite this source, created the first time it is needed.
const auto HandSourceTitle = QStringLiteral("Entered in LLM Atlas");
} // namespace

AtlasDocument::AtlasDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

AtlasDocument::~AtlasDocument() = default;

bool AtlasDocument::open(const QString &path, Database::Access access)
{
    auto database = std::make_unique<Database>();
    Dataset dataset;
    QString error;
    if (!database->open(path, access, [&] { return DatasetReader::load(database->connection(), &dataset, &error); })) {
        m_error = database->errorString().isEmpty() ? tr("“%1” could not be read: %2").arg(path, error)
                                                    : database->errorString();
        return false;
    }
    m_writer.reset();
    m_database = std::move(database);
    m_writer = std::make_unique<DatasetWriter>(m_database.get());
    m_dataset = std::move(dataset);
    m_error.clear();
    // The history belongs to the file it was made in.
    m_undoStack->clear();
    m_undoStack->setClean();
    emit datasetReset();
    return true;
}

bool AtlasDocument::openDefault()
{
    const QString path = Database::defaultPath();
    Database preparer;
    if (!preparer.prepareOwnFile(path)) {
        m_error = preparer.errorString();
        return false;
    }
    return open(path);
}

QString AtlasDocument::filePath() const
{
    return m_database ? m_database->filePath() : QString();
}

bool AtlasDocument::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

bool AtlasDocument::saveAs(const QString &path)
{
    if (!m_database) {
        m_error = tr("No database is open.");
        return false;
    }
    if (!m_database->saveAs(path)) {
        m_error = m_database->errorString();
        return false;
    }
    return open(path);
}

bool AtlasDocument::createNew(const QString &path)
{
    Database creator;
    if (!creator.createFromBundle(path)) {
        m_error = creator.errorString();
        return false;
    }
    creator.close();
    return open(path);
}

bool AtlasDocument::isModified() const
{
    return !m_undoStack->isClean();
}

DatasetWriter *AtlasDocument::writer() const
{
    return m_writer.get();
}

std::optional<AnyRecord> AtlasDocument::record(RecordKind kind, qint64 id, qint64 tierListId) const
{
    const auto find = [id](const auto &records) -> std::optional<AnyRecord> {
        for (const auto &r : records) {
            if (r.id == id)
                return AnyRecord(r);
        }
        return std::nullopt;
    };
    switch (kind) {
    case RecordKind::Model: return find(m_dataset.models);
    case RecordKind::Gpu: return find(m_dataset.gpus);
    case RecordKind::ApiPrice: return find(m_dataset.apiPrices);
    case RecordKind::TierEntry:
        for (const TierEntryRecord &entry : m_dataset.tierEntries) {
            if (entry.modelId == id && entry.tierListId == tierListId)
                return AnyRecord(entry);
        }
        return std::nullopt;
    }
    return std::nullopt;
}

bool AtlasDocument::checkWritable()
{
    if (!m_database) {
        m_error = tr("No database is open.");
        return false;
    }
    if (m_database->isReadOnly()) {
        m_error = tr("“%1” is open read-only, so it cannot be edited. Save a copy (File > Save As) and edit that.")
                      .arg(QFileInfo(m_database->filePath()).fileName());
        return false;
    }
    return true;
}

bool AtlasDocument::push(QUndoCommand *command)
{
    m_writeFailed = false;
    m_undoStack->push(command); // a command whose write failed marks itself obsolete and is dropped
    return !m_writeFailed;
}

bool AtlasDocument::setField(RecordKind kind, qint64 id, const QString &key, const QVariant &value, qint64 tierListId)
{
    if (!checkWritable())
        return false;
    std::optional<AnyRecord> current = record(kind, id, tierListId);
    bool adding = false;
    if (!current && kind == RecordKind::TierEntry && m_dataset.model(id)) {
        // Giving a model without a place in the list a tier puts it at the end of the list.
        TierEntryRecord entry;
        entry.tierListId = tierListId;
        entry.modelId = id;
        entry.tier = QStringLiteral("C");
        for (const TierEntryRecord &other : std::as_const(m_dataset.tierEntries)) {
            if (other.tierListId == tierListId)
                entry.rank = std::max(entry.rank, other.rank);
        }
        entry.rank += 1;
        entry.quotedParams = Format::params(m_dataset.model(id)->totalParams);
        current = entry;
        adding = true;
    }
    if (!current) {
        m_error = tr("That row is no longer in the dataset.");
        return false;
    }
    AnyRecord after = *current;
    const QString parseError = RecordFields::setValue(after, key, value, &m_dataset);
    if (!parseError.isEmpty()) {
        m_error = parseError;
        return false;
    }
    RecordFields::normalize(after);
    const QStringList changed = RecordFields::differingKeys(*current, after, &m_dataset);
    if (changed.isEmpty() && !adding)
        return true;
    const Validation::Messages messages = Validation::check(after, m_dataset);
    if (!messages.isEmpty()) {
        m_error = Validation::summary(kind, messages);
        return false;
    }
    RecordFields::markEdited(after, adding ? QStringList{QStringLiteral("tier")} : changed, RecordFields::nowUtc());
    const RecordFields::Field *field = RecordFields::field(kind, key);
    const QString name = RecordFields::displayName(kind == RecordKind::TierEntry
                                                       ? AnyRecord(*m_dataset.model(id))
                                                       : after,
                                                   &m_dataset);
    if (adding)
        return push(new InsertRecordCommand(this, after, tr("Put %1 in the tier list").arg(name)));
    return push(new UpdateRecordCommand(this, *current, after,
                                        tr("Edit %1 of %2").arg(field ? field->title.toLower() : key, name)));
}

bool AtlasDocument::replaceRecord(const AnyRecord &edited)
{
    if (!checkWritable())
        return false;
    const RecordKind kind = RecordFields::kindOf(edited);
    const auto *entry = std::get_if<TierEntryRecord>(&edited);
    const qint64 id = std::visit(
        [](const auto &r) -> qint64 {
            if constexpr (std::is_same_v<std::decay_t<decltype(r)>, TierEntryRecord>)
                return r.modelId;
            else
                return r.id;
        },
        edited);
    const std::optional<AnyRecord> current = record(kind, id, entry ? entry->tierListId : 0);
    if (!current) {
        m_error = tr("That row is no longer in the dataset.");
        return false;
    }
    AnyRecord after = edited;
    RecordFields::normalize(after);
    const QStringList changed = RecordFields::differingKeys(*current, after, &m_dataset);
    if (changed.isEmpty())
        return true;
    const Validation::Messages messages = Validation::check(after, m_dataset);
    if (!messages.isEmpty()) {
        m_error = Validation::summary(kind, messages);
        return false;
    }
    RecordFields::markEdited(after, changed, RecordFields::nowUtc());
    return push(new UpdateRecordCommand(this, *current, after,
                                        tr("Edit %1").arg(RecordFields::displayName(after, &m_dataset))));
}

bool AtlasDocument::addRecord(const AnyRecord &record)
{
    if (!checkWritable())
        return false;
    AnyRecord added = record;
    RecordFields::normalize(added);
    const Validation::Messages messages = Validation::check(added, m_dataset);
    if (!messages.isEmpty()) {
        m_error = Validation::summary(RecordFields::kindOf(added), messages);
        return false;
    }
    ChangeSet changes;
    if (!std::holds_alternative<TierEntryRecord>(added)) {
        const auto source = std::find_if(m_dataset.sources.cbegin(), m_dataset.sources.cend(),
                                         [](const SourceRecord &s) { return s.title == HandSourceTitle; });
        const qint64 sourceId = source == m_dataset.sources.cend() ? 0 : source->id;
        if (sourceId == 0)
            changes.source = SourceRecord{0, HandSourceTitle, tr("typed in by a user of this file"),
                                          QDate::currentDate().toString(Qt::ISODate), QString()};
        std::visit(
            [sourceId](auto &r) {
                if constexpr (!std::is_same_v<std::decay_t<decltype(r)>, TierEntryRecord>)
                    r.sourceId = sourceId;
            },
            added);
    }
    RecordFields::markEdited(added, {}, RecordFields::nowUtc());
    changes.additions << added;
    return push(new ApplyChangesCommand(this, changes, tr("Add %1").arg(RecordFields::displayName(added, &m_dataset))));
}

bool AtlasDocument::deleteRecord(RecordKind kind, qint64 id, qint64 tierListId)
{
    if (!checkWritable())
        return false;
    const std::optional<AnyRecord> current = record(kind, id, tierListId);
    if (!current) {
        m_error = tr("That row is no longer in the dataset.");
        return false;
    }
    const QString name = kind == RecordKind::TierEntry && m_dataset.model(id)
                             ? tr("%1 from the tier list").arg(m_dataset.model(id)->name)
                             : RecordFields::displayName(*current, &m_dataset);
    return push(new DeleteRecordCommand(this, kind, id, tierListId, tr("Delete %1").arg(name)));
}

bool AtlasDocument::applyChanges(const ChangeSet &changes, const QString &description)
{
    if (!checkWritable())
        return false;
    if (changes.isEmpty())
        return true;
    return push(new ApplyChangesCommand(this, changes, description));
}

bool AtlasDocument::addMeasurements(const QList<MeasurementRecord> &runs, const QString &fileName)
{
    ChangeSet changes;
    changes.runAdditions = runs;
    for (MeasurementRecord &run : changes.runAdditions)
        run.id = 0; // the file numbers them
    return applyChanges(changes, tr("Import measured runs from %1").arg(fileName));
}

void AtlasDocument::pushWrittenChanges(const ChangeSet &changes, const QString &description)
{
    push(new ApplyChangesCommand(this, changes, description, ApplyChangesCommand::Written::Already));
}

QString AtlasDocument::deletionConsequences(RecordKind kind, qint64 id) const
{
    const auto count = [](const auto &records, auto matches) {
        return std::count_if(records.cbegin(), records.cend(), matches);
    };
    QStringList parts;
    const auto add = [&parts](qsizetype n, const QString &text) {
        if (n > 0)
            parts << text.arg(n);
    };
    if (kind == RecordKind::Model) {
        add(count(m_dataset.tierEntries, [id](const auto &r) { return r.modelId == id; }),
            tr("its %1 tier-list entries"));
        add(count(m_dataset.quotedHardware, [id](const auto &r) { return r.modelId == id; }),
            tr("%1 quoted hardware figures"));
        add(count(m_dataset.recommendations, [id](const auto &r) { return r.modelId == id; }),
            tr("%1 recommendations"));
        add(count(m_dataset.apiPrices, [id](const auto &r) { return r.modelId == id; }),
            tr("the link from %1 API prices (the prices stay)"));
        add(count(m_dataset.quotedCosts, [id](const auto &r) { return r.modelId == id; }),
            tr("the link from %1 quoted costs (the costs stay)"));
        add(count(m_dataset.measurements, [id](const auto &r) { return r.modelId == id; }),
            tr("%1 measured runs"));
    } else if (kind == RecordKind::Gpu) {
        add(count(m_dataset.gpuConfigurations, [id](const auto &r) { return r.gpuId == id; }),
            tr("%1 GPU configurations"));
        add(count(m_dataset.measurements, [id](const auto &r) { return r.gpuId == id; }),
            tr("%1 measured runs"));
        add(count(m_dataset.quotedCosts, [id](const auto &r) { return r.gpuId == id; }),
            tr("the link from %1 quoted costs (the costs stay)"));
    } else if (kind == RecordKind::ApiPrice) {
        add(count(m_dataset.quotedCosts, [id](const auto &r) { return r.apiPriceId == id; }),
            tr("the link from %1 quoted costs (the costs stay)"));
    }
    return parts.join(QStringLiteral(", "));
}

bool AtlasDocument::writeUpdate(const AnyRecord &before, const AnyRecord &after)
{
    bool written = false;
    if (m_writer) {
        written = std::visit(
            [&](const auto &b) {
                using T = std::decay_t<decltype(b)>;
                return m_writer->update(b, std::get<T>(after));
            },
            before);
    }
    if (!written) {
        reportWriteFailure(m_writer ? m_writer->errorString() : tr("No database is open."));
        return false;
    }
    // The record changes in place, so views holding pointers into the dataset stay valid.
    const qint64 id = replaceInMemory(after);
    emit recordChanged(RecordFields::kindOf(after), id);
    return true;
}

qint64 AtlasDocument::replaceInMemory(const AnyRecord &after)
{
    const auto replace = [](auto &records, const auto &record, auto same) {
        for (auto &r : records) {
            if (same(r, record)) {
                r = record;
                return;
            }
        }
    };
    qint64 id = 0;
    std::visit(
        [&](const auto &a) {
            using T = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<T, ModelRecord>) {
                replace(m_dataset.models, a, [](const auto &x, const auto &y) { return x.id == y.id; });
                id = a.id;
            } else if constexpr (std::is_same_v<T, GpuRecord>) {
                replace(m_dataset.gpus, a, [](const auto &x, const auto &y) { return x.id == y.id; });
                id = a.id;
            } else if constexpr (std::is_same_v<T, ApiPriceRecord>) {
                replace(m_dataset.apiPrices, a, [](const auto &x, const auto &y) { return x.id == y.id; });
                id = a.id;
            } else {
                replace(m_dataset.tierEntries, a, [](const auto &x, const auto &y) {
                    return x.modelId == y.modelId && x.tierListId == y.tierListId;
                });
                id = a.modelId;
            }
        },
        after);
    return id;
}

void AtlasDocument::changesWritten(const ChangeSet &changes)
{
    if (changes.source)
        m_dataset.insert(*changes.source);
    for (const SourceRecord &source : changes.citedSources)
        m_dataset.insert(source);
    if (changes.tierList)
        m_dataset.insert(*changes.tierList);
    const auto newModels = std::count_if(changes.additions.cbegin(), changes.additions.cend(),
                                         [](const AnyRecord &r) { return std::holds_alternative<ModelRecord>(r); });
    m_dataset.models.reserve(m_dataset.models.size() + newModels);
    for (const AnyRecord &record : changes.additions)
        std::visit([this](const auto &r) { m_dataset.insert(r); }, record);
    bool tierEntryChanged = false;
    for (const auto &[before, after] : changes.changes) {
        replaceInMemory(after);
        tierEntryChanged = tierEntryChanged || std::holds_alternative<TierEntryRecord>(after);
    }
    for (const MeasuredSizeRecord &measured : changes.measuredAdditions)
        m_dataset.measuredSizes.append(measured);
    for (const auto &change : changes.measuredChanges) {
        // A named id rather than the structured binding: clang 14 cannot capture a binding in a lambda.
        const qint64 id = change.first.id;
        std::replace_if(m_dataset.measuredSizes.begin(), m_dataset.measuredSizes.end(),
                        [id](const MeasuredSizeRecord &m) { return m.id == id; }, change.second);
    }
    if (!changes.measuredAdditions.isEmpty()) // in load()'s order
        std::sort(m_dataset.measuredSizes.begin(), m_dataset.measuredSizes.end(),
                  [](const MeasuredSizeRecord &a, const MeasuredSizeRecord &b) {
                      return std::tie(a.modelId, a.quant) < std::tie(b.modelId, b.quant);
                  });
    if (!changes.runAdditions.isEmpty()) { // in load()'s order
        m_dataset.measurements.append(changes.runAdditions);
        std::sort(m_dataset.measurements.begin(), m_dataset.measurements.end(),
                  [](const MeasurementRecord &a, const MeasurementRecord &b) { return a.id < b.id; });
    }
    // A new rank moves an entry in the order load() reads them in.
    if (tierEntryChanged)
        std::stable_sort(m_dataset.tierEntries.begin(), m_dataset.tierEntries.end(),
                         [](const TierEntryRecord &a, const TierEntryRecord &b) {
                             return std::tie(a.tierListId, a.rank) < std::tie(b.tierListId, b.rank);
                         });
    emit datasetReset();
}

bool AtlasDocument::saveGpuConfiguration(const QString &name, qint64 gpuId, int count)
{
    if (!checkWritable())
        return false;
    if (m_database->addGpuConfiguration(name, gpuId, count) == 0) {
        m_error = m_database->errorString();
        return false;
    }
    reload();
    return true;
}

void AtlasDocument::reload()
{
    if (!m_database)
        return;
    Dataset dataset;
    QString error;
    if (!DatasetReader::load(m_database->connection(), &dataset, &error)) {
        m_error = tr("“%1” could not be read: %2").arg(m_database->filePath(), error);
        emit writeFailed(m_error);
        return;
    }
    m_dataset = std::move(dataset);
    emit datasetReset();
}

void AtlasDocument::reportWriteFailure(const QString &message)
{
    m_writeFailed = true;
    m_error = message;
    // The file is the truth: whatever the failed write did not do, memory must not pretend it did.
    reload();
    emit writeFailed(message);
}
