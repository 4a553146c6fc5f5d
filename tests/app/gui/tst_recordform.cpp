// The details form: each field's own editor with its validation message beside it, typed into with QTest,
// and the window's Add/Edit flows that write the form's record as one undoable edit.
#include "app/gui/mainwindow.h"
#include "models/document/atlasdocument.h"
#include "models/itemmodels/facttablemodel.h"
#include "testsupport.h"
#include "views/dialogs/dialogs.h"
#include "views/dialogs/recordform.h"
#include "views/pages/tierbrowser.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

#include <memory>

class TestRecordForm : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    AtlasDocument m_document;

    static QLineEdit *lineEdit(RecordForm &form, const char *key)
    {
        auto *edit = qobject_cast<QLineEdit *>(form.editor(QString::fromLatin1(key)));
        if (!edit)
            qFatal("no line edit for %s", key);
        return edit;
    }
    // Replaces a field's text as a user would, then leaves the field with Tab.
    static void retype(RecordForm &form, const char *key, const QString &text)
    {
        QLineEdit *edit = lineEdit(form, key);
        edit->setFocus(Qt::TabFocusReason);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Tab);
    }
    static void show(QWidget &widget)
    {
        widget.show();
        widget.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&widget));
    }
    const ModelRecord &model(const char *name) const
    {
        for (const ModelRecord &m : m_document.dataset().models) {
            if (m.name == QLatin1String(name))
                return m;
        }
        qFatal("no model %s", name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_file.isValid());
        QVERIFY2(m_document.open(m_file.path()), qPrintable(m_document.errorString()));
    }

    void cleanup() { Dialogs::resetHooks(); }

    void editFormShowsTheRecordsValues()
    {
        const ModelRecord &llama = model("Llama 3.3 70B");
        RecordForm form(m_document.dataset(), llama, RecordForm::Purpose::Edit);
        QCOMPARE(lineEdit(form, "name")->text(), QStringLiteral("Llama 3.3 70B"));
        QCOMPARE(lineEdit(form, "layers")->text(), QString::number(llama.layers));
        QCOMPARE(lineEdit(form, "total_params")->text(), QString::number(llama.totalParams));
        auto *attention = qobject_cast<QComboBox *>(form.editor(QStringLiteral("attention")));
        QVERIFY(attention);
        QCOMPARE(attention->currentText(), QStringLiteral("gqa"));
        QVERIFY(qobject_cast<QCheckBox *>(form.editor(QStringLiteral("uncertain"))));
        // A valid record shows no message anywhere.
        for (const RecordFields::Field &field : RecordFields::fields(RecordKind::Model))
            QVERIFY2(form.message(field.key).isEmpty(), qPrintable(field.key + form.message(field.key)));
        QVERIFY(form.windowTitle().contains(QStringLiteral("Llama 3.3 70B")));
    }

    // Each rule's message appears next to the field it is about, and goes once the value is fixed.
    void messagesAppearBesideTheirField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addRow("negative parameters") << "total_params" << "-5" << "The parameter count must be positive.";
        QTest::addRow("unreadable count") << "layers" << "eighty" << "Layers must be a whole number.";
        QTest::addRow("more KV heads than heads") << "kv_heads" << "65" << "There cannot be more KV heads than attention heads (64).";
        QTest::addRow("bad date") << "released" << "last spring" << "Released must be a date as 2026, 2026-03 or 2026-03-15.";
        QTest::addRow("empty name") << "name" << "" << "A model needs a name.";
        QTest::addRow("duplicate name") << "name" << "deepseek v3.2" << "Another model is already called “DeepSeek V3.2”.";
    }

    void messagesAppearBesideTheirField()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, message);
        const ModelRecord llama = model("Llama 3.3 70B");
        RecordForm form(m_document.dataset(), llama, RecordForm::Purpose::Edit);
        show(form);
        const QByteArray keyBytes = key.toLatin1();
        retype(form, keyBytes.constData(), text);
        QCOMPARE(form.message(key), message);
        auto *label = form.findChild<QLabel *>(key + QStringLiteral("Message"));
        QVERIFY(label && label->isVisible());
        QVERIFY(form.editor(key)->accessibleDescription().contains(message));
        // Accepting keeps the form open on the wrong field.
        form.accept();
        QVERIFY(form.isVisible());
        QCOMPARE(form.result(), int(QDialog::Rejected));
        QCOMPARE(QApplication::focusWidget(), form.editor(key));
        // Typing the original value back clears the message at once.
        const QVariant original = RecordFields::value(llama, key, &m_document.dataset());
        retype(form, keyBytes.constData(), original.toString());
        QCOMPARE(form.message(key), QString());
        QVERIFY(!label->isVisible());
    }

    void activeParametersCannotExceedTheTotal()
    {
        const ModelRecord &deepseek = model("DeepSeek V3.2");
        RecordForm form(m_document.dataset(), deepseek, RecordForm::Purpose::Edit);
        show(form);
        retype(form, "active_params", QStringLiteral("700B"));
        QCOMPARE(form.message(QStringLiteral("active_params")),
                 QStringLiteral("Active parameters cannot exceed the total (%L1).").arg(deepseek.totalParams));
        retype(form, "active_params", QStringLiteral("40B"));
        QVERIFY(form.message(QStringLiteral("active_params")).isEmpty());
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Accepted));
        const AnyRecord record = form.record();
        const auto &edited = std::get<ModelRecord>(record);
        QCOMPARE(edited.activeParams.value_or(0), 40'000'000'000LL);
        QCOMPARE(edited.totalParams, deepseek.totalParams);
    }

    // A new record's empty fields are not shouted at while the user fills them in; accepting shows every
    // missing one at once.
    void addFormChecksOnlyVisitedFieldsUntilAccepted()
    {
        RecordForm form(m_document.dataset(), GpuRecord{}, RecordForm::Purpose::Add);
        show(form);
        QVERIFY(form.message(QStringLiteral("name")).isEmpty());
        retype(form, "memory_gib", QStringLiteral("-24"));
        QCOMPARE(form.message(QStringLiteral("memory_gib")), QStringLiteral("Memory must be positive."));
        QVERIFY(form.message(QStringLiteral("name")).isEmpty());
        form.accept();
        QCOMPARE(form.result(), int(QDialog::Rejected));
        QCOMPARE(form.message(QStringLiteral("name")), QStringLiteral("A GPU needs a name."));
        QCOMPARE(form.message(QStringLiteral("vendor")), QStringLiteral("Name the vendor."));
        QCOMPARE(form.message(QStringLiteral("bandwidth_gb_s")), QStringLiteral("Bandwidth (GB/s) is required."));
        QVERIFY(lineEdit(form, "fp16_tflops")->text().isEmpty()); // not a pre-filled 0
        QCOMPARE(QApplication::focusWidget(), form.editor(QStringLiteral("name")));
    }

    void priceRulesAreChecked()
    {
        ApiPriceRecord price = m_document.dataset().apiPrices.constFirst();
        RecordForm form(m_document.dataset(), price, RecordForm::Purpose::Edit);
        show(form);
        retype(form, "output_usd_per_mtok", QStringLiteral("-0.5"));
        QCOMPARE(form.message(QStringLiteral("output_usd_per_mtok")), QStringLiteral("A price cannot be negative."));
        retype(form, "as_of", QStringLiteral("2026-13-01"));
        QVERIFY(!form.message(QStringLiteral("as_of")).isEmpty());
        retype(form, "input_usd_per_mtok", QStringLiteral("cheap"));
        QCOMPARE(form.message(QStringLiteral("input_usd_per_mtok")),
                 QStringLiteral("Input (USD/M tokens) must be a number."));
    }

    // The window: the details pane's buttons and the GPU table's Insert key open the form; what it
    // accepts is one undo step, and undo restores the file exactly.
    void windowAddsAndEditsThroughTheForm()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString original = databaseDump(file.path());
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Dialogs::setErrorHook([](const QString &title, const QString &message) {
            QFAIL(qPrintable(title + QStringLiteral(": ") + message));
        });

        // Edit Details on the current model: change its context length.
        auto *tierBrowser = window.findChild<TierBrowser *>();
        const qint64 current = tierBrowser->currentModelId();
        QVERIFY(current != 0);
        Dialogs::setExecHook([](QDialog *dialog) {
            auto *form = qobject_cast<RecordForm *>(dialog);
            if (!form)
                return int(QDialog::Rejected);
            show(*form);
            retype(*form, "max_context", QStringLiteral("65536"));
            form->accept();
            return form->result();
        });
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("editDetailsButton")), Qt::LeftButton);
        QCOMPARE(document.dataset().model(current)->maxContext, 65536LL);
        QVERIFY(document.dataset().model(current)->editedFields.contains(QStringLiteral("max_context")));
        QCOMPARE(document.undoStack()->count(), 1);

        // Insert in the GPU table adds a GPU; the new row is selected.
        Dialogs::setExecHook([](QDialog *dialog) {
            auto *form = qobject_cast<RecordForm *>(dialog);
            if (!form)
                return int(QDialog::Rejected);
            show(*form);
            retype(*form, "name", QStringLiteral("Test Card 48GB"));
            retype(*form, "vendor", QStringLiteral("Example"));
            retype(*form, "memory_gib", QStringLiteral("48"));
            retype(*form, "memory_kind", QStringLiteral("GDDR7"));
            retype(*form, "bandwidth_gb_s", QStringLiteral("1200"));
            retype(*form, "fp16_tflops", QStringLiteral("100"));
            form->accept();
            return form->result();
        });
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *gpuTable = window.findChild<QTableView *>(QStringLiteral("gpuTable"));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("factsEditor")));
        gpuTable->setFocus();
        QTest::keyClick(gpuTable, Qt::Key_Insert);
        const auto added = std::find_if(document.dataset().gpus.cbegin(), document.dataset().gpus.cend(),
                                        [](const GpuRecord &g) { return g.name == QLatin1String("Test Card 48GB"); });
        QVERIFY(added != document.dataset().gpus.cend());
        QCOMPARE(added->memoryGib, 48.0);
        QCOMPARE(gpuTable->currentIndex().data(RecordTableModel::RecordIdRole).toLongLong(), added->id);
        QCOMPARE(document.undoStack()->count(), 2);

        // Add Model from the details pane, then both edits undone.
        Dialogs::setExecHook([](QDialog *dialog) {
            auto *form = qobject_cast<RecordForm *>(dialog);
            if (!form)
                return int(QDialog::Rejected);
            show(*form);
            const std::pair<const char *, const char *> values[] = {
                {"name", "Tiny 3B"}, {"vendor", "Lab"}, {"reference_model", "Tiny 3B"}, {"total_params", "3B"},
                {"layers", "28"}, {"hidden_size", "3072"}, {"attention_heads", "24"}, {"kv_heads", "8"},
                {"head_dim", "128"}, {"full_attention_layers", "28"}, {"max_context", "32768"},
                {"license", "MIT"}, {"released", "2026-05"}};
            for (const auto &[key, value] : values)
                retype(*form, key, QString::fromLatin1(value));
            form->accept();
            return form->result();
        });
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addModelButton")), Qt::LeftButton);
        QCOMPARE(tabs->currentWidget(), window.findChild<QWidget *>(QStringLiteral("modelSplitter")));
        const qint64 tinyId = tierBrowser->currentModelId();
        QVERIFY(document.dataset().model(tinyId));
        QCOMPARE(document.dataset().model(tinyId)->name, QStringLiteral("Tiny 3B"));
        QCOMPARE(document.undoStack()->count(), 3);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(databaseDump(file.path()), original);
    }

    void readOnlyFileRefusesBeforeTheForm()
    {
        AtlasDocument document;
        QVERIFY(document.open(m_file.path(), Database::Access::ReadOnly));
        MainWindow window(&document);
        bool formShown = false;
        QString error;
        Dialogs::setExecHook([&formShown](QDialog *) {
            formShown = true;
            return int(QDialog::Rejected);
        });
        Dialogs::setErrorHook([&error](const QString &, const QString &message) { error = message; });
        window.findChild<QAction *>(QStringLiteral("addModelAction"))->trigger();
        QVERIFY(!formShown);
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    }
};

QTEST_MAIN(TestRecordForm)
#include "tst_recordform.moc"
