#include "app/cli/commandline.h"

#include "models/core/costcomparison.h"
#include "models/core/dataaudit.h"
#include "models/core/format.h"
#include "models/core/namematcher.h"
#include "models/core/tablewriter.h"
#include "models/core/vocabulary.h"
#include "models/core/volumeparser.h"
#include "models/document/atlasdocument.h"
#include "models/document/changesetwriter.h"
#include "models/document/filesaver.h"
#include "models/document/importer.h"
#include "models/itemmodels/audittablemodel.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/facttablemodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/tiertablemodel.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSortFilterProxyModel>

namespace {

const auto DbOption = QStringLiteral("db");
const auto FormatOption = QStringLiteral("format");

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

QString tableFormatHelp()
{
    return QCoreApplication::translate("CommandLine", "Output format: table, csv, json or md.");
}

QStringList namesOf(const auto &records, auto name)
{
    QStringList names;
    for (const auto &record : records)
        names << std::invoke(name, record);
    return names;
}

} // namespace

CommandLine::CommandLine(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err)
{
}

const QList<CommandLine::TableKind> &CommandLine::tableKinds()
{
    static const QList<TableKind> all = {
        {QStringLiteral("models"),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("tier"), tr("Only models in tier <T> (S, A, B, C)."), tr("T")});
             parser.addOption({QStringLiteral("sort"),
                               tr("Sort by <column> (a JSON key such as total_params; add :desc to reverse)."),
                               tr("column")});
         },
         &CommandLine::modelsTable},
        {QStringLiteral("fit"),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("gpu"), tr("GPU type <name> (unique prefix, e.g. h100)."), tr("name")});
             parser.addOption({QStringLiteral("count"), tr("Number of GPUs, 1 to 8 (default 1)."), tr("N")});
             parser.addOption({QStringLiteral("model"), tr("Only the model <name>."), tr("name")});
             parser.addOption({QStringLiteral("quant"), tr("Weight format (default Q4_K_M)."), tr("Q")});
             parser.addOption({QStringLiteral("context"),
                               tr("Context length in tokens, e.g. 8192 or 32K (default 8K)."), tr("N")});
             parser.addOption({QStringLiteral("batch"), tr("Concurrent sequences (default 1)."), tr("N")});
             parser.addOption({QStringLiteral("kv-quant"), tr("KV cache precision: FP16, FP8, Q8_0 or Q4_0."), tr("Q")});
             parser.addOption({QStringLiteral("expert-offload"), tr("Keep MoE routed experts in system RAM.")});
             parser.addOption({QStringLiteral("utilisation"), tr("Usable share of GPU memory (default 0.9)."), tr("F")});
             parser.addOption({QStringLiteral("runtime-reserve"),
                               tr("Memory each GPU keeps for the runtime, in MiB (default 512)."), tr("MiB")});
         },
         &CommandLine::fitTable},
        {QStringLiteral("audit"), [](QCommandLineParser &) {}, &CommandLine::auditTable},
        {QStringLiteral("cost"),
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("tokens-per-month"), tr("Monthly volume, e.g. 250M or 1.5B."), tr("N")});
             parser.addOption({QStringLiteral("model"), tr("The model to self-host (default: the top of the tier list)."),
                               tr("name")});
             parser.addOption({QStringLiteral("gpu"), tr("A GPU type to self-host on; repeat with --count for each."),
                               tr("name")});
             parser.addOption({QStringLiteral("count"), tr("GPUs in the configuration of the --gpu before it."), tr("N")});
             parser.addOption({QStringLiteral("api"), tr("An API to compare (provider or model, repeatable)."), tr("name")});
             parser.addOption({QStringLiteral("io-ratio"), tr("Input:output tokens (default 3:1)."), tr("in:out")});
             parser.addOption({QStringLiteral("utilisation"), tr("Average share of peak throughput used (default 0.6)."),
                               tr("F")});
             parser.addOption({QStringLiteral("own"), tr("Buy the GPUs (amortised, plus power) instead of renting.")});
             parser.addOption({QStringLiteral("quant"), tr("Weight format (default Q4_K_M)."), tr("Q")});
         },
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

const QList<CommandLine::Command> &CommandLine::commands()
{
    const auto withFormat = [](const QString &kind) {
        return [kind](QCommandLineParser &parser) {
            findTableKind(kind)->addOptions(parser);
            parser.addOption({FormatOption, tableFormatHelp(), tr("format"), QStringLiteral("table")});
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
         printsTable(QStringLiteral("fit")),
         withFormat(QStringLiteral("fit"))},
        {QStringLiteral("audit"), tr("where the data contradicts itself or physics"),
         printsTable(QStringLiteral("audit")),
         withFormat(QStringLiteral("audit"))},
        {QStringLiteral("cost"), tr("self-hosting against APIs at a monthly token volume"),
         printsTable(QStringLiteral("cost")),
         withFormat(QStringLiteral("cost"))},
        {QStringLiteral("export"),
         tr("export table models|fit|audit|cost --out FILE.(csv|json|md), "
            "export chart tiers|vram|cost --out FILE.(png|svg|pdf)"),
         [](CommandLine *cli, QCommandLineParser &parser, const QStringList &arguments) {
             return arguments.value(0) == QLatin1String("chart") ? cli->exportChart(parser, arguments)
                                                                 : cli->exportTable(parser, arguments);
         },
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("what"), tr("What to export: table KIND or chart KIND."));
             parser.addOption({QStringLiteral("out"), tr("Write to <file>; its extension names the format."),
                               tr("file")});
             addChartSizeOptions(parser);
             // Every kind's options, so one command line can describe any table or chart.
             addEveryTableOption(parser);
         }},
        {QStringLiteral("report"), tr("report --out FILE.(pdf|html): fit, cost and tier charts, tables and sources"),
         &CommandLine::writeReport,
         [](QCommandLineParser &parser) {
             parser.addOption({QStringLiteral("out"), tr("Write to <file>: .pdf or .html."), tr("file")});
             // The fit options set the VRAM chart (--gpu and --count: the last pair given), the models
             // options the tier table; --utilisation is the cost's average load here.
             addEveryTableOption(parser);
         }},
        {QStringLiteral("import"), tr("import FILE --kind models|gpus|prices|tiers [--dry-run]: facts from CSV or JSON"),
         &CommandLine::importFile,
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("file"), tr("A CSV or JSON file as “export table” writes it."));
             parser.addOption({QStringLiteral("kind"), tr("What the file holds: models, gpus, prices or tiers."),
                               tr("kind")});
             parser.addOption({QStringLiteral("dry-run"), tr("Report what the import would do; write nothing.")});
             parser.addOption({QStringLiteral("tier-list"),
                               tr("Name of the new tier-list snapshot (default: the latest list's name)."), tr("name")});
             parser.addOption({QStringLiteral("published"),
                               tr("Date of the new tier-list snapshot, as 2026-04-01 (default: today)."), tr("date")});
         }},
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

void CommandLine::addEveryTableOption(QCommandLineParser &parser)
{
    // Kinds share option names (--gpu, --model...). QCommandLineParser keeps the first and warns about
    // each repeat; the repeats are expected here, so only that warning is held back while they are added.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.startsWith(QLatin1String("QCommandLineParser: already having an option named")) && previous)
            previous(type, context, message);
    });
    for (const TableKind &kind : tableKinds())
        kind.addOptions(parser);
    qInstallMessageHandler(previous);
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
    for (const QString &argument : arguments.mid(1)) {
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")
            || argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            return true;
    }
    const qsizetype index = commandIndex(arguments);
    if (index < 0)
        return false;
    // A database file given to the window (as a desktop launcher does) is not a command.
    const QString &word = arguments.at(index);
    return findCommand(word) || !QFileInfo::exists(word);
}

int CommandLine::run(const QStringList &arguments)
{
    const qsizetype index = commandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
            print(QCoreApplication::applicationName().toUtf8() + ' ' + QByteArray(LLM_ATLAS_VERSION) + '\n');
            return Success;
        }
        if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
            print(generalHelp().toUtf8());
            return Success;
        }
        return usageError(tr("no command given.") + QLatin1Char('\n') + generalHelp());
    }
    const Command *command = findCommand(arguments.at(index));
    if (!command)
        return usageError(tr("unknown command “%1”.").arg(arguments.at(index)) + QLatin1Char('\n') + generalHelp());

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary);
    parser.addOption({DbOption, tr("Use the LLM Atlas database <file> instead of your own."), tr("file")});
    const QCommandLineOption helpOption = parser.addHelpOption();
    command->addOptions(parser);
    QStringList commandArguments = arguments;
    commandArguments.removeAt(index);
    if (!parser.parse(commandArguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        print(parser.helpText().toUtf8());
        return Success;
    }
    return command->run(this, parser, parser.positionalArguments());
}

QString CommandLine::generalHelp() const
{
    QString help = tr("Usage: %1 [--db FILE] COMMAND [options]\n       %1 [--db FILE]   (opens the window)\n"
                      "       %1 [--db FILE] --exit-after-startup   (opens the window, quits once it is painted:\n"
                      "                                             a benchmarking aid for start-up time)\n\n"
                      "Commands:\n")
                       .arg(QCoreApplication::applicationName());
    for (const Command &command : commands())
        help += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(8), command.summary);
    help += tr("\n%1 COMMAND --help describes a command's options.\n").arg(QCoreApplication::applicationName());
    return help;
}

int CommandLine::importFile(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("“import” needs one file: import FILE --kind models|gpus|prices|tiers."));
    const std::optional<Importer::Kind> kind = Importer::kindFromName(parser.value(QStringLiteral("kind")));
    if (!kind)
        return usageError(tr("import needs --kind models, gpus, prices or tiers."));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    AtlasDocument document;
    // Unlike the reading commands, an import writes: the file opens read-write unless this is a dry run.
    const Database::Access access = dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite;
    if (!(parser.isSet(DbOption) ? document.open(parser.value(DbOption), access) : document.openDefault()))
        return failure(document.errorString());
    if (!dryRun && document.isReadOnly())
        return failure(tr("“%1” is read-only; nothing was imported.").arg(document.filePath()));

    Importer::Options options;
    options.tierListName = parser.value(QStringLiteral("tier-list"));
    options.published = parser.value(QStringLiteral("published"));
    Importer::Preview preview = Importer::previewFile(document.dataset(), arguments.constFirst(), *kind, options);
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

int CommandLine::printTable(const QCommandLineParser &parser, const QString &kind)
{
    const auto format = TableWriter::formatFromName(parser.value(FormatOption));
    if (!format)
        return usageError(tr("unknown format “%1”; use table, csv, json or md.").arg(parser.value(FormatOption)));
    AtlasDocument document;
    if (!openDocument(parser, document))
        return Failure;
    const std::optional<Table> table = findTableKind(kind)->produce(this, parser, document.dataset());
    if (!table)
        return m_exitCode;
    if (*format == TableWriter::Format::Json && !table->summary.isEmpty()) {
        QJsonObject answer = table->summary;
        answer.insert(QStringLiteral("rows"), QJsonDocument::fromJson(TableWriter::write(*table->model, *format)).array());
        print(QJsonDocument(answer).toJson(QJsonDocument::Indented));
        return Success;
    }
    TableWriter::write(*table->model, *format, m_out);
    if (*format == TableWriter::Format::Text && !table->summaryLines.isEmpty())
        print((QLatin1Char('\n') + table->summaryLines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return Success;
}

int CommandLine::exportTable(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 2 || arguments.first() != QLatin1String("table"))
        return usageError(tr("“export” needs what to export: table models, fit, audit or cost."));
    const TableKind *kind = findTableKind(arguments.at(1));
    if (!kind)
        return usageError(tr("unknown table “%1”; tables are models, fit, audit and cost.").arg(arguments.at(1)));
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty())
        return usageError(tr("“export” needs --out FILE."));
    const auto format = TableWriter::formatFromSuffix(path);
    if (!format || *format == TableWriter::Format::Text)
        return usageError(tr("cannot tell the format of “%1”: use a .csv, .json or .md file.").arg(path));
    AtlasDocument document;
    if (!openDocument(parser, document))
        return Failure;
    const std::optional<Table> table = kind->produce(this, parser, document.dataset());
    if (!table)
        return m_exitCode;
    QString error;
    if (!FileSaver::save(path, TableWriter::write(*table->model, *format), &error))
        return failure(error);
    return Success;
}

std::optional<CommandLine::Table> CommandLine::modelsTable(const QCommandLineParser &parser, const Dataset &dataset)
{
    Table table;
    auto *model = new TierTableModel(table.owner.get());
    model->setDataset(&dataset);
    auto *proxy = new TierFilterProxyModel(table.owner.get());
    proxy->setSourceModel(model);
    table.model = proxy;

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

std::optional<CommandLine::Table> CommandLine::fitTable(const QCommandLineParser &parser, const Dataset &dataset)
{
    const auto usage = [this](const QString &message) {
        m_exitCode = usageError(message);
        return std::nullopt;
    };
    const auto fail = [this](const QString &message) {
        m_exitCode = failure(message);
        return std::nullopt;
    };
    if (!parser.isSet(QStringLiteral("gpu")))
        return usage(tr("fit needs --gpu NAME."));
    const auto count = integerOption(parser, QStringLiteral("count"), 1, 8, 1);
    const auto context = integerOption(parser, QStringLiteral("context"), 1, 64 * 1024 * 1024, 8192);
    const auto batch = integerOption(parser, QStringLiteral("batch"), 1, 4096, 1);
    if (!count || !context || !batch) {
        m_exitCode = UsageError;
        return std::nullopt;
    }

    FitParameters params;
    params.contextTokens = *context;
    params.batch = int(*batch);
    params.expertOffload = parser.isSet(QStringLiteral("expert-offload"));
    if (parser.isSet(QStringLiteral("utilisation"))) {
        bool ok = false;
        params.utilisation = parser.value(QStringLiteral("utilisation")).toDouble(&ok);
        if (!ok || !(params.utilisation > 0 && params.utilisation <= 1))
            return usage(tr("--utilisation must be a fraction above 0 and at most 1, not “%1”.")
                                  .arg(parser.value(QStringLiteral("utilisation"))));
    }
    const auto reserve = integerOption(parser, QStringLiteral("runtime-reserve"), 0, 64 * 1024, 512);
    if (!reserve) {
        m_exitCode = UsageError;
        return std::nullopt;
    }
    params.runtimeReservePerGpuBytes = double(*reserve) * 1024 * 1024;
    if (parser.isSet(QStringLiteral("kv-quant"))) {
        const QStringList names{QStringLiteral("FP16"), QStringLiteral("FP8"), QStringLiteral("Q8_0"),
                                QStringLiteral("Q4_0")};
        const NameMatcher::Result kv = NameMatcher::find(names, parser.value(QStringLiteral("kv-quant")),
                                                         tr("KV cache precision"));
        if (kv.index < 0)
            return usage(kv.error);
        params.kvPrecision = KvPrecision(kv.index);
    }

    const NameMatcher::Result gpu = NameMatcher::find(namesOf(dataset.gpus, &GpuRecord::name),
                                                      parser.value(QStringLiteral("gpu")), tr("GPU"));
    if (gpu.index < 0)
        return fail(gpu.error);
    const QString quantQuery = parser.isSet(QStringLiteral("quant")) ? parser.value(QStringLiteral("quant"))
                                                                     : QStringLiteral("Q4_K_M");
    const NameMatcher::Result quant = NameMatcher::find(namesOf(dataset.quantFormats, &QuantFormatRecord::name),
                                                        quantQuery, tr("quantization"));
    if (quant.index < 0)
        return fail(quant.error);
    params.quantName = dataset.quantFormats.at(quant.index).name;
    params.bitsPerWeight = dataset.quantFormats.at(quant.index).bitsPerWeight;

    Table table;
    auto *model = new FitTableModel(table.owner.get());
    model->setDataset(&dataset);
    model->setConfiguration({dataset.gpus.at(gpu.index), int(*count)});
    model->setParameters(params);
    table.model = model;
    if (parser.isSet(QStringLiteral("model"))) {
        const NameMatcher::Result match = NameMatcher::find(namesOf(dataset.models, &ModelRecord::name),
                                                            parser.value(QStringLiteral("model")), tr("model"));
        if (match.index < 0)
            return fail(match.error);
        // Only a filtered table goes through a proxy: reading every cell of 100,000 rows through one
        // costs a fifth of the whole command.
        auto *onlyModel = new QSortFilterProxyModel(table.owner.get());
        onlyModel->setSourceModel(model);
        table.model = onlyModel;
        onlyModel->setFilterKeyColumn(FitTableModel::Model);
        onlyModel->setFilterRole(RecordTableModel::RawValueRole);
        onlyModel->setFilterFixedString(dataset.models.at(match.index).name);
        onlyModel->setFilterCaseSensitivity(Qt::CaseSensitive);
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
    if (!volumeGiven && !defaultVolume)
        return usage(tr("cost needs --tokens-per-month N (e.g. 250M)."));
    QString error;
    const std::optional<double> volume =
        volumeGiven ? VolumeParser::parse(parser.value(QStringLiteral("tokens-per-month")), &error) : defaultVolume;
    if (!volume)
        return usage(tr("--tokens-per-month: %1").arg(error));

    CostAssumptions assumptions;
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
                                                            parser.value(QStringLiteral("model")), tr("model"));
        if (match.index < 0)
            return fail(match.error);
        model = &dataset.models.at(match.index);
    } else {
        for (const TierEntryRecord &entry : dataset.tierEntries) {
            if (entry.rank == 1)
                model = dataset.model(entry.modelId);
        }
        if (!model && !dataset.models.isEmpty())
            model = &dataset.models.first();
    }
    if (!model)
        return fail(tr("the database holds no models."));

    const QString quantQuery = parser.isSet(QStringLiteral("quant")) ? parser.value(QStringLiteral("quant"))
                                                                     : QStringLiteral("Q4_K_M");
    const NameMatcher::Result quant = NameMatcher::find(namesOf(dataset.quantFormats, &QuantFormatRecord::name),
                                                        quantQuery, tr("quantization"));
    if (quant.index < 0)
        return fail(quant.error);
    assumptions.fit.quantName = dataset.quantFormats.at(quant.index).name;
    assumptions.fit.bitsPerWeight = dataset.quantFormats.at(quant.index).bitsPerWeight;

    // --gpu A --count 2 --gpu B: counts pair with GPUs in order; a GPU without one runs alone.
    QList<GpuConfiguration> configurations;
    const QStringList gpuNames = parser.values(QStringLiteral("gpu"));
    const QStringList counts = parser.values(QStringLiteral("count"));
    if (counts.size() > gpuNames.size())
        return usage(tr("each --count must follow a --gpu."));
    for (qsizetype i = 0; i < gpuNames.size(); ++i) {
        const NameMatcher::Result gpu = NameMatcher::find(namesOf(dataset.gpus, &GpuRecord::name), gpuNames.at(i), tr("GPU"));
        if (gpu.index < 0)
            return fail(gpu.error);
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
    for (const QString &query : parser.values(QStringLiteral("api"))) {
        const NameMatcher::Result api = NameMatcher::find(apiNames, query, tr("API"));
        if (api.index < 0)
            return fail(api.error);
        apis << dataset.apiPrices.at(api.index);
    }
    if (apis.isEmpty()) {
        // By default: the APIs that serve this model, and those the article's cost table priced.
        for (const ApiPriceRecord &price : dataset.apiPrices) {
            const bool quoted = std::any_of(dataset.quotedCosts.cbegin(), dataset.quotedCosts.cend(),
                                            [&](const QuotedCostRecord &q) { return q.apiPriceId == price.id; });
            if (quoted || price.modelId == model->id)
                apis << price;
        }
    }

    return CostRequest{model, configurations, apis, *volume, assumptions};
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
                           {QStringLiteral("monthly_usd"), option.monthlyUsd},
                           {QStringLiteral("usd_per_million_tokens"), option.usdPerMillionTokens}};
        if (option.kind == CostOptionKind::SelfHost)
            object.insert(QStringLiteral("replicas"), option.replicas);
        return object;
    };
    table.summary.insert(QStringLiteral("model"), model->name);
    table.summary.insert(QStringLiteral("tokens_per_month"), *volume);
    table.summary.insert(QStringLiteral("cheapest"), comparison.cheapestIndex >= 0
                                                         ? QJsonValue(optionJson(comparison.options.at(comparison.cheapestIndex)))
                                                         : QJsonValue());
    table.summary.insert(QStringLiteral("cheapest_configuration"),
                         comparison.cheapestSearch ? QJsonValue(optionJson(*comparison.cheapestSearch)) : QJsonValue());
    QJsonArray breakEvens;
    for (const CostComparison::BreakEvenPair &pair : comparison.breakEvens) {
        const auto optional = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
        breakEvens.append(QJsonObject{{QStringLiteral("self_host"), comparison.options.at(pair.selfHostIndex).label},
                                      {QStringLiteral("api"), comparison.options.at(pair.apiIndex).label},
                                      {QStringLiteral("tokens_per_month"), optional(pair.breakEven.tokensPerMonth)},
                                      {QStringLiteral("self_host_cheaper_from"),
                                       optional(pair.breakEven.selfHostCheaperFrom)},
                                      {QStringLiteral("note"), pair.breakEven.reason}});
    }
    table.summary.insert(QStringLiteral("break_even"), breakEvens);

    table.summaryLines << tr("%1 at %2 tokens a month.").arg(model->name, Format::tokens(*volume));
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
    m_out->write(text);
}
