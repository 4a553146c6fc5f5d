#include "views/pages/workloadpanel.h"

#include "models/core/settingvalue.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

#include <algorithm>

namespace {

// One declaration per remembered field. The defaults are the README's example: 5 requests/s of 2,000
// prompt and 300 output tokens, a first token within 2 s and 60 ms a token at the 95th percentile.
const SettingValue<bool> EnabledSetting(QStringLiteral("cost/workload/enabled"), false);
const SettingValue<double> RateSetting(QStringLiteral("cost/workload/requestsPerS"), 5.0,
                                       [](double v) { return v > 0 && v <= 100000; });
// The traffic as "rate" (requests/s) or "users" (concurrent users and a think time).
const QString RateKey = QStringLiteral("rate");
const QString UsersKey = QStringLiteral("users");
const SettingValue<QString> TrafficSetting(QStringLiteral("cost/workload/traffic"), RateKey,
                                           [](const QString &v) { return v == RateKey || v == UsersKey; });
const SettingValue<int> UsersSetting(QStringLiteral("cost/workload/concurrentUsers"), 100,
                                     [](int v) { return v >= 1 && v <= 10000000; });
const SettingValue<double> ThinkSetting(QStringLiteral("cost/workload/thinkTimeS"), 30.0,
                                        [](double v) { return v >= 0 && v <= 86400; });
// Hours: "always" on, or a daily "profile" of peak hours and an off-peak share (servingmodel.h, HOURS).
const QString AlwaysKey = QStringLiteral("always");
const QString ProfileKey = QStringLiteral("profile");
const SettingValue<QString> HoursSetting(QStringLiteral("cost/workload/hours"), AlwaysKey,
                                         [](const QString &v) { return v == AlwaysKey || v == ProfileKey; });
const SettingValue<int> PeakHoursSetting(QStringLiteral("cost/workload/peakHours"), 10,
                                         [](int v) { return v >= 1 && v <= 24; });
const SettingValue<int> OffPeakSetting(QStringLiteral("cost/workload/offPeakPercent"), 20,
                                       [](int v) { return v >= 0 && v <= 100; });
const SettingValue<int> PromptSetting(QStringLiteral("cost/workload/promptTokens"), 2000,
                                      [](int v) { return v >= 0 && v <= 1000000; });
const SettingValue<int> OutputSetting(QStringLiteral("cost/workload/outputTokens"), 300,
                                      [](int v) { return v >= 1 && v <= 100000; });
const SettingValue<int> PrefixSetting(QStringLiteral("cost/workload/prefixCachePercent"), 0,
                                      [](int v) { return v >= 0 && v <= 100; });
// 0: no target.
const SettingValue<int> TtftSetting(QStringLiteral("cost/workload/ttftMs"), 2000,
                                    [](int v) { return v >= 0 && v <= 600000; });
const SettingValue<int> TpotSetting(QStringLiteral("cost/workload/tpotMs"), 60,
                                    [](int v) { return v >= 0 && v <= 10000; });
const SettingValue<QString> StatisticSetting(QStringLiteral("cost/workload/statistic"), QStringLiteral("p95"),
                                             [](const QString &v) {
                                                 return v == QLatin1String("p95") || v == QLatin1String("mean");
                                             });

} // namespace

WorkloadPanel::WorkloadPanel(QWidget *parent)
    : QGroupBox(tr("Si&ze for a workload"), parent)
    , m_form(new QFormLayout(this))
    , m_trafficCombo(new QComboBox(this))
    , m_rateSpin(new QDoubleSpinBox(this))
    , m_usersSpin(new QSpinBox(this))
    , m_thinkSpin(new QDoubleSpinBox(this))
    , m_usersRateLabel(new QLabel(this))
    , m_hoursCombo(new QComboBox(this))
    , m_peakHoursSpin(new QSpinBox(this))
    , m_offPeakSpin(new QSpinBox(this))
    , m_promptSpin(new QSpinBox(this))
    , m_outputSpin(new QSpinBox(this))
    , m_prefixSpin(new QSpinBox(this))
    , m_ttftSpin(new QSpinBox(this))
    , m_tpotSpin(new QSpinBox(this))
    , m_statisticCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("workloadPanel"));
    setCheckable(true);
    setAccessibleName(tr("Size for a workload"));
    setToolTip(tr("Size each configuration for peak traffic and latency targets instead of a monthly volume: "
                  "replicas, achieved latencies and the limiting resource join the table"));

    m_trafficCombo->setObjectName(QStringLiteral("workloadTrafficCombo"));
    m_trafficCombo->setAccessibleName(tr("Traffic given as"));
    m_trafficCombo->setToolTip(tr("Give the peak traffic as requests a second, or as users who each wait for an "
                                  "answer and think before the next request"));
    m_trafficCombo->addItem(tr("requests a second"), RateKey);
    m_trafficCombo->addItem(tr("concurrent users"), UsersKey);

    m_usersSpin->setObjectName(QStringLiteral("workloadUsersSpin"));
    m_usersSpin->setAccessibleName(tr("Concurrent users at peak"));
    m_usersSpin->setToolTip(tr("Users at the busiest hour, each sending a request, waiting for the answer and "
                               "thinking before the next: requests/s = users / (think time + TTFT target + "
                               "output tokens x TPOT target)"));
    m_usersSpin->setRange(1, 10000000);
    m_usersSpin->setSingleStep(10);
    m_usersSpin->setGroupSeparatorShown(true);

    m_thinkSpin->setObjectName(QStringLiteral("workloadThinkSpin"));
    m_thinkSpin->setAccessibleName(tr("Think time in seconds"));
    m_thinkSpin->setToolTip(tr("Seconds a user takes between an answer and the next request"));
    m_thinkSpin->setRange(0, 86400);
    m_thinkSpin->setDecimals(1);
    m_thinkSpin->setSingleStep(5);
    m_thinkSpin->setSuffix(tr(" s"));

    m_usersRateLabel->setObjectName(QStringLiteral("workloadUsersRateLabel"));

    m_hoursCombo->setObjectName(QStringLiteral("workloadHoursCombo"));
    m_hoursCombo->setAccessibleName(tr("Replicas run"));
    m_hoursCombo->setToolTip(tr("Always on: every replica runs all month and the utilisation is the average "
                                "traffic's share of the peak. Daily profile: rented replicas follow the traffic "
                                "hour by hour, and the profile decides the average"));
    m_hoursCombo->addItem(tr("always on"), AlwaysKey);
    m_hoursCombo->addItem(tr("daily profile"), ProfileKey);

    m_peakHoursSpin->setObjectName(QStringLiteral("workloadPeakHoursSpin"));
    m_peakHoursSpin->setAccessibleName(tr("Peak hours a day"));
    m_peakHoursSpin->setToolTip(tr("Hours a day the traffic is at its peak"));
    m_peakHoursSpin->setRange(1, 24);
    m_peakHoursSpin->setSuffix(tr(" h a day"));

    m_offPeakSpin->setObjectName(QStringLiteral("workloadOffPeakSpin"));
    m_offPeakSpin->setAccessibleName(tr("Off-peak traffic as a share of the peak"));
    m_offPeakSpin->setToolTip(tr("Traffic the rest of the day, as a share of the peak; at least one replica "
                                 "stays up"));
    m_offPeakSpin->setRange(0, 100);
    m_offPeakSpin->setSuffix(QStringLiteral("%"));

    m_rateSpin->setObjectName(QStringLiteral("workloadRateSpin"));
    m_rateSpin->setAccessibleName(tr("Peak requests per second"));
    m_rateSpin->setToolTip(tr("Requests a second in the busiest hour; the monthly volume is this times the "
                              "utilisation (the average traffic's share of the peak)"));
    m_rateSpin->setRange(0.01, 100000);
    m_rateSpin->setDecimals(2);
    m_rateSpin->setSingleStep(1);

    m_promptSpin->setObjectName(QStringLiteral("workloadPromptSpin"));
    m_promptSpin->setAccessibleName(tr("Mean prompt tokens per request"));
    m_promptSpin->setToolTip(tr("Tokens in a request's prompt, on average: processed at the compute-bound "
                                "prefill rate"));
    m_promptSpin->setRange(0, 1000000);
    m_promptSpin->setSingleStep(100);

    m_outputSpin->setObjectName(QStringLiteral("workloadOutputSpin"));
    m_outputSpin->setAccessibleName(tr("Mean output tokens per request"));
    m_outputSpin->setToolTip(tr("Tokens generated per request, on average: produced at the batched decode "
                                "rate"));
    m_outputSpin->setRange(1, 100000);
    m_outputSpin->setSingleStep(50);

    m_prefixSpin->setObjectName(QStringLiteral("workloadPrefixCacheSpin"));
    m_prefixSpin->setAccessibleName(tr("Prefix-cache share of prompt tokens"));
    m_prefixSpin->setToolTip(tr("Share of prompt tokens served from a prefix cache (a shared system prompt, "
                                "say): they are not computed again"));
    m_prefixSpin->setRange(0, 100);
    m_prefixSpin->setSuffix(QStringLiteral("%"));

    m_ttftSpin->setObjectName(QStringLiteral("workloadTtftSpin"));
    m_ttftSpin->setAccessibleName(tr("Time to first token target in milliseconds"));
    m_ttftSpin->setToolTip(tr("The longest time to first token (TTFT) promised, queueing included; 0 for no "
                              "target"));
    m_ttftSpin->setRange(0, 600000);
    m_ttftSpin->setSingleStep(100);

    m_tpotSpin->setObjectName(QStringLiteral("workloadTpotSpin"));
    m_tpotSpin->setAccessibleName(tr("Time per output token target in milliseconds"));
    m_tpotSpin->setToolTip(tr("The longest time per output token (TPOT) promised; it bounds the batch; 0 for "
                              "no target"));
    m_tpotSpin->setRange(0, 10000);
    m_tpotSpin->setSingleStep(5);

    for (QSpinBox *spin : {m_ttftSpin, m_tpotSpin}) {
        spin->setSuffix(tr(" ms"));
        spin->setSpecialValueText(tr("none"));
    }
    for (QSpinBox *spin : {m_promptSpin, m_outputSpin, m_ttftSpin, m_tpotSpin})
        spin->setGroupSeparatorShown(true);

    m_statisticCombo->setObjectName(QStringLiteral("workloadStatisticCombo"));
    m_statisticCombo->setAccessibleName(tr("Targets as 95th percentile or mean"));
    m_statisticCombo->setToolTip(tr("Whether the targets bound the 95th percentile of the latencies or their "
                                    "mean"));
    m_statisticCombo->addItem(tr("95th percentile"), ServingModel::statisticKey(TargetStatistic::P95));
    m_statisticCombo->addItem(tr("mean"), ServingModel::statisticKey(TargetStatistic::Mean));

    m_form->addRow(tr("Traffic as:"), m_trafficCombo);
    m_form->addRow(tr("Peak re&quests/s:"), m_rateSpin);
    m_form->addRow(tr("Users at peak:"), m_usersSpin);
    m_form->addRow(tr("Think time:"), m_thinkSpin);
    m_form->addRow(QString(), m_usersRateLabel);
    m_form->addRow(tr("Prompt to&kens:"), m_promptSpin);
    m_form->addRow(tr("Output tokens:"), m_outputSpin);
    m_form->addRow(tr("Prefi&x cache:"), m_prefixSpin);
    m_form->addRow(tr("TTFT target:"), m_ttftSpin);
    m_form->addRow(tr("TPOT target:"), m_tpotSpin);
    m_form->addRow(tr("Targets as:"), m_statisticCombo);
    m_form->addRow(tr("Replicas run:"), m_hoursCombo);
    m_form->addRow(tr("Peak:"), m_peakHoursSpin);
    m_form->addRow(tr("Off-peak:"), m_offPeakSpin);

    const QList<QWidget *> tabOrder{m_trafficCombo, m_rateSpin, m_usersSpin,  m_thinkSpin,     m_promptSpin,
                                    m_outputSpin,   m_prefixSpin, m_ttftSpin, m_tpotSpin, m_statisticCombo,
                                    m_hoursCombo,   m_peakHoursSpin, m_offPeakSpin};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    load();
    showTraffic();

    connect(this, &QGroupBox::toggled, this, &WorkloadPanel::fieldChanged);
    for (QDoubleSpinBox *spin : {m_rateSpin, m_thinkSpin})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &WorkloadPanel::fieldChanged);
    for (QSpinBox *spin : {m_usersSpin, m_promptSpin, m_outputSpin, m_prefixSpin, m_ttftSpin, m_tpotSpin,
                           m_peakHoursSpin, m_offPeakSpin})
        connect(spin, &QSpinBox::valueChanged, this, &WorkloadPanel::fieldChanged);
    for (QComboBox *combo : {m_trafficCombo, m_statisticCombo, m_hoursCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &WorkloadPanel::fieldChanged);
}

bool WorkloadPanel::byUsers() const
{
    return m_trafficCombo->currentData().toString() == UsersKey;
}

void WorkloadPanel::showTraffic()
{
    const bool profile = m_hoursCombo->currentData().toString() == ProfileKey;
    m_form->setRowVisible(m_peakHoursSpin, profile);
    m_form->setRowVisible(m_offPeakSpin, profile);
    const bool users = byUsers();
    m_form->setRowVisible(m_rateSpin, !users);
    m_form->setRowVisible(m_usersSpin, users);
    m_form->setRowVisible(m_thinkSpin, users);
    m_form->setRowVisible(m_usersRateLabel, users);
    if (!users)
        return;
    const double rate = fields().peakRequestsPerS();
    // Users who never think, with no targets to wait for, would ask without end: say so instead of a rate.
    m_usersRateLabel->setText(rate > 0 ? tr("= %1 requests/s at peak").arg(QLocale().toString(rate, 'g', 3))
                                       : tr("needs a think time or a latency target"));
}

std::optional<ServingWorkload> WorkloadPanel::workload() const
{
    return isChecked() ? std::optional<ServingWorkload>(fields()) : std::nullopt;
}

ServingWorkload WorkloadPanel::fields() const
{
    ServingWorkload w;
    if (byUsers()) {
        w.concurrentUsers = m_usersSpin->value();
        w.thinkTimeS = m_thinkSpin->value();
    } else {
        w.requestsPerS = m_rateSpin->value();
    }
    w.promptTokens = m_promptSpin->value();
    w.outputTokens = m_outputSpin->value();
    w.prefixCacheShare = m_prefixSpin->value() / 100.0;
    if (m_ttftSpin->value() > 0)
        w.ttftTargetS = m_ttftSpin->value() / 1000.0;
    if (m_tpotSpin->value() > 0)
        w.tpotTargetS = m_tpotSpin->value() / 1000.0;
    w.statistic = m_statisticCombo->currentData().toString() == ServingModel::statisticKey(TargetStatistic::Mean)
                      ? TargetStatistic::Mean
                      : TargetStatistic::P95;
    if (m_hoursCombo->currentData().toString() == ProfileKey)
        w.profile = DailyProfile{double(m_peakHoursSpin->value()), m_offPeakSpin->value() / 100.0};
    return w;
}

QWidget *WorkloadPanel::lastInFocusChain() const
{
    return m_offPeakSpin;
}

void WorkloadPanel::load()
{
    setChecked(EnabledSetting.get());
    m_trafficCombo->setCurrentIndex(std::max(m_trafficCombo->findData(TrafficSetting.get()), 0));
    m_rateSpin->setValue(RateSetting.get());
    m_usersSpin->setValue(UsersSetting.get());
    m_thinkSpin->setValue(ThinkSetting.get());
    m_hoursCombo->setCurrentIndex(std::max(m_hoursCombo->findData(HoursSetting.get()), 0));
    m_peakHoursSpin->setValue(PeakHoursSetting.get());
    m_offPeakSpin->setValue(OffPeakSetting.get());
    m_promptSpin->setValue(PromptSetting.get());
    m_outputSpin->setValue(OutputSetting.get());
    m_prefixSpin->setValue(PrefixSetting.get());
    m_ttftSpin->setValue(TtftSetting.get());
    m_tpotSpin->setValue(TpotSetting.get());
    m_statisticCombo->setCurrentIndex(std::max(m_statisticCombo->findData(StatisticSetting.get()), 0));
}

void WorkloadPanel::save() const
{
    EnabledSetting.set(isChecked());
    TrafficSetting.set(m_trafficCombo->currentData().toString());
    RateSetting.set(m_rateSpin->value());
    UsersSetting.set(m_usersSpin->value());
    ThinkSetting.set(m_thinkSpin->value());
    HoursSetting.set(m_hoursCombo->currentData().toString());
    PeakHoursSetting.set(m_peakHoursSpin->value());
    OffPeakSetting.set(m_offPeakSpin->value());
    PromptSetting.set(m_promptSpin->value());
    OutputSetting.set(m_outputSpin->value());
    PrefixSetting.set(m_prefixSpin->value());
    TtftSetting.set(m_ttftSpin->value());
    TpotSetting.set(m_tpotSpin->value());
    StatisticSetting.set(m_statisticCombo->currentData().toString());
}

void WorkloadPanel::fieldChanged()
{
    showTraffic();
    save();
    emit changed();
}
