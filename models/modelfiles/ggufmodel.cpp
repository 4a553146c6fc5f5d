#include "models/modelfiles/ggufmodel.h"

#include "models/modelfiles/checkedcount.h"
#include "models/modelfiles/ggmltype.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace {

// Sliding-window layouts llama.cpp sets in code rather than reading from the file (src/models/<arch>.cpp,
// set_swa_pattern(period): layer i slides unless i % period == period - 1). A file's own
// <arch>.attention.sliding_window_pattern takes precedence.
struct WindowDefault
{
    const char *architecture;
    int period;
    int chunkedWindow; // llama4's chunked attention: a window llama.cpp fixes, not a key
};

constexpr WindowDefault WindowDefaults[] = {
    {"gemma2", 2, 0},  {"gemma3", 6, 0},  {"gemma3n", 5, 0},
    {"cohere2", 4, 0}, {"gpt-oss", 2, 0}, {"llama4", 4, 8192},
};

const WindowDefault *windowDefault(const QString &architecture)
{
    for (const WindowDefault &d : WindowDefaults) {
        if (architecture == QLatin1String(d.architecture))
            return &d;
    }
    return nullptr;
}

// Routed-expert tensors: blk.N.ffn_gate_exps.weight, ffn_down_exps, ffn_gate_up_exps and their biases. The
// shared expert's are ffn_*_shexp and the router's ffn_gate_inp, neither of which matches.
bool isRoutedExpertTensor(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("(^|\\.)ffn_[a-z_]*_exps(\\.|$)"));
    return pattern.match(name).hasMatch();
}

// Reads typed keys, remembering which the facts needed and did not find, or found with the wrong type.
class Keys
{
public:
    Keys(const GgufContents &contents, const QString &architecture)
        : m_contents(contents), m_prefix(architecture + QLatin1Char('.'))
    {
    }

    QString key(const char *suffix) const { return m_prefix + QLatin1String(suffix); }
    const GgufValue *find(const char *suffix) const { return m_contents.value(key(suffix)); }

    // A non-negative integer, or nullopt when absent (noted as missing when required) or mistyped.
    std::optional<qint64> integer(const char *suffix, bool required)
    {
        const GgufValue *value = find(suffix);
        if (!value) {
            if (required)
                m_missing.append(key(suffix));
            return std::nullopt;
        }
        const std::optional<qint64> v = value->toInteger();
        if (!v || *v < 0) {
            m_mistyped.append(key(suffix));
            return std::nullopt;
        }
        return v;
    }
    // A value given once for every layer or as a per-layer array of block_count entries.
    std::optional<QList<qint64>> perLayer(const char *suffix, int blockCount, bool required)
    {
        const GgufValue *value = find(suffix);
        if (value && value->isArray()) {
            const std::optional<QList<qint64>> list = value->toIntegerList();
            if (!list || list->size() != blockCount ||
                std::any_of(list->cbegin(), list->cend(), [](qint64 v) { return v < 0; })) {
                m_mistyped.append(key(suffix));
                return std::nullopt;
            }
            return list;
        }
        const std::optional<qint64> one = integer(suffix, required);
        if (!one)
            return std::nullopt;
        return QList<qint64>(blockCount, *one);
    }

    QStringList missing() const { return m_missing; }
    QStringList mistyped() const { return m_mistyped; }

private:
    const GgufContents &m_contents;
    QString m_prefix;
    QStringList m_missing;
    QStringList m_mistyped;
};

int toInt(qint64 value)
{
    return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

// The file's name without the shard suffix and extension: what a model without general.name is called.
QString baseName(const QString &path)
{
    static const QRegularExpression shard(QStringLiteral("-\\d{5}-of-\\d{5}$"));
    QString name = QFileInfo(path).completeBaseName();
    name.remove(shard);
    return name;
}

} // namespace

ModelFileFacts GgufModel::facts(const GgufContents &contents)
{
    ModelFileFacts facts;
    const QString fileName = QFileInfo(contents.files.value(0)).fileName();
    const auto refuse = [&](const QString &problem) {
        ModelFileFacts refused;
        refused.error = tr("%1: %2").arg(fileName, problem);
        return refused;
    };

    const GgufValue *architectureValue = contents.value(QStringLiteral("general.architecture"));
    const QString architecture = architectureValue ? architectureValue->toString() : QString();
    if (architecture.isEmpty())
        return refuse(tr("general.architecture is missing, so the model's keys cannot be found"));

    Keys keys(contents, architecture);
    const std::optional<qint64> blockCount = keys.integer("block_count", true);
    const std::optional<qint64> embedding = keys.integer("embedding_length", true);
    const std::optional<qint64> context = keys.integer("context_length", true);
    const std::optional<qint64> ssmState = keys.integer("ssm.state_size", false);
    const std::optional<qint64> ssmInner = keys.integer("ssm.inner_size", false);
    const bool recurrent = ssmState.value_or(0) > 0 && ssmInner.value_or(0) > 0;
    if (!blockCount || !embedding || !context || *blockCount == 0 || *blockCount > 100000) {
        if (!keys.missing().isEmpty())
            return refuse(tr("missing %1").arg(keys.missing().join(QStringLiteral(", "))));
        return refuse(tr("%1 must be whole numbers, block_count from 1 to 100000")
                          .arg(QStringList{keys.key("block_count"), keys.key("embedding_length"),
                                           keys.key("context_length")}
                                   .join(QStringLiteral(", "))));
    }
    const int blocks = int(*blockCount);
    // A pure state-space model (Mamba) has no attention keys at all.
    const std::optional<QList<qint64>> heads = keys.perLayer("attention.head_count", blocks, !recurrent);
    const std::optional<QList<qint64>> kvHeadsGiven = keys.perLayer("attention.head_count_kv", blocks, false);
    const std::optional<qint64> keyLength = keys.integer("attention.key_length", false);
    const std::optional<qint64> valueLength = keys.integer("attention.value_length", false);
    const std::optional<qint64> valueLengthMla = keys.integer("attention.value_length_mla", false);
    const std::optional<qint64> kvLoraRank = keys.integer("attention.kv_lora_rank", false);
    const std::optional<qint64> ropeDims = keys.integer("rope.dimension_count", false);
    const std::optional<qint64> window = keys.integer("attention.sliding_window", false);
    const std::optional<qint64> fullInterval = keys.integer("full_attention_interval", false);
    const std::optional<qint64> nextn = keys.integer("nextn_predict_layers", false);
    const std::optional<qint64> expertCount = keys.integer("expert_count", false);
    const std::optional<qint64> expertsUsed = keys.integer("expert_used_count", false);
    const std::optional<qint64> expertsShared = keys.integer("expert_shared_count", false);
    if (!keys.missing().isEmpty())
        return refuse(tr("missing %1").arg(keys.missing().join(QStringLiteral(", "))));
    if (!keys.mistyped().isEmpty())
        return refuse(tr("%1 must be whole numbers (per-layer arrays of %2 entries where arrays are allowed)")
                          .arg(keys.mistyped().join(QStringLiteral(", ")))
                          .arg(blocks));

    QStringList notes;
    ModelRecord &m = facts.model;
    // Multi-token-prediction layers (GLM-4.5, some DeepSeek conversions) are counted in block_count but are
    // not part of the decoder that generates.
    const int layers = blocks - toInt(std::min<qint64>(nextn.value_or(0), blocks - 1));
    m.layers = layers;
    m.hiddenSize = toInt(*embedding);
    m.maxContext = *context;

    const QList<qint64> headList = heads.value_or(QList<qint64>(blocks, 0));
    const QList<qint64> kvList =
        kvHeadsGiven.value_or(headList); // llama.cpp: head_count_kv defaults to head_count
    const qint64 maxHeads = *std::max_element(headList.cbegin(), headList.cbegin() + layers);
    m.attentionHeads = toInt(maxHeads);

    // Layers by what they keep per sequence: attention layers (KV heads > 0) and recurrent ones. Without a
    // per-layer KV array or a full-attention interval to tell them apart, a recurrent model's layers each
    // hold both (Falcon-H1), or only state (Mamba, which has no heads).
    const GgufValue *kvValue = keys.find("attention.head_count_kv");
    const bool layersDiffer = fullInterval.value_or(0) > 0 || (kvValue && kvValue->isArray());
    QList<bool> attends(layers);
    QList<bool> recurs(layers);
    qint64 maxKv = 0;
    qint64 minKv = std::numeric_limits<qint64>::max();
    for (int i = 0; i < layers; ++i) {
        attends[i] = kvList[i] > 0 && headList[i] > 0;
        if (fullInterval.value_or(0) > 0)
            attends[i] = attends[i] && (i + 1) % *fullInterval == 0;
        recurs[i] = recurrent && (!attends[i] || !layersDiffer);
        if (attends[i]) {
            maxKv = std::max(maxKv, kvList[i]);
            minKv = std::min(minKv, kvList[i]);
        }
    }
    m.kvHeads = toInt(maxKv);
    if (maxKv > 0 && minKv != maxKv)
        notes << tr("KV heads vary by layer (%1 to %2); kv_heads is the largest, so the KV cache estimate is "
                    "an upper bound.")
                     .arg(minKv)
                     .arg(maxKv);
    if (maxHeads > 0)
        m.headDim = toInt(keyLength.value_or(*embedding / maxHeads));

    // Sliding-window (or llama4's chunked) layers.
    QList<bool> slides(layers, false);
    const WindowDefault *layout = windowDefault(architecture);
    qint64 windowSize = window.value_or(0);
    if (layout && layout->chunkedWindow > 0 && !(window && *window == 0))
        windowSize = layout->chunkedWindow;
    if (windowSize > 0) {
        const GgufValue *pattern = keys.find("attention.sliding_window_pattern");
        const std::optional<QList<qint64>> patternList = pattern ? pattern->toIntegerList() : std::nullopt;
        std::optional<qint64> period;
        if (pattern && !pattern->isArray())
            period = pattern->toInteger();
        else if (!pattern && layout)
            period = layout->period;
        if (patternList && patternList->size() >= layers) {
            for (int i = 0; i < layers; ++i)
                slides[i] = patternList->at(i) != 0;
        } else if (period && *period >= 0) {
            for (int i = 0; i < layers; ++i)
                slides[i] = *period == 0 || i % *period < *period - 1;
        } else {
            notes
                << tr("%1 is %2, but neither the file nor llama.cpp says which layers slide; every layer is "
                      "counted as full attention.")
                       .arg(keys.key("attention.sliding_window"))
                       .arg(windowSize);
        }
    }

    int full = 0;
    int sliding = 0;
    int recurrentLayers = 0;
    for (int i = 0; i < layers; ++i) {
        if (attends[i] && slides[i])
            ++sliding;
        else if (attends[i])
            ++full;
        if (recurs[i])
            ++recurrentLayers;
    }
    m.fullAttentionLayers = full;

    if (kvLoraRank.value_or(0) > 0) {
        // DeepSeek-style MLA caches the latent and one rope key per token; the heads it expands to are the
        // query heads, and a head's value width is value_length_mla (new conversions) or value_length.
        m.attention = AttentionKind::MultiHeadLatent;
        m.kvLoraRank = toInt(*kvLoraRank);
        m.qkRopeHeadDim = toInt(ropeDims.value_or(0));
        m.kvHeads = m.attentionHeads;
        m.headDim = toInt(valueLengthMla.value_or(valueLength.value_or(m.headDim)));
        if (m.qkRopeHeadDim == 0)
            return refuse(
                tr("missing %1, the rope key width MLA caches").arg(keys.key("rope.dimension_count")));
    } else if (recurrentLayers > 0 || full + sliding < layers) {
        m.attention = AttentionKind::Hybrid;
        // The recurrent state per layer is inner_size x state_size elements: Mamba's d_inner x d_state, and
        // Gated DeltaNet's value heads x key width x value width. The small convolution state is left out.
        const CheckedCount state =
            CheckedCount(recurrentLayers) * ssmState.value_or(0) * ssmInner.value_or(0);
        if (!state.isValid())
            return refuse(tr("the recurrent state size passes 64 bits"));
        m.recurrentStateElements = *state.value();
        if (sliding > 0)
            notes
                << tr("%1 layers also use a sliding window, left out of the KV cache estimate.").arg(sliding);
    } else if (sliding > 0) {
        m.attention = AttentionKind::Chunked;
        m.attentionWindow = toInt(windowSize);
    }

    // Parameters and bytes from the tensors themselves.
    CheckedCount total;
    CheckedCount routed;
    QHash<quint32, qint64> bytesByType;
    for (const GgufTensor &tensor : contents.tensors) {
        total += CheckedCount(tensor.elements);
        if (isRoutedExpertTensor(tensor.name))
            routed += CheckedCount(tensor.elements);
        if (tensor.dims.size() >= 2)
            bytesByType[tensor.type] += tensor.bytes; // below the file size: no overflow
    }
    if (!total.isValid())
        return refuse(tr("the tensors' element counts add up past 64 bits"));
    m.totalParams = *total.value();

    const qint64 experts = expertCount.value_or(0);
    const qint64 used = expertsUsed.value_or(0);
    if (experts > 0) {
        m.routedExperts = toInt(experts);
        m.expertsPerToken = toInt(used);
        m.sharedExperts = toInt(expertsShared.value_or(0));
        const qint64 routedElements = *routed.value(); // at most the total
        if (used <= 0 || used > experts) {
            notes << tr("%1 is missing or out of range, so the active parameters are not known.")
                         .arg(keys.key("expert_used_count"));
        } else if (routedElements == 0) {
            notes << tr("No routed-expert tensors (ffn_*_exps) were found, so the active parameters are not "
                        "known.");
        } else {
            m.activeParams = ModelFileFacts::activeParams(m.totalParams, routedElements, experts, used);
        }
    }

    const GgufValue *fileType = contents.value(QStringLiteral("general.file_type"));
    facts.quant = fileType && fileType->toInteger() ? GgmlType::fileTypeName(quint32(*fileType->toInteger()))
                                                    : QString();
    if (facts.quant.isEmpty() && !bytesByType.isEmpty()) {
        // Without a file type, the type holding most of the matrices' bytes names the quantization.
        const auto dominant = std::max_element(bytesByType.cbegin(), bytesByType.cend());
        facts.quant = GgmlType::quantName(dominant.key());
    }

    const GgufValue *name = contents.value(QStringLiteral("general.name"));
    m.name = name && !name->toString().trimmed().isEmpty() ? name->toString().trimmed()
                                                           : baseName(contents.files.value(0));
    if (const GgufValue *organization = contents.value(QStringLiteral("general.organization")))
        m.vendor = organization->toString().trimmed();
    if (const GgufValue *license = contents.value(QStringLiteral("general.license")))
        m.license = license->toString().trimmed();
    m.notes = notes.join(QLatin1Char(' '));

    facts.format = QStringLiteral("gguf");
    facts.weightsBytes = contents.dataBytes;
    facts.tensorCount = contents.tensors.size();
    facts.files = contents.files;
    return facts;
}
