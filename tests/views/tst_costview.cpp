// The cost view driven as a user would: the volume slider and text field by key events, options checked
// and unchecked in the lists, assumptions changed; then its table, chart series and summary checked against
// figures worked out by hand from the bundled list prices.
#include "models/core/dataset.h"
#include "models/core/formatting/tooltiptext.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/quotedcostauditmodel.h"
#include "testsupport.h"
#include "views/pages/costview.h"
#include "views/pages/tooltipwrapper.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLogValueAxis>
#include <QPointer>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextBrowser>
#include <QToolTip>

#include <cmath>
#include <algorithm>
#include <memory>

namespace {
// Bundled list prices (db/data/dataset.sql): DeepSeek deepseek-chat $0.28 in / $0.42 out, Anthropic
// claude-sonnet-4.5 $3 / $15 per million tokens; an A100 80GB rents for $1.59 an hour (RunPod on demand) and
// draws 400 W. The catalogue leaves its street price empty (no citable source): OwnedA100Usd stands in for it.
constexpr double DeepSeekBlended = (3 * 0.28 + 0.42) / 4; // $0.315 per million tokens at 3:1
constexpr double ClaudeBlended = (3 * 3.0 + 15.0) / 4;    // $6.00
constexpr double TwoA100Rented = 2 * 1.59 * 730;          // $2,321.40 a month
constexpr double OwnedA100Usd = 12000;
}

class TestCostView : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;
    // Declared after the view: the tester goes first, while the model it watches still exists.
    std::unique_ptr<CostView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    CostView *view() const { return m_view.get(); }
    template <typename T> T *child(const char *name) const
    {
        T *widget = view()->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    // The options table's row whose option label contains `text`, or -1.
    int row(const QString &text) const
    {
        const QAbstractItemModel *model = child<QTableView>("costTable")->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, CostTableModel::Option).data().toString().contains(text))
                return r;
        return -1;
    }
    double monthly(const QString &text) const
    {
        const QAbstractItemModel *model = child<QTableView>("costTable")->model();
        return model->index(row(text), CostTableModel::MonthlyUsd)
            .data(RecordTableModel::RawValueRole)
            .toDouble();
    }

    QList<QLineSeries *> lines() const
    {
        QList<QLineSeries *> result;
        for (QAbstractSeries *series : view()->chart()->series())
            if (series->objectName() == QLatin1String("costLine"))
                result << static_cast<QLineSeries *>(series);
        return result;
    }
    QStringList lineNames() const
    {
        QStringList names;
        for (const QLineSeries *line : lines())
            names << line->name();
        return names;
    }
    QLineSeries *marker() const
    {
        for (QAbstractSeries *series : view()->chart()->series())
            if (series->objectName() == QLatin1String("volumeMarker"))
                return static_cast<QLineSeries *>(series);
        return nullptr;
    }
    QScatterSeries *breakEvens() const
    {
        for (QAbstractSeries *series : view()->chart()->series())
            if (auto *scatter = qobject_cast<QScatterSeries *>(series))
                return scatter;
        return nullptr;
    }
    QListWidgetItem *item(QListWidget *list, const QString &text) const
    {
        for (int r = 0; r < list->count(); ++r)
            if (list->item(r)->text().contains(text))
                return list->item(r);
        return nullptr;
    }
    QStringList checked(const char *listName) const
    {
        auto *list = child<QListWidget>(listName);
        QStringList names;
        for (int r = 0; r < list->count(); ++r)
            if (list->item(r)->checkState() == Qt::Checked)
                names << list->item(r)->text();
        return names;
    }
    // Toggles a list item's check box the way the keyboard does: make it current, press Space.
    void toggle(const char *listName, const QString &text)
    {
        auto *list = child<QListWidget>(listName);
        QListWidgetItem *target = item(list, text);
        QVERIFY2(target, qPrintable(text));
        list->setCurrentItem(target);
        const Qt::CheckState before = target->checkState();
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY(target->checkState() != before);
    }
    void enterVolume(const QString &text)
    {
        auto *edit = child<QLineEdit>("volumeEdit");
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        // Labels are compared as an English (US) reader sees them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
        // Buying needs a price: the bundled row has none, so the ownership arithmetic gets a stated one.
        auto a100 = std::find_if(m_data.gpus.begin(), m_data.gpus.end(),
                                 [](const GpuRecord &g) { return g.name == QLatin1String("A100 80GB"); });
        QVERIFY(a100 != m_data.gpus.end());
        QVERIFY(!a100->streetPriceUsd);
        QCOMPARE(a100->cloudUsdPerHour, std::optional<double>(1.59));
        a100->streetPriceUsd = OwnedA100Usd;
    }

    void init()
    {
        m_view = std::make_unique<CostView>();
        // Constructed before the dataset fills the model, so it sees every change.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->optionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->setDataset(&m_data);
        m_view->resize(1280, 720);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_view.reset();
    }

    void defaults()
    {
        QCOMPARE(view()->objectName(), QStringLiteral("costView"));
        // The model the article self-hosts in its cost table, so its scenarios line up with the chart.
        QCOMPARE(child<QComboBox>("costModelCombo")->currentText(), QStringLiteral("Qwen 3.5"));
        QCOMPARE(checked("costConfigList"),
                 QStringList({QStringLiteral("RTX 3060 12GB"), QStringLiteral("2x RTX 4090"),
                              QStringLiteral("A100 80GB"), QStringLiteral("2x A100 80GB"),
                              QStringLiteral("4x A100 80GB")}));
        // The APIs the article's cost rows price, and the one serving the model.
        QCOMPARE(checked("costApiList"), QStringList({QStringLiteral("DeepSeek deepseek-chat (V3.2)"),
                                                      QStringLiteral("OpenAI gpt-4.1-mini"),
                                                      QStringLiteral("Anthropic claude-sonnet-4.5"),
                                                      QStringLiteral("DeepInfra Qwen2.5-72B-Instruct")}));
        QCOMPARE(child<QDoubleSpinBox>("costUtilisationSpin")->value(), 0.6);
        QCOMPARE(child<QDoubleSpinBox>("inputRatioSpin")->value(), 3.0);
        QCOMPARE(child<QDoubleSpinBox>("outputRatioSpin")->value(), 1.0);
        QCOMPARE(child<QComboBox>("ownershipCombo")->currentData().toInt(), int(Ownership::Rent));
        QCOMPARE(child<QSpinBox>("amortisationSpin")->value(), 36);
        QVERIFY(!child<QSpinBox>("amortisationSpin")->isEnabled()); // renting includes the hardware
        QCOMPARE(child<QDoubleSpinBox>("powerPriceSpin")->value(), 0.15);
        QCOMPARE(view()->volume(), 100e6);
        QCOMPARE(child<QLineEdit>("volumeEdit")->text(), QStringLiteral("100M"));
        QCOMPARE(child<QSlider>("volumeSlider")->value(), 2 * CostView::StepsPerDecade); // 1M x 10^2
        for (const char *name :
             {"volumeSlider", "volumeEdit", "costModelCombo", "costConfigList", "costApiList",
              "costUtilisationSpin", "inputRatioSpin", "outputRatioSpin", "ownershipCombo",
              "amortisationSpin", "powerPriceSpin", "costChart", "costTable", "quotedCostAuditTable"}) {
            const QWidget *widget = child<QWidget>(name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(!widget->toolTip().isEmpty(), name);
        }
    }

    void tableAtTheDefaultVolume()
    {
        const QAbstractItemModel *model = child<QTableView>("costTable")->model();
        QCOMPARE(model, view()->optionsModel());
        QCOMPARE(model->rowCount(), 5 + 4);
        // 100M tokens = 100 x $0.315 = $31.50.
        QCOMPARE(monthly(QStringLiteral("deepseek-chat")), 100 * DeepSeekBlended);
        QCOMPARE(monthly(QStringLiteral("deepseek-chat")), 31.5);
        // One replica serves 100M: 2 GPUs x $1.59 x 730 hours.
        QCOMPARE(monthly(QStringLiteral("on 2x A100 80GB (rented)")), TwoA100Rented);
        QCOMPARE(monthly(QStringLiteral("claude-sonnet-4.5")), 100 * ClaudeBlended);

        // Cheapest first; infeasible options (Qwen 3.5 fits neither a 12 GB card nor 2x 24 GB) last.
        double previous = 0;
        int feasible = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!model->index(r, CostTableModel::Feasible).data(RecordTableModel::RawValueRole).toBool()) {
                QVERIFY(model->index(r, CostTableModel::MonthlyUsd)
                            .data(RecordTableModel::RawValueRole)
                            .isNull());
                continue;
            }
            QCOMPARE(r, feasible++);
            const double cost =
                model->index(r, CostTableModel::MonthlyUsd).data(RecordTableModel::RawValueRole).toDouble();
            QVERIFY(cost >= previous);
            previous = cost;
        }
        QCOMPARE(feasible, 3 + 4);
        QVERIFY(model->index(0, CostTableModel::Option).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model->index(0, CostTableModel::Note).data().toString().contains(QStringLiteral("Cheapest")));
        QVERIFY(row(QStringLiteral("RTX 3060 12GB")) >= feasible);
    }

    void sliderKeysMoveTheVolume()
    {
        auto *slider = child<QSlider>("volumeSlider");
        auto *edit = child<QLineEdit>("volumeEdit");
        QSignalSpy spy(view(), &CostView::volumeChanged);

        // Page Up: a factor of ten.
        QTest::keyClick(slider, Qt::Key_PageUp);
        QCOMPARE(view()->volume(), 1e9);
        QCOMPARE(edit->text(), QStringLiteral("1B"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDouble(), 1e9);
        QCOMPARE(monthly(QStringLiteral("deepseek-chat")), 1000 * DeepSeekBlended);
        QCOMPARE(marker()->points().first().x(), 1e9);
        QCOMPARE(marker()->points().last().x(), 1e9);

        // One step: a twentieth of a decade, 10^8.05 = 112.2M, rounded to two digits.
        QTest::keyClick(slider, Qt::Key_PageDown);
        QTest::keyClick(slider, Qt::Key_Right);
        QCOMPARE(view()->volume(), 110e6);
        QCOMPARE(edit->text(), QStringLiteral("110M"));
        QCOMPARE(monthly(QStringLiteral("deepseek-chat")), 110 * DeepSeekBlended);
        QCOMPARE(marker()->points().first().x(), 110e6);
        // The summary follows once the step's events are handled, written once for a run of steps.
        auto *summary = child<QTextBrowser>("costSummaryArea");
        QTRY_VERIFY2(summary->toPlainText().startsWith(QStringLiteral("At 110M tokens a month")),
                     qPrintable(summary->toPlainText()));

        QTest::keyClick(slider, Qt::Key_End);
        QCOMPARE(view()->volume(), CostView::MaximumVolume);
        QCOMPARE(edit->text(), QStringLiteral("100B"));
        QCOMPARE(marker()->points().first().x(), 1e11);
        // 100B tokens need many copies of 2x A100: the cost is whole replicas of $2,993.
        const QAbstractItemModel *model = view()->optionsModel();
        const int a100 = row(QStringLiteral("on 2x A100 80GB"));
        const qint64 replicas =
            model->index(a100, CostTableModel::Replicas).data(RecordTableModel::RawValueRole).toLongLong();
        QVERIFY(replicas > 1);
        QCOMPARE(monthly(QStringLiteral("on 2x A100 80GB")), replicas * TwoA100Rented);

        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(view()->volume(), CostView::MinimumVolume);
        QCOMPARE(edit->text(), QStringLiteral("1M"));
        QCOMPARE(spy.count(), 5);
    }

    void textFieldSetsTheVolume()
    {
        QSignalSpy spy(view(), &CostView::volumeChanged);
        enterVolume(QStringLiteral("250M"));
        QCOMPARE(view()->volume(), 250e6);
        QCOMPARE(spy.count(), 1);
        // log10(250M / 1M) x 20 = 47.96: the nearest step; the volume itself stays exact.
        QCOMPARE(child<QSlider>("volumeSlider")->value(), 48);
        QCOMPARE(monthly(QStringLiteral("deepseek-chat")), 250 * DeepSeekBlended);
        QCOMPARE(monthly(QStringLiteral("claude-sonnet-4.5")), 1500.0); // 250 x $6
        QCOMPARE(marker()->points().first().x(), 250e6);
        QVERIFY(!child<QLabel>("volumeErrorLabel")->isVisible());

        enterVolume(QStringLiteral("1.5B"));
        QCOMPARE(view()->volume(), 1.5e9);
        QCOMPARE(child<QLineEdit>("volumeEdit")->text(), QStringLiteral("1.5B"));
    }

    void invalidTextKeepsTheLastVolume()
    {
        enterVolume(QStringLiteral("250M"));
        QSignalSpy spy(view(), &CostView::volumeChanged);
        auto *error = child<QLabel>("volumeErrorLabel");
        auto *edit = child<QLineEdit>("volumeEdit");

        enterVolume(QStringLiteral("12Q"));
        QCOMPARE(view()->volume(), 250e6);
        QCOMPARE(spy.count(), 0);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("12Q")));
        QVERIFY(edit->property("invalid").toBool());
        QCOMPARE(edit->text(), QStringLiteral("12Q")); // left for the user to correct
        QCOMPARE(monthly(QStringLiteral("deepseek-chat")), 250 * DeepSeekBlended);
        QCOMPARE(marker()->points().first().x(), 250e6);

        // A valid number outside the compared range is refused the same way.
        enterVolume(QStringLiteral("500k"));
        QCOMPARE(view()->volume(), 250e6);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("1M")));

        // Typing again clears the message; entering a valid volume applies it.
        enterVolume(QStringLiteral("2B"));
        QCOMPARE(view()->volume(), 2e9);
        QVERIFY(!error->isVisible());
        QVERIFY(!edit->property("invalid").toBool());
    }

    void chartHasALinePerOption()
    {
        // Every checked option that is feasible somewhere: the two configurations Qwen 3.5 does not fit
        // have rows (with the reason) but no line.
        QCOMPARE(lineNames(),
                 QStringList({QStringLiteral("A100 80GB"), QStringLiteral("2x A100 80GB"),
                              QStringLiteral("4x A100 80GB"), QStringLiteral("deepseek-chat (V3.2) API"),
                              QStringLiteral("gpt-4.1-mini API"), QStringLiteral("claude-sonnet-4.5 API"),
                              QStringLiteral("Qwen2.5-72B-Instruct API")}));
        QTRY_VERIFY(child<QTextBrowser>("costSummaryArea")->toPlainText().contains(QStringLiteral("RTX 3060 12GB")));

        for (QLineSeries *line : lines()) {
            QCOMPARE(line->attachedAxes().size(), 2);
            for (QAbstractAxis *axis : line->attachedAxes())
                QVERIFY(qobject_cast<QLogValueAxis *>(axis)); // log-log
            QCOMPARE(line->points().first().x(), CostView::MinimumVolume);
            QCOMPARE(line->points().last().x(), CostView::MaximumVolume);
        }
        // An API line is volume x blended price at every point.
        const QLineSeries *claude = lines().at(5);
        for (const QPointF &point : claude->points())
            QVERIFY(qFuzzyCompare(point.y(), point.x() / 1e6 * ClaudeBlended));
        // A self-hosting line is whole replicas of $2,993: flat steps joined by vertical risers.
        const QLineSeries *twoA100 = lines().at(1);
        QCOMPARE(twoA100->points().first().y(), TwoA100Rented);
        int risers = 0;
        const QList<QPointF> points = twoA100->points();
        for (qsizetype i = 1; i < points.size(); ++i) {
            const double replicas = points.at(i).y() / TwoA100Rented;
            QVERIFY(std::abs(replicas - std::round(replicas)) < 1e-9);
            QVERIFY(points.at(i).x() >= points.at(i - 1).x());
            if (points.at(i).x() == points.at(i - 1).x() && points.at(i).y() > points.at(i - 1).y())
                ++risers;
        }
        QVERIFY(risers > 10);
    }

    void markerAndBreakEvens()
    {
        QCOMPARE(marker()->points().size(), 2);
        QCOMPARE(marker()->points().first().x(), view()->volume());

        // Claude Sonnet 4.5 at $6 a million meets one 2x A100 replica's $2,321.40 at 2,321.4 / 6 million tokens,
        // which one replica serves (its capacity is above 1B tokens a month).
        const double volume = TwoA100Rented / ClaudeBlended * 1e6;
        bool found = false;
        for (const QPointF &point : breakEvens()->points()) {
            if (qFuzzyCompare(point.x(), volume)) {
                QVERIFY(qFuzzyCompare(point.y(), TwoA100Rented));
                found = true;
            }
        }
        QVERIFY(found);
        // Every point is a crossing the comparison found, and no others.
        int crossings = 0;
        for (const CostComparison::BreakEvenPair &pair : view()->comparison().breakEvens)
            crossings += pair.breakEven.tokensPerMonth ? 1 : 0;
        QCOMPARE(breakEvens()->count(), crossings);
        // $2,321.40 / $6 = 386.9M tokens.
        QTRY_VERIFY(
            child<QTextBrowser>("costSummaryArea")->toPlainText().contains(QStringLiteral("from 387M tokens a month")));
    }

    // Issue 22: a break-even point's tooltip stays while the pointer rests on it; the chart's general
    // tooltip ("hover a line or a point") used to replace it once the pointer had rested.
    void aPointsTooltipStaysWhileThePointerRests()
    {
        QChart *chart = view()->chart();
        auto *chartView = child<QChartView>("costChart");
        QVERIFY(breakEvens()->count() > 0);
        const QPointF point = breakEvens()->at(0);
        const QPoint inView = chartView->mapFromScene(chart->mapToScene(chart->mapToPosition(point, breakEvens())));
        QTest::mouseMove(chartView->viewport(), inView - QPoint(30, 30));
        QTest::mouseMove(chartView->viewport(), inView);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(!text.isEmpty() && text != chartView->toolTip(), qPrintable(text));
        QTest::qWait(1500);
        QVERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), text);
    }

    // Issue 22: a widget's long tooltip wraps (Qt shows plain text on one line, however long).
    void widgetTooltipsWrap()
    {
        ToolTipWrapper::install();
        auto *slider = child<QSlider>("volumeSlider");
        const QPoint centre = slider->rect().center();
        QHelpEvent help(QEvent::ToolTip, centre, slider->mapToGlobal(centre));
        QApplication::sendEvent(slider, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(Qt::mightBeRichText(QToolTip::text()));
        QCOMPARE(ToolTipText::plain(QToolTip::text()), slider->toolTip());
        QToolTip::hideText();
    }

    void sliderMovesOnlyTheMarker()
    {
        QList<QPointer<QLineSeries>> before;
        QList<QList<QPointF>> points;
        for (QLineSeries *line : lines()) {
            before << line;
            points << line->points();
        }
        const QList<QPointF> breakEvenPoints = breakEvens()->points();
        QSignalSpy resets(view()->optionsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(view()->optionsModel(), &QAbstractItemModel::dataChanged);

        QTest::keyClick(child<QSlider>("volumeSlider"), Qt::Key_PageUp);
        QCOMPARE(view()->volume(), 1e9);
        QCOMPARE(lines().size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QVERIFY(before.at(i)); // the same series, not rebuilt
            QCOMPARE(lines().at(i), before.at(i).data());
            QCOMPARE(lines().at(i)->points(), points.at(i));
        }
        QCOMPARE(breakEvens()->points(), breakEvenPoints);
        QCOMPARE(marker()->points().first().x(), 1e9);
        // The table follows: in place while the order holds, reset when the cheapest order changes.
        QVERIFY(changes.count() + resets.count() >= 1);
        QCOMPARE(monthly(QStringLiteral("deepseek-chat")), 1000 * DeepSeekBlended);
    }

    void uncheckingAnApiRemovesItsLineAndRow()
    {
        QVERIFY(row(QStringLiteral("claude-sonnet-4.5")) >= 0);
        const int points = breakEvens()->count();
        toggle("costApiList", QStringLiteral("claude-sonnet-4.5"));
        QCOMPARE(view()->optionsModel()->rowCount(), 5 + 3);
        QCOMPARE(row(QStringLiteral("claude-sonnet-4.5")), -1);
        QVERIFY(!lineNames().contains(QStringLiteral("claude-sonnet-4.5 API")));
        QCOMPARE(lines().size(), 6);
        QVERIFY(breakEvens()->count() < points); // its crossings went with it

        toggle("costApiList", QStringLiteral("claude-sonnet-4.5"));
        QCOMPARE(lines().size(), 7);
        QCOMPARE(monthly(QStringLiteral("claude-sonnet-4.5")), 100 * ClaudeBlended);

        toggle("costConfigList", QStringLiteral("4x A100 80GB"));
        QCOMPARE(lines().size(), 6);
        QCOMPARE(row(QStringLiteral("4x A100 80GB")), -1);
    }

    void assumptionsRebuildTheLines()
    {
        // Owned: $12,000 / 36 months per GPU plus 400 W x 730 h x $0.15/kWh per GPU.
        auto *ownership = child<QComboBox>("ownershipCombo");
        ownership->setCurrentIndex(ownership->findData(int(Ownership::Own)));
        QVERIFY(child<QSpinBox>("amortisationSpin")->isEnabled());
        const double owned = 2 * OwnedA100Usd / 36 + 2 * 400 * 730 * 0.15 / 1000;
        QCOMPARE(monthly(QStringLiteral("on 2x A100 80GB (owned)")), std::round(owned * 100) / 100); // to the cent
        QCOMPARE(lines().at(1)->points().first().y(), owned);

        // 24 months and $0.30/kWh, typed into the spin boxes.
        auto *months = child<QSpinBox>("amortisationSpin");
        months->selectAll();
        QTest::keyClicks(months, QStringLiteral("24"));
        auto *power = child<QDoubleSpinBox>("powerPriceSpin");
        power->setValue(0.30);
        QCOMPARE(monthly(QStringLiteral("on 2x A100 80GB (owned)")),
                 2 * OwnedA100Usd / 24 + 2 * 400 * 730 * 0.30 / 1000);

        // 1:1 input:output: DeepSeek's blend becomes (0.28 + 0.42) / 2 = $0.35.
        auto *input = child<QDoubleSpinBox>("inputRatioSpin");
        input->setValue(1);
        QCOMPARE(monthly(QStringLiteral("deepseek-chat")), 100 * 0.35);
        const QLineSeries *deepSeek = lines().at(3);
        QVERIFY(qFuzzyCompare(deepSeek->points().last().y(), 1e5 * 0.35));

        // Utilisation halves a replica's capacity: the line's first riser comes at half the volume.
        const auto firstRiser = [this] {
            const QList<QPointF> points = lines().at(1)->points();
            for (qsizetype i = 1; i < points.size(); ++i)
                if (points.at(i).x() == points.at(i - 1).x())
                    return points.at(i).x();
            return 0.0;
        };
        const double at60 = firstRiser();
        child<QDoubleSpinBox>("costUtilisationSpin")->setValue(0.3);
        QVERIFY(qFuzzyCompare(firstRiser(), at60 / 2));
    }

    void choosingAModelChoosesItsApis()
    {
        auto *combo = child<QComboBox>("costModelCombo");
        combo->setCurrentIndex(combo->findText(QStringLiteral("Llama 3.3 70B")));
        const QStringList apis = checked("costApiList");
        QVERIFY(apis.contains(QStringLiteral("DeepInfra Llama-3.3-70B-Instruct")));
        QVERIFY(!apis.contains(QStringLiteral("DeepInfra Qwen2.5-72B-Instruct"))); // the previous model's
        QVERIFY(apis.contains(QStringLiteral("Anthropic claude-sonnet-4.5")));     // the article's rows stay
        QVERIFY(row(QStringLiteral("Llama 3.3 70B on 2x A100 80GB (rented)")) >= 0);
        QVERIFY(view()->chart()->title().startsWith(QStringLiteral("Llama 3.3 70B")));

        view()->setCurrentModel(m_data.models.first().id);
        QCOMPARE(combo->currentText(), m_data.models.first().name);
    }

    // Issue 22: on a 1280x720 screen (the page gets about 1280x640 of it) the answer reads without
    // scrolling: the cheapest option and the first break-even in the summary, every GPU configuration and
    // every API in the column, with no empty rows beside a list that scrolls.
    void answerReadsWithoutScrollingAt1280x720()
    {
        view()->resize(1280, 640);
        auto *summary = child<QTextBrowser>("costSummaryArea");
        QTRY_VERIFY(summary->toPlainText().contains(QStringLiteral("Break-even")));
        QCoreApplication::processEvents();
        const auto visible = [summary](const QString &text) {
            const QTextCursor found = summary->document()->find(text);
            return !found.isNull() && summary->cursorRect(found).bottom() <= summary->viewport()->height();
        };
        QVERIFY(visible(QStringLiteral("the cheapest option checked is")));
        QVERIFY(visible(QStringLiteral("Break-even")));
        QVERIFY(visible(QStringLiteral("costs no more than")));
        // The GPU list is as tall as its rows, no taller; the API list takes the height that leaves.
        auto *configurations = child<QListWidget>("costConfigList");
        const QRect last = configurations->visualItemRect(configurations->item(configurations->count() - 1));
        QVERIFY(last.bottom() <= configurations->viewport()->height());
        QVERIFY(configurations->viewport()->height() - last.bottom() < last.height());
        auto *apis = child<QListWidget>("costApiList");
        QVERIFY2(apis->viewport()->height() >= 10 * last.height(), qPrintable(QString::number(apis->height())));
    }

    void datasetCanBeClearedAndReloaded()
    {
        toggle("costApiList", QStringLiteral("gemini-2.5-pro"));
        view()->setDataset(nullptr);
        QCOMPARE(view()->optionsModel()->rowCount(), 0);
        QCOMPARE(child<QTableView>("quotedCostAuditTable")->model()->rowCount(), 0);
        QVERIFY(lines().isEmpty());
        QCOMPARE(breakEvens()->count(), 0);
        QCOMPARE(child<QComboBox>("costModelCombo")->count(), 0);

        view()->setDataset(&m_data);
        QCOMPARE(child<QComboBox>("costModelCombo")->currentText(), QStringLiteral("Qwen 3.5"));
        QCOMPARE(view()->optionsModel()->rowCount(), 5 + 4);
        QCOMPARE(lines().size(), 7);
    }

    void quotedScenariosBesideTheComputedFigures()
    {
        const QAbstractItemModel *model = child<QTableView>("quotedCostAuditTable")->model();
        QCOMPARE(model->rowCount(), 4);
        const auto cell = [model](int r, int column, int role = Qt::DisplayRole) {
            return model->index(r, column).data(role);
        };
        // Row 2, "DeepSeek API": ~$21,000 for 100M tokens is $210 a million, not the quoted $0.21.
        QCOMPARE(cell(1, QuotedCostAuditModel::Approach).toString(), QStringLiteral("DeepSeek API"));
        QCOMPARE(cell(1, QuotedCostAuditModel::Verdict).toString(), QStringLiteral("Quote is wrong"));
        // The article's figure is wrong, not the app: no red, which reads as a failure of ours.
        const QColor tint = cell(1, QuotedCostAuditModel::Verdict, Qt::ForegroundRole).value<QColor>();
        QVERIFY2(tint.hue() >= 25 && tint.hue() <= 50, qPrintable(tint.name()));
        QCOMPARE(cell(1, QuotedCostAuditModel::ComputedMonthlyUsd, RecordTableModel::RawValueRole).toDouble(),
                 31.5);
        QVERIFY(cell(1, QuotedCostAuditModel::Findings).toString().contains(QStringLiteral("1,000 times")));

        // The computed figures follow the view's assumptions.
        child<QDoubleSpinBox>("inputRatioSpin")->setValue(1);
        QCOMPARE(cell(1, QuotedCostAuditModel::ComputedMonthlyUsd, RecordTableModel::RawValueRole).toDouble(),
                 35.0);
        QCOMPARE(cell(0, QuotedCostAuditModel::ComputedMonthlyUsd, RecordTableModel::RawValueRole).toDouble(),
                 TwoA100Rented);
    }

    void auditModelPassesModelTester()
    {
        QuotedCostAuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(&m_data);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(QuotedCostAuditModel::ColumnCount));

        // Claude Sonnet: $900,000 for 100M tokens is $9,000 a million, 1,000 times the quoted $9; at 3:1 the
        // list prices give $6 a million, $600 a month.
        QCOMPARE(model.index(3, QuotedCostAuditModel::QuotedMonthlyUsd).data().toString(),
                 QStringLiteral("~$900,000"));
        QCOMPARE(model.index(3, QuotedCostAuditModel::ComputedMonthlyUsd)
                     .data(RecordTableModel::RawValueRole)
                     .toDouble(),
                 100 * ClaudeBlended);
        QCOMPARE(model.index(3, QuotedCostAuditModel::ComputedUsdPerMtok).data().toString(),
                 QStringLiteral("$6.00"));
        QCOMPARE(
            model.index(3, QuotedCostAuditModel::Verdict).data(RecordTableModel::RawValueRole).toString(),
            QStringLiteral("error"));
        QCOMPARE(model.index(3, QuotedCostAuditModel::Verdict).data(RecordTableModel::SortRole).toInt(), 2);
        QCOMPARE(model.findingsAt(3).first().severity, QStringLiteral("error")); // worst first
        for (const CostAuditFinding &finding : model.findingsAt(3))
            QCOMPARE(finding.quotedCostId, m_data.quotedCosts.at(3).id);
        QCOMPARE(
            model.headerData(QuotedCostAuditModel::Verdict, Qt::Horizontal, RecordTableModel::ColumnKeyRole)
                .toString(),
            QStringLiteral("verdict"));
        QCOMPARE(model.index(0, 0).data(RecordTableModel::RecordIdRole).toLongLong(),
                 m_data.quotedCosts.at(0).id);

        // New assumptions change figures in place: the rows stay.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        CostAssumptions owned;
        owned.ownership = Ownership::Own;
        model.setAssumptions(owned);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(0, QuotedCostAuditModel::ComputedMonthlyUsd)
                     .data(RecordTableModel::RawValueRole)
                     .toDouble(),
                 2 * 12000.0 / 36 + 2 * 400 * 730 * 0.15 / 1000);

        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void axesAreLabelledInDecades()
    {
        QCategoryAxis *volumeLabels =
            view()->chart()->findChild<QCategoryAxis *>(QStringLiteral("volumeAxisLabels"));
        QCategoryAxis *costLabels =
            view()->chart()->findChild<QCategoryAxis *>(QStringLiteral("costAxisLabels"));
        QVERIFY(volumeLabels && costLabels);
        QCOMPARE(volumeLabels->categoriesLabels(),
                 QStringList({QStringLiteral("1M"), QStringLiteral("10M"), QStringLiteral("100M"),
                              QStringLiteral("1B"), QStringLiteral("10B"), QStringLiteral("100B")}));
        // The cheapest line (DeepInfra's Qwen at $0.1875 a million) starts near $0.19 at 1M tokens, the
        // dearest (Claude) ends at $600,000 at 100B.
        QCOMPARE(costLabels->categoriesLabels().first(), QStringLiteral("$0.1"));
        QCOMPARE(costLabels->categoriesLabels().last(), QStringLiteral("$1M"));
        QVERIFY(costLabels->categoriesLabels().contains(QStringLiteral("$10k")));
        // The labels' axes span the same decades as the logarithmic axes the series are drawn against.
        const auto logAxis = [this](Qt::Orientation orientation) {
            for (QAbstractAxis *axis : view()->chart()->axes(orientation))
                if (auto *log = qobject_cast<QLogValueAxis *>(axis))
                    return log;
            return static_cast<QLogValueAxis *>(nullptr);
        };
        QVERIFY(logAxis(Qt::Horizontal) && logAxis(Qt::Vertical));
        QCOMPARE(std::pow(10.0, volumeLabels->min()), logAxis(Qt::Horizontal)->min());
        QCOMPARE(std::pow(10.0, volumeLabels->max()), logAxis(Qt::Horizontal)->max());
        QVERIFY(qFuzzyCompare(std::pow(10.0, costLabels->min()), logAxis(Qt::Vertical)->min()));
        QVERIFY(qFuzzyCompare(std::pow(10.0, costLabels->max()), logAxis(Qt::Vertical)->max()));
        QVERIFY(!view()->grab().isNull());
    }
};

QTEST_MAIN(TestCostView)
#include "tst_costview.moc"
