#pragma once

#include "models/core/formatting/tablewriter.h"
#include "models/document/changeset.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

// Reads CSV or JSON as TableWriter writes it (column keys, raw values) for models, GPUs, API prices or a
// tier list, or a data pack of the first three (DataPack), and works out what importing it would do, row by row, before anything is written. The
// resulting change set is applied by AtlasDocument::applyChanges as one transaction; a file with any
// rejected row is not applied at all.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    enum class Kind { Models, Gpus, Prices, Tiers, Pack };
    static std::optional<Kind> kindFromName(const QString &name); // models, gpus, prices, tiers, pack
    static QString kindName(Kind kind);

    // Bigger files are refused before they are read: no table of ours comes near it.
    static constexpr qint64 MaxFileBytes = 50LL * 1024 * 1024;

    struct Row
    {
        int line = 0;   // CSV line or JSON item number, from 1
        QString name;   // how the row names its record
        QString detail; // what changes, or why it is rejected; under the columns' keys, as a script reads it
        // A changed row's facts under their column headings, as the window shows them.
        struct Change
        {
            QString title;
            QString before;
            QString after;
        };
        QList<Change> changes = {};
        // An added or changed row's cell under Options::citationKey (null when it has none).
        QVariant citation = {};
    };
    struct Options
    {
        QString tierListName; // a new tier list's name; default: the latest list's name
        QString published;    // a new tier list's date; default: today
        // Called after each row, on the thread running the preview, with the share of the file read;
        // returning false cancels: the preview then only has an error saying so, and nothing to apply.
        std::function<bool(double shareRead)> progress;
        // A column naming the source each row cites (a data pack's "source"): kept in Row::citation for the
        // caller to resolve, not read as a fact nor reported as ignored.
        QString citationKey;
    };
    struct Preview
    {
        QString fileName;
        Kind kind = Kind::Models;
        QString error; // the file as a whole cannot be read; nothing else is set
        QStringList notes;
        QList<Row> added;
        QList<Row> changed;
        QList<Row> rejected;
        int unchanged = 0;
        ChangeSet changes;

        bool canApply() const { return error.isEmpty() && rejected.isEmpty() && !changes.isEmpty(); }
        QString summary() const;
        // The whole report, one line per row, as the command line prints it and the preview shows it.
        QString report() const;
    };

    static Preview previewFile(const Dataset &dataset, const QString &path, Kind kind, const Options &options = {});
    static Preview preview(const Dataset &dataset, const QByteArray &data, TableWriter::Format format, Kind kind,
                           const Options &options = {}, const QString &fileName = QString());
    // The same for rows already read as JSON objects (a data pack's section), without writing and reading
    // them again.
    static Preview previewRows(const Dataset &dataset, const QJsonArray &rows, Kind kind, const Options &options = {},
                               const QString &fileName = QString());
};
