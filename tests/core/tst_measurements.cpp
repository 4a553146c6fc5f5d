#include "models/core/estimation/measurements.h"

#include "models/core/estimation/memoryestimator.h"

#include <QTest>

// Measured runs in: llama-bench (JSON, JSONL, CSV), vllm bench serve, LLM Atlas's own file; matching,
// refusals, residuals checked by hand, and calibration.
class tst_Measurements : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quantNames_data();
    void quantNames();
    void llamaBenchJson();
    void llamaBenchJsonl();
    void llamaBenchCsv();
    void vllmJson();
    void atlasCsv();
    void tiesBrokenByFileName();
    void unmatchedReported();
    void refusedWhole_data();
    void refusedWhole();
    void impossibleSpeedsRejected();
    void residualByHand();
    void calibrationMovesSameGpuOnly();
    void runMatchingAConfiguration();
    void summary();

private:
    Dataset m_data;
};

namespace {

// Llama 3.1 8B and Llama 3.3 70B as their config.json files give them (meta-llama on Hugging Face); the
// parameter counts are llama-bench's model_n_params for their GGUF files.
ModelRecord llama8b()
{
    ModelRecord m;
    m.id = 1;
    m.name = QStringLiteral("Llama 3.1 8B");
    m.referenceModel = QStringLiteral("Llama-3.1-8B-Instruct");
    m.totalParams = 8030261248;
    m.layers = 32;
    m.hiddenSize = 4096;
    m.attentionHeads = 32;
    m.kvHeads = 8;
    m.headDim = 128;
    m.fullAttentionLayers = 32;
    m.maxContext = 131072;
    return m;
}

ModelRecord llama70b()
{
    ModelRecord m = llama8b();
    m.id = 2;
    m.name = QStringLiteral("Llama 3.3 70B");
    m.referenceModel = QStringLiteral("Llama-3.3-70B-Instruct");
    m.totalParams = 70553706496;
    m.layers = 80;
    m.hiddenSize = 8192;
    m.attentionHeads = 64;
    m.fullAttentionLayers = 80;
    return m;
}

// NVIDIA's datasheets: RTX 4090 1,008 GB/s, RTX 3090 936 GB/s. The FP16 rates, 330 and 142, are the
// FP16-accumulate ones (the FP32-accumulate rates the bundled data now carries are half): the checks here
// only need a compute bound far above the measured prefill.
GpuRecord gpu(qint64 id, const QString &name, double bandwidth, double tflops)
{
    GpuRecord g;
    g.id = id;
    g.name = name;
    g.vendor = QStringLiteral("NVIDIA");
    g.memoryGib = 24;
    g.memoryKind = QStringLiteral("GDDR6X");
    g.bandwidthGbPerS = bandwidth;
    g.fp16Tflops = tflops;
    return g;
}

QuantFormatRecord format(qint64 id, const QString &name, double bits)
{
    QuantFormatRecord q;
    q.id = id;
    q.name = name;
    q.bitsPerWeight = bits;
    return q;
}

// A row as llama-bench b4500 writes it with -o json (fields trimmed to those it always writes and we read).
QByteArray benchObject(qint64 params, int nPrompt, int nGen, double avgTs, const QString &gpuInfo = QStringLiteral("NVIDIA GeForce RTX 4090"),
                       const QString &file = QStringLiteral("models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"))
{
    return QStringLiteral(R"({"build_commit": "9f7add1c", "build_number": 4500, "cpu_info": "AMD Ryzen 9 7950X 16-Core Processor", )"
                          R"("gpu_info": "%1", "backends": "CUDA", "model_filename": "%2", "model_type": "llama 8B Q4_K - Medium", )"
                          R"("model_size": 4920734720, "model_n_params": %3, "n_batch": 2048, "n_ubatch": 512, "n_threads": 16, )"
                          R"("type_k": "f16", "type_v": "f16", "n_gpu_layers": 99, "split_mode": "layer", "main_gpu": 0, )"
                          R"("flash_attn": false, "n_prompt": %4, "n_gen": %5, "n_depth": 0, "test_time": "2025-01-20T10:11:12Z", )"
                          R"("avg_ns": 1000, "stddev_ns": 10, "avg_ts": %6, "stddev_ts": 0.42, "samples_ns": [1000], "samples_ts": [%6]})")
        .arg(gpuInfo, file)
        .arg(params)
        .arg(nPrompt)
        .arg(nGen)
        .arg(avgTs)
        .toUtf8();
}

} // namespace

void tst_Measurements::initTestCase()
{
    m_data.models = {llama8b(), llama70b()};
    m_data.gpus = {gpu(3, QStringLiteral("RTX 4090"), 1008, 330), gpu(2, QStringLiteral("RTX 3090"), 936, 142)};
    m_data.quantFormats = {format(2, QStringLiteral("BF16"), 16), format(9, QStringLiteral("Q4_K_M"), 4.85),
                           format(10, QStringLiteral("Q4_0"), 4.55)};
    m_data.reindex();
}

void tst_Measurements::quantNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quant");
    // llama.cpp's llama_model_ftype_name() and typical file names.
    QTest::addRow("Q4_K - Medium") << "llama 8B Q4_K - Medium" << "Q4_K_M";
    QTest::addRow("Q5_K - Small") << "llama 70B Q5_K - Small" << "Q5_K_S";
    QTest::addRow("Q8_0") << "llama 8B Q8_0" << "Q8_0";
    QTest::addRow("F16") << "llama 8B F16" << "FP16";
    QTest::addRow("BF16") << "qwen2 7B BF16" << "BF16";
    QTest::addRow("IQ4_XS") << "llama 8B IQ4_XS - 4.25 bpw" << "IQ4_XS";
    QTest::addRow("file") << "Meta-Llama-3-8B-Instruct.Q4_K_M.gguf" << "Q4_K_M";
    QTest::addRow("nothing") << "llama 8B" << "";
}

void tst_Measurements::quantNames()
{
    QFETCH(QString, text);
    QFETCH(QString, quant);
    QCOMPARE(Measurements::quantFromLlamaCpp(text), quant);
}

void tst_Measurements::llamaBenchJson()
{
    const QByteArray json = "[\n" + benchObject(8030261248, 512, 0, 7139.0) + ",\n"
                            + benchObject(8030261248, 0, 128, 130.6) + "\n]\n";
    const Measurements::ImportPlan plan = Measurements::plan(m_data, json, QStringLiteral("bench.json"), {});
    QVERIFY2(plan.canWrite(), qPrintable(plan.report()));
    QCOMPARE(plan.format, Measurements::FileFormat::LlamaBenchJson);
    QCOMPARE(plan.accepted.size(), 2);
    const MeasurementRecord &prefill = plan.accepted.at(0);
    QCOMPARE(prefill.modelId, 1);
    QCOMPARE(prefill.gpuId, 3);
    QCOMPARE(prefill.gpuCount, 1);
    QCOMPARE(prefill.quant, QStringLiteral("Q4_K_M"));
    QCOMPARE(prefill.prefillTokensPerS, 7139.0);
    QVERIFY(!prefill.decodeTokensPerS);
    QCOMPARE(prefill.promptTokens, 512);
    QCOMPARE(prefill.engine, QStringLiteral("llama.cpp"));
    QCOMPARE(prefill.measuredOn, QStringLiteral("2025-01-20"));
    QVERIFY(prefill.source.contains(QLatin1String("9f7add1c")));
    const MeasurementRecord &decode = plan.accepted.at(1);
    QCOMPARE(decode.decodeTokensPerS, 130.6);
    QVERIFY(!decode.prefillTokensPerS);
    QCOMPARE(decode.context, 128);
}

void tst_Measurements::llamaBenchJsonl()
{
    // Two devices in gpu_info: the count is 2. llama-bench -o jsonl writes one object per line.
    const QString twoGpus = QStringLiteral("NVIDIA GeForce RTX 3090, NVIDIA GeForce RTX 3090");
    const QByteArray jsonl = benchObject(70553706496, 0, 128, 16.3, twoGpus, QStringLiteral("Llama-3.3-70B-Q4_K_M.gguf"))
                             + "\n" + benchObject(70553706496, 512, 0, 357, twoGpus, QStringLiteral("Llama-3.3-70B-Q4_K_M.gguf"))
                             + "\n";
    const auto plan = Measurements::plan(m_data, jsonl, QStringLiteral("bench.jsonl"), {});
    QVERIFY2(plan.canWrite(), qPrintable(plan.report()));
    QCOMPARE(plan.format, Measurements::FileFormat::LlamaBenchJsonl);
    QCOMPARE(plan.accepted.size(), 2);
    QCOMPARE(plan.accepted.at(0).modelId, 2);
    QCOMPARE(plan.accepted.at(0).gpuId, 2);
    QCOMPARE(plan.accepted.at(0).gpuCount, 2);
    // --count overrides what the file says.
    Measurements::MatchOptions options;
    options.count = 4;
    QCOMPARE(Measurements::plan(m_data, jsonl, QStringLiteral("bench.jsonl"), options).accepted.at(0).gpuCount, 4);
}

void tst_Measurements::llamaBenchCsv()
{
    // llama-bench -o csv: a header, every value quoted.
    const QByteArray csv =
        "\"build_commit\",\"build_number\",\"cpu_info\",\"gpu_info\",\"backends\",\"model_filename\",\"model_type\","
        "\"model_size\",\"model_n_params\",\"n_gpu_layers\",\"type_k\",\"type_v\",\"n_prompt\",\"n_gen\",\"n_depth\","
        "\"test_time\",\"avg_ns\",\"stddev_ns\",\"avg_ts\",\"stddev_ts\"\n"
        "\"9f7add1c\",\"4500\",\"AMD Ryzen 9 7950X 16-Core Processor\",\"NVIDIA GeForce RTX 4090\",\"CUDA\","
        "\"/models/llama-3.1-8b-q4_0.gguf\",\"llama 8B Q4_0\",\"4653375488\",\"8030261248\",\"99\",\"q8_0\",\"q8_0\","
        "\"0\",\"128\",\"4096\",\"2025-01-20T10:11:12Z\",\"7000000\",\"10000\",\"140.25\",\"0.31\"\n";
    const auto plan = Measurements::plan(m_data, csv, QStringLiteral("bench.csv"), {});
    QVERIFY2(plan.canWrite(), qPrintable(plan.report()));
    QCOMPARE(plan.format, Measurements::FileFormat::LlamaBenchCsv);
    const MeasurementRecord &run = plan.accepted.constFirst();
    QCOMPARE(run.quant, QStringLiteral("Q4_0"));
    QCOMPARE(run.kvQuant, QStringLiteral("Q8_0"));
    QCOMPARE(run.decodeTokensPerS, 140.25);
    QCOMPARE(run.promptTokens, 4096); // decoding starts at a depth of 4,096 tokens
    QCOMPARE(run.context, 4096 + 128);
}

void tst_Measurements::vllmJson()
{
    // vllm bench serve --save-result, vLLM 0.10: the GPU is not in the file; --gpu names it.
    const QByteArray json = R"({"date": "20250301-120000", "backend": "vllm", "model_id": "meta-llama/Llama-3.3-70B-Instruct",
        "tokenizer_id": "meta-llama/Llama-3.3-70B-Instruct", "num_prompts": 100, "request_rate": "inf",
        "burstiness": 1.0, "max_concurrency": 1, "duration": 600.5, "completed": 100, "total_input_tokens": 102400,
        "total_output_tokens": 25600, "request_throughput": 0.17, "request_goodput": null, "output_throughput": 42.6,
        "total_token_throughput": 213.1, "mean_ttft_ms": 180.2, "median_ttft_ms": 176.0, "std_ttft_ms": 9.1,
        "p99_ttft_ms": 210.4, "mean_tpot_ms": 23.1, "median_tpot_ms": 23.0, "std_tpot_ms": 0.4, "p99_tpot_ms": 24.0,
        "mean_itl_ms": 23.1, "median_itl_ms": 23.0, "p99_itl_ms": 25.0})";
    auto plan = Measurements::plan(m_data, json, QStringLiteral("vllm.json"), {});
    QCOMPARE(plan.format, Measurements::FileFormat::VllmJson);
    QVERIFY(!plan.canWrite());
    QCOMPARE(plan.unmatched.size(), 1);
    QVERIFY(plan.unmatched.constFirst().contains(QLatin1String("--gpu")));

    Measurements::MatchOptions options;
    options.gpu = QStringLiteral("rtx 4090");
    options.count = 4;
    plan = Measurements::plan(m_data, json, QStringLiteral("vllm.json"), options);
    QVERIFY2(plan.canWrite(), qPrintable(plan.report()));
    const MeasurementRecord &run = plan.accepted.constFirst();
    QCOMPARE(run.modelId, 2); // the repository id against reference_model
    QCOMPARE(run.gpuId, 3);
    QCOMPARE(run.gpuCount, 4);
    QCOMPARE(run.engine, QStringLiteral("vllm"));
    QCOMPARE(run.quant, QStringLiteral("BF16"));
    QCOMPARE(*run.decodeTokensPerS, 1000.0 / 23.0); // the median time per output token
    QCOMPARE(run.ttftMs, 176.0);
    QCOMPARE(run.promptTokens, 1024);
    QCOMPARE(run.context, 1024 + 256);
    QCOMPARE(run.batch, 1);
    QCOMPARE(run.measuredOn, QStringLiteral("2025-03-01"));
}

void tst_Measurements::atlasCsv()
{
    const QByteArray csv = "model,quant,gpu,gpu_count,context,batch,kv_quant,vram_bytes,decode_tokens_per_s,"
                           "prefill_tokens_per_s,ttft_ms,engine,measured_on,source,notes\n"
                           "Llama 3.1 8B,Q4_K_M,RTX 4090,1,8192,1,,6442450944,128.5,,,llama.cpp,2026-03-01,nvidia-smi,\"peak, as nvidia-smi showed\"\n";
    const auto plan = Measurements::plan(m_data, csv, QStringLiteral("ours.csv"), {});
    QVERIFY2(plan.canWrite(), qPrintable(plan.report()));
    QCOMPARE(plan.format, Measurements::FileFormat::AtlasCsv);
    const MeasurementRecord &run = plan.accepted.constFirst();
    QCOMPARE(run.vramBytes, 6442450944.0);
    QCOMPARE(run.context, 8192);
    QCOMPARE(run.notes, QStringLiteral("peak, as nvidia-smi showed"));
    QCOMPARE(run.source, QStringLiteral("nvidia-smi"));
}

void tst_Measurements::tiesBrokenByFileName()
{
    Dataset data = m_data;
    ModelRecord twin = llama8b();
    twin.id = 7;
    twin.name = QStringLiteral("Granite 8B");
    twin.referenceModel = QStringLiteral("granite-3.1-8b-instruct");
    twin.totalParams = 8050000000; // within 1 % of Llama's 8.03 B
    data.models << twin;
    data.reindex();
    auto plan = Measurements::plan(data, "[" + benchObject(8030261248, 0, 128, 130) + "]", QStringLiteral("b.json"), {});
    QVERIFY2(plan.canWrite(), qPrintable(plan.report()));
    QCOMPARE(plan.accepted.constFirst().modelId, 1); // "Meta-Llama-3.1-8B-Instruct" names Llama 3.1 8B
    plan = Measurements::plan(data, "[" + benchObject(8030261248, 0, 128, 130, QStringLiteral("NVIDIA GeForce RTX 4090"), QStringLiteral("model.gguf")) + "]",
                              QStringLiteral("b.json"), {});
    QCOMPARE(plan.unmatched.size(), 1);
    QVERIFY(plan.unmatched.constFirst().contains(QLatin1String("Granite 8B")));
    QVERIFY(plan.accepted.isEmpty());
}

void tst_Measurements::unmatchedReported()
{
    const QByteArray json = "[" + benchObject(8030261248, 0, 128, 130) + ",\n"
                            + benchObject(13000000000, 0, 128, 60) + ",\n"
                            + benchObject(8030261248, 0, 128, 130, QStringLiteral("NVIDIA GeForce GTX 1080")) + "]";
    const auto plan = Measurements::plan(m_data, json, QStringLiteral("b.json"), {});
    QVERIFY(!plan.canWrite());
    QCOMPARE(plan.accepted.size(), 1);
    QCOMPARE(plan.unmatched.size(), 2);
    QVERIFY(plan.unmatched.at(0).startsWith(QLatin1String("line 2: ")));
    QVERIFY(plan.unmatched.at(0).contains(QLatin1String("13.00 B")));
    QVERIFY(plan.unmatched.at(1).contains(QLatin1String("GTX 1080")));
    // Named on the command line, the model needs no matching.
    Measurements::MatchOptions options;
    options.model = QStringLiteral("llama 3.1 8b");
    options.gpu = QStringLiteral("RTX 4090");
    QVERIFY(Measurements::plan(m_data, json, QStringLiteral("b.json"), options).canWrite());
}

void tst_Measurements::refusedWhole_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    const QByteArray good = benchObject(8030261248, 0, 128, 130);
    QTest::addRow("truncated json") << QByteArray("[" + good + ",\n" + good.left(80)) << "line 2: broken JSON";
    QTest::addRow("truncated jsonl") << QByteArray(good + "\n" + good.left(80) + "\n") << "line 2: not a JSON object";
    QTest::addRow("mixed jsonl") << QByteArray(good + "\n{\"model\": \"x\", \"gpu\": \"y\"}\n") << "line 2: no “model_n_params”";
    QTest::addRow("mixed json") << QByteArray("[" + good + ", {\"model\": \"Llama 3.1 8B\", \"quant\": \"Q4_K_M\", \"gpu\": \"RTX 4090\", \"decode_tokens_per_s\": 9}]")
                                << "entry 2: a different kind of row";
    QTest::addRow("text in number") << QByteArray("[" + QByteArray(good).replace("\"avg_ts\": 130", "\"avg_ts\": \"fast\"") + "]")
                                    << "entry 1: a number field";
    QTest::addRow("short csv row") << QByteArray("model,quant,gpu,decode_tokens_per_s\nLlama 3.1 8B,Q4_K_M,RTX 4090,130\nLlama 3.1 8B,Q4_K_M\n")
                                   << "line 3: 2 fields where the header has 4";
    QTest::addRow("open quote") << QByteArray("model,quant,gpu,decode_tokens_per_s\n\"Llama 3.1 8B,Q4_K_M,RTX 4090,130\n")
                                << "line 2: the file ends inside a quoted field";
    QTest::addRow("empty") << QByteArray("\n") << "the file is empty";
}

void tst_Measurements::refusedWhole()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const auto plan = Measurements::plan(m_data, data, QStringLiteral("f"), {});
    QVERIFY(plan.accepted.isEmpty());
    QVERIFY(!plan.canWrite());
    QVERIFY2(plan.error.startsWith(reason), qPrintable(plan.error));
}

void tst_Measurements::impossibleSpeedsRejected()
{
    // 8B Q4_K_M on a 4090 cannot exceed 1,008 GB/s / 4.87 GB = 207 tok/s; 2,500 is beyond ten times that.
    const QByteArray json = "[" + benchObject(8030261248, 0, 128, 0) + ",\n" + benchObject(8030261248, 0, 128, -5)
                            + ",\n" + benchObject(8030261248, 0, 128, 2500) + ",\n"
                            + benchObject(8030261248, 0, 128, 1900) + "]";
    const auto plan = Measurements::plan(m_data, json, QStringLiteral("b.json"), {});
    QCOMPARE(plan.rejected.size(), 3);
    QVERIFY(plan.rejected.at(2).contains(QLatin1String("beyond 10x")));
    QCOMPARE(plan.accepted.size(), 1); // 1,900 is within ten times the bound: unlikely, not impossible
    QVERIFY(!plan.canWrite());
}

void tst_Measurements::residualByHand()
{
    // llama-bench tg128 of Llama 3.1 8B Q4_K_M on one RTX 4090 at 130.6 tok/s (XiongjieDai's table).
    MeasurementRecord run;
    run.modelId = 1;
    run.gpuId = 3;
    run.quant = QStringLiteral("Q4_K_M");
    run.context = 128;
    run.engine = QStringLiteral("llama.cpp");
    run.decodeTokensPerS = 130.6;
    run.vramBytes = 6.0e9;
    // By hand: weights 8,030,261,248 x 4.85 / 8 = 4,868,345,881.6 bytes; the KV cache of 128 tokens is
    // 2 (K and V) x 32 layers x 8 heads x 128 x 2 bytes x 128 = 16,777,216 bytes; a token reads both:
    // 4,885,123,097.6 bytes / (1,008 GB/s x 0.86) = 5.6353 ms, plus 1.8 ms: 7.4353 ms = 134.49 tok/s.
    const double bytes = 8030261248.0 * 4.85 / 8 + 2.0 * 32 * 8 * 128 * 2 * 128;
    const double expected = 1.0 / (bytes / (1008e9 * 0.86) + 1.8e-3);
    const Measurements::Comparison c = Measurements::compare(m_data, run);
    QVERIFY(c.estimatedDecode);
    QCOMPARE(*c.estimatedDecode, expected);
    QVERIFY(qAbs(*c.estimatedDecode - 134.49) < 0.01);
    QVERIFY(qAbs(*c.decodeErrorPct - (134.49 - 130.6) / 130.6 * 100) < 0.01); // +2.98 %
    QVERIFY(!c.prefillErrorPct);
    // Memory: the estimator's total for the same configuration against the measured 6.0 GB.
    FitParameters p;
    p.bitsPerWeight = 4.85;
    p.quantName = run.quant;
    p.contextTokens = 128;
    p.promptTokens = 128;
    GpuConfiguration config{m_data.gpus.at(0), 1};
    const double vram = MemoryEstimator::estimate(m_data.models.at(0), config, p).totalBytes;
    QCOMPARE(*c.estimatedVram, vram);
    QCOMPARE(*c.vramErrorPct, (vram - 6.0e9) / 6.0e9 * 100);
}

void tst_Measurements::calibrationMovesSameGpuOnly()
{
    // Two decode runs of the 8B on a 4090: efficiencies 120 / bound and 125 / bound, mean e.
    Dataset data = m_data;
    MeasurementRecord run;
    run.modelId = 1;
    run.gpuId = 3;
    run.quant = QStringLiteral("Q4_K_M");
    run.context = 128;
    run.engine = QStringLiteral("llama.cpp");
    run.decodeTokensPerS = 120;
    data.measurements << run;
    run.decodeTokensPerS = 125;
    data.measurements << run;
    run.decodeTokensPerS = std::nullopt;
    run.prefillTokensPerS = 6000;
    run.promptTokens = 512;
    run.context = 512;
    data.measurements << run;
    const double bound = 1008e9 / (8030261248.0 * 4.85 / 8 + 2.0 * 32 * 8 * 128 * 2 * 128);
    const double e = (120 / bound + 125 / bound) / 2;

    const QList<Measurements::Calibration> calibrations = Measurements::fitCalibrations(data);
    QCOMPARE(calibrations.size(), 1);
    const Measurements::Calibration *c = Measurements::calibrationFor(calibrations, 3, InferenceEngine::LlamaCpp);
    QVERIFY(c);
    QCOMPARE(c->decodeRuns, 2);
    QCOMPARE(c->prefillRuns, 1);
    QCOMPARE(c->speed.bandwidthEfficiency, e);
    // English plurals come from llm-atlas_en.qm, which this appless test does not load.
    QVERIFY(c->speed.basis.startsWith(QLatin1String("calibrated from 3 run")));
    QVERIFY(c->speed.basis.endsWith(QLatin1String(" on RTX 4090")));
    QVERIFY(!Measurements::calibrationFor(calibrations, 3, InferenceEngine::Vllm));
    QVERIFY(!Measurements::calibrationFor(calibrations, 2, InferenceEngine::LlamaCpp));

    // Another model on the same GPU: its calibrated estimate is its bound times the fitted e.
    FitParameters p;
    p.bitsPerWeight = 4.85;
    p.quantName = QStringLiteral("Q4_K_M");
    const GpuConfiguration on4090{data.gpus.at(0), 4};
    const MemoryEstimate memory = MemoryEstimator::estimate(data.models.at(1), on4090, p);
    const SpeedEstimate published = SpeedModel::estimate(data.models.at(1), on4090, p, memory);
    const SpeedEstimate calibrated = SpeedModel::estimate(data.models.at(1), on4090, p, memory, c->speed);
    QVERIFY(published.available);
    QVERIFY(calibrated.calibrated);
    QCOMPARE(calibrated.decodeTokensPerS, published.decodeBoundTokensPerS * e);
    QVERIFY(calibrated.decodeTokensPerS != published.decodeTokensPerS);
    QCOMPARE(calibrated.basis, c->speed.basis);
    // The 3090 has no calibration: its estimate stays the published one.
    const GpuConfiguration on3090{data.gpus.at(1), 4};
    const auto none = Measurements::calibrationFor(calibrations, 2, InferenceEngine::LlamaCpp);
    QVERIFY(!none);
    const MemoryEstimate memory3090 = MemoryEstimator::estimate(data.models.at(1), on3090, p);
    QCOMPARE(SpeedModel::estimate(data.models.at(1), on3090, p, memory3090).decodeTokensPerS,
             1.0 / (published.gpuBytesPerToken / (936e9 * 0.86) + 1.8e-3));
}

// What the VRAM fit tab shows beside an estimate: a run of the same model, format, GPU, count, batch and
// engine; its memory only at the same context and KV cache type.
void tst_Measurements::runMatchingAConfiguration()
{
    Dataset data = m_data;
    MeasurementRecord run;
    run.id = 1;
    run.modelId = 2;
    run.quant = QStringLiteral("Q4_K_M");
    run.gpuId = 3;
    run.gpuCount = 2;
    run.context = 4096;
    run.engine = QStringLiteral("llama.cpp");
    run.vramBytes = 44e9;
    run.decodeTokensPerS = 17.5;
    data.measurements << run;

    GpuConfiguration twoCards{data.gpus.at(0), 2};
    FitParameters params;
    params.quantName = QStringLiteral("Q4_K_M");
    params.bitsPerWeight = 4.85;
    params.contextTokens = 4096;
    params.engine = InferenceEngine::LlamaCpp;
    Measurements::RunMatch match = Measurements::runMatching(data, 2, params.quantName, twoCards, params);
    QVERIFY(match.run);
    QCOMPARE(match.run->id, 1);
    QVERIFY(match.sameMemorySetting);

    // Another context: the run still says its speed, but its memory is not for this estimate.
    params.contextTokens = 8192;
    match = Measurements::runMatching(data, 2, params.quantName, twoCards, params);
    QCOMPARE(match.run ? match.run->id : 0, 1);
    QVERIFY(!match.sameMemorySetting);
    // A later run at this context is preferred to it; at yet another context, the latest is taken.
    run.id = 2;
    run.context = 8192;
    data.measurements << run;
    run.id = 3;
    run.context = 2048;
    data.measurements << run;
    match = Measurements::runMatching(data, 2, params.quantName, twoCards, params);
    QCOMPARE(match.run ? match.run->id : 0, 2);
    QVERIFY(match.sameMemorySetting);
    params.contextTokens = 32768;
    match = Measurements::runMatching(data, 2, params.quantName, twoCards, params);
    QCOMPARE(match.run ? match.run->id : 0, 3);
    // A quantized KV cache is another memory setting.
    params.contextTokens = 8192;
    params.kvPrecision = KvPrecision::Q8_0;
    match = Measurements::runMatching(data, 2, params.quantName, twoCards, params);
    QVERIFY(match.run && !match.sameMemorySetting);
    params.kvPrecision = KvPrecision::Fp16;

    // None for another count, batch, format, model, GPU or engine.
    QVERIFY(!Measurements::runMatching(data, 2, params.quantName, {data.gpus.at(0), 1}, params).run);
    QVERIFY(!Measurements::runMatching(data, 2, params.quantName, {data.gpus.at(1), 2}, params).run);
    QVERIFY(!Measurements::runMatching(data, 2, QStringLiteral("Q4_0"), twoCards, params).run);
    QVERIFY(!Measurements::runMatching(data, 1, params.quantName, twoCards, params).run);
    FitParameters batched = params;
    batched.batch = 4;
    QVERIFY(!Measurements::runMatching(data, 2, params.quantName, twoCards, batched).run);
    FitParameters vllm = params;
    vllm.engine = InferenceEngine::Vllm;
    QVERIFY(!Measurements::runMatching(data, 2, params.quantName, twoCards, vllm).run);
}

void tst_Measurements::summary()
{
    QList<Measurements::Comparison> cs(3);
    cs[0].decodeErrorPct = 10;
    cs[1].decodeErrorPct = -30;
    cs[1].vramErrorPct = 5;
    cs[2].prefillErrorPct = -15;
    const auto s = Measurements::summarize(cs);
    QCOMPARE(s.errors, 4);
    QCOMPARE(s.medianAbsoluteErrorPct, 12.5); // 5, 10, 15, 30
    QCOMPARE(s.within20Pct, 3);
}

QTEST_APPLESS_MAIN(tst_Measurements)
#include "tst_measurements.moc"
