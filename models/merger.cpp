#include "models/merger.h"

#include "db/database.h"
#include "db/dataset.h"

#include <QDate>
#include <QFileInfo>

namespace {

QString identity(const AnyRecord &record)
{
    return std::visit(
        [](const auto &r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, ApiPriceRecord>)
                return r.provider.toLower() + QLatin1Char('\n') + r.modelName.toLower();
            else if constexpr (std::is_same_v<T, TierEntryRecord>)
                return QString::number(r.modelId);
            else
                return r.name.toLower();
        },
        record);
}

// Their record in our terms: every field read from their file and parsed against ours, so a price's
// model link points at our model of the same name (or at nothing).
AnyRecord translated(AnyRecord base, const AnyRecord &theirs, const Dataset &mine, const Dataset &other,
                     const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!RecordFields::setValue(base, key, RecordFields::value(theirs, key, &other), &mine).isEmpty())
            RecordFields::setValue(base, key, QVariant(), &mine); // a link to a model we do not have
    }
    RecordFields::normalize(base);
    return base;
}

template<typename Record>
void compare(const QList<Record> &ours, const QList<Record> &theirs, RecordKind kind, const Dataset &mine,
             const Dataset &other, Merger::Plan &plan)
{
    QStringList keys;
    for (const RecordFields::Field &field : RecordFields::fields(kind))
        keys << field.key;
    const QString now = RecordFields::nowUtc();
    for (const Record &their : theirs) {
        const AnyRecord theirRecord(their);
        const auto match = std::find_if(ours.cbegin(), ours.cend(), [&](const Record &r) {
            return identity(AnyRecord(r)) == identity(theirRecord);
        });
        if (match == ours.cend()) {
            AnyRecord added = translated(AnyRecord(Record()), theirRecord, mine, other, keys);
            RecordFields::markEdited(added, {}, now);
            plan.additions << Merger::Addition{added, true};
            continue;
        }
        const AnyRecord ourRecord(*match);
        AnyRecord candidate = translated(ourRecord, theirRecord, mine, other, keys);
        const QStringList differing = RecordFields::differingKeys(ourRecord, candidate, &mine);
        if (differing.isEmpty()) {
            ++plan.identical;
            continue;
        }
        Merger::Conflict conflict{ourRecord, candidate, differing, {}, false};
        for (const QString &key : differing)
            conflict.descriptions << Merger::tr("%1: %2 here, %3 there")
                                         .arg(key, RecordFields::displayValue(RecordFields::value(ourRecord, key, &mine)),
                                              RecordFields::displayValue(RecordFields::value(candidate, key, &mine)));
        RecordFields::markEdited(conflict.theirs, differing, now);
        plan.conflicts << conflict;
    }
}

} // namespace

Merger::Plan Merger::plan(const Dataset &mine, const QString &otherPath)
{
    Database database;
    Dataset theirs;
    QString error;
    if (!database.open(otherPath, Database::Access::ReadOnly)) {
        Plan failed;
        failed.error = database.errorString();
        return failed;
    }
    if (!theirs.load(database.connection(), &error)) {
        Plan failed;
        failed.error = tr("“%1” could not be read: %2").arg(otherPath, error);
        return failed;
    }
    return plan(mine, theirs, QFileInfo(otherPath).fileName());
}

Merger::Plan Merger::plan(const Dataset &mine, const Dataset &theirs, const QString &fileName)
{
    Plan result;
    result.fileName = fileName;
    compare(mine.models, theirs.models, RecordKind::Model, mine, theirs, result);
    compare(mine.gpus, theirs.gpus, RecordKind::Gpu, mine, theirs, result);
    compare(mine.apiPrices, theirs.apiPrices, RecordKind::ApiPrice, mine, theirs, result);
    return result;
}

ChangeSet Merger::changes(const Plan &plan)
{
    ChangeSet changes;
    for (const Addition &addition : plan.additions) {
        if (addition.take)
            changes.additions << addition.record;
    }
    for (const Conflict &conflict : plan.conflicts) {
        if (conflict.takeTheirs)
            changes.changes << std::pair{conflict.mine, conflict.theirs};
    }
    if (!changes.additions.isEmpty())
        changes.source = SourceRecord{0, tr("Merged from %1").arg(plan.fileName), tr("another LLM Atlas database"),
                                      QDate::currentDate().toString(Qt::ISODate), QString()};
    return changes;
}
