#include "db/dataset.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

// Runs one SELECT and hands each row to readRow; reports the driver's error on failure.
template<typename ReadRow>
bool selectAll(const QSqlDatabase &db, const QString &sql, QString *errorMessage, ReadRow readRow)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (errorMessage)
            *errorMessage = query.lastError().text();
        return false;
    }
    while (query.next())
        readRow(query);
    return true;
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QStringList fieldList(const QVariant &value)
{
    return value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

AttentionKind attentionKind(const QString &name)
{
    if (name == QLatin1String("mla"))
        return AttentionKind::MultiHeadLatent;
    if (name == QLatin1String("hybrid"))
        return AttentionKind::Hybrid;
    if (name == QLatin1String("chunked"))
        return AttentionKind::Chunked;
    return AttentionKind::GroupedQuery;
}

template<typename Record>
const Record *findById(const QList<Record> &records, qint64 id)
{
    const auto it = std::find_if(records.cbegin(), records.cend(), [id](const Record &r) { return r.id == id; });
    return it == records.cend() ? nullptr : &*it;
}

} // namespace

bool Dataset::load(const QSqlDatabase &db, QString *errorMessage)
{
    *this = Dataset();
    // Room for every model at once: a file of 100,000 models would otherwise copy the list as it grows.
    QSqlQuery count(db);
    if (count.exec(QStringLiteral("SELECT count(*) FROM model")) && count.next())
        models.reserve(count.value(0).toLongLong());
    count.finish();
    const bool ok =
        selectAll(db, QStringLiteral("SELECT id, title, origin, as_of, note FROM source ORDER BY id"), errorMessage,
                  [this](const QSqlQuery &q) {
                      sources.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                      q.value(3).toString(), q.value(4).toString()});
                  }) &&
        selectAll(db,
                  QStringLiteral("SELECT id, name, reference_model, proxy, vendor, total_params, active_params, layers, "
                                 "hidden_size, attention_heads, kv_heads, head_dim, attention, kv_lora_rank, "
                                 "qk_rope_head_dim, full_attention_layers, attention_window, "
                                 "recurrent_state_elements, routed_experts, experts_per_token, shared_experts, "
                                 "max_context, license, released, notes, uncertain, source_id, edited_at, edited_fields "
                                 "FROM model ORDER BY id"),
                  errorMessage,
                  [this](const QSqlQuery &q) {
                      ModelRecord m;
                      m.id = q.value(0).toLongLong();
                      m.name = q.value(1).toString();
                      m.referenceModel = q.value(2).toString();
                      m.proxy = q.value(3).toBool();
                      m.vendor = q.value(4).toString();
                      m.totalParams = q.value(5).toLongLong();
                      m.activeParams = optionalInt(q.value(6));
                      m.layers = q.value(7).toInt();
                      m.hiddenSize = q.value(8).toInt();
                      m.attentionHeads = q.value(9).toInt();
                      m.kvHeads = q.value(10).toInt();
                      m.headDim = q.value(11).toInt();
                      m.attention = attentionKind(q.value(12).toString());
                      m.kvLoraRank = q.value(13).toInt();
                      m.qkRopeHeadDim = q.value(14).toInt();
                      m.fullAttentionLayers = q.value(15).toInt();
                      m.attentionWindow = q.value(16).toInt();
                      m.recurrentStateElements = q.value(17).toLongLong();
                      m.routedExperts = q.value(18).toInt();
                      m.expertsPerToken = q.value(19).toInt();
                      m.sharedExperts = q.value(20).toInt();
                      m.maxContext = q.value(21).toLongLong();
                      m.license = q.value(22).toString();
                      m.released = q.value(23).toString();
                      m.notes = q.value(24).toString();
                      m.uncertain = q.value(25).toBool();
                      m.sourceId = q.value(26).toLongLong();
                      m.editedAt = q.value(27).toString();
                      m.editedFields = fieldList(q.value(28));
                      models.append(std::move(m));
                  }) &&
        selectAll(db, QStringLiteral("SELECT id, name, published, source_id FROM tier_list ORDER BY id"),
                  errorMessage,
                  [this](const QSqlQuery &q) {
                      tierLists.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toLongLong()});
                  }) &&
        selectAll(db,
                  QStringLiteral("SELECT tier_list_id, model_id, tier, rank, quoted_params, highlights, edited_at, "
                                 "edited_fields FROM tier_entry ORDER BY tier_list_id, rank"),
                  errorMessage,
                  [this](const QSqlQuery &q) {
                      tierEntries.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                                          q.value(3).toInt(), q.value(4).toString(), q.value(5).toString(),
                                          q.value(6).toString(), fieldList(q.value(7))});
                  }) &&
        selectAll(db,
                  QStringLiteral("SELECT id, model_id, label, vram_fp16_gb, vram_q4_gb, basis, minimum_gpu, "
                                 "source_id FROM quoted_hardware ORDER BY id"),
                  errorMessage,
                  [this](const QSqlQuery &q) {
                      quotedHardware.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                                             q.value(2).toString(), q.value(3).toDouble(), q.value(4).toDouble(),
                                             q.value(5).toString() == QLatin1String("active"),
                                             q.value(6).toString(), q.value(7).toLongLong()});
                  }) &&
        selectAll(db,
                  QStringLiteral("SELECT id, name, vendor, memory_gib, memory_kind, bandwidth_gb_s, fp16_tflops, "
                                 "tdp_w, street_price_usd, cloud_usd_per_hour, cloud_price_as_of, notes, "
                                 "uncertain, source_id, edited_at, edited_fields FROM gpu ORDER BY id"),
                  errorMessage,
                  [this](const QSqlQuery &q) {
                      gpus.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toDouble(), q.value(4).toString(), q.value(5).toDouble(),
                                   q.value(6).toDouble(), optionalReal(q.value(7)), optionalReal(q.value(8)),
                                   optionalReal(q.value(9)), q.value(10).toString(), q.value(11).toString(),
                                   q.value(12).toBool(), q.value(13).toLongLong(), q.value(14).toString(),
                                   fieldList(q.value(15))});
                  }) &&
        selectAll(db, QStringLiteral("SELECT id, name, gpu_id, gpu_count, preset FROM gpu_config ORDER BY id"),
                  errorMessage,
                  [this](const QSqlQuery &q) {
                      gpuConfigurations.append({q.value(0).toLongLong(), q.value(1).toString(),
                                                q.value(2).toLongLong(), q.value(3).toInt(), q.value(4).toBool()});
                  }) &&
        selectAll(db,
                  QStringLiteral("SELECT id, name, bits_per_weight, kind, notes, uncertain, source_id "
                                 "FROM quant_format ORDER BY bits_per_weight DESC, id"),
                  errorMessage,
                  [this](const QSqlQuery &q) {
                      quantFormats.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(),
                                           q.value(3).toString(), q.value(4).toString(), q.value(5).toBool(),
                                           q.value(6).toLongLong()});
                  }) &&
        selectAll(db,
                  QStringLiteral("SELECT id, provider, model_name, model_id, input_usd_per_mtok, "
                                 "cached_input_usd_per_mtok, output_usd_per_mtok, as_of, notes, uncertain, "
                                 "source_id, edited_at, edited_fields FROM api_price ORDER BY id"),
                  errorMessage,
                  [this](const QSqlQuery &q) {
                      apiPrices.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                        optionalInt(q.value(3)), q.value(4).toDouble(), optionalReal(q.value(5)),
                                        q.value(6).toDouble(), q.value(7).toString(), q.value(8).toString(),
                                        q.value(9).toBool(), q.value(10).toLongLong(), q.value(11).toString(),
                                        fieldList(q.value(12))});
                  }) &&
        selectAll(db,
                  QStringLiteral("SELECT id, approach, monthly_usd, tokens_per_month, tokens_quoted, usd_per_mtok, "
                                 "model_id, api_price_id, gpu_id, gpu_count, source_id FROM quoted_cost ORDER BY id"),
                  errorMessage,
                  [this](const QSqlQuery &q) {
                      quotedCosts.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(),
                                          q.value(3).toDouble(), q.value(4).toString(), q.value(5).toDouble(),
                                          optionalInt(q.value(6)), optionalInt(q.value(7)),
                                          optionalInt(q.value(8)), q.value(9).toInt(), q.value(10).toLongLong()});
                  }) &&
        selectAll(db,
                  QStringLiteral("SELECT id, category, model_id, reason, source_id FROM recommendation ORDER BY id"),
                  errorMessage, [this](const QSqlQuery &q) {
                      recommendations.append({q.value(0).toLongLong(), q.value(1).toString(),
                                              q.value(2).toLongLong(), q.value(3).toString(),
                                              q.value(4).toLongLong()});
                  });
    if (!ok)
        *this = Dataset();
    rebuildIndexes();
    return ok;
}

void Dataset::rebuildIndexes()
{
    m_modelIndex.clear();
    m_modelIndex.reserve(models.size());
    for (qsizetype i = 0; i < models.size(); ++i)
        m_modelIndex.insert(models.at(i).id, i);
    m_sourceIndex.clear();
    for (qsizetype i = 0; i < sources.size(); ++i)
        m_sourceIndex.insert(sources.at(i).id, i);
}

const SourceRecord *Dataset::source(qint64 id) const
{
    const auto it = m_sourceIndex.constFind(id);
    return it == m_sourceIndex.cend() ? nullptr : &sources.at(*it);
}

const ModelRecord *Dataset::model(qint64 id) const
{
    const auto it = m_modelIndex.constFind(id);
    return it == m_modelIndex.cend() ? nullptr : &models.at(*it);
}

const GpuRecord *Dataset::gpu(qint64 id) const
{
    return findById(gpus, id);
}

const ApiPriceRecord *Dataset::apiPrice(qint64 id) const
{
    return findById(apiPrices, id);
}

const QuantFormatRecord *Dataset::quantFormat(const QString &name) const
{
    const auto it = std::find_if(quantFormats.cbegin(), quantFormats.cend(), [&name](const QuantFormatRecord &f) {
        return f.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == quantFormats.cend() ? nullptr : &*it;
}

const TierListRecord *Dataset::latestTierList() const
{
    const auto it = std::max_element(tierLists.cbegin(), tierLists.cend(),
                                     [](const TierListRecord &a, const TierListRecord &b) {
                                         return std::tie(a.published, a.id) < std::tie(b.published, b.id);
                                     });
    return it == tierLists.cend() ? nullptr : &*it;
}
