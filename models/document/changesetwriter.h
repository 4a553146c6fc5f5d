#pragma once

#include "models/document/changeset.h"

#include <functional>

class DatasetWriter;

// Writes a change set through a DatasetWriter, and takes it out again. ApplyChangesCommand does it on the
// document's own connection; the window writes a big import with applyToFile on a worker thread, over a
// connection of that thread, so it keeps painting while 100,000 rows are written.
namespace ChangeSetWriter {

// Called now and then with the share written; returning false stops the write.
using Progress = std::function<bool(double shareDone)>;

// Inserts the additions (setting their ids, and the new source's and tier list's) and writes the changes,
// inside the caller's transaction. False when a write failed (see the writer's errorString()) or progress
// said stop; the caller then rolls back.
bool apply(DatasetWriter &writer, ChangeSet &changes, const Progress &progress = {});
// Undoes apply(): the changes written back, the additions deleted.
bool revert(DatasetWriter &writer, const ChangeSet &changes);

// Opens the database at path on a connection of the calling thread and applies changes in one
// transaction. Returns false when nothing was written: *error says why, or is empty when progress said
// stop. Nothing else may write the file meanwhile.
bool applyToFile(const QString &path, ChangeSet &changes, const Progress &progress, QString *error);

} // namespace ChangeSetWriter
