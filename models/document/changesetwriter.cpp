#include "models/document/changesetwriter.h"

#include "db/database.h"
#include "db/datasetwriter.h"

#include <QHash>

namespace {

bool insertRecord(DatasetWriter &writer, AnyRecord &record)
{
    return std::visit([&](auto &r) { return writer.insert(r); }, record);
}

bool updateRecord(DatasetWriter &writer, const AnyRecord &before, const AnyRecord &after)
{
    return std::visit(
        [&](const auto &b) {
            using T = std::decay_t<decltype(b)>;
            return writer.update(b, std::get<T>(after));
        },
        before);
}

// An added record is taken out without a snapshot: undoing the change set has nothing to restore.
bool removeAddition(DatasetWriter &writer, const AnyRecord &record)
{
    return std::visit(
        [&](const auto &r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, TierEntryRecord>)
                return writer.removeAddedTierEntry(r.tierListId, r.modelId);
            else if constexpr (std::is_same_v<T, ModelRecord>)
                return writer.removeAdded(QStringLiteral("model"), r.id);
            else if constexpr (std::is_same_v<T, GpuRecord>)
                return writer.removeAdded(QStringLiteral("gpu"), r.id);
            else
                return writer.removeAdded(QStringLiteral("api_price"), r.id);
        },
        record);
}

bool applyMeasuredSizes(DatasetWriter &writer, ChangeSet &changes)
{
    qint64 addedModelId = 0;
    for (const AnyRecord &record : std::as_const(changes.additions)) {
        if (const auto *model = std::get_if<ModelRecord>(&record)) {
            addedModelId = model->id;
            break;
        }
    }
    for (MeasuredSizeRecord &measured : changes.measuredAdditions) {
        if (measured.modelId == 0)
            measured.modelId = addedModelId;
        if (measured.sourceId == 0 && changes.source)
            measured.sourceId = changes.source->id;
        if (!writer.insert(measured))
            return false;
    }
    for (auto &[before, after] : changes.measuredChanges) {
        if (after.sourceId == 0 && changes.source)
            after.sourceId = changes.source->id;
        if (!writer.update(before, after))
            return false;
    }
    return true;
}

} // namespace

namespace ChangeSetWriter {

bool apply(DatasetWriter &writer, ChangeSet &changes, const Progress &progress)
{
    if (changes.source && !writer.insert(*changes.source))
        return false;
    QHash<qint64, qint64> writtenSourceIds; // provisional (negative) id -> the id written
    for (SourceRecord &source : changes.citedSources) {
        const qint64 provisionalId = source.id < 0 ? std::exchange(source.id, 0) : 0;
        if (!writer.insert(source))
            return false;
        if (provisionalId < 0)
            writtenSourceIds.insert(provisionalId, source.id);
    }
    if (changes.tierList) {
        if (changes.source && changes.tierList->sourceId == 0)
            changes.tierList->sourceId = changes.source->id;
        if (!writer.insert(*changes.tierList))
            return false;
    }
    const double total = double(changes.additions.size() + changes.changes.size());
    qsizetype done = 0;
    const auto goOn = [&] { return !progress || progress(double(++done) / total); };
    // A data pack's models come before its prices, under provisional negative ids its prices may link to,
    // and its records may cite the sources written above: each is replaced by the id written.
    QHash<qint64, qint64> writtenModelIds;
    const auto linkWritten = [&writtenModelIds, &writtenSourceIds](AnyRecord &record) {
        if (auto *price = std::get_if<ApiPriceRecord>(&record); price && price->modelId && *price->modelId < 0)
            price->modelId = writtenModelIds.value(*price->modelId);
        std::visit(
            [&writtenSourceIds](auto &r) {
                if constexpr (requires { r.sourceId; }) {
                    if (r.sourceId < 0)
                        r.sourceId = writtenSourceIds.value(r.sourceId);
                }
            },
            record);
    };
    for (AnyRecord &record : changes.additions) {
        std::visit(
            [&](auto &r) {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, TierEntryRecord>) {
                    if (r.tierListId == 0 && changes.tierList)
                        r.tierListId = changes.tierList->id;
                } else {
                    if (r.sourceId == 0 && changes.source)
                        r.sourceId = changes.source->id;
                }
            },
            record);
        linkWritten(record);
        auto *model = std::get_if<ModelRecord>(&record);
        const qint64 provisionalId = model && model->id < 0 ? std::exchange(model->id, 0) : 0;
        if (!insertRecord(writer, record) || !goOn())
            return false;
        if (provisionalId < 0)
            writtenModelIds.insert(provisionalId, model->id);
    }
    for (auto &[before, after] : changes.changes) {
        linkWritten(after);
        if (!updateRecord(writer, before, after) || !goOn())
            return false;
    }
    if (!applyMeasuredSizes(writer, changes))
        return false;
    for (MeasurementRecord &run : changes.runAdditions) {
        if (!writer.insert(run))
            return false;
    }
    return true;
}

bool revert(DatasetWriter &writer, const ChangeSet &changes)
{
    for (const MeasurementRecord &run : changes.runAdditions) {
        if (!writer.removeAdded(QStringLiteral("measurement"), run.id))
            return false;
    }
    for (const auto &[before, after] : changes.measuredChanges) {
        if (!writer.update(after, before))
            return false;
    }
    for (const MeasuredSizeRecord &measured : changes.measuredAdditions) {
        if (!writer.removeAdded(QStringLiteral("measured_size"), measured.id))
            return false;
    }
    for (const auto &[before, after] : changes.changes) {
        if (!updateRecord(writer, after, before))
            return false;
    }
    for (qsizetype i = changes.additions.size() - 1; i >= 0; --i) {
        if (!removeAddition(writer, changes.additions.at(i)))
            return false;
    }
    if (changes.tierList && !writer.removeAdded(QStringLiteral("tier_list"), changes.tierList->id))
        return false;
    for (const SourceRecord &source : changes.citedSources) {
        if (!writer.removeAdded(QStringLiteral("source"), source.id))
            return false;
    }
    if (changes.source && !writer.removeAdded(QStringLiteral("source"), changes.source->id))
        return false;
    return true;
}

bool applyToFile(const QString &path, ChangeSet &changes, const Progress &progress, QString *error)
{
    Database database;
    if (!database.open(path)) {
        *error = database.errorString();
        return false;
    }
    DatasetWriter writer(&database);
    if (writer.begin() && apply(writer, changes, progress) && writer.commit()) {
        error->clear();
        return true;
    }
    *error = writer.errorString();
    writer.rollback();
    return false;
}

} // namespace ChangeSetWriter
