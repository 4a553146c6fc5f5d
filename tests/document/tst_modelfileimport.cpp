// Importing a model file into a document: the model and its measured size in one transaction, one undo step,
// and a model's measured sizes going and coming back with it.
#include "modelfiles/modelfilewriter.h"
#include "testsupport.h"

#include "db/datasetwriter.h"
#include "models/core/dataset.h"
#include "models/document/atlasdocument.h"
#include "models/document/modelfileimport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestModelFileImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString writeGguf(const QString &fileName, const QString &organization = QString())
    {
        GgufWriter w;
        if (!organization.isEmpty())
            w.str(QStringLiteral("general.organization"), organization);
        TestModels::llama31_8bMetadata(w, 32, 10);
        TestModels::llama31_8bOuterTensors(w);
        for (int i = 0; i < 32; ++i)
            TestModels::llama31_8bLayer(w, i);
        const QString path = m_files.filePath(fileName);
        return w.write(path) ? path : QString();
    }

    static qsizetype modelsNamed(const Dataset &dataset, const QString &name)
    {
        return std::count_if(dataset.models.cbegin(), dataset.models.cend(),
                             [&](const ModelRecord &m) { return m.name == name; });
    }

private slots:
    void addsModelAndMeasureAsOneUndoStep()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString path = writeGguf(QStringLiteral("llama-8b-Q4_K_M.gguf"), QStringLiteral("Meta"));
        const ModelFileImport::Plan plan = ModelFileImport::plan(document.dataset(), path);
        QVERIFY2(plan.canApply(), qPrintable(plan.error));
        QVERIFY(!plan.existing);
        QCOMPARE(plan.changes.additions.size(), 1);
        QCOMPARE(plan.changes.measuredAdditions.size(), 1);
        QVERIFY(plan.changes.source);
        QCOMPARE(plan.changes.source->origin, QStringLiteral("read from file"));

        const qsizetype sources = document.dataset().sources.size();
        QVERIFY2(document.applyChanges(plan.changes, QStringLiteral("Add model")), qPrintable(document.errorString()));
        QCOMPARE(document.undoStack()->count(), 1);
        const ModelRecord *model = nullptr;
        for (const ModelRecord &m : document.dataset().models)
            model = m.name == QLatin1String("Meta Llama 3.1 8B Instruct") ? &m : model;
        QVERIFY(model);
        QCOMPARE(model->vendor, QStringLiteral("Meta"));
        QVERIFY(model->uncertain); // no release date in the file
        const MeasuredSizeRecord *measured = document.dataset().measuredSize(model->id, QStringLiteral("Q4_K_M"));
        QVERIFY(measured);
        QCOMPARE(measured->weightsBytes, 5'172'420'864LL); // see tst_modelfilecommands for the sum
        QCOMPARE(measured->sourceId, document.dataset().sources.constLast().id);
        QCOMPARE(document.dataset().sources.size(), sources + 1);

        // What was taken in matches the file.
        const qint64 modelId = model->id;
        document.reload();
        QVERIFY(document.dataset().measuredSize(modelId, QStringLiteral("q4_k_m")));

        document.undoStack()->undo();
        QCOMPARE(modelsNamed(document.dataset(), QStringLiteral("Meta Llama 3.1 8B Instruct")), 0);
        QVERIFY(document.dataset().measuredSizes.isEmpty());
        QCOMPARE(document.dataset().sources.size(), sources);
        document.undoStack()->redo();
        QCOMPARE(modelsNamed(document.dataset(), QStringLiteral("Meta Llama 3.1 8B Instruct")), 1);
        QCOMPARE(document.dataset().measuredSizes.size(), 1);

        // Deleting the model takes its measured sizes; undoing the delete brings them back.
        QVERIFY(document.deleteRecord(RecordKind::Model, modelId));
        QVERIFY(document.dataset().measuredSizes.isEmpty());
        document.undoStack()->undo();
        QCOMPARE(document.dataset().measuredSizes.size(), 1);
    }

    void replacesTheMeasureOfTheSameQuantization()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        QVERIFY(document.applyChanges(
            ModelFileImport::plan(document.dataset(), writeGguf(QStringLiteral("a.gguf"), QStringLiteral("Meta"))).changes,
            QStringLiteral("Add")));
        // Another file of the same model and quantization replaces the measure, and says what it replaced.
        GgufWriter w;
        TestModels::llama31_8bMetadata(w, 32, 10);
        TestModels::llama31_8bOuterTensors(w);
        for (int i = 0; i < 31; ++i)
            TestModels::llama31_8bLayer(w, i);
        const QString smaller = m_files.filePath(QStringLiteral("b.gguf"));
        QVERIFY(w.write(smaller));
        const ModelFileImport::Plan plan = ModelFileImport::plan(document.dataset(), smaller);
        QVERIFY2(plan.canApply(), qPrintable(plan.error));
        QCOMPARE(plan.changes.measuredChanges.size(), 1);
        QVERIFY2(plan.summary().contains(QStringLiteral("replacing 5172420864 bytes from a.gguf")), qPrintable(plan.summary()));
        QVERIFY(document.applyChanges(plan.changes, QStringLiteral("Update")));
        QCOMPARE(document.dataset().measuredSizes.size(), 1);
        QCOMPARE(document.dataset().measuredSizes.constFirst().fileName, QStringLiteral("b.gguf"));
        QCOMPARE(document.dataset().measuredSizes.constFirst().weightsBytes, 5'172'420'864LL - 138'936'320LL);
        document.undoStack()->undo();
        QCOMPARE(document.dataset().measuredSizes.constFirst().fileName, QStringLiteral("a.gguf"));
    }

    void refusals()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        // No vendor anywhere.
        ModelFileImport::Plan plan = ModelFileImport::plan(document.dataset(), writeGguf(QStringLiteral("c.gguf")));
        QVERIFY(!plan.canApply());
        QVERIFY(plan.needsVendor);
        QVERIFY(plan.error.contains(QStringLiteral("c.gguf")));
        QVERIFY(plan.changes.isEmpty());
        ModelFileImport::Options options;
        options.vendor = QStringLiteral("Meta");
        plan = ModelFileImport::plan(document.dataset(), m_files.filePath(QStringLiteral("c.gguf")), options);
        QVERIFY2(plan.canApply(), qPrintable(plan.error));
        // An unreadable file.
        plan = ModelFileImport::plan(document.dataset(), m_files.filePath(QStringLiteral("missing.gguf")), options);
        QVERIFY(!plan.canApply());
        QVERIFY(plan.error.contains(QStringLiteral("missing.gguf")));
    }
};

QTEST_GUILESS_MAIN(TestModelFileImport)
#include "tst_modelfileimport.moc"
