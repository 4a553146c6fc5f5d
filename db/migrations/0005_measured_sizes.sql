-- Schema version 5: measured sizes. A model's weights at one quantization as a file on disk holds them,
-- summed exactly from the file's tensor headers (GGUF, safetensors), with the file as its source. Where a
-- model and quantization have one, it replaces the estimate from parameters x bits per weight.
-- One per model and quantization: reading another file of the same kind replaces it.

CREATE TABLE measured_size (
    id              INTEGER PRIMARY KEY,
    model_id        INTEGER NOT NULL REFERENCES model(id) ON DELETE CASCADE,
    quant           TEXT NOT NULL CHECK (length(quant) BETWEEN 1 AND 64),
    weights_bytes   INTEGER NOT NULL CHECK (weights_bytes > 0),
    file_name       TEXT NOT NULL,      -- the file or folder read
    files_bytes     INTEGER NOT NULL CHECK (files_bytes >= 0),
    tensor_count    INTEGER NOT NULL CHECK (tensor_count >= 0),
    source_id       INTEGER NOT NULL REFERENCES source(id),
    UNIQUE (model_id, quant)
);
