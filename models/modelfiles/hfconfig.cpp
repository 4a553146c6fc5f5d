#include "models/modelfiles/hfconfig.h"

#include "models/modelfiles/checkedcount.h"
#include "models/modelfiles/modelfilefacts.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

// Uncached: a layer without attention to cache (a DeciLM block whose attention is skipped or a linear map).
enum class Layer { Full, Window, Linear, Uncached };

// How a DeciLM block fills its attention or MLP slot.
enum class Part { Standard, Linear, None };

// A text decoder as the parameter count and the KV cache see it, filled from one model type's keys. Every
// size is a checked whole number below 2^31, so products are formed with CheckedCount.
struct Decoder
{
    qint64 vocab = 0;
    qint64 hidden = 0;
    qint64 layers = 0;
    qint64 heads = 0;
    qint64 kvHeads = 0;
    qint64 headDim = 0;
    qint64 denseIntermediate = 0; // the MLP of a layer without experts
    qint64 maxContext = 0;
    bool tied = false;

    // Attention projections.
    bool qkvBias = false;
    bool oBias = false;
    enum class QkNorm { None, PerHead, FullWidth } qkNorm = QkNorm::None;
    bool gatedQuery = false; // Qwen3-Next: q_proj also yields an output gate
    bool sinks = false;      // gpt-oss: one learned sink logit per head
    // DeepSeek's multi-head latent attention.
    bool mla = false;
    qint64 qLoraRank = 0; // 0: queries are projected directly
    qint64 kvLoraRank = 0;
    qint64 qkNopeHeadDim = 0;
    qint64 qkRopeHeadDim = 0;
    qint64 vHeadDim = 0;
    // DeepSeek-V3.2's lightning indexer, in every layer beside MLA.
    qint64 indexHeads = 0;
    qint64 indexHeadDim = 0;
    // Recurrent layers, each keeping linearValueHeads x linearKeyDim x linearValueDim state elements:
    // Qwen3-Next's Gated DeltaNet (all the sizes below), MiniMax's lightning attention (lightning: the
    // attention heads and head_dim) and Nemotron-H's Mamba-2 (its own sizes further down).
    bool lightning = false;
    qint64 linearKeyHeads = 0;
    qint64 linearValueHeads = 0;
    qint64 linearKeyDim = 0;
    qint64 linearValueDim = 0;
    qint64 linearConvKernel = 0;

    int normsPerLayer = 2;
    bool normBias = false; // LayerNorm with a bias (PhiMoE)
    bool gatedMlp = true;  // gate, up and down projections; false: up and down only (Nemotron-H's ReLU²)
    bool mlpBias = false;
    bool lmHeadBias = false;

    // Mixture of experts.
    qint64 experts = 0;
    qint64 expertsPerToken = 0;
    qint64 sharedExperts = 0;
    qint64 expertIntermediate = 0;
    qint64 sharedIntermediate = 0; // all shared experts together
    bool routerBias = false;
    bool scoreCorrectionBias = false; // DeepSeek-V3's e_score_correction_bias
    bool expertBias = false;
    bool sharedExpertGate = false; // Qwen's sigmoid gate on the shared expert
    QList<bool> moeLayer;

    QList<Layer> layerKinds;
    qint64 window = 0;

    // Nemotron-H: one mixer per block, as hybrid_override_pattern spells them (M Mamba-2, * attention, - MLP,
    // E MoE); empty for other decoders. Its Mamba-2 mixers' sizes:
    QString pattern;
    qint64 mambaHeads = 0;
    qint64 mambaHeadDim = 0;
    qint64 ssmState = 0;
    qint64 ssmGroups = 0; // B and C are shared by the heads of a group
    bool convBias = false;
    bool projBias = false;

    // DeciLM (nemotron-nas) gives every block its own attention and MLP; empty for uniform decoders.
    struct Block
    {
        Part attention = Part::Standard;
        Part mlp = Part::Standard;
        qint64 intermediate = 0;
    };
    QList<Block> blocks;
};

// Typed reading of one JSON object's keys, collecting every problem so one message can name them all.
class Keys
{
public:
    Keys(const QJsonObject &object, const QString &prefix) : m_object(object), m_prefix(prefix) {}

    QString name(const char *key) const { return m_prefix + QLatin1String(key); }
    bool present(const char *key) const { return m_object.contains(QLatin1String(key)); }
    bool has(const char *key) const
    {
        return m_object.contains(QLatin1String(key)) && !m_object.value(QLatin1String(key)).isNull();
    }

    qint64 need(const char *key, qint64 minimum = 1)
    {
        if (!has(key)) {
            m_missing.append(name(key));
            return minimum;
        }
        return number(key, minimum).value_or(minimum);
    }
    qint64 orDefault(const char *key, qint64 fallback, qint64 minimum = 1)
    {
        if (!has(key)) {
            m_defaults.append(QStringLiteral("%1 = %2").arg(name(key)).arg(fallback));
            return fallback;
        }
        return number(key, minimum).value_or(fallback);
    }
    std::optional<qint64> optional(const char *key, qint64 minimum = 0)
    {
        return has(key) ? number(key, minimum) : std::nullopt;
    }
    bool flag(const char *key, bool fallback)
    {
        if (!has(key)) {
            m_defaults.append(QStringLiteral("%1 = %2").arg(name(key), fallback ? QStringLiteral("true")
                                                                                : QStringLiteral("false")));
            return fallback;
        }
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isBool())
            m_mistyped.append(name(key));
        return v.toBool(fallback);
    }
    QString string(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            m_mistyped.append(name(key));
        return v.toString();
    }
    // An array of whole numbers (a JSON true/false counts as 1/0); nullopt when absent.
    std::optional<QList<qint64>> numbers(const char *key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(QLatin1String(key));
        const QJsonArray array = v.toArray();
        QList<qint64> list;
        for (const QJsonValue &item : array) {
            const qint64 n = item.isBool() ? qint64(item.toBool()) : item.toInteger(-1);
            if (n < 0 || n > std::numeric_limits<int>::max() ||
                (!item.isBool() && double(n) != item.toDouble())) {
                m_mistyped.append(name(key));
                return std::nullopt;
            }
            list.append(n);
        }
        if (!v.isArray()) {
            m_mistyped.append(name(key));
            return std::nullopt;
        }
        return list;
    }
    std::optional<QStringList> strings(const char *key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(QLatin1String(key));
        QStringList list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                m_mistyped.append(name(key));
                return std::nullopt;
            }
            list.append(item.toString());
        }
        if (!v.isArray()) {
            m_mistyped.append(name(key));
            return std::nullopt;
        }
        return list;
    }
    // A required JSON object or array of objects; empty when absent or of another kind.
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!has(key))
            m_missing.append(name(key));
        else if (!v.isObject())
            m_mistyped.append(name(key));
        return v.toObject();
    }
    QList<QJsonObject> objects(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!has(key)) {
            m_missing.append(name(key));
            return {};
        }
        QList<QJsonObject> list;
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isObject()) {
                m_mistyped.append(name(key));
                return {};
            }
            list.append(item.toObject());
        }
        if (!v.isArray())
            m_mistyped.append(name(key));
        return list;
    }
    // A required positive number that need not be whole (DeciLM's ffn_mult).
    double real(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!has(key))
            m_missing.append(name(key));
        else if (!v.isDouble() || !(v.toDouble() > 0) || v.toDouble() > std::numeric_limits<int>::max())
            m_mistyped.append(name(key));
        else
            return v.toDouble();
        return 1;
    }
    void invalid(const QString &problem) { m_invalid.append(problem); }
    // Takes over the problems and defaults of a nested object's keys.
    void adopt(const Keys &inner)
    {
        m_missing += inner.m_missing;
        m_mistyped += inner.m_mistyped;
        m_invalid += inner.m_invalid;
        m_defaults += inner.m_defaults;
    }

    QStringList missing() const { return m_missing; }
    QStringList mistyped() const { return m_mistyped; }
    QStringList invalidValues() const { return m_invalid; }
    QStringList defaults() const { return m_defaults; }

private:
    std::optional<qint64> number(const char *key, qint64 minimum)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        const qint64 n = v.toInteger(-1);
        if (!v.isDouble() || double(n) != v.toDouble() || n < minimum ||
            n > std::numeric_limits<int>::max()) {
            m_mistyped.append(name(key));
            return std::nullopt;
        }
        return n;
    }

    QJsonObject m_object;
    QString m_prefix;
    QStringList m_missing;
    QStringList m_mistyped;
    QStringList m_invalid;
    QStringList m_defaults;
};

// Where a model type's configuration class fills a key the file leaves out; 0: the key is required, or
// (kvHeads, headDim) follows from the other sizes as the modelling code computes it.
struct Defaults
{
    qint64 vocab = 0;
    qint64 context = 0;
    qint64 heads = 0;   // 0: the config must say
    qint64 kvHeads = 0; // 0: as many as attention heads (multi-head attention)
    qint64 headDim = 0; // 0: hidden_size / num_attention_heads
};

// The sizes every decoder has.
void readCommon(Keys &keys, Decoder &d, const Defaults &defaults = {})
{
    d.hidden = keys.need("hidden_size");
    d.layers = keys.need("num_hidden_layers");
    d.heads = defaults.heads > 0 ? keys.orDefault("num_attention_heads", defaults.heads) : keys.need("num_attention_heads");
    d.vocab = defaults.vocab > 0 ? keys.orDefault("vocab_size", defaults.vocab) : keys.need("vocab_size");
    d.maxContext = defaults.context > 0 ? keys.orDefault("max_position_embeddings", defaults.context)
                                        : keys.need("max_position_embeddings");
    d.kvHeads = keys.orDefault("num_key_value_heads", defaults.kvHeads > 0 ? defaults.kvHeads : d.heads);
    if (defaults.headDim > 0)
        d.headDim = keys.orDefault("head_dim", defaults.headDim);
    else
        d.headDim = keys.optional("head_dim", 1).value_or(d.heads > 0 ? d.hidden / d.heads : 0);
}

// layer_types, as recent transformers writes it; nullopt when the file has none.
std::optional<QList<Layer>> readLayerTypes(Keys &keys, qint64 layers)
{
    const std::optional<QStringList> types = keys.strings("layer_types");
    if (!types)
        return std::nullopt;
    if (types->size() != layers) {
        keys.invalid(HfConfig::tr("%1 lists %2 layers, not %3")
                         .arg(keys.name("layer_types"))
                         .arg(types->size())
                         .arg(layers));
        return std::nullopt;
    }
    QList<Layer> kinds;
    for (const QString &type : *types) {
        if (type == QLatin1String("full_attention"))
            kinds.append(Layer::Full);
        else if (type == QLatin1String("sliding_attention") || type == QLatin1String("chunked_attention"))
            kinds.append(Layer::Window);
        else if (type == QLatin1String("linear_attention"))
            kinds.append(Layer::Linear);
        else {
            keys.invalid(
                HfConfig::tr("%1 has the unknown layer type “%2”").arg(keys.name("layer_types"), type));
            return std::nullopt;
        }
    }
    return kinds;
}

// Layer i attends within the window unless (i + 1) is a multiple of period: Gemma's and Cohere2's
// sliding_window_pattern, gpt-oss's alternation, Llama 4's no_rope_layer interval.
QList<Layer> periodic(qint64 layers, qint64 period)
{
    QList<Layer> kinds;
    for (qint64 i = 0; i < layers; ++i)
        kinds.append((i + 1) % period != 0 ? Layer::Window : Layer::Full);
    return kinds;
}

void readDenseMoe(Keys &keys, Decoder &d, const char *expertsKey)
{
    d.experts = keys.need(expertsKey);
    d.expertsPerToken = keys.need("num_experts_per_tok");
    if (d.expertsPerToken > d.experts)
        keys.invalid(HfConfig::tr("num_experts_per_tok (%1) is more than the %2 experts")
                         .arg(d.expertsPerToken)
                         .arg(d.experts));
}

// Qwen2/Qwen3's sparse-layer rule: experts in every decoder_sparse_step-th layer outside mlp_only_layers.
void readQwenMoeLayers(Keys &keys, Decoder &d)
{
    const qint64 step = keys.orDefault("decoder_sparse_step", 1);
    const QList<qint64> mlpOnly = keys.numbers("mlp_only_layers").value_or(QList<qint64>());
    d.moeLayer.clear();
    for (qint64 i = 0; i < d.layers; ++i)
        d.moeLayer.append(!mlpOnly.contains(i) && (i + 1) % step == 0);
}

// Qwen2's optional sliding window: layers from max_window_layers on slide when use_sliding_window is set.
void readQwenWindow(Keys &keys, Decoder &d)
{
    if (const std::optional<QList<Layer>> kinds = readLayerTypes(keys, d.layers)) {
        d.layerKinds = *kinds;
        d.window = d.layerKinds.contains(Layer::Window) ? keys.need("sliding_window") : 0;
        return;
    }
    if (!keys.flag("use_sliding_window", false))
        return;
    d.window = keys.need("sliding_window");
    const qint64 firstSliding = keys.orDefault("max_window_layers", 28, 0);
    for (qint64 i = 0; i < d.layers; ++i)
        d.layerKinds[i] = i >= firstSliding ? Layer::Window : Layer::Full;
}

// Mistral and Phi-3 apply sliding_window to every layer; one at least as long as the context changes
// nothing. A null window is none; an absent one is the class default, where the class has one.
void readWindowOnEveryLayer(Keys &keys, Decoder &d, std::optional<qint64> fallback)
{
    std::optional<qint64> window = keys.optional("sliding_window", 1);
    if (!keys.present("sliding_window") && fallback)
        window = keys.orDefault("sliding_window", *fallback);
    if (window && *window < d.maxContext) {
        d.window = *window;
        d.layerKinds = QList<Layer>(d.layers, Layer::Window);
    }
}

using Reader = void (*)(Keys &, Decoder &, const QString &type);

void readLlamaLike(Keys &keys, Decoder &d, const QString &type)
{
    const bool qwen = type.startsWith(QLatin1String("qwen"));
    const bool qwen3 = type.startsWith(QLatin1String("qwen3"));
    const bool cohere = type.startsWith(QLatin1String("cohere"));
    Defaults defaults;
    defaults.vocab = cohere ? 256000 : 0;
    defaults.headDim = qwen3 ? 128 : 0;
    readCommon(keys, d, defaults);
    d.layerKinds = QList<Layer>(d.layers, Layer::Full);
    d.tied = keys.flag("tie_word_embeddings", cohere);
    const bool mimo = type == QLatin1String("mimo"); // Qwen2's decoder (its MTP layers are not counted)
    if (type == QLatin1String("qwen2") || type == QLatin1String("qwen2_moe") || mimo) {
        d.qkvBias = true; // Qwen2 always biases q, k and v, never o
    } else if (type == QLatin1String("phi3") || type == QLatin1String("exaone4")) {
        // Phi-3's fused qkv_proj and EXAONE 4's projections have no bias.
    } else {
        d.qkvBias = d.oBias = keys.flag("attention_bias", type == QLatin1String("phimoe"));
    }
    if (type == QLatin1String("llama") || type == QLatin1String("mistral") ||
        type == QLatin1String("granite"))
        d.mlpBias = keys.flag("mlp_bias", false);
    if (qwen3 || type == QLatin1String("exaone4"))
        d.qkNorm = Decoder::QkNorm::PerHead;
    const bool olmo3 = type == QLatin1String("olmo3");
    // Only layer_types says which layers slide: EXAONE 4's sliding_window_pattern is a string ("LLLG").
    const bool layerTypesOnly = olmo3 || type == QLatin1String("exaone4");
    if (type == QLatin1String("olmo2") || olmo3)
        d.qkNorm = Decoder::QkNorm::FullWidth;
    if (cohere) {
        d.normsPerLayer = 1; // one LayerNorm feeds attention and MLP in parallel
        if (type == QLatin1String("cohere") && keys.flag("use_qk_norm", false))
            d.qkNorm = Decoder::QkNorm::FullWidth; // per-head LayerNorm weights of heads x head_dim
    }
    if (type == QLatin1String("phimoe")) {
        d.normBias = true;
        d.lmHeadBias = keys.flag("lm_head_bias", false);
    }

    const bool qwenMoe = type == QLatin1String("qwen2_moe") || type == QLatin1String("qwen3_moe") ||
                         type == QLatin1String("qwen3_vl_moe_text");
    const bool moe = type == QLatin1String("mixtral") || type == QLatin1String("phimoe") || qwenMoe;
    if (!moe || qwenMoe)
        d.denseIntermediate = keys.need("intermediate_size");
    if (type == QLatin1String("mixtral") || type == QLatin1String("phimoe")) {
        readDenseMoe(keys, d, "num_local_experts");
        d.expertIntermediate = keys.need("intermediate_size");
        d.moeLayer = QList<bool>(d.layers, true);
    } else if (qwen && moe) {
        readDenseMoe(keys, d, "num_experts");
        d.expertIntermediate = keys.need("moe_intermediate_size");
        readQwenMoeLayers(keys, d);
        if (type == QLatin1String("qwen2_moe")) {
            d.sharedExperts = 1;
            d.sharedIntermediate = keys.need("shared_expert_intermediate_size");
            d.sharedExpertGate = true;
        }
    }

    if (qwen || mimo)
        readQwenWindow(keys, d);
    else if (type == QLatin1String("mistral"))
        readWindowOnEveryLayer(keys, d, 4096); // MistralConfig's default window
    else if (type == QLatin1String("mixtral") || type == QLatin1String("phi3") ||
             type == QLatin1String("phimoe") || type == QLatin1String("ministral3"))
        readWindowOnEveryLayer(keys, d, std::nullopt);
    else if (const std::optional<QList<Layer>> kinds =
                 layerTypesOnly ? readLayerTypes(keys, d.layers) : std::nullopt) {
        d.layerKinds = *kinds; // OLMo 3 and EXAONE 4: three sliding-window layers to each full one
        d.window = d.layerKinds.contains(Layer::Window) ? keys.need("sliding_window") : 0;
    }
    else if (type == QLatin1String("cohere2")) {
        d.window = keys.orDefault("sliding_window", 4096);
        d.layerKinds = readLayerTypes(keys, d.layers)
                           .value_or(periodic(d.layers, keys.orDefault("sliding_window_pattern", 4)));
    }
}

void readGemma(Keys &keys, Decoder &d, const QString &type)
{
    const bool gemma3 = type == QLatin1String("gemma3_text");
    // Gemma 3's published configs leave these to Gemma3TextConfig's defaults (gemma-3-4b-it gives neither
    // its heads nor its vocabulary).
    Defaults defaults;
    defaults.vocab = gemma3 ? 262208 : 256000;
    defaults.context = gemma3 ? 131072 : 8192;
    defaults.heads = gemma3 ? 8 : 0;
    defaults.kvHeads = gemma3 ? 4 : 0;
    defaults.headDim = 256;
    readCommon(keys, d, defaults);
    d.denseIntermediate = keys.need("intermediate_size");
    d.tied = keys.flag("tie_word_embeddings", true);
    d.qkvBias = d.oBias = keys.flag("attention_bias", false);
    if (type == QLatin1String("gemma"))
        return; // Gemma 1: a norm before attention and one before the MLP, every layer full attention
    d.normsPerLayer = 4; // before and after both attention and MLP
    if (gemma3)
        d.qkNorm = Decoder::QkNorm::PerHead;
    d.window = keys.orDefault("sliding_window", 4096);
    if (const std::optional<QList<Layer>> kinds = readLayerTypes(keys, d.layers))
        d.layerKinds = *kinds;
    else
        d.layerKinds = periodic(d.layers, gemma3 ? keys.orDefault("sliding_window_pattern", 6) : 2);
}

void readGptOss(Keys &keys, Decoder &d, const QString &)
{
    Defaults defaults;
    defaults.headDim = 64;
    readCommon(keys, d, defaults);
    d.tied = keys.flag("tie_word_embeddings", false);
    d.qkvBias = d.oBias = keys.flag("attention_bias", true);
    d.sinks = true;
    readDenseMoe(keys, d, "num_local_experts");
    d.expertIntermediate = keys.need("intermediate_size");
    d.routerBias = d.expertBias = true;
    d.moeLayer = QList<bool>(d.layers, true);
    d.window = keys.orDefault("sliding_window", 128);
    // GptOssConfig: sliding attention on even layers, full on odd ones.
    d.layerKinds = readLayerTypes(keys, d.layers).value_or(periodic(d.layers, 2));
}

void readLlama4(Keys &keys, Decoder &d, const QString &)
{
    Defaults defaults;
    defaults.headDim = 128;
    readCommon(keys, d, defaults);
    d.tied = keys.flag("tie_word_embeddings", false);
    d.qkvBias = d.oBias = keys.flag("attention_bias", false);
    readDenseMoe(keys, d, "num_local_experts");
    d.expertIntermediate = keys.need("intermediate_size");
    d.denseIntermediate = keys.need("intermediate_size_mlp");
    d.sharedExperts = 1; // every MoE layer has one shared expert as wide as a routed one
    d.sharedIntermediate = d.expertIntermediate;
    if (const std::optional<QList<qint64>> moeLayers = keys.numbers("moe_layers")) {
        d.moeLayer = QList<bool>(d.layers, false);
        for (qint64 i : *moeLayers) {
            if (i >= d.layers)
                keys.invalid(HfConfig::tr("%1 names layer %2 of %3")
                                 .arg(keys.name("moe_layers"))
                                 .arg(i)
                                 .arg(d.layers));
            else
                d.moeLayer[i] = true;
        }
    } else {
        const qint64 step = keys.orDefault("interleave_moe_layer_step", 1);
        for (qint64 i = 0; i < d.layers; ++i)
            d.moeLayer.append((i + 1) % step == 0);
    }
    // Chunked local attention on the RoPE layers; every fourth (NoPE) layer is global.
    d.window = keys.orDefault("attention_chunk_size", 8192);
    if (const std::optional<QList<Layer>> kinds = readLayerTypes(keys, d.layers)) {
        d.layerKinds = *kinds;
    } else if (const std::optional<QList<qint64>> rope = keys.numbers("no_rope_layers");
               rope && !rope->isEmpty()) { // Llama4TextConfig takes an empty list as none given
        if (rope->size() != d.layers) {
            keys.invalid(HfConfig::tr("%1 lists %2 layers, not %3")
                             .arg(keys.name("no_rope_layers"))
                             .arg(rope->size())
                             .arg(d.layers));
        } else {
            for (qint64 usesRope : *rope)
                d.layerKinds.append(usesRope ? Layer::Window : Layer::Full);
        }
    } else {
        d.layerKinds = periodic(d.layers, keys.orDefault("no_rope_layer_interval", 4));
    }
}

// DeepSeek-V2/V3 (MLA) and GLM-4.5 (GQA): routed plus shared experts after first_k_dense_replace dense
// layers.
void readDeepseekLike(Keys &keys, Decoder &d, const QString &type)
{
    readCommon(keys, d);
    d.layerKinds = QList<Layer>(d.layers, Layer::Full);
    d.tied = keys.flag("tie_word_embeddings", false);
    d.denseIntermediate = keys.need("intermediate_size");
    d.experts = keys.need("n_routed_experts");
    d.expertsPerToken = keys.need("num_experts_per_tok");
    d.expertIntermediate = keys.need("moe_intermediate_size");
    d.sharedExperts = keys.orDefault("n_shared_experts", 1, 0);
    d.sharedIntermediate = d.sharedExperts * d.expertIntermediate; // one MLP as wide as all shared experts
    if (d.expertsPerToken > d.experts)
        keys.invalid(HfConfig::tr("num_experts_per_tok (%1) is more than the %2 experts")
                         .arg(d.expertsPerToken)
                         .arg(d.experts));
    const qint64 firstMoe = keys.orDefault("first_k_dense_replace", 0, 0);
    const qint64 frequency = keys.orDefault("moe_layer_freq", 1);
    for (qint64 i = 0; i < d.layers; ++i)
        d.moeLayer.append(i >= firstMoe && i % frequency == 0);

    if (type == QLatin1String("glm4_moe")) {
        d.qkvBias = keys.flag("attention_bias", false); // GLM biases q, k and v only
        if (keys.flag("use_qk_norm", false))
            d.qkNorm = Decoder::QkNorm::PerHead;
        d.scoreCorrectionBias = true;
        return;
    }
    d.mla = true;
    if (type == QLatin1String("deepseek_v32")) {
        // V3.2 is V3 with a lightning indexer per layer that picks the tokens MLA attends to; its weights are
        // counted. Its small key cache (index_head_dim per token and layer, FP8) is not in the KV estimate.
        d.qLoraRank = keys.need("q_lora_rank"); // the indexer's queries come from the query latent
        d.indexHeads = keys.need("index_n_heads");
        d.indexHeadDim = keys.need("index_head_dim");
    } else {
        d.qLoraRank = keys.optional("q_lora_rank", 1).value_or(0); // null in DeepSeek-V2-Lite: direct queries
    }
    d.kvLoraRank = keys.need("kv_lora_rank");
    d.qkNopeHeadDim = keys.need("qk_nope_head_dim");
    d.qkRopeHeadDim = keys.need("qk_rope_head_dim");
    d.vHeadDim = keys.need("v_head_dim");
    d.qkvBias = d.oBias = keys.flag("attention_bias", false);
    // V3's noaux_tc routing learns a bias per expert; V2's greedy routing does not.
    d.scoreCorrectionBias = type == QLatin1String("deepseek_v3") || type == QLatin1String("deepseek_v32") ||
                            keys.string("topk_method") == QLatin1String("noaux_tc");
}

void readQwen3Next(Keys &keys, Decoder &d, const QString &)
{
    readCommon(keys, d);
    d.tied = keys.flag("tie_word_embeddings", false);
    d.qkvBias = d.oBias = keys.flag("attention_bias", false);
    d.qkNorm = Decoder::QkNorm::PerHead;
    d.gatedQuery = true;
    d.denseIntermediate = keys.need("intermediate_size");
    readDenseMoe(keys, d, "num_experts");
    d.expertIntermediate = keys.need("moe_intermediate_size");
    d.sharedExperts = 1;
    d.sharedIntermediate = keys.need("shared_expert_intermediate_size");
    d.sharedExpertGate = true;
    readQwenMoeLayers(keys, d);
    d.linearKeyHeads = keys.need("linear_num_key_heads");
    d.linearValueHeads = keys.need("linear_num_value_heads");
    d.linearKeyDim = keys.need("linear_key_head_dim");
    d.linearValueDim = keys.need("linear_value_head_dim");
    d.linearConvKernel = keys.need("linear_conv_kernel_dim");
    if (const std::optional<QList<Layer>> kinds = readLayerTypes(keys, d.layers)) {
        d.layerKinds = *kinds;
    } else {
        // Qwen3NextConfig: every full_attention_interval-th layer is full attention, the rest Gated DeltaNet.
        const qint64 interval = keys.orDefault("full_attention_interval", 4);
        for (qint64 i = 0; i < d.layers; ++i)
            d.layerKinds.append((i + 1) % interval == 0 ? Layer::Full : Layer::Linear);
    }
}

// DeciLM's width for an MLP of ffn_mult: int(2 * ffn_mult * hidden / 3), rounded up to a multiple of 256.
qint64 deciIntermediate(double ffnMult, qint64 hidden)
{
    const qint64 width = qint64(2 * ffnMult * double(hidden) / 3);
    return (width + 255) / 256 * 256;
}

// NVIDIA's Llama-Nemotron NAS models (DeciLM): a Llama decoder whose block_configs give each layer its own
// MLP width and let a layer skip attention or its MLP, or replace either by one hidden x hidden map. Only
// attention blocks keep a KV cache. window_length, sink tokens and sparsify (null in published configs)
// change no weights; a windowed block is cached as a full one, which overstates its cache.
void readNemotronNas(Keys &keys, Decoder &d, const QString &)
{
    d.hidden = keys.need("hidden_size");
    d.layers = keys.need("num_hidden_layers");
    d.heads = keys.need("num_attention_heads");
    d.vocab = keys.need("vocab_size");
    d.maxContext = keys.need("max_position_embeddings");
    d.headDim = d.hidden / d.heads; // DeciLMAttention: hidden_size // num_attention_heads
    d.kvHeads = d.heads;
    d.tied = keys.flag("tie_word_embeddings", false);
    d.qkvBias = d.oBias = keys.flag("attention_bias", false);
    d.mlpBias = keys.flag("mlp_bias", false);
    const QList<QJsonObject> blocks = keys.objects("block_configs");
    if (blocks.size() != d.layers) {
        if (keys.missing().isEmpty() && keys.mistyped().isEmpty())
            keys.invalid(HfConfig::tr("%1 lists %2 layers, not %3")
                             .arg(keys.name("block_configs"))
                             .arg(blocks.size())
                             .arg(d.layers));
        return;
    }
    std::optional<qint64> firstGroup;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QString prefix = keys.name("block_configs") + QStringLiteral("[%1].").arg(i);
        Keys block(blocks.at(i), prefix);
        Keys attention(block.object("attention"), prefix + QStringLiteral("attention."));
        Keys ffn(block.object("ffn"), prefix + QStringLiteral("ffn."));
        Decoder::Block b;
        const auto part = [](Keys &k) {
            if (k.flag("no_op", false))
                return Part::None;
            return k.flag("replace_with_linear", false) ? Part::Linear : Part::Standard;
        };
        b.attention = part(attention);
        b.mlp = part(ffn);
        if (b.attention == Part::Standard) {
            // DeciLMAttention: num_key_value_heads = num_attention_heads // n_heads_in_group.
            const qint64 group = attention.need("n_heads_in_group");
            if (group > d.heads) {
                attention.invalid(HfConfig::tr("%1 (%2) is more than the %3 attention heads")
                                      .arg(attention.name("n_heads_in_group"))
                                      .arg(group)
                                      .arg(d.heads));
            } else if (firstGroup && group != *firstGroup) {
                // One KV head count per model: the KV cache estimate has no per-layer widths, so a block
                // whose KV width differs from the first one's is a kind of layer the reader does not know.
                attention.invalid(HfConfig::tr("%1 has the unknown layer type “%2”")
                                      .arg(prefix + QStringLiteral("attention"),
                                           QStringLiteral("n_heads_in_group %1").arg(group)));
            } else {
                firstGroup = group;
                d.kvHeads = d.heads / group;
            }
        }
        if (b.mlp == Part::Standard)
            b.intermediate = deciIntermediate(ffn.real("ffn_mult"), d.hidden);
        d.layerKinds.append(b.attention == Part::Standard ? Layer::Full : Layer::Uncached);
        d.blocks.append(b);
        keys.adopt(block);
        keys.adopt(attention);
        keys.adopt(ffn);
    }
}

// MiniMax-M1 (and MiniMax-Text-01's architecture): attn_type_list marks each layer lightning (linear)
// attention (0) or softmax attention with GQA (1); every layer is a Mixtral-style MoE.
void readMiniMaxM1(Keys &keys, Decoder &d, const QString &)
{
    readCommon(keys, d);
    d.tied = keys.flag("tie_word_embeddings", false);
    readDenseMoe(keys, d, "num_local_experts");
    d.expertIntermediate = keys.need("intermediate_size");
    d.moeLayer = QList<bool>(d.layers, true);
    // A shared MLP beside the experts where the config gives it a width (0 in M1's published configs).
    d.sharedIntermediate = keys.orDefault("shared_intermediate_size", 0, 0);
    d.sharedExperts = d.sharedIntermediate > 0 ? 1 : 0;
    d.lightning = true;
    d.linearValueHeads = d.heads;
    d.linearKeyDim = d.linearValueDim = d.headDim;
    const std::optional<QList<qint64>> types = keys.numbers("attn_type_list");
    if (!types) {
        if (keys.mistyped().isEmpty())
            keys.need("attn_type_list"); // reported as missing
        return;
    }
    if (types->size() != d.layers) {
        keys.invalid(HfConfig::tr("%1 lists %2 layers, not %3")
                         .arg(keys.name("attn_type_list"))
                         .arg(types->size())
                         .arg(d.layers));
        return;
    }
    for (qint64 type : *types) {
        if (type > 1) {
            keys.invalid(HfConfig::tr("%1 has the unknown layer type “%2”")
                             .arg(keys.name("attn_type_list"), QString::number(type)));
            return;
        }
        d.layerKinds.append(type == 1 ? Layer::Full : Layer::Linear);
    }
}

// NVIDIA's Nemotron-H: hybrid_override_pattern gives each block one mixer: Mamba-2 (M), GQA attention (*),
// a ReLU² MLP (-) or a ReLU² MoE with a shared expert (E). Mamba-2 blocks keep a heads x head_dim x
// state-size state (the small convolution state left out, as for Gated DeltaNet); only * blocks cache keys.
void readNemotronH(Keys &keys, Decoder &d, const QString &)
{
    readCommon(keys, d);
    d.tied = keys.flag("tie_word_embeddings", false);
    d.qkvBias = d.oBias = keys.flag("attention_bias", false);
    d.mlpBias = keys.flag("mlp_bias", false);
    d.gatedMlp = false;
    d.mambaHeads = keys.need("mamba_num_heads");
    d.mambaHeadDim = keys.need("mamba_head_dim");
    d.ssmState = keys.need("ssm_state_size");
    d.ssmGroups = keys.need("n_groups");
    d.linearConvKernel = keys.need("conv_kernel");
    d.convBias = keys.flag("use_conv_bias", true);
    d.projBias = keys.flag("use_bias", false);
    d.linearValueHeads = d.mambaHeads;
    d.linearKeyDim = d.ssmState;
    d.linearValueDim = d.mambaHeadDim;
    if (!keys.has("hybrid_override_pattern")) {
        keys.need("hybrid_override_pattern"); // reported as missing
        return;
    }
    const QString pattern = keys.string("hybrid_override_pattern");
    if (pattern.size() != d.layers) {
        keys.invalid(HfConfig::tr("%1 lists %2 layers, not %3")
                         .arg(keys.name("hybrid_override_pattern"))
                         .arg(pattern.size())
                         .arg(d.layers));
        return;
    }
    for (const QChar kind : pattern) {
        if (!QStringLiteral("M*-E").contains(kind)) {
            keys.invalid(HfConfig::tr("%1 has the unknown layer type “%2”")
                             .arg(keys.name("hybrid_override_pattern"), QString(kind)));
            return;
        }
        d.layerKinds.append(kind == QLatin1Char('M')   ? Layer::Linear
                            : kind == QLatin1Char('*') ? Layer::Full
                                                       : Layer::Uncached);
    }
    d.pattern = pattern;
    if (pattern.contains(QLatin1Char('-')))
        d.denseIntermediate = keys.need("intermediate_size");
    if (pattern.contains(QLatin1Char('E'))) {
        readDenseMoe(keys, d, "n_routed_experts");
        d.expertIntermediate = keys.need("moe_intermediate_size");
        d.sharedExperts = keys.orDefault("n_shared_experts", 1, 0);
        d.sharedIntermediate = d.sharedExperts * keys.need("moe_shared_expert_intermediate_size");
        d.scoreCorrectionBias = true; // the router's e_score_correction_bias
    }
}

struct ModelType
{
    const char *name;
    Reader read;
};

constexpr ModelType ModelTypes[] = {
    {"llama", readLlamaLike},          {"mistral", readLlamaLike},     {"mixtral", readLlamaLike},
    {"granite", readLlamaLike},        {"qwen2", readLlamaLike},       {"qwen2_moe", readLlamaLike},
    {"qwen3", readLlamaLike},          {"qwen3_moe", readLlamaLike},   {"phi3", readLlamaLike},
    {"phimoe", readLlamaLike},         {"olmo2", readLlamaLike},       {"cohere", readLlamaLike},
    {"cohere2", readLlamaLike},        {"gemma2", readGemma},          {"gemma3_text", readGemma},
    {"gpt_oss", readGptOss},           {"llama4_text", readLlama4},    {"deepseek_v2", readDeepseekLike},
    {"deepseek_v3", readDeepseekLike}, {"glm4_moe", readDeepseekLike}, {"qwen3_next", readQwen3Next},
    // Kimi K2 is DeepSeek-V3's architecture (its architectures entry says DeepseekV3ForCausalLM).
    {"kimi_k2", readDeepseekLike},     {"ministral3", readLlamaLike},  {"olmo3", readLlamaLike},
    {"mimo", readLlamaLike},           {"qwen3_vl_text", readLlamaLike}, {"qwen3_vl_moe_text", readLlamaLike},
    {"gemma", readGemma},              {"exaone4", readLlamaLike},     {"nemotron-nas", readNemotronNas},
    // DeepSeek-V3.2 is DeepSeek-V3's architecture with a lightning indexer in each layer.
    {"deepseek_v32", readDeepseekLike},
    {"minimax_m1", readMiniMaxM1},     {"nemotron_h", readNemotronH},
};

// Multimodal configs whose text decoder sits in text_config, with the model_type it has when unnamed.
struct Wrapper
{
    const char *name;
    const char *textType;
};

constexpr Wrapper Wrappers[] = {
    {"gemma3", "gemma3_text"}, {"llama4", "llama4_text"}, {"mistral3", "mistral"},
    {"qwen3_vl", "qwen3_vl_text"}, {"qwen3_vl_moe", "qwen3_vl_moe_text"}};

const ModelType *findType(const QString &name)
{
    for (const ModelType &t : ModelTypes) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

struct Count
{
    CheckedCount total;
    CheckedCount routed;
};

// Grouped-query (or multi-head) attention's projections and per-head norms.
CheckedCount attentionParameters(const Decoder &d)
{
    const qint64 h = d.hidden;
    const CheckedCount qWidth = CheckedCount(d.heads) * d.headDim;
    const CheckedCount kvWidth = CheckedCount(d.kvHeads) * d.headDim;
    const CheckedCount qOut = qWidth * (d.gatedQuery ? 2 : 1);
    CheckedCount p = qOut * h;
    p += kvWidth * h * 2;
    p += qWidth * h;
    if (d.qkvBias)
        p += qOut + kvWidth * 2;
    if (d.oBias)
        p += CheckedCount(h);
    if (d.qkNorm == Decoder::QkNorm::PerHead)
        p += CheckedCount(d.headDim * 2);
    else if (d.qkNorm == Decoder::QkNorm::FullWidth)
        p += qWidth + kvWidth;
    if (d.sinks)
        p += CheckedCount(d.heads);
    return p;
}

CheckedCount denseMlpParameters(const Decoder &d, qint64 intermediate)
{
    const qint64 wide = d.gatedMlp ? 2 : 1; // the projections to the intermediate width
    CheckedCount p = CheckedCount(d.hidden) * intermediate * (wide + 1);
    if (d.mlpBias)
        p += CheckedCount(intermediate) * wide + d.hidden;
    return p;
}

// A MoE layer's router, routed experts (also added to routed) and shared experts.
CheckedCount moeParameters(const Decoder &d, CheckedCount &routed)
{
    const qint64 h = d.hidden;
    CheckedCount p = CheckedCount(h) * d.experts; // router
    if (d.routerBias)
        p += CheckedCount(d.experts);
    if (d.scoreCorrectionBias)
        p += CheckedCount(d.experts);
    CheckedCount experts = CheckedCount(h) * d.expertIntermediate * (d.gatedMlp ? 3 : 2) * d.experts;
    if (d.expertBias)
        experts += CheckedCount(d.expertIntermediate * 2 + h) * d.experts;
    routed += experts;
    p += experts;
    p += CheckedCount(h) * d.sharedIntermediate * (d.gatedMlp ? 3 : 2);
    if (d.sharedExpertGate)
        p += CheckedCount(h);
    return p;
}

// Mamba-2 (Nemotron-H): in_proj to x, z, B, C and dt; a depthwise conv over x, B and C; dt_bias, A_log and D
// per head; the gated RMSNorm over x; out_proj.
CheckedCount mambaParameters(const Decoder &d)
{
    const qint64 h = d.hidden;
    const CheckedCount inner = CheckedCount(d.mambaHeads) * d.mambaHeadDim;
    const CheckedCount convDim = inner + CheckedCount(d.ssmGroups) * d.ssmState * 2;
    const CheckedCount projected = inner + convDim + d.mambaHeads;
    CheckedCount p = projected * h;
    p += convDim * d.linearConvKernel;
    if (d.convBias)
        p += convDim;
    p += CheckedCount(d.mambaHeads) * 3;
    p += inner;
    p += inner * h;
    if (d.projBias)
        p += projected + h;
    return p;
}

// A DeciLM block: its attention and its MLP are each the usual one, one hidden x hidden map (DeciLM's
// linear replacements have no bias) or nothing, with an RMSNorm before whichever is there.
CheckedCount blockParameters(const Decoder &d, const Decoder::Block &b)
{
    const qint64 h = d.hidden;
    CheckedCount p;
    if (b.attention != Part::None)
        p += CheckedCount(h) + (b.attention == Part::Linear ? CheckedCount(h) * h : attentionParameters(d));
    if (b.mlp != Part::None)
        p += CheckedCount(h) +
             (b.mlp == Part::Linear ? CheckedCount(h) * h : denseMlpParameters(d, b.intermediate));
    return p;
}

Count countParameters(const Decoder &d)
{
    const qint64 h = d.hidden;
    Count c;
    const qint64 normWidth = d.normBias ? 2 : 1;
    for (qint64 i = 0; i < d.layers; ++i) {
        if (!d.blocks.isEmpty()) {
            c.total += blockParameters(d, d.blocks.at(i));
            continue;
        }
        if (!d.pattern.isEmpty()) {
            CheckedCount block(h); // the RMSNorm before the block's one mixer
            const char kind = d.pattern.at(i).toLatin1();
            if (kind == 'M')
                block += mambaParameters(d);
            else if (kind == '*')
                block += attentionParameters(d);
            else if (kind == '-')
                block += denseMlpParameters(d, d.denseIntermediate);
            else
                block += moeParameters(d, c.routed);
            c.total += block;
            continue;
        }
        CheckedCount layer = CheckedCount(d.normsPerLayer) * h * normWidth;
        if (d.layerKinds.value(i) == Layer::Linear && d.lightning) {
            // Lightning attention: qkv_proj and output_gate over all heads, the RMSNorm over their outputs,
            // out_proj; no biases.
            const CheckedCount width = CheckedCount(d.heads) * d.headDim;
            layer += width * h * 5 + width;
        } else if (d.layerKinds.value(i) == Layer::Linear) {
            // Gated DeltaNet: in_proj_qkvz, in_proj_ba, a depthwise conv over q, k and v, dt_bias, A_log, the
            // gated norm over a value head, out_proj.
            const CheckedCount keyDim = CheckedCount(d.linearKeyHeads) * d.linearKeyDim;
            const CheckedCount valueDim = CheckedCount(d.linearValueHeads) * d.linearValueDim;
            const CheckedCount convDim = keyDim * 2 + valueDim;
            layer += (keyDim * 2 + valueDim * 2) * h;
            layer += CheckedCount(h) * (d.linearValueHeads * 2);
            layer += convDim * d.linearConvKernel;
            layer += CheckedCount(d.linearValueHeads * 2 + d.linearValueDim);
            layer += valueDim * h;
        } else if (d.mla) {
            const qint64 qkHeadDim = d.qkNopeHeadDim + d.qkRopeHeadDim;
            if (d.qLoraRank > 0) {
                layer += CheckedCount(h) * d.qLoraRank + d.qLoraRank;     // q_a_proj, q_a_layernorm
                layer += CheckedCount(d.qLoraRank) * d.heads * qkHeadDim; // q_b_proj
                if (d.qkvBias)
                    layer += CheckedCount(d.qLoraRank);
            } else {
                layer += CheckedCount(h) * d.heads * qkHeadDim;
            }
            layer += CheckedCount(h) * (d.kvLoraRank + d.qkRopeHeadDim) + d.kvLoraRank; // kv_a_proj, its norm
            if (d.qkvBias)
                layer += CheckedCount(d.kvLoraRank + d.qkRopeHeadDim);
            layer += CheckedCount(d.kvLoraRank) * d.heads * (d.qkNopeHeadDim + d.vHeadDim); // kv_b_proj
            layer += CheckedCount(d.heads) * d.vHeadDim * h;                                // o_proj
            if (d.oBias)
                layer += CheckedCount(h);
            if (d.indexHeads > 0) {
                // wq_b from the query latent, wk and its LayerNorm (weight and bias), weights_proj.
                const CheckedCount indexWidth = CheckedCount(d.indexHeads) * d.indexHeadDim;
                layer += indexWidth * d.qLoraRank;
                layer += CheckedCount(h) * d.indexHeadDim + d.indexHeadDim * 2;
                layer += CheckedCount(h) * d.indexHeads;
            }
        } else {
            layer += attentionParameters(d);
        }

        if (d.moeLayer.value(i)) {
            layer += moeParameters(d, c.routed);
        } else {
            layer += denseMlpParameters(d, d.denseIntermediate);
        }
        c.total += layer;
    }
    c.total += CheckedCount(d.vocab) * h * (d.tied ? 1 : 2);
    c.total += CheckedCount(h) * normWidth; // final norm
    if (d.lmHeadBias)
        c.total += CheckedCount(d.vocab);
    return c;
}

HfConfigFacts failure(const QString &message)
{
    HfConfigFacts facts;
    facts.error = message;
    return facts;
}

// A quantization_config's method as the app's quant formats name it, or else torch_dtype's.
QString quantName(const QJsonObject &config, HfConfigFacts &facts)
{
    const QJsonObject quantization = config.value(QLatin1String("quantization_config")).toObject();
    const QString method = quantization.value(QLatin1String("quant_method")).toString().toLower();
    if (!method.isEmpty()) {
        facts.quantized = true;
        // FP8 keeps one weight per element; the others pack several into bytes or int32 words.
        facts.packedWeights = method != QLatin1String("fp8") && method != QLatin1String("fbgemm_fp8");
        const int bits = quantization.value(QLatin1String("bits")).toInt();
        if (method == QLatin1String("fp8") || method == QLatin1String("fbgemm_fp8"))
            return QStringLiteral("FP8");
        if ((method == QLatin1String("gptq") || method == QLatin1String("awq")) && bits > 0)
            return QStringLiteral("%1-%2bit").arg(method.toUpper()).arg(bits);
        return method.toUpper();
    }
    const QString dtype =
        config.value(QLatin1String("torch_dtype")).toString(config.value(QLatin1String("dtype")).toString());
    if (dtype == QLatin1String("bfloat16"))
        return QStringLiteral("BF16");
    if (dtype == QLatin1String("float16"))
        return QStringLiteral("FP16");
    if (dtype == QLatin1String("float32"))
        return QStringLiteral("FP32");
    return QString();
}

} // namespace

QStringList HfConfig::modelTypes()
{
    QStringList names;
    for (const ModelType &t : ModelTypes) {
        if (!QLatin1String(t.name).endsWith(QLatin1String("_text")))
            names.append(QLatin1String(t.name));
    }
    for (const Wrapper &w : Wrappers)
        names.append(QLatin1String(w.name));
    names.sort();
    return names;
}

HfConfigFacts HfConfig::readFile(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1: cannot be opened: %2").arg(info.fileName(), file.errorString()));
    if (file.size() > MaxFileBytes)
        return failure(tr("%1: %2 bytes is too large for a config.json (at most %3)")
                           .arg(info.fileName())
                           .arg(file.size())
                           .arg(MaxFileBytes));
    return parse(file.read(MaxFileBytes), info.fileName());
}

HfConfigFacts HfConfig::parse(const QByteArray &json, const QString &fileName)
{
    const auto refuse = [&](const QString &problem) { return failure(tr("%1: %2").arg(fileName, problem)); };
    if (json.size() > MaxFileBytes)
        return refuse(
            tr("%1 bytes is too large for a config.json (at most %2)").arg(json.size()).arg(MaxFileBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(
            tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return refuse(tr("not a JSON object"));

    const QJsonObject top = document.object();
    const QJsonValue typeValue = top.value(QLatin1String("model_type"));
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return refuse(tr("model_type is missing, so the architecture is unknown"));
    QString type = typeValue.toString();
    QJsonObject object = top;
    QString prefix;
    HfConfigFacts facts;
    for (const Wrapper &w : Wrappers) {
        if (type != QLatin1String(w.name))
            continue;
        const QJsonValue text = top.value(QLatin1String("text_config"));
        if (!text.isObject())
            return refuse(tr("a %1 config needs its text decoder in text_config").arg(type));
        object = text.toObject();
        prefix = QStringLiteral("text_config.");
        type = object.value(QLatin1String("model_type")).toString(QLatin1String(w.textType));
        facts.hasVision = top.contains(QLatin1String("vision_config"));
    }
    const ModelType *modelType = findType(type);
    if (!modelType)
        return refuse(tr("model_type “%1” is not one LLM Atlas can read; it reads %2")
                          .arg(type, modelTypes().join(QStringLiteral(", "))));

    Keys keys(object, prefix);
    Decoder d;
    // Read the layer count first so no list is sized by an absurd one.
    const std::optional<qint64> layers = keys.optional("num_hidden_layers", 1);
    if (layers && *layers > MaxLayers)
        return refuse(tr("%1 is %2; no model has more than %3 layers")
                          .arg(keys.name("num_hidden_layers"))
                          .arg(*layers)
                          .arg(MaxLayers));
    modelType->read(keys, d, type);
    if (!keys.missing().isEmpty())
        return refuse(tr("missing %1 (needed for %2)").arg(keys.missing().join(QStringLiteral(", ")), type));
    if (!keys.mistyped().isEmpty())
        return refuse(tr("%1 must be whole numbers (or true/false) of the right kind")
                          .arg(keys.mistyped().join(QStringLiteral(", "))));
    if (!keys.invalidValues().isEmpty())
        return refuse(keys.invalidValues().join(QStringLiteral("; ")));
    if (d.kvHeads > d.heads)
        return refuse(tr("%1 (%2) is more than the %3 attention heads")
                          .arg(keys.name("num_key_value_heads"))
                          .arg(d.kvHeads)
                          .arg(d.heads));
    if (d.layerKinds.size() != d.layers)
        d.layerKinds = QList<Layer>(d.layers, Layer::Full);

    const Count count = countParameters(d);
    if (!count.total.isValid())
        return refuse(tr("the sizes it gives make more than 2^63 parameters"));

    ModelRecord &m = facts.model;
    m.totalParams = *count.total.value();
    m.layers = int(d.layers);
    m.hiddenSize = int(d.hidden);
    m.attentionHeads = int(d.heads);
    m.kvHeads = int(d.kvHeads);
    m.headDim = int(d.headDim);
    m.maxContext = d.maxContext;
    const int windowed = int(d.layerKinds.count(Layer::Window));
    const int linear = int(d.layerKinds.count(Layer::Linear));
    m.fullAttentionLayers = int(d.layers) - windowed - linear - int(d.layerKinds.count(Layer::Uncached));
    if (d.mla) {
        m.attention = AttentionKind::MultiHeadLatent;
        m.kvLoraRank = int(d.kvLoraRank);
        m.qkRopeHeadDim = int(d.qkRopeHeadDim);
        m.headDim = int(d.vHeadDim);
        m.kvHeads = int(d.heads); // the latent expands to a key and value per query head
    } else if (linear > 0) {
        m.attention = AttentionKind::Hybrid;
        // Each Gated DeltaNet or lightning attention layer keeps a value-heads x key-width x value-width
        // state per sequence; DeltaNet's small convolution state is left out.
        const CheckedCount state =
            CheckedCount(linear) * d.linearValueHeads * d.linearKeyDim * d.linearValueDim;
        if (!state.isValid())
            return refuse(tr("the recurrent state it implies passes 2^63 elements"));
        m.recurrentStateElements = *state.value();
    } else if (windowed > 0) {
        m.attention = AttentionKind::Chunked; // sliding and chunked windows cache alike
        m.attentionWindow = int(d.window);
    }
    if (d.experts > 0) {
        m.routedExperts = int(d.experts);
        m.expertsPerToken = int(d.expertsPerToken);
        m.sharedExperts = int(d.sharedExperts);
        facts.routedExpertParams = *count.routed.value(); // part of the total
        m.activeParams = ModelFileFacts::activeParams(m.totalParams, facts.routedExpertParams, d.experts,
                                                      d.expertsPerToken);
    }
    facts.modelType = type;
    facts.defaultsUsed = keys.defaults();
    facts.quant = quantName(top, facts);
    return facts;
}
