// `inspect` and `import` of model files, run as a user runs them: the built binary on GGUF and safetensors
// files written by modelfilewriter.h with Llama 3.1 8B's real tensor names and shapes.
#include "modelfiles/modelfilewriter.h"
#include "modelfiles/testconfigs.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

// Llama 3.1 8B in modelfilewriter.h's Q4_K_M mix, summed by hand from ggml's block sizes: Q4_K is 144 bytes
// per 256 weights, Q6_K 210 per 256, F32 4 bytes each. Per layer: norms 2 x 16,384; attn_q and attn_output
// 2 x 9,437,184; attn_k 2,359,296; attn_v (Q6_K) 3,440,640; ffn_gate and ffn_up 2 x 33,030,144; ffn_down
// (Q6_K) 48,168,960 = 138,936,320. Outside them: rope_freqs 256, token_embd 295,501,824, output_norm 16,384
// and output (Q6_K) 430,940,160 = 726,458,624.
constexpr qint64 Llama8bQ4KmBytes = 726'458'624LL + 32 * 138'936'320LL; // 5,172,420,864
// Elements: 64 + 2 x 4096 x 128256 + 4096 + 32 x (2 x 4096 + 2 x 4096^2 + 2 x 4096 x 1024 + 3 x 4096 x 14336).
constexpr qint64 Llama8bParams = 8'030'261'312LL;

const QStringList ContractKeys{"name",
                               "total_params",
                               "active_params",
                               "layers",
                               "hidden_size",
                               "attention_heads",
                               "kv_heads",
                               "head_dim",
                               "attention",
                               "kv_lora_rank",
                               "qk_rope_head_dim",
                               "full_attention_layers",
                               "attention_window",
                               "routed_experts",
                               "experts_per_token",
                               "shared_experts",
                               "max_context",
                               "format",
                               "quant",
                               "weights_bytes",
                               "bits_per_weight",
                               "tensor_count"};

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestModelFileCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_files;

    CommandResult run(const QStringList &arguments)
    {
        return runCommand(QStringLiteral(LLM_ATLAS_BINARY), arguments, m_home.path());
    }

    QString llamaGguf(const QString &fileName, bool withOrganization = true)
    {
        GgufWriter w;
        if (withOrganization)
            w.str(QStringLiteral("general.organization"), QStringLiteral("Meta Llama"));
        TestModels::llama31_8bMetadata(w, 32, 100);
        TestModels::llama31_8bOuterTensors(w);
        for (int i = 0; i < 32; ++i)
            TestModels::llama31_8bLayer(w, i);
        const QString path = m_files.filePath(fileName);
        return w.write(path) ? path : QString();
    }

    // Row counts and values straight from the file, on a connection of the test's own.
    static QVariantList column(const QString &database, const QString &sql)
    {
        QVariantList values;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql)) {
                    while (query.next())
                        values << query.value(0);
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return values;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.isValid() && m_files.isValid()); }

    void inspectGgufAsJson()
    {
        const QString path = llamaGguf(QStringLiteral("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"));
        QVERIFY(!path.isEmpty());
        const CommandResult result = run({QStringLiteral("inspect"), path, QStringLiteral("--format"),
                                          QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        const QJsonObject facts = QJsonDocument::fromJson(result.out).object();
        for (const QString &key : ContractKeys)
            QVERIFY2(facts.contains(key), qPrintable(key));
        QCOMPARE(facts[QStringLiteral("name")].toString(), QStringLiteral("Meta Llama 3.1 8B Instruct"));
        QCOMPARE(facts[QStringLiteral("format")].toString(), QStringLiteral("gguf"));
        QCOMPARE(facts[QStringLiteral("quant")].toString(), QStringLiteral("Q4_K_M"));
        QCOMPARE(facts[QStringLiteral("weights_bytes")].toInteger(), Llama8bQ4KmBytes);
        QCOMPARE(facts[QStringLiteral("total_params")].toInteger(), Llama8bParams);
        QCOMPARE(facts[QStringLiteral("active_params")].toInteger(), Llama8bParams); // dense: all of them
        QCOMPARE(facts[QStringLiteral("tensor_count")].toInteger(), 4 + 32 * 9);
        QCOMPARE(facts[QStringLiteral("bits_per_weight")].toDouble(), Llama8bQ4KmBytes * 8.0 / Llama8bParams);
        QCOMPARE(facts[QStringLiteral("layers")].toInt(), 32);
        QCOMPARE(facts[QStringLiteral("hidden_size")].toInt(), 4096);
        QCOMPARE(facts[QStringLiteral("attention_heads")].toInt(), 32);
        QCOMPARE(facts[QStringLiteral("kv_heads")].toInt(), 8);
        QCOMPARE(facts[QStringLiteral("head_dim")].toInt(), 128);
        QCOMPARE(facts[QStringLiteral("attention")].toString(), QStringLiteral("gqa"));
        QCOMPARE(facts[QStringLiteral("full_attention_layers")].toInt(), 32);
        QCOMPARE(facts[QStringLiteral("max_context")].toInteger(), 131072);
        QVERIFY(facts[QStringLiteral("kv_lora_rank")].isNull());
        QVERIFY(facts[QStringLiteral("routed_experts")].isNull());
    }

    void inspectTableAndConfigAlone()
    {
        const QString path = llamaGguf(QStringLiteral("table.gguf"));
        CommandResult result = run({QStringLiteral("inspect"), path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Q4_K_M"), result.out.constData());
        QVERIFY(result.out.contains(QByteArray::number(Llama8bQ4KmBytes)));

        // A folder with config.json alone: the architecture, and no weights to measure.
        QDir folder(m_files.path());
        QVERIFY(folder.mkpath(QStringLiteral("Llama-3.1-8B")));
        QFile config(m_files.filePath(QStringLiteral("Llama-3.1-8B/config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(TestConfigs::Llama31_8b);
        config.close();
        result = run({QStringLiteral("inspect"), m_files.filePath(QStringLiteral("Llama-3.1-8B")),
                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject facts = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(facts[QStringLiteral("format")].toString(), QStringLiteral("config"));
        QVERIFY(facts[QStringLiteral("weights_bytes")].isNull());
        QVERIFY(facts[QStringLiteral("bits_per_weight")].isNull());
        QCOMPARE(facts[QStringLiteral("layers")].toInt(), 32);
        QCOMPARE(facts[QStringLiteral("name")].toString(), QStringLiteral("Llama-3.1-8B"));
    }

    void importAddsTheModelAndItsMeasuredSize()
    {
        BundledDatabaseFile database;
        QVERIFY(database.isValid());
        const QString path = llamaGguf(QStringLiteral("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"));
        const QByteArray before = checksum(database.path());

        // A dry run reports and writes nothing.
        CommandResult result = run({QStringLiteral("import"), path, QStringLiteral("--db"), database.path(),
                                    QStringLiteral("--dry-run")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains("adds the model"), result.out.constData());
        QVERIFY(result.out.contains("Dry run"));
        QCOMPARE(checksum(database.path()), before);

        result = run({QStringLiteral("import"), path, QStringLiteral("--db"), database.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Meta Llama 3.1 8B Instruct"), result.out.constData());
        QCOMPARE(column(database.path(), QStringLiteral("SELECT vendor FROM model WHERE name = 'Meta Llama 3.1 8B Instruct'")),
                 QVariantList{QStringLiteral("Meta Llama")});
        QCOMPARE(column(database.path(), QStringLiteral("SELECT quant || '=' || weights_bytes || ' ' || file_name "
                                                        "FROM measured_size")),
                 QVariantList{QStringLiteral("Q4_K_M=%1 Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf").arg(Llama8bQ4KmBytes)});
        const QVariantList source = column(database.path(),
                                           QStringLiteral("SELECT title || ' | ' || origin FROM source WHERE id = "
                                                          "(SELECT source_id FROM measured_size)"));
        QCOMPARE(source, QVariantList{QStringLiteral("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf | read from file")});

        // fit sizes that model at Q4_K_M with the measured bytes, and says so; others stay estimated.
        const QStringList fit{QStringLiteral("fit"), QStringLiteral("--db"), database.path(), QStringLiteral("--gpu"),
                              QStringLiteral("RTX 4090"), QStringLiteral("--quant"), QStringLiteral("Q4_K_M"),
                              QStringLiteral("--format"), QStringLiteral("json")};
        result = run(fit + QStringList{QStringLiteral("--model"), QStringLiteral("Meta Llama 3.1 8B Instruct")});
        QCOMPARE(result.exitCode, 0);
        QJsonArray rows = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)[QStringLiteral("weights_bytes")].toInteger(), Llama8bQ4KmBytes);
        QCOMPARE(rows.at(0)[QStringLiteral("weights_source")].toString(), QStringLiteral("measured"));
        result = run(fit + QStringList{QStringLiteral("--model"), QStringLiteral("Llama 4 Scout")});
        rows = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(rows.at(0)[QStringLiteral("weights_source")].toString(), QStringLiteral("estimated"));
        // At another quantization the measure does not apply.
        QStringList q8 = fit;
        q8[6] = QStringLiteral("Q8_0");
        result = run(q8 + QStringList{QStringLiteral("--model"), QStringLiteral("Meta Llama 3.1 8B Instruct")});
        rows = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(rows.at(0)[QStringLiteral("weights_source")].toString(), QStringLiteral("estimated"));

        // cost sizes its self-hosting rows with the same measured weights, and says so.
        const QStringList cost{QStringLiteral("cost"), QStringLiteral("--db"), database.path(),
                               QStringLiteral("--model"), QStringLiteral("Meta Llama 3.1 8B Instruct"),
                               QStringLiteral("--gpu"), QStringLiteral("RTX 4090"), QStringLiteral("--tokens-per-month"),
                               QStringLiteral("100M"), QStringLiteral("--quant")};
        result = run(cost + QStringList{QStringLiteral("Q4_K_M"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QJsonObject summary = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(summary[QStringLiteral("weights_source")].toString(), QStringLiteral("measured"));
        QCOMPARE(summary[QStringLiteral("weights_bytes")].toInteger(), Llama8bQ4KmBytes);
        result = run(cost + QStringList{QStringLiteral("Q4_K_M")});
        QVERIFY2(result.out.contains("Q4_K_M weights measured from Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf: 5.2 GB"),
                 result.out.constData());
        result = run(cost + QStringList{QStringLiteral("Q8_0"), QStringLiteral("--format"), QStringLiteral("json")});
        summary = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(summary[QStringLiteral("weights_source")].toString(), QStringLiteral("estimated"));
        QCOMPARE(summary[QStringLiteral("weights_bytes")].toInteger(), qint64(std::llround(Llama8bParams * 8.5 / 8)));

        // The same file again changes nothing.
        const QByteArray imported = checksum(database.path());
        result = run({QStringLiteral("import"), path, QStringLiteral("--db"), database.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Nothing to change"), result.out.constData());
        QCOMPARE(checksum(database.path()), imported);
    }

    void importChangesTheSameNamedModelFieldByField()
    {
        BundledDatabaseFile database;
        QVERIFY(database.isValid());
        const int models = database.rowCount(QStringLiteral("model"));
        // No organization in the file: the same-named model's vendor stands.
        const QString path = llamaGguf(QStringLiteral("scout-as-8b.gguf"), false);
        const CommandResult result = run({QStringLiteral("import"), path, QStringLiteral("--name"),
                                          QStringLiteral("Llama 4 Scout"), QStringLiteral("--db"), database.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("changes “Llama 4 Scout”"), result.out.constData());
        QVERIFY2(result.out.contains("layers: “48” → “32”"), result.out.constData());
        QVERIFY2(result.out.contains("routed_experts: “16” → (empty)"), result.out.constData());
        QCOMPARE(column(database.path(), QStringLiteral("SELECT layers || ' ' || vendor FROM model WHERE name = 'Llama 4 Scout'")),
                 QVariantList{QStringLiteral("32 Meta")});
        QCOMPARE(column(database.path(), QStringLiteral("SELECT count(*) FROM model")), QVariantList{models}); // changed, not added
    }

    void refusesAndWritesNothing_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("problem");

        QTest::addRow("not a GGUF") << "garbage.gguf" << QByteArray("this is text, not a model") << "";
        GgufWriter truncated;
        TestModels::llama31_8bMetadata(truncated, 32, 10);
        QTest::addRow("truncated header") << "truncated.gguf" << truncated.header().left(300) << "";
        QByteArray huge = QByteArrayLiteral("GGUF") + GgufWriter::le(quint32(3)) + GgufWriter::le(quint64(0))
                          + GgufWriter::le(quint64(1)) + GgufWriter::le(quint64(1ULL << 60)) + QByteArray("abc");
        QTest::addRow("string of 2^60 bytes") << "huge-string.gguf" << huge << "";
        QTest::addRow("safetensors header past the end")
            << "model.safetensors" << GgufWriter::le(quint64(1'000'000)) + QByteArray("{\"a\":") << "";
        QTest::addRow("no vendor") << "no-vendor.gguf" << QByteArray() << "--vendor";
    }

    void refusesAndWritesNothing()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, contents);
        QFETCH(QString, problem);
        BundledDatabaseFile database;
        QVERIFY(database.isValid());
        QString path = m_files.filePath(fileName);
        if (contents.isEmpty()) {
            path = llamaGguf(fileName, false);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        const QByteArray before = checksum(database.path());
        QElapsedTimer timer;
        timer.start();
        const CommandResult result = run({QStringLiteral("import"), path, QStringLiteral("--db"), database.path()});
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(fileName.toUtf8()), result.err.constData());
        QVERIFY2(result.err.contains("Nothing was written"), result.err.constData());
        if (!problem.isEmpty())
            QVERIFY2(result.err.contains(problem.toUtf8()), result.err.constData());
        QVERIFY(result.out.isEmpty());
        QCOMPARE(checksum(database.path()), before);

        const CommandResult inspected = run({QStringLiteral("inspect"), path});
        QCOMPARE(inspected.exitCode, problem.isEmpty() ? 1 : 0);
    }

    void usage()
    {
        CommandResult result = run({QStringLiteral("inspect")});
        QCOMPARE(result.exitCode, 2);
        result = run({QStringLiteral("inspect"), m_files.path(), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(result.exitCode, 2);
        result = run({QStringLiteral("inspect"), m_files.filePath(QStringLiteral("missing.gguf"))});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains("missing.gguf"));
    }
};

QTEST_GUILESS_MAIN(TestModelFileCommands)
#include "tst_modelfilecommands.moc"
