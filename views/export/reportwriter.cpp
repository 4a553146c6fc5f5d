#include "views/export/reportwriter.h"

#include "models/document/filesaver.h"
#include "models/itemmodels/recordtablemodel.h"
#include "views/export/chartexporter.h"

#include <QAbstractItemModel>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardItemModel>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace {

constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
// The size the HTML file's charts are laid out at; the browser scales the vectors to the column.
constexpr QSize HtmlChartSize{1000, 600};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float: return true;
    default: return false;
    }
}

QFont sized(QFont font, double points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// QSvgGenerator writes a standalone file; inline in HTML the root takes the column's width (the viewBox
// keeps the proportions), and every id gets a prefix, since ids are shared by the whole HTML document.
QString inlineSvg(const QByteArray &svg, const QString &idPrefix)
{
    QString text = QString::fromUtf8(svg);
    text = text.mid(qMax(text.indexOf(QLatin1String("<svg")), 0));
    static const QRegularExpression rootSize(QStringLiteral("^<svg\\s+width=\"[^\"]*\"\\s+height=\"[^\"]*\""));
    text.replace(rootSize, QStringLiteral("<svg width=\"100%\" role=\"img\""));
    text.replace(QLatin1String("id=\""), QStringLiteral("id=\"%1").arg(idPrefix));
    text.replace(QLatin1String("url(#"), QStringLiteral("url(#%1").arg(idPrefix));
    text.replace(QLatin1String("href=\"#"), QStringLiteral("href=\"#%1").arg(idPrefix));
    return text.trimmed();
}

const char *const BrowserStyle = R"(
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 14px; color: #222;
       max-width: 1100px; margin: 2em auto; padding: 0 1em; line-height: 1.4; }
h1 { font-size: 1.8em; margin-bottom: 0.1em; }
.subtitle { color: #555; margin-top: 0; }
h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #ccc; }
figure { margin: 1em 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; }
th { background: #eee; text-align: left; }
td.number { text-align: right; white-space: nowrap; }
table.facts th { width: 30%; background: #f6f6f6; }
)";

// The chart pages were laid out at the screen's resolution; the pages use the same one (see ChartExporter).
double layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96.0;
}

void setUpPdf(QPdfWriter &writer, int resolution, const QString &title)
{
    writer.setResolution(resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("LLM Atlas %1").arg(QStringLiteral(LLM_ATLAS_VERSION)));
}

// Where a page's parts go on a device of this size and resolution.
struct PageGeometry
{
    explicit PageGeometry(const QPaintDevice *device)
        : page(0, 0, device->width(), device->height())
        , margin(std::round(page.width() * 0.035))
        , footerFont(sized(QGuiApplication::font(), 7.5))
        , footerHeight(QFontMetricsF(footerFont, device).height())
        , body(page.adjusted(margin, margin, -margin, -margin - footerHeight * 1.5))
    {
    }

    QRectF page;
    double margin;
    QFont footerFont;
    double footerHeight;
    QRectF body; // between the margins, above the footer
};

} // namespace

std::optional<ReportWriter::Format> ReportWriter::formatFromSuffix(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return std::nullopt;
}

void ReportWriter::setTitle(const QString &title, const QString &subtitle)
{
    m_title = title;
    m_subtitle = subtitle;
}

void ReportWriter::addChart(const ChartSection &section)
{
    m_charts << section;
}

void ReportWriter::addFacts(const FactSection &section)
{
    m_sections.append({section, std::nullopt});
}

void ReportWriter::addTable(const TableSection &section)
{
    m_sections.append({std::nullopt, section});
}

QString ReportWriter::tableHtml(const TableSection &section, Flavour flavour) const
{
    QStandardItemModel plain;
    if (!section.model) {
        plain.setHorizontalHeaderLabels(section.headers);
        for (const QStringList &row : section.rows) {
            QList<QStandardItem *> items;
            for (const QString &cell : row)
                items << new QStandardItem(cell);
            plain.appendRow(items);
        }
    }
    const QAbstractItemModel &model = section.model ? *section.model : plain;
    QList<int> columns = section.columns;
    if (columns.isEmpty()) {
        for (int c = 0; c < model.columnCount(); ++c)
            columns << c;
    }
    QString html;
    // QTextDocument reads table attributes, a browser the style sheet; each gets what it understands.
    html += flavour == Flavour::TextDocument
                ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                 "style=\"border-collapse: collapse; border-color: #999999;\">")
                : QStringLiteral("<table>");
    html += QStringLiteral("<thead><tr>");
    for (const int c : std::as_const(columns)) {
        html += flavour == Flavour::TextDocument ? QStringLiteral("<th bgcolor=\"#e8e8e8\" align=\"left\">")
                                                 : QStringLiteral("<th>");
        html += escaped(model.headerData(c, Qt::Horizontal).toString()) + QStringLiteral("</th>");
    }
    html += QStringLiteral("</tr></thead><tbody>");
    const int rows = std::min(model.rowCount(), MaxTableRows);
    for (int row = 0; row < rows; ++row) {
        html += QStringLiteral("<tr>");
        for (const int c : std::as_const(columns)) {
            const QModelIndex index = model.index(row, c);
            // Figures line up on the right; the raw value says which cells are figures.
            const bool number = isNumber(index.data(RecordTableModel::RawValueRole));
            if (!number)
                html += QStringLiteral("<td>");
            else if (flavour == Flavour::TextDocument)
                html += QStringLiteral("<td align=\"right\">");
            else
                html += QStringLiteral("<td class=\"number\">");
            html += escaped(index.data(Qt::DisplayRole).toString()) + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    if (model.rowCount() == 0)
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("No rows.")));
    else if (rows < model.rowCount())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("The first %1 of %2 rows: export the table to have them all.")
                                     .arg(QLocale().toString(rows), QLocale().toString(model.rowCount()))));
    return html;
}

QString ReportWriter::sectionsHtml(Flavour flavour) const
{
    QString html;
    for (const TextSection &section : m_sections) {
        if (section.facts) {
            html += QStringLiteral("<h2>%1</h2>").arg(escaped(section.facts->heading));
            html += flavour == Flavour::TextDocument
                        ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                         "style=\"border-collapse: collapse; border-color: #999999;\">")
                        : QStringLiteral("<table class=\"facts\">");
            for (const Fact &fact : section.facts->facts) {
                const QString row = flavour == Flavour::TextDocument
                                        ? QStringLiteral("<tr><td width=\"30%\" bgcolor=\"#f4f4f4\"><b>%1</b></td>"
                                                         "<td>%2</td></tr>")
                                        : QStringLiteral("<tr><th>%1</th><td>%2</td></tr>");
                html += row.arg(escaped(fact.name), escaped(fact.value));
            }
            html += QStringLiteral("</table>");
        } else if (section.table) {
            // On paper each table starts a page: a heading never strands at the foot of one.
            const bool newPage = flavour == Flavour::TextDocument && !html.isEmpty();
            html += (newPage ? QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                             : QStringLiteral("<h2>%1</h2>"))
                        .arg(escaped(section.table->heading));
            if (!section.table->text.isEmpty())
                html += QStringLiteral("<p>%1</p>").arg(escaped(section.table->text));
            html += tableHtml(*section.table, flavour);
        }
    }
    return html;
}

QString ReportWriter::html() const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"generator\" content=\"LLM Atlas %1\">\n<title>%2</title>\n"
                                  "<style>%3</style>\n</head>\n<body>\n")
                       .arg(QStringLiteral(LLM_ATLAS_VERSION), escaped(m_title), QLatin1String(BrowserStyle));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n").arg(escaped(m_title), escaped(m_subtitle));
    int number = 0;
    for (const ChartSection &section : m_charts) {
        ++number;
        ChartExporter exporter(section.chart);
        exporter.setFooter(section.footer);
        html += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(escaped(section.heading));
        if (!section.text.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(section.text));
        html += QStringLiteral("<figure>\n%1\n</figure>\n</section>\n")
                    .arg(inlineSvg(exporter.render(ChartExporter::Format::Svg, HtmlChartSize),
                                   QStringLiteral("chart%1-").arg(number)));
    }
    html += sectionsHtml(Flavour::Browser);
    html += QStringLiteral("\n</body>\n</html>\n");
    return html;
}

PreparedReport ReportWriter::preparePages(const QPaintDevice *metricsDevice) const
{
    PreparedReport prepared;
    prepared.m_title = m_title;
    const PageGeometry geometry(metricsDevice);
    const QRectF &body = geometry.body;
    const QFont base = QGuiApplication::font();
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        const ChartSection &section = m_charts.at(i);
        QPicture picture;
        QPainter painter(&picture);
        double top = body.top();
        const auto drawText = [&](const QFont &font, const QString &text, double spaceAfter) {
            if (text.isEmpty())
                return;
            painter.setFont(font);
            const QRectF bounds = QFontMetricsF(font, metricsDevice)
                                      .boundingRect(QRectF(body.left(), top, body.width(), body.height()), TextFlags, text);
            painter.drawText(QRectF(body.left(), top, body.width(), bounds.height()), TextFlags, text);
            top += bounds.height() + spaceAfter;
        };
        if (i == 0) {
            drawText(sized(base, 18, true), m_title, 2);
            drawText(sized(base, 9), m_subtitle, geometry.margin / 2);
        }
        drawText(sized(base, 13, true), section.heading, 4);
        drawText(sized(base, 9), section.text, geometry.margin / 3);
        ChartExporter exporter(section.chart);
        exporter.setFooter(section.footer);
        exporter.paint(&painter, QRectF(body.left(), top, body.width(), std::max(body.bottom() - top, 100.0)));
        painter.end();
        prepared.m_chartPages << picture;
    }
    // The text flows over as many pages as it needs, after one page per chart.
    prepared.m_html = sectionsHtml(Flavour::TextDocument);
    if (m_charts.isEmpty())
        prepared.m_html.prepend(QStringLiteral("<h1>%1</h1><p>%2</p>").arg(escaped(m_title), escaped(m_subtitle)));
    prepared.m_hasTextPages = !m_sections.isEmpty();
    return prepared;
}

PreparedReport ReportWriter::prepare(Format format) const
{
    if (format == Format::Html) {
        PreparedReport prepared;
        prepared.m_format = Format::Html;
        prepared.m_title = m_title;
        prepared.m_html = html();
        return prepared;
    }
    // Pages measured on a PDF writer like the one the report is written with (it paints nothing).
    QBuffer nowhere;
    QPdfWriter metrics(&nowhere);
    const int resolution = qRound(layoutDpi());
    setUpPdf(metrics, resolution, m_title);
    PreparedReport prepared = preparePages(&metrics);
    prepared.m_resolution = resolution;
    return prepared;
}

void ReportWriter::print(QPagedPaintDevice *device) const
{
    preparePages(device).print(device);
}

QByteArray ReportWriter::pdf() const
{
    return prepare(Format::Pdf).bytes();
}

bool ReportWriter::save(const QString &path, QString *errorMessage) const
{
    const std::optional<Format> format = formatFromSuffix(path);
    if (!format) {
        if (errorMessage)
            *errorMessage = tr("cannot tell the format of “%1”: use a .pdf or .html file.").arg(path);
        return false;
    }
    return FileSaver::save(path, prepare(*format).bytes(), errorMessage);
}

QByteArray PreparedReport::bytes(const Progress &progress) const
{
    if (m_format == ReportWriter::Format::Html)
        return m_html.toUtf8();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUpPdf(writer, m_resolution, m_title);
        print(&writer, progress);
    }
    return buffer.data();
}

void PreparedReport::print(QPagedPaintDevice *device, const Progress &progress) const
{
    const PageGeometry geometry(device);
    const QRectF &page = geometry.page;
    const QRectF &body = geometry.body;
    const double margin = geometry.margin;

    // Laid out before the first page is painted, so every page can say how many there are.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    document.setDefaultFont(sized(QGuiApplication::font(), 8.5));
    document.setPageSize(body.size());
    document.setHtml(m_html);
    const int textPages = m_hasTextPages ? document.pageCount() : 0;
    const int pageCount = int(m_chartPages.size()) + textPages;
    // The layout is about as much work as the painting.
    constexpr double LayoutShare = 0.5;
    if (progress && !progress(LayoutShare))
        return;

    QPainter painter(device);
    int pageNumber = 0;
    const auto startPage = [&] {
        if (pageNumber > 0)
            device->newPage();
        ++pageNumber;
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.setFont(geometry.footerFont);
        const QRectF footer(margin, page.bottom() - margin - geometry.footerHeight, page.width() - 2 * margin,
                            geometry.footerHeight);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, m_title);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(pageNumber).arg(pageCount));
        painter.setPen(Qt::black);
    };
    const auto pageDone = [&] {
        return !progress || progress(LayoutShare + (1 - LayoutShare) * pageNumber / pageCount);
    };

    for (const QPicture &chartPage : m_chartPages) {
        startPage();
        painter.drawPicture(QPointF(0, 0), chartPage);
        if (!pageDone())
            return;
    }
    for (int p = 0; p < textPages; ++p) {
        startPage();
        painter.save();
        painter.translate(body.left(), body.top() - p * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        // The layout only skips blocks outside the clip; a table row split by the page's edge needs the
        // painter to cut it there, the rest of it is on the next page.
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (!pageDone())
            return;
    }
}
