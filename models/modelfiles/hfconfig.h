#pragma once

#include "models/core/records.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a Hugging Face config.json says about a model's text decoder, for the model types LLM Atlas knows.
struct HfConfigFacts
{
    QString error; // the config cannot be read; when set, nothing else is

    QString modelType; // the text decoder's: "llama", "gemma3_text" for the nested text_config of "gemma3"
    ModelRecord model; // architecture and the parameters the config implies; no name (the caller's folder)
    // The parameters of all routed experts, so files that count parameters themselves can find the active
    // share with the same rule: active = total - routed x (experts - used) / experts.
    qint64 routedExpertParams = 0;
    QString quant;          // from quantization_config ("FP8", "MXFP4", "GPTQ-4bit") or torch_dtype ("BF16")
    bool quantized = false; // a quantization_config names the method; its scale tensors are no parameters
    // Quantization stores several weights per element (GPTQ, AWQ, MXFP4, bitsandbytes): counting tensor
    // elements would not count parameters.
    bool packedWeights = false;
    bool hasVision = false;   // a vision_config beside the text decoder
    QStringList defaultsUsed; // "vocab_size = 262208": keys absent from the file, as transformers fills them

    bool ok() const { return error.isEmpty(); }
};

// Reads config.json as transformers' configuration classes do: the keys that size the model are required,
// and a key the file leaves out takes the class's documented default only where transformers gives one
// (listed in defaultsUsed). From them it computes the text decoder's parameters — embeddings and an untied
// output head included; multi-token-prediction modules and vision encoders excluded — and, for MoE, the
// active parameters. An unknown model_type or a missing key is an error naming it, never a guess.
class HfConfig
{
    Q_DECLARE_TR_FUNCTIONS(HfConfig)

public:
    static constexpr qint64 MaxFileBytes = 16LL * 1024 * 1024; // real ones are a few KB
    static constexpr int MaxLayers = 10000;

    static HfConfigFacts readFile(const QString &path);
    // fileName names the file in messages.
    static HfConfigFacts parse(const QByteArray &json, const QString &fileName);
    static QStringList modelTypes(); // the top-level model_type values it reads
};
