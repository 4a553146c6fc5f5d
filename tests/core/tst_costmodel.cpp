// The cost model against figures worked out by hand: API blends, rent, ownership, throughput bounds,
// replicas, break-even volumes, the cheapest-configuration search, and the audit of the seed article's
// cost table.
#include "db/database.h"
#include "models/core/cost/costmodel.h"
#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "roundnumbermodel.h"
#include "testsupport.h"

#include <QLocale>
#include <QTest>

#include <cmath>

namespace {

// 730 hours x 3600 s x 0.6 utilisation: seconds of full-speed work a month at the default assumptions.
constexpr double UsableSecondsPerMonth = 730.0 * 3600.0 * 0.6; // 1,576,800

GpuRecord gpu(qint64 id, const char *name, double memoryGib, double bandwidthGbPerS, double fp16Tflops,
              std::optional<double> cloudUsdPerHour, std::optional<double> streetPriceUsd,
              std::optional<double> tdpWatts)
{
    GpuRecord g;
    g.id = id;
    g.name = QString::fromLatin1(name);
    g.memoryGib = memoryGib;
    g.bandwidthGbPerS = bandwidthGbPerS;
    g.fp16Tflops = fp16Tflops;
    g.cloudUsdPerHour = cloudUsdPerHour;
    g.cloudPriceAsOf = cloudUsdPerHour ? QStringLiteral("2026-03") : QString();
    g.streetPriceUsd = streetPriceUsd;
    g.tdpWatts = tdpWatts;
    return g;
}

// The small catalogue the search runs over. Memory is in GiB (2^30 bytes), bandwidth in 1e9 bytes/s.
GpuRecord tiny()
{
    return gpu(1, "Tiny", 1, 100, 10, 0.01, 50, 10);
} // 8 x 1 GiB < 9e9: never fits
GpuRecord mid()
{
    return gpu(2, "Mid", 24, 1000, 100, 0.50, 2000, 300);
}
GpuRecord big()
{
    return gpu(3, "Big", 80, 3000, 300, 2.00, 10000, 700);
}
GpuRecord workstation()
{
    return gpu(4, "Workstation", 48, 500, 50, std::nullopt, 1000, 100);
} // no cloud price
// A100 80GB (SXM) as in the NVIDIA datasheet and the bundled data: 2,039 GB/s, 312 FP16 TFLOPS, 400 W,
// $2.05/hour rented, $12,000 to buy.
GpuRecord a100()
{
    return gpu(9, "A100 80GB", 80, 2039, 312, 2.05, 12000, 400);
}

// Assumptions that make memory arithmetic exact by hand: the whole card usable, no runtime reserve, no
// activation memory, so the memory left for KV caches is simply memory - weights.
CostAssumptions handAssumptions()
{
    CostAssumptions a;
    a.fit.bitsPerWeight = 8;
    a.fit.quantName = QStringLiteral("Q8");
    a.fit.contextTokens = 10000;
    a.fit.utilisation = 1.0;
    a.fit.runtimeReservePerGpuBytes = 0;
    a.fit.activationBytesPerHidden = 0;
    // The speed model at full efficiency and no per-step overhead, with tensor parallelism: the hand
    // figures below are then bytes over peak bandwidth and FLOPs over the peak rate.
    a.fit.engine = InferenceEngine::Vllm;
    a.calibration = SpeedCalibration{1.0, 0.0, 1.0, QStringLiteral("hand")};
    return a;
}

ApiPriceRecord apiPrice(qint64 id, const char *provider, const char *model, double in, double out,
                        const char *asOf)
{
    ApiPriceRecord p;
    p.id = id;
    p.provider = QString::fromLatin1(provider);
    p.modelName = QString::fromLatin1(model);
    p.inputUsdPerMtok = in;
    p.outputUsdPerMtok = out;
    p.asOf = QString::fromLatin1(asOf);
    return p;
}

// List prices from the bundled data (litellm's price table, as of the dates given).
ApiPriceRecord deepSeek()
{
    return apiPrice(1, "DeepSeek", "deepseek-chat (V3.2)", 0.28, 0.42, "2025-12-09");
}
ApiPriceRecord gpt41()
{
    return apiPrice(3, "OpenAI", "gpt-4.1", 2.00, 8.00, "2025-04-14");
}
ApiPriceRecord claude()
{
    return apiPrice(5, "Anthropic", "claude-sonnet-4.5", 3.00, 15.00, "2025-09-29");
}

bool fuzzyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

} // namespace

Q_DECLARE_METATYPE(GpuRecord)
Q_DECLARE_METATYPE(ApiPriceRecord)

class TestCostModel : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;

private slots:
    void initTestCase()
    {
        // Messages are compared word for word, with the figures as an English (US) reader sees them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
    }

    void apiOption_data()
    {
        QTest::addColumn<ApiPriceRecord>("price");
        QTest::addColumn<double>("inputRatio");
        QTest::addColumn<double>("outputRatio");
        QTest::addColumn<double>("tokens");
        QTest::addColumn<double>("blended");
        QTest::addColumn<double>("monthly");
        // (0.28 x 3 + 0.42 x 1) / 4 = 1.26 / 4 = 0.315 $/M; 100M tokens = 100 x 0.315 = $31.50.
        QTest::addRow("DeepSeek 3:1 at 100M") << deepSeek() << 3.0 << 1.0 << 100e6 << 0.315 << 31.5;
        // (0.28 + 0.42) / 2 = 0.35 $/M; 100M tokens = $35.
        QTest::addRow("DeepSeek 1:1 at 100M") << deepSeek() << 1.0 << 1.0 << 100e6 << 0.35 << 35.0;
        // (3 x 3 + 15) / 4 = 6.00 $/M; 250M tokens = 250 x 6 = $1,500.
        QTest::addRow("Claude 3:1 at 250M") << claude() << 3.0 << 1.0 << 250e6 << 6.0 << 1500.0;
        // Input only: the input price, 2.00 $/M; 1.5B tokens = 1,500 x 2 = $3,000.
        QTest::addRow("GPT-4.1 1:0 at 1.5B") << gpt41() << 1.0 << 0.0 << 1.5e9 << 2.0 << 3000.0;
        // (2 x 1 + 8 x 4) / 5 = 34 / 5 = 6.80 $/M; 10M tokens = $68.
        QTest::addRow("GPT-4.1 1:4 at 10M") << gpt41() << 1.0 << 4.0 << 10e6 << 6.8 << 68.0;
    }

    void apiOption()
    {
        QFETCH(ApiPriceRecord, price);
        QFETCH(double, inputRatio);
        QFETCH(double, outputRatio);
        QFETCH(double, tokens);
        QFETCH(double, blended);
        QFETCH(double, monthly);
        CostAssumptions a;
        a.inputRatio = inputRatio;
        a.outputRatio = outputRatio;
        const CostOption option = CostModel::apiOption(price, tokens, a);
        QVERIFY(option.feasible);
        QCOMPARE(option.kind, CostOptionKind::Api);
        QCOMPARE(option.blendedUsdPerMtok, blended);
        QCOMPARE(option.monthlyUsd, monthly);
        QCOMPARE(option.usdPerMillionTokens, blended);
        QVERIFY(!option.capacityTokensPerMonth.has_value()); // an API has no modelled capacity limit
        QVERIFY(!option.utilisation.has_value());
        QCOMPARE(option.replicas, qint64(0));
        QCOMPARE(option.priceAsOf, price.asOf);
        QCOMPARE(option.apiPriceId, price.id);
    }

    void apiOptionLabel()
    {
        const CostOption option = CostModel::apiOption(deepSeek(), 1e6, {});
        QCOMPARE(option.label, QStringLiteral("DeepSeek deepseek-chat (V3.2) API"));
        QCOMPARE(CostModel::kindKey(option.kind), QStringLiteral("api"));
    }

    void apiOptionRefusesAZeroRatio()
    {
        CostAssumptions a;
        a.inputRatio = 0;
        a.outputRatio = 0;
        const CostOption option = CostModel::apiOption(deepSeek(), 1e6, a);
        QVERIFY(!option.feasible);
        QVERIFY(!option.reason.isEmpty());
        QVERIFY(std::isinf(option.monthlyUsd));
    }

    void refusesABadVolume_data()
    {
        QTest::addColumn<double>("tokens");
        QTest::addRow("negative") << -1e6;
        QTest::addRow("NaN") << qQNaN();
        QTest::addRow("infinite") << qInf();
    }

    void refusesABadVolume()
    {
        QFETCH(double, tokens);
        const CostAssumptions a = handAssumptions();
        const CostOption api = CostModel::apiOption(claude(), tokens, a);
        const CostOption selfHost =
            CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1}, tokens, a);
        QVERIFY(!api.feasible);
        QVERIFY(!selfHost.feasible);
        QVERIFY(selfHost.reason.contains(QStringLiteral("token volume")));
    }

    void throughput_data()
    {
        QTest::addColumn<GpuRecord>("gpu");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxBatch");
        QTest::addColumn<int>("batch");
        QTest::addColumn<double>("singleStream");
        QTest::addColumn<double>("bandwidthBound");
        QTest::addColumn<double>("computeBound");
        QTest::addColumn<double>("aggregate");
        // Weights read per step W = 9e9 bytes, KV per sequence K = 1e9 bytes (see roundNumberModel()).
        // 1x Mid: free = 24 x 2^30 - 9e9 = 25,769,803,776 - 9e9 = 16,769,803,776 -> B = 16.
        // Single stream = 1e12 / (9e9 + 1e9) = 100 tok/s. Bandwidth bound = 16 x 1e12 / (9e9 + 16e9) = 640.
        // Compute bound = 100e12 / (2 x 9e9) = 5,555.6 tok/s. Aggregate = min = 640.
        QTest::addRow("1x Mid, memory-limited batch")
            << mid() << 1 << 256 << 16 << 100.0 << 640.0 << 100e12 / 18e9 << 640.0;
        // maxBatch 4 caps B: bandwidth bound = 4 x 1e12 / (9e9 + 4e9) = 307.69 tok/s.
        QTest::addRow("1x Mid, capped batch")
            << mid() << 1 << 4 << 4 << 100.0 << 4e12 / 13e9 << 100e12 / 18e9 << 4e12 / 13e9;
        // 4x Big: free = 4 x 85,899,345,920 - 9e9 = 334.6e9 -> 334 sequences, capped at 256.
        // Bandwidth 12e12, and tensor parallelism's two all-reduces per layer, 2 x 25 x 8 us = 0.4 ms a step:
        // single stream 1 / (10e9 / 12e12 + 0.4e-3) = 810.8; bound = 256 / (265e9 / 12e12 + 0.4e-3) =
        // 11,386.3. Compute = 4 x 300e12 / 18e9 = 66,666.7. Aggregate = 11,386.3.
        QTest::addRow("4x Big, capped at 256") << big() << 4 << 256 << 256 << 1 / (10e9 / 12e12 + 0.4e-3)
                                               << 256 / (265e9 / 12e12 + 0.4e-3) << 1200e12 / 18e9
                                               << 256 / (265e9 / 12e12 + 0.4e-3);
        // A card with Mid's memory and bandwidth but only 1 TFLOPS: compute = 1e12 / 18e9 = 55.6 tok/s, which
        // is below the 640 tok/s the bandwidth allows, so compute limits, one stream alone too (18 ms a
        // token for its FLOPs against 10 ms for its bytes).
        QTest::addRow("compute-limited") << gpu(5, "Slow", 24, 1000, 1, 0.1, 100, 100) << 1 << 256 << 16
                                         << 1e12 / 18e9 << 640.0 << 1e12 / 18e9 << 1e12 / 18e9;
    }

    void throughput()
    {
        QFETCH(GpuRecord, gpu);
        QFETCH(int, count);
        QFETCH(int, maxBatch);
        QFETCH(int, batch);
        QFETCH(double, singleStream);
        QFETCH(double, bandwidthBound);
        QFETCH(double, computeBound);
        QFETCH(double, aggregate);
        CostAssumptions a = handAssumptions();
        a.maxBatch = maxBatch;
        const ThroughputEstimate t = CostModel::throughput(roundNumberModel(), GpuConfiguration{gpu, count}, a);
        QCOMPARE(t.weightsBytesPerStep, 9e9);
        QCOMPARE(t.kvBytesPerSequence, 1e9);
        QCOMPARE(t.batch, batch);
        QVERIFY(fuzzyEqual(t.singleStreamTokensPerS, singleStream));
        QVERIFY(fuzzyEqual(t.bandwidthBoundTokensPerS, bandwidthBound));
        QVERIFY(fuzzyEqual(t.computeBoundTokensPerS, computeBound));
        QVERIFY(fuzzyEqual(t.aggregateTokensPerS, aggregate));
        QCOMPARE(t.computeLimited, computeBound < bandwidthBound);
        QVERIFY(!t.overridden);
    }

    void moeReadsActiveParameters()
    {
        // An MoE variant of the test model with 3e9 active parameters: each step reads 3e9 bytes at 8 bpw,
        // and compute is 2 x 3e9 FLOPs per token: 1x Big = 300e12 / 6e9 = 50,000 tok/s.
        ModelRecord moe = roundNumberModel();
        moe.totalParams = 20'000'000'000;
        moe.activeParams = 3'000'000'000;
        moe.routedExperts = 16;
        moe.expertsPerToken = 2;
        CostAssumptions a = handAssumptions();
        const ThroughputEstimate t = CostModel::throughput(moe, GpuConfiguration{big(), 1}, a);
        QCOMPARE(t.weightsBytesPerStep, 3e9);
        QVERIFY(fuzzyEqual(t.computeBoundTokensPerS, 300e12 / 6e9));
        const CostOption option = CostModel::selfHostOption(moe, GpuConfiguration{big(), 1}, 1e6, a);
        QVERIFY(option.feasible);
        QVERIFY(option.notes.join(QLatin1Char(' ')).contains(QStringLiteral("optimistic")));
    }

    void rentedTwoGpus()
    {
        // 2 x $2.05/hour x 730 hours = $2,993 a month, whatever the volume up to capacity.
        const GpuConfiguration config{a100(), 2};
        const CostOption option = CostModel::selfHostOption(roundNumberModel(), config, 100e6, handAssumptions());
        QVERIFY2(option.feasible, qPrintable(option.reason));
        QCOMPARE(option.kind, CostOptionKind::SelfHost);
        QCOMPARE(option.label, QStringLiteral("Test 9B on 2x A100 80GB (rented)"));
        QVERIFY(fuzzyEqual(option.monthlyUsd, 2993.0));
        QVERIFY(fuzzyEqual(option.replicaHardwareUsd, 2993.0));
        QCOMPARE(option.replicaPowerUsd, 0.0);
        QCOMPARE(option.replicas, qint64(1));
        // $2,993 / 100 million tokens = $29.93 per million.
        QVERIFY(fuzzyEqual(option.usdPerMillionTokens, 29.93));
        QCOMPARE(option.priceAsOf, QStringLiteral("2026-03"));
        // Capacity: free = 2 x 85,899,345,920 - 9e9 = 162.8e9 -> B = 162; bandwidth 2 x 2,039e9 = 4.078e12;
        // a step reads 9e9 + 162e9 bytes, plus two all-reduces per layer (2 x 25 x 8 us = 0.4 ms):
        // 162 / (171e9 / 4.078e12 + 0.4e-3) = 3,827.2 tok/s (compute: 624e12 / 18e9 = 34,666.7).
        // x 1,576,800 usable seconds = 6.035e9 tokens a month.
        const double capacity = 162 / (171e9 / 4.078e12 + 0.4e-3) * UsableSecondsPerMonth;
        QVERIFY(fuzzyEqual(*option.capacityTokensPerMonth, capacity));
        QVERIFY(fuzzyEqual(*option.utilisation, 100e6 / capacity));
        QVERIFY(option.notes.isEmpty());
    }

    void owned_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<double>("kwhPrice");
        QTest::addColumn<double>("hardware");
        QTest::addColumn<double>("power");
        // 2 x $12,000 / 36 = $666.67; power 2 x 400 W x 730 h x $0.15 / 1000 = $87.60; total $754.27.
        QTest::addRow("36 months, $0.15/kWh") << 36 << 0.15 << 24000.0 / 36 << 87.6;
        // 2 x $12,000 / 24 = $1,000; power 2 x 400 x 730 x 0.30 / 1000 = $175.20; total $1,175.20.
        QTest::addRow("24 months, $0.30/kWh") << 24 << 0.30 << 1000.0 << 175.2;
    }

    void owned()
    {
        QFETCH(int, months);
        QFETCH(double, kwhPrice);
        QFETCH(double, hardware);
        QFETCH(double, power);
        CostAssumptions a = handAssumptions();
        a.ownership = Ownership::Own;
        a.amortisationMonths = months;
        a.powerUsdPerKwh = kwhPrice;
        const CostOption option =
            CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{a100(), 2}, 100e6, a);
        QVERIFY2(option.feasible, qPrintable(option.reason));
        QCOMPARE(option.label, QStringLiteral("Test 9B on 2x A100 80GB (owned)"));
        QVERIFY(fuzzyEqual(option.replicaHardwareUsd, hardware));
        QVERIFY(fuzzyEqual(option.replicaPowerUsd, power));
        QVERIFY(fuzzyEqual(option.monthlyUsd, hardware + power));
        QVERIFY(option.priceAsOf.isEmpty());
        QCOMPARE(CostModel::ownershipKey(option.ownership), QStringLiteral("own"));
    }

    void ownedWithoutPowerDraw()
    {
        // No TDP: $1,000 / 36 = $27.78 of hardware only, and a note says power is not counted.
        CostAssumptions a = handAssumptions();
        a.ownership = Ownership::Own;
        GpuRecord noTdp = workstation();
        noTdp.tdpWatts.reset();
        const CostOption option = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{noTdp, 1}, 1e6, a);
        QVERIFY(option.feasible);
        QVERIFY(fuzzyEqual(option.monthlyUsd, 1000.0 / 36));
        QVERIFY(option.notes.join(QLatin1Char(' ')).contains(QStringLiteral("power is not counted")));
    }

    void infeasible_data()
    {
        QTest::addColumn<GpuRecord>("gpu");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("own");
        QTest::addColumn<QString>("reasonPart");
        QTest::addRow("rented without a cloud price") << workstation() << 1 << false << "no cloud price";
        GpuRecord unpriced = mid();
        unpriced.streetPriceUsd.reset();
        QTest::addRow("owned without a street price") << unpriced << 1 << true << "no purchase price";
        // 8 x 1 GiB = 8.59e9 bytes < 9e9 bytes of weights.
        QTest::addRow("does not fit") << tiny() << 8 << false << "does not fit";
        GpuRecord noBandwidth = mid();
        noBandwidth.bandwidthGbPerS = 0;
        QTest::addRow("no throughput figures")
            << noBandwidth << 1 << false << "throughput cannot be estimated";
    }

    void infeasible()
    {
        QFETCH(GpuRecord, gpu);
        QFETCH(int, count);
        QFETCH(bool, own);
        QFETCH(QString, reasonPart);
        CostAssumptions a = handAssumptions();
        a.ownership = own ? Ownership::Own : Ownership::Rent;
        const CostOption option =
            CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{gpu, count}, 1e8, a);
        QVERIFY(!option.feasible);
        QVERIFY2(option.reason.contains(reasonPart), qPrintable(option.reason));
        QVERIFY(std::isinf(option.monthlyUsd)); // sorts after every feasible option
        QCOMPARE(option.replicas, qint64(0));
        QCOMPARE(option.capacityTokensPerMonth.value_or(-1), 0.0);
        QVERIFY(!option.utilisation.has_value());
    }

    void replicas_data()
    {
        QTest::addColumn<double>("tokens");
        QTest::addColumn<int>("replicas");
        // 1x Mid rented: 640 tok/s (see throughput) x 1,576,800 s = 1,009,152,000 tokens a month per copy at
        // $0.50 x 730 = $365.
        QTest::addRow("within capacity") << 1e9 << 1;
        QTest::addRow("just under capacity") << 1.009e9 << 1;
        QTest::addRow("just over capacity") << 1.0092e9 << 2;
        // 5e9 / 1.009152e9 = 4.95 -> 5 copies, $1,825.
        QTest::addRow("5 billion") << 5e9 << 5;
        // 30e9 / 1.009152e9 = 29.73 -> 30 copies.
        QTest::addRow("30 billion") << 30e9 << 30;
    }

    void replicas()
    {
        QFETCH(double, tokens);
        QFETCH(int, replicas);
        const CostOption option =
            CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{mid(), 1}, tokens, handAssumptions());
        QVERIFY(option.feasible);
        const double perCopy = 640 * UsableSecondsPerMonth;
        QVERIFY(fuzzyEqual(option.replicaCapacityTokensPerMonth, perCopy));
        QCOMPARE(option.replicas, qint64(replicas));
        QVERIFY(fuzzyEqual(option.monthlyUsd, replicas * 365.0));
        QVERIFY(fuzzyEqual(*option.capacityTokensPerMonth, replicas * perCopy));
        QVERIFY(fuzzyEqual(*option.utilisation, tokens / (replicas * perCopy)));
        QVERIFY(fuzzyEqual(option.usdPerMillionTokens, replicas * 365.0 / (tokens / 1e6)));
        const QString notes = option.notes.join(QLatin1Char(' '));
        if (replicas > 1)
            QVERIFY2(notes.contains(QStringLiteral("%1 copies").arg(replicas)), qPrintable(notes));
        else
            QVERIFY(notes.isEmpty());
    }

    void throughputOverride()
    {
        // 1,000 tok/s set by hand: 1,000 x 1,576,800 = 1,576,800,000 tokens a month per copy.
        CostAssumptions a = handAssumptions();
        a.throughputOverrideTokensPerS = 1000;
        const CostOption option = CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{a100(), 2}, 2e9, a);
        QVERIFY(option.feasible);
        QVERIFY(option.throughput.overridden);
        QCOMPARE(option.throughput.aggregateTokensPerS, 1000.0);
        QVERIFY(fuzzyEqual(option.replicaCapacityTokensPerMonth, 1.5768e9));
        QCOMPARE(option.replicas, qint64(2)); // 2e9 / 1.5768e9 = 1.27
        QVERIFY(fuzzyEqual(option.monthlyUsd, 2 * 2993.0));
    }

    void breakEven_data()
    {
        QTest::addColumn<ApiPriceRecord>("price");
        QTest::addColumn<double>("minTokens");
        QTest::addColumn<double>("maxTokens");
        QTest::addColumn<double>("first");  // 0: none
        QTest::addColumn<double>("stable"); // 0: none
        QTest::addColumn<QString>("reasonPart");
        // Self-hosting: 2x A100 rented, M = $2,993 a month per copy, capacity C = 1,000 tok/s x 1,576,800 s
        // = 1,576,800,000 tokens a month per copy (set by hand).
        //
        // Claude at 3:1 costs $6.00/M: one copy breaks even at v1 = 2,993 / 6 x 1e6 = 498,833,333 tokens,
        // below C. Just past C two copies cost $5,986 while the API costs 1,576.8 x 6 = $9,460: self-hosting
        // stays cheaper, so it is cheaper for good from v1.
        QTest::addRow("Claude") << claude() << 1e6 << 1e11 << 2993e6 / 6 << 2993e6 / 6 << "from 499M tokens";
        // GPT-4.1 at 3:1 costs (2 x 3 + 8) / 4 = $3.50/M: v1 = 2,993 / 3.5 x 1e6 = 855,142,857 < C. Just past
        // C two copies ($5,986) cost more than the API (1,576.8 x 3.5 = $5,518.80) until 2 x v1 =
        // 1,710,285,714; from the third copy on, k x v1 <= (k - 1) x C (3 x 855.1M = 2,565M <= 3,153.6M), so
        // it stays cheaper.
        QTest::addRow("GPT-4.1") << gpt41() << 1e6 << 1e11 << 2993e6 / 3.5 << 2 * 2993e6 / 3.5
                                 << "stays cheaper from 1.7B";
        // The same pair with the range starting at 1e9 (inside the first copy's good stretch): 1e9 itself.
        QTest::addRow("GPT-4.1 from 1B") << gpt41() << 1e9 << 1e11 << 1e9 << 2 * 2993e6 / 3.5 << "already";
        // Starting at 1.6e9, just past C: two copies ($5,986) against 1,600 x 3.5 = $5,600; the first good
        // volume is 2 x v1 = 1,710,285,714.
        QTest::addRow("GPT-4.1 from 1.6B")
            << gpt41() << 1.6e9 << 1e11 << 2 * 2993e6 / 3.5 << 2 * 2993e6 / 3.5 << "from 1.7B tokens";
        // DeepSeek at 3:1 costs $0.315/M: v1 = 2,993 / 0.315 x 1e6 = 9.5e9 > C. Fully used a copy costs
        // 2,993 / 1,576.8 = $1.898/M: never cheaper.
        QTest::addRow("DeepSeek") << deepSeek() << 1e6 << 1e11 << 0.0 << 0.0 << "$1.898 per million tokens";
        // Claude's crossing (498.8M) lies beyond a range ending at 400M.
        QTest::addRow("Claude, range ends first") << claude() << 1e6 << 4e8 << 0.0 << 0.0 << "first at 499M";
    }

    void breakEven()
    {
        QFETCH(ApiPriceRecord, price);
        QFETCH(double, minTokens);
        QFETCH(double, maxTokens);
        QFETCH(double, first);
        QFETCH(double, stable);
        QFETCH(QString, reasonPart);
        CostAssumptions a = handAssumptions();
        a.throughputOverrideTokensPerS = 1000;
        const GpuConfiguration config{a100(), 2};
        const CostOption selfHost = CostModel::selfHostOption(roundNumberModel(), config, minTokens, a);
        const CostOption api = CostModel::apiOption(price, minTokens, a);
        const BreakEven result = CostModel::breakEven(selfHost, api, minTokens, maxTokens);
        QVERIFY2(result.reason.contains(reasonPart), qPrintable(result.reason));
        QCOMPARE(result.tokensPerMonth.has_value(), first > 0);
        if (first > 0)
            QVERIFY2(fuzzyEqual(*result.tokensPerMonth, first),
                     qPrintable(QString::number(*result.tokensPerMonth)));
        QCOMPARE(result.selfHostCheaperFrom.has_value(), stable > 0);
        if (stable > 0)
            QVERIFY(fuzzyEqual(*result.selfHostCheaperFrom, stable));

        // The closed form against the options themselves, on a log grid over the range: nothing below
        // the first crossing is cheaper self-hosted, and nothing above the stable point is dearer.
        for (int i = 0; i <= 400; ++i) {
            const double v = minTokens * std::pow(maxTokens / minTokens, i / 400.0);
            const double s = CostModel::selfHostOption(roundNumberModel(), config, v, a).monthlyUsd;
            const double p = CostModel::apiOption(price, v, a).monthlyUsd;
            if (!result.tokensPerMonth || v < *result.tokensPerMonth * (1 - 1e-9))
                QVERIFY2(s > p, qPrintable(QStringLiteral("at %1: %2 vs %3").arg(v).arg(s).arg(p)));
            if (result.selfHostCheaperFrom && v >= *result.selfHostCheaperFrom * (1 + 1e-9))
                QVERIFY2(s <= p, qPrintable(QStringLiteral("at %1: %2 vs %3").arg(v).arg(s).arg(p)));
        }
    }

    void breakEvenNeedsFeasibleOptions()
    {
        const CostAssumptions a = handAssumptions();
        const CostOption cannotRent =
            CostModel::selfHostOption(roundNumberModel(), GpuConfiguration{workstation(), 1}, 1e6, a);
        const BreakEven result = CostModel::breakEven(cannotRent, CostModel::apiOption(claude(), 1e6, a));
        QVERIFY(!result.tokensPerMonth);
        QVERIFY(result.reason.contains(QStringLiteral("no cloud price")));
        const CostOption api = CostModel::apiOption(claude(), 1e6, a);
        QVERIFY(!CostModel::breakEven(api, api).tokensPerMonth);
    }

    void cheapest_data()
    {
        QTest::addColumn<double>("tokens");
        QTest::addColumn<bool>("own");
        QTest::addColumn<QString>("gpuName");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("replicas");
        QTest::addColumn<double>("monthly");
        // Catalogue: Tiny never fits; Workstation has no cloud price. Per copy, with free = n x memory - 9e9
        // and B = floor(free / 1e9) (at most 256), aggregate = n x bandwidth x B / (9e9 + B x 1e9), and a
        // copy serves aggregate x 1,576,800 tokens a month. Rent: Mid $365 per GPU, Big $1,460 per GPU.
        //
        // 100M tokens: one copy of anything that fits; the cheapest is 1x Mid at $365.
        QTest::addRow("100M rented") << 100e6 << false << "Mid" << 1 << 1 << 365.0;
        // Owned: Workstation $1,000 / 36 + 100 W x 730 h x 0.15 / 1000 = 27.78 + 10.95 = $38.73, against
        // Mid 2,000 / 36 + 300 x 730 x 0.15 / 1000 = 55.56 + 32.85 = $88.41 and Big $354.43.
        QTest::addRow("100M owned") << 100e6 << true << "Workstation" << 1 << 1 << 1000.0 / 36 + 10.95;
        // 2B tokens: 1x Mid (1.009B per copy) needs 2 copies = $730; 2x Mid (B = 42: 2,000 x 42 / 51
        // = 1,647 tok/s = 2.597B) needs 1 copy = $730. Equal cost: the single copy wins the tie.
        QTest::addRow("2B rented, tie") << 2e9 << false << "Mid" << 2 << 1 << 730.0;
        // 30B tokens, Mid n GPUs (B, tok/s, copies, $): 1 (16, 640, 30, 10,950); 2 (42, 1,647, 12, 8,760);
        // 3 (68, 2,649, 8, 8,760); 4 (94, 3,650, 6, 8,760); 5 (119, 4,648, 5, 9,125); 6 (145, 5,649, 4,
        // 8,760); 7 (171, 6,650 -> 10.49B, 3, 7,665); 8 (197, 7,650, 3, 8,760). Big n: 1 (76, 2,682, 8,
        // 11,680); 2 (162, 5,684, 4, 11,680); 3 (248, 8,685, 3, 13,140); 4 (256, 11,592, 2, 11,680); 5 (256,
        // 14,491, 2, 14,600); 6 (2, 17,520); 7 (256, 20,287 -> 31.99B, 1, 10,220); 8 (1, 11,680).
        // Cheapest: 3 copies of 7x Mid at 3 x 7 x $365 = $7,665.
        QTest::addRow("30B rented") << 30e9 << false << "Mid" << 7 << 3 << 7665.0;
    }

    void cheapest()
    {
        QFETCH(double, tokens);
        QFETCH(bool, own);
        QFETCH(QString, gpuName);
        QFETCH(int, count);
        QFETCH(int, replicas);
        QFETCH(double, monthly);
        CostAssumptions a = handAssumptions();
        a.ownership = own ? Ownership::Own : Ownership::Rent;
        const QList<GpuRecord> catalogue{tiny(), mid(), big(), workstation()};
        const std::optional<CostOption> best =
            CostModel::cheapestConfiguration(roundNumberModel(), catalogue, tokens, a);
        QVERIFY(best.has_value());
        QVERIFY(best->feasible);
        QCOMPARE(best->configuration.gpu.name, gpuName);
        QCOMPARE(best->configuration.count, count);
        QCOMPARE(best->replicas, qint64(replicas));
        QVERIFY2(fuzzyEqual(best->monthlyUsd, monthly), qPrintable(QString::number(best->monthlyUsd)));
    }

    void cheapestWithNothingFeasible()
    {
        const QList<GpuRecord> catalogue{tiny(), workstation()}; // one never fits, one cannot be rented
        QVERIFY(
            !CostModel::cheapestConfiguration(roundNumberModel(), catalogue, 1e8, handAssumptions()).has_value());
    }

    void seedCostAudit_data()
    {
        QTest::addColumn<qint64>("quotedCostId");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<double>("quoted");
        QTest::addColumn<double>("computed");
        QTest::addColumn<QString>("message"); // exact, or empty when only the figures are checked
        // The article's "Self-Hosting vs API" table at 100M tokens a month. Each monthly cost / 100 is the
        // cost per million; every printed cost per million is 1,000 times too low.
        QTest::addRow("self-host: cost per million") << qint64(1) << "cost_per_mtok"
                                                     << "error" << 0.03 << 30.0
                                                     << "$3,000 a month for 100M tokens is $30.00 per "
                                                        "million tokens, not the quoted $0.03: the quoted "
                                                        "figure is 1,000 times too low.";
        QTest::addRow("DeepSeek: cost per million") << qint64(2) << "cost_per_mtok"
                                                    << "error" << 0.21 << 210.0 << QString();
        QTest::addRow("GPT-4.1-mini: cost per million") << qint64(3) << "cost_per_mtok"
                                                        << "error" << 1.0 << 1000.0 << QString();
        QTest::addRow("Claude: cost per million") << qint64(4) << "cost_per_mtok"
                                                  << "error" << 9.0 << 9000.0 << QString();
        // List prices: DeepSeek 0.28/0.42 gives 0.315 at 3:1 and 0.35 at 1:1; the article's 0.21 is neither.
        QTest::addRow("DeepSeek: mix")
            << qint64(2) << "io_ratio"
            << "warning" << 0.21 << 0.315
            << "The quoted $0.21 per million tokens matches neither the 3:1 input:output blend ($0.315) nor "
               "the "
               "1:1 average ($0.35) of deepseek-chat (V3.2)'s list prices ($0.28 in, $0.42 out, as of "
               "2025-12-09).";
        // gpt-4.1-mini 0.40/1.60: 3:1 = (1.2 + 1.6) / 4 = 0.70; 1:1 = 2.0 / 2 = 1.00, the article's figure.
        QTest::addRow("GPT-4.1-mini: mix") << qint64(3) << "io_ratio"
                                           << "info" << 1.0 << 1.0 << QString();
        // claude-sonnet-4.5 3/15: 3:1 = 24 / 4 = 6.00; 1:1 = 18 / 2 = 9.00, the article's figure.
        QTest::addRow("Claude: mix")
            << qint64(4) << "io_ratio"
            << "info" << 9.0 << 9.0
            << "The quoted $9.00 per million tokens is the 1:1 average of claude-sonnet-4.5's list prices "
               "($3.00 "
               "in, $15.00 out, as of 2025-09-29); at a 3:1 input:output mix it is $6.00.";
        // 2 x $1.59 (RunPod's on-demand A100 80GB rate in the catalogue) x 730 = $2,321.40, 23% under the
        // quoted ~$3,000: the article's figure is no longer its own source (the old $2.05 was back-calculated
        // from it), so the check can disagree.
        QTest::addRow("self-host: rent") << qint64(1) << "gpu_rent"
                                         << "warning" << 3000.0 << 2321.4
                                         << "2x A100 80GB rented at $1.59 an hour per GPU for 730 hours a "
                                            "month costs $2,321, not the quoted $3,000 (23% apart).";
        // Qwen 3.5 (Qwen2.5-72B's config) fits 2x A100 80GB at Q4_K_M with room for many sequences, so one
        // copy serves 100M tokens: $2,321.40 / 100 = $23.214 per million.
        QTest::addRow("self-host: capacity") << qint64(1) << "capacity"
                                             << "info" << 0.03 << 23.214 << QString();
    }

    void seedCostAudit()
    {
        QFETCH(qint64, quotedCostId);
        QFETCH(QString, check);
        QFETCH(QString, severity);
        QFETCH(double, quoted);
        QFETCH(double, computed);
        QFETCH(QString, message);
        const QList<CostAuditFinding> findings = CostModel::auditQuotedCosts(m_data);
        const CostAuditFinding *found = nullptr;
        for (const CostAuditFinding &f : findings) {
            if (f.quotedCostId == quotedCostId && f.check == check) {
                QVERIFY2(!found, "one finding per row and check");
                found = &f;
            }
        }
        QVERIFY(found);
        QCOMPARE(found->subject, m_data.quotedCosts.at(quotedCostId - 1).approach);
        QCOMPARE(found->severity, severity);
        QCOMPARE(found->quoted, quoted);
        QVERIFY2(fuzzyEqual(found->computed, computed) || std::abs(found->computed - computed) < 1e-12,
                 qPrintable(QString::number(found->computed, 'g', 17)));
        if (!message.isEmpty())
            QCOMPARE(found->message, message);
        else
            QVERIFY(!found->message.isEmpty());
    }

    // Prices per million keep their third decimal, yet are placed like every other amount: after the figure
    // in German, and as "USD" when the user prefers the ISO code.
    void pricesPerMillionFollowLocaleAndCurrencyDisplay()
    {
        const auto mixMessage = [this] {
            for (const CostAuditFinding &f : CostModel::auditQuotedCosts(m_data)) {
                if (f.quotedCostId == 2 && f.check == QLatin1String("io_ratio"))
                    return f.message;
            }
            return QString();
        };
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = mixMessage();
        Format::setCurrencyDisplay(Format::CurrencyDisplay::IsoCode);
        const QString isoCode = mixMessage();
        Format::setCurrencyDisplay(Format::CurrencyDisplay::Symbol);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(german.contains(QStringLiteral("(0,315\u00a0$)")) && german.contains(QStringLiteral("(0,35\u00a0$)"))
                     && !german.contains(QStringLiteral("$0")),
                 qPrintable(german));
        QVERIFY2(isoCode.contains(QStringLiteral("(0,315 USD)")) && !isoCode.contains(QLatin1Char('$')),
                 qPrintable(isoCode));
    }

    // LANG=C, as on servers and in containers: Qt's C locale would put the symbol after the figure.
    void dollarsLeadInTheCLocale()
    {
        QLocale::setDefault(QLocale::c());
        const QStringList amounts{Format::usd(78.75), Format::usd(1500), Format::usd(0.028), Format::usd(0.315, 3)};
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(amounts, QStringList({QStringLiteral("$78.75"), QStringLiteral("$1,500"), QStringLiteral("$0.028"),
                                       QStringLiteral("$0.315")}));
    }

    void seedCostAuditIsComplete()
    {
        // 4 rows x cost per million, 3 API rows x mix, the self-host row's rent and capacity: 9 findings.
        const QList<CostAuditFinding> findings = CostModel::auditQuotedCosts(m_data);
        QCOMPARE(findings.size(), 9);
        int errors = 0;
        for (const CostAuditFinding &f : findings)
            errors += f.severity == QLatin1String("error");
        QCOMPARE(errors, 4);
    }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
