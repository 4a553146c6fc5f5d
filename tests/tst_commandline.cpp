// Runs the built llm-atlas binary as a user would, and checks its output and exit codes.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    BundledDatabaseFile m_file;
    QTemporaryDir m_home; // the user's data folder, so the default database lands here

    Result run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a command must not need one
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LLM_ATLAS_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    QJsonArray runJson(const QStringList &arguments)
    {
        const Result result = run(arguments);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", result.out.constData());
        return doc.array();
    }

    static QStringList names(const QJsonArray &rows)
    {
        QStringList list;
        for (const QJsonValue &row : rows)
            list << row[QStringLiteral("name")].toString();
        return list;
    }

private slots:
    void initTestCase() { QVERIFY(m_file.isValid() && m_home.isValid()); }

    void version()
    {
        const Result result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("llm-atlas " LLM_ATLAS_VERSION "\n"));
    }

    void listModelsAsJson()
    {
        const QJsonArray rows = runJson({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--format"),
                                         QStringLiteral("json"), QStringLiteral("--db"), m_file.path()});
        QCOMPARE(rows.size(), 8);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first[QStringLiteral("name")].toString(), QStringLiteral("DeepSeek V3.2"));
        QCOMPARE(first[QStringLiteral("tier")].toString(), QStringLiteral("S"));
        QVERIFY(first[QStringLiteral("total_params")].isDouble());
        QCOMPARE(first[QStringLiteral("total_params")].toInteger(), 685'000'000'000LL);
        QCOMPARE(first[QStringLiteral("active_params")].toInteger(), 37'000'000'000LL);
        QCOMPARE(rows.at(3)[QStringLiteral("name")].toString(), QStringLiteral("Qwen3-Coder-Next"));
        QCOMPARE(rows.at(3)[QStringLiteral("active_params")].toInteger(), 3'000'000'000LL);
    }

    void dbOptionBeforeTheCommand()
    {
        const QJsonArray rows = runJson({QStringLiteral("--db"), m_file.path(), QStringLiteral("list"),
                                         QStringLiteral("models"), QStringLiteral("--tier"), QStringLiteral("c"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(names(rows), QStringList({"Llama 4 Maverick", "Llama 4 Scout"}));
    }

    void sortsByAnyColumn()
    {
        const QJsonArray rows =
            runJson({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--sort"),
                     QStringLiteral("total_params:desc"), QStringLiteral("--format=json"), QStringLiteral("--db"), m_file.path()});
        QCOMPARE(names(rows).first(), QStringLiteral("DeepSeek V3.2"));
        QCOMPARE(names(rows).last(), QStringLiteral("Llama 3.3 70B"));
        const QJsonArray byTier = runJson({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--sort"),
                                           QStringLiteral("tier:desc"), QStringLiteral("--format=json"),
                                           QStringLiteral("--db"), m_file.path()});
        QCOMPARE(byTier.first()[QStringLiteral("tier")].toString(), QStringLiteral("C"));
    }

    void csvAndTableFormats()
    {
        const Result csv = run({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--db"), m_file.path()});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.split('\n');
        QVERIFY(lines.at(0).startsWith("rank,tier,name,vendor,total_params,active_params"));
        QVERIFY(lines.at(1).startsWith("1,S,DeepSeek V3.2,DeepSeek,685000000000,37000000000"));
        const Result table = run({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--db"), m_file.path()});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Qwen3-Coder-Next"));
        QVERIFY(table.out.contains("685B"));
    }

    void defaultDatabaseIsCreatedOnFirstUse()
    {
        const QString defaultDb = m_home.filePath(QStringLiteral("data/LLM Atlas/llm-atlas/llm-atlas.sqlite"));
        QVERIFY(!QFile::exists(defaultDb));
        const QJsonArray rows = runJson({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--format"),
                                         QStringLiteral("json")});
        QCOMPARE(rows.size(), 8);
        QVERIFY(QFile::exists(defaultDb));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command “frobnicate”";
        QTest::addRow("list what") << QStringList{"list", "ponies"} << 2 << "needs what to list";
        QTest::addRow("bad format") << QStringList{"list", "models", "--format", "xlsx"} << 2 << "unknown format";
        QTest::addRow("bad tier") << QStringList{"list", "models", "--tier", "Q"} << 2 << "unknown tier";
        QTest::addRow("bad sort") << QStringList{"list", "models", "--sort", "colour"} << 2 << "total_params";
        QTest::addRow("bad option") << QStringList{"list", "models", "--frob"} << 2 << "frob";
        QTest::addRow("missing db") << QStringList{"list", "models", "--db", "/nonexistent/x.sqlite"} << 1
                                    << "does not exist";
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void foreignDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes");
        file.close();
        const Result result = run({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--db"), path});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("not an LLM Atlas database"));
        QCOMPARE(fileBytes(path), QByteArray("just some notes"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
