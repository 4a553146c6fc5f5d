// The first run as scripts make it: several llm-atlas processes started at once on a home without a
// database. Every one must succeed and the default database they leave must hold the bundled dataset.
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    static QString defaultDatabase(const QTemporaryDir &home)
    {
        return home.filePath(QStringLiteral("data/LLM Atlas/llm-atlas/llm-atlas.sqlite"));
    }

    static std::unique_ptr<QProcess> start(const QTemporaryDir &home, const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(LLM_ATLAS_BINARY), arguments);
        return process;
    }

    // The bundled catalogue's model count, which every whole first run must reach.
    static int bundledModels()
    {
        static const int count = BundledDatabaseFile().rowCount(QStringLiteral("model"));
        return count;
    }

    static int modelCount(const QString &path)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery query(db);
            if (db.open() && query.exec(QStringLiteral("SELECT count(*) FROM model")) && query.next())
                count = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    }

    // Writes a database that holds the schema but no dataset, as a raced first run of an earlier version
    // left it: the bundled file with every row deleted.
    static bool writeEmptyDatabase(const QString &path)
    {
        BundledDatabaseFile bundled;
        if (!bundled.isValid() || !QDir().mkpath(QFileInfo(path).absolutePath()) || !QFile::copy(bundled.path(), path))
            return false;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("empty"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            ok = db.open() && query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
            QStringList tables;
            while (query.next())
                tables << query.value(0).toString();
            for (const QString &table : std::as_const(tables))
                ok = ok && QSqlQuery(db).exec(QStringLiteral("DELETE FROM %1").arg(table));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("empty"));
        return ok;
    }

private slots:
    void concurrentFirstRunsAllSucceed()
    {
        constexpr int Rounds = 20;
        constexpr int Processes = 8;
        for (int round = 0; round < Rounds; ++round) {
            QTemporaryDir home;
            QVERIFY(home.isValid());
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < Processes; ++i)
                processes.push_back(start(home, {QStringLiteral("list"), QStringLiteral("models"),
                                                 QStringLiteral("--format"), QStringLiteral("json")}));
            for (const auto &process : processes) {
                QVERIFY(process->waitForFinished(60000));
                const QByteArray err = process->readAllStandardError();
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
                         qPrintable(QStringLiteral("round %1: exit %2: %3")
                                        .arg(round)
                                        .arg(process->exitCode())
                                        .arg(QString::fromUtf8(err))));
                QCOMPARE(QJsonDocument::fromJson(process->readAllStandardOutput()).array().size(), bundledModels());
            }
            QCOMPARE(modelCount(defaultDatabase(home)), bundledModels());
            // Nothing is left beside it but the lock: no half-built copies.
            const QStringList left = QDir(QFileInfo(defaultDatabase(home)).absolutePath())
                                         .entryList(QDir::Files | QDir::Hidden);
            for (const QString &name : left)
                QVERIFY2(name == QLatin1String("llm-atlas.sqlite") || name.endsWith(QLatin1String(".lock")),
                         qPrintable(name));
        }
    }

    void anEmptyDefaultDatabaseIsRebuilt()
    {
        QTemporaryDir home;
        QVERIFY(writeEmptyDatabase(defaultDatabase(home)));
        QCOMPARE(modelCount(defaultDatabase(home)), 0);
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i)
            processes.push_back(start(home, {QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--format"),
                                             QStringLiteral("json")}));
        for (const auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 0);
            QCOMPARE(QJsonDocument::fromJson(process->readAllStandardOutput()).array().size(), bundledModels());
        }
        QCOMPARE(modelCount(defaultDatabase(home)), bundledModels());
    }

    void anOlderDefaultDatabaseIsUpgradedOnce()
    {
        // Several processes find a schema-2 file: one upgrades it, the others wait and use the result.
        QTemporaryDir home;
        const QString path = defaultDatabase(home);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        {
            BundledDatabaseFile bundled;
            QVERIFY(bundled.isValid());
            QVERIFY(QFile::copy(bundled.path(), path));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QSqlQuery query(db);
            QVERIFY(db.open());
            // Schema 3 added the edited_at and edited_fields columns, schema 4 the GPU's price dates, provider
            // and memory share, schema 5 the measured_size table, schema 6 the measurement table; take them away
            // and say it is version 2.
            query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
            QStringList tables;
            while (query.next())
                tables << query.value(0).toString();
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery columns(db);
                columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE name LIKE 'edited_%' "
                                     "OR name IN ('street_price_as_of', 'cloud_provider', 'gpu_memory_share')").arg(table));
                QStringList added;
                while (columns.next())
                    added << columns.value(0).toString();
                for (const QString &column : std::as_const(added))
                    QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(table, column)));
            }
            QVERIFY(query.exec(QStringLiteral("DROP TABLE measured_size")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE measurement")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 2")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 6; ++i)
            processes.push_back(start(home, {QStringLiteral("list"), QStringLiteral("models")}));
        for (const auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }
        QCOMPARE(modelCount(path), bundledModels());
    }
};

QTEST_GUILESS_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
