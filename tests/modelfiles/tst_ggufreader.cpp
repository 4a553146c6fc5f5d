// GGUF headers read exactly, split sets summed, every malformed header refused quickly, and the facts
// llama.cpp would read from them. Files are written by modelfilewriter.h with the real tensor names and
// shapes of the models named; tensor data is a sparse hole.
#include "modelfilewriter.h"

#include "models/core/estimation/memoryestimator.h"
#include "models/modelfiles/ggmltype.h"
#include "models/modelfiles/ggufmodel.h"
#include "models/modelfiles/ggufreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

namespace {

// Bytes of `elements` elements of a block-quantized type, from ggml-common.h's block layouts.
constexpr qint64 q4k(qint64 elements)
{
    return elements / 256 * 144;
} // block_q4_K: 2+2+12+128 bytes
constexpr qint64 q6k(qint64 elements)
{
    return elements / 256 * 210;
} // block_q6_K: 128+64+16+2 bytes
constexpr qint64 f32(qint64 elements)
{
    return elements * 4;
}

constexpr quint64 Big = quint64(1) << 60;

QByteArray patched(QByteArray bytes, qsizetype at, quint64 value)
{
    qToLittleEndian(value, bytes.data() + at);
    return bytes;
}

// A header up to its key/values, for hand-made bodies: magic, version, counts.
QByteArray start(quint64 tensors, quint64 kvs, quint32 version = 3)
{
    return QByteArrayLiteral("GGUF") + GgufWriter::le(version) + GgufWriter::le(tensors) +
           GgufWriter::le(kvs);
}

QByteArray key(const QByteArray &name, quint32 type)
{
    return GgufWriter::string(name) + GgufWriter::le(type);
}

QByteArray tensorInfo(const QByteArray &name, const QList<quint64> &dims, quint32 type, quint64 offset = 0)
{
    QByteArray info = GgufWriter::string(name) + GgufWriter::le(quint32(dims.size()));
    for (quint64 d : dims)
        info += GgufWriter::le(d);
    return info + GgufWriter::le(type) + GgufWriter::le(offset);
}

} // namespace

class TestGgufReader : public QObject
{
    Q_OBJECT

private slots:
    void typeTraits_data();
    void typeTraits();
    void fileTypeNames();
    void llama31_8b();
    void metadataOfEveryType();
    void qwen3Moe();
    void splitShards();
    void missingShard();
    void shardRenamed();
    void refusesBadHeaders_data();
    void refusesBadHeaders();
    void truncatedData();
    void headerCap();
    void missingArchitectureKeys();
    void slidingWindowLayouts_data();
    void slidingWindowLayouts();
    void hybridQwen3Next();
    void mlaDeepseek();
    void perLayerKvHeads();
    void absurdExpertCount();
    void version2();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestGgufReader::typeTraits_data()
{
    QTest::addColumn<quint32>("type");
    QTest::addColumn<qint64>("blockSize");
    QTest::addColumn<qint64>("blockBytes");
    // ggml-common.h: sizeof(block_*) and QK_* for every type a GGUF may hold.
    QTest::addRow("F32") << 0u << 1LL << 4LL;
    QTest::addRow("F16") << 1u << 1LL << 2LL;
    QTest::addRow("Q4_0") << 2u << 32LL << 18LL;
    QTest::addRow("Q4_1") << 3u << 32LL << 20LL;
    QTest::addRow("Q5_0") << 6u << 32LL << 22LL;
    QTest::addRow("Q5_1") << 7u << 32LL << 24LL;
    QTest::addRow("Q8_0") << 8u << 32LL << 34LL;
    QTest::addRow("Q8_1") << 9u << 32LL << 36LL;
    QTest::addRow("Q2_K") << 10u << 256LL << 84LL;
    QTest::addRow("Q3_K") << 11u << 256LL << 110LL;
    QTest::addRow("Q4_K") << 12u << 256LL << 144LL;
    QTest::addRow("Q5_K") << 13u << 256LL << 176LL;
    QTest::addRow("Q6_K") << 14u << 256LL << 210LL;
    QTest::addRow("Q8_K") << 15u << 256LL << 292LL;
    QTest::addRow("IQ2_XXS") << 16u << 256LL << 66LL;
    QTest::addRow("IQ2_XS") << 17u << 256LL << 74LL;
    QTest::addRow("IQ3_XXS") << 18u << 256LL << 98LL;
    QTest::addRow("IQ1_S") << 19u << 256LL << 50LL;
    QTest::addRow("IQ4_NL") << 20u << 32LL << 18LL;
    QTest::addRow("IQ3_S") << 21u << 256LL << 110LL;
    QTest::addRow("IQ2_S") << 22u << 256LL << 82LL;
    QTest::addRow("IQ4_XS") << 23u << 256LL << 136LL;
    QTest::addRow("I8") << 24u << 1LL << 1LL;
    QTest::addRow("I16") << 25u << 1LL << 2LL;
    QTest::addRow("I32") << 26u << 1LL << 4LL;
    QTest::addRow("I64") << 27u << 1LL << 8LL;
    QTest::addRow("F64") << 28u << 1LL << 8LL;
    QTest::addRow("IQ1_M") << 29u << 256LL << 56LL;
    QTest::addRow("BF16") << 30u << 1LL << 2LL;
    QTest::addRow("TQ1_0") << 34u << 256LL << 54LL;
    QTest::addRow("TQ2_0") << 35u << 256LL << 66LL;
    QTest::addRow("MXFP4") << 39u << 32LL << 17LL;
    QTest::addRow("NVFP4") << 40u << 64LL << 36LL;
    QTest::addRow("Q1_0") << 41u << 128LL << 18LL;
    QTest::addRow("Q2_0") << 42u << 64LL << 18LL;
}

void TestGgufReader::typeTraits()
{
    QFETCH(quint32, type);
    QFETCH(qint64, blockSize);
    QFETCH(qint64, blockBytes);
    const GgmlType::Traits *traits = GgmlType::traits(type);
    QVERIFY(traits);
    QCOMPARE(traits->blockSize, blockSize);
    QCOMPARE(traits->blockBytes, blockBytes);
    QCOMPARE(GgmlType::quantName(type).isEmpty(), false);
}

void TestGgufReader::fileTypeNames()
{
    // llama.h's enum llama_ftype; removed numbers (4-6, 33-35) and unknown ones have no name.
    QCOMPARE(GgmlType::fileTypeName(15), QStringLiteral("Q4_K_M"));
    QCOMPARE(GgmlType::fileTypeName(7), QStringLiteral("Q8_0"));
    QCOMPARE(GgmlType::fileTypeName(17), QStringLiteral("Q5_K_M"));
    QCOMPARE(GgmlType::fileTypeName(29), QStringLiteral("IQ2_M"));
    QCOMPARE(GgmlType::fileTypeName(38), QStringLiteral("MXFP4_MOE"));
    QCOMPARE(GgmlType::fileTypeName(1), QStringLiteral("FP16"));
    QCOMPARE(GgmlType::fileTypeName(32), QStringLiteral("BF16"));
    QVERIFY(GgmlType::fileTypeName(4).isEmpty());
    QVERIFY(GgmlType::fileTypeName(1024).isEmpty());
    QVERIFY(!GgmlType::traits(4));  // Q4_2, removed
    QVERIFY(!GgmlType::traits(31)); // Q4_0_4_4, removed from GGUF files
    QVERIFY(!GgmlType::traits(43));
}

void TestGgufReader::llama31_8b()
{
    const QString file = path(QStringLiteral("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"));
    QVERIFY(TestModels::llama31_8bGguf().write(file));

    const GgufContents contents = GgufReader::read(file);
    QVERIFY2(contents.ok(), qPrintable(contents.error));
    QCOMPARE(contents.version, 3u);
    // rope_freqs, token_embd, 32 x 9 per layer, output_norm, output.
    QCOMPARE(contents.tensors.size(), 1 + 1 + 32 * 9 + 2);
    QCOMPARE(contents.value(QStringLiteral("llama.block_count"))->toInteger(), 32);
    QCOMPARE(contents.value(QStringLiteral("tokenizer.ggml.tokens"))->count, 1000u);
    QVERIFY(
        contents.value(QStringLiteral("tokenizer.ggml.tokens"))->elements.isEmpty()); // strings never kept

    // Per layer: Q4_K q 4096x4096, k 4096x1024, o 4096x4096, gate and up 4096x14336 = 155,189,248 elements;
    // Q6_K v 4096x1024 and down 14336x4096 = 62,914,560; F32 two norms of 4096.
    const qint64 layer =
        q4k(16777216 + 4194304 + 16777216 + 58720256 + 58720256) + q6k(4194304 + 58720256) + f32(2 * 4096);
    QCOMPARE(layer, 87293952 + 51609600 + 32768);
    // token_embd Q4_K and output Q6_K of 4096 x 128256, output_norm, rope_freqs (64 F32).
    const qint64 expected = 32 * layer + q4k(525336576) + q6k(525336576) + f32(4096) + f32(64);
    QCOMPARE(expected, 5172420864LL);
    QCOMPARE(contents.dataBytes, expected);
    const GgufTensor &down = contents.tensors.at(4 + 8);
    QCOMPARE(down.name, QStringLiteral("blk.0.ffn_down.weight"));
    QCOMPARE(down.dims, (QList<qint64>{14336, 4096}));
    QCOMPARE(down.bytes, q6k(14336LL * 4096));

    const ModelFileFacts facts = GgufModel::facts(contents);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.format, QStringLiteral("gguf"));
    QCOMPARE(facts.quant, QStringLiteral("Q4_K_M"));
    QCOMPARE(facts.model.name, QStringLiteral("Meta Llama 3.1 8B Instruct"));
    QCOMPARE(facts.model.license, QStringLiteral("llama3.1"));
    // Meta's published 8,030,261,248 parameters, plus the 64 rope frequency factors llama.cpp stores.
    QCOMPARE(facts.model.totalParams, 8030261248LL + 64);
    QVERIFY(!facts.model.activeParams);
    QCOMPARE(facts.model.layers, 32);
    QCOMPARE(facts.model.hiddenSize, 4096);
    QCOMPARE(facts.model.attentionHeads, 32);
    QCOMPARE(facts.model.kvHeads, 8);
    QCOMPARE(facts.model.headDim, 128); // 4096 / 32: no key_length in the file
    QCOMPARE(facts.model.attention, AttentionKind::GroupedQuery);
    QCOMPARE(facts.model.fullAttentionLayers, 32);
    QCOMPARE(facts.model.maxContext, 131072);
    QCOMPARE(facts.weightsBytes, expected);
    QCOMPARE(facts.tensorCount, 292);
    QVERIFY(qAbs(*facts.bitsPerWeight() - 5172420864.0 * 8 / 8030261312.0) < 1e-9);
    // KV cache in FP16: 32 layers x 2 (K and V) x 8 heads x 128 x 2 bytes = 131,072 bytes per token.
    QCOMPARE(MemoryEstimator::kvCacheBytes(facts.model, 1000, FitParameters()), 131072.0 * 1000);
}

void TestGgufReader::metadataOfEveryType()
{
    using W = GgufWriter;
    // An array of two arrays of int32 ([1, 2], [3]) and an array holding an array of strings.
    const QByteArray nestedInts = W::le(quint32(W::Array)) + W::le(quint64(2)) + W::le(quint32(W::Int32)) +
                                  W::le(quint64(2)) + W::le(qint32(1)) + W::le(qint32(2)) +
                                  W::le(quint32(W::Int32)) + W::le(quint64(1)) + W::le(qint32(3));
    const QByteArray nestedStrings = W::le(quint32(W::Array)) + W::le(quint64(1)) +
                                     W::le(quint32(W::String)) + W::le(quint64(2)) + W::string("ab") +
                                     W::string("c");
    GgufWriter w;
    w.u8(QStringLiteral("t.u8"), 200)
        .i8(QStringLiteral("t.i8"), -5)
        .u16(QStringLiteral("t.u16"), 65000)
        .i16(QStringLiteral("t.i16"), -30000)
        .u32(QStringLiteral("t.u32"), 4000000000u)
        .i32(QStringLiteral("t.i32"), -2000000000)
        .u64(QStringLiteral("t.u64"), quint64(1) << 40)
        .i64(QStringLiteral("t.i64"), -(qint64(1) << 40))
        .f32(QStringLiteral("t.f32"), 1.5f)
        .f64(QStringLiteral("t.f64"), 2.25)
        .boolean(QStringLiteral("t.bool"), true)
        .str(QStringLiteral("t.string"), QStringLiteral("héllo"))
        .i32Array(QStringLiteral("t.ints"), {7, -8, 9})
        .boolArray(QStringLiteral("t.bools"), {true, false})
        .strArray(QStringLiteral("t.strings"), {QStringLiteral("a"), QStringLiteral("bc")})
        .kv(QStringLiteral("t.nested"), W::Array, nestedInts)
        .kv(QStringLiteral("t.nestedStrings"), W::Array, nestedStrings)
        .u64(QStringLiteral("t.huge"), std::numeric_limits<quint64>::max());
    QByteArray bytes = w.header();
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const GgufContents c = GgufReader::readDevice(buffer, QStringLiteral("types.gguf"));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.metadata.size(), 18);
    QCOMPARE(c.value(QStringLiteral("t.u8"))->toInteger(), 200);
    QCOMPARE(c.value(QStringLiteral("t.i8"))->toInteger(), -5);
    QCOMPARE(c.value(QStringLiteral("t.u16"))->toInteger(), 65000);
    QCOMPARE(c.value(QStringLiteral("t.i16"))->toInteger(), -30000);
    QCOMPARE(c.value(QStringLiteral("t.u32"))->toInteger(), 4000000000LL);
    QCOMPARE(c.value(QStringLiteral("t.i32"))->toInteger(), -2000000000LL);
    QCOMPARE(c.value(QStringLiteral("t.u64"))->toInteger(), qint64(1) << 40);
    QCOMPARE(c.value(QStringLiteral("t.i64"))->toInteger(), -(qint64(1) << 40));
    QCOMPARE(c.value(QStringLiteral("t.f32"))->scalar.toDouble(), 1.5);
    QVERIFY(!c.value(QStringLiteral("t.f32"))->toInteger());
    QCOMPARE(c.value(QStringLiteral("t.f64"))->scalar.toDouble(), 2.25);
    QCOMPARE(c.value(QStringLiteral("t.bool"))->toInteger(), 1);
    QCOMPARE(c.value(QStringLiteral("t.string"))->toString(), QStringLiteral("héllo"));
    QCOMPARE(c.value(QStringLiteral("t.string"))->count, 6u); // bytes of UTF-8
    QCOMPARE(c.value(QStringLiteral("t.ints"))->toIntegerList(), (QList<qint64>{7, -8, 9}));
    QCOMPARE(c.value(QStringLiteral("t.bools"))->toIntegerList(), (QList<qint64>{1, 0}));
    QCOMPARE(c.value(QStringLiteral("t.strings"))->count, 2u);
    QCOMPARE(c.value(QStringLiteral("t.strings"))->elementType, GgufValue::Type::String);
    QCOMPARE(c.value(QStringLiteral("t.nested"))->elementType, GgufValue::Type::Array);
    QCOMPARE(c.value(QStringLiteral("t.nested"))->count, 2u);
    QCOMPARE(c.value(QStringLiteral("t.nestedStrings"))->count, 1u);
    QVERIFY(!c.value(QStringLiteral("t.huge"))->toInteger()); // past INT64_MAX
    QVERIFY(c.tensors.isEmpty());
}

void TestGgufReader::qwen3Moe()
{
    const QString file = path(QStringLiteral("Qwen3-30B-A3B-Q4_K_M.gguf"));
    QVERIFY(TestModels::qwen3MoeGguf().write(file));
    const GgufContents contents = GgufReader::read(file);
    QVERIFY2(contents.ok(), qPrintable(contents.error));
    const ModelFileFacts facts = GgufModel::facts(contents);
    QVERIFY2(facts.ok(), qPrintable(facts.error));

    // Per layer: norms 2 x 2048 + q_norm, k_norm 2 x 128; q 2048x4096 = 8,388,608; k, v 2048x512 = 1,048,576
    // each; o 8,388,608; router 2048x128 = 262,144; experts 3 x 2048 x 768 x 128 = 603,979,776.
    const qint64 experts = 3LL * 2048 * 768 * 128;
    const qint64 layer = 4096 + 256 + 8388608 + 2 * 1048576 + 8388608 + 262144 + experts;
    QCOMPARE(layer, 623120640LL);
    // Embedding and output head 151936 x 2048 each, final norm 2048: Qwen's "30.5B".
    const qint64 total = 48 * layer + 2 * 311164928LL + 2048;
    QCOMPARE(facts.model.totalParams, total);
    QCOMPARE(total, 30532122624LL);
    // Active: all but 8 of every 128 experts idle: total - 48 x 603,979,776 x 120 / 128: Qwen's "3.3B".
    QCOMPARE(facts.model.activeParams, total - 48 * experts / 128 * 120);
    QCOMPARE(*facts.model.activeParams, 3353032704LL);
    QCOMPARE(facts.model.routedExperts, 128);
    QCOMPARE(facts.model.expertsPerToken, 8);
    QCOMPARE(facts.model.sharedExperts, 0);
    QCOMPARE(facts.model.kvHeads, 4);
    QCOMPARE(facts.model.headDim, 128);
    QCOMPARE(facts.model.maxContext, 40960);
    QCOMPARE(facts.tensorCount, 1 + 48 * 12 + 2);
    // Bytes: per layer Q4_K q, k, o (8,388,608 + 1,048,576 + 8,388,608) and gate/up experts
    // (2 x 201,326,592); Q6_K v (1,048,576) and down experts (201,326,592); F32 norms and router (266,496).
    const qint64 layerBytes = q4k(8388608 + 1048576 + 8388608 + 2 * 201326592LL) +
                              q6k(1048576 + 201326592LL) + f32(4096 + 256 + 262144);
    QCOMPARE(*facts.weightsBytes, 48 * layerBytes + q4k(311164928) + q6k(311164928) + f32(2048));
    // KV cache in FP16: 48 layers x 2 x 4 heads x 128 x 2 bytes = 98,304 bytes per token.
    QCOMPARE(MemoryEstimator::kvCacheBytes(facts.model, 1, FitParameters()), 98304.0);
}

void TestGgufReader::splitShards()
{
    // llama.cpp's gguf-split: shard 1 holds the metadata, every shard the split keys and its own tensors.
    QTemporaryDir dir;
    for (int s = 0; s < 3; ++s) {
        GgufWriter shard;
        if (s == 0)
            TestModels::llama31_8bOuterTensors(TestModels::llama31_8bMetadata(shard, 32, 1000));
        shard.u16(QStringLiteral("split.no"), quint16(s))
            .u16(QStringLiteral("split.count"), 3)
            .i32(QStringLiteral("split.tensors.count"), 292);
        for (int i = (s - 1) * 16; s > 0 && i < s * 16; ++i)
            TestModels::llama31_8bLayer(shard, i);
        const QString name =
            QStringLiteral("Llama-3.1-8B-Q4_K_M-%1-of-00003.gguf").arg(s + 1, 5, 10, QLatin1Char('0'));
        QVERIFY(shard.write(dir.filePath(name)));
    }
    const QString wholeFile = dir.filePath(QStringLiteral("whole.gguf"));
    QVERIFY(TestModels::llama31_8bGguf().write(wholeFile));
    const GgufContents whole = GgufReader::read(wholeFile);
    QCOMPARE(whole.dataBytes, 5172420864LL);

    // Naming any shard reads the whole set.
    for (const QString &name : {QStringLiteral("Llama-3.1-8B-Q4_K_M-00001-of-00003.gguf"),
                                QStringLiteral("Llama-3.1-8B-Q4_K_M-00003-of-00003.gguf")}) {
        const GgufContents set = GgufReader::read(dir.filePath(name));
        QVERIFY2(set.ok(), qPrintable(set.error));
        QCOMPARE(set.files.size(), 3);
        QVERIFY(set.files.first().endsWith(QStringLiteral("-00001-of-00003.gguf")));
        QCOMPARE(set.tensors.size(), 292);
        QCOMPARE(set.dataBytes, whole.dataBytes);
        QCOMPARE(set.tensors.last().shard, 2);
        const ModelFileFacts facts = GgufModel::facts(set);
        QVERIFY2(facts.ok(), qPrintable(facts.error));
        QCOMPARE(facts.model.totalParams, 8030261248LL + 64);
        QCOMPARE(facts.weightsBytes, whole.dataBytes);
        QCOMPARE(facts.files.size(), 3);
    }

    // split.tensors.count must match what the shards hold.
    GgufWriter lying;
    TestModels::llama31_8bMetadata(lying, 32, 10);
    lying.u16(QStringLiteral("split.no"), 0)
        .u16(QStringLiteral("split.count"), 1)
        .i32(QStringLiteral("split.tensors.count"), 5);
    QVERIFY(lying.write(dir.filePath(QStringLiteral("one-00001-of-00001.gguf"))));
    QVERIFY(GgufReader::read(dir.filePath(QStringLiteral("one-00001-of-00001.gguf")))
                .error.contains(QStringLiteral("split.tensors.count")));
}

void TestGgufReader::missingShard()
{
    QTemporaryDir dir;
    GgufWriter first = TestModels::llama31_8bGguf(1);
    first.u16(QStringLiteral("split.no"), 0).u16(QStringLiteral("split.count"), 3);
    QVERIFY(first.write(dir.filePath(QStringLiteral("m-00001-of-00003.gguf"))));
    GgufWriter third;
    third.u16(QStringLiteral("split.no"), 2).u16(QStringLiteral("split.count"), 3);
    QVERIFY(third.write(dir.filePath(QStringLiteral("m-00003-of-00003.gguf"))));
    const GgufContents set = GgufReader::read(dir.filePath(QStringLiteral("m-00001-of-00003.gguf")));
    QVERIFY(!set.ok());
    QVERIFY2(set.error.contains(QStringLiteral("shard 2 of 3 is missing")), qPrintable(set.error));
    QVERIFY(set.error.contains(QStringLiteral("m-00002-of-00003.gguf")));
    QVERIFY(set.tensors.isEmpty());

    // A shard whose split.no disagrees with its name.
    GgufWriter wrong;
    wrong.u16(QStringLiteral("split.no"), 2).u16(QStringLiteral("split.count"), 3);
    QVERIFY(wrong.write(dir.filePath(QStringLiteral("m-00002-of-00003.gguf"))));
    const GgufContents mixed = GgufReader::read(dir.filePath(QStringLiteral("m-00001-of-00003.gguf")));
    QVERIFY2(mixed.error.contains(QStringLiteral("split.no")), qPrintable(mixed.error));
}

void TestGgufReader::shardRenamed()
{
    GgufWriter first = TestModels::llama31_8bGguf(1);
    first.u16(QStringLiteral("split.no"), 0).u16(QStringLiteral("split.count"), 2);
    QVERIFY(first.write(path(QStringLiteral("renamed.gguf"))));
    const GgufContents c = GgufReader::read(path(QStringLiteral("renamed.gguf")));
    QVERIFY2(c.error.contains(QStringLiteral("shard 1 of 2")), qPrintable(c.error));
}

void TestGgufReader::refusesBadHeaders_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("problem");
    using W = GgufWriter;
    const QByteArray llama = TestModels::llama31_8bGguf(2).header();

    QTest::addRow("empty") << QByteArray() << QStringLiteral("truncated");
    QTest::addRow("not gguf") << QByteArrayLiteral("GGJT\x03\0\0\0") << QStringLiteral("not a GGUF file");
    QTest::addRow("version 1") << start(0, 0, 1) << QStringLiteral("version 1");
    QTest::addRow("big-endian") << (QByteArrayLiteral("GGUF") + QByteArray("\0\0\0\3", 4) +
                                    QByteArray(16, '\0'))
                                << QStringLiteral("big-endian");
    QTest::addRow("version 9") << start(0, 0, 9) << QStringLiteral("version 9");
    QTest::addRow("truncated header") << llama.left(llama.size() / 2) << QStringLiteral("truncated");
    QTest::addRow("truncated in counts") << llama.left(12) << QStringLiteral("truncated");
    QTest::addRow("key count past the file") << patched(llama, 16, Big) << QStringLiteral("cannot fit");
    QTest::addRow("tensor count past the file")
        << patched(llama, 8, quint64(1) << 40) << QStringLiteral("cannot fit");
    QTest::addRow("string of 2^60 bytes")
        << start(0, 1) + key("general.name", W::String) + W::le(Big) + "x" << QStringLiteral("truncated");
    QTest::addRow("key of 2^60 bytes")
        << start(0, 1) + W::le(Big) + QByteArray(16, 'k') << QStringLiteral("limit");
    QTest::addRow("array of 2^61 uint32")
        << start(0, 1) + key("a.b", W::Array) + W::le(quint32(W::UInt32)) + W::le(Big * 2)
        << QStringLiteral("cannot fit");
    QTest::addRow("array of 2^60 strings")
        << start(0, 1) + key("tokenizer.ggml.tokens", W::Array) + W::le(quint32(W::String)) + W::le(Big)
        << QStringLiteral("cannot fit");
    QTest::addRow("string in array past the file")
        << start(0, 1) + key("tokenizer.ggml.tokens", W::Array) + W::le(quint32(W::String)) +
               W::le(quint64(1)) + W::le(Big)
        << QStringLiteral("truncated");
    QByteArray deep = W::le(quint32(W::Int32)) + W::le(quint64(0));
    for (int i = 0; i < 6; ++i)
        deep = W::le(quint32(W::Array)) + W::le(quint64(1)) + deep;
    QTest::addRow("arrays nested 7 deep")
        << start(0, 1) + key("a.b", W::Array) + deep << QStringLiteral("deeper");
    QTest::addRow("array of 2^50 arrays")
        << start(0, 1) + key("a.b", W::Array) + W::le(quint32(W::Array)) + W::le(quint64(1) << 50)
        << QStringLiteral("cannot fit");
    QTest::addRow("unknown value type")
        << start(0, 1) + key("a.b", 13) + W::le(quint32(0)) << QStringLiteral("unknown value type 13");
    QTest::addRow("unknown array element type")
        << start(0, 1) + key("a.b", W::Array) + W::le(quint32(99)) + W::le(quint64(0))
        << QStringLiteral("unknown value type 99");
    QTest::addRow("bool of 2") << start(0, 1) + key("a.b", W::Bool) + "\x02"
                               << QStringLiteral("only 0 and 1");
    QTest::addRow("non-UTF-8 key") << start(0, 1) + key("a.\xff\xfe", W::UInt8) + "\x01"
                                   << QStringLiteral("not valid UTF-8");
    QTest::addRow("empty key") << start(0, 1) + key("", W::UInt8) + QByteArray(8, '\x01')
                               << QStringLiteral("is empty");
    QTest::addRow("duplicate key") << start(0, 2) + key("a.b", W::UInt8) + "\x01" + key("a.b", W::UInt8) +
                                          "\x02"
                                   << QStringLiteral("appears twice");
    QTest::addRow("alignment not a power of two")
        << start(0, 1) + key("general.alignment", W::UInt32) + W::le(quint32(48))
        << QStringLiteral("power of two");
    QTest::addRow("dims overflow 64 bits")
        << start(1, 0) + tensorInfo("t", {quint64(1) << 32, quint64(1) << 32, 4}, 0)
        << QStringLiteral("past 64 bits");
    QTest::addRow("dimension past INT64_MAX")
        << start(1, 0) + tensorInfo("t", {(quint64(1) << 63) + 1}, 0) << QStringLiteral("dimension of");
    QTest::addRow("bytes overflow 64 bits")
        << start(1, 0) + tensorInfo("t", {quint64(1) << 31, quint64(1) << 31}, 28)
        << QStringLiteral("passes 64 bits");
    QTest::addRow("five dimensions") << start(1, 0) + tensorInfo("t", {1, 1, 1, 1, 1}, 0)
                                     << QStringLiteral("at most 4");
    QTest::addRow("removed ggml type 31")
        << start(1, 0) + tensorInfo("t", {32}, 31) << QStringLiteral("unknown ggml type 31");
    QTest::addRow("unknown ggml type 200")
        << start(1, 0) + tensorInfo("t", {32}, 200) << QStringLiteral("unknown ggml type 200");
    QTest::addRow("row not a whole block")
        << start(1, 0) + tensorInfo("t", {100, 2}, 12) << QStringLiteral("not a multiple");
    QTest::addRow("misaligned offset")
        << start(1, 0) + tensorInfo("t", {32}, 0, 7) << QStringLiteral("alignment");
    QTest::addRow("name too long") << start(1, 0) + tensorInfo(QByteArray(64, 'n'), {32}, 0)
                                   << QStringLiteral("limit is 63");
    QTest::addRow("non-UTF-8 tensor name")
        << start(1, 0) + tensorInfo("\xc3\x28", {32}, 0) << QStringLiteral("not valid UTF-8");
    QTest::addRow("duplicate tensor")
        << start(2, 0) + tensorInfo("t", {8}, 0, 0) + tensorInfo("t", {8}, 0, 32)
        << QStringLiteral("appears twice");
    QTest::addRow("data past the end")
        << start(1, 0) + tensorInfo("t", {1024}, 0) << QStringLiteral("runs past the end");
}

void TestGgufReader::refusesBadHeaders()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, problem);
    const QString name = QStringLiteral("bad.gguf");
    QFile out(path(name));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(file);
    out.close();

    QElapsedTimer timer;
    timer.start();
    const GgufContents c = GgufReader::read(path(name));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!c.ok());
    QVERIFY2(c.error.startsWith(name + QStringLiteral(": ")), qPrintable(c.error));
    QVERIFY2(c.error.contains(problem), qPrintable(c.error));
    QVERIFY(c.tensors.isEmpty() && c.metadata.isEmpty());
}

void TestGgufReader::truncatedData()
{
    // A download cut one byte short of the last tensor's data.
    const QString file = path(QStringLiteral("cut.gguf"));
    QVERIFY(TestModels::llama31_8bGguf(2).write(file, 1));
    const GgufContents c = GgufReader::read(file);
    QVERIFY2(c.error.contains(QStringLiteral("blk.1.ffn_down.weight")) &&
                 c.error.contains(QStringLiteral("complete")),
             qPrintable(c.error));
}

void TestGgufReader::headerCap()
{
    // A 300 MiB string in the header (kept sparse on disk): skipped, not read, and what follows it lies past
    // the 256 MiB cap on headers.
    using W = GgufWriter;
    const qint64 length = 300LL * 1024 * 1024;
    const QByteArray head = start(0, 2) + key("general.name", W::String) + W::le(quint64(length));
    QFile out(path(QStringLiteral("huge.gguf")));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(head);
    QVERIFY(out.resize(head.size() + length + 64));
    out.close();
    QElapsedTimer timer;
    timer.start();
    const GgufContents c = GgufReader::read(path(QStringLiteral("huge.gguf")));
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY2(c.error.contains(QStringLiteral("256 MiB")), qPrintable(c.error));
}

void TestGgufReader::missingArchitectureKeys()
{
    GgufWriter w;
    w.str(QStringLiteral("general.architecture"), QStringLiteral("llama"))
        .u32(QStringLiteral("llama.embedding_length"), 4096)
        .str(QStringLiteral("llama.attention.head_count"), QStringLiteral("32"));
    QVERIFY(w.write(path(QStringLiteral("partial.gguf"))));
    const GgufContents c = GgufReader::read(path(QStringLiteral("partial.gguf")));
    QVERIFY2(c.ok(), qPrintable(c.error));
    const ModelFileFacts facts = GgufModel::facts(c);
    QVERIFY(!facts.ok());
    QVERIFY2(facts.error.contains(QStringLiteral("llama.block_count")) &&
                 facts.error.contains(QStringLiteral("llama.context_length")),
             qPrintable(facts.error));
    QVERIFY(facts.error.startsWith(QStringLiteral("partial.gguf: ")));

    GgufWriter typed;
    typed.str(QStringLiteral("general.architecture"), QStringLiteral("llama"))
        .u32(QStringLiteral("llama.block_count"), 2)
        .u32(QStringLiteral("llama.context_length"), 4096)
        .u32(QStringLiteral("llama.embedding_length"), 4096)
        .str(QStringLiteral("llama.attention.head_count"), QStringLiteral("32"));
    QVERIFY(typed.write(path(QStringLiteral("typed.gguf"))));
    const ModelFileFacts wrong = GgufModel::facts(GgufReader::read(path(QStringLiteral("typed.gguf"))));
    QVERIFY2(wrong.error.contains(QStringLiteral("llama.attention.head_count must be")),
             qPrintable(wrong.error));

    GgufWriter none;
    none.u32(QStringLiteral("x.block_count"), 2);
    QVERIFY(none.write(path(QStringLiteral("none.gguf"))));
    QVERIFY(GgufModel::facts(GgufReader::read(path(QStringLiteral("none.gguf"))))
                .error.contains(QStringLiteral("general.architecture")));
}

void TestGgufReader::slidingWindowLayouts_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("window");
    QTest::addColumn<QList<bool>>("pattern"); // empty: none in the file
    QTest::addColumn<int>("full");
    QTest::addColumn<int>("attentionWindow");
    // Gemma 3 27B: llama.cpp's period 6 puts full attention on layers 5, 11, ..., 59: 10 of 62.
    QTest::addRow("gemma3") << QStringLiteral("gemma3") << 62 << 1024 << QList<bool>() << 10 << 1024;
    // gpt-oss-20b: alternating, 12 of 24 full, window 128.
    QTest::addRow("gpt-oss") << QStringLiteral("gpt-oss") << 24 << 128 << QList<bool>() << 12 << 128;
    // Llama 4 Scout: chunked 8192 on 3 of every 4 layers (llama.cpp fixes both).
    QTest::addRow("llama4") << QStringLiteral("llama4") << 48 << -1 << QList<bool>() << 12 << 8192;
    // A file's own per-layer pattern wins: 3 sliding, 1 full.
    QTest::addRow("pattern array") << QStringLiteral("gemma3") << 4 << 512
                                   << QList<bool>{true, true, true, false} << 1 << 512;
    // A window without a known layout: every layer counted as full attention (and said so).
    QTest::addRow("unknown layout") << QStringLiteral("qwen2") << 28 << 4096 << QList<bool>() << 28 << 0;
}

void TestGgufReader::slidingWindowLayouts()
{
    QFETCH(QString, architecture);
    QFETCH(int, layers);
    QFETCH(int, window);
    QFETCH(QList<bool>, pattern);
    QFETCH(int, full);
    QFETCH(int, attentionWindow);
    GgufWriter w;
    const QString a = architecture + QLatin1Char('.');
    w.str(QStringLiteral("general.architecture"), architecture)
        .u32(a + QStringLiteral("block_count"), quint32(layers))
        .u32(a + QStringLiteral("context_length"), 131072)
        .u32(a + QStringLiteral("embedding_length"), 2048)
        .u32(a + QStringLiteral("attention.head_count"), 16)
        .u32(a + QStringLiteral("attention.head_count_kv"), 8);
    if (window >= 0)
        w.u32(a + QStringLiteral("attention.sliding_window"), quint32(window));
    if (!pattern.isEmpty())
        w.boolArray(a + QStringLiteral("attention.sliding_window_pattern"), pattern);
    QVERIFY(w.write(path(QStringLiteral("swa.gguf"))));
    const ModelFileFacts facts = GgufModel::facts(GgufReader::read(path(QStringLiteral("swa.gguf"))));
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.model.fullAttentionLayers, full);
    QCOMPARE(facts.model.attentionWindow, attentionWindow);
    QCOMPARE(facts.model.attention, full < layers ? AttentionKind::Chunked : AttentionKind::GroupedQuery);
    QCOMPARE(facts.model.notes.contains(QStringLiteral("full attention")), full == layers);
}

void TestGgufReader::hybridQwen3Next()
{
    // Qwen3-Next-80B-A3B as convert_hf_to_gguf writes it: ssm.inner_size = 32 value heads x 128,
    // ssm.state_size = 128 (key width), a full-attention layer every 4th.
    GgufWriter w;
    w.str(QStringLiteral("general.architecture"), QStringLiteral("qwen3next"))
        .u32(QStringLiteral("qwen3next.block_count"), 48)
        .u32(QStringLiteral("qwen3next.context_length"), 262144)
        .u32(QStringLiteral("qwen3next.embedding_length"), 2048)
        .u32(QStringLiteral("qwen3next.attention.head_count"), 16)
        .u32(QStringLiteral("qwen3next.attention.head_count_kv"), 2)
        .u32(QStringLiteral("qwen3next.attention.key_length"), 256)
        .u32(QStringLiteral("qwen3next.attention.value_length"), 256)
        .u32(QStringLiteral("qwen3next.full_attention_interval"), 4)
        .u32(QStringLiteral("qwen3next.ssm.conv_kernel"), 4)
        .u32(QStringLiteral("qwen3next.ssm.state_size"), 128)
        .u32(QStringLiteral("qwen3next.ssm.group_count"), 16)
        .u32(QStringLiteral("qwen3next.ssm.time_step_rank"), 32)
        .u32(QStringLiteral("qwen3next.ssm.inner_size"), 4096)
        .u32(QStringLiteral("qwen3next.expert_count"), 512)
        .u32(QStringLiteral("qwen3next.expert_used_count"), 10)
        .u32(QStringLiteral("qwen3next.expert_shared_count"), 1);
    QVERIFY(w.write(path(QStringLiteral("next.gguf"))));
    const ModelFileFacts facts = GgufModel::facts(GgufReader::read(path(QStringLiteral("next.gguf"))));
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.model.attention, AttentionKind::Hybrid);
    QCOMPARE(facts.model.fullAttentionLayers, 12);
    // 36 Gated DeltaNet layers x 32 value heads x 128 x 128 = 18,874,368 state elements.
    QCOMPARE(facts.model.recurrentStateElements, 36LL * 32 * 128 * 128);
    QCOMPARE(facts.model.headDim, 256);
    // KV: 12 layers x 2 x 2 heads x 256 x 2 bytes = 24,576 bytes per token, plus the state in bf16
    // (18,874,368 x 2 bytes = 37,748,736) once per sequence.
    QCOMPARE(MemoryEstimator::kvCacheBytes(facts.model, 1000, FitParameters()), 24576.0 * 1000 + 37748736.0);
    // No expert tensors in this header: the active count is not claimed.
    QVERIFY(!facts.model.activeParams);
    QVERIFY(facts.model.notes.contains(QStringLiteral("ffn_*_exps")));
}

void TestGgufReader::mlaDeepseek()
{
    // DeepSeek-V3 as converted for MLA: kv_lora_rank 512, rope 64; key_length holds the 576 a token caches,
    // value_length_mla the 128 a head's value has.
    GgufWriter w;
    w.str(QStringLiteral("general.architecture"), QStringLiteral("deepseek2"))
        .u32(QStringLiteral("deepseek2.block_count"), 61)
        .u32(QStringLiteral("deepseek2.context_length"), 163840)
        .u32(QStringLiteral("deepseek2.embedding_length"), 7168)
        .u32(QStringLiteral("deepseek2.attention.head_count"), 128)
        .u32(QStringLiteral("deepseek2.attention.head_count_kv"), 1)
        .u32(QStringLiteral("deepseek2.attention.key_length"), 576)
        .u32(QStringLiteral("deepseek2.attention.value_length"), 512)
        .u32(QStringLiteral("deepseek2.attention.key_length_mla"), 192)
        .u32(QStringLiteral("deepseek2.attention.value_length_mla"), 128)
        .u32(QStringLiteral("deepseek2.attention.q_lora_rank"), 1536)
        .u32(QStringLiteral("deepseek2.attention.kv_lora_rank"), 512)
        .u32(QStringLiteral("deepseek2.rope.dimension_count"), 64)
        .u32(QStringLiteral("deepseek2.leading_dense_block_count"), 3)
        .u32(QStringLiteral("deepseek2.expert_count"), 256)
        .u32(QStringLiteral("deepseek2.expert_used_count"), 8)
        .u32(QStringLiteral("deepseek2.expert_shared_count"), 1)
        .tensor(QStringLiteral("blk.3.ffn_gate_exps.weight"), {7168, 2048, 256}, GgufWriter::Q4_K)
        .tensor(QStringLiteral("blk.3.ffn_gate_shexp.weight"), {7168, 2048}, GgufWriter::Q4_K)
        .tensor(QStringLiteral("blk.3.exp_probs_b.bias"), {256}, GgufWriter::F32);
    QVERIFY(w.write(path(QStringLiteral("ds.gguf"))));
    const ModelFileFacts facts = GgufModel::facts(GgufReader::read(path(QStringLiteral("ds.gguf"))));
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.model.attention, AttentionKind::MultiHeadLatent);
    QCOMPARE(facts.model.kvLoraRank, 512);
    QCOMPARE(facts.model.qkRopeHeadDim, 64);
    QCOMPARE(facts.model.headDim, 128);
    QCOMPARE(facts.model.kvHeads, 128);
    QCOMPARE(facts.model.routedExperts, 256);
    QCOMPARE(facts.model.sharedExperts, 1);
    // Only the routed tensor (7168 x 2048 x 256) shrinks: 248 of 256 experts idle.
    const qint64 routed = 7168LL * 2048 * 256;
    QCOMPARE(facts.model.totalParams, routed + 7168LL * 2048 + 256);
    QCOMPARE(*facts.model.activeParams, facts.model.totalParams - routed / 256 * 248);
    // MLA caches 512 + 64 elements per token per layer: 61 x 576 x 2 bytes = 70,272 bytes per token.
    QCOMPARE(MemoryEstimator::kvCacheBytes(facts.model, 1, FitParameters()), 70272.0);
}

void TestGgufReader::perLayerKvHeads()
{
    // A Jamba-style hybrid: attention (8 KV heads) on every 8th layer, Mamba (d_inner 8192, d_state 16) on
    // the rest, told apart by a per-layer head_count_kv.
    QList<qint32> kv;
    for (int i = 0; i < 32; ++i)
        kv.append(i % 8 == 4 ? 8 : 0);
    GgufWriter w;
    w.str(QStringLiteral("general.architecture"), QStringLiteral("jamba"))
        .u32(QStringLiteral("jamba.block_count"), 32)
        .u32(QStringLiteral("jamba.context_length"), 262144)
        .u32(QStringLiteral("jamba.embedding_length"), 4096)
        .u32(QStringLiteral("jamba.attention.head_count"), 32)
        .i32Array(QStringLiteral("jamba.attention.head_count_kv"), kv)
        .u32(QStringLiteral("jamba.ssm.inner_size"), 8192)
        .u32(QStringLiteral("jamba.ssm.state_size"), 16);
    QVERIFY(w.write(path(QStringLiteral("jamba.gguf"))));
    const ModelFileFacts facts = GgufModel::facts(GgufReader::read(path(QStringLiteral("jamba.gguf"))));
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.model.attention, AttentionKind::Hybrid);
    QCOMPARE(facts.model.fullAttentionLayers, 4);
    QCOMPARE(facts.model.kvHeads, 8);
    QCOMPARE(facts.model.recurrentStateElements, 28LL * 8192 * 16);

    // Varying KV heads on attention layers: the largest is kept, and the note says so.
    GgufWriter varied;
    varied.str(QStringLiteral("general.architecture"), QStringLiteral("deci"))
        .u32(QStringLiteral("deci.block_count"), 4)
        .u32(QStringLiteral("deci.context_length"), 8192)
        .u32(QStringLiteral("deci.embedding_length"), 4096)
        .u32(QStringLiteral("deci.attention.head_count"), 32)
        .i32Array(QStringLiteral("deci.attention.head_count_kv"), {8, 4, 8, 2});
    QVERIFY(varied.write(path(QStringLiteral("deci.gguf"))));
    const ModelFileFacts deci = GgufModel::facts(GgufReader::read(path(QStringLiteral("deci.gguf"))));
    QVERIFY2(deci.ok(), qPrintable(deci.error));
    QCOMPARE(deci.model.kvHeads, 8);
    QCOMPARE(deci.model.attention, AttentionKind::GroupedQuery);
    QVERIFY(deci.model.notes.contains(QStringLiteral("2 to 8")));

    // A per-layer array of the wrong length is refused by name.
    GgufWriter bad;
    bad.str(QStringLiteral("general.architecture"), QStringLiteral("deci"))
        .u32(QStringLiteral("deci.block_count"), 4)
        .u32(QStringLiteral("deci.context_length"), 8192)
        .u32(QStringLiteral("deci.embedding_length"), 4096)
        .u32(QStringLiteral("deci.attention.head_count"), 32)
        .i32Array(QStringLiteral("deci.attention.head_count_kv"), {8, 4});
    QVERIFY(bad.write(path(QStringLiteral("bad.gguf"))));
    QVERIFY(GgufModel::facts(GgufReader::read(path(QStringLiteral("bad.gguf"))))
                .error.contains(QStringLiteral("deci.attention.head_count_kv")));
}

void TestGgufReader::absurdExpertCount()
{
    // expert_count 2^62: the idle share (routed x (experts - used)) passes 64 bits and is divided first.
    GgufWriter w;
    w.str(QStringLiteral("general.architecture"), QStringLiteral("x"))
        .u32(QStringLiteral("x.block_count"), 1)
        .u32(QStringLiteral("x.context_length"), 4096)
        .u32(QStringLiteral("x.embedding_length"), 64)
        .u32(QStringLiteral("x.attention.head_count"), 4)
        .u64(QStringLiteral("x.expert_count"), quint64(1) << 62)
        .u32(QStringLiteral("x.expert_used_count"), 2)
        .tensor(QStringLiteral("blk.0.ffn_up_exps.weight"), {64, 8, 4}, GgufWriter::F32);
    QVERIFY(w.write(path(QStringLiteral("experts.gguf"))));
    const ModelFileFacts facts = GgufModel::facts(GgufReader::read(path(QStringLiteral("experts.gguf"))));
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.model.totalParams, 64 * 8 * 4);
    QVERIFY(facts.model.activeParams && *facts.model.activeParams >= 0
            && *facts.model.activeParams <= facts.model.totalParams);
}

void TestGgufReader::version2()
{
    // GGUF version 2 has the layout of version 3 (which only added big-endian files).
    GgufWriter w = TestModels::llama31_8bGguf(2, 10);
    w.version(2);
    QVERIFY(w.write(path(QStringLiteral("v2.gguf"))));
    const GgufContents c = GgufReader::read(path(QStringLiteral("v2.gguf")));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.version, 2u);
    QCOMPARE(c.tensors.size(), 4 + 2 * 9);
}

QTEST_APPLESS_MAIN(TestGgufReader)
#include "tst_ggufreader.moc"
