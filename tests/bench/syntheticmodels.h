#pragma once

#include <QByteArray>
#include <QtGlobal>

// A deterministic table of made-up but plausible models, as `llm-atlas export table models` writes CSV
// (the columns the importer reads for models). The same count always gives the same bytes: a fixed-seed
// linear congruential generator, no clock, no locale.
namespace SyntheticModels {

inline QByteArray csv(int count)
{
    quint64 state = 0x5eed1234abcdULL;
    const auto next = [&state](quint64 bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % bound;
    };
    static const char *const vendors[] = {"Acme AI", "Borealis", "Cobalt Labs", "Dune Research", "Ember",
                                          "Fjord", "Glacier", "Harbor"};
    static const char *const licenses[] = {"Apache-2.0", "MIT", "Llama Community", "Open weights"};
    static const int hiddenSizes[] = {2048, 3072, 4096, 5120, 6144, 8192, 12288, 16384};
    QByteArray out;
    out.reserve(qsizetype(count) * 200);
    out += "name,vendor,reference_model,proxy,total_params,active_params,layers,hidden_size,attention_heads,"
           "kv_heads,head_dim,attention,kv_lora_rank,qk_rope_head_dim,full_attention_layers,attention_window,"
           "recurrent_state_elements,routed_experts,experts_per_token,shared_experts,max_context,license,released,"
           "notes,uncertain\n";
    for (int i = 1; i <= count; ++i) {
        const int hidden = hiddenSizes[next(8)];
        const int layers = 16 + int(next(81));
        const int heads = hidden / 128;
        const int kvHeads = qMax(1, heads / int(1 + next(8)));
        const bool moe = next(4) == 0;
        const qint64 dense = qint64(layers) * hidden * hidden * 12 / 1000000 * 1000000;
        const int experts = moe ? 8 << next(5) : 0; // 8 to 128
        const int perToken = moe ? 1 + int(next(8)) : 0;
        const qint64 expertParams = moe ? qint64(layers) * hidden * hidden * 3 / 1000000 * 1000000 : 0;
        const qint64 total = dense + experts * expertParams;
        const qint64 active = dense + perToken * expertParams;
        const int kind = int(next(10)); // mostly GQA, some MLA and chunked
        const char *attention = kind == 0 ? "mla" : kind == 1 ? "chunked" : "gqa";
        const int fullLayers = kind == 1 ? layers / 4 : layers;
        const qint64 context = qint64(8192) << next(8); // 8K to 1M
        const char *vendor = vendors[next(8)];
        out += QByteArray("Synthetic ") + vendor + ' ' + QByteArray::number(i) + ',' + vendor + ",,0,"
               + QByteArray::number(total) + ',' + (moe ? QByteArray::number(active) : QByteArray()) + ','
               + QByteArray::number(layers) + ',' + QByteArray::number(hidden) + ',' + QByteArray::number(heads)
               + ',' + QByteArray::number(kvHeads) + ",128," + attention + ','
               + (kind == 0 ? "512,64," : ",,") + QByteArray::number(fullLayers) + ','
               + (kind == 1 ? "8192" : "") + ",," + (moe ? QByteArray::number(experts) : QByteArray()) + ','
               + (moe ? QByteArray::number(perToken) : QByteArray()) + ',' + (moe ? "1" : "") + ','
               + QByteArray::number(context) + ',' + licenses[next(4)] + ','
               + QByteArray::number(2023 + next(4)) + '-' + QByteArray::number(10 + next(3)) + ','
               + "\"Generated for benchmarks, row " + QByteArray::number(i) + "\"," + (next(10) == 0 ? "1" : "0")
               + '\n';
    }
    return out;
}

} // namespace SyntheticModels
