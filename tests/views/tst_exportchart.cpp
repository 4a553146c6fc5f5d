// Charts out of the app: each format is read back (PNG decoded, SVG parsed, PDF's pages counted and
// measured), one chart is compared with a committed reference image, and a failed save leaves nothing.
#include "models/core/cost/costcomparison.h"
#include "models/core/dataset.h"
#include "models/core/datasources.h"
#include "models/document/filesaver.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "testsupport.h"
#include "views/charts/costchart.h"
#include "views/export/chartexporter.h"
#include "views/export/reportwriter.h"
#include "views/pages/tierchartview.h"
#include "views/pages/vramfitview.h"

#include <QBarCategoryAxis>
#include <QBuffer>
#include <QChart>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QPainter>
#include <QStandardItemModel>
#include <QSvgGenerator>
#include <QTest>
#include <QThread>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

// The reference chart of the issue: 2x RTX 4090, Q4_K_M, 8K context, 800 x 500 at scale 1.
const QString ReferenceImage = QStringLiteral(LLM_ATLAS_TEST_DATA "/export/vram-2x-rtx4090-q4km-8k.png");

struct SvgContent
{
    QStringList texts; // every <text> element's text, in document order
    QString title;
    QString description;
    int images = 0;
    bool wellFormed = false;
};

SvgContent readSvg(const QByteArray &svg)
{
    SvgContent content;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("text"))
            content.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (name == QLatin1String("title"))
            content.title = xml.readElementText();
        else if (name == QLatin1String("desc"))
            content.description = xml.readElementText();
        else if (name == QLatin1String("image"))
            ++content.images;
    }
    content.wellFormed = !xml.hasError();
    return content;
}

struct PdfPages
{
    int count = 0;
    QList<QSizeF> mediaBoxes; // points
};

// Reads the page objects straight from the bytes: Qt writes them uncompressed, one "/Type /Page" each
// with its "/MediaBox [x0 y0 x1 y1]".
PdfPages readPdf(const QByteArray &pdf)
{
    PdfPages pages;
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    pages.count = int(text.count(page));
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    for (auto it = box.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        pages.mediaBoxes << QSizeF(match.captured(3).toDouble() - match.captured(1).toDouble(),
                                   match.captured(4).toDouble() - match.captured(2).toDouble());
    }
    return pages;
}

// How much of an image is not its background, and how many colours it uses: a blank or a one-colour
// picture fails both.
struct Ink
{
    double share = 0;
    int colours = 0;
};

Ink inkOf(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = rgb.pixel(0, 0);
    qint64 inked = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            if (line[x] != background)
                ++inked;
            if (colours.size() < 1000)
                colours.insert(line[x]);
        }
    }
    return {double(inked) / (qint64(rgb.width()) * rgb.height()), int(colours.size())};
}

// A one-column table of model names, "model-0" onwards.
std::unique_ptr<QStandardItemModel> modelNames(int count)
{
    auto rows = std::make_unique<QStandardItemModel>(count, 1);
    rows->setHeaderData(0, Qt::Horizontal, QStringLiteral("Model"));
    for (int r = 0; r < count; ++r)
        rows->setData(rows->index(r, 0), QStringLiteral("model-%1").arg(r));
    return rows;
}

} // namespace

class TestExportChart : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;
    FitTableModel m_modelsFit;
    FitTableModel m_quantsFit;
    std::unique_ptr<VramFitView> m_vram;

    const GpuRecord &gpu(const QString &name) const
    {
        for (const GpuRecord &gpu : m_data.gpus)
            if (gpu.name == name)
                return gpu;
        qFatal("no GPU %s", qPrintable(name));
    }

    // The reference configuration, set the way the command line sets it.
    void showReferenceSettings()
    {
        FitParameters parameters;
        parameters.quantName = QStringLiteral("Q4_K_M");
        parameters.bitsPerWeight = m_data.quantFormat(parameters.quantName)->bitsPerWeight;
        parameters.contextTokens = 8192;
        m_vram->showSettings({gpu(QStringLiteral("RTX 4090")), 2}, parameters);
    }

    ChartExporter vramExporter() const
    {
        ChartExporter exporter(m_vram->chart());
        exporter.setFooter(DataSources::footer(m_data, DataSources::MemoryFitTopics));
        return exporter;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
        // The reference image and the named bars are the article's eight models.
        QVERIFY(m_data.models.size() > 8);
        m_data = withArticleModelsOnly(m_data);
        m_modelsFit.setDataset(&m_data);
        m_quantsFit.setDataset(&m_data);
        // Never shown: the export must not depend on the view being on screen.
        m_vram = std::make_unique<VramFitView>(&m_modelsFit, &m_quantsFit);
        m_vram->setDataset(&m_data);
    }

    void init() { showReferenceSettings(); }

    void cleanupTestCase() { m_vram.reset(); }

    void showSettingsDrivesTheView()
    {
        QCOMPARE(m_vram->configuration().name(), QStringLiteral("2x RTX 4090"));
        QCOMPARE(m_vram->parameters().quantName, QStringLiteral("Q4_K_M"));
        QCOMPARE(m_modelsFit.configuration().count, 2);
        QVERIFY(m_vram->chart()->title().contains(QStringLiteral("2x RTX 4090")));

        // A context between the slider's powers of two goes up to the next one, and says so.
        FitParameters parameters = m_vram->parameters();
        parameters.contextTokens = 12000;
        m_vram->showSettings(m_vram->configuration(), parameters);
        QCOMPARE(m_vram->parameters().contextTokens, 16384);
    }

    void formats()
    {
        QCOMPARE(ChartExporter::formatFromSuffix(QStringLiteral("a/b.PNG")), ChartExporter::Format::Png);
        QCOMPARE(ChartExporter::formatFromSuffix(QStringLiteral("b.svg")), ChartExporter::Format::Svg);
        QCOMPARE(ChartExporter::formatFromSuffix(QStringLiteral("b.pdf")), ChartExporter::Format::Pdf);
        QCOMPARE(ChartExporter::formatFromSuffix(QStringLiteral("b.jpeg")), std::nullopt);
        QCOMPARE(ChartExporter::formatFromSuffix(QStringLiteral("png")), std::nullopt);
        QVERIFY(ChartExporter::checkSize({800, 500}, 2).isEmpty());
        QVERIFY(!ChartExporter::checkSize({10, 500}, 1).isEmpty());
        QVERIFY(!ChartExporter::checkSize({800, 500}, 0).isEmpty());
        QVERIFY(!ChartExporter::checkSize({800, 500}, std::nan("")).isEmpty());
    }

    // A report is for reading: a table of thousands of rows stops at 200 and says where the rest is.
    void reportTablesStopAtAReadableLength()
    {
        const auto rows = modelNames(250);
        ReportWriter report;
        report.addTable({QStringLiteral("Tier list"), QString(), rows.get(), {}, {}, {}});
        const QString html = report.html();
        QCOMPARE(html.count(QStringLiteral("<tr>")), 1 + 200);
        QVERIFY(html.contains(QStringLiteral(">model-199<")));
        QVERIFY(!html.contains(QStringLiteral("model-200")));
        QVERIFY2(html.contains(QStringLiteral("The first 200 of 250 rows")), qPrintable(html.right(400)));

        rows->setRowCount(200);
        ReportWriter whole;
        whole.addTable({QStringLiteral("Tier list"), QString(), rows.get(), {}, {}, {}});
        QVERIFY(!whole.html().contains(QStringLiteral("The first")));
    }

    // The window writes a prepared report on a worker thread while the views go on: it must hold all it
    // writes (under the sanitizers a read of a deleted view fails this test) and write the same file.
    void preparedReportNeedsNothingFromTheViews()
    {
        auto view = std::make_unique<VramFitView>(&m_modelsFit, &m_quantsFit);
        view->setDataset(&m_data);
        auto rows = modelNames(3);
        ReportWriter writer;
        writer.setTitle(QStringLiteral("Prepared"), QStringLiteral("for a worker"));
        writer.addChart({QStringLiteral("VRAM fit"), QString(), view->chart(), QStringLiteral("Data: test")});
        writer.addTable({QStringLiteral("Models"), QString(), rows.get(), {}, {}, {}});
        const QString html = writer.html();
        const PreparedReport pdfReport = writer.prepare(ReportWriter::Format::Pdf);
        const PreparedReport htmlReport = writer.prepare(ReportWriter::Format::Html);
        const QByteArray pdfOnThisThread = pdfReport.bytes();
        view.reset();
        rows.reset();

        QByteArray pdf;
        QByteArray htmlBytes;
        const std::unique_ptr<QThread> worker(QThread::create([&] {
            pdf = pdfReport.bytes();
            htmlBytes = htmlReport.bytes();
        }));
        worker->start();
        worker->wait();
        QCOMPARE(htmlBytes, html.toUtf8());
        QCOMPARE(readPdf(pdf).count, 2); // the chart's page, then the table's
        // The same pages, whichever thread wrote them; only the time of writing differs.
        static const QRegularExpression created(QStringLiteral("/CreationDate \\(D:\\d+Z\\)"));
        QCOMPARE(QString::fromLatin1(pdf).remove(created), QString::fromLatin1(pdfOnThisThread).remove(created));
    }

    // Writing a long report says how far it got, and stops when told to.
    void preparedReportReportsProgressAndStops()
    {
        const auto rows = modelNames(200);
        ReportWriter writer;
        writer.addTable({QStringLiteral("Models"), QString(), rows.get(), {}, {}, {}});
        const PreparedReport report = writer.prepare(ReportWriter::Format::Pdf);

        QList<double> shares;
        const QByteArray whole = report.bytes([&shares](double share) {
            shares << share;
            return true;
        });
        const int pages = readPdf(whole).count;
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(shares.size(), 1 + pages); // the layout, then each page
        QVERIFY(shares.first() > 0);
        QVERIFY(std::is_sorted(shares.cbegin(), shares.cend()));
        QCOMPARE(shares.last(), 1.0);

        int calls = 0;
        const QByteArray stopped = report.bytes([&calls](double) { return ++calls < 2; });
        QCOMPARE(calls, 2);
        QCOMPARE(readPdf(stopped).count, 1);
    }

    void footerNamesSourcesAndDates()
    {
        const QString footer = DataSources::footer(m_data, DataSources::CostTopics);
        QVERIFY2(footer.startsWith(QStringLiteral("Data: LLM Atlas dataset — ")), qPrintable(footer));
        // The GPU rows' own dates, read from the data (the catalogue cites each card's datasheet).
        QStringList gpuDates;
        for (const GpuRecord &gpu : std::as_const(m_data.gpus))
            gpuDates << m_data.source(gpu.sourceId)->asOf;
        const QString gpuPart = QStringLiteral("GPU datasheets as of ") + DataSources::dateRange(gpuDates);
        for (const QString &part : {QStringLiteral("model configs as of 2024-"), gpuPart, QStringLiteral("prices as of ")})
            QVERIFY2(footer.contains(part), qPrintable(footer));
        QVERIFY(!footer.contains(QStringLiteral("edits")));
        const QString tiers = DataSources::footer(m_data, DataSources::TierListTopics);
        QVERIFY2(tiers.contains(QStringLiteral("article “Open Source AI in 2026: Closer Than Ever” as of 2026-03")),
                 qPrintable(tiers));

        QCOMPARE(DataSources::dateRange({QStringLiteral("2026-03"), QStringLiteral("2026-03-10")}),
                 QStringLiteral("2026-03"));
        QCOMPARE(DataSources::dateRange({QStringLiteral("2026-03"), QString(), QStringLiteral("2024-09-19")}),
                 QStringLiteral("2024-09 to 2026-03"));
        Dataset edited = m_data;
        edited.models.first().editedAt = QStringLiteral("2026-04-01T10:00:00Z");
        QVERIFY(DataSources::footer(edited, DataSources::Topic::ModelConfigs).endsWith(QStringLiteral("with local edits")));
    }

    void png_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::addRow("800x500") << QSize(800, 500) << 1.0;
        QTest::addRow("1200x750 HiDPI") << QSize(1200, 750) << 2.0;
        QTest::addRow("640x480 at 1.5") << QSize(640, 480) << 1.5;
    }

    void png()
    {
        QFETCH(QSize, size);
        QFETCH(double, scale);
        const QImage image = QImage::fromData(vramExporter().render(ChartExporter::Format::Png, size, scale), "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
        const Ink ink = inkOf(image);
        QVERIFY2(ink.share > 0.05 && ink.share < 0.8, qPrintable(QString::number(ink.share)));
        QVERIFY2(ink.colours > 50, qPrintable(QString::number(ink.colours)));
    }

    void chartIsGivenBack()
    {
        QChart *chart = m_vram->chart();
        const QSizeF size = chart->size();
        const QString title = chart->title();
        vramExporter().render(ChartExporter::Format::Png, {1000, 600});
        QCOMPARE(chart->size(), size);
        QCOMPARE(chart->title(), title);
    }

    void svgKeepsTextAsText()
    {
        ChartExporter exporter = vramExporter();
        const QByteArray bytes = exporter.render(ChartExporter::Format::Svg, {900, 560});
        const SvgContent svg = readSvg(bytes);
        QVERIFY(svg.wellFormed);
        QCOMPARE(svg.images, 0); // vectors, not a picture of them
        QCOMPARE(svg.title, m_vram->chart()->title());
        QCOMPARE(svg.description, exporter.footer());
        const QString all = svg.texts.join(QLatin1Char('\n'));
        for (int row = 0; row < m_modelsFit.rowCount(); ++row)
            QVERIFY2(all.contains(m_modelsFit.labelAt(row)), qPrintable(m_modelsFit.labelAt(row)));
        QVERIFY(svg.texts.contains(m_vram->chart()->title()));
        QVERIFY(all.contains(QStringLiteral("GPU memory needed")));
        QVERIFY(all.contains(QStringLiteral("Data: LLM Atlas dataset")));
        // The key the view draws beside the chart comes along: the capacity line and the parts.
        QVERIFY(all.contains(QStringLiteral("Usable: ")));
        QVERIFY(all.contains(QStringLiteral("Weights (")));
        QVERIFY(bytes.contains("viewBox=\"0 0 900 560\""));
    }

    void pdfIsOnePageTheSizeOfTheChart()
    {
        const QByteArray bytes = vramExporter().render(ChartExporter::Format::Pdf, {1200, 750});
        QVERIFY(bytes.startsWith("%PDF-"));
        const PdfPages pages = readPdf(bytes);
        QCOMPARE(pages.count, 1);
        QCOMPARE(pages.mediaBoxes.size(), 1);
        // 96 pixels an inch, 72 points an inch: 900 x 562.5 pt, which QPdfWriter rounds to whole points.
        QCOMPARE(pages.mediaBoxes.first().width(), 900.0);
        QVERIFY(qAbs(pages.mediaBoxes.first().height() - 562.5) <= 0.5);
        QVERIFY(bytes.contains("/Font")); // text, not outlines
        QVERIFY(!bytes.contains("/Subtype /Image"));
    }

    void referenceImage()
    {
        const QImage image = vramExporter().image({800, 500}, 1).convertToFormat(QImage::Format_RGB32);
        if (qEnvironmentVariableIsSet("LLM_ATLAS_UPDATE_REFERENCE")) {
            QDir().mkpath(QFileInfo(ReferenceImage).path());
            QVERIFY(image.save(ReferenceImage));
            QSKIP("reference image written");
        }
        const QImage reference = QImage(ReferenceImage).convertToFormat(QImage::Format_RGB32);
        QVERIFY2(!reference.isNull(), qPrintable(ReferenceImage));
        QCOMPARE(image.size(), reference.size());
        // Font rasterisation differs a little between FreeType builds; the layout must not.
        double difference = 0;
        qint64 differentPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *a = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            const auto *b = reinterpret_cast<const QRgb *>(reference.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int d = std::abs(qRed(a[x]) - qRed(b[x])) + std::abs(qGreen(a[x]) - qGreen(b[x]))
                              + std::abs(qBlue(a[x]) - qBlue(b[x]));
                difference += d;
                differentPixels += d > 96 ? 1 : 0;
            }
        }
        const double pixels = double(image.width()) * image.height();
        const double meanDifference = difference / (pixels * 3 * 255);
        const double differentShare = differentPixels / pixels;
        if (meanDifference >= 0.02 || differentShare >= 0.03) {
            const QString actual = QDir::temp().filePath(QStringLiteral("vram-reference-actual.png"));
            image.save(actual);
            QFAIL(qPrintable(QStringLiteral("mean difference %1, %2 of pixels differ; see %3 (after an intended "
                                            "change, run with LLM_ATLAS_UPDATE_REFERENCE=1 to rewrite the reference)")
                                 .arg(meanDifference)
                                 .arg(differentShare)
                                 .arg(actual)));
        }
    }

    void failedSaveLeavesNothing()
    {
        QTemporaryDir dir;
        QString error;
        const ChartExporter exporter = vramExporter();
        const QString nowhere = dir.filePath(QStringLiteral("missing/chart.png"));
        QVERIFY(!exporter.save(nowhere, {800, 500}, 1, &error));
        QVERIFY2(error.contains(QStringLiteral("Cannot write")), qPrintable(error));
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

        QVERIFY(!exporter.save(dir.filePath(QStringLiteral("chart.gif")), {800, 500}, 1, &error));
        QVERIFY(error.contains(QStringLiteral("cannot tell the format")));
        QVERIFY(!exporter.save(dir.filePath(QStringLiteral("chart.png")), {800, 500}, 9, &error));
        QVERIFY(error.contains(QStringLiteral("scale")));
        QVERIFY(QDir(dir.path()).isEmpty());

        // A good save replaces a previous file whole.
        const QString path = dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(FileSaver::save(path, "old", &error));
        QVERIFY2(exporter.save(path, {800, 500}, 1, &error), qPrintable(error));
        QVERIFY(readSvg(fileBytes(path)).wellFormed);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("chart.svg")});
    }

    // With more rows than the plot can name, a chart shows as many bars as it can name whole, and its title
    // says how many: in every size of export, the same at every asking.
    void chartsShowTheBarsTheirPlotCanName_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::newRow("VRAM fit") << QStringLiteral("vram");
        QTest::newRow("tier overview") << QStringLiteral("tiers");
    }
    void chartsShowTheBarsTheirPlotCanName()
    {
        QFETCH(QString, chart);
        Dataset many = withBulkModels(m_data, 60);
        FitTableModel modelsFit;
        FitTableModel quantsFit;
        modelsFit.setDataset(&many);
        quantsFit.setDataset(&many);
        VramFitView vram(&modelsFit, &quantsFit);
        vram.setDataset(&many);
        TierTableModel tiers;
        tiers.setDataset(&many);
        TierChartView tierChart(&tiers);
        QChart *subject = chart == QLatin1String("vram") ? vram.chart() : tierChart.chart();
        const int rows = chart == QLatin1String("vram") ? modelsFit.rowCount() : tiers.rowCount();
        const QRegularExpression shown(QStringLiteral("first (\\d+) of %1 rows$").arg(rows));

        int previous = 0;
        for (const int height : {400, 750, 1400}) {
            // Painted straight away, as a PNG is, from what the last size left: the chart fits itself to
            // this one on the way.
            QBuffer painted;
            painted.open(QIODevice::WriteOnly);
            {
                QSvgGenerator generator;
                generator.setOutputDevice(&painted);
                generator.setResolution(qRound(QGuiApplication::primaryScreen()->logicalDotsPerInchY()));
                QPainter painter(&generator);
                ChartExporter(subject).paint(&painter, QRectF(0, 0, 1200, height));
            }
            const SvgContent svg = readSvg(painted.data());
            const QString title = svg.texts.filter(shown).value(0);
            const QRegularExpressionMatch match = shown.match(title);
            QVERIFY2(match.hasMatch(), qPrintable(svg.texts.join(QLatin1Char('|'))));
            const int bars = match.captured(1).toInt();
            QStringList named;
            for (const QString &text : svg.texts) {
                QVERIFY2(!text.endsWith(QChar(0x2026)), qPrintable(text)); // "…": a label cut to nothing
                const bool namesAModel =
                    text.contains(QStringLiteral(" — "))
                    && std::any_of(many.models.cbegin(), many.models.cend(),
                                   [&text](const ModelRecord &m) { return text.contains(m.name); });
                if (namesAModel)
                    named << text;
            }
            QCOMPARE(named.size(), bars);
            // A file's title, written before its picture, says the same; asked again, the file is the same.
            const QByteArray bytes = ChartExporter(subject).render(ChartExporter::Format::Svg, {1200, height});
            QCOMPARE(readSvg(bytes).title, title);
            QCOMPARE(ChartExporter(subject).render(ChartExporter::Format::Svg, {1200, height}), bytes);
            QVERIFY2(bars > previous, qPrintable(QStringLiteral("%1 px: %2 bars").arg(height).arg(bars)));
            QVERIFY(bars <= 40);
            previous = bars;
        }
        QCOMPARE(previous, 40); // 1,400 pixels name the most the chart ever shows
    }

    void tierChartFollowsTheTable()
    {
        TierTableModel model;
        TierFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(TierTableModel::Rank);
        TierChartView view(&proxy);
        model.setDataset(&m_data);
        const auto categories = [&view] {
            return qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Vertical).constFirst())->categories();
        };
        QCOMPARE(categories().size(), proxy.rowCount());
        // Top-down like the table: the first row is the last category (Qt Charts counts from the bottom).
        const QString first = proxy.index(0, TierTableModel::Name).data().toString();
        QVERIFY2(categories().constLast().contains(first), qPrintable(categories().constLast()));
        QVERIFY2(categories().constLast().startsWith(proxy.index(0, TierTableModel::Tier).data().toString()),
                 qPrintable(categories().constLast()));

        proxy.setTier(QStringLiteral("S"));
        QCOMPARE(categories().size(), proxy.rowCount());
        QVERIFY(proxy.rowCount() < model.rowCount());

        proxy.setTier(QString());
        ChartExporter exporter(view.chart());
        exporter.setFooter(DataSources::footer(m_data, DataSources::TierListTopics));
        const SvgContent svg = readSvg(exporter.render(ChartExporter::Format::Svg, {1000, 640}));
        const QString all = svg.texts.join(QLatin1Char('\n'));
        for (const ModelRecord &record : m_data.models)
            QVERIFY2(all.contains(record.name), qPrintable(record.name));
        QVERIFY(all.contains(QStringLiteral("S tier")));
        QVERIFY(!all.contains(QStringLiteral("rest of the total"))); // legend markers of the light parts hidden
        QVERIFY(exporter.keyEntries().size() > 1);
    }

    void costChartShowsItsSettings()
    {
        // A chart of exact values needs no page: the comparison a script asks for, drawn as it is.
        const ModelRecord *llama = nullptr;
        for (const ModelRecord &model : m_data.models)
            if (model.name == QLatin1String("Llama 3.3 70B"))
                llama = &model;
        QList<ApiPriceRecord> apis;
        for (const ApiPriceRecord &api : m_data.apiPrices)
            if (api.provider == QLatin1String("Anthropic") && api.modelName == QLatin1String("claude-sonnet-4.5"))
                apis = {api};
        QVERIFY(llama && !apis.isEmpty());
        CostAssumptions assumptions;
        assumptions.utilisation = 0.5;
        assumptions.inputRatio = 1;
        // 3x H100 is no named configuration; 2x A100 80GB is one of the presets.
        const CostComparison comparison = CostComparison::compute(
            *llama, {{gpu(QStringLiteral("H100 80GB")), 3}, {gpu(QStringLiteral("A100 80GB")), 2}}, apis, m_data.gpus,
            2e9, assumptions);
        CostChart chart;
        chart.setComparison(&m_data, llama, comparison, assumptions);
        QCOMPARE(chart.volume(), 2e9);
        QCOMPARE(chart.assumptions().utilisation, 0.5);
        QStringList labels;
        for (const CostOption &option : chart.comparison().options)
            labels << option.label;
        QCOMPARE(labels.size(), 3);
        QVERIFY2(labels.join(QLatin1Char('|')).contains(QStringLiteral("3x H100 80GB")), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.join(QLatin1Char('|')).contains(QStringLiteral("2x A100 80GB")));

        ChartExporter exporter(&chart);
        const QString all = readSvg(exporter.render(ChartExporter::Format::Svg, {1000, 600})).texts.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("Llama 3.3 70B")));
        QVERIFY(all.contains(QStringLiteral("claude-sonnet-4.5 API")));
    }

    // Set LLM_ATLAS_SCREENSHOTS to a folder to look at the exports.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("LLM_ATLAS_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("LLM_ATLAS_SCREENSHOTS is not set");
        QString error;
        const ChartExporter exporter = vramExporter();
        QVERIFY2(exporter.save(folder + QStringLiteral("/vram.png"), {800, 500}, 1, &error), qPrintable(error));
        QVERIFY2(exporter.save(folder + QStringLiteral("/vram@2x.png"), {1200, 750}, 2, &error), qPrintable(error));
        QVERIFY2(exporter.save(folder + QStringLiteral("/vram.svg"), {1200, 750}, 1, &error), qPrintable(error));
        QVERIFY2(exporter.save(folder + QStringLiteral("/vram.pdf"), {1200, 750}, 1, &error), qPrintable(error));
        TierTableModel model;
        TierChartView view(&model);
        model.setDataset(&m_data);
        ChartExporter tiers(view.chart());
        tiers.setFooter(DataSources::footer(m_data, DataSources::TierListTopics));
        QVERIFY2(tiers.save(folder + QStringLiteral("/tiers.png"), {1200, 750}, 1, &error), qPrintable(error));
    }
};

QTEST_MAIN(TestExportChart)
#include "tst_exportchart.moc"
