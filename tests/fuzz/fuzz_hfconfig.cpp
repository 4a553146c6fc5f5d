// libFuzzer target: bytes read as a config.json. Any input may be refused, with the file named; one that
// reads must describe a model the estimator can use: positive sizes, no more KV heads than heads, no more
// full-attention layers than layers, and active parameters within the total.
#include "models/modelfiles/hfconfig.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("config.json");
    const HfConfigFacts facts = HfConfig::parse(bytes, name);
    if (!facts.ok()) {
        if (!facts.error.startsWith(name + QStringLiteral(": ")))
            std::abort();
        return 0;
    }
    const ModelRecord &m = facts.model;
    if (m.totalParams <= 0 || m.layers < 1 || m.hiddenSize < 1 || m.attentionHeads < 1 || m.kvHeads < 1 ||
        m.kvHeads > m.attentionHeads || m.fullAttentionLayers < 0 || m.fullAttentionLayers > m.layers ||
        m.maxContext < 1 || m.recurrentStateElements < 0)
        std::abort();
    if (m.activeParams && (*m.activeParams <= 0 || *m.activeParams > m.totalParams))
        std::abort();
    if (m.routedExperts > 0 &&
        (m.expertsPerToken < 1 || m.expertsPerToken > m.routedExperts || !m.activeParams))
        std::abort();
    return 0;
}
