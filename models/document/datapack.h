#pragma once

#include "models/document/importer.h"

#include <QCoreApplication>

class QDate;

// A dated bundle of models, GPUs and API prices in one JSON file: what a team hands a colleague to refresh
// a catalogue without merging whole databases. Its sections hold the rows `export table` writes as JSON,
// so a pack is edited as those are, each row with the id of the source it cites among the pack's
// "sources"; imported, the whole pack is one change set (one transaction, one undo step) or nothing.
//
//   {"llm_atlas_data_pack": 1, "as_of": "2026-12-06", "origin": "…",
//    "sources": [{"id": 3, "title": "…", "origin": "…", "as_of": "2025-08-05", "note": ""}, …],
//    "models": [{…, "source": 3}, …], "gpus": [{…}, …], "prices": [{…}, …]}
class DataPack
{
    Q_DECLARE_TR_FUNCTIONS(DataPack)

public:
    // The marker key and the version this build writes and reads; a newer pack is refused, not misread.
    static constexpr char MarkerKey[] = "llm_atlas_data_pack";
    static constexpr int Version = 1;

    // The dataset's models, GPUs and prices, and the sources they cite, as a pack dated asOf; origin says
    // where it was made.
    static QByteArray write(const Dataset &dataset, const QDate &asOf, const QString &origin);
    // The catalogue this build bundles as a pack dated asOf: what a file made by an earlier version takes in
    // to catch up. Empty when the bundled data cannot be built (*error then says why).
    static QByteArray bundledCatalogue(const QDate &asOf, QString *error);
    // Whether a file starts as a pack written by write() does, with its marker key: enough to choose the
    // importer by; preview() then reads the file for certain.
    static bool looksLikePack(const QByteArray &start);
    static bool looksLikePackFile(const QString &path);

    // What importing the pack would do. Its models are previewed first and GPUs and prices against the
    // dataset as those models leave it, so a price can name a model the same pack adds (the model then has
    // a provisional negative id, which ChangeSetWriter replaces by the id it writes). An added or changed
    // record cites its row's source: the file's own where it has the same title, origin and date, else
    // one the import adds; a row citing none cites the pack.
    static Importer::Preview preview(const Dataset &dataset, const QByteArray &data, const QString &fileName,
                                     const Importer::Options &options = {});
};
