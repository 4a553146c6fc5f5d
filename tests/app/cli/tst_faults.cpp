// The app killed (SIGKILL) in the middle of a large import, an edit and a save-as, many times over. After
// every kill the file must open in LLM Atlas, pass SQLite's integrity check and hold the content from
// before or after the interrupted operation, never a mix of the two; a save-as destination must hold the
// previous file or the complete copy, never part of one.
//
// Imports run through the real command line (`llm-atlas import`). The command line has no edit or save-as
// command, so edits and saves run in faultdriver, a small program that links the app's core libraries and
// performs the real operations (AtlasDocument, DatasetWriter, Database::saveAs) in a loop.
//
// Kill moments come from a fixed seed, so a failure replays the same way. Half the kills wait for the
// moment SQLite starts writing (its journal, or the save's ".part" file, appears) and strike a little
// after, so they land inside the write rather than in start-up.
#include "db/datasetreader.h"
#include "models/core/dataset.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

namespace {

// Fewer under the sanitizers, whose run is after memory errors, not more kills.
constexpr int KillsPerKind = LLM_ATLAS_FAULT_KILLS;
constexpr int ImportedGpus = 2000;

// What the kills of one kind did, for the log (and the README's figures).
struct Tally
{
    int runs = 0;
    int kills = 0;       // runs that had not finished when the kill came
    int duringWrite = 0; // the journal or the partial copy was on disk when the process died
    int before = 0;      // the file held the content from before the operation
    int after = 0;       // ... from after it
};

QString normalized(QString dump)
{
    // An edit's time stamp is the only thing two runs of the same import write differently.
    static const QRegularExpression timestamp(QStringLiteral("'\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ'"));
    return dump.replace(timestamp, QStringLiteral("'<time>'"));
}

// Opens path the way the app does (a read-only open first, as every command that only reads), then runs
// the full integrity and foreign-key checks. Returns an empty string when all is well.
QString checkFile(const QString &path)
{
    Database db;
    if (!db.open(path, Database::Access::ReadOnly))
        return QStringLiteral("LLM Atlas cannot open it: ") + db.errorString();
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")})
        return QStringLiteral("integrity_check: ") + problems.join(QLatin1Char('\n'));
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next())
        return QStringLiteral("foreign_key_check found a dangling reference");
    return QString();
}

QStringList column(const QString &path, const QString &sql)
{
    QStringList values;
    const QString name = QStringLiteral("faults-query");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(sql);
            while (query.next())
                values << query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

void replaceFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile::remove(to + QStringLiteral("-journal"));
    QVERIFY(QFile::copy(from, to));
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_bundle;
    QTemporaryDir m_dir;
    QRandomGenerator m_random{20260401};

    enum class Moment { AfterDelay, WhenWriting };

    // Starts the program, waits for its "ready" line when it prints one, then kills it with SIGKILL at the
    // moment asked for. Returns whether writeMarker (a journal or partial file) was on disk when it died.
    bool runAndKill(const QString &program, const QStringList &arguments, bool waitsForReady, Moment moment,
                    int delayMicroseconds, const QString &writeMarker, bool *finishedFirst)
    {
        QProcess process;
        if (!waitsForReady)
            process.setStandardOutputFile(QProcess::nullDevice()); // an import's report must not fill a pipe
        process.start(program, arguments);
        if (!process.waitForStarted(10000))
            return false;
        if (waitsForReady) {
            while (!process.canReadLine() && process.waitForReadyRead(10000)) {
            }
        }
        QElapsedTimer clock;
        clock.start();
        bool running = true;
        if (moment == Moment::WhenWriting) {
            while (running && !QFileInfo::exists(writeMarker) && clock.elapsed() < 20000) {
                running = !process.waitForFinished(0);
                QThread::usleep(200);
            }
            clock.restart();
        }
        // Short sleeps, not a busy wait: on a small machine the child needs the processor.
        while (running && clock.nsecsElapsed() / 1000 < delayMicroseconds) {
            running = !process.waitForFinished(0);
            QThread::usleep(200);
        }
        if (running)
            process.kill(); // SIGKILL: no handler, no clean-up, as a crash or a power cut of the process
        process.waitForFinished(10000);
        *finishedFirst = !running;
        return QFileInfo::exists(writeMarker);
    }

    void printTally(const char *kind, const Tally &tally)
    {
        qInfo(
            "%s: %d runs, %d killed, %d while writing; %d files held the content from before, %d from after, "
            "0 mixed or damaged",
            kind, tally.runs, tally.kills, tally.duringWrite, tally.before, tally.after);
    }

    QString bigImport()
    {
        Database db;
        Dataset dataset;
        QString error;
        if (!db.open(m_bundle.path(), Database::Access::ReadOnly) || !DatasetReader::load(db.connection(), &dataset, &error))
            return QString();
        QByteArray csv = "name,vendor,memory_gib,memory_kind,bandwidth_gb_s,fp16_tflops,notes\n";
        // Every GPU already there changes and many new ones arrive: a half-applied import would show.
        for (const GpuRecord &gpu : std::as_const(dataset.gpus))
            csv += "\"" + gpu.name.toUtf8() + "\"," + gpu.vendor.toUtf8() + "," +
                   QByteArray::number(gpu.memoryGib) + "," + gpu.memoryKind.toUtf8() + "," +
                   QByteArray::number(gpu.bandwidthGbPerS) + "," + QByteArray::number(gpu.fp16Tflops) +
                   ",changed by the import\n";
        for (int i = 1; i <= ImportedGpus; ++i)
            csv += "Imported GPU " + QByteArray::number(i) + ",Acme,24,GDDR7,1000,150,new from the import\n";
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
            return QString();
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_bundle.isValid() && m_dir.isValid()); }

    void hotJournalIsRolledBack()
    {
        // The state a crash leaves, made without one: copies of the file and its journal taken while a
        // transaction has already written changed pages into the file. A read-only open (every command
        // that only reads) once called this "damaged: attempt to write a readonly database".
        const QString path = m_dir.filePath(QStringLiteral("hot.sqlite"));
        const QString working = m_dir.filePath(QStringLiteral("hot-working.sqlite"));
        replaceFile(m_bundle.path(), working);
        sqlite3 *writer = nullptr;
        QCOMPARE(sqlite3_open(working.toUtf8().constData(), &writer), SQLITE_OK);
        QCOMPARE(sqlite3_exec(writer,
                              "PRAGMA cache_size = 1; BEGIN; UPDATE gpu SET notes = hex(randomblob(500)); "
                              "UPDATE model SET notes = hex(randomblob(500));",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QFile::remove(path);
        QVERIFY(QFile::copy(working, path));
        QVERIFY(QFile::copy(working + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
        sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(writer);
        QVERIFY(fileBytes(path) != fileBytes(m_bundle.path())); // half-written: the journal is needed

        const QString problem = checkFile(path);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        QCOMPARE(databaseDump(path), databaseDump(m_bundle.path()));
    }

    void killedImport()
    {
        const QString csv = bigImport();
        QVERIFY(!csv.isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("import.sqlite"));
        const QStringList arguments{QStringLiteral("import"), csv,
                                    QStringLiteral("--kind"), QStringLiteral("gpus"),
                                    QStringLiteral("--db"),   path};
        const QString before = normalized(databaseDump(m_bundle.path()));

        // The content after: the same import run to its end, once.
        replaceFile(m_bundle.path(), path);
        QElapsedTimer clock;
        clock.start();
        QProcess whole;
        whole.setStandardOutputFile(QProcess::nullDevice());
        whole.start(QStringLiteral(LLM_ATLAS_BINARY), arguments);
        QVERIFY(whole.waitForFinished(120000));
        QCOMPARE(whole.exitCode(), 0);
        const qint64 wholeRunMicroseconds = clock.nsecsElapsed() / 1000;
        const QString after = normalized(databaseDump(path));
        QVERIFY(after != before);

        Tally tally;
        for (int i = 0; i < KillsPerKind; ++i) {
            replaceFile(m_bundle.path(), path);
            // Timed kills spread over the whole run, start-up included; the others strike inside the write.
            const bool timed = i % 2 == 0;
            const int delay =
                timed ? int(m_random.bounded(wholeRunMicroseconds * 3 / 2)) : int(m_random.bounded(20000));
            bool finished = false;
            if (runAndKill(QStringLiteral(LLM_ATLAS_BINARY), arguments, false,
                           timed ? Moment::AfterDelay : Moment::WhenWriting, delay,
                           path + QStringLiteral("-journal"), &finished))
                ++tally.duringWrite;
            ++tally.runs;
            tally.kills += finished ? 0 : 1;
            const QString problem = checkFile(path);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(problem)));
            const QString now = normalized(databaseDump(path));
            QVERIFY2(now == before || now == after, qPrintable(QStringLiteral("kill %1 left a mix").arg(i)));
            ++(now == before ? tally.before : tally.after);
        }
        printTally("import", tally);
    }

    void killedEdits()
    {
        const QString path = m_dir.filePath(QStringLiteral("edit.sqlite"));
        const QString before = databaseDump(m_bundle.path());
        // The edits touch only notes and add "Fault GPU" rows; everything else must stay as it was.
        const auto untouched = [](const QString &file) {
            return column(file, QStringLiteral(
                                    "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) +
                   column(file, QStringLiteral(
                                    "SELECT id || name || total_params || license FROM model ORDER BY id")) +
                   column(file,
                          QStringLiteral("SELECT id || name || memory_gib || coalesce(street_price_usd, '') "
                                         "FROM gpu WHERE name NOT LIKE 'Fault GPU %' ORDER BY id")) +
                   column(file,
                          QStringLiteral("SELECT count(*) FROM tier_entry UNION ALL SELECT count(*) FROM "
                                         "source UNION ALL SELECT count(*) FROM api_price"));
        };
        const QStringList untouchedBefore = untouched(m_bundle.path());

        Tally tally;
        for (int i = 0; i < KillsPerKind; ++i) {
            replaceFile(m_bundle.path(), path);
            const bool timed = i % 2 == 0;
            const int delay = int(m_random.bounded(timed ? 300000 : 3000));
            bool finished = false;
            if (runAndKill(QStringLiteral(LLM_ATLAS_FAULT_DRIVER), {QStringLiteral("edit"), path}, true,
                           timed ? Moment::AfterDelay : Moment::WhenWriting, delay,
                           path + QStringLiteral("-journal"), &finished))
                ++tally.duringWrite;
            QVERIFY2(!finished, "the edit loop ended by itself");
            ++tally.runs;
            tally.kills += finished ? 0 : 1;
            const QString problem = checkFile(path);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(problem)));
            if (databaseDump(path) == before) {
                ++tally.before;
                continue;
            }
            // Step K of the loop leaves every note as "fault edit K" and the GPUs it added: those of steps
            // 1..K but the undone ones (every third, though K itself while its undo had not run).
            const QStringList notes =
                column(path, QStringLiteral("SELECT notes FROM model UNION SELECT notes FROM gpu"));
            QVERIFY2(notes.size() == 1 && notes.first().startsWith(QLatin1String("fault edit ")),
                     qPrintable(QStringLiteral("kill %1 left a mix of notes: %2")
                                    .arg(i)
                                    .arg(notes.join(QLatin1String(" | ")))));
            const int step = notes.first().mid(11).toInt();
            QStringList expectedGpus;
            for (int s = 1; s <= step; ++s) {
                if (s % 3 != 0 || s == step)
                    expectedGpus << QStringLiteral("Fault GPU %1").arg(s);
            }
            QCOMPARE(column(path,
                            QStringLiteral("SELECT name FROM gpu WHERE name LIKE 'Fault GPU %' ORDER BY id")),
                     expectedGpus);
            QCOMPARE(untouched(path), untouchedBefore);
            ++tally.after;
        }
        printTally("edit", tally);
    }

    void killedSaveAs()
    {
        // The source: the bundle with an edit, so its copy differs from the file it replaces.
        const QString source = m_dir.filePath(QStringLiteral("saveas-source.sqlite"));
        replaceFile(m_bundle.path(), source);
        {
            Database db;
            QVERIFY(db.open(source));
            QSqlQuery(db.connection()).exec(QStringLiteral("UPDATE gpu SET notes = 'saved as a copy'"));
        }
        const QString previous = m_dir.filePath(QStringLiteral("saveas-previous.sqlite"));
        replaceFile(m_bundle.path(), previous);
        const QByteArray previousBytes = fileBytes(previous);
        const QString copy = databaseDump(source);
        const QByteArray sourceBytes = fileBytes(source);
        const QString destination = m_dir.filePath(QStringLiteral("saveas-destination.sqlite"));

        Tally tally;
        for (int i = 0; i < KillsPerKind; ++i) {
            // A third of the saves go to a new name, the others over an existing file.
            QFile::remove(destination);
            QFile::remove(destination + QStringLiteral(".part"));
            const bool overExisting = i % 3 != 0;
            if (overExisting)
                QVERIFY(QFile::copy(previous, destination));
            const bool timed = i % 2 == 0;
            const int delay = int(m_random.bounded(timed ? 300000 : 20000));
            bool finished = false;
            if (runAndKill(QStringLiteral(LLM_ATLAS_FAULT_DRIVER),
                           {QStringLiteral("saveas"), source, destination, QStringLiteral("0")}, true,
                           timed ? Moment::AfterDelay : Moment::WhenWriting, delay,
                           destination + QStringLiteral(".part"), &finished))
                ++tally.duringWrite;
            QVERIFY2(!finished, "the save-as loop ended by itself");
            ++tally.runs;
            tally.kills += finished ? 0 : 1;
            QCOMPARE(fileBytes(source), sourceBytes);
            if (!QFileInfo::exists(destination)) {
                QVERIFY2(!overExisting, qPrintable(QStringLiteral("kill %1 lost the previous file").arg(i)));
                ++tally.before;
                continue;
            }
            if (overExisting && fileBytes(destination) == previousBytes) {
                ++tally.before;
                continue;
            }
            const QString problem = checkFile(destination);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("kill %1: %2").arg(i).arg(problem)));
            QVERIFY2(databaseDump(destination) == copy,
                     qPrintable(QStringLiteral("kill %1 left a partial copy").arg(i)));
            ++tally.after;
        }
        printTally("save-as", tally);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
