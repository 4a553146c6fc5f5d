// Merging a colleague's file: additions, conflicts (same record, different facts) and the user's picks.
#include "models/document/atlasdocument.h"
#include "models/document/merger.h"
#include "models/itemmodels/mergeplanmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

class TestMerger : public QObject
{
    Q_OBJECT

private slots:
    void listsConflictsAndAppliesThePicks()
    {
        BundledDatabaseFile mineFile;
        BundledDatabaseFile theirFile;
        {
            // The colleague changed two facts and added a GPU.
            AtlasDocument theirs;
            QVERIFY(theirs.open(theirFile.path()));
            QVERIFY(theirs.setField(RecordKind::Model, 1, QStringLiteral("vendor"), QStringLiteral("DeepSeek-AI")));
            QVERIFY(theirs.setField(RecordKind::Gpu, 3, QStringLiteral("street_price_usd"), QStringLiteral("1399")));
            QVERIFY(theirs.setField(RecordKind::ApiPrice, 8, QStringLiteral("model"), QString()));
            GpuRecord gpu;
            gpu.name = QStringLiteral("Lab GPU");
            gpu.vendor = QStringLiteral("Acme");
            gpu.memoryGib = 32;
            gpu.memoryKind = QStringLiteral("GDDR7");
            gpu.bandwidthGbPerS = 1200;
            gpu.fp16Tflops = 150;
            QVERIFY(theirs.addRecord(gpu));
        }
        const QByteArray theirBytes = fileBytes(theirFile.path());
        AtlasDocument mine;
        QVERIFY(mine.open(mineFile.path()));
        const QString before = databaseDump(mineFile.path());
        const qsizetype bundled = mine.dataset().models.size() + mine.dataset().gpus.size()
                                  + mine.dataset().apiPrices.size();
        const qsizetype bundledGpus = mine.dataset().gpus.size();

        Merger::Plan plan = Merger::plan(mine.dataset(), theirFile.path());
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(fileBytes(theirFile.path()), theirBytes); // read, never written
        QCOMPARE(plan.additions.size(), 1);
        QCOMPARE(RecordFields::displayName(plan.additions.at(0).record), QStringLiteral("Lab GPU"));
        QCOMPARE(plan.conflicts.size(), 3);
        QCOMPARE(plan.identical, bundled - 3); // all but the three conflicts
        QCOMPARE(plan.conflicts.at(0).fields, QStringList{"vendor"});
        QVERIFY2(plan.conflicts.at(0).descriptions.at(0).contains(QStringLiteral("DeepSeek here, DeepSeek-AI there")),
                 qPrintable(plan.conflicts.at(0).descriptions.at(0)));
        QCOMPARE(plan.conflicts.at(2).fields, QStringList{"model"}); // the unlinked price

        // Take their GPU price, keep our vendor and link, add their GPU.
        plan.conflicts[1].takeTheirs = true;
        QVERIFY(mine.applyChanges(Merger::changes(plan), QStringLiteral("Merge")));
        QCOMPARE(mine.dataset().model(1)->vendor, QStringLiteral("DeepSeek"));
        QCOMPARE(mine.dataset().gpu(3)->streetPriceUsd.value_or(0), 1399.0);
        QCOMPARE(mine.dataset().gpu(3)->editedFields, QStringList{"street_price_usd"});
        QCOMPARE(mine.dataset().gpus.size(), bundledGpus + 1);
        QVERIFY(mine.dataset().apiPrice(8)->modelId.has_value());
        mine.undoStack()->undo();
        QCOMPARE(databaseDump(mineFile.path()), before);
    }

    // Their records meet ours of the same name ignoring case, as names are told apart everywhere; the
    // rest are additions.
    void matchesRecordsByNameIgnoringCase()
    {
        BundledDatabaseFile mineFile;
        AtlasDocument mine;
        QVERIFY(mine.open(mineFile.path()));
        Dataset theirs = withBulkModels(mine.dataset(), 30);
        theirs.models[0].name = theirs.models[0].name.toUpper();
        theirs.gpus[2].name = theirs.gpus[2].name.toLower();
        const Merger::Plan plan = Merger::plan(mine.dataset(), theirs, QStringLiteral("theirs.sqlite"));
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.additions.size(), 30);
        for (const Merger::Addition &addition : plan.additions)
            QVERIFY(RecordFields::displayName(addition.record).startsWith(QStringLiteral("Bulk ")));
        QCOMPARE(plan.conflicts.size(), 2); // the two names' spelling
        QCOMPARE(plan.conflicts.at(0).fields, QStringList{"name"});
        QCOMPARE(plan.identical, mine.dataset().models.size() + mine.dataset().gpus.size()
                                     + mine.dataset().apiPrices.size() - 2); // all but the two renamed
    }

    // The plan tells how far it got, and stops when told to: a stopped plan says so.
    void progressRisesAndCanStopThePlan()
    {
        BundledDatabaseFile mineFile;
        AtlasDocument mine;
        QVERIFY(mine.open(mineFile.path()));
        const Dataset theirs = withBulkModels(mine.dataset(), 3000);
        QList<double> shares;
        const Merger::Plan whole = Merger::plan(mine.dataset(), theirs, QStringLiteral("theirs.sqlite"),
                                                [&shares](double share) {
                                                    shares << share;
                                                    return true;
                                                });
        QVERIFY(!whole.cancelled);
        QCOMPARE(whole.additions.size(), 3000);
        const qsizetype records =
            theirs.models.size() + theirs.gpus.size() + theirs.apiPrices.size(); // 3,000 more than ours
        QCOMPARE(shares.size(), (records - 1) / 1024); // every 1,024 records
        QVERIFY(shares.first() > 0 && shares.first() < shares.last() && shares.last() < 1);

        int asked = 0;
        const Merger::Plan stopped = Merger::plan(mine.dataset(), theirs, QStringLiteral("theirs.sqlite"),
                                                  [&asked](double) { return ++asked < 2; });
        QVERIFY(stopped.cancelled);
        QCOMPARE(asked, 2);
        // The records before the second question, less our own models, which their copies meet.
        QCOMPARE(stopped.additions.size(), 2 * 1024 - mine.dataset().models.size() - 1);
    }

    // The plan as the dialog's tree: conflicts with a line per field, then additions; ticks go into the plan.
    void planModelListsAndTicksThePlan()
    {
        BundledDatabaseFile mineFile;
        AtlasDocument mine;
        QVERIFY(mine.open(mineFile.path()));
        Dataset theirs = withBulkModels(mine.dataset(), 3);
        theirs.models[0].vendor = QStringLiteral("DeepSeek-AI");
        theirs.models[0].layers += 1;
        Merger::Plan plan = Merger::plan(mine.dataset(), theirs, QStringLiteral("theirs.sqlite"));
        QCOMPARE(plan.conflicts.size(), 1);
        QCOMPARE(plan.additions.size(), 3);

        MergePlanModel model(&plan);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(MergePlanModel::GroupCount));
        const QModelIndex conflicts = model.index(MergePlanModel::Conflicts, 0);
        const QModelIndex additions = model.index(MergePlanModel::Additions, 0);
        QCOMPARE(conflicts.data().toString(), QStringLiteral("Conflicts: same record, different facts (1)"));
        QCOMPARE(additions.data().toString(), QStringLiteral("Only in theirs.sqlite (3)"));
        QCOMPARE(model.rowCount(conflicts), 1);
        QCOMPARE(model.rowCount(additions), 3);

        const QModelIndex conflict = model.index(0, MergePlanModel::Record, conflicts);
        QCOMPARE(conflict.data().toString(), QStringLiteral("DeepSeek V3.2"));
        QCOMPARE(conflict.siblingAtColumn(MergePlanModel::Facts).data().toString(),
                 QStringLiteral("take theirs (%n field(s))").replace(QStringLiteral("%n"), QStringLiteral("2")));
        QCOMPARE(model.rowCount(conflict), 2); // a line per differing field
        QVERIFY(model.index(0, MergePlanModel::Facts, conflict).data().toString().contains(QStringLiteral("DeepSeek-AI")));
        QCOMPARE(model.parent(model.index(1, MergePlanModel::Facts, conflict)), conflict);
        QCOMPARE(model.index(2, MergePlanModel::Record, additions).data().toString(), QStringLiteral("Bulk 03"));

        // Only the conflicts and additions are ticked, in the first column.
        QVERIFY(model.flags(conflict) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(conflicts) & Qt::ItemIsUserCheckable));
        QVERIFY(!(model.flags(conflict.siblingAtColumn(MergePlanModel::Facts)) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.setData(conflicts, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(conflict.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(model.setData(conflict, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(plan.conflicts.at(0).takeTheirs);
        const QModelIndex second = model.index(1, MergePlanModel::Record, additions);
        QCOMPARE(second.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(model.setData(second, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!plan.additions.at(1).take);
        QVERIFY(plan.additions.at(0).take && plan.additions.at(2).take);
    }

    void refusesAForeignFile()
    {
        BundledDatabaseFile mineFile;
        AtlasDocument mine;
        QVERIFY(mine.open(mineFile.path()));
        QTemporaryDir dir;
        QFile notes(dir.filePath(QStringLiteral("notes.sqlite")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("hello");
        notes.close();
        const Merger::Plan plan = Merger::plan(mine.dataset(), notes.fileName());
        QVERIFY(plan.error.contains(QStringLiteral("not an LLM Atlas database")));
    }
};

QTEST_GUILESS_MAIN(TestMerger)
#include "tst_merger.moc"
