// The bundled catalogue (issue 17) against itself: its size, a source and a date for every row, and every
// column holding the one meaning the schema gives it (db/migrations/0004_catalogue.sql).
#include "db/database.h"
#include "models/core/dataset.h"
#include "models/core/namematcher.h"
#include "models/core/recordfields.h"
#include "testsupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestCatalogue : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;

    const GpuRecord *gpuNamed(const QString &name) const
    {
        for (const GpuRecord &gpu : m_data.gpus) {
            if (gpu.name == name)
                return &gpu;
        }
        return nullptr;
    }

    static bool isGeForce(const GpuRecord &gpu)
    {
        // GeForce RTX 20-50 series ("RTX 4090", "RTX 5060 Ti 16GB"); the workstation "RTX 6000 Ada" is not one.
        static const QRegularExpression numbered(QStringLiteral("^RTX [2-5]0\\d0"));
        return gpu.vendor == QLatin1String("NVIDIA") && numbered.match(gpu.name).hasMatch();
    }

    static bool isUnified(const GpuRecord &gpu)
    {
        return gpu.memoryKind == QLatin1String("unified") || gpu.memoryKind.startsWith(QLatin1String("LPDDR"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
    }

    void isBroadEnough()
    {
        QVERIFY2(m_data.models.size() >= 100, qPrintable(QString::number(m_data.models.size())));
        QVERIFY2(m_data.gpus.size() >= 40, qPrintable(QString::number(m_data.gpus.size())));
        QVERIFY2(m_data.apiPrices.size() >= 40, qPrintable(QString::number(m_data.apiPrices.size())));
    }

    void everyRowHasASourceAndADate()
    {
        const auto cited = [this](qint64 sourceId) {
            const SourceRecord *source = m_data.source(sourceId);
            return source && !source->title.isEmpty() && !source->origin.isEmpty()
                   && RecordFields::isIsoDate(source->asOf);
        };
        for (const ModelRecord &m : m_data.models)
            QVERIFY2(cited(m.sourceId) && RecordFields::isIsoDate(m.released), qPrintable(m.name));
        for (const GpuRecord &g : m_data.gpus) {
            QVERIFY2(cited(g.sourceId), qPrintable(g.name));
            // A price is dated on its own: prices age, a datasheet does not.
            QVERIFY2(!g.streetPriceUsd || RecordFields::isIsoDate(g.streetPriceAsOf), qPrintable(g.name));
            QVERIFY2(g.streetPriceUsd || g.streetPriceAsOf.isEmpty(), qPrintable(g.name));
            QVERIFY2(!g.cloudUsdPerHour || RecordFields::isIsoDate(g.cloudPriceAsOf), qPrintable(g.name));
        }
        for (const ApiPriceRecord &p : m_data.apiPrices)
            QVERIFY2(cited(p.sourceId) && RecordFields::isIsoDate(p.asOf), qPrintable(p.modelName));
    }

    // A name must find its row: two names that differ only in case, spaces or hyphens could not be told
    // apart on the command line, and a model twice under two names would be counted twice.
    void namesAndModelsAreDistinct()
    {
        QSet<QString> models;
        for (const ModelRecord &m : m_data.models) {
            QVERIFY2(!models.contains(NameMatcher::normalized(m.name)), qPrintable(m.name));
            models.insert(NameMatcher::normalized(m.name));
        }
        QSet<QString> gpus;
        for (const GpuRecord &g : m_data.gpus) {
            QVERIFY2(!gpus.contains(NameMatcher::normalized(g.name)), qPrintable(g.name));
            gpus.insert(NameMatcher::normalized(g.name));
        }
        // A published model is bundled once: only the article's proxies share another row's architecture.
        QHash<QString, QString> byReference;
        for (const ModelRecord &m : m_data.models) {
            if (m.proxy)
                continue;
            const QString reference = m.referenceModel.section(QLatin1Char('/'), -1).toCaseFolded();
            QVERIFY2(!byReference.contains(reference),
                     qPrintable(m.name + QStringLiteral(" and ") + byReference.value(reference)));
            byReference.insert(reference, m.name);
        }
    }

    // The article's eight keep their names and their tiers; every other model has none.
    void tierListIsTheArticles()
    {
        const TierListRecord *list = m_data.latestTierList();
        QVERIFY(list);
        QStringList tiered;
        for (const TierEntryRecord &entry : m_data.tierEntries) {
            if (entry.tierListId == list->id)
                tiered << QStringLiteral("%1 %2").arg(entry.tier, m_data.model(entry.modelId)->name);
        }
        QCOMPARE(tiered, QStringList({"S DeepSeek V3.2", "S Qwen 3.5", "A DeepSeek R1", "A Qwen3-Coder-Next",
                                      "B Llama 3.3 70B", "B Mistral Large 3", "C Llama 4 Maverick",
                                      "C Llama 4 Scout"}));
        QCOMPARE(m_data.tierEntries.size(), 8);
    }

    void modelFactsAreConsistent()
    {
        for (const ModelRecord &m : m_data.models) {
            QVERIFY2(m.totalParams > 0 && m.paramsPerToken() <= m.totalParams, qPrintable(m.name));
            QVERIFY2(m.isMoe() == m.activeParams.has_value(), qPrintable(m.name));
            QVERIFY2(m.fullAttentionLayers <= m.layers, qPrintable(m.name));
            QVERIFY2(m.attentionHeads % m.kvHeads == 0, qPrintable(m.name));
            QVERIFY2(m.maxContext >= 2048, qPrintable(m.name));
            if (m.attention == AttentionKind::MultiHeadLatent)
                QVERIFY2(m.kvLoraRank > 0, qPrintable(m.name));
            if (m.isMoe())
                QVERIFY2(m.expertsPerToken > 0 && m.expertsPerToken <= m.routedExperts, qPrintable(m.name));
            QVERIFY2(!m.license.isEmpty() && !m.vendor.isEmpty(), qPrintable(m.name));
        }
    }

    // fp16_tflops is the dense FP16/BF16 tensor rate with FP32 accumulate. Bounds per kind of memory, from the
    // fastest parts of each (NVIDIA B200: 2,250 dense; RTX PRO 6000 Blackwell: 500; Apple M3 Ultra: 28.3).
    void gpuThroughputFollowsItsConvention()
    {
        for (const GpuRecord &g : m_data.gpus) {
            QVERIFY2(g.fp16Tflops > 0 && g.bandwidthGbPerS > 0 && g.memoryGib > 0, qPrintable(g.name));
            double bound = 0;
            if (g.memoryKind.startsWith(QLatin1String("HBM")))
                bound = 2500;
            else if (g.memoryKind.startsWith(QLatin1String("GDDR")))
                bound = 600;
            else if (isUnified(g))
                bound = 100;
            QVERIFY2(bound > 0, qPrintable(g.name + QStringLiteral(": unknown memory kind ") + g.memoryKind));
            QVERIFY2(g.fp16Tflops <= bound, qPrintable(g.name));
            // Apple GPUs run FP16 at their FP32 rate, which Apple gives as at most 28.3 TFLOPS (M3 Ultra).
            if (g.vendor == QLatin1String("Apple"))
                QVERIFY2(g.fp16Tflops <= 30, qPrintable(g.name));
        }
    }

    // GeForce cards run FP16 tensor maths with FP32 accumulate at half their FP16-accumulate rate, the figure
    // NVIDIA's spec pages print. The whitepapers' FP16-accumulate figures (Ampere GA10x: RTX 3060 51, RTX
    // 3090 142; Ada: RTX 4090 330.3; Blackwell: RTX 5090 419) halved:
    void geForceRowsCarryTheFp32AccumulateRate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("fp16AccumulateTflops");
        QTest::addRow("3060") << "RTX 3060 12GB" << 51.0;
        QTest::addRow("3090") << "RTX 3090" << 142.0;
        QTest::addRow("4090") << "RTX 4090" << 330.3;
        QTest::addRow("5090") << "RTX 5090" << 419.0;
    }

    void geForceRowsCarryTheFp32AccumulateRate()
    {
        QFETCH(QString, name);
        QFETCH(double, fp16AccumulateTflops);
        const GpuRecord *gpu = gpuNamed(name);
        QVERIFY(gpu);
        QVERIFY2(qAbs(gpu->fp16Tflops - fp16AccumulateTflops / 2) <= 0.5, qPrintable(QString::number(gpu->fp16Tflops)));
    }

    // For every GeForce card: at the FP16-accumulate rate a card does about 0.3 TFLOPS per GB/s of bandwidth
    // (RTX 4090: 330 / 1008); at the rate this column holds, at most about 0.17 (4090: 165 / 1008).
    void noGeForceRowAtTheFp16AccumulateRate()
    {
        int geForce = 0;
        for (const GpuRecord &g : m_data.gpus) {
            if (!isGeForce(g))
                continue;
            ++geForce;
            QVERIFY2(g.fp16Tflops / g.bandwidthGbPerS < 0.2, qPrintable(g.name));
        }
        QVERIFY(geForce >= 10);
    }

    // NULL means 1: a discrete card uses all of its memory. A unified pool names the share its GPU may use.
    void memoryShareIsAShareOfUnifiedMemory()
    {
        int unified = 0;
        for (const GpuRecord &g : m_data.gpus) {
            if (g.gpuMemoryShare)
                QVERIFY2(*g.gpuMemoryShare > 0 && *g.gpuMemoryShare <= 1, qPrintable(g.name));
            if (g.memoryKind.startsWith(QLatin1String("HBM")) || g.memoryKind.startsWith(QLatin1String("GDDR")))
                QVERIFY2(!g.gpuMemoryShare, qPrintable(g.name));
            if (g.memoryKind == QLatin1String("unified")) {
                QVERIFY2(g.gpuMemoryShare, qPrintable(g.name)); // macOS caps the GPU's working set by default
                ++unified;
            }
            QVERIFY2(g.usableMemoryGib() <= g.memoryGib, qPrintable(g.name));
        }
        QVERIFY(unified >= 4);
        const GpuRecord *m3 = gpuNamed(QStringLiteral("M3 Max 128GB"));
        QVERIFY(m3);
        QCOMPARE(m3->usableMemoryGib(), 96.0); // macOS's default working set: 75% of 128 GB
    }

    // One tier of cloud price: on demand, per GPU-hour, from a provider named beside it; never spot, never
    // derived from another source's total (the A100's rate was once back-calculated from the article).
    void cloudPricesAreOnDemandFromANamedProvider()
    {
        static const QStringList providers{QStringLiteral("RunPod"), QStringLiteral("Lambda")};
        int priced = 0;
        for (const GpuRecord &g : m_data.gpus) {
            if (!g.cloudUsdPerHour) {
                QVERIFY2(g.cloudProvider.isEmpty() && g.cloudPriceAsOf.isEmpty(), qPrintable(g.name));
                continue;
            }
            ++priced;
            QVERIFY2(providers.contains(g.cloudProvider), qPrintable(g.name + QStringLiteral(": ") + g.cloudProvider));
            QVERIFY2(*g.cloudUsdPerHour > 0 && *g.cloudUsdPerHour < 20, qPrintable(g.name));
            const SourceRecord *source = m_data.source(g.sourceId);
            QVERIFY2(!source->origin.contains(QLatin1String("article"), Qt::CaseInsensitive), qPrintable(g.name));
            QVERIFY2(!source->origin.contains(QLatin1String("spot"), Qt::CaseInsensitive), qPrintable(g.name));
        }
        QVERIFY(priced >= 8);
    }

    void apiPricesAreListPricesPerMillion()
    {
        for (const ApiPriceRecord &p : m_data.apiPrices) {
            const QString name = p.provider + QLatin1Char(' ') + p.modelName;
            QVERIFY2(p.inputUsdPerMtok >= 0 && p.inputUsdPerMtok < 100, qPrintable(name));
            QVERIFY2(p.outputUsdPerMtok >= p.inputUsdPerMtok * 0.5 && p.outputUsdPerMtok < 200, qPrintable(name));
            QVERIFY2(!p.cachedInputUsdPerMtok || *p.cachedInputUsdPerMtok <= p.inputUsdPerMtok, qPrintable(name));
            QVERIFY2(!p.modelId || m_data.model(*p.modelId), qPrintable(name));
        }
    }

    // Every whole-word prefix that found a GPU or model among the names bundled before the catalogue still
    // finds it among today's ("h100" the H100 80GB, the SXM part, beside H100 PCIe and NVL; "rtx 3060" the
    // 12 GB card beside the Ti; "llama 3.3" the article's 70B beside Llama 3.3 Nemotron).
    void earlierNamesKeepFindingWhatTheyMeant_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("gpu") << "GPU";
        QTest::addRow("model") << "model";
    }

    void earlierNamesKeepFindingWhatTheyMeant()
    {
        QFETCH(QString, kind);
        const bool gpus = kind == QLatin1String("GPU");
        const QStringList &earlier = gpus ? NameMatcher::earlierGpuNames() : NameMatcher::earlierModelNames();
        QStringList today;
        if (gpus) {
            for (const GpuRecord &g : m_data.gpus)
                today << g.name;
        } else {
            for (const ModelRecord &m : m_data.models)
                today << m.name;
        }
        int checked = 0;
        for (const QString &name : earlier) {
            QVERIFY2(today.contains(name), qPrintable(name));
            const QStringList words = name.split(QRegularExpression(QStringLiteral("[ _-]")), Qt::SkipEmptyParts);
            for (qsizetype n = 1; n <= words.size(); ++n) {
                const QString query = words.mid(0, n).join(QLatin1Char(' '));
                const NameMatcher::Result before = NameMatcher::find(earlier, query, kind);
                if (before.index < 0 || earlier.at(before.index) != name)
                    continue; // ambiguous then too: it lists the candidates
                const NameMatcher::Result now = NameMatcher::find(today, query, kind, earlier);
                QVERIFY2(now.index >= 0, qPrintable(query + QStringLiteral(": ") + now.error));
                QCOMPARE(today.at(now.index), name);
                ++checked;
            }
        }
        QVERIFY(checked >= earlier.size());
    }

    void ambiguousPrefixesListTheCandidates()
    {
        QStringList gpus;
        for (const GpuRecord &g : m_data.gpus)
            gpus << g.name;
        const auto find = [&gpus](const QString &query) {
            const NameMatcher::Result result = NameMatcher::find(gpus, query, QStringLiteral("GPU"),
                                                                 NameMatcher::earlierGpuNames());
            return result.index >= 0 ? gpus.at(result.index) : result.error;
        };
        QCOMPARE(find(QStringLiteral("h100")), QStringLiteral("H100 80GB"));
        QCOMPARE(find(QStringLiteral("H100 pcie")), QStringLiteral("H100 PCIe"));
        QCOMPARE(find(QStringLiteral("h100 nvl")), QStringLiteral("H100 NVL"));
        QCOMPARE(find(QStringLiteral("rtx 4090")), QStringLiteral("RTX 4090"));
        QCOMPARE(find(QStringLiteral("A100 80GB")), QStringLiteral("A100 80GB"));
        QCOMPARE(find(QStringLiteral("rtx 3060")), QStringLiteral("RTX 3060 12GB"));
        QCOMPARE(find(QStringLiteral("rtx 3060 ti")), QStringLiteral("RTX 3060 Ti"));
        // Not whole words of an earlier name, or a prefix of several earlier names: the candidates listed.
        QCOMPARE(find(QStringLiteral("h10")), QStringLiteral("“h10” matches several GPUs: H100 80GB, H100 PCIe, H100 NVL."));
        QVERIFY(find(QStringLiteral("a100")).contains(QLatin1String("A100 40GB, A100 80GB")));
        QVERIFY(find(QStringLiteral("rtx 40")).contains(QLatin1String("RTX 4060 8GB")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
