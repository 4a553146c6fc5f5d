#pragma once

#include "models/core/records.h"

#include <QHash>

struct Dataset;

// The dataset's models, GPUs and API prices by name (a price by its provider and model name), telling names
// apart as the app does: ignoring case, as QString::compare(..., Qt::CaseInsensitive) does. Built once, it
// answers with one lookup what a walk over every record answered: checking 100,000 imported rows against
// a 100,000-model file was 10^10 comparisons. The dataset must not change while an index over it is used.
class NameIndex
{
public:
    explicit NameIndex(const Dataset &dataset);

    // The first record, in the dataset's order, named as `record` is, other than the record itself (by
    // id); nullptr when there is none. A record not in the dataset has id 0 and finds any namesake.
    const ModelRecord *namesake(const ModelRecord &record) const;
    const GpuRecord *namesake(const GpuRecord &record) const;
    const ApiPriceRecord *namesake(const ApiPriceRecord &record) const;

    // The same for one record on its own: a walk over the records, with nothing to build.
    static const ModelRecord *findNamesake(const Dataset &dataset, const ModelRecord &record);
    static const GpuRecord *findNamesake(const Dataset &dataset, const GpuRecord &record);
    static const ApiPriceRecord *findNamesake(const Dataset &dataset, const ApiPriceRecord &record);

    // The text as QString::compare(..., Qt::CaseInsensitive) sees it: every code point simply case-folded,
    // as that comparison folds them one by one. Two texts compare equal that way exactly when their folded
    // texts are equal, and a plain < on folded texts gives that comparison's order.
    static QString folded(const QString &text);

private:
    const Dataset &m_dataset;
    // Folded key -> the positions of the records with that key, in the dataset's order.
    QHash<QString, QList<qsizetype>> m_models;
    QHash<QString, QList<qsizetype>> m_gpus;
    QHash<QString, QList<qsizetype>> m_apiPrices;
};
