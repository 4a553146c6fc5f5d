#pragma once

#include "models/core/cost/costmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSize>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class AtlasDocument;
class CostChart;
class FitTableModel;
class QAbstractItemModel;
class QCommandLineParser;
class QIODevice;
struct CostComparison;
struct Dataset;
enum class RecordKind;

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
    // True when the command draws charts (`export chart`, `report`): it needs a QApplication, which main()
    // creates on the offscreen platform, so no display is ever needed.
    static bool needsGraphics(const QStringList &arguments);

    // What the arguments ask of the window, read before any GUI object exists (so `llm-atlas --bogus`
    // needs no display to be refused). When exitCode is set, the program ends with it: a usage error (2),
    // explained on err. Help and the version are the command line's (wantsCommandLine()).
    struct WindowRequest
    {
        QString databasePath; // empty: the user's own database
        bool exitAfterStartup = false;
        std::optional<int> exitCode;
    };
    static WindowRequest parseWindowArguments(const QStringList &arguments, QIODevice *err);
    // Whether a window could be shown: a display (X11 or Wayland) or a platform chosen through
    // QT_QPA_PLATFORM or -platform. When not, a one-line error for err.
    static QString missingDisplayMessage(const QStringList &arguments);

    // arguments as QCoreApplication::arguments() gives them, program name first.
    int run(const QStringList &arguments);

private:
    // A table a command produced, with the models behind it owned by `owner`.
    struct Table
    {
        std::unique_ptr<QObject> owner = std::make_unique<QObject>();
        QAbstractItemModel *model = nullptr;
        // What a command says beyond the rows: JSON output becomes {"rows": [...], ...summary}, text output
        // ends with the lines.
        QJsonObject summary;
        QStringList summaryLines;
    };
    // One kind of table the commands print or export: models, fit, audit...
    struct TableKind
    {
        QString name;
        std::function<void(QCommandLineParser &)> addOptions;
        // Reports its own errors and returns nullopt, leaving the exit code in m_exitCode.
        std::function<std::optional<Table>(CommandLine *, const QCommandLineParser &, const Dataset &)> produce;
    };
    struct Command
    {
        QString name;
        QString summary;
        std::function<int(CommandLine *, QCommandLineParser &, const QStringList &)> run;
        // Declares the options the command reads, described as this command reads them. words are the
        // arguments after the command that are not options ("table", "cost" for `export table cost`), so
        // that a command whose options depend on them declares exactly the ones it will read.
        std::function<void(QCommandLineParser &, const QStringList &words)> addOptions;
    };
    // What the shared options mean where they are declared: --gpu, --model, --count and --utilisation read
    // differently in `fit`, `cost` and `report`.
    enum class OptionUse { Fit, VramChart, ModelsFit, Cost, CostChart, Report };
    static void addModelsOptions(QCommandLineParser &parser);
    static void addFitOptions(QCommandLineParser &parser, OptionUse use);
    static void addCostOptions(QCommandLineParser &parser, OptionUse use);
    static void addFormatOption(QCommandLineParser &parser);
    static const QList<Command> &commands();
    static const Command *findCommand(const QString &name);
    static const QList<TableKind> &tableKinds();
    static void addChartSizeOptions(QCommandLineParser &parser);
    static const TableKind *findTableKind(const QString &name);

    // `list models`, `fit`, `audit`: a table to standard output in --format.
    int printTable(const QCommandLineParser &parser, const QString &kind);
    // `export table KIND --out FILE`: the same table, as a file whose extension names the format.
    int exportTable(const QCommandLineParser &parser, const QStringList &arguments);
    // `export chart tiers|vram|cost --out FILE.(png|svg|pdf)` and `report --out FILE.(pdf|html)`: the window's
    // charts built offscreen from the models the same options fill, with no page (chartcommands.cpp).
    int exportChart(const QCommandLineParser &parser, const QStringList &arguments);
    // export pack --out FILE.json: the models, GPUs and prices as a data pack dated today.
    int exportPack(const QCommandLineParser &parser, const QStringList &arguments);
    int writeReport(const QCommandLineParser &parser, const QStringList &arguments);
    struct ChartSize
    {
        QSize pixels;
        double scale = 1;
    };
    std::optional<ChartSize> chartSize(const QCommandLineParser &parser); // --width, --height, --scale
    // The fit model the VRAM chart draws, exactly as the fit options describe it, owned by *table; nullptr
    // after a reported error. In a report --utilisation is the cost's, and memory keeps its default.
    FitTableModel *chartedFit(const QCommandLineParser &parser, const Dataset &dataset, Table *table,
                              bool utilisationIsCosts = false);
    // Draws the cost options on chart, exactly as asked; the comparison it draws, or nullopt after a
    // reported error.
    std::optional<CostComparison> chartedCosts(const QCommandLineParser &parser, const Dataset &dataset,
                                               CostChart *chart);

    // withFit: --gpu and the fit options fill the memory_needed_bytes and fit_verdict columns, which are left
    // out without --gpu (the window's tier table fills them from its VRAM page).
    std::optional<Table> modelsTable(const QCommandLineParser &parser, const Dataset &dataset, bool withFit = false);
    // The fit options read into a fit model owned by owner; nullptr after reporting a usage error.
    FitTableModel *fitModel(const QCommandLineParser &parser, const Dataset &dataset, QObject *owner);
    std::optional<Table> fitTable(const QCommandLineParser &parser, const Dataset &dataset);
    std::optional<Table> auditTable(const QCommandLineParser &parser, const Dataset &dataset);
    std::optional<Table> costTable(const QCommandLineParser &parser, const Dataset &dataset);
    // What the cost options ask for, defaults filled in as `cost` fills them: the table and the cost chart
    // read the same request. Without --tokens-per-month, defaultVolume or a usage error.
    struct CostRequest
    {
        const ModelRecord *model = nullptr;
        QList<GpuConfiguration> configurations;
        QList<ApiPriceRecord> apis;
        double volume = 0;
        CostAssumptions assumptions;
    };
    std::optional<CostRequest> costRequest(const QCommandLineParser &parser, const Dataset &dataset,
                                           std::optional<double> defaultVolume = std::nullopt);
    static std::optional<Table> factsTable(RecordKind kind, const Dataset &dataset);
    // `import FILE --kind K`: adds and changes facts, or with any row rejected writes nothing (exit 1).
    int importFile(const QCommandLineParser &parser, const QStringList &arguments);
    // `import FILE --kind measurements` and `measurements` (measurementcommands.cpp).
    static void addMeasurementImportOptions(QCommandLineParser &parser);
    int importMeasurements(const QCommandLineParser &parser, const QStringList &arguments);
    int printMeasurements(const QCommandLineParser &parser, const QStringList &arguments);
    // `inspect PATH` and `import PATH` of a model file or folder (modelfilecommands.cpp).
    static void addInspectOptions(QCommandLineParser &parser);
    int inspectModelFile(const QCommandLineParser &parser, const QStringList &arguments);
    static bool wantsModelFileImport(const QCommandLineParser &parser, const QStringList &arguments);
    int importModelFile(const QCommandLineParser &parser, const QString &path);

    // Reads an integer option (plain, or with a K/M suffix meaning 1024/1024²) within [min, max].
    std::optional<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                                        qint64 fallback);
    bool openDocument(const QCommandLineParser &parser, AtlasDocument &document);
    // For an import: read-write, or read-only for --dry-run; a file that cannot be written is refused.
    // Reports its own failure.
    bool openDocumentToImport(const QCommandLineParser &parser, AtlasDocument &document);
    int usageError(const QString &message);
    int failure(const QString &message);
    // Writes to standard output; a refused write is remembered, and run() ends with exit 1 and the reason.
    void print(const QByteArray &text);
    void noteOutputFailure();
    int dispatch(const QStringList &arguments);
    static QString generalHelp();
    // A parser's help with the usage line naming the command as typed (`llm-atlas export table cost`), not
    // the binary's path.
    static QString helpText(const QCommandLineParser &parser, const QString &command);

    QIODevice *m_out;
    QIODevice *m_err;
    int m_exitCode = Success;
    // The command as typed, for messages: "fit", "export chart vram".
    QString m_task;
    // Why standard output refused a write; empty while it has taken everything.
    QString m_outputError;
};
