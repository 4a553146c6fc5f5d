#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

struct Dataset;
struct TierEntryRecord;

// Compares two tier-list snapshots: which models moved up or down, which are new and which were dropped.
class TierSnapshots
{
    Q_DECLARE_TR_FUNCTIONS(TierSnapshots)

public:
    enum class Movement { Up, Down, Same, New, Dropped };
    struct Change
    {
        qint64 modelId = 0;
        QString model;
        QString tierBefore; // empty when new
        int rankBefore = 0;
        QString tierAfter;  // empty when dropped
        int rankAfter = 0;
        Movement movement = Movement::Same;

        QString describe() const; // "A #3 → S #1 (up)"
    };

    // Entries of the older and the newer snapshot; models are matched by id. Ordered as the newer list,
    // dropped models last.
    static QList<Change> compare(const Dataset &dataset, const QList<TierEntryRecord> &before,
                                 const QList<TierEntryRecord> &after);
    static QList<Change> compare(const Dataset &dataset, qint64 beforeListId, qint64 afterListId);
    static QString movementName(Movement movement); // translated, for people
    static QString movementKey(Movement movement);  // "up", "down", "same", "new", "dropped" for files
};
