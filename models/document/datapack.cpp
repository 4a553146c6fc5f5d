#include "models/document/datapack.h"

#include "models/core/dataset.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

template<typename Record>
QByteArray rows(const QList<Record> &records, RecordKind kind, const Dataset &dataset)
{
    QJsonArray array;
    for (const Record &record : records) {
        const AnyRecord any = record;
        QJsonObject row;
        for (const RecordFields::Field &field : RecordFields::fields(kind))
            row.insert(field.key, QJsonValue::fromVariant(RecordFields::value(any, field.key, &dataset)));
        array.append(row);
    }
    // Indented one step further, as the member of the pack's object it becomes.
    return QJsonDocument(array).toJson(QJsonDocument::Indented).trimmed().replace("\n", "\n    ");
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
    // Written member by member rather than as one QJsonObject, which would sort the keys: the marker comes
    // first so looksLikePack() can tell a pack by its first bytes, and the date and origin before the rows.
    QByteArray text = "{\n";
    const auto member = [&text](const char *key, const QByteArray &json) {
        text += QByteArray("    \"") + key + "\": " + json + ",\n";
    };
    // Qt writes no bare JSON value: a string is written as the one item of an array, brackets cut off.
    const auto string = [](const QString &value) {
        return QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    member(MarkerKey, QByteArray::number(Version));
    member(AsOfKey, string(asOf.toString(Qt::ISODate)));
    member(OriginKey, string(origin));
    member(Sections[0].key, rows(dataset.models, Sections[0].recordKind, dataset));
    member(Sections[1].key, rows(dataset.gpus, Sections[1].recordKind, dataset));
    member(Sections[2].key, rows(dataset.apiPrices, Sections[2].recordKind, dataset));
    text.chop(2); // the last member's comma
    return text + "\n}\n";
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
        const bool known = it.key() == QLatin1String(MarkerKey) || it.key() == QLatin1String(AsOfKey) || it.key() == QLatin1String(OriginKey)
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

    Dataset projected = dataset;
    int sectionsRead = 0;
    for (const Section &section : Sections) {
        const QString key = QLatin1String(section.key);
        if (!pack.contains(key))
            continue;
        if (!pack.value(key).isArray())
            return fail(tr("its “%1” is not a list of rows.").arg(key));
        ++sectionsRead;
        const QJsonArray rows = pack.value(key).toArray();
        if (rows.isEmpty())
            continue;
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
    // What the pack adds cites the pack, dated as the pack is: that is when its facts were taken.
    if (!preview.changes.additions.isEmpty())
        preview.changes.source = SourceRecord{0, tr("Data pack %1").arg(fileName.isEmpty() ? tr("(unnamed)") : fileName),
                                              origin.isEmpty() ? tr("imported into LLM Atlas") : origin, asOf, QString()};
    return preview;
}
