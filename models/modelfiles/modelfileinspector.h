#pragma once

#include "models/modelfiles/modelfilefacts.h"

#include <QCoreApplication>

// Reads what a model on disk says about itself, offline and from headers only, as one ModelFileFacts: a
// .gguf (with every shard of a split set), a .safetensors file (with config.json beside it when there is
// one), or a Hugging Face folder with config.json and optional safetensors shards. With safetensors the
// weights and parameters are counted from the headers; with config.json alone the parameters are computed
// and marked as such.
class ModelFileInspector
{
    Q_DECLARE_TR_FUNCTIONS(ModelFileInspector)

public:
    static ModelFileFacts inspect(const QString &path);
};
