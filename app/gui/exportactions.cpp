#include "app/gui/exportactions.h"

#include "models/core/settingvalue.h"
#include "models/document/filesaver.h"
#include "views/dialogs/dialogs.h"
#include "views/export/chartexporter.h"
#include "views/export/reportwriter.h"

#include <QAction>
#include <QChart>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>

using BackgroundTask::Outcome;

namespace {

// Every setting Export keeps, with its default, in one place.
namespace Settings {
// Empty until the first export: then the user's documents folder.
const SettingValue<QString> Folder(QStringLiteral("export/lastFolder"), QString());
const SettingValue<int> Subject(QStringLiteral("export/subject"), -1, [](int subject) {
    return subject >= 0 && subject <= int(ExportDialog::Subject::Report);
});
const SettingValue<int> Width(QStringLiteral("export/width"), ChartExporter::DefaultSize.width());
const SettingValue<int> Height(QStringLiteral("export/height"), ChartExporter::DefaultSize.height());
const SettingValue<double> Scale(QStringLiteral("export/scale"), 1.0);

SettingValue<QString> format(ExportDialog::Subject subject)
{
    static const char *const keys[] = {"export/chartFormat", "export/tableFormat", "export/reportFormat"};
    return {QString::fromLatin1(keys[int(subject)]), ExportDialog::formats(subject).constFirst()};
}

ExportDialog::Choice load(ExportDialog::Subject fallbackSubject)
{
    ExportDialog::Choice choice;
    const int subject = Subject.get();
    choice.subject = subject < 0 ? fallbackSubject : ExportDialog::Subject(subject);
    choice.format = format(choice.subject).get();
    choice.size = QSize(Width.get(), Height.get());
    choice.scale = Scale.get();
    return choice;
}

QString folder()
{
    const QString last = Folder.get();
    return last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : last;
}

void save(const ExportDialog::Choice &choice, const QString &folder)
{
    Folder.set(folder);
    Subject.set(int(choice.subject));
    format(choice.subject).set(choice.format);
    if (choice.subject == ExportDialog::Subject::Chart) {
        Width.set(choice.size.width());
        Height.set(choice.size.height());
        Scale.set(choice.scale);
    }
}
} // namespace Settings

// "VRAM fit" -> "vram-fit": a file name that needs no quoting anywhere.
QString slug(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QString slug = name.toLower().replace(separators, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("llm-atlas") : slug;
}

// The same logical resolution as the screen the charts were laid out for (see ChartExporter).
int layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return qRound(screen ? screen->logicalDotsPerInchY() : 96.0);
}

} // namespace

ExportActions::ExportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_exportAction(new QAction(tr("&Export…"), this))
    , m_printAction(new QAction(tr("&Print…"), this))
    , m_copyChartAction(new QAction(tr("Copy C&hart as Image"), this))
    , m_copyMarkdownAction(new QAction(tr("Copy Table as &Markdown"), this))
    , m_copyCsvAction(new QAction(tr("Copy Table as CS&V"), this))
{
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save the current chart or table, or a comparison report, to a file"));
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the current chart or table, with a preview"));
    m_copyChartAction->setObjectName(QStringLiteral("copyChartAction"));
    m_copyChartAction->setStatusTip(tr("Copy the current chart, with its title and sources, as an image"));
    m_copyMarkdownAction->setObjectName(QStringLiteral("copyMarkdownAction"));
    m_copyMarkdownAction->setStatusTip(tr("Copy the current table as a Markdown table, for a wiki"));
    m_copyCsvAction->setObjectName(QStringLiteral("copyCsvAction"));
    m_copyCsvAction->setStatusTip(tr("Copy the current table as CSV, for a spreadsheet"));

    connect(m_exportAction, &QAction::triggered, this, &ExportActions::exportCurrent);
    connect(m_printAction, &QAction::triggered, this, &ExportActions::printCurrent);
    connect(m_copyChartAction, &QAction::triggered, this, &ExportActions::copyChart);
    connect(m_copyMarkdownAction, &QAction::triggered, this,
            [this] { copyTable(TableWriter::Format::Markdown); });
    connect(m_copyCsvAction, &QAction::triggered, this, [this] { copyTable(TableWriter::Format::Csv); });
}

void ExportActions::setPageProvider(std::function<Page()> provider)
{
    m_pageProvider = std::move(provider);
    updateActions();
}

void ExportActions::setReportProvider(std::function<ComparisonReport::Inputs()> provider)
{
    m_reportProvider = std::move(provider);
}

void ExportActions::addFileActions(QMenu *menu)
{
    menu->addAction(m_exportAction);
    menu->addAction(m_printAction);
}

void ExportActions::addEditActions(QMenu *menu)
{
    menu->addAction(m_copyChartAction);
    menu->addAction(m_copyMarkdownAction);
    menu->addAction(m_copyCsvAction);
}

ExportActions::Page ExportActions::page() const
{
    return m_pageProvider ? m_pageProvider() : Page();
}

void ExportActions::updateActions()
{
    const Page p = page();
    m_copyChartAction->setEnabled(p.chart);
    m_copyMarkdownAction->setEnabled(p.table);
    m_copyCsvAction->setEnabled(p.table);
    m_printAction->setEnabled(p.chart || p.table);
}

Outcome ExportActions::write(const ExportDialog::Choice &choice, const QString &path, QString *error) const
{
    const auto outcome = [](bool written) { return written ? Outcome::Written : Outcome::Failed; };
    const Page p = page();
    switch (choice.subject) {
    case ExportDialog::Subject::Chart: {
        if (!p.chart)
            break;
        ChartExporter exporter(p.chart);
        exporter.setFooter(p.footer);
        return outcome(
            exporter.save(path, choice.size, choice.format == QLatin1String("png") ? choice.scale : 1, error));
    }
    case ExportDialog::Subject::Table: {
        const std::optional<TableWriter::Format> format = TableWriter::formatFromSuffix(path);
        if (!p.table || !format || *format == TableWriter::Format::Text)
            break;
        return outcome(FileSaver::save(path, TableWriter::write(*p.table, *format), error));
    }
    case ExportDialog::Subject::Report: {
        const std::optional<ReportWriter::Format> format = ReportWriter::formatFromSuffix(path);
        if (!m_reportProvider || !format)
            break;
        // Reading the views is quick; laying out and painting the pages is not, and runs on a worker.
        const PreparedReport report = ComparisonReport::build(m_reportProvider()).prepare(*format);
        QByteArray bytes;
        if (!BackgroundTask::run(m_window, tr("Writing the report…"),
                                 [&](const BackgroundTask::Progress &progress) { bytes = report.bytes(progress); }))
            return Outcome::Cancelled;
        return outcome(FileSaver::save(path, bytes, error));
    }
    }
    if (error)
        *error = tr("This page has nothing of that kind to export.");
    return Outcome::Failed;
}

void ExportActions::exportCurrent()
{
    const Page p = page();
    ExportDialog dialog(p.chart ? p.name : QString(), p.table ? p.name : QString(), m_window);
    dialog.setChoice(Settings::load(p.chart ? ExportDialog::Subject::Chart : ExportDialog::Subject::Table));
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    ExportDialog::Choice choice = dialog.choice();

    const QString baseName =
        choice.subject == ExportDialog::Subject::Report ? QStringLiteral("llm-atlas-report") : slug(p.name);
    const QString suggested = QDir(Settings::folder()).filePath(baseName + QLatin1Char('.') + choice.format);
    // The chosen format's filter first: the dialog selects the first, and it should match the name's suffix.
    QStringList filters;
    for (const QString &suffix : ExportDialog::formats(choice.subject)) {
        const QString filter = tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix);
        if (suffix == choice.format)
            filters.prepend(filter);
        else
            filters << filter;
    }
    QString path = Dialogs::saveFileName(m_window, tr("Export"), suggested, filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    // A name typed without an extension gets the chosen format's; one with another format's is taken at
    // its word.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (ExportDialog::formats(choice.subject).contains(suffix))
        choice.format = suffix;
    else
        path += QLatin1Char('.') + choice.format;

    QString error;
    switch (write(choice, path, &error)) {
    case Outcome::Written: break;
    case Outcome::Failed: Dialogs::showError(m_window, tr("Export failed"), error); return;
    case Outcome::Cancelled: emit statusMessage(tr("Export cancelled")); return;
    }
    Settings::save(choice, QFileInfo(path).absolutePath());
    emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void ExportActions::paintForPrinter(QPrinter *printer) const
{
    const Page p = page();
    ReportWriter writer;
    writer.setTitle(p.name, tr("LLM Atlas, %1").arg(QDate::currentDate().toString(Qt::ISODate)));
    if (p.chart)
        writer.addChart({QString(), QString(), p.chart, p.footer});
    else if (p.table)
        writer.addTable({p.name, QString(), p.table, {}, {}, {}});
    writer.print(printer);
}

void ExportActions::printCurrent()
{
    const Page p = page();
    if (!p.chart && !p.table)
        return;
    QPrinter printer(QPrinter::HighResolution);
    // Painted at the layout's resolution, as every export is; the output stays vector.
    printer.setResolution(layoutDpi());
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(p.name);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(QStringLiteral("printPreviewDialog"));
    preview.setWindowTitle(tr("Print %1").arg(p.name));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &ExportActions::paintForPrinter);
    Dialogs::exec(&preview);
}

void ExportActions::copyChart()
{
    const Page p = page();
    if (!p.chart)
        return;
    ChartExporter exporter(p.chart);
    exporter.setFooter(p.footer);
    // The size it has on screen, a little taller for the frame, at the screen's own pixel density.
    const QSize shown = p.chart->size().toSize();
    const QSize size(std::clamp(shown.width(), 640, ChartExporter::MaximumSide),
                     std::clamp(shown.height() + 80, 400, ChartExporter::MaximumSide));
    QGuiApplication::clipboard()->setImage(exporter.image(size, m_window->devicePixelRatioF()));
    emit statusMessage(tr("Chart copied as an image"));
}

void ExportActions::copyTable(TableWriter::Format format)
{
    const Page p = page();
    if (!p.table)
        return;
    const QByteArray text = TableWriter::write(*p.table, format);
    auto *mime = new QMimeData;
    mime->setText(QString::fromUtf8(text));
    mime->setData(format == TableWriter::Format::Csv ? QStringLiteral("text/csv") : QStringLiteral("text/markdown"),
                  text);
    QGuiApplication::clipboard()->setMimeData(mime);
    emit statusMessage(format == TableWriter::Format::Csv ? tr("Table copied as CSV")
                                                          : tr("Table copied as Markdown"));
}
