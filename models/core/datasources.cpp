#include "models/core/datasources.h"

#include "models/core/dataset.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace DataSources {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DataSources", text);
}

// Dates are stored as ISO prefixes ("2026-03", "2024-09-19"); a month is precise enough for a footer.
QString month(const QString &asOf)
{
    return asOf.left(7);
}

// Each cited source's date once: 100,000 models cite a handful of sources, and the export actions ask for
// the footer whenever the page changes.
template <typename Records>
QList<QString> sourceDates(const Dataset &dataset, const Records &records)
{
    QSet<qint64> sourceIds;
    for (const auto &record : records)
        sourceIds.insert(record.sourceId);
    QList<QString> dates;
    for (const qint64 id : std::as_const(sourceIds)) {
        if (const SourceRecord *source = dataset.source(id))
            dates << source->asOf;
    }
    return dates;
}

template <typename Records>
bool anyEdited(const Records &records)
{
    return std::any_of(records.cbegin(), records.cend(), [](const auto &r) { return !r.editedAt.isEmpty(); });
}

} // namespace

QString dateRange(QList<QString> asOfDates)
{
    QList<QString> months;
    for (const QString &date : std::as_const(asOfDates)) {
        if (!date.trimmed().isEmpty())
            months << month(date.trimmed());
    }
    if (months.isEmpty())
        return QString();
    std::sort(months.begin(), months.end());
    if (months.first() == months.last())
        return months.first();
    return tr("%1 to %2").arg(months.first(), months.last());
}

QString footer(const Dataset &dataset, Topics topics)
{
    QStringList parts;
    if (topics & Topic::Article) {
        const TierListRecord *list = dataset.latestTierList();
        const SourceRecord *source = list ? dataset.source(list->sourceId) : nullptr;
        if (source)
            parts << tr("article “%1” as of %2").arg(source->title, month(source->asOf));
    }
    const auto add = [&parts](const QString &what, const QList<QString> &dates) {
        const QString range = dateRange(dates);
        if (!range.isEmpty())
            parts << tr("%1 as of %2").arg(what, range);
    };
    if (topics & Topic::ModelConfigs)
        add(tr("model configs"), sourceDates(dataset, dataset.models));
    if (topics & Topic::Gpus)
        add(tr("GPU datasheets"), sourceDates(dataset, dataset.gpus));
    if (topics & Topic::QuantFormats)
        add(tr("quantization formats"), sourceDates(dataset, dataset.quantFormats));
    if (topics & Topic::Prices) {
        QList<QString> dates;
        for (const ApiPriceRecord &price : dataset.apiPrices)
            dates << price.asOf;
        for (const GpuRecord &gpu : dataset.gpus) {
            if (gpu.cloudUsdPerHour)
                dates << gpu.cloudPriceAsOf;
        }
        add(tr("prices"), dates);
    }
    // A figure changed in this database is no longer what its source says: the footer must not pretend.
    const bool edited = anyEdited(dataset.models) || anyEdited(dataset.gpus) || anyEdited(dataset.apiPrices)
                        || anyEdited(dataset.tierEntries);
    if (edited)
        parts << tr("with local edits");
    return tr("Data: LLM Atlas dataset — %1").arg(parts.join(QStringLiteral("; ")));
}

QList<Entry> entries(const Dataset &dataset)
{
    QList<Entry> list;
    list.reserve(dataset.sources.size());
    for (const SourceRecord &source : dataset.sources)
        list.append({source.title, source.origin, source.asOf});
    return list;
}

} // namespace DataSources
