// libFuzzer target: bytes read as a GGUF file's header and, when it reads, as a model's facts. Any input
// may be refused, with the file named; one that reads must add up: its tensors inside the input, their bytes
// summed, and facts that keep the rules a model record keeps.
#include "models/modelfiles/ggufmodel.h"
#include "models/modelfiles/ggufreader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QString name = QStringLiteral("fuzz.gguf");
    GgufContents contents = GgufReader::readDevice(buffer, name);
    if (!contents.ok()) {
        if (!contents.error.startsWith(name + QStringLiteral(": ")) || !contents.tensors.isEmpty())
            std::abort(); // every refusal names the file and keeps nothing
        return 0;
    }
    qint64 sum = 0;
    for (const GgufTensor &tensor : std::as_const(contents.tensors)) {
        if (tensor.bytes < 0 || tensor.offset < 0 || tensor.offset + tensor.bytes > qint64(size))
            std::abort(); // the reader promised every tensor lies in the file
        sum += tensor.bytes;
    }
    if (sum != contents.dataBytes)
        std::abort();

    contents.files = QStringList{name};
    const ModelFileFacts facts = GgufModel::facts(contents);
    if (!facts.ok()) {
        if (!facts.error.startsWith(name + QStringLiteral(": ")))
            std::abort();
        return 0;
    }
    const ModelRecord &m = facts.model;
    if (m.totalParams < 0 || m.layers < 1 || m.fullAttentionLayers < 0 || m.fullAttentionLayers > m.layers ||
        m.recurrentStateElements < 0 || facts.weightsBytes != contents.dataBytes)
        std::abort();
    if (m.activeParams && (*m.activeParams < 0 || *m.activeParams > m.totalParams))
        std::abort();
    return 0;
}
