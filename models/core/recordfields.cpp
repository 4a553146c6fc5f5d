#include "models/core/recordfields.h"

#include "models/core/dataset.h"
#include "models/core/nameindex.h"
#include "models/core/vocabulary.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace {

using Type = RecordFields::Type;


template<typename T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant zeroIsNull(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

QVariant modelValue(const ModelRecord &m, const QString &key)
{
    static const QHash<QString, std::function<QVariant(const ModelRecord &)>> get{
        {QStringLiteral("name"), [](const ModelRecord &m) { return QVariant(m.name); }},
        {QStringLiteral("reference_model"), [](const ModelRecord &m) { return QVariant(m.referenceModel); }},
        {QStringLiteral("proxy"), [](const ModelRecord &m) { return QVariant(m.proxy); }},
        {QStringLiteral("vendor"), [](const ModelRecord &m) { return QVariant(m.vendor); }},
        {QStringLiteral("total_params"), [](const ModelRecord &m) { return QVariant(m.totalParams); }},
        {QStringLiteral("active_params"), [](const ModelRecord &m) { return QVariant(m.paramsPerToken()); }},
        {QStringLiteral("layers"), [](const ModelRecord &m) { return QVariant(qint64(m.layers)); }},
        {QStringLiteral("hidden_size"), [](const ModelRecord &m) { return QVariant(qint64(m.hiddenSize)); }},
        {QStringLiteral("attention_heads"), [](const ModelRecord &m) { return QVariant(qint64(m.attentionHeads)); }},
        {QStringLiteral("kv_heads"), [](const ModelRecord &m) { return QVariant(qint64(m.kvHeads)); }},
        {QStringLiteral("head_dim"), [](const ModelRecord &m) { return QVariant(qint64(m.headDim)); }},
        {QStringLiteral("attention"), [](const ModelRecord &m) { return QVariant(Vocabulary::attentionKey(m.attention)); }},
        {QStringLiteral("kv_lora_rank"), [](const ModelRecord &m) { return zeroIsNull(m.kvLoraRank); }},
        {QStringLiteral("qk_rope_head_dim"), [](const ModelRecord &m) { return zeroIsNull(m.qkRopeHeadDim); }},
        {QStringLiteral("full_attention_layers"),
         [](const ModelRecord &m) { return QVariant(qint64(m.fullAttentionLayers)); }},
        {QStringLiteral("attention_window"), [](const ModelRecord &m) { return zeroIsNull(m.attentionWindow); }},
        {QStringLiteral("recurrent_state_elements"),
         [](const ModelRecord &m) { return zeroIsNull(m.recurrentStateElements); }},
        {QStringLiteral("routed_experts"), [](const ModelRecord &m) { return zeroIsNull(m.routedExperts); }},
        {QStringLiteral("experts_per_token"), [](const ModelRecord &m) { return zeroIsNull(m.expertsPerToken); }},
        {QStringLiteral("shared_experts"), [](const ModelRecord &m) {
             return m.isMoe() ? QVariant(qint64(m.sharedExperts)) : zeroIsNull(m.sharedExperts);
         }},
        {QStringLiteral("max_context"), [](const ModelRecord &m) { return QVariant(m.maxContext); }},
        {QStringLiteral("license"), [](const ModelRecord &m) { return QVariant(m.license); }},
        {QStringLiteral("released"), [](const ModelRecord &m) { return QVariant(m.released); }},
        {QStringLiteral("notes"), [](const ModelRecord &m) { return QVariant(m.notes); }},
        {QStringLiteral("uncertain"), [](const ModelRecord &m) { return QVariant(m.uncertain); }},
    };
    const auto it = get.constFind(key);
    return it == get.cend() ? QVariant() : (*it)(m);
}

void setModelValue(ModelRecord &m, const QString &key, const QVariant &v)
{
    // Numbers arrive parsed (qint64); a text is not worth converting to one it does not hold.
    const qint64 n = v.typeId() == QMetaType::LongLong ? v.toLongLong() : 0;
    if (key == QLatin1String("name")) m.name = v.toString();
    else if (key == QLatin1String("reference_model")) m.referenceModel = v.toString();
    else if (key == QLatin1String("proxy")) m.proxy = v.toBool();
    else if (key == QLatin1String("vendor")) m.vendor = v.toString();
    else if (key == QLatin1String("total_params")) m.totalParams = n;
    else if (key == QLatin1String("active_params")) m.activeParams = v.isNull() ? std::nullopt : std::optional<qint64>(n);
    else if (key == QLatin1String("layers")) m.layers = int(n);
    else if (key == QLatin1String("hidden_size")) m.hiddenSize = int(n);
    else if (key == QLatin1String("attention_heads")) m.attentionHeads = int(n);
    else if (key == QLatin1String("kv_heads")) m.kvHeads = int(n);
    else if (key == QLatin1String("head_dim")) m.headDim = int(n);
    else if (key == QLatin1String("attention")) m.attention = Vocabulary::attentionKind(v.toString()).value_or(AttentionKind::GroupedQuery);
    else if (key == QLatin1String("kv_lora_rank")) m.kvLoraRank = int(n);
    else if (key == QLatin1String("qk_rope_head_dim")) m.qkRopeHeadDim = int(n);
    else if (key == QLatin1String("full_attention_layers")) m.fullAttentionLayers = int(n);
    else if (key == QLatin1String("attention_window")) m.attentionWindow = int(n);
    else if (key == QLatin1String("recurrent_state_elements")) m.recurrentStateElements = n;
    else if (key == QLatin1String("routed_experts")) m.routedExperts = int(n);
    else if (key == QLatin1String("experts_per_token")) m.expertsPerToken = int(n);
    else if (key == QLatin1String("shared_experts")) m.sharedExperts = int(n);
    else if (key == QLatin1String("max_context")) m.maxContext = n;
    else if (key == QLatin1String("license")) m.license = v.toString();
    else if (key == QLatin1String("released")) m.released = v.toString();
    else if (key == QLatin1String("notes")) m.notes = v.toString();
    else if (key == QLatin1String("uncertain")) m.uncertain = v.toBool();
}

QVariant tierEntryValue(const TierEntryRecord &e, const QString &key)
{
    if (key == QLatin1String("tier")) return e.tier;
    if (key == QLatin1String("rank")) return qint64(e.rank);
    if (key == QLatin1String("highlights")) return e.highlights;
    if (key == QLatin1String("quoted_params")) return e.quotedParams;
    return QVariant();
}

void setTierEntryValue(TierEntryRecord &e, const QString &key, const QVariant &v)
{
    if (key == QLatin1String("tier")) e.tier = v.toString();
    else if (key == QLatin1String("rank")) e.rank = v.toInt();
    else if (key == QLatin1String("highlights")) e.highlights = v.toString();
    else if (key == QLatin1String("quoted_params")) e.quotedParams = v.toString();
}

QVariant gpuValue(const GpuRecord &g, const QString &key)
{
    if (key == QLatin1String("name")) return g.name;
    if (key == QLatin1String("vendor")) return g.vendor;
    if (key == QLatin1String("memory_gib")) return g.memoryGib;
    if (key == QLatin1String("memory_kind")) return g.memoryKind;
    if (key == QLatin1String("bandwidth_gb_s")) return g.bandwidthGbPerS;
    if (key == QLatin1String("fp16_tflops")) return g.fp16Tflops;
    if (key == QLatin1String("tdp_w")) return optional(g.tdpWatts);
    if (key == QLatin1String("street_price_usd")) return optional(g.streetPriceUsd);
    if (key == QLatin1String("cloud_usd_per_hour")) return optional(g.cloudUsdPerHour);
    if (key == QLatin1String("cloud_price_as_of")) return g.cloudPriceAsOf.isEmpty() ? QVariant() : QVariant(g.cloudPriceAsOf);
    if (key == QLatin1String("street_price_as_of")) return g.streetPriceAsOf.isEmpty() ? QVariant() : QVariant(g.streetPriceAsOf);
    if (key == QLatin1String("cloud_provider")) return g.cloudProvider.isEmpty() ? QVariant() : QVariant(g.cloudProvider);
    if (key == QLatin1String("gpu_memory_share")) return optional(g.gpuMemoryShare);
    if (key == QLatin1String("notes")) return g.notes;
    if (key == QLatin1String("uncertain")) return g.uncertain;
    return QVariant();
}

std::optional<double> optionalReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

void setGpuValue(GpuRecord &g, const QString &key, const QVariant &v)
{
    if (key == QLatin1String("name")) g.name = v.toString();
    else if (key == QLatin1String("vendor")) g.vendor = v.toString();
    else if (key == QLatin1String("memory_gib")) g.memoryGib = v.toDouble();
    else if (key == QLatin1String("memory_kind")) g.memoryKind = v.toString();
    else if (key == QLatin1String("bandwidth_gb_s")) g.bandwidthGbPerS = v.toDouble();
    else if (key == QLatin1String("fp16_tflops")) g.fp16Tflops = v.toDouble();
    else if (key == QLatin1String("tdp_w")) g.tdpWatts = optionalReal(v);
    else if (key == QLatin1String("street_price_usd")) g.streetPriceUsd = optionalReal(v);
    else if (key == QLatin1String("cloud_usd_per_hour")) g.cloudUsdPerHour = optionalReal(v);
    else if (key == QLatin1String("cloud_price_as_of")) g.cloudPriceAsOf = v.toString();
    else if (key == QLatin1String("street_price_as_of")) g.streetPriceAsOf = v.toString();
    else if (key == QLatin1String("cloud_provider")) g.cloudProvider = v.toString();
    else if (key == QLatin1String("gpu_memory_share")) g.gpuMemoryShare = optionalReal(v);
    else if (key == QLatin1String("notes")) g.notes = v.toString();
    else if (key == QLatin1String("uncertain")) g.uncertain = v.toBool();
}

QVariant apiPriceValue(const ApiPriceRecord &p, const QString &key, const Dataset *dataset)
{
    if (key == QLatin1String("provider")) return p.provider;
    if (key == QLatin1String("model_name")) return p.modelName;
    if (key == QLatin1String("model")) {
        const ModelRecord *model = p.modelId && dataset ? dataset->model(*p.modelId) : nullptr;
        return model ? QVariant(model->name) : QVariant();
    }
    if (key == QLatin1String("input_usd_per_mtok")) return p.inputUsdPerMtok;
    if (key == QLatin1String("cached_input_usd_per_mtok")) return optional(p.cachedInputUsdPerMtok);
    if (key == QLatin1String("output_usd_per_mtok")) return p.outputUsdPerMtok;
    if (key == QLatin1String("as_of")) return p.asOf;
    if (key == QLatin1String("notes")) return p.notes;
    if (key == QLatin1String("uncertain")) return p.uncertain;
    return QVariant();
}

void setApiPriceValue(ApiPriceRecord &p, const QString &key, const QVariant &v)
{
    if (key == QLatin1String("provider")) p.provider = v.toString();
    else if (key == QLatin1String("model_name")) p.modelName = v.toString();
    else if (key == QLatin1String("model")) p.modelId = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    else if (key == QLatin1String("input_usd_per_mtok")) p.inputUsdPerMtok = v.toDouble();
    else if (key == QLatin1String("cached_input_usd_per_mtok")) p.cachedInputUsdPerMtok = optionalReal(v);
    else if (key == QLatin1String("output_usd_per_mtok")) p.outputUsdPerMtok = v.toDouble();
    else if (key == QLatin1String("as_of")) p.asOf = v.toString();
    else if (key == QLatin1String("notes")) p.notes = v.toString();
    else if (key == QLatin1String("uncertain")) p.uncertain = v.toBool();
}

bool isNumeric(const QVariant &v)
{
    const QMetaType t = v.metaType();
    return t == QMetaType::fromType<double>() || t == QMetaType::fromType<qint64>() || t == QMetaType::fromType<int>()
           || t == QMetaType::fromType<quint64>() || t == QMetaType::fromType<float>();
}

// A whole number from a JSON number or from text; counts may carry a K/M/B/T suffix (decimal).
std::optional<qint64> parseWhole(const QVariant &input, bool suffixes)
{
    if (isNumeric(input)) {
        const double d = input.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e18)
            return qint64(d);
        return std::nullopt;
    }
    QString text = input.toString().trimmed().remove(QLatin1Char('_'));
    bool ok = false;
    const qint64 plain = text.toLongLong(&ok);
    if (ok)
        return plain;
    if (!suffixes || text.isEmpty())
        return std::nullopt;
    static const QHash<QChar, double> units{{QLatin1Char('K'), 1e3}, {QLatin1Char('M'), 1e6},
                                            {QLatin1Char('B'), 1e9}, {QLatin1Char('T'), 1e12}};
    const QChar unit = text.back().toUpper();
    if (!units.contains(unit))
        return std::nullopt;
    text.chop(1);
    const double number = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return qint64(std::llround(number * units.value(unit)));
}

} // namespace

const QList<RecordFields::Field> &RecordFields::fields(RecordKind kind)
{
    static const QList<Field> model{
        {QStringLiteral("name"), tr("Name"), Type::Text, false},
        {QStringLiteral("vendor"), tr("Vendor"), Type::Text, false},
        {QStringLiteral("reference_model"), tr("Facts from (published model)"), Type::Text, false},
        {QStringLiteral("proxy"), tr("Another model stands in"), Type::Flag, false},
        {QStringLiteral("total_params"), tr("Total parameters"), Type::Count, false},
        {QStringLiteral("active_params"), tr("Active parameters per token"), Type::Count, true},
        {QStringLiteral("layers"), tr("Layers"), Type::Integer, false},
        {QStringLiteral("hidden_size"), tr("Hidden size"), Type::Integer, false},
        {QStringLiteral("attention_heads"), tr("Attention heads"), Type::Integer, false},
        {QStringLiteral("kv_heads"), tr("KV heads"), Type::Integer, false},
        {QStringLiteral("head_dim"), tr("Head dimension"), Type::Integer, false},
        {QStringLiteral("attention"), tr("Attention (gqa, mla, hybrid, chunked)"), Type::Choice, false},
        {QStringLiteral("kv_lora_rank"), tr("MLA latent rank"), Type::Integer, true},
        {QStringLiteral("qk_rope_head_dim"), tr("MLA rope key dimension"), Type::Integer, true},
        {QStringLiteral("full_attention_layers"), tr("Full-attention layers"), Type::Integer, false},
        {QStringLiteral("attention_window"), tr("Local attention window"), Type::Integer, true},
        {QStringLiteral("recurrent_state_elements"), tr("Recurrent state elements"), Type::Integer, true},
        {QStringLiteral("routed_experts"), tr("Routed experts"), Type::Integer, true},
        {QStringLiteral("experts_per_token"), tr("Experts per token"), Type::Integer, true},
        {QStringLiteral("shared_experts"), tr("Shared experts"), Type::Integer, true},
        {QStringLiteral("max_context"), tr("Context (tokens)"), Type::Integer, false},
        {QStringLiteral("license"), tr("Licence"), Type::Text, false},
        {QStringLiteral("released"), tr("Released"), Type::Date, false},
        {QStringLiteral("notes"), tr("Notes"), Type::Text, true},
        {QStringLiteral("uncertain"), tr("Not confirmed by a primary source"), Type::Flag, false},
    };
    static const QList<Field> tierEntry{
        {QStringLiteral("tier"), tr("Tier"), Type::Choice, false},
        {QStringLiteral("rank"), tr("Rank"), Type::Integer, false},
        {QStringLiteral("highlights"), tr("Highlights"), Type::Text, true},
        {QStringLiteral("quoted_params"), tr("Parameters as the list prints them"), Type::Text, true},
    };
    static const QList<Field> gpu{
        {QStringLiteral("name"), tr("Name"), Type::Text, false},
        {QStringLiteral("vendor"), tr("Vendor"), Type::Text, false},
        {QStringLiteral("memory_gib"), tr("Memory (GiB)"), Type::Number, false},
        {QStringLiteral("memory_kind"), tr("Memory type"), Type::Text, false},
        {QStringLiteral("gpu_memory_share"), tr("GPU share of unified memory"), Type::Number, true},
        {QStringLiteral("bandwidth_gb_s"), tr("Bandwidth (GB/s)"), Type::Number, false},
        {QStringLiteral("fp16_tflops"), tr("FP16 TFLOPS"), Type::Number, false},
        {QStringLiteral("tdp_w"), tr("TDP (W)"), Type::Number, true},
        {QStringLiteral("street_price_usd"), tr("Street price (USD)"), Type::Number, true},
        {QStringLiteral("street_price_as_of"), tr("Street price as of"), Type::Date, true},
        {QStringLiteral("cloud_usd_per_hour"), tr("Cloud price (USD/hour, on demand)"), Type::Number, true},
        {QStringLiteral("cloud_provider"), tr("Cloud provider"), Type::Text, true},
        {QStringLiteral("cloud_price_as_of"), tr("Cloud price as of"), Type::Date, true},
        {QStringLiteral("notes"), tr("Notes"), Type::Text, true},
        {QStringLiteral("uncertain"), tr("Not confirmed by a primary source"), Type::Flag, false},
    };
    static const QList<Field> apiPrice{
        {QStringLiteral("provider"), tr("Provider"), Type::Text, false},
        {QStringLiteral("model_name"), tr("Provider's model name"), Type::Text, false},
        {QStringLiteral("model"), tr("Serves our model"), Type::ModelName, true},
        {QStringLiteral("input_usd_per_mtok"), tr("Input (USD/M tokens)"), Type::Number, false},
        {QStringLiteral("cached_input_usd_per_mtok"), tr("Cached input (USD/M tokens)"), Type::Number, true},
        {QStringLiteral("output_usd_per_mtok"), tr("Output (USD/M tokens)"), Type::Number, false},
        {QStringLiteral("as_of"), tr("As of"), Type::Date, false},
        {QStringLiteral("notes"), tr("Notes"), Type::Text, true},
        {QStringLiteral("uncertain"), tr("Not confirmed by a primary source"), Type::Flag, false},
    };
    switch (kind) {
    case RecordKind::Model: return model;
    case RecordKind::TierEntry: return tierEntry;
    case RecordKind::Gpu: return gpu;
    case RecordKind::ApiPrice: return apiPrice;
    }
    return model;
}

const RecordFields::Field *RecordFields::field(RecordKind kind, const QString &key)
{
    const QList<Field> &all = fields(kind);
    const auto it = std::find_if(all.cbegin(), all.cend(), [&key](const Field &f) { return f.key == key; });
    return it == all.cend() ? nullptr : &*it;
}

const QStringList &RecordFields::choices(const QString &key)
{
    return key == QLatin1String("tier") ? Vocabulary::tierLetters() : Vocabulary::attentionKeys();
}

RecordKind RecordFields::kindOf(const AnyRecord &record)
{
    return RecordKind(record.index());
}

QVariant RecordFields::value(const AnyRecord &record, const QString &key, const Dataset *dataset)
{
    return std::visit(
        [&](const auto &r) -> QVariant {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, ModelRecord>)
                return modelValue(r, key);
            else if constexpr (std::is_same_v<T, TierEntryRecord>)
                return tierEntryValue(r, key);
            else if constexpr (std::is_same_v<T, GpuRecord>)
                return gpuValue(r, key);
            else
                return apiPriceValue(r, key, dataset);
        },
        record);
}

QString RecordFields::setValue(AnyRecord &record, const QString &key, const QVariant &input, const Dataset *dataset,
                               const NameIndex *names)
{
    const Field *f = field(kindOf(record), key);
    if (!f)
        return tr("“%1” is not a field that can be changed.").arg(key);
    return setValue(record, *f, input, dataset, names);
}

QString RecordFields::setValue(AnyRecord &record, const Field &field, const QVariant &input, const Dataset *dataset,
                               const NameIndex *names)
{
    const QString &key = field.key;
    const bool empty = input.isNull() || (!isNumeric(input) && input.toString().trimmed().isEmpty());
    QVariant parsed;
    if (empty) {
        if (!field.optional && field.type != Type::Text)
            return tr("%1 is required.").arg(field.title);
        if (field.type == Type::Text)
            parsed = QString();
    } else {
        switch (field.type) {
        case Type::Text:
            parsed = input.toString().trimmed();
            break;
        case Type::Count:
        case Type::Integer: {
            const auto whole = parseWhole(input, field.type == Type::Count);
            if (!whole)
                return field.type == Type::Count
                           ? tr("%1 must be a whole number (70000000000 or 70B).").arg(field.title)
                           : tr("%1 must be a whole number.").arg(field.title);
            parsed = *whole;
            break;
        }
        case Type::Number: {
            bool ok = isNumeric(input);
            const double d = ok ? input.toDouble() : input.toString().trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(d))
                return tr("%1 must be a number.").arg(field.title);
            parsed = d;
            break;
        }
        case Type::Date: {
            const QString text = input.toString().trimmed();
            if (!isIsoDate(text))
                return tr("%1 must be a date as 2026, 2026-03 or 2026-03-15.").arg(field.title);
            parsed = text;
            break;
        }
        case Type::Flag: {
            if (input.metaType() == QMetaType::fromType<bool>() || isNumeric(input)) {
                parsed = input.toBool();
                break;
            }
            const QString text = input.toString().trimmed().toLower();
            if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"))
                parsed = true;
            else if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no"))
                parsed = false;
            else
                return tr("%1 must be true or false.").arg(field.title);
            break;
        }
        case Type::Choice: {
            const QStringList &allowed = choices(key);
            QString text = input.toString().trimmed();
            if (key == QLatin1String("tier")) {
                text = text.toUpper();
                if (text.endsWith(QLatin1String("-TIER")))
                    text.chop(5);
            } else {
                text = text.toLower();
            }
            if (!allowed.contains(text))
                return tr("%1 must be one of %2.").arg(field.title, allowed.join(QStringLiteral(", ")));
            parsed = text;
            break;
        }
        case Type::ModelName: {
            ModelRecord named; // id 0: any model of that name
            named.name = input.toString().trimmed();
            const QString &name = named.name;
            const ModelRecord *found = names     ? names->namesake(named)
                                       : dataset ? NameIndex::findNamesake(*dataset, named)
                                                 : nullptr;
            if (!found)
                return tr("%1: there is no model named “%2”.").arg(field.title, name);
            parsed = found->id;
            break;
        }
        }
    }
    std::visit(
        [&](auto &r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, ModelRecord>)
                setModelValue(r, key, parsed);
            else if constexpr (std::is_same_v<T, TierEntryRecord>)
                setTierEntryValue(r, key, parsed);
            else if constexpr (std::is_same_v<T, GpuRecord>)
                setGpuValue(r, key, parsed);
            else
                setApiPriceValue(r, key, parsed);
        },
        record);
    return QString();
}

QStringList RecordFields::differingKeys(const AnyRecord &a, const AnyRecord &b, const Dataset *dataset)
{
    QStringList keys;
    if (a.index() != b.index())
        return keys;
    for (const Field &f : fields(kindOf(a))) {
        const QVariant x = value(a, f.key, dataset);
        const QVariant y = value(b, f.key, dataset);
        if (x.isNull() != y.isNull() || (!x.isNull() && x != y))
            keys << f.key;
    }
    return keys;
}

void RecordFields::markEdited(AnyRecord &record, const QStringList &keys, const QString &when)
{
    std::visit(
        [&](auto &r) {
            r.editedAt = when;
            for (const QString &key : keys) {
                if (!r.editedFields.contains(key))
                    r.editedFields << key;
            }
        },
        record);
}

QString RecordFields::editedAt(const AnyRecord &record)
{
    return std::visit([](const auto &r) { return r.editedAt; }, record);
}

QStringList RecordFields::editedFields(const AnyRecord &record)
{
    return std::visit([](const auto &r) { return r.editedFields; }, record);
}

QString RecordFields::displayName(const AnyRecord &record, const Dataset *dataset)
{
    return std::visit(
        [&](const auto &r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, ModelRecord> || std::is_same_v<T, GpuRecord>) {
                return r.name;
            } else if constexpr (std::is_same_v<T, TierEntryRecord>) {
                const ModelRecord *model = dataset ? dataset->model(r.modelId) : nullptr;
                return tr("tier entry of %1").arg(model ? model->name : QString::number(r.modelId));
            } else {
                return r.provider + QLatin1Char(' ') + r.modelName;
            }
        },
        record);
}

QString RecordFields::displayValue(const QVariant &value)
{
    if (value.isNull())
        return tr("(empty)");
    if (value.metaType() == QMetaType::fromType<double>())
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

void RecordFields::normalize(AnyRecord &record)
{
    if (auto *model = std::get_if<ModelRecord>(&record)) {
        if (!model->isMoe() && model->activeParams == model->totalParams)
            model->activeParams.reset();
        if (model->referenceModel.isEmpty())
            model->referenceModel = model->name;
    }
}

bool RecordFields::isIsoDate(const QString &text)
{
    // YYYY, YYYY-MM or YYYY-MM-DD, read by hand: an import checks two dates in each of 100,000 rows.
    const auto number = [&text](qsizetype from, qsizetype digits) {
        int value = 0;
        for (qsizetype i = from; i < from + digits; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const qsizetype size = text.size();
    if (size != 4 && size != 7 && size != 10)
        return false;
    if ((size >= 7 && text.at(4) != QLatin1Char('-')) || (size == 10 && text.at(7) != QLatin1Char('-')))
        return false;
    const int year = number(0, 4);
    const int month = size >= 7 ? number(5, 2) : 1;
    const int day = size == 10 ? number(8, 2) : 1;
    return year >= 1900 && month >= 0 && day >= 0 && QDate(year, month, day).isValid();
}

QString RecordFields::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
