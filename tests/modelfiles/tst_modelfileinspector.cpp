// A path as the user gives it — a .gguf, a shard, a .safetensors file, a model folder, a config.json — read
// into one ModelFileFacts: what was counted and what computed, the files read and the source they make.
#include "modelfilewriter.h"
#include "testconfigs.h"

#include "models/modelfiles/modelfileinspector.h"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace TestConfigs;

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A folder named like a hub repository, holding config.json and what else the test writes.
QString modelFolder(const QTemporaryDir &root, const QString &name, const QByteArray &config)
{
    QDir(root.path()).mkpath(name);
    const QString folder = root.filePath(name);
    if (!config.isEmpty())
        writeBytes(folder + QStringLiteral("/config.json"), config);
    return folder;
}

} // namespace

class TestModelFileInspector : public QObject
{
    Q_OBJECT

private slots:
    void ggufFile();
    void ggufShardSet();
    void configAlone();
    void configAndShards();
    void moeActiveCounted();
    void fp8ScalesAreNoParameters();
    void packedWeightsComputed();
    void safetensorsWithoutConfig();
    void shardNamesTheSet();
    void shardSetWithoutIndex();
    void refusals();

private:
    QTemporaryDir m_root;
};

void TestModelFileInspector::ggufFile()
{
    const QString path = m_root.filePath(QStringLiteral("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"));
    QVERIFY(TestModels::llama31_8bGguf().write(path));
    const ModelFileFacts facts = ModelFileInspector::inspect(path);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.format, QStringLiteral("gguf"));
    QCOMPARE(facts.quant, QStringLiteral("Q4_K_M"));
    QCOMPARE(facts.weightsBytes, 5172420864LL); // see tst_ggufreader
    QCOMPARE(facts.model.totalParams, 8030261312LL);
    QVERIFY(!facts.paramsComputed);
    QCOMPARE(facts.files, QStringList{QFileInfo(path).absoluteFilePath()});
    QCOMPARE(facts.sourceTitle, QStringLiteral("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"));
    QCOMPARE(facts.sourceOrigin, QStringLiteral("read from file"));
    QCOMPARE(facts.filesBytes, QFileInfo(path).size());
    QCOMPARE(facts.sourceAsOf,
             QFileInfo(path).lastModified().toUTC().toString(Qt::ISODate)); // "...T15:41:34Z"
    QVERIFY(facts.sourceAsOf.endsWith(QLatin1Char('Z')));
}

void TestModelFileInspector::ggufShardSet()
{
    QTemporaryDir dir;
    for (int s = 0; s < 2; ++s) {
        GgufWriter shard;
        if (s == 0)
            TestModels::llama31_8bOuterTensors(TestModels::llama31_8bMetadata(shard, 32, 10));
        shard.u16(QStringLiteral("split.no"), quint16(s)).u16(QStringLiteral("split.count"), 2);
        for (int i = 0; s == 1 && i < 32; ++i)
            TestModels::llama31_8bLayer(shard, i);
        QVERIFY(shard.write(dir.filePath(QStringLiteral("llama-0000%1-of-00002.gguf").arg(s + 1))));
    }
    const ModelFileFacts facts =
        ModelFileInspector::inspect(dir.filePath(QStringLiteral("llama-00002-of-00002.gguf")));
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.files.size(), 2);
    QCOMPARE(facts.filesBytes, QFileInfo(facts.files.at(0)).size() + QFileInfo(facts.files.at(1)).size());
    QCOMPARE(facts.weightsBytes, 5172420864LL);
    QCOMPARE(facts.sourceTitle, QStringLiteral("llama-00002-of-00002.gguf"));
}

void TestModelFileInspector::configAlone()
{
    const QString folder = modelFolder(m_root, QStringLiteral("Qwen3-8B"), Qwen3_8b);
    const ModelFileFacts facts = ModelFileInspector::inspect(folder);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.format, QStringLiteral("config"));
    QVERIFY(facts.paramsComputed);
    QCOMPARE(facts.weightsBytes, std::nullopt);
    QCOMPARE(facts.bitsPerWeight(), std::nullopt);
    QCOMPARE(facts.tensorCount, 0);
    QCOMPARE(facts.model.totalParams, 8190735360LL); // see tst_hfconfig
    QCOMPARE(facts.model.name, QStringLiteral("Qwen3-8B"));
    QCOMPARE(facts.quant, QStringLiteral("BF16"));
    QCOMPARE(facts.files, QStringList{QFileInfo(folder + QStringLiteral("/config.json")).absoluteFilePath()});
    QCOMPARE(facts.sourceTitle, QStringLiteral("Qwen3-8B"));
    // Naming the config.json itself reads its folder.
    QCOMPARE(ModelFileInspector::inspect(folder + QStringLiteral("/config.json")).model.totalParams,
             8190735360LL);
}

void TestModelFileInspector::configAndShards()
{
    const QString folder = modelFolder(m_root, QStringLiteral("Llama-3.1-8B-Instruct"), Llama31_8b);
    const auto shards = TestModels::llama31_8bSafetensors();
    for (const auto &[name, shard] : shards)
        QVERIFY(shard.write(folder + QLatin1Char('/') + name));
    QVERIFY(writeBytes(folder + QStringLiteral("/model.safetensors.index.json"), safetensorsIndex(shards)));
    // Mistral-style repositories also hold a consolidated copy; with an index it is not counted.
    SafetensorsWriter copy;
    copy.tensor(QStringLiteral("tok_embeddings.weight"), QStringLiteral("BF16"), {128256, 4096});
    QVERIFY(copy.write(folder + QStringLiteral("/consolidated.safetensors")));

    const ModelFileFacts facts = ModelFileInspector::inspect(folder);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.format, QStringLiteral("safetensors"));
    QVERIFY(!facts.paramsComputed);
    QCOMPARE(facts.model.totalParams, 8030261248LL); // counted, and equal to the config's computation
    QCOMPARE(facts.weightsBytes, 16060522496LL);
    QCOMPARE(*facts.bitsPerWeight(), 16.0);
    QCOMPARE(facts.quant, QStringLiteral("BF16"));
    QCOMPARE(facts.tensorCount, 291);
    QCOMPARE(facts.model.layers, 32);
    QCOMPARE(facts.model.kvHeads, 8);
    QCOMPARE(facts.model.maxContext, 131072);
    QCOMPARE(facts.model.name, QStringLiteral("Llama-3.1-8B-Instruct"));
    QCOMPARE(facts.files.size(), 1 + 1 + 4); // config.json, the index, the shards
    QVERIFY(facts.files.first().endsWith(QStringLiteral("config.json")));
    qint64 onDisk = 0;
    for (const QString &file : facts.files)
        onDisk += QFileInfo(file).size();
    QCOMPARE(facts.filesBytes, onDisk);
}

void TestModelFileInspector::moeActiveCounted()
{
    const QString folder = modelFolder(m_root, QStringLiteral("Qwen3-30B-A3B"), Qwen3_30bA3b);
    QVERIFY(TestModels::qwen3MoeSafetensors().write(folder + QStringLiteral("/model.safetensors")));
    const ModelFileFacts facts = ModelFileInspector::inspect(folder);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    // Counted from mlp.experts.N.* tensors: 48 x 128 x 3 x 2048 x 768 routed, 120 of every 128 idle.
    QCOMPARE(facts.model.totalParams, 30532122624LL);
    QCOMPARE(facts.model.activeParams, 30532122624LL - 48LL * 3 * 2048 * 768 * 120);
    QCOMPARE(facts.model.routedExperts, 128);
    QCOMPARE(facts.weightsBytes, 2 * 30532122624LL);
}

void TestModelFileInspector::fp8ScalesAreNoParameters()
{
    // A DeepSeek-style FP8 checkpoint: each quantized weight has a 128x128-block scale tensor beside it.
    const QByteArray config = withKey(Llama31_8b, QStringLiteral("quantization_config"),
                                      QJsonObject{{QStringLiteral("quant_method"), QStringLiteral("fp8")},
                                                  {QStringLiteral("fmt"), QStringLiteral("e4m3")}});
    const QString folder = modelFolder(m_root, QStringLiteral("Llama-FP8"), config);
    SafetensorsWriter w;
    w.tensor(QStringLiteral("model.layers.0.mlp.down_proj.weight"), QStringLiteral("F8_E4M3"), {4096, 14336})
        .tensor(QStringLiteral("model.layers.0.mlp.down_proj.weight_scale_inv"), QStringLiteral("F32"),
                {32, 112})
        .tensor(QStringLiteral("model.norm.weight"), QStringLiteral("BF16"), {4096});
    QVERIFY(w.write(folder + QStringLiteral("/model.safetensors")));
    const ModelFileFacts facts = ModelFileInspector::inspect(folder);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.model.totalParams, 4096LL * 14336 + 4096);
    QCOMPARE(facts.weightsBytes, 4096LL * 14336 + 32 * 112 * 4 + 4096 * 2);
    QCOMPARE(facts.quant, QStringLiteral("FP8"));
}

void TestModelFileInspector::packedWeightsComputed()
{
    // gpt-oss stores its experts as MXFP4 blocks in U8 tensors: two weights a byte, plus scales.
    const QString folder = modelFolder(m_root, QStringLiteral("gpt-oss-20b"), gptOss20b());
    SafetensorsWriter w;
    w.tensor(QStringLiteral("model.layers.0.mlp.experts.gate_up_proj_blocks"), QStringLiteral("U8"),
             {32, 5760, 90, 16})
        .tensor(QStringLiteral("model.layers.0.mlp.experts.gate_up_proj_scales"), QStringLiteral("U8"),
                {32, 5760, 90})
        .tensor(QStringLiteral("model.layers.0.mlp.experts.gate_up_proj_bias"), QStringLiteral("BF16"),
                {32, 5760});
    QVERIFY(w.write(folder + QStringLiteral("/model.safetensors")));
    const ModelFileFacts facts = ModelFileInspector::inspect(folder);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QVERIFY(facts.paramsComputed);
    QCOMPARE(facts.model.totalParams, 20914757184LL); // computed, see tst_hfconfig
    QCOMPARE(facts.model.activeParams, 4187440704LL);
    QCOMPARE(facts.weightsBytes, 32LL * 5760 * 90 * 16 + 32 * 5760 * 90 + 32 * 5760 * 2);
    QCOMPARE(facts.quant, QStringLiteral("MXFP4"));
    QVERIFY(facts.model.notes.contains(QStringLiteral("packed")));
}

void TestModelFileInspector::safetensorsWithoutConfig()
{
    QTemporaryDir dir;
    SafetensorsWriter w;
    w.tensor(QStringLiteral("model.embed_tokens.weight"), QStringLiteral("F16"), {32000, 4096});
    QVERIFY(w.write(dir.filePath(QStringLiteral("tiny-llama.safetensors"))));
    const ModelFileFacts facts =
        ModelFileInspector::inspect(dir.filePath(QStringLiteral("tiny-llama.safetensors")));
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.model.name, QStringLiteral("tiny-llama"));
    QCOMPARE(facts.model.totalParams, 32000LL * 4096);
    QCOMPARE(facts.model.layers, 0);
    QCOMPARE(facts.quant, QStringLiteral("FP16"));
    QVERIFY(facts.model.notes.contains(QStringLiteral("No config.json")));
}

void TestModelFileInspector::shardNamesTheSet()
{
    const QString folder = modelFolder(m_root, QStringLiteral("Llama-shards"), Llama31_8b);
    const auto shards = TestModels::llama31_8bSafetensors();
    for (const auto &[name, shard] : shards)
        QVERIFY(shard.write(folder + QLatin1Char('/') + name));
    QVERIFY(writeBytes(folder + QStringLiteral("/model.safetensors.index.json"), safetensorsIndex(shards)));
    const ModelFileFacts facts =
        ModelFileInspector::inspect(folder + QStringLiteral("/model-00002-of-00004.safetensors"));
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.weightsBytes, 16060522496LL);
    QCOMPARE(facts.model.name, QStringLiteral("Llama-shards"));
    QCOMPARE(facts.sourceTitle, QStringLiteral("model-00002-of-00004.safetensors"));
}

void TestModelFileInspector::shardSetWithoutIndex()
{
    const QString folder = modelFolder(m_root, QStringLiteral("no-index"), Llama31_8b);
    const auto shards = TestModels::llama31_8bSafetensors();
    for (const auto &[name, shard] : shards)
        QVERIFY(shard.write(folder + QLatin1Char('/') + name));
    const ModelFileFacts whole = ModelFileInspector::inspect(folder);
    QVERIFY2(whole.ok(), qPrintable(whole.error));
    QCOMPARE(whole.weightsBytes, 16060522496LL);

    // A fifth file beside an unindexed set: which files make the model is unknown.
    SafetensorsWriter copy;
    copy.tensor(QStringLiteral("x"), QStringLiteral("BF16"), {4});
    QVERIFY(copy.write(folder + QStringLiteral("/consolidated.safetensors")));
    const ModelFileFacts ambiguous = ModelFileInspector::inspect(folder);
    QVERIFY2(ambiguous.error.contains(QStringLiteral("no model.safetensors.index.json")),
             qPrintable(ambiguous.error));

    QFile::remove(folder + QStringLiteral("/consolidated.safetensors"));
    QFile::remove(folder + QStringLiteral("/model-00003-of-00004.safetensors"));
    QVERIFY(ModelFileInspector::inspect(folder).error.contains(
        QStringLiteral("model-00003-of-00004.safetensors is missing")));
}

void TestModelFileInspector::refusals()
{
    QTemporaryDir dir;
    QVERIFY(ModelFileInspector::inspect(dir.filePath(QStringLiteral("absent.gguf")))
                .error.contains(QStringLiteral("no such file")));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("weights.bin")), "x"));
    QVERIFY(ModelFileInspector::inspect(dir.filePath(QStringLiteral("weights.bin")))
                .error.startsWith(QStringLiteral("weights.bin: ")));
    // A folder without config.json.
    QVERIFY(ModelFileInspector::inspect(dir.path()).error.contains(QStringLiteral("config.json")));
    // A broken config.json beside good weights is named.
    const QString folder =
        modelFolder(m_root, QStringLiteral("broken"),
                    withKey(Llama31_8b, QStringLiteral("model_type"), QStringLiteral("rwkv")));
    SafetensorsWriter w;
    w.tensor(QStringLiteral("a"), QStringLiteral("BF16"), {4});
    QVERIFY(w.write(folder + QStringLiteral("/model.safetensors")));
    const ModelFileFacts broken = ModelFileInspector::inspect(folder + QStringLiteral("/model.safetensors"));
    QVERIFY2(broken.error.startsWith(QStringLiteral("config.json: model_type “rwkv”")),
             qPrintable(broken.error));
    QVERIFY(broken.files.isEmpty() && broken.sourceTitle.isEmpty());
    // A GGUF reader's refusal comes through with the file named.
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("cut.gguf")), "GGUF\x03"));
    QVERIFY(ModelFileInspector::inspect(dir.filePath(QStringLiteral("cut.gguf")))
                .error.startsWith(QStringLiteral("cut.gguf: ")));
}

QTEST_APPLESS_MAIN(TestModelFileInspector)
#include "tst_modelfileinspector.moc"
