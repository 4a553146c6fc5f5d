// The serving-capacity model against figures worked out by hand (models/core/cost/servingmodel.h has every
// formula). A made-up dense model with round numbers and the speed model at full efficiency, so that each
// figure is bytes over bandwidth or FLOPs over the FP16 rate.
#include "models/core/cost/costmodel.h"
#include "models/core/cost/servingmodel.h"
#include "models/core/estimation/measurements.h"
#include "roundnumbermodel.h"

#include <QTest>

#include <cmath>

namespace {

// 24 GiB, 1,000 GB/s, 100 TFLOPS: 24 x 2^30 - 9e9 = 16,769,803,776 bytes free beside the weights.
GpuRecord mid()
{
    GpuRecord g;
    g.id = 2;
    g.name = QStringLiteral("Mid");
    g.memoryGib = 24;
    g.bandwidthGbPerS = 1000;
    g.fp16Tflops = 100;
    g.cloudUsdPerHour = 0.5;
    return g;
}

GpuRecord tiny()
{
    GpuRecord g = mid();
    g.id = 1;
    g.name = QStringLiteral("Tiny");
    g.memoryGib = 1;
    return g;
}

FitParameters handFit()
{
    FitParameters fit;
    fit.bitsPerWeight = 8;
    fit.quantName = QStringLiteral("Q8");
    fit.utilisation = 1.0;
    fit.runtimeReservePerGpuBytes = 0;
    fit.activationBytesPerHidden = 0;
    fit.engine = InferenceEngine::Vllm;
    return fit;
}

const SpeedCalibration Full{1.0, 0.0, 1.0, QStringLiteral("hand")};

// 8,000 tokens in, 200 out, no targets.
ServingWorkload promptHeavy(double requestsPerS)
{
    ServingWorkload w;
    w.requestsPerS = requestsPerS;
    w.promptTokens = 8000;
    w.outputTokens = 200;
    return w;
}

ServingPlan planOn(const GpuRecord &gpu, const ServingWorkload &w)
{
    return ServingModel::plan(roundNumberModel(), GpuConfiguration{gpu, 1}, w, handFit(), 256, Full);
}

} // namespace

class TestServingModel : public QObject
{
    Q_OBJECT

private slots:
    void promptHeavyNeedsFewerReplicasThanDecodeRate()
    {
        const ServingPlan p = planOn(mid(), promptHeavy(10));
        QVERIFY2(p.feasible, qPrintable(p.reason));
        // KV held = 8,200 x 1e5 = 8.2e8 -> B_mem = floor(16,769,803,776 / 8.2e8) = 20.
        QCOMPARE(p.memoryBatch, 20);
        // T_pf = (2 x 9e9 x 8,000 + 2 x 25 x 40 x 100 x 8,000^2) / 1e14 = (1.44e14 + 1.28e13) / 1e14 = 1.568 s.
        QVERIFY(qFuzzyCompare(p.prefillS, 1.568));
        // s(20) = (9e9 + 20 x 8,100 x 1e5) / 1e12 = 25.2 ms (compute: 2 x 9e9 x 20 / 1e14 = 3.6 ms).
        QCOMPARE(p.batch, 20);
        QVERIFY(qFuzzyCompare(p.stepS, 0.0252));
        // mu = 1 / (1.568 + 200 x 0.0252 / 20) = 1 / 1.82 = 0.54945 requests/s; at the 90% ceiling 0.49451.
        QVERIFY(qFuzzyCompare(p.replicaRequestsPerS, 1 / 1.82));
        QVERIFY(qFuzzyCompare(p.maxRequestsPerS, 0.9 / 1.82));
        // 10 / 0.49451 = 20.2 -> 21 replicas.
        QCOMPARE(p.replicas, qint64(21));
        // Prefill takes 1.568 s of a request's GPU time, decoding 0.252 s: compute would limit, but the KV
        // cache caps the batch below the engine's 256, which is named first.
        QCOMPARE(p.limitedBy, LimitingResource::Memory);
        QVERIFY(p.meetsTargets);
        // The same 8,200 tokens a request counted at the decode rate: 20 / 0.0252 = 793.65 tok/s, 0.09679
        // requests/s, 0.08711 at 90% -> 10 / 0.08711 = 114.8 -> 115 replicas.
        const double decodeRateReplicas = std::ceil(10 / (0.9 * 20 / 0.0252 / 8200));
        QCOMPARE(decodeRateReplicas, 115.0);
        QVERIFY(p.replicas < qint64(decodeRateReplicas));
    }

    void doublingTrafficNeverLowersReplicas()
    {
        for (const double prompt : {0.0, 500.0, 8000.0}) {
            qint64 previous = 0;
            for (double lambda = 0.01; lambda < 5000; lambda *= 2) {
                ServingWorkload w = promptHeavy(lambda);
                w.promptTokens = prompt;
                w.tpotTargetS = 0.05;
                w.ttftTargetS = 20.0;
                const ServingPlan p = planOn(mid(), w);
                QVERIFY(p.feasible);
                QVERIFY2(p.replicas >= previous, qPrintable(QStringLiteral("%1 at %2").arg(p.replicas).arg(lambda)));
                previous = p.replicas;
            }
        }
    }

    void tighterTpotNeverRaisesTheBatch()
    {
        // s(b) = 9 ms + 0.81 ms x b for the prompt-heavy request: a 20 ms target admits b <= 13; the prompts'
        // share of the GPU stretches each step by 1 / (1 - lambda_r x 1.568), so the best is b = 2:
        // b = 1: min(0.9 / (1.568 + 200 x 0.00981), (1 - 9.81 / 20) / 1.568) = min(0.2549, 0.3249) = 0.2549
        // b = 2: min(0.9 / (1.568 + 100 x 0.01062), (1 - 10.62 / 20) / 1.568) = min(0.3422, 0.2991) = 0.2991
        // b = 3: min(0.3863, (1 - 11.43 / 20) / 1.568 = 0.2733) = 0.2733
        ServingWorkload w = promptHeavy(1);
        w.tpotTargetS = 0.020;
        const ServingPlan at20 = planOn(mid(), w);
        QCOMPARE(at20.batch, 2);
        QVERIFY(qFuzzyCompare(at20.maxRequestsPerS, (1 - 0.01062 / 0.020) / 1.568));
        QVERIFY(at20.meetsTargets);
        QVERIFY(at20.tpotS <= 0.020);

        for (const double prompt : {8000.0, 1000.0, 0.0}) {
            int previous = std::numeric_limits<int>::max();
            for (double target = 0.040; target >= 0.0095; target -= 0.0005) {
                w.promptTokens = prompt;
                w.tpotTargetS = target;
                const ServingPlan p = planOn(mid(), w);
                QVERIFY2(p.batch <= previous,
                         qPrintable(QStringLiteral("P %1, %2 ms: %3 after %4").arg(prompt).arg(target * 1000).arg(p.batch).arg(previous)));
                previous = p.batch;
            }
        }
    }

    void unreachableTargetIsReported()
    {
        // One sequence alone: (9e9 + 8,100 x 1e5) / 1e12 = 9.81 ms a token, above a 5 ms target.
        ServingWorkload w = promptHeavy(1);
        w.tpotTargetS = 0.005;
        const ServingPlan p = planOn(mid(), w);
        QVERIFY(p.feasible); // still sized and priced, shown as missing the target
        QVERIFY(!p.tpotReachable);
        QVERIFY(!p.meetsTargets);
        QVERIFY2(p.reason.contains(QStringLiteral("No batch meets")), qPrintable(p.reason));

        // A TTFT below the prompt's own prefill (p95: 3.0 x 1.568 s) is reported too.
        ServingWorkload t = promptHeavy(1);
        t.ttftTargetS = 2.0;
        const ServingPlan q = planOn(mid(), t);
        QVERIFY(!q.ttftReachable);
        QVERIFY(!q.meetsTargets);
        QVERIFY2(q.reason.contains(QStringLiteral("TTFT")), qPrintable(q.reason));
        // As a mean it is reachable: rho_max = 1 - 1.568 / (2 - s(b)).
        t.statistic = TargetStatistic::Mean;
        const ServingPlan m = planOn(mid(), t);
        QVERIFY(m.ttftReachable);
        QVERIFY(m.meetsTargets);
        QVERIFY(m.ttftS <= 2.0);
        QVERIFY(m.utilisationCeiling < 0.22);
    }

    void weightsThatDoNotFitAreReportedFirst()
    {
        ServingWorkload w = promptHeavy(1);
        w.tpotTargetS = 0.001; // also unreachable, but the memory comes first
        const ServingPlan p = planOn(tiny(), w);
        QVERIFY(!p.weightsFit);
        QVERIFY(!p.feasible);
        QCOMPARE(p.limitedBy, LimitingResource::Memory);
        QVERIFY2(p.reason.contains(QStringLiteral("weights do not fit")), qPrintable(p.reason));

        CostAssumptions a;
        a.fit = handFit();
        a.calibration = Full;
        a.workload = w;
        const CostOption option = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{tiny(), 1}, 1e9, a);
        QVERIFY(!option.feasible);
        QVERIFY2(option.reason.contains(QStringLiteral("weights do not fit")), qPrintable(option.reason));
    }

    void busyShareIsTheGpusAtPeakNeverAboveTheCeiling()
    {
        // Four replicas' worth of traffic exactly: 4 x 0.9 / 1.82 requests/s (promptHeavy's lambda_max). Each
        // replica takes lambda_r = 0.9 / 1.82 against mu = 1 / 1.82, so its GPUs are busy 90% of the time;
        // the rows once showed volume over capacity, 100%, because lambda_max already holds the 90%.
        CostAssumptions a;
        a.fit = handFit();
        a.calibration = Full;
        a.workload = promptHeavy(4 * 0.9 / 1.82);
        const CostOption exact = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1},
                                                           CostModel::workloadTokensPerMonth(a, 0), a);
        QVERIFY2(exact.feasible, qPrintable(exact.reason));
        QCOMPARE(exact.replicas, qint64(4));
        QVERIFY(qFuzzyCompare(*exact.utilisation, 0.9));
        QVERIFY(qFuzzyCompare(exact.serving->utilisation, 0.9));

        // 10 requests/s on 21 replicas: 10 / 21 x 1.82 = 0.8667 busy. And at any traffic, with or without a
        // TTFT target that lowers the ceiling, no row is busier than its plan allows.
        a.workload = promptHeavy(10);
        const CostOption ten = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1},
                                                         CostModel::workloadTokensPerMonth(a, 0), a);
        QVERIFY(qFuzzyCompare(*ten.utilisation, 10.0 / 21 * 1.82));
        for (const double ttft : {0.0, 8.0}) {
            for (double lambda = 0.05; lambda < 500; lambda *= 1.7) {
                a.workload = promptHeavy(lambda);
                if (ttft > 0)
                    a.workload->ttftTargetS = ttft;
                const CostOption o = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1},
                                                               CostModel::workloadTokensPerMonth(a, 0), a);
                QVERIFY(o.feasible && o.utilisation);
                QVERIFY2(*o.utilisation <= o.serving->utilisationCeiling * (1 + 1e-9),
                         qPrintable(QStringLiteral("%1 busy against a %2 ceiling at %3 requests/s")
                                        .arg(*o.utilisation).arg(o.serving->utilisationCeiling).arg(lambda)));
            }
        }
    }

    void concurrentUsersSendUsersOverThinkPlusResponse()
    {
        // 100 users thinking 30 s, each answer allowed 2 s to the first token and 200 x 50 ms after it:
        // lambda = 100 / (30 + 2 + 10) = 2.381 requests/s, planned exactly as that rate given directly.
        ServingWorkload users = promptHeavy(0);
        users.concurrentUsers = 100;
        users.thinkTimeS = 30;
        users.ttftTargetS = 2.0;
        users.tpotTargetS = 0.05;
        users.statistic = TargetStatistic::Mean;
        QVERIFY(qFuzzyCompare(users.peakRequestsPerS(), 100.0 / 42));
        ServingWorkload rate = users;
        rate.concurrentUsers = 0;
        rate.requestsPerS = 100.0 / 42;
        const ServingPlan byUsers = planOn(mid(), users);
        const ServingPlan byRate = planOn(mid(), rate);
        QVERIFY(qFuzzyCompare(byUsers.peakRequestsPerS, 100.0 / 42));
        QCOMPARE(byUsers.replicas, byRate.replicas);
        QCOMPARE(byUsers.batch, byRate.batch);

        // Without targets the think time alone: 100 / 30 requests/s. With neither, no rate: refused.
        users.ttftTargetS.reset();
        users.tpotTargetS.reset();
        QVERIFY(qFuzzyCompare(users.peakRequestsPerS(), 100.0 / 30));
        users.thinkTimeS = 0;
        QVERIFY(!ServingModel::invalidWorkload(users).isEmpty());
        QVERIFY(!planOn(mid(), users).feasible);

        // More users never need fewer replicas.
        users.thinkTimeS = 10;
        qint64 previous = 0;
        for (double n = 1; n < 100000; n *= 3) {
            users.concurrentUsers = n;
            const ServingPlan p = planOn(mid(), users);
            QVERIFY(p.replicas >= previous);
            previous = p.replicas;
        }
    }

    void dailyProfileRentsReplicasByTheHour()
    {
        // promptHeavy(10): 21 replicas of lambda_max = 0.9 / 1.82 = 0.49451 requests/s. At the peak 8 hours a
        // day and at 25% of it (2.5 requests/s) the other 16: ceil(2.5 / 0.49451) = ceil(5.056) = 6 replicas.
        CostAssumptions a;
        a.fit = handFit();
        a.calibration = Full;
        a.workload = promptHeavy(10);
        a.workload->profile = DailyProfile{8, 0.25};
        // The average share of the peak: (8 + 16 x 0.25) / 24 = 0.5, not the utilisation's 0.6.
        const double volume = CostModel::workloadTokensPerMonth(a, 0);
        QVERIFY(qFuzzyCompare(volume, 10 * 0.5 * 8200 * 3600 * 730.0));
        const CostOption rented = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1}, volume, a);
        QVERIFY2(rented.feasible, qPrintable(rented.reason));
        QCOMPARE(rented.replicas, qint64(21));
        QCOMPARE(ServingModel::offPeakReplicas(*rented.serving, *a.workload), qint64(6));
        // (8 x 21 + 16 x 6) / (24 x 21) = 264 / 504 of the always-on month: 21 x $0.50 x 730 x 264 / 504.
        QVERIFY(qFuzzyCompare(ServingModel::replicaHoursShare(*rented.serving, *a.workload), 264.0 / 504));
        QVERIFY(qFuzzyCompare(rented.monthlyUsd, 21 * 0.5 * 730 * 264.0 / 504));
        // Capacity at the same average share, so volume over capacity is still lambda / (21 x lambda_max).
        QVERIFY(qFuzzyCompare(*rented.capacityTokensPerMonth, 21 * 0.9 / 1.82 * 8200 * 3600 * 730 * 0.5));

        // Owned GPUs are bought for the peak; only their power follows the hours: $3,600 over 36 months and
        // 400 W x 730 h x $0.15 / kWh = $43.80 a month each.
        GpuRecord owned = mid();
        owned.streetPriceUsd = 3600;
        owned.tdpWatts = 400;
        a.ownership = Ownership::Own;
        const CostOption bought = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{owned, 1}, volume, a);
        QVERIFY(qFuzzyCompare(bought.monthlyUsd, 21 * (100 + 43.8 * 264.0 / 504)));

        // No traffic off-peak still keeps one replica up; more peak hours never cost less.
        a.ownership = Ownership::Rent;
        a.workload->profile = DailyProfile{8, 0};
        const CostOption quiet = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1}, volume, a);
        QCOMPARE(ServingModel::offPeakReplicas(*quiet.serving, *a.workload), qint64(1));
        double previous = 0;
        for (int hours = 1; hours <= 24; ++hours) {
            a.workload->profile = DailyProfile{double(hours), 0.25};
            const CostOption o = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1}, volume, a);
            QVERIFY(o.monthlyUsd >= previous);
            previous = o.monthlyUsd;
        }
        // 24 peak hours cost what always on does.
        a.workload->profile.reset();
        QVERIFY(qFuzzyCompare(previous, CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1}, volume, a).monthlyUsd));
        a.workload->profile = DailyProfile{0, 0.5};
        QVERIFY(!ServingModel::invalidWorkload(*a.workload).isEmpty());
    }

    void calibrationReplacesTheEfficienciesAndSaysSo()
    {
        // A team measured half the bandwidth and half the compute on Mid: T_pf = 2 x 1.568 = 3.136 s,
        // s(20) = 2 x 25.2 = 50.4 ms; mu = 1 / (3.136 + 200 x 0.0504 / 20) = 1 / 3.64; 10 / (0.9 / 3.64) = 40.4
        // -> 41 replicas (21 at full efficiency).
        const SpeedCalibration half{0.5, 0.0, 0.5, QStringLiteral("calibrated from 4 runs on Mid"), 4};
        const ServingPlan p = ServingModel::plan(roundNumberModel(), GpuConfiguration{mid(), 1}, promptHeavy(10), handFit(),
                                                 256, half);
        QVERIFY(qFuzzyCompare(p.prefillS, 3.136));
        QCOMPARE(p.batch, 20);
        QVERIFY(qFuzzyCompare(p.stepS, 0.0504));
        QCOMPARE(p.replicas, qint64(41));
        QVERIFY(p.calibrated);
        QCOMPARE(p.calibrationRuns, 4);
        QCOMPARE(p.basis, QStringLiteral("calibrated from 4 runs on Mid"));
        // Without one: the published efficiencies, and the basis names them.
        const ServingPlan published = ServingModel::plan(roundNumberModel(), GpuConfiguration{mid(), 1}, promptHeavy(10),
                                                         handFit());
        QVERIFY(!published.calibrated);
        QCOMPARE(published.calibrationRuns, 0);
        QCOMPARE(published.basis, QStringLiteral("published vLLM runs"));

        // The team's calibrations reach the plan of their own GPU and engine with the count of their runs.
        Measurements::Calibration team;
        team.gpuId = mid().id;
        team.engine = InferenceEngine::Vllm;
        team.decodeRuns = 3;
        team.prefillRuns = 1;
        team.speed = half;
        team.speed.runs = 0; // as fitCalibrations leaves it: the cost model counts the runs
        CostAssumptions a;
        a.fit = handFit();
        a.calibrations = {team};
        a.workload = promptHeavy(10);
        const CostOption option = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1},
                                                            CostModel::workloadTokensPerMonth(a, 0), a);
        QVERIFY(option.serving && option.serving->calibrated);
        QCOMPARE(option.serving->calibrationRuns, 4);
        QCOMPARE(option.replicas, qint64(41));
        QVERIFY2(option.notes.join(QLatin1Char(' ')).contains(QStringLiteral("speeds: calibrated from 4 runs on Mid")),
                 qPrintable(option.notes.join(QLatin1Char(' '))));
    }

    void costFollowsReplicasAndWorkloadVolume()
    {
        CostAssumptions a;
        a.fit = handFit();
        a.calibration = Full;
        a.workload = promptHeavy(10);
        // 10 requests/s x 0.6 of peak on average x 8,200 tokens x 3,600 x 730 = 1.2929e11 tokens a month.
        const double volume = CostModel::workloadTokensPerMonth(a, 0);
        QVERIFY(qFuzzyCompare(volume, 10 * 0.6 * 8200 * 3600 * 730.0));
        const CostOption option = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1}, volume, a);
        QVERIFY2(option.feasible, qPrintable(option.reason));
        QCOMPARE(option.replicas, qint64(21));
        // 21 x $0.50 x 730 hours.
        QVERIFY(qFuzzyCompare(option.monthlyUsd, 21 * 0.5 * 730));
        QVERIFY(option.serving && option.serving->meetsTargets);
        const CostAssumptions ratio = CostModel::withWorkloadRatio(a);
        QCOMPARE(ratio.inputRatio, 8000.0);
        QCOMPARE(ratio.outputRatio, 200.0);
    }
};

QTEST_APPLESS_MAIN(TestServingModel)
#include "tst_servingmodel.moc"
