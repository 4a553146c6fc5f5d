// Data packs: what write() gives reads back unchanged; a pack's models, GPUs and prices go in as one undo
// step, a price linked to a model the same pack adds; one bad row or a malformed pack changes nothing.
#include "models/core/dataset.h"
#include "models/document/atlasdocument.h"
#include "models/document/datapack.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

namespace {

const QDate PackDate(2026, 11, 30);

QJsonObject packOf(const Dataset &dataset)
{
    return QJsonDocument::fromJson(DataPack::write(dataset, PackDate, QStringLiteral("a colleague's file"))).object();
}

QByteArray bytes(const QJsonObject &pack)
{
    return QJsonDocument(pack).toJson();
}

// A row of `section` whose `key` is `value`, or an empty object.
QJsonObject rowNamed(const QJsonObject &pack, const QString &section, const QString &key, const QString &value)
{
    const QJsonArray rows = pack.value(section).toArray();
    const auto it = std::find_if(rows.begin(), rows.end(),
                                 [&](const QJsonValue &row) { return row.toObject().value(key).toString() == value; });
    return it != rows.end() ? it->toObject() : QJsonObject();
}

void append(QJsonObject &pack, const QString &section, const QJsonObject &row)
{
    QJsonArray rows = pack.value(section).toArray();
    rows.append(row);
    pack.insert(section, rows);
}

// A new model made from an existing one's facts under another name, and a price of a provider of ours
// that serves it: the price can only link once the model is in.
QJsonObject packWithNewModelAndItsPrice(const Dataset &dataset)
{
    QJsonObject pack = packOf(dataset);
    QJsonObject model = rowNamed(pack, QStringLiteral("models"), QStringLiteral("name"), dataset.models.first().name);
    model.insert(QStringLiteral("name"), QStringLiteral("Lab Model 9B"));
    append(pack, QStringLiteral("models"), model);
    QJsonObject price = pack.value(QStringLiteral("prices")).toArray().first().toObject();
    price.insert(QStringLiteral("provider"), QStringLiteral("Lab Cloud"));
    price.insert(QStringLiteral("model_name"), QStringLiteral("lab-9b"));
    price.insert(QStringLiteral("model"), QStringLiteral("Lab Model 9B"));
    append(pack, QStringLiteral("prices"), price);
    return pack;
}

const ModelRecord *modelNamed(const Dataset &dataset, const QString &name)
{
    const auto it = std::find_if(dataset.models.cbegin(), dataset.models.cend(),
                                 [&name](const ModelRecord &m) { return m.name == name; });
    return it != dataset.models.cend() ? &*it : nullptr;
}

const ApiPriceRecord *priceOf(const Dataset &dataset, const QString &provider)
{
    const auto it = std::find_if(dataset.apiPrices.cbegin(), dataset.apiPrices.cend(),
                                 [&provider](const ApiPriceRecord &p) { return p.provider == provider; });
    return it != dataset.apiPrices.cend() ? &*it : nullptr;
}

} // namespace

class TestDataPack : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    AtlasDocument m_document;

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QVERIFY(m_document.open(m_file.path(), Database::Access::ReadOnly));
    }

    // The pack names itself, its date and origin before its rows, and holds every model, GPU and price.
    void writesEveryRecordDated()
    {
        const Dataset &dataset = m_document.dataset();
        const QByteArray text = DataPack::write(dataset, PackDate, QStringLiteral("a colleague's file"));
        QVERIFY(DataPack::looksLikePack(text.left(64)));
        const QJsonObject pack = QJsonDocument::fromJson(text).object();
        QCOMPARE(pack.value(QLatin1String(DataPack::MarkerKey)).toInt(), DataPack::Version);
        QCOMPARE(pack.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(pack.value(QStringLiteral("origin")).toString(), QStringLiteral("a colleague's file"));
        QCOMPARE(pack.value(QStringLiteral("models")).toArray().size(), dataset.models.size());
        QCOMPARE(pack.value(QStringLiteral("gpus")).toArray().size(), dataset.gpus.size());
        QCOMPARE(pack.value(QStringLiteral("prices")).toArray().size(), dataset.apiPrices.size());
        // A model row carries its architecture, so a new model can be made from an edited row.
        const QJsonObject first = pack.value(QStringLiteral("models")).toArray().first().toObject();
        for (const char *key : {"layers", "kv_heads", "head_dim", "total_params", "released", "license"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        // A price names the model it serves as our tables do, by name.
        const ApiPriceRecord linked = *std::find_if(dataset.apiPrices.cbegin(), dataset.apiPrices.cend(),
                                                    [](const ApiPriceRecord &p) { return p.modelId.has_value(); });
        QCOMPARE(rowNamed(pack, QStringLiteral("prices"), QStringLiteral("model_name"), linked.modelName)
                     .value(QStringLiteral("model"))
                     .toString(),
                 dataset.model(*linked.modelId)->name);
        // Every row cites its source by an id the pack's sources list, with the source's title and date.
        QHash<qint64, QJsonObject> sources;
        for (const QJsonValue &source : pack.value(QStringLiteral("sources")).toArray())
            sources.insert(source[QStringLiteral("id")].toInteger(), source.toObject());
        const QJsonArray modelRows = pack.value(QStringLiteral("models")).toArray();
        for (qsizetype i = 0; i < modelRows.size(); ++i) {
            const SourceRecord *source = dataset.source(dataset.models.at(i).sourceId);
            QVERIFY(source);
            const QJsonObject cited = sources.value(modelRows.at(i)[QStringLiteral("source")].toInteger());
            QCOMPARE(cited.value(QStringLiteral("title")).toString(), source->title);
            QCOMPARE(cited.value(QStringLiteral("as_of")).toString(), source->asOf);
        }
        QVERIFY(!DataPack::looksLikePack("[{\"name\": \"x\"}]"));
        QVERIFY(!DataPack::looksLikePack("{\"gpt-4o\": {\"litellm_provider\": \"openai\"}}"));
    }

    void writtenPackImportsBackUnchanged()
    {
        const Dataset &dataset = m_document.dataset();
        const Importer::Preview preview =
            DataPack::preview(dataset, DataPack::write(dataset, PackDate, QString()), QStringLiteral("pack.json"));
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QVERIFY(preview.rejected.isEmpty());
        QVERIFY(preview.added.isEmpty());
        QVERIFY(preview.changed.isEmpty());
        QCOMPARE(preview.unchanged, int(dataset.models.size() + dataset.gpus.size() + dataset.apiPrices.size()));
        QVERIFY(preview.changes.isEmpty());
        QCOMPARE(preview.summary(), QStringLiteral("pack.json as pack: 0 to add, 0 to change, 0 rejected, %1 unchanged.")
                                        .arg(preview.unchanged));
    }

    // One import, one undo step: the model, the price that serves it (linked by the id the model was
    // written with, not the provisional one) and a changed GPU; undo leaves the file as it was.
    void aPackGoesInAsOneUndoStep()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        QJsonObject pack = packWithNewModelAndItsPrice(document.dataset());
        const GpuRecord gpu = document.dataset().gpus.first();
        QJsonArray gpus = pack.value(QStringLiteral("gpus")).toArray();
        QJsonObject changedGpu = gpus.first().toObject();
        changedGpu.insert(QStringLiteral("street_price_usd"), 1234);
        gpus.replace(0, changedGpu);
        pack.insert(QStringLiteral("gpus"), gpus);

        Importer::Preview preview = DataPack::preview(document.dataset(), bytes(pack), QStringLiteral("team.json"));
        QVERIFY2(preview.canApply(), qPrintable(preview.report()));
        QCOMPARE(preview.added.size(), 2);
        QCOMPARE(preview.added.at(0).name, QStringLiteral("models: Lab Model 9B"));
        QCOMPARE(preview.added.at(1).name, QStringLiteral("prices: Lab Cloud lab-9b"));
        QCOMPARE(preview.changed.size(), 1);
        QCOMPARE(preview.changed.first().name, QStringLiteral("gpus: %1").arg(gpu.name));

        const QString before = databaseDump(file.path());
        const int steps = document.undoStack()->count();
        QVERIFY(document.applyChanges(preview.changes, QStringLiteral("Import team.json")));
        QCOMPARE(document.undoStack()->count(), steps + 1);
        const ModelRecord *model = modelNamed(document.dataset(), QStringLiteral("Lab Model 9B"));
        QVERIFY(model);
        QVERIFY(model->id > 0);
        const qint64 modelId = model->id;
        const ApiPriceRecord *price = priceOf(document.dataset(), QStringLiteral("Lab Cloud"));
        QVERIFY(price);
        QCOMPARE(price->modelId, std::optional<qint64>(modelId));
        QCOMPARE(document.dataset().gpu(gpu.id)->streetPriceUsd, std::optional<double>(1234));
        // Each row cites what the row it was copied from cites: the file's own sources, no new one.
        QCOMPARE(model->sourceId, document.dataset().models.first().sourceId);
        QCOMPARE(price->sourceId, document.dataset().apiPrices.first().sourceId);
        QCOMPARE(document.dataset().sources.size(), m_document.dataset().sources.size());
        // A fresh read of the file has the same link: it was written, not only kept in memory.
        AtlasDocument reread;
        QVERIFY(reread.open(file.path(), Database::Access::ReadOnly));
        QCOMPARE(priceOf(reread.dataset(), QStringLiteral("Lab Cloud"))->modelId, std::optional<qint64>(modelId));

        document.undoStack()->undo();
        QCOMPARE(databaseDump(file.path()), before);
        QVERIFY(!modelNamed(document.dataset(), QStringLiteral("Lab Model 9B")));
        document.undoStack()->redo();
        QCOMPARE(modelNamed(document.dataset(), QStringLiteral("Lab Model 9B"))->id, modelId);
        QCOMPARE(priceOf(document.dataset(), QStringLiteral("Lab Cloud"))->modelId, std::optional<qint64>(modelId));
    }

    // A row citing a source the file lacks brings the source along; a row citing none cites the pack, as
    // of the pack's date. Undo takes both sources out again.
    void citationsTravelWithTheRows()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        QJsonObject pack = packWithNewModelAndItsPrice(document.dataset());
        QJsonArray sources = pack.value(QStringLiteral("sources")).toArray();
        sources.append(QJsonObject{{QStringLiteral("id"), 9001},
                                   {QStringLiteral("title"), QStringLiteral("Lab GPU datasheet")},
                                   {QStringLiteral("origin"), QStringLiteral("lab.example/datasheet.pdf")},
                                   {QStringLiteral("as_of"), QStringLiteral("2026-10-01")}});
        pack.insert(QStringLiteral("sources"), sources);
        QJsonArray gpus = pack.value(QStringLiteral("gpus")).toArray();
        QJsonObject gpu = gpus.first().toObject();
        gpu.insert(QStringLiteral("name"), QStringLiteral("Lab GPU"));
        gpu.insert(QStringLiteral("source"), 9001);
        gpus.append(gpu);
        pack.insert(QStringLiteral("gpus"), gpus);
        QJsonArray models = pack.value(QStringLiteral("models")).toArray();
        QJsonObject uncited = models.last().toObject();
        uncited.remove(QStringLiteral("source"));
        models.replace(models.size() - 1, uncited);
        pack.insert(QStringLiteral("models"), models);

        Importer::Preview preview = DataPack::preview(document.dataset(), bytes(pack), QStringLiteral("team.json"));
        QVERIFY2(preview.canApply(), qPrintable(preview.report()));
        QCOMPARE(preview.changes.citedSources.size(), 1);
        const QString before = databaseDump(file.path());
        QVERIFY(document.applyChanges(preview.changes, QStringLiteral("Import team.json")));

        const auto gpuNamed = [&document](const QString &name) {
            return *std::find_if(document.dataset().gpus.cbegin(), document.dataset().gpus.cend(),
                                 [&name](const GpuRecord &g) { return g.name == name; });
        };
        const SourceRecord *datasheet = document.dataset().source(gpuNamed(QStringLiteral("Lab GPU")).sourceId);
        QVERIFY(datasheet);
        QCOMPARE(datasheet->title, QStringLiteral("Lab GPU datasheet"));
        QCOMPARE(datasheet->origin, QStringLiteral("lab.example/datasheet.pdf"));
        QCOMPARE(datasheet->asOf, QStringLiteral("2026-10-01"));
        const SourceRecord *thePack =
            document.dataset().source(modelNamed(document.dataset(), QStringLiteral("Lab Model 9B"))->sourceId);
        QVERIFY(thePack);
        QCOMPARE(thePack->title, QStringLiteral("Data pack team.json"));
        QCOMPARE(thePack->asOf, QStringLiteral("2026-11-30"));
        QCOMPARE(thePack->origin, QStringLiteral("a colleague's file"));
        const qint64 datasheetId = datasheet->id;
        AtlasDocument reread;
        QVERIFY(reread.open(file.path(), Database::Access::ReadOnly));
        QVERIFY(reread.dataset().source(datasheetId));

        document.undoStack()->undo();
        QCOMPARE(databaseDump(file.path()), before);
        document.undoStack()->redo();
        QCOMPARE(gpuNamed(QStringLiteral("Lab GPU")).sourceId, datasheetId);
        QCOMPARE(document.dataset().source(datasheetId)->title, QStringLiteral("Lab GPU datasheet"));
    }

    // A price already in the file can be relinked to a model the pack adds: a change, not an addition.
    void aChangedPriceLinksToAModelThePackAdds()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        QJsonObject pack = packOf(document.dataset());
        QJsonObject model = pack.value(QStringLiteral("models")).toArray().first().toObject();
        model.insert(QStringLiteral("name"), QStringLiteral("Lab Model 9B"));
        append(pack, QStringLiteral("models"), model);
        QJsonArray prices = pack.value(QStringLiteral("prices")).toArray();
        QJsonObject relinked = prices.first().toObject();
        relinked.insert(QStringLiteral("model"), QStringLiteral("Lab Model 9B"));
        prices.replace(0, relinked);
        pack.insert(QStringLiteral("prices"), prices);
        const ApiPriceRecord price = *std::find_if(
            document.dataset().apiPrices.cbegin(), document.dataset().apiPrices.cend(), [&](const ApiPriceRecord &p) {
                return p.modelName == relinked.value(QStringLiteral("model_name")).toString();
            });

        Importer::Preview preview = DataPack::preview(document.dataset(), bytes(pack), QStringLiteral("team.json"));
        QVERIFY2(preview.canApply(), qPrintable(preview.report()));
        QCOMPARE(preview.changed.size(), 1);
        QVERIFY2(preview.changed.first().detail.contains(QStringLiteral("“Lab Model 9B”")),
                 qPrintable(preview.changed.first().detail));
        QVERIFY(document.applyChanges(preview.changes, QStringLiteral("Import team.json")));
        QCOMPARE(document.dataset().apiPrice(price.id)->modelId,
                 std::optional<qint64>(modelNamed(document.dataset(), QStringLiteral("Lab Model 9B"))->id));
    }

    // All or nothing: a price naming a model neither the file nor the pack has rejects the whole pack.
    void oneBadRowRefusesThePack()
    {
        QJsonObject pack = packWithNewModelAndItsPrice(m_document.dataset());
        QJsonObject stray = pack.value(QStringLiteral("prices")).toArray().first().toObject();
        stray.insert(QStringLiteral("provider"), QStringLiteral("Nobody"));
        stray.insert(QStringLiteral("model"), QStringLiteral("No Such Model"));
        append(pack, QStringLiteral("prices"), stray);
        const Importer::Preview preview = DataPack::preview(m_document.dataset(), bytes(pack), QStringLiteral("team.json"));
        QVERIFY(!preview.canApply());
        QCOMPARE(preview.rejected.size(), 1);
        QVERIFY2(preview.rejected.first().name.startsWith(QStringLiteral("prices: Nobody")),
                 qPrintable(preview.rejected.first().name));
        QVERIFY2(preview.rejected.first().detail.contains(QStringLiteral("No Such Model")),
                 qPrintable(preview.rejected.first().detail));
        QVERIFY(preview.report().contains(QStringLiteral("Nothing will be written")));
    }

    // The pack's preview shows in the window's preview table like any import.
    void previewModelShowsEachSection()
    {
        const Importer::Preview preview = DataPack::preview(
            m_document.dataset(), bytes(packWithNewModelAndItsPrice(m_document.dataset())), QStringLiteral("team.json"));
        ImportPreviewModel model(preview);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ImportPreviewModel::Name).data().toString(), QStringLiteral("models: Lab Model 9B"));
        QCOMPARE(model.index(1, ImportPreviewModel::Name).data().toString(), QStringLiteral("prices: Lab Cloud lab-9b"));
    }

    void malformedPacksAreRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"llm_atlas_data_pack\": 1,") << QStringLiteral("not valid JSON");
        QTest::newRow("a table, not a pack") << QByteArray("[{\"name\": \"x\"}]") << QStringLiteral("not an LLM Atlas data pack");
        QTest::newRow("no marker") << QByteArray("{\"as_of\": \"2026-12-01\", \"models\": []}")
                                   << QStringLiteral("not an LLM Atlas data pack");
        QTest::newRow("newer version") << QByteArray("{\"llm_atlas_data_pack\": 2, \"as_of\": \"2026-12-01\", \"models\": []}")
                                       << QStringLiteral("newer than this LLM Atlas reads (1)");
        QTest::newRow("version as text") << QByteArray("{\"llm_atlas_data_pack\": \"1\", \"as_of\": \"2026-12-01\"}")
                                         << QStringLiteral("not an LLM Atlas data pack");
        QTest::newRow("no date") << QByteArray("{\"llm_atlas_data_pack\": 1, \"models\": []}") << QStringLiteral("“as_of”");
        QTest::newRow("a month, not a date") << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12\", \"models\": []}")
                                             << QStringLiteral("“as_of”");
        QTest::newRow("section not a list") << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12-01\", \"gpus\": {}}")
                                            << QStringLiteral("its “gpus” is neither a list of rows nor the name of a table beside it");
        QTest::newRow("no section") << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12-01\", \"tiers\": []}")
                                    << QStringLiteral("none of the sections");
        QTest::newRow("sources not a list")
            << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12-01\", \"sources\": {}, \"gpus\": []}")
            << QStringLiteral("its “sources” is not a list of sources");
        QTest::newRow("a source without a title")
            << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12-01\", \"sources\": [{\"id\": 1, "
                          "\"as_of\": \"2026\"}], \"gpus\": []}")
            << QStringLiteral("its source 1 needs a whole-number “id”, a “title”");
        QTest::newRow("two sources, one id")
            << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12-01\", \"sources\": [{\"id\": 1, "
                          "\"title\": \"a\", \"as_of\": \"2026\"}, {\"id\": 1, \"title\": \"b\", \"as_of\": \"2026\"}], "
                          "\"gpus\": []}")
            << QStringLiteral("two of its sources have the id 1");
        QTest::newRow("a row citing an unlisted source")
            << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12-01\", \"gpus\": [{\"name\": \"Lab GPU\", "
                          "\"vendor\": \"Acme\", \"memory_gib\": 32, \"memory_kind\": \"GDDR7\", \"bandwidth_gb_s\": 1200, "
                          "\"fp16_tflops\": 150, \"source\": 7}]}")
            << QStringLiteral("its “gpus” line 1 cites the source “7”, which its “sources” does not list");
        QTest::newRow("a table named, but no folder")
            << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12-01\", \"gpus\": \"gpus.csv\"}")
            << QStringLiteral("its “gpus” names the file “gpus.csv”, but the pack was not read from a folder");
        QTest::newRow("a table in another folder")
            << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12-01\", \"gpus\": \"../gpus.csv\"}")
            << QStringLiteral("a pack's tables are files beside it, named without a folder");
        QTest::newRow("a row without a name")
            << QByteArray("{\"llm_atlas_data_pack\": 1, \"as_of\": \"2026-12-01\", \"gpus\": [{\"vendor\": \"Acme\"}]}")
            << QStringLiteral("its “gpus”: it has no “name” column");
    }

    void malformedPacksAreRefusedByName()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const Importer::Preview preview = DataPack::preview(m_document.dataset(), data, QStringLiteral("bad.json"));
        QVERIFY2(preview.error.contains(expected), qPrintable(preview.error));
        QVERIFY(!preview.canApply());
        QVERIFY(preview.changes.isEmpty());
    }

    // A pack of CSV tables: pack.json names models.csv, gpus.csv and prices.csv beside it, which a
    // spreadsheet edits; it reads back unchanged, and a row added in a table adds a record citing its source.
    void aFolderOfCsvTablesIsAPackToo()
    {
        const Dataset &dataset = m_document.dataset();
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("team pack"));
        QString error;
        QVERIFY2(DataPack::writeFolder(dataset, PackDate, QStringLiteral("a colleague's file"), folder, &error),
                 qPrintable(error));
        const QString pack = folder + QStringLiteral("/pack.json");
        QVERIFY(DataPack::looksLikePackFile(pack));
        const QJsonObject manifest = QJsonDocument::fromJson(fileBytes(pack)).object();
        QCOMPARE(manifest.value(QStringLiteral("models")).toString(), QStringLiteral("models.csv"));
        QVERIFY(!manifest.value(QStringLiteral("sources")).toArray().isEmpty());
        QByteArray models = fileBytes(folder + QStringLiteral("/models.csv"));
        const QByteArray header = models.left(models.indexOf('\n')).trimmed();
        QVERIFY2(header.startsWith("name,") && header.endsWith(",source"), header.constData());

        Importer::Preview preview = Importer::previewFile(dataset, pack, Importer::Kind::Pack);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QCOMPARE(preview.unchanged, int(dataset.models.size() + dataset.gpus.size() + dataset.apiPrices.size()));
        QVERIFY(preview.changes.isEmpty());

        // A spreadsheet user copies the first model's line under a new name.
        const qsizetype firstRow = models.indexOf('\n') + 1;
        QByteArray line = models.mid(firstRow, models.indexOf('\n', firstRow) + 1 - firstRow);
        line.replace(dataset.models.first().name.toUtf8(), "Lab Model 9B");
        models.append(line);
        QFile out(folder + QStringLiteral("/models.csv"));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(models);
        out.close();
        preview = Importer::previewFile(dataset, pack, Importer::Kind::Pack);
        QVERIFY2(preview.canApply(), qPrintable(preview.report()));
        QCOMPARE(preview.added.size(), 1);
        QCOMPARE(preview.added.first().name, QStringLiteral("models: Lab Model 9B"));
        QCOMPARE(preview.added.first().line, int(dataset.models.size()) + 2); // the CSV's line, header first
        const auto &added = std::get<ModelRecord>(preview.changes.additions.first());
        QCOMPARE(added.sourceId, dataset.models.first().sourceId);
        QCOMPARE(added.layers, dataset.models.first().layers);

        // A table the pack names that is not there refuses the pack.
        QVERIFY(QFile::remove(folder + QStringLiteral("/prices.csv")));
        preview = Importer::previewFile(dataset, pack, Importer::Kind::Pack);
        QVERIFY2(preview.error.contains(QStringLiteral("its “prices” table “prices.csv” cannot be read")),
                 qPrintable(preview.error));
        QVERIFY(preview.changes.isEmpty());
    }

    // The importer takes a pack as one more kind, so the window and the command line need nothing else.
    void importerReadsAPackAsAKind()
    {
        QCOMPARE(Importer::kindFromName(QStringLiteral("pack")), std::optional(Importer::Kind::Pack));
        const QByteArray pack = bytes(packWithNewModelAndItsPrice(m_document.dataset()));
        const Importer::Preview preview = Importer::preview(m_document.dataset(), pack, TableWriter::Format::Json,
                                                            Importer::Kind::Pack, {}, QStringLiteral("team.json"));
        QCOMPARE(preview.kind, Importer::Kind::Pack);
        QCOMPARE(preview.added.size(), 2);
        // Cancelling the preview part-way leaves nothing to apply.
        Importer::Options cancelling;
        cancelling.progress = [](double) { return false; };
        const Importer::Preview cancelled = Importer::preview(m_document.dataset(), pack, TableWriter::Format::Json,
                                                              Importer::Kind::Pack, cancelling, QStringLiteral("team.json"));
        QVERIFY2(cancelled.error.contains(QStringLiteral("cancelled")), qPrintable(cancelled.error));
        QVERIFY(cancelled.changes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDataPack)
#include "tst_datapack.moc"
