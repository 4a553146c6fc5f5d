#pragma once

#include <QString>

class QSqlDatabase;
struct Dataset;

// Reads a whole LLM Atlas database into the in-memory Dataset, one query per table, straight from SQLite.
namespace DatasetReader {

// Replaces *dataset with every table's rows; on failure leaves it empty and sets errorMessage.
bool load(const QSqlDatabase &db, Dataset *dataset, QString *errorMessage);

} // namespace DatasetReader
