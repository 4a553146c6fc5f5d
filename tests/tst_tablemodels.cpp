#include "db/dataset.h"
#include "models/quotedcosttablemodel.h"
#include "models/recommendationtablemodel.h"
#include "models/tierfilterproxymodel.h"
#include "models/tiertablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestTableModels : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Database m_db;
    Dataset m_data;

    static QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data(role).toString();
        return values;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QVERIFY(m_db.open(m_file.path(), Database::Access::ReadOnly));
        QString error;
        QVERIFY2(m_data.load(m_db.connection(), &error), qPrintable(error));
    }

    void tierModelPassesModelTester()
    {
        TierTableModel model;
        TierFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(&m_data);
        proxy.sort(TierTableModel::TotalParams);
        proxy.setText(QStringLiteral("llama"));
        proxy.setTier(QStringLiteral("C"));
        proxy.setTier(QString());
        proxy.setText(QString());
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.setDataset(&m_data);
        QCOMPARE(proxy.rowCount(), 8);
    }

    void articleModelsPassModelTester()
    {
        QuotedCostTableModel costs;
        RecommendationTableModel recommendations;
        QAbstractItemModelTester costTester(&costs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester recTester(&recommendations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        costs.setDataset(&m_data);
        recommendations.setDataset(&m_data);
        QCOMPARE(costs.rowCount(), 4);
        QCOMPARE(recommendations.rowCount(), 5);
        QCOMPARE(costs.index(1, QuotedCostTableModel::MonthlyUsd).data(RecordTableModel::RawValueRole).toDouble(),
                 21000.0);
        QCOMPARE(costs.index(0, QuotedCostTableModel::TokensPerMonth).data().toString(), QStringLiteral("100M+"));
        QCOMPARE(recommendations.index(1, RecommendationTableModel::Model).data().toString(),
                 QStringLiteral("Qwen3-Coder-Next"));
    }

    void rawAndDisplayValues()
    {
        TierTableModel model;
        model.setDataset(&m_data);
        const QModelIndex v32 = model.index(0, TierTableModel::TotalParams);
        QCOMPARE(v32.data(RecordTableModel::RawValueRole).toLongLong(), 685'000'000'000LL);
        QCOMPARE(v32.data().toString(), QStringLiteral("685B"));
        QCOMPARE(model.index(0, TierTableModel::ActiveParams).data().toString(), QStringLiteral("37B"));
        // A dense model uses every parameter per token.
        QCOMPARE(model.index(1, TierTableModel::ActiveParams).data(RecordTableModel::RawValueRole).toLongLong(),
                 72'710'000'000LL);
        QCOMPARE(model.index(1, TierTableModel::TotalParams).data().toString(), QStringLiteral("72.7B"));
        QCOMPARE(model.index(0, TierTableModel::MaxContext).data().toString(), QStringLiteral("128K"));
        QCOMPARE(model.headerData(TierTableModel::TotalParams, Qt::Horizontal, RecordTableModel::ColumnKeyRole)
                     .toString(),
                 QStringLiteral("total_params"));
        QVERIFY(model.index(0, TierTableModel::TotalParams).data(Qt::TextAlignmentRole).value<Qt::Alignment>()
                & Qt::AlignRight);
        // The proxy architecture stands in for a model name that does not exist: the table says so.
        QVERIFY(model.index(1, TierTableModel::Name).data().toString().endsWith(QLatin1String("*")));
        QVERIFY(model.index(1, TierTableModel::Name).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Qwen2.5-72B")));
    }

    void sortsTiersByRankNotByLetter()
    {
        TierTableModel model;
        model.setDataset(&m_data);
        TierFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TierTableModel::Tier, Qt::AscendingOrder);
        const QStringList tiers = column(proxy, TierTableModel::Tier);
        QCOMPARE(tiers.first(), QStringLiteral("S"));
        QCOMPARE(tiers.last(), QStringLiteral("C"));
        QStringList sorted = tiers;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return TierTableModel::tierOrder(a) < TierTableModel::tierOrder(b);
        });
        QCOMPARE(tiers, sorted);
        proxy.sort(TierTableModel::Tier, Qt::DescendingOrder);
        QCOMPARE(column(proxy, TierTableModel::Tier).first(), QStringLiteral("C"));
    }

    void sortsParametersNumerically()
    {
        TierTableModel model;
        model.setDataset(&m_data);
        TierFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TierTableModel::TotalParams, Qt::AscendingOrder);
        // As text "109B" < "400B" < "685B" < "70.6B" < "72.7B"; as numbers 70.55B comes first.
        QCOMPARE(column(proxy, TierTableModel::Name),
                 QStringList({"Llama 3.3 70B", "Qwen 3.5 *", "Qwen3-Coder-Next *", "Llama 4 Scout",
                              "Mistral Large 3 *", "Llama 4 Maverick *", "DeepSeek R1", "DeepSeek V3.2 *"}));
        proxy.sort(TierTableModel::ActiveParams, Qt::AscendingOrder);
        QCOMPARE(column(proxy, TierTableModel::Name).first(), QStringLiteral("Qwen3-Coder-Next *"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<int>("architecture");
        QTest::addColumn<qint64>("minParams");
        QTest::addColumn<qint64>("maxParams");
        QTest::addColumn<QStringList>("expected");
        using A = TierFilterProxyModel::Architecture;
        QTest::addRow("text in name") << "llama" << "" << int(A::Any) << 0LL << 0LL
                                      << QStringList{"Llama 3.3 70B", "Llama 4 Maverick", "Llama 4 Scout"};
        QTest::addRow("text in vendor") << "MISTRAL" << "" << int(A::Any) << 0LL << 0LL << QStringList{"Mistral Large 3"};
        QTest::addRow("text in highlights") << "coding" << "" << int(A::Any) << 0LL << 0LL
                                            << QStringList{"Qwen3-Coder-Next"};
        QTest::addRow("tier") << "" << "S" << int(A::Any) << 0LL << 0LL << QStringList{"DeepSeek V3.2", "Qwen 3.5"};
        QTest::addRow("dense") << "" << "" << int(A::Dense) << 0LL << 0LL
                               << QStringList{"Qwen 3.5", "Llama 3.3 70B", "Mistral Large 3"};
        QTest::addRow("moe in tier A") << "" << "A" << int(A::Moe) << 0LL << 0LL
                                       << QStringList{"DeepSeek R1", "Qwen3-Coder-Next"};
        QTest::addRow("range") << "" << "" << int(A::Any) << 100'000'000'000LL << 500'000'000'000LL
                               << QStringList{"Mistral Large 3", "Llama 4 Maverick", "Llama 4 Scout"};
        QTest::addRow("min only") << "" << "" << int(A::Any) << 600'000'000'000LL << 0LL
                                  << QStringList{"DeepSeek V3.2", "DeepSeek R1"};
        QTest::addRow("nothing") << "no such model" << "" << int(A::Any) << 0LL << 0LL << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, tier);
        QFETCH(int, architecture);
        QFETCH(qint64, minParams);
        QFETCH(qint64, maxParams);
        QFETCH(QStringList, expected);
        TierTableModel model;
        model.setDataset(&m_data);
        TierFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setText(text);
        proxy.setTier(tier);
        proxy.setArchitecture(TierFilterProxyModel::Architecture(architecture));
        proxy.setParamRange(minParams, maxParams);
        QCOMPARE(column(proxy, TierTableModel::Name, RecordTableModel::RawValueRole), expected);
    }
};

QTEST_GUILESS_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
