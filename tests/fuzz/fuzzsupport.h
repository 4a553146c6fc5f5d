#pragma once

#include "db/database.h"
#include "db/datasetreader.h"
#include "models/core/dataset.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>

// What every fuzz target needs once per process: a QCoreApplication (Qt SQL loads its SQLite driver as a
// plugin) and, for the importers, the bundled dataset the imported rows are compared with.
namespace FuzzSupport {

inline QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "llm-atlas-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

inline const Dataset &bundledDataset()
{
    static const Dataset dataset = [] {
        application();
        QTemporaryDir dir;
        Database db;
        Dataset loaded;
        QString error;
        if (!dir.isValid() || !db.createFromBundle(dir.filePath(QStringLiteral("atlas.sqlite")))
            || !DatasetReader::load(db.connection(), &loaded, &error)) {
            qFatal("cannot load the bundled dataset: %s", qPrintable(db.errorString() + error));
        }
        return loaded;
    }();
    return dataset;
}

} // namespace FuzzSupport
