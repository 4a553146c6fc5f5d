#include "models/core/tiersnapshots.h"

#include "models/core/dataset.h"
#include "models/core/vocabulary.h"

#include <QHash>

namespace {
// A place in a list: the tier first, the rank within the list second; smaller is better.
std::pair<int, int> place(const QString &tier, int rank)
{
    return {Vocabulary::tierRank(tier), rank};
}

QList<TierEntryRecord> entriesOf(const Dataset &dataset, qint64 listId)
{
    QList<TierEntryRecord> entries;
    for (const TierEntryRecord &entry : dataset.tierEntries) {
        if (entry.tierListId == listId)
            entries << entry;
    }
    return entries;
}
} // namespace

QList<TierSnapshots::Change> TierSnapshots::compare(const Dataset &dataset, const QList<TierEntryRecord> &before,
                                                    const QList<TierEntryRecord> &after)
{
    QHash<qint64, const TierEntryRecord *> old;
    for (const TierEntryRecord &entry : before)
        old.insert(entry.modelId, &entry);
    QList<TierEntryRecord> ordered = after;
    std::sort(ordered.begin(), ordered.end(),
              [](const TierEntryRecord &a, const TierEntryRecord &b) { return place(a.tier, a.rank) < place(b.tier, b.rank); });
    QList<Change> changes;
    const auto nameOf = [&dataset](qint64 id) {
        const ModelRecord *model = dataset.model(id);
        return model ? model->name : QString::number(id);
    };
    for (const TierEntryRecord &entry : std::as_const(ordered)) {
        Change change{entry.modelId, nameOf(entry.modelId), {}, 0, entry.tier, entry.rank, Movement::New};
        if (const TierEntryRecord *was = old.take(entry.modelId)) {
            change.tierBefore = was->tier;
            change.rankBefore = was->rank;
            const int byTier = Vocabulary::tierRank(entry.tier) - Vocabulary::tierRank(was->tier);
            // A tier change decides; within the same tier the rank does.
            const int delta = byTier != 0 ? byTier : entry.rank - was->rank;
            change.movement = delta < 0 ? Movement::Up : delta > 0 ? Movement::Down : Movement::Same;
        }
        changes << change;
    }
    for (const TierEntryRecord &entry : before) {
        if (old.contains(entry.modelId))
            changes << Change{entry.modelId, nameOf(entry.modelId), entry.tier, entry.rank, {}, 0, Movement::Dropped};
    }
    return changes;
}

QList<TierSnapshots::Change> TierSnapshots::compare(const Dataset &dataset, qint64 beforeListId, qint64 afterListId)
{
    return compare(dataset, entriesOf(dataset, beforeListId), entriesOf(dataset, afterListId));
}

QString TierSnapshots::movementName(Movement movement)
{
    switch (movement) {
    case Movement::Up: return tr("up");
    case Movement::Down: return tr("down");
    case Movement::Same: return tr("same");
    case Movement::New: return tr("new");
    case Movement::Dropped: return tr("dropped");
    }
    return QString();
}

QString TierSnapshots::movementKey(Movement movement)
{
    static const char *const keys[] = {"up", "down", "same", "new", "dropped"};
    return QString::fromLatin1(keys[int(movement)]);
}

QString TierSnapshots::Change::describe() const
{
    const QString was = tierBefore.isEmpty() ? tr("not listed") : tr("%1 #%2").arg(tierBefore).arg(rankBefore);
    const QString now = tierAfter.isEmpty() ? tr("not listed") : tr("%1 #%2").arg(tierAfter).arg(rankAfter);
    return tr("%1 → %2 (%3)").arg(was, now, movementName(movement));
}
