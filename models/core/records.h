#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain rows of the LLM Atlas database, one struct per table. They hold facts as stored; every calculation
// on them lives in models/.

struct SourceRecord
{
    qint64 id = 0;
    QString title;
    QString origin;
    QString asOf;
    QString note;
};

enum class AttentionKind {
    GroupedQuery,    // 'gqa': every layer caches K and V for its KV heads (MHA is the case kv_heads == heads)
    MultiHeadLatent, // 'mla': DeepSeek-style, caches a compressed latent plus a rope key per token
    Hybrid,          // 'hybrid': some layers full attention, the rest linear attention with a fixed state
    Chunked,         // 'chunked': most layers attend within a window, a few are global
};

struct ModelRecord
{
    qint64 id = 0;
    QString name; // as the source spells it
    QString referenceModel;
    bool proxy = false; // the facts come from referenceModel, another published model
    QString vendor;
    qint64 totalParams = 0;
    std::optional<qint64> activeParams; // set for MoE models only
    int layers = 0;
    int hiddenSize = 0;
    int attentionHeads = 0;
    int kvHeads = 0;
    int headDim = 0;
    AttentionKind attention = AttentionKind::GroupedQuery;
    int kvLoraRank = 0;
    int qkRopeHeadDim = 0;
    int fullAttentionLayers = 0;
    int attentionWindow = 0;
    qint64 recurrentStateElements = 0;
    int routedExperts = 0;
    int expertsPerToken = 0;
    int sharedExperts = 0;
    qint64 maxContext = 0;
    QString license;
    QString released;
    QString notes;
    bool uncertain = false;
    qint64 sourceId = 0;
    // Schema 3: when this fact was last changed in LLM Atlas (ISO 8601 UTC; empty: as its source gave it),
    // and the keys of the columns that were changed.
    QString editedAt;
    QStringList editedFields;

    bool isMoe() const { return routedExperts > 0; }
    // Parameters read per generated token: all of them for a dense model.
    qint64 paramsPerToken() const { return activeParams.value_or(totalParams); }
};

struct TierListRecord
{
    qint64 id = 0;
    QString name;
    QString published;
    qint64 sourceId = 0;
};

struct TierEntryRecord
{
    qint64 tierListId = 0;
    qint64 modelId = 0;
    QString tier;
    int rank = 0;
    QString quotedParams;
    QString highlights;
    QString editedAt; // schema 3, as in ModelRecord
    QStringList editedFields;
};

struct QuotedHardwareRecord
{
    qint64 id = 0;
    qint64 modelId = 0;
    QString label;
    double vramFp16Gb = 0;
    double vramQ4Gb = 0;
    bool basisIsActive = false; // the source sized active parameters, not the whole model
    QString minimumGpu;
    qint64 sourceId = 0;
};

struct GpuRecord
{
    qint64 id = 0;
    QString name;
    QString vendor;
    double memoryGib = 0;
    QString memoryKind;
    double bandwidthGbPerS = 0;
    double fp16Tflops = 0;
    std::optional<double> tdpWatts;
    std::optional<double> streetPriceUsd;
    std::optional<double> cloudUsdPerHour;
    QString cloudPriceAsOf;
    QString notes;
    bool uncertain = false;
    qint64 sourceId = 0;
    QString editedAt; // schema 3, as in ModelRecord
    QStringList editedFields;
    // Schema 4: when the street price was true, whose on-demand rate the cloud price is, and the share of
    // memoryGib the GPU may use by default on a unified-memory device (unset: 1, a discrete card).
    QString streetPriceAsOf;
    QString cloudProvider;
    std::optional<double> gpuMemoryShare;

    // The memory the GPU may use: all of a discrete card's, the default share of a unified pool.
    double usableMemoryGib() const { return memoryGib * gpuMemoryShare.value_or(1.0); }
};

struct GpuConfigurationRecord
{
    qint64 id = 0;
    QString name;
    qint64 gpuId = 0;
    int count = 1;
    bool preset = false;
};

struct QuantFormatRecord
{
    qint64 id = 0;
    QString name;
    double bitsPerWeight = 0;
    QString kind;
    QString notes;
    bool uncertain = false;
    qint64 sourceId = 0;
};

struct ApiPriceRecord
{
    qint64 id = 0;
    QString provider;
    QString modelName;
    std::optional<qint64> modelId;
    double inputUsdPerMtok = 0;
    std::optional<double> cachedInputUsdPerMtok;
    double outputUsdPerMtok = 0;
    QString asOf;
    QString notes;
    bool uncertain = false;
    qint64 sourceId = 0;
    QString editedAt; // schema 3, as in ModelRecord
    QStringList editedFields;
};

struct QuotedCostRecord
{
    qint64 id = 0;
    QString approach;
    double monthlyUsd = 0;
    double tokensPerMonth = 0;
    QString tokensQuoted;
    double usdPerMtok = 0;
    std::optional<qint64> modelId;
    std::optional<qint64> apiPriceId;
    std::optional<qint64> gpuId;
    int gpuCount = 0;
    qint64 sourceId = 0;
};

// Schema 5: a model's weights as a file on disk holds them at one quantization, summed exactly from the
// file's tensor headers (a GGUF, safetensors or a model folder), replacing the estimate from parameters x
// bits per weight wherever that model and quantization are sized.
struct MeasuredSizeRecord
{
    qint64 id = 0;
    qint64 modelId = 0; // 0 in a change set: the model the change set adds
    QString quant;      // as the quant formats name it: "Q4_K_M", "BF16"
    qint64 weightsBytes = 0;
    QString fileName;   // the file or folder read
    qint64 filesBytes = 0;
    qint64 tensorCount = 0;
    qint64 sourceId = 0;
};

struct RecommendationRecord
{
    qint64 id = 0;
    QString category;
    qint64 modelId = 0;
    QString reason;
    qint64 sourceId = 0;
};

// A team's own run of a model on its hardware (schema 6): what was measured, in the configuration it ran
// in. A figure that was not measured is empty, never 0.
struct MeasurementRecord
{
    qint64 id = 0;
    qint64 modelId = 0;
    QString quant; // the weight format as the dataset names it: Q4_K_M, BF16...
    qint64 gpuId = 0;
    int gpuCount = 1;
    qint64 context = 0;      // tokens in the KV cache at the end of the run
    qint64 promptTokens = 0; // the prompt (prefill) or the depth decoding started at (decode)
    int batch = 1;           // concurrent sequences
    QString kvQuant;         // empty: FP16
    std::optional<double> vramBytes;
    std::optional<double> decodeTokensPerS; // per sequence
    std::optional<double> prefillTokensPerS;
    std::optional<double> ttftMs;
    QString engine;     // SpeedModel::engineKey: "llama.cpp", "vllm"
    QString measuredOn; // ISO date
    QString source;     // the tool and file it came from: "llama-bench b4567 (bench.json)"
    QString notes;
};
