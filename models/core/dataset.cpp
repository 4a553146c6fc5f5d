#include "models/core/dataset.h"

#include <algorithm>

namespace {

// Where load() would put a record: its tables are read in id order. An index of positions by id, if given,
// follows: the records after one put in the middle move down by one.
template<typename Record>
void insertById(QList<Record> &records, const Record &record, QHash<qint64, qsizetype> *index = nullptr)
{
    const qsizetype position = std::lower_bound(records.cbegin(), records.cend(), record.id,
                                                [](const Record &r, qint64 id) { return r.id < id; })
                               - records.cbegin();
    records.insert(position, record);
    for (qsizetype i = position; index && i < records.size(); ++i)
        index->insert(records.at(i).id, i);
}

template<typename Record>
const Record *findById(const QList<Record> &records, qint64 id)
{
    const auto it = std::find_if(records.cbegin(), records.cend(), [id](const Record &r) { return r.id == id; });
    return it == records.cend() ? nullptr : &*it;
}

} // namespace

void Dataset::insert(const SourceRecord &record)
{
    insertById(sources, record, &m_sourceIndex);
}

void Dataset::insert(const ModelRecord &record)
{
    insertById(models, record, &m_modelIndex);
}

void Dataset::insert(const TierListRecord &record)
{
    insertById(tierLists, record);
}

void Dataset::insert(const TierEntryRecord &record)
{
    // load() orders the entries by list, then rank.
    const auto it = std::upper_bound(tierEntries.begin(), tierEntries.end(), record,
                                     [](const TierEntryRecord &a, const TierEntryRecord &b) {
                                         return std::tie(a.tierListId, a.rank) < std::tie(b.tierListId, b.rank);
                                     });
    tierEntries.insert(it - tierEntries.begin(), record);
}

void Dataset::insert(const GpuRecord &record)
{
    insertById(gpus, record);
}

void Dataset::insert(const ApiPriceRecord &record)
{
    insertById(apiPrices, record);
}

void Dataset::reindex()
{
    m_modelIndex.clear();
    m_modelIndex.reserve(models.size());
    for (qsizetype i = 0; i < models.size(); ++i)
        m_modelIndex.insert(models.at(i).id, i);
    m_sourceIndex.clear();
    for (qsizetype i = 0; i < sources.size(); ++i)
        m_sourceIndex.insert(sources.at(i).id, i);
}

const SourceRecord *Dataset::source(qint64 id) const
{
    const auto it = m_sourceIndex.constFind(id);
    return it == m_sourceIndex.cend() ? nullptr : &sources.at(*it);
}

const ModelRecord *Dataset::model(qint64 id) const
{
    const auto it = m_modelIndex.constFind(id);
    return it == m_modelIndex.cend() ? nullptr : &models.at(*it);
}

const GpuRecord *Dataset::gpu(qint64 id) const
{
    return findById(gpus, id);
}

const ApiPriceRecord *Dataset::apiPrice(qint64 id) const
{
    return findById(apiPrices, id);
}

const QuantFormatRecord *Dataset::quantFormat(const QString &name) const
{
    const auto it = std::find_if(quantFormats.cbegin(), quantFormats.cend(), [&name](const QuantFormatRecord &f) {
        return f.name.compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == quantFormats.cend() ? nullptr : &*it;
}

const MeasuredSizeRecord *Dataset::measuredSize(qint64 modelId, const QString &quant) const
{
    const auto it = std::find_if(measuredSizes.cbegin(), measuredSizes.cend(), [&](const MeasuredSizeRecord &m) {
        return m.modelId == modelId && m.quant.compare(quant, Qt::CaseInsensitive) == 0;
    });
    return it == measuredSizes.cend() ? nullptr : &*it;
}

const TierListRecord *Dataset::latestTierList() const
{
    const auto it = std::max_element(tierLists.cbegin(), tierLists.cend(),
                                     [](const TierListRecord &a, const TierListRecord &b) {
                                         return std::tie(a.published, a.id) < std::tie(b.published, b.id);
                                     });
    return it == tierLists.cend() ? nullptr : &*it;
}
