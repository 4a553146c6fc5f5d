#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class AtlasDocument;
class QAbstractItemModel;
class QCommandLineParser;
class QIODevice;

// The headless interface: `llm-atlas [--db FILE] COMMAND [options]`. It shares the core with the GUI and
// never needs a display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CommandLine(QIODevice *out, QIODevice *err);

    // True when the arguments ask for a command rather than the window.
    static bool wantsCommandLine(const QStringList &arguments);

    // arguments as QCoreApplication::arguments() gives them, program name first.
    int run(const QStringList &arguments);

private:
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(CommandLine *, QCommandLineParser &, const QStringList &)> run;
        std::function<void(QCommandLineParser &)> addOptions;
    };
    static const QList<Command> &commands();
    static const Command *findCommand(const QString &name);

    int listModels(QCommandLineParser &parser, const QStringList &arguments);
    int fit(QCommandLineParser &parser, const QStringList &arguments);
    int audit(QCommandLineParser &parser, const QStringList &arguments);

    // Reads an integer option (plain, or with a K/M suffix meaning 1024/1024²) within [min, max].
    std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                                        qint64 fallback);
    int writeTable(const QAbstractItemModel &model, const QCommandLineParser &parser);

    bool openDocument(const QCommandLineParser &parser, AtlasDocument &document);
    int usageError(const QString &message);
    int failure(const QString &message);
    void print(const QByteArray &text);
    QString generalHelp() const;

    QIODevice *m_out;
    QIODevice *m_err;
};
