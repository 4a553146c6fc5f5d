// Issue 24: hostile names imported as a colleague's files would bring them, then exported every way the
// command line exports (tables as CSV, JSON and Markdown, charts as PNG, SVG and PDF, the report as PDF and
// HTML), by the real binary. No CSV cell starts a formula and every CSV and JSON export imports back
// unchanged; no Markdown, SVG or HTML export holds live markup, and every SVG is XML.
#include "hostilenames.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// Markup that would run or load something, as a tag: these must never appear outside text.
const QRegularExpression LiveTag(QStringLiteral("<\\s*/?\\s*(script|img|iframe|object|embed|a|b|foreignObject)\\b"),
                                 QRegularExpression::CaseInsensitiveOption);

struct SvgContents
{
    QString error; // not XML, or holding an element or attribute that runs something
    QString title;
    QStringList texts;
};

// Reads an SVG as XML, with its title and its texts; an element that could run script, or an event
// attribute, is an error.
SvgContents readSvg(const QByteArray &svg)
{
    SvgContents contents;
    static const QStringList liveElements{QStringLiteral("script"), QStringLiteral("foreignObject"),
                                          QStringLiteral("iframe"), QStringLiteral("img"), QStringLiteral("a"),
                                          QStringLiteral("b")};
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (liveElements.contains(xml.name().toString(), Qt::CaseInsensitive))
            contents.error = QStringLiteral("element <%1> at line %2").arg(xml.name()).arg(xml.lineNumber());
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            if (attribute.name().startsWith(QLatin1String("on"), Qt::CaseInsensitive))
                contents.error = QStringLiteral("attribute %1 at line %2").arg(attribute.name()).arg(xml.lineNumber());
        }
        if (xml.name() == QLatin1String("title") && contents.title.isEmpty())
            contents.title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == QLatin1String("text"))
            contents.texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    if (xml.hasError())
        contents.error = QStringLiteral("not XML: %1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return contents;
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

bool isPdf(const QByteArray &pdf)
{
    return pdf.startsWith("%PDF-") && pdf.trimmed().endsWith("%%EOF");
}

} // namespace

class TestHostileNames : public QObject
{
    Q_OBJECT

private:
    using Result = CommandResult;

    BundledDatabaseFile m_file;
    QTemporaryDir m_home;
    QTemporaryDir m_out;
    // The GPU (and model) the charts and the report are asked for by name.
    const QString m_chosen = QStringLiteral("<script>alert(1)</script>Evil 8B");

    Result run(QStringList arguments)
    {
        return runCommand(QStringLiteral(LLM_ATLAS_BINARY), arguments << QStringLiteral("--db") << m_file.path(),
                          m_home.path());
    }

    QString out(const QString &name) const { return m_out.filePath(name); }

    QString write(const QString &name, const QByteArray &data) const
    {
        QFile file(out(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

    // Exports a table and checks it is what it says it is; returns its text.
    QString exportTable(const QString &kind, const QString &suffix)
    {
        const QString path = out(QStringLiteral("%1.%2").arg(kind, suffix));
        const Result result = run({QStringLiteral("export"), QStringLiteral("table"), kind, QStringLiteral("--out"), path});
        if (result.exitCode != 0)
            qWarning("%s", result.err.constData());
        return result.exitCode == 0 ? QString::fromUtf8(fileBytes(path)) : QString();
    }

    // The command line's own import of a file, dry: nothing added, changed or rejected.
    void importsBackUnchanged(const QString &kind, const QString &suffix)
    {
        const Result result = run({QStringLiteral("import"), out(QStringLiteral("%1.%2").arg(kind, suffix)),
                                   QStringLiteral("--kind"), kind, QStringLiteral("--dry-run")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY2(result.out.contains(": 0 to add, 0 to change, 0 rejected, "), result.out.left(2000).constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid() && m_home.isValid() && m_out.isValid());
        // Each a colleague's file: models first, which the prices and the tier list name.
        const QList<std::pair<QString, QByteArray>> files{{QStringLiteral("models"), HostileNames::modelsFile()},
                                                          {QStringLiteral("gpus"), HostileNames::gpusFile()},
                                                          {QStringLiteral("prices"), HostileNames::pricesFile()},
                                                          {QStringLiteral("tiers"), HostileNames::tiersFile()}};
        for (const auto &[kind, data] : files) {
            const Result result =
                run({QStringLiteral("import"), write(QStringLiteral("hostile-%1.json").arg(kind), data),
                     QStringLiteral("--kind"), kind});
            QVERIFY2(result.exitCode == 0, result.out.left(4000) + result.err);
            QVERIFY2(result.out.contains(QStringLiteral(": %1 to add, 0 to change, 0 rejected")
                                             .arg(HostileNames::names().size())
                                             .toUtf8()),
                     result.out.left(4000).constData());
        }
    }

    // JSON can spell a NUL, but no CSV, SVG or HTML export could hold it: the import refuses it and writes
    // nothing.
    void nulIsRefusedOnImport()
    {
        const QString before = databaseDump(m_file.path());
        const Result result = run({QStringLiteral("import"), write(QStringLiteral("nul.json"), HostileNames::nulGpuFile()),
                                   QStringLiteral("--kind"), QStringLiteral("gpus")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains("” holds a NUL character."), result.out.constData());
        QCOMPARE(databaseDump(m_file.path()), before);
    }

    void csvCellsStartNoFormula_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("nameKey");
        QTest::addRow("models") << QStringLiteral("models") << QStringLiteral("name");
        QTest::addRow("gpus") << QStringLiteral("gpus") << QStringLiteral("name");
        QTest::addRow("prices") << QStringLiteral("prices") << QStringLiteral("model_name");
    }

    // OWASP: a text cell that would start a formula starts with a quote; numbers stay numbers. The
    // importer takes off exactly that quote: the file imports back without a change.
    void csvCellsStartNoFormula()
    {
        QFETCH(QString, kind);
        QFETCH(QString, nameKey);
        const QString csv = exportTable(kind, QStringLiteral("csv"));
        const QList<QStringList> records = HostileNames::csvRecords(csv);
        QVERIFY(records.size() > HostileNames::names().size());
        const qsizetype nameColumn = records.first().indexOf(nameKey);
        QVERIFY(nameColumn >= 0);
        QStringList names;
        for (const QStringList &record : records.mid(1)) {
            QCOMPARE(record.size(), records.first().size());
            for (const QString &cell : record) {
                bool number = false;
                cell.toDouble(&number);
                QVERIFY2(number || !HostileNames::startsFormula(cell), qPrintable(cell.left(80)));
            }
            names << record.at(nameColumn);
        }
        for (const QString &name : HostileNames::names()) {
            const QString stored = HostileNames::stored(name);
            const bool guarded = HostileNames::startsFormula(stored) || stored.startsWith(QLatin1String("'="));
            QVERIFY2(names.contains(guarded ? QLatin1Char('\'') + stored : stored), qPrintable(stored.left(80)));
        }
        importsBackUnchanged(kind, QStringLiteral("csv"));
    }

    void jsonKeepsEveryNameAsItIs_data() { csvCellsStartNoFormula_data(); }

    void jsonKeepsEveryNameAsItIs()
    {
        QFETCH(QString, kind);
        QFETCH(QString, nameKey);
        const QJsonArray rows = QJsonDocument::fromJson(exportTable(kind, QStringLiteral("json")).toUtf8()).array();
        QStringList names;
        for (const QJsonValue &row : rows)
            names << row[nameKey].toString();
        for (const QString &name : HostileNames::names())
            QVERIFY2(names.contains(HostileNames::stored(name)), qPrintable(name.left(80)));
        importsBackUnchanged(kind, QStringLiteral("json"));
    }

    // Markdown renderers show HTML as HTML: every <, > and & is an entity, and pipes split no cell.
    void markdownHoldsNoMarkup_data() { csvCellsStartNoFormula_data(); }

    void markdownHoldsNoMarkup()
    {
        QFETCH(QString, kind);
        const QString md = exportTable(kind, QStringLiteral("md"));
        QVERIFY(!md.isEmpty());
        QVERIFY(!md.contains(QLatin1Char('<')));
        QVERIFY(!md.contains(QLatin1Char('>')));
        static const QRegularExpression bareAmpersand(QStringLiteral("&(?!amp;|lt;|gt;)"));
        QVERIFY(!md.contains(bareAmpersand));
        QVERIFY(md.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;Evil 8B")));
        QVERIFY(md.contains(QStringLiteral("&lt;img src=x onerror=alert(2)&gt;")));
        // Every line has the header's cells: an unescaped pipe would add one.
        static const QRegularExpression cellPipe(QStringLiteral("(?<!\\\\)\\|"));
        const QStringList lines = md.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > HostileNames::names().size() + 2);
        const qsizetype pipes = lines.first().count(cellPipe);
        for (const QString &line : lines)
            QCOMPARE(line.count(cellPipe), pipes);
    }

    void chartsAreSafe_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("title"); // what the title must name
        const QString chosen = QStringLiteral("<script>alert(1)</script>Evil 8B");
        QTest::addRow("vram") << QStringList{QStringLiteral("vram"), QStringLiteral("--gpu"), chosen} << chosen;
        QTest::addRow("cost") << QStringList{QStringLiteral("cost"), QStringLiteral("--model"), chosen,
                                             QStringLiteral("--gpu"), chosen}
                              << chosen;
        QTest::addRow("tiers") << QStringList{QStringLiteral("tiers")} << QStringLiteral("Models of the tier list");
    }

    // The SVG is XML whatever the names hold, with its <title> as text (Qt writes it unescaped) and no
    // element that runs anything; the PNG and the PDF are what they say.
    void chartsAreSafe()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, title);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        for (const QString &suffix : {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")}) {
            const QString path = out(QStringLiteral("%1.%2").arg(name, suffix));
            const Result result = run(QStringList{QStringLiteral("export"), QStringLiteral("chart")} + arguments
                                      + QStringList{QStringLiteral("--out"), path});
            QVERIFY2(result.exitCode == 0, result.err.constData());
            const QByteArray bytes = fileBytes(path);
            if (suffix == QLatin1String("svg")) {
                const SvgContents svg = readSvg(bytes);
                QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
                QVERIFY2(svg.title.contains(title), qPrintable(svg.title));
                QVERIFY(!QString::fromUtf8(bytes).contains(LiveTag));
                if (name == QLatin1String("tiers")) {
                    // The axis names the hostile models as they are called: Qt Charts lays axis labels out as
                    // rich text, so the chart escapes the names it hands it, and the tag reads as text.
                    const QString texts = svg.texts.join(QLatin1Char('\n'));
                    QVERIFY2(texts.contains(QStringLiteral("<img src=x onerror=alert(2)>")), qPrintable(texts.left(2000)));
                }
            } else if (suffix == QLatin1String("png")) {
                QImage image;
                QVERIFY(image.loadFromData(bytes, "PNG"));
                QCOMPARE(image.size(), QSize(1200, 750));
            } else {
                QVERIFY(isPdf(bytes));
                QCOMPARE(pdfPages(bytes), 1);
            }
        }
    }

    // The HTML report escapes its own text, and inlines the charts' SVG: each of them XML, with no live
    // markup anywhere in the file.
    void reportIsSafe()
    {
        const QStringList options{QStringLiteral("--gpu"), m_chosen, QStringLiteral("--model"), m_chosen};
        Result result = run(QStringList{QStringLiteral("report")} + options
                            + QStringList{QStringLiteral("--out"), out(QStringLiteral("report.html"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString html = QString::fromUtf8(fileBytes(out(QStringLiteral("report.html"))));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        const QRegularExpressionMatch live = LiveTag.match(html);
        QVERIFY2(!live.hasMatch(), qPrintable(html.mid(std::max<qsizetype>(0, live.capturedStart() - 200), 400)));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;Evil 8B")));
        static const QRegularExpression inlineSvg(QStringLiteral("<svg\\b.*?</svg>"),
                                                  QRegularExpression::DotMatchesEverythingOption);
        int charts = 0;
        for (auto it = inlineSvg.globalMatch(html); it.hasNext(); ++charts) {
            const SvgContents svg = readSvg(it.next().captured().toUtf8());
            QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
            if (charts < 2) // the fit and the cost charts are titled by the chosen GPU
                QVERIFY2(svg.title.contains(m_chosen), qPrintable(svg.title));
        }
        QCOMPARE(charts, 3);

        result = run(QStringList{QStringLiteral("report")} + options
                     + QStringList{QStringLiteral("--out"), out(QStringLiteral("report.pdf"))});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QByteArray pdf = fileBytes(out(QStringLiteral("report.pdf")));
        QVERIFY(isPdf(pdf));
        QVERIFY(pdfPages(pdf) > 3);
    }
};

QTEST_GUILESS_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
