#include "models/core/validation.h"

#include "models/core/dataset.h"
#include "models/core/nameindex.h"
#include "models/core/vocabulary.h"

namespace {

using Messages = Validation::Messages;

// The message is only built for a broken rule: an import checks 100,000 records that keep every rule.
template<typename Message>
void require(Messages &messages, bool ok, const QString &key, const Message &message)
{
    if (!ok && !messages.contains(key))
        messages.insert(key, message());
}

// Each check is given the record's namesake in the dataset (nullptr when its name is free), found by a walk
// for one record or by a NameIndex for many.
Messages checkModel(const ModelRecord &m, const ModelRecord *namesake)
{
    Messages out;
    require(out, !m.name.trimmed().isEmpty(), QStringLiteral("name"),
            [&] { return Validation::tr("A model needs a name."); });
    require(out, !namesake, QStringLiteral("name"),
            [&] { return Validation::tr("Another model is already called “%1”.").arg(namesake->name); });
    require(out, !m.vendor.trimmed().isEmpty(), QStringLiteral("vendor"),
            [&] { return Validation::tr("Name the vendor."); });
    require(out, m.totalParams > 0, QStringLiteral("total_params"),
            [&] { return Validation::tr("The parameter count must be positive."); });
    if (m.activeParams) {
        require(out, *m.activeParams > 0, QStringLiteral("active_params"),
                [&] { return Validation::tr("Active parameters must be positive."); });
        require(out, *m.activeParams <= m.totalParams, QStringLiteral("active_params"), [&] {
            return Validation::tr("Active parameters cannot exceed the total (%L1).").arg(m.totalParams);
        });
        require(out, m.routedExperts > 0, QStringLiteral("active_params"), [&] {
            return Validation::tr("A dense model uses all its parameters per token; give routed experts for a MoE "
                                  "model.");
        });
    } else {
        require(out, m.routedExperts == 0, QStringLiteral("routed_experts"),
                [&] { return Validation::tr("A MoE model needs its active parameters per token."); });
    }
    if (m.routedExperts > 0)
        require(out, m.expertsPerToken > 0 && m.expertsPerToken <= m.routedExperts,
                QStringLiteral("experts_per_token"), [&] {
                    return Validation::tr("Experts per token must be from 1 to the number of routed experts (%1).")
                        .arg(m.routedExperts);
                });
    const std::pair<const char *, int> positives[] = {{"layers", m.layers},
                                                      {"hidden_size", m.hiddenSize},
                                                      {"attention_heads", m.attentionHeads},
                                                      {"kv_heads", m.kvHeads},
                                                      {"head_dim", m.headDim}};
    for (const auto &[key, value] : positives)
        require(out, value > 0, QLatin1String(key),
                [&] { return Validation::tr("Must be a whole number above 0."); });
    require(out, m.kvHeads <= m.attentionHeads || m.attentionHeads <= 0, QStringLiteral("kv_heads"), [&] {
        return Validation::tr("There cannot be more KV heads than attention heads (%1).").arg(m.attentionHeads);
    });
    require(out, m.fullAttentionLayers >= 0 && m.fullAttentionLayers <= m.layers,
            QStringLiteral("full_attention_layers"),
            [&] { return Validation::tr("Must be from 0 to the number of layers (%1).").arg(m.layers); });
    if (m.attention == AttentionKind::MultiHeadLatent)
        require(out, m.kvLoraRank > 0, QStringLiteral("kv_lora_rank"),
                [&] { return Validation::tr("Multi-head latent attention needs its latent rank."); });
    require(out, m.maxContext > 0, QStringLiteral("max_context"),
            [&] { return Validation::tr("The context must be positive."); });
    require(out, RecordFields::isIsoDate(m.released), QStringLiteral("released"),
            [&] { return Validation::tr("Give the release date as 2026, 2026-03 or 2026-03-15."); });
    return out;
}

Messages checkTierEntry(const TierEntryRecord &e, const Dataset &dataset)
{
    Messages out;
    require(out, (e.tier.size() == 1 && QStringLiteral("SABCDF").contains(e.tier)), QStringLiteral("tier"),
            [&] { return Validation::tr("Unknown tier “%1”: tiers are S, A, B, C, D and F.").arg(e.tier); });
    require(out, e.rank > 0, QStringLiteral("rank"), [&] { return Validation::tr("The rank must be 1 or more."); });
    require(out, dataset.model(e.modelId) != nullptr, QStringLiteral("model"),
            [&] { return Validation::tr("The tier entry names a model that is not in the dataset."); });
    for (const TierEntryRecord &other : dataset.tierEntries) {
        if (other.tierListId == e.tierListId && other.modelId != e.modelId && other.rank == e.rank) {
            const ModelRecord *holder = dataset.model(other.modelId);
            require(out, false, QStringLiteral("rank"),
                    [&] { return Validation::tr("Rank %1 is already held by %2.")
                        .arg(e.rank)
                        .arg(holder ? holder->name : QString::number(other.modelId)); });
        }
    }
    return out;
}

Messages checkGpu(const GpuRecord &g, const GpuRecord *namesake)
{
    Messages out;
    require(out, !g.name.trimmed().isEmpty(), QStringLiteral("name"),
            [&] { return Validation::tr("A GPU needs a name."); });
    require(out, !namesake, QStringLiteral("name"),
            [&] { return Validation::tr("Another GPU is already called “%1”.").arg(namesake->name); });
    require(out, !g.vendor.trimmed().isEmpty(), QStringLiteral("vendor"),
            [&] { return Validation::tr("Name the vendor."); });
    require(out, g.memoryGib > 0, QStringLiteral("memory_gib"),
            [&] { return Validation::tr("Memory must be positive."); });
    require(out, g.bandwidthGbPerS > 0, QStringLiteral("bandwidth_gb_s"),
            [&] { return Validation::tr("Bandwidth must be positive."); });
    require(out, g.fp16Tflops > 0, QStringLiteral("fp16_tflops"),
            [&] { return Validation::tr("Compute must be positive."); });
    require(out, !g.tdpWatts || *g.tdpWatts > 0, QStringLiteral("tdp_w"),
            [&] { return Validation::tr("Power must be positive (or left empty)."); });
    require(out, !g.streetPriceUsd || *g.streetPriceUsd >= 0, QStringLiteral("street_price_usd"),
            [&] { return Validation::tr("A price cannot be negative."); });
    require(out, !g.cloudUsdPerHour || *g.cloudUsdPerHour >= 0, QStringLiteral("cloud_usd_per_hour"),
            [&] { return Validation::tr("A price cannot be negative."); });
    require(out, g.cloudPriceAsOf.isEmpty() || RecordFields::isIsoDate(g.cloudPriceAsOf),
            QStringLiteral("cloud_price_as_of"),
            [&] { return Validation::tr("Give the date as 2026, 2026-03 or 2026-03-15."); });
    require(out, g.streetPriceAsOf.isEmpty() || RecordFields::isIsoDate(g.streetPriceAsOf),
            QStringLiteral("street_price_as_of"),
            [&] { return Validation::tr("Give the date as 2026, 2026-03 or 2026-03-15."); });
    require(out, !g.gpuMemoryShare || (*g.gpuMemoryShare > 0 && *g.gpuMemoryShare <= 1),
            QStringLiteral("gpu_memory_share"),
            [&] { return Validation::tr("The GPU's share of memory is above 0 and at most 1 (or left empty for a card's own memory)."); });
    return out;
}

Messages checkApiPrice(const ApiPriceRecord &p, const Dataset &dataset, const ApiPriceRecord *namesake)
{
    Messages out;
    require(out, !p.provider.trimmed().isEmpty(), QStringLiteral("provider"),
            [&] { return Validation::tr("Name the provider."); });
    require(out, !p.modelName.trimmed().isEmpty(), QStringLiteral("model_name"),
            [&] { return Validation::tr("Give the provider's name for the model."); });
    require(out, !namesake, QStringLiteral("model_name"), [&] {
        return Validation::tr("%1 already has a price for “%2”.").arg(namesake->provider, namesake->modelName);
    });
    require(out, p.inputUsdPerMtok >= 0, QStringLiteral("input_usd_per_mtok"),
            [&] { return Validation::tr("A price cannot be negative."); });
    require(out, p.outputUsdPerMtok >= 0, QStringLiteral("output_usd_per_mtok"),
            [&] { return Validation::tr("A price cannot be negative."); });
    require(out, !p.cachedInputUsdPerMtok || *p.cachedInputUsdPerMtok >= 0, QStringLiteral("cached_input_usd_per_mtok"),
            [&] { return Validation::tr("A price cannot be negative."); });
    require(out, !p.modelId || dataset.model(*p.modelId), QStringLiteral("model"),
            [&] { return Validation::tr("The model this price serves is not in the dataset."); });
    require(out, RecordFields::isIsoDate(p.asOf), QStringLiteral("as_of"),
            [&] { return Validation::tr("Give the date as 2026, 2026-03 or 2026-03-15."); });
    return out;
}

// findNamesake(record) finds a record's namesake in the dataset.
template<typename FindNamesake>
Messages checkAny(const AnyRecord &record, const Dataset &dataset, FindNamesake findNamesake)
{
    return std::visit(
        [&](const auto &r) -> Messages {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, ModelRecord>)
                return checkModel(r, findNamesake(r));
            else if constexpr (std::is_same_v<T, TierEntryRecord>)
                return checkTierEntry(r, dataset);
            else if constexpr (std::is_same_v<T, GpuRecord>)
                return checkGpu(r, findNamesake(r));
            else
                return checkApiPrice(r, dataset, findNamesake(r));
        },
        record);
}

} // namespace

Validation::Messages Validation::check(const AnyRecord &record, const Dataset &dataset)
{
    return checkAny(record, dataset, [&](const auto &r) { return NameIndex::findNamesake(dataset, r); });
}

Validation::Messages Validation::check(const AnyRecord &record, const Dataset &dataset, const NameIndex &names)
{
    return checkAny(record, dataset, [&](const auto &r) { return names.namesake(r); });
}

Validation::Messages Validation::checkGpuCount(int count)
{
    Messages out;
    require(out, count >= 1 && count <= Vocabulary::MaxGpuCount, QStringLiteral("gpu_count"), [&] {
        return tr("A configuration pools 1 to %1 GPUs, not %2.").arg(Vocabulary::MaxGpuCount).arg(count);
    });
    return out;
}

QString Validation::summary(RecordKind kind, const Messages &messages)
{
    QStringList lines;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        const RecordFields::Field *f = RecordFields::field(kind, it.key());
        lines << (f ? f->title : it.key()) + QStringLiteral(": ") + it.value();
    }
    return lines.join(QLatin1Char('\n'));
}
