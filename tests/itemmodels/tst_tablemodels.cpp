#include "models/core/cost/costcomparison.h"
#include "models/core/dataaudit.h"
#include "models/core/dataset.h"
#include "models/core/vocabulary.h"
#include "models/itemmodels/audittablemodel.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/modelnamelistmodel.h"
#include "models/itemmodels/quotedcosttablemodel.h"
#include "models/itemmodels/recommendationtablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestTableModels : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;

    static QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.index(row, column).data(role).toString();
        return values;
    }

    // The names in `names` that are the article's eight models (found by name; a proxy's display name
    // ends in " *"), in their order: the catalogue around them changes, the article's rows do not.
    static QStringList articleOnly(const QStringList &names)
    {
        static const QStringList article{"DeepSeek V3.2", "Qwen 3.5",        "DeepSeek R1",      "Qwen3-Coder-Next",
                                         "Llama 3.3 70B", "Mistral Large 3", "Llama 4 Maverick", "Llama 4 Scout"};
        QStringList kept;
        for (const QString &name : names) {
            QString bare = name;
            if (bare.endsWith(QLatin1String(" *")))
                bare.chop(2);
            if (article.contains(bare))
                kept << name;
        }
        return kept;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
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
        QCOMPARE(proxy.rowCount(), m_data.models.size());
    }

    void modelNamesListEveryModelInPlace()
    {
        ModelNameListModel names;
        QAbstractItemModelTester tester(&names, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names.rowCount(), 0);
        QCOMPARE(names.rowOf(m_data.models.first().id), -1);
        names.setDataset(&m_data);
        QCOMPARE(names.rowCount(), m_data.models.size());
        for (int row = 0; row < names.rowCount(); ++row) {
            const ModelRecord &model = m_data.models.at(row);
            const QModelIndex index = names.index(row);
            QCOMPARE(index.data().toString(), model.name);
            QCOMPARE(index.data(ModelNameListModel::ModelIdRole).toLongLong(), model.id);
            QCOMPARE(index.data(Qt::ToolTipRole).toString().contains(model.referenceModel),
                     model.proxy && !model.referenceModel.isEmpty());
            QCOMPARE(names.rowOf(model.id), row);
        }
        QVERIFY(std::any_of(m_data.models.cbegin(), m_data.models.cend(), [](const ModelRecord &m) { return m.proxy; }));
        QCOMPARE(names.rowOf(-1), -1);
        names.setDataset(nullptr);
        QCOMPARE(names.rowCount(), 0);
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

    void fitModelPassesModelTester()
    {
        FitTableModel fit;
        QAbstractItemModelTester tester(&fit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fit.setDataset(&m_data);
        QCOMPARE(fit.rowCount(), m_data.models.size());
        fit.setConfiguration({m_data.gpus.at(2), 2});
        FitParameters params;
        params.contextTokens = 32768;
        fit.setParameters(params);
        fit.setMode(FitTableModel::Mode::OneModelAcrossQuantizations);
        QCOMPARE(fit.rowCount(), 0); // no model chosen yet
        fit.setFocusModel(5);
        QCOMPARE(fit.rowCount(), m_data.quantFormats.size());
        QCOMPARE(fit.labelAt(0), QStringLiteral("FP32"));
        fit.setDataset(nullptr);
        QCOMPARE(fit.rowCount(), 0);
    }

    // The rows of a large table fill memory advised to use huge pages: one fault per 2 MiB, not per 4 KiB.
    void fitRowsFillHugePages()
    {
        Dataset many;
        many.gpus = m_data.gpus;
        many.quantFormats = m_data.quantFormats;
        for (int i = 0; i < 40000; ++i) { // over 4 MiB of rows: at least one whole huge page among them
            ModelRecord model = m_data.models.first();
            model.id = i + 1;
            many.models.append(model);
        }
        FitTableModel fit;
        fit.setDataset(&many);
        const char *boundary = firstHugePageAfter(&fit.estimateAt(0));
        QVERIFY(boundary < reinterpret_cast<const char *>(&fit.estimateAt(fit.rowCount() - 1)));
        if (!hugePagesAdvised(boundary))
            QSKIP("This system cannot say which memory is advised to use huge pages.");
        QCOMPARE(hugePagesAdvised(boundary), true);
    }

    // The inverse columns (max context, best format, fewest GPUs) are computed when first read and kept
    // until a change: after every change they must equal the estimator's answers computed afresh.
    void fitInverseColumnsFollowEveryChange()
    {
        FitTableModel fit;
        QAbstractItemModelTester tester(&fit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fit.setDataset(&m_data);
        const auto checkAll = [&] {
            for (int row = 0; row < fit.rowCount(); ++row) {
                const ModelRecord &model = *m_data.model(fit.index(row, 0).data(RecordTableModel::RecordIdRole).toLongLong());
                FitParameters p = fit.parameters();
                if (fit.mode() == FitTableModel::Mode::OneModelAcrossQuantizations) {
                    p.quantName = fit.labelAt(row);
                    p.bitsPerWeight = m_data.quantFormat(p.quantName)->bitsPerWeight;
                }
                const qint64 maxContext = MemoryEstimator::maxContext(model, fit.configuration(), p);
                const QuantFormatRecord *best =
                    MemoryEstimator::bestQuantization(model, fit.configuration(), p, m_data.quantFormats);
                const int fewest = MemoryEstimator::smallestCount(model, fit.configuration().gpu, p);
                const auto raw = [&](int column) { return fit.index(row, column).data(RecordTableModel::RawValueRole); };
                QCOMPARE(fit.maxContextAt(row), maxContext);
                QCOMPARE(raw(FitTableModel::MaxContext).toLongLong(), maxContext);
                QCOMPARE(raw(FitTableModel::BestQuantization), best ? QVariant(best->name) : QVariant());
                QCOMPARE(raw(FitTableModel::SmallestGpuCount), fewest > 0 ? QVariant(fewest) : QVariant());
                QCOMPARE(fit.estimateAt(row).totalBytes,
                         MemoryEstimator::estimate(model, fit.configuration(), p).totalBytes);
            }
        };
        checkAll();
        fit.setConfiguration({m_data.gpus.at(0), 1});
        checkAll();
        FitParameters params;
        params.contextTokens = 131072;
        params.batch = 4;
        fit.setParameters(params);
        checkAll();
        fit.setConfiguration({m_data.gpus.at(2), 4});
        checkAll();
        params.kvPrecision = KvPrecision::Q4_0;
        params.expertOffload = true;
        fit.setParameters(params);
        checkAll();
        fit.setMode(FitTableModel::Mode::OneModelAcrossQuantizations);
        fit.setFocusModel(m_data.models.first().id);
        checkAll();
        fit.setConfiguration({m_data.gpus.at(1), 2});
        checkAll();
    }

    void tierTableShowsTheFit()
    {
        TierTableModel model;
        FitTableModel fit;
        TierFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(&m_data);
        fit.setDataset(&m_data);
        model.setFitModel(&fit);
        const GpuRecord *h100 = nullptr;
        for (const GpuRecord &gpu : m_data.gpus) {
            if (gpu.name == QLatin1String("H100 80GB"))
                h100 = &gpu;
        }
        QVERIFY(h100);
        fit.setConfiguration({*h100, 1});
        // Llama 3.3 70B at Q4_K_M (42.8 GB) fits one H100; DeepSeek V3.2 (415 GB) does not.
        QCOMPARE(model.index(4, TierTableModel::FitVerdict).data(RecordTableModel::RawValueRole).toString(),
                 QStringLiteral("fits"));
        QCOMPARE(model.index(0, TierTableModel::FitVerdict).data(RecordTableModel::RawValueRole).toString(),
                 QStringLiteral("needs_offload"));
        proxy.setOnlyFitting(true);
        QStringList fitting = column(proxy, TierTableModel::Name, RecordTableModel::RawValueRole);
        // Qwen3-Coder-Next (48.3 GB) and Llama 4 Scout (66.1 GB) fit too: 80 GiB x 0.9 = 77.3 GB.
        QCOMPARE(articleOnly(fitting), QStringList({"Qwen 3.5", "Qwen3-Coder-Next", "Llama 3.3 70B", "Llama 4 Scout"}));
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString verdict =
                proxy.index(row, TierTableModel::FitVerdict).data(RecordTableModel::RawValueRole).toString();
            QVERIFY2(verdict == QLatin1String("fits") || verdict == QLatin1String("tight"), qPrintable(verdict));
        }
        // A bigger configuration: the filter follows the fit model's change without being told; on 8 H100
        // every article model fits.
        const int onOne = proxy.rowCount();
        fit.setConfiguration({*h100, 8});
        QCOMPARE(articleOnly(column(proxy, TierTableModel::Name, RecordTableModel::RawValueRole)).size(), 8);
        QVERIFY(proxy.rowCount() > onOne);
    }

    void auditModelPassesModelTester()
    {
        AuditTableModel audit;
        QAbstractItemModelTester tester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        audit.setFindings(DataAudit::run(m_data));
        QVERIFY(audit.rowCount() > 10);
        // Worst first.
        QCOMPARE(audit.index(0, AuditTableModel::Severity).data(RecordTableModel::RawValueRole).toString(),
                 QStringLiteral("error"));
        QCOMPARE(audit.index(audit.rowCount() - 1, AuditTableModel::Severity).data(RecordTableModel::RawValueRole).toString(),
                 QStringLiteral("ok"));
        audit.setFindings({});
        QCOMPARE(audit.rowCount(), 0);
    }

    void costModelPassesModelTester()
    {
        CostTableModel costs;
        QAbstractItemModelTester tester(&costs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ModelRecord &qwen = m_data.models.at(1);
        const GpuRecord *a100 = m_data.gpu(9);
        QVERIFY(a100 && a100->name == QLatin1String("A100 80GB"));
        const QList<GpuConfiguration> configurations{{*a100, 2}, {m_data.gpus.at(0), 1}};
        const QList<ApiPriceRecord> apis{m_data.apiPrices.at(0), m_data.apiPrices.at(4)};
        CostAssumptions assumptions;

        const auto at = [&](double volume) {
            return CostComparison::compute(qwen, configurations, apis, m_data.gpus, volume, assumptions);
        };
        costs.setOptions(at(100e6).options);
        QCOMPARE(costs.rowCount(), 4);
        // $31.50 (DeepSeek) < $600 (Claude at 3:1: 3 x 3 + 15 = 24 / 4 = $6/M) < $2,993 (2x A100); RTX 3060 last.
        QCOMPARE(costs.index(0, CostTableModel::MonthlyUsd).data(RecordTableModel::RawValueRole).toDouble(), 31.5);
        QCOMPARE(costs.index(1, CostTableModel::MonthlyUsd).data(RecordTableModel::RawValueRole).toDouble(), 600.0);
        QCOMPARE(costs.cheapestRow(), 0);
        QVERIFY(costs.index(0, CostTableModel::Note).data().toString().contains(QStringLiteral("Cheapest")));
        QCOMPARE(costs.index(3, CostTableModel::Feasible).data(RecordTableModel::RawValueRole).toBool(), false);
        QVERIFY(costs.index(3, CostTableModel::MonthlyUsd).data(RecordTableModel::RawValueRole).isNull());
        // The RTX 3060 cannot hold Qwen 3.5 at all: it has no capacity and no replicas, not zero of each.
        QVERIFY(costs.index(3, CostTableModel::CapacityTokens).data(RecordTableModel::RawValueRole).isNull());
        QVERIFY(costs.index(3, CostTableModel::Replicas).data(RecordTableModel::RawValueRole).isNull());
        QCOMPARE(costs.index(3, CostTableModel::Replicas).data().toString(), QStringLiteral("—"));
        QCOMPARE(costs.index(2, CostTableModel::Replicas).data(RecordTableModel::RawValueRole).toInt(), 1);

        // A small volume change keeps the order: the rows are updated in place, not reset.
        QSignalSpy resets(&costs, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&costs, &QAbstractItemModel::dataChanged);
        costs.setOptions(at(110e6).options);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        // At 10B tokens self-hosting beats Claude, so the order changes.
        costs.setOptions(at(10e9).options);
        QCOMPARE(resets.size(), 1);
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
        // The article's tiers in rank order, then the catalogue's untiered models as one block.
        const QStringList tiered = tiers.filter(QRegularExpression(QStringLiteral(".")));
        QCOMPARE(tiered.size(), 8);
        QCOMPARE(tiers.mid(0, 8), tiered);
        QCOMPARE(tiered.first(), QStringLiteral("S"));
        QCOMPARE(tiered.last(), QStringLiteral("C"));
        QStringList sorted = tiers;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return Vocabulary::tierRank(a) < Vocabulary::tierRank(b);
        });
        QCOMPARE(tiers, sorted);
        proxy.sort(TierTableModel::Tier, Qt::DescendingOrder);
        QCOMPARE(column(proxy, TierTableModel::Tier).filter(QRegularExpression(QStringLiteral("."))).first(),
                 QStringLiteral("C"));
    }

    void sortsParametersNumerically()
    {
        TierTableModel model;
        model.setDataset(&m_data);
        TierFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TierTableModel::TotalParams, Qt::AscendingOrder);
        // As text "109B" < "400B" < "685B" < "70.6B" < "72.7B"; as numbers 70.55B comes first.
        QCOMPARE(articleOnly(column(proxy, TierTableModel::Name)),
                 QStringList({"Llama 3.3 70B", "Qwen 3.5 *", "Qwen3-Coder-Next *", "Llama 4 Scout",
                              "Mistral Large 3 *", "Llama 4 Maverick *", "DeepSeek R1", "DeepSeek V3.2 *"}));
        const auto ascending = [&proxy](int column) {
            for (int row = 1; row < proxy.rowCount(); ++row) {
                if (proxy.index(row - 1, column).data(RecordTableModel::SortRole).toLongLong()
                    > proxy.index(row, column).data(RecordTableModel::SortRole).toLongLong())
                    return false;
            }
            return true;
        };
        QVERIFY(ascending(TierTableModel::TotalParams));
        proxy.sort(TierTableModel::ActiveParams, Qt::AscendingOrder);
        QCOMPARE(articleOnly(column(proxy, TierTableModel::Name)).first(), QStringLiteral("Qwen3-Coder-Next *"));
        QVERIFY(ascending(TierTableModel::ActiveParams));
    }

    void sortsTextAsCaseInsensitiveCompare()
    {
        // The proxy compares case-folded copies made once per sort; the order must be the one
        // QString::compare(..., Qt::CaseInsensitive) gives, for ASCII, accented, Greek, German and
        // outside-the-BMP letters (U+10400 DESERET CAPITAL LONG I folds to U+10428) alike.
        Dataset data = m_data;
        const QStringList names{QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("ALPHA2"),
                                QStringLiteral("äb"), QStringLiteral("Äa"), QStringLiteral("Ωmega"),
                                QStringLiteral("ωa"), QStringLiteral("Straße"), QStringLiteral("STRASSE"),
                                QString::fromUcs4(U"\U00010400x"), QString::fromUcs4(U"\U00010428a"),
                                QStringLiteral("_under"), QStringLiteral("2024-05"), QStringLiteral("2024-5")};
        for (qsizetype i = 0; i < names.size(); ++i) {
            ModelRecord model = m_data.models.first();
            model.id = 1000 + i;
            model.name = names.at(i);
            model.vendor = names.at(names.size() - 1 - i);
            model.released = names.at((i * 5) % names.size());
            data.models.append(model);
        }
        TierTableModel model;
        model.setDataset(&data);
        TierFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        for (const int sortColumn : {int(TierTableModel::Vendor), int(TierTableModel::Released)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(sortColumn, order);
                const QStringList sorted = column(proxy, sortColumn, RecordTableModel::SortRole);
                for (qsizetype i = 1; i < sorted.size(); ++i) {
                    const int comparison = sorted.at(i - 1).compare(sorted.at(i), Qt::CaseInsensitive);
                    QVERIFY2(order == Qt::AscendingOrder ? comparison <= 0 : comparison >= 0,
                             qPrintable(sorted.at(i - 1) + QStringLiteral(" / ") + sorted.at(i)));
                }
            }
        }
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
        // The article's models the filter keeps; the catalogue's untiered models pass or fail the same tests.
        const QStringList kept = column(proxy, TierTableModel::Name, RecordTableModel::RawValueRole);
        QCOMPARE(articleOnly(kept), expected);
        if (!tier.isEmpty() || expected.isEmpty())
            QCOMPARE(kept, expected); // no catalogue model has a tier
    }
};

QTEST_GUILESS_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
