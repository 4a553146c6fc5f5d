#include "models/modelfiles/safetensorsreader.h"

#include "models/modelfiles/checkedcount.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

#include <algorithm>

namespace {

// The dtypes of the safetensors format (safetensors/src/tensor.rs), with their widths in bits.
struct Dtype
{
    const char *name;
    int bits;
    const char *quantName;
};

constexpr Dtype Dtypes[] = {
    {"BOOL", 8, "BOOL"},   {"U8", 8, "U8"},           {"I8", 8, "INT8"},     {"F8_E5M2", 8, "FP8"},
    {"F8_E4M3", 8, "FP8"}, {"F8_E8M0", 8, "F8_E8M0"}, {"I16", 16, "I16"},    {"U16", 16, "U16"},
    {"F16", 16, "FP16"},   {"BF16", 16, "BF16"},      {"I32", 32, "I32"},    {"U32", 32, "U32"},
    {"F32", 32, "FP32"},   {"F64", 64, "FP64"},       {"I64", 64, "I64"},    {"U64", 64, "U64"},
    {"F4", 4, "FP4"},      {"F6_E2M3", 6, "FP6"},     {"F6_E3M2", 6, "FP6"}, {"C64", 64, "C64"},
};

const Dtype *findDtype(const QString &name)
{
    for (const Dtype &d : Dtypes) {
        if (name == QLatin1String(d.name))
            return &d;
    }
    return nullptr;
}

SafetensorsContents failure(const QString &message)
{
    SafetensorsContents contents;
    contents.error = message;
    return contents;
}

// A JSON number that is a whole, non-negative count.
std::optional<qint64> count(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 v = value.toInteger(-1);
    if (v < 0 || double(v) != value.toDouble())
        return std::nullopt;
    return v;
}

struct Entry
{
    SafetensorsTensor tensor;
    qint64 begin = 0;
    qint64 end = 0;
};

// Parses and validates one header's JSON for a data section of dataSize bytes.
SafetensorsContents parseHeader(const QByteArray &json, qint64 dataSize, const QString &fileName)
{
    const auto refuse = [&](const QString &problem) {
        return failure(SafetensorsReader::tr("%1: %2").arg(fileName, problem));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(SafetensorsReader::tr("the header is not valid JSON: %1 at byte %2")
                          .arg(parseError.errorString())
                          .arg(8 + parseError.offset));
    if (!document.isObject())
        return refuse(SafetensorsReader::tr("the header is not a JSON object"));

    const QJsonObject header = document.object();
    QList<Entry> entries;
    entries.reserve(header.size());
    for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
        if (it.key() == QLatin1String("__metadata__"))
            continue;
        const QString name = it.key();
        const QJsonObject info = it.value().toObject();
        const QString dtypeName = info.value(QLatin1String("dtype")).toString();
        const QJsonArray shape = info.value(QLatin1String("shape")).toArray();
        const QJsonArray offsets = info.value(QLatin1String("data_offsets")).toArray();
        if (!it.value().isObject() || !info.value(QLatin1String("shape")).isArray() ||
            !info.value(QLatin1String("data_offsets")).isArray() || offsets.size() != 2)
            return refuse(
                SafetensorsReader::tr("tensor “%1” needs dtype, shape and two data_offsets").arg(name));
        const Dtype *dtype = findDtype(dtypeName);
        if (!dtype)
            return refuse(
                SafetensorsReader::tr("tensor “%1” has the unknown dtype “%2”").arg(name, dtypeName));
        if (shape.size() > SafetensorsReader::MaxDims)
            return refuse(SafetensorsReader::tr("tensor “%1” has %2 dimensions").arg(name).arg(shape.size()));

        Entry entry;
        entry.tensor.name = name;
        entry.tensor.dtype = dtypeName;
        CheckedCount elements(1);
        for (const QJsonValue &dim : shape) {
            const std::optional<qint64> d = count(dim);
            if (!d)
                return refuse(
                    SafetensorsReader::tr("tensor “%1” has a shape that is not whole numbers").arg(name));
            entry.tensor.shape.append(*d);
            elements = elements * *d;
        }
        const CheckedCount bits = elements * dtype->bits;
        if (!bits.isValid())
            return refuse(SafetensorsReader::tr("tensor “%1”'s size passes 64 bits").arg(name));
        if (*bits.value() % 8 != 0)
            return refuse(SafetensorsReader::tr("tensor “%1” of %2 %3 elements does not fill whole bytes")
                              .arg(name)
                              .arg(*elements.value())
                              .arg(dtypeName));
        entry.tensor.elements = *elements.value();
        entry.tensor.bytes = *bits.value() / 8;
        const std::optional<qint64> begin = count(offsets.at(0));
        const std::optional<qint64> end = count(offsets.at(1));
        if (!begin || !end || *end < *begin)
            return refuse(SafetensorsReader::tr("tensor “%1” has invalid data_offsets").arg(name));
        if (*end - *begin != entry.tensor.bytes)
            return refuse(SafetensorsReader::tr("tensor “%1” spans %2 bytes, but its shape and dtype make %3")
                              .arg(name)
                              .arg(*end - *begin)
                              .arg(entry.tensor.bytes));
        entry.begin = *begin;
        entry.end = *end;
        entries.append(entry);
    }

    // The tensors tile the data section exactly, as the safetensors library checks: no gap, no overlap,
    // and nothing missing at the end (a cut-off download).
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    SafetensorsContents contents;
    qint64 next = 0;
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.begin != next)
            return refuse(SafetensorsReader::tr("tensor “%1” starts at data byte %2, expected %3")
                              .arg(entry.tensor.name)
                              .arg(entry.begin)
                              .arg(next));
        next = entry.end;
        contents.tensors.append(entry.tensor);
        // Each sum is at most the data size, which is a file's size.
        contents.bytesByDtype[entry.tensor.dtype] += entry.tensor.bytes;
        contents.elementsByDtype[entry.tensor.dtype] += entry.tensor.elements;
    }
    if (next != dataSize)
        return refuse(
            SafetensorsReader::tr("the tensors cover %1 bytes of data, but the file holds %2: is it "
                                  "complete?")
                .arg(next)
                .arg(dataSize));
    contents.dataBytes = next;
    return contents;
}

} // namespace

QString SafetensorsContents::dominantDtype() const
{
    const auto it = std::max_element(bytesByDtype.cbegin(), bytesByDtype.cend());
    return it == bytesByDtype.cend() ? QString() : it.key();
}

std::optional<int> SafetensorsReader::dtypeBits(const QString &dtype)
{
    const Dtype *d = findDtype(dtype);
    return d ? std::optional<int>(d->bits) : std::nullopt;
}

QString SafetensorsReader::quantName(const QString &dtype)
{
    const Dtype *d = findDtype(dtype);
    return d ? QLatin1String(d->quantName) : dtype;
}

SafetensorsContents SafetensorsReader::readDevice(QIODevice &device, const QString &fileName)
{
    const qint64 size = device.size();
    uchar lengthBytes[8];
    if (size < 8 || device.read(reinterpret_cast<char *>(lengthBytes), 8) != 8)
        return failure(tr("%1: too short for a safetensors header (%2 bytes)").arg(fileName).arg(size));
    const quint64 length = qFromLittleEndian<quint64>(lengthBytes);
    if (length > quint64(MaxHeaderBytes))
        return failure(tr("%1: the header claims %2 bytes; safetensors allows at most %3")
                           .arg(fileName)
                           .arg(length)
                           .arg(MaxHeaderBytes));
    if (qint64(length) > size - 8)
        return failure(
            tr("%1: the header claims %2 bytes, but only %3 follow").arg(fileName).arg(length).arg(size - 8));
    const QByteArray json = device.read(qint64(length));
    if (json.size() != qint64(length))
        return failure(tr("%1: the header could not be read").arg(fileName));
    return parseHeader(json, size - 8 - qint64(length), fileName);
}

SafetensorsContents SafetensorsReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1: cannot be opened: %2").arg(info.fileName(), file.errorString()));
    SafetensorsContents contents = readDevice(file, info.fileName());
    if (contents.ok())
        contents.files = QStringList{info.absoluteFilePath()};
    return contents;
}

SafetensorsContents SafetensorsReader::readIndex(const QString &indexPath)
{
    const QFileInfo info(indexPath);
    const QString indexName = info.fileName();
    QFile file(indexPath);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1: cannot be opened: %2").arg(indexName, file.errorString()));
    if (file.size() > MaxIndexBytes)
        return failure(tr("%1: %2 bytes is too large for an index (at most %3)")
                           .arg(indexName)
                           .arg(file.size())
                           .arg(MaxIndexBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(MaxIndexBytes), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return failure(tr("%1: not a JSON object: %2").arg(indexName, parseError.errorString()));
    const QJsonValue mapValue = document.object().value(QLatin1String("weight_map"));
    if (!mapValue.isObject())
        return failure(tr("%1: has no weight_map object").arg(indexName));

    // Which tensors each shard must hold. A shard is a file beside the index, never a path elsewhere.
    const QJsonObject weightMap = mapValue.toObject();
    QMap<QString, QSet<QString>> expected;
    for (auto it = weightMap.constBegin(); it != weightMap.constEnd(); ++it) {
        const QString shard = it.value().toString();
        if (!it.value().isString() || shard.isEmpty() || shard.contains(QLatin1Char('/')) ||
            shard.contains(QLatin1Char('\\')) || shard.startsWith(QLatin1Char('.')) ||
            !shard.endsWith(QLatin1String(".safetensors")))
            return failure(tr("%1: tensor “%2” maps to “%3”, not a .safetensors file beside the index")
                               .arg(indexName, it.key(), it.value().toString()));
        expected[shard].insert(it.key());
    }
    if (expected.isEmpty())
        return failure(tr("%1: the weight_map names no tensors").arg(indexName));

    QStringList shardPaths;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        shardPaths.append(info.dir().filePath(it.key()));
        if (!QFileInfo::exists(shardPaths.last()))
            return failure(tr("%1: shard %2 is missing").arg(indexName, it.key()));
    }
    SafetensorsContents all = readFiles(shardPaths);
    if (!all.ok())
        return all;
    QList<QSet<QString>> held(shardPaths.size());
    for (const SafetensorsTensor &tensor : std::as_const(all.tensors))
        held[tensor.shard].insert(tensor.name);
    int shard = 0;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it, ++shard) {
        for (const QString &name : it.value()) {
            if (!held[shard].contains(name))
                return failure(
                    tr("%1: maps tensor “%2” to %3, which does not hold it").arg(indexName, name, it.key()));
        }
    }
    const QJsonValue totalSize =
        document.object().value(QLatin1String("metadata")).toObject().value(QLatin1String("total_size"));
    if (count(totalSize) && *count(totalSize) != all.dataBytes)
        all.notes << tr("%1 gives total_size %2, but the shards' headers add up to %3 bytes of tensor data.")
                         .arg(indexName)
                         .arg(*count(totalSize))
                         .arg(all.dataBytes);
    all.files.prepend(info.absoluteFilePath());
    for (SafetensorsTensor &tensor : all.tensors)
        ++tensor.shard;
    return all;
}

SafetensorsContents SafetensorsReader::readFiles(const QStringList &paths)
{
    SafetensorsContents all;
    QSet<QString> names;
    for (const QString &path : paths) {
        const SafetensorsContents shard = readFile(path);
        if (!shard.ok())
            return shard;
        for (SafetensorsTensor tensor : shard.tensors) {
            if (names.contains(tensor.name))
                return failure(tr("%1: tensor “%2” is also in an earlier shard")
                                   .arg(QFileInfo(path).fileName(), tensor.name));
            names.insert(tensor.name);
            tensor.shard = int(all.files.size());
            all.tensors.append(tensor);
        }
        all.files.append(shard.files);
        // Sums of sizes of files on disk: no overflow.
        all.dataBytes += shard.dataBytes;
        for (auto d = shard.bytesByDtype.cbegin(); d != shard.bytesByDtype.cend(); ++d)
            all.bytesByDtype[d.key()] += d.value();
        for (auto d = shard.elementsByDtype.cbegin(); d != shard.elementsByDtype.cend(); ++d)
            all.elementsByDtype[d.key()] += d.value();
    }
    return all;
}
