// The bundled dataset against its sources: every row the article prints, figure by figure, and the
// reference facts the estimator depends on.
#include "db/database.h"
#include "db/datasetreader.h"
#include "models/core/dataset.h"
#include "testsupport.h"

#include <QSqlError>
#include <QTest>

#include <algorithm>

class TestDataset : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;

    const ModelRecord *modelNamed(const QString &name) const
    {
        for (const ModelRecord &m : m_data.models) {
            if (m.name == name)
                return &m;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
    }

    // A record put in by id lands where load() would read it, and the lookup by id follows the rows that
    // move down behind it.
    void insertKeepsIdOrderAndLookups()
    {
        Dataset data = m_data;
        ModelRecord later = data.models.first();
        later.id = 1000;
        later.name = QStringLiteral("Later");
        ModelRecord between = later;
        between.id = 500;
        between.name = QStringLiteral("Between");
        data.insert(later);
        data.insert(between);
        QCOMPARE(data.models.size(), m_data.models.size() + 2);
        QVERIFY(std::is_sorted(data.models.cbegin(), data.models.cend(),
                               [](const ModelRecord &a, const ModelRecord &b) { return a.id < b.id; }));
        QCOMPARE(data.model(500)->name, QStringLiteral("Between"));
        QCOMPARE(data.model(1000)->name, QStringLiteral("Later"));
        for (const ModelRecord &m : m_data.models)
            QCOMPARE(data.model(m.id)->name, m.name);
    }

    // The model records of a large file fill memory advised to use huge pages: one fault per 2 MiB
    // rather than per 4 KiB.
    void largeFileFillsHugePages()
    {
        BundledDatabaseFile file;
        QVERIFY(file.isValid());
        const int added = 16000; // over 4 MiB of records: at least one whole huge page among them
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("filler"));
            db.setDatabaseName(file.path());
            QVERIFY(db.open());
            const QString columns = QStringLiteral(
                "reference_model, proxy, vendor, total_params, active_params, layers, hidden_size, attention_heads, "
                "kv_heads, head_dim, attention, kv_lora_rank, qk_rope_head_dim, full_attention_layers, "
                "attention_window, recurrent_state_elements, routed_experts, experts_per_token, shared_experts, "
                "max_context, license, released, notes, uncertain, source_id");
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO model (name, %1) "
                                               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                                               "SELECT m.name || ' #' || n.i, %1 FROM n, "
                                               "(SELECT * FROM model ORDER BY id LIMIT 1) AS m")
                                    .arg(columns)
                                    .arg(added)),
                     qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("filler"));
        Database db;
        QVERIFY2(db.open(file.path(), Database::Access::ReadOnly), qPrintable(db.errorString()));
        Dataset data;
        QString error;
        QVERIFY2(DatasetReader::load(db.connection(), &data, &error), qPrintable(error));
        QCOMPARE(data.models.size(), m_data.models.size() + added);
        const char *boundary = firstHugePageAfter(data.models.constData());
        QVERIFY(boundary < reinterpret_cast<const char *>(&data.models.last()));
        if (!hugePagesAdvised(boundary))
            QSKIP("This system cannot say which memory is advised to use huge pages.");
        QCOMPARE(hugePagesAdvised(boundary), true);
    }

    void tierList_data()
    {
        QTest::addColumn<int>("rank");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quotedParams");
        QTest::addColumn<QString>("highlights");
        // The article's "The Tier List (March 2026)", row by row.
        QTest::addRow("1") << 1 << "S" << "DeepSeek V3.2" << "685B (MoE)" << "Best overall open model, matches GPT-4.1";
        QTest::addRow("2") << 2 << "S" << "Qwen 3.5" << "72B" << "Exceptional multilingual, strong reasoning";
        QTest::addRow("3") << 3 << "A" << "DeepSeek R1" << "671B (MoE)" << "Best open reasoning model, chain-of-thought";
        QTest::addRow("4") << 4 << "A" << "Qwen3-Coder-Next" << "80B (3B active)"
                           << "Outperforms DeepSeek V3.2 on coding benchmarks";
        QTest::addRow("5") << 5 << "B" << "Llama 3.3 70B" << "70B" << "Solid all-rounder, great for fine-tuning";
        QTest::addRow("6") << 6 << "B" << "Mistral Large 3" << "123B" << "Strong instruction following, EU-focused";
        QTest::addRow("7") << 7 << "C" << "Llama 4 Maverick" << "400B (MoE)"
                           << "Disappointing launch, fell from expectations";
        QTest::addRow("8") << 8 << "C" << "Llama 4 Scout" << "109B (MoE)"
                           << "Better than Maverick, but below Qwen/DeepSeek";
    }

    void tierList()
    {
        QFETCH(int, rank);
        QFETCH(QString, tier);
        QFETCH(QString, name);
        QFETCH(QString, quotedParams);
        QFETCH(QString, highlights);
        QCOMPARE(m_data.tierLists.size(), 1);
        QCOMPARE(m_data.tierLists.first().published, QStringLiteral("2026-03"));
        QCOMPARE(m_data.tierEntries.size(), 8);
        const TierEntryRecord &entry = m_data.tierEntries.at(rank - 1);
        QCOMPARE(entry.rank, rank);
        QCOMPARE(entry.tier, tier);
        const ModelRecord *model = m_data.model(entry.modelId);
        QVERIFY(model);
        QCOMPARE(model->name, name);
        QCOMPARE(entry.quotedParams, quotedParams);
        QCOMPARE(entry.highlights, highlights);
        const SourceRecord *source = m_data.source(m_data.tierLists.first().sourceId);
        QVERIFY(source);
        QCOMPARE(source->title, QStringLiteral("Open Source AI in 2026: Closer Than Ever"));
    }

    void hardwareTable_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("fp16");
        QTest::addColumn<double>("q4");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("minimumGpu");
        // The article's "Hardware Requirements" table.
        QTest::addRow("qwen") << "Qwen 3.5 (72B)" << "Qwen 3.5" << 144.0 << 40.0 << false << "2x RTX 4090 or A100";
        QTest::addRow("llama") << "Llama 3.3 (70B)" << "Llama 3.3 70B" << 140.0 << 38.0 << false
                               << "2x RTX 4090 or A100";
        QTest::addRow("mistral") << "Mistral Large (123B)" << "Mistral Large 3" << 246.0 << 68.0 << false
                                 << "2-4x A100 80GB";
        QTest::addRow("deepseek") << "DeepSeek V3.2 (685B MoE)" << "DeepSeek V3.2" << 200.0 << 55.0 << true
                                  << "2-4x A100 80GB";
        QTest::addRow("coder") << "Qwen3-Coder-Next (80B, 3B active)" << "Qwen3-Coder-Next" << 6.0 << 3.0 << true
                               << "RTX 3060 12GB";
    }

    void hardwareTable()
    {
        QFETCH(QString, label);
        QFETCH(QString, model);
        QFETCH(double, fp16);
        QFETCH(double, q4);
        QFETCH(bool, active);
        QFETCH(QString, minimumGpu);
        QCOMPARE(m_data.quotedHardware.size(), 5);
        const auto it = std::find_if(m_data.quotedHardware.cbegin(), m_data.quotedHardware.cend(),
                                     [&](const QuotedHardwareRecord &hw) { return hw.label == label; });
        QVERIFY(it != m_data.quotedHardware.cend());
        QCOMPARE(m_data.model(it->modelId)->name, model);
        QCOMPARE(it->vramFp16Gb, fp16);
        QCOMPARE(it->vramQ4Gb, q4);
        QCOMPARE(it->basisIsActive, active);
        QCOMPARE(it->minimumGpu, minimumGpu);
        QCOMPARE(it->sourceId, 1);
    }

    void costTable_data()
    {
        QTest::addColumn<QString>("approach");
        QTest::addColumn<double>("monthly");
        QTest::addColumn<QString>("tokens");
        QTest::addColumn<double>("perMillion");
        // The article's "Self-Hosting vs API: Cost Analysis" table, as printed.
        QTest::addRow("self-host") << "Self-host Qwen 3.5 (2x A100)" << 3000.0 << "100M+" << 0.03;
        QTest::addRow("deepseek") << "DeepSeek API" << 21000.0 << "100M" << 0.21;
        QTest::addRow("gpt") << "GPT-4.1-mini API" << 100000.0 << "100M" << 1.00;
        QTest::addRow("claude") << "Claude Sonnet API" << 900000.0 << "100M" << 9.00;
    }

    void costTable()
    {
        QFETCH(QString, approach);
        QFETCH(double, monthly);
        QFETCH(QString, tokens);
        QFETCH(double, perMillion);
        QCOMPARE(m_data.quotedCosts.size(), 4);
        const auto it = std::find_if(m_data.quotedCosts.cbegin(), m_data.quotedCosts.cend(),
                                     [&](const QuotedCostRecord &c) { return c.approach == approach; });
        QVERIFY(it != m_data.quotedCosts.cend());
        QCOMPARE(it->monthlyUsd, monthly);
        QCOMPARE(it->tokensQuoted, tokens);
        QCOMPARE(it->tokensPerMonth, 100e6);
        QCOMPARE(it->usdPerMtok, perMillion);
        QCOMPARE(it->sourceId, 1);
    }

    void costRowsLinkWhatTheyPrice()
    {
        const QuotedCostRecord &selfHost = m_data.quotedCosts.at(0);
        QCOMPARE(m_data.gpu(*selfHost.gpuId)->name, QStringLiteral("A100 80GB"));
        QCOMPARE(selfHost.gpuCount, 2);
        QCOMPARE(m_data.model(*selfHost.modelId)->name, QStringLiteral("Qwen 3.5"));
        QCOMPARE(m_data.apiPrice(*m_data.quotedCosts.at(1).apiPriceId)->modelName, QStringLiteral("deepseek-chat (V3.2)"));
        QCOMPARE(m_data.apiPrice(*m_data.quotedCosts.at(2).apiPriceId)->modelName, QStringLiteral("gpt-4.1-mini"));
        QCOMPARE(m_data.apiPrice(*m_data.quotedCosts.at(3).apiPriceId)->modelName, QStringLiteral("claude-sonnet-4.5"));
    }

    void recommendations_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("model");
        QTest::addRow("overall") << "Best overall open model" << "DeepSeek V3.2";
        QTest::addRow("coding") << "Best for coding" << "Qwen3-Coder-Next";
        QTest::addRow("fine-tuning") << "Best for fine-tuning" << "Llama 3.3 70B";
        QTest::addRow("multilingual") << "Best for multilingual" << "Qwen 3.5";
        QTest::addRow("eu") << "Best for EU compliance" << "Mistral Large 3";
    }

    void recommendations()
    {
        QFETCH(QString, category);
        QFETCH(QString, model);
        QCOMPARE(m_data.recommendations.size(), 5);
        const auto it = std::find_if(m_data.recommendations.cbegin(), m_data.recommendations.cend(),
                                     [&](const RecommendationRecord &r) { return r.category == category; });
        QVERIFY(it != m_data.recommendations.cend());
        QCOMPARE(m_data.model(it->modelId)->name, model);
        QVERIFY(!it->reason.isEmpty());
    }

    void architectureFacts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("active"); // 0 for dense
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("kvHeads");
        QTest::addColumn<int>("headDim");
        QTest::addColumn<int>("fullAttentionLayers");
        // From each model's published config.json, as cited in the dataset.
        QTest::addRow("deepseek v3.2") << "DeepSeek V3.2" << 685'000'000'000LL << 37'000'000'000LL << 61 << 128 << 128 << 61;
        QTest::addRow("qwen proxy") << "Qwen 3.5" << 72'710'000'000LL << 0LL << 80 << 8 << 128 << 80;
        QTest::addRow("r1") << "DeepSeek R1" << 671'000'000'000LL << 37'000'000'000LL << 61 << 128 << 128 << 61;
        QTest::addRow("coder") << "Qwen3-Coder-Next" << 79'700'000'000LL << 3'000'000'000LL << 48 << 2 << 256 << 12;
        QTest::addRow("llama 3.3") << "Llama 3.3 70B" << 70'550'000'000LL << 0LL << 80 << 8 << 128 << 80;
        QTest::addRow("mistral") << "Mistral Large 3" << 122'610'000'000LL << 0LL << 88 << 8 << 128 << 88;
        QTest::addRow("maverick") << "Llama 4 Maverick" << 400'000'000'000LL << 17'000'000'000LL << 48 << 8 << 128 << 12;
        QTest::addRow("scout") << "Llama 4 Scout" << 109'000'000'000LL << 17'000'000'000LL << 48 << 8 << 128 << 12;
    }

    void architectureFacts()
    {
        QFETCH(QString, name);
        QFETCH(qint64, total);
        QFETCH(qint64, active);
        QFETCH(int, layers);
        QFETCH(int, kvHeads);
        QFETCH(int, headDim);
        QFETCH(int, fullAttentionLayers);
        const ModelRecord *m = modelNamed(name);
        QVERIFY(m);
        QCOMPARE(m->totalParams, total);
        QCOMPARE(m->activeParams.value_or(0), active);
        QCOMPARE(m->isMoe(), active > 0);
        QCOMPARE(m->layers, layers);
        QCOMPARE(m->kvHeads, kvHeads);
        QCOMPARE(m->headDim, headDim);
        QCOMPARE(m->fullAttentionLayers, fullAttentionLayers);
        QVERIFY(m_data.source(m->sourceId));
    }

    void latentAttentionFacts()
    {
        const ModelRecord *v32 = modelNamed(QStringLiteral("DeepSeek V3.2"));
        QCOMPARE(v32->attention, AttentionKind::MultiHeadLatent);
        QCOMPARE(v32->kvLoraRank, 512);
        QCOMPARE(v32->qkRopeHeadDim, 64);
        const ModelRecord *coder = modelNamed(QStringLiteral("Qwen3-Coder-Next"));
        QCOMPARE(coder->attention, AttentionKind::Hybrid);
        QCOMPARE(coder->recurrentStateElements, 36LL * 32 * 128 * 128);
        QCOMPARE(modelNamed(QStringLiteral("Llama 4 Scout"))->attentionWindow, 8192);
    }

    void referenceTables()
    {
        // The catalogue's sizes (issue 17) are checked by tst_catalogue; here: the article's rows are all there.
        QVERIFY(m_data.gpus.size() >= 15);
        QCOMPARE(m_data.quantFormats.size(), 15);
        QVERIFY(m_data.apiPrices.size() >= 13);
        const QuantFormatRecord *q4km = m_data.quantFormat(QStringLiteral("Q4_K_M"));
        QVERIFY(q4km);
        QCOMPARE(q4km->bitsPerWeight, 4.85);
        const GpuRecord *a100 = nullptr;
        for (const GpuRecord &gpu : m_data.gpus) {
            if (gpu.name == QLatin1String("A100 80GB"))
                a100 = &gpu;
        }
        QVERIFY(a100);
        QCOMPARE(a100->memoryGib, 80.0);
        QCOMPARE(a100->bandwidthGbPerS, 2039.0);
        // An on-demand rate from a named provider: the 2.05 back-calculated from the article's own monthly
        // figure made the audit of that figure confirm itself.
        QCOMPARE(a100->cloudUsdPerHour.value_or(-1), 1.59);
        QCOMPARE(a100->cloudProvider, QStringLiteral("RunPod"));
    }

    void gpuConfigurationPresets()
    {
        QStringList names;
        for (const GpuConfigurationRecord &config : m_data.gpuConfigurations) {
            QVERIFY(config.preset);
            QVERIFY(m_data.gpu(config.gpuId));
            names << QStringLiteral("%1: %2x %3").arg(config.name).arg(config.count).arg(m_data.gpu(config.gpuId)->name);
        }
        QCOMPARE(names, QStringList({"RTX 3060 12GB: 1x RTX 3060 12GB", "2x RTX 4090: 2x RTX 4090",
                                     "A100 80GB: 1x A100 80GB", "2x A100 80GB: 2x A100 80GB",
                                     "4x A100 80GB: 4x A100 80GB"}));
    }

    void everyFactHasASourceWithADate()
    {
        const auto check = [this](qint64 sourceId) {
            const SourceRecord *source = m_data.source(sourceId);
            return source && !source->title.isEmpty() && !source->asOf.isEmpty();
        };
        for (const ModelRecord &r : m_data.models)
            QVERIFY2(check(r.sourceId), qPrintable(r.name));
        for (const GpuRecord &r : m_data.gpus)
            QVERIFY2(check(r.sourceId), qPrintable(r.name));
        for (const QuantFormatRecord &r : m_data.quantFormats)
            QVERIFY2(check(r.sourceId), qPrintable(r.name));
        for (const ApiPriceRecord &r : m_data.apiPrices)
            QVERIFY2(check(r.sourceId), qPrintable(r.modelName));
    }

    // The reference file's notes end some rows with "Say so in the app.", an instruction to whoever builds
    // the data: the bundled notes say the facts, not that.
    void notesAreNotInstructionsToTheBuilders()
    {
        const QString instruction = QStringLiteral("Say so in the app");
        for (const ModelRecord &r : m_data.models)
            QVERIFY2(!r.notes.contains(instruction), qPrintable(r.name));
        for (const GpuRecord &r : m_data.gpus)
            QVERIFY2(!r.notes.contains(instruction), qPrintable(r.name));
        for (const ApiPriceRecord &r : m_data.apiPrices)
            QVERIFY2(!r.notes.contains(instruction), qPrintable(r.modelName));
        QVERIFY(modelNamed(QStringLiteral("Qwen 3.5"))->notes.endsWith(QStringLiteral("used as the proxy.")));
    }

    void uncertainRowsAreFlagged()
    {
        for (const GpuRecord &gpu : m_data.gpus)
            QCOMPARE(gpu.uncertain, gpu.notes.contains(QStringLiteral("[uncertain")));
        QVERIFY(modelNamed(QStringLiteral("Mistral Large 3"))->uncertain);
    }
};

QTEST_GUILESS_MAIN(TestDataset)
#include "tst_dataset.moc"
