#pragma once

#include "db/database.h"
#include "db/datasetreader.h"
#include "models/core/dataset.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

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

    // The bundled data as the app reads it; false, with *error saying why, when it cannot be read.
    bool load(Dataset *dataset, QString *error) const
    {
        Database db;
        if (!db.open(path(), Database::Access::ReadOnly)) {
            *error = db.errorString();
            return false;
        }
        return DatasetReader::load(db.connection(), dataset, error);
    }

    // How many rows the bundled data has in `table` ("model", "gpu", "api_price"): tests that count rows
    // follow the catalogue instead of repeating its size.
    int rowCount(const QString &table) const
    {
        Database db;
        if (!db.open(path(), Database::Access::ReadOnly))
            return -1;
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private:
    QTemporaryDir m_dir;
    bool m_created = false;
};

// The article's eight models, found by name (the bundled catalogue holds them among many more).
inline const QStringList &articleModelNames()
{
    static const QStringList names{QStringLiteral("DeepSeek V3.2"), QStringLiteral("Qwen 3.5"),
                                   QStringLiteral("DeepSeek R1"),   QStringLiteral("Qwen3-Coder-Next"),
                                   QStringLiteral("Llama 3.3 70B"), QStringLiteral("Mistral Large 3"),
                                   QStringLiteral("Llama 4 Maverick"), QStringLiteral("Llama 4 Scout")};
    return names;
}

// The dataset with only the article's eight models: for views whose checks are about a chart of a few
// named rows, not about the catalogue's size.
inline Dataset withArticleModelsOnly(const Dataset &dataset)
{
    Dataset article = dataset;
    article.models.removeIf([](const ModelRecord &model) { return !articleModelNames().contains(model.name); });
    article.reindex();
    return article;
}

// The dataset with `count` more models, "Bulk 01" onwards, copies of its first: more rows than a chart
// can name.
inline Dataset withBulkModels(const Dataset &dataset, int count)
{
    Dataset bulk = dataset;
    for (int i = 1; i <= count; ++i) {
        ModelRecord model = dataset.models.first();
        model.id = 1000 + i;
        model.name = QStringLiteral("Bulk %1").arg(i, 2, 10, QLatin1Char('0'));
        bulk.insert(model);
    }
    return bulk;
}

// The first huge-page boundary (2 MiB) after data: where adviseHugePages() starts advising an array.
inline const char *firstHugePageAfter(const void *data)
{
    constexpr quintptr HugePage = 2 * 1024 * 1024;
    return reinterpret_cast<const char *>((quintptr(data) + HugePage - 1) & ~(HugePage - 1));
}

// Whether the mapping holding address was advised to use huge pages ("hg" in its flags in
// /proc/self/smaps); nullopt where the system cannot say (no smaps, no transparent huge pages).
inline std::optional<bool> hugePagesAdvised(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"))
        || !smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    bool inside = false;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        bool isRange = false;
        if (dash > 0 && space > dash) {
            const quintptr start = line.left(dash).toULongLong(&isRange, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(nullptr, 16);
            if (isRange)
                inside = start <= quintptr(address) && quintptr(address) < end;
        }
        if (inside && line.startsWith("VmFlags:"))
            return line.split(' ').contains("hg");
    }
    return std::nullopt;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs statements on a database file with its foreign keys on (so deletes cascade as in the app), to make
// a file as an earlier version or another tool left it; false when one fails.
inline bool execOnFile(const QString &path, const QStringList &statements)
{
    bool done = true;
    const QString name = QStringLiteral("exec-%1").arg(quintptr(&done));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        done = db.open() && query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        for (const QString &statement : statements)
            done = done && query.exec(statement);
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

// Every row of every table of a database file as text, with each value's SQLite type, so two states of a
// file can be compared exactly (undo restoring what was there, an import that must change nothing).
inline QString databaseDump(const QString &path)
{
    QString dump;
    const QString name = QStringLiteral("dump-%1").arg(quintptr(&dump));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            QSqlQuery columns(db);
            columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
            QStringList quoted;
            while (columns.next())
                quoted << QStringLiteral("typeof(%1) || ':' || quote(%1)").arg(columns.value(0).toString());
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(quoted.join(QStringLiteral(" || '|' || ")), table));
            dump += QStringLiteral("[%1]\n").arg(table);
            while (rows.next())
                dump += rows.value(0).toString() + QLatin1Char('\n');
        }
        QSqlQuery version(db);
        version.exec(QStringLiteral("PRAGMA user_version"));
        if (version.next())
            dump += QStringLiteral("user_version=%1\n").arg(version.value(0).toInt());
    }
    QSqlDatabase::removeDatabase(name);
    return dump;
}

// What one run of the command line printed and how it ended (-1: it crashed or hung).
struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the app's binary as a user's shell would, with home as the user's home (so settings and the default
// database land there) and no display: a command must never need one.
inline CommandResult runCommand(const QString &binary, const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(binary, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}
