#pragma once

#include "db/database.h"

#include <QTemporaryDir>
#include <QTest>

// A fresh database built from the bundled dataset, in a temporary folder that goes with it.
class BundledDatabaseFile
{
public:
    BundledDatabaseFile()
    {
        Database creator;
        m_created = m_dir.isValid() && creator.createFromBundle(path());
        if (!m_created)
            qWarning("could not create the bundled database: %s", qPrintable(creator.errorString()));
    }

    bool isValid() const { return m_created; }
    QString path() const { return m_dir.filePath(QStringLiteral("atlas.sqlite")); }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    bool m_created = false;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
