// The data audit on the bundled dataset: it must find the article's errors and leave its sound figures alone.
#include "models/core/dataaudit.h"
#include "models/core/dataset.h"
#include "models/core/namematcher.h"
#include "testsupport.h"

#include <QTest>

class TestDataAudit : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;
    QList<AuditFinding> m_findings;

    const AuditFinding *finding(const QString &subject) const
    {
        for (const AuditFinding &f : m_findings) {
            if (f.subject == subject)
                return &f;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
        m_findings = DataAudit::run(m_data);
    }

    void quotedVram_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<int>("severity");
        QTest::addColumn<double>("computedGb");
        QTest::addColumn<QString>("says");
        using S = AuditFinding::Severity;
        // Dense rows: 72.71e9 x 2 = 145.4 GB vs ~144; 70.55e9 x 2 = 141.1 vs ~140; 122.61e9 x 2 = 245.2 vs ~246.
        QTest::addRow("qwen fp16") << "Qwen 3.5 (72B): VRAM at FP16" << int(S::Ok) << 145.42 << "consistent";
        QTest::addRow("llama q4") << "Llama 3.3 (70B): VRAM at Q4" << int(S::Ok) << 42.77 << "consistent";
        QTest::addRow("mistral fp16") << "Mistral Large (123B): VRAM at FP16" << int(S::Ok) << 245.22 << "consistent";
        // MoE rows: 685e9 x 2 = 1370 GB, not ~200 "(active)"; 37e9 active would be 74 GB: neither matches.
        QTest::addRow("v3.2 fp16") << "DeepSeek V3.2 (685B MoE): VRAM at FP16" << int(S::Error) << 1370.0
                                   << "does not match the 37B active";
        // 79.7e9 x 2 = 159.4 GB; the quoted ~6 GB is exactly the 3B active parameters at FP16.
        QTest::addRow("coder fp16") << "Qwen3-Coder-Next (80B, 3B active): VRAM at FP16" << int(S::Error) << 159.4
                                    << "sizes only the 3B active";
        // 79.7e9 x 4.85 / 8 = 48.3 GB against ~3 GB.
        QTest::addRow("coder q4") << "Qwen3-Coder-Next (80B, 3B active): VRAM at Q4" << int(S::Error) << 48.32
                                  << "every expert";
    }

    void quotedVram()
    {
        QFETCH(QString, subject);
        QFETCH(int, severity);
        QFETCH(double, computedGb);
        QFETCH(QString, says);
        const AuditFinding *f = finding(subject);
        QVERIFY2(f, qPrintable(subject));
        QCOMPARE(int(f->severity), severity);
        QVERIFY(f->computed);
        QVERIFY2(std::abs(*f->computed - computedGb) < 0.01, qPrintable(QString::number(*f->computed)));
        QVERIFY2(f->message.contains(says), qPrintable(f->message));
    }

    void minimumGpus()
    {
        // RTX 3060 12GB: 12 GiB x 0.9 = 11.6 GB usable, while Qwen3-Coder-Next's weights alone are
        // 79.7e9 x 4.55 / 8 = 45.3 GB at Q4_0.
        const AuditFinding *coder = finding(QStringLiteral("Qwen3-Coder-Next (80B, 3B active): minimum GPU “RTX 3060 12GB”"));
        QVERIFY(coder);
        QCOMPARE(coder->severity, AuditFinding::Severity::Error);
        QVERIFY(coder->message.contains(QStringLiteral("11.6 GB usable")));
        // "2x RTX 4090 or A100" holds a 70B model at 4 bits: the claim stands.
        const AuditFinding *llama = finding(QStringLiteral("Llama 3.3 (70B): minimum GPU “2x RTX 4090 or A100”"));
        QVERIFY(llama);
        QCOMPARE(llama->severity, AuditFinding::Severity::Ok);
        // "2-4x A100 80GB" is read as four cards: 309 GB still cannot hold 685B parameters at 4 bits.
        const AuditFinding *v32 = finding(QStringLiteral("DeepSeek V3.2 (685B MoE): minimum GPU “2-4x A100 80GB”"));
        QVERIFY(v32);
        QCOMPARE(v32->severity, AuditFinding::Severity::Error);
        QVERIFY(v32->message.contains(QStringLiteral("4x A100 80GB")));
    }

    void quotedCostsAreChecked()
    {
        // $21,000 a month for 100M tokens is $210 per million, not the printed $0.21: a factor of 1000.
        bool found = false;
        for (const AuditFinding &f : m_findings) {
            if (f.category == QLatin1String("cost") && f.subject == QLatin1String("DeepSeek API")
                && f.severity == AuditFinding::Severity::Error) {
                found = found || f.message.contains(QStringLiteral("1,000")) || f.message.contains(QStringLiteral("1000"));
            }
        }
        QVERIFY(found);
    }

    void standInModelsAreNamed()
    {
        const AuditFinding *qwen = finding(QStringLiteral("Qwen 3.5"));
        QVERIFY(qwen);
        QCOMPARE(qwen->severity, AuditFinding::Severity::Warning);
        QVERIFY(qwen->message.contains(QStringLiteral("Qwen2.5-72B")));
        QVERIFY(finding(QStringLiteral("Mistral Large 3")));
        QVERIFY(!finding(QStringLiteral("Llama 3.3 70B")));
    }

    void nameMatching_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("error");
        QTest::addRow("exact") << "H100 80GB" << 2 << "";
        QTest::addRow("case and spaces") << "h100  80gb" << 2 << "";
        QTest::addRow("prefix") << "h100" << 2 << "";
        QTest::addRow("hyphens") << "RTX-4090" << 3 << "";
        QTest::addRow("ambiguous") << "a100" << -1 << "A100 40GB, A100 80GB";
        QTest::addRow("close") << "4090" << -1 << "Did you mean: RTX 4090";
        QTest::addRow("unknown") << "tpu" << -1 << "Known GPUs";
    }

    void nameMatching()
    {
        QFETCH(QString, query);
        QFETCH(int, index);
        QFETCH(QString, error);
        const QStringList gpus{"A100 40GB", "A100 80GB", "H100 80GB", "RTX 4090"};
        const NameMatcher::Result result = NameMatcher::find(gpus, query, QStringLiteral("GPU"));
        QCOMPARE(result.index, index);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestDataAudit)
#include "tst_dataaudit.moc"
