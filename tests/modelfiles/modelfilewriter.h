#pragma once

#include "models/modelfiles/ggmltype.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <cstring>

// Test-only writers of GGUF and safetensors files with real headers and the tensor data left as a sparse
// hole of the right size: a file with Llama-3.1-8B's 292 tensors costs a few KB of disk, and the readers
// (which never read tensor data) see exactly what a converted model would show them.

// Builds a GGUF header field by field, in little-endian order, as ggml's gguf.cpp writes it.
class GgufWriter
{
public:
    enum ValueType : quint32 {
        UInt8 = 0,
        Int8,
        UInt16,
        Int16,
        UInt32,
        Int32,
        Float32,
        Bool,
        String,
        Array,
        UInt64,
        Int64,
        Float64,
    };
    static constexpr quint32 Q4_K = 12, Q6_K = 14, F32 = 0, F16 = 1, BF16 = 30, Q8_0 = 8, MXFP4 = 39;

    GgufWriter &version(quint32 v)
    {
        m_version = v;
        return *this;
    }
    GgufWriter &alignment(quint32 a)
    {
        m_alignment = a;
        return u32(QStringLiteral("general.alignment"), a);
    }

    GgufWriter &u32(const QString &key, quint32 v) { return kv(key, UInt32, le(v)); }
    GgufWriter &i32(const QString &key, qint32 v) { return kv(key, Int32, le(v)); }
    GgufWriter &u64(const QString &key, quint64 v) { return kv(key, UInt64, le(v)); }
    GgufWriter &i64(const QString &key, qint64 v) { return kv(key, Int64, le(v)); }
    GgufWriter &u8(const QString &key, quint8 v) { return kv(key, UInt8, QByteArray(1, char(v))); }
    GgufWriter &i8(const QString &key, qint8 v) { return kv(key, Int8, QByteArray(1, char(v))); }
    GgufWriter &u16(const QString &key, quint16 v) { return kv(key, UInt16, le(v)); }
    GgufWriter &i16(const QString &key, qint16 v) { return kv(key, Int16, le(v)); }
    GgufWriter &boolean(const QString &key, bool v) { return kv(key, Bool, QByteArray(1, char(v ? 1 : 0))); }
    GgufWriter &f32(const QString &key, float v)
    {
        quint32 bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        return kv(key, Float32, le(bits));
    }
    GgufWriter &f64(const QString &key, double v)
    {
        quint64 bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        return kv(key, Float64, le(bits));
    }
    GgufWriter &str(const QString &key, const QString &v) { return kv(key, String, string(v.toUtf8())); }
    GgufWriter &i32Array(const QString &key, const QList<qint32> &values)
    {
        QByteArray body = le(quint32(Int32)) + le(quint64(values.size()));
        for (qint32 v : values)
            body += le(v);
        return kv(key, Array, body);
    }
    GgufWriter &boolArray(const QString &key, const QList<bool> &values)
    {
        QByteArray body = le(quint32(Bool)) + le(quint64(values.size()));
        for (bool v : values)
            body += char(v ? 1 : 0);
        return kv(key, Array, body);
    }
    GgufWriter &f32Array(const QString &key, qsizetype count)
    {
        return kv(key, Array, le(quint32(Float32)) + le(quint64(count)) + QByteArray(count * 4, '\0'));
    }
    GgufWriter &strArray(const QString &key, const QStringList &values)
    {
        QByteArray body = le(quint32(String)) + le(quint64(values.size()));
        for (const QString &v : values)
            body += string(v.toUtf8());
        return kv(key, Array, body);
    }
    // A key/value whose bytes are given as they are, for malformed headers.
    GgufWriter &kv(const QString &key, quint32 type, const QByteArray &value)
    {
        m_kvs += string(key.toUtf8()) + le(type) + value;
        ++m_kvCount;
        return *this;
    }
    GgufWriter &rawKv(const QByteArray &bytes)
    {
        m_kvs += bytes;
        ++m_kvCount;
        return *this;
    }

    // A tensor in ggml order (dims[0] is the row), placed after the previous one at the alignment.
    GgufWriter &tensor(const QString &name, const QList<qint64> &dims, quint32 type)
    {
        QByteArray info = string(name.toUtf8()) + le(quint32(dims.size()));
        for (qint64 d : dims)
            info += le(quint64(d));
        info += le(type) + le(quint64(m_dataEnd));
        m_tensors += info;
        ++m_tensorCount;
        qint64 elements = 1;
        for (qint64 d : dims)
            elements *= d;
        const GgmlType::Traits *traits = GgmlType::traits(type);
        const qint64 bytes = traits ? elements / traits->blockSize * traits->blockBytes : 0;
        m_dataEnd += (bytes + m_alignment - 1) / m_alignment * m_alignment;
        return *this;
    }

    QByteArray header() const
    {
        QByteArray h = QByteArrayLiteral("GGUF") + le(m_version) + le(quint64(m_tensorCount)) +
                       le(quint64(m_kvCount)) + m_kvs + m_tensors;
        h.append((m_alignment - h.size() % m_alignment) % m_alignment, '\0');
        return h;
    }
    qint64 fileSize() const { return header().size() + m_dataEnd; }

    // The header, then the data section as a hole: sparse on disk.
    bool write(const QString &path, qint64 truncateDataBy = 0) const
    {
        QFile file(path);
        const QByteArray h = header();
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(h) == h.size() &&
               file.resize(h.size() + m_dataEnd - truncateDataBy);
    }

    template <typename T> static QByteArray le(T value)
    {
        QByteArray bytes(sizeof(T), Qt::Uninitialized);
        qToLittleEndian(value, bytes.data());
        return bytes;
    }
    static QByteArray string(const QByteArray &utf8) { return le(quint64(utf8.size())) + utf8; }

private:
    quint32 m_version = 3;
    quint32 m_alignment = 32;
    QByteArray m_kvs;
    QByteArray m_tensors;
    qint64 m_kvCount = 0;
    qint64 m_tensorCount = 0;
    qint64 m_dataEnd = 0;
};

// Builds a safetensors file: the 8-byte length, the JSON header padded to 8 bytes with spaces (as the
// safetensors library writes it), then the data as a hole.
class SafetensorsWriter
{
public:
    SafetensorsWriter &tensor(const QString &name, const QString &dtype, const QList<qint64> &shape)
    {
        qint64 elements = 1;
        QByteArray dims;
        for (qint64 d : shape) {
            elements *= d;
            dims += (dims.isEmpty() ? "" : ",") + QByteArray::number(d);
        }
        const qint64 bytes = elements * bits(dtype) / 8;
        // Written as text: a QJsonObject re-sorts on every insert, and an MoE has tens of thousands of
        // tensors.
        m_json += (m_json.isEmpty() ? "" : ",") + ("\"" + name.toUtf8() + "\"") + ":{\"dtype\":\"" +
                  dtype.toLatin1() + "\",\"shape\":[" + dims + "],\"data_offsets\":[" +
                  QByteArray::number(m_dataEnd) + "," + QByteArray::number(m_dataEnd + bytes) + "]}";
        m_dataEnd += bytes;
        m_names.append(name);
        return *this;
    }
    SafetensorsWriter &metadata(const QString &key, const QString &value)
    {
        m_metadata.insert(key, value);
        return *this;
    }

    QByteArray header() const
    {
        QByteArray json = "{";
        if (!m_metadata.isEmpty())
            json += "\"__metadata__\":" + QJsonDocument(m_metadata).toJson(QJsonDocument::Compact) +
                    (m_json.isEmpty() ? "" : ",");
        return withLength(json + m_json + "}");
    }
    static QByteArray withLength(QByteArray json)
    {
        json.append((8 - json.size() % 8) % 8, ' ');
        return GgufWriter::le(quint64(json.size())) + json;
    }
    qint64 dataBytes() const { return m_dataEnd; }
    QStringList names() const { return m_names; }

    bool write(const QString &path, qint64 truncateDataBy = 0) const
    {
        QFile file(path);
        const QByteArray h = header();
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(h) == h.size() &&
               file.resize(h.size() + m_dataEnd - truncateDataBy);
    }

    static qint64 bits(const QString &dtype)
    {
        if (dtype == QLatin1String("F32") || dtype == QLatin1String("I32"))
            return 32;
        if (dtype == QLatin1String("BF16") || dtype == QLatin1String("F16"))
            return 16;
        if (dtype == QLatin1String("F4"))
            return 4;
        return 8; // F8_E4M3, U8, I8
    }

private:
    QByteArray m_json;
    QJsonObject m_metadata;
    QStringList m_names;
    qint64 m_dataEnd = 0;
};

// A model folder's index: every tensor mapped to its shard, and total_size as the hub writes it.
inline QByteArray safetensorsIndex(const QList<QPair<QString, SafetensorsWriter>> &shards)
{
    QJsonObject map;
    qint64 total = 0;
    for (const auto &[file, shard] : shards) {
        for (const QString &name : shard.names())
            map.insert(name, file);
        total += shard.dataBytes();
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("total_size"), total}}},
                           {QStringLiteral("weight_map"), map}})
        .toJson();
}

// Known models' tensors, with their real names and shapes.
namespace TestModels {

// Meta-Llama-3.1-8B as llama.cpp's converter writes it (rope_freqs included), quantized Q4_K_M-style:
// Q4_K for most matrices, Q6_K for attn_v, ffn_down and the output head, F32 norms. The real model has 32
// layers; blockCount and the layers written may differ for small or split files.
inline GgufWriter &llama31_8bMetadata(GgufWriter &w, int blockCount, int vocabStrings)
{
    QStringList tokens;
    for (int i = 0; i < vocabStrings; ++i)
        tokens.append(QStringLiteral("tok%1").arg(i));
    return w.str(QStringLiteral("general.architecture"), QStringLiteral("llama"))
        .str(QStringLiteral("general.type"), QStringLiteral("model"))
        .str(QStringLiteral("general.name"), QStringLiteral("Meta Llama 3.1 8B Instruct"))
        .str(QStringLiteral("general.license"), QStringLiteral("llama3.1"))
        .u32(QStringLiteral("llama.block_count"), quint32(blockCount))
        .u32(QStringLiteral("llama.context_length"), 131072)
        .u32(QStringLiteral("llama.embedding_length"), 4096)
        .u32(QStringLiteral("llama.feed_forward_length"), 14336)
        .u32(QStringLiteral("llama.attention.head_count"), 32)
        .u32(QStringLiteral("llama.attention.head_count_kv"), 8)
        .f32(QStringLiteral("llama.rope.freq_base"), 500000.0f)
        .f32(QStringLiteral("llama.attention.layer_norm_rms_epsilon"), 1e-5f)
        .u32(QStringLiteral("llama.rope.dimension_count"), 128)
        .u32(QStringLiteral("llama.vocab_size"), 128256)
        .u32(QStringLiteral("general.file_type"), 15) // LLAMA_FTYPE_MOSTLY_Q4_K_M
        .str(QStringLiteral("tokenizer.ggml.model"), QStringLiteral("gpt2"))
        .strArray(QStringLiteral("tokenizer.ggml.tokens"), tokens)
        .i32Array(QStringLiteral("tokenizer.ggml.token_type"), QList<qint32>(vocabStrings, 1))
        .u32(QStringLiteral("general.quantization_version"), 2);
}

// The tensors outside the layers: rope_freqs, token_embd, output_norm, output.
inline GgufWriter &llama31_8bOuterTensors(GgufWriter &w)
{
    return w.tensor(QStringLiteral("rope_freqs.weight"), {64}, GgufWriter::F32)
        .tensor(QStringLiteral("token_embd.weight"), {4096, 128256}, GgufWriter::Q4_K)
        .tensor(QStringLiteral("output_norm.weight"), {4096}, GgufWriter::F32)
        .tensor(QStringLiteral("output.weight"), {4096, 128256}, GgufWriter::Q6_K);
}

inline GgufWriter &llama31_8bLayer(GgufWriter &w, int i)
{
    const QString blk = QStringLiteral("blk.%1.").arg(i);
    using W = GgufWriter;
    return w.tensor(blk + QStringLiteral("attn_norm.weight"), {4096}, W::F32)
        .tensor(blk + QStringLiteral("attn_q.weight"), {4096, 4096}, W::Q4_K)
        .tensor(blk + QStringLiteral("attn_k.weight"), {4096, 1024}, W::Q4_K)
        .tensor(blk + QStringLiteral("attn_v.weight"), {4096, 1024}, W::Q6_K)
        .tensor(blk + QStringLiteral("attn_output.weight"), {4096, 4096}, W::Q4_K)
        .tensor(blk + QStringLiteral("ffn_norm.weight"), {4096}, W::F32)
        .tensor(blk + QStringLiteral("ffn_gate.weight"), {4096, 14336}, W::Q4_K)
        .tensor(blk + QStringLiteral("ffn_up.weight"), {4096, 14336}, W::Q4_K)
        .tensor(blk + QStringLiteral("ffn_down.weight"), {14336, 4096}, W::Q6_K);
}

inline GgufWriter llama31_8bGguf(int layers = 32, int vocabStrings = 1000)
{
    GgufWriter w;
    llama31_8bMetadata(w, layers, vocabStrings);
    llama31_8bOuterTensors(w);
    for (int i = 0; i < layers; ++i)
        llama31_8bLayer(w, i);
    return w;
}

// Qwen3-30B-A3B (arch qwen3moe): 48 layers of 128 routed experts, 8 used per token, in ffn_*_exps
// tensors of [2048, 768, 128]; Q4_K matrices, Q6_K down projections and output, F32 norms and router.
inline GgufWriter qwen3MoeGguf(int layers = 48)
{
    GgufWriter w;
    w.str(QStringLiteral("general.architecture"), QStringLiteral("qwen3moe"))
        .str(QStringLiteral("general.name"), QStringLiteral("Qwen3 30B A3B"))
        .u32(QStringLiteral("qwen3moe.block_count"), quint32(layers))
        .u32(QStringLiteral("qwen3moe.context_length"), 40960)
        .u32(QStringLiteral("qwen3moe.embedding_length"), 2048)
        .u32(QStringLiteral("qwen3moe.feed_forward_length"), 6144)
        .u32(QStringLiteral("qwen3moe.attention.head_count"), 32)
        .u32(QStringLiteral("qwen3moe.attention.head_count_kv"), 4)
        .u32(QStringLiteral("qwen3moe.attention.key_length"), 128)
        .u32(QStringLiteral("qwen3moe.attention.value_length"), 128)
        .u32(QStringLiteral("qwen3moe.expert_count"), 128)
        .u32(QStringLiteral("qwen3moe.expert_used_count"), 8)
        .u32(QStringLiteral("qwen3moe.expert_feed_forward_length"), 768)
        .u32(QStringLiteral("general.file_type"), 15);
    using W = GgufWriter;
    w.tensor(QStringLiteral("token_embd.weight"), {2048, 151936}, W::Q4_K);
    for (int i = 0; i < layers; ++i) {
        const QString blk = QStringLiteral("blk.%1.").arg(i);
        w.tensor(blk + QStringLiteral("attn_norm.weight"), {2048}, W::F32);
        w.tensor(blk + QStringLiteral("attn_q.weight"), {2048, 4096}, W::Q4_K);
        w.tensor(blk + QStringLiteral("attn_k.weight"), {2048, 512}, W::Q4_K);
        w.tensor(blk + QStringLiteral("attn_v.weight"), {2048, 512}, W::Q6_K);
        w.tensor(blk + QStringLiteral("attn_output.weight"), {4096, 2048}, W::Q4_K);
        w.tensor(blk + QStringLiteral("attn_q_norm.weight"), {128}, W::F32);
        w.tensor(blk + QStringLiteral("attn_k_norm.weight"), {128}, W::F32);
        w.tensor(blk + QStringLiteral("ffn_norm.weight"), {2048}, W::F32);
        w.tensor(blk + QStringLiteral("ffn_gate_inp.weight"), {2048, 128}, W::F32);
        w.tensor(blk + QStringLiteral("ffn_gate_exps.weight"), {2048, 768, 128}, W::Q4_K);
        w.tensor(blk + QStringLiteral("ffn_up_exps.weight"), {2048, 768, 128}, W::Q4_K);
        w.tensor(blk + QStringLiteral("ffn_down_exps.weight"), {768, 2048, 128}, W::Q6_K);
    }
    w.tensor(QStringLiteral("output_norm.weight"), {2048}, W::F32);
    w.tensor(QStringLiteral("output.weight"), {2048, 151936}, W::Q6_K);
    return w;
}

// Meta-Llama-3.1-8B's BF16 tensors as transformers saves them, PyTorch order (out, in), split over four
// shards as the hub's copy is.
inline QList<QPair<QString, SafetensorsWriter>> llama31_8bSafetensors()
{
    const QString bf16 = QStringLiteral("BF16");
    QList<QPair<QString, SafetensorsWriter>> shards;
    const int firstLayerOf[] = {0, 9, 20, 31, 32};
    for (int s = 0; s < 4; ++s) {
        SafetensorsWriter w;
        w.metadata(QStringLiteral("format"), QStringLiteral("pt"));
        if (s == 0)
            w.tensor(QStringLiteral("model.embed_tokens.weight"), bf16, {128256, 4096});
        for (int i = firstLayerOf[s]; i < firstLayerOf[s + 1]; ++i) {
            const QString layer = QStringLiteral("model.layers.%1.").arg(i);
            w.tensor(layer + QStringLiteral("input_layernorm.weight"), bf16, {4096});
            w.tensor(layer + QStringLiteral("self_attn.q_proj.weight"), bf16, {4096, 4096});
            w.tensor(layer + QStringLiteral("self_attn.k_proj.weight"), bf16, {1024, 4096});
            w.tensor(layer + QStringLiteral("self_attn.v_proj.weight"), bf16, {1024, 4096});
            w.tensor(layer + QStringLiteral("self_attn.o_proj.weight"), bf16, {4096, 4096});
            w.tensor(layer + QStringLiteral("post_attention_layernorm.weight"), bf16, {4096});
            w.tensor(layer + QStringLiteral("mlp.gate_proj.weight"), bf16, {14336, 4096});
            w.tensor(layer + QStringLiteral("mlp.up_proj.weight"), bf16, {14336, 4096});
            w.tensor(layer + QStringLiteral("mlp.down_proj.weight"), bf16, {4096, 14336});
        }
        if (s == 3) {
            w.tensor(QStringLiteral("model.norm.weight"), bf16, {4096});
            w.tensor(QStringLiteral("lm_head.weight"), bf16, {128256, 4096});
        }
        shards.append(
            {QStringLiteral("model-%1-of-00004.safetensors").arg(s + 1, 5, 10, QLatin1Char('0')), w});
    }
    return shards;
}

// Qwen3-30B-A3B's BF16 tensors, one file per expert matrix as transformers saves it (mlp.experts.N.*).
inline SafetensorsWriter qwen3MoeSafetensors(int layers = 48)
{
    const QString bf16 = QStringLiteral("BF16");
    SafetensorsWriter w;
    w.tensor(QStringLiteral("model.embed_tokens.weight"), bf16, {151936, 2048});
    for (int i = 0; i < layers; ++i) {
        const QString layer = QStringLiteral("model.layers.%1.").arg(i);
        w.tensor(layer + QStringLiteral("input_layernorm.weight"), bf16, {2048});
        w.tensor(layer + QStringLiteral("self_attn.q_proj.weight"), bf16, {4096, 2048});
        w.tensor(layer + QStringLiteral("self_attn.k_proj.weight"), bf16, {512, 2048});
        w.tensor(layer + QStringLiteral("self_attn.v_proj.weight"), bf16, {512, 2048});
        w.tensor(layer + QStringLiteral("self_attn.o_proj.weight"), bf16, {2048, 4096});
        w.tensor(layer + QStringLiteral("self_attn.q_norm.weight"), bf16, {128});
        w.tensor(layer + QStringLiteral("self_attn.k_norm.weight"), bf16, {128});
        w.tensor(layer + QStringLiteral("post_attention_layernorm.weight"), bf16, {2048});
        w.tensor(layer + QStringLiteral("mlp.gate.weight"), bf16, {128, 2048});
        for (int e = 0; e < 128; ++e) {
            const QString expert = layer + QStringLiteral("mlp.experts.%1.").arg(e);
            w.tensor(expert + QStringLiteral("gate_proj.weight"), bf16, {768, 2048});
            w.tensor(expert + QStringLiteral("up_proj.weight"), bf16, {768, 2048});
            w.tensor(expert + QStringLiteral("down_proj.weight"), bf16, {2048, 768});
        }
    }
    w.tensor(QStringLiteral("model.norm.weight"), bf16, {2048});
    w.tensor(QStringLiteral("lm_head.weight"), bf16, {151936, 2048});
    return w;
}

} // namespace TestModels
