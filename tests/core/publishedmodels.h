#pragma once

#include "models/core/records.h"

// Published models as their config.json files give them, shared by the core's calculation tests.
namespace PublishedModels {

// meta-llama/Llama-3.3-70B-Instruct config.json: 80 layers, hidden 8192, 64 heads, 8 KV heads, head_dim 128.
inline ModelRecord llama33_70b()
{
    ModelRecord m;
    m.name = QStringLiteral("Llama 3.3 70B");
    m.totalParams = 70'550'000'000;
    m.layers = 80;
    m.hiddenSize = 8192;
    m.attentionHeads = 64;
    m.kvHeads = 8;
    m.headDim = 128;
    m.fullAttentionLayers = 80;
    m.maxContext = 131072;
    return m;
}

} // namespace PublishedModels
