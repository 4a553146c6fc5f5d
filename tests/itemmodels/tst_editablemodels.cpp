// The editable tables: tier table, GPUs and API prices edited in place through the document's undo stack.
#include "models/core/formatting/tooltiptext.h"
#include "models/core/provenance.h"
#include "models/document/atlasdocument.h"
#include "models/itemmodels/facttablemodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

class TestEditableModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Provenance::setToday(QDate(2026, 4, 1)); }

    void factTablesPassTheModelTester()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        for (RecordKind kind : {RecordKind::Gpu, RecordKind::ApiPrice}) {
            FactTableModel model(kind);
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(document.open(file.path()));
            model.setDocument(&document);
            connect(&document, &AtlasDocument::datasetReset, &model, [&] { model.setDataset(&document.dataset()); });
            model.setDataset(&document.dataset());
            QCOMPARE(model.rowCount(), kind == RecordKind::Gpu ? document.dataset().gpus.size()
                                                               : document.dataset().apiPrices.size());
            QVERIFY(model.setData(model.index(0, 0), kind == RecordKind::Gpu ? QStringLiteral("RTX 3060 (12GB)")
                                                                              : QStringLiteral("DeepSeek AI")));
            document.undoStack()->undo();
            document.undoStack()->redo();
            model.setDataset(nullptr);
            QCOMPARE(model.rowCount(), 0);
        }
    }

    void gpuTableEditsThroughTheUndoStack()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        FactTableModel gpus(RecordKind::Gpu);
        gpus.setDocument(&document);
        gpus.setDataset(&document.dataset());
        const int row = gpus.rowOf(3); // RTX 4090
        int priceColumn = -1;
        for (int c = 0; c < gpus.columnCount(); ++c) {
            if (gpus.headerData(c, Qt::Horizontal, RecordTableModel::ColumnKeyRole) == QStringLiteral("street_price_usd"))
                priceColumn = c;
        }
        const QModelIndex price = gpus.index(row, priceColumn);
        QVERIFY(gpus.flags(price) & Qt::ItemIsEditable);
        QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("1599"));
        QVERIFY(price.data(Qt::ToolTipRole).toString().contains(QStringLiteral("GPU specification: RTX 4090")));
        // The street price's own date (the catalogue gives the launch price, so the launch month).
        const QString asOf = document.dataset().gpu(3)->streetPriceAsOf;
        QVERIFY(!asOf.isEmpty());
        QVERIFY2(price.data(Qt::ToolTipRole).toString().contains(QStringLiteral("As of ") + asOf),
                 qPrintable(price.data(Qt::ToolTipRole).toString()));

        QSignalSpy changed(&gpus, &QAbstractItemModel::dataChanged);
        QVERIFY(gpus.setData(price, QStringLiteral("1499.5")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(price.data(RecordTableModel::RawValueRole).toDouble(), 1499.5);
        QVERIFY(price.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(price.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Edited ")));

        QSignalSpy refused(&gpus, &EditableTableModel::editRefused);
        QVERIFY(!gpus.setData(price, QStringLiteral("-3")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("negative")));

        document.undoStack()->undo();
        QCOMPARE(price.data(RecordTableModel::RawValueRole).toDouble(), 1599.0);
        QVERIFY(!price.data(Qt::FontRole).value<QFont>().italic());
    }

    void tierTableEditsTiersAndModelFacts()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        TierTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(&document);
        model.setDataset(&document.dataset());
        connect(&document, &AtlasDocument::datasetReset, &model, [&] { model.setDataset(&document.dataset()); });
        const QModelIndex tier = model.index(0, TierTableModel::Tier);
        QVERIFY(model.flags(tier) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, TierTableModel::Architecture)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(tier, QStringLiteral("A")));
        QCOMPARE(model.index(0, TierTableModel::Tier).data().toString(), QStringLiteral("A"));
        QVERIFY(model.setData(model.index(0, TierTableModel::TotalParams), QStringLiteral("700B")));
        QCOMPARE(model.index(0, TierTableModel::TotalParams).data(RecordTableModel::RawValueRole).toLongLong(),
                 700000000000LL);
        QVERIFY(!model.setData(model.index(0, TierTableModel::Tier), QStringLiteral("Q")));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(model.index(0, TierTableModel::Tier).data().toString(), QStringLiteral("S"));
        // Without a document (the command line) nothing is editable.
        TierTableModel readOnly;
        readOnly.setDataset(&document.dataset());
        QVERIFY(!(readOnly.flags(readOnly.index(0, TierTableModel::Tier)) & Qt::ItemIsEditable));
    }

    // Issue 22: only what can age is greyed. Llama 3.3 70B's configuration is cited as of 2024-12-06, more
    // than 12 months before the pinned today, yet an architecture fact stays true: no grey, no warning.
    // A price is stale by its own as-of date.
    void onlyPricesAge()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        TierTableModel model;
        model.setDocument(&document);
        model.setDataset(&document.dataset());
        const QModelIndex llama = model.index(4, TierTableModel::MaxContext);
        QVERIFY(!llama.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Older than")));
        QVERIFY(!llama.data(Qt::ForegroundRole).isValid());

        FactTableModel gpus(RecordKind::Gpu);
        gpus.setDocument(&document);
        gpus.setDataset(&document.dataset());
        int priceColumn = -1;
        int memoryColumn = -1;
        for (int c = 0; c < gpus.columnCount(); ++c) {
            const QString key = gpus.headerData(c, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString();
            if (key == QLatin1String("street_price_usd"))
                priceColumn = c;
            else if (key == QLatin1String("memory_gib"))
                memoryColumn = c;
        }
        const QModelIndex price = gpus.index(gpus.rowOf(3), priceColumn); // RTX 4090
        const QModelIndex memory = gpus.index(gpus.rowOf(3), memoryColumn);
        const QDate asOf = QDate::fromString(document.dataset().gpu(3)->streetPriceAsOf, QStringLiteral("yyyy-MM"));
        QVERIFY(asOf.isValid());
        Provenance::setToday(asOf.addMonths(1)); // a month after the price's date
        QVERIFY(!price.data(Qt::ForegroundRole).isValid());
        Provenance::setToday(asOf.addMonths(15)); // 15 months on
        QVERIFY(price.data(Qt::ForegroundRole).isValid());
        QVERIFY(price.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Older than 12 month")));
        QVERIFY(!memory.data(Qt::ForegroundRole).isValid());
        QVERIFY(!memory.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Older than")));
        Provenance::setStaleMonths(24);
        QVERIFY(!price.data(Qt::ForegroundRole).isValid());
        Provenance::setStaleMonths(Provenance::DefaultStaleMonths);
        Provenance::setToday(QDate(2026, 4, 1));
        QCOMPARE(Provenance::latestDate(QStringLiteral("2026-02")), QDate(2026, 2, 28));
    }

    // Tooltips wrap: rich text (which Qt wraps at a readable width) holding the plain text.
    void tooltipsWrap()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        TierTableModel model;
        model.setDocument(&document);
        model.setDataset(&document.dataset());
        const QString tip = model.index(4, TierTableModel::MaxContext).data(Qt::ToolTipRole).toString();
        QVERIFY(Qt::mightBeRichText(tip));
        QVERIFY(ToolTipText::plain(tip).contains(QStringLiteral("\nAs of ")));
        QCOMPARE(ToolTipText::plain(ToolTipText::wrapped(QStringLiteral("a < b & \"c\"\nd"))),
                 QStringLiteral("a < b & \"c\"\nd"));
    }
};

QTEST_MAIN(TestEditableModels)
#include "tst_editablemodels.moc"
