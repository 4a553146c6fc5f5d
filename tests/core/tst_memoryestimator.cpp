// Hand-checked memory estimates. Every expected value is worked out in the comments from published facts
// (model config.json files, GPU datasheets, llama.cpp block layouts), not taken from the code.
#include "models/core/estimation/memoryestimator.h"
#include "publishedmodels.h"

#include <QTest>

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

// deepseek-ai/DeepSeek-R1 config.json: 61 layers, MLA with kv_lora_rank 512 and qk_rope_head_dim 64,
// 256 routed experts, 8 per token, 671B total, 37B active.
ModelRecord deepseekR1()
{
    ModelRecord m;
    m.name = QStringLiteral("DeepSeek R1");
    m.totalParams = 671'000'000'000;
    m.activeParams = 37'000'000'000;
    m.layers = 61;
    m.hiddenSize = 7168;
    m.attentionHeads = 128;
    m.kvHeads = 128;
    m.headDim = 128;
    m.attention = AttentionKind::MultiHeadLatent;
    m.kvLoraRank = 512;
    m.qkRopeHeadDim = 64;
    m.fullAttentionLayers = 61;
    m.routedExperts = 256;
    m.expertsPerToken = 8;
    m.sharedExperts = 1;
    m.maxContext = 131072;
    return m;
}

GpuRecord gpu(const char *name, double memoryGib, double bandwidthGbPerS)
{
    GpuRecord g;
    g.name = QString::fromLatin1(name);
    g.memoryGib = memoryGib;
    g.bandwidthGbPerS = bandwidthGbPerS;
    g.fp16Tflops = 100;
    return g;
}

FitParameters q4km(qint64 context = 8192)
{
    FitParameters p;
    p.bitsPerWeight = 4.85;
    p.contextTokens = context;
    return p;
}

} // namespace

class TestMemoryEstimator : public QObject
{
    Q_OBJECT

private slots:
    void weightsMatchTheRealGgufFile()
    {
        // bartowski's Llama-3.1-70B-Instruct Q4_K_M GGUF is 42.52 GB (same architecture as 3.3).
        // 70.55e9 x 4.85 / 8 = 42.77e9 bytes: 0.6% above the file.
        const double bytes = MemoryEstimator::weightsBytes(PublishedModels::llama33_70b(), 4.85);
        QCOMPARE(bytes, 42'770'937'500.0);
        QVERIFY(std::abs(bytes / 42.52e9 - 1.0) < 0.03);
    }

    void groupedQueryKvCache()
    {
        // 80 layers x 8192 tokens x (K and V: 2 x 8 KV heads x 128) x 2 bytes = 2,684,354,560 bytes.
        // Treating it as 64 full heads would give 8x more: the mistake GQA-blind calculators make.
        QCOMPARE(MemoryEstimator::kvCacheBytes(PublishedModels::llama33_70b(), 8192, q4km()), 2'684'354'560.0);
        FitParameters fp8 = q4km();
        fp8.kvPrecision = KvPrecision::Fp8;
        QCOMPARE(MemoryEstimator::kvCacheBytes(PublishedModels::llama33_70b(), 8192, fp8), 1'342'177'280.0);
        FitParameters q4 = q4km();
        q4.kvPrecision = KvPrecision::Q4_0;
        // 18 bytes per 32 elements: 80 x 8192 x 2048 x 18/32.
        QCOMPARE(MemoryEstimator::kvCacheBytes(PublishedModels::llama33_70b(), 8192, q4), 754'974'720.0);
    }

    void latentAttentionKvCache()
    {
        // MLA caches one 512-wide latent plus a 64-wide rope key per token and layer:
        // 61 x 8192 x 576 x 2 bytes = 575,668,224. As 128 ordinary heads it would be 61 x 8192 x 2 x 128 x 128 x 2.
        QCOMPARE(MemoryEstimator::kvCacheBytes(deepseekR1(), 8192, q4km()), 575'668'224.0);
    }

    void hybridAndChunkedAttention()
    {
        // Qwen3-Coder-Next: 12 full-attention layers of 2 KV heads x 256, plus 36 DeltaNet layers whose state
        // is 36 x 32 x 128 x 128 elements in bf16, whatever the context.
        ModelRecord coder;
        coder.totalParams = 79'700'000'000;
        coder.layers = 48;
        coder.kvHeads = 2;
        coder.headDim = 256;
        coder.attention = AttentionKind::Hybrid;
        coder.fullAttentionLayers = 12;
        coder.recurrentStateElements = 36LL * 32 * 128 * 128;
        // 12 x 32768 x 1024 x 2 = 805,306,368 plus 18,874,368 x 2 = 37,748,736.
        QCOMPARE(MemoryEstimator::kvCacheBytes(coder, 32768, q4km()), 843'055'104.0);

        // Llama 4 Scout: 12 global layers see all 131072 tokens; 36 chunked layers at most 8192.
        ModelRecord scout;
        scout.layers = 48;
        scout.kvHeads = 8;
        scout.headDim = 128;
        scout.attention = AttentionKind::Chunked;
        scout.fullAttentionLayers = 12;
        scout.attentionWindow = 8192;
        // 12 x 131072 x 2048 x 2 + 36 x 8192 x 2048 x 2 = 6,442,450,944 + 1,207,959,552.
        QCOMPARE(MemoryEstimator::kvCacheBytes(scout, 131072, q4km()), 7'650'410'496.0);
    }

    void moeIsSizedByTotalParameters()
    {
        // All 256 experts stay resident: 671e9 parameters at FP8 are 671e9 bytes, not the 37e9 active ones.
        FitParameters fp8 = q4km();
        fp8.bitsPerWeight = 8;
        const MemoryEstimate e = MemoryEstimator::estimate(deepseekR1(), {gpu("H200", 141, 4800), 8}, fp8);
        QCOMPARE(e.weightsBytes, 671e9);
        QCOMPARE(e.offloadedBytes, 0.0);
    }

    void expertOffload()
    {
        // Solve total = D + 256 x X and active = D + 8 x X: X = 634e9 / 248, D = 37e9 - 8 X = 16.548e9.
        const double expert = 634e9 / 248;
        const double dense = 37e9 - 8 * expert;
        QCOMPARE(MemoryEstimator::denseParams(deepseekR1()), dense);

        // 4x A100 80GB hold 4 x 80 GiB x 0.9 = 309.2e9 bytes; R1 at Q4_K_M needs 406.8e9 for weights alone.
        const GpuConfiguration a100x4{gpu("A100 80GB", 80, 2039), 4};
        FitParameters params = q4km();
        MemoryEstimate e = MemoryEstimator::estimate(deepseekR1(), a100x4, params);
        QVERIFY(!e.fits);
        QCOMPARE(e.verdict, FitVerdict::NeedsOffload);

        params.expertOffload = true;
        e = MemoryEstimator::estimate(deepseekR1(), a100x4, params);
        QCOMPARE(e.weightsBytes, dense * 4.85 / 8);
        QCOMPARE(e.offloadedBytes, 671e9 * 4.85 / 8 - dense * 4.85 / 8);
        QVERIFY(e.fits);
    }

    void overheadAndTotal()
    {
        // 2 GPUs x 512 MiB runtime reserve + 2048 prefill tokens x 8192 hidden x 32 bytes = 1,610,612,736.
        const GpuConfiguration twoCards{gpu("RTX 4090", 24, 1008), 2};
        const MemoryEstimate e = MemoryEstimator::estimate(PublishedModels::llama33_70b(), twoCards, q4km());
        QCOMPARE(e.overheadBytes, 1'610'612'736.0);
        QCOMPARE(e.totalBytes, 42'770'937'500.0 + 2'684'354'560.0 + 1'610'612'736.0);
        QCOMPARE(e.capacityBytes, 2 * 24 * GiB * 0.9);
        QCOMPARE(twoCards.name(), QStringLiteral("2x RTX 4090"));
    }

    void verdictBoundaries_data()
    {
        QTest::addColumn<double>("headroomShare"); // of usable capacity, before rounding the card's size
        QTest::addColumn<int>("verdict");
        QTest::addRow("well inside") << 0.30 << int(FitVerdict::FitsWithRoom);
        QTest::addRow("just above a tenth") << 0.101 << int(FitVerdict::FitsWithRoom);
        QTest::addRow("just below a tenth") << 0.099 << int(FitVerdict::Tight);
        QTest::addRow("barely fits") << 0.001 << int(FitVerdict::Tight);
        QTest::addRow("barely over") << -0.001 << int(FitVerdict::DoesNotFit);
    }

    void verdictBoundaries()
    {
        QFETCH(double, headroomShare);
        QFETCH(int, verdict);
        const ModelRecord model = PublishedModels::llama33_70b();
        const FitParameters params = q4km();
        // Size a card so that capacity = total / (1 - share).
        const GpuConfiguration probe{gpu("probe", 1, 1000), 1};
        const double needed = MemoryEstimator::estimate(model, probe, params).totalBytes;
        const double capacity = needed / (1.0 - headroomShare);
        const GpuConfiguration card{gpu("sized", capacity / params.utilisation / GiB, 1000), 1};
        const MemoryEstimate e = MemoryEstimator::estimate(model, card, params);
        QCOMPARE(int(e.verdict), verdict);
        QCOMPARE(e.fits, headroomShare >= 0);
    }

    void largestContextThatFits()
    {
        // 2x RTX 4090: 46,385,646,796.8 usable - 42,770,937,500 weights - 1,610,612,736 overhead leaves
        // 2,004,096,560.8 bytes; at 327,680 KV bytes a token that is 6116 tokens.
        const GpuConfiguration twoCards{gpu("RTX 4090", 24, 1008), 2};
        QCOMPARE(MemoryEstimator::maxContext(PublishedModels::llama33_70b(), twoCards, q4km()), 6116);
        // One RTX 4090 cannot hold the weights at all.
        QCOMPARE(MemoryEstimator::maxContext(PublishedModels::llama33_70b(), {gpu("RTX 4090", 24, 1008), 1}, q4km()), 0);
        // Eight H200s hold the whole 131072-token context.
        QCOMPARE(MemoryEstimator::maxContext(PublishedModels::llama33_70b(), {gpu("H200", 141, 4800), 8}, q4km()), 131072);
    }

    void bestQuantizationThatFits()
    {
        // One H100 80GB (77.3e9 usable) at 8K: FP8 needs 70.55e9 + 2.68e9 + 1.07e9 = 74.3e9 (fits);
        // Q8_0 at 8.5 bits needs 74.96e9 for weights alone plus the same 3.76e9 (78.7e9: does not).
        QList<QuantFormatRecord> formats;
        for (const auto &[name, bits] : {std::pair{"BF16", 16.0}, {"Q8_0", 8.5}, {"FP8", 8.0}, {"Q4_K_M", 4.85}}) {
            QuantFormatRecord f;
            f.name = QString::fromLatin1(name);
            f.bitsPerWeight = bits;
            formats << f;
        }
        const GpuConfiguration h100{gpu("H100 80GB", 80, 3350), 1};
        const QuantFormatRecord *best = MemoryEstimator::bestQuantization(PublishedModels::llama33_70b(), h100, q4km(), formats);
        QVERIFY(best);
        QCOMPARE(best->name, QStringLiteral("FP8"));
        QVERIFY(!MemoryEstimator::bestQuantization(PublishedModels::llama33_70b(), {gpu("RTX 3060", 12, 360), 1}, q4km(), formats));
    }

    void smallestConfiguration()
    {
        // FP16 weights are 141.1e9 bytes; one A100 80GB has 77.3e9 usable, two have 154.6e9.
        FitParameters fp16 = q4km();
        fp16.bitsPerWeight = 16;
        QCOMPARE(MemoryEstimator::smallestCount(PublishedModels::llama33_70b(), gpu("A100 80GB", 80, 2039), fp16), 2);
        QCOMPARE(MemoryEstimator::smallestCount(PublishedModels::llama33_70b(), gpu("RTX 3060", 12, 360), fp16), 0);
    }
};

QTEST_APPLESS_MAIN(TestMemoryEstimator)
#include "tst_memoryestimator.moc"
