#pragma once

#include "models/core/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariant>

#include <vector>

class Database;
struct sqlite3_stmt;

// Every change LLM Atlas makes to the facts of an open database. Each call is one transaction, or part of
// the caller's batch (begin() ... commit()), so a crash loses at most the edit in flight. Updates write
// only the columns that differ, so writing the old record back restores the row exactly.
class DatasetWriter
{
    Q_DECLARE_TR_FUNCTIONS(DatasetWriter)

public:
    // Rows taken out by a delete, the rows that went with them (ON DELETE CASCADE) and the references
    // that were cleared (ON DELETE SET NULL): everything restore() needs to put them back as they were.
    struct Snapshot
    {
        struct Rows
        {
            QString table;
            QStringList columns;
            QList<QVariantList> values;
        };
        struct ClearedReference
        {
            QString table;
            QString column;
            QVariant value;
            QList<qint64> rowIds;
        };
        QList<Rows> rows; // parents first
        QList<ClearedReference> references;
    };

    // One column of a row as written: the schema's name and the value to bind (null for NULL).
    struct Column
    {
        const char *name;
        QVariant value;
    };

    explicit DatasetWriter(Database *database);

    QString errorString() const { return m_error; }

    // Groups the calls until commit() into one transaction; nested batches join the outermost one.
    bool begin();
    bool commit();
    void rollback();

    // Inserts with the record's id, or a new one when it is 0 (then written back into the record).
    bool insert(ModelRecord &record);
    bool insert(GpuRecord &record);
    bool insert(ApiPriceRecord &record);
    bool insert(TierListRecord &record);
    bool insert(SourceRecord &record);
    bool insert(MeasuredSizeRecord &record);
    bool insert(MeasurementRecord &record);
    bool insert(const TierEntryRecord &record);

    bool update(const ModelRecord &before, const ModelRecord &after);
    bool update(const GpuRecord &before, const GpuRecord &after);
    bool update(const ApiPriceRecord &before, const ApiPriceRecord &after);
    bool update(const TierEntryRecord &before, const TierEntryRecord &after);
    bool update(const MeasuredSizeRecord &before, const MeasuredSizeRecord &after);

    // Table is one of "model", "gpu", "api_price", "tier_list", "source", "measured_size", "measurement"; tier
    // entries are removed with removeTierEntry. Returns what was removed, or nothing (with errorString()) on failure.
    std::optional<Snapshot> remove(const QString &table, qint64 id);
    std::optional<Snapshot> removeTierEntry(qint64 tierListId, qint64 modelId);
    bool restore(const Snapshot &snapshot);
    // Deletes a row (and what the schema's foreign keys take with it) without the snapshot remove() keeps:
    // for taking out rows just added, as undoing an import of 100,000 models does. Table as for remove().
    bool removeAdded(const QString &table, qint64 id);
    bool removeAddedTierEntry(qint64 tierListId, qint64 modelId);

private:
    bool insertRow(const QString &table, const QList<Column> &columns, qint64 *newId);
    bool updateRow(const QString &table, const QList<Column> &before, const QList<Column> &after,
                   const QString &where, const QVariantList &keys);
    bool capture(Snapshot &snapshot, const QString &table, const QString &where, const QVariantList &keys);
    std::optional<Snapshot> removeRows(const QString &table, const QString &where, const QVariantList &keys,
                                       Snapshot snapshot);
    bool exec(const QString &sql, const QVariantList &values);
    bool writable();
    bool fail(const QString &message);
    // The insert statement for table and columns, prepared once per batch and reused for every row.
    sqlite3_stmt *preparedInsert(const QString &table, const QList<Column> &columns);
    // Runs a statement whose values are bound (bound: the binding's SQLite status) and readies it for the
    // next row; on failure keeps SQLite's message and rolls the batch back.
    bool step(sqlite3_stmt *statement, int bound);
    // Runs a DELETE of one row by its keys on a statement prepared once per batch.
    bool deleteOneRow(const QString &table, const QByteArray &sql, const QList<qint64> &keys);
    void finalizeStatements();

    // An insert statement prepared on the connection's SQLite handle. An import inserts 100,000 rows
    // through one of them: QtSql would copy every value through a QVariant of its own and look the
    // statement up by its text.
    struct PreparedInsert
    {
        QString table;
        std::vector<const char *> columns;
        sqlite3_stmt *statement = nullptr;
    };

    Database *m_database;
    QString m_error;
    int m_batchDepth = 0;
    std::vector<PreparedInsert> m_inserts; // for the current batch only (see insertRow)
    QHash<QByteArray, sqlite3_stmt *> m_deletes; // by SQL, for the current batch only
};
