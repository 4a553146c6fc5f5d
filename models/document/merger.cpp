#include "models/document/merger.h"

#include "db/database.h"
#include "db/datasetreader.h"
#include "models/core/dataset.h"
#include "models/core/nameindex.h"

#include <QDate>
#include <QFileInfo>

#include <algorithm>

namespace {

// Their record in our terms: every field read from their file and parsed against ours, so a price's
// model link points at our model of the same name (or at nothing).
AnyRecord translated(AnyRecord base, const AnyRecord &theirs, const Dataset &mine, const NameIndex &names,
                     const Dataset &other, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!RecordFields::setValue(base, key, RecordFields::value(theirs, key, &other), &mine, &names).isEmpty())
            RecordFields::setValue(base, key, QVariant(), &mine); // a link to a model we do not have
    }
    RecordFields::normalize(base);
    return base;
}

// Counts their records compared, for the progress callback, and remembers when it said stop.
class Pacer
{
public:
    Pacer(const Merger::Progress &progress, qsizetype total)
        : m_progress(progress)
        , m_total(std::max<qsizetype>(total, 1))
    {
    }
    // False once the plan is to stop; asks the callback every 1,024 records, not for each.
    bool step()
    {
        if (m_progress && ++m_done % 1024 == 0 && !m_progress(double(m_done) / double(m_total)))
            m_stopped = true;
        return !m_stopped;
    }
    bool stopped() const { return m_stopped; }

private:
    const Merger::Progress &m_progress;
    qsizetype m_total;
    qsizetype m_done = 0;
    bool m_stopped = false;
};

// Each of their records is matched with ours of the same name (a price: provider and model name), ignoring
// case, by one lookup in `names`: merging two 100,000-model files must not compare every pair.
template<typename Record>
void compare(const QList<Record> &theirs, RecordKind kind, const Dataset &mine, const NameIndex &names,
             const Dataset &other, Pacer &pacer, Merger::Plan &plan)
{
    QStringList keys;
    for (const RecordFields::Field &field : RecordFields::fields(kind))
        keys << field.key;
    const QString now = RecordFields::nowUtc();
    for (const Record &their : theirs) {
        if (!pacer.step())
            return;
        const AnyRecord theirRecord(their);
        Record named = their;
        named.id = 0; // a record of theirs: any of ours with its name matches
        const Record *match = names.namesake(named);
        if (!match) {
            AnyRecord added = translated(AnyRecord(Record()), theirRecord, mine, names, other, keys);
            RecordFields::markEdited(added, {}, now);
            plan.additions << Merger::Addition{added, true};
            continue;
        }
        const AnyRecord ourRecord(*match);
        AnyRecord candidate = translated(ourRecord, theirRecord, mine, names, other, keys);
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

Merger::Plan Merger::plan(const Dataset &mine, const QString &otherPath, const Progress &progress)
{
    Database database;
    Dataset theirs;
    QString error;
    if (!database.open(otherPath, Database::Access::ReadOnly)) {
        Plan failed;
        failed.error = database.errorString();
        return failed;
    }
    if (!DatasetReader::load(database.connection(), &theirs, &error)) {
        Plan failed;
        failed.error = tr("“%1” could not be read: %2").arg(otherPath, error);
        return failed;
    }
    return plan(mine, theirs, QFileInfo(otherPath).fileName(), progress);
}

Merger::Plan Merger::plan(const Dataset &mine, const Dataset &theirs, const QString &fileName,
                          const Progress &progress)
{
    Plan result;
    result.fileName = fileName;
    const NameIndex names(mine);
    Pacer pacer(progress, theirs.models.size() + theirs.gpus.size() + theirs.apiPrices.size());
    compare(theirs.models, RecordKind::Model, mine, names, theirs, pacer, result);
    compare(theirs.gpus, RecordKind::Gpu, mine, names, theirs, pacer, result);
    compare(theirs.apiPrices, RecordKind::ApiPrice, mine, names, theirs, pacer, result);
    result.cancelled = pacer.stopped();
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
