#include "models/core/nameindex.h"

#include "models/core/dataset.h"

namespace {

QString keyOf(const ModelRecord &m)
{
    return NameIndex::folded(m.name);
}

QString keyOf(const GpuRecord &g)
{
    return NameIndex::folded(g.name);
}

// A NUL, which names do not hold, joins the two parts, so that ("ab", "c") and ("a", "bc") stay apart.
QString keyOf(const ApiPriceRecord &p)
{
    return NameIndex::folded(p.provider) + QChar(QChar::Null) + NameIndex::folded(p.modelName);
}

template<typename Record>
QHash<QString, QList<qsizetype>> indexed(const QList<Record> &records)
{
    QHash<QString, QList<qsizetype>> index;
    index.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        index[keyOf(records.at(i))].append(i);
    return index;
}

template<typename Record>
const Record *lookUp(const QHash<QString, QList<qsizetype>> &index, const QList<Record> &records,
                     const Record &record)
{
    const auto it = index.constFind(keyOf(record));
    if (it == index.cend())
        return nullptr;
    for (const qsizetype position : *it) {
        if (records.at(position).id != record.id)
            return &records.at(position);
    }
    return nullptr;
}

// Whether two records' keys are equal, without making either: QString::compare(..., Qt::CaseInsensitive)
// folds as it goes (a single check walks 100,000 models in about 5 ms; folding each name took 20 ms).
bool sameName(const ModelRecord &a, const ModelRecord &b)
{
    return a.name.compare(b.name, Qt::CaseInsensitive) == 0;
}

bool sameName(const GpuRecord &a, const GpuRecord &b)
{
    return a.name.compare(b.name, Qt::CaseInsensitive) == 0;
}

bool sameName(const ApiPriceRecord &a, const ApiPriceRecord &b)
{
    return a.provider.compare(b.provider, Qt::CaseInsensitive) == 0
           && a.modelName.compare(b.modelName, Qt::CaseInsensitive) == 0;
}

// The same answer as lookUp(), by a walk along the records: nothing to build for one record.
template<typename Record>
const Record *walk(const QList<Record> &records, const Record &record)
{
    for (const Record &other : records) {
        if (other.id != record.id && sameName(other, record))
            return &other;
    }
    return nullptr;
}

} // namespace

NameIndex::NameIndex(const Dataset &dataset)
    : m_dataset(dataset)
    , m_models(indexed(dataset.models))
    , m_gpus(indexed(dataset.gpus))
    , m_apiPrices(indexed(dataset.apiPrices))
{
}

const ModelRecord *NameIndex::namesake(const ModelRecord &record) const
{
    return lookUp(m_models, m_dataset.models, record);
}

const GpuRecord *NameIndex::namesake(const GpuRecord &record) const
{
    return lookUp(m_gpus, m_dataset.gpus, record);
}

const ApiPriceRecord *NameIndex::namesake(const ApiPriceRecord &record) const
{
    return lookUp(m_apiPrices, m_dataset.apiPrices, record);
}

const ModelRecord *NameIndex::findNamesake(const Dataset &dataset, const ModelRecord &record)
{
    return walk(dataset.models, record);
}

const GpuRecord *NameIndex::findNamesake(const Dataset &dataset, const GpuRecord &record)
{
    return walk(dataset.gpus, record);
}

const ApiPriceRecord *NameIndex::findNamesake(const Dataset &dataset, const ApiPriceRecord &record)
{
    return walk(dataset.apiPrices, record);
}

QString NameIndex::folded(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            result += QChar::fromUcs4(QChar::toCaseFolded(QChar::surrogateToUcs4(unit, text.at(i + 1))));
            ++i;
        } else {
            result += QChar(char16_t(QChar::toCaseFolded(char32_t(unit.unicode()))));
        }
    }
    return result;
}
