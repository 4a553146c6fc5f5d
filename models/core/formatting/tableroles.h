#pragma once

#include <Qt>

// The roles every table of LLM Atlas answers beyond Qt's own, so the views, the proxies, the command line
// and the table writer read them the same way without knowing which item model they have.
namespace TableRoles {

enum Role {
    RawValueRole = Qt::UserRole + 1, // typed value: numbers as numbers, missing as a null QVariant
    SortRole,                        // what orders the column (a tier's rank, not its letter)
    ColumnKeyRole,                   // header: a stable machine name such as "total_params"
    RecordIdRole,                    // the database id of the row's record
};

} // namespace TableRoles
