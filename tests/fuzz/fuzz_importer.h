#pragma once

#include "fuzzsupport.h"
#include "models/document/importer.h"

#include <cstdint>
#include <cstdlib>

// One fuzz input through the importer as every kind of table: it may be refused, never crash, and what it
// would write must be consistent with what it reports.
inline int fuzzImport(const std::uint8_t *data, std::size_t size, TableWriter::Format format)
{
    const Dataset &dataset = FuzzSupport::bundledDataset();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Importer::Kind kind : {Importer::Kind::Models, Importer::Kind::Gpus, Importer::Kind::Prices,
                                      Importer::Kind::Tiers, Importer::Kind::Pack}) {
        Importer::Options options;
        options.published = QStringLiteral("2026-04-01");
        const Importer::Preview preview = Importer::preview(dataset, bytes, format, kind, options,
                                                            QStringLiteral("fuzz"));
        if (!preview.error.isEmpty() && !preview.changes.isEmpty())
            std::abort(); // a file refused as a whole must bring nothing to write
        if (preview.changes.changes.size() != preview.changed.size())
            std::abort(); // every change written is a change reported
        (void)preview.report();
    }
    return 0;
}
