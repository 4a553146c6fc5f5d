#include "db/datasetreader.h"

#include "models/core/dataset.h"
#include "models/core/hugepages.h"
#include "models/core/vocabulary.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace {

// One result row, read straight from SQLite. QtSql copies every cell of every row into a QVariant, and
// SQLite converts every text to UTF-16 for it: most of the time it takes to open 100,000 models.
class Row
{
public:
    explicit Row(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }

    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    int integer(int column) const { return sqlite3_column_int(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    bool boolean(int column) const { return int64(column) != 0; }
    QByteArrayView utf8(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
    }
    QString text(int column) const
    {
        const QByteArrayView bytes = utf8(column);
        return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
    }
    std::optional<qint64> optionalInt(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
    }
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }

private:
    sqlite3_stmt *m_statement;
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// Runs one SELECT on the connection's SQLite handle and hands each row to readRow; reports SQLite's error
// on failure.
template<typename ReadRow>
bool selectAll(sqlite3 *db, const char *sql, QString *errorMessage, ReadRow readRow)
{
    sqlite3_stmt *statement = nullptr;
    int status = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (status == SQLITE_OK) {
        const Row row(statement);
        while ((status = sqlite3_step(statement)) == SQLITE_ROW)
            readRow(row);
    }
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) {
        if (errorMessage)
            *errorMessage = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

QStringList fieldList(const QString &value)
{
    return value.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

// Vendors, licences, release months, edit stamps and edited-field lists repeat across thousands of models:
// one shared value per distinct text saves a UTF-8 decode and an allocation per cell, and the memory. Names
// and notes are mostly unique, so they are read as they are.
class SharedTexts
{
public:
    QString text(const Row &row, int column) { return shared(m_texts, row, column, [](const QString &t) { return t; }); }
    QStringList fields(const Row &row, int column) { return shared(m_fieldLists, row, column, fieldList); }

private:
    // A file of unique values would only grow the table: past this many, values are decoded each time.
    static constexpr qsizetype MaxShared = 4096;

    template<typename Value, typename Convert>
    Value shared(QHash<QByteArray, Value> &values, const Row &row, int column, Convert convert)
    {
        const QByteArrayView utf8 = row.utf8(column);
        if (utf8.isNull())
            return Value();
        // fromRawData: looking a value up copies nothing; only a new value is stored with its own bytes.
        const auto it = values.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it != values.cend())
            return *it;
        Value value = convert(QString::fromUtf8(utf8));
        if (values.size() < MaxShared)
            values.insert(utf8.toByteArray(), value);
        return value;
    }

    QHash<QByteArray, QString> m_texts;
    QHash<QByteArray, QStringList> m_fieldLists;
};

} // namespace

bool DatasetReader::load(const QSqlDatabase &db, Dataset *dataset, QString *errorMessage)
{
    *dataset = Dataset();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        if (errorMessage)
            *errorMessage = QStringLiteral("not an open SQLite connection");
        return false;
    }
    SharedTexts shared;
    // Room for every model at once: a file of 100,000 models would otherwise copy the list as it grows.
    selectAll(handle, "SELECT count(*) FROM model", nullptr, [dataset](const Row &q) { dataset->models.reserve(q.int64(0)); });
    adviseHugePages(dataset->models);
    const bool ok =
        selectAll(handle, "SELECT id, title, origin, as_of, note FROM source ORDER BY id", errorMessage,
                  [dataset](const Row &q) {
                      dataset->sources.append({q.int64(0), q.text(1), q.text(2),
                                      q.text(3), q.text(4)});
                  }) &&
        selectAll(handle,
                  "SELECT id, name, reference_model, proxy, vendor, total_params, active_params, layers, "
                  "hidden_size, attention_heads, kv_heads, head_dim, attention, kv_lora_rank, "
                  "qk_rope_head_dim, full_attention_layers, attention_window, "
                  "recurrent_state_elements, routed_experts, experts_per_token, shared_experts, "
                  "max_context, license, released, notes, uncertain, source_id, edited_at, edited_fields "
                  "FROM model ORDER BY id",
                  errorMessage,
                  [dataset, &shared](const Row &q) {
                      ModelRecord &m = dataset->models.emplaceBack(); // built in place: a move costs as much
                      m.id = q.int64(0);
                      m.name = q.text(1);
                      m.referenceModel = q.utf8(2) == q.utf8(1) ? m.name : q.text(2); // mostly the model itself
                      m.proxy = q.boolean(3);
                      m.vendor = shared.text(q, 4);
                      m.totalParams = q.int64(5);
                      m.activeParams = q.optionalInt(6);
                      m.layers = q.integer(7);
                      m.hiddenSize = q.integer(8);
                      m.attentionHeads = q.integer(9);
                      m.kvHeads = q.integer(10);
                      m.headDim = q.integer(11);
                      m.attention = Vocabulary::attentionKind(shared.text(q, 12)).value_or(AttentionKind::GroupedQuery);
                      m.kvLoraRank = q.integer(13);
                      m.qkRopeHeadDim = q.integer(14);
                      m.fullAttentionLayers = q.integer(15);
                      m.attentionWindow = q.integer(16);
                      m.recurrentStateElements = q.int64(17);
                      m.routedExperts = q.integer(18);
                      m.expertsPerToken = q.integer(19);
                      m.sharedExperts = q.integer(20);
                      m.maxContext = q.int64(21);
                      m.license = shared.text(q, 22);
                      m.released = shared.text(q, 23);
                      m.notes = q.text(24);
                      m.uncertain = q.boolean(25);
                      m.sourceId = q.int64(26);
                      m.editedAt = shared.text(q, 27);
                      m.editedFields = shared.fields(q, 28);
                  }) &&
        selectAll(handle, "SELECT id, name, published, source_id FROM tier_list ORDER BY id",
                  errorMessage,
                  [dataset](const Row &q) {
                      dataset->tierLists.append({q.int64(0), q.text(1), q.text(2),
                                        q.int64(3)});
                  }) &&
        selectAll(handle,
                  "SELECT tier_list_id, model_id, tier, rank, quoted_params, highlights, edited_at, "
                  "edited_fields FROM tier_entry ORDER BY tier_list_id, rank",
                  errorMessage,
                  [dataset](const Row &q) {
                      dataset->tierEntries.append({q.int64(0), q.int64(1), q.text(2),
                                          q.integer(3), q.text(4), q.text(5),
                                          q.text(6), fieldList(q.text(7))});
                  }) &&
        selectAll(handle,
                  "SELECT id, model_id, label, vram_fp16_gb, vram_q4_gb, basis, minimum_gpu, "
                  "source_id FROM quoted_hardware ORDER BY id",
                  errorMessage,
                  [dataset](const Row &q) {
                      dataset->quotedHardware.append({q.int64(0), q.int64(1),
                                             q.text(2), q.real(3), q.real(4),
                                             q.text(5) == QLatin1String("active"),
                                             q.text(6), q.int64(7)});
                  }) &&
        selectAll(handle,
                  "SELECT id, name, vendor, memory_gib, memory_kind, bandwidth_gb_s, fp16_tflops, "
                  "tdp_w, street_price_usd, cloud_usd_per_hour, cloud_price_as_of, notes, "
                  "uncertain, source_id, edited_at, edited_fields, street_price_as_of, cloud_provider, "
                  "gpu_memory_share FROM gpu ORDER BY id",
                  errorMessage,
                  [dataset](const Row &q) {
                      dataset->gpus.append({q.int64(0), q.text(1), q.text(2),
                                   q.real(3), q.text(4), q.real(5),
                                   q.real(6), q.optionalReal(7), q.optionalReal(8),
                                   q.optionalReal(9), q.text(10), q.text(11),
                                   q.boolean(12), q.int64(13), q.text(14),
                                   fieldList(q.text(15)), q.text(16), q.text(17),
                                   q.optionalReal(18)});
                  }) &&
        selectAll(handle, "SELECT id, name, gpu_id, gpu_count, preset FROM gpu_config ORDER BY id",
                  errorMessage,
                  [dataset](const Row &q) {
                      dataset->gpuConfigurations.append({q.int64(0), q.text(1),
                                                q.int64(2), q.integer(3), q.boolean(4)});
                  }) &&
        selectAll(handle,
                  "SELECT id, name, bits_per_weight, kind, notes, uncertain, source_id "
                  "FROM quant_format ORDER BY bits_per_weight DESC, id",
                  errorMessage,
                  [dataset](const Row &q) {
                      dataset->quantFormats.append({q.int64(0), q.text(1), q.real(2),
                                           q.text(3), q.text(4), q.boolean(5),
                                           q.int64(6)});
                  }) &&
        selectAll(handle,
                  "SELECT id, provider, model_name, model_id, input_usd_per_mtok, "
                  "cached_input_usd_per_mtok, output_usd_per_mtok, as_of, notes, uncertain, "
                  "source_id, edited_at, edited_fields FROM api_price ORDER BY id",
                  errorMessage,
                  [dataset](const Row &q) {
                      dataset->apiPrices.append({q.int64(0), q.text(1), q.text(2),
                                        q.optionalInt(3), q.real(4), q.optionalReal(5),
                                        q.real(6), q.text(7), q.text(8),
                                        q.boolean(9), q.int64(10), q.text(11),
                                        fieldList(q.text(12))});
                  }) &&
        selectAll(handle,
                  "SELECT id, approach, monthly_usd, tokens_per_month, tokens_quoted, usd_per_mtok, "
                  "model_id, api_price_id, gpu_id, gpu_count, source_id FROM quoted_cost ORDER BY id",
                  errorMessage,
                  [dataset](const Row &q) {
                      dataset->quotedCosts.append({q.int64(0), q.text(1), q.real(2),
                                          q.real(3), q.text(4), q.real(5),
                                          q.optionalInt(6), q.optionalInt(7),
                                          q.optionalInt(8), q.integer(9), q.int64(10)});
                  }) &&
        selectAll(handle,
                  "SELECT id, category, model_id, reason, source_id FROM recommendation ORDER BY id",
                  errorMessage, [dataset](const Row &q) {
                      dataset->recommendations.append({q.int64(0), q.text(1),
                                              q.int64(2), q.text(3),
                                              q.int64(4)});
                  }) &&
        selectAll(handle,
                  "SELECT id, model_id, quant, weights_bytes, file_name, files_bytes, tensor_count, source_id "
                  "FROM measured_size ORDER BY model_id, quant",
                  errorMessage, [dataset](const Row &q) {
                      dataset->measuredSizes.append({q.int64(0), q.int64(1), q.text(2), q.int64(3), q.text(4),
                                                     q.int64(5), q.int64(6), q.int64(7)});
                  }) &&
        selectAll(handle,
                  "SELECT id, model_id, quant, gpu_id, gpu_count, context, prompt_tokens, batch, kv_quant, "
                  "vram_bytes, decode_tokens_per_s, prefill_tokens_per_s, ttft_ms, engine, measured_on, source, "
                  "notes FROM measurement ORDER BY id",
                  errorMessage, [dataset](const Row &q) {
                      dataset->measurements.append({q.int64(0), q.int64(1), q.text(2), q.int64(3), q.integer(4),
                                                    q.int64(5), q.int64(6), q.integer(7), q.text(8),
                                                    q.optionalReal(9), q.optionalReal(10), q.optionalReal(11),
                                                    q.optionalReal(12), q.text(13), q.text(14), q.text(15),
                                                    q.text(16)});
                  });
    if (!ok)
        *dataset = Dataset();
    dataset->reindex();
    return ok;
}

