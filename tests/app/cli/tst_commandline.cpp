// Runs the built llm-atlas binary as a user would, and checks its output and exit codes.
#include "testsupport.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    using Result = CommandResult;

    BundledDatabaseFile m_file;
    QTemporaryDir m_home; // the user's data folder, so the default database lands here

    Result run(const QStringList &arguments)
    {
        return runCommand(QStringLiteral(LLM_ATLAS_BINARY), arguments, m_home.path());
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
        QCOMPARE(rows.size(), m_file.rowCount(QStringLiteral("model")));
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
        // Largest first over the whole catalogue; among the article's models DeepSeek V3.2 (685B) leads and
        // Llama 3.3 70B closes.
        QCOMPARE(rows.size(), m_file.rowCount(QStringLiteral("model")));
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY2(rows.at(i - 1)[QStringLiteral("total_params")].toDouble()
                         >= rows.at(i)[QStringLiteral("total_params")].toDouble(),
                     qPrintable(names(rows).at(i)));
        const QStringList article = {"DeepSeek V3.2", "Qwen 3.5", "Llama 4 Scout", "Llama 3.3 70B"};
        QStringList articleOrder;
        for (const QString &name : names(rows))
            if (article.contains(name))
                articleOrder << name;
        QCOMPARE(articleOrder.first(), QStringLiteral("DeepSeek V3.2"));
        QCOMPARE(articleOrder.last(), QStringLiteral("Llama 3.3 70B"));
        // The tier list's models first in either direction, best or lowest tier first; the catalogue's
        // untiered models after them (so are models without a rank).
        for (const QString &sort : {QStringLiteral("tier"), QStringLiteral("tier:desc"), QStringLiteral("rank:desc")}) {
            const QJsonArray byTier = runJson({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--sort"),
                                               sort, QStringLiteral("--format=json"), QStringLiteral("--db"), m_file.path()});
            QStringList tiers;
            for (const QJsonValue &row : byTier)
                tiers << row[QStringLiteral("tier")].toString();
            QCOMPARE(tiers.size(), m_file.rowCount(QStringLiteral("model")));
            const QStringList tiered = tiers.mid(0, 8);
            QVERIFY2(!tiered.contains(QString()) && tiers.mid(8).join(QString()).isEmpty(), qPrintable(sort));
            QCOMPARE(tiered.first(), sort == QLatin1String("tier") ? QStringLiteral("S") : QStringLiteral("C"));
        }
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
        QCOMPARE(rows.size(), m_file.rowCount(QStringLiteral("model")));
        QVERIFY(QFile::exists(defaultDb));
    }

    void fitAsJson()
    {
        const QJsonArray rows = runJson({QStringLiteral("fit"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090"),
                                         QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--model"),
                                         QStringLiteral("llama 3.3"), QStringLiteral("--context"), QStringLiteral("4K"),
                                         QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"),
                                         m_file.path()});
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row[QStringLiteral("model")].toString(), QStringLiteral("Llama 3.3 70B"));
        QCOMPARE(row[QStringLiteral("quant")].toString(), QStringLiteral("Q4_K_M"));
        // 70.55e9 x 4.85 / 8 weights; 80 layers x 4096 x 2 x 8 x 128 x 2 bytes of KV; 2 x 512 MiB + 2048 x 8192 x 32.
        QCOMPARE(row[QStringLiteral("weights_bytes")].toDouble(), 42'770'937'500.0);
        QCOMPARE(row[QStringLiteral("kv_cache_bytes")].toDouble(), 1'342'177'280.0);
        QCOMPARE(row[QStringLiteral("overhead_bytes")].toDouble(), 1'610'612'736.0);
        QCOMPARE(row[QStringLiteral("total_bytes")].toDouble(), 42'770'937'500.0 + 1'342'177'280.0 + 1'610'612'736.0);
        // Machine formats write whole bytes (issue 21).
        QCOMPARE(row[QStringLiteral("capacity_bytes")].toDouble(), std::round(2 * 24 * 1073741824.0 * 0.9));
        QCOMPARE(row[QStringLiteral("fits")].toBool(), true);
        QCOMPARE(row[QStringLiteral("verdict")].toString(), QStringLiteral("tight"));
        QCOMPARE(row[QStringLiteral("max_context")].toInteger(), 6116);
        // Q5_K_M would need 70.55e9 x 5.7 / 8 = 50.3 GB for weights alone; one RTX 4090 holds 23.2 GB.
        QCOMPARE(row[QStringLiteral("best_quant")].toString(), QStringLiteral("Q4_K_M"));
        QCOMPARE(row[QStringLiteral("smallest_gpu_count")].toInt(), 2);
        QVERIFY(row[QStringLiteral("decode_tokens_per_s")].toDouble() > 0);
    }

    void fitSpeedsAsJson()
    {
        // Issue 23's contract: the expected decode speed, its ceiling, prefill and the engine they assume.
        const auto fit = [this](const QStringList &extra) {
            QStringList arguments{QStringLiteral("fit"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090"),
                                  QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--model"),
                                  QStringLiteral("llama 3.3"), QStringLiteral("--context"), QStringLiteral("4K"),
                                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"),
                                  m_file.path()};
            const QJsonArray rows = runJson(arguments + extra);
            return rows.size() == 1 ? rows.first().toObject() : QJsonObject();
        };
        const QJsonObject layerSplit = fit({});
        QCOMPARE(layerSplit[QStringLiteral("engine")].toString(), QStringLiteral("llama.cpp")); // Q4_K_M is GGUF
        const double expected = layerSplit[QStringLiteral("decode_tokens_per_s")].toDouble();
        const double ceiling = layerSplit[QStringLiteral("decode_bound_tokens_per_s")].toDouble();
        // One RTX 4090's 1008 GB/s over 42.77e9 bytes of weights and 0.34e9 of KV cache: 23.4 tok/s at most,
        // not 44 from both GPUs' bandwidth added up.
        QVERIFY2(ceiling > 23 && ceiling < 24, qPrintable(QString::number(ceiling)));
        QVERIFY(expected > 0 && expected < ceiling);
        QVERIFY(layerSplit[QStringLiteral("prefill_tokens_per_s")].toDouble() > 0);
        const double firstToken = layerSplit[QStringLiteral("time_to_first_token_s")].toDouble();
        QVERIFY(firstToken > 0);

        const QJsonObject tensorParallel = fit({QStringLiteral("--engine"), QStringLiteral("vllm")});
        QCOMPARE(tensorParallel[QStringLiteral("engine")].toString(), QStringLiteral("vllm"));
        QVERIFY(tensorParallel[QStringLiteral("decode_tokens_per_s")].toDouble() > 1.5 * expected);

        const QJsonObject longPrompt = fit({QStringLiteral("--prompt-tokens"), QStringLiteral("4096")});
        QVERIFY(longPrompt[QStringLiteral("time_to_first_token_s")].toDouble() > 3 * firstToken);

        // A model that does not fit gets no speed at all.
        const QJsonObject tooBig = fit({QStringLiteral("--context"), QStringLiteral("128K")});
        QCOMPARE(tooBig[QStringLiteral("verdict")].toString(), QStringLiteral("does_not_fit"));
        QVERIFY(tooBig[QStringLiteral("decode_tokens_per_s")].isNull());
        QVERIFY(tooBig[QStringLiteral("decode_bound_tokens_per_s")].isNull());

        const Result wrong = run({QStringLiteral("fit"), QStringLiteral("--gpu"), QStringLiteral("rtx-4090"),
                                  QStringLiteral("--engine"), QStringLiteral("tgi"), QStringLiteral("--db"),
                                  m_file.path()});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains("--engine"));
    }

    void fitRuntimeReserveIsAdjustable()
    {
        // 2 GPUs x 2048 MiB + 2048 prefill tokens x 8192 x 32 bytes of activations.
        const QJsonArray rows = runJson({QStringLiteral("fit"), QStringLiteral("--gpu"), QStringLiteral("rtx 4090"),
                                         QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--model"),
                                         QStringLiteral("llama 3.3"), QStringLiteral("--runtime-reserve"),
                                         QStringLiteral("2048"), QStringLiteral("--format=json"), QStringLiteral("--db"),
                                         m_file.path()});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[QStringLiteral("overhead_bytes")].toDouble(), 2 * 2048 * 1048576.0 + 2048 * 8192 * 32.0);
    }

    void fitEveryModel()
    {
        const QJsonArray rows = runJson({QStringLiteral("fit"), QStringLiteral("--gpu"), QStringLiteral("h100"),
                                         QStringLiteral("--count"), QStringLiteral("8"), QStringLiteral("--quant"),
                                         QStringLiteral("fp8"), QStringLiteral("--format=json"), QStringLiteral("--db"),
                                         m_file.path()});
        QCOMPARE(rows.size(), m_file.rowCount(QStringLiteral("model")));
        for (const QJsonValue &row : rows) {
            QCOMPARE(row[QStringLiteral("quant")].toString(), QStringLiteral("FP8"));
            // fits is true exactly when weights, KV cache and overhead sit in the usable memory.
            QCOMPARE(row[QStringLiteral("fits")].toBool(),
                     row[QStringLiteral("total_bytes")].toDouble() <= row[QStringLiteral("capacity_bytes")].toDouble());
        }
    }

    void auditAsJson()
    {
        const QJsonArray rows = runJson({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json"),
                                         QStringLiteral("--db"), m_file.path()});
        QVERIFY(rows.size() >= 10);
        QCOMPARE(rows.first()[QStringLiteral("severity")].toString(), QStringLiteral("error"));
        bool foundCoder = false;
        for (const QJsonValue &row : rows) {
            if (row[QStringLiteral("subject")].toString() == QLatin1String("Qwen3-Coder-Next (80B, 3B active): VRAM at FP16")) {
                foundCoder = true;
                QCOMPARE(row[QStringLiteral("quoted")].toDouble(), 6.0);
            }
        }
        QVERIFY(foundCoder);
    }

    void costAsJson()
    {
        const Result result = run({QStringLiteral("cost"), QStringLiteral("--tokens-per-month"), QStringLiteral("100M"),
                                   QStringLiteral("--model"), QStringLiteral("qwen 3.5"), QStringLiteral("--gpu"),
                                   QStringLiteral("a100 80"), QStringLiteral("--count"), QStringLiteral("2"),
                                   QStringLiteral("--api"), QStringLiteral("deepseek deepseek-chat"),
                                   QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), m_file.path()});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(answer[QStringLiteral("model")].toString(), QStringLiteral("Qwen 3.5"));
        const QJsonArray rows = answer[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 2);
        // Sorted by cost. DeepSeek at 3:1: (3 x 0.28 + 0.42) / 4 = $0.315 per million, $31.50 for 100M.
        QCOMPARE(rows.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("api"));
        QCOMPARE(rows.at(0)[QStringLiteral("monthly_usd")].toDouble(), 31.5);
        QCOMPARE(rows.at(0)[QStringLiteral("usd_per_million_tokens")].toDouble(), 0.315);
        QVERIFY(rows.at(0)[QStringLiteral("capacity_tokens_per_month")].isNull()); // an API has no modelled limit
        // Two A100 80GB rented: 2 x $1.59 (RunPod on demand, the bundled rate) x 730 hours = $2,321.40.
        QCOMPARE(rows.at(1)[QStringLiteral("kind")].toString(), QStringLiteral("self-host"));
        QCOMPARE(rows.at(1)[QStringLiteral("monthly_usd")].toDouble(), 2 * 1.59 * 730);
        QVERIFY(rows.at(1)[QStringLiteral("capacity_tokens_per_month")].toDouble() > 100e6);
        QVERIFY(rows.at(1)[QStringLiteral("feasible")].toBool());
        QCOMPARE(answer[QStringLiteral("cheapest")][QStringLiteral("option")].toString(),
                 rows.at(0)[QStringLiteral("option")].toString());
        const QJsonArray breakEven = answer[QStringLiteral("break_even")].toArray();
        QCOMPARE(breakEven.size(), 1);
        QVERIFY(breakEven.at(0)[QStringLiteral("note")].toString().contains(QStringLiteral("never")));
        QVERIFY(answer[QStringLiteral("cheapest_configuration")].isObject());
    }

    void costForConcurrentUsers()
    {
        // 100 users thinking 30 s with answers of 2 s + 200 x 50 ms at the targets send 100 / 42 requests/s:
        // the same rows as that rate given directly.
        const QStringList common{QStringLiteral("cost"), QStringLiteral("--model"), QStringLiteral("qwen 3.5"),
                                 QStringLiteral("--gpu"), QStringLiteral("a100 80"), QStringLiteral("--count"),
                                 QStringLiteral("2"), QStringLiteral("--prompt-tokens"), QStringLiteral("8000"),
                                 QStringLiteral("--output-tokens"), QStringLiteral("200"), QStringLiteral("--ttft-ms"),
                                 QStringLiteral("2000"), QStringLiteral("--tpot-ms"), QStringLiteral("50"),
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), m_file.path()};
        const Result users = run(common + QStringList{QStringLiteral("--concurrent-users"), QStringLiteral("100"),
                                                      QStringLiteral("--think-time-s"), QStringLiteral("30")});
        QVERIFY2(users.exitCode == 0, users.err.constData());
        const QJsonObject byUsers = QJsonDocument::fromJson(users.out).object();
        const QJsonObject workload = byUsers[QStringLiteral("workload")].toObject();
        QCOMPARE(workload[QStringLiteral("concurrent_users")].toDouble(), 100.0);
        QCOMPARE(workload[QStringLiteral("think_time_s")].toDouble(), 30.0);
        QVERIFY(qFuzzyCompare(workload[QStringLiteral("requests_per_second")].toDouble(), 100.0 / 42));
        const Result rate = run(common + QStringList{QStringLiteral("--requests-per-second"),
                                                     QString::number(100.0 / 42, 'g', 17)});
        QCOMPARE(rate.exitCode, 0);
        const QJsonObject byRate = QJsonDocument::fromJson(rate.out).object();
        QCOMPARE(byUsers[QStringLiteral("rows")], byRate[QStringLiteral("rows")]);
        QVERIFY(byRate[QStringLiteral("workload")][QStringLiteral("concurrent_users")].isNull());
        // The table says where the rate came from.
        const Result text = run(QStringList{QStringLiteral("cost"), QStringLiteral("--concurrent-users"),
                                            QStringLiteral("100"), QStringLiteral("--think-time-s"), QStringLiteral("30"),
                                            QStringLiteral("--prompt-tokens"), QStringLiteral("8000"),
                                            QStringLiteral("--output-tokens"), QStringLiteral("200"),
                                            QStringLiteral("--db"), m_file.path()});
        QVERIFY2(text.out.contains("100 concurrent users thinking 30 s between requests send 3.333 requests/s"),
                 text.out.constData());
    }

    void costWithADailyProfile()
    {
        const QStringList common{QStringLiteral("cost"), QStringLiteral("--model"), QStringLiteral("qwen 3.5"),
                                 QStringLiteral("--gpu"), QStringLiteral("a100 80"), QStringLiteral("--count"),
                                 QStringLiteral("2"), QStringLiteral("--requests-per-second"), QStringLiteral("8"),
                                 QStringLiteral("--prompt-tokens"), QStringLiteral("8000"), QStringLiteral("--output-tokens"),
                                 QStringLiteral("200"), QStringLiteral("--api"), QStringLiteral("deepseek deepseek-chat"),
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), m_file.path()};
        const Result always = run(common);
        const Result profile = run(common + QStringList{QStringLiteral("--peak-hours"), QStringLiteral("8"),
                                                        QStringLiteral("--off-peak-share"), QStringLiteral("0.25")});
        QVERIFY2(profile.exitCode == 0, profile.err.constData());
        const QJsonObject a = QJsonDocument::fromJson(always.out).object();
        const QJsonObject p = QJsonDocument::fromJson(profile.out).object();
        // (8 + 16 x 0.25) / 24 = 0.5 of the peak on average: 8 x 0.5 x 8,200 x 3,600 x 730 tokens.
        QCOMPARE(p[QStringLiteral("workload")][QStringLiteral("average_share_of_peak")].toDouble(), 0.5);
        QCOMPARE(p[QStringLiteral("workload")][QStringLiteral("peak_hours")].toDouble(), 8.0);
        QCOMPARE(p[QStringLiteral("tokens_per_month")].toDouble(), 8 * 0.5 * 8200 * 3600 * 730.0);
        QVERIFY(a[QStringLiteral("workload")][QStringLiteral("peak_hours")].isNull());
        const auto selfHost = [](const QJsonObject &answer) {
            for (const QJsonValue &row : answer[QStringLiteral("rows")].toArray())
                if (row[QStringLiteral("kind")].toString() == QStringLiteral("self-host"))
                    return row.toObject();
            return QJsonObject();
        };
        // The same replicas at the peak, fewer replica-hours: cheaper, but never below a sixth (8 of 24 hours).
        QCOMPARE(selfHost(p)[QStringLiteral("replicas")], selfHost(a)[QStringLiteral("replicas")]);
        const double full = selfHost(a)[QStringLiteral("monthly_usd")].toDouble();
        const double scaled = selfHost(p)[QStringLiteral("monthly_usd")].toDouble();
        QVERIFY2(scaled < full && scaled >= full / 3, qPrintable(QStringLiteral("%1 of %2").arg(scaled).arg(full)));
    }

    void exportTableWritesTheSameTable()
    {
        QTemporaryDir dir;
        const QStringList fitOptions{QStringLiteral("--gpu"), QStringLiteral("h100"), QStringLiteral("--count"),
                                     QStringLiteral("2"), QStringLiteral("--db"), m_file.path()};
        const QString json = dir.filePath(QStringLiteral("fit.json"));
        Result result = run(QStringList{QStringLiteral("export"), QStringLiteral("table"), QStringLiteral("fit"),
                                        QStringLiteral("--out"), json} + fitOptions);
        QCOMPARE(result.exitCode, 0);
        const Result printed = run(QStringList{QStringLiteral("fit"), QStringLiteral("--format"), QStringLiteral("json")}
                                   + fitOptions);
        QCOMPARE(fileBytes(json), printed.out);

        const QString markdown = dir.filePath(QStringLiteral("audit.md"));
        result = run({QStringLiteral("export"), QStringLiteral("table"), QStringLiteral("audit"), QStringLiteral("--out"),
                      markdown, QStringLiteral("--db"), m_file.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(fileBytes(markdown).startsWith("| Severity | Check | What | Finding |"));
    }

    void exportRefusesBadDestinations()
    {
        QTemporaryDir dir;
        const QString unknown = dir.filePath(QStringLiteral("fit.xlsx"));
        Result result = run({QStringLiteral("export"), QStringLiteral("table"), QStringLiteral("models"),
                             QStringLiteral("--out"), unknown, QStringLiteral("--db"), m_file.path()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("cannot tell the format"));
        QVERIFY(!QFile::exists(unknown));

        const QString nowhere = dir.filePath(QStringLiteral("missing-folder/models.csv"));
        result = run({QStringLiteral("export"), QStringLiteral("table"), QStringLiteral("models"),
                      QStringLiteral("--out"), nowhere, QStringLiteral("--db"), m_file.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("Cannot write"), result.err.constData());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no partial file anywhere
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
        QTest::addRow("fit without gpu") << QStringList{"fit"} << 2 << "--gpu";
        QTest::addRow("fit count") << QStringList{"fit", "--gpu", "h100", "--count", "9"} << 2 << "--count must be";
        QTest::addRow("fit context") << QStringList{"fit", "--gpu", "h100", "--context", "-5"} << 2 << "--context must be";
        QTest::addRow("fit utilisation") << QStringList{"fit", "--gpu", "h100", "--utilisation", "nan"} << 2 << "--utilisation";
        QTest::addRow("ambiguous gpu") << QStringList{"fit", "--gpu", "a100"} << 2 << "A100 40GB, A100 80GB";
        QTest::addRow("unknown model") << QStringList{"fit", "--gpu", "h100", "--model", "gpt-5"} << 2 << "no model is called";
        QTest::addRow("unknown quant") << QStringList{"fit", "--gpu", "h100", "--quant", "Q1_X"} << 2 << "quantization";
        QTest::addRow("export what") << QStringList{"export", "chair"} << 2 << "needs what to export";
        QTest::addRow("export kind") << QStringList{"export", "table", "ponies", "--out", "x.csv"} << 2 << "unknown table";
        QTest::addRow("export out") << QStringList{"export", "table", "models"} << 2 << "--out";
        QTest::addRow("cost volume") << QStringList{"cost"} << 2 << "--tokens-per-month";
        QTest::addRow("cost bad volume") << QStringList{"cost", "--tokens-per-month", "-5M"} << 2 << "--tokens-per-month";
        QTest::addRow("cost absurd volume") << QStringList{"cost", "--tokens-per-month", "1e300"} << 2 << "--tokens-per-month";
        QTest::addRow("cost ratio") << QStringList{"cost", "--tokens-per-month", "1B", "--io-ratio", "3-1"} << 2 << "--io-ratio";
        QTest::addRow("cost api") << QStringList{"cost", "--tokens-per-month", "1B", "--api", "skynet"} << 2 << "no API";
        const QStringList users{"cost", "--prompt-tokens", "800", "--output-tokens", "200", "--concurrent-users", "50"};
        QTest::addRow("users and rate") << users + QStringList{"--think-time-s", "5", "--requests-per-second", "3"} << 2
                                        << "not both";
        QTest::addRow("users alone") << users << 2 << "--concurrent-users and --think-time-s go together";
        QTest::addRow("users never think")
            << users + QStringList{"--think-time-s", "0"} << 2 << "With --think-time-s 0, give --ttft-ms or --tpot-ms";
        QTest::addRow("users negative") << QStringList{"cost", "--prompt-tokens", "8", "--output-tokens", "2",
                                                       "--concurrent-users", "-3", "--think-time-s", "5"}
                                        << 2 << "--concurrent-users must be 1 or more, not “-3”";
        QTest::addRow("think time bad") << users + QStringList{"--think-time-s", "soon"} << 2
                                        << "--think-time-s must be 0 seconds or more, not “soon”";
        const QStringList rate{"cost", "--prompt-tokens", "800", "--output-tokens", "200", "--requests-per-second", "2"};
        QTest::addRow("off-peak alone") << rate + QStringList{"--off-peak-share", "0.2"} << 2 << "--off-peak-share needs --peak-hours";
        QTest::addRow("peak hours 25") << rate + QStringList{"--peak-hours", "25"} << 2
                                       << "--peak-hours must be above 0 and at most 24, not “25”";
        QTest::addRow("off-peak share 2") << rate + QStringList{"--peak-hours", "8", "--off-peak-share", "2"} << 2
                                          << "--off-peak-share must be a share from 0 to 1, not “2”";
        QTest::addRow("profile and utilisation") << rate + QStringList{"--peak-hours", "8", "--utilisation", "0.5"} << 2
                                                 << "leave out --utilisation";
        QTest::addRow("profile without workload") << QStringList{"cost", "--tokens-per-month", "1B", "--peak-hours", "8"}
                                                  << 2 << "--peak-hours describes a workload";
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

    void importReportsAndWritesOnlyCleanFiles()
    {
        BundledDatabaseFile file;
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("gpus.csv"));
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        for (const auto &[path, content] : {std::pair{good, QByteArray("name,street_price_usd\nRTX 4090,1499\n")},
                                            std::pair{bad, QByteArray("name,street_price_usd\nRTX 4090,1499\nRTX 3090,-5\n")}}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        const QByteArray before = fileBytes(file.path());

        // Any rejected row: the report says why, exit 1, and the file is not touched.
        Result result = run({QStringLiteral("import"), bad, QStringLiteral("--kind"), QStringLiteral("gpus"),
                             QStringLiteral("--db"), file.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("reject   line 3"), result.out.constData());
        QVERIFY(result.out.contains("negative"));
        // In English, with its plural form: the command line installs English's plurals.
        QVERIFY2(result.err.contains("1 row rejected: nothing was written."), result.err.constData());
        QCOMPARE(fileBytes(file.path()), before);

        result = run({QStringLiteral("import"), good, QStringLiteral("--kind"), QStringLiteral("gpus"),
                      QStringLiteral("--dry-run"), QStringLiteral("--db"), file.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("0 to add, 1 to change, 0 rejected"), result.out.constData());
        QVERIFY(result.out.contains("Dry run"));
        QCOMPARE(fileBytes(file.path()), before);

        result = run({QStringLiteral("--db"), file.path(), QStringLiteral("import"), good, QStringLiteral("--kind"),
                      QStringLiteral("gpus")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Written to"));
        QVERIFY(fileBytes(file.path()) != before);

        // What export writes imports back unchanged.
        const QString exported = dir.filePath(QStringLiteral("all-gpus.json"));
        result = run({QStringLiteral("export"), QStringLiteral("table"), QStringLiteral("gpus"), QStringLiteral("--out"),
                      exported, QStringLiteral("--db"), file.path()});
        QCOMPARE(result.exitCode, 0);
        result = run({QStringLiteral("import"), exported, QStringLiteral("--kind"), QStringLiteral("gpus"),
                      QStringLiteral("--db"), file.path()});
        QCOMPARE(result.exitCode, 0);
        const QByteArray unchanged =
            "0 to add, 0 to change, 0 rejected, " + QByteArray::number(m_file.rowCount(QStringLiteral("gpu"))) + " unchanged";
        QVERIFY2(result.out.contains(unchanged), result.out.constData());

        result = run({QStringLiteral("import"), good, QStringLiteral("--db"), file.path()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--kind"));
    }

    // issue 17: the models table in CSV and JSON carries every fact the importer reads, so an export imports
    // back unchanged and a row copied under a new name adds a model with the same facts.
    void modelsExportImportsBackAndAddsAnEditedRow_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void modelsExportImportsBackAndAddsAnEditedRow()
    {
        QFETCH(QString, suffix);
        BundledDatabaseFile file;
        QTemporaryDir dir;
        const QString exported = dir.filePath(QStringLiteral("models.") + suffix);
        Result result = run({QStringLiteral("export"), QStringLiteral("table"), QStringLiteral("models"),
                             QStringLiteral("--out"), exported, QStringLiteral("--db"), file.path()});
        QCOMPARE(result.exitCode, 0);
        const QByteArray bytes = fileBytes(exported);

        const QStringList factKeys{
            QStringLiteral("name"), QStringLiteral("vendor"), QStringLiteral("reference_model"), QStringLiteral("proxy"),
            QStringLiteral("total_params"), QStringLiteral("active_params"), QStringLiteral("layers"),
            QStringLiteral("hidden_size"), QStringLiteral("attention_heads"), QStringLiteral("kv_heads"),
            QStringLiteral("head_dim"), QStringLiteral("attention"), QStringLiteral("kv_lora_rank"),
            QStringLiteral("qk_rope_head_dim"), QStringLiteral("full_attention_layers"),
            QStringLiteral("attention_window"), QStringLiteral("recurrent_state_elements"),
            QStringLiteral("routed_experts"), QStringLiteral("experts_per_token"), QStringLiteral("shared_experts"),
            QStringLiteral("max_context"), QStringLiteral("license"), QStringLiteral("released"),
            QStringLiteral("notes"), QStringLiteral("uncertain")};
        const QStringList header = suffix == QLatin1String("csv")
                                       ? QString::fromUtf8(bytes.left(bytes.indexOf('\n'))).trimmed().split(QLatin1Char(','))
                                       : QJsonDocument::fromJson(bytes).array().at(0).toObject().keys();
        for (const QString &key : factKeys)
            QVERIFY2(header.contains(key), qPrintable(key));

        result = run({QStringLiteral("import"), exported, QStringLiteral("--kind"), QStringLiteral("models"),
                      QStringLiteral("--db"), file.path()});
        QCOMPARE(result.exitCode, 0);
        const QByteArray unchanged = "0 to add, 0 to change, 0 rejected, "
                                     + QByteArray::number(m_file.rowCount(QStringLiteral("model"))) + " unchanged";
        QVERIFY2(result.out.contains(unchanged), result.out.constData());

        // An MoE model with latent attention: the facts a dense row could leave out must travel too.
        const QString original = QStringLiteral("DeepSeek V3");
        const QString copy = QStringLiteral("DeepSeek V3 Team Copy");
        QByteArray edited;
        if (suffix == QLatin1String("csv")) {
            const QList<QByteArray> lines = bytes.split('\n');
            for (const QByteArray &line : lines) {
                if (line.contains("," + original.toUtf8() + ",DeepSeek,"))
                    edited = lines.first() + '\n' + QByteArray(line).replace(original.toUtf8(), copy.toUtf8()) + '\n';
            }
        } else {
            for (const QJsonValue &row : QJsonDocument::fromJson(bytes).array()) {
                QJsonObject object = row.toObject();
                if (object[QStringLiteral("name")].toString() == original) {
                    object[QStringLiteral("name")] = copy;
                    edited = QJsonDocument(QJsonArray{object}).toJson();
                }
            }
        }
        QVERIFY(!edited.isEmpty());
        const QString newRow = dir.filePath(QStringLiteral("new.") + suffix);
        QFile out(newRow);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(edited) == edited.size());
        out.close();
        result = run({QStringLiteral("import"), newRow, QStringLiteral("--kind"), QStringLiteral("models"),
                      QStringLiteral("--db"), file.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("1 to add, 0 to change, 0 rejected"), result.out.constData());

        QJsonObject originalRow, copyRow;
        for (const QJsonValue &row : runJson({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--format"),
                                              QStringLiteral("json"), QStringLiteral("--db"), file.path()})) {
            if (row[QStringLiteral("name")].toString() == original)
                originalRow = row.toObject();
            else if (row[QStringLiteral("name")].toString() == copy)
                copyRow = row.toObject();
        }
        QVERIFY(!copyRow.isEmpty());
        for (const QString &key : factKeys) {
            if (key != QLatin1String("name"))
                QVERIFY2(copyRow[key] == originalRow[key], qPrintable(key));
        }
        QCOMPARE(copyRow[QStringLiteral("routed_experts")].toInt(), 256);
        QCOMPARE(copyRow[QStringLiteral("kv_lora_rank")].toInt(), 512);
    }

    // issue 18: measured runs are matched to the dataset's models and GPUs; any unmatched, rejected or
    // malformed run refuses the whole file, and nothing is written.
    void importMeasurementsRefusesWhatItCannotMatch()
    {
        BundledDatabaseFile file;
        QTemporaryDir dir;
        const QByteArray header("model,quant,gpu,gpu_count,context,batch,decode_tokens_per_s,vram_bytes\n");
        const auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile out(dir.filePath(name));
            if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(name));
            return out.fileName();
        };
        const QString good = write(QStringLiteral("good.csv"), header + "Llama 3.3 70B,Q4_K_M,RTX 4090,2,4096,1,15.2,42000000000\n");
        const QString unmatched = write(QStringLiteral("unmatched.csv"),
                                        header + "Llama 3.3 70B,Q4_K_M,RTX 4090,2,4096,1,15.2,\nNo Such Model 9B,Q4_K_M,RTX 4090,1,4096,1,80,\n");
        const QString absurd = write(QStringLiteral("absurd.csv"), header + "Llama 3.3 70B,Q4_K_M,RTX 4090,2,4096,1,90000,\n");
        const QString truncated = write(QStringLiteral("truncated.csv"), header + "Llama 3.3 70B,Q4_K_M,RTX 4090,2\n");
        const QByteArray before = fileBytes(file.path());
        const auto import = [&](const QString &path, QStringList extra = {}) {
            return run(QStringList{QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("measurements"),
                                   QStringLiteral("--db"), file.path()}
                       + extra);
        };

        Result result = import(good, {QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("1 run(s) to add"), result.out.constData());
        QVERIFY(result.out.contains("Dry run: nothing was written."));

        result = import(unmatched, {QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("Unmatched: line 3"), result.out.constData());
        QVERIFY2(result.err.contains("1 run(s) unmatched or rejected: nothing was written."), result.err.constData());

        result = import(absurd);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("Rejected: line 2"), result.out.constData());

        result = import(truncated);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("line 2"), result.err.constData());

        // --model names the model of every run, whatever the file calls it.
        result = import(unmatched, {QStringLiteral("--dry-run"), QStringLiteral("--model"), QStringLiteral("Llama 3.3 70B")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("2 run(s) to add"), result.out.constData());
        result = import(good, {QStringLiteral("--count"), QStringLiteral("0")});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(fileBytes(file.path()), before);
    }

    // A run written by import is listed by `measurements` beside its estimate, with the error as
    // (estimated - measured) / measured x 100.
    // A data pack from one file goes into another in one step, found by its content without --kind; a dry
    // run, a rejected row or a wrong --out change nothing.
    void dataPackCarriesACatalogueBetweenFiles()
    {
        BundledDatabaseFile theirs;
        BundledDatabaseFile mine;
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("team-pack.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("pack"), QStringLiteral("--out"), pack,
                      QStringLiteral("--db"), theirs.path()})
                     .exitCode,
                 0);
        QJsonObject document = QJsonDocument::fromJson(fileBytes(pack)).object();
        QCOMPARE(document[QStringLiteral("as_of")].toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(document[QStringLiteral("models")].toArray().size(), theirs.rowCount(QStringLiteral("model")));
        // Their pack into an identical file: nothing to do, and the file is not touched.
        const QByteArray untouched = fileBytes(mine.path());
        Result result = run({QStringLiteral("import"), pack, QStringLiteral("--db"), mine.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("as pack: 0 to add, 0 to change, 0 rejected"), result.out.constData());
        QVERIFY2(result.out.contains("Nothing to change."), result.out.constData());
        QCOMPARE(fileBytes(mine.path()), untouched);

        // A colleague's new model and the price of serving it.
        QJsonArray models = document[QStringLiteral("models")].toArray();
        QJsonObject model = models.first().toObject();
        model[QStringLiteral("name")] = QStringLiteral("Lab Model 9B");
        models.append(model);
        document[QStringLiteral("models")] = models;
        QJsonArray prices = document[QStringLiteral("prices")].toArray();
        QJsonObject price = prices.first().toObject();
        price[QStringLiteral("provider")] = QStringLiteral("Lab Cloud");
        price[QStringLiteral("model")] = QStringLiteral("Lab Model 9B");
        prices.append(price);
        document[QStringLiteral("prices")] = prices;
        const auto writePack = [&pack](const QJsonObject &object) {
            QFile out(pack);
            return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(QJsonDocument(object).toJson()) > 0;
        };
        QVERIFY(writePack(document));
        // Written back by a JSON tool, the keys are sorted: the marker is no longer first, so --kind names it.
        result = run({QStringLiteral("import"), pack, QStringLiteral("--kind"), QStringLiteral("pack"),
                      QStringLiteral("--dry-run"), QStringLiteral("--db"), mine.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("2 to add, 0 to change"), result.out.constData());
        QCOMPARE(fileBytes(mine.path()), untouched);

        result = run({QStringLiteral("import"), pack, QStringLiteral("--kind"), QStringLiteral("pack"),
                      QStringLiteral("--db"), mine.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Written to " + mine.path().toUtf8()), result.out.constData());
        const QString pricesJson = dir.filePath(QStringLiteral("prices.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("table"), QStringLiteral("prices"), QStringLiteral("--out"),
                      pricesJson, QStringLiteral("--db"), mine.path()})
                     .exitCode,
                 0);
        const QJsonArray pricesNow = QJsonDocument::fromJson(fileBytes(pricesJson)).array();
        const auto served = std::find_if(pricesNow.begin(), pricesNow.end(), [](const QJsonValue &row) {
            return row[QStringLiteral("provider")].toString() == QStringLiteral("Lab Cloud");
        });
        QVERIFY(served != pricesNow.end());
        QCOMPARE((*served)[QStringLiteral("model")].toString(), QStringLiteral("Lab Model 9B"));

        // One price naming a model nobody has: the whole pack is refused and the file stays as it was.
        price[QStringLiteral("provider")] = QStringLiteral("Nobody");
        price[QStringLiteral("model")] = QStringLiteral("No Such Model");
        prices.append(price);
        document[QStringLiteral("prices")] = prices;
        QVERIFY(writePack(document));
        const QByteArray imported = fileBytes(mine.path());
        result = run({QStringLiteral("import"), pack, QStringLiteral("--kind"), QStringLiteral("pack"),
                      QStringLiteral("--db"), mine.path()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("1 row rejected: nothing was written"), result.err.constData());
        QCOMPARE(fileBytes(mine.path()), imported);

        // As a folder of CSV tables: pack.json and the tables it names, imported by naming the folder.
        const QString folder = dir.filePath(QStringLiteral("csv-pack"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("pack"), QStringLiteral("--out"), folder,
                      QStringLiteral("--db"), mine.path()})
                     .exitCode,
                 0);
        QVERIFY(QFileInfo(folder + QStringLiteral("/gpus.csv")).isFile());
        result = run({QStringLiteral("import"), folder, QStringLiteral("--dry-run"), QStringLiteral("--db"), mine.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("pack.json as pack: 0 to add, 0 to change, 0 rejected"), result.out.constData());

        result = run({QStringLiteral("export"), QStringLiteral("pack"), QStringLiteral("--out"),
                      dir.filePath(QStringLiteral("pack.csv")), QStringLiteral("--db"), mine.path()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("a data pack is one .json file or a folder of CSV tables"), result.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("pack.csv"))));
    }

    // A file made by an earlier version (the article's 8 models, a GeForce row at the old FP16-accumulate
    // rate) catches up with the bundled catalogue through a pack of it, citations and all.
    void bundledCatalogueCatchesAnOldFileUp()
    {
        BundledDatabaseFile old;
        QVERIFY(execOnFile(old.path(), {QStringLiteral("DELETE FROM api_price WHERE id > 13"),
                                        QStringLiteral("DELETE FROM model WHERE id > 8"),
                                        QStringLiteral("UPDATE gpu SET fp16_tflops = 330.3 WHERE name = 'RTX 4090'")}));
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("bundled.json"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("pack"), QStringLiteral("--bundled"), QStringLiteral("--out"),
                      pack, QStringLiteral("--db"), old.path()})
                     .exitCode,
                 0);
        const Result result = run({QStringLiteral("import"), pack, QStringLiteral("--db"), old.path()});
        QCOMPARE(result.exitCode, 0);
        const int missing = m_file.rowCount(QStringLiteral("model")) - 8 + m_file.rowCount(QStringLiteral("api_price")) - 13;
        QVERIFY2(result.out.contains(QStringLiteral("as pack: %1 to add, 1 to change").arg(missing).toUtf8()),
                 result.out.constData());
        QVERIFY2(result.out.contains("gpus: RTX 4090: fp16_tflops “330.3” → “165.2”"), result.out.constData());
        const QJsonArray models =
            runJson({QStringLiteral("list"), QStringLiteral("models"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--db"), old.path()});
        QCOMPARE(models.size(), m_file.rowCount(QStringLiteral("model")));
        // The added rows cite what the bundle cites, not the pack.
        QCOMPARE(databaseDump(old.path()).count(QStringLiteral("Data pack")), 0);
    }

    void importMeasurementsWrites()
    {
        BundledDatabaseFile file;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.csv"));
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("model,quant,gpu,gpu_count,context,batch,decode_tokens_per_s,vram_bytes,source\n"
                      "Llama 3.3 70B,Q4_K_M,RTX 4090,2,4096,1,15.2,42000000000,team bench\n");
        }
        const QStringList list{QStringLiteral("measurements"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--db"), file.path()};
        QVERIFY(runJson(list).isEmpty());

        const Result result = run({QStringLiteral("import"), path, QStringLiteral("--kind"),
                                   QStringLiteral("measurements"), QStringLiteral("--db"), file.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Written to " + file.path().toUtf8() + "."), result.out.constData());

        const QJsonArray rows = runJson(list);
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row[QStringLiteral("model")].toString(), QStringLiteral("Llama 3.3 70B"));
        QCOMPARE(row[QStringLiteral("gpu")].toString(), QStringLiteral("RTX 4090"));
        QCOMPARE(row[QStringLiteral("count")].toInt(), 2);
        QCOMPARE(row[QStringLiteral("context")].toInt(), 4096);
        QCOMPARE(row[QStringLiteral("source")].toString(), QStringLiteral("team bench"));
        QCOMPARE(row[QStringLiteral("measured_decode_tokens_per_s")].toDouble(), 15.2);
        const double estimatedDecode = row[QStringLiteral("estimated_decode_tokens_per_s")].toDouble();
        QVERIFY(estimatedDecode > 0);
        // The estimate is printed to a tenth of a token/s, so the error computed from it may differ from the
        // printed one by 0.05 / 15.2 x 100 = 0.33 points, plus the printed error's own rounding.
        QVERIFY2(std::abs(row[QStringLiteral("decode_error_pct")].toDouble() - (estimatedDecode - 15.2) / 15.2 * 100)
                     <= 0.39,
                 qPrintable(QString::number(row[QStringLiteral("decode_error_pct")].toDouble())));
        QCOMPARE(row[QStringLiteral("measured_vram_bytes")].toDouble(), 42e9);
        const double estimatedVram = row[QStringLiteral("estimated_vram_bytes")].toDouble();
        QVERIFY(estimatedVram > 0);
        QVERIFY(std::abs(row[QStringLiteral("vram_error_pct")].toDouble() - (estimatedVram - 42e9) / 42e9 * 100)
                <= 0.051);

        // A dry run and a refused file after it leave the stored run alone and add nothing.
        const QByteArray before = fileBytes(file.path());
        QCOMPARE(run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("measurements"),
                      QStringLiteral("--dry-run"), QStringLiteral("--db"), file.path()})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("measurements"),
                      QStringLiteral("--gpu"), QStringLiteral("No Such GPU"), QStringLiteral("--db"), file.path()})
                     .exitCode,
                 2); // a name that matches nothing is a usage error
        QCOMPARE(fileBytes(file.path()), before);
        QCOMPARE(runJson(list).size(), 1);
    }

    // Calibration through the stored data: a run of Llama 3.3 70B on two RTX 4090s at half its bandwidth
    // bound makes every model's llama.cpp decode estimate on RTX 4090s half its bound; RTX 3090s, and vLLM
    // on RTX 4090s, keep the published efficiencies.
    void calibrationMovesEstimatesOnTheSameGpuOnly()
    {
        BundledDatabaseFile file;
        const auto rowsOf = [this, &file](const QStringList &options) {
            QHash<QString, QJsonObject> rows;
            for (const QJsonValue &row : runJson(QStringList{QStringLiteral("fit"), QStringLiteral("--quant"),
                                                             QStringLiteral("Q4_K_M"), QStringLiteral("--context"),
                                                             QStringLiteral("4K"), QStringLiteral("--format"),
                                                             QStringLiteral("json"), QStringLiteral("--db"), file.path()}
                                                 + options))
                rows.insert(row[QStringLiteral("model")].toString(), row.toObject());
            return rows;
        };
        const QStringList on4090{QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--count"),
                                 QStringLiteral("2")};
        const QStringList on3090{QStringLiteral("--gpu"), QStringLiteral("rtx-3090"), QStringLiteral("--count"),
                                 QStringLiteral("2")};
        const QStringList vllm = on4090 + QStringList{QStringLiteral("--engine"), QStringLiteral("vllm")};
        const QStringList cost{QStringLiteral("cost"), QStringLiteral("--model"), QStringLiteral("Qwen3 32B"),
                               QStringLiteral("--gpu"), QStringLiteral("rtx-4090"), QStringLiteral("--count"),
                               QStringLiteral("2"), QStringLiteral("--gpu"), QStringLiteral("rtx-3090"),
                               QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--tokens-per-month"),
                               QStringLiteral("100M"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--db"), file.path()};
        const auto capacities = [this, &cost] {
            const Result result = run(cost);
            QList<double> list;
            for (const QJsonValue &row : QJsonDocument::fromJson(result.out)[QStringLiteral("rows")].toArray()) {
                if (row[QStringLiteral("kind")].toString() == QLatin1String("self-host"))
                    list << row[QStringLiteral("capacity_tokens_per_month")].toDouble();
            }
            return list;
        };
        const QHash<QString, QJsonObject> before = rowsOf(on4090);
        const QByteArray before3090 = run(QStringList{QStringLiteral("fit"), QStringLiteral("--db"), file.path(),
                                                      QStringLiteral("--format"), QStringLiteral("json")} + on3090).out;
        const QByteArray beforeVllm = run(QStringList{QStringLiteral("fit"), QStringLiteral("--db"), file.path(),
                                                      QStringLiteral("--format"), QStringLiteral("json")} + vllm).out;
        const QList<double> capacitiesBefore = capacities();
        QCOMPARE(capacitiesBefore.size(), 2);
        const QJsonObject measured = before.value(QStringLiteral("Llama 3.3 70B"));
        QCOMPARE(measured[QStringLiteral("decode_basis")].toString(), QStringLiteral("bound"));
        QCOMPARE(measured[QStringLiteral("calibration_runs")].toInt(), 0);
        const double bound70 = measured[QStringLiteral("decode_bound_tokens_per_s")].toDouble();
        QVERIFY(bound70 > 10);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.csv"));
        const double speed = std::round(bound70 * 5) / 10; // half the bound, to a tenth as a tool prints it
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("model,quant,gpu,gpu_count,context,batch,decode_tokens_per_s\n"
                      "Llama 3.3 70B,Q4_K_M,RTX 4090,2,4096,1," + QByteArray::number(speed) + "\n");
        }
        QCOMPARE(run({QStringLiteral("import"), path, QStringLiteral("--kind"), QStringLiteral("measurements"),
                      QStringLiteral("--db"), file.path()})
                     .exitCode,
                 0);

        // The fitted efficiency: measured over the run's own bound (printed to a tenth, hence the margins).
        const double efficiency = speed / bound70;
        const QHash<QString, QJsonObject> after = rowsOf(on4090);
        // The run itself shows beside its own estimate (it measured no memory); other models have none.
        QCOMPARE(after.value(QStringLiteral("Llama 3.3 70B"))[QStringLiteral("measured_decode_tokens_per_s")].toDouble(),
                 speed);
        QVERIFY(after.value(QStringLiteral("Llama 3.3 70B"))[QStringLiteral("measured_vram_bytes")].isNull());
        QVERIFY(after.value(QStringLiteral("Qwen3 32B"))[QStringLiteral("measured_decode_tokens_per_s")].isNull());
        for (const QString &name : {QStringLiteral("Llama 3.3 70B"), QStringLiteral("Qwen3 32B"),
                                    QStringLiteral("Llama 3.1 8B Instruct")}) {
            const QJsonObject row = after.value(name);
            QCOMPARE(row[QStringLiteral("decode_basis")].toString(), QStringLiteral("calibrated"));
            QCOMPARE(row[QStringLiteral("calibration_runs")].toInt(), 1);
            const double bound = row[QStringLiteral("decode_bound_tokens_per_s")].toDouble();
            QCOMPARE(bound, before.value(name)[QStringLiteral("decode_bound_tokens_per_s")].toDouble());
            const double expected = efficiency * bound;
            const double margin = expected * 0.05 / bound70 + 0.05 + 0.05 * efficiency;
            QVERIFY2(std::abs(row[QStringLiteral("decode_tokens_per_s")].toDouble() - expected) <= margin,
                     qPrintable(QStringLiteral("%1: %2, expected %3").arg(name).arg(
                         row[QStringLiteral("decode_tokens_per_s")].toDouble()).arg(expected)));
            // The published efficiency gave a clearly different figure: the test sees the calibration.
            QVERIFY(std::abs(before.value(name)[QStringLiteral("decode_tokens_per_s")].toDouble() - expected) > 10 * margin);
        }
        QCOMPARE(run(QStringList{QStringLiteral("fit"), QStringLiteral("--db"), file.path(), QStringLiteral("--format"),
                                 QStringLiteral("json")} + on3090).out,
                 before3090);
        QCOMPARE(run(QStringList{QStringLiteral("fit"), QStringLiteral("--db"), file.path(), QStringLiteral("--format"),
                                 QStringLiteral("json")} + vllm).out,
                 beforeVllm);

        // The cost model's capacity follows: slower on the calibrated RTX 4090s, the RTX 3090s unchanged.
        const QList<double> capacitiesAfter = capacities();
        QCOMPARE(capacitiesAfter.size(), 2);
        QVERIFY2(capacitiesAfter.at(0) < capacitiesBefore.at(0),
                 qPrintable(QStringLiteral("%1 -> %2").arg(capacitiesBefore.at(0)).arg(capacitiesAfter.at(0))));
        QCOMPARE(capacitiesAfter.at(1), capacitiesBefore.at(1));
    }

    void measurementsTable()
    {
        const Result csv = run({QStringLiteral("measurements"), QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--db"), m_file.path()});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.split('\n').first().trimmed(),
                 QByteArray("model,quant,gpu,count,context,batch,measured_decode_tokens_per_s,"
                            "estimated_decode_tokens_per_s,decode_error_pct,measured_vram_bytes,"
                            "estimated_vram_bytes,vram_error_pct,source"));
        const Result json = run({QStringLiteral("measurements"), QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--db"), m_file.path()});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(json.out).isArray());
        const Result bad = run({QStringLiteral("measurements"), QStringLiteral("--format"), QStringLiteral("xml"),
                                QStringLiteral("--db"), m_file.path()});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
