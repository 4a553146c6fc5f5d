#include "app/gui/mainwindow.h"
#include "models/core/formatting/format.h"
#include "models/core/preferences.h"
#include "models/core/provenance.h"
#include "models/document/atlasdocument.h"
#include "testsupport.h"
#include "views/dialogs/aboutdialog.h"
#include "views/dialogs/preferencesdialog.h"
#include "views/dialogs/shortcutsdialog.h"
#include "views/pages/hintbar.h"
#include "views/pages/vramfitview.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QTest>
#include <QComboBox>
#include <QSpinBox>
#include <QTableView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>

// The finished-product dialogs: About, Keyboard Shortcuts and the first-launch hint.
class TestProductDialogs : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;

    static QStringList rowsOf(const QTreeWidget *tree)
    {
        QStringList rows;
        for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
            rows << (*it)->text(0) + QLatin1Char('|') + (*it)->text(1) + QLatin1Char('|') + (*it)->text(2);
        return rows;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LLM Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_productdialogs"));
        QSettings().clear();
        QVERIFY(m_file.isValid());
    }

    void aboutNamesVersionDateAndSources()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        // The newest as-of date among the bundled sources, read from the file.
        QString newest;
        {
            Database db;
            QVERIFY(db.open(m_file.path(), Database::Access::ReadOnly));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("SELECT max(as_of) FROM source")) && query.next());
            newest = query.value(0).toString();
        }
        QVERIFY(newest >= QStringLiteral("2026-03")); // no older than the article
        QCOMPARE(AboutDialog::dataAsOf(document.dataset()), newest);
        AboutDialog dialog(document.dataset());
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("aboutSummary"));
        auto *sources = dialog.findChild<QTreeWidget *>(QStringLiteral("aboutSources"));
        QVERIFY(summary && sources);
        QVERIFY(summary->text().contains(QStringLiteral(LLM_ATLAS_VERSION)));
        QVERIFY(summary->text().contains(newest));
        QCOMPARE(sources->topLevelItemCount(), document.dataset().sources.size());
        const QStringList rows = rowsOf(sources);
        QVERIFY(rows.contains(QStringLiteral(
            "Model configuration: Llama-3.3-70B-Instruct|meta-llama/Llama-3.3-70B-Instruct config.json|2024-12-06")));
        auto *licences = dialog.findChild<QLabel *>(QStringLiteral("aboutModelLicences"));
        QVERIFY(licences && licences->text().contains(QStringLiteral("Llama 3.3 70B")));
    }

    void shortcutsComeFromTheActions()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        // An action added later appears without anyone editing a list: the dialog reads the menus.
        QMenu *extra = window.menuBar()->addMenu(QStringLiteral("&Extra"));
        extra->addAction(QStringLiteral("&Frobnicate…"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
        ShortcutsDialog dialog(window.menuBar(), window.findChild<QTabWidget *>(QStringLiteral("mainTabs")));
        const QStringList rows = rowsOf(dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutsList")));
        QVERIFY2(rows.contains(QStringLiteral("Open|") + QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText) + QLatin1Char('|')),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.contains(QStringLiteral("Extra||")));
        QVERIFY(rows.contains(QStringLiteral("Frobnicate|Ctrl+J|")));
        QVERIFY(rows.contains(QStringLiteral("Show VRAM fit|Alt+V|")));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Save &As…")), QStringLiteral("Save As"));
        QCOMPARE(ShortcutsDialog::plainText(QStringLiteral("Q&&A")), QStringLiteral("Q&A"));
    }

    void firstLaunchHintIsDismissedForGood()
    {
        QSettings().clear();
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        {
            MainWindow window(&document);
            window.show();
            auto *hint = window.findChild<HintBar *>(QStringLiteral("hintBar"));
            QVERIFY(hint && hint->isVisible());
            auto *close = hint->findChild<QToolButton *>(QStringLiteral("hintCloseButton"));
            QVERIFY(close);
            close->click();
            QVERIFY(!hint->isVisible());
        }
        MainWindow again(&document);
        QVERIFY(!again.findChild<HintBar *>(QStringLiteral("hintBar")));
    }

    void preferencesHaveDefaultsAndRoundTrip()
    {
        QSettings().clear();
        QCOMPARE(Preferences::byteUnit(), Format::ByteUnit::Gigabytes);
        QCOMPARE(Preferences::defaultContextTokens(), 8192);
        QCOMPARE(Preferences::currencyDisplay(), Format::CurrencyDisplay::Symbol);
        QCOMPARE(Preferences::staleDataMonths(), 12);
        QCOMPARE(Preferences::language(), QString());

        PreferencesDialog dialog;
        dialog.findChild<QComboBox *>(QStringLiteral("unitCombo"))->setCurrentIndex(1);
        auto *context = dialog.findChild<QComboBox *>(QStringLiteral("contextCombo"));
        context->setCurrentIndex(context->findData(qint64(32768)));
        dialog.findChild<QComboBox *>(QStringLiteral("currencyCombo"))->setCurrentIndex(1);
        dialog.findChild<QSpinBox *>(QStringLiteral("staleSpin"))->setValue(6);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog.accept();

        QCOMPARE(Preferences::byteUnit(), Format::ByteUnit::Gibibytes);
        QCOMPARE(Preferences::defaultContextTokens(), 32768);
        QCOMPARE(Preferences::currencyDisplay(), Format::CurrencyDisplay::IsoCode);
        QCOMPARE(Preferences::staleDataMonths(), 6);
        Preferences::apply();
        QCOMPARE(Provenance::staleMonths(), 6);
        QCOMPARE(Preferences::language(), QStringLiteral("de"));

        // Out-of-range or foreign values fall back to the defaults rather than reaching a view.
        QSettings().setValue(QStringLiteral("vramFit/defaultContextTokens"), 12345);
        QSettings().setValue(QStringLiteral("display/language"), QStringLiteral("xx"));
        QCOMPARE(Preferences::defaultContextTokens(), 8192);
        QCOMPARE(Preferences::language(), QString());
        QSettings().clear();
        Preferences::apply();
    }

    // A choice made in Preferences is the one in force after a restart: start-up applies the preferences,
    // and building the window must not read another key over them.
    void stalePreferenceSurvivesARestart()
    {
        QSettings().clear();
        {
            PreferencesDialog dialog;
            dialog.findChild<QSpinBox *>(QStringLiteral("staleSpin"))->setValue(7);
            dialog.accept();
        }
        // The next process: nothing in memory but the defaults, then what main() does.
        Provenance::setStaleMonths(Provenance::DefaultStaleMonths);
        Preferences::apply();
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QCOMPARE(Provenance::staleMonths(), 7);
        PreferencesDialog shown;
        QCOMPARE(shown.findChild<QSpinBox *>(QStringLiteral("staleSpin"))->value(), 7);
        QSettings().clear();
        Preferences::apply();
    }

    void unitsAndContextReachTheViews()
    {
        QSettings().clear();
        Preferences::setByteUnit(Format::ByteUnit::Gibibytes);
        Preferences::setDefaultContextTokens(32768);
        Preferences::apply();
        // 80 GiB of an H100, as marketed: 85.9e9 bytes.
        QCOMPARE(Format::gigabytes(80.0 * (qint64(1) << 30)), QStringLiteral("80.0 GiB"));
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        {
            MainWindow window(&document);
            auto *vram = window.findChild<VramFitView *>(QStringLiteral("vramFitView"));
            QVERIFY(vram);
            QCOMPARE(vram->parameters().contextTokens, 32768);
            auto *table = window.findChild<QTableView *>(QStringLiteral("vramFitTable"));
            QVERIFY(table->model()->rowCount() > 0);
            bool sawGib = false;
            for (int column = 0; column < table->model()->columnCount(); ++column)
                sawGib = sawGib || table->model()->index(0, column).data().toString().endsWith(QStringLiteral(" GiB"));
            QVERIFY(sawGib);

            // Back to gigabytes from the running window: the figures follow.
            Preferences::setByteUnit(Format::ByteUnit::Gigabytes);
            window.applyPreferences(Preferences::defaultContextTokens());
            QCOMPARE(Format::gigabytes(1e9), QStringLiteral("1.0 GB"));
            bool sawGb = false;
            for (int column = 0; column < table->model()->columnCount(); ++column)
                sawGb = sawGb || table->model()->index(0, column).data().toString().endsWith(QStringLiteral(" GB"));
            QVERIFY(sawGb);
        }
        QSettings().clear();
        Preferences::apply();
    }

    // Not a check: with LLM_ATLAS_GRAB_DIR set, saves every tab at 1280x720 in a light and a dark Fusion
    // palette, so a developer can look at them (also with QT_SCALE_FACTOR=2).
    void grabEveryTab()
    {
        const QString folder = qEnvironmentVariable("LLM_ATLAS_GRAB_DIR");
        if (folder.isEmpty())
            QSKIP("set LLM_ATLAS_GRAB_DIR to save screenshots");
        QApplication::setStyle(QStringLiteral("Fusion"));
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        for (const bool dark : {false, true}) {
            QPalette palette = QApplication::style()->standardPalette();
            if (dark) {
                palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
                palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
                palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
                palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
                palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
                palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
                palette.setColor(QPalette::HighlightedText, Qt::white);
                palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
                palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
                palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
            }
            QApplication::setPalette(palette);
            MainWindow window(&document);
            window.resize(1280, 720);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                QVERIFY(window.grab().save(QStringLiteral("%1/tab%2-%3.png").arg(folder).arg(i).arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))));
            }
        }
    }
};

QTEST_MAIN(TestProductDialogs)
#include "tst_productdialogs.moc"
