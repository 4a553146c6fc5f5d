#include "app/commandline.h"

#include "models/atlasdocument.h"
#include "models/recordtablemodel.h"
#include "models/tablewriter.h"
#include "models/tierfilterproxymodel.h"
#include "models/tiertablemodel.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QIODevice>

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

} // namespace

CommandLine::CommandLine(QIODevice *out, QIODevice *err)
    : m_out(out)
    , m_err(err)
{
}

const QList<CommandLine::Command> &CommandLine::commands()
{
    static const QList<Command> all = {
        {QStringLiteral("list"), tr("list models: the tier list with each model's architecture"),
         &CommandLine::listModels,
         [](QCommandLineParser &parser) {
             parser.addPositionalArgument(QStringLiteral("what"), tr("What to list: models."));
             parser.addOption({QStringLiteral("tier"), tr("Only models in tier <T> (S, A, B, C)."), tr("T")});
             parser.addOption({QStringLiteral("sort"),
                               tr("Sort by <column> (a JSON key such as total_params; add :desc to reverse)."),
                               tr("column")});
             parser.addOption({FormatOption, tableFormatHelp(), tr("format"), QStringLiteral("table")});
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
    QString help = tr("Usage: %1 [--db FILE] COMMAND [options]\n       %1 [--db FILE]   (opens the window)\n\n"
                      "Commands:\n")
                       .arg(QCoreApplication::applicationName());
    for (const Command &command : commands())
        help += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(8), command.summary);
    help += tr("\n%1 COMMAND --help describes a command's options.\n").arg(QCoreApplication::applicationName());
    return help;
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

int CommandLine::listModels(QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments != QStringList{QStringLiteral("models")})
        return usageError(tr("“list” needs what to list: models."));
    const auto format = TableWriter::formatFromName(parser.value(FormatOption));
    if (!format)
        return usageError(tr("unknown format “%1”; use table, csv, json or md.").arg(parser.value(FormatOption)));

    AtlasDocument document;
    if (!openDocument(parser, document))
        return Failure;
    TierTableModel model;
    model.setDataset(&document.dataset());
    TierFilterProxyModel proxy;
    proxy.setSourceModel(&model);

    if (parser.isSet(QStringLiteral("tier"))) {
        const QString tier = parser.value(QStringLiteral("tier")).toUpper().remove(QStringLiteral("-TIER"));
        if (tier.size() != 1 || TierTableModel::tierOrder(tier) >= 6)
            return usageError(tr("unknown tier “%1”; tiers are S, A, B, C, D and F.")
                                  .arg(parser.value(QStringLiteral("tier"))));
        proxy.setTier(tier);
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
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString columnKey = model.headerData(c, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString();
            keys << columnKey;
            if (columnKey == key)
                sortColumn = c;
        }
        if (sortColumn < 0)
            return usageError(tr("unknown sort column “%1”; columns are: %2.").arg(key, keys.join(QStringLiteral(", "))));
    }
    proxy.sort(sortColumn, order);
    print(TableWriter::write(proxy, *format));
    return Success;
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
