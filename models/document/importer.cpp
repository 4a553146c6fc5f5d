#include "models/document/importer.h"

#include "models/core/dataset.h"
#include "models/core/nameindex.h"
#include "models/core/namematcher.h"
#include "models/core/tiersnapshots.h"
#include "models/core/validation.h"
#include "models/document/datapack.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

// One row of the file: its position and its cells by column (an empty cell is null; a key a JSON object
// does not have is absent).
struct InputRow
{
    int line = 0;
    QList<std::optional<QVariant>> cells;
    QString error; // the row itself is malformed
};

// A file's columns and a way to walk its rows. Rows are read one at a time and never all kept: a
// 100,000-row file then costs its text and the preview, not a copy of every cell.
struct Table
{
    QStringList keys;
    QHash<QString, int> columns; // key -> cell index
    QString error;               // the file as a whole cannot be read
    qsizetype sizeHint = 0;      // about how many rows there are, for reserving room
    // Calls visit(row, share of the file read) for each row in order, until visit returns false. Returns
    // why the file turned out to be unreadable part-way, or an empty string.
    std::function<QString(const std::function<bool(const InputRow &, double)> &)> forEachRow;

    int addKey(const QString &key)
    {
        const auto it = columns.constFind(key);
        if (it != columns.cend())
            return *it;
        keys << key;
        columns.insert(key, int(keys.size() - 1));
        return int(keys.size() - 1);
    }
    bool has(const InputRow &row, const QString &key) const
    {
        const int column = columns.value(key, -1);
        return column >= 0 && column < row.cells.size() && row.cells.at(column).has_value();
    }
    QVariant value(const InputRow &row, const QString &key) const
    {
        return has(row, key) ? *row.cells.at(columns.value(key)) : QVariant();
    }
};

// RFC 4180 as TableWriter writes it: comma-separated, fields with commas, quotes or line breaks quoted,
// quotes doubled, CRLF or LF line ends. Reads one record at a time; the caller takes off the guard against
// formulas (TableWriter::removeFormulaGuard).
class CsvReader
{
public:
    explicit CsvReader(const QString &text)
        : m_text(text)
    {
    }

    // The next non-blank record and the line it starts on; false at the end of the text or on an error.
    bool next(QStringList *record, int *recordLine)
    {
        while (m_position < m_text.size() && m_error.isEmpty()) {
            if (readRecord(record, recordLine) && !(record->size() == 1 && record->first().isEmpty()))
                return true;
        }
        return false;
    }
    QString error() const { return m_error; }
    double shareRead() const { return m_text.isEmpty() ? 1.0 : double(m_position) / double(m_text.size()); }

private:
    // Ordinary characters are taken in runs, not one at a time: a 100,000-row file has millions of them.
    bool readRecord(QStringList *record, int *recordLine)
    {
        record->clear();
        *recordLine = m_line;
        const qsizetype end = m_text.size();
        QString field;
        bool fieldWasQuoted = false;
        while (m_position < end) {
            const QChar c = m_text.at(m_position);
            if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
                fieldWasQuoted = true;
                ++m_position;
                if (!readQuoted(&field)) {
                    m_error = Importer::tr("line %1: a quoted field is never closed.").arg(*recordLine);
                    return false;
                }
            } else if (c == QLatin1Char(',')) {
                ++m_position;
                *record << field;
                field.clear();
                fieldWasQuoted = false;
            } else if (c == QLatin1Char('\r')) {
                ++m_position;
            } else if (c == QLatin1Char('\n')) {
                ++m_position;
                ++m_line;
                *record << field;
                return true;
            } else {
                // A quote inside an unquoted field, or after a quoted part, is an ordinary character.
                qsizetype stop = m_position + 1;
                while (stop < end && !endsRun(m_text.at(stop)))
                    ++stop;
                field += QStringView(m_text).sliced(m_position, stop - m_position);
                m_position = stop;
            }
        }
        *record << field;
        return true;
    }

    static bool endsRun(QChar c)
    {
        return c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }

    // Reads a quoted field's text after its opening quote, up to and past the closing one; false when the
    // text ends first.
    bool readQuoted(QString *field)
    {
        const QStringView text(m_text);
        while (true) {
            const qsizetype quote = text.indexOf(QLatin1Char('"'), m_position);
            const QStringView part = text.sliced(m_position, (quote < 0 ? text.size() : quote) - m_position);
            m_line += int(part.count(QLatin1Char('\n')));
            *field += part;
            if (quote < 0) {
                m_position = text.size();
                return false;
            }
            if (quote + 1 < text.size() && text.at(quote + 1) == QLatin1Char('"')) {
                *field += QLatin1Char('"');
                m_position = quote + 2;
                continue;
            }
            m_position = quote + 1;
            return true;
        }
    }

    QString m_text;
    qsizetype m_position = 0;
    int m_line = 1;
    QString m_error;
};

Table parseCsv(const QString &text)
{
    Table table;
    auto reader = std::make_shared<CsvReader>(text);
    QStringList header;
    int headerLine = 0;
    if (!reader->next(&header, &headerLine)) {
        table.error = !reader->error().isEmpty() ? reader->error() : Importer::tr("the file is empty.");
        return table;
    }
    for (const QString &key : std::as_const(header))
        table.addKey(key.trimmed());
    table.sizeHint = text.count(QLatin1Char('\n'));
    const qsizetype width = table.keys.size();
    table.forEachRow = [reader, width](const std::function<bool(const InputRow &, double)> &visit) {
        QStringList fields;
        InputRow row;
        while (reader->next(&fields, &row.line)) {
            row.error.clear();
            if (fields.size() != width)
                row.error = Importer::tr("has %1 fields; the header has %2.").arg(fields.size()).arg(width);
            row.cells.clear();
            // A text cell TableWriter guarded against being read as a formula reads back as it was.
            for (qsizetype c = 0; c < std::min(fields.size(), width); ++c)
                row.cells << (fields.at(c).isEmpty() ? QVariant()
                                                     : QVariant(TableWriter::removeFormulaGuard(fields.at(c))));
            if (!visit(row, reader->shareRead()))
                return QString();
        }
        return reader->error();
    };
    return table;
}

// LiteLLM's model_prices_and_context_window.json, the price map most tools share: an object of model keys
// ("deepinfra/meta-llama/Llama-3.3-70B-Instruct") whose values give litellm_provider, mode and prices per
// token.
bool isLiteLlmPriceMap(const QJsonDocument &document)
{
    if (!document.isObject())
        return false;
    const QJsonObject map = document.object();
    return std::any_of(map.begin(), map.end(), [](const QJsonValue &value) {
        return value.isObject() && value.toObject().contains(QLatin1String("litellm_provider"));
    });
}

// The map's chat models as rows of our price table: per token to per million, the provider as our prices
// name it, the model linked where its name is one of ours (a model's name or its reference model's).
QJsonArray liteLlmRows(const QJsonObject &map, const Dataset &dataset, const QString &asOf, QStringList *notes)
{
    static const QHash<QString, QString> providers{
        {QStringLiteral("openai"), QStringLiteral("OpenAI")},          {QStringLiteral("anthropic"), QStringLiteral("Anthropic")},
        {QStringLiteral("gemini"), QStringLiteral("Google")},          {QStringLiteral("deepseek"), QStringLiteral("DeepSeek")},
        {QStringLiteral("mistral"), QStringLiteral("Mistral")},        {QStringLiteral("moonshot"), QStringLiteral("Moonshot")},
        {QStringLiteral("deepinfra"), QStringLiteral("DeepInfra")},    {QStringLiteral("together_ai"), QStringLiteral("Together AI")},
        {QStringLiteral("fireworks_ai"), QStringLiteral("Fireworks")}, {QStringLiteral("groq"), QStringLiteral("Groq")},
        {QStringLiteral("openrouter"), QStringLiteral("OpenRouter")},  {QStringLiteral("minimax"), QStringLiteral("MiniMax")},
    };
    QHash<QString, QString> ourModels; // normalized name -> our model's name
    for (const ModelRecord &model : dataset.models) {
        ourModels.insert(NameMatcher::normalized(model.referenceModel.section(QLatin1Char('/'), -1)), model.name);
        ourModels.insert(NameMatcher::normalized(model.name), model.name);
    }
    // Per token to per million, kept to a millionth of a dollar: 2.5e-06 is 2.5, not 2.4999999999999996.
    const auto perMillion = [](const QJsonValue &value) { return double(qRound64(value.toDouble() * 1e12)) / 1e6; };
    QJsonArray rows;
    QSet<QString> seen;
    int skipped = 0;
    int duplicates = 0;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (entry.value(QLatin1String("mode")).toString() != QLatin1String("chat")
            || !entry.value(QLatin1String("input_cost_per_token")).isDouble()
            || !entry.value(QLatin1String("output_cost_per_token")).isDouble()) {
            ++skipped;
            continue;
        }
        const QString litellmProvider = entry.value(QLatin1String("litellm_provider")).toString();
        const QString provider = providers.value(litellmProvider, litellmProvider);
        QString name = it.key();
        if (name.startsWith(litellmProvider + QLatin1Char('/')))
            name = name.mid(litellmProvider.size() + 1);
        name = name.section(QLatin1Char('/'), -1);
        if (provider.isEmpty() || name.isEmpty()) {
            ++skipped;
            continue;
        }
        // The map lists some models under two keys ("gpt-4o" and "openai/gpt-4o"): the first one counts.
        const QString identity = NameIndex::folded(provider + QLatin1Char(' ') + name);
        if (seen.contains(identity)) {
            ++duplicates;
            continue;
        }
        seen.insert(identity);
        QJsonObject row{{QStringLiteral("provider"), provider},
                        {QStringLiteral("model_name"), name},
                        {QStringLiteral("input_usd_per_mtok"), perMillion(entry.value(QLatin1String("input_cost_per_token")))},
                        {QStringLiteral("output_usd_per_mtok"), perMillion(entry.value(QLatin1String("output_cost_per_token")))},
                        {QStringLiteral("as_of"), asOf}};
        const QJsonValue cached = entry.value(QLatin1String("cache_read_input_token_cost"));
        if (cached.isDouble())
            row.insert(QStringLiteral("cached_input_usd_per_mtok"), perMillion(cached));
        const QString ours = ourModels.value(NameMatcher::normalized(name));
        if (!ours.isEmpty())
            row.insert(QStringLiteral("model"), ours);
        rows.append(row);
    }
    notes->append(Importer::tr("LiteLLM's price map: %1 chat models, prices per token written per million tokens "
                               "and dated %2 (the map carries no dates); %3 entries that are not chat models "
                               "or have no prices and %4 second keys of one model left out.")
                      .arg(rows.size())
                      .arg(asOf)
                      .arg(skipped)
                      .arg(duplicates));
    return rows;
}

Table tableOf(const QJsonArray &array);

Table parseJson(const QByteArray &data, const Dataset &dataset, Importer::Kind kind, QStringList *notes)
{
    Table table;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        table.error = Importer::tr("it is not valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset);
        return table;
    }
    const bool liteLlm = kind == Importer::Kind::Prices && isLiteLlmPriceMap(document);
    if (!document.isArray() && !liteLlm) {
        table.error = Importer::tr("it is JSON, but not an array of rows as LLM Atlas exports them.");
        return table;
    }
    return tableOf(liteLlm ? liteLlmRows(document.object(), dataset, QDate::currentDate().toString(Qt::ISODate), notes)
                           : document.array());
}

// Rows already read as JSON: each an object of column keys and values.
Table tableOf(const QJsonArray &array)
{
    Table table;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            table.addKey(it.key());
    }
    const QHash<QString, int> columns = table.columns;
    const qsizetype width = table.keys.size();
    table.sizeHint = array.size();
    table.forEachRow = [array, columns, width](const std::function<bool(const InputRow &, double)> &visit) {
        int item = 0;
        for (const QJsonValue &value : array) {
            InputRow row;
            row.line = ++item;
            row.cells.resize(width);
            if (!value.isObject()) {
                row.error = Importer::tr("is not an object of column keys and values.");
            } else {
                const QJsonObject object = value.toObject();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    const QVariant cell = it.value().isNull() ? QVariant() : it.value().toVariant();
                    if (it.value().isArray() || it.value().isObject())
                        row.error = Importer::tr("“%1” holds a list or an object, not a value.").arg(it.key());
                    // JSON can spell a NUL character (\u0000), but a CSV export could not carry it back (a file
                    // holding one is binary) and an SVG or HTML export cannot hold it at all.
                    else if (it.value().isString() && cell.toString().contains(QChar(0)))
                        row.error = Importer::tr("“%1” holds a NUL character.").arg(it.key());
                    row.cells[columns.value(it.key())] = cell;
                }
            }
            if (!visit(row, double(item) / double(array.size())))
                break;
        }
        return QString();
    };
    return table;
}

QString quote(const QVariant &value)
{
    const QString text = RecordFields::displayValue(value);
    return value.isNull() ? text : QStringLiteral("“%1”").arg(text);
}

// Columns the tables show but that are worked out from other facts, or belong to another kind.
QStringList derivedKeys(Importer::Kind kind)
{
    switch (kind) {
    case Importer::Kind::Models:
        return {QStringLiteral("rank"), QStringLiteral("tier"), QStringLiteral("highlights"),
                QStringLiteral("architecture"), QStringLiteral("memory_needed_bytes"), QStringLiteral("fit_verdict")};
    default:
        return {};
    }
}

struct KindInfo
{
    RecordKind recordKind;
    QStringList keyColumns;
};

KindInfo infoOf(Importer::Kind kind)
{
    switch (kind) {
    case Importer::Kind::Models: return {RecordKind::Model, {QStringLiteral("name")}};
    case Importer::Kind::Gpus: return {RecordKind::Gpu, {QStringLiteral("name")}};
    case Importer::Kind::Prices: return {RecordKind::ApiPrice, {QStringLiteral("provider"), QStringLiteral("model_name")}};
    case Importer::Kind::Tiers: return {RecordKind::TierEntry, {QStringLiteral("name"), QStringLiteral("tier")}};
    case Importer::Kind::Pack: break; // read section by section, as the kinds above
    }
    return {RecordKind::Model, {}};
}

// The dataset's record a row names, matched as names are (ignoring case), or nothing when the row adds one.
std::optional<AnyRecord> existingRecord(const NameIndex &names, Importer::Kind kind, const Table &table,
                                        const InputRow &row)
{
    const auto text = [&](const char *key) { return table.value(row, QLatin1String(key)).toString().trimmed(); };
    const auto found = [](const auto *record) {
        return record ? std::optional<AnyRecord>(*record) : std::optional<AnyRecord>();
    };
    switch (kind) {
    case Importer::Kind::Models: {
        ModelRecord named;
        named.name = text("name");
        return found(names.namesake(named));
    }
    case Importer::Kind::Gpus: {
        GpuRecord named;
        named.name = text("name");
        return found(names.namesake(named));
    }
    case Importer::Kind::Prices: {
        ApiPriceRecord named;
        named.provider = text("provider");
        named.modelName = text("model_name");
        return found(names.namesake(named));
    }
    case Importer::Kind::Tiers:
    case Importer::Kind::Pack: break;
    }
    return std::nullopt;
}

AnyRecord emptyRecord(Importer::Kind kind)
{
    switch (kind) {
    case Importer::Kind::Gpus: return GpuRecord();
    case Importer::Kind::Prices: return ApiPriceRecord();
    default: return ModelRecord();
    }
}

// Returns why the file could not be read to the end, or an empty string; *cancelled when progress said stop.
QString previewRecords(const Dataset &dataset, const Table &table, Importer::Kind kind, const Importer::Options &options,
                       Importer::Preview &preview, bool *cancelled)
{
    const KindInfo info = infoOf(kind);
    QStringList ignored;
    for (const QString &key : table.keys) {
        if (!RecordFields::field(info.recordKind, key) && !derivedKeys(kind).contains(key) && key != options.citationKey)
            ignored << key;
    }
    if (!ignored.isEmpty())
        preview.notes << Importer::tr("Ignored columns (not %1 facts): %2")
                             .arg(Importer::kindName(kind), ignored.join(QStringLiteral(", ")));
    // Each field's column, looked up once rather than once a row.
    QList<std::pair<const RecordFields::Field *, int>> fieldColumns;
    for (const RecordFields::Field &field : RecordFields::fields(info.recordKind)) {
        if (const auto column = table.columns.constFind(field.key); column != table.columns.cend())
            fieldColumns.append({&field, *column});
    }
    const auto cell = [](const InputRow &row, int column) -> const std::optional<QVariant> & {
        static const std::optional<QVariant> absent;
        return column < row.cells.size() ? row.cells.at(column) : absent;
    };
    preview.added.reserve(table.sizeHint);
    preview.changes.additions.reserve(table.sizeHint);
    const QString now = RecordFields::nowUtc();
    const NameIndex names(dataset);
    QHash<QString, int> seen;
    seen.reserve(table.sizeHint);
    const QString readError = table.forEachRow([&](const InputRow &row, double share) {
        if (options.progress && !options.progress(share)) {
            *cancelled = true;
            return false;
        }
        QStringList keyParts;
        for (const QString &key : info.keyColumns)
            keyParts << table.value(row, key).toString().trimmed();
        const QString name = keyParts.join(QLatin1Char(' ')).trimmed();
        const auto reject = [&](const QString &why) { preview.rejected << Importer::Row{row.line, name, why}; };
        if (!row.error.isEmpty()) {
            reject(row.error);
            return true;
        }
        if (keyParts.contains(QString())) {
            reject(Importer::tr("needs %1.").arg(info.keyColumns.join(Importer::tr(" and "))));
            return true;
        }
        const QString identity = NameIndex::folded(name);
        if (seen.contains(identity)) {
            reject(Importer::tr("appears twice (first on line %1).").arg(seen.value(identity)));
            return true;
        }
        seen.insert(identity, row.line);

        const std::optional<AnyRecord> existing = existingRecord(names, kind, table, row);
        AnyRecord record = existing ? *existing : emptyRecord(kind);
        QStringList problems;
        for (const auto &[field, column] : std::as_const(fieldColumns)) {
            const std::optional<QVariant> &value = cell(row, column);
            if (!value)
                continue;
            const QString error = RecordFields::setValue(record, *field, *value, &dataset, &names);
            if (!error.isEmpty())
                problems << error;
        }
        RecordFields::normalize(record);
        if (problems.isEmpty()) {
            const Validation::Messages messages = Validation::check(record, dataset, names);
            if (!messages.isEmpty())
                problems << Validation::summary(info.recordKind, messages).split(QLatin1Char('\n'));
        }
        if (!problems.isEmpty()) {
            reject(problems.join(QStringLiteral("; ")));
            return true;
        }
        const QVariant citation = options.citationKey.isEmpty() ? QVariant() : table.value(row, options.citationKey);
        if (!existing) {
            RecordFields::markEdited(record, {}, now);
            preview.added << Importer::Row{row.line, name, QString(), {}, citation};
            preview.changes.additions.append(std::move(record));
            return true;
        }
        const QStringList changed = RecordFields::differingKeys(*existing, record, &dataset);
        if (changed.isEmpty()) {
            ++preview.unchanged;
            return true;
        }
        QStringList details;
        QList<Importer::Row::Change> changes;
        for (const QString &key : changed) {
            const QString before = quote(RecordFields::value(*existing, key, &dataset));
            const QString after = quote(RecordFields::value(record, key, &dataset));
            details << QStringLiteral("%1 %2 → %3").arg(key, before, after);
            const RecordFields::Field *field = RecordFields::field(info.recordKind, key);
            changes.append({field ? field->title : key, before, after});
        }
        RecordFields::markEdited(record, changed, now);
        preview.changed << Importer::Row{row.line, name, details.join(QStringLiteral("; ")), std::move(changes), citation};
        preview.changes.changes << std::pair{*existing, record};
        return true;
    });
    return readError;
}

QString previewTiers(const Dataset &dataset, const Table &table, const Importer::Options &options,
                     Importer::Preview &preview, bool *cancelled)
{
    const TierListRecord *latest = dataset.latestTierList();
    TierListRecord list;
    list.name = !options.tierListName.isEmpty() ? options.tierListName
                : latest                         ? latest->name
                                                 : Importer::tr("Imported tier list");
    list.published = !options.published.isEmpty() ? options.published : QDate::currentDate().toString(Qt::ISODate);
    if (!RecordFields::isIsoDate(list.published)) {
        preview.error = Importer::tr("the tier list's date “%1” is not a date as 2026, 2026-03 or 2026-03-15.")
                            .arg(list.published);
        return QString();
    }
    const NameIndex names(dataset);
    QList<TierEntryRecord> entries;
    QHash<qint64, int> seenModels;
    QHash<int, int> seenRanks;
    int position = 0;
    QList<std::pair<int, QString>> lineAndName;
    const QString readError = table.forEachRow([&](const InputRow &row, double share) {
        if (options.progress && !options.progress(share)) {
            *cancelled = true;
            return false;
        }
        const QString name = table.value(row, QStringLiteral("name")).toString().trimmed();
        const auto reject = [&](const QString &why) { preview.rejected << Importer::Row{row.line, name, why}; };
        if (!row.error.isEmpty()) {
            reject(row.error);
            return true;
        }
        // A models table lists models outside the tier list too, with an empty tier: they are not in it.
        if (table.value(row, QStringLiteral("tier")).toString().trimmed().isEmpty())
            return true;
        ++position;
        ModelRecord named;
        named.name = name;
        const ModelRecord *model = names.namesake(named);
        if (!model) {
            reject(Importer::tr("there is no model named “%1”; import it as a model first.").arg(name));
            return true;
        }
        AnyRecord record = TierEntryRecord{0, model->id, {}, position, {}, {}, {}, {}};
        QStringList problems;
        for (const char *key : {"tier", "rank", "highlights", "quoted_params"}) {
            const QString k = QLatin1String(key);
            if (!table.has(row, k) || (k == QLatin1String("rank") && table.value(row, k).isNull()))
                continue;
            const QString error = RecordFields::setValue(record, k, table.value(row, k), &dataset);
            if (!error.isEmpty())
                problems << error;
        }
        TierEntryRecord entry = std::get<TierEntryRecord>(record);
        if (entry.quotedParams.isEmpty())
            entry.quotedParams = QString::number(double(model->totalParams) / 1e9, 'g', 4) + QLatin1Char('B');
        if (entry.rank <= 0)
            problems << Importer::tr("Rank must be 1 or more.");
        if (seenModels.contains(model->id))
            problems << Importer::tr("appears twice (first on line %1).").arg(seenModels.value(model->id));
        else if (seenRanks.contains(entry.rank))
            problems << Importer::tr("rank %1 is also on line %2.").arg(entry.rank).arg(seenRanks.value(entry.rank));
        if (!problems.isEmpty()) {
            reject(problems.join(QStringLiteral("; ")));
            return true;
        }
        seenModels.insert(model->id, row.line);
        seenRanks.insert(entry.rank, row.line);
        entries << entry;
        lineAndName << std::pair{row.line, model->name};
        return true;
    });
    if (!readError.isEmpty() || *cancelled)
        return readError;
    if (entries.isEmpty() && preview.rejected.isEmpty()) {
        preview.error = Importer::tr("it has no rows with a tier.");
        return QString();
    }
    QList<TierEntryRecord> latestEntries;
    for (const TierEntryRecord &entry : dataset.tierEntries) {
        if (latest && entry.tierListId == latest->id)
            latestEntries << entry;
    }
    const QList<TierSnapshots::Change> comparison = TierSnapshots::compare(dataset, latestEntries, entries);
    // Same means the same tier and rank: every entry where it was, and none dropped.
    const bool same = latest && latestEntries.size() == entries.size()
                      && std::all_of(comparison.cbegin(), comparison.cend(), [](const TierSnapshots::Change &c) {
                             return c.movement == TierSnapshots::Movement::Same;
                         });
    if (same && preview.rejected.isEmpty()) {
        preview.unchanged = int(entries.size());
        preview.notes << Importer::tr("The same as the latest tier list (%1, %2): nothing to import.")
                             .arg(latest->name, latest->published);
        return QString();
    }
    for (const TierListRecord &existing : dataset.tierLists) {
        if (existing.name == list.name && existing.published == list.published) {
            preview.error = Importer::tr("there is already a tier list “%1” of %2; give the new snapshot another "
                                         "date or name.")
                                .arg(list.name, list.published);
            return QString();
        }
    }
    preview.notes << Importer::tr("A new tier-list snapshot “%1” of %2.").arg(list.name, list.published);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto change = std::find_if(comparison.cbegin(), comparison.cend(),
                                         [&](const TierSnapshots::Change &c) { return c.modelId == entries.at(i).modelId; });
        preview.added << Importer::Row{lineAndName.at(i).first, lineAndName.at(i).second,
                                       change != comparison.cend() ? change->describe() : QString()};
        TierEntryRecord entry = entries.at(i);
        entry.tierListId = 0; // the new list's id, once it is written
        preview.changes.additions << entry;
    }
    for (const TierSnapshots::Change &change : comparison) {
        if (change.movement == TierSnapshots::Movement::Dropped)
            preview.notes << Importer::tr("Not in the new list: %1 (%2)").arg(change.model, change.describe());
    }
    preview.changes.tierList = list;
    return QString();
}

// What importing the table read into `preview` (its file name and kind set) would do.
Importer::Preview previewTable(const Dataset &dataset, const Table &table, const Importer::Options &options,
                               Importer::Preview preview)
{
    using Kind = Importer::Kind;
    const Kind kind = preview.kind;
    const QString fileName = preview.fileName;
    const auto fail = [&preview](const QString &why) {
        preview.error = why;
        return preview;
    };
    for (const QString &key : infoOf(kind).keyColumns) {
        if (!table.keys.contains(key))
            return fail(Importer::tr("it has no “%1” column, so it is not a table of %2 (its columns: %3).")
                            .arg(key, Importer::kindName(kind), table.keys.join(QStringLiteral(", "))));
    }
    bool cancelled = false;
    const QString readError = kind == Kind::Tiers ? previewTiers(dataset, table, options, preview, &cancelled)
                                                  : previewRecords(dataset, table, kind, options, preview, &cancelled);
    if (!readError.isEmpty() || cancelled) {
        // What was read so far is dropped: a file is imported whole or not at all.
        preview = Importer::Preview();
        preview.fileName = fileName;
        preview.kind = kind;
        return fail(cancelled ? Importer::tr("the import was cancelled.") : readError);
    }
    const QString named = fileName.isEmpty() ? Importer::tr("a file") : fileName;
    if (!preview.changes.additions.isEmpty() && kind != Kind::Tiers) {
        preview.changes.source = SourceRecord{0, Importer::tr("Imported from %1").arg(named),
                                              Importer::tr("imported into LLM Atlas"),
                                              QDate::currentDate().toString(Qt::ISODate), QString()};
    }
    if (kind == Kind::Tiers && preview.changes.tierList && !preview.error.isEmpty())
        preview.changes = ChangeSet();
    if (preview.changes.tierList) {
        preview.changes.source = SourceRecord{0, Importer::tr("Tier list imported from %1").arg(named),
                                              Importer::tr("imported into LLM Atlas"),
                                              preview.changes.tierList->published, QString()};
    }
    return preview;
}

} // namespace

std::optional<Importer::Kind> Importer::kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("models")) return Kind::Models;
    if (n == QLatin1String("gpus")) return Kind::Gpus;
    if (n == QLatin1String("prices")) return Kind::Prices;
    if (n == QLatin1String("tiers")) return Kind::Tiers;
    if (n == QLatin1String("pack")) return Kind::Pack;
    return std::nullopt;
}

QString Importer::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Models: return QStringLiteral("models");
    case Kind::Gpus: return QStringLiteral("gpus");
    case Kind::Prices: return QStringLiteral("prices");
    case Kind::Tiers: return QStringLiteral("tiers");
    case Kind::Pack: return QStringLiteral("pack");
    }
    return QString();
}

Importer::Preview Importer::previewFile(const Dataset &dataset, const QString &path, Kind kind, const Options &options)
{
    if (kind == Kind::Pack) // a pack may name CSV files beside it
        return DataPack::previewFile(dataset, path, options);
    Preview preview;
    preview.fileName = QFileInfo(path).fileName();
    preview.kind = kind;
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        preview.error = tr("“%1” does not exist.").arg(path);
        return preview;
    }
    if (info.size() > MaxFileBytes) {
        preview.error = tr("“%1” is %2 MB; files over %3 MB are not imported (is it the right file?).")
                            .arg(path)
                            .arg(info.size() / (1024 * 1024))
                            .arg(MaxFileBytes / (1024 * 1024));
        return preview;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("“%1” cannot be read: %2").arg(path, file.errorString());
        return preview;
    }
    const QByteArray data = file.read(MaxFileBytes + 1);
    std::optional<TableWriter::Format> format = TableWriter::formatFromSuffix(path);
    if (format != TableWriter::Format::Csv && format != TableWriter::Format::Json) {
        // No telling suffix: JSON starts with a bracket, anything else is taken for CSV.
        const QByteArray start = data.left(64).trimmed();
        format = start.startsWith('[') || start.startsWith('{') ? TableWriter::Format::Json : TableWriter::Format::Csv;
    }
    return Importer::preview(dataset, data, *format, kind, options, preview.fileName);
}

Importer::Preview Importer::preview(const Dataset &dataset, const QByteArray &raw, TableWriter::Format format,
                                    Kind kind, const Options &options, const QString &fileName)
{
    if (kind == Kind::Pack)
        return DataPack::preview(dataset, raw, fileName, options);
    Preview preview;
    preview.fileName = fileName;
    preview.kind = kind;
    const auto fail = [&preview](const QString &why) {
        preview.error = why;
        return preview;
    };
    if (raw.size() > MaxFileBytes)
        return fail(tr("the file is over %1 MB.").arg(MaxFileBytes / (1024 * 1024)));
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.contains('\0'))
        return fail(tr("it is a binary file, not CSV or JSON text."));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return fail(tr("it is not UTF-8 text. Save it as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again."));

    Table table;
    if (format == TableWriter::Format::Json)
        table = parseJson(data, dataset, kind, &preview.notes);
    else if (format == TableWriter::Format::Csv)
        table = parseCsv(text);
    else
        return fail(tr("only CSV and JSON files can be imported."));
    if (!table.error.isEmpty())
        return fail(table.error);
    return previewTable(dataset, table, options, std::move(preview));
}

Importer::Preview Importer::previewRows(const Dataset &dataset, const QJsonArray &rows, Kind kind,
                                        const Options &options, const QString &fileName)
{
    Preview preview;
    preview.fileName = fileName;
    preview.kind = kind;
    return previewTable(dataset, tableOf(rows), options, std::move(preview));
}

QString Importer::Preview::summary() const
{
    if (!error.isEmpty())
        return tr("%1 cannot be imported: %2").arg(fileName.isEmpty() ? tr("The file") : fileName, error);
    return tr("%1 as %2: %3 to add, %4 to change, %5 rejected, %6 unchanged.")
        .arg(fileName.isEmpty() ? tr("Import") : fileName, kindName(kind))
        .arg(added.size())
        .arg(changed.size())
        .arg(rejected.size())
        .arg(unchanged);
}

QString Importer::Preview::report() const
{
    QString text = summary() + QLatin1Char('\n');
    for (const QString &note : notes)
        text += note + QLatin1Char('\n');
    // Written into one string, with "line %1" translated once: the report of an import has 100,000 lines.
    const QString lineNumber = tr("line %1");
    const auto list = [&text, &lineNumber](const QString &label, const QList<Row> &rows) {
        const QString paddedLabel = label.leftJustified(7) + QLatin1String("  ");
        for (const Row &row : rows) {
            text += paddedLabel + lineNumber.arg(row.line).leftJustified(9) + QLatin1String("  ") + row.name;
            if (!row.detail.isEmpty())
                text += QLatin1String(": ") + row.detail;
            text += QLatin1Char('\n');
        }
    };
    list(tr("add"), added);
    list(tr("change"), changed);
    list(tr("reject"), rejected);
    if (error.isEmpty() && !rejected.isEmpty())
        text += tr("Nothing will be written: fix the rejected rows and import the file again.") + QLatin1Char('\n');
    return text;
}
