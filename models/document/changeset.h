#pragma once

#include "models/core/recordfields.h"

#include <optional>

// A batch of additions and changes, as an import or a merge produces it, applied as one transaction and
// undone as one step.
struct ChangeSet
{
    // A source for the added records whose sourceId is 0 (where the imported facts came from).
    std::optional<SourceRecord> source;
    // A new tier-list snapshot for the added tier entries whose tierListId is 0.
    std::optional<TierListRecord> tierList;
    QList<AnyRecord> additions;
    QList<std::pair<AnyRecord, AnyRecord>> changes; // before, after

    bool isEmpty() const { return additions.isEmpty() && changes.isEmpty() && !tierList; }
};
