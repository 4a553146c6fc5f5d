#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

struct SafetensorsTensor
{
    QString name;
    QString dtype; // as the header spells it: "BF16", "F8_E4M3", "U8"
    QList<qint64> shape;
    qint64 elements = 0;
    qint64 bytes = 0;
    int shard = 0; // index into SafetensorsContents::files
};

// The headers of one .safetensors file, or of every shard an index names.
struct SafetensorsContents
{
    QString error; // a file cannot be read; when set, nothing else is

    QList<SafetensorsTensor> tensors;
    QStringList files; // absolute paths: the index first when there is one, then the shards
    qint64 dataBytes = 0;
    QMap<QString, qint64> bytesByDtype;
    QMap<QString, qint64> elementsByDtype;
    QStringList notes; // readable but odd: an index's total_size that disagrees with the headers

    bool ok() const { return error.isEmpty(); }
    QString dominantDtype() const; // the dtype holding the most bytes
};

// Reads safetensors headers (an 8-byte little-endian length, then that much JSON naming each tensor's dtype,
// shape and data offsets) as the safetensors library validates them: offsets that tile the data exactly,
// sizes that match shape and dtype, no arithmetic past 64 bits. Tensor data is never read.
class SafetensorsReader
{
    Q_DECLARE_TR_FUNCTIONS(SafetensorsReader)

public:
    static constexpr qint64 MaxHeaderBytes = 100'000'000; // the safetensors library's own limit
    // DeepSeek-V3's index, among the largest, is under 10 MB.
    static constexpr qint64 MaxIndexBytes = 64LL * 1024 * 1024;
    static constexpr int MaxDims = 64;

    // One .safetensors file.
    static SafetensorsContents readFile(const QString &path);
    // The shards of one model, in order, as one.
    static SafetensorsContents readFiles(const QStringList &paths);
    // model.safetensors.index.json and every shard its weight_map names, which must sit beside it.
    static SafetensorsContents readIndex(const QString &indexPath);
    // One file's header from any device (a QBuffer for the fuzzer); fileName names it in messages.
    static SafetensorsContents readDevice(QIODevice &device, const QString &fileName);

    // Bits per element of a dtype; nullopt for one the format does not define.
    static std::optional<int> dtypeBits(const QString &dtype);
    // A dtype as the app's quant formats name it: "BF16", "FP16", "FP32", "FP8"; else the dtype itself.
    static QString quantName(const QString &dtype);
};
