// The VRAM fit chart on its own, as the command line and reports build it: from a fit model over the
// bundled data and the rows to show, with no page and no control.
#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/itemmodels/fittablemodel.h"
#include "testsupport.h"
#include "views/charts/chartstyle.h"
#include "views/charts/vramfitchart.h"
#include "views/export/chartexporter.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

class TestVramFitChart : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;
    FitTableModel m_fit;

    const GpuRecord &gpu(const QString &name) const
    {
        for (const GpuRecord &gpu : m_data.gpus)
            if (gpu.name == name)
                return gpu;
        qFatal("no GPU %s", qPrintable(name));
    }
    static QStringList categories(const VramFitChart &chart)
    {
        return qobject_cast<QBarCategoryAxis *>(chart.axes(Qt::Vertical).constFirst())->categories();
    }
    static QLineSeries *capacityLine(const VramFitChart &chart)
    {
        for (QAbstractSeries *series : chart.series())
            if (auto *line = qobject_cast<QLineSeries *>(series))
                return line;
        return nullptr;
    }
    // The sets of one part ("Weights", "KV cache", "Overhead"), by verdict key.
    static QHash<QString, QBarSet *> partSets(const VramFitChart &chart, const QString &part)
    {
        QHash<QString, QBarSet *> sets;
        for (QBarSet *set : chart.barSeries()->barSets())
            if (set->objectName().startsWith(part + QLatin1Char(':')))
                sets.insert(set->objectName().section(QLatin1Char(':'), 1), set);
        return sets;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
        QVERIFY(m_data.models.size() > 8); // the bundled catalogue
        m_data = withArticleModelsOnly(m_data);
        QCOMPARE(m_data.models.size(), 8);
    }

    void init()
    {
        m_fit.setDataset(&m_data);
        m_fit.setMode(FitTableModel::Mode::ModelsAtOneQuantization);
        m_fit.setConfiguration({gpu(QStringLiteral("RTX 4090")), 2});
        m_fit.setParameters(FitParameters());
    }

    // Rows in the order asked, top first: Qt Charts counts bars from the bottom.
    void barsFollowTheRowsInOrder()
    {
        VramFitChart chart;
        chart.setRows(&m_fit, {2, 0, 5});
        const QStringList labels = categories(chart);
        QCOMPARE(labels.size(), 3);
        QCOMPARE(chart.rowOfBar(2), 2);
        QCOMPARE(chart.rowOfBar(1), 0);
        QCOMPARE(chart.rowOfBar(0), 5);
        QCOMPARE(chart.rowOfBar(3), -1);
        for (int bar = 0; bar < 3; ++bar) {
            const int row = chart.rowOfBar(bar);
            QCOMPARE(labels.at(bar), QStringLiteral("%1 — %2").arg(m_fit.labelAt(row),
                                                                   MemoryEstimator::verdictName(m_fit.estimateAt(row).verdict)));
        }

        // The model's own order, every row (8 models, fewer than the chart names at most).
        chart.setModel(&m_fit);
        QCOMPARE(categories(chart).size(), m_fit.rowCount());
        QCOMPARE(chart.rowOfBar(m_fit.rowCount() - 1), 0);
    }

    // Each bar is weights, KV cache and overhead in the sets of its verdict, in the verdict's colour.
    void partsAreColouredByVerdict()
    {
        VramFitChart chart;
        chart.setModel(&m_fit);
        QSet<FitVerdict> verdicts;
        const QColor background = QGuiApplication::palette().color(QPalette::Base);
        for (int bar = 0; bar < m_fit.rowCount(); ++bar) {
            const MemoryEstimate &e = m_fit.estimateAt(chart.rowOfBar(bar));
            verdicts.insert(e.verdict);
            const QString key = MemoryEstimator::verdictKey(e.verdict);
            const QList<std::pair<QString, double>> parts{{QStringLiteral("Weights"), e.weightsBytes},
                                                          {QStringLiteral("KV cache"), e.kvCacheBytes},
                                                          {QStringLiteral("Overhead"), e.overheadBytes}};
            for (int segment = 0; segment < int(parts.size()); ++segment) {
                const auto sets = partSets(chart, parts.at(segment).first);
                QCOMPARE(sets.size(), VramFitChart::VerdictCount);
                for (auto it = sets.cbegin(); it != sets.cend(); ++it)
                    QCOMPARE(it.value()->at(bar), it.key() == key ? parts.at(segment).second / 1e9 : 0.0);
                QCOMPARE(sets.value(key)->color(),
                         ChartStyle::mix(VramFitChart::verdictColor(e.verdict), background,
                                         VramFitChart::segmentFade(VramFitChart::Segment(segment))));
            }
        }
        // Two 24 GB cards hold some models and not the large ones: more than one colour.
        QVERIFY(verdicts.size() >= 2);
        QVERIFY(verdicts.contains(FitVerdict::DoesNotFit));
        // The weights keep the full hue.
        QCOMPARE(partSets(chart, QStringLiteral("Weights")).value(QStringLiteral("does_not_fit"))->color(),
                 VramFitChart::verdictColor(FitVerdict::DoesNotFit));
    }

    // The dashed line stands at the usable memory: 2 x 24 GiB x 0.9, from the bottom of the plot to its top.
    void capacityLineStandsAtTheUsableMemory()
    {
        VramFitChart chart;
        chart.setModel(&m_fit);
        const double usable = 2 * 24.0 * 1024 * 1024 * 1024 * 0.9 / 1e9; // GB
        const QList<QPointF> points = capacityLine(chart)->points();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0), QPointF(usable, -0.5));
        QCOMPARE(points.at(1), QPointF(usable, m_fit.rowCount() - 0.5));
        QCOMPARE(chart.capacityText(), QStringLiteral("Usable: %1 (2x RTX 4090 × 0.9)").arg(Format::gigabytes(usable * 1e9)));
        QCOMPARE(capacityLine(chart)->pen().style(), Qt::DashLine);

        auto *axis = qobject_cast<QValueAxis *>(chart.axes(Qt::Horizontal).constFirst());
        double longest = 0;
        for (int row = 0; row < m_fit.rowCount(); ++row)
            longest = std::max(longest, m_fit.estimateAt(row).totalBytes / 1e9);
        QVERIFY(axis->max() >= longest && axis->max() < 2 * longest);
        chart.setZoomToCapacity(true);
        QVERIFY(axis->max() >= 2 * usable && axis->max() < longest);
    }

    // A request the window's controls could not make: its values, exactly, in the title and the bars.
    void titleSaysTheExactRequest()
    {
        FitParameters parameters;
        parameters.contextTokens = 6116;
        parameters.batch = 300;
        parameters.kvPrecision = KvPrecision::Fp8;
        parameters.utilisation = 0.333;
        m_fit.setParameters(parameters);
        VramFitChart chart;
        chart.setModel(&m_fit);
        int fitting = 0;
        for (int row = 0; row < m_fit.rowCount(); ++row)
            fitting += m_fit.estimateAt(row).fits ? 1 : 0;
        QCOMPARE(chart.title(), QStringLiteral("%1 of 8 models fit on 2x RTX 4090 at Q4_K_M — 6,116 context, batch 300, "
                                               "FP8 KV cache")
                                    .arg(fitting));
        QVERIFY(chart.capacityText().endsWith(QStringLiteral("(2x RTX 4090 × 0.333)")));
        // The KV cache drawn is the estimate at 6116 tokens, not at a rounded context.
        const int bar = m_fit.rowCount() - 1;
        const auto kv = partSets(chart, QStringLiteral("KV cache"));
        double drawn = 0;
        for (QBarSet *set : kv)
            drawn += set->at(bar);
        QCOMPARE(drawn, m_fit.estimateAt(0).kvCacheBytes / 1e9);
        FitParameters rounded = parameters;
        rounded.contextTokens = 8192;
        m_fit.setParameters(rounded);
        QVERIFY(m_fit.estimateAt(0).kvCacheBytes / 1e9 > drawn);
    }

    // Values change in place; a chart asked to update after its model lost rows lists them again.
    void valuesFollowTheModel()
    {
        VramFitChart chart;
        chart.setModel(&m_fit);
        const QString before = chart.title();
        m_fit.setConfiguration({gpu(QStringLiteral("H100 80GB")), 1});
        chart.updateValues();
        QVERIFY(chart.title() != before);
        QVERIFY(chart.title().contains(QStringLiteral("on H100 80GB at")));
        QVERIFY(chart.capacityText().contains(QStringLiteral("(H100 80GB × 0.9)")));

        Dataset fewer = m_data;
        fewer.models.resize(3);
        m_fit.setDataset(&fewer);
        chart.updateValues();
        QCOMPARE(categories(chart).size(), 3);
        m_fit.setDataset(&m_data);
    }

    // With more rows than its plot can name, an export at a short size charts the first ones and says so.
    void shortExportChartsTheFirstRows()
    {
        Dataset many = withBulkModels(m_data, 60);
        m_fit.setDataset(&many);
        VramFitChart chart;
        chart.setModel(&m_fit);
        QCOMPARE(categories(chart).size(), VramFitChart::MaxBars); // unshown: at most MaxBars
        ChartExporter exporter(&chart);
        exporter.render(ChartExporter::Format::Svg, {800, 400});
        const int bars = int(categories(chart).size());
        QVERIFY2(bars > 3 && bars < VramFitChart::MaxBars, qPrintable(QString::number(bars)));
        QVERIFY(chart.title().endsWith(QStringLiteral(" — first %1 of %2 rows").arg(bars).arg(m_fit.rowCount())));
        m_fit.setDataset(&m_data);
    }
};

QTEST_MAIN(TestVramFitChart)
#include "tst_vramfitchart.moc"
