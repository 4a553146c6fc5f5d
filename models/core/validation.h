#pragma once

#include "models/core/recordfields.h"

#include <QMap>

class NameIndex;

// The rules a fact must follow before it is written, in one place for the table editors, the details form,
// the importers and merges. Messages are keyed by the field they are about, so a form can show each one
// next to its field.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    using Messages = QMap<QString, QString>; // field key -> what is wrong

    // Checks a record as it would be written into dataset (which it may already be part of: a record is
    // not its own duplicate).
    static Messages check(const AnyRecord &record, const Dataset &dataset);
    // The same for many records against one dataset (an import): names are looked up in `names`, an index
    // built once over `dataset`, not compared with every record's each time.
    static Messages check(const AnyRecord &record, const Dataset &dataset, const NameIndex &names);
    static Messages checkGpuCount(int count);

    // All messages on one line each, "Title: message", for status bars and reports.
    static QString summary(RecordKind kind, const Messages &messages);
};
