#include "db/datasetwriter.h"

#include "db/database.h"
#include "models/core/vocabulary.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

#include <cstring>

namespace {

// The tables whose rows are deleted by id; tier entries go by their list and model.
const QStringList DeletableTables{QStringLiteral("model"), QStringLiteral("gpu"), QStringLiteral("api_price"),
                                  QStringLiteral("tier_list"), QStringLiteral("source"),
                                  QStringLiteral("measured_size"), QStringLiteral("measurement")};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// Binds a column's value as QtSql's SQLite driver binds it: text as UTF-16, numbers as they are.
int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::LongLong: return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double: return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QString: {
        // The value outlives the statement's step: SQLite need not copy the text.
        const auto *text = static_cast<const QString *>(value.constData());
        return sqlite3_bind_text16(statement, index, text->unicode(), int(text->size() * sizeof(QChar)),
                                   SQLITE_STATIC);
    }
    default: return SQLITE_MISMATCH; // columnsOf() makes no other kind of value
    }
}

// Zero means "not applicable" in the records and NULL in the schema for these columns.
QVariant intOrNull(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

// NOT NULL text columns: an empty QString may be a null one, which would bind as NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

template<typename T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant flag(bool value)
{
    return QVariant(qint64(value ? 1 : 0));
}

QVariant fields(const QStringList &keys)
{
    return text(keys.join(QLatin1Char(',')));
}

// What else goes when a row of a table goes, as the schema's foreign keys say.
struct Dependent
{
    const char *table;
    const char *column;
    bool cascades; // ON DELETE CASCADE; otherwise ON DELETE SET NULL
};

QList<Dependent> dependentsOf(const QString &table)
{
    if (table == QLatin1String("model"))
        return {{"tier_entry", "model_id", true},
                {"quoted_hardware", "model_id", true},
                {"recommendation", "model_id", true},
                {"measured_size", "model_id", true},
                {"measurement", "model_id", true},
                {"api_price", "model_id", false},
                {"quoted_cost", "model_id", false}};
    if (table == QLatin1String("gpu"))
        return {{"gpu_config", "gpu_id", true}, {"measurement", "gpu_id", true}, {"quoted_cost", "gpu_id", false}};
    if (table == QLatin1String("api_price"))
        return {{"quoted_cost", "api_price_id", false}};
    if (table == QLatin1String("tier_list"))
        return {{"tier_entry", "tier_list_id", true}};
    return {};
}

} // namespace

DatasetWriter::DatasetWriter(Database *database)
    : m_database(database)
{
}

bool DatasetWriter::fail(const QString &message)
{
    m_error = m_database->writeFailure(message + m_database->systemCause());
    return false;
}

bool DatasetWriter::writable()
{
    if (!m_database->isOpen())
        return fail(tr("No database is open."));
    if (m_database->isReadOnly()) {
        m_error = tr("“%1” is open read-only: it cannot be changed. Save a copy (File > Save As) to edit it.")
                      .arg(m_database->filePath());
        return false;
    }
    return true;
}

bool DatasetWriter::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_database->connection());
    if (!query.prepare(sql))
        return fail(query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

bool DatasetWriter::begin()
{
    if (m_batchDepth == 0) {
        if (!writable())
            return false;
        // IMMEDIATE takes the write lock now, so a file another program is writing fails here (after the
        // busy timeout) rather than halfway through the batch.
        if (!exec(QStringLiteral("BEGIN IMMEDIATE"), {}))
            return false;
    }
    ++m_batchDepth;
    return true;
}

bool DatasetWriter::commit()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return true;
    finalizeStatements();
    if (exec(QStringLiteral("COMMIT"), {}))
        return true;
    const QString error = m_error;
    rollback();
    m_error = error;
    return false;
}

void DatasetWriter::rollback()
{
    m_batchDepth = 0;
    finalizeStatements();
    QSqlQuery query(m_database->connection());
    query.exec(QStringLiteral("ROLLBACK"));
}

void DatasetWriter::finalizeStatements()
{
    for (const PreparedInsert &insert : m_inserts)
        sqlite3_finalize(insert.statement);
    m_inserts.clear();
    for (sqlite3_stmt *statement : std::as_const(m_deletes))
        sqlite3_finalize(statement);
    m_deletes.clear();
}

sqlite3_stmt *DatasetWriter::preparedInsert(const QString &table, const QList<Column> &columns)
{
    const auto sameColumns = [&columns](const PreparedInsert &insert) {
        return std::equal(insert.columns.cbegin(), insert.columns.cend(), columns.cbegin(), columns.cend(),
                          [](const char *name, const Column &column) { return std::strcmp(name, column.name) == 0; });
    };
    for (const PreparedInsert &insert : m_inserts) {
        if (insert.table == table && sameColumns(insert))
            return insert.statement;
    }
    sqlite3 *handle = sqliteHandle(m_database->connection());
    if (!handle) {
        fail(tr("No database is open."));
        return nullptr;
    }
    PreparedInsert insert{table, {}, nullptr};
    QStringList names;
    for (const Column &column : columns) {
        insert.columns.push_back(column.name);
        names << QLatin1String(column.name);
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, names.join(QLatin1Char(',')),
                                 QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &insert.statement, nullptr) != SQLITE_OK) {
        fail(QString::fromUtf8(sqlite3_errmsg(handle)));
        sqlite3_finalize(insert.statement);
        return nullptr;
    }
    m_inserts.push_back(insert);
    return insert.statement;
}

bool DatasetWriter::insertRow(const QString &table, const QList<Column> &columns, qint64 *newId)
{
    if (!begin())
        return false;
    // Statements are kept only while the batch lasts: SQLite refuses a VACUUM (Save As) while any exist.
    sqlite3_stmt *statement = preparedInsert(table, columns);
    if (!statement) {
        rollback();
        return false;
    }
    int bound = SQLITE_OK;
    for (qsizetype i = 0; i < columns.size() && bound == SQLITE_OK; ++i)
        bound = bind(statement, int(i + 1), columns.at(i).value);
    if (!step(statement, bound))
        return false;
    if (newId)
        *newId = sqlite3_last_insert_rowid(sqlite3_db_handle(statement));
    return commit();
}

bool DatasetWriter::step(sqlite3_stmt *statement, int bound)
{
    const int status = bound == SQLITE_OK ? sqlite3_step(statement) : bound;
    // Taken before the reset, which may report the step's error again and so replace its message.
    const QString error =
        status == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
    sqlite3_reset(statement);
    if (status == SQLITE_DONE)
        return true;
    fail(error);
    rollback();
    return false;
}

bool DatasetWriter::updateRow(const QString &table, const QList<Column> &before, const QList<Column> &after,
                              const QString &where, const QVariantList &keys)
{
    QStringList assignments;
    QVariantList values;
    for (qsizetype i = 0; i < after.size(); ++i) {
        if (before.at(i).value != after.at(i).value) {
            assignments << QStringLiteral("%1 = ?").arg(QLatin1String(after.at(i).name));
            values << after.at(i).value;
        }
    }
    if (assignments.isEmpty())
        return true;
    if (!begin())
        return false;
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3").arg(table, assignments.join(QStringLiteral(", ")), where));
    for (const QVariant &value : std::as_const(values) + keys)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(query.lastError().text());
        rollback();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = tr("The row to change is no longer in the database (%1).").arg(table);
        rollback();
        return false;
    }
    return commit();
}

namespace {

using Column = DatasetWriter::Column;

QList<Column> columnsOf(const ModelRecord &m)
{
    return {{"name", text(m.name)},
            {"reference_model", text(m.referenceModel)},
            {"proxy", flag(m.proxy)},
            {"vendor", text(m.vendor)},
            {"total_params", m.totalParams},
            {"active_params", optional(m.activeParams)},
            {"layers", qint64(m.layers)},
            {"hidden_size", qint64(m.hiddenSize)},
            {"attention_heads", qint64(m.attentionHeads)},
            {"kv_heads", qint64(m.kvHeads)},
            {"head_dim", qint64(m.headDim)},
            {"attention", Vocabulary::attentionKey(m.attention)},
            {"kv_lora_rank", intOrNull(m.kvLoraRank)},
            {"qk_rope_head_dim", m.attention == AttentionKind::MultiHeadLatent ? QVariant(qint64(m.qkRopeHeadDim))
                                                                              : intOrNull(m.qkRopeHeadDim)},
            {"full_attention_layers", qint64(m.fullAttentionLayers)},
            {"attention_window", intOrNull(m.attentionWindow)},
            {"recurrent_state_elements", intOrNull(m.recurrentStateElements)},
            {"routed_experts", intOrNull(m.routedExperts)},
            {"experts_per_token", intOrNull(m.expertsPerToken)},
            {"shared_experts", m.routedExperts > 0 ? QVariant(qint64(m.sharedExperts)) : intOrNull(m.sharedExperts)},
            {"max_context", m.maxContext},
            {"license", text(m.license)},
            {"released", text(m.released)},
            {"notes", text(m.notes)},
            {"uncertain", flag(m.uncertain)},
            {"source_id", m.sourceId},
            {"edited_at", textOrNull(m.editedAt)},
            {"edited_fields", fields(m.editedFields)}};
}

QList<Column> columnsOf(const GpuRecord &g)
{
    return {{"name", text(g.name)},
            {"vendor", text(g.vendor)},
            {"memory_gib", g.memoryGib},
            {"memory_kind", text(g.memoryKind)},
            {"bandwidth_gb_s", g.bandwidthGbPerS},
            {"fp16_tflops", g.fp16Tflops},
            {"tdp_w", optional(g.tdpWatts)},
            {"street_price_usd", optional(g.streetPriceUsd)},
            {"cloud_usd_per_hour", optional(g.cloudUsdPerHour)},
            {"cloud_price_as_of", textOrNull(g.cloudPriceAsOf)},
            {"notes", text(g.notes)},
            {"uncertain", flag(g.uncertain)},
            {"source_id", g.sourceId},
            {"edited_at", textOrNull(g.editedAt)},
            {"edited_fields", fields(g.editedFields)},
            {"street_price_as_of", textOrNull(g.streetPriceAsOf)},
            {"cloud_provider", textOrNull(g.cloudProvider)},
            {"gpu_memory_share", optional(g.gpuMemoryShare)}};
}

QList<Column> columnsOf(const ApiPriceRecord &p)
{
    return {{"provider", text(p.provider)},
            {"model_name", text(p.modelName)},
            {"model_id", optional(p.modelId)},
            {"input_usd_per_mtok", p.inputUsdPerMtok},
            {"cached_input_usd_per_mtok", optional(p.cachedInputUsdPerMtok)},
            {"output_usd_per_mtok", p.outputUsdPerMtok},
            {"as_of", text(p.asOf)},
            {"notes", text(p.notes)},
            {"uncertain", flag(p.uncertain)},
            {"source_id", p.sourceId},
            {"edited_at", textOrNull(p.editedAt)},
            {"edited_fields", fields(p.editedFields)}};
}

QList<Column> columnsOf(const TierEntryRecord &e)
{
    return {{"tier_list_id", e.tierListId},
            {"model_id", e.modelId},
            {"tier", text(e.tier)},
            {"rank", qint64(e.rank)},
            {"quoted_params", text(e.quotedParams)},
            {"highlights", text(e.highlights)},
            {"edited_at", textOrNull(e.editedAt)},
            {"edited_fields", fields(e.editedFields)}};
}

QList<Column> columnsOf(const MeasuredSizeRecord &m)
{
    return {{"model_id", m.modelId},
            {"quant", text(m.quant)},
            {"weights_bytes", m.weightsBytes},
            {"file_name", text(m.fileName)},
            {"files_bytes", m.filesBytes},
            {"tensor_count", m.tensorCount},
            {"source_id", m.sourceId}};
}

QList<Column> columnsOf(const MeasurementRecord &m)
{
    return {{"model_id", m.modelId},
            {"quant", text(m.quant)},
            {"gpu_id", m.gpuId},
            {"gpu_count", qint64(m.gpuCount)},
            {"context", m.context},
            {"prompt_tokens", m.promptTokens},
            {"batch", qint64(m.batch)},
            {"kv_quant", text(m.kvQuant)},
            {"vram_bytes", optional(m.vramBytes)},
            {"decode_tokens_per_s", optional(m.decodeTokensPerS)},
            {"prefill_tokens_per_s", optional(m.prefillTokensPerS)},
            {"ttft_ms", optional(m.ttftMs)},
            {"engine", text(m.engine)},
            {"measured_on", text(m.measuredOn)},
            {"source", text(m.source)},
            {"notes", text(m.notes)}};
}

QList<Column> withId(qint64 id, QList<Column> columns)
{
    if (id != 0)
        columns.prepend({"id", id});
    return columns;
}

} // namespace

bool DatasetWriter::insert(ModelRecord &record)
{
    return insertRow(QStringLiteral("model"), withId(record.id, columnsOf(record)), &record.id);
}

bool DatasetWriter::insert(GpuRecord &record)
{
    return insertRow(QStringLiteral("gpu"), withId(record.id, columnsOf(record)), &record.id);
}

bool DatasetWriter::insert(ApiPriceRecord &record)
{
    return insertRow(QStringLiteral("api_price"), withId(record.id, columnsOf(record)), &record.id);
}

bool DatasetWriter::insert(TierListRecord &record)
{
    return insertRow(QStringLiteral("tier_list"),
                     withId(record.id, {{"name", text(record.name)}, {"published", text(record.published)},
                                        {"source_id", record.sourceId}}),
                     &record.id);
}

bool DatasetWriter::insert(MeasuredSizeRecord &record)
{
    return insertRow(QStringLiteral("measured_size"), withId(record.id, columnsOf(record)), &record.id);
}

bool DatasetWriter::update(const MeasuredSizeRecord &before, const MeasuredSizeRecord &after)
{
    return updateRow(QStringLiteral("measured_size"), columnsOf(before), columnsOf(after), QStringLiteral("id = ?"),
                     {before.id});
}

bool DatasetWriter::insert(MeasurementRecord &record)
{
    return insertRow(QStringLiteral("measurement"), withId(record.id, columnsOf(record)), &record.id);
}

bool DatasetWriter::insert(SourceRecord &record)
{
    return insertRow(QStringLiteral("source"),
                     withId(record.id, {{"title", text(record.title)}, {"origin", text(record.origin)}, {"as_of", text(record.asOf)},
                                        {"note", text(record.note)}}),
                     &record.id);
}

bool DatasetWriter::insert(const TierEntryRecord &record)
{
    return insertRow(QStringLiteral("tier_entry"), columnsOf(record), nullptr);
}

bool DatasetWriter::update(const ModelRecord &before, const ModelRecord &after)
{
    return updateRow(QStringLiteral("model"), columnsOf(before), columnsOf(after), QStringLiteral("id = ?"),
                     {before.id});
}

bool DatasetWriter::update(const GpuRecord &before, const GpuRecord &after)
{
    return updateRow(QStringLiteral("gpu"), columnsOf(before), columnsOf(after), QStringLiteral("id = ?"),
                     {before.id});
}

bool DatasetWriter::update(const ApiPriceRecord &before, const ApiPriceRecord &after)
{
    return updateRow(QStringLiteral("api_price"), columnsOf(before), columnsOf(after), QStringLiteral("id = ?"),
                     {before.id});
}

bool DatasetWriter::update(const TierEntryRecord &before, const TierEntryRecord &after)
{
    return updateRow(QStringLiteral("tier_entry"), columnsOf(before), columnsOf(after),
                     QStringLiteral("tier_list_id = ? AND model_id = ?"), {before.tierListId, before.modelId});
}

bool DatasetWriter::capture(Snapshot &snapshot, const QString &table, const QString &where, const QVariantList &keys)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where));
    for (const QVariant &key : keys)
        query.addBindValue(key);
    if (!query.exec())
        return fail(query.lastError().text());
    Snapshot::Rows rows{table, {}, {}};
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        rows.columns << record.fieldName(i);
    while (query.next()) {
        QVariantList values;
        for (int i = 0; i < record.count(); ++i)
            values << query.value(i);
        rows.values << values;
    }
    if (!rows.values.isEmpty())
        snapshot.rows << rows;
    return true;
}

std::optional<DatasetWriter::Snapshot> DatasetWriter::removeRows(const QString &table, const QString &where,
                                                                 const QVariantList &keys, Snapshot snapshot)
{
    if (!begin())
        return std::nullopt;
    const auto failed = [this] {
        rollback();
        return std::nullopt;
    };
    if (!capture(snapshot, table, where, keys))
        return failed();
    if (snapshot.rows.isEmpty()) {
        m_error = tr("The row to delete is no longer in the database (%1).").arg(table);
        return failed();
    }
    for (const Dependent &dependent : dependentsOf(table)) {
        const QString dependentTable = QLatin1String(dependent.table);
        const QString column = QLatin1String(dependent.column);
        if (dependent.cascades) {
            if (!capture(snapshot, dependentTable, column + QStringLiteral(" = ?"), keys))
                return failed();
            continue;
        }
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(dependentTable, column));
        query.addBindValue(keys.value(0));
        if (!query.exec())
            return fail(query.lastError().text()), failed();
        Snapshot::ClearedReference reference{dependentTable, column, keys.value(0), {}};
        while (query.next())
            reference.rowIds << query.value(0).toLongLong();
        if (!reference.rowIds.isEmpty())
            snapshot.references << reference;
    }
    if (!exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, where), keys))
        return failed();
    if (!commit())
        return std::nullopt;
    return snapshot;
}

std::optional<DatasetWriter::Snapshot> DatasetWriter::remove(const QString &table, qint64 id)
{
    if (!DeletableTables.contains(table)) {
        m_error = tr("Rows of “%1” cannot be deleted.").arg(table);
        return std::nullopt;
    }
    return removeRows(table, QStringLiteral("id = ?"), {id}, {});
}

bool DatasetWriter::deleteOneRow(const QString &table, const QByteArray &sql, const QList<qint64> &keys)
{
    if (!begin())
        return false;
    sqlite3_stmt *&statement = m_deletes[sql];
    sqlite3 *handle = sqliteHandle(m_database->connection());
    if (!statement
        && (!handle || sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)) {
        fail(handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : tr("No database is open."));
        rollback();
        return false;
    }
    int bound = SQLITE_OK;
    for (qsizetype i = 0; i < keys.size() && bound == SQLITE_OK; ++i)
        bound = sqlite3_bind_int64(statement, int(i + 1), keys.at(i));
    if (!step(statement, bound))
        return false;
    if (sqlite3_changes(handle) != 1) {
        m_error = tr("The row to delete is no longer in the database (%1).").arg(table);
        rollback();
        return false;
    }
    return commit();
}

bool DatasetWriter::removeAdded(const QString &table, qint64 id)
{
    if (!DeletableTables.contains(table)) {
        m_error = tr("Rows of “%1” cannot be deleted.").arg(table);
        return false;
    }
    return deleteOneRow(table, "DELETE FROM " + table.toUtf8() + " WHERE id = ?", {id});
}

bool DatasetWriter::removeAddedTierEntry(qint64 tierListId, qint64 modelId)
{
    return deleteOneRow(QStringLiteral("tier_entry"),
                        "DELETE FROM tier_entry WHERE tier_list_id = ? AND model_id = ?", {tierListId, modelId});
}

std::optional<DatasetWriter::Snapshot> DatasetWriter::removeTierEntry(qint64 tierListId, qint64 modelId)
{
    return removeRows(QStringLiteral("tier_entry"), QStringLiteral("tier_list_id = ? AND model_id = ?"),
                      {tierListId, modelId}, {});
}

bool DatasetWriter::restore(const Snapshot &snapshot)
{
    if (!begin())
        return false;
    for (const Snapshot::Rows &rows : snapshot.rows) {
        QStringList marks(rows.columns.size(), QStringLiteral("?"));
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(rows.table, rows.columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
        for (const QVariantList &values : rows.values) {
            if (!exec(sql, values)) {
                rollback();
                return false;
            }
        }
    }
    for (const Snapshot::ClearedReference &reference : snapshot.references) {
        for (qint64 id : reference.rowIds) {
            if (!exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(reference.table, reference.column),
                      {reference.value, id})) {
                rollback();
                return false;
            }
        }
    }
    return commit();
}
