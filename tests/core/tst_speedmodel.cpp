// The speed model against published runs (tests/data/speed/published_runs.csv, each with its source and
// date) and its rules worked out by hand: a layer split adds no bandwidth, tensor parallelism does, experts
// in system RAM are read at its bandwidth, and a model that does not fit gets no speed.
#include "models/core/estimation/speedmodel.h"
#include "publishedmodels.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

const QString PublishedRuns = QStringLiteral(LLM_ATLAS_TEST_DATA "/speed/published_runs.csv");
constexpr double AllowedError = 0.30;

// Qwen/Qwen3-Coder-Next (the bundled facts): 79.7B total, 3B active, 48 layers of which 12 full attention,
// 512 routed experts with 10 per token.
ModelRecord qwen3CoderNext()
{
    ModelRecord m;
    m.name = QStringLiteral("Qwen3-Coder-Next");
    m.totalParams = 79'700'000'000;
    m.activeParams = 3'000'000'000;
    m.layers = 48;
    m.hiddenSize = 2048;
    m.attentionHeads = 16;
    m.kvHeads = 2;
    m.headDim = 256;
    m.attention = AttentionKind::Hybrid;
    m.fullAttentionLayers = 12;
    m.routedExperts = 512;
    m.expertsPerToken = 10;
    m.sharedExperts = 1;
    m.maxContext = 262144;
    return m;
}

GpuRecord gpu(const char *name, double memoryGib, const char *kind, double bandwidthGbPerS, double tflops)
{
    GpuRecord g;
    g.name = QString::fromLatin1(name);
    g.memoryGib = memoryGib;
    g.memoryKind = QString::fromLatin1(kind);
    g.bandwidthGbPerS = bandwidthGbPerS;
    g.fp16Tflops = tflops;
    return g;
}

FitParameters params(const char *quant, double bits, std::optional<InferenceEngine> engine = std::nullopt)
{
    FitParameters p;
    p.quantName = QString::fromLatin1(quant);
    p.bitsPerWeight = bits;
    p.engine = engine;
    return p;
}

SpeedEstimate speed(const ModelRecord &model, const GpuConfiguration &config, const FitParameters &fit)
{
    return SpeedModel::estimate(model, config, fit, MemoryEstimator::estimate(model, config, fit));
}

struct Run
{
    QString id;
    QString measure;
    double measured = 0;
    double estimated = 0;
    QString source;
    QString date;
};

// Each published run, estimated as the model sees it: the memory estimate is not consulted (the runs fit
// their hardware), so the estimate is taken as for a fitting model.
QList<Run> publishedRuns()
{
    QFile file(PublishedRuns);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(QLatin1Char(','));
    QList<Run> runs;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        if (cells.size() != header.size())
            return {};
        const auto at = [&](const char *key) { return cells.at(header.indexOf(QLatin1String(key))); };
        const auto number = [&](const char *key) { return at(key).toDouble(); };

        ModelRecord model;
        model.name = at("model");
        model.totalParams = qint64(number("total_params"));
        if (!at("active_params").isEmpty())
            model.activeParams = qint64(number("active_params"));
        model.layers = int(number("layers"));
        model.fullAttentionLayers = model.layers;
        model.hiddenSize = int(number("hidden_size"));
        model.attentionHeads = int(number("attention_heads"));
        model.kvHeads = int(number("kv_heads"));
        model.headDim = int(number("head_dim"));
        model.routedExperts = int(number("routed_experts"));
        model.expertsPerToken = int(number("experts_per_token"));
        model.maxContext = 131072;

        GpuRecord g = gpu("", 80, "", number("bandwidth_gb_s"), number("fp16_tflops"));
        g.name = at("gpu");
        g.memoryKind = at("memory_kind");
        const GpuConfiguration config{g, int(number("gpu_count"))};

        FitParameters fit;
        fit.bitsPerWeight = number("bits_per_weight");
        fit.engine = SpeedModel::engineFromKey(at("engine"));
        fit.expertOffload = at("expert_offload") == QLatin1String("1");
        if (!at("system_bandwidth_gb_s").isEmpty())
            fit.systemMemoryBandwidthGbPerS = number("system_bandwidth_gb_s");
        fit.contextTokens = 131072;
        Run run{at("id"), at("measure"), number("measured_tokens_per_s"), 0, at("source"), at("date")};
        // Decode runs are quoted at the KV cache's mean length over the run; prefill runs at their prompt.
        fit.promptTokens = run.measure == QLatin1String("decode") ? qint64(number("context_tokens"))
                                                                  : qint64(number("prompt_tokens"));
        MemoryEstimate fits;
        fits.verdict = FitVerdict::FitsWithRoom;
        fits.fits = true;
        const SpeedEstimate s = SpeedModel::estimate(model, config, fit, fits);
        run.estimated = run.measure == QLatin1String("decode") ? s.decodeTokensPerS : s.prefillTokensPerS;
        runs.append(run);
    }
    return runs;
}

} // namespace

class TestSpeedModel : public QObject
{
    Q_OBJECT

private slots:
    void publishedRunsWithinThirtyPercent_data()
    {
        QTest::addColumn<double>("measured");
        QTest::addColumn<double>("estimated");
        const QList<Run> runs = publishedRuns();
        QVERIFY2(runs.size() >= 30, "tests/data/speed/published_runs.csv is missing or malformed");
        for (const Run &run : runs)
            QTest::addRow("%s", qPrintable(run.id)) << run.measured << run.estimated;
    }

    void publishedRunsWithinThirtyPercent()
    {
        QFETCH(double, measured);
        QFETCH(double, estimated);
        const double error = estimated / measured - 1.0;
        QVERIFY2(std::abs(error) <= AllowedError,
                 qPrintable(QStringLiteral("estimated %1 tok/s, measured %2 tok/s: %3%")
                                .arg(estimated, 0, 'f', 2)
                                .arg(measured, 0, 'f', 2)
                                .arg(error * 100, 0, 'f', 1)));
    }

    void medianError()
    {
        // The figure tests/bench/README.md reports: keep the two in step.
        QList<double> errors;
        Run worst;
        for (const Run &run : publishedRuns()) {
            errors.append(std::abs(run.estimated / run.measured - 1.0));
            if (errors.last() >= std::abs(worst.estimated / std::max(worst.measured, 1e-9) - 1.0) || worst.id.isEmpty())
                worst = run;
        }
        QVERIFY(!errors.isEmpty());
        std::sort(errors.begin(), errors.end());
        const qsizetype n = errors.size();
        const double median = n % 2 ? errors.at(n / 2) : (errors.at(n / 2 - 1) + errors.at(n / 2)) / 2;
        qInfo("median absolute error over %lld published runs: %.1f%%; largest %s: %+.1f%%", qlonglong(n),
              median * 100, qPrintable(worst.id), (worst.estimated / worst.measured - 1.0) * 100);
        QVERIFY(median < 0.12);
    }

    void defaultEngineFollowsTheFormat()
    {
        for (const char *gguf : {"Q4_K_M", "Q8_0", "Q2_K", "IQ2_XXS", "q6_k"})
            QCOMPARE(SpeedModel::defaultEngine(QString::fromLatin1(gguf)), InferenceEngine::LlamaCpp);
        for (const char *other : {"FP16", "BF16", "FP8", "INT8", "AWQ-4bit", "GPTQ-4bit", "FP32"})
            QCOMPARE(SpeedModel::defaultEngine(QString::fromLatin1(other)), InferenceEngine::Vllm);
        QCOMPARE(SpeedModel::engineFor(params("FP16", 16, InferenceEngine::LlamaCpp)), InferenceEngine::LlamaCpp);
        QCOMPARE(SpeedModel::engineFromKey(QStringLiteral("vLLM")), std::optional(InferenceEngine::Vllm));
        QCOMPARE(SpeedModel::engineFromKey(QStringLiteral("llama.cpp")), std::optional(InferenceEngine::LlamaCpp));
        QVERIFY(!SpeedModel::engineFromKey(QStringLiteral("tgi")));
    }

    void ceilingOfOneH100()
    {
        // Llama 3.3 70B Q4_K_M: 70.55e9 x 4.85 / 8 = 42.77e9 bytes of weights, plus the KV cache of the 1,024
        // prompt tokens: 80 layers x 1024 x 2 x 8 x 128 x 2 bytes = 335,544,320. Ceiling 3350e9 / 43.106e9.
        const SpeedEstimate s = speed(PublishedModels::llama33_70b(), {gpu("H100", 80, "HBM3", 3350, 989), 1}, params("Q4_K_M", 4.85));
        QVERIFY(s.available);
        QCOMPARE(s.engine, InferenceEngine::LlamaCpp);
        QCOMPARE(s.decodeBoundTokensPerS, 3350e9 / (42'770'937'500.0 + 335'544'320.0));
        // Expected: 43.106e9 / (3350e9 x 0.65) + 3.6 ms = 23.4 ms: about 42.7 tok/s, not the 77.7 ceiling.
        QCOMPARE(s.decodeTokensPerS,
                 1.0 / (43'106'481'820.0 / (3350e9 * SpeedConstants::LlamaCppHbmEfficiency)
                        + SpeedConstants::LlamaCppHbmOverheadS));
        QVERIFY(s.decodeTokensPerS < s.decodeBoundTokensPerS);
    }

    void layerSplitAddsNoBandwidth()
    {
        // A token passes the GPUs one after another: 2, 4 and 8 RTX 4090s decode at the same speed.
        const GpuRecord rtx4090 = gpu("RTX 4090", 24, "GDDR6X", 1008, 165.2);
        FitParameters q4 = params("Q4_K_M", 4.85);
        q4.contextTokens = 2048; // at 8K the KV cache tips 2x 24 GB over
        const double two = speed(PublishedModels::llama33_70b(), {rtx4090, 2}, q4).decodeTokensPerS;
        QCOMPARE(speed(PublishedModels::llama33_70b(), {rtx4090, 4}, q4).decodeTokensPerS, two);
        QCOMPARE(speed(PublishedModels::llama33_70b(), {rtx4090, 8}, q4).decodeTokensPerS, two);
        QVERIFY(two < 24); // the old bound added the bandwidths: 44 tok/s on two
        QCOMPARE(speed(PublishedModels::llama33_70b(), {rtx4090, 2}, q4).decodeBoundTokensPerS,
                 1008e9 / (42'770'937'500.0 + 335'544'320.0));
    }

    void tensorParallelAddsBandwidth()
    {
        const GpuRecord h100 = gpu("H100", 80, "HBM3", 3350, 989);
        const FitParameters bf16 = params("BF16", 16);
        const SpeedEstimate one = speed(PublishedModels::llama33_70b(), {h100, 2}, bf16);
        QCOMPARE(one.engine, InferenceEngine::Vllm);
        // 141.1e9 + 0.34e9 bytes over 2 x 3350e9 x 0.72, plus 160 all-reduces of 8 us.
        const double bytes = 70.55e9 * 2 + 335'544'320.0;
        QCOMPARE(one.decodeTokensPerS,
                 1.0 / (bytes / (2 * 3350e9 * SpeedConstants::VllmEfficiency) + 160 * SpeedConstants::AllReduceLatencyS));
        const SpeedEstimate four = speed(PublishedModels::llama33_70b(), {h100, 4}, bf16);
        QVERIFY(four.decodeTokensPerS > 1.8 * one.decodeTokensPerS);
        // The same GPUs under llama.cpp's layer split: no faster than one GPU's bandwidth allows.
        QVERIFY(speed(PublishedModels::llama33_70b(), {h100, 4}, params("BF16", 16, InferenceEngine::LlamaCpp)).decodeTokensPerS
                < one.decodeTokensPerS);
    }

    void appleRunsLlamaCppWhateverIsAsked()
    {
        const GpuRecord m2 = gpu("M2 Ultra 192GB", 192, "unified", 800, 27.2);
        const SpeedEstimate s = speed(PublishedModels::llama33_70b(), {m2, 1}, params("FP16", 16, InferenceEngine::Vllm));
        QCOMPARE(s.family, MemoryFamily::Unified);
        QCOMPARE(s.engine, InferenceEngine::LlamaCpp);
    }

    void expertsInSystemRamAreReadAtItsBandwidth()
    {
        // Issue 22: Qwen3-Coder-Next Q4_K_M on an RTX 3060 needs its experts in system RAM. Per token the
        // experts read are (3e9 - dense) x 4.85 / 8 bytes at 89.6 GB/s, however fast the GPU is.
        const ModelRecord model = qwen3CoderNext();
        const GpuConfiguration rtx3060{gpu("RTX 3060 12GB", 12, "GDDR6", 360, 25.5), 1};
        const FitParameters q4 = params("Q4_K_M", 4.85);
        const MemoryEstimate memory = MemoryEstimator::estimate(model, rtx3060, q4);
        QCOMPARE(memory.verdict, FitVerdict::NeedsOffload);
        const SpeedEstimate s = SpeedModel::estimate(model, rtx3060, q4, memory);
        QVERIFY(s.available);
        QVERIFY(s.expertsInSystemRam);
        const double expertBytes = (3e9 - MemoryEstimator::denseParams(model)) * 4.85 / 8;
        QCOMPARE(s.systemBytesPerToken, expertBytes);
        QVERIFY(s.decodeBoundTokensPerS < 89.6e9 / expertBytes);
        QVERIFY(s.decodeBoundTokensPerS < 175); // what the GPU-only bound used to show
        QVERIFY(s.decodeTokensPerS < s.decodeBoundTokensPerS);

        // The bandwidth is an assumption the user can change: quad-channel memory is faster.
        FitParameters quad = q4;
        quad.systemMemoryBandwidthGbPerS = 204.8;
        QVERIFY(SpeedModel::estimate(model, rtx3060, quad, memory).decodeTokensPerS > s.decodeTokensPerS);
    }

    void noSpeedWhenNothingFits()
    {
        const GpuConfiguration rtx3060{gpu("RTX 3060 12GB", 12, "GDDR6", 360, 25.5), 1};
        const SpeedEstimate s = speed(PublishedModels::llama33_70b(), rtx3060, params("Q4_K_M", 4.85));
        QVERIFY(!s.available);
        QCOMPARE(s.decodeTokensPerS, 0.0);
        QCOMPARE(s.decodeBoundTokensPerS, 0.0);
        QCOMPARE(s.prefillTokensPerS, 0.0);
    }

    void prefillAndTimeToFirstToken()
    {
        // One RTX 4090, a 70B model would not fit; take an 8B: 2 x 8.03e9 x 1024 FLOPs plus attention
        // 2 x 32 x 32 x 128 x 1024^2, over 165.2e12 x 0.72.
        ModelRecord m = PublishedModels::llama33_70b();
        m.name = QStringLiteral("Llama 3 8B");
        m.totalParams = 8'030'000'000;
        m.layers = 32;
        m.fullAttentionLayers = 32;
        m.hiddenSize = 4096;
        m.attentionHeads = 32;
        const SpeedEstimate s = speed(m, {gpu("RTX 4090", 24, "GDDR6X", 1008, 165.2), 1}, params("Q4_K_M", 4.85));
        const double flops = 2 * 8.03e9 * 1024 + 2.0 * 32 * 32 * 128 * 1024.0 * 1024.0;
        const double prefillS = flops / (165.2e12 * SpeedConstants::LlamaCppGddrComputeEfficiency);
        QCOMPARE(s.promptTokens, qint64(1024));
        QCOMPARE(s.prefillTokensPerS, 1024 / prefillS);
        QCOMPARE(s.timeToFirstTokenS, prefillS + 1.0 / s.decodeTokensPerS);
    }

    void calibrationWins()
    {
        const GpuConfiguration h100{gpu("H100", 80, "HBM3", 3350, 989), 1};
        const FitParameters q4 = params("Q4_K_M", 4.85);
        const MemoryEstimate memory = MemoryEstimator::estimate(PublishedModels::llama33_70b(), h100, q4);
        SpeedCalibration measured;
        measured.bandwidthEfficiency = 0.8;
        measured.perTokenOverheadS = 0;
        measured.basis = QStringLiteral("measured by the team, 5 runs");
        const SpeedEstimate s = SpeedModel::estimate(PublishedModels::llama33_70b(), h100, q4, memory, measured);
        QVERIFY(s.calibrated);
        QCOMPARE(s.basis, measured.basis);
        QCOMPARE(s.decodeTokensPerS, 0.8 * s.decodeBoundTokensPerS);
        QVERIFY(!SpeedModel::estimate(PublishedModels::llama33_70b(), h100, q4, memory).calibrated);
    }

    void batchedDecode()
    {
        // vLLM on 2x H100, Llama 3.3 70B FP8: each step reads 70.55e9 bytes plus every sequence's KV cache.
        const GpuConfiguration h100x2{gpu("H100", 80, "HBM3", 3350, 989), 2};
        const FitParameters fp8 = params("FP8", 8);
        const double kv = 1e9;
        const BatchStep one = SpeedModel::batchStep(PublishedModels::llama33_70b(), h100x2, fp8, 1, kv);
        QCOMPARE(one.memoryTimeS, (70.55e9 + kv) / (2 * 3350e9 * SpeedConstants::VllmEfficiency)
                                      + 160 * SpeedConstants::AllReduceLatencyS);
        QCOMPARE(one.aggregateTokensPerS, one.perSequenceTokensPerS);
        const BatchStep many = SpeedModel::batchStep(PublishedModels::llama33_70b(), h100x2, fp8, 64, kv);
        QVERIFY(many.aggregateTokensPerS > 10 * one.aggregateTokensPerS);
        QVERIFY(many.perSequenceTokensPerS < one.perSequenceTokensPerS);
        // At a large enough batch the GPUs' arithmetic, not their memory, sets the pace.
        const BatchStep huge = SpeedModel::batchStep(PublishedModels::llama33_70b(), h100x2, fp8, 4096, 0);
        QVERIFY(huge.computeLimited);
        QCOMPARE(huge.aggregateTokensPerS,
                 4096 / (2 * 70.55e9 * 4096 / (2 * 989e12 * SpeedConstants::DefaultComputeEfficiency)));
    }
};

QTEST_APPLESS_MAIN(TestSpeedModel)
#include "tst_speedmodel.moc"
