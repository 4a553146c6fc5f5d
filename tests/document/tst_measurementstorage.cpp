// Measured runs in a document (issue 18): added in one transaction as one undo step, read back as written,
// refused whole when one run breaks the schema's rules, and kept or restored wherever the file's other rows are.
#include "testsupport.h"

#include "models/core/dataset.h"
#include "models/document/atlasdocument.h"
#include "models/document/merger.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestMeasurementStorage : public QObject
{
    Q_OBJECT

private:
    static qint64 idOf(const QList<ModelRecord> &models, const QString &name)
    {
        for (const ModelRecord &m : models) {
            if (m.name == name)
                return m.id;
        }
        return 0;
    }
    static qint64 idOf(const QList<GpuRecord> &gpus, const QString &name)
    {
        for (const GpuRecord &g : gpus) {
            if (g.name == name)
                return g.id;
        }
        return 0;
    }

    // Two runs of Llama 3.3 70B on two RTX 4090s: a decode run with its peak memory, and a prefill run.
    static QList<MeasurementRecord> twoRuns(const Dataset &dataset)
    {
        MeasurementRecord decode;
        decode.modelId = idOf(dataset.models, QStringLiteral("Llama 3.3 70B"));
        decode.gpuId = idOf(dataset.gpus, QStringLiteral("RTX 4090"));
        decode.quant = QStringLiteral("Q4_K_M");
        decode.gpuCount = 2;
        decode.context = 4096;
        decode.promptTokens = 512;
        decode.vramBytes = 42'000'000'000.0;
        decode.decodeTokensPerS = 15.25;
        decode.engine = QStringLiteral("llama.cpp");
        decode.measuredOn = QStringLiteral("2026-03-01");
        decode.source = QStringLiteral("llama-bench b4567 (bench.json)");
        MeasurementRecord prefill = decode;
        prefill.vramBytes.reset();
        prefill.decodeTokensPerS.reset();
        prefill.prefillTokensPerS = 1180.5;
        prefill.ttftMs = 433.0;
        prefill.notes = QStringLiteral("second run");
        return {decode, prefill};
    }

    static void compareRuns(const QList<MeasurementRecord> &actual, const QList<MeasurementRecord> &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            const MeasurementRecord &a = actual.at(i);
            const MeasurementRecord &e = expected.at(i);
            QVERIFY(a.id > 0);
            QCOMPARE(a.modelId, e.modelId);
            QCOMPARE(a.gpuId, e.gpuId);
            QCOMPARE(a.quant, e.quant);
            QCOMPARE(a.gpuCount, e.gpuCount);
            QCOMPARE(a.context, e.context);
            QCOMPARE(a.promptTokens, e.promptTokens);
            QCOMPARE(a.batch, e.batch);
            QCOMPARE(a.vramBytes, e.vramBytes);
            QCOMPARE(a.decodeTokensPerS, e.decodeTokensPerS);
            QCOMPARE(a.prefillTokensPerS, e.prefillTokensPerS);
            QCOMPARE(a.ttftMs, e.ttftMs);
            QCOMPARE(a.engine, e.engine);
            QCOMPARE(a.measuredOn, e.measuredOn);
            QCOMPARE(a.source, e.source);
            QCOMPARE(a.notes, e.notes);
        }
    }

private slots:
    void addsRunsAsOneUndoStep()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString before = databaseDump(file.path());
        const QList<MeasurementRecord> runs = twoRuns(document.dataset());
        QVERIFY(runs.constFirst().modelId > 0 && runs.constFirst().gpuId > 0);

        QVERIFY2(document.addMeasurements(runs, QStringLiteral("bench.json")), qPrintable(document.errorString()));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), QStringLiteral("Import measured runs from bench.json"));
        compareRuns(document.dataset().measurements, runs);
        // What the document took in is what the file holds, nulls included.
        document.reload();
        compareRuns(document.dataset().measurements, runs);

        document.undoStack()->undo();
        QVERIFY(document.dataset().measurements.isEmpty());
        QCOMPARE(databaseDump(file.path()), before);
        document.undoStack()->redo();
        compareRuns(document.dataset().measurements, runs);
    }

    void oneBadRunRefusesTheBatch()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString before = databaseDump(file.path());
        QList<MeasurementRecord> runs = twoRuns(document.dataset());
        runs[1].batch = 0; // the schema refuses it: a run has at least one sequence
        QVERIFY(!document.addMeasurements(runs, QStringLiteral("bench.json")));
        QVERIFY(!document.errorString().isEmpty());
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(document.dataset().measurements.isEmpty());
        QCOMPARE(databaseDump(file.path()), before);

        runs = twoRuns(document.dataset());
        runs[0].decodeTokensPerS = 0.0;
        QVERIFY(!document.addMeasurements(runs, QStringLiteral("bench.json")));
        QCOMPARE(databaseDump(file.path()), before);
    }

    void runsGoWithTheirGpuAndComeBackOnUndo()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QList<MeasurementRecord> runs = twoRuns(document.dataset());
        QVERIFY(document.addMeasurements(runs, QStringLiteral("bench.json")));
        const qint64 gpuId = runs.constFirst().gpuId;
        QVERIFY(document.deletionConsequences(RecordKind::Gpu, gpuId).contains(QStringLiteral("2 measured runs")));
        QVERIFY2(document.deleteRecord(RecordKind::Gpu, gpuId), qPrintable(document.errorString()));
        QVERIFY(document.dataset().measurements.isEmpty());
        document.undoStack()->undo();
        compareRuns(document.dataset().measurements, runs);

        const qint64 modelId = runs.constFirst().modelId;
        QVERIFY(document.deleteRecord(RecordKind::Model, modelId));
        QVERIFY(document.dataset().measurements.isEmpty());
        document.undoStack()->undo();
        compareRuns(document.dataset().measurements, runs);
    }

    void savingACopyAndMergingKeepTheRuns()
    {
        BundledDatabaseFile file;
        BundledDatabaseFile theirs;
        QTemporaryDir dir;
        {
            // Their file has a model ours lacks, so the merge writes something.
            AtlasDocument other;
            QVERIFY(other.open(theirs.path()));
            ModelRecord extra = *other.dataset().model(idOf(other.dataset().models, QStringLiteral("Llama 3.3 70B")));
            extra.id = 0;
            extra.name = QStringLiteral("Llama 3.3 70B (team fine-tune)");
            QVERIFY2(other.addRecord(extra), qPrintable(other.errorString()));
        }
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QList<MeasurementRecord> runs = twoRuns(document.dataset());
        QVERIFY(document.addMeasurements(runs, QStringLiteral("bench.json")));

        const Merger::Plan plan = Merger::plan(document.dataset(), theirs.path());
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QVERIFY(!plan.additions.isEmpty());
        QVERIFY(document.applyChanges(Merger::changes(plan), QStringLiteral("Merge")));
        compareRuns(document.dataset().measurements, runs);

        const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY2(document.saveAs(copy), qPrintable(document.errorString()));
        AtlasDocument reopened;
        QVERIFY(reopened.open(copy));
        compareRuns(reopened.dataset().measurements, runs);
    }

    void readOnlyFileRefuses()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path(), Database::Access::ReadOnly));
        QVERIFY(!document.addMeasurements(twoRuns(document.dataset()), QStringLiteral("bench.json")));
        QVERIFY(document.errorString().contains(QStringLiteral("read-only")));
    }
};

QTEST_GUILESS_MAIN(TestMeasurementStorage)
#include "tst_measurementstorage.moc"
