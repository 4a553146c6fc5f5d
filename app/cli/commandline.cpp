#include "app/cli/commandline.h"

#include "models/core/cost/costcomparison.h"
#include "models/core/cost/costdefaults.h"
#include "models/core/dataaudit.h"
#include "models/core/estimation/speedmodel.h"
#include "models/core/formatting/format.h"
#include "models/core/formatting/machinenumbers.h"
#include "models/core/formatting/tablewriter.h"
#include "models/core/formatting/volumeparser.h"
#include "models/core/namematcher.h"
#include "models/core/vocabulary.h"
#include "models/document/atlasdocument.h"
#include "models/document/changesetwriter.h"
#include "models/document/datapack.h"
#include "models/document/filesaver.h"
#include "models/document/importer.h"
#include "models/itemmodels/audittablemodel.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/facttablemodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/modelfactcolumns.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/tiertablemodel.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSortFilterProxyModel>

#include <cerrno>

namespace {

const auto DbOption = QStringLiteral("db");
const auto FormatOption = QStringLiteral("format");
const auto ProgramName = QStringLiteral("llm-atlas");

// The word that names the command: the first argument that is neither an option nor --db's value.
qsizetype commandIndex(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--db") || argument == QLatin1String("-db"))
            ++i;
        else if (!argument.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

bool isHelpOrVersion(const QString &argument)
{
    static const QStringList words{QStringLiteral("--version"), QStringLiteral("-v"), QStringLiteral("--help"),
                                   QStringLiteral("-h"),        QStringLiteral("-?"), QStringLiteral("--help-all")};
    return words.contains(argument);
}

QStringList namesOf(const auto &records, auto name)
{
    QStringList names;
    for (const auto &record : records)
        names << std::invoke(name, record);
    return names;
}

// A table without some of its source's columns.
class WithoutColumns : public QSortFilterProxyModel
{
public:
    WithoutColumns(QList<int> columns, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_columns(std::move(columns))
    {
    }

protected:
    bool filterAcceptsColumn(int column, const QModelIndex &) const override { return !m_columns.contains(column); }

private:
    QList<int> m_columns;
};

// Machine formats are read by programs: the numbers inside their text (an audit finding's "1,370 GB", a
// note's "$0.315") are the C locale's, whatever the user's: a point for decimals, and the comma between
// thousands that Qt's C locale writes unless told to omit it (as LANG=C always gave). Formats for people
// keep the user's locale.
void useMachineLocale(TableWriter::Format format)
{
    if (format == TableWriter::Format::Csv || format == TableWriter::Format::Json) {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::DefaultNumberOptions);
        QLocale::setDefault(c);
    }
}

// CSV and JSON are read back by the importer (the models table then carries every fact it reads); the text
// table and Markdown are for people.
bool writesMachineFormat(const QCommandLineParser &parser)
{
    const std::optional<TableWriter::Format> format =
        parser.optionNames().contains(QStringLiteral("out"))
            ? TableWriter::formatFromSuffix(parser.value(QStringLiteral("out")))
            : TableWriter::formatFromName(parser.value(FormatOption));
    return format == TableWriter::Format::Csv || format == TableWriter::Format::Json;
}

// {"rows": [...], ...summary}: what a command with more to say than its rows writes as JSON.
QByteArray jsonWithSummary(const QAbstractItemModel &model, const QJsonObject &summary)
{
    QJsonObject answer = summary;
    answer.insert(QStringLiteral("rows"),
                  QJsonDocument::fromJson(TableWriter::write(model, TableWriter::Format::Json)).array());
    return QJsonDocument(answer).toJson(QJsonDocument::Indented);
}

// An option the command reads but does not offer: accepted so that its code can refuse it with a reason.
QCommandLineOption hidden(QCommandLineOption option)
{
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

CommandLine::CommandLine(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err)
{
}

void CommandLine::addModelsOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("tier"), tr("Only models in tier <T> (%1).").arg(Vocabulary::tierList()), tr("T")});
    parser.addOption({QStringLiteral("sort"),
                      tr("Sort by <column> (a JSON key such as total_params; add :desc to reverse)."), tr("column")});
}

void CommandLine::addFitOptions(QCommandLineParser &parser, OptionUse use)
{
    const bool models = use == OptionUse::ModelsFit;
    parser.addOption({QStringLiteral("gpu"),
                      models ? tr("Fill memory_needed_bytes and fit_verdict for GPU type <name> (unique prefix, e.g. "
                                  "h100); without it those columns are left out.")
                      : use == OptionUse::Report
                          ? tr("A GPU type to self-host on (unique prefix, e.g. h100); repeat with --count for each. "
                               "The VRAM chart shows the last one.")
                          : tr("GPU type <name> (unique prefix, e.g. h100)."),
                      tr("name")});
    parser.addOption({QStringLiteral("count"),
                      use == OptionUse::Report ? tr("GPUs in the configuration of the --gpu before it (1 to 8).")
                                               : tr("Number of GPUs, 1 to 8 (default 1)."),
                      tr("N")});
    if (use == OptionUse::Fit)
        parser.addOption({QStringLiteral("model"), tr("Only the model <name>."), tr("name")});
    else if (use == OptionUse::VramChart)
        parser.addOption(hidden({QStringLiteral("model"), QString(), tr("name")}));
    parser.addOption({QStringLiteral("quant"), tr("Weight format (default Q4_K_M)."), tr("Q")});
    parser.addOption({QStringLiteral("context"), tr("Context length in tokens, e.g. 8192 or 32K (default 8K)."),
                      tr("N")});
    parser.addOption({QStringLiteral("batch"), tr("Concurrent sequences (default 1)."), tr("N")});
    parser.addOption({QStringLiteral("kv-quant"), tr("KV cache precision: FP16, FP8, Q8_0 or Q4_0."), tr("Q")});
    parser.addOption({QStringLiteral("expert-offload"), tr("Keep MoE routed experts in system RAM.")});
    if (use != OptionUse::Report)
        parser.addOption({QStringLiteral("utilisation"), tr("Usable share of GPU memory (default 0.9)."), tr("F")});
    parser.addOption({QStringLiteral("runtime-reserve"),
                      tr("Memory each GPU keeps for the runtime, in MiB (default 512)."), tr("MiB")});
    parser.addOption({QStringLiteral("engine"),
                      tr("Engine the speeds assume: llama.cpp or vllm (default: llama.cpp for GGUF formats, vLLM "
                         "otherwise)."),
                      tr("name")});
    parser.addOption({QStringLiteral("prompt-tokens"),
                      tr("Prompt length the prefill speed and time to first token are quoted at (default 1024)."),
                      tr("N")});
    parser.addOption({QStringLiteral("system-bandwidth"),
                      tr("Bandwidth of the system RAM holding offloaded experts, in GB/s (default 89.6: "
                         "dual-channel DDR5-5600)."),
                      tr("GB/s")});
}

void CommandLine::addCostOptions(QCommandLineParser &parser, OptionUse use)
{
    const bool report = use == OptionUse::Report;
    parser.addOption({QStringLiteral("tokens-per-month"),
                      use == OptionUse::Cost ? tr("Monthly volume, e.g. 250M or 1.5B.")
                                             : tr("Monthly volume, e.g. 250M or 1.5B (default: the cost chart's)."),
                      tr("N")});
    parser.addOption({QStringLiteral("model"), tr("The model to self-host (default: the one the article's cost table self-hosts, else the top of the tier list)."),
                      tr("name")});
    if (!report) {
        // In a report, the fit options declare --gpu, --count and --quant for both charts.
        parser.addOption({QStringLiteral("gpu"), tr("A GPU type to self-host on; repeat with --count for each."),
                          tr("name")});
        parser.addOption({QStringLiteral("count"), tr("GPUs in the configuration of the --gpu before it (1 to 8)."),
                          tr("N")});
    }
    parser.addOption({QStringLiteral("api"),
                      tr("An API to compare: a provider (all its models), a model name, or both as “Provider "
                         "model”; repeatable. Only the APIs given are compared."),
                      tr("name")});
    parser.addOption({QStringLiteral("io-ratio"), tr("Input:output tokens (default 3:1)."), tr("in:out")});
    parser.addOption({QStringLiteral("utilisation"),
                      tr("Average share of peak throughput used, above 0 and at most 1 (default 0.6)."), tr("F")});
    parser.addOption({QStringLiteral("own"), tr("Buy the GPUs (amortised, plus power) instead of renting.")});
    if (!report)
        parser.addOption({QStringLiteral("quant"), tr("Weight format (default Q4_K_M)."), tr("Q")});
    if (use == OptionUse::Cost) {
        // A serving workload (models/core/cost/servingmodel.h): replicas from peak traffic and latency targets.
        parser.addOption({QStringLiteral("requests-per-second"),
                          tr("Peak requests a second: size replicas for this traffic (needs --prompt-tokens and "
                             "--output-tokens; the volume and input:output ratio then follow from it)."),
                          tr("R")});
        parser.addOption({QStringLiteral("concurrent-users"),
                          tr("Instead of --requests-per-second: users who each send a request, wait for the answer "
                             "and think --think-time-s seconds; peak requests/s = users / (think time + TTFT target "
                             "+ output tokens x TPOT target)."),
                          tr("N")});
        parser.addOption({QStringLiteral("think-time-s"),
                          tr("Seconds a user takes between an answer and the next request (with --concurrent-users)."),
                          tr("S")});
        parser.addOption({QStringLiteral("prompt-tokens"), tr("Mean prompt tokens per request."), tr("N")});
        parser.addOption({QStringLiteral("output-tokens"), tr("Mean output tokens per request."), tr("N")});
        parser.addOption({QStringLiteral("prefix-cache"),
                          tr("Share of prompt tokens served from a prefix cache, 0 to 1 (default 0)."), tr("F")});
        parser.addOption({QStringLiteral("ttft-ms"), tr("Time-to-first-token target in milliseconds."), tr("ms")});
        parser.addOption({QStringLiteral("tpot-ms"), tr("Time-per-output-token target in milliseconds."), tr("ms")});
        parser.addOption({QStringLiteral("peak-hours"),
                          tr("A daily profile instead of always on: traffic is at its peak this many hours a day "
                             "(above 0, at most 24) and at --off-peak-share of it the rest; rented replicas follow "
                             "it and the volume is its average."),
                          tr("H")});
        parser.addOption({QStringLiteral("off-peak-share"),
                          tr("Off-peak traffic as a share of the peak, 0 to 1 (default 0; with --peak-hours)."),
                          tr("F")});
        parser.addOption({QStringLiteral("target-statistic"),
                          tr("Whether the targets are p95 or mean latencies (default p95)."), tr("p95|mean")});
    }
}

void CommandLine::addFormatOption(QCommandLineParser &parser)
{
    parser.addOption({FormatOption, tr("Output format: table, csv, json or md (default table)."), tr("format"),
                      QStringLiteral("table")});
}

const QList<CommandLine::TableKind> &CommandLine::tableKinds()
{
    static const QList<TableKind> all = {
        {QStringLiteral("models"),
         [](QCommandLineParser &parser) {
             addModelsOptions(parser);
             addFitOptions(parser, OptionUse::ModelsFit);
         },
         [](CommandLine *cli, const QCommandLineParser &parser, const Dataset &dataset) {
             std::optional<Table> table = cli->modelsTable(parser, dataset, true);
             if (table && writesMachineFormat(parser))
                 table->model = new ModelFactColumns(table->model, &dataset, table->owner.get());
             return table;
         }},
        {QStringLiteral("fit"), [](QCommandLineParser &parser) { addFitOptions(parser, OptionUse::Fit); },
         &CommandLine::fitTable},
        {QStringLiteral("audit"), [](QCommandLineParser &) {}, &CommandLine::auditTable},
        {QStringLiteral("cost"), [](QCommandLineParser &parser) { addCostOptions(parser, OptionUse::Cost); },
         &CommandLine::costTable},
        {QStringLiteral("gpus"), [](QCommandLineParser &) {},
         [](CommandLine *, const QCommandLineParser &, const Dataset &dataset) {
             return factsTable(RecordKind::Gpu, dataset);
         }},
        {QStringLiteral("prices"), [](QCommandLineParser &) {},
         [](CommandLine *, const QCommandLineParser &, const Dataset &dataset) {
             return factsTable(RecordKind::ApiPrice, dataset);
         }},
    };
    return all;
}

std::optional<CommandLine::Table> CommandLine::factsTable(RecordKind kind, const Dataset &dataset)
{
    Table table;
    auto *model = new FactTableModel(kind, table.owner.get());
    model->setDataset(&dataset);
    table.model = model;
    return table;
}

const CommandLine::TableKind *CommandLine::findTableKind(const QString &name)
{
    for (const TableKind &kind : tableKinds()) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

namespace {

const QStringList &chartKinds()
{
    static const QStringList kinds{QStringLiteral("tiers"), QStringLiteral("vram"), QStringLiteral("cost")};
    return kinds;
}

QString tableKindList()
{
    QStringList names;
    for (const QString &name : {QStringLiteral("models"), QStringLiteral("fit"), QStringLiteral("audit"),
                                QStringLiteral("cost"), QStringLiteral("gpus"), QStringLiteral("prices")})
        names << name;
    return names.join(QLatin1Char('|'));
}

} // namespace

const QList<CommandLine::Command> &CommandLine::commands()
{
    const auto withFormat = [](const QString &kind) {
        return [kind](QCommandLineParser &parser, const QStringList &) {
            findTableKind(kind)->addOptions(parser);
            addFormatOption(parser);
        };
    };
    // fit, audit, cost: a table and nothing after the command word.
    const auto printsTable = [](const QString &kind) {
        return [kind](CommandLine *cli, QCommandLineParser &parser, const QStringList &arguments) {
            if (!arguments.isEmpty())
                return cli->usageError(tr("unexpected “%1”.").arg(arguments.join(QLatin1Char(' '))));
            return cli->printTable(parser, kind);
        };
    };
    static const QList<Command> all = {
        {QStringLiteral("list"), tr("list models: the tier list with each model's architecture"),
         [](CommandLine *cli, QCommandLineParser &parser, const QStringList &arguments) {
             if (arguments != QStringList{QStringLiteral("models")})
                 return cli->usageError(tr("“list” needs what to list: models."));
             return cli->printTable(parser, QStringLiteral("models"));
         },
         withFormat(QStringLiteral("models"))},
        {QStringLiteral("fit"), tr("what each model needs in GPU memory on a GPU configuration"),
         printsTable(QStringLiteral("fit")), withFormat(QStringLiteral("fit"))},
        {QStringLiteral("audit"), tr("where the data contradicts itself or physics"), printsTable(QStringLiteral("audit")),
         withFormat(QStringLiteral("audit"))},
        {QStringLiteral("cost"), tr("self-hosting against APIs at a monthly token volume"),
         printsTable(QStringLiteral("cost")), withFormat(QStringLiteral("cost"))},
        {QStringLiteral("export"),
         tr("export table %1 --out FILE.(csv|json|md), export chart %2 --out FILE.(png|svg|pdf),\n"
            "            export pack [--bundled] --out FILE.json|FOLDER: models, GPUs and prices, dated, in one step")
             .arg(tableKindList(), chartKinds().join(QLatin1Char('|'))),
         [](CommandLine *cli, QCommandLineParser &parser, const QStringList &arguments) {
             if (arguments.value(0) == QLatin1String("pack"))
                 return cli->exportPack(parser, arguments);
             return arguments.value(0) == QLatin1String("chart") ? cli->exportChart(parser, arguments)
                                                                 : cli->exportTable(parser, arguments);
         },
         [](QCommandLineParser &parser, const QStringList &words) {
             // Each table and chart reads the options of the command that prints it; `export table cost
             // --help` lists them.
             const QString kind = words.value(1);
             if (words.value(0) == QLatin1String("chart")) {
                 if (chartKinds().contains(kind))
                     parser.setApplicationDescription(
                         tr("The %1 chart as the window draws it, written to --out FILE.(png|svg|pdf).").arg(kind));
                 parser.addOption({QStringLiteral("out"), tr("Write to <file>: .png, .svg or .pdf."), tr("file")});
                 addChartSizeOptions(parser);
                 if (kind == QLatin1String("tiers"))
                     addModelsOptions(parser);
                 else if (kind == QLatin1String("vram"))
                     addFitOptions(parser, OptionUse::VramChart);
                 else if (kind == QLatin1String("cost"))
                     addCostOptions(parser, OptionUse::CostChart);
                 return;
             }
             if (words.value(0) == QLatin1String("pack")) {
                 parser.setApplicationDescription(
                     tr("The models, GPUs and API prices as a data pack dated today, written to --out FILE.json, "
                        "or to --out FOLDER as pack.json and the CSV tables it names; “import FILE” (or FOLDER) "
                        "takes it back in one step."));
                 parser.addOption({QStringLiteral("out"),
                                   tr("Write to <path>: a .json file, or a folder for CSV tables."), tr("path")});
                 parser.addOption({QStringLiteral("bundled"),
                                   tr("The catalogue this LLM Atlas bundles rather than the database's: what a file "
                                      "made by an earlier version imports to catch up.")});
                 return;
             }
             parser.addOption({QStringLiteral("out"), tr("Write to <file>; its extension names the format (.csv, "
                                                         ".json or .md)."),
                               tr("file")});
             if (const TableKind *table = findTableKind(kind); table && words.value(0) == QLatin1String("table")) {
                 parser.setApplicationDescription(
                     tr("The table “%1” as its command prints it, written to --out FILE.(csv|json|md).").arg(kind));
                 table->addOptions(parser);
             } else {
                 parser.setApplicationDescription(
                     tr("export table %1 --out FILE.(csv|json|md): a table as the command of its name prints it.\n"
                        "export chart %2 --out FILE.(png|svg|pdf): a chart as the window draws it.\n"
                        "export pack --out FILE.json: models, GPUs and prices in one dated file to import.\n"
                        "“export table KIND --help” and “export chart KIND --help” list KIND's options.")
                         .arg(tableKindList(), chartKinds().join(QLatin1Char('|'))));
             }
         }},
        {QStringLiteral("inspect"), tr("inspect PATH: what a .gguf, .safetensors or model folder says; nothing written"),
         &CommandLine::inspectModelFile, [](QCommandLineParser &parser, const QStringList &) { addInspectOptions(parser); }},
        {QStringLiteral("report"), tr("report --out FILE.(pdf|html): fit, cost and tier charts, tables and sources"),
         &CommandLine::writeReport,
         [](QCommandLineParser &parser, const QStringList &) {
             parser.addOption({QStringLiteral("out"), tr("Write to <file>: .pdf or .html."), tr("file")});
             addFitOptions(parser, OptionUse::Report);
             addCostOptions(parser, OptionUse::Report);
             addModelsOptions(parser);
         }},
        {QStringLiteral("import"),
         tr("import FILE --kind models|gpus|prices|tiers|pack|measurements [--dry-run]: facts or measured runs;\n"
            "            import PATH [--name NAME] [--vendor NAME] [--dry-run]: a model and its measured size from a "
            ".gguf, .safetensors or model folder"),
         [](CommandLine *cli, QCommandLineParser &parser, const QStringList &arguments) {
             return wantsModelFileImport(parser, arguments) ? cli->importModelFile(parser, arguments.constFirst())
                                                            : cli->importFile(parser, arguments);
         },
         [](QCommandLineParser &parser, const QStringList &) {
             parser.addPositionalArgument(QStringLiteral("file"), tr("A CSV or JSON file as “export table” writes it, "
                                                                     "or a model file or folder."));
             parser.addOption({QStringLiteral("name"), tr("A model file's model name (default: what the file says)."),
                               tr("name")});
             parser.addOption({QStringLiteral("vendor"),
                               tr("A model file's vendor (default: the same-named model's, or the GGUF's "
                                  "organization)."),
                               tr("name")});
             parser.addOption({QStringLiteral("kind"),
                               tr("What the file holds: models, gpus, prices, tiers, pack or measurements (a data "
                                  "pack is recognised without it)."),
                               tr("kind")});
             parser.addOption({QStringLiteral("dry-run"), tr("Report what the import would do; write nothing.")});
             parser.addOption({QStringLiteral("tier-list"),
                               tr("Name of the new tier-list snapshot (default: the latest list's name)."), tr("name")});
             parser.addOption({QStringLiteral("published"),
                               tr("Date of the new tier-list snapshot, as 2026-04-01 (default: today)."), tr("date")});
             addMeasurementImportOptions(parser);
         }},
        {QStringLiteral("measurements"), tr("measured runs beside their estimates, with the error in per cent"),
         &CommandLine::printMeasurements,
         [](QCommandLineParser &parser, const QStringList &) { addFormatOption(parser); }},
    };
    return all;
}

const CommandLine::Command *CommandLine::findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

bool CommandLine::needsGraphics(const QStringList &arguments)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0)
        return false;
    const QString &command = arguments.at(index);
    return command == QLatin1String("report")
           || (command == QLatin1String("export") && arguments.mid(index + 1).contains(QLatin1String("chart")));
}

void CommandLine::addChartSizeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("width"), tr("Chart width in pixels (default 1200)."), tr("W")});
    parser.addOption({QStringLiteral("height"), tr("Chart height in pixels (default 750)."), tr("H")});
    parser.addOption({QStringLiteral("scale"), tr("Device pixels per pixel for PNG, e.g. 2 for HiDPI (default 1)."),
                      tr("S")});
}

bool CommandLine::wantsCommandLine(const QStringList &arguments)
{
    // Help and the version come from the command line, wherever they are asked for.
    if (std::any_of(arguments.cbegin() + std::min<qsizetype>(1, arguments.size()), arguments.cend(), isHelpOrVersion))
        return true;
    const qsizetype index = commandIndex(arguments);
    if (index < 0)
        return false;
    // A database file given to the window (as a desktop launcher does) is not a command.
    const QString &word = arguments.at(index);
    return findCommand(word) || !QFileInfo::exists(word);
}

namespace {

// The window's own options, and Qt's that QApplication reads (-platform, -style...): declared so that the
// window's arguments are checked before any GUI object exists.
struct WindowOptions
{
    QCommandLineOption db{QStringLiteral("db"), CommandLine::tr("Open <file> instead of your own database."),
                          CommandLine::tr("file")};
    QCommandLineOption exitAfterStartup{
        QStringLiteral("exit-after-startup"),
        CommandLine::tr("Quit as soon as the window is painted (a benchmarking aid); exit 1 if it cannot start.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOption(db);
        parser.addOption(exitAfterStartup);
        parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("A database to open."),
                                     QStringLiteral("[file]"));
        for (const char *name : {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
                                 "qwindowtitle", "qwindowicon", "display", "geometry", "title", "style",
                                 "stylesheet", "session", "name", "qmljsdebugger"})
            parser.addOption(hidden({QString::fromLatin1(name), QString(), QStringLiteral("value")}));
        for (const char *name : {"reverse", "nograb", "dograb", "sync", "widgetcount", "visual", "ncols", "cmap"})
            parser.addOption(hidden({QString::fromLatin1(name), QString()}));
    }
};

} // namespace

CommandLine::WindowRequest CommandLine::parseWindowArguments(const QStringList &arguments, QIODevice *err)
{
    WindowRequest request;
    QCommandLineParser parser;
    const WindowOptions options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        err->write((ProgramName + QStringLiteral(": ") + parser.errorText() + QLatin1Char('\n')
                    + tr("“%1 --help” lists the commands and options.").arg(ProgramName) + QLatin1Char('\n'))
                       .toUtf8());
        request.exitCode = UsageError;
        return request;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(options.db))) {
        err->write((ProgramName + QStringLiteral(": ")
                    + tr("the window opens one database; “%1” is not a command.").arg(files.constLast())
                    + QLatin1Char('\n'))
                       .toUtf8());
        request.exitCode = UsageError;
        return request;
    }
    request.databasePath = parser.isSet(options.db) ? parser.value(options.db) : files.value(0);
    request.exitAfterStartup = parser.isSet(options.exitAfterStartup);
    return request;
}

QString CommandLine::missingDisplayMessage(const QStringList &arguments)
{
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || arguments.contains(QLatin1String("-platform"))
        || arguments.contains(QLatin1String("--platform")))
        return QString();
    return ProgramName + QStringLiteral(": ")
           + tr("no display to open the window on: set DISPLAY (or WAYLAND_DISPLAY), or give a command (“%1 "
                "--help” lists them).")
                 .arg(ProgramName);
}

int CommandLine::run(const QStringList &arguments)
{
    const int code = dispatch(arguments);
    // Standard output may be buffered by the device: its last write is checked too.
    if (auto *file = qobject_cast<QFileDevice *>(m_out); file && m_outputError.isEmpty() && !file->flush())
        noteOutputFailure();
    if (!m_outputError.isEmpty())
        return failure(tr("cannot write to standard output: %1").arg(m_outputError));
    return code;
}

int CommandLine::dispatch(const QStringList &arguments)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
            print(ProgramName.toUtf8() + ' ' + QByteArray(LLM_ATLAS_VERSION) + '\n');
            return Success;
        }
        if (std::any_of(arguments.cbegin() + 1, arguments.cend(), isHelpOrVersion)) {
            print(generalHelp().toUtf8());
            return Success;
        }
        return usageError(tr("no command given.") + QLatin1Char('\n') + generalHelp());
    }
    for (const QString &argument : arguments.mid(1, index - 1)) {
        if (isHelpOrVersion(argument)) {
            print(generalHelp().toUtf8());
            return Success;
        }
    }
    const Command *command = findCommand(arguments.at(index));
    if (!command)
        return usageError(tr("unknown command “%1”.").arg(arguments.at(index)) + QLatin1Char('\n') + generalHelp());

    QStringList commandArguments = arguments;
    commandArguments.removeAt(index);
    // The words after the command decide which options some commands take (`export table cost`): a first
    // parse that knows every option finds them, whatever the options around them.
    QStringList words;
    {
        QCommandLineParser everything;
        everything.addOption({DbOption, QString(), QStringLiteral("file")});
        everything.addHelpOption();
        const auto previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        for (const Command &each : commands())
            each.addOptions(everything, {});
        for (const TableKind &kind : tableKinds())
            kind.addOptions(everything);
        addChartSizeOptions(everything);
        addFitOptions(everything, OptionUse::Fit);
        qInstallMessageHandler(previous);
        everything.parse(commandArguments);
        words = everything.positionalArguments();
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addOption({DbOption, tr("Use the LLM Atlas database <file> instead of your own."), tr("file")});
    const QCommandLineOption helpOption = parser.addHelpOption();
    command->addOptions(parser, words);
    m_task = command->name;
    if (command->name == QLatin1String("export"))
        m_task = QStringList{command->name, words.value(0), words.value(1)}.join(QLatin1Char(' ')).trimmed();
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText() + QLatin1Char('\n')
                          + tr("“%1 %2 --help” lists its options.").arg(ProgramName, m_task));
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        print(helpText(parser, m_task).toUtf8());
        return Success;
    }
    return command->run(this, parser, parser.positionalArguments());
}

QString CommandLine::helpText(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser names the program by the path it was started with; the first line is rebuilt.
    QString help = parser.helpText();
    const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
    const qsizetype options = help.indexOf(QLatin1String(" [options]"));
    if (options >= 0 && options < lineEnd)
        help.replace(0, options, tr("Usage: %1 [--db FILE] %2").arg(ProgramName, command));
    return help;
}

QString CommandLine::generalHelp()
{
    QString help = tr("Usage: %1 [--db FILE] COMMAND [options]\n       %1 [--db FILE]   (opens the window)\n"
                      "       %1 [--db FILE] --exit-after-startup   (opens the window, quits once it is painted:\n"
                      "                                             a benchmarking aid for start-up time)\n\n"
                      "Commands:\n")
                       .arg(ProgramName);
    for (const Command &command : commands())
        help += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(8), command.summary);
    help += tr("\n%1 COMMAND --help describes a command's options.\n"
               "Exit status: 0 done; 1 the work failed (a missing or refused file, a failed write, standard output "
               "refused); 2 a usage error (an unknown option, a missing or malformed value, a name that matches "
               "nothing).\n")
                .arg(ProgramName);
    return help;
}

int CommandLine::importFile(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("“import” needs one file: import FILE --kind models|gpus|prices|tiers|pack|measurements."));
    if (parser.value(QStringLiteral("kind")) == QLatin1String("measurements"))
        return importMeasurements(parser, arguments);
    // A folder of CSV tables is read through the pack that names them.
    const QString folderPack = DataPack::packOfFolder(arguments.constFirst());
    const QString path = folderPack.isEmpty() ? arguments.constFirst() : folderPack;
    std::optional<Importer::Kind> kind = Importer::kindFromName(parser.value(QStringLiteral("kind")));
    if (!parser.isSet(QStringLiteral("kind")) && DataPack::looksLikePackFile(path))
        kind = Importer::Kind::Pack;
    if (!kind)
        return usageError(tr("import needs --kind models, gpus, prices, tiers or pack (a data pack "
                             "“export pack” wrote needs none)."));
    if (parser.isSet(QStringLiteral("published"))
        && !QDate::fromString(parser.value(QStringLiteral("published")), Qt::ISODate).isValid())
        return usageError(tr("--published must be a date such as 2026-04-01, not “%1”.")
                              .arg(parser.value(QStringLiteral("published"))));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    AtlasDocument document;
    if (!openDocumentToImport(parser, document))
        return Failure;

    Importer::Options options;
    options.tierListName = parser.value(QStringLiteral("tier-list"));
    options.published = parser.value(QStringLiteral("published"));
    Importer::Preview preview = Importer::previewFile(document.dataset(), path, *kind, options);
    if (!preview.error.isEmpty())
        return failure(preview.summary());
    print(preview.report().toUtf8());
    if (!preview.rejected.isEmpty())
        return failure(tr("%n row(s) rejected: nothing was written.", nullptr, int(preview.rejected.size())));
    if (dryRun) {
        print(tr("Dry run: nothing was written.\n").toUtf8());
        return Success;
    }
    if (preview.changes.isEmpty()) {
        print(tr("Nothing to change.\n").toUtf8());
        return Success;
    }
    // Written as the window writes an import, on a connection of its own; with no undo to offer and the
    // process about to end, the document need not take the rows in (a tenth of a big import).
    QString error;
    if (!ChangeSetWriter::applyToFile(document.filePath(), preview.changes, {}, &error))
        return failure(error);
    print(tr("Written to %1.\n").arg(document.filePath()).toUtf8());
    return Success;
}

bool CommandLine::openDocument(const QCommandLineParser &parser, AtlasDocument &document)
{
    // Commands only read: they open a named file read-only, so a query can never change it.
    const bool opened = parser.isSet(DbOption) ? document.open(parser.value(DbOption), Database::Access::ReadOnly)
                                               : document.openDefault();
    if (!opened)
        failure(document.errorString());
    return opened;
}

bool CommandLine::openDocumentToImport(const QCommandLineParser &parser, AtlasDocument &document)
{
    // Unlike the reading commands, an import writes: the file opens read-write unless this is a dry run.
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const Database::Access access = dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite;
    if (!(parser.isSet(DbOption) ? document.open(parser.value(DbOption), access) : document.openDefault())) {
        failure(document.errorString());
        return false;
    }
    if (!dryRun && document.isReadOnly()) {
        failure(tr("“%1” is read-only; nothing was imported.").arg(document.filePath()));
        return false;
    }
    return true;
}

int CommandLine::printTable(const QCommandLineParser &parser, const QString &kind)
{
    const auto format = TableWriter::formatFromName(parser.value(FormatOption));
    if (!format)
        return usageError(tr("unknown format “%1”; use table, csv, json or md.").arg(parser.value(FormatOption)));
    AtlasDocument document;
    if (!openDocument(parser, document))
        return Failure;
    useMachineLocale(*format);
    const std::optional<Table> table = findTableKind(kind)->produce(this, parser, document.dataset());
    if (!table)
        return m_exitCode;
    if (*format == TableWriter::Format::Json && !table->summary.isEmpty()) {
        print(jsonWithSummary(*table->model, table->summary));
        return Success;
    }
    if (!TableWriter::write(*table->model, *format, m_out))
        noteOutputFailure();
    if (*format == TableWriter::Format::Text && !table->summaryLines.isEmpty())
        print((QLatin1Char('\n') + table->summaryLines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return Success;
}

int CommandLine::exportTable(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 2 || arguments.first() != QLatin1String("table"))
        return usageError(tr("“export” needs what to export: table %1, chart %2 or pack.")
                              .arg(tableKindList(), chartKinds().join(QLatin1Char('|'))));
    const TableKind *kind = findTableKind(arguments.at(1));
    if (!kind)
        return usageError(tr("unknown table “%1”; tables are %2.").arg(arguments.at(1), tableKindList()));
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return usageError(tr("“export” needs --out FILE."));
    const auto format = TableWriter::formatFromSuffix(path);
    if (!format || *format == TableWriter::Format::Text)
        return usageError(tr("cannot tell the format of “%1”: use a .csv, .json or .md file.").arg(path));
    AtlasDocument document;
    if (!openDocument(parser, document))
        return Failure;
    useMachineLocale(*format);
    const std::optional<Table> table = kind->produce(this, parser, document.dataset());
    if (!table)
        return m_exitCode;
    // The same document as the command's --format json: rows alone, or rows beside the summary.
    const QByteArray text = *format == TableWriter::Format::Json && !table->summary.isEmpty()
                                ? jsonWithSummary(*table->model, table->summary)
                                : TableWriter::write(*table->model, *format);
    QString error;
    if (!FileSaver::save(path, text, &error))
        return failure(error);
    return Success;
}

int CommandLine::exportPack(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("unexpected “%1”: “export pack” writes everything to --out FILE.json.")
                              .arg(arguments.mid(1).join(QLatin1Char(' '))));
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return usageError(tr("“export” needs --out FILE."));
    // One .json file, or a folder of CSV tables a spreadsheet opens.
    const bool asFolder = TableWriter::formatFromSuffix(path) != TableWriter::Format::Json;
    if (asFolder && (QFileInfo(path).isFile() || !QFileInfo(path).suffix().isEmpty()))
        return usageError(tr("a data pack is one .json file or a folder of CSV tables, not “%1”.").arg(path));
    QString error;
    if (parser.isSet(QStringLiteral("bundled"))) {
        if (asFolder)
            return usageError(tr("--bundled writes one .json file."));
        const QByteArray pack = DataPack::bundledCatalogue(QDate::currentDate(), &error);
        if (pack.isEmpty() || !FileSaver::save(path, pack, &error))
            return failure(error);
        return Success;
    }
    AtlasDocument document;
    if (!openDocument(parser, document))
        return Failure;
    const QString origin = DataPack::exportedFrom(document.filePath());
    const QDate today = QDate::currentDate();
    const bool written = asFolder ? DataPack::writeFolder(document.dataset(), today, origin, path, &error)
                                  : FileSaver::save(path, DataPack::write(document.dataset(), today, origin), &error);
    return written ? Success : failure(error);
}

std::optional<CommandLine::Table> CommandLine::modelsTable(const QCommandLineParser &parser, const Dataset &dataset,
                                                           bool withFit)
{
    Table table;
    auto *model = new TierTableModel(table.owner.get());
    model->setDataset(&dataset);
    auto *proxy = new TierFilterProxyModel(table.owner.get());
    proxy->setSourceModel(model);
    table.model = proxy;
    if (withFit && parser.isSet(QStringLiteral("gpu"))) {
        FitTableModel *fit = fitModel(parser, dataset, table.owner.get());
        if (!fit)
            return std::nullopt;
        model->setFitModel(fit);
    } else if (withFit) {
        // Without a GPU the fit columns would be empty in every row: they are left out.
        auto *columns = new WithoutColumns({TierTableModel::MemoryNeeded, TierTableModel::FitVerdict},
                                           table.owner.get());
        columns->setSourceModel(proxy);
        table.model = columns;
    }

    if (parser.isSet(QStringLiteral("tier"))) {
        const QString tier = parser.value(QStringLiteral("tier")).toUpper().remove(QStringLiteral("-TIER"));
        if (!Vocabulary::tierLetters().contains(tier)) {
            m_exitCode = usageError(tr("unknown tier “%1”; tiers are %2.")
                                        .arg(parser.value(QStringLiteral("tier")), Vocabulary::tierList()));
            return std::nullopt;
        }
        proxy->setTier(tier);
    }

    int sortColumn = TierTableModel::Rank;
    Qt::SortOrder order = Qt::AscendingOrder;
    if (parser.isSet(QStringLiteral("sort"))) {
        QString key = parser.value(QStringLiteral("sort"));
        if (key.endsWith(QLatin1String(":desc"))) {
            order = Qt::DescendingOrder;
            key.chop(5);
        } else if (key.endsWith(QLatin1String(":asc"))) {
            key.chop(4);
        }
        QStringList keys;
        sortColumn = -1;
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString columnKey = model->headerData(c, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString();
            keys << columnKey;
            if (columnKey == key)
                sortColumn = c;
        }
        if (sortColumn < 0) {
            m_exitCode = usageError(
                tr("unknown sort column “%1”; columns are: %2.").arg(key, keys.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    proxy->sort(sortColumn, order);
    return table;
}

std::optional<qint64> CommandLine::integerOption(const QCommandLineParser &parser, const QString &name, qint64 min,
                                                qint64 max, qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    QString text = parser.value(name).trimmed().toUpper();
    qint64 unit = 1;
    if (text.endsWith(QLatin1Char('K')))
        unit = 1024;
    else if (text.endsWith(QLatin1Char('M')))
        unit = 1024 * 1024;
    if (unit > 1)
        text.chop(1);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min / unit || value > max / unit || value * unit < min) {
        usageError(tr("--%1 must be a whole number from %2 to %3, not “%4”.")
                       .arg(name)
                       .arg(min)
                       .arg(max)
                       .arg(parser.value(name)));
        return std::nullopt;
    }
    return value * unit;
}

FitTableModel *CommandLine::fitModel(const QCommandLineParser &parser, const Dataset &dataset, QObject *owner)
{
    const auto usage = [this](const QString &message) -> FitTableModel * {
        m_exitCode = usageError(message);
        return nullptr;
    };
    if (!parser.isSet(QStringLiteral("gpu")))
        return usage(tr("%1 needs --gpu NAME.").arg(m_task.isEmpty() ? QStringLiteral("fit") : m_task));
    const auto count = integerOption(parser, QStringLiteral("count"), 1, 8, 1);
    const auto context = integerOption(parser, QStringLiteral("context"), 1, 64 * 1024 * 1024, 8192);
    const auto batch = integerOption(parser, QStringLiteral("batch"), 1, 4096, 1);
    if (!count || !context || !batch) {
        m_exitCode = UsageError;
        return nullptr;
    }

    FitParameters params;
    params.contextTokens = *context;
    params.batch = int(*batch);
    params.expertOffload = parser.isSet(QStringLiteral("expert-offload"));
    // In a report --utilisation is the cost's; memory keeps its usable share.
    if (m_task != QLatin1String("report") && parser.isSet(QStringLiteral("utilisation"))) {
        bool ok = false;
        params.utilisation = parser.value(QStringLiteral("utilisation")).toDouble(&ok);
        if (!ok || !(params.utilisation > 0 && params.utilisation <= 1))
            return usage(tr("--utilisation must be a fraction above 0 and at most 1, not “%1”.")
                             .arg(parser.value(QStringLiteral("utilisation"))));
    }
    const auto reserve = integerOption(parser, QStringLiteral("runtime-reserve"), 0, 64 * 1024, 512);
    if (!reserve) {
        m_exitCode = UsageError;
        return nullptr;
    }
    params.runtimeReservePerGpuBytes = double(*reserve) * 1024 * 1024;
    if (parser.isSet(QStringLiteral("engine"))) {
        params.engine = SpeedModel::engineFromKey(parser.value(QStringLiteral("engine")));
        if (!params.engine)
            return usage(tr("--engine must be llama.cpp or vllm, not “%1”.").arg(parser.value(QStringLiteral("engine"))));
    }
    const auto promptTokens =
        integerOption(parser, QStringLiteral("prompt-tokens"), 1, 64 * 1024 * 1024, SpeedConstants::DefaultPromptTokens);
    if (!promptTokens) {
        m_exitCode = UsageError;
        return nullptr;
    }
    params.promptTokens = *promptTokens;
    if (parser.isSet(QStringLiteral("system-bandwidth"))) {
        bool ok = false;
        params.systemMemoryBandwidthGbPerS = parser.value(QStringLiteral("system-bandwidth")).toDouble(&ok);
        if (!ok || !(params.systemMemoryBandwidthGbPerS > 0 && params.systemMemoryBandwidthGbPerS <= 100000))
            return usage(tr("--system-bandwidth must be GB/s above 0, not “%1”.")
                             .arg(parser.value(QStringLiteral("system-bandwidth"))));
    }
    if (parser.isSet(QStringLiteral("kv-quant"))) {
        const QStringList names{QStringLiteral("FP16"), QStringLiteral("FP8"), QStringLiteral("Q8_0"),
                                QStringLiteral("Q4_0")};
        const NameMatcher::Result kv = NameMatcher::find(names, parser.value(QStringLiteral("kv-quant")),
                                                         tr("KV cache precision"));
        if (kv.index < 0)
            return usage(kv.error);
        params.kvPrecision = KvPrecision(kv.index);
    }

    // --gpu and --count may be repeated (a report's cost configurations): the fit takes the last pair.
    const NameMatcher::Result gpu = NameMatcher::find(namesOf(dataset.gpus, &GpuRecord::name),
                                                      parser.values(QStringLiteral("gpu")).constLast(), tr("GPU"),
                                                      NameMatcher::earlierGpuNames());
    if (gpu.index < 0)
        return usage(gpu.error);
    const QString quantQuery = parser.isSet(QStringLiteral("quant")) ? parser.value(QStringLiteral("quant"))
                                                                     : QStringLiteral("Q4_K_M");
    const NameMatcher::Result quant = NameMatcher::find(namesOf(dataset.quantFormats, &QuantFormatRecord::name),
                                                        quantQuery, tr("quantization"));
    if (quant.index < 0)
        return usage(quant.error);
    params.quantName = dataset.quantFormats.at(quant.index).name;
    params.bitsPerWeight = dataset.quantFormats.at(quant.index).bitsPerWeight;

    auto *model = new FitTableModel(owner);
    model->setDataset(&dataset);
    model->setConfiguration({dataset.gpus.at(gpu.index), int(*count)});
    model->setParameters(params);
    return model;
}

std::optional<CommandLine::Table> CommandLine::fitTable(const QCommandLineParser &parser, const Dataset &dataset)
{
    Table table;
    FitTableModel *model = fitModel(parser, dataset, table.owner.get());
    if (!model)
        return std::nullopt;
    table.model = model;
    const qint64 context = model->parameters().contextTokens;
    QStringList beyond; // the models asked for a context longer than they take
    if (parser.isSet(QStringLiteral("model"))) {
        const NameMatcher::Result match = NameMatcher::find(namesOf(dataset.models, &ModelRecord::name),
                                                            parser.value(QStringLiteral("model")), tr("model"),
                                                            NameMatcher::earlierModelNames());
        if (match.index < 0) {
            m_exitCode = usageError(match.error);
            return std::nullopt;
        }
        const ModelRecord &only = dataset.models.at(match.index);
        if (only.maxContext > 0 && context > only.maxContext)
            beyond << only.name + QStringLiteral(" (") + Format::contextTokens(only.maxContext) + QLatin1Char(')');
        // Only a filtered table goes through a proxy: reading every cell of 100,000 rows through one
        // costs a fifth of the whole command.
        auto *onlyModel = new QSortFilterProxyModel(table.owner.get());
        onlyModel->setSourceModel(model);
        table.model = onlyModel;
        onlyModel->setFilterKeyColumn(FitTableModel::Model);
        onlyModel->setFilterRole(RecordTableModel::RawValueRole);
        onlyModel->setFilterFixedString(dataset.models.at(match.index).name);
        onlyModel->setFilterCaseSensitivity(Qt::CaseSensitive);
    } else {
        for (const ModelRecord &each : dataset.models) {
            if (each.maxContext > 0 && context > each.maxContext)
                beyond << each.name + QStringLiteral(" (") + Format::contextTokens(each.maxContext) + QLatin1Char(')');
        }
    }
    if (!beyond.isEmpty() && parser.isSet(QStringLiteral("context"))) {
        // The memory is still estimated for the context asked for; the models themselves stop earlier.
        m_err->write((ProgramName + QStringLiteral(": ")
                      + tr("warning: a context of %1 tokens is longer than these models take: %2.")
                            .arg(QLocale::c().toString(context), beyond.join(QStringLiteral(", ")))
                      + QLatin1Char('\n'))
                         .toUtf8());
    }
    return table;
}

std::optional<CommandLine::Table> CommandLine::auditTable(const QCommandLineParser &, const Dataset &dataset)
{
    Table table;
    auto *model = new AuditTableModel(table.owner.get());
    model->setFindings(DataAudit::run(dataset));
    table.model = model;
    return table;
}

std::optional<CommandLine::CostRequest> CommandLine::costRequest(const QCommandLineParser &parser, const Dataset &dataset,
                                                                 std::optional<double> defaultVolume)
{
    const auto usage = [this](const QString &message) {
        m_exitCode = usageError(message);
        return std::nullopt;
    };
    const auto fail = [this](const QString &message) {
        m_exitCode = failure(message);
        return std::nullopt;
    };
    const bool volumeGiven = parser.isSet(QStringLiteral("tokens-per-month"));
    // Only `cost` declares the workload options; isSet on an undeclared one would warn.
    const QStringList given = parser.optionNames();
    const auto has = [&given](const char *name) { return given.contains(QLatin1String(name)); };
    std::optional<ServingWorkload> workload;
    // The traffic: peak requests/s, or concurrent users and their think time (ServingWorkload::peakRequestsPerS).
    const bool users = has("concurrent-users") || has("think-time-s");
    if (has("requests-per-second") && users)
        return usage(tr("give the traffic as --requests-per-second or as --concurrent-users with --think-time-s, "
                        "not both."));
    if (users && !(has("concurrent-users") && has("think-time-s")))
        return usage(tr("--concurrent-users and --think-time-s go together."));
    const QString traffic = users ? QStringLiteral("--concurrent-users") : QStringLiteral("--requests-per-second");
    if (has("requests-per-second") || users) {
        if (volumeGiven || has("io-ratio"))
            return usage(tr("%1 decides the volume and the input:output ratio: leave out --tokens-per-month and "
                            "--io-ratio.")
                             .arg(traffic));
        if (!has("prompt-tokens") || !has("output-tokens"))
            return usage(tr("%1 needs --prompt-tokens N and --output-tokens N.").arg(traffic));
        const auto number = [&parser](const char *name, double min, double max) -> std::optional<double> {
            bool ok = false;
            const double v = parser.value(QLatin1String(name)).toDouble(&ok);
            return ok && v >= min && v <= max ? std::optional<double>(v) : std::nullopt;
        };
        ServingWorkload w;
        if (users) {
            const std::optional<double> count = number("concurrent-users", 1, 1e9);
            if (!count)
                return usage(tr("--concurrent-users must be 1 or more, not “%1”.")
                                 .arg(parser.value(QStringLiteral("concurrent-users"))));
            const std::optional<double> think = number("think-time-s", 0, 1e7);
            if (!think)
                return usage(tr("--think-time-s must be 0 seconds or more, not “%1”.")
                                 .arg(parser.value(QStringLiteral("think-time-s"))));
            w.concurrentUsers = *count;
            w.thinkTimeS = *think;
        } else {
            const std::optional<double> rps = number("requests-per-second", 1e-9, 1e9);
            if (!rps)
                return usage(tr("--requests-per-second must be above 0, not “%1”.")
                                 .arg(parser.value(QStringLiteral("requests-per-second"))));
            w.requestsPerS = *rps;
        }
        const std::optional<double> prompt = number("prompt-tokens", 0, 1e8);
        const std::optional<double> output = number("output-tokens", 1, 1e8);
        if (!prompt || !output)
            return usage(tr("--prompt-tokens must be 0 or more and --output-tokens 1 or more."));
        w.promptTokens = *prompt;
        w.outputTokens = *output;
        if (has("prefix-cache")) {
            const std::optional<double> share = number("prefix-cache", 0, 1);
            if (!share)
                return usage(tr("--prefix-cache must be a share from 0 to 1, not “%1”.")
                                 .arg(parser.value(QStringLiteral("prefix-cache"))));
            w.prefixCacheShare = *share;
        }
        for (const char *name : {"ttft-ms", "tpot-ms"}) {
            if (!has(name))
                continue;
            const std::optional<double> ms = number(name, 1e-6, 1e9);
            if (!ms)
                return usage(tr("--%1 must be more than 0 milliseconds.").arg(QLatin1String(name)));
            (qstrcmp(name, "ttft-ms") == 0 ? w.ttftTargetS : w.tpotTargetS) = *ms / 1000;
        }
        if (has("target-statistic")) {
            const QString key = parser.value(QStringLiteral("target-statistic")).trimmed().toLower();
            if (key != QLatin1String("p95") && key != QLatin1String("mean"))
                return usage(tr("--target-statistic must be p95 or mean, not “%1”.").arg(key));
            w.statistic = key == QLatin1String("mean") ? TargetStatistic::Mean : TargetStatistic::P95;
        }
        if (has("peak-hours")) {
            if (has("utilisation"))
                return usage(tr("--peak-hours decides the average traffic: leave out --utilisation."));
            const std::optional<double> hours = number("peak-hours", 1e-9, 24);
            if (!hours)
                return usage(tr("--peak-hours must be above 0 and at most 24, not “%1”.")
                                 .arg(parser.value(QStringLiteral("peak-hours"))));
            DailyProfile profile;
            profile.peakHours = *hours;
            if (has("off-peak-share")) {
                const std::optional<double> share = number("off-peak-share", 0, 1);
                if (!share)
                    return usage(tr("--off-peak-share must be a share from 0 to 1, not “%1”.")
                                     .arg(parser.value(QStringLiteral("off-peak-share"))));
                profile.offPeakShare = *share;
            }
            w.profile = profile;
        } else if (has("off-peak-share")) {
            return usage(tr("--off-peak-share needs --peak-hours."));
        }
        // Users who never think and have no targets to wait for would send requests without end.
        const QString invalid = ServingModel::invalidWorkload(w);
        if (!invalid.isEmpty())
            return usage(users ? tr("%1 With --think-time-s 0, give --ttft-ms or --tpot-ms: the response time "
                                    "decides how often a user asks.")
                                     .arg(invalid)
                               : invalid);
        workload = w;
    } else {
        for (const char *name : {"prompt-tokens", "output-tokens", "prefix-cache", "ttft-ms", "tpot-ms", "target-statistic",
                                 "peak-hours", "off-peak-share"}) {
            if (has(name))
                return usage(tr("--%1 describes a workload: give --requests-per-second or --concurrent-users "
                                "too.")
                                 .arg(QLatin1String(name)));
        }
    }
    if (!volumeGiven && !defaultVolume && !workload)
        return usage(tr("cost needs --tokens-per-month N (e.g. 250M), --requests-per-second R or --concurrent-users "
                        "N."));
    QString error;
    const std::optional<double> volume =
        volumeGiven ? VolumeParser::parse(parser.value(QStringLiteral("tokens-per-month")), &error)
                    : workload ? std::optional<double>(0) : defaultVolume;
    if (!volume)
        return usage(tr("--tokens-per-month: %1").arg(error));

    CostAssumptions assumptions;
    assumptions.workload = workload;
    assumptions.calibrations = Measurements::fitCalibrations(dataset); // the team's runs, as fit uses them
    if (parser.isSet(QStringLiteral("io-ratio"))) {
        const QStringList parts = parser.value(QStringLiteral("io-ratio")).split(QLatin1Char(':'));
        bool okIn = false;
        bool okOut = false;
        const double in = parts.size() == 2 ? parts.at(0).toDouble(&okIn) : 0;
        const double out = parts.size() == 2 ? parts.at(1).toDouble(&okOut) : 0;
        if (!okIn || !okOut || !(in >= 0 && out >= 0 && in + out > 0 && in < 1e6 && out < 1e6))
            return usage(tr("--io-ratio must look like 3:1, not “%1”.").arg(parser.value(QStringLiteral("io-ratio"))));
        assumptions.inputRatio = in;
        assumptions.outputRatio = out;
    }
    if (parser.isSet(QStringLiteral("utilisation"))) {
        bool ok = false;
        assumptions.utilisation = parser.value(QStringLiteral("utilisation")).toDouble(&ok);
        if (!ok || !(assumptions.utilisation > 0 && assumptions.utilisation <= 1))
            return usage(tr("--utilisation must be a fraction above 0 and at most 1, not “%1”.")
                             .arg(parser.value(QStringLiteral("utilisation"))));
    }
    assumptions.ownership = parser.isSet(QStringLiteral("own")) ? Ownership::Own : Ownership::Rent;

    const ModelRecord *model = nullptr;
    if (parser.isSet(QStringLiteral("model"))) {
        const NameMatcher::Result match = NameMatcher::find(namesOf(dataset.models, &ModelRecord::name),
                                                            parser.value(QStringLiteral("model")), tr("model"),
                                                            NameMatcher::earlierModelNames());
        if (match.index < 0)
            return usage(match.error);
        model = &dataset.models.at(match.index);
    } else {
        model = CostDefaults::model(dataset);
    }
    if (!model)
        return fail(tr("the database holds no models."));

    const QString quantQuery = parser.isSet(QStringLiteral("quant")) ? parser.value(QStringLiteral("quant"))
                                                                     : QStringLiteral("Q4_K_M");
    const NameMatcher::Result quant = NameMatcher::find(namesOf(dataset.quantFormats, &QuantFormatRecord::name),
                                                        quantQuery, tr("quantization"));
    if (quant.index < 0)
        return usage(quant.error);
    assumptions.fit.quantName = dataset.quantFormats.at(quant.index).name;
    assumptions.fit.bitsPerWeight = dataset.quantFormats.at(quant.index).bitsPerWeight;
    // A size measured from the model's file replaces the estimate, as fit uses it.
    assumptions.fit = MemoryEstimator::withMeasuredWeights(assumptions.fit, *model,
                                                           dataset.measuredSize(model->id, assumptions.fit.quantName));

    // --gpu A --count 2 --gpu B: counts pair with GPUs in order; a GPU without one runs alone.
    QList<GpuConfiguration> configurations;
    const QStringList gpuNames = parser.values(QStringLiteral("gpu"));
    const QStringList counts = parser.values(QStringLiteral("count"));
    if (counts.size() > gpuNames.size())
        return usage(tr("each --count must follow a --gpu."));
    for (qsizetype i = 0; i < gpuNames.size(); ++i) {
        const NameMatcher::Result gpu = NameMatcher::find(namesOf(dataset.gpus, &GpuRecord::name), gpuNames.at(i), tr("GPU"),
                                                          NameMatcher::earlierGpuNames());
        if (gpu.index < 0)
            return usage(gpu.error);
        bool ok = true;
        const int count = i < counts.size() ? counts.at(i).toInt(&ok) : 1;
        if (!ok || count < 1 || count > 8)
            return usage(tr("--count must be a whole number from 1 to 8, not “%1”.").arg(counts.at(i)));
        configurations.append({dataset.gpus.at(gpu.index), count});
    }
    if (gpuNames.isEmpty()) {
        for (const GpuConfigurationRecord &preset : dataset.gpuConfigurations) {
            if (const GpuRecord *gpu = dataset.gpu(preset.gpuId))
                configurations.append({*gpu, preset.count});
        }
    }

    QList<ApiPriceRecord> apis;
    QStringList apiNames;
    for (const ApiPriceRecord &price : dataset.apiPrices)
        apiNames << price.provider + QLatin1Char(' ') + price.modelName;
    QSet<qint64> chosen;
    const auto choose = [&](const ApiPriceRecord &price) {
        if (!chosen.contains(price.id)) {
            chosen.insert(price.id);
            apis << price;
        }
    };
    for (const QString &query : parser.values(QStringLiteral("api"))) {
        // A provider's name picks all of its APIs; otherwise "Provider model", or the model's name alone.
        bool provider = false;
        for (const ApiPriceRecord &price : dataset.apiPrices) {
            if (NameMatcher::normalized(price.provider) == NameMatcher::normalized(query)) {
                choose(price);
                provider = true;
            }
        }
        if (provider)
            continue;
        NameMatcher::Result api = NameMatcher::find(apiNames, query, tr("API"));
        if (api.index < 0) {
            const NameMatcher::Result byModel =
                NameMatcher::find(namesOf(dataset.apiPrices, &ApiPriceRecord::modelName), query, tr("API"));
            if (byModel.index < 0)
                return usage(api.error);
            api = byModel;
        }
        choose(dataset.apiPrices.at(api.index));
    }
    if (apis.isEmpty()) {
        for (const ApiPriceRecord &price : dataset.apiPrices) {
            if (CostDefaults::isDefaultApi(dataset, price, model->id))
                apis << price;
        }
    }

    // With a workload the volume follows from it (CostComparison would work it out the same way).
    return CostRequest{model, configurations, apis, CostModel::workloadTokensPerMonth(assumptions, *volume),
                       CostModel::withWorkloadRatio(assumptions)};
}

std::optional<CommandLine::Table> CommandLine::costTable(const QCommandLineParser &parser, const Dataset &dataset)
{
    const std::optional<CostRequest> request = costRequest(parser, dataset);
    if (!request)
        return std::nullopt;
    const ModelRecord *model = request->model;
    const std::optional<double> volume = request->volume;
    const CostComparison comparison = CostComparison::compute(*model, request->configurations, request->apis,
                                                              dataset.gpus, *volume, request->assumptions);
    Table table;
    auto *options = new CostTableModel(table.owner.get());
    options->setOptions(comparison.options);
    table.model = options;

    const auto optionJson = [](const CostOption &option) {
        QJsonObject object{{QStringLiteral("option"), option.label},
                           {QStringLiteral("kind"), CostModel::kindKey(option.kind)},
                           {QStringLiteral("monthly_usd"), MachineNumbers::usd(option.monthlyUsd)},
                           {QStringLiteral("usd_per_million_tokens"),
                            MachineNumbers::usdPerMillionTokens(option.usdPerMillionTokens)}};
        if (option.kind == CostOptionKind::SelfHost)
            object.insert(QStringLiteral("replicas"), option.replicas);
        if (option.serving) {
            object.insert(QStringLiteral("limited_by"), ServingModel::limitingKey(option.serving->limitedBy));
            object.insert(QStringLiteral("meets_targets"), option.feasible && option.serving->meetsTargets);
        }
        return object;
    };
    table.summary.insert(QStringLiteral("model"), model->name);
    table.summary.insert(QStringLiteral("tokens_per_month"), MachineNumbers::tokens(*volume));
    // The weights every self-hosting row was sized with, as fit reports them.
    const FitParameters &fit = request->assumptions.fit;
    table.summary.insert(QStringLiteral("weights_bytes"),
                         qint64(std::llround(fit.measuredWeightsBytes.value_or(
                             MemoryEstimator::weightsBytes(*model, fit.bitsPerWeight)))));
    table.summary.insert(QStringLiteral("weights_source"),
                         fit.measuredWeightsBytes ? QStringLiteral("measured") : QStringLiteral("estimated"));
    if (const std::optional<ServingWorkload> &w = request->assumptions.workload) {
        const auto ms = [](const std::optional<double> &s) { return s ? QJsonValue(*s * 1000) : QJsonValue(); };
        table.summary.insert(QStringLiteral("workload"),
                             QJsonObject{{QStringLiteral("requests_per_second"), w->peakRequestsPerS()},
                                         {QStringLiteral("concurrent_users"),
                                          w->concurrentUsers > 0 ? QJsonValue(w->concurrentUsers) : QJsonValue()},
                                         {QStringLiteral("think_time_s"),
                                          w->concurrentUsers > 0 ? QJsonValue(w->thinkTimeS) : QJsonValue()},
                                         {QStringLiteral("prompt_tokens"), w->promptTokens},
                                         {QStringLiteral("output_tokens"), w->outputTokens},
                                         {QStringLiteral("prefix_cache"), w->prefixCacheShare},
                                         {QStringLiteral("ttft_ms"), ms(w->ttftTargetS)},
                                         {QStringLiteral("tpot_ms"), ms(w->tpotTargetS)},
                                         {QStringLiteral("target_statistic"), ServingModel::statisticKey(w->statistic)},
                                         {QStringLiteral("peak_hours"), w->profile ? QJsonValue(w->profile->peakHours) : QJsonValue()},
                                         {QStringLiteral("off_peak_share"),
                                          w->profile ? QJsonValue(w->profile->offPeakShare) : QJsonValue()},
                                         {QStringLiteral("average_share_of_peak"),
                                          ServingModel::averageShareOfPeak(*w, request->assumptions.utilisation)}});
    }
    table.summary.insert(QStringLiteral("cheapest"), comparison.cheapestIndex >= 0
                                                         ? QJsonValue(optionJson(comparison.options.at(comparison.cheapestIndex)))
                                                         : QJsonValue());
    table.summary.insert(QStringLiteral("cheapest_configuration"),
                         comparison.cheapestSearch ? QJsonValue(optionJson(*comparison.cheapestSearch)) : QJsonValue());
    QJsonArray breakEvens;
    for (const CostComparison::BreakEvenPair &pair : comparison.breakEvens) {
        const auto optional = [](const std::optional<double> &v) {
            return v ? QJsonValue(MachineNumbers::tokens(*v)) : QJsonValue();
        };
        breakEvens.append(QJsonObject{{QStringLiteral("self_host"), comparison.options.at(pair.selfHostIndex).label},
                                      {QStringLiteral("api"), comparison.options.at(pair.apiIndex).label},
                                      {QStringLiteral("tokens_per_month"), optional(pair.breakEven.tokensPerMonth)},
                                      {QStringLiteral("self_host_cheaper_from"),
                                       optional(pair.breakEven.selfHostCheaperFrom)},
                                      {QStringLiteral("note"), pair.breakEven.reason}});
    }
    table.summary.insert(QStringLiteral("break_even"), breakEvens);

    table.summaryLines << tr("%1 at %2 tokens a month.").arg(model->name, Format::tokens(*volume));
    if (const MeasuredSizeRecord *measured = dataset.measuredSize(model->id, fit.quantName);
        measured && fit.measuredWeightsBytes)
        table.summaryLines << tr("%1 weights measured from %2: %3.")
                                  .arg(fit.quantName, measured->fileName, Format::gigabytes(*fit.measuredWeightsBytes));
    if (const std::optional<ServingWorkload> &w = request->assumptions.workload) {
        if (w->concurrentUsers > 0)
            table.summaryLines << tr("%1 concurrent users thinking %2 s between requests send %3 requests/s: users / "
                                     "(think time + TTFT target + output tokens x TPOT target).")
                                      .arg(QString::number(w->concurrentUsers), QString::number(w->thinkTimeS),
                                           QString::number(w->peakRequestsPerS(), 'g', 4));
        table.summaryLines << tr("Sized for %1 requests/s at peak (%2 in, %3 out per request), %4 of the peak on "
                                 "average; targets are %5.")
                                  .arg(QString::number(w->peakRequestsPerS(), 'g', 4), QString::number(w->promptTokens),
                                       QString::number(w->outputTokens),
                                       QString::number(ServingModel::averageShareOfPeak(*w, request->assumptions.utilisation) * 100, 'g', 4)
                                           + QLatin1Char('%'),
                                       ServingModel::statisticKey(w->statistic));
        table.summaryLines << (w->profile ? tr("Rented replicas follow the traffic: at the peak %1 hours a day, at %2% "
                                               "of it the rest.")
                                                .arg(QString::number(w->profile->peakHours),
                                                     QString::number(w->profile->offPeakShare * 100))
                                          : tr("Replicas run all month (always on)."));
    }
    if (comparison.cheapestIndex >= 0) {
        const CostOption &cheapest = comparison.options.at(comparison.cheapestIndex);
        table.summaryLines << tr("Cheapest of these: %1 at %2 a month.").arg(cheapest.label, Format::usd(cheapest.monthlyUsd));
    }
    if (comparison.cheapestSearch)
        table.summaryLines << tr("Cheapest configuration of any GPU: %1 at %2 a month.")
                                  .arg(comparison.cheapestSearch->label, Format::usd(comparison.cheapestSearch->monthlyUsd));
    int neverCross = 0;
    for (const CostComparison::BreakEvenPair &pair : comparison.breakEvens) {
        if (pair.breakEven.tokensPerMonth)
            table.summaryLines << pair.breakEven.reason;
        else
            ++neverCross;
    }
    if (neverCross > 0)
        table.summaryLines << tr("%n other pair(s) of self-hosting and API never break even between 1M and 100B "
                                 "tokens a month (see --format json).",
                                 nullptr, neverCross);
    return table;
}

int CommandLine::usageError(const QString &message)
{
    m_err->write((QCoreApplication::applicationName() + QStringLiteral(": ") + message + QLatin1Char('\n')).toUtf8());
    return UsageError;
}

int CommandLine::failure(const QString &message)
{
    m_err->write((QCoreApplication::applicationName() + QStringLiteral(": ") + message + QLatin1Char('\n')).toUtf8());
    return Failure;
}

void CommandLine::print(const QByteArray &text)
{
    if (m_outputError.isEmpty() && m_out->write(text) != text.size())
        noteOutputFailure();
}

void CommandLine::noteOutputFailure()
{
    // The system's reason, read before anything else can change errno; QFile may not have kept it.
    const int cause = errno;
    if (m_outputError.isEmpty())
        m_outputError = cause != 0 ? qt_error_string(cause)
                        : m_out->errorString().isEmpty() ? tr("the write was refused")
                                                         : m_out->errorString();
}
