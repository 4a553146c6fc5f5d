// Comparing two stored tier snapshots: the comparison table model (under QAbstractItemModelTester) and the
// dialog that picks any two lists, driven with QTest.
#include "app/gui/mainwindow.h"
#include "models/core/formatting/tablewriter.h"
#include "models/document/atlasdocument.h"
#include "models/document/importer.h"
#include "models/itemmodels/snapshotcomparisonmodel.h"
#include "testsupport.h"
#include "views/dialogs/dialogs.h"
#include "views/dialogs/snapshotcomparedialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>

class TestSnapshotComparison : public QObject
{
    Q_OBJECT

private:
    // The bundled list (March 2026) plus an April one: Llama 3.3 70B climbs to S, Qwen 3.5 falls to B,
    // Tiny is not a model of ours and is rejected, the other five drop out.
    static bool importApril(AtlasDocument &document)
    {
        Importer::Options options;
        options.published = QStringLiteral("2026-04");
        options.tierListName = QStringLiteral("April");
        const Importer::Preview preview =
            Importer::preview(document.dataset(), "rank,tier,name\n1,S,DeepSeek V3.2\n2,S,Llama 3.3 70B\n3,B,Qwen 3.5\n",
                              TableWriter::Format::Csv, Importer::Kind::Tiers, options, QStringLiteral("april.csv"));
        return preview.canApply() && document.applyChanges(preview.changes, QStringLiteral("Import april.csv"));
    }

    static QStringList column(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data(role).toString();
        return values;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void modelShowsEveryMovement()
    {
        SnapshotComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const qint64 march = document.dataset().latestTierList()->id;
        QVERIFY(importApril(document));
        const qint64 april = document.dataset().latestTierList()->id;
        model.setChanges(TierSnapshots::compare(document.dataset(), march, april));

        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(column(&model, SnapshotComparisonModel::Model).mid(0, 4),
                 QStringList({"DeepSeek V3.2", "Llama 3.3 70B", "Qwen 3.5", "DeepSeek R1"}));
        QCOMPARE(column(&model, SnapshotComparisonModel::Movement).mid(0, 4),
                 QStringList({"= same", "▲ up", "▼ down", "− dropped"}));
        QCOMPARE(column(&model, SnapshotComparisonModel::Movement, RecordTableModel::RawValueRole).mid(0, 4),
                 QStringList({"same", "up", "down", "dropped"}));
        // Llama 3.3 70B: an A before, S #2 after.
        QCOMPARE(model.index(1, SnapshotComparisonModel::TierAfter).data().toString(), QStringLiteral("S"));
        QCOMPARE(model.index(1, SnapshotComparisonModel::RankAfter).data(RecordTableModel::RawValueRole).toInt(), 2);
        // A dropped model has no place after: null in files, "not listed" for people, sorted last.
        const QModelIndex droppedTier = model.index(3, SnapshotComparisonModel::TierAfter);
        QVERIFY(droppedTier.data(RecordTableModel::RawValueRole).isNull());
        QCOMPARE(droppedTier.data().toString(), QStringLiteral("not listed"));
        QVERIFY(droppedTier.data(RecordTableModel::SortRole).toInt()
                > model.index(2, SnapshotComparisonModel::TierAfter).data(RecordTableModel::SortRole).toInt());
        QCOMPARE(model.count(TierSnapshots::Movement::Dropped), 5);
        QCOMPARE(model.count(TierSnapshots::Movement::Up), 1);
        QCOMPARE(model.headerData(SnapshotComparisonModel::Movement, Qt::Horizontal, RecordTableModel::ColumnKeyRole)
                     .toString(),
                 QStringLiteral("movement"));
    }

    void dialogSaysWhenThereIsNothingToCompare()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        SnapshotCompareDialog dialog(document.dataset());
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.olderCombo()->isEnabled());
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("Only one tier list")));
    }

    void dialogComparesTheChosenLists()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        QVERIFY(importApril(document));
        SnapshotCompareDialog dialog(document.dataset());
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // By default: the older list against the newest.
        QVERIFY(dialog.newerCombo()->currentText().startsWith(QStringLiteral("April")));
        QCOMPARE(dialog.summaryLabel()->text(), QStringLiteral("1 moved up, 1 moved down, 1 stayed, 0 new, 5 dropped."));
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("snapshotComparisonTable"));
        QCOMPARE(table->model()->rowCount(), 8);

        // The keyboard swaps the newer side to March too: both sides the same list, everything "same".
        dialog.newerCombo()->setFocus();
        QTest::keyClick(dialog.newerCombo(), Qt::Key_Up);
        QCOMPARE(dialog.newerCombo()->currentIndex(), dialog.olderCombo()->currentIndex());
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("same tier list")));
        QCOMPARE(dialog.model()->count(TierSnapshots::Movement::Same), dialog.model()->rowCount());

        // Sorted by the movement column, the ups come first.
        QTest::keyClick(dialog.newerCombo(), Qt::Key_Down);
        table->sortByColumn(SnapshotComparisonModel::Movement, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, SnapshotComparisonModel::Model).data().toString(), QStringLiteral("Llama 3.3 70B"));
    }

    void windowOpensTheDialogFromTheFileMenu()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        QString shownTitle;
        Dialogs::setExecHook([&shownTitle](QDialog *dialog) {
            shownTitle = dialog->windowTitle();
            return int(qobject_cast<SnapshotCompareDialog *>(dialog) ? QDialog::Rejected : QDialog::Accepted);
        });
        window.findChild<QAction *>(QStringLiteral("compareSnapshotsAction"))->trigger();
        Dialogs::setExecHook(nullptr);
        QCOMPARE(shownTitle, QStringLiteral("Compare Tier Snapshots"));
    }
};

QTEST_MAIN(TestSnapshotComparison)
#include "tst_snapshotcomparison.moc"
