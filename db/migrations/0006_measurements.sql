-- Schema version 6: measured runs (issue 18). One row per benchmark run as a tool reported it, matched to
-- the dataset's model and GPU. Speeds are per sequence (tokens/s); vram_bytes is measured peak memory over
-- all the run's GPUs; NULL where the run did not measure it. engine is SpeedModel::engineKey ("llama.cpp",
-- "vllm"); source names the tool and file ("llama-bench b4567 (bench.json)"). A run goes with its model or GPU.
CREATE TABLE measurement (
    id INTEGER PRIMARY KEY,
    model_id INTEGER NOT NULL REFERENCES model(id) ON DELETE CASCADE,
    quant TEXT NOT NULL,
    gpu_id INTEGER NOT NULL REFERENCES gpu(id) ON DELETE CASCADE,
    gpu_count INTEGER NOT NULL DEFAULT 1 CHECK (gpu_count >= 1),
    context INTEGER NOT NULL DEFAULT 0 CHECK (context >= 0),
    prompt_tokens INTEGER NOT NULL DEFAULT 0 CHECK (prompt_tokens >= 0),
    batch INTEGER NOT NULL DEFAULT 1 CHECK (batch >= 1),
    kv_quant TEXT NOT NULL DEFAULT '',
    vram_bytes REAL CHECK (vram_bytes IS NULL OR vram_bytes > 0),
    decode_tokens_per_s REAL CHECK (decode_tokens_per_s IS NULL OR decode_tokens_per_s > 0),
    prefill_tokens_per_s REAL CHECK (prefill_tokens_per_s IS NULL OR prefill_tokens_per_s > 0),
    ttft_ms REAL CHECK (ttft_ms IS NULL OR ttft_ms >= 0),
    engine TEXT NOT NULL DEFAULT '',
    measured_on TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX measurement_model ON measurement(model_id);
CREATE INDEX measurement_gpu ON measurement(gpu_id);
