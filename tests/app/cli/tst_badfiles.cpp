// Bad database files, each with the message it must produce, tried through every way a file is opened:
// the data layer, the window's File > Open and the command line. None of them may change the file.
#include "app/gui/mainwindow.h"
#include "models/document/atlasdocument.h"
#include "testsupport.h"
#include "views/dialogs/dialogs.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sqlite3.h>

class TestBadFiles : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_bundle;
    QTemporaryDir m_dir;

    static QString corpus(const char *name)
    {
        return QStringLiteral(LLM_ATLAS_TEST_DATA "/badfiles/") + QLatin1String(name);
    }

    // A copy of the bundled database changed by SQL run outside LLM Atlas, as another tool would.
    QString bundleVariant(const QString &name, const char *sql)
    {
        const QString path = m_dir.filePath(name);
        QFile::copy(m_bundle.path(), path);
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return path;
    }

    QString truncatedBundle()
    {
        const QString path = m_dir.filePath(QStringLiteral("truncated.sqlite"));
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        const QByteArray bytes = fileBytes(m_bundle.path());
        out.write(bytes.left(bytes.size() / 2));
        return path;
    }

    // A copy of the bundled database whose name index (which no read of the tables uses) is overwritten:
    // only SQLite's integrity check finds it, while the tables read well beside it.
    QString damagedIndexBundle()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged-index.sqlite"));
        QFile::copy(m_bundle.path(), path);
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema "
                           "WHERE type = 'index' AND tbl_name = 'model' ORDER BY name LIMIT 1",
                           -1, &statement, nullptr);
        const bool found = sqlite3_step(statement) == SQLITE_ROW;
        const qint64 page = sqlite3_column_int64(statement, 0);
        const qint64 pageSize = sqlite3_column_int64(statement, 1);
        sqlite3_finalize(statement);
        sqlite3_close(db);
        if (!found || page < 2)
            return QString();
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize)
            || file.write(QByteArray(pageSize, '\xff')) != pageSize)
            return QString();
        return path;
    }

    // Every way to open a file must refuse it with the message and leave its bytes alone.
    void checkRefused(const QString &path, const QString &message)
    {
        const QByteArray before = QFileInfo(path).isFile() ? fileBytes(path) : QByteArray();

        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(message), qPrintable(db.errorString()));

        AtlasDocument document;
        QVERIFY(document.open(m_bundle.path()));
        MainWindow window(&document);
        QString shown;
        Dialogs::setErrorHook([&](const QString &, const QString &text) { shown = text; });
        QVERIFY(!window.openFile(path));
        Dialogs::setErrorHook({});
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QCOMPARE(document.filePath(), QFileInfo(m_bundle.path()).absoluteFilePath());

        QProcess cli;
        cli.start(QStringLiteral(LLM_ATLAS_BINARY), {QStringLiteral("list"), QStringLiteral("models"),
                                                     QStringLiteral("--db"), path});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(cli.readAllStandardOutput().isEmpty());

        if (QFileInfo(path).isFile())
            QCOMPARE(fileBytes(path), before);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_bundle.isValid() && m_dir.isValid());
    }

    void corpusFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << "empty.sqlite" << "is empty";
        QTest::addRow("random bytes") << "random-bytes.sqlite" << "not an SQLite file";
        QTest::addRow("a CSV under a database name") << "spreadsheet.sqlite" << "not an SQLite file";
        QTest::addRow("header only") << "header-only.sqlite" << "is damaged";
        QTest::addRow("another application's database") << "bookmarks.sqlite" << "another application";
    }

    void corpusFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        // Work on a copy: the corpus in the repository must stay as committed.
        const QString path = m_dir.filePath(file);
        QFile::remove(path);
        QVERIFY(QFile::copy(corpus(file.toUtf8().constData()), path));
        checkRefused(path, message);
    }

    void damagedOrForeignVariants()
    {
        checkRefused(truncatedBundle(), QStringLiteral("is damaged"));
        const QString damagedIndex = damagedIndexBundle();
        QVERIFY(!damagedIndex.isEmpty());
        checkRefused(damagedIndex, QStringLiteral("is damaged: SQLite's integrity check failed"));
        checkRefused(bundleVariant(QStringLiteral("newer.sqlite"), "PRAGMA user_version = 42;"),
                     QStringLiteral("newer version of LLM Atlas"));
        checkRefused(bundleVariant(QStringLiteral("trigger.sqlite"),
                                   "CREATE TRIGGER sneaky AFTER INSERT ON model BEGIN DELETE FROM source; END;"),
                     QStringLiteral("contains a trigger (“sneaky”)"));
        checkRefused(bundleVariant(QStringLiteral("view.sqlite"), "CREATE VIEW everything AS SELECT * FROM model;"),
                     QStringLiteral("contains a view (“everything”)"));
        checkRefused(bundleVariant(QStringLiteral("no-tables.sqlite"), "DROP TABLE tier_entry;"),
                     QStringLiteral("“tier_entry” is missing"));
        checkRefused(m_dir.path(), QStringLiteral("is a folder"));
        checkRefused(m_dir.filePath(QStringLiteral("absent.sqlite")), QStringLiteral("does not exist"));
    }

    void lockedFile()
    {
        // Another program holds an exclusive lock mid-write: the file is busy, not damaged.
        const QString path = m_dir.filePath(QStringLiteral("locked.sqlite"));
        QFile::copy(m_bundle.path(), path);
        sqlite3 *holder = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &holder), SQLITE_OK);
        QCOMPARE(sqlite3_exec(holder, "BEGIN EXCLUSIVE; UPDATE source SET note = 'held' WHERE id = 1;", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("in use by another program")), qPrintable(db.errorString()));
        sqlite3_exec(holder, "ROLLBACK;", nullptr, nullptr, nullptr);
        sqlite3_close(holder);
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
    }
};

QTEST_MAIN(TestBadFiles)
#include "tst_badfiles.moc"
