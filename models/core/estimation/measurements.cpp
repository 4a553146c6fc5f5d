#include "models/core/estimation/measurements.h"

#include "models/core/estimation/memoryestimator.h"
#include "models/core/namematcher.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Measurements {

namespace {

// A measurement beyond the physical bound by this factor is a broken file or a unit mix-up, never a run.
constexpr double AbsurdFactor = 10.0;

QString atLine(int line, const QString &reason)
{
    return QCoreApplication::translate("Measurements", "line %1: %2").arg(line).arg(reason);
}

// Letters and digits only, lower case: "Llama-3.3-70B-Instruct" and "Llama 3.3 70B Instruct" agree.
QString compact(const QString &text)
{
    QString key;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

// ----- a small RFC 4180 reader: records with the line each starts on

struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

bool readCsv(const QString &text, QList<CsvRecord> *records, QString *error)
{
    CsvRecord current;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteLine = 1;
    current.line = 1;
    const auto endRecord = [&] {
        current.fields << field;
        field.clear();
        fieldWasQuoted = false;
        const bool blank = current.fields.size() == 1 && current.fields.constFirst().isEmpty();
        if (!blank)
            records->append(current);
        current = CsvRecord();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            quoted = fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            current.fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            current.line = line;
        } else if (c != QLatin1Char('\r')) {
            if (fieldWasQuoted) {
                *error = atLine(line, QCoreApplication::translate("Measurements", "text after a closing quote"));
                return false;
            }
            field.append(c);
        }
    }
    if (quoted) {
        *error = atLine(quoteLine, QCoreApplication::translate("Measurements", "the file ends inside a quoted field (truncated?)"));
        return false;
    }
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return true;
}

// ----- values by key, from a JSON object or a CSV row, with the type checked

class Fields
{
public:
    explicit Fields(QJsonObject object) : m_object(std::move(object)), m_json(true) {}
    Fields(const QStringList &header, const QStringList &values)
    {
        for (qsizetype i = 0; i < header.size() && i < values.size(); ++i)
            m_text.insert(header.at(i).trimmed(), values.at(i));
    }

    bool has(const QString &key) const
    {
        return m_json ? m_object.contains(key) && !m_object.value(key).isNull()
                      : m_text.contains(key) && !m_text.value(key).trimmed().isEmpty();
    }
    QString text(const QString &key) const
    {
        if (!m_json)
            return m_text.value(key).trimmed();
        const QJsonValue v = m_object.value(key);
        return v.isString() ? v.toString().trimmed() : v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : QString();
    }
    // nullopt when absent; *ok false when present but not a finite number.
    std::optional<double> number(const QString &key, bool *ok) const
    {
        if (!has(key))
            return std::nullopt;
        double value = 0;
        bool parsed = true;
        if (m_json) {
            const QJsonValue v = m_object.value(key);
            parsed = v.isDouble();
            value = v.toDouble();
            if (v.isString()) // vLLM writes "inf" for an unlimited request rate
                value = v.toString().toDouble(&parsed);
        } else {
            value = m_text.value(key).trimmed().toDouble(&parsed);
        }
        if (!parsed || !std::isfinite(value)) {
            *ok = false;
            return std::nullopt;
        }
        return value;
    }

private:
    QJsonObject m_object;
    QHash<QString, QString> m_text;
    bool m_json = false;
};

const QStringList &llamaBenchRequired()
{
    static const QStringList keys{QStringLiteral("model_n_params"), QStringLiteral("n_prompt"), QStringLiteral("n_gen"),
                                  QStringLiteral("avg_ts")};
    return keys;
}

const QStringList &atlasRequired()
{
    static const QStringList keys{QStringLiteral("model"), QStringLiteral("quant"), QStringLiteral("gpu")};
    return keys;
}

bool isLlamaBench(const Fields &f)
{
    return f.has(QStringLiteral("avg_ts")) && f.has(QStringLiteral("model_n_params"));
}

QString kvKey(const QString &typeK)
{
    const QString t = typeK.trimmed().toUpper();
    if (t.isEmpty() || t == QLatin1String("F16") || t == QLatin1String("FP16") || t == QLatin1String("BF16"))
        return QString();
    return t == QLatin1String("F8") ? QStringLiteral("FP8") : t;
}

// Reads one llama-bench row into *run; false with *error naming the reason.
bool readLlamaBench(const Fields &f, int line, const QString &fileName, RawRun *run, QString *error)
{
    for (const QString &key : llamaBenchRequired()) {
        if (!f.has(key)) {
            *error = atLine(line, QCoreApplication::translate("Measurements", "no “%1”: not a llama-bench row").arg(key));
            return false;
        }
    }
    bool ok = true;
    const double params = f.number(QStringLiteral("model_n_params"), &ok).value_or(0);
    const double nPrompt = f.number(QStringLiteral("n_prompt"), &ok).value_or(0);
    const double nGen = f.number(QStringLiteral("n_gen"), &ok).value_or(0);
    const double nDepth = f.number(QStringLiteral("n_depth"), &ok).value_or(0);
    const double speed = f.number(QStringLiteral("avg_ts"), &ok).value_or(0);
    const double gpuLayers = f.number(QStringLiteral("n_gpu_layers"), &ok).value_or(99);
    if (!ok) {
        *error = atLine(line, QCoreApplication::translate("Measurements", "a number field holds something else"));
        return false;
    }
    if (nPrompt < 0 || nGen < 0 || nDepth < 0 || (nPrompt == 0 && nGen == 0)) {
        *error = atLine(line, QCoreApplication::translate("Measurements", "neither a prompt nor generated tokens"));
        return false;
    }
    run->line = line;
    run->modelText = f.text(QStringLiteral("model_type"));
    run->fileName = QFileInfo(f.text(QStringLiteral("model_filename"))).fileName();
    run->modelParams = qint64(params);
    run->gpuText = gpuLayers > 0 ? f.text(QStringLiteral("gpu_info")) : QString();
    MeasurementRecord &r = run->record;
    r.quant = quantFromLlamaCpp(run->modelText);
    if (r.quant.isEmpty())
        r.quant = quantFromLlamaCpp(run->fileName);
    r.kvQuant = kvKey(f.text(QStringLiteral("type_k")));
    r.engine = SpeedModel::engineKey(InferenceEngine::LlamaCpp);
    if (nGen > 0) {
        r.decodeTokensPerS = speed;
        r.promptTokens = qint64(nDepth + nPrompt);
        r.context = qint64(nDepth + nPrompt + nGen);
    } else {
        r.prefillTokensPerS = speed;
        r.promptTokens = qint64(nPrompt);
        r.context = qint64(nDepth + nPrompt);
    }
    r.measuredOn = f.text(QStringLiteral("test_time")).left(10);
    const QString build = f.text(QStringLiteral("build_commit"));
    r.source = QStringLiteral("llama-bench%1 (%2)").arg(build.isEmpty() ? QString() : QLatin1Char(' ') + build, fileName);
    QStringList notes;
    if (f.has(QStringLiteral("stddev_ts")))
        notes << QStringLiteral("stddev %1 tok/s").arg(f.text(QStringLiteral("stddev_ts")));
    if (f.has(QStringLiteral("backends")))
        notes << f.text(QStringLiteral("backends"));
    if (gpuLayers <= 0)
        notes << QStringLiteral("n_gpu_layers 0");
    r.notes = notes.join(QStringLiteral("; "));
    return true;
}

bool readAtlas(const Fields &f, int line, const QString &fileName, RawRun *run, QString *error)
{
    for (const QString &key : atlasRequired()) {
        if (!f.has(key)) {
            *error = atLine(line, QCoreApplication::translate("Measurements", "no “%1”").arg(key));
            return false;
        }
    }
    bool ok = true;
    MeasurementRecord &r = run->record;
    const auto count = f.number(QStringLiteral("gpu_count"), &ok);
    const auto context = f.number(QStringLiteral("context"), &ok);
    const auto batch = f.number(QStringLiteral("batch"), &ok);
    r.vramBytes = f.number(QStringLiteral("vram_bytes"), &ok);
    r.decodeTokensPerS = f.number(QStringLiteral("decode_tokens_per_s"), &ok);
    r.prefillTokensPerS = f.number(QStringLiteral("prefill_tokens_per_s"), &ok);
    r.ttftMs = f.number(QStringLiteral("ttft_ms"), &ok);
    if (!ok) {
        *error = atLine(line, QCoreApplication::translate("Measurements", "a number field holds something else"));
        return false;
    }
    if (!r.vramBytes && !r.decodeTokensPerS && !r.prefillTokensPerS && !r.ttftMs) {
        *error = atLine(line, QCoreApplication::translate("Measurements", "nothing measured"));
        return false;
    }
    run->line = line;
    run->modelText = f.text(QStringLiteral("model"));
    run->gpuText = f.text(QStringLiteral("gpu"));
    run->gpuCount = int(count.value_or(1));
    r.quant = f.text(QStringLiteral("quant"));
    r.context = qint64(context.value_or(0));
    r.batch = int(batch.value_or(1));
    r.kvQuant = kvKey(f.text(QStringLiteral("kv_quant")));
    if (r.context < 0 || r.batch < 1 || run->gpuCount < 1) {
        *error = atLine(line, QCoreApplication::translate("Measurements", "context, batch or GPU count out of range"));
        return false;
    }
    const QString engine = f.text(QStringLiteral("engine"));
    if (!engine.isEmpty()) {
        const auto known = SpeedModel::engineFromKey(engine);
        if (!known) {
            *error = atLine(line, QCoreApplication::translate("Measurements", "unknown engine “%1”").arg(engine));
            return false;
        }
        r.engine = SpeedModel::engineKey(*known);
    } else {
        r.engine = SpeedModel::engineKey(SpeedModel::defaultEngine(r.quant));
    }
    r.measuredOn = f.text(QStringLiteral("measured_on"));
    r.source = f.has(QStringLiteral("source")) ? f.text(QStringLiteral("source")) : fileName;
    r.notes = f.text(QStringLiteral("notes"));
    return true;
}

// `vllm bench serve --save-result`: one object for the whole benchmark.
bool readVllm(const QJsonObject &o, const QString &fileName, RawRun *run, QString *error)
{
    const Fields f(o);
    bool ok = true;
    const auto tpot = f.number(QStringLiteral("median_tpot_ms"), &ok);
    const auto meanTpot = f.number(QStringLiteral("mean_tpot_ms"), &ok);
    const auto ttft = f.number(QStringLiteral("median_ttft_ms"), &ok);
    const auto completed = f.number(QStringLiteral("completed"), &ok);
    const auto input = f.number(QStringLiteral("total_input_tokens"), &ok);
    const auto output = f.number(QStringLiteral("total_output_tokens"), &ok);
    const auto concurrency = f.number(QStringLiteral("max_concurrency"), &ok);
    const auto prompts = f.number(QStringLiteral("num_prompts"), &ok);
    if (!ok) {
        *error = atLine(1, QCoreApplication::translate("Measurements", "a number field holds something else"));
        return false;
    }
    const std::optional<double> perToken = tpot ? tpot : meanTpot;
    if (!f.has(QStringLiteral("model_id")) || !perToken || !completed || *completed < 1) {
        *error = atLine(1, QCoreApplication::translate("Measurements", "not a vLLM result: it needs model_id, completed and median_tpot_ms"));
        return false;
    }
    run->line = 1;
    run->modelText = f.text(QStringLiteral("model_id"));
    MeasurementRecord &r = run->record;
    r.engine = SpeedModel::engineKey(InferenceEngine::Vllm);
    // The weights vLLM serves are the repository's: BF16 unless its name says otherwise.
    const QString id = run->modelText.toUpper();
    r.quant = id.contains(QLatin1String("AWQ"))    ? QStringLiteral("AWQ-4bit")
              : id.contains(QLatin1String("GPTQ")) ? QStringLiteral("GPTQ-4bit")
              : id.contains(QLatin1String("FP8"))  ? QStringLiteral("FP8")
                                                   : QStringLiteral("BF16");
    r.decodeTokensPerS = *perToken > 0 ? 1000.0 / *perToken : 0.0;
    r.ttftMs = ttft;
    r.promptTokens = qint64(std::llround(input.value_or(0) / *completed));
    r.context = r.promptTokens + qint64(std::llround(output.value_or(0) / *completed));
    r.batch = int(std::clamp(concurrency.value_or(prompts.value_or(1)), 1.0, 1e6));
    const QString date = f.text(QStringLiteral("date")); // 20240912-101010
    const QDate day = QDate::fromString(date.left(8), QStringLiteral("yyyyMMdd"));
    r.measuredOn = day.isValid() ? day.toString(Qt::ISODate) : QString();
    r.source = QStringLiteral("vllm bench serve (%1)").arg(fileName);
    QStringList notes;
    for (const char *key : {"output_throughput", "total_token_throughput", "request_throughput", "p99_ttft_ms",
                            "p99_tpot_ms", "request_rate", "num_prompts"}) {
        const QString k = QString::fromLatin1(key);
        if (f.has(k))
            notes << k + QLatin1Char(' ') + f.text(k);
    }
    r.notes = notes.join(QStringLiteral("; "));
    return true;
}

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(data.left(std::min(offset, data.size())).count('\n')) + 1;
}

ParseResult parseJsonRows(const QJsonArray &rows, const QString &fileName)
{
    ParseResult result;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int entry = int(i) + 1;
        if (!rows.at(i).isObject()) {
            result.error = QCoreApplication::translate("Measurements", "entry %1: not an object").arg(entry);
            return result;
        }
        const Fields f(rows.at(i).toObject());
        const FileFormat format = isLlamaBench(f) ? FileFormat::LlamaBenchJson : FileFormat::AtlasJson;
        if (result.format && *result.format != format) {
            result.error = QCoreApplication::translate("Measurements", "entry %1: a different kind of row from the first; mixed files are refused").arg(entry);
            result.runs.clear();
            return result;
        }
        result.format = format;
        RawRun run;
        QString error;
        const bool read = format == FileFormat::LlamaBenchJson ? readLlamaBench(f, entry, fileName, &run, &error)
                                                               : readAtlas(f, entry, fileName, &run, &error);
        if (!read) {
            result.error = QCoreApplication::translate("Measurements", "entry %1: %2").arg(entry).arg(error.section(QStringLiteral(": "), 1));
            result.runs.clear();
            return result;
        }
        result.runs << run;
    }
    return result;
}

} // namespace

QString formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::LlamaBenchJson: return QStringLiteral("llama-bench JSON");
    case FileFormat::LlamaBenchJsonl: return QStringLiteral("llama-bench JSONL");
    case FileFormat::LlamaBenchCsv: return QStringLiteral("llama-bench CSV");
    case FileFormat::VllmJson: return QStringLiteral("vllm bench serve JSON");
    case FileFormat::AtlasCsv: return QStringLiteral("LLM Atlas measurements CSV");
    case FileFormat::AtlasJson: return QStringLiteral("LLM Atlas measurements JSON");
    }
    return QString();
}

QString quantFromLlamaCpp(const QString &text)
{
    // llama.cpp's file-type descriptions (llama_model_ftype_name) and the names files carry.
    static const QRegularExpression described(QStringLiteral("\\b(I?Q[0-9]_[0-9K]|IQ[0-9]_[A-Z]+|BF16|F16|F32)"
                                                             "(?: - (Small|Medium|Large|[0-9.]+ bpw))?"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(QStringLiteral("(?:^|[^A-Za-z0-9])(I?Q[0-9]_K_[SML]|I?Q[0-9]_[0-9K]|IQ[0-9]_"
                                                         "[A-Z]+|BF16|F16|F32)(?:[^A-Za-z0-9]|$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString base;
    QString size;
    if (const auto m = described.match(text); m.hasMatch() && text.contains(QLatin1String(" - "))) {
        base = m.captured(1).toUpper();
        size = m.captured(2);
    } else if (const auto n = named.match(text); n.hasMatch()) {
        base = n.captured(1).toUpper();
    } else if (const auto d = described.match(text); d.hasMatch()) {
        base = d.captured(1).toUpper();
    }
    if (base.isEmpty())
        return QString();
    if (base == QLatin1String("F16"))
        return QStringLiteral("FP16");
    if (base == QLatin1String("F32"))
        return QStringLiteral("FP32");
    if (size.startsWith(QLatin1Char('S'), Qt::CaseInsensitive) || size.startsWith(QLatin1Char('M'), Qt::CaseInsensitive)
        || size.startsWith(QLatin1Char('L'), Qt::CaseInsensitive))
        return base + QLatin1Char('_') + size.at(0).toUpper();
    return base;
}

ParseResult parse(const QByteArray &data, const QString &fileName)
{
    ParseResult result;
    const QByteArray trimmed = data.trimmed();
    if (trimmed.isEmpty()) {
        result.error = QCoreApplication::translate("Measurements", "the file is empty");
        return result;
    }
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            if (document.isArray())
                return parseJsonRows(document.array(), fileName);
            const QJsonObject object = document.object();
            if (object.value(QStringLiteral("rows")).isArray()) {
                result = parseJsonRows(object.value(QStringLiteral("rows")).toArray(), fileName);
                if (result.format == FileFormat::LlamaBenchJson && result.error.isEmpty()) {
                    result.error = QCoreApplication::translate("Measurements", "llama-bench rows inside an LLM Atlas file; mixed files are refused");
                    result.runs.clear();
                }
                return result;
            }
            RawRun run;
            if (isLlamaBench(Fields(object))) { // a JSONL file of one line
                result.format = FileFormat::LlamaBenchJsonl;
                if (!readLlamaBench(Fields(object), 1, fileName, &run, &result.error))
                    return result;
            } else {
                result.format = FileFormat::VllmJson;
                if (!readVllm(object, fileName, &run, &result.error))
                    return result;
            }
            result.runs << run;
            return result;
        }
        if (trimmed.startsWith('[')) {
            result.error = atLine(lineOfOffset(data, parseError.offset),
                                  QCoreApplication::translate("Measurements", "broken JSON (%1); truncated?").arg(parseError.errorString()));
            return result;
        }
        // JSONL: one llama-bench object per line.
        result.format = FileFormat::LlamaBenchJsonl;
        const QList<QByteArray> lines = data.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const int line = int(i) + 1;
            if (lines.at(i).trimmed().isEmpty())
                continue;
            const QJsonDocument one = QJsonDocument::fromJson(lines.at(i), &parseError);
            if (parseError.error != QJsonParseError::NoError || !one.isObject()) {
                result.error = atLine(line, QCoreApplication::translate("Measurements", "not a JSON object (%1); truncated?").arg(parseError.errorString()));
                result.runs.clear();
                return result;
            }
            RawRun run;
            if (!readLlamaBench(Fields(one.object()), line, fileName, &run, &result.error)) {
                result.runs.clear();
                return result;
            }
            result.runs << run;
        }
        return result;
    }

    QList<CsvRecord> records;
    if (!readCsv(QString::fromUtf8(data), &records, &result.error))
        return result;
    const QStringList header = records.takeFirst().fields;
    const bool llamaBench = header.contains(QStringLiteral("avg_ts"));
    if (!llamaBench && !header.contains(QStringLiteral("model"))) {
        result.error = atLine(1, QCoreApplication::translate("Measurements", "not a known measurements file: no llama-bench or LLM Atlas header"));
        return result;
    }
    result.format = llamaBench ? FileFormat::LlamaBenchCsv : FileFormat::AtlasCsv;
    for (const CsvRecord &record : std::as_const(records)) {
        if (record.fields.size() != header.size()) {
            result.error = atLine(record.line, QCoreApplication::translate("Measurements", "%1 fields where the header has %2; truncated or mixed?")
                                                   .arg(record.fields.size())
                                                   .arg(header.size()));
            result.runs.clear();
            return result;
        }
        const Fields f(header, record.fields);
        RawRun run;
        const bool read = llamaBench ? readLlamaBench(f, record.line, fileName, &run, &result.error)
                                     : readAtlas(f, record.line, fileName, &run, &result.error);
        if (!read) {
            result.runs.clear();
            return result;
        }
        result.runs << run;
    }
    return result;
}

namespace {

QStringList gpuTokens(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\-_/()]+"));
    static const QStringList vendorWords{QStringLiteral("nvidia"), QStringLiteral("geforce"), QStringLiteral("amd"),
                                         QStringLiteral("radeon"), QStringLiteral("apple"), QStringLiteral("instinct")};
    QStringList tokens;
    for (const QString &t : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (!vendorWords.contains(t))
            tokens << t;
    }
    return tokens;
}

// The dataset GPU one device string names: every word of the GPU's name in the string, or every word but its
// memory size ("RTX 3060 12GB" for "NVIDIA GeForce RTX 3060") when only one GPU matches so.
const GpuRecord *gpuOfDevice(const Dataset &dataset, const QString &device)
{
    static const QRegularExpression memorySize(QStringLiteral("^[0-9]+gb$"));
    const QStringList words = gpuTokens(device);
    const GpuRecord *full = nullptr;
    qsizetype fullWords = 0;
    QList<const GpuRecord *> partial;
    for (const GpuRecord &gpu : dataset.gpus) {
        const QStringList name = gpuTokens(gpu.name);
        if (name.isEmpty())
            continue;
        const bool all = std::all_of(name.cbegin(), name.cend(), [&](const QString &w) { return words.contains(w); });
        if (all && name.size() > fullWords) {
            full = &gpu;
            fullWords = name.size();
        }
        const bool allButSize = std::all_of(name.cbegin(), name.cend(), [&](const QString &w) {
            return words.contains(w) || memorySize.match(w).hasMatch();
        });
        if (allButSize)
            partial << &gpu;
    }
    if (full)
        return full;
    return partial.size() == 1 ? partial.constFirst() : nullptr;
}

QString paramsText(qint64 params)
{
    return QString::number(double(params) / 1e9, 'f', 2) + QStringLiteral(" B");
}

// The dataset model of a llama-bench row: parameters within 1 %, the file name breaking ties.
const ModelRecord *modelOfParams(const Dataset &dataset, const RawRun &run, QString *why)
{
    QList<const ModelRecord *> sized;
    for (const ModelRecord &model : dataset.models) {
        if (model.totalParams > 0 && std::abs(double(run.modelParams - model.totalParams)) <= 0.01 * model.totalParams)
            sized << &model;
    }
    if (sized.isEmpty()) {
        *why = QCoreApplication::translate("Measurements", "no model of %1 parameters (within 1 %)").arg(paramsText(run.modelParams));
        return nullptr;
    }
    if (sized.size() == 1)
        return sized.constFirst();
    const QString file = compact(run.fileName);
    QList<const ModelRecord *> named;
    for (const ModelRecord *model : std::as_const(sized)) {
        if (!file.isEmpty()
            && (file.contains(compact(model->name))
                || (!model->referenceModel.isEmpty() && file.contains(compact(model->referenceModel)))))
            named << model;
    }
    if (named.size() == 1)
        return named.constFirst();
    QStringList names;
    for (const ModelRecord *model : std::as_const(sized))
        names << model->name;
    *why = QCoreApplication::translate("Measurements", "%1 parameters fit several models (%2) and the file name “%3” names none of them")
               .arg(paramsText(run.modelParams), names.join(QStringLiteral(", ")), run.fileName);
    return nullptr;
}

// A Hugging Face repository id against each model's name and the model its facts come from.
const ModelRecord *modelOfRepository(const Dataset &dataset, const QString &repository, QString *why)
{
    const QString key = compact(repository.section(QLatin1Char('/'), -1));
    QList<const ModelRecord *> exact;
    QList<const ModelRecord *> contained;
    for (const ModelRecord &model : dataset.models) {
        const QString name = compact(model.name);
        const QString reference = compact(model.referenceModel);
        if (key == name || (!reference.isEmpty() && key == reference))
            exact << &model;
        else if ((!name.isEmpty() && key.contains(name)) || (!reference.isEmpty() && key.contains(reference)))
            contained << &model;
    }
    if (exact.size() == 1)
        return exact.constFirst();
    if (exact.isEmpty() && contained.size() == 1)
        return contained.constFirst();
    *why = QCoreApplication::translate("Measurements", "no single model for “%1”").arg(repository);
    return nullptr;
}

KvPrecision kvPrecisionOf(const QString &key)
{
    const QString k = key.toUpper();
    if (k == QLatin1String("FP8"))
        return KvPrecision::Fp8;
    if (k == QLatin1String("Q8_0"))
        return KvPrecision::Q8_0;
    if (k == QLatin1String("Q4_0"))
        return KvPrecision::Q4_0;
    return KvPrecision::Fp16;
}

InferenceEngine engineOf(const MeasurementRecord &run)
{
    return SpeedModel::engineFromKey(run.engine).value_or(SpeedModel::defaultEngine(run.quant));
}

} // namespace

std::optional<RunSetting> settingOf(const Dataset &dataset, const MeasurementRecord &run)
{
    const ModelRecord *model = dataset.model(run.modelId);
    const GpuRecord *gpu = dataset.gpu(run.gpuId);
    const QuantFormatRecord *format = dataset.quantFormat(run.quant);
    if (!model || !gpu || !format)
        return std::nullopt;
    RunSetting setting;
    setting.model = model;
    setting.configuration.gpu = *gpu;
    setting.configuration.count = std::max(run.gpuCount, 1);
    FitParameters &p = setting.parameters;
    p.bitsPerWeight = format->bitsPerWeight;
    p.quantName = format->name;
    p.promptTokens = run.promptTokens > 0 ? run.promptTokens
                                          : std::min<qint64>(SpeedConstants::DefaultPromptTokens, std::max<qint64>(run.context, 1));
    p.contextTokens = std::max({run.context, p.promptTokens, qint64(1)});
    p.batch = std::max(run.batch, 1);
    p.kvPrecision = kvPrecisionOf(run.kvQuant);
    p.engine = engineOf(run);
    return setting;
}

RunMatch runMatching(const Dataset &dataset, qint64 modelId, const QString &quant, const GpuConfiguration &config,
                     const FitParameters &params)
{
    RunMatch match;
    // The engine decides both speed and memory (vLLM reserves most of the GPU up front).
    const InferenceEngine engine = SpeedModel::engineOn(config, params);
    // Runs are stored in the order they were imported: the last one that matches is the latest.
    for (const MeasurementRecord &run : dataset.measurements) {
        if (run.modelId != modelId || run.quant != quant || run.gpuId != config.gpu.id
            || std::max(run.gpuCount, 1) != config.count || std::max(run.batch, 1) != params.batch
            || engineOf(run) != engine)
            continue;
        const bool sameMemorySetting =
            run.context == params.contextTokens && kvPrecisionOf(run.kvQuant) == params.kvPrecision;
        if (sameMemorySetting || !match.sameMemorySetting)
            match = {&run, sameMemorySetting};
    }
    return match;
}

QString ImportPlan::report() const
{
    QString text;
    if (format)
        text += QCoreApplication::translate("Measurements", "%1: %2 run(s) read.").arg(formatName(*format)).arg(accepted.size() + unmatched.size() + rejected.size())
                + QLatin1Char('\n');
    for (const QString &line : unmatched)
        text += QCoreApplication::translate("Measurements", "Unmatched: %1").arg(line) + QLatin1Char('\n');
    for (const QString &line : rejected)
        text += QCoreApplication::translate("Measurements", "Rejected: %1").arg(line) + QLatin1Char('\n');
    if (!error.isEmpty())
        text += error + QLatin1Char('\n');
    return text;
}

ImportPlan plan(const Dataset &dataset, const QByteArray &data, const QString &fileName, const MatchOptions &options)
{
    ImportPlan plan;
    const ParseResult parsed = parse(data, fileName);
    plan.format = parsed.format;
    if (!parsed.error.isEmpty()) {
        plan.error = parsed.error;
        return plan;
    }
    if (parsed.runs.isEmpty()) {
        plan.error = QCoreApplication::translate("Measurements", "the file holds no runs");
        return plan;
    }

    QStringList modelNames;
    for (const ModelRecord &model : dataset.models)
        modelNames << model.name;
    QStringList gpuNames;
    for (const GpuRecord &gpu : dataset.gpus)
        gpuNames << gpu.name;
    const ModelRecord *namedModel = nullptr;
    const GpuRecord *namedGpu = nullptr;
    if (!options.model.isEmpty()) {
        const NameMatcher::Result found = NameMatcher::find(modelNames, options.model, QStringLiteral("model"));
        if (found.index < 0) {
            plan.error = found.error;
            return plan;
        }
        namedModel = &dataset.models.at(found.index);
    }
    if (!options.gpu.isEmpty()) {
        const NameMatcher::Result found = NameMatcher::find(gpuNames, options.gpu, QStringLiteral("GPU"));
        if (found.index < 0) {
            plan.error = found.error;
            return plan;
        }
        namedGpu = &dataset.gpus.at(found.index);
    }

    for (const RawRun &raw : parsed.runs) {
        MeasurementRecord run = raw.record;
        QString why;
        const ModelRecord *model = namedModel;
        if (!model) {
            if (parsed.format == FileFormat::VllmJson)
                model = modelOfRepository(dataset, raw.modelText, &why);
            else if (raw.modelParams > 0)
                model = modelOfParams(dataset, raw, &why);
            else if (const auto found = NameMatcher::find(modelNames, raw.modelText, QStringLiteral("model"));
                     found.index >= 0)
                model = &dataset.models.at(found.index);
            else
                why = found.error;
        }
        const GpuRecord *gpu = namedGpu;
        int count = options.count > 0 ? options.count : std::max(raw.gpuCount, 1);
        if (!gpu && model) {
            if (raw.gpuText.isEmpty()) {
                why = parsed.format == FileFormat::VllmJson ? QCoreApplication::translate("Measurements", "the file does not name its GPU: give --gpu")
                                                            : QCoreApplication::translate("Measurements", "no GPU (run on the CPU?); give --gpu");
            } else if (parsed.format == FileFormat::AtlasCsv || parsed.format == FileFormat::AtlasJson) {
                const auto found = NameMatcher::find(gpuNames, raw.gpuText, QStringLiteral("GPU"));
                if (found.index >= 0)
                    gpu = &dataset.gpus.at(found.index);
                else
                    why = found.error;
            } else {
                // llama-bench's gpu_info: one entry per device, comma-separated.
                const QStringList devices = raw.gpuText.split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (const QString &device : devices) {
                    const GpuRecord *each = gpuOfDevice(dataset, device);
                    if (!each || (gpu && each != gpu)) {
                        gpu = nullptr;
                        why = QCoreApplication::translate("Measurements", "no single dataset GPU for “%1”").arg(raw.gpuText);
                        break;
                    }
                    gpu = each;
                }
                if (gpu && options.count <= 0)
                    count = int(devices.size());
            }
        }
        if (model && gpu && !dataset.quantFormat(run.quant))
            why = run.quant.isEmpty() ? QCoreApplication::translate("Measurements", "no weight format in “%1”").arg(raw.modelText)
                                      : QCoreApplication::translate("Measurements", "the weight format %1 is not in the dataset").arg(run.quant);
        const QString where = atLine(raw.line, QString());
        if (!model || !gpu || !why.isEmpty()) {
            plan.unmatched << where + why;
            continue;
        }
        run.modelId = model->id;
        run.gpuId = gpu->id;
        run.gpuCount = count;

        // Physically possible? Zero, negative and beyond the bound by AbsurdFactor are refused.
        const std::optional<RunSetting> setting = settingOf(dataset, run);
        const MemoryEstimate memory = MemoryEstimator::estimate(*setting->model, setting->configuration, setting->parameters);
        MemoryEstimate anyway = memory;
        anyway.verdict = FitVerdict::FitsWithRoom; // it ran, whatever the estimate says
        const SpeedEstimate bound = SpeedModel::estimate(*setting->model, setting->configuration, setting->parameters, anyway);
        QStringList problems;
        const auto check = [&](std::optional<double> value, double ceiling, const QString &what) {
            if (!value)
                return;
            if (*value <= 0)
                problems << QCoreApplication::translate("Measurements", "%1 of %2 tok/s").arg(what).arg(*value);
            else if (ceiling > 0 && *value > AbsurdFactor * ceiling)
                problems << QCoreApplication::translate("Measurements", "%1 of %2 tok/s is beyond 10x the bound of %3 tok/s")
                                .arg(what)
                                .arg(*value)
                                .arg(ceiling, 0, 'f', 1);
        };
        check(run.decodeTokensPerS, bound.decodeBoundTokensPerS * (run.batch > 1 ? run.batch : 1), QCoreApplication::translate("Measurements", "decode"));
        check(run.prefillTokensPerS, bound.prefillBoundTokensPerS, QCoreApplication::translate("Measurements", "prefill"));
        if (run.vramBytes && *run.vramBytes <= 0)
            problems << QCoreApplication::translate("Measurements", "memory of %1 bytes").arg(*run.vramBytes);
        if (run.ttftMs && *run.ttftMs <= 0)
            problems << QCoreApplication::translate("Measurements", "time to first token of %1 ms").arg(*run.ttftMs);
        if (!problems.isEmpty()) {
            plan.rejected << where + problems.join(QStringLiteral("; "));
            continue;
        }
        plan.accepted << run;
    }
    return plan;
}

std::optional<double> errorPct(std::optional<double> estimated, std::optional<double> measured)
{
    if (!estimated || !measured || *measured <= 0)
        return std::nullopt;
    return (*estimated - *measured) / *measured * 100.0;
}

Comparison compare(const Dataset &dataset, const MeasurementRecord &run)
{
    Comparison c;
    c.run = run;
    const std::optional<RunSetting> setting = settingOf(dataset, run);
    if (!setting)
        return c;
    const MemoryEstimate memory = MemoryEstimator::estimate(*setting->model, setting->configuration, setting->parameters);
    if (run.vramBytes)
        c.estimatedVram = memory.totalBytes;
    const SpeedEstimate speed = SpeedModel::estimate(*setting->model, setting->configuration, setting->parameters, memory);
    if (speed.available) {
        if (run.decodeTokensPerS) {
            if (run.batch > 1) {
                const double kv = MemoryEstimator::kvCacheBytes(*setting->model, setting->parameters.promptTokens,
                                                                setting->parameters);
                c.estimatedDecode = SpeedModel::batchStep(*setting->model, setting->configuration, setting->parameters,
                                                          run.batch, kv)
                                        .perSequenceTokensPerS;
            } else {
                c.estimatedDecode = speed.decodeTokensPerS;
            }
        }
        if (run.prefillTokensPerS)
            c.estimatedPrefill = speed.prefillTokensPerS;
    }
    c.decodeErrorPct = errorPct(c.estimatedDecode, run.decodeTokensPerS);
    c.prefillErrorPct = errorPct(c.estimatedPrefill, run.prefillTokensPerS);
    c.vramErrorPct = errorPct(c.estimatedVram, run.vramBytes);
    return c;
}

Summary summarize(const QList<Comparison> &comparisons)
{
    QList<double> errors;
    for (const Comparison &c : comparisons) {
        for (const auto &e : {c.decodeErrorPct, c.prefillErrorPct, c.vramErrorPct}) {
            if (e)
                errors << std::abs(*e);
        }
    }
    Summary s;
    s.errors = int(errors.size());
    if (errors.isEmpty())
        return s;
    std::sort(errors.begin(), errors.end());
    const qsizetype n = errors.size();
    s.medianAbsoluteErrorPct = n % 2 ? errors.at(n / 2) : (errors.at(n / 2 - 1) + errors.at(n / 2)) / 2.0;
    s.within20Pct = int(std::count_if(errors.cbegin(), errors.cend(), [](double e) { return e <= 20.0; }));
    return s;
}

QList<Calibration> fitCalibrations(const Dataset &dataset)
{
    struct Sums
    {
        double decode = 0;
        int decodeRuns = 0;
        double prefill = 0;
        int prefillRuns = 0;
    };
    QList<std::pair<qint64, InferenceEngine>> order;
    QHash<QString, Sums> sums;
    for (const MeasurementRecord &run : dataset.measurements) {
        if (run.batch > 1 || !(run.decodeTokensPerS || run.prefillTokensPerS))
            continue;
        const std::optional<RunSetting> setting = settingOf(dataset, run);
        if (!setting)
            continue;
        MemoryEstimate anyway = MemoryEstimator::estimate(*setting->model, setting->configuration, setting->parameters);
        anyway.verdict = FitVerdict::FitsWithRoom; // it ran
        const SpeedEstimate bound = SpeedModel::estimate(*setting->model, setting->configuration, setting->parameters, anyway);
        const InferenceEngine engine = bound.engine;
        const QString key = QString::number(run.gpuId) + QLatin1Char('/') + SpeedModel::engineKey(engine);
        if (!sums.contains(key))
            order.append({run.gpuId, engine});
        Sums &s = sums[key];
        const auto usable = [](std::optional<double> measured, double ceiling) {
            return measured && *measured > 0 && ceiling > 0 && *measured <= AbsurdFactor * ceiling;
        };
        if (usable(run.decodeTokensPerS, bound.decodeBoundTokensPerS)) {
            s.decode += *run.decodeTokensPerS / bound.decodeBoundTokensPerS;
            ++s.decodeRuns;
        }
        if (usable(run.prefillTokensPerS, bound.prefillBoundTokensPerS)) {
            s.prefill += *run.prefillTokensPerS / bound.prefillBoundTokensPerS;
            ++s.prefillRuns;
        }
    }
    QList<Calibration> calibrations;
    for (const auto &[gpuId, engine] : std::as_const(order)) {
        const Sums s = sums.value(QString::number(gpuId) + QLatin1Char('/') + SpeedModel::engineKey(engine));
        if (s.decodeRuns + s.prefillRuns == 0)
            continue;
        Calibration c;
        c.gpuId = gpuId;
        c.engine = engine;
        c.decodeRuns = s.decodeRuns;
        c.prefillRuns = s.prefillRuns;
        if (s.decodeRuns > 0) {
            c.speed.bandwidthEfficiency = s.decode / s.decodeRuns;
            c.speed.perTokenOverheadS = 0; // measured along with the rest
        }
        if (s.prefillRuns > 0)
            c.speed.computeEfficiency = s.prefill / s.prefillRuns;
        const GpuRecord *gpu = dataset.gpu(gpuId);
        c.speed.basis = QCoreApplication::translate("Measurements", "calibrated from %n run(s) on %1", nullptr, c.runs())
                            .arg(gpu ? gpu->name : QString());
        calibrations << c;
    }
    return calibrations;
}

const Calibration *calibrationFor(const QList<Calibration> &calibrations, qint64 gpuId, InferenceEngine engine)
{
    for (const Calibration &c : calibrations) {
        if (c.gpuId == gpuId && c.engine == engine)
            return &c;
    }
    return nullptr;
}

} // namespace Measurements
