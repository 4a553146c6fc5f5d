#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/core/formatting/tooltiptext.h"
#include "models/itemmodels/fittablemodel.h"
#include "testsupport.h"
#include "views/charts/chartstyle.h"
#include "views/export/chartexporter.h"
#include "views/pages/vramfitview.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScopeGuard>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <memory>

namespace {
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
}

class TestVramFitView : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;

    // What the lead's window does: it owns the two fit models and gives them the dataset.
    struct Page
    {
        FitTableModel modelsFit;
        FitTableModel quantsFit;
        std::unique_ptr<VramFitView> view;
        // Declared after the view: they go first, while the models they watch still exist.
        std::unique_ptr<QAbstractItemModelTester> modelsTester;
        std::unique_ptr<QAbstractItemModelTester> quantsTester;
        std::unique_ptr<QAbstractItemModelTester> tableTester;
    };
    std::unique_ptr<Page> m_page;

    VramFitView *view() const { return m_page->view.get(); }
    template <typename T> T *child(const char *name) const
    {
        T *widget = view()->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QChart *chart() const { return child<QChartView>("vramFitChart")->chart(); }
    QHorizontalStackedBarSeries *bars() const
    {
        for (QAbstractSeries *series : chart()->series())
            if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series))
                return bars;
        return nullptr;
    }
    QLineSeries *capacityLine() const
    {
        for (QAbstractSeries *series : chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(series))
                return line;
        return nullptr;
    }
    QStringList categories() const
    {
        const auto axes = chart()->axes(Qt::Vertical);
        auto *axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
        return axis ? axis->categories() : QStringList();
    }
    // The bar of a model row: Qt Charts draws the first category at the bottom, the view lists the rows
    // top-down like its table, so the first row is the last bar.
    int bar(int row) const { return view()->activeModel()->rowCount() - 1 - row; }
    // One part of one row's bar in GB: the sum over the four verdict sets of that part (three hold 0).
    double part(const char *segment, int row) const
    {
        double sum = 0;
        for (QBarSet *set : bars()->barSets())
            if (set->objectName().startsWith(QLatin1String(segment) + QLatin1Char(':')))
                sum += set->at(bar(row));
        return sum;
    }
    QString category(int row) const { return categories().value(bar(row)); }
    int rowOf(const FitTableModel &model, const QString &label) const
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.labelAt(row) == label)
                return row;
        return -1;
    }
    // What the window does when its document changes: both fit models and the view take the new data.
    void showDataset(const Dataset *data)
    {
        m_page->modelsFit.setDataset(data);
        m_page->quantsFit.setDataset(data);
        view()->setDataset(data);
    }
    qint64 modelId(const QString &name) const
    {
        for (const ModelRecord &model : m_data.models)
            if (model.name == name)
                return model.id;
        return 0;
    }
    static void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }
    QString tableText(int sourceRow, int column) const
    {
        auto *table = child<QTableView>("vramFitTable");
        const QModelIndex source = view()->activeModel()->index(sourceRow, column);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            if (index.data(RecordTableModel::RecordIdRole) == source.data(RecordTableModel::RecordIdRole)
                && table->model()->index(row, FitTableModel::Quantization).data()
                       == view()->activeModel()->index(sourceRow, FitTableModel::Quantization).data())
                return index.data().toString();
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        // parametersChanged carries them; QSignalSpy needs them by name.
        qRegisterMetaType<GpuConfiguration>();
        qRegisterMetaType<FitParameters>();
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
        QVERIFY(m_data.models.size() > 8); // the bundled catalogue
        m_data = withArticleModelsOnly(m_data);
        QCOMPARE(m_data.models.size(), 8);
        QCOMPARE(m_data.quantFormats.size(), 15);
    }

    void init()
    {
        m_page = std::make_unique<Page>();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        m_page->modelsTester = std::make_unique<QAbstractItemModelTester>(&m_page->modelsFit, mode);
        m_page->quantsTester = std::make_unique<QAbstractItemModelTester>(&m_page->quantsFit, mode);
        m_page->modelsFit.setMode(FitTableModel::Mode::ModelsAtOneQuantization);
        m_page->quantsFit.setMode(FitTableModel::Mode::OneModelAcrossQuantizations);
        m_page->view = std::make_unique<VramFitView>(&m_page->modelsFit, &m_page->quantsFit);
        m_page->tableTester =
            std::make_unique<QAbstractItemModelTester>(child<QTableView>("vramFitTable")->model(), mode);
        m_page->modelsFit.setDataset(&m_data);
        m_page->quantsFit.setDataset(&m_data);
        view()->setDataset(&m_data);
        view()->resize(1280, 720);
        view()->show();
        QVERIFY(QTest::qWaitForWindowExposed(view()));
    }

    void cleanup() { m_page.reset(); }

    void controlsAreFilledFromTheDataset()
    {
        auto *presets = child<QComboBox>("gpuConfigCombo");
        QCOMPARE(presets->count(), 6); // the article's five presets, then Custom
        QCOMPARE(presets->itemText(0), QStringLiteral("RTX 3060 12GB"));
        QCOMPARE(presets->itemText(1), QStringLiteral("2x RTX 4090"));
        // It opens on one RTX 4090, the 24 GB card most users own, which no preset names (issue 17).
        QCOMPARE(presets->currentIndex(), 5);
        QCOMPARE(presets->itemText(5), QStringLiteral("Custom: RTX 4090"));
        QCOMPARE(child<QComboBox>("gpuTypeCombo")->currentText(), QStringLiteral("RTX 4090 (25.8 GB)"));
        QCOMPARE(view()->configuration().count, 1);
        QCOMPARE(child<QComboBox>("gpuTypeCombo")->count(), m_data.gpus.size());
        auto *quants = child<QComboBox>("quantCombo");
        QCOMPARE(quants->count(), 15);
        QCOMPARE(quants->currentText(), QStringLiteral("Q4_K_M (4.85 bits/weight)"));
        QCOMPARE(child<QComboBox>("focusModelCombo")->count(), 8);
        QVERIFY(!child<QComboBox>("focusModelCombo")->isEnabled());
        QCOMPARE(child<QLabel>("contextLabel")->text(), QStringLiteral("8K tokens"));
        for (const char *name :
             {"gpuConfigCombo", "gpuTypeCombo", "gpuCountSpin", "quantCombo", "contextSlider", "batchSpin",
              "kvPrecisionCombo", "expertOffloadCheck", "utilisationSpin", "chartModeCombo",
              "focusModelCombo", "vramFitChart", "vramFitTable"}) {
            auto *widget = child<QWidget>(name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
    }

    void chartShowsTheConfiguration()
    {
        choose(child<QComboBox>("gpuConfigCombo"), QStringLiteral("2x RTX 4090"));
        QCOMPARE(child<QComboBox>("gpuTypeCombo")->currentData().toLongLong(), 3);
        QCOMPARE(child<QSpinBox>("gpuCountSpin")->value(), 2);

        const FitTableModel &fit = m_page->modelsFit;
        QCOMPARE(fit.configuration().name(), QStringLiteral("2x RTX 4090"));
        QCOMPARE(fit.parameters().quantName, QStringLiteral("Q4_K_M"));
        QCOMPARE(fit.parameters().contextTokens, 8192);

        QVERIFY(bars());
        QCOMPARE(bars()->count(), 12); // weights, KV cache, overhead x four verdicts
        for (QBarSet *set : bars()->barSets())
            QCOMPARE(set->count(), 8);
        QCOMPARE(categories().size(), 8);
        QVERIFY(categories().last().startsWith(fit.labelAt(0))); // the first row on top

        // Llama 3.3 70B: 70.55B parameters (its config.json) at Q4_K_M's 4.85 bits per weight.
        const int llama = rowOf(fit, QStringLiteral("Llama 3.3 70B"));
        QVERIFY(llama >= 0);
        QVERIFY(qFuzzyCompare(part("Weights", llama), 70.55e9 * 4.85 / 8 / 1e9));
        // KV cache: 80 layers x 2 (K and V) x 8 KV heads x 128 dims x 2 bytes (FP16) x 8192 tokens.
        QVERIFY(qFuzzyCompare(part("KV cache", llama), 80.0 * 2 * 8 * 128 * 2 * 8192 / 1e9));
        for (int row = 0; row < fit.rowCount(); ++row) {
            const MemoryEstimate &e = fit.estimateAt(row);
            QVERIFY(qFuzzyCompare(part("Weights", row) + part("KV cache", row) + part("Overhead", row),
                                  e.totalBytes / 1e9));
            // Each bar sits entirely in the sets of its verdict, and says the verdict in words.
            for (QBarSet *set : bars()->barSets()) {
                if (!set->objectName().endsWith(MemoryEstimator::verdictKey(e.verdict)))
                    QCOMPARE(set->at(bar(row)), 0.0);
            }
            QCOMPARE(category(row),
                     fit.labelAt(row) + QStringLiteral(" — ") + MemoryEstimator::verdictName(e.verdict));
        }

        // The usable capacity: two cards of 24 GiB, 90% of it usable, in decimal GB.
        const double capacity = 2 * 24 * GiB * 0.9 / 1e9;
        QVERIFY(capacityLine());
        QCOMPARE(capacityLine()->count(), 2);
        for (const QPointF &point : capacityLine()->points())
            QVERIFY(qFuzzyCompare(point.x(), capacity));
        QCOMPARE(capacityLine()->name(), QStringLiteral("Usable: 46.4 GB (2x RTX 4090 × 0.9)"));
        QCOMPARE(child<QLabel>("capacityLegendLabel")->text(), capacityLine()->name());

        // The axis reaches past the tallest bar: DeepSeek V3.2's 685B parameters at Q4_K_M.
        const auto axes = chart()->axes(Qt::Horizontal);
        QVERIFY(!axes.isEmpty());
        const auto *valueAxis = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(valueAxis);
        QVERIFY(valueAxis->max() >= 685e9 * 4.85 / 8 / 1e9);
        // Zoomed, it shows twice the capacity, where the verdicts change; longer bars run off the edge.
        child<QCheckBox>("zoomCheck")->click();
        QVERIFY(valueAxis->max() >= 2 * capacity);
        QVERIFY(valueAxis->max() < 685e9 * 4.85 / 8 / 1e9);
        child<QCheckBox>("zoomCheck")->click();
        QVERIFY(valueAxis->max() >= 685e9 * 4.85 / 8 / 1e9);

        // The table lists the same rows, in the chart's order until a header is clicked.
        auto *table = child<QTableView>("vramFitTable");
        QCOMPARE(table->model()->rowCount(), 8);
        QVERIFY(!table->isColumnHidden(FitTableModel::TotalBytes));
        QVERIFY(table->isColumnHidden(FitTableModel::Quantization));
        QVERIFY(table->isColumnHidden(FitTableModel::OffloadedBytes));
        QCOMPARE(table->model()->index(llama, FitTableModel::Model).data().toString(),
                 QStringLiteral("Llama 3.3 70B"));
        QCOMPARE(table->model()->index(llama, FitTableModel::TotalBytes).data().toString(),
                 Format::gigabytes(fit.estimateAt(llama).totalBytes));
    }

    void contextSliderUpdatesBarsInPlace()
    {
        choose(child<QComboBox>("gpuConfigCombo"), QStringLiteral("2x RTX 4090"));
        const FitTableModel &fit = m_page->modelsFit;
        const int llama = rowOf(fit, QStringLiteral("Llama 3.3 70B"));
        const double kvBefore = part("KV cache", llama);
        const QList<QBarSet *> setsBefore = bars()->barSets();
        QSignalSpy resets(&m_page->modelsFit, &QAbstractItemModel::modelReset);
        QSignalSpy changes(view(), &VramFitView::parametersChanged);

        auto *slider = child<QSlider>("contextSlider");
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Right);
        QTRY_COMPARE(child<QLabel>("contextLabel")->text(), QStringLiteral("16K tokens"));
        QCOMPARE(fit.parameters().contextTokens, 16384);
        QCOMPARE(m_page->quantsFit.parameters().contextTokens, 16384);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(1).value<FitParameters>().contextTokens, 16384);

        // Grouped-query attention: the KV cache doubles with the context.
        QVERIFY(qFuzzyCompare(part("KV cache", llama), 2 * kvBefore));
        QVERIFY(qFuzzyCompare(part("KV cache", llama), fit.estimateAt(llama).kvCacheBytes / 1e9));
        QCOMPARE(bars()->barSets(), setsBefore); // the same sets, new values
        QCOMPARE(resets.count(), 0);
        QCOMPARE(tableText(llama, FitTableModel::TotalBytes),
                 Format::gigabytes(fit.estimateAt(llama).totalBytes));

        QTest::keyClick(slider, Qt::Key_End);
        QTRY_COMPARE(child<QLabel>("contextLabel")->text(), QStringLiteral("1M tokens"));
        QVERIFY(qFuzzyCompare(part("KV cache", llama), 64 * 2 * kvBefore));
        QCOMPARE(category(llama), QStringLiteral("Llama 3.3 70B — Does not fit"));
        QCOMPARE(tableText(llama, FitTableModel::Verdict), QStringLiteral("Does not fit"));
    }

    void gpuControlsFollowEachOther()
    {
        auto *presets = child<QComboBox>("gpuConfigCombo");
        auto *type = child<QComboBox>("gpuTypeCombo");
        auto *count = child<QSpinBox>("gpuCountSpin");
        choose(presets, QStringLiteral("2x RTX 4090"));

        presets->setFocus();
        QTest::keyClick(presets, Qt::Key_Down);
        QTRY_COMPARE(presets->currentText(), QStringLiteral("A100 80GB"));
        // Memory in the preferred unit, as the fit states it: 80 GiB are 85.9 GB.
        QCOMPARE(type->currentText(), QStringLiteral("A100 80GB (85.9 GB)"));
        QCOMPARE(count->value(), 1);
        QCOMPARE(count->text(), QStringLiteral("1")); // its label says what it counts: no "1 GPUs"
        for (const QPointF &point : capacityLine()->points())
            QVERIFY(qFuzzyCompare(point.x(), 80 * GiB * 0.9 / 1e9));

        // Type and count are the configuration: a named one is selected when it matches, Custom otherwise.
        count->setFocus();
        QTest::keyClick(count, Qt::Key_Up);
        QTRY_COMPARE(presets->currentText(), QStringLiteral("2x A100 80GB"));
        QTest::keyClick(count, Qt::Key_Up);
        QTRY_COMPARE(presets->currentText(), QStringLiteral("Custom: 3x A100 80GB"));
        QCOMPARE(m_page->modelsFit.configuration().count, 3);
        QCOMPARE(m_page->quantsFit.configuration().count, 3);
        QCOMPARE(capacityLine()->name(), QStringLiteral("Usable: 231.9 GB (3x A100 80GB × 0.9)"));
        for (const QPointF &point : capacityLine()->points())
            QVERIFY(qFuzzyCompare(point.x(), 3 * 80 * GiB * 0.9 / 1e9));

        // Another preset brings its own type and count back.
        choose(presets, QStringLiteral("RTX 3060 12GB"));
        QCOMPARE(type->currentText(), QStringLiteral("RTX 3060 12GB (12.9 GB)"));
        QCOMPARE(count->value(), 1);
        QCOMPARE(presets->itemText(presets->count() - 1), QStringLiteral("Custom…"));
    }

    void otherControlsReachBothModels()
    {
        QSignalSpy changes(view(), &VramFitView::parametersChanged);
        auto *batch = child<QSpinBox>("batchSpin");
        batch->setFocus();
        QTest::keyClick(batch, Qt::Key_Up);
        QCOMPARE(m_page->modelsFit.parameters().batch, 2);
        auto *kv = child<QComboBox>("kvPrecisionCombo");
        kv->setFocus();
        QTest::keyClick(kv, Qt::Key_Down);
        QCOMPARE(m_page->modelsFit.parameters().kvPrecision, KvPrecision::Fp8);
        auto *quant = child<QComboBox>("quantCombo");
        choose(quant, QStringLiteral("Q8_0 (8.5 bits/weight)"));
        QCOMPARE(m_page->modelsFit.parameters().bitsPerWeight, 8.5);
        QCOMPARE(m_page->quantsFit.parameters().quantName, QStringLiteral("Q8_0"));
        auto *utilisation = child<QDoubleSpinBox>("utilisationSpin");
        utilisation->setValue(0.8);
        QCOMPARE(m_page->quantsFit.parameters().utilisation, 0.8);
        child<QCheckBox>("expertOffloadCheck")->click();
        QVERIFY(m_page->modelsFit.parameters().expertOffload);
        QVERIFY(!child<QTableView>("vramFitTable")->isColumnHidden(FitTableModel::OffloadedBytes));
        QCOMPARE(changes.count(), 5);
        const auto last = changes.last();
        QCOMPARE(last.at(1).value<FitParameters>().batch, 2);
        QCOMPARE(last.at(0).value<GpuConfiguration>().count, view()->configuration().count);
    }

    void engineControlChangesTheSpeedColumn()
    {
        // Issue 23: the engine decides the speed. llama.cpp's layer split reads the two RTX 4090s one after
        // the other; vLLM's tensor parallelism reads both at once, so the same row decodes faster.
        choose(child<QComboBox>("gpuConfigCombo"), QStringLiteral("2x RTX 4090"));
        child<QSlider>("contextSlider")->setValue(11); // 2K tokens: the 70B models fit in 2x 24 GB
        FitTableModel &fit = m_page->modelsFit;
        int row = -1;
        for (int r = 0; r < fit.rowCount() && row < 0; ++r) {
            if (fit.speedAt(r).available && !fit.speedAt(r).expertsInSystemRam)
                row = r;
        }
        QVERIFY(row >= 0);
        auto *table = child<QTableView>("vramFitTable");
        QVERIFY(!table->isColumnHidden(FitTableModel::DecodeTokensPerS));
        const auto title = [table] {
            return table->model()->headerData(FitTableModel::DecodeTokensPerS, Qt::Horizontal).toString();
        };
        QVERIFY2(title().contains(QLatin1String("llama.cpp")), qPrintable(title()));
        const double layerSplit = tableText(row, FitTableModel::DecodeTokensPerS).remove(QLocale().groupSeparator()).toDouble();
        QVERIFY(layerSplit > 0);
        // The ceiling is in the cell's tooltip.
        const QString tip = fit.index(row, FitTableModel::DecodeTokensPerS).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("ceiling")), qPrintable(tip));

        choose(child<QComboBox>("engineCombo"), QStringLiteral("vLLM"));
        QCOMPARE(fit.parameters().engine, std::optional(InferenceEngine::Vllm));
        QCOMPARE(m_page->quantsFit.parameters().engine, std::optional(InferenceEngine::Vllm));
        QVERIFY2(title().contains(QLatin1String("vLLM")), qPrintable(title()));
        const double tensorParallel = tableText(row, FitTableModel::DecodeTokensPerS).remove(QLocale().groupSeparator()).toDouble();
        QVERIFY2(tensorParallel > 1.5 * layerSplit,
                 qPrintable(QStringLiteral("%1 vs %2").arg(tensorParallel).arg(layerSplit)));

        // The system RAM's bandwidth is an assumption the user can change.
        child<QDoubleSpinBox>("systemBandwidthSpin")->setValue(204.8);
        QCOMPARE(fit.parameters().systemMemoryBandwidthGbPerS, 204.8);
        choose(child<QComboBox>("engineCombo"), QStringLiteral("By format"));
        QVERIFY(!fit.parameters().engine);
    }

    void oneModelAcrossQuantizations()
    {
        choose(child<QComboBox>("gpuConfigCombo"), QStringLiteral("2x RTX 4090"));
        view()->setFocusModel(modelId(QStringLiteral("Llama 3.3 70B")));
        auto *mode = child<QComboBox>("chartModeCombo");
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QTRY_COMPARE(view()->activeModel(), &m_page->quantsFit);
        QVERIFY(child<QComboBox>("focusModelCombo")->isEnabled());

        // Tall enough to name a bar for each of the 15 formats (a shorter chart shows fewer).
        view()->resize(1280, 1000);
        QTRY_COMPARE(categories().size(), 15);
        for (QBarSet *set : bars()->barSets())
            QCOMPARE(set->count(), 15);
        const FitTableModel &fit = m_page->quantsFit;
        const int fp16 = rowOf(fit, QStringLiteral("FP16"));
        QVERIFY(fp16 >= 0);
        QVERIFY(qFuzzyCompare(part("Weights", fp16), 70.55e9 * 16 / 8 / 1e9));
        QCOMPARE(category(fp16), QStringLiteral("FP16 — Does not fit"));
        const int iq2 = rowOf(fit, QStringLiteral("IQ2_XXS"));
        QVERIFY(category(iq2).startsWith(QStringLiteral("IQ2_XXS — ")));
        QVERIFY(chart()->title().startsWith(QStringLiteral("Llama 3.3 70B fits on 2x RTX 4090 in ")));

        auto *table = child<QTableView>("vramFitTable");
        QCOMPARE(table->model()->rowCount(), 15);
        QVERIFY(!table->isColumnHidden(FitTableModel::Quantization));
        QVERIFY(table->isColumnHidden(FitTableModel::Model));

        // Another model: same number of bars, new values.
        view()->setFocusModel(modelId(QStringLiteral("Llama 4 Scout")));
        QCOMPARE(categories().size(), 15);
        QVERIFY(qFuzzyCompare(part("Weights", fp16), 109e9 * 16 / 8 / 1e9));

        // And back: one bar per model again.
        QTest::keyClick(mode, Qt::Key_Up);
        QTRY_COMPARE(categories().size(), 8);
        QCOMPARE(table->model()->rowCount(), 8);
    }

    void hoverShowsTheBreakdown()
    {
        choose(child<QComboBox>("gpuConfigCombo"), QStringLiteral("2x RTX 4090"));
        const FitTableModel &fit = m_page->modelsFit;
        const int llama = rowOf(fit, QStringLiteral("Llama 3.3 70B"));
        const QString expected = fit.index(llama, 0).data(Qt::ToolTipRole).toString();
        QVERIFY(expected.contains(QStringLiteral("Weights 42.8 GB")));
        emit bars()->hovered(true, bar(llama), bars()->barSets().first());
        QTRY_COMPARE(ToolTipText::plain(QToolTip::text()), expected);
        emit bars()->hovered(false, bar(llama), bars()->barSets().first());
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // Issue 16: a size measured from a model file replaces the estimate of that model at that format, in
    // the bar, its tooltip and the table's "Weights from" column; the other rows stay estimated.
    void aMeasuredSizeIsChartedAndSaidSo()
    {
        Dataset measured = m_data;
        MeasuredSizeRecord size;
        size.id = 1;
        size.modelId = modelId(QStringLiteral("Llama 3.3 70B"));
        size.quant = m_page->modelsFit.parameters().quantName;
        size.weightsBytes = 39'969'000'000;
        size.fileName = QStringLiteral("Llama-3.3-70B-Instruct-Q4_K_M.gguf");
        measured.measuredSizes << size;
        showDataset(&measured);
        const auto restore = qScopeGuard([this] { showDataset(&m_data); }); // before `measured` goes

        const FitTableModel &fit = m_page->modelsFit;
        const int llama = rowOf(fit, QStringLiteral("Llama 3.3 70B"));
        const int scout = rowOf(fit, QStringLiteral("Llama 4 Scout"));
        QVERIFY(llama >= 0 && scout >= 0);
        QCOMPARE(part("Weights", llama), 39.969); // GB, as the axis is
        QCOMPARE(fit.index(llama, FitTableModel::WeightsSource).data().toString(), QStringLiteral("measured"));
        QCOMPARE(fit.index(scout, FitTableModel::WeightsSource).data().toString(), QStringLiteral("estimated"));
        const QString expected = fit.index(llama, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(expected.contains(QStringLiteral("Weights 40.0 GB")), qPrintable(expected));
        QVERIFY2(expected.contains(QStringLiteral("Weights measured from Llama-3.3-70B-Instruct-Q4_K_M.gguf")),
                 qPrintable(expected));
        emit bars()->hovered(true, bar(llama), bars()->barSets().first());
        QTRY_COMPARE(ToolTipText::plain(QToolTip::text()), expected);
        emit bars()->hovered(false, bar(llama), bars()->barSets().first());
        QVERIFY(!fit.index(scout, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("measured")));
    }

    // Issue 18: a team's run on the configuration shows beside the estimate, marked as measured: in the
    // table's measured columns, as a diamond on the bar and a key entry, and in the bar's tooltip.
    void aMeasuredRunIsShownBesideTheEstimate()
    {
        choose(child<QComboBox>("gpuConfigCombo"), QStringLiteral("2x RTX 4090"));
        const FitTableModel &fit = m_page->modelsFit;
        auto *table = child<QTableView>("vramFitTable");
        QVERIFY(table->isColumnHidden(FitTableModel::MeasuredVramBytes)); // no runs, no columns
        QVERIFY(!chart()->series().isEmpty());
        auto *measuredSeries = qobject_cast<QScatterSeries *>(
            chart()->findChild<QScatterSeries *>(QStringLiteral("measuredMemory")));
        QVERIFY(measuredSeries);
        QVERIFY(!measuredSeries->isVisible());

        Dataset measured = m_data;
        MeasurementRecord run;
        run.id = 1;
        run.modelId = modelId(QStringLiteral("Llama 3.3 70B"));
        run.quant = fit.parameters().quantName;
        run.gpuId = fit.configuration().gpu.id;
        run.gpuCount = 2;
        run.context = fit.parameters().contextTokens;
        run.engine = QStringLiteral("llama.cpp");
        run.vramBytes = 44.5e9;
        run.decodeTokensPerS = 17.5;
        run.measuredOn = QStringLiteral("2026-11-30");
        run.source = QStringLiteral("llama-bench b7100 (runs.json)");
        measured.measurements << run;
        showDataset(&measured);
        const auto restore = qScopeGuard([this] { showDataset(&m_data); }); // before `measured` goes

        const int llama = rowOf(fit, QStringLiteral("Llama 3.3 70B"));
        QCOMPARE(fit.index(llama, FitTableModel::MeasuredVramBytes).data().toString(), QStringLiteral("44.5 GB"));
        QCOMPARE(fit.index(llama, FitTableModel::MeasuredDecodeTokensPerS).data().toString(), QStringLiteral("18"));
        QVERIFY(fit.index(llama, FitTableModel::MeasuredVramBytes)
                    .data(Qt::ToolTipRole).toString().contains(QStringLiteral("2026-11-30")));
        const int scout = rowOf(fit, QStringLiteral("Llama 4 Scout"));
        QCOMPARE(fit.index(scout, FitTableModel::MeasuredVramBytes).data().toString(), QStringLiteral("—"));
        QVERIFY(!table->isColumnHidden(FitTableModel::MeasuredVramBytes));
        QVERIFY(!table->isColumnHidden(FitTableModel::MeasuredDecodeTokensPerS));

        QTRY_VERIFY(measuredSeries->isVisible());
        QCOMPARE(measuredSeries->points(), (QList<QPointF>{{44.5, qreal(bar(llama))}}));
        QVERIFY(child<QWidget>("measuredLegend")->isVisible());
        const QString tip = fit.index(llama, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Measured in your run: 44.5 GB")), qPrintable(tip));

        // At another context the run's memory is not this estimate's: its speed stays, the diamond goes.
        auto *slider = child<QSlider>("contextSlider");
        QTest::keyClick(slider, Qt::Key_Right);
        QTRY_VERIFY(fit.parameters().contextTokens != run.context);
        QCOMPARE(fit.index(llama, FitTableModel::MeasuredVramBytes).data().toString(), QStringLiteral("—"));
        QCOMPARE(fit.index(llama, FitTableModel::MeasuredDecodeTokensPerS).data().toString(), QStringLiteral("18"));
        QTRY_VERIFY(!measuredSeries->isVisible());
        QVERIFY(!child<QWidget>("measuredLegend")->isVisible());
    }

    // Issue 22: the tooltip of a bar stays while the pointer rests on it. Qt asks the view for a tooltip
    // once the pointer has rested, and the scene's empty answer used to hide the bar's text.
    void aBarsTooltipStaysWhileThePointerRests()
    {
        choose(child<QComboBox>("gpuConfigCombo"), QStringLiteral("2x RTX 4090"));
        const FitTableModel &fit = m_page->modelsFit;
        const int llama = rowOf(fit, QStringLiteral("Llama 3.3 70B"));
        const QString expected = fit.index(llama, 0).data(Qt::ToolTipRole).toString();
        auto *chartView = child<QChartView>("vramFitChart");
        // The middle of the row's weights, the bar's first part.
        const QPointF inChart = chart()->mapToPosition(QPointF(part("Weights", llama) / 2, bar(llama)), bars());
        const QPoint inView = chartView->mapFromScene(chart()->mapToScene(inChart));
        QTest::mouseMove(chartView->viewport(), inView - QPoint(3, 0));
        QTest::mouseMove(chartView->viewport(), inView);
        QTRY_COMPARE(ToolTipText::plain(QToolTip::text()), expected);
        QTest::qWait(1500);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(ToolTipText::plain(QToolTip::text()), expected);
        // Off the bars, into the plot's empty corner: the bar's text goes.
        QTest::mouseMove(chartView->viewport(), chartView->mapFromScene(chart()->mapToScene(
                                                    chart()->plotArea().topRight() + QPointF(-2, 2))));
        QTRY_VERIFY(!QToolTip::isVisible() || ToolTipText::plain(QToolTip::text()) != expected);
    }

    void clickingABarSelectsItsRow()
    {
        const int llama = rowOf(m_page->modelsFit, QStringLiteral("Llama 3.3 70B"));
        emit bars()->clicked(bar(llama), bars()->barSets().first());
        auto *table = child<QTableView>("vramFitTable");
        QCOMPARE(table->currentIndex().row(), llama);
    }

    // With more models than its plot can name, the chart shows as many bars as it can name whole, more as
    // the window grows; an export at another size hands the chart back as the view had it.
    void chartShowsTheBarsItsPlotCanName()
    {
        Dataset many = withBulkModels(m_data, 60);
        m_page->modelsFit.setDataset(&many);
        m_page->quantsFit.setDataset(&many);
        view()->setDataset(&many);
        const int models = m_page->modelsFit.rowCount();
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart()->axes(Qt::Vertical).constFirst());
        const auto fitting = [&] { return ChartStyle::barsThatFitLabels(chart(), axis, 40); };
        QTRY_COMPARE(categories().size(), fitting());
        const int shortBars = categories().size();
        QVERIFY2(shortBars > 3 && shortBars < 40, qPrintable(QString::number(shortBars)));
        QVERIFY(chart()->title().endsWith(QStringLiteral("first %1 of %2 rows").arg(shortBars).arg(models)));

        view()->resize(1280, 1400);
        QTRY_VERIFY(categories().size() > shortBars);
        QTRY_COMPARE(categories().size(), fitting());
        const int tallBars = categories().size();

        ChartExporter(chart()).render(ChartExporter::Format::Png, {800, 400});
        QTRY_COMPARE(categories().size(), tallBars);
        QVERIFY(chart()->title().endsWith(QStringLiteral("first %1 of %2 rows").arg(tallBars).arg(models)));
        m_page.reset(); // before the dataset it reads
    }

    // Set LLM_ATLAS_SCREENSHOTS to a folder to look at the page as users see it.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("LLM_ATLAS_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("LLM_ATLAS_SCREENSHOTS is not set");
        // The chart lays itself out on a posted event: let it happen before grabbing.
        const auto save = [this, &folder](const char *name) {
            QCoreApplication::processEvents();
            QVERIFY(view()->grab().save(folder + QLatin1Char('/') + QLatin1String(name)));
        };
        choose(child<QComboBox>("gpuConfigCombo"), QStringLiteral("2x RTX 4090"));
        save("vramfit-models.png");
        view()->setFocusModel(modelId(QStringLiteral("Llama 3.3 70B")));
        child<QComboBox>("chartModeCombo")->setCurrentIndex(1);
        save("vramfit-quants.png");
        child<QComboBox>("chartModeCombo")->setCurrentIndex(0);
        child<QSlider>("contextSlider")->setValue(17);
        child<QCheckBox>("expertOffloadCheck")->setChecked(true);
        child<QCheckBox>("zoomCheck")->setChecked(true);
        save("vramfit-offload-zoom.png");
        view()->resize(800, 500);
        save("vramfit-small.png");
        view()->resize(1280, 720);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        view()->setPalette(dark);
        save("vramfit-dark.png");
    }
};

QTEST_MAIN(TestVramFitView)
#include "tst_vramfitview.moc"
