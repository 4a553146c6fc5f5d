// libFuzzer target: bytes read as a .safetensors file's header. Any input may be refused, with the file
// named; one that reads must tile its data exactly: the tensors' bytes add up to everything after the header.
#include "models/modelfiles/safetensorsreader.h"

#include <QBuffer>
#include <QtEndian>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QString name = QStringLiteral("fuzz.safetensors");
    const SafetensorsContents contents = SafetensorsReader::readDevice(buffer, name);
    if (!contents.ok()) {
        if (!contents.error.startsWith(name + QStringLiteral(": ")) || !contents.tensors.isEmpty())
            std::abort(); // every refusal names the file and keeps nothing
        return 0;
    }
    const qint64 headerBytes = qint64(qFromLittleEndian<quint64>(data));
    qint64 sum = 0;
    qint64 byDtype = 0;
    for (const SafetensorsTensor &tensor : contents.tensors)
        sum += tensor.bytes;
    for (const qint64 b : contents.bytesByDtype)
        byDtype += b;
    if (sum != contents.dataBytes || byDtype != sum || sum != qint64(size) - 8 - headerBytes)
        std::abort();
    return 0;
}
