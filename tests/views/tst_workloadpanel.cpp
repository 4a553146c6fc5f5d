// The cost page's workload panel driven from the keyboard: turned on with Space, its figures typed, then
// the options table's replicas and targets checked against the serving model's own plan for each row
// (models/core/cost/servingmodel.h), a target no batch meets shown as not met, and the volume-based table back
// once the panel is turned off.
#include "models/core/cost/servingmodel.h"
#include "models/core/dataset.h"
#include "models/itemmodels/costtablemodel.h"
#include "testsupport.h"
#include "views/pages/costview.h"
#include "views/pages/workloadpanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// Bundled list price (db/data/dataset.sql): an A100 80GB rents for $1.59 an hour (RunPod on demand).
constexpr double TwoA100Rented = 2 * 1.59 * 730;
}

class TestWorkloadPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    BundledDatabaseFile m_file;
    Dataset m_data;
    std::unique_ptr<CostView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    template <typename T> T *child(const char *name) const
    {
        T *widget = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    QTableView *table() const { return child<QTableView>("costTable"); }
    QVariant raw(int row, int column) const
    {
        return m_view->optionsModel()->index(row, column).data(RecordTableModel::RawValueRole);
    }
    int row(const QString &text) const
    {
        const QAbstractItemModel *model = m_view->optionsModel();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, CostTableModel::Option).data().toString().contains(text))
                return r;
        return -1;
    }
    // Replaces a spin box's text the way a user does: select it all, type, press Enter.
    template <typename Spin> void type(const char *name, const QString &text)
    {
        auto *spin = child<Spin>(name);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
    }
    void toggleWorkload()
    {
        auto *panel = child<WorkloadPanel>("workloadPanel");
        panel->setFocus();
        QVERIFY(panel->hasFocus());
        QTest::keyClick(panel, Qt::Key_Space);
    }
    bool servingColumnsShown() const
    {
        for (const int column : {CostTableModel::TtftMs, CostTableModel::TpotMs, CostTableModel::LimitedBy,
                                 CostTableModel::MeetsTargets, CostTableModel::SpeedsBasis,
                                 CostTableModel::CalibrationRuns})
            if (table()->isColumnHidden(column))
                return false;
        return true;
    }
    bool servingColumnsHidden() const
    {
        for (const int column : {CostTableModel::TtftMs, CostTableModel::TpotMs, CostTableModel::LimitedBy,
                                 CostTableModel::MeetsTargets, CostTableModel::SpeedsBasis,
                                 CostTableModel::CalibrationRuns})
            if (!table()->isColumnHidden(column))
                return false;
        return true;
    }
    // 8 requests/s at peak of 8,000 prompt and 200 output tokens, TTFT 3 s, TPOT 80 ms at the p95.
    void typeWorkload()
    {
        toggleWorkload();
        type<QDoubleSpinBox>("workloadRateSpin", QStringLiteral("8"));
        type<QSpinBox>("workloadPromptSpin", QStringLiteral("8000"));
        type<QSpinBox>("workloadOutputSpin", QStringLiteral("200"));
        type<QSpinBox>("workloadTtftSpin", QStringLiteral("3000"));
        type<QSpinBox>("workloadTpotSpin", QStringLiteral("80"));
    }

private slots:
    void initTestCase()
    {
        // The panel remembers its values: a test's settings of its own, empty at the start. In a folder of this
        // process: ~/.qttest is shared by every build tree's run of this test on the machine, and another
        // run's clear() between a write and a read here failed it.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
    }

    void init()
    {
        m_view = std::make_unique<CostView>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->optionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->setDataset(&m_data);
        m_view->resize(1280, 720);
        m_view->show();
        // Active, not only exposed: the tests type into focused fields, and a busy machine (the suite runs
        // in parallel) activates the window late.
        m_view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_view.reset();
        QSettings().clear();
    }

    void offByDefault()
    {
        auto *panel = child<WorkloadPanel>("workloadPanel");
        QVERIFY(!panel->isChecked());
        QVERIFY(!m_view->assumptions().workload);
        QVERIFY(servingColumnsHidden());
        QVERIFY(child<QSlider>("volumeSlider")->isEnabled());
        for (const char *name : {"workloadPanel", "workloadTrafficCombo", "workloadRateSpin", "workloadUsersSpin",
                                 "workloadThinkSpin", "workloadPromptSpin", "workloadOutputSpin",
                                 "workloadPrefixCacheSpin", "workloadTtftSpin", "workloadTpotSpin",
                                 "workloadStatisticCombo"}) {
            const QWidget *widget = child<QWidget>(name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
            QVERIFY2(!widget->toolTip().isEmpty(), name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
        }
        // Unchecked, its fields wait.
        QVERIFY(!child<QSpinBox>("workloadPromptSpin")->isEnabled());
    }

    void typedWorkloadSizesTheTable()
    {
        typeWorkload();
        const std::optional<ServingWorkload> workload = m_view->assumptions().workload;
        QVERIFY(workload);
        QCOMPARE(workload->requestsPerS, 8.0);
        QCOMPARE(workload->promptTokens, 8000.0);
        QCOMPARE(workload->outputTokens, 200.0);
        QCOMPARE(workload->prefixCacheShare, 0.0);
        QCOMPARE(workload->ttftTargetS, std::optional<double>(3.0));
        QCOMPARE(workload->tpotTargetS, std::optional<double>(0.08));
        QVERIFY(workload->statistic == TargetStatistic::P95);
        QVERIFY(servingColumnsShown());
        // The volume is the workload's: 8 x 0.6 x 8,200 x 3,600 x 730 tokens a month.
        QVERIFY(!child<QSlider>("volumeSlider")->isEnabled());
        QCOMPARE(m_view->comparison().tokensPerMonth, 8 * 0.6 * 8200 * 3600.0 * 730);

        // Every self-hosting row, feasible or not, as the serving model plans it.
        const CostAssumptions assumptions = m_view->assumptions();
        int planned = 0;
        for (int r = 0; r < m_view->optionsModel()->rowCount(); ++r) {
            const CostOption &option = m_view->optionsModel()->optionAt(r);
            if (option.kind == CostOptionKind::Api) {
                QVERIFY(raw(r, CostTableModel::MeetsTargets).isNull());
                continue;
            }
            if (!option.serving) {
                // Priced out before any plan (no rent price for the GPU, say): not feasible, and why.
                QVERIFY(!option.feasible);
                QVERIFY(!option.reason.isEmpty());
                QVERIFY(raw(r, CostTableModel::MeetsTargets).isNull());
                continue;
            }
            const ModelRecord *model = m_data.model(option.modelId);
            QVERIFY(model);
            const ServingPlan plan = ServingModel::plan(*model, option.configuration, *workload, assumptions.fit,
                                                        assumptions.maxBatch);
            QCOMPARE(raw(r, CostTableModel::MeetsTargets).toBool(), plan.feasible && plan.meetsTargets);
            const QString shown = m_view->optionsModel()->index(r, CostTableModel::MeetsTargets).data().toString();
            QCOMPARE(shown, plan.feasible && plan.meetsTargets ? QStringLiteral("yes") : QStringLiteral("no"));
            if (plan.feasible) {
                QCOMPARE(raw(r, CostTableModel::Replicas).toLongLong(), plan.replicas);
                QCOMPARE(m_view->optionsModel()->index(r, CostTableModel::Replicas).data().toString(),
                         QString::number(plan.replicas));
                QCOMPARE(raw(r, CostTableModel::LimitedBy).toString(), ServingModel::limitingKey(plan.limitedBy));
                // The bundled data holds no measured runs: the published efficiencies.
                QCOMPARE(raw(r, CostTableModel::SpeedsBasis).toString(), QStringLiteral("bound"));
                QVERIFY(raw(r, CostTableModel::CalibrationRuns).isNull());
                ++planned;
            }
        }
        QVERIFY(planned >= 3); // A100 80GB, 2x and 4x
        // Doubling the traffic never lowers the replicas.
        const int a100 = row(QStringLiteral("on 2x A100 80GB"));
        QVERIFY(a100 >= 0);
        const qint64 before = raw(a100, CostTableModel::Replicas).toLongLong();
        type<QDoubleSpinBox>("workloadRateSpin", QStringLiteral("16"));
        QVERIFY(raw(row(QStringLiteral("on 2x A100 80GB")), CostTableModel::Replicas).toLongLong() >= before);
    }

    void concurrentUsersDecideTheRate()
    {
        typeWorkload();
        auto *traffic = child<QComboBox>("workloadTrafficCombo");
        traffic->setFocus();
        QTest::keyClick(traffic, Qt::Key_Down);
        QCOMPARE(traffic->currentIndex(), 1);
        // Only the users' rows show.
        QVERIFY(!child<QWidget>("workloadRateSpin")->isVisible());
        QVERIFY(child<QWidget>("workloadUsersSpin")->isVisible());
        type<QSpinBox>("workloadUsersSpin", QStringLiteral("120"));
        type<QDoubleSpinBox>("workloadThinkSpin", QStringLiteral("25"));
        // 120 / (25 s + 3 s TTFT + 200 x 80 ms TPOT) = 120 / 44 = 2.727 requests/s.
        const std::optional<ServingWorkload> w = m_view->assumptions().workload;
        QVERIFY(w);
        QCOMPARE(w->concurrentUsers, 120.0);
        QCOMPARE(w->thinkTimeS, 25.0);
        QVERIFY(qFuzzyCompare(w->peakRequestsPerS(), 120.0 / 44));
        QCOMPARE(child<QLabel>("workloadUsersRateLabel")->text(), QStringLiteral("= 2.73 requests/s at peak"));
        QVERIFY(qFuzzyCompare(m_view->comparison().tokensPerMonth, 120.0 / 44 * 0.6 * 8200 * 3600 * 730));
        const int r = row(QStringLiteral("on 2x A100 80GB"));
        QVERIFY(r >= 0);
        QCOMPARE(m_view->optionsModel()->optionAt(r).serving->peakRequestsPerS, w->peakRequestsPerS());
        // Remembered as users.
        const std::optional<ServingWorkload> read = WorkloadPanel().workload();
        QVERIFY(read);
        QCOMPARE(read->concurrentUsers, 120.0);
        QCOMPARE(read->requestsPerS, 0.0);
    }

    void dailyProfileScalesTheMonth()
    {
        typeWorkload();
        const int r = row(QStringLiteral("on 2x A100 80GB"));
        const double alwaysOn = raw(r, CostTableModel::MonthlyUsd).toDouble();
        QVERIFY(!child<QWidget>("workloadPeakHoursSpin")->isVisible());
        auto *hours = child<QComboBox>("workloadHoursCombo");
        hours->setFocus();
        QTest::keyClick(hours, Qt::Key_Down);
        QCOMPARE(hours->currentIndex(), 1);
        QVERIFY(child<QWidget>("workloadPeakHoursSpin")->isVisible());
        type<QSpinBox>("workloadPeakHoursSpin", QStringLiteral("8"));
        type<QSpinBox>("workloadOffPeakSpin", QStringLiteral("25"));
        const std::optional<ServingWorkload> w = m_view->assumptions().workload;
        QVERIFY(w && w->profile);
        QCOMPARE(w->profile->peakHours, 8.0);
        QCOMPARE(w->profile->offPeakShare, 0.25);
        // The profile decides the average (0.5), so the utilisation field waits.
        QVERIFY(!child<QDoubleSpinBox>("costUtilisationSpin")->isEnabled());
        QCOMPARE(m_view->comparison().tokensPerMonth, 8 * 0.5 * 8200 * 3600.0 * 730);
        const CostOption &option = m_view->optionsModel()->optionAt(row(QStringLiteral("on 2x A100 80GB")));
        QVERIFY(qFuzzyCompare(option.monthlyUsd, alwaysOn * ServingModel::replicaHoursShare(*option.serving, *w)));
        QVERIFY(option.monthlyUsd < alwaysOn);
    }

    void unreachableTargetIsShownAsNotMet()
    {
        typeWorkload();
        const int rows = m_view->optionsModel()->rowCount();
        // No GPU decodes a step in a millisecond: every self-hosting row stays, marked "no", the reason in
        // its tool tip.
        type<QSpinBox>("workloadTpotSpin", QStringLiteral("1"));
        QCOMPARE(m_view->assumptions().workload->tpotTargetS, std::optional<double>(0.001));
        QCOMPARE(m_view->optionsModel()->rowCount(), rows);
        const int r = row(QStringLiteral("on 2x A100 80GB"));
        QVERIFY(r >= 0);
        QVERIFY(raw(r, CostTableModel::Feasible).toBool());
        QCOMPARE(raw(r, CostTableModel::MeetsTargets).toBool(), false);
        const QModelIndex index = m_view->optionsModel()->index(r, CostTableModel::MeetsTargets);
        QCOMPARE(index.data().toString(), QStringLiteral("no"));
        const ServingPlan plan = *m_view->optionsModel()->optionAt(r).serving;
        QVERIFY(!plan.tpotReachable);
        QVERIFY(!plan.reason.isEmpty());
        QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(plan.reason),
                 qPrintable(index.data(Qt::ToolTipRole).toString()));
        // The cheapest self-hosting search passes over rows that miss their targets.
        QVERIFY(!m_view->comparison().cheapestSearch);
    }

    void turningItOffRestoresTheVolumeTable()
    {
        typeWorkload();
        QVERIFY(servingColumnsShown());
        toggleWorkload();
        QVERIFY(!child<WorkloadPanel>("workloadPanel")->isChecked());
        QVERIFY(!m_view->assumptions().workload);
        QVERIFY(servingColumnsHidden());
        QVERIFY(child<QSlider>("volumeSlider")->isEnabled());
        QCOMPARE(child<QLineEdit>("volumeEdit")->text(), QStringLiteral("100M"));
        QCOMPARE(m_view->comparison().tokensPerMonth, 100e6);
        // One replica serves 100M: 2 GPUs x $1.59 x 730 hours.
        const int r = row(QStringLiteral("on 2x A100 80GB (rented)"));
        QCOMPARE(raw(r, CostTableModel::MonthlyUsd).toDouble(), TwoA100Rented);
        QVERIFY(raw(r, CostTableModel::MeetsTargets).isNull());
    }

    void valuesAreRemembered()
    {
        typeWorkload();
        type<QSpinBox>("workloadPrefixCacheSpin", QStringLiteral("50"));
        auto *statistic = child<QComboBox>("workloadStatisticCombo");
        statistic->setFocus();
        QTest::keyClick(statistic, Qt::Key_Down);
        QCOMPARE(statistic->currentIndex(), 1);
        const std::optional<ServingWorkload> typed = m_view->assumptions().workload;
        QVERIFY(typed);
        const std::optional<ServingWorkload> read = WorkloadPanel().workload();
        QVERIFY(read);
        QCOMPARE(read->requestsPerS, typed->requestsPerS);
        QCOMPARE(read->promptTokens, 8000.0);
        QCOMPARE(read->prefixCacheShare, 0.5);
        QCOMPARE(read->tpotTargetS, typed->tpotTargetS);
        QVERIFY(read->statistic == TargetStatistic::Mean);
    }
};

QTEST_MAIN(TestWorkloadPanel)
#include "tst_workloadpanel.moc"
