#include "app/gui/mainwindow.h"
#include "app/translations.h"
#include "models/core/formatting/format.h"
#include "models/core/formatting/volumeparser.h"
#include "models/document/atlasdocument.h"
#include "testsupport.h"
#include "views/dialogs/dialogs.h"
#include "views/charts/costchart.h"
#include "views/pages/costview.h"

#include <QCategoryAxis>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSlider>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

// The German and Simplified Chinese translations: complete, consistent with their sources, and loaded into
// the main window.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations; // one, or one per plural form
        QString type;             // "unfinished", "vanished", "obsolete" or empty
    };

    BundledDatabaseFile m_file;

    static QString tsPath(const QString &language)
    {
        return QStringLiteral(LLM_ATLAS_SOURCE_DIR "/resources/translations/llm-atlas_%1.ts").arg(language);
    }

    // The sources lupdate reads, as app/CMakeLists.txt lists them: the command line's are left out of the
    // German and Chinese translations (it speaks English only), not out of English's plural forms.
    enum class CommandLine { Left, Included };
    static QStringList translatableSources(CommandLine commandLine)
    {
        QStringList sources;
        for (const char *folder : {"app", "views", "models", "db"}) {
            QDirIterator files(QStringLiteral(LLM_ATLAS_SOURCE_DIR "/") + QLatin1String(folder),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                const bool ofCommandLine = path.contains(QLatin1String("/app/cli/"));
                if (!ofCommandLine || commandLine == CommandLine::Included)
                    sources << path;
            }
        }
        sources.sort();
        return sources;
    }

#ifdef LLM_ATLAS_LUPDATE
    // Runs lupdate as the update_translations target does, with `options` added; returns its exit code.
    static int runLupdate(const QStringList &options, const QStringList &sources, const QString &ts)
    {
        QProcess lupdate;
        lupdate.start(QStringLiteral(LLM_ATLAS_LUPDATE),
                      options
                          + QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                        QStringLiteral("none"), QStringLiteral("-I"),
                                        QStringLiteral(LLM_ATLAS_SOURCE_DIR)}
                          + sources + QStringList{QStringLiteral("-ts"), ts});
        return lupdate.waitForFinished(120000) && lupdate.exitStatus() == QProcess::NormalExit ? lupdate.exitCode()
                                                                                                 : -1;
    }
#endif

    static QList<Message> readTs(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return {};
        }
        QList<Message> messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                current = Message{context, {}, {}, {}};
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Plural messages hold <numerusform> children; others hold the text itself.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                }
                if (current.translations.isEmpty())
                    current.translations << text;
                messages << current;
            }
        }
        if (xml.hasError())
            *error = xml.errorString();
        return messages;
    }

    // %1..%99, %L1 and %n: what a translation must carry over from its source.
    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
        QSet<QString> found;
        for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
            found.insert(match.captured(1));
        return found;
    }

    static bool hasMnemonic(const QString &text)
    {
        return text.contains(QRegularExpression(QStringLiteral("&[^&\\s;]"))) && !text.contains(QLatin1String("&gt;"))
               && !text.contains(QLatin1String("&lt;"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LLM Atlas Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        QSettings().clear();
        QVERIFY(m_file.isValid());
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("Simplified Chinese") << QStringLiteral("zh_CN");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (!m.type.isEmpty())
                problems << m.type + QStringLiteral(" — ") + where;
            for (const QString &translation : m.translations) {
                if (translation.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << QStringLiteral("empty — ") + where;
                else if (placeholders(translation) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ — ") + where;
            }
            // A menu, tab or label with an accelerator keeps one in translation, so the keyboard still works.
            if (hasMnemonic(m.source) && !m.source.contains(QLatin1Char('<')) && !hasMnemonic(m.translations.value(0)))
                problems << QStringLiteral("mnemonic lost — ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Runs lupdate over today's sources into a copy of each .ts: a string added since the translations were
    // last updated shows up as unfinished, and fails here until it is translated in both languages.
    void sourcesHaveNoUntranslatedStrings()
    {
#ifdef LLM_ATLAS_LUPDATE
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList sources = translatableSources(CommandLine::Left);
        QStringList fresh;
        for (const QString &language : {QStringLiteral("de"), QStringLiteral("zh_CN")}) {
            const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
            QVERIFY(QFile::copy(tsPath(language), copy));
            QCOMPARE(runLupdate({}, sources, copy), 0);
            QString error;
            for (const Message &m : readTs(copy, &error)) {
                // The command line stays English (app/CMakeLists.txt leaves its files out of lupdate).
                if (!m.type.isEmpty() && m.context != QLatin1String("CommandLine"))
                    fresh << language + QStringLiteral(" ") + m.context + QStringLiteral(": ") + m.source.left(60);
            }
        }
        QVERIFY2(fresh.isEmpty(),
                 qPrintable(QStringLiteral("%1 strings in the sources are not translated (run the update_translations "
                                           "target and translate them):\n")
                                .arg(fresh.size())
                            + fresh.join(QLatin1Char('\n'))));
#else
        QSKIP("lupdate was not found at configure time");
#endif
    }

    // English is the source language; its plural forms come from a translation holding only the messages
    // with a count.
    void englishPluralFormsLoad()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::English, QLocale::UnitedKingdom), QStringLiteral("llm-atlas"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        const auto fields = [&translator](int n) {
            return translator.translate("MergePlanModel", "take theirs (%n field(s))", nullptr, n)
                .replace(QStringLiteral("%n"), QString::number(n));
        };
        QCOMPARE(fields(1), QStringLiteral("take theirs (1 field)"));
        QCOMPARE(fields(2), QStringLiteral("take theirs (2 fields)"));
        QCOMPARE(fields(0), QStringLiteral("take theirs (0 fields)"));
        QCOMPARE(translator.translate("CommandLine", "%n row(s) rejected: nothing was written.", nullptr, 1),
                 QStringLiteral("%n row rejected: nothing was written."));
        // Only the counted messages: everything else reads as its source.
        QVERIFY(translator.translate("MainWindow", "&File").isEmpty());
    }

    // Every message with a count has both English forms: lupdate -pluralonly over today's sources, the
    // command line's included, leaves nothing unfinished in a copy of llm-atlas_en.ts.
    void countedMessagesHaveEnglishPlurals()
    {
#ifdef LLM_ATLAS_LUPDATE
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("llm-atlas_en.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("en")), copy));
        QCOMPARE(runLupdate({QStringLiteral("-pluralonly")}, translatableSources(CommandLine::Included), copy), 0);
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() >= 6);
        QStringList missing;
        for (const Message &m : messages) {
            const bool bothForms = m.translations.size() == 2
                                   && std::none_of(m.translations.cbegin(), m.translations.cend(),
                                                   [](const QString &form) { return form.isEmpty(); });
            if (!m.type.isEmpty() || !bothForms)
                missing << m.context + QStringLiteral(": ") + m.source.left(60);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("without English plural forms (run the "
                                                              "update_translations target and write them):\n")
                                               + missing.join(QLatin1Char('\n'))));
#else
        QSKIP("lupdate was not found at configure time");
#endif
    }

    void chineseTranslationLoads()
    {
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("llm-atlas"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.translate("MainWindow", "&File"), QStringLiteral("文件(&F)"));
        QCOMPARE(translator.translate("MainWindow", "&VRAM fit"), QStringLiteral("显存适配(&V)"));
    }

    // A language LLM Atlas does not speak gets English, with English's plural forms. (It makes French the
    // default locale; the German test after it sets its own.)
    void unknownLanguageGetsEnglishPlurals()
    {
        QVERIFY(!Translations::install(qApp, QStringLiteral("fr")));
        QCOMPARE(QCoreApplication::translate("MergePlanModel", "take theirs (%n field(s))", nullptr, 1),
                 QStringLiteral("take theirs (1 field)"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }

    // Last: it installs the German translator and locale for the rest of the process.
    void germanMainWindow()
    {
        QVERIFY(Translations::install(qApp, QStringLiteral("de")));
        QCOMPARE(QLocale().language(), QLocale::German);
        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY(menus.contains(QStringLiteral("&Bearbeiten")));
        QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Modelle"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&VRAM-Passung"));
        // The title names the open file; Qt adds the application's name.
        QCOMPARE(window.windowTitle(), QFileInfo(m_file.path()).fileName());
        // Numbers follow the chosen language too: a German decimal comma.
        QCOMPARE(QLocale().toString(1.5, 'f', 1), QStringLiteral("1,5"));

        // The database layer's refusals reach the error dialog in German too, not only the dialog's title.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
        const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile emptyFile(empty);
        QVERIFY(emptyFile.open(QIODevice::WriteOnly));
        emptyFile.close();
        QFile garbageFile(garbage);
        QVERIFY(garbageFile.open(QIODevice::WriteOnly));
        QByteArray bytes(4096, '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 37 + 11) % 256); // fixed bytes, so the test never depends on chance
        QCOMPARE(garbageFile.write(bytes), bytes.size());
        garbageFile.close();
        QString title;
        QString message;
        Dialogs::setErrorHook([&](const QString &shownTitle, const QString &shownMessage) {
            title = shownTitle;
            message = shownMessage;
        });
        QVERIFY(!window.openFile(empty));
        QCOMPARE(title, QStringLiteral("Datenbank kann nicht geöffnet werden"));
        QCOMPARE(message, QStringLiteral("„%1“ ist leer: Es ist keine LLM-Atlas-Datenbank.").arg(QDir::toNativeSeparators(empty)));
        QVERIFY(!window.openFile(garbage));
        QCOMPARE(message, QStringLiteral("„%1“ ist keine LLM-Atlas-Datenbank (es ist keine SQLite-Datei).")
                              .arg(QDir::toNativeSeparators(garbage)));
        Dialogs::setErrorHook({});
        QCOMPARE(document.filePath(), QFileInfo(m_file.path()).absoluteFilePath());
    }

    // After germanMainWindow, with German installed: Qt's own strings (standard buttons, file dialogs) are
    // German too when the system has Qt's translations, which setup.sh installs and the package depends on
    // (qt6-translations-l10n). Issue 22: Cancel stayed English.
    void qtsOwnStringsFollowTheLanguage()
    {
        const QString qm = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFileInfo::exists(qm))
            QSKIP(qPrintable(qm + QStringLiteral(" is missing: install qt6-translations-l10n (setup.sh does)")));
        QCOMPARE(QLocale().language(), QLocale::German);
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
    }

    // After germanMainWindow. Issue 22: German token volumes said "B", where a German "Billion" is 10^12.
    // Counts use the German magnitude words everywhere, and the cost tab's field reads what it writes.
    void germanMagnitudes()
    {
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(Format::tokens(2.5e9), QStringLiteral("2,5 Mrd."));
        QCOMPARE(Format::tokens(250e6), QStringLiteral("250 Mio."));
        QCOMPARE(Format::tokens(1e12), QStringLiteral("1 Bio."));
        QCOMPARE(Format::tokens(12e3), QStringLiteral("12 Tsd."));
        QCOMPARE(Format::params(70'600'000'000), QStringLiteral("70,6 Mrd."));
        QCOMPARE(Format::preciseTokens(1.234e9), QStringLiteral("1,234 Mrd."));
        // Context lengths are powers of two, "128K" in every language.
        QCOMPARE(Format::contextTokens(131072), QStringLiteral("128K"));

        AtlasDocument document;
        QVERIFY(document.open(m_file.path()));
        MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("costPage")));
        auto *cost = window.findChild<CostView *>(QStringLiteral("costView"));
        QVERIFY(cost);
        auto *edit = cost->findChild<QLineEdit *>(QStringLiteral("volumeEdit"));
        QVERIFY(edit);
        QVERIFY2(edit->text().endsWith(QLatin1String(" Mio.")) || edit->text().endsWith(QLatin1String(" Mrd.")),
                 qPrintable(edit->text()));
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("1,5 Mrd."));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(cost->volume(), 1.5e9);
        // The universal form still works: "B" typed is read as the command line reads it.
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("2.5B"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(cost->volume(), 2.5e9);
        // The slider writes the German form back into the field.
        auto *slider = cost->findChild<QSlider *>(QStringLiteral("volumeSlider"));
        QVERIFY(slider);
        QTest::keyClick(slider, Qt::Key_PageDown);
        QVERIFY2(edit->text().endsWith(QLatin1String(" Mio.")), qPrintable(edit->text()));
        QCOMPARE(VolumeParser::parseLocalized(edit->text()).value_or(-1), cost->volume());

        // The chart's volume axis speaks the same way.
        auto *volumeAxis = cost->chart()->findChild<QCategoryAxis *>(QStringLiteral("volumeAxisLabels"));
        QVERIFY(volumeAxis);
        const QStringList labels = volumeAxis->categoriesLabels();
        QVERIFY2(labels.contains(QStringLiteral("1 Mrd.")), qPrintable(labels.join(QLatin1Char('|'))));
        for (const QString &label : labels)
            QVERIFY2(!label.endsWith(QLatin1Char('B')), qPrintable(label));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
