#pragma once

#include "models/core/records.h"

// A made-up dense model with round numbers, for the cost and serving tests that work their figures out by
// hand. KV per token = 25 layers x 2 (K and V) x 10 KV heads x 100 head dim x 2 bytes (FP16) = 100,000
// bytes; at 10,000 tokens of context that is 1e9 bytes per sequence. At 8 bits per weight its 9e9
// parameters weigh 9e9 bytes.
inline ModelRecord roundNumberModel()
{
    ModelRecord m;
    m.id = 900;
    m.name = QStringLiteral("Test 9B");
    m.totalParams = 9'000'000'000;
    m.layers = 25;
    m.fullAttentionLayers = 25;
    m.hiddenSize = 4000;
    m.attentionHeads = 40;
    m.kvHeads = 10;
    m.headDim = 100;
    m.attention = AttentionKind::GroupedQuery;
    m.maxContext = 32768;
    return m;
}
