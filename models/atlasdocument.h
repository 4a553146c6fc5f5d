#pragma once

#include "db/database.h"
#include "db/dataset.h"

#include <QObject>

#include <memory>

// The open LLM Atlas file and the dataset read from it. Opening another file replaces both at once, and
// only when the new file opened cleanly: a refused file leaves the current document as it was.
class AtlasDocument : public QObject
{
    Q_OBJECT

public:
    explicit AtlasDocument(QObject *parent = nullptr);
    ~AtlasDocument() override;

    bool open(const QString &path, Database::Access access = Database::Access::ReadWrite);
    // The user's own database, created from the bundled dataset on first use.
    bool openDefault();

    bool isOpen() const { return m_database != nullptr; }
    const Dataset &dataset() const { return m_dataset; }
    QString filePath() const;
    bool isReadOnly() const;
    QString errorString() const { return m_error; }

signals:
    // The whole dataset was replaced; pointers into the old one are gone.
    void datasetReset();

private:
    std::unique_ptr<Database> m_database;
    Dataset m_dataset;
    QString m_error;
};
