#pragma once

#include <QByteArray>
#include <QString>

// Writes a whole file or nothing: through QSaveFile, so a full disk, a read-only folder or a crash
// mid-write leaves any previous file at that path as it was.
namespace FileSaver {

// Returns false and sets *errorMessage (naming the path and the cause) when the file could not be written.
bool save(const QString &path, const QByteArray &contents, QString *errorMessage);

} // namespace FileSaver
