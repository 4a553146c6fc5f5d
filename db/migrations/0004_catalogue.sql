-- Schema version 4: the catalogue (issue 17). One meaning per column:
--  * gpu.fp16_tflops is the DENSE FP16/BF16 tensor rate with FP32 accumulate, the rate real GEMMs use:
--    never a sparse figure, and for GeForce cards not the FP16-accumulate rate (twice as high).
--  * gpu.cloud_usd_per_hour is an ON-DEMAND rate per GPU-hour from the provider named in cloud_provider,
--    never a spot or community-market rate and never one derived from another source's total. A price
--    without a citable source is NULL.
--  * gpu.street_price_usd is the price the source gives (launch MSRP unless its notes say otherwise), true
--    as of street_price_as_of.
--  * gpu.gpu_memory_share is the share of memory_gib the GPU may use by default on a unified-memory device
--    (0.75: macOS's default working set on a 128 GB Mac); NULL means 1.0, a discrete card's own memory.
--  * model.total_params counts the text decoder with its embeddings and (untied) output head, without
--    multi-token-prediction modules or vision encoders; the notes say where a published figure differs.
-- Prices, cloud rates and street prices age by their as-of dates; an architecture does not.

ALTER TABLE gpu ADD COLUMN street_price_as_of TEXT;
ALTER TABLE gpu ADD COLUMN cloud_provider TEXT;
ALTER TABLE gpu ADD COLUMN gpu_memory_share REAL
    CHECK (gpu_memory_share IS NULL OR (gpu_memory_share > 0 AND gpu_memory_share <= 1));

-- The bundled rows of earlier versions, where a file still holds them as they were shipped: their
-- throughput figures followed another convention, and the unified-memory devices get their share. A fact
-- someone edited is theirs and stays as it is.
UPDATE gpu SET fp16_tflops = CASE name
        WHEN 'RTX 3060 12GB' THEN 25.5
        WHEN 'RTX 3090' THEN 71
        WHEN 'RTX 4090' THEN 165.2
        WHEN 'RTX 5090' THEN 209.5
        WHEN 'M3 Max 128GB' THEN 14.2
        WHEN 'M2 Ultra 192GB' THEN 27.2
    END
WHERE edited_at IS NULL
  AND ((name = 'RTX 3060 12GB' AND fp16_tflops = 51) OR (name = 'RTX 3090' AND fp16_tflops = 142)
       OR (name = 'RTX 4090' AND fp16_tflops = 330) OR (name = 'RTX 5090' AND fp16_tflops = 419)
       OR (name = 'M3 Max 128GB' AND fp16_tflops = 28) OR (name = 'M2 Ultra 192GB' AND fp16_tflops = 54));
UPDATE gpu SET gpu_memory_share = 0.75
WHERE edited_at IS NULL AND memory_kind = 'unified' AND name IN ('M3 Max 128GB', 'M2 Ultra 192GB');
