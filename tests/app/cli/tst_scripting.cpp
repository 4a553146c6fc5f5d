// The command line as scripts rely on it (issue 21): write errors reported, no display needed, one
// exit-code rule, help generated from what each command parses, --api as documented, machine formats
// and figures that do not mislead, and a quiet stderr.
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TestScripting : public QObject
{
    Q_OBJECT

private:
    using Result = CommandResult;

    BundledDatabaseFile m_file;
    QTemporaryDir m_home;

    Result run(const QStringList &arguments) { return runCommand(QStringLiteral(LLM_ATLAS_BINARY), arguments, m_home.path()); }
    Result runOnFile(QStringList arguments) { return run(arguments << QStringLiteral("--db") << m_file.path()); }

    // Runs with standard output to a file and, when limit > 0, a file-size limit in the child (SIGXFSZ
    // ignored, so the write fails with EFBIG as it would in a shell that ignores it).
    Result runToFile(const QStringList &arguments, const QString &path, rlim_t limit)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setStandardOutputFile(path);
        if (limit > 0) {
            process.setChildProcessModifier([limit] {
                std::signal(SIGXFSZ, SIG_IGN);
                const rlimit size{limit, limit};
                setrlimit(RLIMIT_FSIZE, &size);
            });
        }
        process.start(QStringLiteral(LLM_ATLAS_BINARY), QStringList(arguments) << QStringLiteral("--db") << m_file.path());
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QByteArray(),
                process.readAllStandardError()};
    }

    QJsonDocument json(const QStringList &arguments)
    {
        const Result result = runOnFile(arguments);
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return QJsonDocument::fromJson(result.out);
    }

private slots:
    void initTestCase() { QVERIFY(m_file.isValid() && m_home.isValid()); }

    // Defect 2.
    void writeErrorsOnStandardOutputFail_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("list") << QStringList{"list", "models"};
        QTest::addRow("fit") << QStringList{"fit", "--gpu", "h100"};
        QTest::addRow("fit csv") << QStringList{"fit", "--gpu", "h100", "--format", "csv"};
        QTest::addRow("cost json") << QStringList{"cost", "--tokens-per-month", "1B", "--format", "json"};
        QTest::addRow("audit") << QStringList{"audit"};
        QTest::addRow("help") << QStringList{"fit", "--help"};
    }

    void writeErrorsOnStandardOutputFail()
    {
        QFETCH(QStringList, arguments);
        const Result result = runToFile(arguments, QStringLiteral("/dev/full"), 0);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot write to standard output: No space left on device"), result.err.constData());
    }

    void aFileSizeLimitIsAWriteError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fit.csv"));
        const Result result = runToFile({"fit", "--gpu", "h100", "--format", "csv"}, path, 1000);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot write to standard output: File too large"), result.err.constData());
    }

    // Defect 3: without a display, the window's arguments are still checked, and nothing aborts.
    void windowArgumentsNeedNoDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown option") << QStringList{"--bogus"} << 2 << "bogus";
        QTest::addRow("db without a value") << QStringList{"--db"} << 2 << "--db";
        QTest::addRow("no display") << QStringList{} << 1 << "set DISPLAY";
        QTest::addRow("no display for a file") << QStringList{"--db", "x.sqlite"} << 1 << "set DISPLAY";
        QTest::addRow("help-all") << QStringList{"--help-all"} << 0 << "";
        QTest::addRow("help") << QStringList{"--help"} << 0 << "";
        QTest::addRow("version") << QStringList{"--version"} << 0 << "";
    }

    void windowArgumentsNeedNoDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
        if (exitCode == 1)
            QCOMPARE(result.err.count('\n'), 1); // one line
    }

    void exitAfterStartupNeverWaitsForAClick()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LLM_ATLAS_BINARY),
                      {QStringLiteral("--db"), m_home.filePath(QStringLiteral("missing.sqlite")),
                       QStringLiteral("--exit-after-startup")});
        const bool finished = process.waitForFinished(20000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        QVERIFY(finished);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("does not exist"));
    }

    // Defect 4: usage errors 2, failures of the work 1, whatever the option's position.
    void oneExitCodeRule_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("unknown quant") << QStringList{"fit", "--gpu", "h100", "--quant", "nonsense"} << 2;
        QTest::addRow("unknown kv precision") << QStringList{"fit", "--gpu", "h100", "--kv-quant", "bogus"} << 2;
        QTest::addRow("unknown gpu") << QStringList{"fit", "--gpu", "voodoo"} << 2;
        QTest::addRow("unknown cost quant") << QStringList{"cost", "--tokens-per-month", "1B", "--quant", "Q1"} << 2;
        QTest::addRow("db value missing at the end") << QStringList{"list", "models", "--db"} << 2;
        QTest::addRow("db value missing first") << QStringList{"--db"} << 2;
        QTest::addRow("bad date") << QStringList{"import", "x.csv", "--kind", "tiers", "--published", "April"} << 2;
        QTest::addRow("missing db file") << QStringList{"list", "models", "--db", "/nonexistent/x.sqlite"} << 1;
    }

    void oneExitCodeRule()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(!result.err.isEmpty());
    }

    void helpAllWorksWhereHelpListsIt()
    {
        const Result help = runOnFile({"fit", "--help"});
        QVERIFY(help.out.contains("--help-all"));
        const Result all = runOnFile({"fit", "--help-all"});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains("--kv-quant"));
    }

    // Defect 5.
    void helpTellsTheTruth()
    {
        const Result fit = run({"fit", "--help"});
        QVERIFY2(fit.out.startsWith("Usage: llm-atlas [--db FILE] fit [options]"), fit.out.constData());
        QVERIFY(!fit.out.contains(LLM_ATLAS_BINARY));
        QVERIFY(fit.out.contains("Usable share of GPU memory"));

        const Result cost = run({"export", "table", "cost", "--help"});
        QVERIFY2(cost.out.contains("Average share of peak throughput used"), cost.out.constData());
        QVERIFY(!cost.out.contains("Usable share of GPU memory"));
        QVERIFY(!cost.out.contains("Only the model"));
        QVERIFY(cost.out.contains("--tokens-per-month"));

        const Result report = run({"report", "--help"});
        QVERIFY(report.out.contains("Average share of peak throughput used"));
        QVERIFY(!report.out.contains("Usable share of GPU memory"));

        const Result models = run({"list", "--help"});
        QVERIFY2(models.out.contains("S, A, B, C, D or F"), models.out.constData());

        const Result exports = run({"export", "--help"});
        QVERIFY(exports.out.contains("gpus"));
        QVERIFY(exports.out.contains("prices"));
        const Result general = run({"--help"});
        QVERIFY(general.out.contains("gpus|prices"));
        QVERIFY(general.out.contains("Exit status"));
    }

    void anOptionOfAnotherTableIsRefused()
    {
        QTemporaryDir dir;
        const Result result = runOnFile({"export", "table", "audit", "--gpu", "h100", "--out",
                                         dir.filePath(QStringLiteral("audit.csv"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("gpu"), result.err.constData());
    }

    void vramChartNeedsGpu()
    {
        QTemporaryDir dir;
        const Result result = runOnFile({"export", "chart", "vram", "--out", dir.filePath(QStringLiteral("v.svg"))});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("export chart vram needs --gpu"), result.err.constData());
    }

    // Defect 6.
    void apiByModelNameOrProvider()
    {
        const auto apiRows = [](const QJsonDocument &doc) {
            QStringList options;
            for (const QJsonValue &row : doc.object().value(QStringLiteral("rows")).toArray()) {
                if (row[QStringLiteral("kind")].toString() == QLatin1String("api"))
                    options << row[QStringLiteral("option")].toString();
            }
            options.sort();
            return options;
        };
        QCOMPARE(apiRows(json({"cost", "--tokens-per-month", "1B", "--format", "json", "--api", "gpt-4.1", "--api",
                               "gemini-2.5-pro"})),
                 QStringList({"Google gemini-2.5-pro API", "OpenAI gpt-4.1 API"}));
        // A provider's name picks every price row it has in the bundled data.
        QStringList openAi;
        {
            Database db;
            QVERIFY(db.open(m_file.path(), Database::Access::ReadOnly));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("SELECT model_name FROM api_price WHERE provider = 'OpenAI'")));
            while (query.next())
                openAi << QStringLiteral("OpenAI %1 API").arg(query.value(0).toString());
        }
        openAi.sort();
        QVERIFY(openAi.contains(QStringLiteral("OpenAI gpt-4.1 API")));
        QVERIFY(openAi.contains(QStringLiteral("OpenAI gpt-4.1-mini API")));
        QCOMPARE(apiRows(json({"cost", "--tokens-per-month", "1B", "--format", "json", "--api", "openai"})), openAi);
    }

    // Defect 7.
    void machineFormatsAreMachineFormats()
    {
        const Result prices = runOnFile({"export", "table", "prices", "--out", m_home.filePath(QStringLiteral("p.csv"))});
        QCOMPARE(prices.exitCode, 0);
        const QByteArray csv = fileBytes(m_home.filePath(QStringLiteral("p.csv")));
        QVERIFY2(csv.contains(",0.28,0.028,0.42,"), csv.constData());
        QVERIFY(!csv.contains("0.28000000000000003"));

        // Bytes are integers; money to the cent; the same value as the same text in CSV and JSON.
        const Result fitCsv = runOnFile({"fit", "--gpu", "rtx 4090", "--count", "2", "--format", "csv"});
        const QList<QByteArray> lines = fitCsv.out.split('\n');
        const QList<QByteArray> keys = lines.at(0).trimmed().split(',');
        const QList<QByteArray> first = lines.at(1).trimmed().split(',');
        const QJsonObject firstJson =
            json({"fit", "--gpu", "rtx 4090", "--count", "2", "--format", "json"}).array().at(0).toObject();
        for (qsizetype c = 0; c < keys.size(); ++c) {
            const QJsonValue value = firstJson.value(QString::fromLatin1(keys.at(c)));
            if (value.isDouble())
                QCOMPARE(first.at(c), QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
            if (keys.at(c).endsWith("_bytes"))
                QVERIFY2(!first.at(c).contains('.'), keys.at(c).constData());
        }
        const QJsonDocument cost = json({"cost", "--tokens-per-month", "2B", "--model", "llama 3.3", "--gpu", "h100",
                                         "--format", "json"});
        for (const QJsonValue &row : cost.object().value(QStringLiteral("rows")).toArray()) {
            const double monthly = row[QStringLiteral("monthly_usd")].toDouble();
            QCOMPARE(std::round(monthly * 100) / 100, monthly);
        }
    }

    void messagesInMachineFormatsUseCLocaleNumbers()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LLM_ATLAS_BINARY),
                      {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--db"),
                       m_file.path()});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(!out.contains("1.370 GB"), out.constData());
        QVERIFY2(out.contains("1370 GB") || out.contains("1,370 GB"), out.constData());
    }

    void costJsonHasOneShape()
    {
        const QStringList options{"--tokens-per-month", "2B", "--model", "llama 3.3", "--gpu", "h100"};
        const QJsonDocument printed = json(QStringList{"cost", "--format", "json"} + options);
        const QString path = m_home.filePath(QStringLiteral("cost.json"));
        QCOMPARE(runOnFile(QStringList{"export", "table", "cost", "--out", path} + options).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(fileBytes(path)), printed);
    }

    // Defect 8.
    void figuresThatDoNotMislead()
    {
        const QJsonArray rows = json({"fit", "--gpu", "rtx 4090", "--format", "json"}).array();
        for (const QJsonValue &row : rows) {
            // "none" is null, as it is for the best format: never 0.
            QVERIFY(row[QStringLiteral("max_context")].isNull() || row[QStringLiteral("max_context")].toInteger() > 0);
            QVERIFY(row[QStringLiteral("best_quant")].isNull() || !row[QStringLiteral("best_quant")].toString().isEmpty());
        }
        const Result table = runOnFile({"fit", "--gpu", "rtx 4090", "--count", "2"});
        QVERIFY(!table.out.contains("-0.0"));

        const Result beyond = runOnFile({"fit", "--gpu", "h100", "--count", "8", "--model", "llama 3.3", "--context", "2M"});
        QCOMPARE(beyond.exitCode, 0);
        QVERIFY2(beyond.err.contains("warning") && beyond.err.contains("Llama 3.3 70B (128K)"), beyond.err.constData());
    }

    void maxContextIsExactWhereRoundingWouldMislead()
    {
        // Whatever the text shows as max context must itself fit when given back as --context.
        const Result table = runOnFile({"fit", "--gpu", "rtx 4090", "--model", "qwen 3.5", "--count", "2"});
        const QJsonArray rows = json({"fit", "--gpu", "rtx 4090", "--model", "qwen 3.5", "--count", "2", "--format",
                                      "json"}).array();
        const qint64 maxContext = rows.at(0)[QStringLiteral("max_context")].toInteger();
        QVERIFY(maxContext > 0);
        if (maxContext % 1024 != 0)
            QVERIFY2(table.out.contains(QLocale(QLocale::English).toString(maxContext).toUtf8()), table.out.constData());
    }

    void listModelsFitColumnsFilledOrLeftOut()
    {
        const QJsonArray plain = json({"list", "models", "--format", "json"}).array();
        QVERIFY(!plain.at(0).toObject().contains(QStringLiteral("fit_verdict")));
        QVERIFY(!plain.at(0).toObject().contains(QStringLiteral("memory_needed_bytes")));
        const QJsonArray withGpu = json({"list", "models", "--format", "json", "--gpu", "h100"}).array();
        for (const QJsonValue &row : withGpu) {
            QVERIFY(row[QStringLiteral("fit_verdict")].isString());
            QVERIFY(row[QStringLiteral("memory_needed_bytes")].toInteger() > 0);
        }
    }

    // Defect 9.
    void aNormalExportIsQuiet()
    {
        QTemporaryDir dir;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LLM_ATLAS_BINARY),
                      {QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("tiers"), QStringLiteral("--out"),
                       dir.filePath(QStringLiteral("tiers.svg")), QStringLiteral("--db"), m_file.path()});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardError(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestScripting)
#include "tst_scripting.moc"
