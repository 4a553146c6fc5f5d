#include "models/filesaver.h"

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
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(contents) != contents.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace FileSaver
