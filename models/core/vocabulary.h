#pragma once

#include "models/core/records.h"

#include <QString>
#include <QStringList>

#include <optional>

// The words and limits every layer shares, each defined once: the database's CHECK constraints, the
// editors, the importer, the command line's help and its errors all read them from here.
namespace Vocabulary {

// A GPU configuration pools 1 to this many GPUs of one type: one node's worth.
constexpr int MaxGpuCount = 8;
// The quantization an estimate assumes unless told otherwise: what most GGUF downloads use.
inline const QString DefaultQuantName = QStringLiteral("Q4_K_M");
constexpr double DefaultBitsPerWeight = 4.85; // Q4_K_M's whole-file average (the bundled quant format)

// Tier letters, best first, as the schema allows them ('S' to 'F').
const QStringList &tierLetters();
// A tier's rank for sorting: 0 for 'S'; tierLetters().size() for an empty or unknown tier, so models
// outside the tier list sort after every ranked one.
int tierRank(const QString &tier);
// "S, A, B, C, D or F": how help and errors list them.
QString tierList();

// The schema's attention keys ('gqa', 'mla', 'hybrid', 'chunked'), in AttentionKind's order.
const QStringList &attentionKeys();
QString attentionKey(AttentionKind kind);
std::optional<AttentionKind> attentionKind(const QString &key);

} // namespace Vocabulary
