// Runs the built llm-atlas binary without a display, as a script on a server would, to export charts and
// reports, and checks each file by reading it back, and each refused destination by its exit code and by
// the file that is not there.
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestExportCommandLine : public QObject
{
    Q_OBJECT

private:
    using Result = CommandResult;

    BundledDatabaseFile m_file;
    QTemporaryDir m_home;
    QTemporaryDir m_out;

    Result run(QStringList arguments)
    {
        // No display and no platform asked for: the drawing commands must choose one that needs none.
        return runCommand(QStringLiteral(LLM_ATLAS_BINARY), arguments << QStringLiteral("--db") << m_file.path(),
                          m_home.path());
    }

    QString out(const QString &name) const { return m_out.filePath(name); }

    static QStringList svgTexts(const QByteArray &svg)
    {
        QStringList texts;
        QXmlStreamReader xml(svg);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        return xml.hasError() ? QStringList() : texts;
    }

    static int pdfPages(const QByteArray &pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        return int(QString::fromLatin1(pdf).count(page));
    }

    static QList<QSizeF> pdfMediaBoxes(const QByteArray &pdf)
    {
        static const QRegularExpression box(
            QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
        QList<QSizeF> boxes;
        for (auto it = box.globalMatch(QString::fromLatin1(pdf)); it.hasNext();) {
            const auto m = it.next();
            boxes << QSizeF(m.captured(3).toDouble() - m.captured(1).toDouble(),
                            m.captured(4).toDouble() - m.captured(2).toDouble());
        }
        return boxes;
    }

private slots:
    void initTestCase() { QVERIFY(m_file.isValid() && m_home.isValid() && m_out.isValid()); }

    void vramChartAsHiDpiPng()
    {
        const Result result = run({QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("vram"),
                                   QStringLiteral("--gpu"), QStringLiteral("rtx 4090"), QStringLiteral("--count"),
                                   QStringLiteral("2"), QStringLiteral("--width"), QStringLiteral("640"),
                                   QStringLiteral("--height"), QStringLiteral("400"), QStringLiteral("--scale"),
                                   QStringLiteral("2"), QStringLiteral("--out"), out(QStringLiteral("vram.png"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QImage image(out(QStringLiteral("vram.png")));
        QCOMPARE(image.size(), QSize(1280, 800));
        // Not a blank page: bars, labels and key cover a good part of it.
        qint64 inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += image.pixel(x, y) != image.pixel(0, 0) ? 1 : 0;
        QVERIFY2(inked > image.width() * image.height() / 10, qPrintable(QString::number(inked)));
    }

    // The chart is built from the request, not from the window's controls: a context that is no power of
    // two, a batch past the batch spin box and a usable share between its steps are charted as given.
    void vramChartDrawsExactlyWhatWasAsked()
    {
        const Result result = run({QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("vram"),
                                   QStringLiteral("--gpu"), QStringLiteral("h100"), QStringLiteral("--context"),
                                   QStringLiteral("6116"), QStringLiteral("--batch"), QStringLiteral("300"),
                                   QStringLiteral("--utilisation"), QStringLiteral("0.333"), QStringLiteral("--out"),
                                   out(QStringLiteral("vram-exact.svg"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(!result.err.contains("note:"), result.err.constData());
        const QByteArray svg = fileBytes(out(QStringLiteral("vram-exact.svg")));
        const QString texts = svgTexts(svg).join(QLatin1Char(' '));
        QVERIFY2(texts.contains(QStringLiteral("on H100 80GB at Q4_K_M — 6,116 context, batch 300, FP16 KV cache")),
                 qPrintable(texts));
        QVERIFY2(texts.contains(QStringLiteral("(H100 80GB × 0.333)")), qPrintable(texts)); // the capacity line
        QVERIFY(svg.contains("<title>"));

        // The report's fit facts and chart say the same.
        const Result report = run({QStringLiteral("report"), QStringLiteral("--gpu"), QStringLiteral("h100"),
                                   QStringLiteral("--context"), QStringLiteral("6116"), QStringLiteral("--out"),
                                   out(QStringLiteral("report-exact.html"))});
        QVERIFY2(report.exitCode == 0, report.err.constData());
        QVERIFY2(!report.err.contains("note:"), report.err.constData());
        const QString html = QString::fromUtf8(fileBytes(out(QStringLiteral("report-exact.html"))));
        QVERIFY(html.contains(QStringLiteral("6,116 tokens")));
        QVERIFY(html.contains(QStringLiteral("6,116 context")));
    }

    void tierChartAsSvgFollowsTheModelsOptions()
    {
        const Result result = run({QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("tiers"),
                                   QStringLiteral("--tier"), QStringLiteral("C"), QStringLiteral("--out"),
                                   out(QStringLiteral("tiers.svg"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(!result.err.contains("QCommandLineParser"), result.err.constData());
        const QString texts = svgTexts(fileBytes(out(QStringLiteral("tiers.svg")))).join(QLatin1Char('\n'));
        QVERIFY(texts.contains(QStringLiteral("Llama 4 Scout")));
        QVERIFY(!texts.contains(QStringLiteral("DeepSeek"))); // S and A tiers filtered out
        QVERIFY(texts.contains(QStringLiteral("Data: LLM Atlas dataset")));
    }

    void vramChartAsPdf()
    {
        const Result result = run({QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("vram"),
                                   QStringLiteral("--gpu"), QStringLiteral("h100"), QStringLiteral("--width"),
                                   QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("600"),
                                   QStringLiteral("--out"), out(QStringLiteral("vram.pdf"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QByteArray pdf = fileBytes(out(QStringLiteral("vram.pdf")));
        QCOMPARE(pdfPages(pdf), 1);
        QCOMPARE(pdfMediaBoxes(pdf), QList<QSizeF>{QSizeF(600, 450)});
    }

    void costChartShowsTheCostOptions()
    {
        const Result result = run({QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("cost"),
                                   QStringLiteral("--model"), QStringLiteral("llama 3.3"), QStringLiteral("--gpu"),
                                   QStringLiteral("h100"), QStringLiteral("--count"), QStringLiteral("3"),
                                   QStringLiteral("--api"), QStringLiteral("anthropic"),
                                   QStringLiteral("--tokens-per-month"), QStringLiteral("2B"), QStringLiteral("--out"),
                                   out(QStringLiteral("cost.svg"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString texts = svgTexts(fileBytes(out(QStringLiteral("cost.svg")))).join(QLatin1Char('\n'));
        // A configuration the page does not name is added to it, as `cost` prices it.
        for (const char *text : {"Llama 3.3 70B", "3x H100 80GB", "claude-sonnet-4.5 API", "prices as of"})
            QVERIFY2(texts.contains(QLatin1String(text)), text);
        QVERIFY(!texts.contains(QStringLiteral("deepseek")));

        // Without a volume the chart stands at the page's own.
        const Result defaults = run({QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("cost"),
                                     QStringLiteral("--out"), out(QStringLiteral("cost.pdf"))});
        QVERIFY2(defaults.exitCode == 0, defaults.err.constData());
        QCOMPARE(pdfPages(fileBytes(out(QStringLiteral("cost.pdf")))), 1);
    }

    void reportAsPdf()
    {
        const Result result = run({QStringLiteral("report"), QStringLiteral("--gpu"), QStringLiteral("rtx 4090"),
                                   QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--out"),
                                   out(QStringLiteral("report.pdf"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QByteArray pdf = fileBytes(out(QStringLiteral("report.pdf")));
        // One page per chart (fit, cost, tiers), then the assumptions, tables and sources over several more.
        QVERIFY2(pdfPages(pdf) >= 6, qPrintable(QString::number(pdfPages(pdf))));
        const QList<QSizeF> boxes = pdfMediaBoxes(pdf);
        QCOMPARE(boxes.size(), pdfPages(pdf));
        for (const QSizeF &box : boxes) // A4 landscape
            QCOMPARE(QSize(qRound(box.width()), qRound(box.height())), QSize(842, 595));
        QVERIFY(pdf.contains("/Title"));
    }

    void reportAsHtml()
    {
        const Result result = run({QStringLiteral("report"), QStringLiteral("--gpu"), QStringLiteral("h100"),
                                   QStringLiteral("--out"), out(QStringLiteral("report.html"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString html = QString::fromUtf8(fileBytes(out(QStringLiteral("report.html"))));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QStringLiteral("<?xml"))); // the SVGs are inline, not files pasted in
        QCOMPARE(html.count(QStringLiteral("<svg ")), 3);
        QCOMPARE(html.count(QStringLiteral("<svg ")), html.count(QStringLiteral("</svg>")));
        for (const char *text : {"Assumptions: memory fit", "Assumptions: cost", "Cost against volume", "Cost options",
                                 "Tier list", "Data audit", "Sources", "H100 80GB", "Llama 4 Scout",
                                 "GPU memory needed", "Tokens a month"})
            QVERIFY2(html.contains(QLatin1String(text)), text);
        // Each chart's ids are its own, so one chart's gradient cannot paint another.
        QVERIFY(html.contains(QStringLiteral("id=\"chart1-")) || !html.contains(QStringLiteral(" id=\"")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString gif = QStringLiteral("chart.gif");
        QTest::addRow("unknown chart extension")
            << QStringList{QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("tiers")} << gif << 2
            << QStringLiteral("cannot tell the format");
        QTest::addRow("unknown report extension")
            << QStringList{QStringLiteral("report"), QStringLiteral("--gpu"), QStringLiteral("h100")}
            << QStringLiteral("report.docx") << 2 << QStringLiteral("use a .pdf or .html file");
        QTest::addRow("unwritable chart path")
            << QStringList{QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("tiers")}
            << QStringLiteral("missing/tiers.png") << 1 << QStringLiteral("Cannot write");
        QTest::addRow("unwritable report path")
            << QStringList{QStringLiteral("report"), QStringLiteral("--gpu"), QStringLiteral("h100")}
            << QStringLiteral("missing/report.pdf") << 1 << QStringLiteral("Cannot write");
        QTest::addRow("unknown chart")
            << QStringList{QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("pie")}
            << QStringLiteral("pie.png") << 2 << QStringLiteral("which chart");
        QTest::addRow("scale out of range")
            << QStringList{QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("tiers"),
                           QStringLiteral("--scale"), QStringLiteral("12")}
            << QStringLiteral("tiers.png") << 2 << QStringLiteral("--scale");
        QTest::addRow("size out of range")
            << QStringList{QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("tiers"),
                           QStringLiteral("--width"), QStringLiteral("50")}
            << QStringLiteral("tiers.png") << 2 << QStringLiteral("--width");
        QTest::addRow("vram with a model")
            << QStringList{QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("vram"),
                           QStringLiteral("--gpu"), QStringLiteral("h100"), QStringLiteral("--model"),
                           QStringLiteral("llama")}
            << QStringLiteral("vram.png") << 2 << QStringLiteral("--model");
        QTest::addRow("cost with an unknown API")
            << QStringList{QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("cost"),
                           QStringLiteral("--api"), QStringLiteral("nonesuch")}
            << QStringLiteral("cost.png") << 2 << QStringLiteral("nonesuch");
        QTest::addRow("vram without a gpu")
            << QStringList{QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("vram")}
            << QStringLiteral("vram.png") << 2 << QStringLiteral("--gpu");
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Result result = run(arguments << QStringLiteral("--out") << dir.filePath(file));
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
        // Nothing written anywhere: no partial file, no temporary file left behind.
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void failureKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiers.png"));
        {
            QFile previous(path);
            QVERIFY(previous.open(QIODevice::WriteOnly) && previous.write("previous") == 8);
        }
        const Result result = run({QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("tiers"),
                                   QStringLiteral("--tier"), QStringLiteral("Z"), QStringLiteral("--out"), path});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(fileBytes(path), QByteArray("previous"));
    }
};

QTEST_MAIN(TestExportCommandLine)
#include "tst_exportcommandline.moc"
