// Edits through AtlasDocument: every kind is written in a transaction, undone and redone exactly.
#include "db/datasetreader.h"
#include "db/datasetwriter.h"
#include "models/core/validation.h"
#include "models/document/atlasdocument.h"
#include "models/document/changesetwriter.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUndoStack>

class TestEditing : public QObject
{
    Q_OBJECT

private:
    enum Edit {
        ModelField,
        ModelParams,
        GpuPrice,
        ApiPriceField,
        TierEntryField,
        AddModel,
        DeleteModel,
        AddGpu,
        DeleteGpu,
        AddApiPrice,
        DeleteApiPrice,
        DeleteTierEntry,
        ApplyChangeSet,
    };

    static ModelRecord newModel()
    {
        ModelRecord m;
        m.name = QStringLiteral("Tiny 1B");
        m.vendor = QStringLiteral("Lab");
        m.totalParams = 1000000000;
        m.layers = 16;
        m.hiddenSize = 2048;
        m.attentionHeads = 32;
        m.kvHeads = 8;
        m.headDim = 64;
        m.fullAttentionLayers = 16;
        m.maxContext = 8192;
        m.license = QStringLiteral("MIT");
        m.released = QStringLiteral("2026-04");
        return m;
    }

    static bool perform(AtlasDocument &document, Edit edit)
    {
        switch (edit) {
        case ModelField: return document.setField(RecordKind::Model, 1, QStringLiteral("vendor"), QStringLiteral("DeepSeek AI"));
        case ModelParams: return document.setField(RecordKind::Model, 1, QStringLiteral("active_params"), QStringLiteral("40B"));
        case GpuPrice: return document.setField(RecordKind::Gpu, 1, QStringLiteral("cloud_usd_per_hour"), QStringLiteral("0.19"));
        case ApiPriceField: return document.setField(RecordKind::ApiPrice, 1, QStringLiteral("output_usd_per_mtok"), 0.5);
        case TierEntryField: return document.setField(RecordKind::TierEntry, 1, QStringLiteral("tier"), QStringLiteral("b"), 1);
        case AddModel: return document.addRecord(newModel());
        case DeleteModel: return document.deleteRecord(RecordKind::Model, 1);
        case AddGpu: {
            GpuRecord g;
            g.name = QStringLiteral("Test GPU");
            g.vendor = QStringLiteral("Acme");
            g.memoryGib = 16;
            g.memoryKind = QStringLiteral("GDDR7");
            g.bandwidthGbPerS = 900;
            g.fp16Tflops = 100;
            return document.addRecord(g);
        }
        case DeleteGpu: return document.deleteRecord(RecordKind::Gpu, 9); // A100 80GB: presets and quoted costs
        case AddApiPrice: {
            ApiPriceRecord p;
            p.provider = QStringLiteral("Acme");
            p.modelName = QStringLiteral("acme-large");
            p.modelId = 2;
            p.inputUsdPerMtok = 1;
            p.outputUsdPerMtok = 2;
            p.asOf = QStringLiteral("2026-04-01");
            return document.addRecord(p);
        }
        case DeleteApiPrice: return document.deleteRecord(RecordKind::ApiPrice, 1);
        case DeleteTierEntry: return document.deleteRecord(RecordKind::TierEntry, 3, 1);
        case ApplyChangeSet: {
            ChangeSet changes;
            changes.source = SourceRecord{0, QStringLiteral("Import"), QStringLiteral("file"), QStringLiteral("2026-04"), {}};
            changes.additions << AnyRecord(newModel());
            AnyRecord before = *document.record(RecordKind::Gpu, 2);
            AnyRecord after = before;
            RecordFields::setValue(after, QStringLiteral("street_price_usd"), 700.0);
            changes.changes << std::pair{before, after};
            return document.applyChanges(changes, QStringLiteral("Import"));
        }
        }
        return false;
    }

    // Every record of a dataset, every field, one line each: what a fresh load of the file must equal.
    static QString datasetText(const Dataset &d)
    {
        QStringList lines;
        const auto fields = [&d](const AnyRecord &record) {
            QStringList values;
            for (const RecordFields::Field &field : RecordFields::fields(RecordFields::kindOf(record)))
                values << RecordFields::displayValue(RecordFields::value(record, field.key, &d));
            values << RecordFields::editedAt(record) << RecordFields::editedFields(record).join(QLatin1Char(','));
            return values.join(QLatin1Char('|'));
        };
        for (const SourceRecord &s : d.sources)
            lines << QStringLiteral("source %1 %2 %3 %4 %5").arg(s.id).arg(s.title, s.origin, s.asOf, s.note);
        for (const ModelRecord &m : d.models)
            lines << QStringLiteral("model %1 %2 %3 ").arg(m.id).arg(m.sourceId).arg(m.referenceModel) + fields(m);
        for (const TierListRecord &l : d.tierLists)
            lines << QStringLiteral("list %1 %2 %3 %4").arg(l.id).arg(l.name, l.published).arg(l.sourceId);
        for (const TierEntryRecord &e : d.tierEntries)
            lines << QStringLiteral("entry %1 %2 ").arg(e.tierListId).arg(e.modelId) + fields(e);
        for (const GpuRecord &g : d.gpus)
            lines << QStringLiteral("gpu %1 %2 ").arg(g.id).arg(g.sourceId) + fields(g);
        for (const ApiPriceRecord &p : d.apiPrices)
            lines << QStringLiteral("price %1 %2 ").arg(p.id).arg(p.sourceId) + fields(p);
        for (qsizetype i = 0; i < d.models.size(); ++i) {
            if (d.model(d.models.at(i).id) != &d.models.at(i))
                lines << QStringLiteral("index of model %1 is stale").arg(d.models.at(i).id);
        }
        return lines.join(QLatin1Char('\n'));
    }

    static QString freshLoad(const QString &path)
    {
        AtlasDocument fresh;
        return fresh.open(path, Database::Access::ReadOnly) ? datasetText(fresh.dataset()) : fresh.errorString();
    }

    // Models added, a GPU changed and a tier entry moved: every part of a change set that is taken into
    // memory without reading the file again.
    static ChangeSet mixedChangeSet(const AtlasDocument &document)
    {
        ChangeSet changes;
        changes.source =
            SourceRecord{0, QStringLiteral("Import"), QStringLiteral("file"), QStringLiteral("2026-04"), {}};
        ModelRecord second = newModel();
        second.name = QStringLiteral("Tiny 2B");
        second.notes = QStringLiteral("“ü” 日本");
        second.editedAt = RecordFields::nowUtc();
        changes.additions << AnyRecord(newModel()) << AnyRecord(second);
        AnyRecord gpuBefore = *document.record(RecordKind::Gpu, 2);
        AnyRecord gpuAfter = gpuBefore;
        RecordFields::setValue(gpuAfter, QStringLiteral("street_price_usd"), 700.0);
        changes.changes << std::pair{gpuBefore, gpuAfter};
        const TierEntryRecord entry = document.dataset().tierEntries.constFirst();
        AnyRecord entryAfter = entry;
        RecordFields::setValue(entryAfter, QStringLiteral("rank"), 99);
        changes.changes << std::pair{AnyRecord(entry), entryAfter};
        return changes;
    }

private slots:
    void initTestCase() { qRegisterMetaType<RecordKind>(); }

    void undoAndRedoRestoreTheExactFile_data()
    {
        QTest::addColumn<int>("edit");
        QTest::addRow("model field") << int(ModelField);
        QTest::addRow("model parameters") << int(ModelParams);
        QTest::addRow("GPU cloud price") << int(GpuPrice);
        QTest::addRow("API price") << int(ApiPriceField);
        QTest::addRow("tier entry") << int(TierEntryField);
        QTest::addRow("add model") << int(AddModel);
        QTest::addRow("delete model with its entries") << int(DeleteModel);
        QTest::addRow("add GPU") << int(AddGpu);
        QTest::addRow("delete GPU with its configurations") << int(DeleteGpu);
        QTest::addRow("add API price") << int(AddApiPrice);
        QTest::addRow("delete API price") << int(DeleteApiPrice);
        QTest::addRow("delete tier entry") << int(DeleteTierEntry);
        QTest::addRow("change set") << int(ApplyChangeSet);
    }

    void undoAndRedoRestoreTheExactFile()
    {
        QFETCH(int, edit);
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString original = databaseDump(file.path());
        QVERIFY(!document.isModified());

        QVERIFY2(perform(document, Edit(edit)), qPrintable(document.errorString()));
        const QString edited = databaseDump(file.path());
        QVERIFY(edited != original);
        QVERIFY(document.isModified());
        QCOMPARE(document.undoStack()->count(), 1);

        document.undoStack()->undo();
        QCOMPARE(databaseDump(file.path()), original);
        QVERIFY(!document.isModified());
        document.undoStack()->redo();
        QCOMPARE(databaseDump(file.path()), edited);
        document.undoStack()->undo();
        QCOMPARE(databaseDump(file.path()), original);

        // Memory agrees with the file after all of it.
        Database check;
        QVERIFY(check.open(file.path(), Database::Access::ReadOnly));
        Dataset reread;
        QString error;
        QVERIFY(DatasetReader::load(check.connection(), &reread, &error));
        QCOMPARE(document.dataset().models.size(), reread.models.size());
        QCOMPARE(document.dataset().models.at(0).vendor, reread.models.at(0).vendor);
        QCOMPARE(document.dataset().gpus.size(), reread.gpus.size());
        QCOMPARE(document.dataset().tierEntries.size(), reread.tierEntries.size());
    }

    void editRecordsProvenanceAndSignals()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        QSignalSpy changed(&document, &AtlasDocument::recordChanged);
        QVERIFY(document.setField(RecordKind::Gpu, 3, QStringLiteral("street_price_usd"), QStringLiteral("1499")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toLongLong(), 3);
        const GpuRecord *gpu = document.dataset().gpu(3);
        QCOMPARE(gpu->streetPriceUsd.value_or(0), 1499.0);
        QVERIFY(!gpu->editedAt.isEmpty());
        QCOMPARE(gpu->editedFields, QStringList{"street_price_usd"});
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Edit street price (usd) of RTX 4090"));
        document.undoStack()->undo();
        QVERIFY(document.dataset().gpu(3)->editedAt.isEmpty());
        // Setting a value to what it already is changes nothing and adds no undo step.
        QVERIFY(document.setField(RecordKind::Gpu, 3, QStringLiteral("vendor"), document.dataset().gpu(3)->vendor));
        QCOMPARE(document.undoStack()->index(), 0);
    }

    void invalidValuesChangeNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::addRow("negative params") << int(RecordKind::Model) << qint64(1) << "total_params" << "-5" << "positive";
        QTest::addRow("active above total") << int(RecordKind::Model) << qint64(1) << "active_params" << "900B" << "cannot exceed";
        QTest::addRow("not a number") << int(RecordKind::Gpu) << qint64(1) << "memory_gib" << "lots" << "must be a number";
        QTest::addRow("negative price") << int(RecordKind::ApiPrice) << qint64(1) << "input_usd_per_mtok" << "-1" << "negative";
        QTest::addRow("bad date") << int(RecordKind::ApiPrice) << qint64(1) << "as_of" << "March 2026" << "2026-03";
        QTest::addRow("unknown tier") << int(RecordKind::TierEntry) << qint64(1) << "tier" << "Z" << "S, A, B, C, D, F";
        QTest::addRow("taken rank") << int(RecordKind::TierEntry) << qint64(1) << "rank" << "2" << "already held";
        QTest::addRow("duplicate name") << int(RecordKind::Gpu) << qint64(1) << "name" << "rtx 4090" << "already called";
    }

    void invalidValuesChangeNothing()
    {
        QFETCH(int, kind);
        QFETCH(qint64, id);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString before = databaseDump(file.path());
        QVERIFY(!document.setField(RecordKind(kind), id, key, value, kind == int(RecordKind::TierEntry) ? 1 : 0));
        QVERIFY2(document.errorString().contains(message), qPrintable(document.errorString()));
        QCOMPARE(databaseDump(file.path()), before);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void readOnlyDocumentsRefuseEdits()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path(), Database::Access::ReadOnly));
        const QByteArray before = fileBytes(file.path());
        QVERIFY(!document.setField(RecordKind::Model, 1, QStringLiteral("vendor"), QStringLiteral("x")));
        QVERIFY2(document.errorString().contains(QStringLiteral("read-only")), qPrintable(document.errorString()));
        QVERIFY(!document.deleteRecord(RecordKind::Model, 1));
        QVERIFY(document.errorString().contains(QStringLiteral("Save a copy")));
        QCOMPARE(fileBytes(file.path()), before);
    }

    void lockedFileSaysSoInsteadOfHanging()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        {
            // Another program holds the write lock.
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(file.path());
            other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(!document.setField(RecordKind::Model, 1, QStringLiteral("vendor"), QStringLiteral("x")));
            QVERIFY2(document.errorString().contains(QStringLiteral("locked by another program")),
                     qPrintable(document.errorString()));
            QCOMPARE(document.undoStack()->count(), 0);
            QCOMPARE(document.dataset().model(1)->vendor, QStringLiteral("DeepSeek"));
            lock.exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(document.setField(RecordKind::Model, 1, QStringLiteral("vendor"), QStringLiteral("x")));
    }

    void deletionNamesWhatGoesWithIt()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString consequences = document.deletionConsequences(RecordKind::Model, 1);
        QVERIFY2(consequences.contains(QStringLiteral("1 tier-list entries")), qPrintable(consequences));
        QVERIFY(consequences.contains(QStringLiteral("API prices")));
        QVERIFY(document.deletionConsequences(RecordKind::Gpu, 9).contains(QStringLiteral("GPU configurations")));
    }

    void saveAsWritesAConsistentCopyAndContinuesWithIt()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        QVERIFY(document.setField(RecordKind::Model, 2, QStringLiteral("license"), QStringLiteral("Apache-2.0")));
        const QString target = file.folder() + QStringLiteral("/copy.sqlite");
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("old");
        existing.close();
        QVERIFY2(document.saveAs(target), qPrintable(document.errorString()));
        QCOMPARE(document.filePath(), QFileInfo(target).absoluteFilePath());
        QVERIFY(!document.isModified());
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
        QCOMPARE(databaseDump(target), databaseDump(file.path()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(target);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QCOMPARE(document.dataset().model(2)->license, QStringLiteral("Apache-2.0"));
        // Saving over the open file itself is refused, and a failed save leaves an existing target alone.
        QVERIFY(!document.saveAs(target));
        QVERIFY(!document.saveAs(file.folder() + QStringLiteral("/no/such/folder/x.sqlite")));
        QCOMPARE(document.filePath(), QFileInfo(target).absoluteFilePath());
    }

    // A change set is taken into memory, not re-read; memory must still be what a fresh load reads.
    void changeSetsLeaveTheDatasetAsAFreshLoadReadsIt()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        QSignalSpy resets(&document, &AtlasDocument::datasetReset);
        const qsizetype bundled = document.dataset().models.size();
        QVERIFY(document.applyChanges(mixedChangeSet(document), QStringLiteral("Import")));
        QCOMPARE(document.dataset().models.size(), bundled + 2); // the change set adds two models
        QCOMPARE(datasetText(document.dataset()), freshLoad(file.path()));
        document.undoStack()->undo();
        QCOMPARE(datasetText(document.dataset()), freshLoad(file.path()));
        document.undoStack()->redo();
        QCOMPARE(datasetText(document.dataset()), freshLoad(file.path()));
        QCOMPARE(resets.count(), 3);
    }

    // The window writes a big import on a worker thread over a connection of its own, then pushes it.
    void changeSetsWrittenOnAWorkerAreOneUndoStep()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString before = databaseDump(file.path());
        ChangeSet changes = mixedChangeSet(document);
        bool written = false;
        QString error;
        const std::unique_ptr<QThread> worker(QThread::create(
            [&] { written = ChangeSetWriter::applyToFile(file.path(), changes, {}, &error); }));
        worker->start();
        QVERIFY(worker->wait());
        QVERIFY2(written, qPrintable(error));
        const QString after = databaseDump(file.path());
        QVERIFY(after != before);
        document.pushWrittenChanges(changes, QStringLiteral("Import"));
        QVERIFY(document.isModified());
        QCOMPARE(databaseDump(file.path()), after); // pushing wrote nothing more
        QCOMPARE(datasetText(document.dataset()), freshLoad(file.path()));
        document.undoStack()->undo();
        QCOMPARE(databaseDump(file.path()), before);
        QCOMPARE(datasetText(document.dataset()), freshLoad(file.path()));
        document.undoStack()->redo();
        QCOMPARE(databaseDump(file.path()), after);
        QCOMPARE(datasetText(document.dataset()), freshLoad(file.path()));
    }

    void cancelledWorkerWriteWritesNothing()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString before = databaseDump(file.path());
        ChangeSet changes = mixedChangeSet(document);
        QString error = QStringLiteral("unset");
        const auto stopAtOnce = [](double) { return false; };
        QVERIFY(!ChangeSetWriter::applyToFile(file.path(), changes, stopAtOnce, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(databaseDump(file.path()), before);
    }

    // Inserts bind through the SQLite handle, updates through QtSql: the same record must be stored
    // the same way by both, type for type (a seed row differing in every column is updated into it).
    void insertsStoreWhatUpdatesStore()
    {
        ModelRecord moe = newModel();
        moe.name = QStringLiteral("Big “MoE” 日本");
        moe.referenceModel = QStringLiteral("Reference");
        moe.proxy = true;
        moe.totalParams = 671000000000;
        moe.activeParams = 37000000000;
        moe.attention = AttentionKind::MultiHeadLatent;
        moe.kvLoraRank = 512;
        moe.routedExperts = 256;
        moe.expertsPerToken = 8;
        moe.notes = QStringLiteral("notes");
        moe.uncertain = true;
        moe.sourceId = 1;
        moe.editedAt = QStringLiteral("2026-04-01T00:00:00Z");
        moe.editedFields = {QStringLiteral("name"), QStringLiteral("notes")};
        ModelRecord dense = newModel();
        dense.sourceId = 51;
        dense.layers = 20;
        dense.hiddenSize = 1024;
        dense.attentionHeads = 16;
        dense.kvHeads = 4;
        dense.headDim = 128;
        dense.qkRopeHeadDim = 5;
        dense.fullAttentionLayers = 4;
        dense.attentionWindow = 1024;
        dense.recurrentStateElements = 7;
        dense.maxContext = 4096;
        dense.license = QStringLiteral("Apache-2.0");
        dense.released = QStringLiteral("2025");
        dense.referenceModel = QString(); // a null text is stored as ''
        GpuRecord priced;
        priced.name = QStringLiteral("Priced");
        priced.vendor = QStringLiteral("Acme");
        priced.memoryGib = 24.5;
        priced.memoryKind = QStringLiteral("GDDR7");
        priced.bandwidthGbPerS = 1008.25;
        priced.fp16Tflops = 165.2;
        priced.tdpWatts = 450;
        priced.streetPriceUsd = 1599.99;
        priced.cloudUsdPerHour = 0.1;
        priced.cloudPriceAsOf = QStringLiteral("2026-03");
        priced.notes = QStringLiteral("n");
        priced.uncertain = true;
        priced.sourceId = 1;
        GpuRecord bare;
        bare.name = QStringLiteral("Bare");
        bare.vendor = QStringLiteral("Lab");
        bare.memoryGib = 8;
        bare.memoryKind = QStringLiteral("HBM3");
        bare.bandwidthGbPerS = 100;
        bare.fp16Tflops = 10;
        bare.sourceId = 51;
        for (const bool moeIsTarget : {true, false}) {
            const ModelRecord &target = moeIsTarget ? moe : dense;
            const ModelRecord &seed = moeIsTarget ? dense : moe;
            const GpuRecord &targetGpu = moeIsTarget ? priced : bare;
            const GpuRecord &seedGpu = moeIsTarget ? bare : priced;
            BundledDatabaseFile inserted;
            BundledDatabaseFile updated;
            {
                Database database;
                QVERIFY(database.open(inserted.path()));
                DatasetWriter writer(&database);
                ModelRecord m = target;
                GpuRecord g = targetGpu;
                QVERIFY2(writer.insert(m) && writer.insert(g), qPrintable(writer.errorString()));
            }
            {
                Database database;
                QVERIFY(database.open(updated.path()));
                DatasetWriter writer(&database);
                ModelRecord m = seed;
                GpuRecord g = seedGpu;
                QVERIFY2(writer.insert(m) && writer.insert(g), qPrintable(writer.errorString()));
                ModelRecord mAfter = target;
                mAfter.id = m.id;
                GpuRecord gAfter = targetGpu;
                gAfter.id = g.id;
                QVERIFY2(writer.update(m, mAfter) && writer.update(g, gAfter), qPrintable(writer.errorString()));
            }
            QCOMPARE(databaseDump(inserted.path()), databaseDump(updated.path()));
        }
    }
};

QTEST_GUILESS_MAIN(TestEditing)
#include "tst_editing.moc"
