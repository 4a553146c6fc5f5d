#include "app/cli/commandline.h"
#include "app/gui/mainwindow.h"
#include "app/translations.h"
#include "models/core/preferences.h"
#include "models/document/atlasdocument.h"
#include "views/dialogs/dialogs.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

#include <unistd.h>

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
    // Qt's GUI wants a private runtime folder and warns on stderr where the session has none (cron, ssh,
    // containers): the offscreen drawing gets a temporary one of its own.
    std::unique_ptr<QTemporaryDir> runtimeDir;
    if (graphical && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        runtimeDir = std::make_unique<QTemporaryDir>();
        if (runtimeDir->isValid())
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
    }
    const std::unique_ptr<QCoreApplication> app =
        graphical ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    describeApplication();
    Translations::installEnglishPlurals(app.get());
    // Unbuffered on the descriptors, so every write's failure (a full disk, a file-size limit, a closed
    // pipe) is seen when it happens; the command line writes in large pieces.
    QFile out;
    QFile err;
    out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return CommandLine(&out, &err).run(QCoreApplication::arguments());
}

int runWindow(int argc, char *argv[], const CommandLine::WindowRequest &request)
{
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("LLM Atlas"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.llm_atlas.LlmAtlas"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/llm-atlas.svg")));
    // Before any widget exists, so every tr() call already speaks the chosen language.
    Translations::install(&app, Preferences::language());
    Preferences::apply();

    AtlasDocument document;
    const bool opened =
        request.databasePath.isEmpty() ? document.openDefault() : document.open(request.databasePath);
    if (!opened) {
        std::fprintf(stderr, "llm-atlas: %s\n", qPrintable(document.errorString()));
        // A benchmarking aid never waits for a click.
        if (!request.exitAfterStartup)
            Dialogs::showError(nullptr, QApplication::translate("main", "LLM Atlas cannot start"),
                               document.errorString());
        return 1;
    }
    MainWindow window(&document);
    QuitAfterFirstPaint quitAfterFirstPaint;
    if (request.exitAfterStartup)
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
    if (CommandLine::wantsCommandLine(arguments))
        return runCommandLine(argc, argv, CommandLine::needsGraphics(arguments));
    // The window's arguments are checked before any GUI object exists: a mistake or a missing display is
    // a message and an exit status, never Qt's abort.
    QFile err;
    err.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    const CommandLine::WindowRequest request = CommandLine::parseWindowArguments(arguments, &err);
    if (request.exitCode)
        return *request.exitCode;
    if (const QString message = CommandLine::missingDisplayMessage(arguments); !message.isEmpty()) {
        err.write((message + QLatin1Char('\n')).toUtf8());
        return CommandLine::Failure;
    }
    return runWindow(argc, argv, request);
}
