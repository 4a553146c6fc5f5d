#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPicture>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class PreparedReport;
class QAbstractItemModel;
class QChart;
class QPaintDevice;
class QPagedPaintDevice;

// Lays out a report of charts, lists of facts and tables, and writes it as a multi-page PDF (charts as
// vectors, one page each, then the text flowing over as many pages as it needs) or as one self-contained
// HTML file (charts as inline SVG). It knows nothing of what the report is about: its author does.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format { Pdf, Html };

    struct ChartSection
    {
        QString heading;
        QString text;   // a paragraph above the chart
        QChart *chart;  // painted as its view shows it, through ChartExporter
        QString footer; // the chart's sources and as-of dates
    };
    struct Fact
    {
        QString name;
        QString value;
    };
    struct FactSection
    {
        QString heading;
        QList<Fact> facts;
    };
    struct TableSection
    {
        QString heading;
        QString text;
        const QAbstractItemModel *model = nullptr; // must outlive the writer
        QList<int> columns;                        // in this order; empty: every column
        // Without a model: plain text rows under these headers.
        QStringList headers;
        QList<QStringList> rows;
    };

    // .pdf or .html/.htm, in any letter case.
    static std::optional<Format> formatFromSuffix(const QString &fileName);

    void setTitle(const QString &title, const QString &subtitle);
    void addChart(const ChartSection &section);
    void addFacts(const FactSection &section);
    void addTable(const TableSection &section);

    // Reads the charts and tables now, as their views show them, into a report that needs them no more:
    // writing it can then run on another thread while the window goes on. On the GUI thread only.
    PreparedReport prepare(Format format) const;

    // A4 landscape pages, "page n of N" at the foot of each.
    QByteArray pdf() const;
    QString html() const;
    // Paints every page on a printer or any other paged device, starting on its current page.
    void print(QPagedPaintDevice *device) const;
    // The whole file or nothing; the path's suffix names the format.
    bool save(const QString &path, QString *errorMessage) const;

private:
    // A report is read by people: a table of 100,000 models would be thousands of pages (and minutes of
    // layout), so tables stop here and say where the rest is.
    static constexpr int MaxTableRows = 200;

    enum class Flavour { TextDocument, Browser }; // what the HTML is for: QTextDocument's subset, or a browser
    QString sectionsHtml(Flavour flavour) const;
    QString tableHtml(const TableSection &section, Flavour flavour) const;
    // Pages laid out for a device of metricsDevice's size and resolution: the chart pages recorded as
    // pictures, the text as QTextDocument HTML.
    PreparedReport preparePages(const QPaintDevice *metricsDevice) const;

    QString m_title;
    QString m_subtitle;
    QList<ChartSection> m_charts;
    // Text sections in the order added: a fact list or a table each.
    struct TextSection
    {
        std::optional<FactSection> facts;
        std::optional<TableSection> table;
    };
    QList<TextSection> m_sections;
};

// A report with nothing left to read from the views: its chart pages are recorded pictures (or SVG in the
// HTML) and its tables are text. ReportWriter::prepare() makes one on the GUI thread; writing it touches no
// widget or model, so the window does that on a worker thread behind a progress dialog.
class PreparedReport
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // Hears the share done (0 to 1) and returns false to stop: BackgroundTask::Progress, which the window
    // passes, without the export code depending on the dialogs.
    using Progress = std::function<bool(double shareDone)>;

    // The file's contents. progress, if given, hears the share done as pages are laid out and painted;
    // once it returns false the writing stops and what is returned is incomplete.
    QByteArray bytes(const Progress &progress = {}) const;
    // Paints the pages on a device of the size and resolution they were prepared for.
    void print(QPagedPaintDevice *device, const Progress &progress = {}) const;

private:
    friend class ReportWriter;

    ReportWriter::Format m_format = ReportWriter::Format::Pdf;
    QString m_title;
    QString m_html;                 // the whole HTML file, or the PDF's text pages as QTextDocument HTML
    bool m_hasTextPages = false;
    int m_resolution = 96;          // of the PDF's pages, in dots an inch
    QList<QPicture> m_chartPages;   // each page's heading, paragraph and chart, footer aside
};
