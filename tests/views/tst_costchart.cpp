// The cost chart on its own, as the command line and reports build it: from a cost comparison over the
// bundled data and its assumptions, with no page and no control.
#include "models/core/cost/costcomparison.h"
#include "models/core/dataset.h"
#include "testsupport.h"
#include "views/charts/costchart.h"

#include <QCategoryAxis>
#include <QChartView>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>

class TestCostChart : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;

    template <typename T> static QList<T *> seriesOf(const CostChart &chart)
    {
        QList<T *> found;
        for (QAbstractSeries *series : chart.series())
            if (auto *s = qobject_cast<T *>(series); s && series->metaObject() == &T::staticMetaObject)
                found << s;
        return found;
    }
    static QLineSeries *named(const CostChart &chart, const QString &objectName)
    {
        for (QLineSeries *line : seriesOf<QLineSeries>(chart))
            if (line->objectName() == objectName)
                return line;
        return nullptr;
    }
    const ModelRecord *model(const QString &name) const
    {
        for (const ModelRecord &model : m_data.models)
            if (model.name == name)
                return &model;
        return nullptr;
    }
    // Llama 3.3 70B on one and on two H100s against the APIs that serve it.
    CostComparison compare(double volume, const CostAssumptions &assumptions) const
    {
        const GpuRecord *h100 = nullptr;
        for (const GpuRecord &gpu : m_data.gpus)
            if (gpu.name == QLatin1String("H100 80GB"))
                h100 = &gpu;
        const ModelRecord *llama = model(QStringLiteral("Llama 3.3 70B"));
        QList<ApiPriceRecord> apis;
        for (const ApiPriceRecord &api : m_data.apiPrices)
            if (api.modelId == llama->id)
                apis << api;
        return CostComparison::compute(*llama, {{*h100, 1}, {*h100, 2}}, apis, m_data.gpus, volume, assumptions);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
        QVERIFY(model(QStringLiteral("Llama 3.3 70B")));
    }

    // A line per option that can be drawn, solid for GPUs and dashed for APIs, in the comparison's order.
    void aLinePerOption()
    {
        CostAssumptions assumptions;
        const CostComparison comparison = compare(2e9, assumptions);
        QVERIFY(comparison.options.size() >= 3);
        CostChart chart;
        chart.setComparison(&m_data, model(QStringLiteral("Llama 3.3 70B")), comparison, assumptions);
        QList<QLineSeries *> lines;
        for (QLineSeries *line : seriesOf<QLineSeries>(chart))
            if (line->objectName() == QLatin1String("costLine"))
                lines << line;
        QCOMPARE(lines.size() + chart.undrawn().size(), comparison.options.size());
        QCOMPARE(lines.at(0)->name(), QStringLiteral("H100 80GB"));
        QCOMPARE(lines.at(0)->pen().style(), Qt::SolidLine);
        QCOMPARE(lines.at(1)->name(), QStringLiteral("2x H100 80GB"));
        QVERIFY(lines.last()->name().endsWith(QStringLiteral(" API")));
        QCOMPARE(lines.last()->pen().style(), Qt::DashLine);
        // Every point lies on the cost model's price at its volume (an API's line is straight).
        const CostOption &api = comparison.options.last();
        for (const QPointF &point : lines.last()->points())
            QVERIFY(qFuzzyCompare(point.y(), point.x() / 1e6 * api.blendedUsdPerMtok));
        QVERIFY(lines.last()->points().constFirst().x() <= CostChart::MinimumVolume * 1.0001);
        QVERIFY(lines.last()->points().constLast().x() >= CostChart::MaximumVolume * 0.9999);
    }

    // The marker stands at the comparison's volume, exactly; break-even points where the lines meet.
    void markerAndBreakEvens()
    {
        CostAssumptions assumptions;
        assumptions.utilisation = 0.333; // between the page's spin box steps
        assumptions.inputRatio = 3.33;
        CostChart chart;
        chart.setComparison(&m_data, model(QStringLiteral("Llama 3.3 70B")), compare(1.234e9, assumptions), assumptions);
        QLineSeries *marker = named(chart, QStringLiteral("volumeMarker"));
        QVERIFY(marker);
        QCOMPARE(marker->points().size(), 2);
        QCOMPARE(marker->points().at(0).x(), 1.234e9);
        QCOMPARE(chart.volume(), 1.234e9);
        QCOMPARE(chart.title(), QStringLiteral("Llama 3.3 70B: GPUs rented (solid) against APIs (dashed), 33% "
                                               "utilisation, 3.33:1 input:output"));

        // With a workload the chart says what it draws: replicas for its peak, APIs at prompt:output.
        CostAssumptions serving = assumptions;
        serving.workload = ServingWorkload{};
        serving.workload->requestsPerS = 8;
        serving.workload->promptTokens = 8000;
        serving.workload->outputTokens = 200;
        CostChart sized;
        sized.setComparison(&m_data, model(QStringLiteral("Llama 3.3 70B")), compare(1.234e9, serving), serving);
        QCOMPARE(sized.title(), QStringLiteral("Llama 3.3 70B: GPUs rented (solid) sized for 8 requests/s at peak "
                                               "against APIs (dashed), 8,000:200 input:output"));
        QCOMPARE(sized.assumptions().inputRatio, 8000.0);

        int crossings = 0;
        for (const CostComparison::BreakEvenPair &pair : chart.comparison().breakEvens)
            crossings += pair.breakEven.tokensPerMonth ? 1 : 0;
        const QList<QScatterSeries *> points = seriesOf<QScatterSeries>(chart);
        QCOMPARE(points.size(), 1);
        QCOMPARE(points.at(0)->points().size(), crossings);

        // Only the volume moves: the lines stay, the marker follows.
        chart.setVolume(compare(5e8, assumptions));
        QCOMPARE(named(chart, QStringLiteral("volumeMarker"))->points().at(0).x(), 5e8);
        QCOMPARE(chart.volume(), 5e8);
    }

    // Issue 22: one currency style per language. German tables write "1.496 $"; the cost axis used to say
    // "$10k" beside them.
    void germanAxisWritesDollarsAsTheTablesDo()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        CostAssumptions assumptions;
        CostChart chart;
        chart.setComparison(&m_data, model(QStringLiteral("Llama 3.3 70B")), compare(2e9, assumptions), assumptions);
        QStringList labels;
        for (QAbstractAxis *axis : chart.axes(Qt::Vertical))
            if (auto *categories = qobject_cast<QCategoryAxis *>(axis))
                labels << categories->categoriesLabels();
        QLocale::setDefault(before);
        QVERIFY2(labels.contains(QStringLiteral("10.000\u00a0$")), qPrintable(labels.join(QLatin1Char('|'))));
        for (const QString &label : std::as_const(labels))
            QVERIFY2(!label.startsWith(QLatin1Char('$')), qPrintable(label));
    }

    // Issue 22: German volume labels ("100 Mio.") are wider than English ones, and Qt Charts elides a label
    // wider than its category ("100 ..."). A narrow chart labels every second or third decade, in full.
    void volumeLabelsAreNeverElided()
    {
        CostAssumptions assumptions;
        auto *chart = new CostChart;
        QChartView view(chart); // owns the chart
        chart->setComparison(&m_data, model(QStringLiteral("Llama 3.3 70B")), compare(2e9, assumptions),
                             assumptions);
        view.resize(1200, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *axis = chart->findChild<QCategoryAxis *>(QStringLiteral("volumeAxisLabels"));
        QVERIFY(axis);
        QTRY_COMPARE(axis->categoriesLabels(),
                     (QStringList{"1M", "10M", "100M", "1B", "10B", "100B"}));

        QFont large = QGuiApplication::font();
        large.setPointSize(28);
        chart->applyTheme(QGuiApplication::palette(), large);
        view.resize(520, 600);
        QTRY_VERIFY(axis->categoriesLabels().size() < 6);
        const QStringList labels = axis->categoriesLabels();
        QVERIFY2(labels.size() >= 2, qPrintable(labels.join(QLatin1Char('|'))));
        QCOMPARE(labels.first(), QStringLiteral("1M"));
        const double step = axis->endValue(labels.at(1)) - axis->endValue(labels.at(0));
        const double categoryWidth = chart->plotArea().width() / 5 * step;
        const QFontMetricsF metrics(axis->labelsFont());
        for (const QString &label : labels)
            QVERIFY2(metrics.horizontalAdvance(label) < categoryWidth, qPrintable(label));

        // Room again, every decade again.
        chart->applyTheme(QGuiApplication::palette(), QGuiApplication::font());
        view.resize(1200, 600);
        QTRY_COMPARE(axis->categoriesLabels().size(), 6);
    }

    void withoutAModel()
    {
        CostChart chart;
        CostComparison none;
        none.tokensPerMonth = CostChart::DefaultVolume;
        chart.setComparison(&m_data, nullptr, none, CostAssumptions());
        QCOMPARE(chart.title(), QStringLiteral("Choose a model to compare"));
        QCOMPARE(named(chart, QStringLiteral("costLine")), nullptr);
    }
};

QTEST_MAIN(TestCostChart)
#include "tst_costchart.moc"
