#pragma once

#include "models/core/formatting/tablewriter.h"
#include "views/dialogs/backgroundtask.h"
#include "views/dialogs/exportdialog.h"
#include "views/export/comparisonreport.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QAction;
class QChart;
class QMenu;
class QPrinter;
class QWidget;

// The window's ways out for what it shows: File > Export… (the current page's chart or table, or the
// comparison report, to a file), File > Print… (through a preview), and Edit > Copy Chart as Image, Copy
// Table as Markdown and as CSV. The window tells it what the current page shows; it asks, writes and
// copies, and remembers the last folder, format and size.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    // What a page of the window shows.
    struct Page
    {
        QString name;                        // "VRAM fit": for titles and suggested file names
        QChart *chart = nullptr;             // the chart as shown, or none
        QString footer;                      // the chart's sources and as-of dates
        QAbstractItemModel *table = nullptr; // with RecordTableModel's roles, as filtered and sorted; or none
    };

    explicit ExportActions(QWidget *window);

    void setPageProvider(std::function<Page()> provider);
    void setReportProvider(std::function<ComparisonReport::Inputs()> provider);

    void addFileActions(QMenu *menu);
    void addEditActions(QMenu *menu);
    // Enables what the current page can give; the window calls it when the page changes.
    void updateActions();

    QAction *exportAction() const { return m_exportAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *copyChartAction() const { return m_copyChartAction; }
    QAction *copyMarkdownAction() const { return m_copyMarkdownAction; }
    QAction *copyCsvAction() const { return m_copyCsvAction; }

    // File > Export… without its questions: writes the choice to path; *error says why when it failed.
    // A report is written behind a progress dialog whose Cancel leaves any file at path as it was.
    BackgroundTask::Outcome write(const ExportDialog::Choice &choice, const QString &path, QString *error) const;

signals:
    void statusMessage(const QString &message);

private:
    void exportCurrent();
    void printCurrent();
    void copyChart();
    void copyTable(TableWriter::Format format);
    void paintForPrinter(QPrinter *printer) const;
    Page page() const;

    QWidget *m_window;
    std::function<Page()> m_pageProvider;
    std::function<ComparisonReport::Inputs()> m_reportProvider;
    QAction *m_exportAction;
    QAction *m_printAction;
    QAction *m_copyChartAction;
    QAction *m_copyMarkdownAction;
    QAction *m_copyCsvAction;
};
