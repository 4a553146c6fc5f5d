#include "models/modelfiles/modelfileinspector.h"

#include "models/modelfiles/checkedcount.h"
#include "models/modelfiles/ggufmodel.h"
#include "models/modelfiles/ggufreader.h"
#include "models/modelfiles/hfconfig.h"
#include "models/modelfiles/safetensorsreader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

const QString ConfigName = QStringLiteral("config.json");
const QString IndexName = QStringLiteral("model.safetensors.index.json");

ModelFileFacts failure(const QString &message)
{
    ModelFileFacts facts;
    facts.error = message;
    return facts;
}

// Routed experts in Hugging Face checkpoints: one tensor per expert (mlp.experts.17.down_proj.weight,
// block_sparse_moe.experts.3.w1.weight) or one fused tensor for all of them (gpt-oss's and Llama 4's
// experts.gate_up_proj). Shared experts are shared_expert(s).*, which does not match.
bool isRoutedExpertTensor(const QString &name)
{
    return name.contains(QLatin1String(".experts."));
}

// The scales FP8 checkpoints store beside each quantized weight are no parameters of the model.
bool isQuantizationScale(const QString &name)
{
    return name.endsWith(QLatin1String("_scale_inv")) || name.endsWith(QLatin1String(".weight_scale")) ||
           name.endsWith(QLatin1String(".input_scale"));
}

// The safetensors a folder holds for one model: the index's shards, model.safetensors, a lone file, or one
// complete NAME-0000k-of-0000N set. A folder with config.json alone gives an empty, error-free result.
SafetensorsContents folderSafetensors(const QDir &dir, bool *found)
{
    *found = true;
    if (dir.exists(IndexName))
        return SafetensorsReader::readIndex(dir.filePath(IndexName));
    if (dir.exists(QStringLiteral("model.safetensors")))
        return SafetensorsReader::readFile(dir.filePath(QStringLiteral("model.safetensors")));
    const QStringList files = dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *found = false;
        return {};
    }
    if (files.size() == 1)
        return SafetensorsReader::readFile(dir.filePath(files.first()));

    // Without an index only a complete shard set is one model: repositories also ship copies such as
    // Mistral's consolidated.safetensors beside the shards, which would count twice.
    static const QRegularExpression shardName(QStringLiteral("^(.*)-(\\d{5})-of-(\\d{5})\\.safetensors$"));
    const QRegularExpressionMatch first = shardName.match(files.first());
    const int count = first.hasMatch() ? first.captured(3).toInt() : 0;
    QStringList shards;
    for (int k = 1; k <= count; ++k) {
        const QString name = QStringLiteral("%1-%2-of-%3.safetensors")
                                 .arg(first.captured(1))
                                 .arg(k, 5, 10, QLatin1Char('0'))
                                 .arg(first.captured(3));
        if (!files.contains(name)) {
            SafetensorsContents missing;
            missing.error = ModelFileInspector::tr("%1: shard %2 is missing").arg(dir.dirName(), name);
            return missing;
        }
        shards.append(dir.filePath(name));
    }
    if (count == 0 || files.size() != count) {
        SafetensorsContents ambiguous;
        ambiguous.error =
            ModelFileInspector::tr("%1: holds %2 .safetensors files but no %3 saying which make "
                                   "the model (%4)")
                .arg(dir.dirName())
                .arg(files.size())
                .arg(IndexName, files.join(QStringLiteral(", ")));
        return ambiguous;
    }
    return SafetensorsReader::readFiles(shards);
}

// Weights and parameters from safetensors headers, the architecture from config.json when there is one.
ModelFileFacts combine(const SafetensorsContents &weights, const HfConfigFacts *config)
{
    ModelFileFacts facts;
    QStringList notes;
    if (config)
        facts.model = config->model;
    facts.format = QStringLiteral("safetensors");
    facts.weightsBytes = weights.dataBytes;
    facts.tensorCount = weights.tensors.size();
    facts.files = weights.files;
    notes << weights.notes;

    CheckedCount total;
    CheckedCount routed;
    for (const SafetensorsTensor &tensor : weights.tensors) {
        if (config && config->quantized && isQuantizationScale(tensor.name))
            continue;
        total += CheckedCount(tensor.elements);
        if (isRoutedExpertTensor(tensor.name))
            routed += CheckedCount(tensor.elements);
    }
    // Elements are at most two per byte of a file, so the sums stay far inside 64 bits.
    const qint64 counted = *total.value();
    const qint64 countedRouted = *routed.value();

    if (config && config->packedWeights) {
        facts.paramsComputed = true; // the config's computed counts stand
        notes << ModelFileInspector::tr("The weights are packed (%1), so parameters are computed from "
                                        "config.json rather than counted.")
                     .arg(config->quant);
    } else {
        ModelRecord &m = facts.model;
        m.totalParams = counted;
        const qint64 experts = m.routedExperts;
        if (config && experts > 0 && countedRouted > 0) {
            m.activeParams = ModelFileFacts::activeParams(counted, countedRouted, experts, m.expertsPerToken);
        } else if (config && experts > 0) {
            m.activeParams =
                ModelFileFacts::activeParams(counted, config->routedExpertParams, experts, m.expertsPerToken);
            notes << ModelFileInspector::tr("No routed-expert tensors were recognised by name; the active "
                                            "parameters use the experts' size from config.json.");
        }
        if (config && config->hasVision)
            notes << ModelFileInspector::tr("The parameter count includes the vision encoder's tensors.");
    }
    facts.quant =
        config && config->quantized ? config->quant : SafetensorsReader::quantName(weights.dominantDtype());
    facts.model.notes = notes.join(QLatin1Char(' '));
    return facts;
}

QString defaultsNote(const HfConfigFacts &config)
{
    if (config.defaultsUsed.isEmpty())
        return QString();
    return ModelFileInspector::tr("config.json leaves these to transformers' defaults for %1: %2.")
        .arg(config.modelType, config.defaultsUsed.join(QStringLiteral(", ")));
}

void appendNote(ModelRecord &model, const QString &note)
{
    if (note.isEmpty())
        return;
    model.notes = model.notes.isEmpty() ? note : model.notes + QLatin1Char(' ') + note;
}

ModelFileFacts inspectFolder(const QDir &dir)
{
    if (!dir.exists(ConfigName))
        return failure(ModelFileInspector::tr("%1: holds no %2; a model folder needs one (or give a .gguf or "
                                              ".safetensors file)")
                           .arg(dir.dirName(), ConfigName));
    const HfConfigFacts config = HfConfig::readFile(dir.filePath(ConfigName));
    if (!config.ok())
        return failure(config.error);
    bool found = false;
    const SafetensorsContents weights = folderSafetensors(dir, &found);
    if (!weights.ok())
        return failure(weights.error);

    ModelFileFacts facts;
    if (found) {
        facts = combine(weights, &config);
    } else {
        facts.format = QStringLiteral("config");
        facts.model = config.model;
        facts.paramsComputed = true;
        facts.quant = config.quant;
    }
    facts.files.prepend(QFileInfo(dir.filePath(ConfigName)).absoluteFilePath());
    facts.model.name = dir.dirName();
    appendNote(facts.model, defaultsNote(config));
    return facts;
}

ModelFileFacts inspectSafetensors(const QFileInfo &info)
{
    const QDir dir = info.dir();
    // A shard of an indexed set stands for the whole model.
    static const QRegularExpression shardName(QStringLiteral("-\\d{5}-of-\\d{5}\\.safetensors$"));
    const bool wholeSet = info.fileName().contains(shardName) && dir.exists(IndexName);
    const SafetensorsContents weights = wholeSet ? SafetensorsReader::readIndex(dir.filePath(IndexName))
                                                 : SafetensorsReader::readFile(info.filePath());
    if (!weights.ok())
        return failure(weights.error);

    std::optional<HfConfigFacts> config;
    if (dir.exists(ConfigName)) {
        config = HfConfig::readFile(dir.filePath(ConfigName));
        if (!config->ok())
            return failure(config->error);
    }
    ModelFileFacts facts = combine(weights, config ? &*config : nullptr);
    if (config) {
        facts.files.prepend(QFileInfo(dir.filePath(ConfigName)).absoluteFilePath());
        appendNote(facts.model, defaultsNote(*config));
    } else {
        appendNote(facts.model,
                   ModelFileInspector::tr("No config.json beside the file: only the parameters and "
                                          "weights are known, not the architecture."));
    }
    // model.safetensors and its shards are named after nothing; the folder is named after the model.
    const bool generic = wholeSet || info.completeBaseName() == QLatin1String("model");
    facts.model.name = generic ? dir.dirName() : info.completeBaseName();
    return facts;
}

} // namespace

ModelFileFacts ModelFileInspector::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(tr("%1: no such file or folder").arg(path));

    ModelFileFacts facts;
    const QString suffix = info.suffix().toLower();
    if (info.isDir()) {
        facts = inspectFolder(QDir(info.absoluteFilePath()));
    } else if (suffix == QLatin1String("gguf")) {
        const GgufContents contents = GgufReader::read(info.filePath());
        facts = contents.ok() ? GgufModel::facts(contents) : failure(contents.error);
    } else if (suffix == QLatin1String("safetensors")) {
        facts = inspectSafetensors(info);
    } else if (info.fileName() == ConfigName || info.fileName() == IndexName) {
        facts = inspectFolder(info.absoluteDir());
    } else {
        return failure(
            tr("%1: not a .gguf or .safetensors file, a config.json or a model folder").arg(info.fileName()));
    }
    if (!facts.ok())
        return facts;

    facts.sourceTitle = info.fileName();
    facts.sourceOrigin = tr("read from file");
    QDateTime newest;
    for (const QString &file : std::as_const(facts.files)) {
        const QFileInfo read(file);
        facts.filesBytes += read.size();
        const QDateTime modified = read.lastModified().toUTC();
        if (!newest.isValid() || modified > newest)
            newest = modified;
    }
    facts.sourceAsOf = newest.toString(Qt::ISODate);
    return facts;
}
