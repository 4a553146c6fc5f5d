#pragma once

#include "models/core/records.h"
#include "models/modelfiles/checkedcount.h"

#include <QString>
#include <QStringList>

#include <optional>

// What one model file, shard set or model folder says about its model, read offline from headers only:
// the architecture as a ModelRecord, the exact weight bytes and the files it came from.
struct ModelFileFacts
{
    QString error; // the path cannot be read as a model; when set, nothing else is

    QString format; // "gguf", "safetensors" or "config"
    QString quant; // the GGUF file type ("Q4_K_M") or the dominant dtype ("BF16"), as the app's quant formats
    std::optional<qint64> weightsBytes; // exact sum of tensor data bytes; nullopt with config.json alone
    qint64 tensorCount = 0;
    bool paramsComputed = false; // totalParams (and activeParams) computed from config.json, not counted
    ModelRecord model;           // name from general.name, or the file or folder name
    QStringList files;           // every file read, all shards, absolute paths

    // The source row for every value read: the file (or folder) name, "read from file", and the newest
    // modification time of the files read (ISO 8601, UTC); filesBytes is their total size on disk.
    QString sourceTitle;
    QString sourceOrigin;
    QString sourceAsOf;
    qint64 filesBytes = 0;

    bool ok() const { return error.isEmpty(); }
    // weights_bytes x 8 / total_params; nullopt without both.
    std::optional<double> bitsPerWeight() const
    {
        if (!weightsBytes || model.totalParams <= 0)
            return std::nullopt;
        return double(*weightsBytes) * 8.0 / double(model.totalParams);
    }

    // The active parameters of a mixture of experts: all but `used` of every `experts` routed experts sit
    // idle for a token, so active = total - routed x (experts - used) / experts. Routed tensors hold whole
    // experts, so dividing first (when the product would pass 64 bits) loses nothing. experts > 0.
    static qint64 activeParams(qint64 total, qint64 routed, qint64 experts, qint64 used)
    {
        const CheckedCount product = CheckedCount(routed) * (experts - used);
        const qint64 idle =
            product.isValid() ? *product.value() / experts : routed / experts * (experts - used);
        return total - idle;
    }
};
