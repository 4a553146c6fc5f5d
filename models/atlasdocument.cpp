#include "models/atlasdocument.h"

#include <QFileInfo>

AtlasDocument::AtlasDocument(QObject *parent)
    : QObject(parent)
{
}

AtlasDocument::~AtlasDocument() = default;

bool AtlasDocument::open(const QString &path, Database::Access access)
{
    auto database = std::make_unique<Database>();
    Dataset dataset;
    QString error;
    if (!database->open(path, access)) {
        m_error = database->errorString();
        return false;
    }
    if (!dataset.load(database->connection(), &error)) {
        m_error = tr("“%1” could not be read: %2").arg(path, error);
        return false;
    }
    m_database = std::move(database);
    m_dataset = std::move(dataset);
    m_error.clear();
    emit datasetReset();
    return true;
}

bool AtlasDocument::openDefault()
{
    const QString path = Database::defaultPath();
    if (!QFileInfo::exists(path)) {
        Database creator;
        if (!creator.createFromBundle(path)) {
            m_error = creator.errorString();
            return false;
        }
    }
    return open(path);
}

QString AtlasDocument::filePath() const
{
    return m_database ? m_database->filePath() : QString();
}

bool AtlasDocument::isReadOnly() const
{
    return m_database && m_database->isReadOnly();
}
