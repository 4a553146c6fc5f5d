// libFuzzer target: bytes written to a file and opened as an LLM Atlas database, read-only and then
// read-write, as File > Open and the command line do. A file may be refused (with a message); one that
// opens must then load as a dataset or be reported unreadable, never crash.
#include "db/datasetreader.h"
#include "fuzzsupport.h"

#include <QFile>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    FuzzSupport::application();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    for (const Database::Access access : {Database::Access::ReadOnly, Database::Access::ReadWrite}) {
        QFile::remove(path + QStringLiteral("-journal"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            std::abort();
        file.close();
        Database db;
        if (!db.open(path, access)) {
            if (db.errorString().isEmpty())
                std::abort(); // every refusal says why
            continue;
        }
        Dataset dataset;
        QString error;
        if (!DatasetReader::load(db.connection(), &dataset, &error) && error.isEmpty())
            std::abort();
    }
    return 0;
}
