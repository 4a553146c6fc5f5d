#include "db/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    // Runs SQL on a file with SQLite directly, outside LLM Atlas, as another program would.
    static QByteArray ourIdPragma()
    {
        return "PRAGMA application_id = " + QByteArray::number(Database::ApplicationId) + ";";
    }

    static void rawExec(const QString &path, const QByteArray &sql)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(rc, SQLITE_OK);
    }

    // The schema as the first `version` migration steps leave it, for a file of that version.
    static QByteArray schemaAtVersion(int version)
    {
        const QStringList steps = QDir(QStringLiteral(":/db/migrations")).entryList(QDir::Files, QDir::Name);
        QByteArray sql = ourIdPragma();
        for (const QString &step : steps.first(version)) {
            QFile file(QStringLiteral(":/db/migrations/") + step);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(step));
            sql += file.readAll();
        }
        return sql + "PRAGMA user_version = " + QByteArray::number(version) + ";";
    }

    static int userVersion(const Database &db)
    {
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : -1;
    }

private slots:
    void createsCurrentSchemaFromBundle()
    {
        BundledDatabaseFile file;
        QVERIFY(file.isValid());
        Database db;
        QVERIFY2(db.open(file.path()), qPrintable(db.errorString()));
        QCOMPARE(userVersion(db), Database::SchemaVersion);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
        QCOMPARE(query.value(0).toInt(), Database::ApplicationId);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!query.next(), "the bundled dataset has dangling references");
        QVERIFY(!QFile::exists(file.path() + QStringLiteral(".part")));
    }

    void neverCreatesOverAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.sqlite"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious");
        existing.close();
        Database db;
        QVERIFY(!db.createFromBundle(path));
        QVERIFY(db.errorString().contains(QStringLiteral("already exists")));
        QCOMPARE(fileBytes(path), QByteArray("precious"));
    }

    void enforcesForeignKeys()
    {
        BundledDatabaseFile file;
        Database db;
        QVERIFY(db.open(file.path()));
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO recommendation (category, model_id, reason, source_id) "
                                           "VALUES ('x', 9999, 'y', 1)")));
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedMessage");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("is empty");
        QTest::addRow("text") << QByteArray("name,tier\nfoo,S\n") << QStringLiteral("not an SQLite file");
        QTest::addRow("truncated header") << QByteArray("SQLite format") << QStringLiteral("not an SQLite file");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedMessage);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(expectedMessage), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileBytes(path), content);
    }

    void refusesMissingFileAndFolder()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.filePath(QStringLiteral("nowhere.sqlite"))));
        QVERIFY(db.errorString().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere.sqlite"))));
        QVERIFY(!db.open(dir.path()));
        QVERIFY(db.errorString().contains(QStringLiteral("is a folder")));
    }

    void refusesForeignDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        rawExec(path, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');");
        const QByteArray before = fileBytes(path);
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("another application")), qPrintable(db.errorString()));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesNewerSchema()
    {
        BundledDatabaseFile file;
        rawExec(file.path(), "PRAGMA user_version = 99;");
        const QByteArray before = fileBytes(file.path());
        Database db;
        QVERIFY(!db.open(file.path()));
        QVERIFY2(db.errorString().contains(QStringLiteral("newer version")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(QStringLiteral("99")));
        QCOMPARE(fileBytes(file.path()), before);
    }

    void refusesOurIdWithoutOurTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fake.sqlite"));
        rawExec(path, ourIdPragma() + "PRAGMA user_version = 1; CREATE TABLE source (id);");
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("is missing")), qPrintable(db.errorString()));
    }

    void migratesFromEmptySchema()
    {
        // Version 0 with our id is what an interrupted creation would have left before step 1.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v0.sqlite"));
        rawExec(path, ourIdPragma() + "CREATE TABLE placeholder (x);");
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.errorString().contains(QStringLiteral("incomplete")), qPrintable(db.errorString()));
    }

    void upgradesVersion1WithPresets()
    {
        // A version-1 file as LLM Atlas 0.1 wrote it, with two of the GPUs the presets need.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        QFile step1(QStringLiteral(":/db/migrations/0001_initial.sql"));
        QVERIFY(step1.open(QIODevice::ReadOnly));
        rawExec(path, ourIdPragma() + step1.readAll() + "PRAGMA user_version = 1;"
                "INSERT INTO source (id, title, origin, as_of) VALUES (1, 't', 'o', '2026');"
                "INSERT INTO gpu (id, name, vendor, memory_gib, memory_kind, bandwidth_gb_s, fp16_tflops, source_id)"
                " VALUES (7, 'RTX 4090', 'NVIDIA', 24, 'GDDR6X', 1008, 330, 1),"
                "        (8, 'A100 80GB', 'NVIDIA', 80, 'HBM2e', 2039, 312, 1);");
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(userVersion(db), Database::SchemaVersion);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name, gpu_id, gpu_count FROM gpu_config ORDER BY id")));
        QStringList presets;
        while (query.next())
            presets << QStringLiteral("%1=%2x%3").arg(query.value(0).toString()).arg(query.value(2).toInt()).arg(query.value(1).toInt());
        // No RTX 3060 in this file, so no preset for it.
        QCOMPARE(presets, QStringList({"2x RTX 4090=2x7", "A100 80GB=1x8", "2x A100 80GB=2x8", "4x A100 80GB=4x8"}));
    }

    void upgradesVersion2WithEditProvenance()
    {
        // A version-2 file: facts as their sources gave them, with no record of edits yet.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
        QByteArray steps;
        for (const char *step : {":/db/migrations/0001_initial.sql", ":/db/migrations/0002_gpu_configurations.sql"}) {
            QFile file(QString::fromLatin1(step));
            QVERIFY(file.open(QIODevice::ReadOnly));
            steps += file.readAll();
        }
        rawExec(path, ourIdPragma() + steps + "PRAGMA user_version = 2;"
                "INSERT INTO source (id, title, origin, as_of) VALUES (1, 't', 'o', '2026');"
                "INSERT INTO gpu (id, name, vendor, memory_gib, memory_kind, bandwidth_gb_s, fp16_tflops, source_id)"
                " VALUES (7, 'RTX 4090', 'NVIDIA', 24, 'GDDR6X', 1008, 330, 1);");
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(userVersion(db), Database::SchemaVersion);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name, edited_at IS NULL, edited_fields FROM gpu")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("RTX 4090"));
        QVERIFY(query.value(1).toBool()); // an existing fact counts as unedited
        QCOMPARE(query.value(2).toString(), QString());
        for (const char *table : {"model", "tier_entry", "gpu", "api_price"})
            QVERIFY2(query.exec(QStringLiteral("SELECT edited_at, edited_fields FROM %1").arg(QLatin1String(table))),
                     table);
    }

    void upgradesVersion3WithCatalogueColumns()
    {
        // A version-3 file holding bundled GPU rows as 0.1 shipped them (the RTX 4090 at its FP16-accumulate
        // rate, the M3 Max without its GPU share), one of them edited by its user.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        QByteArray steps;
        for (const char *step : {":/db/migrations/0001_initial.sql", ":/db/migrations/0002_gpu_configurations.sql",
                                 ":/db/migrations/0003_edit_provenance.sql"}) {
            QFile file(QString::fromLatin1(step));
            QVERIFY(file.open(QIODevice::ReadOnly));
            steps += file.readAll();
        }
        rawExec(path, ourIdPragma() + steps + "PRAGMA user_version = 3;"
                "INSERT INTO source (id, title, origin, as_of) VALUES (1, 't', 'o', '2026');"
                "INSERT INTO gpu (id, name, vendor, memory_gib, memory_kind, bandwidth_gb_s, fp16_tflops, source_id,"
                " edited_at, edited_fields)"
                " VALUES (1, 'RTX 4090', 'NVIDIA', 24, 'GDDR6X', 1008, 330, 1, NULL, ''),"
                "        (2, 'RTX 3090', 'NVIDIA', 24, 'GDDR6X', 936, 142, 1, '2026-04-02T10:15:00Z', 'fp16_tflops'),"
                "        (3, 'M3 Max 128GB', 'Apple', 128, 'unified', 400, 28, 1, NULL, ''),"
                "        (4, 'My card', 'NVIDIA', 24, 'GDDR6X', 1008, 330, 1, NULL, '');");
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(userVersion(db), Database::SchemaVersion);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT name, fp16_tflops, gpu_memory_share, street_price_as_of, "
                                          "cloud_provider FROM gpu ORDER BY id")));
        QStringList rows;
        while (query.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).isNull() ? QStringLiteral("-") : query.value(2).toString(),
                             query.value(3).isNull() ? QStringLiteral("-") : query.value(3).toString(),
                             query.value(4).isNull() ? QStringLiteral("-") : query.value(4).toString());
        // The shipped rows follow the new convention; the edited one and the user's own card stay as they were.
        QCOMPARE(rows, QStringList({"RTX 4090 165.2 - - -", "RTX 3090 142 - - -", "M3 Max 128GB 14.2 0.75 - -",
                                    "My card 330 - - -"}));
        // The share is a fraction of the device's memory, never more than all of it.
        QVERIFY(!query.exec(QStringLiteral("UPDATE gpu SET gpu_memory_share = 1.5 WHERE id = 3")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE gpu SET gpu_memory_share = 0 WHERE id = 3")));
    }

    void upgradesToMeasuredSizes()
    {
        // A file of the step before measured sizes (schema 4), with a model: the step adds the table, and a
        // measured size goes with its model.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        QCOMPARE(QDir(QStringLiteral(":/db/migrations")).entryList(QDir::Files, QDir::Name).at(4),
                 QStringLiteral("0005_measured_sizes.sql"));
        rawExec(path, schemaAtVersion(4) +
                "INSERT INTO source (id, title, origin, as_of) VALUES (1, 't', 'o', '2026');"
                "INSERT INTO model (id, name, reference_model, vendor, total_params, layers, hidden_size, "
                "attention_heads, kv_heads, head_dim, attention, full_attention_layers, max_context, license, released, "
                "source_id) VALUES (1, 'M', 'M', 'V', 8000000000, 32, 4096, 32, 8, 128, 'gqa', 32, 131072, '', "
                "'2024', 1);");
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(userVersion(db), Database::SchemaVersion);
        QSqlQuery query(db.connection());
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO measured_size (model_id, quant, weights_bytes, file_name, "
                                           "files_bytes, tensor_count, source_id) VALUES (1, 'Q4_K_M', 4920734016, "
                                           "'m.gguf', 4920739232, 292, 1)")),
                 qPrintable(query.lastError().text()));
        // One per model and quantization; sizes are positive.
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO measured_size (model_id, quant, weights_bytes, file_name, "
                                           "files_bytes, tensor_count, source_id) VALUES (1, 'Q4_K_M', 1, 'n.gguf', "
                                           "1, 1, 1)")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO measured_size (model_id, quant, weights_bytes, file_name, "
                                           "files_bytes, tensor_count, source_id) VALUES (1, 'Q8_0', 0, 'n.gguf', "
                                           "1, 1, 1)")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM model WHERE id = 1")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM measured_size")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void upgradesToMeasurements()
    {
        // A file of schema 5 with a model and a GPU: step 6 adds the measurement table; its CHECKs refuse a
        // run of no sequences and speeds that are not positive, and a run goes with its model or its GPU.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        const QStringList steps = QDir(QStringLiteral(":/db/migrations")).entryList(QDir::Files, QDir::Name);
        QCOMPARE(steps.size(), Database::SchemaVersion);
        QCOMPARE(steps.at(5), QStringLiteral("0006_measurements.sql"));
        rawExec(path, schemaAtVersion(5) +
                "INSERT INTO source (id, title, origin, as_of) VALUES (1, 't', 'o', '2026');"
                "INSERT INTO model (id, name, reference_model, vendor, total_params, layers, hidden_size, "
                "attention_heads, kv_heads, head_dim, attention, full_attention_layers, max_context, license, released, "
                "source_id) VALUES (1, 'M', 'M', 'V', 8000000000, 32, 4096, 32, 8, 128, 'gqa', 32, 131072, '', "
                "'2024', 1);"
                "INSERT INTO gpu (id, name, vendor, memory_gib, memory_kind, bandwidth_gb_s, fp16_tflops, source_id)"
                " VALUES (7, 'RTX 4090', 'NVIDIA', 24, 'GDDR6X', 1008, 165.2, 1),"
                "        (8, 'RTX 3090', 'NVIDIA', 24, 'GDDR6X', 936, 142, 1);");
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(userVersion(db), Database::SchemaVersion);
        QSqlQuery query(db.connection());
        const auto insert = [&query](const QString &gpu, const QString &batch, const QString &decode,
                                     const QString &prefill) {
            return query.exec(QStringLiteral("INSERT INTO measurement (model_id, quant, gpu_id, batch, "
                                             "decode_tokens_per_s, prefill_tokens_per_s) VALUES (1, 'Q4_K_M', %1, %2, "
                                             "%3, %4)")
                                  .arg(gpu, batch, decode, prefill));
        };
        QVERIFY2(insert(QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("120.5"), QStringLiteral("NULL")),
                 qPrintable(query.lastError().text()));
        QVERIFY(insert(QStringLiteral("8"), QStringLiteral("4"), QStringLiteral("NULL"), QStringLiteral("2500")));
        QVERIFY(!insert(QStringLiteral("7"), QStringLiteral("0"), QStringLiteral("120.5"), QStringLiteral("NULL")));
        QVERIFY(!insert(QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("NULL")));
        QVERIFY(!insert(QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("-3"), QStringLiteral("NULL")));
        QVERIFY(!insert(QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("NULL"), QStringLiteral("0")));
        QVERIFY(!insert(QStringLiteral("9"), QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("NULL")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM gpu WHERE id = 8")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM measurement")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM model WHERE id = 1")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM measurement")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void savesUserGpuConfigurations()
    {
        BundledDatabaseFile file;
        Database db;
        QVERIFY(db.open(file.path()));
        const qint64 id = db.addGpuConfiguration(QStringLiteral("Lab box"), 3, 3);
        QVERIFY2(id > 0, qPrintable(db.errorString()));
        QCOMPARE(db.addGpuConfiguration(QStringLiteral("Too many"), 3, 9), 0);
        QVERIFY(db.errorString().contains(QStringLiteral("Too many")));
        QCOMPARE(db.addGpuConfiguration(QStringLiteral("Lab box"), 3, 2), 0); // names are unique
        Database readOnly;
        QVERIFY(readOnly.open(file.path(), Database::Access::ReadOnly));
        QCOMPARE(readOnly.addGpuConfiguration(QStringLiteral("Nope"), 3, 1), 0);
        QVERIFY(readOnly.errorString().contains(QStringLiteral("read-only")));
    }

    void opensReadOnly()
    {
        BundledDatabaseFile file;
        const QByteArray before = fileBytes(file.path());
        Database db;
        QVERIFY(db.open(file.path(), Database::Access::ReadOnly));
        QVERIFY(db.isReadOnly());
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM recommendation")));
        db.close();
        QCOMPARE(fileBytes(file.path()), before);
    }

    void opensUnwritableFileReadOnly()
    {
        if (geteuid() == 0)
            QSKIP("root can write any file; permissions cannot be tested as root");
        BundledDatabaseFile file;
        QFile::setPermissions(file.path(), QFile::ReadOwner);
        Database db;
        QVERIFY(db.open(file.path()));
        QVERIFY(db.isReadOnly());
    }

    void schemaRejectsImpossibleFacts()
    {
        BundledDatabaseFile file;
        Database db;
        QVERIFY(db.open(file.path()));
        QSqlQuery query(db.connection());
        // Active parameters above the total are impossible; the schema itself refuses them.
        QVERIFY(!query.exec(QStringLiteral("UPDATE model SET active_params = total_params + 1 WHERE id = 1")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE tier_entry SET tier = 'Z'")));
        QVERIFY(!query.exec(QStringLiteral("UPDATE gpu SET memory_gib = -1")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
