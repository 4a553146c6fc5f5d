// The commands that read model files: `inspect` says what a GGUF, safetensors file or model folder holds,
// and `import PATH` (without --kind) adds its model and records its weights as a measured size.
#include "app/cli/commandline.h"

#include "models/document/datapack.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/core/recordfields.h"
#include "models/document/atlasdocument.h"
#include "models/document/changesetwriter.h"
#include "models/document/modelfileimport.h"
#include "models/modelfiles/modelfileinspector.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace {

// What a file says, under the keys `import --kind models` reads, then the file's own.
QJsonObject factsJson(const ModelFileFacts &facts)
{
    QJsonObject object;
    for (const QString &key : ModelFileImport::factKeys())
        object.insert(key, QJsonValue::fromVariant(RecordFields::value(facts.model, key)));
    object.insert(QStringLiteral("vendor"),
                  facts.model.vendor.isEmpty() ? QJsonValue() : QJsonValue(facts.model.vendor));
    object.insert(QStringLiteral("format"), facts.format);
    object.insert(QStringLiteral("quant"), facts.quant.isEmpty() ? QJsonValue() : QJsonValue(facts.quant));
    object.insert(QStringLiteral("weights_bytes"),
                  facts.weightsBytes ? QJsonValue(double(*facts.weightsBytes)) : QJsonValue());
    const std::optional<double> bits = facts.bitsPerWeight();
    object.insert(QStringLiteral("bits_per_weight"), bits ? QJsonValue(*bits) : QJsonValue());
    object.insert(QStringLiteral("tensor_count"), double(facts.tensorCount));
    object.insert(QStringLiteral("params_computed"), facts.paramsComputed);
    object.insert(QStringLiteral("files"), QJsonArray::fromStringList(facts.files));
    object.insert(QStringLiteral("files_bytes"), double(facts.filesBytes));
    object.insert(QStringLiteral("notes"), facts.model.notes);
    return object;
}

bool isModelFilePath(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    return info.isDir() || suffix == QLatin1String("gguf") || suffix == QLatin1String("safetensors")
           || info.fileName() == QLatin1String("config.json");
}

} // namespace

void CommandLine::addInspectOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("path"),
                                 tr("A .gguf file (the first of a split set), a .safetensors file or a model folder "
                                    "with config.json."));
    parser.addOption({QStringLiteral("format"), tr("Output format: table or json (default table)."), tr("format"),
                      QStringLiteral("table")});
}

int CommandLine::inspectModelFile(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("“inspect” needs one file or folder: inspect PATH [--format table|json]."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tr("unknown format “%1”; use table or json.").arg(format));
    const ModelFileFacts facts = ModelFileInspector::inspect(arguments.constFirst());
    if (!facts.ok())
        return failure(facts.error);
    const QJsonObject object = factsJson(facts);
    if (format == QLatin1String("json")) {
        print(QJsonDocument(object).toJson(QJsonDocument::Indented));
        return Success;
    }
    QStringList keys = ModelFileImport::factKeys();
    keys << QStringLiteral("vendor") << QStringLiteral("format") << QStringLiteral("quant")
         << QStringLiteral("weights_bytes") << QStringLiteral("bits_per_weight") << QStringLiteral("tensor_count")
         << QStringLiteral("params_computed") << QStringLiteral("files_bytes");
    QString text;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue value = object.value(key);
        QString shown;
        if (value.isNull())
            shown = QStringLiteral("-");
        else if (value.isBool())
            shown = value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        else if (value.isDouble() && key == QLatin1String("bits_per_weight"))
            shown = QString::number(value.toDouble(), 'f', 3);
        else if (value.isDouble())
            shown = QString::number(value.toInteger());
        else
            shown = value.toString();
        if (key == QLatin1String("weights_bytes") && !value.isNull())
            shown += QStringLiteral(" (%1)").arg(Format::gigabytes(value.toDouble()));
        text += key.leftJustified(22) + shown + QLatin1Char('\n');
    }
    for (const QString &file : facts.files)
        text += QStringLiteral("file").leftJustified(22) + file + QLatin1Char('\n');
    if (!facts.model.notes.isEmpty())
        text += QLatin1Char('\n') + facts.model.notes + QLatin1Char('\n');
    print(text.toUtf8());
    return Success;
}

bool CommandLine::wantsModelFileImport(const QCommandLineParser &parser, const QStringList &arguments)
{
    return !parser.isSet(QStringLiteral("kind")) && arguments.size() == 1 && isModelFilePath(arguments.constFirst())
           && DataPack::packOfFolder(arguments.constFirst()).isEmpty();
}

int CommandLine::importModelFile(const QCommandLineParser &parser, const QString &path)
{
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    AtlasDocument document;
    if (!openDocumentToImport(parser, document))
        return Failure;

    ModelFileImport::Options options;
    options.name = parser.value(QStringLiteral("name"));
    options.vendor = parser.value(QStringLiteral("vendor"));
    ModelFileImport::Plan plan = ModelFileImport::plan(document.dataset(), path, options);
    if (!plan.error.isEmpty())
        return failure(plan.error + (plan.needsVendor ? tr(" Give it with --vendor NAME.") : QString())
                       + QLatin1Char(' ') + tr("Nothing was written."));
    print(plan.report().toUtf8());
    if (dryRun) {
        print(tr("Dry run: nothing was written.\n").toUtf8());
        return Success;
    }
    if (plan.changes.isEmpty()) {
        print(tr("Nothing to change.\n").toUtf8());
        return Success;
    }
    QString error;
    if (!ChangeSetWriter::applyToFile(document.filePath(), plan.changes, {}, &error))
        return failure(error + QLatin1Char(' ') + tr("Nothing was written."));
    print(tr("Written to %1.\n").arg(document.filePath()).toUtf8());
    return Success;
}
