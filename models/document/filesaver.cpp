#include "models/document/filesaver.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace FileSaver {

bool save(const QString &path, const QByteArray &contents, QString *errorMessage)
{
    QSaveFile file(path);
    const auto fail = [&](const QString &cause) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("FileSaver", "Cannot write “%1”: %2")
                                .arg(QDir::toNativeSeparators(path), cause);
        file.cancelWriting();
        return false;
    };
    // Unbuffered: a failed write reports the system's reason ("No space left on device") as it happens,
    // where a buffered one would fail later in commit() as "Unknown error".
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(file.errorString());
    // A write may stop short (the disk filled up mid-way); the next one then fails with the reason.
    for (qint64 written = 0; written < contents.size();) {
        const qint64 n = file.write(contents.constData() + written, contents.size() - written);
        if (n <= 0)
            return fail(file.errorString());
        written += n;
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace FileSaver
