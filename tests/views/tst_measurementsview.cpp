// The Measurements tab on real widgets: how to import runs until there are some; then the runs beside their
// estimates, the summary, and a scatter per GPU type with the y = x line, for the quantity chosen.
#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/itemmodels/measurementtablemodel.h"
#include "testsupport.h"
#include "models/itemmodels/fittablemodel.h"
#include "views/charts/measurementchart.h"
#include "views/charts/vramfitchart.h"
#include "views/pages/measurementsview.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableView>
#include <QTest>

class TestMeasurementsView : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;
    Dataset m_measured;

    qint64 modelId(const QString &name) const
    {
        for (const ModelRecord &m : m_data.models) {
            if (m.name == name)
                return m.id;
        }
        return 0;
    }
    qint64 gpuId(const QString &name) const
    {
        for (const GpuRecord &g : m_data.gpus) {
            if (g.name == name)
                return g.id;
        }
        return 0;
    }

    template<typename T>
    static T *child(const QWidget &view, const char *name)
    {
        auto *widget = view.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

    static QList<QScatterSeries *> scatters(const MeasurementChart *chart)
    {
        QList<QScatterSeries *> list;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(s))
                list << scatter;
        }
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
        m_measured = m_data;
        MeasurementRecord run;
        run.quant = QStringLiteral("Q4_K_M");
        run.context = 4096;
        run.engine = QStringLiteral("llama.cpp");
        const auto add = [&](qint64 id, const QString &model, const QString &gpu, int count, double decode,
                             std::optional<double> vram) {
            run.id = id;
            run.modelId = modelId(model);
            run.gpuId = gpuId(gpu);
            run.gpuCount = count;
            run.decodeTokensPerS = decode;
            run.vramBytes = vram;
            m_measured.measurements << run;
        };
        add(1, QStringLiteral("Llama 3.3 70B"), QStringLiteral("RTX 4090"), 2, 15.2, 42e9);
        add(2, QStringLiteral("Qwen3 32B"), QStringLiteral("RTX 4090"), 1, 45.0, std::nullopt);
        add(3, QStringLiteral("Qwen3 8B"), QStringLiteral("RTX 3090"), 1, 100.0, 6.1e9);
    }

    void emptyStateSaysHowToImport()
    {
        MeasurementsView view;
        view.setDataset(&m_data);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *empty = child<QLabel>(view, "measurementsEmptyState");
        QVERIFY(empty->isVisible());
        QVERIFY(!view.table()->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("File &gt; Import")));
        QVERIFY(empty->text().contains(QStringLiteral("--kind measurements")));
        // The whole text fits the label: nothing cut off at the bottom.
        QVERIFY(empty->height() >= empty->heightForWidth(empty->width()));

        view.setDataset(&m_measured);
        QVERIFY(!empty->isVisible());
        QVERIFY(view.table()->isVisible());
        view.setDataset(&m_data);
        QVERIFY(empty->isVisible());
    }

    void runsSummaryAndScatterPerGpu()
    {
        MeasurementsView view;
        view.setDataset(&m_measured);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.table()->model()->rowCount(), 3);
        const MeasurementTableModel *model = view.model();
        const Measurements::Summary &s = model->summary();
        QCOMPARE(s.errors, 5); // three decode figures, two memory figures
        const QString summary = child<QLabel>(view, "measurementsSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("Runs: 3.")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("of 5 estimates within 20 %")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Median absolute error %1 %").arg(s.medianAbsoluteErrorPct, 0, 'f', 1)),
                 qPrintable(summary));

        // Decode: a series per GPU type, in the order the runs list them, each point (measured, estimated).
        MeasurementChart *chart = view.chart();
        QList<QScatterSeries *> series = scatters(chart);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0)->name(), QStringLiteral("RTX 4090"));
        QCOMPARE(series.at(1)->name(), QStringLiteral("RTX 3090"));
        QCOMPARE(series.at(0)->count(), 2);
        QCOMPARE(series.at(0)->at(0),
                 QPointF(15.2, model->index(0, MeasurementTableModel::EstimatedDecode)
                                   .data(RecordTableModel::RawValueRole)
                                   .toDouble()));
        // The y = x line runs past every point.
        const QList<QPointF> line = chart->identityLine()->points();
        QCOMPARE(line.size(), 2);
        QCOMPARE(line.at(0), QPointF(0, 0));
        QCOMPARE(line.at(1).x(), line.at(1).y());
        for (const QScatterSeries *points : std::as_const(series)) {
            for (const QPointF &p : points->points())
                QVERIFY(p.x() < line.at(1).x() && p.y() < line.at(1).y());
        }

        // Memory, chosen in the box: only the two runs that measured it, in the preferred unit.
        auto *quantity = child<QComboBox>(view, "measurementsQuantity");
        quantity->setFocus();
        QTest::keyClick(quantity, Qt::Key_End);
        QCOMPARE(chart->quantity(), MeasurementTableModel::Quantity::Memory);
        QCOMPARE(chart->title(), QStringLiteral("Peak memory"));
        series = scatters(chart);
        QCOMPARE(series.size(), 2);
        QCOMPARE(series.at(0)->count() + series.at(1)->count(), 2);
        QCOMPARE(series.at(0)->at(0).x(), 42e9 / Format::bytesPerUnit());
    }

    // The VRAM fit chart names the figure a run measured beside the bar of the same configuration.
    void vramFitChartMarksTheMeasuredFigure()
    {
        FitTableModel fit;
        fit.setDataset(&m_measured);
        fit.setMode(FitTableModel::Mode::OneModelAcrossQuantizations);
        fit.setFocusModel(modelId(QStringLiteral("Llama 3.3 70B")));
        GpuRecord rtx4090;
        for (const GpuRecord &g : m_data.gpus)
            rtx4090 = g.name == QLatin1String("RTX 4090") ? g : rtx4090;
        fit.setConfiguration({rtx4090, 2});
        FitParameters p;
        p.contextTokens = 4096;
        fit.setParameters(p);
        VramFitChart chart;
        chart.setModel(&fit);
        const QStringList labels =
            qobject_cast<QBarCategoryAxis *>(chart.axes(Qt::Vertical).constFirst())->categories();
        const QStringList measured = labels.filter(QStringLiteral("measured"));
        QCOMPARE(measured.size(), 1);
        QVERIFY2(measured.constFirst().startsWith(QStringLiteral("Q4_K_M — ")), qPrintable(measured.constFirst()));
        QVERIFY2(measured.constFirst().endsWith(QStringLiteral(" — measured %1").arg(Format::gigabytes(42e9))),
                 qPrintable(measured.constFirst()));
    }

    void sortingByTheErrorColumn()
    {
        MeasurementsView view;
        view.setDataset(&m_measured);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.table();
        QHeaderView *header = table->horizontalHeader();
        const int column = MeasurementTableModel::DecodeErrorPct;
        table->scrollTo(table->model()->index(0, column));
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), column);
        // Ascending: the most negative error (the run faster than its estimate) first.
        QList<double> errors;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            errors << table->model()->index(row, column).data(RecordTableModel::RawValueRole).toDouble();
        QVERIFY(std::is_sorted(errors.cbegin(), errors.cend()));
        QCOMPARE(table->model()->index(0, MeasurementTableModel::Model).data().toString(), QStringLiteral("Qwen3 32B"));
    }
};

QTEST_MAIN(TestMeasurementsView)
#include "tst_measurementsview.moc"
