#include "db/database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sqlite3.h>
#include <sys/stat.h>
#include <cerrno>
#include <cstdio>
#include <future>

namespace {

// Each step takes the schema from version N - 1 to N; index 0 is version 1.
const char *const MigrationResources[] = {
    ":/db/migrations/0001_initial.sql",
    ":/db/migrations/0002_gpu_configurations.sql",
    ":/db/migrations/0003_edit_provenance.sql",
    ":/db/migrations/0004_catalogue.sql",
    ":/db/migrations/0005_measured_sizes.sql",
    ":/db/migrations/0006_measurements.sql",
};
static_assert(std::size(MigrationResources) == Database::SchemaVersion);

// Tables every version of the schema has; a file without them is not ours, whatever its header says.
const char *const RequiredTables[] = {"source", "model", "tier_list", "tier_entry", "gpu", "quant_format"};

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLITE_BUSY or SQLITE_LOCKED: the file is not damaged, someone is writing it.
QString inUseMessage(const QString &path)
{
    return Database::tr("“%1” is in use by another program that is writing to it. Close it there, or try again "
                        "in a moment.")
        .arg(nativePath(path));
}

} // namespace

Database::Database()
{
    static QAtomicInt counter;
    m_connectionName = QStringLiteral("llm-atlas-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/llm-atlas.sqlite");
}

bool Database::fail(const QString &message)
{
    m_error = message;
    close();
    return false;
}

bool Database::connect(const QString &path, bool readOnly)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return fail(tr("Cannot open “%1”: %2").arg(nativePath(path), db.lastError().text()));
    // A shared file may come from anyone: its schema must not run functions or reach outside itself.
    if (sqlite3 *h = handle())
        sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA trusted_schema = OFF"))
        || !pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(tr("Cannot configure “%1”: %2").arg(nativePath(path), pragma.lastError().text()));
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_path.clear();
    m_readOnly = false;
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

bool Database::execScript(const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(handle(), sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_exec(handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

bool Database::checkIsOurs(const QString &path, int *userVersion)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("“%1” does not exist.").arg(nativePath(path)));
    if (info.isDir())
        return fail(tr("“%1” is a folder, not a database file.").arg(nativePath(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("“%1” cannot be read: %2").arg(nativePath(path), file.errorString()));
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return fail(tr("“%1” is empty: it is not an LLM Atlas database.").arg(nativePath(path)));
    if (header != QByteArray("SQLite format 3\0", 16))
        return fail(tr("“%1” is not an LLM Atlas database (it is not an SQLite file).").arg(nativePath(path)));
    file.close();

    if (!connect(path, true) || !recoverInterruptedWrite(path))
        return false;
    QSqlQuery query(connection());
    // SQLITE_BUSY / SQLITE_LOCKED: another program is writing the file; it is not damaged.
    const auto failQuery = [&] {
        const QString code = query.lastError().nativeErrorCode();
        if (code == QLatin1String("5") || code == QLatin1String("6"))
            return fail(inUseMessage(path));
        return fail(tr("“%1” is damaged: %2").arg(nativePath(path), query.lastError().text()));
    };
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failQuery();
    if (query.value(0).toInt() != ApplicationId)
        return fail(tr("“%1” is an SQLite database of another application, not an LLM Atlas database.")
                        .arg(nativePath(path)));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failQuery();
    *userVersion = query.value(0).toInt();
    if (*userVersion > SchemaVersion)
        return fail(tr("“%1” was written by a newer version of LLM Atlas (schema version %2; this version reads "
                       "up to %3). Update LLM Atlas to open it.")
                        .arg(nativePath(path))
                        .arg(*userVersion)
                        .arg(SchemaVersion));
    if (*userVersion < 1)
        return fail(tr("“%1” is an incomplete LLM Atlas database (it has no schema).").arg(nativePath(path)));
    for (const char *table : RequiredTables) {
        if (!query.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '%1'")
                            .arg(QLatin1String(table)))
            || !query.next())
            return fail(tr("“%1” is damaged: its table “%2” is missing.").arg(nativePath(path), QLatin1String(table)));
    }
    // LLM Atlas creates no triggers or views: in a shared file they could only be someone else's code
    // waiting to run on our reads and writes.
    if (!query.exec(QStringLiteral("SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view') "
                                   "ORDER BY name LIMIT 1")))
        return failQuery();
    if (query.next())
        return fail(tr("“%1” contains a %2 (“%3”) that LLM Atlas did not create, so it is not opened.")
                        .arg(nativePath(path), query.value(0).toString(), query.value(1).toString()));
    return true;
}

QString Database::integrityProblem(const QString &path)
{
    // A connection of its own, so that the check can run on another thread beside a read.
    sqlite3 *db = nullptr;
    QString problem;
    int code = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (code == SQLITE_OK) {
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_busy_timeout(db, 2000);
        sqlite3_stmt *statement = nullptr;
        code = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &statement, nullptr);
        if (code == SQLITE_OK && (code = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *result = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            if (qstrcmp(result, "ok") != 0)
                problem = QString::fromUtf8(result);
            code = SQLITE_OK;
        }
        sqlite3_finalize(statement);
    }
    if (code != SQLITE_OK)
        problem = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    sqlite3_close(db);
    if (problem.isEmpty())
        return QString();
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return inUseMessage(path);
    return tr("“%1” is damaged: SQLite's integrity check failed (%2).").arg(nativePath(path), problem);
}

bool Database::recoverInterruptedWrite(const QString &path)
{
    // A program killed in the middle of a write leaves a hot journal beside the file. SQLite rolls it back
    // on the next read, restoring the last committed state, but only on a connection that may write: a
    // read-only one reports SQLITE_READONLY_ROLLBACK, which would otherwise read as a damaged file.
    if (sqlite3_exec(handle(), "PRAGMA schema_version", nullptr, nullptr, nullptr) == SQLITE_OK
        || sqlite3_extended_errcode(handle()) != SQLITE_READONLY_ROLLBACK)
        return true; // any other problem is for the checks that follow to name
    if (!QFileInfo(path).isWritable())
        return fail(tr("“%1” was being written when the program writing it stopped, and it cannot be written "
                       "to finish the recovery. Open it once where it can be written.")
                        .arg(nativePath(path)));
    if (!connect(path, false))
        return false;
    if (sqlite3_exec(handle(), "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("“%1” was being written when the program writing it stopped, and recovering it failed: %2")
                        .arg(nativePath(path), QString::fromUtf8(sqlite3_errmsg(handle())) + systemCause()));
    return connect(path, true);
}

bool Database::open(const QString &path, Access access, const std::function<bool()> &readWhileChecking)
{
    m_error.clear();
    int userVersion = 0;
    if (!checkIsOurs(path, &userVersion))
        return false;
    const bool readOnly = access == Access::ReadOnly || !QFileInfo(path).isWritable();
    if (readOnly && userVersion < SchemaVersion)
        return fail(tr("“%1” uses an older schema (version %2) and must be upgraded, but it cannot be written.")
                        .arg(nativePath(path))
                        .arg(userVersion));
    // The integrity check reads the whole file. It must pass before an upgrade writes; otherwise it runs
    // on another thread while the caller reads, which halves the time to open a large file.
    const bool upgrade = !readOnly && userVersion < SchemaVersion;
    std::future<QString> integrity;
    if (upgrade || !readWhileChecking) {
        if (const QString problem = integrityProblem(path); !problem.isEmpty())
            return fail(problem);
    } else {
        integrity = std::async(std::launch::async, &Database::integrityProblem, path);
    }
    if (!readOnly) {
        if (!connect(path, false))
            return false;
        if (!migrate(userVersion))
            return fail(tr("Upgrading “%1” failed, nothing was changed: %2").arg(nativePath(path), m_error));
    }
    m_path = QFileInfo(path).absoluteFilePath();
    m_readOnly = readOnly;
    const bool read = !readWhileChecking || readWhileChecking();
    // A damaged file is refused whatever the read made of it.
    if (integrity.valid()) {
        if (const QString problem = integrity.get(); !problem.isEmpty())
            return fail(problem);
    }
    if (!read)
        close();
    return read;
}

bool Database::migrate(int fromVersion)
{
    for (int version = fromVersion + 1; version <= SchemaVersion; ++version) {
        // Another program may have upgraded the file since its version was read: each step looks again once
        // it holds the write lock, and skips what is already done.
        if (!execScript("BEGIN IMMEDIATE;"))
            return false;
        int current = 0;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle(), "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            current = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        if (current >= version) {
            if (!execScript("COMMIT;"))
                return false;
            continue;
        }
        const QByteArray step = readResource(QString::fromLatin1(MigrationResources[version - 1]));
        if (!execScript(step + "\nPRAGMA user_version = " + QByteArray::number(version) + ";\nCOMMIT;"))
            return false;
    }
    return true;
}

bool Database::createFromBundle(const QString &path)
{
    m_error.clear();
    if (QFileInfo::exists(path))
        return fail(tr("“%1” already exists; a new database is never written over a file.").arg(nativePath(path)));
    return buildFromBundle(path, false) && open(path);
}

bool Database::buildFromBundle(const QString &path, bool replace)
{
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(tr("Cannot create the folder “%1”.").arg(nativePath(target.absolutePath())));

    // Built beside the target under a name of its own and renamed at the end, so an interrupted creation
    // never leaves a half file under the real name, and two creations never write into one file.
    QString partial;
    {
        QTemporaryFile file(target.absoluteFilePath() + QStringLiteral(".XXXXXX.part"));
        file.setAutoRemove(false);
        if (!file.open())
            return fail(tr("Cannot create “%1”: %2").arg(nativePath(path), file.errorString()));
        // QTemporaryFile makes its file private (0600); the database gets what any new file would: 0666
        // less the umask, as SQLite gave it when it created the file itself.
        const mode_t mask = ::umask(0);
        ::umask(mask);
        ::fchmod(file.handle(), 0666 & ~mask);
        partial = file.fileName();
    }
    if (!connect(partial, false)) {
        QFile::remove(partial);
        return false;
    }
    const QByteArray dataset = readResource(QStringLiteral(":/db/data/dataset.sql"));
    const bool built = execScript("PRAGMA application_id = " + QByteArray::number(ApplicationId) + ";")
                       && migrate(0) && !dataset.isEmpty()
                       && execScript("BEGIN IMMEDIATE;\n" + dataset + "\nCOMMIT;");
    const QString buildError = m_error;
    close();
    if (!built) {
        QFile::remove(partial);
        return fail(tr("Cannot create “%1” from the bundled dataset: %2").arg(nativePath(path), buildError));
    }
    // rename(2) replaces the target in one step; QFile::rename refuses an existing one.
    const bool renamed = replace ? std::rename(QFile::encodeName(partial).constData(),
                                               QFile::encodeName(target.absoluteFilePath()).constData())
                                       == 0
                                 : QFile::rename(partial, path);
    if (!renamed) {
        const QString cause = replace ? qt_error_string(errno) : QString();
        QFile::remove(partial);
        return fail(tr("Cannot write “%1”.").arg(nativePath(path)) + (cause.isEmpty() ? QString() : QLatin1Char(' ') + cause));
    }
    return true;
}

Database::FileState Database::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileState::Missing;
    if (!info.isFile())
        return FileState::Other;
    if (info.size() == 0)
        return FileState::WithoutDataset;
    sqlite3 *db = nullptr;
    FileState state = FileState::Other;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_busy_timeout(db, 5000);
        const auto integer = [db](const char *sql, bool *ok) {
            sqlite3_stmt *statement = nullptr;
            int value = 0;
            *ok = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
                  && sqlite3_step(statement) == SQLITE_ROW;
            if (*ok)
                value = sqlite3_column_int(statement, 0);
            sqlite3_finalize(statement);
            return value;
        };
        bool ok = false;
        const int applicationId = integer("PRAGMA application_id", &ok);
        const int version = ok ? integer("PRAGMA user_version", &ok) : 0;
        if (ok && applicationId == ApplicationId && version >= 1 && version <= SchemaVersion) {
            const int models = integer("SELECT EXISTS (SELECT 1 FROM model)", &ok);
            if (ok)
                state = models == 0 ? FileState::WithoutDataset
                        : version < SchemaVersion ? FileState::OlderSchema
                                                  : FileState::Ready;
        } else if (ok && applicationId == ApplicationId && version == 0) {
            state = FileState::WithoutDataset; // ours, stopped before its schema was written
        }
    }
    sqlite3_close(db);
    return state;
}

bool Database::prepareOwnFile(const QString &path)
{
    m_error.clear();
    FileState state = inspect(path);
    if (state == FileState::Ready || state == FileState::Other)
        return true;
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return fail(tr("Cannot create the folder “%1”.").arg(nativePath(target.absolutePath())));
    QLockFile lock(target.absoluteFilePath() + QStringLiteral(".lock"));
    if (!lock.tryLock(PrepareLockTimeoutMs)) {
        if (lock.error() == QLockFile::LockFailedError)
            return fail(tr("Another LLM Atlas has been preparing “%1” for more than %2 seconds; try again once it is "
                           "done.")
                            .arg(nativePath(path))
                            .arg(PrepareLockTimeoutMs / 1000));
        return fail(tr("Cannot lock “%1” to prepare it (the folder cannot be written?).").arg(nativePath(path)));
    }
    // Another program may have done the work while this one waited.
    state = inspect(path);
    switch (state) {
    case FileState::Ready:
    case FileState::Other:
        return true;
    case FileState::Missing:
    case FileState::WithoutDataset:
        return buildFromBundle(path, state == FileState::WithoutDataset);
    case FileState::OlderSchema: {
        const bool upgraded = open(path);
        close();
        return upgraded;
    }
    }
    return true;
}

qint64 Database::addGpuConfiguration(const QString &name, qint64 gpuId, int count)
{
    if (m_readOnly) {
        m_error = tr("“%1” is open read-only.").arg(nativePath(m_path));
        return 0;
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO gpu_config (name, gpu_id, gpu_count, preset) VALUES (?, ?, ?, 0)"));
    query.addBindValue(name.trimmed());
    query.addBindValue(gpuId);
    query.addBindValue(count);
    if (!query.exec()) {
        m_error = tr("Cannot save the GPU configuration “%1”: %2").arg(name, query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool Database::saveAs(const QString &path)
{
    if (!isOpen()) {
        m_error = tr("No database is open.");
        return false;
    }
    const QFileInfo target(path);
    if (target.absoluteFilePath() == m_path) {
        m_error = tr("“%1” is the open file; choose another name to save a copy.").arg(nativePath(path));
        return false;
    }
    if (target.isDir()) {
        m_error = tr("“%1” is a folder.").arg(nativePath(path));
        return false;
    }
    const QString partial = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    {
        // VACUUM INTO writes into an empty file. Creating it here gives the system's reason when the folder
        // cannot be written ("Permission denied"), where SQLite would only say it cannot open a file.
        QFile created(partial);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_error = tr("Cannot save a copy as “%1”: %2").arg(nativePath(path), created.errorString());
            return false;
        }
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        // A lock is on the open file (writeFailure says so); anything else is about the copy being written.
        const QString driverMessage = query.lastError().text();
        const bool locked = driverMessage.contains(QLatin1String("locked"), Qt::CaseInsensitive)
                            || driverMessage.contains(QLatin1String("busy"), Qt::CaseInsensitive);
        const QString cause = locked ? writeFailure(driverMessage) : driverMessage + systemCause();
        m_error = tr("Cannot save a copy as “%1”: %2").arg(nativePath(path), cause);
        QFile::remove(partial);
        return false;
    }
    query.finish();
    // rename(2) replaces the target in one step; QFile::rename would refuse an existing target.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        m_error = tr("Cannot write “%1”: %2").arg(nativePath(path), qt_error_string(errno));
        QFile::remove(partial);
        return false;
    }
    return true;
}

QString Database::systemCause() const
{
    // SQLite's own words for a failed write ("disk I/O error", "unable to open database file") do not say
    // why; the system's do ("No space left on device", "Permission denied").
    sqlite3 *h = handle();
    if (!h)
        return QString();
    const int code = sqlite3_errcode(h) & 0xff;
    const int systemError = sqlite3_system_errno(h);
    if (systemError == 0 || (code != SQLITE_IOERR && code != SQLITE_CANTOPEN && code != SQLITE_FULL))
        return QString();
    return QStringLiteral(" (%1)").arg(qt_error_string(systemError));
}

QString Database::writeFailure(const QString &driverMessage) const
{
    if (driverMessage.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || driverMessage.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return tr("“%1” is locked by another program (perhaps another LLM Atlas window is saving to it). Nothing "
                  "was changed; try again in a moment, or open a copy.")
            .arg(nativePath(m_path));
    if (driverMessage.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || driverMessage.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return tr("“%1” is read-only. Nothing was changed; save a copy to edit it.").arg(nativePath(m_path));
    return driverMessage;
}
