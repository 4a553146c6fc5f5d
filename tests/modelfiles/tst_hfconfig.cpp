// config.json of each model type read as transformers reads it, the parameters it implies computed, and
// the KV cache the memory estimator then derives, checked against hand arithmetic from the published
// configs (huggingface.co/<repo>/blob/main/config.json) and the vendors' published parameter counts.
#include "testconfigs.h"

#include "models/core/estimation/memoryestimator.h"
#include "models/modelfiles/hfconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace TestConfigs;

HfConfigFacts parse(const QByteArray &json)
{
    return HfConfig::parse(json, QStringLiteral("config.json"));
}

// The Nemotron Super config with one key of one block's attention or ffn object changed.
QByteArray nemotronWithBlock(int block, const QString &part, const QString &key, const QJsonValue &value)
{
    QJsonObject config = QJsonDocument::fromJson(nemotronSuper49b()).object();
    QJsonArray blocks = config.value(QStringLiteral("block_configs")).toArray();
    QJsonObject b = blocks.at(block).toObject();
    QJsonObject inner = b.value(part).toObject();
    inner.insert(key, value);
    b.insert(part, inner);
    blocks.replace(block, b);
    config.insert(QStringLiteral("block_configs"), blocks);
    return QJsonDocument(config).toJson();
}

double kvBytes(const ModelRecord &model, qint64 tokens)
{
    return MemoryEstimator::kvCacheBytes(model, tokens, FitParameters()); // FP16 cache, bf16 state
}

} // namespace

class TestHfConfig : public QObject
{
    Q_OBJECT

private slots:
    void models_data();
    void models();
    void kvCache_data();
    void kvCache();
    void gemma3Defaults();
    void deciLinearBlocks();
    void quantization();
    void refusals_data();
    void refusals();
    void oversizedFile();
};

void TestHfConfig::models_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("modelType");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("active"); // -1: dense
    QTest::addColumn<int>("layers");
    QTest::addColumn<int>("kvHeads");
    QTest::addColumn<int>("headDim");
    QTest::addColumn<qint64>("maxContext");

    // Per layer: q, o 4096^2 = 16,777,216 each; k, v 4096 x 1024 = 4,194,304 each; MLP 3 x 4096 x 14336 =
    // 176,160,768; two norms 8192: 218,112,000. x 32 = 6,979,584,000, + embeddings and head 2 x 128256 x 4096
    // = 1,050,673,152, + final norm 4096 = 8,030,261,248 (Meta's model card: 8.03B).
    QTest::addRow("llama 3.1 8b") << Llama31_8b << "llama" << 8030261248LL << -1LL << 32 << 8 << 128
                                  << 131072LL;
    // As Llama's layer with vocabulary 32000: 218,112,000 x 32 + 2 x 32000 x 4096 + 4096 = 7,241,732,096.
    QTest::addRow("mistral 7b") << Mistral7b << "mistral" << 7241732096LL << -1LL << 32 << 8 << 128
                                << 32768LL;
    // q 3584^2 + bias 3584; k, v 3584 x 512 + bias 512 each; o 3584^2; MLP 3 x 3584 x 18944 = 203,685,888;
    // norms 7168: 233,057,792 per layer. x 28 + 2 x 152064 x 3584 + 3584 = 7,615,616,512 (Qwen: 7.61B).
    QTest::addRow("qwen2.5 7b") << Qwen25_7b << "qwen2" << 7615616512LL << -1LL << 28 << 4 << 128 << 32768LL;
    // q, o 16,777,216; k, v 4,194,304; q_norm, k_norm 128 each; MLP 3 x 4096 x 12288 = 150,994,944; norms
    // 8192: 192,946,432 per layer. x 36 + 2 x 151936 x 4096 + 4096 = 8,190,735,360 (Qwen: 8.2B).
    QTest::addRow("qwen3 8b") << Qwen3_8b << "qwen3" << 8190735360LL << -1LL << 36 << 8 << 128 << 40960LL;
    // Per layer: attention 8,388,608 x 2 + 1,048,576 x 2 + 256, norms 4096, router 2048 x 128 = 262,144,
    // experts 128 x 3 x 2048 x 768 = 603,979,776: 623,120,640. x 48 + 2 x 151936 x 2048 + 2048 =
    // 30,532,122,624. Active: minus 120/128 of 48 x 603,979,776 = 27,179,089,920: 3,353,032,704
    // (Qwen: 30.5B, 3.3B).
    QTest::addRow("qwen3 30b a3b") << Qwen3_30bA3b << "qwen3_moe" << 30532122624LL << 3353032704LL << 48 << 4
                                   << 128 << 40960LL;
    // Full-attention layer: gated q 2048 x 8192 = 16,777,216, k, v 2048 x 512 each, o 4096 x 2048 =
    // 8,388,608, q/k norms 512: 27,263,488. Gated DeltaNet layer: in_proj_qkvz 2048 x 12288 = 25,165,824,
    // in_proj_ba 2048 x 64 = 131,072, conv 8192 x 4 = 32,768, dt_bias + A_log 64, norm 128, out_proj 4096 x
    // 2048 = 8,388,608: 33,718,464. MoE: router 2048 x 512 = 1,048,576, experts 512 x 3 x 2048 x 512 =
    // 1,610,612,736, shared 3 x 2048 x 512 = 3,145,728, shared gate 2048: 1,614,809,088; norms 4096.
    // 12 x 27,263,488 + 36 x 33,718,464 + 48 x 1,614,813,184 + 2 x 151936 x 2048 + 2048 = 79,674,391,296.
    // Active: minus 502/512 of 48 x 1,610,612,736: 3,874,929,408 (Qwen: 80B total, 3B active without
    // embeddings, 3.87B with them).
    QTest::addRow("qwen3 next 80b a3b")
        << Qwen3Next << "qwen3_next" << 79674391296LL << 3874929408LL << 48 << 2 << 256 << 262144LL;
    // MLA per layer: q_a 7168 x 1536 + norm 1536, q_b 1536 x 128 x 192, kv_a 7168 x 576 + norm 512, kv_b 512
    // x 128 x 256, o 128 x 128 x 7168: 187,107,328, norms 14,336. 3 dense MLPs 3 x 7168 x 18432 =
    // 396,361,728. 58 MoE layers: router 256 x 7168 + bias 256, experts 256 x 3 x 7168 x 2048 =
    // 11,274,289,152, shared 3 x 7168 x 2048: 11,320,164,608. + 2 x 129280 x 7168 + 7168 = 671,026,419,200;
    // the MTP layer is left out (DeepSeek: 671B main model + 14B MTP). Active: minus 248/256 of 58 x
    // 11,274,289,152: 37,552,297,472.
    QTest::addRow("deepseek v3") << DeepseekV3 << "deepseek_v3" << 671026419200LL << 37552297472LL << 61
                                 << 128 << 128 << 163840LL;
    // Per layer: q 5376 x 4096, k, v 5376 x 2048, o 4096 x 5376, q/k norms 256, four norms 21,504, MLP
    // 3 x 5376 x 21504: 412,898,560. x 62 + tied embeddings 262208 x 5376 + 5376 = 27,009,346,304 (Google:
    // 27B, the vision encoder's 0.4B apart).
    QTest::addRow("gemma3 27b") << Gemma3_27b << "gemma3_text" << 27009346304LL << -1LL << 62 << 16 << 128
                                << 131072LL;
    // Per layer: q, o 1152 x 1024, k, v 1152 x 256, q/k norms 512, norms 4608, MLP 3 x 1152 x 6912:
    // 26,842,112. x 26 + 262144 x 1152 (tied) + 1152 = 999,885,952.
    QTest::addRow("gemma3 1b") << Gemma3_1b << "gemma3_text" << 999885952LL << -1LL << 26 << 1 << 256
                               << 32768LL;
    // Attention: q 2880 x 4096 + 4096, k, v 2880 x 512 + 512, o 4096 x 2880 + 2880, sinks 64: 26,550,144.
    // Experts 32 x (2880 x 5760 + 5760 + 2880 x 2880 + 2880) = 796,538,880; router 2880 x 32 + 32; norms
    // 5760: 823,186,976 per layer. x 24 + 2 x 201088 x 2880 + 2880 = 20,914,757,184 (OpenAI: 20.91B). Active:
    // minus 28/32 of the experts: 4,187,440,704 (OpenAI's 3.61B leaves out the 0.58B embedding).
    QTest::addRow("gpt-oss 20b") << gptOss20b() << "gpt_oss" << 20914757184LL << 4187440704LL << 24 << 8 << 64
                                 << 131072LL;
    // Per layer: attention 5120^2 x 2 + 5120 x 1024 x 2 = 62,914,560, norms 10,240, router 5120 x 16, experts
    // 16 x 3 x 5120 x 8192 = 2,013,265,920, shared expert 3 x 5120 x 8192: 2,202,101,760. x 48 + 2 x 202048 x
    // 5120 + 5120 = 107,769,861,120 (Meta's 109B counts the vision encoder). Active: minus 15/16 of the
    // experts: 17,172,894,720 (Meta: 17B).
    QTest::addRow("llama4 scout") << llama4Scout() << "llama4_text" << 107769861120LL << 17172894720LL << 48
                                  << 8 << 128 << 10485760LL;
    // Per layer: attention 41,943,040, router 4096 x 8, experts 8 x 3 x 4096 x 14336 = 1,409,286,144, norms
    // 8192. x 32 + 2 x 32000 x 4096 + 4096 = 46,702,792,704; active minus 6/8 of the experts: 12,879,925,248.
    QTest::addRow("mixtral 8x7b") << Mixtral8x7b << "mixtral" << 46702792704LL << 12879925248LL << 32 << 8
                                  << 128 << 32768LL;
    // Per layer: attention 4 x 3072^2 = 37,748,736, MLP 3 x 3072 x 8192 = 75,497,472, norms 6144. x 32 +
    // 2 x 32064 x 3072 + 3072 = 3,821,079,552 (Microsoft: 3.8B).
    QTest::addRow("phi3 mini") << Phi3Mini << "phi3" << 3821079552LL << -1LL << 32 << 32 << 96 << 4096LL;
    // Attention: q 4096 x 12288 + 12288, k, v 4096 x 1024 + 1024, o 12288 x 4096: 109,066,240; norms 8192.
    // 1 dense MLP 3 x 4096 x 10944; 45 MoE layers: router 4096 x 128 + bias 128, experts 128 x 3 x 4096 x
    // 1408 = 2,214,592,512, shared 3 x 4096 x 1408: 2,232,418,432. + 2 x 151552 x 4096 + 4096 =
    // 106,852,251,264 (Z.ai: 106B without the MTP layer). Active: minus 120/128 of the experts:
    // 13,424,129,664.
    QTest::addRow("glm 4.5 air") << Glm45Air << "glm4_moe" << 106852251264LL << 13424129664LL << 46 << 8
                                 << 128 << 131072LL;
    // Per layer: q 3584 x 4096, k, v 3584 x 2048, o 4096 x 3584: 44,040,192; four norms 14,336; MLP
    // 3 x 3584 x 14336 = 154,140,672: 198,195,200. x 42 + 256000 x 3584 (tied) + 3584 = 9,241,705,984 (9.24B).
    QTest::addRow("gemma2 9b") << Gemma2_9b << "gemma2" << 9241705984LL << -1LL << 42 << 8 << 256 << 8192LL;
    // Per layer: attention 4 x 4096^2 = 67,108,864, q_norm and k_norm 2 x 4096, MLP 3 x 4096 x 11008 =
    // 135,266,304, norms 8192: 202,391,552. x 32 + 2 x 100352 x 4096 + 4096 = 7,298,617,344 (Ai2: 7.3B).
    QTest::addRow("olmo2 7b") << Olmo2_7b << "olmo2" << 7298617344LL << -1LL << 32 << 32 << 128 << 4096LL;
    // Per layer: attention 4 x 8192^2 = 268,435,456, MLP 3 x 8192 x 22528 = 553,648,128, one norm 8192:
    // 822,091,776. x 40 + 256000 x 8192 (tied) + 8192 = 34,980,831,232 (Cohere: 35B).
    QTest::addRow("command-r") << CommandR << "cohere" << 34980831232LL << -1LL << 40 << 64 << 128 << 8192LL;
    // Per layer: q, o 4096^2 + bias 4096 each, k, v 4096 x 1024 + bias 1024 each: 41,953,280; two LayerNorms
    // with bias 16,384; router 4096 x 16; experts 16 x 3 x 4096 x 6400 = 1,258,291,200: 1,300,326,400. x 32 +
    // 2 x 32064 x 4096 + final LayerNorm 8192 + head bias 32064 = 41,873,153,344; active minus 14/16 of the
    // experts: 6,640,999,744 (Microsoft: 42B, 6.6B active).
    QTest::addRow("phi3.5 moe") << Phi35Moe << "phimoe" << 41873153344LL << 6640999744LL << 32 << 8 << 128
                                << 131072LL;
    // MLA without a query latent: q 2048 x 16 x 192, kv_a 2048 x 576 + norm 512, kv_b 512 x 16 x 256, o 16 x
    // 128 x 2048: 13,763,072; norms 4096. 1 dense MLP 3 x 2048 x 10944; 26 MoE layers: router 64 x 2048, experts
    // 64 x 3 x 2048 x 1408 = 553,648,128, 2 shared 2 x 3 x 2048 x 1408: 571,080,704. + 2 x 102400 x 2048 + 2048
    // = 15,706,484,224 (DeepSeek: 15.7B); active minus 58/64 of the experts: 2,661,150,208.
    QTest::addRow("deepseek v2 lite") << DeepseekV2Lite << "deepseek_v2" << 15706484224LL << 2661150208LL << 27 << 16
                                      << 128 << 163840LL;
    // q 5120 x 4096, k, v 5120 x 1024, o 4096 x 5120: 52,428,800; MLP 3 x 5120 x 32768 = 503,316,480; norms
    // 10,240: 555,755,520. x 40 + 2 x 131072 x 5120 + 5120 = 23,572,403,200 (Mistral: 24B with the vision
    // encoder).
    QTest::addRow("mistral small 3.1") << MistralSmall31 << "mistral" << 23572403200LL << -1LL << 40 << 8 << 128
                                       << 131072LL;
    // Per layer: q, o 2048 x 2048, k, v 2048 x 256, MLP 3 x 2048 x 16384 = 100,663,296, two norms 4096:
    // 110,104,576. x 18 + 256000 x 2048 (tied) + 2048 = 2,506,172,416 (Google: 2.5B).
    QTest::addRow("gemma 2b") << Gemma2b << "gemma" << 2506172416LL << -1LL << 18 << 1 << 256 << 8192LL;
    // Per layer: q, o 5120^2, k, v 5120 x 1024, q/k norms 256, MLP 3 x 5120 x 27392 = 420,741,120, two norms
    // 10,240: 483,666,176. x 64 + 2 x 102400 x 5120 + 5120 = 32,003,216,384 (LG: 32B).
    QTest::addRow("exaone 4.0 32b") << exaone4_32b() << "exaone4" << 32003216384LL << -1LL << 64 << 8 << 128
                                    << 131072LL;
    // 49 attention blocks: norm 8192, q, o 8192^2, k, v 8192 x 1024: 151,003,136 each. 80 MLPs, each with its
    // norm, widths int(2 x ffn_mult x 8192 / 3) rounded up to 256: 49 x 28672 (5.25), 17920 (3.28125), 6 x
    // 14336 (2.625), 10 x 7168 (1.3125), 8 x 5632 (1.0), 6 x 2816 (0.5) = 1,642,496 wide in all: 3 x 8192 x
    // 1,642,496 = 40,365,981,696 + 655,360. + 7,399,153,664 + 2 x 128256 x 8192 + 8192 = 49,867,145,216
    // (NVIDIA: 49.9B).
    QTest::addRow("nemotron super 49b")
        << nemotronSuper49b() << "nemotron-nas" << 49867145216LL << -1LL << 80 << 8 << 128 << 131072LL;
    // DeepSeek-V3 plus an indexer per layer: wq_b 1536 x 64 x 128 = 12,582,912, wk 7168 x 128 = 917,504 and
    // its LayerNorm 256, weights_proj 7168 x 64 = 458,752: 13,959,424 x 61 = 851,524,864 on V3's
    // 671,026,419,200 and 37,552,297,472 active: 671,877,944,064 and 38,403,822,336.
    QTest::addRow("deepseek v3.2") << deepseekV32() << "deepseek_v32" << 671877944064LL << 38403822336LL << 61
                                   << 128 << 128 << 163840LL;
    // Lightning layers: qkv 6144 x 3 x 8192, output gate and out_proj 6144 x 8192 each, norm 8192:
    // 251,666,432. Softmax layers: q, o 6144 x 8192, k, v 6144 x 1024: 113,246,208. Every layer: router
    // 6144 x 32, experts 32 x 3 x 6144 x 9216 = 5,435,817,984, two norms 12,288. 70 x 251,666,432 + 10 x
    // 113,246,208 + 80 x 5,436,026,880 + 2 x 200064 x 6144 + 6144 = 456,089,655,296; active minus 30/32 of
    // the experts: 48,403,306,496 (MiniMax: 456B, 45.9B active without the embeddings).
    QTest::addRow("minimax m1") << miniMaxM1() << "minimax_m1" << 456089655296LL << 48403306496LL << 80 << 8
                                << 128 << 10240000LL;
    // Each block is one mixer after its norm (2688). Mamba-2: in_proj 2688 x (4096 + 6144 + 64), conv 6144 x
    // 4
    // + bias 6144, dt_bias, A_log and D 3 x 64, norm 4096, out_proj 4096 x 2688: 38,742,208. Attention: q, o
    // 2688 x 4096, k, v 2688 x 256: 23,396,352. MoE: router 128 x 2688 + correction bias 128, experts 128 x 2
    // x 2688 x 1856 = 1,277,165,568, shared expert 2 x 2688 x 3712: 1,297,465,472. 23 + 6 + 23 blocks, 2 x
    // 131072 x 2688 + 2688: 31,577,940,288 (NVIDIA: 31.6B); active minus 122/128 of the experts:
    // 3,580,076,352.
    QTest::addRow("nemotron 3 nano") << NemotronNano30b << "nemotron_h" << 31577940288LL << 3580076352LL << 52
                                     << 2 << 128 << 262144LL;
}

void TestHfConfig::models()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, modelType);
    QFETCH(qint64, total);
    QFETCH(qint64, active);
    QFETCH(int, layers);
    QFETCH(int, kvHeads);
    QFETCH(int, headDim);
    QFETCH(qint64, maxContext);
    const HfConfigFacts facts = parse(json);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.modelType, modelType);
    QCOMPARE(facts.model.totalParams, total);
    QCOMPARE(facts.model.activeParams.value_or(-1), active);
    QCOMPARE(facts.model.layers, layers);
    QCOMPARE(facts.model.kvHeads, kvHeads);
    QCOMPARE(facts.model.headDim, headDim);
    QCOMPARE(facts.model.maxContext, maxContext);
    QVERIFY(facts.model.name.isEmpty()); // the folder names the model
}

void TestHfConfig::kvCache_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<AttentionKind>("attention");
    QTest::addColumn<int>("fullLayers");
    QTest::addColumn<int>("window");
    QTest::addColumn<qint64>("tokens");
    QTest::addColumn<double>("bytes"); // FP16 KV cache (and bf16 recurrent state) for one sequence

    // GQA: 32 layers x 2 (K, V) x 8 heads x 128 x 2 bytes = 131,072 bytes per token.
    QTest::addRow("llama 3.1 8b") << Llama31_8b << AttentionKind::GroupedQuery << 32 << 0 << 8192LL
                                  << 131072.0 * 8192;
    // Sliding window on every layer: 32 x min(32768, 4096) x 2 x 8 x 128 x 2 bytes = 536,870,912.
    QTest::addRow("mistral 7b") << Mistral7b << AttentionKind::Chunked << 0 << 4096 << 32768LL << 536870912.0;
    // Phi-3-mini: 32 layers x min(4096, 2047) x 2 x 32 x 96 x 2 bytes = 804,913,152.
    QTest::addRow("phi3 mini") << Phi3Mini << AttentionKind::Chunked << 0 << 2047 << 4096LL << 804913152.0;
    // MoE, GQA: 48 layers x 2 x 4 x 128 x 2 bytes = 98,304 bytes per token.
    QTest::addRow("qwen3 30b a3b") << Qwen3_30bA3b << AttentionKind::GroupedQuery << 48 << 0 << 1000LL
                                   << 98304000.0;
    // MLA: 61 layers x (512 + 64) x 2 bytes = 70,272 bytes per token.
    QTest::addRow("deepseek v3") << DeepseekV3 << AttentionKind::MultiHeadLatent << 61 << 0 << 100000LL
                                 << 7027200000.0;
    // Hybrid: 12 full layers x 2 x 2 x 256 x 2 bytes = 24,576 per token, plus 36 DeltaNet layers x 32 x 128 x
    // 128 = 18,874,368 state elements x 2 bytes = 37,748,736 per sequence.
    QTest::addRow("qwen3 next") << Qwen3Next << AttentionKind::Hybrid << 12 << 0 << 262144LL
                                << 24576.0 * 262144 + 37748736.0;
    // Sliding 5 of 6: layers 5, 11, ..., 59 are full (10): 10 x 2 x 16 x 128 x 2 = 81,920 per token; the 52
    // others hold min(32768, 1024) tokens x 8,192 bytes = 436,207,616.
    QTest::addRow("gemma3 27b") << Gemma3_27b << AttentionKind::Chunked << 10 << 1024 << 32768LL
                                << 81920.0 * 32768 + 436207616.0;
    // Gemma 3 1B: 4 full layers x 2 x 1 x 256 x 2 = 4,096 per token; 22 windowed layers x 512 x 1,024 bytes.
    QTest::addRow("gemma3 1b") << Gemma3_1b << AttentionKind::Chunked << 4 << 512 << 32768LL
                               << 4096.0 * 32768 + 22.0 * 512 * 1024;
    // gpt-oss-20b: 12 full x 2 x 8 x 64 x 2 = 24,576 per token; 12 sliding x 128 tokens x 2,048 bytes.
    QTest::addRow("gpt-oss 20b") << gptOss20b() << AttentionKind::Chunked << 12 << 128 << 131072LL
                                 << 24576.0 * 131072 + 12.0 * 128 * 2048;
    // Llama 4 Scout: 12 global layers x 2 x 8 x 128 x 2 = 49,152 per token; 36 chunked x 8192 x 4,096 bytes.
    QTest::addRow("llama4 scout") << llama4Scout() << AttentionKind::Chunked << 12 << 8192 << 1048576LL
                                  << 49152.0 * 1048576 + 36.0 * 8192 * 4096;
    // Gemma 2 9B: 21 full layers x 2 x 8 x 256 x 2 = 172,032 bytes per token; 21 sliding x 4096 x 8,192.
    QTest::addRow("gemma2 9b") << Gemma2_9b << AttentionKind::Chunked << 21 << 4096 << 8192LL
                               << 172032.0 * 8192 + 21.0 * 4096 * 8192;
    // Gemma 1: every layer full, 18 x 2 x 1 x 256 x 2 = 18,432 bytes per token.
    QTest::addRow("gemma 2b") << Gemma2b << AttentionKind::GroupedQuery << 18 << 0 << 8192LL
                              << 18432.0 * 8192;
    // EXAONE 4.0: 16 full layers x 2 x 8 x 128 x 2 = 65,536 per token; 48 sliding x 4096 tokens x 4,096
    // bytes.
    QTest::addRow("exaone 4.0 32b") << exaone4_32b() << AttentionKind::Chunked << 16 << 4096 << 32768LL
                                    << 65536.0 * 32768 + 48.0 * 4096 * 4096;
    // Only the 49 blocks with attention cache: 49 x 2 x 8 x 128 x 2 = 200,704 bytes per token.
    QTest::addRow("nemotron super 49b")
        << nemotronSuper49b() << AttentionKind::GroupedQuery << 49 << 0 << 8192LL << 200704.0 * 8192;
    // MiniMax-M1: 10 softmax layers x 2 x 8 x 128 x 2 = 40,960 bytes per token, plus 70 lightning layers x 64
    // heads x 128 x 128 = 73,400,320 state elements x 2 bytes per sequence.
    QTest::addRow("minimax m1") << miniMaxM1() << AttentionKind::Hybrid << 10 << 0 << 100000LL
                                << 40960.0 * 100000 + 73400320.0 * 2;
    // Nemotron 3 Nano: 6 attention blocks x 2 x 2 x 128 x 2 = 6,144 bytes per token, plus 23 Mamba-2 blocks x
    // 64 heads x 64 x 128 = 12,058,624 state elements x 2 bytes per sequence.
    QTest::addRow("nemotron 3 nano") << NemotronNano30b << AttentionKind::Hybrid << 6 << 0 << 100000LL
                                     << 6144.0 * 100000 + 12058624.0 * 2;
    // As DeepSeek-V3: the indexer's own key cache is not estimated.
    QTest::addRow("deepseek v3.2") << deepseekV32() << AttentionKind::MultiHeadLatent << 61 << 0 << 100000LL
                                   << 7027200000.0;
}

void TestHfConfig::kvCache()
{
    QFETCH(QByteArray, json);
    QFETCH(AttentionKind, attention);
    QFETCH(int, fullLayers);
    QFETCH(int, window);
    QFETCH(qint64, tokens);
    QFETCH(double, bytes);
    const HfConfigFacts facts = parse(json);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QCOMPARE(facts.model.attention, attention);
    QCOMPARE(facts.model.fullAttentionLayers, fullLayers);
    QCOMPARE(facts.model.attentionWindow, window);
    QCOMPARE(kvBytes(facts.model, tokens), bytes);
}

void TestHfConfig::gemma3Defaults()
{
    const HfConfigFacts facts = parse(Gemma3_27b);
    QVERIFY2(facts.ok(), qPrintable(facts.error));
    QVERIFY(facts.hasVision);
    QCOMPARE(facts.quant, QStringLiteral("BF16"));
    // Gemma 3's published config leaves vocabulary, context, window pattern and tying to the class.
    for (const QString &expected : {QStringLiteral("text_config.vocab_size = 262208"),
                                    QStringLiteral("text_config.max_position_embeddings = 131072"),
                                    QStringLiteral("text_config.sliding_window_pattern = 6"),
                                    QStringLiteral("text_config.tie_word_embeddings = true")})
        QVERIFY2(facts.defaultsUsed.contains(expected),
                 qPrintable(facts.defaultsUsed.join(QStringLiteral("; "))));
    // gemma-3-4b-it leaves its heads to the class as well: 8 heads, 4 of them for keys and values, of 256.
    const HfConfigFacts fourB = parse(R"({"model_type":"gemma3","text_config":{"hidden_size":2560,
        "intermediate_size":10240,"model_type":"gemma3_text","num_hidden_layers":34,"sliding_window":1024}})");
    QVERIFY2(fourB.ok(), qPrintable(fourB.error));
    QCOMPARE(fourB.model.attentionHeads, 8);
    QCOMPARE(fourB.model.kvHeads, 4);
    QCOMPARE(fourB.model.headDim, 256);
    QVERIFY2(fourB.defaultsUsed.contains(QStringLiteral("text_config.num_attention_heads = 8")),
             qPrintable(fourB.defaultsUsed.join(QStringLiteral("; "))));
    // A flat config that gives every key uses no size defaults.
    const HfConfigFacts flat = parse(Gemma3_1b);
    QVERIFY(!flat.hasVision);
    QVERIFY(!flat.defaultsUsed.join(QLatin1Char(' ')).contains(QStringLiteral("vocab_size")));
    // Dense and MoE routing facts.
    QCOMPARE(parse(DeepseekV3).model.sharedExperts, 1);
    QCOMPARE(parse(DeepseekV3).model.routedExperts, 256);
    QCOMPARE(parse(DeepseekV3).model.kvLoraRank, 512);
    QCOMPARE(parse(DeepseekV3).model.qkRopeHeadDim, 64);
    QCOMPARE(parse(Qwen3Next).model.recurrentStateElements, 36LL * 32 * 128 * 128);
    QCOMPARE(parse(Qwen3Next).model.sharedExperts, 1);
    QCOMPARE(parse(llama4Scout()).model.expertsPerToken, 1);
}

void TestHfConfig::deciLinearBlocks()
{
    // Block 0's attention (151,003,136 with its norm) as one 8192 x 8192 map and its norm: 67,117,056, and no
    // KV cache for that layer.
    const HfConfigFacts linearAttention =
        parse(nemotronWithBlock(0, QStringLiteral("attention"), QStringLiteral("replace_with_linear"), true));
    QVERIFY2(linearAttention.ok(), qPrintable(linearAttention.error));
    QCOMPARE(linearAttention.model.totalParams, 49867145216LL - 151003136 + 67117056);
    QCOMPARE(linearAttention.model.fullAttentionLayers, 48);
    // Block 0's MLP (2.625: 3 x 8192 x 14336 + norm = 352,329,728) left out, or as one map with its norm.
    QCOMPARE(
        parse(nemotronWithBlock(0, QStringLiteral("ffn"), QStringLiteral("no_op"), true)).model.totalParams,
        49867145216LL - 352329728);
    QCOMPARE(parse(nemotronWithBlock(0, QStringLiteral("ffn"), QStringLiteral("replace_with_linear"), true))
                 .model.totalParams,
             49867145216LL - 352329728 + 67117056);
}

void TestHfConfig::quantization()
{
    const HfConfigFacts deepseek = parse(DeepseekV3);
    QCOMPARE(deepseek.quant, QStringLiteral("FP8"));
    QVERIFY(deepseek.quantized && !deepseek.packedWeights);
    const HfConfigFacts oss = parse(gptOss20b());
    QCOMPARE(oss.quant, QStringLiteral("MXFP4"));
    QVERIFY(oss.packedWeights);
    const QByteArray gptq = withKey(
        Llama31_8b, QStringLiteral("quantization_config"),
        QJsonObject{{QStringLiteral("quant_method"), QStringLiteral("gptq")}, {QStringLiteral("bits"), 4}});
    QCOMPARE(parse(gptq).quant, QStringLiteral("GPTQ-4bit"));
    QVERIFY(parse(gptq).packedWeights);
    QCOMPARE(parse(Llama31_8b).quant, QStringLiteral("BF16"));
    QVERIFY(!parse(Llama31_8b).quantized);
}

void TestHfConfig::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("named"); // every one must appear in the message

    QTest::addRow("not json") << QByteArray("{\"model_type\": ") << QStringList{"not valid JSON"};
    QTest::addRow("not an object") << QByteArray("[1, 2]") << QStringList{"not a JSON object"};
    // Python's json module writes a bare Infinity (a published Nemotron-H config holds one); JSON has none.
    QTest::addRow("bare Infinity")
        << QByteArray(R"({"model_type": "nemotron_h", "a_limit": Infinity})")
        << QStringList{"not valid JSON"};
    QTest::addRow("no model_type") << withoutKey(Llama31_8b, QStringLiteral("model_type"))
                                   << QStringList{"model_type"};
    QTest::addRow("unknown model_type")
        << withKey(Llama31_8b, QStringLiteral("model_type"), QStringLiteral("mamba"))
        << QStringList{"“mamba”", "llama", "qwen3_next", "gemma3"};
    QTest::addRow("missing sizes") << withoutKey(withoutKey(Llama31_8b, QStringLiteral("hidden_size")),
                                                 QStringLiteral("vocab_size"))
                                   << QStringList{"missing", "hidden_size", "vocab_size", "llama"};
    QTest::addRow("missing MLA keys")
        << withoutKey(DeepseekV3, QStringLiteral("kv_lora_rank")) << QStringList{"kv_lora_rank"};
    QTest::addRow("missing DeltaNet keys") << withoutKey(Qwen3Next, QStringLiteral("linear_num_value_heads"))
                                           << QStringList{"linear_num_value_heads"};
    QTest::addRow("layers as a string")
        << withKey(Llama31_8b, QStringLiteral("num_hidden_layers"), QStringLiteral("32"))
        << QStringList{"num_hidden_layers", "whole numbers"};
    QTest::addRow("fractional size") << withKey(Llama31_8b, QStringLiteral("hidden_size"), 4096.5)
                                     << QStringList{"hidden_size"};
    QTest::addRow("negative heads") << withKey(Llama31_8b, QStringLiteral("num_attention_heads"), -32)
                                    << QStringList{"num_attention_heads"};
    QTest::addRow("size past 2^31") << withKey(Llama31_8b, QStringLiteral("intermediate_size"), 1e12)
                                    << QStringList{"intermediate_size"};
    QTest::addRow("a billion layers") << withKey(Llama31_8b, QStringLiteral("num_hidden_layers"), 1000000000)
                                      << QStringList{"num_hidden_layers", "10000"};
    QTest::addRow("bool as a number") << withKey(Llama31_8b, QStringLiteral("tie_word_embeddings"), 1)
                                      << QStringList{"tie_word_embeddings"};
    QTest::addRow("more kv heads than heads")
        << withKey(Llama31_8b, QStringLiteral("num_key_value_heads"), 64)
        << QStringList{"num_key_value_heads"};
    QTest::addRow("more experts used than exist")
        << withKey(Mixtral8x7b, QStringLiteral("num_experts_per_tok"), 9)
        << QStringList{"num_experts_per_tok"};
    QTest::addRow("gemma3 without text_config")
        << withoutKey(Gemma3_27b, QStringLiteral("text_config")) << QStringList{"text_config"};
    QTest::addRow("layer_types too short")
        << withKey(gptOss20b(), QStringLiteral("layer_types"), QJsonArray{QStringLiteral("full_attention")})
        << QStringList{"layer_types", "24"};
    QTest::addRow("unknown layer type")
        << withKey(Qwen3_8b, QStringLiteral("layer_types"),
                   QJsonArray::fromStringList(QStringList(36, "moe_attention")))
        << QStringList{"moe_attention"};
    QTest::addRow("no block_configs") << withoutKey(nemotronSuper49b(), QStringLiteral("block_configs"))
                                      << QStringList{"missing", "block_configs"};
    QTest::addRow("block_configs too short")
        << withKey(nemotronSuper49b(), QStringLiteral("num_hidden_layers"), 81)
        << QStringList{"block_configs", "81"};
    QTest::addRow("blocks differ in KV heads")
        << nemotronWithBlock(2, QStringLiteral("attention"), QStringLiteral("n_heads_in_group"), 4)
        << QStringList{"block_configs[2].attention", "n_heads_in_group 4"};
    QTest::addRow("more query heads per group than heads")
        << nemotronWithBlock(0, QStringLiteral("attention"), QStringLiteral("n_heads_in_group"), 128)
        << QStringList{"block_configs[0].attention.n_heads_in_group", "128"};
    QTest::addRow("ffn_mult as a string")
        << nemotronWithBlock(5, QStringLiteral("ffn"), QStringLiteral("ffn_mult"), QStringLiteral("5.25"))
        << QStringList{"block_configs[5].ffn.ffn_mult"};
    QTest::addRow("no attn_type_list") << withoutKey(miniMaxM1(), QStringLiteral("attn_type_list"))
                                       << QStringList{"missing", "attn_type_list"};
    QTest::addRow("attn_type_list too short")
        << withKey(miniMaxM1(), QStringLiteral("attn_type_list"), QJsonArray{0, 1})
        << QStringList{"attn_type_list", "80"};
    QTest::addRow("unknown attention type") << withKey(miniMaxM1(), QStringLiteral("attn_type_list"),
                                                       QJsonArray::fromVariantList(QVariantList(80, 2)))
                                            << QStringList{"attn_type_list", "“2”"};
    QTest::addRow("pattern too short")
        << withKey(NemotronNano30b, QStringLiteral("hybrid_override_pattern"), QStringLiteral("MEM*"))
        << QStringList{"hybrid_override_pattern", "4", "52"};
    QTest::addRow("unknown block type")
        << withKey(NemotronNano30b, QStringLiteral("hybrid_override_pattern"), QString(52, QLatin1Char('X')))
        << QStringList{"hybrid_override_pattern", "“X”"};
    QTest::addRow("no Mamba heads") << withoutKey(NemotronNano30b, QStringLiteral("mamba_num_heads"))
                                    << QStringList{"missing", "mamba_num_heads"};
    QTest::addRow("no indexer heads") << withoutKey(deepseekV32(), QStringLiteral("index_n_heads"))
                                      << QStringList{"missing", "index_n_heads"};
    QByteArray deep(5000, '[');
    QTest::addRow("nested array bomb") << deep << QStringList{"not valid JSON"};
    QTest::addRow("sizes past 2^63 parameters")
        << withKey(withKey(withKey(Mixtral8x7b, QStringLiteral("num_local_experts"), 2000000000),
                           QStringLiteral("intermediate_size"), 2000000000),
                   QStringLiteral("hidden_size"), 2000000000)
        << QStringList{"2^63"};
}

void TestHfConfig::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, named);
    QElapsedTimer timer;
    timer.start();
    const HfConfigFacts facts = parse(json);
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY(!facts.ok());
    QVERIFY2(facts.error.startsWith(QStringLiteral("config.json: ")), qPrintable(facts.error));
    for (const QString &part : named)
        QVERIFY2(facts.error.contains(part), qPrintable(facts.error));
    QCOMPARE(facts.model.totalParams, 0);
}

void TestHfConfig::oversizedFile()
{
    // 100 MB (sparse): refused by its size before a byte is read.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("config.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(100LL * 1000 * 1000));
    file.close();
    QElapsedTimer timer;
    timer.start();
    const HfConfigFacts facts = HfConfig::readFile(file.fileName());
    QVERIFY(timer.elapsed() < 1000);
    QVERIFY2(facts.error.contains(QStringLiteral("too large")), qPrintable(facts.error));
    QVERIFY(HfConfig::readFile(dir.filePath(QStringLiteral("absent.json")))
                .error.contains(QStringLiteral("absent.json")));
}

QTEST_APPLESS_MAIN(TestHfConfig)
#include "tst_hfconfig.moc"
