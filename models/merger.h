#pragma once

#include "models/changeset.h"

#include <QCoreApplication>

// Brings facts from another LLM Atlas file into the open one: models, GPUs and API prices the other file
// has and this one lacks are additions; the same record (by name) with different facts is a conflict the
// user settles field set by field set, keeping theirs or ours.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(Merger)

public:
    struct Conflict
    {
        AnyRecord mine;
        AnyRecord theirs; // already in our terms (model links by our ids)
        QStringList fields;
        QStringList descriptions; // "vendor: “A” here, “B” there"
        bool takeTheirs = false;
    };
    struct Addition
    {
        AnyRecord record;
        bool take = true;
    };
    struct Plan
    {
        QString fileName;
        QString error;
        QList<Addition> additions;
        QList<Conflict> conflicts;
        int identical = 0;
    };

    // Reads the other file read-only; it is never changed.
    static Plan plan(const Dataset &mine, const QString &otherPath);
    static Plan plan(const Dataset &mine, const Dataset &theirs, const QString &fileName);
    // The change set for the additions to take and the conflicts settled as theirs.
    static ChangeSet changes(const Plan &plan);
};
