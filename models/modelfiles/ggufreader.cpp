#include "models/modelfiles/ggufreader.h"

#include "models/modelfiles/checkedcount.h"
#include "models/modelfiles/ggmltype.h"
#include "models/modelfiles/headerstream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <limits>

namespace {

using Type = GgufValue::Type;

constexpr quint32 Magic = 0x46554747; // "GGUF" read as a little-endian uint32
constexpr qint64 MaxKeyBytes = 65535; // docs/gguf.md: keys are at most 2^16-1 bytes

// Bytes of a fixed-size value type; 0 for strings and arrays.
qint64 fixedSize(Type type)
{
    switch (type) {
    case Type::UInt8:
    case Type::Int8:
    case Type::Bool:
        return 1;
    case Type::UInt16:
    case Type::Int16:
        return 2;
    case Type::UInt32:
    case Type::Int32:
    case Type::Float32:
        return 4;
    case Type::UInt64:
    case Type::Int64:
    case Type::Float64:
        return 8;
    case Type::String:
    case Type::Array:
        return 0;
    }
    return 0;
}

// The least bytes one value of the type can take: what bounds an element count by the bytes left.
qint64 minimumSize(Type type)
{
    switch (type) {
    case Type::String:
        return 8; // its length
    case Type::Array:
        return 4 + 8; // element type and count
    default:
        return fixedSize(type);
    }
}

// A length from the file, for a message: 2^64-1 still reads as more than any file.
qint64 clamped(quint64 length)
{
    return qint64(std::min<quint64>(length, quint64(std::numeric_limits<qint64>::max())));
}

bool isValidType(quint32 type)
{
    return type <= quint32(Type::Float64);
}

// Parses one file's header; fail() keeps the first problem with the file's name and where it was found.
class Parser
{
public:
    Parser(QIODevice &device, const QString &fileName, qint64 fileSize)
        : m_stream(device, std::min(fileSize, GgufReader::MaxHeaderBytes)), m_fileName(fileName),
          m_fileSize(fileSize)
    {
    }

    GgufContents parse();

private:
    bool fail(const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = GgufReader::tr("%1: %2 (at byte %3)").arg(m_fileName, problem).arg(m_stream.pos());
        return false;
    }
    // A problem of the header as a whole, found after reading it: no position to give.
    void failWhole(const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = GgufReader::tr("%1: %2").arg(m_fileName, problem);
    }
    // A read or skip of n bytes could not be done: the file ends (or the header cap is reached) first.
    bool failShort(const QString &what, qint64 needed)
    {
        if (m_stream.deviceFailed())
            return fail(GgufReader::tr("the file could not be read"));
        if (m_fileSize > GgufReader::MaxHeaderBytes && needed > m_stream.remaining())
            return fail(GgufReader::tr("%1 runs past %2 MiB; no real GGUF header is that large")
                            .arg(what)
                            .arg(GgufReader::MaxHeaderBytes / (1024 * 1024)));
        return fail(GgufReader::tr("the header is truncated: %1 needs %2 bytes, %3 are left")
                        .arg(what)
                        .arg(needed)
                        .arg(m_stream.remaining()));
    }
    // A count of items each at least itemBytes long must fit in the bytes left.
    bool checkCount(const QString &what, quint64 count, qint64 itemBytes)
    {
        if (itemBytes > 0 && count > quint64(m_stream.remaining() / itemBytes))
            return fail(GgufReader::tr("%1 gives %2 items, which cannot fit in the %3 bytes left")
                            .arg(what)
                            .arg(count)
                            .arg(m_stream.remaining()));
        return true;
    }

    template <typename T> bool read(T &value, const QString &what)
    {
        return m_stream.readLittleEndian(value) || failShort(what, qint64(sizeof(T)));
    }
    template <typename Stored, typename Kept> bool readNumber(QVariant &value, const QString &what)
    {
        Stored v = 0;
        if (!read(v, what))
            return false;
        value = Kept(v);
        return true;
    }
    // IEEE 754 bits, read as an integer of the same width so byte order is handled once.
    template <typename Bits, typename Float> bool readFloat(QVariant &value, const QString &what)
    {
        Bits bits = 0;
        if (!read(bits, what))
            return false;
        Float f = 0;
        std::memcpy(&f, &bits, sizeof f);
        value = double(f);
        return true;
    }
    bool readType(Type &type, const QString &what);
    bool readName(QString &name, qint64 maxBytes, const QString &what);
    bool readValue(GgufValue &value, Type type, int depth, const QString &what);
    bool readScalar(QVariant &value, Type type, const QString &what);
    bool readArray(GgufValue &value, int depth, const QString &what);
    bool readString(QVariant &value, quint64 &bytes, const QString &what);
    bool readTensor(GgufTensor &tensor, int index, QSet<QString> &names);

    HeaderStream m_stream;
    QString m_fileName;
    qint64 m_fileSize;
    QString m_error;
    quint32 m_alignment = GgufReader::DefaultAlignment;
};

bool Parser::readType(Type &type, const QString &what)
{
    quint32 raw = 0;
    if (!read(raw, what))
        return false;
    if (!isValidType(raw))
        return fail(GgufReader::tr("%1 has the unknown value type %2").arg(what).arg(raw));
    type = Type(raw);
    return true;
}

// Keys and tensor names: short, valid UTF-8, not empty.
bool Parser::readName(QString &name, qint64 maxBytes, const QString &what)
{
    quint64 length = 0;
    if (!read(length, what))
        return false;
    if (length == 0)
        return fail(GgufReader::tr("%1 is empty").arg(what));
    if (length > quint64(maxBytes))
        return fail(
            GgufReader::tr("%1 is %2 bytes long; the limit is %3").arg(what).arg(length).arg(maxBytes));
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    if (!m_stream.read(bytes.data(), qint64(length)))
        return failShort(what, qint64(length));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    name = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(GgufReader::tr("%1 is not valid UTF-8").arg(what));
    return true;
}

bool Parser::readString(QVariant &value, quint64 &bytes, const QString &what)
{
    if (!read(bytes, what))
        return false;
    if (bytes > quint64(m_stream.remaining()))
        return failShort(what, clamped(bytes));
    if (qint64(bytes) > GgufReader::MaxKeptStringBytes) {
        m_stream.skip(qint64(bytes));
        return true;
    }
    QByteArray text(qsizetype(bytes), Qt::Uninitialized);
    if (!m_stream.read(text.data(), qint64(bytes)))
        return failShort(what, qint64(bytes));
    value = QString::fromUtf8(text);
    return true;
}

bool Parser::readScalar(QVariant &value, Type type, const QString &what)
{
    switch (type) {
    case Type::UInt8:
        return readNumber<quint8, qint64>(value, what);
    case Type::Int8:
        return readNumber<qint8, qint64>(value, what);
    case Type::UInt16:
        return readNumber<quint16, qint64>(value, what);
    case Type::Int16:
        return readNumber<qint16, qint64>(value, what);
    case Type::UInt32:
        return readNumber<quint32, qint64>(value, what);
    case Type::Int32:
        return readNumber<qint32, qint64>(value, what);
    case Type::UInt64:
        return readNumber<quint64, quint64>(value, what);
    case Type::Int64:
        return readNumber<qint64, qint64>(value, what);
    case Type::Float32:
        return readFloat<quint32, float>(value, what);
    case Type::Float64:
        return readFloat<quint64, double>(value, what);
    case Type::Bool: {
        quint8 v = 0;
        if (!read(v, what))
            return false;
        if (v > 1)
            return fail(GgufReader::tr("%1 is a bool of value %2; only 0 and 1 are valid").arg(what).arg(v));
        value = v == 1;
        return true;
    }
    case Type::String:
    case Type::Array:
        break;
    }
    return false;
}

bool Parser::readArray(GgufValue &value, int depth, const QString &what)
{
    if (!readType(value.elementType, what))
        return false;
    if (!read(value.count, what))
        return false;
    const Type element = value.elementType;
    if (!checkCount(what, value.count, minimumSize(element)))
        return false;
    const qint64 count = qint64(value.count); // fits: at most the bytes left
    if (element == Type::Array && depth >= GgufReader::MaxArrayDepth)
        return fail(
            GgufReader::tr("%1 nests arrays deeper than %2").arg(what).arg(GgufReader::MaxArrayDepth));
    const qint64 size = fixedSize(element);
    if (size > 0 && count > GgufReader::MaxKeptElements) {
        m_stream.skip(count * size); // checkCount made sure these bytes are there
        return true;
    }
    if (size > 0) {
        value.elements.reserve(qsizetype(count));
        for (qint64 i = 0; i < count; ++i) {
            QVariant item;
            if (!readScalar(item, element, what))
                return false;
            value.elements.append(item);
        }
        return true;
    }
    // Strings and nested arrays are walked over, not kept: the tokenizer's vocabulary is the common case.
    // Each costs at least minimumSize bytes, so the walk is bounded by the header's real size.
    for (qint64 i = 0; i < count; ++i) {
        if (element == Type::String) {
            quint64 length = 0;
            if (!read(length, what))
                return false;
            if (length > quint64(m_stream.remaining()))
                return failShort(GgufReader::tr("%1, string %2,").arg(what).arg(i), clamped(length));
            m_stream.skip(qint64(length));
        } else {
            GgufValue nested;
            nested.type = Type::Array;
            if (!readArray(nested, depth + 1, what))
                return false;
        }
    }
    return true;
}

bool Parser::readValue(GgufValue &value, Type type, int depth, const QString &what)
{
    value.type = type;
    if (type == Type::Array)
        return readArray(value, depth + 1, what);
    if (type == Type::String)
        return readString(value.scalar, value.count, what);
    return readScalar(value.scalar, type, what);
}

bool Parser::readTensor(GgufTensor &tensor, int index, QSet<QString> &names)
{
    if (!readName(tensor.name, GgufReader::MaxNameBytes, GgufReader::tr("the name of tensor %1").arg(index)))
        return false;
    if (names.contains(tensor.name))
        return fail(GgufReader::tr("tensor name “%1” appears twice").arg(tensor.name));
    names.insert(tensor.name);
    const QString named = GgufReader::tr("tensor “%1”").arg(tensor.name);

    quint32 dimCount = 0;
    if (!read(dimCount, named))
        return false;
    if (dimCount > quint32(GgufReader::MaxDims))
        return fail(GgufReader::tr("%1 has %2 dimensions; ggml allows at most %3")
                        .arg(named)
                        .arg(dimCount)
                        .arg(GgufReader::MaxDims));
    CheckedCount elements(1);
    for (quint32 d = 0; d < dimCount; ++d) {
        quint64 dim = 0;
        if (!read(dim, named))
            return false;
        if (dim > quint64(std::numeric_limits<qint64>::max()))
            return fail(GgufReader::tr("%1 has a dimension of %2").arg(named).arg(dim));
        tensor.dims.append(qint64(dim));
        elements = elements * qint64(dim);
    }
    if (!elements.isValid())
        return fail(GgufReader::tr("%1's dimensions multiply past 64 bits").arg(named));
    tensor.elements = *elements.value();

    if (!read(tensor.type, named))
        return false;
    const GgmlType::Traits *traits = GgmlType::traits(tensor.type);
    if (!traits)
        return fail(GgufReader::tr("%1 has the unknown ggml type %2").arg(named).arg(tensor.type));
    const qint64 rowLength = tensor.dims.isEmpty() ? 1 : tensor.dims.first();
    if (rowLength % traits->blockSize != 0)
        return fail(GgufReader::tr("%1 of type %2 has rows of %3 elements, not a multiple of its block of %4")
                        .arg(named, QLatin1String(traits->name))
                        .arg(rowLength)
                        .arg(traits->blockSize));
    const qint64 rows = rowLength == 0 ? 0 : tensor.elements / rowLength;
    const CheckedCount bytes = CheckedCount(rowLength / traits->blockSize) * traits->blockBytes * rows;
    if (!bytes.isValid())
        return fail(GgufReader::tr("%1's size in bytes passes 64 bits").arg(named));
    tensor.bytes = *bytes.value();

    quint64 offset = 0;
    if (!read(offset, named))
        return false;
    if (offset > quint64(std::numeric_limits<qint64>::max()) || offset % m_alignment != 0)
        return fail(GgufReader::tr("%1 has the offset %2, not a multiple of the alignment %3")
                        .arg(named)
                        .arg(offset)
                        .arg(m_alignment));
    tensor.offset = qint64(offset);
    return true;
}

GgufContents Parser::parse()
{
    GgufContents contents;
    const auto failed = [&] {
        GgufContents refused;
        refused.error = m_error;
        return refused;
    };

    quint32 magic = 0;
    if (!read(magic, GgufReader::tr("the GGUF magic")))
        return failed();
    if (magic != Magic) {
        fail(GgufReader::tr("this is not a GGUF file (it does not start with “GGUF”)"));
        return failed();
    }
    if (!read(contents.version, GgufReader::tr("the version")))
        return failed();
    if (contents.version == 1) {
        fail(
            GgufReader::tr("GGUF version 1 (2023, 32-bit counts) is not supported; convert the model again"));
        return failed();
    }
    if (contents.version != 2 && contents.version != 3) {
        // A big-endian file shows version 3 as 0x03000000.
        const quint32 swapped = qFromBigEndian(contents.version);
        fail(swapped == 2 || swapped == 3
                 ? GgufReader::tr("big-endian GGUF files are not supported")
                 : GgufReader::tr("GGUF version %1 is not supported (2 and 3 are)").arg(contents.version));
        return failed();
    }

    quint64 tensorCount = 0;
    quint64 kvCount = 0;
    if (!read(tensorCount, GgufReader::tr("the tensor count")) ||
        !read(kvCount, GgufReader::tr("the key count")))
        return failed();
    // The least a key/value can take: key length, a one-byte key, type, a one-byte value.
    if (!checkCount(GgufReader::tr("the key count"), kvCount, 8 + 1 + 4 + 1))
        return failed();
    // The least a tensor info can take: name length, a one-byte name, dimension count, type, offset.
    if (!checkCount(GgufReader::tr("the tensor count"), tensorCount, 8 + 1 + 4 + 4 + 8))
        return failed();

    for (quint64 i = 0; i < kvCount; ++i) {
        QString key;
        if (!readName(key, MaxKeyBytes, GgufReader::tr("metadata key %1").arg(i)))
            return failed();
        if (contents.metadata.contains(key)) {
            fail(GgufReader::tr("metadata key “%1” appears twice").arg(key));
            return failed();
        }
        const QString what = GgufReader::tr("metadata key “%1”").arg(key);
        Type type = Type::UInt8;
        GgufValue value;
        if (!readType(type, what) || !readValue(value, type, 0, what))
            return failed();
        contents.metadata.insert(key, value);
    }

    if (const GgufValue *alignment = contents.value(QStringLiteral("general.alignment"))) {
        const std::optional<qint64> a =
            alignment->type == Type::UInt32 ? alignment->toInteger() : std::nullopt;
        if (!a || *a == 0 || (*a & (*a - 1)) != 0) {
            fail(GgufReader::tr("general.alignment must be a uint32 power of two"));
            return failed();
        }
        m_alignment = quint32(*a);
    }

    QSet<QString> names;
    contents.tensors.reserve(qsizetype(tensorCount));
    for (quint64 i = 0; i < tensorCount; ++i) {
        GgufTensor tensor;
        if (!readTensor(tensor, int(i), names))
            return failed();
        contents.tensors.append(tensor);
    }

    // Tensor data starts at the next multiple of the alignment and must be wholly in the file: a cut-off
    // download would otherwise report the size it should have had.
    const qint64 dataStart = (m_stream.pos() + m_alignment - 1) / m_alignment * m_alignment;
    const qint64 dataSize = std::max<qint64>(0, m_fileSize - dataStart);
    CheckedCount dataBytes;
    for (const GgufTensor &tensor : std::as_const(contents.tensors)) {
        const CheckedCount end = CheckedCount(tensor.offset) + tensor.bytes;
        if (!end.isValid() || *end.value() > dataSize) {
            failWhole(GgufReader::tr(
                          "the data of tensor “%1” (%2 bytes at offset %3) runs past the end of the file, "
                          "which holds %4 bytes of tensor data: is the file complete?")
                          .arg(tensor.name)
                          .arg(tensor.bytes)
                          .arg(tensor.offset)
                          .arg(dataSize));
            return failed();
        }
        dataBytes += CheckedCount(tensor.bytes);
    }
    // Each tensor lies within the file, so their sum can only pass 64 bits if they overlap.
    if (!dataBytes.isValid()) {
        failWhole(GgufReader::tr("the tensors' sizes add up past 64 bits"));
        return failed();
    }
    contents.dataBytes = *dataBytes.value();
    return contents;
}

GgufContents failure(const QString &message)
{
    GgufContents contents;
    contents.error = message;
    return contents;
}

} // namespace

std::optional<qint64> GgufValue::toInteger() const
{
    if (type == Type::Bool)
        return scalar.toBool() ? 1 : 0;
    if (type == Type::UInt64) {
        const quint64 v = scalar.toULongLong();
        return v > quint64(std::numeric_limits<qint64>::max()) ? std::nullopt
                                                               : std::optional<qint64>(qint64(v));
    }
    if (type == Type::String || type == Type::Array || type == Type::Float32 || type == Type::Float64)
        return std::nullopt;
    return scalar.toLongLong();
}

std::optional<QList<qint64>> GgufValue::toIntegerList() const
{
    if (type != Type::Array || qint64(elements.size()) != qint64(count))
        return std::nullopt;
    QList<qint64> list;
    list.reserve(elements.size());
    for (const QVariant &element : elements) {
        GgufValue one;
        one.type = elementType;
        one.scalar = element;
        const std::optional<qint64> v = one.toInteger();
        if (!v)
            return std::nullopt;
        list.append(*v);
    }
    return list;
}

QString GgufValue::toString() const
{
    return type == Type::String ? scalar.toString() : QString();
}

const GgufValue *GgufContents::value(const QString &key) const
{
    const auto it = metadata.constFind(key);
    return it == metadata.cend() ? nullptr : &it.value();
}

GgufContents GgufReader::readDevice(QIODevice &device, const QString &fileName)
{
    return Parser(device, fileName, device.size()).parse();
}

GgufContents GgufReader::read(const QString &path)
{
    const QFileInfo info(path);
    const auto readOne = [](const QFileInfo &file) {
        QFile f(file.filePath());
        if (!f.open(QIODevice::ReadOnly))
            return failure(tr("%1: cannot be opened: %2").arg(file.fileName(), f.errorString()));
        GgufContents one = readDevice(f, file.fileName());
        one.files = QStringList{file.absoluteFilePath()};
        return one;
    };

    // llama.cpp's gguf-split names shards NAME-00001-of-00003.gguf.
    static const QRegularExpression shardName(QStringLiteral("^(.*)-(\\d{5})-of-(\\d{5})\\.gguf$"));
    const QRegularExpressionMatch match = shardName.match(info.fileName());
    GgufContents first =
        readOne(match.hasMatch()
                    ? QFileInfo(info.dir().filePath(
                          QStringLiteral("%1-00001-of-%2.gguf").arg(match.captured(1), match.captured(3))))
                    : info);
    if (!match.hasMatch()) {
        if (first.ok()) {
            const GgufValue *splitCount = first.value(QStringLiteral("split.count"));
            if (splitCount && splitCount->toInteger().value_or(1) > 1)
                return failure(
                    tr("%1: is shard %2 of %3 of a split model, but its name does not end in "
                       "-00001-of-%4.gguf, so the other shards cannot be found")
                        .arg(info.fileName())
                        .arg(first.value(QStringLiteral("split.no"))
                                 ? first.value(QStringLiteral("split.no"))->toInteger().value_or(0) + 1
                                 : 1)
                        .arg(*splitCount->toInteger())
                        .arg(*splitCount->toInteger(), 5, 10, QLatin1Char('0')));
        }
        return first;
    }
    if (!first.ok())
        return first;

    const int shardCount = match.captured(3).toInt();
    if (shardCount < 1)
        return failure(tr("%1: a split model cannot have 0 shards").arg(info.fileName()));
    const GgufValue *declared = first.value(QStringLiteral("split.count"));
    if (declared && declared->toInteger() != shardCount)
        return failure(tr("%1: its name says %2 shards, its split.count says %3")
                           .arg(QFileInfo(first.files.first()).fileName())
                           .arg(shardCount)
                           .arg(declared->toInteger().value_or(-1)));
    for (int k = 2; k <= shardCount; ++k) {
        const QString name = QStringLiteral("%1-%2-of-%3.gguf")
                                 .arg(match.captured(1))
                                 .arg(k, 5, 10, QLatin1Char('0'))
                                 .arg(match.captured(3));
        const QFileInfo shardInfo(info.dir().filePath(name));
        if (!shardInfo.exists())
            return failure(tr("%1: shard %2 of %3 is missing (expected %4 beside it)")
                               .arg(QFileInfo(first.files.first()).fileName())
                               .arg(k)
                               .arg(shardCount)
                               .arg(name));
        const GgufContents shard = readOne(shardInfo);
        if (!shard.ok())
            return shard;
        const GgufValue *number = shard.value(QStringLiteral("split.no"));
        if (number && number->toInteger() != k - 1)
            return failure(tr("%1: its split.no says it is shard %2, its name says %3")
                               .arg(name)
                               .arg(number->toInteger().value_or(-1) + 1)
                               .arg(k));
        const int shardIndex = int(first.files.size());
        for (GgufTensor tensor : shard.tensors) {
            tensor.shard = shardIndex;
            first.tensors.append(tensor);
        }
        first.files.append(shard.files);
        first.dataBytes += shard.dataBytes; // each below its file's size: no overflow
    }
    const GgufValue *tensorTotal = first.value(QStringLiteral("split.tensors.count"));
    if (tensorTotal && tensorTotal->toInteger() != first.tensors.size())
        return failure(tr("%1: split.tensors.count says %2 tensors, the shards hold %3")
                           .arg(QFileInfo(first.files.first()).fileName())
                           .arg(tensorTotal->toInteger().value_or(-1))
                           .arg(first.tensors.size()));
    // Tensor names are unique across the whole set, as llama.cpp's loader requires.
    QSet<QString> names;
    for (const GgufTensor &tensor : std::as_const(first.tensors)) {
        if (names.contains(tensor.name))
            return failure(tr("%1: tensor “%2” appears in two shards")
                               .arg(QFileInfo(first.files.first()).fileName(), tensor.name));
        names.insert(tensor.name);
    }
    return first;
}
