#pragma once

#include "models/core/records.h"

#include <QHash>

// Everything in one LLM Atlas database, in memory (db/datasetreader reads it, one query per table). The
// domain code and the item models read from here, never from SQL.
struct Dataset
{
    QList<SourceRecord> sources;
    QList<ModelRecord> models;
    QList<TierListRecord> tierLists;
    QList<TierEntryRecord> tierEntries;
    QList<QuotedHardwareRecord> quotedHardware;
    QList<GpuRecord> gpus;
    QList<GpuConfigurationRecord> gpuConfigurations;
    QList<QuantFormatRecord> quantFormats;
    QList<ApiPriceRecord> apiPrices;
    QList<QuotedCostRecord> quotedCosts;
    QList<RecommendationRecord> recommendations;
    QList<MeasurementRecord> measurements;
    QList<MeasuredSizeRecord> measuredSizes;

    // Puts a record just written to the file where load() would have read it (in its table's order), so
    // the dataset stays what a fresh load would give without reading every row again after an import.
    void insert(const SourceRecord &record);
    void insert(const ModelRecord &record);
    void insert(const TierListRecord &record);
    void insert(const TierEntryRecord &record);
    void insert(const GpuRecord &record);
    void insert(const ApiPriceRecord &record);

    const SourceRecord *source(qint64 id) const;
    const ModelRecord *model(qint64 id) const;
    const GpuRecord *gpu(qint64 id) const;
    const ApiPriceRecord *apiPrice(qint64 id) const;
    const QuantFormatRecord *quantFormat(const QString &name) const;
    // The weights measured from a file for this model at this quantization, or nullptr.
    const MeasuredSizeRecord *measuredSize(qint64 modelId, const QString &quant) const;
    // The most recently published tier list, or nullptr when there is none.
    const TierListRecord *latestTierList() const;

    // Rebuilds the lookups by id after the lists were filled or changed in bulk.
    void reindex();

private:
    QHash<qint64, qsizetype> m_modelIndex;
    QHash<qint64, qsizetype> m_sourceIndex;
};
