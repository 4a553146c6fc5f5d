-- Schema version 2: named GPU configurations (a GPU type times a count, pooled by tensor parallelism).
-- Presets match the article's "Minimum GPU" column; users add their own.

CREATE TABLE gpu_config (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    gpu_id      INTEGER NOT NULL REFERENCES gpu(id) ON DELETE CASCADE,
    gpu_count   INTEGER NOT NULL CHECK (gpu_count BETWEEN 1 AND 8),
    preset      INTEGER NOT NULL DEFAULT 0 CHECK (preset IN (0, 1))
);

-- A database upgraded from version 1 already has its GPUs: give it the presets too. A new database has
-- no GPUs yet at this point; the bundled dataset adds the same presets after them.
INSERT INTO gpu_config (name, gpu_id, gpu_count, preset)
SELECT preset.name, gpu.id, preset.gpu_count, 1
FROM (SELECT 'RTX 3060 12GB' AS name, 'RTX 3060 12GB' AS gpu_name, 1 AS gpu_count
      UNION ALL SELECT '2x RTX 4090', 'RTX 4090', 2
      UNION ALL SELECT 'A100 80GB', 'A100 80GB', 1
      UNION ALL SELECT '2x A100 80GB', 'A100 80GB', 2
      UNION ALL SELECT '4x A100 80GB', 'A100 80GB', 4) AS preset
JOIN gpu ON gpu.name = preset.gpu_name;
