#include "app/gui/mainwindow.h"
#include "app/translations.h"
#include "models/document/atlasdocument.h"
#include "models/document/changesetwriter.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "testsupport.h"
#include "views/dialogs/dialogs.h"
#include "views/dialogs/exportdialog.h"
#include "views/pages/costview.h"
#include "views/pages/modeldetailspanel.h"
#include "views/pages/tierbrowser.h"
#include "views/pages/vramfitview.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QUndoStack>
#include <QComboBox>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QGraphicsTextItem>
#include <QRegularExpression>

// Clicks Cancel on the window's background-task progress dialog as soon as it is up (the timer fires inside
// the dialog's event loop).
class CancelOnProgress
{
public:
    explicit CancelOnProgress(QWidget *window)
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, window, [this, window] {
            if (auto *progress = window->findChild<QProgressDialog *>(QStringLiteral("backgroundTaskProgress"))) {
                m_sawProgress = true;
                progress->cancel();
                m_timer.stop();
            }
        });
        m_timer.start();
    }
    bool sawProgress() const { return m_sawProgress; }

private:
    QTimer m_timer;
    bool m_sawProgress = false;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;

    // Shows the window at a desktop size on the tab holding `page`; false when it is not shown or has none.
    static bool showAtDesktopSizeOn(MainWindow &window, const char *page)
    {
        window.resize(1280, 720);
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QWidget *tab = window.findChild<QWidget *>(QLatin1String(page));
        if (!QTest::qWaitForWindowExposed(&window) || !tabs || !tab)
            return false;
        tabs->setCurrentWidget(tab);
        return tabs->currentWidget() == tab;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::installEnglishPlurals(qApp); // as the app does for an English interface
        QVERIFY(m_file.isValid());
    }

    void selectingARowShowsItsDetails()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *table = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        auto *details = window.findChild<ModelDetailsPanel *>(QStringLiteral("modelDetails"));
        QVERIFY(table && details);
        QCOMPARE(table->model()->rowCount(), m_file.rowCount(QStringLiteral("model")));

        const QModelIndex fifth = table->model()->index(4, 2);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(fifth).center());
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Llama 3.3 70B")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Best for fine-tuning")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Llama-3.3-70B-Instruct config.json")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("140")));
        // The quote and the computed weights side by side: 70.55e9 x 2 bytes.
        QVERIFY(details->toPlainText().contains(QStringLiteral("computed: 141.1 GB of weights")));

        QTest::keyClick(table, Qt::Key_Down);
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Mistral Large 3")));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Mistral-Large-Instruct-2411")));
    }

    // The audit's findings wrap: each row is as tall as its text at the width the window gives the column,
    // not at the narrow width it had before the window was laid out.
    void auditRowsFitTheirFindings()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QVERIFY(showAtDesktopSizeOn(window, "auditPage"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("auditTable"));
        QVERIFY(table);
        QVERIFY(table->model()->rowCount() > 3);
        const QAbstractItemView *view = table; // sizeHintForRow is public here, protected in QTableView
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QTRY_COMPARE(table->rowHeight(row), view->sizeHintForRow(row));
        // A sentence of a finding takes a few lines at this width, not a screenful.
        QVERIFY(table->rowHeight(0) < 6 * table->fontMetrics().lineSpacing());
    }

    // The article's tables show every cell whole: a column is as wide as its text, and the recommendations'
    // reasons wrap in the column that takes the spare width.
    void articleTablesShowTheirTextWhole()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QVERIFY(showAtDesktopSizeOn(window, "articlePage"));
        for (const char *name : {"quotedCostTable", "recommendationTable"}) {
            auto *table = window.findChild<QTableView *>(QLatin1String(name));
            QVERIFY(table);
            QVERIFY(table->model()->rowCount() > 3);
            const QAbstractItemView *view = table; // the size hints are public here, protected in QTableView
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                const int needed = std::max(view->sizeHintForColumn(column),
                                            table->horizontalHeader()->sectionSizeHint(column));
                QTRY_VERIFY2(table->columnWidth(column) >= needed,
                             qPrintable(QStringLiteral("%1, column %2: %3 px of %4")
                                            .arg(QLatin1String(name))
                                            .arg(column)
                                            .arg(table->columnWidth(column))
                                            .arg(needed)));
            }
            for (int row = 0; row < table->model()->rowCount(); ++row)
                QTRY_VERIFY(table->rowHeight(row) >= view->sizeHintForRow(row));
        }
    }

    void typingAFilterHidesRows()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("tierFilterEdit"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(table && filter && count);

        QTest::keySequence(&window, QKeySequence::Find);
        QTRY_VERIFY(filter->hasFocus());
        const int all = m_file.rowCount(QStringLiteral("model"));
        QTest::keyClicks(filter, QStringLiteral("llama"));
        QTRY_VERIFY(table->model()->rowCount() < all);
        // Of the article's models, the three Llamas; the catalogue adds its own.
        QStringList article;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString name =
                table->model()->index(row, TierTableModel::Name).data(RecordTableModel::RawValueRole).toString();
            if (articleModelNames().contains(name))
                article << name;
        }
        QCOMPARE(article, QStringList({"Llama 3.3 70B", "Llama 4 Maverick", "Llama 4 Scout"}));
        QCOMPARE(count->text(), QStringLiteral("%1 of %2 models shown").arg(table->model()->rowCount()).arg(all));

        filter->clear();
        QTRY_COMPARE(table->model()->rowCount(), all);

        auto *tiers = window.findChild<QComboBox *>(QStringLiteral("tierCombo"));
        tiers->setFocus();
        QTest::keyClick(tiers, Qt::Key_Down); // All tiers -> S-Tier
        QCOMPARE(tiers->currentIndex(), 1);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        auto *architecture = window.findChild<QComboBox *>(QStringLiteral("architectureCombo"));
        architecture->setCurrentIndex(2); // MoE only
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void detailsFollowTheFilter()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        auto *details = window.findChild<ModelDetailsPanel *>(QStringLiteral("modelDetails"));
        QCOMPARE(details->modelId(), 1); // the first row is selected on open
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("tierFilterEdit"));
        QTest::keyClicks(filter, QStringLiteral("scout"));
        QTRY_COMPARE(details->modelId(), 8); // the row left over becomes current
        QTest::keyClicks(filter, QStringLiteral(" nothing"));
        QTRY_COMPARE(details->modelId(), 0);
        QVERIFY(details->toPlainText().contains(QStringLiteral("Select a model")));
    }

    void refusedFileKeepsTheCurrentDocument()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QString shownError;
        Dialogs::setErrorHook([&](const QString &, const QString &message) { shownError = message; });
        const QString bogus = m_file.folder() + QStringLiteral("/not-a-database.sqlite");
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        QVERIFY(!window.openFile(bogus));
        Dialogs::setErrorHook({});
        QVERIFY(shownError.contains(QStringLiteral("not an LLM Atlas database")));
        QCOMPARE(document.filePath(), QFileInfo(m_file.path()).absoluteFilePath());
        QCOMPARE(window.findChild<QTableView *>(QStringLiteral("tierTable"))->model()->rowCount(),
                 m_file.rowCount(QStringLiteral("model")));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("fileLabel"))->text().contains(QStringLiteral("atlas.sqlite")));
    }

    void fileOpenActionUsesTheChosenFile()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        BundledDatabaseFile other;
        Dialogs::setOpenFileNameHook([&] { return other.path(); });
        QTest::keySequence(&window, QKeySequence::Open);
        Dialogs::setOpenFileNameHook({});
        QCOMPARE(document.filePath(), QFileInfo(other.path()).absoluteFilePath());
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("fileLabel"))->text().contains(other.folder()));
    }

    void vramControlsDriveTheTierTable()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *presets = window.findChild<QComboBox *>(QStringLiteral("gpuConfigCombo"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        QVERIFY(tabs && presets && table);
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("vramFitView")));

        const auto llamaVerdict = [&] {
            const QAbstractItemModel *model = table->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, TierTableModel::Name).data(RecordTableModel::RawValueRole) == QStringLiteral("Llama 3.3 70B"))
                    return model->index(row, TierTableModel::FitVerdict).data(RecordTableModel::RawValueRole).toString();
            }
            return QString();
        };
        // RTX 3060 12GB cannot hold a 70B model; an A100 80GB can (42.8 GB at Q4_K_M of 77.3 GB usable).
        presets->setCurrentIndex(presets->findText(QStringLiteral("RTX 3060 12GB"), Qt::MatchStartsWith));
        QCOMPARE(llamaVerdict(), QStringLiteral("does_not_fit"));
        presets->setFocus();
        presets->setCurrentIndex(presets->findText(QStringLiteral("A100 80GB"), Qt::MatchStartsWith));
        QCOMPARE(llamaVerdict(), QStringLiteral("fits"));

        auto *onlyFitting = window.findChild<QCheckBox *>(QStringLiteral("onlyFittingCheck"));
        tabs->setCurrentIndex(0);
        QTest::mouseClick(onlyFitting, Qt::LeftButton);
        QVERIFY(table->model()->rowCount() < m_file.rowCount(QStringLiteral("model")));
        QVERIFY(table->model()->rowCount() > 0);
    }

    void savesAGpuConfiguration()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        auto *type = window.findChild<QComboBox *>(QStringLiteral("gpuTypeCombo"));
        auto *count = window.findChild<QSpinBox *>(QStringLiteral("gpuCountSpin"));
        QVERIFY(type && count);
        type->setCurrentIndex(type->findText(QStringLiteral("H100"), Qt::MatchStartsWith));
        count->setValue(3);
        Dialogs::setTextInputHook([](const QString &) { return QStringLiteral("Lab rack"); });
        window.findChild<QAction *>(QStringLiteral("saveGpuConfigurationAction"))->trigger();
        Dialogs::setTextInputHook({});
        const auto &saved = document.dataset().gpuConfigurations;
        QCOMPARE(saved.size(), 6);
        QCOMPARE(saved.last().name, QStringLiteral("Lab rack"));
        QCOMPARE(saved.last().count, 3);
        QCOMPARE(document.dataset().gpu(saved.last().gpuId)->name, QStringLiteral("H100 80GB"));
        // It is a choice in the VRAM tab from now on, and it survives reopening the file.
        auto *presets = window.findChild<QComboBox *>(QStringLiteral("gpuConfigCombo"));
        QVERIFY(presets->findText(QStringLiteral("Lab rack"), Qt::MatchStartsWith) >= 0);
        AtlasDocument reopened;
        QVERIFY(reopened.open(file.path()));
        QCOMPARE(reopened.dataset().gpuConfigurations.size(), 6);
    }

    // Before the first paint only the tab on screen is built: the Cost, Article tables and Data audit pages
    // are built when first shown or needed, and the VRAM fit and tier overview charts follow their models
    // only while shown.
    void hiddenTabsAreBuiltWhenFirstShown()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->currentIndex(), 0);
        QVERIFY(!window.findChild<CostView *>());
        QVERIFY(!window.findChild<QTableView *>(QStringLiteral("quotedCostTable")));
        QVERIFY(!window.findChild<QTableView *>(QStringLiteral("auditTable")));
        // Read through the chart views: the views' own chart() would bring the charts up to date.
        const auto chartOf = [&window](const char *name) {
            return window.findChild<QChartView *>(QLatin1String(name))->chart();
        };
        const auto categories = [&chartOf](const char *name) {
            return qobject_cast<QBarCategoryAxis *>(chartOf(name)->axes(Qt::Vertical).constFirst())->categories();
        };
        QVERIFY(categories("vramFitChart").isEmpty());
        QVERIFY(categories("tierChart").isEmpty());

        // What changes while a chart is hidden shows when its tab is: a VRAM control, the table's filter.
        auto *presets = window.findChild<QComboBox *>(QStringLiteral("gpuConfigCombo"));
        presets->setCurrentIndex(presets->findText(QStringLiteral("A100 80GB"), Qt::MatchStartsWith));
        auto *tiers = window.findChild<TierBrowser *>()->proxy();
        tiers->setTier(QStringLiteral("S"));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("vramFitView")));
        // Built when shown: the article's eight at least, and no more than the catalogue holds.
        QVERIFY(categories("vramFitChart").size() >= 8);
        QVERIFY(categories("vramFitChart").size() <= m_file.rowCount(QStringLiteral("model")));
        QVERIFY(chartOf("vramFitChart")->title().contains(QStringLiteral("A100 80GB")));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("tierChartView")));
        QVERIFY(tiers->rowCount() < 8);
        QCOMPARE(categories("tierChart").size(), tiers->rowCount());

        // Every page is there, on screen, once its tab is shown.
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("costPage")));
        auto *cost = window.findChild<CostView *>();
        QVERIFY(cost->isVisible());
        QVERIFY(!chartOf("costChart")->series().isEmpty());
        // Tab goes from the tab bar into the page, as if it had been built with the window (widgets built
        // later join the end of the tab chain, after the hint bar's close button).
        QWidget *next = tabs->tabBar()->nextInFocusChain();
        while (!(next->isVisible() && next->isEnabled() && (next->focusPolicy() & Qt::TabFocus)))
            next = next->nextInFocusChain();
        QVERIFY2(cost->isAncestorOf(next), qPrintable(next->objectName()));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("articlePage")));
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("quotedCostTable"))->isVisible());
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("recommendationTable"))->model()->rowCount() > 0);
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("auditPage")));
        QVERIFY(window.findChild<QTableView *>(QStringLiteral("auditTable"))->isVisible());
    }

    // A report holds every chart: those of tabs never shown are built and drawn for it, the tabs staying
    // hidden, and the report is the one written after every tab was shown.
    void reportOfNeverShownTabsIsComplete()
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const auto writeReport = [this, &out](const QString &name, bool showEveryTab) {
            AtlasDocument document;
            if (!document.open(m_file.path()))
                return QByteArray();
            MainWindow window(&document);
            window.resize(1280, 720);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                return QByteArray();
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
            for (int tab = showEveryTab ? tabs->count() - 1 : 0; tab >= 0; --tab)
                tabs->setCurrentIndex(tab);
            Dialogs::setExecHook([](QDialog *dialog) {
                qobject_cast<ExportDialog *>(dialog)->setChoice(
                    {ExportDialog::Subject::Report, QStringLiteral("html"), QSize(), 1});
                return int(QDialog::Accepted);
            });
            const QString path = out.filePath(name);
            Dialogs::setSaveFileNameHook([path] { return path; });
            window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
            Dialogs::setExecHook(nullptr);
            Dialogs::setSaveFileNameHook(nullptr);
            if (tabs->currentIndex() != 0)
                return QByteArray();
            return fileBytes(path);
        };
        const QByteArray hidden = writeReport(QStringLiteral("hidden.html"), false);
        QCOMPARE(hidden.count("<svg "), 3); // fit, cost and tier charts
        const QByteArray shown = writeReport(QStringLiteral("shown.html"), true);
        // The same report, drawn the same, whether the tabs were shown at the window's size first or never.
        // Groups that draw nothing are left out: Qt Charts keeps some invisible items where an earlier size
        // put them, and SVG writes their empty groups with that position.
        static const QRegularExpression emptyGroup(QStringLiteral("<g [^>]*>\\s*</g>"));
        const auto drawn = [](const QByteArray &html) { return QString::fromUtf8(html).remove(emptyGroup); };
        QCOMPARE(drawn(shown), drawn(hidden));
    }

    void remembersColumnLayout()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        {
            MainWindow window(&document);
            window.show();
            window.findChild<QTableView *>(QStringLiteral("tierTable"))->setColumnHidden(3, true);
            window.close();
        }
        MainWindow reopened(&document);
        QVERIFY(reopened.findChild<QTableView *>(QStringLiteral("tierTable"))->isColumnHidden(3));
    }

    // The window opens on the page it was closed on; a remembered page that no longer exists is ignored.
    void remembersCurrentTab()
    {
        // Whatever happens here, the next tests start on the Models tab, as a first launch does.
        const auto forget = qScopeGuard([] { QSettings().remove(QStringLiteral("mainWindow/tab")); });
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        const auto closedOn = [&document](int tab) {
            MainWindow window(&document);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier); // the Cost tab
            if (tab == 0)
                QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
            window.close();
        };
        closedOn(2);
        {
            MainWindow reopened(&document);
            auto *tabs = reopened.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
            QCOMPARE(tabs->currentIndex(), 2);
            QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("costPage"));
        }
        QSettings().setValue(QStringLiteral("mainWindow/tab"), 99);
        {
            MainWindow reopened(&document);
            QCOMPARE(reopened.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex(), 0);
        }
        closedOn(0);
        QCOMPARE(QSettings().value(QStringLiteral("mainWindow/tab")).toInt(), 0);
    }

    // Across quantizations the page lists one model's formats: the quantization picker no longer applies,
    // and the status bar counts formats, not models.
    void acrossQuantizationsCountsFormats()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QVERIFY(showAtDesktopSizeOn(window, "vramFitView"));
        auto *mode = window.findChild<QComboBox *>(QStringLiteral("chartModeCombo"));
        auto *quant = window.findChild<QComboBox *>(QStringLiteral("quantCombo"));
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(mode && quant && count);
        QVERIFY(quant->isEnabled());
        QVERIFY2(count->text().endsWith(QStringLiteral("models shown")), qPrintable(count->text()));
        mode->setCurrentIndex(mode->findData(int(FitTableModel::Mode::OneModelAcrossQuantizations)));
        QVERIFY(!quant->isEnabled());
        QVERIFY2(count->text().startsWith(QStringLiteral("One model in ")), qPrintable(count->text()));
        QVERIFY(count->text().endsWith(QStringLiteral("quantization formats")));
        QVERIFY(!count->text().contains(QStringLiteral("models shown")));
        // Back on the Models tab the count is the table's again.
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(0);
        QVERIFY(count->text().endsWith(QStringLiteral("models shown")));
        mode->setCurrentIndex(mode->findData(int(FitTableModel::Mode::ModelsAtOneQuantization)));
        QVERIFY(quant->isEnabled());
    }

    // The GPU type box states memory in the unit the preferences choose, as the fit's figures do: an RTX
    // 3060's 12 GiB are 12.9 GB (12 x 2^30 bytes), not "12 GB" beside "12.9 GB".
    void gpuTypeBoxUsesTheByteUnit()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QVERIFY(showAtDesktopSizeOn(window, "vramFitView"));
        auto *types = window.findChild<QComboBox *>(QStringLiteral("gpuTypeCombo"));
        QVERIFY(types);
        const int rtx3060 = types->findText(QStringLiteral("RTX 3060"), Qt::MatchStartsWith);
        QVERIFY(rtx3060 >= 0);
        QCOMPARE(types->itemText(rtx3060), QStringLiteral("RTX 3060 12GB (12.9 GB)"));
    }

    // The Cost tab compares the model selected in the table, as the VRAM tab charts it: from its first
    // showing, and as the selection moves.
    void costTabFollowsTheSelection()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QVERIFY(showAtDesktopSizeOn(window, "modelSplitter"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        auto *browser = window.findChild<TierBrowser *>();
        QVERIFY(table && browser);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(2, TierTableModel::Name)).center());
        const qint64 third = browser->currentModelId();
        QVERIFY(third != 0);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("costPage")));
        auto *models = window.findChild<QComboBox *>(QStringLiteral("costModelCombo"));
        QVERIFY(models);
        QCOMPARE(models->currentData().toLongLong(), third);

        tabs->setCurrentIndex(0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(4, TierTableModel::Name)).center());
        const qint64 fifth = browser->currentModelId();
        QVERIFY(fifth != third);
        QCOMPARE(models->currentData().toLongLong(), fifth);
    }

    // The Import dialog opens where the user last opened, imported or saved a file; before any, in their
    // documents, never in the app's private folder the bundled database lives in.
    void importOpensInTheLastUsedFolder()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        QSettings().remove(QStringLiteral("files/lastFolder"));
        QStringList folders;
        const QString csv = file.folder() + QStringLiteral("/models-nothing.csv");
        Dialogs::setOpenFileNameFolderHook([&](const QString &folder) {
            folders << folder;
            return folders.size() == 1 ? csv : QString();
        });
        Dialogs::setErrorHook([](const QString &, const QString &) {});
        Dialogs::setExecHook([](QDialog *) { return int(QDialog::Rejected); });
        const auto cleanup = qScopeGuard([] {
            Dialogs::setOpenFileNameFolderHook({});
            Dialogs::setErrorHook({});
            Dialogs::setExecHook({});
        });
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QCOMPARE(folders.size(), 2);
        QCOMPARE(folders.at(0), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        QCOMPARE(folders.at(1), QFileInfo(csv).absolutePath());
    }

    // The tier overview has its table, as every chart does: the charted columns of the same rows, in order.
    void tierOverviewHasATable()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QVERIFY(showAtDesktopSizeOn(window, "tierChartView"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("tierChartTable"));
        auto *chart = window.findChild<QChartView *>(QStringLiteral("tierChart"));
        QVERIFY(table && chart);
        QVERIFY(table->isVisible());
        QVERIFY(table->geometry().left() >= chart->geometry().right()); // beside the chart
        auto *tiers = window.findChild<TierBrowser *>()->proxy();
        QCOMPARE(table->model(), tiers);
        tiers->setTier(QStringLiteral("S"));
        QCOMPARE(table->model()->rowCount(), tiers->rowCount());
        QVERIFY(!table->isColumnHidden(TierTableModel::Name));
        QVERIFY(!table->isColumnHidden(TierTableModel::TotalParams));
        QVERIFY(table->isColumnHidden(TierTableModel::Vendor));
        const auto categories = qobject_cast<QBarCategoryAxis *>(chart->chart()->axes(Qt::Vertical).constFirst())->categories();
        QCOMPARE(categories.size(), table->model()->rowCount());
        window.grab().save(QDir::temp().filePath(QStringLiteral("llm-atlas-tier-overview.png")));
    }

    // issue 17's first screen: one 24 GB card in the VRAM fit tab, and the model filter narrowed to a
    // family, a size class and what fits on that card with a few keys and a click.
    void firstScreenPicksFamilySizeAndFit()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QVERIFY(showAtDesktopSizeOn(window, "modelSplitter"));
        auto *vram = window.findChild<VramFitView *>(QStringLiteral("vramFitView"));
        QVERIFY(vram);
        QCOMPARE(vram->configuration().gpu.name, QStringLiteral("RTX 4090"));
        QCOMPARE(vram->configuration().count, 1);

        auto *family = window.findChild<QComboBox *>(QStringLiteral("vendorCombo"));
        auto *size = window.findChild<QComboBox *>(QStringLiteral("sizeCombo"));
        auto *fits = window.findChild<QCheckBox *>(QStringLiteral("onlyFittingCheck"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        QVERIFY(family && size && fits && table);
        const auto column = [table](int row, int column) {
            return table->model()->index(row, column).data(RecordTableModel::RawValueRole);
        };

        family->setFocus();
        QTest::keyClick(family, Qt::Key_Down); // the family with the most models
        const QString vendor = family->currentData().toString();
        QVERIFY(!vendor.isEmpty());
        QTRY_VERIFY(table->model()->rowCount() > 5);
        const int familyRows = table->model()->rowCount();
        for (int row = 0; row < familyRows; ++row)
            QCOMPARE(column(row, TierTableModel::Vendor).toString(), vendor);

        size->setFocus();
        QTest::keyClick(size, Qt::Key_Down); // Up to 4B
        QTest::keyClick(size, Qt::Key_Down); // 4B to 15B
        QTRY_VERIFY(table->model()->rowCount() < familyRows);
        QVERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const qint64 params = column(row, TierTableModel::TotalParams).toLongLong();
            QVERIFY2(params >= 4'000'000'000 && params <= 15'000'000'000, qPrintable(QString::number(params)));
        }

        QTest::mouseClick(fits, Qt::LeftButton, {}, QPoint(8, fits->height() / 2));
        QVERIFY(fits->isChecked());
        // At Q4_K_M and 8K context every 4-15B model of the family fits one 24 GB card.
        QTRY_VERIFY(table->model()->rowCount() > 0);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString verdict = column(row, TierTableModel::FitVerdict).toString();
            QVERIFY2(verdict == QLatin1String("fits") || verdict == QLatin1String("tight"), qPrintable(verdict));
        }
    }

    // The tier overview charts as many bars as its title says, each named: a label Qt Charts would hide for
    // want of room means a bar the reader cannot name.
    void tierOverviewNamesTheBarsItsTitleCounts_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x720") << QSize(1280, 720);
        QTest::newRow("1024x640") << QSize(1024, 640);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void tierOverviewNamesTheBarsItsTitleCounts()
    {
        QFETCH(QSize, size);
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QVERIFY(showAtDesktopSizeOn(window, "tierChartView"));
        window.resize(size);
        auto *view = window.findChild<QChartView *>(QStringLiteral("tierChart"));
        QVERIFY(view);
        static const QRegularExpression first(QStringLiteral("first (\\d+) of"));
        const auto categories = [view] {
            return qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).constFirst())->categories();
        };
        const auto named = [view] {
            int labels = 0;
            for (QGraphicsItem *item : view->scene()->items()) {
                const auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                labels += text && text->isVisible() && text->toPlainText().contains(QStringLiteral(" · ")) ? 1 : 0;
            }
            return labels;
        };
        QTRY_COMPARE(first.match(view->chart()->title()).captured(1).toInt(), categories().size());
        QTRY_COMPARE(named(), int(categories().size()));
    }

    void undoRestoresAValueEditedInTheTable()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Edits are saved at once: the title says "edited", never the "*" of unsaved changes.
        QCOMPARE(window.windowTitle(), QStringLiteral("atlas.sqlite"));
        QVERIFY(!window.isWindowModified());
        auto *table = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        const QModelIndex vendor = table->model()->index(0, TierTableModel::Vendor);
        const QString before = vendor.data().toString();
        table->setCurrentIndex(vendor);
        table->edit(vendor);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Renamed Labs"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->model()->index(0, TierTableModel::Vendor).data().toString(), QStringLiteral("Renamed Labs"));
        QCOMPARE(window.windowTitle(), QStringLiteral("atlas.sqlite (edited)"));
        QVERIFY(!window.isWindowModified());
        auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->text().contains(QStringLiteral("vendor")));

        table->setFocus();
        QTest::keySequence(&window, QKeySequence::Undo);
        QTRY_COMPARE(table->model()->index(0, TierTableModel::Vendor).data().toString(), before);
        QCOMPARE(window.windowTitle(), QStringLiteral("atlas.sqlite"));
        QCOMPARE(document.dataset().model(1)->vendor, before);
    }

    void saveAsNewAndRecentFiles()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        const QString copy = file.folder() + QStringLiteral("/team.sqlite");
        Dialogs::setSaveFileNameHook([&] { return copy; });
        window.findChild<QAction *>(QStringLiteral("saveAsAction"))->trigger();
        QCOMPARE(document.filePath(), QFileInfo(copy).absoluteFilePath());
        QCOMPARE(window.windowTitle(), QStringLiteral("team.sqlite"));

        const QString fresh = file.folder() + QStringLiteral("/fresh.sqlite");
        Dialogs::setSaveFileNameHook([&] { return fresh; });
        window.findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        Dialogs::setSaveFileNameHook({});
        QCOMPARE(document.filePath(), QFileInfo(fresh).absoluteFilePath());
        QCOMPARE(window.findChild<QTableView *>(QStringLiteral("tierTable"))->model()->rowCount(),
                 m_file.rowCount(QStringLiteral("model")));
        const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
        QCOMPARE(recent.mid(0, 2), QStringList({QFileInfo(fresh).absoluteFilePath(), QFileInfo(copy).absoluteFilePath()}));
    }

    // File > Export Data Pack writes a pack; File > Import knows one by its content (no question asked),
    // previews every section and takes it as one undo step.
    void dataPackExportsAndImportsInOneStep()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString pack = file.folder() + QStringLiteral("/from-colleague.json");
        Dialogs::setSaveFileNameHook([&] { return pack; });
        window.findChild<QAction *>(QStringLiteral("exportDataPackAction"))->trigger();
        Dialogs::setSaveFileNameHook({});
        QVERIFY2(window.statusBar()->currentMessage().startsWith(
                     QStringLiteral("Data pack of %1 models").arg(m_file.rowCount(QStringLiteral("model")))),
                 qPrintable(window.statusBar()->currentMessage()));

        // The colleague's edit: one model more.
        QFile out(pack);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QByteArray text = out.readAll();
        out.close();
        const qsizetype modelRows = text.indexOf("\"models\": [");
        QVERIFY(modelRows > 0);
        const QByteArray added = "\n        {\"name\": \"Lab Model 9B\", \"vendor\": \"Lab\", \"total_params\": 9000000000, "
                                 "\"active_params\": 9000000000, \"layers\": 36, \"hidden_size\": 4096, "
                                 "\"attention_heads\": 32, \"kv_heads\": 8, \"head_dim\": 128, \"max_context\": 32768, \"released\": \"2026-11\"},";
        text.insert(modelRows + qsizetype(qstrlen("\"models\": [")), added);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text);
        out.close();

        bool asked = false;
        QString summary;
        int rows = 0;
        Dialogs::setOpenFileNameHook([&] { return pack; });
        Dialogs::setTextInputHook([&](const QString &) {
            asked = true;
            return QString();
        });
        Dialogs::setExecHook([&](QDialog *dialog) {
            summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            rows = dialog->findChild<QTreeView *>(QStringLiteral("importRows"))->model()->rowCount();
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QTest::mouseClick(ok, Qt::LeftButton);
            return dialog->result();
        });
        const QString before = databaseDump(file.path());
        const int steps = document.undoStack()->count();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_I));
        Dialogs::setOpenFileNameHook({});
        Dialogs::setTextInputHook({});
        Dialogs::setExecHook({});
        QVERIFY(!asked);
        QVERIFY2(summary.contains(QStringLiteral("from-colleague.json as pack: 1 to add, 0 to change")), qPrintable(summary));
        QCOMPARE(rows, 1);
        auto *models = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        QCOMPARE(models->model()->rowCount(), m_file.rowCount(QStringLiteral("model")) + 1);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        document.undoStack()->undo();
        QCOMPARE(models->model()->rowCount(), m_file.rowCount(QStringLiteral("model")));
        QCOMPARE(databaseDump(file.path()), before);
    }

    // A file from an earlier version takes in the bundled catalogue from the File menu, as one undo step.
    void updateFromTheBundledCatalogue()
    {
        BundledDatabaseFile file;
        QVERIFY(execOnFile(file.path(), {QStringLiteral("DELETE FROM model WHERE id > 8")}));
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        QString summary;
        Dialogs::setExecHook([&](QDialog *dialog) {
            summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            dialog->grab().save(QDir::temp().filePath(QStringLiteral("llm-atlas-bundled-update-preview.png")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            return dialog->result();
        });
        window.findChild<QAction *>(QStringLiteral("updateFromBundledAction"))->trigger();
        Dialogs::setExecHook({});
        const int added = m_file.rowCount(QStringLiteral("model")) - 8;
        // The prices whose models were gone are linked to them again: changes, not additions.
        QVERIFY2(summary.startsWith(QStringLiteral("Bundled catalogue as pack: %1 to add, ").arg(added)),
                 qPrintable(summary));
        auto *models = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        QCOMPARE(models->model()->rowCount(), m_file.rowCount(QStringLiteral("model")));
        document.undoStack()->undo();
        QCOMPARE(models->model()->rowCount(), 8);
    }

    void importShowsAPreviewFirst()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        const QString csv = file.folder() + QStringLiteral("/new-gpus.csv");
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("name,vendor,memory_gib,memory_kind,bandwidth_gb_s,fp16_tflops,street_price_usd\n"
                  "RTX 4090,NVIDIA,24,GDDR6X,1008,165.2,1499\nLab GPU,Acme,32,GDDR7,1200,150,\nBroken,Acme,-1,x,1,1,\n");
        out.close();
        Dialogs::setOpenFileNameHook([&] { return csv; });
        QString summary;
        QStringList firstRow;
        QString changedDetail;
        bool importEnabled = true;
        Dialogs::setExecHook([&](QDialog *dialog) {
            summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            const auto *rows = dialog->findChild<QTreeView *>(QStringLiteral("importRows"));
            firstRow.clear();
            for (int c = 0; c < rows->model()->columnCount(); ++c)
                firstRow << rows->model()->index(0, c).data().toString();
            for (int r = 0; r < rows->model()->rowCount(); ++r) {
                if (rows->model()->index(r, 0).data().toString() == QStringLiteral("change"))
                    changedDetail = rows->model()->index(r, ImportPreviewModel::Detail).data().toString();
            }
            importEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->grab().save(QDir::temp().filePath(QStringLiteral("llm-atlas-import-preview.png")));
            return int(QDialog::Accepted);
        });
        const QString before = databaseDump(file.path());
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY2(summary.contains(QStringLiteral("1 to add, 1 to change, 1 rejected")), qPrintable(summary));
        QCOMPARE(firstRow.mid(0, 3), (QStringList{QStringLiteral("reject"), QStringLiteral("4"), QStringLiteral("Broken")}));
        // The changed row names its facts as the tables head them, not by the file's keys.
        QVERIFY2(changedDetail.contains(QStringLiteral("Street price (USD): “1599” → “1499”")), qPrintable(changedDetail));
        QVERIFY2(!changedDetail.contains(QStringLiteral("street_price_usd")), qPrintable(changedDetail));
        QVERIFY(!importEnabled);
        QCOMPARE(databaseDump(file.path()), before); // a rejected row: nothing written, whatever the dialog says

        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("name,vendor,memory_gib,memory_kind,bandwidth_gb_s,fp16_tflops\nLab GPU,Acme,32,GDDR7,1200,150\n");
        out.close();
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        Dialogs::setOpenFileNameHook({});
        Dialogs::setExecHook({});
        QVERIFY(importEnabled);
        auto *gpus = window.findChild<QTableView *>(QStringLiteral("gpuTable"));
        QCOMPARE(gpus->model()->rowCount(), m_file.rowCount(QStringLiteral("gpu")) + 1);
        document.undoStack()->undo();
        QCOMPARE(gpus->model()->rowCount(), m_file.rowCount(QStringLiteral("gpu")));
        QCOMPARE(databaseDump(file.path()), before);
    }

    // A big import reads on a worker thread behind a progress dialog; Cancel there writes nothing.
    void importCanBeCancelled()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        const QString csv = file.folder() + QStringLiteral("/many-models.csv");
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("name,vendor,total_params,layers,hidden_size,attention_heads,kv_heads,head_dim,attention,"
                  "full_attention_layers,max_context,license,released\n");
        for (int i = 1; i <= 50000; ++i)
            out.write("Generated " + QByteArray::number(i) + ",Lab,1B,16,2048,32,8,64,gqa,16,8192,MIT,2026-04\n");
        out.close();
        Dialogs::setOpenFileNameHook([&] { return csv; });
        bool previewShown = false;
        Dialogs::setExecHook([&](QDialog *) {
            previewShown = true;
            return int(QDialog::Accepted);
        });
        const CancelOnProgress cancel(&window);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString before = databaseDump(file.path());
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        Dialogs::setOpenFileNameHook({});
        Dialogs::setExecHook({});
        QVERIFY(cancel.sawProgress());
        QVERIFY(!previewShown);
        QCOMPARE(document.dataset().models.size(), file.rowCount(QStringLiteral("model")));
        QVERIFY(!document.isModified());
        QCOMPARE(databaseDump(file.path()), before);
    }

    // A big file is read and compared on a worker thread behind a progress dialog; Cancel there leaves
    // the document as it was and shows no merge dialog.
    void mergeCanBeCancelled()
    {
        BundledDatabaseFile file;
        BundledDatabaseFile theirFile;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        ChangeSet bulk;
        for (int i = 1; i <= 20000; ++i) {
            ModelRecord model = document.dataset().models.first();
            model.id = 0;
            model.name = QStringLiteral("Bulk %1").arg(i);
            bulk.additions << AnyRecord(model);
        }
        QString error;
        QVERIFY2(ChangeSetWriter::applyToFile(theirFile.path(), bulk, {}, &error), qPrintable(error));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Dialogs::setOpenFileNameHook([&] { return theirFile.path(); });
        bool mergeDialogShown = false;
        Dialogs::setExecHook([&](QDialog *) {
            mergeDialogShown = true;
            return int(QDialog::Accepted);
        });
        const CancelOnProgress cancel(&window);
        const QString before = databaseDump(file.path());
        window.findChild<QAction *>(QStringLiteral("mergeAction"))->trigger();
        Dialogs::setOpenFileNameHook({});
        Dialogs::setExecHook({});
        QVERIFY(cancel.sawProgress());
        QVERIFY(!mergeDialogShown);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Merge cancelled: nothing was changed."));
        QCOMPARE(document.dataset().models.size(), file.rowCount(QStringLiteral("model")));
        QVERIFY(!document.isModified());
        QCOMPARE(databaseDump(file.path()), before);
    }

    void deletingAModelSaysWhatGoesWithIt()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *table = window.findChild<QTableView *>(QStringLiteral("tierTable"));
        table->selectRow(0);
        QString question;
        Dialogs::setConfirmHook([&](const QString &q) {
            question = q;
            return true;
        });
        window.findChild<QAction *>(QStringLiteral("deleteModelAction"))->trigger();
        Dialogs::setConfirmHook({});
        QVERIFY2(question.contains(QStringLiteral("tier-list entries")), qPrintable(question));
        QCOMPARE(table->model()->rowCount(), m_file.rowCount(QStringLiteral("model")) - 1);
        table->setFocus(); // in a text field, Ctrl+Z undoes typing instead
        QTest::keySequence(&window, QKeySequence::Undo);
        QCOMPARE(table->model()->rowCount(), m_file.rowCount(QStringLiteral("model")));
    }

    void mergeLetsTheUserPick()
    {
        BundledDatabaseFile file;
        BundledDatabaseFile theirFile;
        {
            AtlasDocument theirs;
            QVERIFY(theirs.open(theirFile.path()));
            QVERIFY(theirs.setField(RecordKind::Gpu, 3, QStringLiteral("street_price_usd"), QStringLiteral("1399")));
        }
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString before = databaseDump(file.path());
        MainWindow window(&document);
        Dialogs::setOpenFileNameHook([&] { return theirFile.path(); });
        QString summary;
        Dialogs::setExecHook([&](QDialog *dialog) {
            summary = dialog->findChild<QLabel *>(QStringLiteral("mergeSummary"))->text();
            auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("mergeTree"));
            // Take their price: tick the first conflict with the space bar, as a user would.
            tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
            QTest::keyClick(tree, Qt::Key_Space);
            dialog->grab().save(QDir::temp().filePath(QStringLiteral("llm-atlas-merge.png")));
            dialog->accept();
            return dialog->result();
        });
        window.findChild<QAction *>(QStringLiteral("mergeAction"))->trigger();
        Dialogs::setOpenFileNameHook({});
        Dialogs::setExecHook({});
        QVERIFY2(summary.contains(QStringLiteral("has 0 records this file lacks. Conflicts (same record, different "
                                                 "facts): 1;")),
                 qPrintable(summary));
        QCOMPARE(document.dataset().gpu(3)->streetPriceUsd.value_or(0), 1399.0);
        // Written on a worker, taken in as one undo step, which gives the file back as it was.
        QCOMPARE(document.undoStack()->count(), 1);
        document.undoStack()->undo();
        QCOMPARE(document.dataset().gpu(3)->streetPriceUsd.value_or(0), 1599.0);
        QCOMPARE(databaseDump(file.path()), before);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
