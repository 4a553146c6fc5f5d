// File > Add Model from File… and dropping a model file on the window, on real widgets: the preview beside
// the same-named model, one undo step, the measured size in the details panel and the fit table.
#include "app/gui/mainwindow.h"
#include "app/translations.h"
#include "modelfiles/modelfilewriter.h"
#include "models/core/dataset.h"
#include "models/document/atlasdocument.h"
#include "testsupport.h"
#include "views/dialogs/dialogs.h"
#include "views/pages/modeldetailspanel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

class TestModelFileWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString writeGguf(const QString &fileName, int layers = 32)
    {
        GgufWriter w;
        w.str(QStringLiteral("general.organization"), QStringLiteral("Meta"));
        TestModels::llama31_8bMetadata(w, layers, 10);
        TestModels::llama31_8bOuterTensors(w);
        for (int i = 0; i < layers; ++i)
            TestModels::llama31_8bLayer(w, i);
        const QString path = m_files.filePath(fileName);
        return w.write(path) ? path : QString();
    }

    static const ModelRecord *modelNamed(const AtlasDocument &document, const QString &name)
    {
        for (const ModelRecord &m : document.dataset().models) {
            if (m.name == name)
                return &m;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::installEnglishPlurals(qApp);
    }

    void cleanup() { Dialogs::resetHooks(); }

    void addModelFromFileShowsAPreviewThenAddsOneUndoStep()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        const QString path = writeGguf(QStringLiteral("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf"));
        Dialogs::setOpenFileNameHook([&] { return path; });
        QString summary;
        QStringList weightsRow;
        QString okText;
        int columns = 0;
        Dialogs::setExecHook([&](QDialog *dialog) {
            summary = dialog->findChild<QLabel *>(QStringLiteral("modelFileSummary"))->text();
            const auto *facts = dialog->findChild<QTableView *>(QStringLiteral("modelFileFacts"));
            columns = facts->model()->columnCount();
            const int last = facts->model()->rowCount() - 1;
            for (int c = 0; c < columns; ++c)
                weightsRow << facts->model()->index(last, c).data().toString();
            okText = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->text();
            return int(QDialog::Accepted);
        });
        window.findChild<QAction *>(QStringLiteral("addModelFromFileAction"))->trigger();
        QVERIFY2(summary.contains(QStringLiteral("adds the model “Meta Llama 3.1 8B Instruct” (Meta)")), qPrintable(summary));
        QCOMPARE(columns, 2); // no same-named model: nothing to show beside it
        QCOMPARE(weightsRow.value(0), QStringLiteral("Weights at Q4_K_M"));
        QVERIFY2(weightsRow.value(1).contains(QStringLiteral("5,172,420,864 bytes")), qPrintable(weightsRow.value(1)));
        QCOMPARE(okText, QStringLiteral("&Add Model"));

        const ModelRecord *model = modelNamed(document, QStringLiteral("Meta Llama 3.1 8B Instruct"));
        QVERIFY(model);
        QCOMPARE(document.undoStack()->count(), 1);
        auto *details = window.findChild<ModelDetailsPanel *>(QStringLiteral("modelDetails"));
        details->showModel(document.dataset(), model->id);
        QVERIFY2(details->toPlainText().contains(QStringLiteral("Measured sizes")), qPrintable(details->toPlainText()));
        QVERIFY(details->toPlainText().contains(QStringLiteral("Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf")));

        document.undoStack()->undo();
        QVERIFY(!modelNamed(document, QStringLiteral("Meta Llama 3.1 8B Instruct")));
        QVERIFY(document.dataset().measuredSizes.isEmpty());
    }

    void droppingAFileUpdatesTheSameNamedModel()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        window.show();
        // A first file adds the model; a second of the same model and quantization replaces the measure.
        Dialogs::setExecHook([](QDialog *) { return int(QDialog::Accepted); });
        const QString first = writeGguf(QStringLiteral("first.gguf"));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(first)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_VERIFY(modelNamed(document, QStringLiteral("Meta Llama 3.1 8B Instruct")));

        const QString second = writeGguf(QStringLiteral("second.gguf"), 31);
        QString error;
        Dialogs::setErrorHook([&](const QString &, const QString &message) { error = message; });
        QStringList measureRow;
        Dialogs::setExecHook([&](QDialog *dialog) {
            const auto *facts = dialog->findChild<QTableView *>(QStringLiteral("modelFileFacts"));
            const int last = facts->model()->rowCount() - 1;
            for (int c = 0; c < facts->model()->columnCount(); ++c)
                measureRow << facts->model()->index(last, c).data().toString();
            return int(QDialog::Accepted);
        });
        mime.setUrls({QUrl::fromLocalFile(second)});
        QDragEnterEvent enterAgain(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enterAgain);
        QDropEvent again(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &again);
        QTRY_VERIFY2(document.undoStack()->count() == 2, qPrintable(error));
        QCOMPARE(measureRow.size(), 3); // the file beside the database
        QVERIFY2(measureRow.at(1).contains(QStringLiteral("second.gguf")), qPrintable(measureRow.join(QLatin1Char('|'))));
        QVERIFY(measureRow.at(2).contains(QStringLiteral("first.gguf")));
        QCOMPARE(modelNamed(document, QStringLiteral("Meta Llama 3.1 8B Instruct"))->layers, 31);
        QCOMPARE(document.dataset().measuredSizes.constFirst().fileName, QStringLiteral("second.gguf"));

        // Anything else is not taken.
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(file.path())});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void aRefusedFileSaysWhyAndWritesNothing()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        MainWindow window(&document);
        const QString path = m_files.filePath(QStringLiteral("broken.gguf"));
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("GGUF but not really");
        broken.close();
        Dialogs::setOpenFileNameHook([&] { return path; });
        QString error;
        Dialogs::setErrorHook([&](const QString &, const QString &message) { error = message; });
        bool previewed = false;
        Dialogs::setExecHook([&](QDialog *) {
            previewed = true;
            return int(QDialog::Accepted);
        });
        window.findChild<QAction *>(QStringLiteral("addModelFromFileAction"))->trigger();
        QVERIFY(!previewed);
        QVERIFY2(error.contains(QStringLiteral("broken.gguf")), qPrintable(error));
        QCOMPARE(document.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestModelFileWindow)
#include "tst_modelfilewindow.moc"
