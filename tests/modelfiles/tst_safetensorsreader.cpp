// safetensors headers read exactly, one file or an index and its shards, and every malformed header or
// index refused quickly with the file named. Files are written by modelfilewriter.h; data is a sparse hole.
#include "modelfilewriter.h"

#include "models/modelfiles/safetensorsreader.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray file(const QByteArray &json, qint64 dataBytes)
{
    return SafetensorsWriter::withLength(json) + QByteArray(dataBytes, '\0');
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestSafetensorsReader : public QObject
{
    Q_OBJECT

private slots:
    void singleFile();
    void subByteDtypes();
    void llama31_8bShards();
    void qwen3MoeManyTensors();
    void totalSizeDisagrees();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesBadIndexes_data();
    void refusesBadIndexes();
    void oversizedIndex();

private:
    QTemporaryDir m_dir;
};

void TestSafetensorsReader::singleFile()
{
    SafetensorsWriter w;
    w.metadata(QStringLiteral("format"), QStringLiteral("pt"))
        .tensor(QStringLiteral("model.embed_tokens.weight"), QStringLiteral("BF16"), {128256, 4096})
        .tensor(QStringLiteral("model.norm.weight"), QStringLiteral("F32"), {4096})
        .tensor(QStringLiteral("model.scalar"), QStringLiteral("F32"), {});
    const QString path = m_dir.filePath(QStringLiteral("model.safetensors"));
    QVERIFY(w.write(path));
    QElapsedTimer timer;
    timer.start();
    const SafetensorsContents c = SafetensorsReader::readFile(path);
    QVERIFY2(c.ok(), qPrintable(c.error));
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(c.tensors.size(), 3);
    QCOMPARE(c.files, QStringList{QFileInfo(path).absoluteFilePath()});
    // 128256 x 4096 x 2 bytes + 4096 x 4 + one scalar of 4 bytes.
    QCOMPARE(c.dataBytes, 1050673152LL + 16384 + 4);
    QCOMPARE(c.bytesByDtype.value(QStringLiteral("BF16")), 1050673152LL);
    QCOMPARE(c.elementsByDtype.value(QStringLiteral("BF16")), 525336576LL);
    QCOMPARE(c.elementsByDtype.value(QStringLiteral("F32")), 4097LL);
    QCOMPARE(c.dominantDtype(), QStringLiteral("BF16"));
    QCOMPARE(SafetensorsReader::quantName(c.dominantDtype()), QStringLiteral("BF16"));
    QCOMPARE(SafetensorsReader::quantName(QStringLiteral("F16")), QStringLiteral("FP16"));
    QCOMPARE(SafetensorsReader::quantName(QStringLiteral("F8_E4M3")), QStringLiteral("FP8"));
    for (const SafetensorsTensor &t : c.tensors) {
        if (t.name == QLatin1String("model.embed_tokens.weight"))
            QCOMPARE(t.shape, (QList<qint64>{128256, 4096}));
        if (t.name == QLatin1String("model.scalar"))
            QCOMPARE(t.elements, 1);
    }
}

void TestSafetensorsReader::subByteDtypes()
{
    QCOMPARE(SafetensorsReader::dtypeBits(QStringLiteral("F4")), 4);
    QCOMPARE(SafetensorsReader::dtypeBits(QStringLiteral("F6_E2M3")), 6);
    QCOMPARE(SafetensorsReader::dtypeBits(QStringLiteral("F8_E8M0")), 8);
    QCOMPARE(SafetensorsReader::dtypeBits(QStringLiteral("Q4")), std::nullopt);
    // Four F4 values fill 2 bytes, four F6 values 3; three F4 values would leave half a byte.
    const QByteArray json = R"({"a":{"dtype":"F4","shape":[2,2],"data_offsets":[0,2]},)"
                            R"("b":{"dtype":"F6_E3M2","shape":[4],"data_offsets":[2,5]}})";
    QByteArray bytes = file(json, 5);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const SafetensorsContents c = SafetensorsReader::readDevice(buffer, QStringLiteral("fp4.safetensors"));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.dataBytes, 5);
    QCOMPARE(c.elementsByDtype.value(QStringLiteral("F4")), 4);
}

void TestSafetensorsReader::llama31_8bShards()
{
    QTemporaryDir dir;
    const auto shards = TestModels::llama31_8bSafetensors();
    for (const auto &[name, shard] : shards)
        QVERIFY(shard.write(dir.filePath(name)));
    QVERIFY(
        writeBytes(dir.filePath(QStringLiteral("model.safetensors.index.json")), safetensorsIndex(shards)));

    const SafetensorsContents c =
        SafetensorsReader::readIndex(dir.filePath(QStringLiteral("model.safetensors.index.json")));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.files.size(), 5);
    QVERIFY(c.files.first().endsWith(QStringLiteral("model.safetensors.index.json")));
    QVERIFY(c.files.last().endsWith(QStringLiteral("model-00004-of-00004.safetensors")));
    QCOMPARE(c.tensors.size(), 1 + 32 * 9 + 2);
    // Meta's 8,030,261,248 parameters in BF16: the hub index's total_size of 16,060,522,496 bytes.
    QCOMPARE(c.elementsByDtype.value(QStringLiteral("BF16")), 8030261248LL);
    QCOMPARE(c.dataBytes, 16060522496LL);
    QVERIFY(c.notes.isEmpty());
    QCOMPARE(c.tensors.first().shard, 1); // files[0] is the index
    QCOMPARE(c.tensors.last().shard, 4);
}

void TestSafetensorsReader::qwen3MoeManyTensors()
{
    // 48 x 128 x 3 expert matrices: 18,432 of the file's 18,867 tensors.
    const SafetensorsWriter w = TestModels::qwen3MoeSafetensors();
    const QString path = m_dir.filePath(QStringLiteral("qwen3-moe.safetensors"));
    QVERIFY(w.write(path));
    const SafetensorsContents c = SafetensorsReader::readFile(path);
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.tensors.size(), 1 + 48 * (9 + 128 * 3) + 2);
    // 30,532,122,624 parameters (Qwen3-30B-A3B; see tst_hfconfig) of 2 bytes.
    QCOMPARE(c.elementsByDtype.value(QStringLiteral("BF16")), 30532122624LL);
    QCOMPARE(c.dataBytes, 2 * 30532122624LL);
}

void TestSafetensorsReader::totalSizeDisagrees()
{
    QTemporaryDir dir;
    SafetensorsWriter w;
    w.tensor(QStringLiteral("a"), QStringLiteral("F32"), {8});
    QVERIFY(w.write(dir.filePath(QStringLiteral("model-00001-of-00001.safetensors"))));
    QVERIFY(writeBytes(
        dir.filePath(QStringLiteral("model.safetensors.index.json")),
        R"({"metadata":{"total_size":999},"weight_map":{"a":"model-00001-of-00001.safetensors"}})"));
    const SafetensorsContents c =
        SafetensorsReader::readIndex(dir.filePath(QStringLiteral("model.safetensors.index.json")));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.dataBytes, 32);
    QCOMPARE(c.notes.size(), 1);
    QVERIFY(c.notes.first().contains(QStringLiteral("999")));
}

void TestSafetensorsReader::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    const QByteArray good = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";

    QTest::addRow("empty") << QByteArray() << QStringLiteral("too short");
    QTest::addRow("seven bytes") << QByteArray(7, '\0') << QStringLiteral("too short");
    QTest::addRow("header of 2^40 bytes")
        << GgufWriter::le(quint64(1) << 40) + QByteArray(64, ' ') << QStringLiteral("at most 100000000");
    QTest::addRow("header of 2^64-1 bytes") << GgufWriter::le(~quint64(0)) << QStringLiteral("at most");
    QTest::addRow("header past the file")
        << GgufWriter::le(quint64(1000)) + QByteArray(10, ' ') << QStringLiteral("only 10 follow");
    QTest::addRow("not json") << file("{\"a\": [", 0) << QStringLiteral("not valid JSON");
    QTest::addRow("not an object") << file("[1,2]", 0) << QStringLiteral("not a JSON object");
    QTest::addRow("invalid UTF-8") << file("{\"\xff\xfe\":1}", 0) << QStringLiteral("not valid JSON");
    QTest::addRow("nested array bomb")
        << file(QByteArray(100000, '['), 0) << QStringLiteral("not valid JSON");
    QTest::addRow("tensor not an object") << file(R"({"a":5})", 0) << QStringLiteral("“a” needs dtype");
    QTest::addRow("no offsets") << file(R"({"a":{"dtype":"F32","shape":[2]}})", 8)
                                << QStringLiteral("needs dtype");
    QTest::addRow("three offsets") << file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4,8]}})", 8)
                                   << QStringLiteral("needs dtype");
    QTest::addRow("unknown dtype") << file(R"({"a":{"dtype":"Q4","shape":[2],"data_offsets":[0,1]}})", 1)
                                   << QStringLiteral("unknown dtype “Q4”");
    QTest::addRow("negative dimension")
        << file(R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", 8)
        << QStringLiteral("not whole numbers");
    QTest::addRow("fractional dimension")
        << file(R"({"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,8]}})", 8)
        << QStringLiteral("not whole numbers");
    QTest::addRow("dimension as a string")
        << file(R"({"a":{"dtype":"F32","shape":["2"],"data_offsets":[0,8]}})", 8)
        << QStringLiteral("not whole numbers");
    QTest::addRow("shape past 64 bits")
        << file(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,4],"data_offsets":[0,8]}})", 8)
        << QStringLiteral("passes 64 bits");
    QTest::addRow("65 dimensions") << file("{\"a\":{\"dtype\":\"U8\",\"shape\":[" +
                                               QByteArray("1,").repeated(64) + "1],\"data_offsets\":[0,1]}}",
                                           1)
                                   << QStringLiteral("65 dimensions");
    QTest::addRow("half a byte") << file(R"({"a":{"dtype":"F4","shape":[3],"data_offsets":[0,2]}})", 2)
                                 << QStringLiteral("whole bytes");
    QTest::addRow("size disagrees") << file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,4]}})", 4)
                                    << QStringLiteral("spans 4 bytes, but its shape and dtype make 8");
    QTest::addRow("offsets reversed") << file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}})", 8)
                                      << QStringLiteral("invalid data_offsets");
    QTest::addRow("gap") << file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})", 12)
                         << QStringLiteral("starts at data byte 4, expected 0");
    QTest::addRow("overlap") << file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                     R"("b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                                     12)
                             << QStringLiteral("expected 8");
    QTest::addRow("data cut short") << file(good, 7) << QStringLiteral("is it complete");
    QTest::addRow("data left over") << file(good, 9) << QStringLiteral("cover 8 bytes");
    QTest::addRow("offset of 2^60")
        << file(
               R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[1152921504606846976,1152921504606846984]}})",
               8)
        << QStringLiteral("starts at data byte");
}

void TestSafetensorsReader::refusesBadFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const QString path = m_dir.filePath(QStringLiteral("bad.safetensors"));
    QVERIFY(writeBytes(path, bytes));
    QElapsedTimer timer;
    timer.start();
    const SafetensorsContents c = SafetensorsReader::readFile(path);
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!c.ok());
    QVERIFY2(c.error.startsWith(QStringLiteral("bad.safetensors: ")), qPrintable(c.error));
    QVERIFY2(c.error.contains(problem), qPrintable(c.error));
    QVERIFY(c.tensors.isEmpty());
}

void TestSafetensorsReader::refusesBadIndexes_data()
{
    QTest::addColumn<QByteArray>("index");
    QTest::addColumn<QString>("problem");
    QTest::addRow("not json") << QByteArray("{") << QStringLiteral("not a JSON object");
    QTest::addRow("no weight_map") << QByteArray(R"({"metadata":{}})") << QStringLiteral("no weight_map");
    QTest::addRow("empty weight_map")
        << QByteArray(R"({"weight_map":{}})") << QStringLiteral("names no tensors");
    QTest::addRow("path outside the folder") << QByteArray(R"({"weight_map":{"a":"../evil.safetensors"}})")
                                             << QStringLiteral("not a .safetensors file beside the index");
    QTest::addRow("absolute path") << QByteArray(R"({"weight_map":{"a":"/etc/passwd.safetensors"}})")
                                   << QStringLiteral("beside the index");
    QTest::addRow("not safetensors") << QByteArray(R"({"weight_map":{"a":"model.bin"}})")
                                     << QStringLiteral("beside the index");
    QTest::addRow("shard not a string")
        << QByteArray(R"({"weight_map":{"a":7}})") << QStringLiteral("beside the index");
    QTest::addRow("missing shard") << QByteArray(R"({"weight_map":{"a":"model-00009-of-00009.safetensors"}})")
                                   << QStringLiteral("shard model-00009-of-00009.safetensors is missing");
    QTest::addRow("tensor not in its shard")
        << QByteArray(R"({"weight_map":{"a":"one.safetensors","zz":"one.safetensors"}})")
        << QStringLiteral("maps tensor “zz” to one.safetensors");
    QTest::addRow("tensor in two shards")
        << QByteArray(R"({"weight_map":{"a":"one.safetensors","b":"two.safetensors"}})")
        << QStringLiteral("also in an earlier shard");
}

void TestSafetensorsReader::refusesBadIndexes()
{
    QFETCH(QByteArray, index);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    SafetensorsWriter one;
    one.tensor(QStringLiteral("a"), QStringLiteral("F32"), {2});
    QVERIFY(one.write(dir.filePath(QStringLiteral("one.safetensors"))));
    SafetensorsWriter two;
    two.tensor(QStringLiteral("a"), QStringLiteral("F32"), {2})
        .tensor(QStringLiteral("b"), QStringLiteral("F32"), {2});
    QVERIFY(two.write(dir.filePath(QStringLiteral("two.safetensors"))));
    const QString path = dir.filePath(QStringLiteral("model.safetensors.index.json"));
    QVERIFY(writeBytes(path, index));
    const SafetensorsContents c = SafetensorsReader::readIndex(path);
    QVERIFY(!c.ok());
    QVERIFY2(c.error.contains(problem), qPrintable(c.error));
    QVERIFY(c.tensors.isEmpty());
}

void TestSafetensorsReader::oversizedIndex()
{
    QTemporaryDir dir;
    QFile index(dir.filePath(QStringLiteral("model.safetensors.index.json")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    QVERIFY(index.resize(SafetensorsReader::MaxIndexBytes + 1));
    index.close();
    QElapsedTimer timer;
    timer.start();
    const SafetensorsContents c = SafetensorsReader::readIndex(index.fileName());
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY2(c.error.contains(QStringLiteral("too large")), qPrintable(c.error));
    QVERIFY(SafetensorsReader::readFile(dir.filePath(QStringLiteral("absent.safetensors")))
                .error.startsWith(QStringLiteral("absent.safetensors: cannot be opened")));
}

QTEST_APPLESS_MAIN(TestSafetensorsReader)
#include "tst_safetensorsreader.moc"
