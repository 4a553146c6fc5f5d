#include "models/document/datapack.h"

#include "db/database.h"
#include "db/datasetreader.h"
#include "models/core/dataset.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace {

struct Section
{
    const char *key;
    Importer::Kind kind;
    RecordKind recordKind;
};

// In the order they are imported: models first, so the prices after them can name a model the pack adds.
constexpr Section Sections[] = {
    {"models", Importer::Kind::Models, RecordKind::Model},
    {"gpus", Importer::Kind::Gpus, RecordKind::Gpu},
    {"prices", Importer::Kind::Prices, RecordKind::ApiPrice},
};

constexpr char AsOfKey[] = "as_of";
constexpr char OriginKey[] = "origin";
constexpr char SourcesKey[] = "sources";
constexpr char SourceKey[] = "source"; // a row's citation: the id of one of the pack's sources

template<typename Record>
QByteArray rows(const QList<Record> &records, RecordKind kind, const Dataset &dataset, QSet<qint64> *cited)
{
    QJsonArray array;
    for (const Record &record : records) {
        const AnyRecord any = record;
        QJsonObject row;
        for (const RecordFields::Field &field : RecordFields::fields(kind))
            row.insert(field.key, QJsonValue::fromVariant(RecordFields::value(any, field.key, &dataset)));
        if (dataset.source(record.sourceId)) {
            row.insert(QLatin1String(SourceKey), record.sourceId);
            cited->insert(record.sourceId);
        }
        array.append(row);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray sources(const Dataset &dataset, const QSet<qint64> &cited)
{
    QJsonArray array;
    for (const SourceRecord &source : dataset.sources) {
        if (cited.contains(source.id))
            array.append(QJsonObject{{QStringLiteral("id"), source.id},
                                     {QStringLiteral("title"), source.title},
                                     {QStringLiteral("origin"), source.origin},
                                     {QLatin1String(AsOfKey), source.asOf},
                                     {QStringLiteral("note"), source.note}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// The pack's sources by the pack's own ids, and what each becomes in the file: the file's source with the
// same title, origin and date, or one written with the import (a provisional negative id until then).
class Citations
{
public:
    // Why the pack's "sources" cannot be read, or an empty string.
    QString read(const QJsonValue &value, const Dataset &dataset)
    {
        if (value.isUndefined())
            return QString();
        if (!value.isArray())
            return DataPack::tr("its “%1” is not a list of sources.").arg(QLatin1String(SourcesKey));
        QHash<QString, qint64> ours;
        for (const SourceRecord &source : dataset.sources)
            ours.insert(identity(source), source.id);
        int item = 0;
        for (const QJsonValue &entry : value.toArray()) {
            ++item;
            const QJsonObject object = entry.toObject();
            const qint64 id = object.value(QStringLiteral("id")).toInteger(0);
            SourceRecord source{0, object.value(QStringLiteral("title")).toString().trimmed(),
                                object.value(QStringLiteral("origin")).toString(),
                                object.value(QLatin1String(AsOfKey)).toString(),
                                object.value(QStringLiteral("note")).toString()};
            if (id == 0 || source.title.isEmpty() || !RecordFields::isIsoDate(source.asOf))
                return DataPack::tr("its source %1 needs a whole-number “id”, a “title” and an “%2” date.")
                    .arg(item)
                    .arg(QLatin1String(AsOfKey));
            if (m_listed.contains(id))
                return DataPack::tr("two of its sources have the id %1.").arg(id);
            m_listed.insert(id, source);
            if (const auto it = ours.constFind(identity(source)); it != ours.cend())
                m_ours.insert(id, *it);
        }
        return QString();
    }

    // Takes each row's citation out of the rows (the importer reads facts only) into *cited, by row;
    // returns why a row's citation is not one of the pack's sources, or an empty string.
    QString takeFrom(QJsonArray *rows, const QString &section, QList<qint64> *cited) const
    {
        for (qsizetype i = 0; i < rows->size(); ++i) {
            QJsonObject row = rows->at(i).toObject();
            const QJsonValue source = row.take(QLatin1String(SourceKey));
            const qint64 id = source.toInteger(0);
            if (!source.isUndefined() && !source.isNull() && !m_listed.contains(id))
                return DataPack::tr("its “%1” item %2 cites the source “%3”, which its “%4” does not list.")
                    .arg(section)
                    .arg(i + 1)
                    .arg(source.toVariant().toString(), QLatin1String(SourcesKey));
            cited->append(source.isNull() || source.isUndefined() ? 0 : id);
            if (rows->at(i).isObject())
                rows->replace(i, row);
        }
        return QString();
    }

    // The id a record citing the pack's source packId carries: the file's, or a provisional one for the
    // source the change set then writes.
    qint64 idFor(qint64 packId, ChangeSet *changes)
    {
        if (const auto it = m_ours.constFind(packId); it != m_ours.cend())
            return *it;
        SourceRecord source = m_listed.value(packId);
        source.id = -(changes->citedSources.size() + 1);
        changes->citedSources.append(source);
        m_ours.insert(packId, source.id);
        return source.id;
    }

private:
    static QString identity(const SourceRecord &source)
    {
        return source.title + QLatin1Char('\n') + source.origin + QLatin1Char('\n') + source.asOf;
    }

    QHash<qint64, SourceRecord> m_listed;
    QHash<qint64, qint64> m_ours; // the pack's id -> the file's id, or a provisional one
};

qint64 *sourceIdOf(AnyRecord &record)
{
    return std::visit(
        [](auto &r) -> qint64 * {
            if constexpr (requires { r.sourceId; })
                return &r.sourceId;
            return nullptr;
        },
        record);
}

// The records a section adds or changes cite what their rows cite (rows without a citation cite the pack,
// or keep the citation they had); the preview lists its rows in the change set's order. Sources a row
// cites that the file lacks go into *changes.
void cite(Importer::Preview &part, const QList<qint64> &rowSources, Citations &citations, ChangeSet *changes)
{
    const auto citeAs = [&](const Importer::Row &row, AnyRecord &record) {
        qint64 *sourceId = sourceIdOf(record);
        if (const qint64 packId = rowSources.value(row.line - 1); packId && sourceId)
            *sourceId = citations.idFor(packId, changes);
    };
    for (qsizetype i = 0; i < part.added.size(); ++i)
        citeAs(part.added.at(i), part.changes.additions[i]);
    for (qsizetype i = 0; i < part.changed.size(); ++i)
        citeAs(part.changed.at(i), part.changes.changes[i].second);
}

// A section's rows under their section's name, so the one preview of a pack says which table each is in.
void takeRows(QList<Importer::Row> *into, const QList<Importer::Row> &rows, const QString &section)
{
    for (Importer::Row row : rows) {
        row.name = DataPack::tr("%1: %2").arg(section, row.name);
        into->append(std::move(row));
    }
}

// The dataset as the pack's models leave it: added ones under provisional ids (-1, -2, …) that the
// change set's additions carry too, changed ones as they will be.
void projectModels(Dataset *projected, ChangeSet *changes)
{
    qint64 provisionalId = 0;
    for (AnyRecord &record : changes->additions) {
        if (auto *model = std::get_if<ModelRecord>(&record)) {
            model->id = --provisionalId;
            projected->models.append(*model);
        }
    }
    for (const auto &[before, after] : std::as_const(changes->changes)) {
        const auto &model = std::get<ModelRecord>(after);
        const auto it = std::find_if(projected->models.begin(), projected->models.end(),
                                     [&model](const ModelRecord &m) { return m.id == model.id; });
        if (it != projected->models.end())
            *it = model;
    }
    projected->reindex();
}

} // namespace

QByteArray DataPack::write(const Dataset &dataset, const QDate &asOf, const QString &origin)
{
    QSet<qint64> cited;
    const QByteArray models = rows(dataset.models, Sections[0].recordKind, dataset, &cited);
    const QByteArray gpus = rows(dataset.gpus, Sections[1].recordKind, dataset, &cited);
    const QByteArray prices = rows(dataset.apiPrices, Sections[2].recordKind, dataset, &cited);
    // Written member by member rather than as one QJsonObject, which would sort the keys: the marker comes
    // first so looksLikePack() can tell a pack by its first bytes, and the date and origin before the rows.
    QByteArray text = "{\n";
    const auto member = [&text](const char *key, const QByteArray &json) {
        // Indented one step further, as the member of the pack's object it becomes.
        text += QByteArray("    \"") + key + "\": " + json.trimmed().replace("\n", "\n    ") + ",\n";
    };
    // Qt writes no bare JSON value: a string is written as the one item of an array, brackets cut off.
    const auto string = [](const QString &value) {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    member(MarkerKey, QByteArray::number(Version));
    member(AsOfKey, string(asOf.toString(Qt::ISODate)));
    member(OriginKey, string(origin));
    member(SourcesKey, sources(dataset, cited));
    member(Sections[0].key, models);
    member(Sections[1].key, gpus);
    member(Sections[2].key, prices);
    text.chop(2); // the last member's comma
    return text + "\n}\n";
}

QByteArray DataPack::bundledCatalogue(const QDate &asOf, QString *error)
{
    // The bundle is SQL that builds a database: built in a scratch folder, read, and thrown away.
    QTemporaryDir folder;
    Database bundled;
    Dataset dataset;
    if (!folder.isValid() || !bundled.createFromBundle(folder.filePath(QStringLiteral("bundled.sqlite")))) {
        *error = folder.isValid() ? bundled.errorString() : folder.errorString();
        return QByteArray();
    }
    if (!DatasetReader::load(bundled.connection(), &dataset, error))
        return QByteArray();
    return write(dataset, asOf, tr("the catalogue bundled with LLM Atlas"));
}

bool DataPack::looksLikePack(const QByteArray &start)
{
    const QByteArray trimmed = start.trimmed();
    return trimmed.startsWith('{') && trimmed.left(200).contains(QByteArray("\"") + MarkerKey + '"');
}

bool DataPack::looksLikePackFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && looksLikePack(file.read(4096));
}

Importer::Preview DataPack::preview(const Dataset &dataset, const QByteArray &data, const QString &fileName,
                                    const Importer::Options &options)
{
    Importer::Preview preview;
    preview.fileName = fileName;
    preview.kind = Importer::Kind::Pack;
    const auto fail = [&preview](const QString &why) {
        preview.error = why;
        return preview;
    };
    if (data.size() > Importer::MaxFileBytes)
        return fail(tr("the file is over %1 MB.").arg(Importer::MaxFileBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("it is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject pack = document.object();
    const QJsonValue version = pack.value(QLatin1String(MarkerKey));
    if (!document.isObject() || !version.isDouble())
        return fail(tr("it is not an LLM Atlas data pack: it has no “%1” version number.").arg(QLatin1String(MarkerKey)));
    if (version.toDouble() > Version)
        return fail(tr("it is a data pack of version %1, newer than this LLM Atlas reads (%2); update LLM Atlas.")
                        .arg(version.toDouble())
                        .arg(Version));
    if (version.toDouble() != Version)
        return fail(tr("its version “%1” is not a data pack version.").arg(version.toDouble()));
    const QString asOf = pack.value(QLatin1String(AsOfKey)).toString();
    if (!RecordFields::isIsoDate(asOf) || asOf.size() != 10)
        return fail(tr("its “%1” is not a date as 2026-12-06: every pack says when its facts were taken.").arg(QLatin1String(AsOfKey)));

    QStringList ignored;
    for (auto it = pack.begin(); it != pack.end(); ++it) {
        const bool known = it.key() == QLatin1String(MarkerKey) || it.key() == QLatin1String(AsOfKey)
                           || it.key() == QLatin1String(OriginKey) || it.key() == QLatin1String(SourcesKey)
                           || std::any_of(std::begin(Sections), std::end(Sections),
                                          [&it](const Section &s) { return it.key() == QLatin1String(s.key); });
        if (!known)
            ignored << it.key();
    }
    const QString origin = pack.value(QLatin1String(OriginKey)).toString();
    preview.notes << (origin.isEmpty() ? tr("A data pack of %1.").arg(asOf)
                                       : tr("A data pack of %1 (%2).").arg(asOf, origin));
    if (!ignored.isEmpty())
        preview.notes << tr("Ignored (not a section of a data pack): %1").arg(ignored.join(QStringLiteral(", ")));

    Citations citations;
    if (const QString error = citations.read(pack.value(QLatin1String(SourcesKey)), dataset); !error.isEmpty())
        return fail(error);

    Dataset projected = dataset;
    int sectionsRead = 0;
    for (const Section &section : Sections) {
        const QString key = QLatin1String(section.key);
        if (!pack.contains(key))
            continue;
        if (!pack.value(key).isArray())
            return fail(tr("its “%1” is not a list of rows.").arg(key));
        ++sectionsRead;
        QJsonArray rows = pack.value(key).toArray();
        if (rows.isEmpty())
            continue;
        QList<qint64> rowSources;
        if (const QString error = citations.takeFrom(&rows, key, &rowSources); !error.isEmpty())
            return fail(error);
        Importer::Options sectionOptions = options;
        if (options.progress) {
            const double done = double(sectionsRead - 1) / double(std::size(Sections));
            sectionOptions.progress = [&options, done](double share) {
                return options.progress(done + share / double(std::size(Sections)));
            };
        }
        Importer::Preview part = Importer::preview(projected, QJsonDocument(rows).toJson(QJsonDocument::Compact),
                                                   TableWriter::Format::Json, section.kind, sectionOptions, fileName);
        if (!part.error.isEmpty())
            return fail(tr("its “%1”: %2").arg(key, part.error));
        cite(part, rowSources, citations, &preview.changes);
        if (section.kind == Importer::Kind::Models)
            projectModels(&projected, &part.changes);
        for (const QString &note : std::as_const(part.notes))
            preview.notes << tr("%1: %2").arg(key, note);
        takeRows(&preview.added, part.added, key);
        takeRows(&preview.changed, part.changed, key);
        takeRows(&preview.rejected, part.rejected, key);
        preview.unchanged += part.unchanged;
        preview.changes.additions += part.changes.additions;
        preview.changes.changes += part.changes.changes;
    }
    if (sectionsRead == 0)
        return fail(tr("it has none of the sections models, gpus and prices."));
    // What the pack adds without a citation of its own cites the pack, dated as the pack is.
    if (std::any_of(preview.changes.additions.begin(), preview.changes.additions.end(),
                    [](AnyRecord &record) { return sourceIdOf(record) && *sourceIdOf(record) == 0; }))
        preview.changes.source = SourceRecord{0, tr("Data pack %1").arg(fileName.isEmpty() ? tr("(unnamed)") : fileName),
                                              origin.isEmpty() ? tr("imported into LLM Atlas") : origin, asOf, QString()};
    return preview;
}
