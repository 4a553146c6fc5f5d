-- Schema version 1: the facts LLM Atlas reasons about, each pointing to the source it came from.
-- Quantities use plain SI units: parameters as counts, memory in GB of 10^9 bytes unless a column
-- says GiB, money in USD. Dates are ISO 8601 text ('2026-03' or '2026-03-15').

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(title) > 0),
    origin      TEXT NOT NULL,          -- where to find it: a repository path, a page, a publication
    as_of       TEXT NOT NULL,          -- when the cited facts were true
    note        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE model (
    id                      INTEGER PRIMARY KEY,
    name                    TEXT NOT NULL UNIQUE,   -- as the article spells it
    reference_model         TEXT NOT NULL,          -- the published architecture the facts come from
    proxy                   INTEGER NOT NULL DEFAULT 0 CHECK (proxy IN (0, 1)),  -- 1: another model stands in
    vendor                  TEXT NOT NULL,
    total_params            INTEGER NOT NULL CHECK (total_params > 0),
    active_params           INTEGER CHECK (active_params IS NULL
                                           OR (active_params > 0 AND active_params <= total_params)),
    layers                  INTEGER NOT NULL CHECK (layers > 0),
    hidden_size             INTEGER NOT NULL CHECK (hidden_size > 0),
    attention_heads         INTEGER NOT NULL CHECK (attention_heads > 0),
    kv_heads                INTEGER NOT NULL CHECK (kv_heads > 0),
    head_dim                INTEGER NOT NULL CHECK (head_dim > 0),
    attention               TEXT NOT NULL CHECK (attention IN ('gqa', 'mla', 'hybrid', 'chunked')),
    kv_lora_rank            INTEGER,                -- MLA: width of the cached latent
    qk_rope_head_dim        INTEGER,                -- MLA: decoupled rope key cached beside the latent
    full_attention_layers   INTEGER NOT NULL,       -- layers that keep a KV cache over the whole context
    attention_window        INTEGER,                -- chunked/local layers: tokens they keep
    recurrent_state_elements INTEGER,               -- linear-attention layers: fixed state per sequence
    routed_experts          INTEGER,                -- NULL for dense models
    experts_per_token       INTEGER,
    shared_experts          INTEGER,
    max_context             INTEGER NOT NULL CHECK (max_context > 0),
    license                 TEXT NOT NULL,
    released                TEXT NOT NULL,
    notes                   TEXT NOT NULL DEFAULT '',
    uncertain               INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    source_id               INTEGER NOT NULL REFERENCES source(id),
    CHECK ((routed_experts IS NULL) = (active_params IS NULL)),
    CHECK (attention <> 'mla' OR (kv_lora_rank > 0 AND qk_rope_head_dim >= 0))
);

-- A tier list is a dated snapshot: a new ranking is a new list, so old ones can be compared.
CREATE TABLE tier_list (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    published   TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    UNIQUE (name, published)
);

CREATE TABLE tier_entry (
    tier_list_id    INTEGER NOT NULL REFERENCES tier_list(id) ON DELETE CASCADE,
    model_id        INTEGER NOT NULL REFERENCES model(id) ON DELETE CASCADE,
    tier            TEXT NOT NULL CHECK (tier IN ('S', 'A', 'B', 'C', 'D', 'F')),
    rank            INTEGER NOT NULL CHECK (rank > 0),
    quoted_params   TEXT NOT NULL,      -- the list's own "Parameters" cell, verbatim
    highlights      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (tier_list_id, model_id),
    UNIQUE (tier_list_id, rank)
);

-- Hardware requirements as a source quotes them: kept verbatim so the audit can check them.
CREATE TABLE quoted_hardware (
    id              INTEGER PRIMARY KEY,
    model_id        INTEGER NOT NULL REFERENCES model(id) ON DELETE CASCADE,
    label           TEXT NOT NULL,      -- the row's model cell, verbatim
    vram_fp16_gb    REAL NOT NULL CHECK (vram_fp16_gb > 0),
    vram_q4_gb      REAL NOT NULL CHECK (vram_q4_gb > 0),
    basis           TEXT NOT NULL CHECK (basis IN ('total', 'active')),  -- what the source says it sized
    minimum_gpu     TEXT NOT NULL,
    source_id       INTEGER NOT NULL REFERENCES source(id)
);

CREATE TABLE gpu (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL UNIQUE,
    vendor              TEXT NOT NULL,
    memory_gib          REAL NOT NULL CHECK (memory_gib > 0),  -- as marketed: a "24 GB" card has 24 GiB
    memory_kind         TEXT NOT NULL,
    bandwidth_gb_s      REAL NOT NULL CHECK (bandwidth_gb_s > 0),
    fp16_tflops         REAL NOT NULL CHECK (fp16_tflops > 0),
    tdp_w               REAL CHECK (tdp_w IS NULL OR tdp_w > 0),
    street_price_usd    REAL CHECK (street_price_usd IS NULL OR street_price_usd >= 0),
    cloud_usd_per_hour  REAL CHECK (cloud_usd_per_hour IS NULL OR cloud_usd_per_hour >= 0),
    cloud_price_as_of   TEXT,
    notes               TEXT NOT NULL DEFAULT '',
    uncertain           INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    source_id           INTEGER NOT NULL REFERENCES source(id)
);

CREATE TABLE quant_format (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    bits_per_weight REAL NOT NULL CHECK (bits_per_weight > 0 AND bits_per_weight <= 64),
    kind            TEXT NOT NULL,
    notes           TEXT NOT NULL DEFAULT '',
    uncertain       INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    source_id       INTEGER NOT NULL REFERENCES source(id)
);

CREATE TABLE api_price (
    id                          INTEGER PRIMARY KEY,
    provider                    TEXT NOT NULL,
    model_name                  TEXT NOT NULL,
    model_id                    INTEGER REFERENCES model(id) ON DELETE SET NULL,  -- when it serves one of ours
    input_usd_per_mtok          REAL NOT NULL CHECK (input_usd_per_mtok >= 0),
    cached_input_usd_per_mtok   REAL CHECK (cached_input_usd_per_mtok IS NULL OR cached_input_usd_per_mtok >= 0),
    output_usd_per_mtok         REAL NOT NULL CHECK (output_usd_per_mtok >= 0),
    as_of                       TEXT NOT NULL,
    notes                       TEXT NOT NULL DEFAULT '',
    uncertain                   INTEGER NOT NULL DEFAULT 0 CHECK (uncertain IN (0, 1)),
    source_id                   INTEGER NOT NULL REFERENCES source(id),
    UNIQUE (provider, model_name)
);

-- Cost scenarios as a source quotes them, verbatim, for the audit to check.
CREATE TABLE quoted_cost (
    id                  INTEGER PRIMARY KEY,
    approach            TEXT NOT NULL,      -- the row's label, verbatim
    monthly_usd         REAL NOT NULL CHECK (monthly_usd >= 0),
    tokens_per_month    REAL NOT NULL CHECK (tokens_per_month > 0),
    tokens_quoted       TEXT NOT NULL,      -- "100M+" as printed
    usd_per_mtok        REAL NOT NULL CHECK (usd_per_mtok >= 0),
    model_id            INTEGER REFERENCES model(id) ON DELETE SET NULL,
    api_price_id        INTEGER REFERENCES api_price(id) ON DELETE SET NULL,
    gpu_id              INTEGER REFERENCES gpu(id) ON DELETE SET NULL,
    gpu_count           INTEGER CHECK (gpu_count IS NULL OR gpu_count > 0),
    source_id           INTEGER NOT NULL REFERENCES source(id)
);

CREATE TABLE recommendation (
    id          INTEGER PRIMARY KEY,
    category    TEXT NOT NULL,          -- "Best for coding"
    model_id    INTEGER NOT NULL REFERENCES model(id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    source_id   INTEGER NOT NULL REFERENCES source(id)
);

CREATE INDEX tier_entry_model ON tier_entry(model_id);
CREATE INDEX quoted_hardware_model ON quoted_hardware(model_id);
CREATE INDEX recommendation_model ON recommendation(model_id);
