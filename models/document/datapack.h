#pragma once

#include "models/document/importer.h"

#include <QCoreApplication>

class QDate;

// A dated bundle of models, GPUs and API prices: what a team hands a colleague to refresh a catalogue
// without merging whole databases. Its sections hold the rows `export table` writes, as JSON in the pack
// itself or as CSV tables beside it that it names, each row with the id of the source it cites among the
// pack's "sources"; imported, the whole pack is one change set (one transaction, one undo step) or nothing.
//
//   {"llm_atlas_data_pack": 1, "as_of": "2026-12-06", "origin": "…",
//    "sources": [{"id": 3, "title": "…", "origin": "…", "as_of": "2025-08-05", "note": ""}, …],
//    "models": [{…, "source": 3}, …], "gpus": [{…}, …], "prices": [{…}, …]}
//   or, as CSV tables: …, "models": "models.csv", "gpus": "gpus.csv", "prices": "prices.csv"}
class DataPack
{
    Q_DECLARE_TR_FUNCTIONS(DataPack)

public:
    // The marker key and the version this build writes and reads; a newer pack is refused, not misread.
    static constexpr char MarkerKey[] = "llm_atlas_data_pack";
    static constexpr int Version = 1;
    // The pack of a pack written as CSV tables: it names models.csv, gpus.csv and prices.csv beside it.
    static constexpr char FolderPackFile[] = "pack.json";

    // A pack's origin when it is written from the database at databasePath.
    static QString exportedFrom(const QString &databasePath);
    // The dataset's models, GPUs and prices, and the sources they cite, as a pack dated asOf; origin says
    // where it was made.
    static QByteArray write(const Dataset &dataset, const QDate &asOf, const QString &origin);
    // The same as CSV tables a spreadsheet opens, in folder (made if missing): pack.json, whose sections
    // name models.csv, gpus.csv and prices.csv beside it (each with a "source" column). False when a file
    // cannot be written (*error says which).
    static bool writeFolder(const Dataset &dataset, const QDate &asOf, const QString &origin, const QString &folder,
                            QString *error);
    // The catalogue this build bundles as a pack dated asOf: what a file made by an earlier version takes in
    // to catch up. Empty when the bundled data cannot be built (*error then says why).
    static QByteArray bundledCatalogue(const QDate &asOf, QString *error);
    // Whether a file starts as a pack written by write() does, with its marker key: enough to choose the
    // importer by; preview() then reads the file for certain.
    static bool looksLikePack(const QByteArray &start);
    static bool looksLikePackFile(const QString &path);
    // The pack file of a folder written by writeFolder() when path is one, else an empty string.
    static QString packOfFolder(const QString &path);

    // What importing the pack would do. Its models are previewed first and GPUs and prices against the
    // dataset as those models leave it, so a price can name a model the same pack adds (the model then has
    // a provisional negative id, which ChangeSetWriter replaces by the id it writes). An added or changed
    // record cites its row's source: the file's own where it has the same title, origin and date, else
    // one the import adds; a row citing none cites the pack.
    static Importer::Preview preview(const Dataset &dataset, const QByteArray &data, const QString &fileName,
                                     const Importer::Options &options = {});
    // The same for a pack file, whose sections may also name CSV or JSON tables in its folder.
    static Importer::Preview previewFile(const Dataset &dataset, const QString &path,
                                         const Importer::Options &options = {});
};
