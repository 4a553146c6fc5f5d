// Every bundled model against its own config.json (tests/data/configs/, named after the repository with
// '/' as "__"), read by the same reader as a model folder: the parameters the config implies, by the
// catalogue's one rule (text decoder with embeddings and untied head; no multi-token-prediction modules, no
// vision encoder), within 2 %, and the attention shape exactly.
#include "models/core/dataset.h"
#include "models/modelfiles/hfconfig.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTest>

namespace {

const QString ConfigFolder = QStringLiteral(LLM_ATLAS_TEST_DATA "/configs");

// Rows whose reference_model does not name their config's file: the article's rows name the model
// without its organisation, and a few catalogue rows were read from a published twin (models.csv says
// which in source_origin).
const QHash<QString, QString> &configAliases()
{
    static const QHash<QString, QString> aliases{
        {QStringLiteral("DeepSeek-V3.2"), QStringLiteral("deepseek-ai/DeepSeek-V3.2")},
        {QStringLiteral("Qwen2.5-72B"), QStringLiteral("Qwen/Qwen2.5-72B-Instruct")},
        // DeepSeek's R1, R1-0528 and V3.1 are DeepSeek-V3's architecture (their cards say so): read from the
        // copy of the DeepSeek-V3 config tt-metal keeps as its reference.
        {QStringLiteral("DeepSeek-R1"), QStringLiteral("deepseek-ai/DeepSeek-V3")},
        {QStringLiteral("deepseek-ai/DeepSeek-R1-0528"), QStringLiteral("deepseek-ai/DeepSeek-V3")},
        {QStringLiteral("deepseek-ai/DeepSeek-V3.1"), QStringLiteral("deepseek-ai/DeepSeek-V3")},
        // Its row cites Qwen3-Next-80B-A3B's config: Qwen3-Coder-Next is that architecture (its card says so).
        {QStringLiteral("Qwen3-Coder-Next"), QStringLiteral("Qwen/Qwen3-Next-80B-A3B-Instruct")},
        {QStringLiteral("Llama-3.3-70B-Instruct"), QStringLiteral("meta-llama/Llama-3.3-70B-Instruct")},
        {QStringLiteral("Mistral-Large-Instruct-2411"), QStringLiteral("mistralai/Mistral-Large-Instruct-2411")},
        {QStringLiteral("Llama-4-Maverick-17B-128E-Instruct"),
         QStringLiteral("meta-llama/Llama-4-Maverick-17B-128E-Instruct")},
        {QStringLiteral("Llama-4-Scout-17B-16E-Instruct"), QStringLiteral("meta-llama/Llama-4-Scout-17B-16E-Instruct")},
        {QStringLiteral("mistralai/Mixtral-8x7B-Instruct-v0.1"), QStringLiteral("mistralai/Mixtral-8x7B-v0.1")},
        // Chat and instruct models read from their base model's config: tuning changes no shape (the cards
        // say which base each is tuned from). Qwen2.5-14B's base config gives 131072 positions, the Instruct
        // model 32768; the context is not compared here.
        {QStringLiteral("meta-llama/Llama-2-13b-chat-hf"), QStringLiteral("meta-llama/Llama-2-13b-hf")},
        {QStringLiteral("codellama/CodeLlama-7b-Instruct-hf"), QStringLiteral("codellama/CodeLlama-7b-hf")},
        {QStringLiteral("Qwen/Qwen2.5-14B-Instruct"), QStringLiteral("Qwen/Qwen2.5-14B")},
        // Fine-tunes of a Llama model, read from that model's config: DeepSeek's distillations (their card
        // names Llama-3.1-8B and Llama-3.3-70B-Instruct as the bases) and NVIDIA's Nemotron 70B (tuned from
        // Llama-3.1-70B-Instruct) keep the base's shape and vocabulary.
        {QStringLiteral("deepseek-ai/DeepSeek-R1-Distill-Llama-8B"),
         QStringLiteral("meta-llama/Llama-3.1-8B-Instruct")},
        {QStringLiteral("deepseek-ai/DeepSeek-R1-Distill-Llama-70B"),
         QStringLiteral("meta-llama/Llama-3.3-70B-Instruct")},
        {QStringLiteral("nvidia/Llama-3.1-Nemotron-70B-Instruct-HF"),
         QStringLiteral("meta-llama/Llama-3.1-70B-Instruct")},
    };
    return aliases;
}

QString configPath(const ModelRecord &model)
{
    const QString repository = configAliases().value(model.referenceModel, model.referenceModel);
    return ConfigFolder + QLatin1Char('/') + QString(repository).replace(QLatin1Char('/'), QStringLiteral("__"))
           + QStringLiteral(".json");
}

// Models without a config.json copy here (db/data/catalogue/README.md lists them and why): none was found in
// the stored index of public repositories, or the one their facts were read from came from a fetched
// snapshot, which is not committed. Their facts come from those copies, a re-statement (litgpt's table,
// mlc-llm's presets) or the article's sources, and are not checked here.
const QSet<QString> &withoutConfig()
{
    static const QSet<QString> names{
        QStringLiteral("DeepSeek V3.2"), QStringLiteral("Qwen 3.5"), QStringLiteral("Mistral Large 3"),
        QStringLiteral("OLMo 2 7B Instruct"), QStringLiteral("OLMo 2 13B Instruct"),
        QStringLiteral("OLMo 2 32B Instruct"), QStringLiteral("Qwen2.5 1.5B Instruct"),
        QStringLiteral("Qwen2.5 72B Instruct"), QStringLiteral("Qwen2.5 Coder 1.5B Instruct"),
        QStringLiteral("Qwen2.5 Coder 3B Instruct"), QStringLiteral("Qwen2.5 Coder 7B Instruct"),
        QStringLiteral("Qwen2.5 Coder 14B Instruct"), QStringLiteral("QwQ 32B"),
        QStringLiteral("Qwen3 30B-A3B Thinking 2507"), QStringLiteral("Qwen3 235B-A22B Instruct 2507"),
        QStringLiteral("Qwen3 235B-A22B Thinking 2507"), QStringLiteral("Gemma 3 12B (text)"),
        QStringLiteral("Gemma 7B Instruct"), QStringLiteral("Phi-3 mini 128K Instruct"),
        QStringLiteral("Phi-4 mini Instruct"), QStringLiteral("Phi-4 reasoning"),
        QStringLiteral("Mistral 7B Instruct v0.2"), QStringLiteral("Mistral Large 2 (2407)"),
        QStringLiteral("Mistral Large 2.1 (2411)"), QStringLiteral("Llama 2 7B Chat"),
        QStringLiteral("Llama 2 70B Chat"), QStringLiteral("Code Llama 70B Instruct"),
        QStringLiteral("Falcon3 3B Instruct"), QStringLiteral("Falcon3 7B Instruct"),
        QStringLiteral("Falcon3 10B Instruct"), QStringLiteral("MiniMax M1 80k"),
        QStringLiteral("Qwen2.5 Coder 32B Instruct"), QStringLiteral("Qwen3 235B-A22B"),
        QStringLiteral("Qwen3 Coder 480B-A35B Instruct"), QStringLiteral("Qwen3-VL 235B-A22B Instruct (text)"),
        QStringLiteral("Qwen3-VL 2B Instruct (text)"), QStringLiteral("Qwen3-VL 30B-A3B Instruct (text)"),
        QStringLiteral("Qwen3-VL 32B Instruct (text)"), QStringLiteral("Qwen3-VL 32B Thinking (text)"),
        QStringLiteral("Qwen3-VL 8B Instruct (text)"), QStringLiteral("MiMo 7B (base)"),
        QStringLiteral("Code Llama 34B Instruct"), QStringLiteral("DeepSeek V2 Lite"),
        QStringLiteral("Llama 3.1 405B Instruct"), QStringLiteral("Mistral 7B v0.1 (base)"),
        QStringLiteral("Mistral 7B Instruct v0.1"), QStringLiteral("Mistral Nemo 12B Instruct 2407"),
        QStringLiteral("Mixtral 8x22B Instruct v0.1"), QStringLiteral("Mixtral 8x22B (base v0.1)"),
        QStringLiteral("Kimi K2 Instruct"), QStringLiteral("Llama 3.3 Nemotron Super 49B v1"),
        QStringLiteral("Nemotron 3 Nano 30B-A3B"), QStringLiteral("Nemotron-H 56B (base)"),
        QStringLiteral("gpt-oss 20B"),
    };
    return names;
}

bool within(qint64 value, qint64 expected, double share)
{
    return std::abs(double(value) - double(expected)) <= share * double(expected);
}

} // namespace

class TestCatalogueConfigs : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
    }

    // The list of models without a config names bundled models that really have none, so it cannot
    // hide a model that gained its config or was renamed.
    void modelsWithoutAConfigAreListed()
    {
        QSet<QString> bundled;
        for (const ModelRecord &model : m_data.models) {
            bundled.insert(model.name);
            const bool hasConfig = QFileInfo::exists(configPath(model));
            QVERIFY2(hasConfig != withoutConfig().contains(model.name),
                     qPrintable(model.name + (hasConfig ? QStringLiteral(": has a config, yet is listed without one")
                                                        : QStringLiteral(": no config at ") + configPath(model))));
        }
        for (const QString &name : withoutConfig())
            QVERIFY2(bundled.contains(name), qPrintable(name + QStringLiteral(" is not bundled")));
    }

    void matchesItsConfig_data()
    {
        QTest::addColumn<qint64>("modelId");
        for (const ModelRecord &model : m_data.models) {
            if (!withoutConfig().contains(model.name))
                QTest::addRow("%s", qPrintable(model.name)) << model.id;
        }
    }

    void matchesItsConfig()
    {
        QFETCH(qint64, modelId);
        const ModelRecord *row = m_data.model(modelId);
        QVERIFY(row);
        const HfConfigFacts config = HfConfig::readFile(configPath(*row));
        QVERIFY2(config.ok(), qPrintable(config.error));
        const ModelRecord &read = config.model;

        QCOMPARE(row->layers, read.layers);
        QCOMPARE(row->attentionHeads, read.attentionHeads);
        QCOMPARE(row->kvHeads, read.kvHeads);
        QCOMPARE(row->headDim, read.headDim);
        QCOMPARE(row->hiddenSize, read.hiddenSize);
        QCOMPARE(row->routedExperts, read.routedExperts);
        QCOMPARE(row->expertsPerToken, read.expertsPerToken);
        QCOMPARE(row->sharedExperts, read.sharedExperts);
        // What the KV cache estimate reads besides the heads.
        QCOMPARE(row->attention, read.attention);
        QCOMPARE(row->fullAttentionLayers, read.fullAttentionLayers);
        QCOMPARE(row->attentionWindow, read.attentionWindow);
        QCOMPARE(row->kvLoraRank, read.kvLoraRank);
        QCOMPARE(row->qkRopeHeadDim, read.qkRopeHeadDim);
        QCOMPARE(row->recurrentStateElements, read.recurrentStateElements);
        QVERIFY2(within(row->totalParams, read.totalParams, 0.02),
                 qPrintable(QStringLiteral("bundled %1, its config %2").arg(row->totalParams).arg(read.totalParams)));
        QCOMPARE(row->activeParams.has_value(), read.activeParams.has_value());
        if (read.activeParams) {
            // The article's row keeps the published "3B activated"; by the catalogue's rule (embeddings and
            // head counted) it is 3.87B, as its note says. Changing it moves the article's estimates.
            QEXPECT_FAIL("Qwen3-Coder-Next", "the published active count is kept (see the row's note)", Continue);
            QVERIFY2(within(*row->activeParams, *read.activeParams, 0.02),
                     qPrintable(QStringLiteral("bundled active %1, its config %2")
                                    .arg(*row->activeParams)
                                    .arg(*read.activeParams)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogueConfigs)
#include "tst_catalogueconfigs.moc"
