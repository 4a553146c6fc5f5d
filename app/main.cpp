#include "app/cli/commandline.h"
#include "app/gui/mainwindow.h"
#include "app/translations.h"
#include "models/core/preferences.h"
#include "models/document/atlasdocument.h"
#include "views/dialogs/dialogs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// --exit-after-startup: quits once the window has painted for the first time, so whole-process timing
// measures start-up to the first painted frame (tests/bench compares it with a bare Qt window).
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The whole window is painted in the same backing-store flush; quitting is queued behind it.
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("llm-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("LLM Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LLM_ATLAS_VERSION));
}

int runCommandLine(int argc, char *argv[], bool graphical)
{
    // Charts are QGraphicsWidgets and need a QApplication. Commands that draw them run it on the offscreen
    // platform unless one is asked for, so they need no display (a stale DISPLAY over ssh cannot abort
    // them) and draw the same file on any desktop. The other commands stay on QCoreApplication.
    if (graphical && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        graphical ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();
    Translations::installEnglishPlurals(app.get());
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    return CommandLine(&out, &err).run(QCoreApplication::arguments());
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LLM Atlas"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.llm_atlas.LlmAtlas"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/llm-atlas.svg")));
    // Before any widget exists, so every tr() call already speaks the chosen language.
    Translations::install(&app, Preferences::language());
    Preferences::apply();

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open <file>."),
                                      QStringLiteral("file"));
    parser.addOption(dbOption);
    const QCommandLineOption exitAfterStartupOption(
        QStringLiteral("exit-after-startup"),
        QApplication::translate("main", "Quit as soon as the window is painted (a benchmarking aid)."));
    parser.addOption(exitAfterStartupOption);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A database to open."));
    parser.process(app);
    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();

    AtlasDocument document;
    const bool opened = path.isEmpty() ? document.openDefault() : document.open(path);
    if (!opened) {
        Dialogs::showError(nullptr, QApplication::translate("main", "LLM Atlas cannot start"), document.errorString());
        return 1;
    }
    MainWindow window(&document);
    QuitAfterFirstPaint quitAfterFirstPaint;
    if (parser.isSet(exitAfterStartupOption))
        window.installEventFilter(&quitAfterFirstPaint);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return CommandLine::wantsCommandLine(arguments)
               ? runCommandLine(argc, argv, CommandLine::needsGraphics(arguments))
               : runWindow(argc, argv);
}
