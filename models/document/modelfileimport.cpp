#include "models/document/modelfileimport.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/core/nameindex.h"
#include "models/core/validation.h"
#include "models/modelfiles/modelfileinspector.h"

#include <QDir>
#include <QFileInfo>

namespace {

// What a file says about a model replaces what the dataset says: the counts always, the architecture when
// the file has one (a safetensors file without its config.json has none, and the stored one stands).
void takeFacts(const ModelRecord &read, ModelRecord &model)
{
    model.totalParams = read.totalParams;
    if (read.activeParams || read.layers > 0)
        model.activeParams = read.activeParams;
    if (read.layers <= 0)
        return;
    model.layers = read.layers;
    model.hiddenSize = read.hiddenSize;
    model.attentionHeads = read.attentionHeads;
    model.kvHeads = read.kvHeads;
    model.headDim = read.headDim;
    model.attention = read.attention;
    model.kvLoraRank = read.kvLoraRank;
    model.qkRopeHeadDim = read.qkRopeHeadDim;
    model.fullAttentionLayers = read.fullAttentionLayers;
    model.attentionWindow = read.attentionWindow;
    model.recurrentStateElements = read.recurrentStateElements;
    model.routedExperts = read.routedExperts;
    model.expertsPerToken = read.expertsPerToken;
    model.sharedExperts = read.sharedExperts;
    if (read.maxContext > 0)
        model.maxContext = read.maxContext;
}

QString quoted(const QVariant &value)
{
    const QString text = RecordFields::displayValue(value);
    return value.isNull() ? text : QStringLiteral("“%1”").arg(text);
}

QString fileNameOf(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() ? QDir(info.absoluteFilePath()).dirName() : info.fileName();
}

} // namespace

const QStringList &ModelFileImport::factKeys()
{
    static const QStringList keys{
        QStringLiteral("name"),           QStringLiteral("total_params"),
        QStringLiteral("active_params"),  QStringLiteral("layers"),
        QStringLiteral("hidden_size"),    QStringLiteral("attention_heads"),
        QStringLiteral("kv_heads"),       QStringLiteral("head_dim"),
        QStringLiteral("attention"),      QStringLiteral("kv_lora_rank"),
        QStringLiteral("qk_rope_head_dim"), QStringLiteral("full_attention_layers"),
        QStringLiteral("attention_window"), QStringLiteral("routed_experts"),
        QStringLiteral("experts_per_token"), QStringLiteral("shared_experts"),
        QStringLiteral("max_context")};
    return keys;
}

ModelFileImport::Plan ModelFileImport::plan(const Dataset &dataset, const QString &path, const Options &options)
{
    return plan(dataset, ModelFileInspector::inspect(path), path, options);
}

ModelFileImport::Plan ModelFileImport::plan(const Dataset &dataset, const ModelFileFacts &facts, const QString &path,
                                            const Options &options)
{
    Plan plan;
    plan.facts = facts;
    plan.fileName = facts.sourceTitle.isEmpty() ? fileNameOf(path) : facts.sourceTitle;
    if (!facts.ok()) {
        plan.error = facts.error; // the readers name the file and the problem
        return plan;
    }
    const QString name = options.name.trimmed().isEmpty() ? facts.model.name.trimmed() : options.name.trimmed();
    ModelRecord named;
    named.name = name;
    const ModelRecord *existing = NameIndex::findNamesake(dataset, named);
    ModelRecord model = existing ? *existing : ModelRecord();
    if (existing) {
        plan.existing = *existing;
    } else {
        model.name = name;
        model.license = facts.model.license;
        model.notes = facts.model.notes;
        // Model files carry no release date: the file's month stands in, and the model is marked uncertain.
        model.released = facts.sourceAsOf.left(7);
        model.uncertain = true;
        plan.notes << tr("The file gives no release date: %1, the file's month, stands in, and the model is "
                         "marked uncertain.")
                          .arg(model.released);
    }
    takeFacts(facts.model, model);
    // A same-named model's vendor is the user's fact; a GGUF's organization is often the converter's.
    if (!options.vendor.trimmed().isEmpty())
        model.vendor = options.vendor.trimmed();
    else if (!existing)
        model.vendor = facts.model.vendor.trimmed();
    if (model.vendor.isEmpty()) {
        plan.needsVendor = true;
        plan.error = tr("%1: the file does not name the vendor of “%2”, and no model of that name is known; "
                        "name the vendor.")
                         .arg(plan.fileName, name);
        return plan;
    }
    AnyRecord record = model;
    RecordFields::normalize(record);
    model = std::get<ModelRecord>(record);
    if (const Validation::Messages messages = Validation::check(record, dataset); !messages.isEmpty()) {
        plan.error = tr("%1: “%2” cannot be imported: %3")
                         .arg(plan.fileName, name,
                              Validation::summary(RecordKind::Model, messages).replace(QLatin1Char('\n'),
                                                                                       QStringLiteral("; ")));
        return plan;
    }

    const QString now = RecordFields::nowUtc();
    if (!existing) {
        RecordFields::markEdited(record, {}, now);
        plan.changes.additions.append(record);
    } else {
        plan.changedKeys = RecordFields::differingKeys(*existing, record, &dataset);
        if (!plan.changedKeys.isEmpty()) {
            RecordFields::markEdited(record, plan.changedKeys, now);
            plan.changes.changes.append({*existing, record});
        }
    }
    plan.model = std::get<ModelRecord>(record);

    if (facts.weightsBytes && *facts.weightsBytes > 0 && !facts.quant.isEmpty()) {
        const QuantFormatRecord *format = dataset.quantFormat(facts.quant);
        MeasuredSizeRecord measure{0,           existing ? existing->id : 0, format ? format->name : facts.quant,
                                   *facts.weightsBytes, plan.fileName, facts.filesBytes, facts.tensorCount, 0};
        if (!format)
            plan.notes << tr("%1 is none of the database's weight formats: the measured size is kept, and is used "
                             "once a format of that name is added.")
                              .arg(measure.quant);
        const MeasuredSizeRecord *previous = existing ? dataset.measuredSize(existing->id, measure.quant) : nullptr;
        if (!previous) {
            plan.changes.measuredAdditions.append(measure);
        } else {
            plan.previousMeasure = *previous;
            measure.id = previous->id;
            if (previous->weightsBytes == measure.weightsBytes && previous->fileName == measure.fileName
                && previous->filesBytes == measure.filesBytes && previous->tensorCount == measure.tensorCount)
                measure.sourceId = previous->sourceId; // the same file again: nothing to record
            else
                plan.changes.measuredChanges.append({*previous, measure});
        }
        plan.measure = measure;
    } else if (!facts.weightsBytes) {
        plan.notes << tr("%1 holds no weights (config.json alone), so no size was measured.").arg(plan.fileName);
    }
    // The source of what was read: the file, its size and its time, and every file that went into it.
    if (!existing || !plan.changes.measuredAdditions.isEmpty() || !plan.changes.measuredChanges.isEmpty()) {
        QStringList names;
        for (const QString &file : facts.files)
            names << QFileInfo(file).fileName();
        plan.changes.source = SourceRecord{0, facts.sourceTitle, facts.sourceOrigin, facts.sourceAsOf,
                                           tr("%1 bytes in %2").arg(facts.filesBytes).arg(names.join(QStringLiteral(", ")))};
    }
    plan.notes << facts.model.notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return plan;
}

QString ModelFileImport::Plan::summary() const
{
    if (!error.isEmpty())
        return error;
    QString text;
    if (!existing)
        text = tr("%1: adds the model “%2” (%3).").arg(fileName, model.name, model.vendor);
    else if (!changedKeys.isEmpty())
        text = tr("%1: changes “%2”: %3.").arg(fileName, model.name, changedKeys.join(QStringLiteral(", ")));
    else
        text = tr("%1: “%2” already has these facts.").arg(fileName, model.name);
    if (measure) {
        const QString size = tr("%1 bytes (%2)").arg(measure->weightsBytes).arg(Format::gigabytes(double(measure->weightsBytes)));
        if (!previousMeasure)
            text += QLatin1Char(' ') + tr("Measured weights at %1: %2.").arg(measure->quant, size);
        else if (!changes.measuredChanges.isEmpty())
            text += QLatin1Char(' ')
                    + tr("Measured weights at %1: %2, replacing %3 bytes from %4.")
                          .arg(measure->quant, size)
                          .arg(previousMeasure->weightsBytes)
                          .arg(previousMeasure->fileName);
        else
            text += QLatin1Char(' ') + tr("Measured weights at %1 unchanged: %2.").arg(measure->quant, size);
    }
    return text;
}

QString ModelFileImport::Plan::report() const
{
    QString text = summary() + QLatin1Char('\n');
    if (!error.isEmpty())
        return text;
    for (const QString &key : changedKeys) {
        text += QStringLiteral("  %1: %2 → %3\n")
                    .arg(key, quoted(RecordFields::value(*existing, key)), quoted(RecordFields::value(model, key)));
    }
    for (const QString &note : notes)
        text += note + QLatin1Char('\n');
    return text;
}
