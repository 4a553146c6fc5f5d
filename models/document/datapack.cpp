#include "models/document/datapack.h"

#include "db/database.h"
#include "db/datasetreader.h"
#include "models/core/dataset.h"
#include "models/core/formatting/tableroles.h"
#include "models/document/filesaver.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <array>

namespace {

struct Section
{
    const char *key;
    Importer::Kind kind;
    RecordKind recordKind;
    const char *csvFile; // its table's name in a pack of CSV tables
};

// In the order they are imported: models first, so the prices after them can name a model the pack adds.
constexpr Section Sections[] = {
    {"models", Importer::Kind::Models, RecordKind::Model, "models.csv"},
    {"gpus", Importer::Kind::Gpus, RecordKind::Gpu, "gpus.csv"},
    {"prices", Importer::Kind::Prices, RecordKind::ApiPrice, "prices.csv"},
};

constexpr char AsOfKey[] = "as_of";
constexpr char OriginKey[] = "origin";
constexpr char SourcesKey[] = "sources";
constexpr char SourceKey[] = "source"; // a row's citation: the id of one of the pack's sources

// A section's rows as the importer reads them: the facts under their keys, then the row's citation.
struct Rows
{
    QStringList keys;
    QList<QVariantList> values;
};

template<typename Record>
Rows rowsOf(const QList<Record> &records, RecordKind kind, const Dataset &dataset, QSet<qint64> *cited)
{
    Rows rows;
    for (const RecordFields::Field &field : RecordFields::fields(kind))
        rows.keys << field.key;
    rows.keys << QLatin1String(SourceKey);
    rows.values.reserve(records.size());
    for (const Record &record : records) {
        const AnyRecord any = record;
        QVariantList values;
        for (const RecordFields::Field &field : RecordFields::fields(kind))
            values << RecordFields::value(any, field.key, &dataset);
        const bool sourced = dataset.source(record.sourceId) != nullptr;
        values << (sourced ? QVariant(record.sourceId) : QVariant());
        if (sourced)
            cited->insert(record.sourceId);
        rows.values << values;
    }
    return rows;
}

// The dataset's models, GPUs and prices in the order of Sections, and in *cited the sources they cite.
std::array<Rows, std::size(Sections)> tablesOf(const Dataset &dataset, QSet<qint64> *cited)
{
    return {rowsOf(dataset.models, Sections[0].recordKind, dataset, cited),
            rowsOf(dataset.gpus, Sections[1].recordKind, dataset, cited),
            rowsOf(dataset.apiPrices, Sections[2].recordKind, dataset, cited)};
}

QJsonArray jsonRows(const Rows &rows)
{
    QJsonArray array;
    for (const QVariantList &values : rows.values) {
        QJsonObject row;
        for (qsizetype c = 0; c < rows.keys.size(); ++c) {
            if (!(rows.keys.at(c) == QLatin1String(SourceKey) && values.at(c).isNull()))
                row.insert(rows.keys.at(c), QJsonValue::fromVariant(values.at(c)));
        }
        array.append(row);
    }
    return array;
}

// The rows as a CSV table, written by the writer every export uses (keys as headers, raw values).
QByteArray csvRows(const Rows &rows)
{
    QStandardItemModel table(int(rows.values.size()), int(rows.keys.size()));
    for (int c = 0; c < rows.keys.size(); ++c)
        table.setHeaderData(c, Qt::Horizontal, rows.keys.at(c), TableRoles::ColumnKeyRole);
    for (int r = 0; r < rows.values.size(); ++r) {
        for (int c = 0; c < rows.keys.size(); ++c)
            table.setData(table.index(r, c), rows.values.at(r).at(c), TableRoles::RawValueRole);
    }
    return TableWriter::write(table, TableWriter::Format::Csv);
}

QJsonArray sourcesOf(const Dataset &dataset, const QSet<qint64> &cited)
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
    return array;
}

QByteArray json(const QJsonValue &value)
{
    // Qt writes no bare JSON value: it is written as the one item of an array, brackets cut off.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Indented).trimmed();
    return text.mid(1).chopped(1).trimmed().replace("\n    ", "\n");
}

// The pack's object written member by member rather than as one QJsonObject, which would sort the keys:
// the marker comes first so looksLikePack() can tell a pack by its first bytes, then its date, origin and
// sources, then the sections in import order.
QByteArray packText(const QDate &asOf, const QString &origin, const QJsonArray &sources,
                    const QList<std::pair<const char *, QJsonValue>> &sections)
{
    QByteArray text = "{\n";
    const auto member = [&text](const char *key, const QByteArray &value) {
        text += QByteArray("    \"") + key + "\": " + QByteArray(value).replace("\n", "\n    ") + ",\n";
    };
    member(DataPack::MarkerKey, QByteArray::number(DataPack::Version));
    member(AsOfKey, json(asOf.toString(Qt::ISODate)));
    member(OriginKey, json(origin));
    member(SourcesKey, json(sources));
    for (const auto &[key, rows] : sections)
        member(key, json(rows));
    text.chop(2); // the last member's comma
    return text + "\n}\n";
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

    // The id a record whose row cites `citation` carries: the file's source, a provisional one for a source
    // the change set then writes, or 0 for none; nothing when the pack does not list what the row cites.
    std::optional<qint64> idFor(const QVariant &citation, ChangeSet *changes)
    {
        if (citation.isNull())
            return 0;
        bool whole = false;
        const qint64 packId = citation.toString().toLongLong(&whole);
        if (!whole || !m_listed.contains(packId))
            return std::nullopt;
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

// The records a section adds or changes cite what their rows cite (a row citing nothing cites the pack,
// or keeps the citation it had); the preview lists its rows in the change set's order. Sources the file
// lacks go into *changes. Returns why a row cites what the pack does not list, or an empty string.
QString cite(Importer::Preview &part, const QString &section, Citations &citations, ChangeSet *changes)
{
    QString error;
    const auto citeAs = [&](const Importer::Row &row, AnyRecord &record) {
        const std::optional<qint64> id = citations.idFor(row.citation, changes);
        if (!id && error.isEmpty())
            error = DataPack::tr("its “%1” line %2 cites the source “%3”, which its “%4” does not list.")
                        .arg(section)
                        .arg(row.line)
                        .arg(row.citation.toString(), QLatin1String(SourcesKey));
        else if (id && *id != 0)
            *sourceIdOf(record) = *id;
    };
    for (qsizetype i = 0; i < part.added.size(); ++i)
        citeAs(part.added.at(i), part.changes.additions[i]);
    for (qsizetype i = 0; i < part.changed.size(); ++i)
        citeAs(part.changed.at(i), part.changes.changes[i].second);
    return error;
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

// A CSV or JSON table beside the pack that a section names instead of holding its rows.
struct SectionFile
{
    QByteArray data;
    TableWriter::Format format = TableWriter::Format::Json;
    QString error;
};

SectionFile sectionFile(const QJsonValue &value, const QString &key, const QString &folder)
{
    const QString name = value.toString();
    if (!value.isString() || name.isEmpty())
        return {{}, {}, DataPack::tr("its “%1” is neither a list of rows nor the name of a table beside it.").arg(key)};
    // Only a file in the pack's own folder: a pack from elsewhere must not read other files.
    if (QFileInfo(name).fileName() != name || name == QLatin1String("..") || name == QLatin1String("."))
        return {{}, {}, DataPack::tr("its “%1” names “%2”: a pack's tables are files beside it, named without a folder.")
                            .arg(key, name)};
    if (folder.isEmpty())
        return {{}, {}, DataPack::tr("its “%1” names the file “%2”, but the pack was not read from a folder.").arg(key, name)};
    const std::optional<TableWriter::Format> format = TableWriter::formatFromSuffix(name);
    if (format != TableWriter::Format::Csv && format != TableWriter::Format::Json)
        return {{}, {}, DataPack::tr("its “%1” names “%2”, which is not a .csv or .json file.").arg(key, name)};
    QFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {}, DataPack::tr("its “%1” table “%2” cannot be read: %3").arg(key, name, file.errorString())};
    if (file.size() > Importer::MaxFileBytes)
        return {{}, {}, DataPack::tr("its “%1” table “%2” is over %3 MB.").arg(key, name).arg(Importer::MaxFileBytes / (1024 * 1024))};
    return {file.readAll(), *format, {}};
}

// A pack refused as a whole: its error, and nothing to add or change.
Importer::Preview refused(const QString &fileName, const QString &why)
{
    Importer::Preview preview;
    preview.fileName = fileName;
    preview.kind = Importer::Kind::Pack;
    preview.error = why;
    return preview;
}

Importer::Preview previewPack(const Dataset &dataset, const QByteArray &data, const QString &fileName,
                              const Importer::Options &options, const QString &folder)
{
    Importer::Preview preview;
    preview.fileName = fileName;
    preview.kind = Importer::Kind::Pack;
    const auto fail = [&fileName](const QString &why) { return refused(fileName, why); };
    if (data.size() > Importer::MaxFileBytes)
        return fail(DataPack::tr("the file is over %1 MB.").arg(Importer::MaxFileBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(DataPack::tr("it is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject pack = document.object();
    const QJsonValue version = pack.value(QLatin1String(DataPack::MarkerKey));
    if (!document.isObject() || !version.isDouble())
        return fail(DataPack::tr("it is not an LLM Atlas data pack: it has no “%1” version number.")
                        .arg(QLatin1String(DataPack::MarkerKey)));
    if (version.toDouble() > DataPack::Version)
        return fail(DataPack::tr("it is a data pack of version %1, newer than this LLM Atlas reads (%2); update LLM Atlas.")
                        .arg(version.toDouble())
                        .arg(DataPack::Version));
    if (version.toDouble() != DataPack::Version)
        return fail(DataPack::tr("its version “%1” is not a data pack version.").arg(version.toDouble()));
    const QString asOf = pack.value(QLatin1String(AsOfKey)).toString();
    if (!RecordFields::isIsoDate(asOf) || asOf.size() != 10)
        return fail(DataPack::tr("its “%1” is not a date as 2026-12-06: every pack says when its facts were taken.")
                        .arg(QLatin1String(AsOfKey)));

    QStringList ignored;
    for (auto it = pack.begin(); it != pack.end(); ++it) {
        const bool known = it.key() == QLatin1String(DataPack::MarkerKey) || it.key() == QLatin1String(AsOfKey)
                           || it.key() == QLatin1String(OriginKey) || it.key() == QLatin1String(SourcesKey)
                           || std::any_of(std::begin(Sections), std::end(Sections),
                                          [&it](const Section &s) { return it.key() == QLatin1String(s.key); });
        if (!known)
            ignored << it.key();
    }
    const QString origin = pack.value(QLatin1String(OriginKey)).toString();
    preview.notes << (origin.isEmpty() ? DataPack::tr("A data pack of %1.").arg(asOf)
                                       : DataPack::tr("A data pack of %1 (%2).").arg(asOf, origin));
    if (!ignored.isEmpty())
        preview.notes << DataPack::tr("Ignored (not a section of a data pack): %1").arg(ignored.join(QStringLiteral(", ")));

    Citations citations;
    if (const QString error = citations.read(pack.value(QLatin1String(SourcesKey)), dataset); !error.isEmpty())
        return fail(error);

    Dataset projected = dataset;
    int sectionsRead = 0;
    for (const Section &section : Sections) {
        const QString key = QLatin1String(section.key);
        if (!pack.contains(key))
            continue;
        ++sectionsRead;
        const QJsonValue rows = pack.value(key);
        if (rows.isArray() && rows.toArray().isEmpty())
            continue; // an empty section: nothing of that kind
        Importer::Options sectionOptions = options;
        sectionOptions.citationKey = QLatin1String(SourceKey);
        if (options.progress) {
            const double done = double(sectionsRead - 1) / double(std::size(Sections));
            sectionOptions.progress = [&options, done](double share) {
                return options.progress(done + share / double(std::size(Sections)));
            };
        }
        Importer::Preview part;
        if (rows.isArray()) {
            part = Importer::previewRows(projected, rows.toArray(), section.kind, sectionOptions, fileName);
        } else {
            const SectionFile table = sectionFile(rows, key, folder);
            if (!table.error.isEmpty())
                return fail(table.error);
            part = Importer::preview(projected, table.data, table.format, section.kind, sectionOptions, fileName);
        }
        if (!part.error.isEmpty())
            return fail(DataPack::tr("its “%1”: %2").arg(key, part.error));
        if (const QString error = cite(part, key, citations, &preview.changes); !error.isEmpty())
            return fail(error);
        if (section.kind == Importer::Kind::Models)
            projectModels(&projected, &part.changes);
        for (const QString &note : std::as_const(part.notes))
            preview.notes << DataPack::tr("%1: %2").arg(key, note);
        takeRows(&preview.added, part.added, key);
        takeRows(&preview.changed, part.changed, key);
        takeRows(&preview.rejected, part.rejected, key);
        preview.unchanged += part.unchanged;
        preview.changes.additions += part.changes.additions;
        preview.changes.changes += part.changes.changes;
    }
    if (sectionsRead == 0)
        return fail(DataPack::tr("it has none of the sections models, gpus and prices."));
    // What the pack adds without a citation of its own cites the pack, dated as the pack is.
    if (std::any_of(preview.changes.additions.begin(), preview.changes.additions.end(),
                    [](AnyRecord &record) { return sourceIdOf(record) && *sourceIdOf(record) == 0; }))
        preview.changes.source =
            SourceRecord{0, DataPack::tr("Data pack %1").arg(fileName.isEmpty() ? DataPack::tr("(unnamed)") : fileName),
                         origin.isEmpty() ? DataPack::tr("imported into LLM Atlas") : origin, asOf, QString()};
    return preview;
}

} // namespace

QString DataPack::exportedFrom(const QString &databasePath)
{
    return tr("exported from %1 by LLM Atlas").arg(QFileInfo(databasePath).fileName());
}

QByteArray DataPack::write(const Dataset &dataset, const QDate &asOf, const QString &origin)
{
    QSet<qint64> cited;
    const std::array<Rows, std::size(Sections)> tables = tablesOf(dataset, &cited);
    QList<std::pair<const char *, QJsonValue>> sections;
    for (std::size_t i = 0; i < tables.size(); ++i)
        sections.append({Sections[i].key, jsonRows(tables[i])});
    return packText(asOf, origin, sourcesOf(dataset, cited), sections);
}

bool DataPack::writeFolder(const Dataset &dataset, const QDate &asOf, const QString &origin, const QString &folder,
                           QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("“%1” cannot be made as a folder.").arg(folder);
        return false;
    }
    QSet<qint64> cited;
    const std::array<Rows, std::size(Sections)> tables = tablesOf(dataset, &cited);
    // The tables first and the pack that names them last: a pack.json in the folder is always whole.
    QList<std::pair<const char *, QJsonValue>> sections;
    const QDir dir(folder);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        if (!FileSaver::save(dir.filePath(QLatin1String(Sections[i].csvFile)), csvRows(tables[i]), error))
            return false;
        sections.append({Sections[i].key, QLatin1String(Sections[i].csvFile)});
    }
    return FileSaver::save(dir.filePath(QLatin1String(FolderPackFile)),
                           packText(asOf, origin, sourcesOf(dataset, cited), sections), error);
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

QString DataPack::packOfFolder(const QString &path)
{
    const QString pack = QDir(path).filePath(QLatin1String(FolderPackFile));
    return QFileInfo(path).isDir() && looksLikePackFile(pack) ? pack : QString();
}

Importer::Preview DataPack::preview(const Dataset &dataset, const QByteArray &data, const QString &fileName,
                                    const Importer::Options &options)
{
    return previewPack(dataset, data, fileName, options, QString());
}

Importer::Preview DataPack::previewFile(const Dataset &dataset, const QString &path, const Importer::Options &options)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(info.fileName(), tr("“%1” cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > Importer::MaxFileBytes)
        return refused(info.fileName(), tr("the file is over %1 MB.").arg(Importer::MaxFileBytes / (1024 * 1024)));
    return previewPack(dataset, file.readAll(), info.fileName(), options, info.absolutePath());
}
