// A full disk and a read-only destination for every way LLM Atlas writes a file: save-as, export table,
// export chart and report (and an import into a database on a full disk). Each must fail with a message
// naming the file and the cause, exit non-zero and leave the file already there byte for byte as it was,
// with no half-written file or temporary left beside it.
//
// The operations run as child processes: the real command line, and for save-as (which has no command)
// the fault driver, which calls AtlasDocument::saveAs as the window does.
// - Full disk: the child's file-size limit (RLIMIT_FSIZE, as `ulimit -f`) with SIGXFSZ ignored, so a
//   write past the limit fails with EFBIG the way a full disk fails with ENOSPC. It needs no privileges
//   and no filesystem image.
// - Read-only destination: a folder with mode 0555. Root ignores permission bits, so when the test runs
//   as root the child drops to the unprivileged uid/gid 65534 ("nobody") before it starts, and the folder
//   is then as read-only to it as to any user.
#include "testsupport.h"

#include <QDir>
#include <QProcess>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr rlim_t FullDiskBytes = 1024;

enum class Fault { FullDisk, ReadOnlyFolder };

struct Outcome
{
    int exitCode = -1;
    QString error;
};

QStringList folderListing(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_bundle;
    QTemporaryDir m_dir;

    Outcome run(const QString &program, const QStringList &arguments, Fault fault,
                rlim_t sizeLimit = FullDiskBytes)
    {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        const bool dropRoot = fault == Fault::ReadOnlyFolder && ::geteuid() == 0;
        process.setChildProcessModifier([fault, dropRoot, sizeLimit] {
            // Between fork and exec: only async-signal-safe calls.
            if (fault == Fault::FullDisk) {
                ::signal(SIGXFSZ, SIG_IGN);
                const rlimit limit{sizeLimit, sizeLimit};
                ::setrlimit(RLIMIT_FSIZE, &limit);
            } else if (dropRoot) {
                if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(125);
            }
        });
        process.start(program, arguments);
        Outcome outcome;
        if (!process.waitForFinished(120000))
            return outcome;
        outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        outcome.error = QString::fromUtf8(process.readAllStandardError());
        return outcome;
    }

    // A folder holding target with older contents, made read-only when asked.
    QString prepareFolder(const QString &name, const QString &target, Fault fault)
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        QFile previous(QDir(folder).filePath(target));
        previous.open(QIODevice::WriteOnly);
        previous.write("the previous file, which must survive\n");
        previous.close();
        // The file itself may be written: it is the folder that refuses the new file.
        previous.setPermissions(previous.permissions() | QFile::WriteGroup | QFile::WriteOther);
        if (fault == Fault::ReadOnlyFolder)
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        return folder;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_bundle.isValid() && m_dir.isValid());
        // The unprivileged child must reach the database and the folders under the temporary folder.
        const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QFile::setPermissions(m_dir.path(), open);
        QFile::setPermissions(m_bundle.folder(), open);
    }

    void cleanupTestCase()
    {
        // QTemporaryDir must be able to delete what the read-only folders hold.
        for (const QString &folder : folderListing(m_dir.path()))
            QFile::setPermissions(m_dir.filePath(folder),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void writeRefused_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("cause");
        const struct
        {
            const char *operation;
            const char *target;
        } operations[] = {
            {"save-as", "copy.sqlite"},
            {"export table", "models.csv"},
            {"export chart", "tiers.png"},
            {"report", "report.pdf"},
        };
        for (const auto &op : operations) {
            QTest::addRow("%s to a full disk", op.operation)
                << QString::fromLatin1(op.operation) << QString::fromLatin1(op.target) << int(Fault::FullDisk)
                << QStringLiteral("File too large");
            QTest::addRow("%s to a read-only folder", op.operation)
                << QString::fromLatin1(op.operation) << QString::fromLatin1(op.target)
                << int(Fault::ReadOnlyFolder) << QStringLiteral("Permission denied");
        }
    }

    void writeRefused()
    {
        QFETCH(QString, operation);
        QFETCH(QString, target);
        QFETCH(int, fault);
        QFETCH(QString, cause);
        const QString folder =
            prepareFolder(QString(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')),
                          target, Fault(fault));
        const QString path = QDir(folder).filePath(target);
        const QByteArray previous = fileBytes(path);
        const QStringList listing = folderListing(folder);

        const QString db = m_bundle.path();
        QString program = QStringLiteral(LLM_ATLAS_BINARY);
        QStringList arguments;
        if (operation == QLatin1String("save-as")) {
            program = QStringLiteral(LLM_ATLAS_FAULT_DRIVER);
            arguments = {QStringLiteral("saveas"), db, path, QStringLiteral("1")};
        } else if (operation == QLatin1String("export table")) {
            arguments = {QStringLiteral("export"), QStringLiteral("table"), QStringLiteral("models")};
        } else if (operation == QLatin1String("export chart")) {
            arguments = {QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("tiers")};
        } else {
            arguments = {QStringLiteral("report"), QStringLiteral("--gpu"),
                         QStringLiteral("h100"),   QStringLiteral("--count"),
                         QStringLiteral("2"),      QStringLiteral("--tokens-per-month"),
                         QStringLiteral("500M")};
        }
        if (program == QLatin1String(LLM_ATLAS_BINARY))
            arguments << QStringLiteral("--out") << path << QStringLiteral("--db") << db;

        const Outcome outcome = run(program, arguments, Fault(fault));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.error.contains(target), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(cause), qPrintable(outcome.error));
        QCOMPARE(fileBytes(path), previous);
        QCOMPARE(folderListing(folder), listing);
    }

    void importOnFullDisk()
    {
        // The database may not grow: the import's transaction fails and is rolled back whole.
        const QString folder = m_dir.filePath(QStringLiteral("import"));
        QDir().mkpath(folder);
        const QString db = QDir(folder).filePath(QStringLiteral("atlas.sqlite"));
        QVERIFY(QFile::copy(m_bundle.path(), db));
        QFile csv(QDir(folder).filePath(QStringLiteral("gpus.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("name,vendor,memory_gib,memory_kind,bandwidth_gb_s,fp16_tflops,notes\n");
        for (int i = 1; i <= 2000; ++i)
            csv.write("Imported GPU " + QByteArray::number(i) +
                      ",Acme,24,GDDR7,1000,150,a long note to fill pages\n");
        csv.close();
        const QByteArray before = fileBytes(db);
        const QString dumpBefore = databaseDump(db);

        const Outcome outcome = run(QStringLiteral(LLM_ATLAS_BINARY),
                                    {QStringLiteral("import"), csv.fileName(), QStringLiteral("--kind"),
                                     QStringLiteral("gpus"), QStringLiteral("--db"), db},
                                    Fault::FullDisk, rlim_t(before.size()));
        QCOMPARE(outcome.exitCode, 1);
        QVERIFY2(outcome.error.contains(QLatin1String("full")) ||
                     outcome.error.contains(QLatin1String("File too large")),
                 qPrintable(outcome.error));
        QCOMPARE(databaseDump(db), dumpBefore);
        QCOMPARE(fileBytes(db), before);
        QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
    }
};

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
