#pragma once

#include "models/document/changeset.h"

#include <QCoreApplication>

#include <functional>

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
        bool cancelled = false; // progress said stop: the plan is incomplete and must not be applied
    };
    // Told the share of their records compared so far (0 to 1); returns false to stop.
    using Progress = std::function<bool(double shareDone)>;

    // Reads the other file read-only; it is never changed. Safe on a worker thread while `mine` does not
    // change (the window's modal progress dialog keeps it so).
    static Plan plan(const Dataset &mine, const QString &otherPath, const Progress &progress = {});
    static Plan plan(const Dataset &mine, const Dataset &theirs, const QString &fileName,
                     const Progress &progress = {});
    // The change set for the additions to take and the conflicts settled as theirs.
    static ChangeSet changes(const Plan &plan);
};
