// Importing CSV and JSON: what export writes comes back unchanged; bad rows and bad files change nothing.
#include "models/core/nameindex.h"
#include "models/core/tiersnapshots.h"
#include "models/core/validation.h"
#include "models/document/atlasdocument.h"
#include "models/document/importer.h"
#include "models/itemmodels/facttablemodel.h"
#include "models/itemmodels/importpreviewmodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using Format = TableWriter::Format;

class TestImporter : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    AtlasDocument m_document;

    QByteArray exported(Importer::Kind kind, Format format)
    {
        if (kind == Importer::Kind::Models || kind == Importer::Kind::Tiers) {
            TierTableModel model;
            model.setDataset(&m_document.dataset());
            return TableWriter::write(model, format);
        }
        FactTableModel model(kind == Importer::Kind::Gpus ? RecordKind::Gpu : RecordKind::ApiPrice);
        model.setDataset(&m_document.dataset());
        return TableWriter::write(model, format);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QVERIFY(m_document.open(m_file.path(), Database::Access::ReadOnly));
    }

    // The preview's table: rejected rows first, then added and changed, each with its line and reason.
    void previewModelListsRejectedRowsFirst()
    {
        const QByteArray csv = "name,vendor,memory_gib,memory_kind,bandwidth_gb_s,fp16_tflops,street_price_usd\n"
                               "RTX 4090,NVIDIA,24,GDDR6X,1008,165.2,1499\nLab GPU,Acme,32,GDDR7,1200,150,\n"
                               "Broken,Acme,-1,x,1,1,\n";
        const Importer::Preview preview =
            Importer::preview(m_document.dataset(), csv, Format::Csv, Importer::Kind::Gpus);
        ImportPreviewModel model(preview);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ImportPreviewModel::ColumnCount));
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, ImportPreviewModel::Action).toString(), QStringLiteral("reject"));
        QCOMPARE(cell(0, ImportPreviewModel::Line).toInt(), 4);
        QCOMPARE(cell(0, ImportPreviewModel::Name).toString(), QStringLiteral("Broken"));
        QVERIFY(!cell(0, ImportPreviewModel::Detail).toString().isEmpty());
        QCOMPARE(cell(0, ImportPreviewModel::Detail, Qt::ToolTipRole), cell(0, ImportPreviewModel::Detail));
        QCOMPARE(cell(1, ImportPreviewModel::Action).toString(), QStringLiteral("add"));
        QCOMPARE(cell(1, ImportPreviewModel::Name).toString(), QStringLiteral("Lab GPU"));
        QCOMPARE(cell(2, ImportPreviewModel::Action).toString(), QStringLiteral("change"));
        QCOMPARE(cell(2, ImportPreviewModel::Line).toInt(), 2);
        QCOMPARE(cell(2, ImportPreviewModel::Line, Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
        QCOMPARE(model.headerData(ImportPreviewModel::Detail, Qt::Horizontal).toString(),
                 QStringLiteral("What changes, or why not"));
    }

    // The index finds a name's record as QString::compare(..., Qt::CaseInsensitive) does, beyond ASCII
    // too, and never the record itself; validation says the same with it as with its walk.
    void namesakesAreFoundAsCaseInsensitiveCompareFindsThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("namesake"); // empty: none
        QTest::newRow("same case") << "Ärger 7B" << qint64(0) << "Ärger 7B";
        QTest::newRow("other case, beyond ASCII") << "ÄRGER 7b" << qint64(0) << "Ärger 7B";
        QTest::newRow("final sigma folds as sigma") << "ΣΟΦΟΣ" << qint64(0) << "σοφος";
        QTest::newRow("sharp s is not ss") << "STRASSE" << qint64(0) << "";
        QTest::newRow("itself is not a namesake") << "ärger 7b" << qint64(9001) << "";
        QTest::newRow("nor is a prefix") << "Ärger" << qint64(0) << "";
    }
    void namesakesAreFoundAsCaseInsensitiveCompareFindsThem()
    {
        QFETCH(QString, name);
        QFETCH(qint64, id);
        QFETCH(QString, namesake);
        Dataset dataset = m_document.dataset();
        for (const auto &[recordId, recordName] : {std::pair{9001, u"Ärger 7B"}, {9002, u"σοφος"}, {9003, u"Straße"}}) {
            ModelRecord model = dataset.models.first();
            model.id = recordId;
            model.name = QString::fromUtf16(recordName);
            dataset.insert(model);
        }
        const NameIndex names(dataset);
        ModelRecord probe = dataset.models.first();
        probe.id = id;
        probe.name = name;
        const ModelRecord *indexed = names.namesake(probe);
        const ModelRecord *walked = NameIndex::findNamesake(dataset, probe);
        QCOMPARE(indexed ? indexed->name : QString(), namesake);
        QCOMPARE(indexed, walked);
        QCOMPARE(Validation::check(probe, dataset, names), Validation::check(probe, dataset));
        QCOMPARE(Validation::check(probe, dataset).contains(QStringLiteral("name")), !namesake.isEmpty());
    }

    // Rows name the records they change ignoring case, in a file with many models, as in one with a few.
    void importMatchesRecordsIgnoringCase()
    {
        const Dataset many = withBulkModels(m_document.dataset(), 50);
        const QByteArray csv = exported(Importer::Kind::Models, Format::Csv)
                                   .replace("DeepSeek V3.2", "DEEPSEEK v3.2")
                                   .replace("Llama 4 Scout", "llama 4 scout");
        const Importer::Preview preview = Importer::preview(many, csv, Format::Csv, Importer::Kind::Models);
        QVERIFY2(preview.rejected.isEmpty() && preview.added.isEmpty(), qPrintable(preview.report()));
        QCOMPARE(preview.changed.size(), 2); // the names' spelling
        QCOMPARE(preview.unchanged, m_document.dataset().models.size() - 2);
        // A row naming a bulk model in another case changes it: it is not added beside it.
        const QByteArray bulk = "name,vendor\nBULK 07,Acme\n";
        const Importer::Preview renamed = Importer::preview(many, bulk, Format::Csv, Importer::Kind::Models);
        QVERIFY2(renamed.rejected.isEmpty() && renamed.added.isEmpty(), qPrintable(renamed.report()));
        QCOMPARE(renamed.changed.size(), 1);
    }

    // A price names the model it serves as a user writes it; the importer finds that model through its
    // index, ignoring case, and rejects a name the file has no model for.
    void pricesLinkTheModelTheyServeByName()
    {
        const Dataset many = withBulkModels(m_document.dataset(), 50);
        const QByteArray csv = "provider,model_name,model,input_usd_per_mtok,output_usd_per_mtok,as_of\n"
                               "Lab,bulk-07,BULK 07,0.1,0.2,2026-03\n"
                               "Lab,nothing,No Such Model,0.1,0.2,2026-03\n";
        const Importer::Preview preview = Importer::preview(many, csv, Format::Csv, Importer::Kind::Prices);
        QCOMPARE(preview.added.size(), 1);
        QCOMPARE(preview.rejected.size(), 1);
        QVERIFY2(preview.rejected.at(0).detail.contains(QStringLiteral("there is no model named “No Such Model”")),
                 qPrintable(preview.rejected.at(0).detail));
        QCOMPARE(preview.changes.additions.size(), 1);
        const auto &price = std::get<ApiPriceRecord>(preview.changes.additions.at(0));
        const auto bulk = std::find_if(many.models.cbegin(), many.models.cend(),
                                       [](const ModelRecord &m) { return m.name == QLatin1String("Bulk 07"); });
        QVERIFY(bulk != many.models.cend());
        QCOMPARE(price.modelId, std::optional<qint64>(bulk->id));
    }

    void exportedTablesImportBackUnchanged_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("rows");
        // Every row of the bundled data comes back unchanged; the tier list has the article's eight.
        const Dataset &data = m_document.dataset();
        for (auto [kind, name, rows] : {std::tuple{Importer::Kind::Models, "models", int(data.models.size())},
                                        {Importer::Kind::Gpus, "gpus", int(data.gpus.size())},
                                        {Importer::Kind::Prices, "prices", int(data.apiPrices.size())},
                                        {Importer::Kind::Tiers, "tiers", 8}}) {
            QTest::addRow("%s csv", name) << int(kind) << int(Format::Csv) << rows;
            QTest::addRow("%s json", name) << int(kind) << int(Format::Json) << rows;
        }
    }

    void exportedTablesImportBackUnchanged()
    {
        QFETCH(int, kind);
        QFETCH(int, format);
        QFETCH(int, rows);
        const Importer::Preview preview = Importer::preview(m_document.dataset(), exported(Importer::Kind(kind), Format(format)),
                                                            Format(format), Importer::Kind(kind));
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QVERIFY2(preview.rejected.isEmpty(), qPrintable(preview.report()));
        QVERIFY2(preview.changed.isEmpty(), qPrintable(preview.report()));
        QVERIFY(preview.added.isEmpty());
        QCOMPARE(preview.unchanged, rows);
        QVERIFY(preview.changes.isEmpty());
        QVERIFY(!preview.canApply());
    }

    void previewsAdditionsAndChanges()
    {
        const QByteArray csv = "name,vendor,memory_gib,memory_kind,bandwidth_gb_s,fp16_tflops,street_price_usd\r\n"
                               "RTX 4090,NVIDIA,24,GDDR6X,1008,165.2,1499\r\n"
                               "\"Lab, GPU\",Acme,32,GDDR7,1200,150,\r\n";
        const Importer::Preview preview = Importer::preview(m_document.dataset(), csv, Format::Csv, Importer::Kind::Gpus);
        QVERIFY2(preview.rejected.isEmpty(), qPrintable(preview.report()));
        QCOMPARE(preview.added.size(), 1);
        QCOMPARE(preview.added.at(0).name, QStringLiteral("Lab, GPU"));
        QCOMPARE(preview.changed.size(), 1);
        QVERIFY2(preview.changed.at(0).detail.contains(QStringLiteral("street_price_usd “1599” → “1499”")),
                 qPrintable(preview.changed.at(0).detail));
        QVERIFY(preview.canApply());
        QVERIFY(preview.report().contains(QStringLiteral("1 to add, 1 to change, 0 rejected")));
    }

    // The quote TableWriter puts before a CSV text cell a spreadsheet would take for a formula comes off
    // again, and only that one: a name that began with quotes keeps them.
    void csvFormulaGuardComesOff()
    {
        const QByteArray csv = "name,vendor,memory_gib,memory_kind,bandwidth_gb_s,fp16_tflops,street_price_usd\r\n"
                               "'=HYPERLINK(\"\"),'+Acme,32,GDDR7,1200,150,\r\n"
                               "''-Lab GPU,'@Acme,32,GDDR7,1200,150,\r\n"
                               "'quoted',Acme,32,GDDR7,1200,150,'-1\r\n";
        const Importer::Preview preview = Importer::preview(m_document.dataset(), csv, Format::Csv, Importer::Kind::Gpus);
        QCOMPARE(preview.added.size(), 2);
        QCOMPARE(preview.added.at(0).name, QStringLiteral("=HYPERLINK(\"\")"));
        QCOMPARE(preview.added.at(1).name, QStringLiteral("'-Lab GPU"));
        const auto gpu = [&preview](int i) { return std::get<GpuRecord>(preview.changes.additions.at(i)); };
        QCOMPARE(gpu(0).vendor, QStringLiteral("+Acme"));
        QCOMPARE(gpu(1).vendor, QStringLiteral("@Acme"));
        // A guarded number is the number: the price is read as -1, and refused as negative.
        QCOMPARE(preview.rejected.size(), 1);
        QCOMPARE(preview.rejected.at(0).name, QStringLiteral("'quoted'"));
        QVERIFY2(preview.rejected.at(0).detail.contains(QStringLiteral("negative")), qPrintable(preview.rejected.at(0).detail));
    }

    // JSON can spell a NUL character; no CSV, SVG or HTML export could carry it, so the row is refused.
    void refusesNulCharacters()
    {
        const QByteArray json = R"([{"name": "Nul\u0000GPU", "vendor": "Acme", "memory_gib": 32, "memory_kind": "GDDR7",
                                     "bandwidth_gb_s": 1200, "fp16_tflops": 150}])";
        const Importer::Preview preview = Importer::preview(m_document.dataset(), json, Format::Json, Importer::Kind::Gpus);
        QCOMPARE(preview.rejected.size(), 1);
        QVERIFY2(preview.rejected.at(0).detail.contains(QStringLiteral("“name” holds a NUL character")),
                 qPrintable(preview.rejected.at(0).detail));
        QVERIFY(!preview.canApply());
    }

    void rejectsBadRowsRowByRow()
    {
        const QByteArray json = R"([
            {"provider": "Acme", "model_name": "a", "input_usd_per_mtok": -1, "output_usd_per_mtok": 1, "as_of": "2026-04"},
            {"provider": "Acme", "model_name": "b", "input_usd_per_mtok": 1, "output_usd_per_mtok": 2, "as_of": "April"},
            {"provider": "Acme", "model_name": "c", "model": "No Such Model", "input_usd_per_mtok": 1, "output_usd_per_mtok": 2, "as_of": "2026"},
            {"provider": "Acme", "model_name": "ok", "input_usd_per_mtok": 1, "output_usd_per_mtok": 2, "as_of": "2026-04-01"},
            {"provider": "Acme", "model_name": "OK", "input_usd_per_mtok": 1, "output_usd_per_mtok": 2, "as_of": "2026-04-01"},
            {"model_name": "nobody"},
            42
        ])";
        const Importer::Preview preview = Importer::preview(m_document.dataset(), json, Format::Json, Importer::Kind::Prices);
        QCOMPARE(preview.added.size(), 1);
        QCOMPARE(preview.rejected.size(), 6);
        QVERIFY(preview.rejected.at(0).detail.contains(QStringLiteral("negative")));
        QVERIFY(preview.rejected.at(1).detail.contains(QStringLiteral("2026-03")));
        QVERIFY(preview.rejected.at(2).detail.contains(QStringLiteral("no model named")));
        QVERIFY(preview.rejected.at(3).detail.contains(QStringLiteral("appears twice")));
        QVERIFY(preview.rejected.at(4).detail.contains(QStringLiteral("needs provider and model_name")));
        QCOMPARE(preview.rejected.at(5).line, 7);
        QVERIFY(!preview.canApply());
        QVERIFY(preview.report().contains(QStringLiteral("Nothing will be written")));
    }

    void refusesGarbageFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("message");
        QTest::addRow("binary") << QByteArray("SQLite format 3\0\1\2", 18) << int(Format::Csv) << "binary file";
        QTest::addRow("latin-1") << QByteArray("name,vendor\nCaf\xe9,x\n") << int(Format::Csv) << "not UTF-8";
        QTest::addRow("broken json") << QByteArray("[{\"name\": ") << int(Format::Json) << "not valid JSON";
        QTest::addRow("json object") << QByteArray("{\"name\": \"x\"}") << int(Format::Json) << "not an array";
        QTest::addRow("open quote") << QByteArray("name,vendor\n\"x,y\n") << int(Format::Csv) << "never closed";
        QTest::addRow("empty") << QByteArray() << int(Format::Csv) << "empty";
        QTest::addRow("wrong table") << QByteArray("provider,model_name\na,b\n") << int(Format::Csv) << "no “name” column";
    }

    void refusesGarbageFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QFETCH(QString, message);
        const Importer::Preview preview = Importer::preview(m_document.dataset(), data, Format(format), Importer::Kind::Gpus);
        QVERIFY2(preview.error.contains(message), qPrintable(preview.error));
        QVERIFY(!preview.canApply());
        QVERIFY(preview.changes.isEmpty());
    }

    void refusesHugeFilesUnread()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(Importer::MaxFileBytes + 1)); // sparse: nothing is really written
        big.close();
        const Importer::Preview preview =
            Importer::previewFile(m_document.dataset(), big.fileName(), Importer::Kind::Models);
        QVERIFY2(preview.error.contains(QStringLiteral("over 50 MB")), qPrintable(preview.error));
    }

    void tierListImportsAsANewSnapshot()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QString original = databaseDump(file.path());
        // Llama 3.3 70B climbs to S, DeepSeek R1 drops out, Qwen 3.5 falls to B.
        const QByteArray csv = "rank,tier,name\n1,S,DeepSeek V3.2\n2,S,Llama 3.3 70B\n3,B,Qwen 3.5\n";
        Importer::Options options;
        options.published = QStringLiteral("2026-04");
        const Importer::Preview preview =
            Importer::preview(document.dataset(), csv, Format::Csv, Importer::Kind::Tiers, options, QStringLiteral("april.csv"));
        QVERIFY2(preview.canApply(), qPrintable(preview.report()));
        QCOMPARE(preview.added.size(), 3);
        QVERIFY2(preview.added.at(1).detail.contains(QStringLiteral("(up)")), qPrintable(preview.added.at(1).detail));
        QVERIFY(preview.added.at(2).detail.contains(QStringLiteral("(down)")));
        QVERIFY(preview.report().contains(QStringLiteral("Not in the new list: DeepSeek R1")));
        QVERIFY(document.applyChanges(preview.changes, QStringLiteral("Import april.csv")));
        QCOMPARE(document.dataset().tierLists.size(), 2);
        const TierListRecord *latest = document.dataset().latestTierList();
        QCOMPARE(latest->published, QStringLiteral("2026-04"));

        const QList<TierSnapshots::Change> changes = TierSnapshots::compare(document.dataset(), 1, latest->id);
        QStringList moves;
        for (const TierSnapshots::Change &c : changes)
            moves << c.model + QLatin1Char('=') + TierSnapshots::movementName(c.movement);
        QCOMPARE(moves, QStringList({"DeepSeek V3.2=same", "Llama 3.3 70B=up", "Qwen 3.5=down", "DeepSeek R1=dropped",
                                     "Qwen3-Coder-Next=dropped", "Mistral Large 3=dropped", "Llama 4 Maverick=dropped",
                                     "Llama 4 Scout=dropped"}));
        // The same snapshot again is refused rather than duplicated; undo takes the snapshot back out.
        const Importer::Preview again =
            Importer::preview(document.dataset(), "rank,tier,name\n1,A,DeepSeek V3.2\n", Format::Csv, Importer::Kind::Tiers, options);
        QVERIFY(again.error.contains(QStringLiteral("already a tier list")));
        document.undoStack()->undo();
        QCOMPARE(databaseDump(file.path()), original);
    }

    // A list with every model at the tier and rank the latest list gives it is nothing new; one entry
    // moved, or one missing, makes it a new snapshot.
    void theLatestTierListAgainIsNothingToImport_data()
    {
        QTest::addColumn<QByteArray>("edit"); // applied to the exported tier list
        QTest::addColumn<bool>("same");
        QTest::newRow("as exported") << QByteArray() << true;
        QTest::newRow("one tier moved") << QByteArray("Llama 4 Scout") << false;
        QTest::newRow("one entry missing") << QByteArray("Llama 4 Maverick") << false;
    }
    void theLatestTierListAgainIsNothingToImport()
    {
        QFETCH(QByteArray, edit);
        QFETCH(bool, same);
        QList<QByteArray> lines = exported(Importer::Kind::Tiers, Format::Csv).split('\n');
        for (QByteArray &line : lines) {
            if (edit.isEmpty() || !line.contains(edit))
                continue;
            if (edit == "Llama 4 Scout")
                line.replace(",C,", ",B,");
            else
                line.clear();
        }
        const Importer::Preview preview = Importer::preview(m_document.dataset(), lines.join('\n'), Format::Csv,
                                                            Importer::Kind::Tiers);
        QVERIFY2(preview.rejected.isEmpty() && preview.error.isEmpty(), qPrintable(preview.report()));
        QCOMPARE(preview.notes.join(QLatin1Char(' ')).contains(QStringLiteral("The same as the latest tier list")),
                 same);
        QCOMPARE(preview.canApply(), !same);
    }

    // The progress callback sees the share of the file read grow; returning false cancels: the preview
    // keeps nothing it read and has nothing to apply.
    void cancelledPreviewHasNothingToApply()
    {
        QByteArray csv = "name,vendor,total_params,layers,hidden_size,attention_heads,kv_heads,head_dim,attention,"
                         "full_attention_layers,max_context,license,released\n";
        for (int i = 1; i <= 50; ++i)
            csv += "Tiny " + QByteArray::number(i) + ",Lab,1B,16,2048,32,8,64,gqa,16,8192,MIT,2026-04\n";
        QList<double> shares;
        Importer::Options options;
        options.progress = [&shares](double share) {
            shares << share;
            return true;
        };
        const Importer::Preview whole = Importer::preview(m_document.dataset(), csv, Format::Csv, Importer::Kind::Models, options);
        QCOMPARE(whole.added.size(), 50);
        QCOMPARE(shares.size(), 50);
        QVERIFY(std::is_sorted(shares.cbegin(), shares.cend()));
        QCOMPARE(shares.last(), 1.0);

        int calls = 0;
        options.progress = [&calls](double) { return ++calls < 10; };
        const Importer::Preview cancelled = Importer::preview(m_document.dataset(), csv, Format::Csv, Importer::Kind::Models, options);
        QCOMPARE(calls, 10);
        QVERIFY2(cancelled.error.contains(QStringLiteral("cancelled")), qPrintable(cancelled.error));
        QVERIFY(cancelled.added.isEmpty());
        QVERIFY(cancelled.changes.isEmpty());
        QVERIFY(!cancelled.canApply());
    }

    void modelImportAddsACompleteModel()
    {
        BundledDatabaseFile file;
        AtlasDocument document;
        QVERIFY(document.open(file.path()));
        const QByteArray csv =
            "name,vendor,total_params,active_params,layers,hidden_size,attention_heads,kv_heads,head_dim,attention,"
            "full_attention_layers,max_context,license,released\n"
            "Tiny 1B,Lab,1B,1B,16,2048,32,8,64,gqa,16,8192,MIT,2026-04\n"
            "Half 2B,Lab,2B,,16,2048,32,8,64,gqa,16,8192,MIT,2026-04\n";
        const Importer::Preview preview = Importer::preview(document.dataset(), csv, Format::Csv, Importer::Kind::Models);
        QCOMPARE(preview.added.size(), 2);
        const qsizetype before = document.dataset().models.size();
        QVERIFY(document.applyChanges(preview.changes, QStringLiteral("Import")));
        QCOMPARE(document.dataset().models.size(), before + 2);
        const ModelRecord &tiny = document.dataset().models.at(before);
        QCOMPARE(tiny.name, QStringLiteral("Tiny 1B"));
        QVERIFY(!tiny.activeParams); // dense: "active" 1B is all of it
        QVERIFY(!tiny.editedAt.isEmpty());
        QVERIFY(document.dataset().source(tiny.sourceId)->title.startsWith(QStringLiteral("Imported from")));
        // A new model without its architecture is rejected with the fields it lacks.
        const Importer::Preview partial =
            Importer::preview(document.dataset(), "name,vendor,total_params\nBare,Lab,5B\n", Format::Csv, Importer::Kind::Models);
        QCOMPARE(partial.rejected.size(), 1);
        QVERIFY2(partial.rejected.at(0).detail.contains(QStringLiteral("Layers")), qPrintable(partial.rejected.at(0).detail));
    }

    // LiteLLM's model_prices_and_context_window.json as it is shaped: an object of model keys with prices per
    // token. Only chat models come in, per million; names that are ours get their model; the rest come in
    // without one; a row that is already ours is a change, and any bad row refuses the whole file.
    void importsLiteLlmPriceMap()
    {
        const QByteArray json = QByteArray("{"
            "'sample_spec': {'max_tokens': 'LEGACY parameter', 'input_cost_per_token': 0.0,"
                            "'output_cost_per_token': 0.0, 'litellm_provider': 'one of https://docs.litellm.ai/docs/providers',"
                            "'mode': 'one of: chat, embedding, completion, image_generation'},"
            "'deepinfra/meta-llama/Llama-3.3-70B-Instruct': {'input_cost_per_token': 2.3e-07, 'output_cost_per_token': 4e-07,"
                            "'litellm_provider': 'deepinfra', 'mode': 'chat'},"
            "'groq/acme/acme-chat-1': {'input_cost_per_token': 1.5e-07, 'output_cost_per_token': 6e-07,"
                            "'cache_read_input_token_cost': 7.5e-08, 'litellm_provider': 'groq', 'mode': 'chat'},"
            "'gpt-9': {'input_cost_per_token': 2.5e-06, 'output_cost_per_token': 1e-05,"
                            "'cache_read_input_token_cost': 1.25e-06, 'litellm_provider': 'openai', 'mode': 'chat'},"
            "'openai/gpt-9': {'input_cost_per_token': 2.5e-06, 'output_cost_per_token': 1e-05,"
                            "'litellm_provider': 'openai', 'mode': 'chat'},"
            "'text-embedding-3-small': {'input_cost_per_token': 2e-08, 'output_cost_per_token': 0.0,"
                            "'litellm_provider': 'openai', 'mode': 'embedding'}"
        "}").replace('\'', '"');
        Importer::Preview preview = Importer::preview(m_document.dataset(), json, Format::Json, Importer::Kind::Prices);
        QVERIFY2(preview.error.isEmpty() && preview.rejected.isEmpty(), qPrintable(preview.report()));
        QVERIFY2(preview.notes.join(QLatin1Char(' ')).contains(QStringLiteral("LiteLLM's price map: 3 chat models")),
                 qPrintable(preview.notes.join(QLatin1Char('\n'))));
        // DeepInfra's Llama 3.3 is bundled at these prices already: only its date changes.
        QCOMPARE(preview.changed.size(), 1);
        for (const Importer::Row &row : preview.changed)
            QVERIFY2(row.detail.startsWith(QStringLiteral("as_of “")) && !row.detail.contains(QLatin1Char(';'))
                         && row.detail.endsWith(QStringLiteral("→ “%1”").arg(QDate::currentDate().toString(Qt::ISODate))),
                     qPrintable(row.detail));
        QCOMPARE(preview.added.size(), 2);
        const auto &gpt9 = std::get<ApiPriceRecord>(preview.changes.additions.at(0));
        QCOMPARE(gpt9.provider, QStringLiteral("OpenAI"));
        QCOMPARE(gpt9.modelName, QStringLiteral("gpt-9"));
        QCOMPARE(gpt9.inputUsdPerMtok, 2.5);
        QCOMPARE(gpt9.outputUsdPerMtok, 10.0);
        QCOMPARE(gpt9.cachedInputUsdPerMtok, std::optional<double>(1.25));
        QVERIFY(!gpt9.modelId); // no model of ours
        // A chat model's link is found by its name: Llama-3.3-70B-Instruct is the article's Llama 3.3 70B.
        const auto &llama = std::get<ApiPriceRecord>(preview.changes.changes.at(0).second);
        QCOMPARE(llama.modelName, QStringLiteral("Llama-3.3-70B-Instruct"));
        QVERIFY(llama.modelId);
        QCOMPARE(m_document.dataset().model(*llama.modelId)->name, QStringLiteral("Llama 3.3 70B"));
        QVERIFY(preview.canApply());

        // A negative price is a bad row: nothing of the file is applied.
        const QByteArray bad = QByteArray("{'x/y': {'input_cost_per_token': -1e-06, 'output_cost_per_token': 1e-06,"
                                            "'litellm_provider': 'x', 'mode': 'chat'},"
                                   "'gpt-9': {'input_cost_per_token': 2.5e-06, 'output_cost_per_token': 1e-05,"
                                             "'litellm_provider': 'openai', 'mode': 'chat'}}").replace('\'', '"');
        preview = Importer::preview(m_document.dataset(), bad, Format::Json, Importer::Kind::Prices);
        QCOMPARE(preview.rejected.size(), 1);
        QVERIFY(!preview.canApply());
        // As a table of any other kind the map is not a table of rows.
        preview = Importer::preview(m_document.dataset(), json, Format::Json, Importer::Kind::Gpus);
        QVERIFY(!preview.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
