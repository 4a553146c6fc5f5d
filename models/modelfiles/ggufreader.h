#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QIODevice;

// One metadata value of a GGUF header. Scalars are kept; arrays keep their element type and count, and
// their values too when they are short lists of numbers (per-layer hyperparameters) — never the tokenizer's
// hundreds of thousands of strings.
struct GgufValue
{
    enum class Type : quint32 {
        UInt8 = 0,
        Int8 = 1,
        UInt16 = 2,
        Int16 = 3,
        UInt32 = 4,
        Int32 = 5,
        Float32 = 6,
        Bool = 7,
        String = 8,
        Array = 9,
        UInt64 = 10,
        Int64 = 11,
        Float64 = 12,
    };

    Type type = Type::UInt8;
    QVariant scalar;                // a number, bool, or string of up to GgufReader::MaxKeptStringBytes
    Type elementType = Type::UInt8; // arrays only
    quint64 count = 0;              // arrays: elements; strings: bytes
    QVariantList elements;          // arrays of up to GgufReader::MaxKeptElements numbers or bools

    bool isArray() const { return type == Type::Array; }
    // An integer or bool scalar (nullopt for anything else, and for a uint64 past INT64_MAX).
    std::optional<qint64> toInteger() const;
    // The kept elements of an array of integers or bools; nullopt otherwise.
    std::optional<QList<qint64>> toIntegerList() const;
    QString toString() const; // a kept string; empty otherwise
};

struct GgufTensor
{
    QString name;
    QList<qint64> dims; // ggml order: dims[0] is the row length
    quint32 type = 0;   // ggml type
    qint64 offset = 0;  // in its shard's data section
    qint64 elements = 0;
    qint64 bytes = 0; // exact data bytes
    int shard = 0;    // index into GgufContents::files
};

// A GGUF's header, or all shards' headers for a split model.
struct GgufContents
{
    QString error; // the file (or a shard) cannot be read; when set, nothing else is

    quint32 version = 0;
    QHash<QString, GgufValue> metadata; // the first shard's: later shards carry only the split keys
    QList<GgufTensor> tensors;          // every shard's, in file order
    QStringList files;                  // absolute paths, shard order
    qint64 dataBytes = 0;               // sum of every tensor's bytes

    bool ok() const { return error.isEmpty(); }
    const GgufValue *value(const QString &key) const;
};

// Reads GGUF headers (versions 2 and 3, ggml's docs/gguf.md): the metadata key/values of every type and the
// tensor infos, with each tensor's exact data size from its shape and ggml type. The file is untrusted:
// every count and length is checked against the bytes that remain before anything is allocated or
// skipped, so a bad file is refused quickly, with its name and the problem, in memory bounded by its real
// header.
class GgufReader
{
    Q_DECLARE_TR_FUNCTIONS(GgufReader)

public:
    // Bigger headers are refused: real ones, a 262k-token vocabulary and merges included, stay under 50 MiB.
    static constexpr qint64 MaxHeaderBytes = 256LL * 1024 * 1024;
    static constexpr qint64 MaxKeptStringBytes = 1024 * 1024;
    static constexpr qint64 MaxKeptElements = 4096; // per-layer values; the vocabulary is larger
    // Arrays of arrays nest at most this deep (none of llama.cpp's keys nests at all).
    static constexpr int MaxArrayDepth = 4;
    static constexpr quint32 DefaultAlignment = 32;
    static constexpr int MaxDims = 4;       // GGML_MAX_DIMS
    static constexpr int MaxNameBytes = 63; // GGML_MAX_NAME less the terminating zero

    // A .gguf file; a shard named NAME-0000k-of-0000N.gguf brings in every shard of the set.
    static GgufContents read(const QString &path);
    // One file's header from any device (a QBuffer for the fuzzer); fileName names it in messages.
    static GgufContents readDevice(QIODevice &device, const QString &fileName);
};
