#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

struct sqlite3;

// One open LLM Atlas database file. It checks that a file is an LLM Atlas database before writing to it,
// upgrades older schema versions step by step, and creates new files from the bundled dataset.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    static constexpr int SchemaVersion = 6;
    static constexpr qint32 ApplicationId = 0x4C4C4D41; // "LLMA" in the SQLite header

    Database();
    ~Database();

    // Opens an existing file. A file that is not ours, from a newer schema or damaged is refused untouched.
    // A file that cannot be written is opened read-only. readWhileChecking, if given, reads the open file
    // while SQLite's integrity check runs on another thread; open() fails if either fails (errorString()
    // is empty when only the read did).
    bool open(const QString &path, Access access = Access::ReadWrite,
              const std::function<bool()> &readWhileChecking = {});
    // Writes a new database at path holding the bundled dataset, then opens it. Never overwrites a file.
    bool createFromBundle(const QString &path);
    // Makes path, the user's own database, a complete file of the current schema before it is opened: built
    // from the bundle when it is missing or holds no dataset (a file of ours without a single model, as a
    // raced first run of an earlier version left it), upgraded when its schema is older. Both happen under a
    // lock file beside it and are decided again once the lock is held, and a new file is built aside and
    // renamed into place, so programs started together never collide or see half a file. Any other file
    // is left for open() to judge. False with errorString() set when it could not be done.
    bool prepareOwnFile(const QString &path);
    // How long prepareOwnFile() waits for another program preparing the same file.
    static constexpr int PrepareLockTimeoutMs = 60000;
    void close();

    bool isOpen() const { return !m_path.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    QString filePath() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;

    // The user's own database under the platform's application-data folder.
    static QString defaultPath();

    // Saves a user-defined GPU configuration; returns its id, or 0 with errorString() set.
    qint64 addGpuConfiguration(const QString &name, qint64 gpuId, int count);

    // Writes a consistent copy of the open database to path (SQLite's VACUUM INTO, never a copy of the file
    // while it may be written). The copy is built beside path and renamed over it at the end, so a failure
    // leaves an existing file at path untouched. The open database stays open.
    bool saveAs(const QString &path);

    // A message for a failed write, naming a lock held by another program when that is the reason.
    QString writeFailure(const QString &driverMessage) const;
    // The operating system's reason for the last failed file operation, as " (reason)", or nothing.
    QString systemCause() const;

private:
    bool fail(const QString &message);
    bool connect(const QString &path, bool readOnly);
    bool checkIsOurs(const QString &path, int *userVersion);
    // SQLite's quick_check of the file on a connection of its own: empty when sound, else the message.
    static QString integrityProblem(const QString &path);
    bool recoverInterruptedWrite(const QString &path);
    bool migrate(int fromVersion);
    // Builds the bundled dataset in a new file beside path and renames it to path, replacing what is there
    // only when replace is set.
    bool buildFromBundle(const QString &path, bool replace);
    enum class FileState { Ready, Missing, WithoutDataset, OlderSchema, Other };
    static FileState inspect(const QString &path);
    bool execScript(const QByteArray &sql);
    sqlite3 *handle() const;

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
};
