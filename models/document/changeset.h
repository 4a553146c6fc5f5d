#pragma once

#include "models/core/recordfields.h"

#include <optional>

// A batch of additions and changes, as an import or a merge produces it, applied as one transaction and
// undone as one step.
struct ChangeSet
{
    // A source for the added records whose sourceId is 0 (where the imported facts came from).
    std::optional<SourceRecord> source;
    // Sources a data pack cites that the file lacks, under provisional negative ids that the added and
    // changed records citing them carry until ChangeSetWriter writes them.
    QList<SourceRecord> citedSources;
    // A new tier-list snapshot for the added tier entries whose tierListId is 0.
    std::optional<TierListRecord> tierList;
    QList<AnyRecord> additions;
    QList<std::pair<AnyRecord, AnyRecord>> changes; // before, after
    // Weights measured from a model file: added (modelId 0 for the model this change set adds, sourceId 0
    // for its source), or replacing the earlier measure of the same model and quantization.
    QList<MeasuredSizeRecord> measuredAdditions;
    QList<std::pair<MeasuredSizeRecord, MeasuredSizeRecord>> measuredChanges; // before, after
    // Benchmark runs, matched to this file's models and GPUs (an import of measurements).
    QList<MeasurementRecord> runAdditions;

    bool isEmpty() const
    {
        return additions.isEmpty() && changes.isEmpty() && !tierList && measuredAdditions.isEmpty()
               && measuredChanges.isEmpty() && runAdditions.isEmpty();
    }
};
