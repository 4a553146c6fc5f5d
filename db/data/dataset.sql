-- The dataset LLM Atlas ships with. Applied once, to a new database at the current schema version.
--
-- Two kinds of rows:
--  * facts cited from public sources (model configurations, GPU datasheets, format definitions, list prices),
--    each with its own source row;
--  * what the March 2026 article "Open Source AI in 2026: Closer Than Ever" says, kept verbatim with the
--    article as their source (tier list, hardware table, cost table, recommendations). Its figures are
--    quoted, not trusted: the data audit checks them against the facts.
-- Rows flagged uncertain = 1 carry a claim not confirmed by a primary source; notes say which.

INSERT INTO source (id, title, origin, as_of, note) VALUES
    (1, 'Open Source AI in 2026: Closer Than Ever', 'Article: open-source model tier list, hardware requirements and self-hosting cost analysis', '2026-03', 'Quoted verbatim; its figures are checked by the data audit, not trusted.');
INSERT INTO source (id, title, origin, as_of, note) VALUES
    (10, 'Model configuration: DeepSeek-V3.2', 'deepseek-ai/DeepSeek-V3.2 config.json and README; HF transformers deepseek_v32 docs', '2025-12-01', ''),
    (11, 'Model configuration: Qwen2.5-72B', 'Qwen/Qwen2.5-72B-Instruct config.json (32768 native; 131072 with YaRN)', '2024-09-19', ''),
    (12, 'Model configuration: DeepSeek-R1', 'deepseek-ai/DeepSeek-R1 README and config.json (same architecture as DeepSeek-V3)', '2025-01-20', ''),
    (13, 'Model configuration: Qwen3-Coder-Next', 'Qwen/Qwen3-Coder-Next model card; Qwen3-Next-80B-A3B config.json', '2026-02-03', ''),
    (14, 'Model configuration: Llama-3.3-70B-Instruct', 'meta-llama/Llama-3.3-70B-Instruct config.json', '2024-12-06', ''),
    (15, 'Model configuration: Mistral-Large-Instruct-2411', 'mistralai/Mistral-Large-Instruct-2411 config.json', '2024-11-18', ''),
    (16, 'Model configuration: Llama-4-Maverick-17B-128E-Instruct', 'meta-llama/Llama-4-Maverick-17B-128E config.json; HF llama4 docs', '2025-04-05', ''),
    (17, 'Model configuration: Llama-4-Scout-17B-16E-Instruct', 'meta-llama/Llama-4-Scout-17B-16E config.json; HF llama4 docs', '2025-04-05', ''),
    (18, 'GPU specification: RTX 3060 12GB', 'NVIDIA spec sheet (launch price)', '2026-03', ''),
    (19, 'GPU specification: RTX 3090', 'NVIDIA spec sheet; RunPod on-demand', '2026-03', ''),
    (20, 'GPU specification: RTX 4090', 'NVIDIA Ada whitepaper (165 TFLOPS with FP32 accumulate); RunPod on-demand', '2026-03', ''),
    (21, 'GPU specification: RTX 5090', 'NVIDIA spec (838 sparse); RunPod on-demand', '2026-03', ''),
    (22, 'GPU specification: RTX A6000', 'NVIDIA spec; RunPod', '2026-03', ''),
    (23, 'GPU specification: L4', 'NVIDIA L4 datasheet (242 sparse); RunPod', '2026-03', ''),
    (24, 'GPU specification: L40S', 'NVIDIA L40S datasheet (733 sparse); RunPod', '2026-03', ''),
    (25, 'GPU specification: A100 40GB', 'NVIDIA A100 datasheet', '2026-03', ''),
    (26, 'GPU specification: A100 80GB', 'NVIDIA A100 datasheet (SXM); cloud rate consistent with the article''s ~$3000/month for 2 GPUs', '2026-03', ''),
    (27, 'GPU specification: H100 80GB', 'NVIDIA H100 datasheet (SXM)', '2026-03', ''),
    (28, 'GPU specification: H200', 'NVIDIA H200 datasheet (SXM)', '2026-03', ''),
    (29, 'GPU specification: B200', 'NVIDIA HGX B200 (180 GB usable of 192 physical)', '2026-03', ''),
    (30, 'GPU specification: MI300X', 'AMD Instinct MI300X datasheet', '2026-03', ''),
    (31, 'GPU specification: M3 Max 128GB', 'Apple spec (40-core GPU)', '2026-03', ''),
    (32, 'GPU specification: M2 Ultra 192GB', 'Apple spec', '2026-03', ''),
    (33, 'Number format definitions', 'IEEE 754 (FP32, FP16) and Google bfloat16 (BF16) definitions', '2019-07', ''),
    (34, 'Quantization format: FP8', 'DeepSeek-V3 FP8 weights with 128x128 block scales', '2026-03', ''),
    (35, 'Quantization format: Q8_0', 'llama.cpp ggml-common.h (block of 32: fp16 scale + 32 int8 = 34 bytes)', '2026-03', ''),
    (36, 'Quantization format: Q6_K', 'llama.cpp ggml-common.h (block of 256 = 210 bytes)', '2026-03', ''),
    (37, 'Quantization format: Q5_K_M', 'llama.cpp tools/quantize README (whole-file measure on Llama-3.1-8B)', '2026-03', ''),
    (38, 'Quantization format: Q4_K_M', 'llama.cpp tools/quantize README; published GGUF file sizes', '2026-03', ''),
    (39, 'Quantization format: Q4_0', 'llama.cpp ggml-common.h (block of 32 = 18 bytes = 4.5 bpw) plus higher-precision output tensor', '2026-03', ''),
    (40, 'Quantization format: Q3_K_M', 'llama.cpp quantize README (Llama-2-7B)', '2026-03', ''),
    (41, 'Quantization format: Q2_K', 'published GGUF file sizes of 70B models [uncertain: 2.9 to 3.2 depending on model]', '2026-03', ''),
    (42, 'Quantization format: IQ2_XXS', 'llama.cpp ggml-common.h (2.0625 bpw per block) plus higher-precision tensors [uncertain]', '2026-03', ''),
    (43, 'Quantization format: AWQ-4bit', 'AWQ/GPTQ int4 with group size 128 (fp16 scale + int4 zero per 128 weights)', '2026-03', ''),
    (44, 'Quantization format: GPTQ-4bit', 'as AWQ', '2026-03', ''),
    (45, 'API list prices: DeepSeek', 'BerriAI/litellm model_prices_and_context_window.json; DeepSeek API pricing page', '2025-12-09', ''),
    (46, 'API list prices: OpenAI', 'BerriAI/litellm model_prices_and_context_window.json', '2025-04-14', ''),
    (47, 'API list prices: Anthropic', 'BerriAI/litellm model_prices_and_context_window.json', '2025-09-29', ''),
    (48, 'API list prices: Google', 'BerriAI/litellm model_prices_and_context_window.json', '2025-06-17', ''),
    (49, 'API list prices: Google', 'BerriAI/litellm model_prices_and_context_window.json', '2025-09-25', ''),
    (50, 'API list prices: DeepInfra', 'BerriAI/litellm model_prices_and_context_window.json', '2026-03', ''),
    (51, 'API list prices: OpenRouter', 'OpenRouter listing [uncertain]', '2026-03', '');

INSERT INTO model (id, name, reference_model, proxy, vendor, total_params, active_params, layers, hidden_size, attention_heads, kv_heads, head_dim, attention, kv_lora_rank, qk_rope_head_dim, full_attention_layers, attention_window, recurrent_state_elements, routed_experts, experts_per_token, shared_experts, max_context, license, released, notes, uncertain, source_id) VALUES
    (1, 'DeepSeek V3.2', 'DeepSeek-V3.2', 0, 'DeepSeek', 685000000000, 37000000000, 61, 7168, 128, 128, 128, 'mla', 512, 64, 61, NULL, NULL, 256, 8, 1, 131072, 'MIT', '2025-12-01', '685B = 671B main model + 14B multi-token-prediction module; MLA caches one latent (512) + rope key (64) per token per layer; DSA sparse attention adds a small indexer key cache (index_head_dim 128 per token per layer) [uncertain: implementation-specific]', 1, 10),
    (2, 'Qwen 3.5', 'Qwen2.5-72B', 1, 'Alibaba (Qwen)', 72710000000, NULL, 80, 8192, 64, 8, 128, 'gqa', NULL, NULL, 80, NULL, NULL, NULL, NULL, NULL, 131072, 'Qwen license', '2024-09-19', 'No public model named "Qwen 3.5 72B" exists: the Qwen3.5 family is 0.8B/2B/4B/9B/27B/35B-A3B/122B-A10B/397B-A17B (Feb 2026). The dense 72B Qwen is Qwen2.5-72B; its architecture is used as the proxy.', 0, 11),
    (3, 'DeepSeek R1', 'DeepSeek-R1', 0, 'DeepSeek', 671000000000, 37000000000, 61, 7168, 128, 128, 128, 'mla', 512, 64, 61, NULL, NULL, 256, 8, 1, 131072, 'MIT', '2025-01-20', '', 0, 12),
    (4, 'Qwen3-Coder-Next', 'Qwen3-Coder-Next', 0, 'Alibaba (Qwen)', 79700000000, 3000000000, 48, 2048, 16, 2, 256, 'hybrid', NULL, NULL, 12, NULL, 18874368, 512, 10, 1, 262144, 'Apache-2.0', '2026-02-03', 'Layers come in 12 groups of (3 Gated DeltaNet linear-attention layers + 1 full-attention layer): only the 12 full-attention layers keep a KV cache (2 KV heads x head_dim 256). The 36 DeltaNet layers keep a fixed recurrent state per sequence: 36 x 32 heads x 128 x 128 elements (about 36 MiB in bf16) [uncertain: state dtype depends on runtime]. Active parameters are about 3B (3.87B counting embeddings).', 1, 13),
    (5, 'Llama 3.3 70B', 'Llama-3.3-70B-Instruct', 0, 'Meta', 70550000000, NULL, 80, 8192, 64, 8, 128, 'gqa', NULL, NULL, 80, NULL, NULL, NULL, NULL, NULL, 131072, 'Llama 3.3 Community License', '2024-12-06', '', 0, 14),
    (6, 'Mistral Large 3', 'Mistral-Large-Instruct-2411', 1, 'Mistral AI', 122610000000, NULL, 88, 12288, 96, 8, 128, 'gqa', NULL, NULL, 88, NULL, NULL, NULL, NULL, NULL, 131072, 'Mistral Research License', '2024-11-18', 'The article''s 123B matches Mistral Large 2 (2407/2411); its architecture is used. Mistral''s model released as "Mistral Large 3" (Dec 2025) is reported as a 675B-total / 41B-active MoE [uncertain].', 1, 15),
    (7, 'Llama 4 Maverick', 'Llama-4-Maverick-17B-128E-Instruct', 0, 'Meta', 400000000000, 17000000000, 48, 5120, 40, 8, 128, 'chunked', NULL, NULL, 12, 8192, NULL, 128, 1, 1, 1048576, 'Llama 4 Community License', '2025-04-05', 'MoE in every second layer (128 routed experts + 1 shared). 3 of every 4 layers use chunked local attention over 8192-token chunks; every 4th layer is global (NoPE) [uncertain: check no_rope_layers]. Engines that exploit chunking keep at most 8192 tokens of KV for chunked layers.', 1, 16),
    (8, 'Llama 4 Scout', 'Llama-4-Scout-17B-16E-Instruct', 0, 'Meta', 109000000000, 17000000000, 48, 5120, 40, 8, 128, 'chunked', NULL, NULL, 12, 8192, NULL, 16, 1, 1, 10485760, 'Llama 4 Community License', '2025-04-05', 'MoE in every layer (16 routed experts + 1 shared); attention pattern as for Maverick.', 0, 17);

INSERT INTO gpu (id, name, vendor, memory_gib, memory_kind, bandwidth_gb_s, fp16_tflops, tdp_w, street_price_usd, cloud_usd_per_hour, cloud_price_as_of, notes, uncertain, source_id) VALUES
    (1, 'RTX 3060 12GB', 'NVIDIA', 12, 'GDDR6', 360, 51, 170, 329, NULL, NULL, 'FP16 tensor throughput with FP16 accumulate [uncertain]', 1, 18),
    (2, 'RTX 3090', 'NVIDIA', 24, 'GDDR6X', 936, 142, 350, 800, 0.39, '2026-03', 'Street price is used-market [uncertain]; FP16 with FP16 accumulate', 1, 19),
    (3, 'RTX 4090', 'NVIDIA', 24, 'GDDR6X', 1008, 330, 450, 1599, 0.60, '2026-03', '', 0, 20),
    (4, 'RTX 5090', 'NVIDIA', 32, 'GDDR7', 1792, 419, 575, 1999, 1.22, '2026-03', '', 0, 21),
    (5, 'RTX A6000', 'NVIDIA', 48, 'GDDR6', 768, 155, 300, 4649, 0.79, '2026-03', 'fp16 figure [uncertain]', 1, 22),
    (6, 'L4', 'NVIDIA', 24, 'GDDR6', 300, 121, 72, 2500, 0.78, '2026-03', 'street price [uncertain]', 1, 23),
    (7, 'L40S', 'NVIDIA', 48, 'GDDR6', 864, 362, 350, 8000, 1.40, '2026-03', 'street price [uncertain]', 1, 24),
    (8, 'A100 40GB', 'NVIDIA', 40, 'HBM2', 1555, 312, 400, 8000, 1.29, '2026-03', 'prices [uncertain]', 1, 25),
    (9, 'A100 80GB', 'NVIDIA', 80, 'HBM2e', 2039, 312, 400, 12000, 2.05, '2026-03', 'street price [uncertain]', 1, 26),
    (10, 'H100 80GB', 'NVIDIA', 80, 'HBM3', 3350, 989, 700, 27500, 2.50, '2026-03', 'prices vary widely by provider: $1.49 to $4.76 per hour [uncertain]', 1, 27),
    (11, 'H200', 'NVIDIA', 141, 'HBM3e', 4800, 989, 700, 35000, 3.59, '2026-03', 'prices [uncertain]', 1, 28),
    (12, 'B200', 'NVIDIA', 180, 'HBM3e', 8000, 2250, 1000, 45000, 5.98, '2026-03', 'prices [uncertain]', 1, 29),
    (13, 'MI300X', 'AMD', 192, 'HBM3', 5300, 1307, 750, 15000, 1.80, '2026-03', 'prices [uncertain]', 1, 30),
    (14, 'M3 Max 128GB', 'Apple', 128, 'unified', 400, 28, NULL, 4999, NULL, NULL, 'Unified memory: the GPU may use roughly 65-75% by default [uncertain]; figures [uncertain]', 1, 31),
    (15, 'M2 Ultra 192GB', 'Apple', 192, 'unified', 800, 54, NULL, 5599, NULL, NULL, 'Unified memory as above [uncertain]', 1, 32);

INSERT INTO quant_format (id, name, bits_per_weight, kind, notes, uncertain, source_id) VALUES
    (1, 'FP32', 32, 'float', '', 0, 33),
    (2, 'BF16', 16, 'float', '', 0, 33),
    (3, 'FP16', 16, 'float', '', 0, 33),
    (4, 'FP8', 8.0, 'float', 'Block scales add well under 0.1 bit per weight.', 0, 34),
    (5, 'INT8', 8.0, 'integer', 'Per-channel scales are negligible.', 0, 33),
    (6, 'Q8_0', 8.5, 'gguf', '', 0, 35),
    (7, 'Q6_K', 6.5625, 'gguf', '', 0, 36),
    (8, 'Q5_K_M', 5.70, 'gguf', 'Mix over Q5_K (5.5 bpw) with some tensors at Q6_K.', 0, 37),
    (9, 'Q4_K_M', 4.85, 'gguf', 'Mix over Q4_K (4.5 bpw) with some tensors at Q6_K; large models measure 4.82 to 4.90 whole-file.', 0, 38),
    (10, 'Q4_0', 4.55, 'gguf', '', 0, 39),
    (11, 'Q3_K_M', 3.91, 'gguf', 'Mix over Q3_K (3.4375 bpw).', 0, 40),
    (12, 'Q2_K', 3.0, 'gguf', 'Mix over Q2_K (2.625 bpw).', 1, 41),
    (13, 'IQ2_XXS', 2.16, 'gguf', '', 1, 42),
    (14, 'AWQ-4bit', 4.16, 'awq', 'Applies to quantized linear layers; embeddings and output head usually stay 16-bit.', 0, 43),
    (15, 'GPTQ-4bit', 4.16, 'gptq', '', 0, 44);

INSERT INTO api_price (id, provider, model_name, model_id, input_usd_per_mtok, cached_input_usd_per_mtok, output_usd_per_mtok, as_of, notes, uncertain, source_id) VALUES
    (1, 'DeepSeek', 'deepseek-chat (V3.2)', 1, 0.28, 0.028, 0.42, '2025-12-09', '', 0, 45),
    (2, 'DeepSeek', 'deepseek-reasoner (V3.2 thinking)', 1, 0.28, 0.028, 0.42, '2025-12-09', '', 0, 45),
    (3, 'OpenAI', 'gpt-4.1', NULL, 2.00, 0.50, 8.00, '2025-04-14', '', 0, 46),
    (4, 'OpenAI', 'gpt-4.1-mini', NULL, 0.40, 0.10, 1.60, '2025-04-14', '', 0, 46),
    (5, 'Anthropic', 'claude-sonnet-4.5', NULL, 3.00, 0.30, 15.00, '2025-09-29', 'Input above 200K tokens: 6.00 in / 22.50 out', 0, 47),
    (6, 'Google', 'gemini-2.5-pro', NULL, 1.25, 0.125, 10.00, '2025-06-17', 'Input above 200K tokens: 2.50 in / 15.00 out', 0, 48),
    (7, 'Google', 'gemini-2.5-flash', NULL, 0.30, 0.075, 2.50, '2025-09-25', '', 0, 49),
    (8, 'DeepInfra', 'Llama-3.3-70B-Instruct', 5, 0.23, NULL, 0.40, '2026-03', '', 0, 50),
    (9, 'DeepInfra', 'Qwen2.5-72B-Instruct', 2, 0.12, NULL, 0.39, '2026-03', '', 0, 50),
    (10, 'DeepInfra', 'Llama-4-Maverick-17B-128E (FP8)', 7, 0.15, NULL, 0.60, '2026-03', '', 0, 50),
    (11, 'DeepInfra', 'Llama-4-Scout-17B-16E', 8, 0.08, NULL, 0.30, '2026-03', '', 0, 50),
    (12, 'DeepInfra', 'DeepSeek-R1', 3, 0.70, NULL, 2.40, '2026-03', '', 0, 50),
    (13, 'OpenRouter', 'Qwen3-Coder-Next', 4, 0.07, NULL, 0.30, '2026-03', '', 1, 51);

-- The article's tier list, in its own order (rank) and words.
INSERT INTO tier_list (id, name, published, source_id) VALUES
    (1, 'Open-source model tier list', '2026-03', 1);

INSERT INTO tier_entry (tier_list_id, model_id, tier, rank, quoted_params, highlights) VALUES
    (1, 1, 'S', 1, '685B (MoE)', 'Best overall open model, matches GPT-4.1'),
    (1, 2, 'S', 2, '72B', 'Exceptional multilingual, strong reasoning'),
    (1, 3, 'A', 3, '671B (MoE)', 'Best open reasoning model, chain-of-thought'),
    (1, 4, 'A', 4, '80B (3B active)', 'Outperforms DeepSeek V3.2 on coding benchmarks'),
    (1, 5, 'B', 5, '70B', 'Solid all-rounder, great for fine-tuning'),
    (1, 6, 'B', 6, '123B', 'Strong instruction following, EU-focused'),
    (1, 7, 'C', 7, '400B (MoE)', 'Disappointing launch, fell from expectations'),
    (1, 8, 'C', 8, '109B (MoE)', 'Better than Maverick, but below Qwen/DeepSeek');

-- The article's "Hardware Requirements" table. basis = 'active' where the article labels a figure "(active)".
INSERT INTO quoted_hardware (id, model_id, label, vram_fp16_gb, vram_q4_gb, basis, minimum_gpu, source_id) VALUES
    (1, 2, 'Qwen 3.5 (72B)', 144, 40, 'total', '2x RTX 4090 or A100', 1),
    (2, 5, 'Llama 3.3 (70B)', 140, 38, 'total', '2x RTX 4090 or A100', 1),
    (3, 6, 'Mistral Large (123B)', 246, 68, 'total', '2-4x A100 80GB', 1),
    (4, 1, 'DeepSeek V3.2 (685B MoE)', 200, 55, 'active', '2-4x A100 80GB', 1),
    (5, 4, 'Qwen3-Coder-Next (80B, 3B active)', 6, 3, 'active', 'RTX 3060 12GB', 1);

-- The article's "Self-Hosting vs API" table at 100M tokens per month, as printed.
INSERT INTO quoted_cost (id, approach, monthly_usd, tokens_per_month, tokens_quoted, usd_per_mtok, model_id, api_price_id, gpu_id, gpu_count, source_id) VALUES
    (1, 'Self-host Qwen 3.5 (2x A100)', 3000, 100000000, '100M+', 0.03, 2, NULL, 9, 2, 1),
    (2, 'DeepSeek API', 21000, 100000000, '100M', 0.21, 1, 1, NULL, NULL, 1),
    (3, 'GPT-4.1-mini API', 100000, 100000000, '100M', 1.00, NULL, 4, NULL, NULL, 1),
    (4, 'Claude Sonnet API', 900000, 100000000, '100M', 9.00, NULL, 5, NULL, NULL, 1);

INSERT INTO recommendation (id, category, model_id, reason, source_id) VALUES
    (1, 'Best overall open model', 1, 'Best quality-to-cost ratio, strong across all tasks', 1),
    (2, 'Best for coding', 4, 'Outperforms even DeepSeek V3.2 on coding, runs on consumer hardware', 1),
    (3, 'Best for fine-tuning', 5, 'Excellent base model, vast ecosystem of adapters and tooling', 1),
    (4, 'Best for multilingual', 2, 'Superior Chinese, Japanese, Korean, and Southeast Asian language support', 1),
    (5, 'Best for EU compliance', 6, 'French company, EU data residency options', 1);

-- GPU configurations the article names as "Minimum GPU" ("2-4x A100 80GB" is two presets).
INSERT INTO gpu_config (name, gpu_id, gpu_count, preset) VALUES
    ('RTX 3060 12GB', 1, 1, 1),
    ('2x RTX 4090', 3, 2, 1),
    ('A100 80GB', 9, 1, 1),
    ('2x A100 80GB', 9, 2, 1),
    ('4x A100 80GB', 9, 4, 1);
