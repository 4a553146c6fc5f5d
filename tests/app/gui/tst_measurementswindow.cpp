// Measured runs in the window: File > Import reads a benchmark file, asks, adds the runs as one undo step
// and the Measurements tab lists them; a file with a run it cannot match is refused whole.
#include "app/gui/mainwindow.h"
#include "app/translations.h"
#include "models/document/atlasdocument.h"
#include "testsupport.h"
#include "views/dialogs/dialogs.h"
#include "views/pages/lazypage.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestMeasurementsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return QString();
        return file.fileName();
    }

    static QWidget *showMeasurementsTab(MainWindow &window)
    {
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *page = window.findChild<LazyPage *>(QStringLiteral("measurementsPage"));
        tabs->setCurrentWidget(page);
        return page->content();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::installEnglishPlurals(qApp);
    }

    void cleanup() { Dialogs::resetHooks(); }

    void importAddsRunsAsOneUndoStep()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        QWidget *page = showMeasurementsTab(window);
        auto *empty = page->findChild<QLabel *>(QStringLiteral("measurementsEmptyState"));
        auto *table = page->findChild<QTableView *>(QStringLiteral("measurementsTable"));
        QTRY_VERIFY(empty->isVisible());

        // Named after the tool, so the window knows it holds runs without asking.
        const QString path = write(QStringLiteral("llama-bench-4090.csv"),
                                   "model,quant,gpu,gpu_count,context,batch,decode_tokens_per_s\n"
                                   "Llama 3.3 70B,Q4_K_M,RTX 4090,2,4096,1,15.2\n"
                                   "Qwen3 32B,Q4_K_M,RTX 4090,1,4096,1,45\n");
        Dialogs::setOpenFileNameHook([&] { return path; });
        QString question;
        Dialogs::setConfirmHook([&](const QString &q) {
            question = q;
            return true;
        });
        QString error;
        Dialogs::setErrorHook([&](const QString &, const QString &message) { error = message; });
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(question.contains(QStringLiteral("Add 2 measured runs")), qPrintable(question));
        QCOMPARE(document.dataset().measurements.size(), 2);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import measured runs from llama-bench-4090.csv"));
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        // The status bar counts what the tab lists, not the Models tab's rows.
        auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("2 measured runs"));

        // Edit > Copy Chart and File > Export take the tab's scatter, as on the other chart tabs.
        auto *copyChart = window.findChild<QAction *>(QStringLiteral("copyChartAction"));
        QVERIFY(copyChart && copyChart->isEnabled());
        QGuiApplication::clipboard()->clear();
        copyChart->trigger();
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 300 && image.height() > 200);

        document.undoStack()->undo();
        QVERIFY(document.dataset().measurements.isEmpty());
        QCOMPARE(count->text(), QStringLiteral("0 measured runs"));
        QTRY_VERIFY(empty->isVisible());
    }

    void aRunThatCannotBeMatchedRefusesTheFile()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        const QString before = databaseDump(file.path());
        const QString path = write(QStringLiteral("measurements.csv"),
                                   "model,quant,gpu,gpu_count,context,batch,decode_tokens_per_s\n"
                                   "Llama 3.3 70B,Q4_K_M,RTX 4090,2,4096,1,15.2\n"
                                   "No Such Model 9B,Q4_K_M,RTX 4090,1,4096,1,80\n");
        Dialogs::setOpenFileNameHook([&] { return path; });
        bool asked = false;
        Dialogs::setConfirmHook([&](const QString &) { return asked = true; });
        QString error;
        Dialogs::setErrorHook([&](const QString &, const QString &message) { error = message; });
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY(!asked);
        QVERIFY2(error.contains(QStringLiteral("Unmatched: line 3")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("Nothing was written")));
        QVERIFY(document.dataset().measurements.isEmpty());
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(databaseDump(file.path()), before);
    }
};

QTEST_MAIN(TestMeasurementsWindow)
#include "tst_measurementswindow.moc"
