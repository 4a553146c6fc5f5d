#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Published config.json files (huggingface.co/<repo>/blob/main/config.json), and small edits of them.
namespace TestConfigs {

inline QByteArray withKey(const QByteArray &json, const QString &key, const QJsonValue &value,
                          const QString &inside = {})
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    if (inside.isEmpty()) {
        object.insert(key, value);
    } else {
        QJsonObject nested = object.value(inside).toObject();
        nested.insert(key, value);
        object.insert(inside, nested);
    }
    return QJsonDocument(object).toJson();
}

inline QByteArray withoutKey(const QByteArray &json, const QString &key)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.remove(key);
    return QJsonDocument(object).toJson();
}

// meta-llama/Llama-3.1-8B-Instruct
inline const QByteArray Llama31_8b =
    R"({"architectures":["LlamaForCausalLM"],"attention_bias":false,"attention_dropout":0.0,
"bos_token_id":128000,"eos_token_id":[128001,128008,128009],"hidden_act":"silu","hidden_size":4096,
"initializer_range":0.02,"intermediate_size":14336,"max_position_embeddings":131072,"mlp_bias":false,
"model_type":"llama","num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":8,"pretraining_tp":1,
"rms_norm_eps":1e-05,"rope_scaling":{"factor":8.0,"low_freq_factor":1.0,"high_freq_factor":4.0,
"original_max_position_embeddings":8192,"rope_type":"llama3"},"rope_theta":500000.0,"tie_word_embeddings":false,
"torch_dtype":"bfloat16","transformers_version":"4.43.0.dev0","use_cache":true,"vocab_size":128256})";

// mistralai/Mistral-7B-v0.1: a 4096-token sliding window on every layer. Written by hand with the keys the
// reader reads, at the published values.
inline const QByteArray Mistral7b =
    R"({"hidden_size":4096,"intermediate_size":14336,"max_position_embeddings":32768,"model_type":"mistral",
"num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":8,"sliding_window":4096,
"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":32000})";

// Qwen/Qwen2.5-7B-Instruct: biased q, k and v projections.
inline const QByteArray Qwen25_7b =
    R"({"architectures":["Qwen2ForCausalLM"],"attention_dropout":0.0,"bos_token_id":151643,
"eos_token_id":151645,"hidden_act":"silu","hidden_size":3584,"initializer_range":0.02,"intermediate_size":18944,
"max_position_embeddings":32768,"max_window_layers":28,"model_type":"qwen2","num_attention_heads":28,
"num_hidden_layers":28,"num_key_value_heads":4,"rms_norm_eps":1e-06,"rope_theta":1000000.0,"sliding_window":131072,
"tie_word_embeddings":false,"torch_dtype":"bfloat16","transformers_version":"4.43.1","use_cache":true,
"use_sliding_window":false,"vocab_size":152064})";

// Qwen/Qwen3-8B: q_norm and k_norm per head.
inline const QByteArray Qwen3_8b =
    R"({"architectures":["Qwen3ForCausalLM"],"attention_bias":false,"attention_dropout":0.0,
"bos_token_id":151643,"eos_token_id":151645,"head_dim":128,"hidden_act":"silu","hidden_size":4096,
"initializer_range":0.02,"intermediate_size":12288,"max_position_embeddings":40960,"max_window_layers":36,
"model_type":"qwen3","num_attention_heads":32,"num_hidden_layers":36,"num_key_value_heads":8,"rms_norm_eps":1e-06,
"rope_scaling":null,"rope_theta":1000000,"sliding_window":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16",
"transformers_version":"4.51.0","use_cache":true,"use_sliding_window":false,"vocab_size":151936})";

// Qwen/Qwen3-30B-A3B: 128 routed experts, 8 per token.
inline const QByteArray Qwen3_30bA3b = R"({"architectures":["Qwen3MoeForCausalLM"],"attention_bias":false,
"attention_dropout":0.0,"bos_token_id":151643,"decoder_sparse_step":1,"eos_token_id":151645,"head_dim":128,
"hidden_act":"silu","hidden_size":2048,"initializer_range":0.02,"intermediate_size":6144,
"max_position_embeddings":40960,"max_window_layers":48,"mlp_only_layers":[],"model_type":"qwen3_moe",
"moe_intermediate_size":768,"norm_topk_prob":true,"num_attention_heads":32,"num_experts":128,"num_experts_per_tok":8,
"num_hidden_layers":48,"num_key_value_heads":4,"output_router_logits":false,"rms_norm_eps":1e-06,"rope_scaling":null,
"rope_theta":1000000.0,"router_aux_loss_coef":0.001,"sliding_window":null,"tie_word_embeddings":false,
"torch_dtype":"bfloat16","transformers_version":"4.51.0","use_cache":true,"use_sliding_window":false,
"vocab_size":151936})";

// Qwen/Qwen3-Next-80B-A3B-Instruct: Gated DeltaNet on 3 of every 4 layers.
inline const QByteArray Qwen3Next = R"({"architectures":["Qwen3NextForCausalLM"],"attention_bias":false,
"attention_dropout":0.0,"bos_token_id":151643,"decoder_sparse_step":1,"eos_token_id":151645,"full_attention_interval":4,
"head_dim":256,"hidden_act":"silu","hidden_size":2048,"initializer_range":0.02,"intermediate_size":5120,
"linear_conv_kernel_dim":4,"linear_key_head_dim":128,"linear_num_key_heads":16,"linear_num_value_heads":32,
"linear_value_head_dim":128,"max_position_embeddings":262144,"mlp_only_layers":[],"model_type":"qwen3_next",
"moe_intermediate_size":512,"norm_topk_prob":true,"num_attention_heads":16,"num_experts":512,"num_experts_per_tok":10,
"num_hidden_layers":48,"num_key_value_heads":2,"output_router_logits":false,"partial_rotary_factor":0.25,
"rms_norm_eps":1e-06,"rope_scaling":null,"rope_theta":10000000,"router_aux_loss_coef":0.001,
"shared_expert_intermediate_size":512,"tie_word_embeddings":false,"torch_dtype":"bfloat16",
"transformers_version":"4.57.0.dev0","use_cache":true,"use_sliding_window":false,"vocab_size":151936})";

// deepseek-ai/DeepSeek-V3: MLA, 256 routed experts and 1 shared after 3 dense layers, FP8 weights.
inline const QByteArray DeepseekV3 = R"({"architectures":["DeepseekV3ForCausalLM"],"attention_bias":false,
"attention_dropout":0.0,"bos_token_id":0,"eos_token_id":1,"ep_size":1,"first_k_dense_replace":3,"hidden_act":"silu",
"hidden_size":7168,"initializer_range":0.02,"intermediate_size":18432,"kv_lora_rank":512,
"max_position_embeddings":163840,"model_type":"deepseek_v3","moe_intermediate_size":2048,"moe_layer_freq":1,
"n_group":8,"n_routed_experts":256,"n_shared_experts":1,"norm_topk_prob":true,"num_attention_heads":128,
"num_experts_per_tok":8,"num_hidden_layers":61,"num_key_value_heads":128,"num_nextn_predict_layers":1,
"q_lora_rank":1536,"qk_nope_head_dim":128,"qk_rope_head_dim":64,"quantization_config":{"activation_scheme":"dynamic",
"fmt":"e4m3","quant_method":"fp8","weight_block_size":[128,128]},"rms_norm_eps":1e-06,"rope_scaling":{"beta_fast":32,
"beta_slow":1,"factor":40,"mscale":1.0,"mscale_all_dim":1.0,"original_max_position_embeddings":4096,"type":"yarn"},
"rope_theta":10000,"routed_scaling_factor":2.5,"scoring_func":"sigmoid","tie_word_embeddings":false,"topk_group":4,
"topk_method":"noaux_tc","torch_dtype":"bfloat16","transformers_version":"4.33.1","use_cache":true,"v_head_dim":128,
"vocab_size":129280})";

// google/gemma-3-27b-it: the text decoder nested in text_config, most sizes left to Gemma3TextConfig.
inline const QByteArray Gemma3_27b =
    R"({"architectures":["Gemma3ForConditionalGeneration"],"boi_token_index":255999,
"eoi_token_index":256000,"eos_token_id":[1,106],"image_token_index":262144,"initializer_range":0.02,
"mm_tokens_per_image":256,"model_type":"gemma3","text_config":{"head_dim":128,"hidden_size":5376,
"intermediate_size":21504,"model_type":"gemma3_text","num_attention_heads":32,"num_hidden_layers":62,
"num_key_value_heads":16,"query_pre_attn_scalar":168,"rope_scaling":{"factor":8.0,"rope_type":"linear"},
"sliding_window":1024},"torch_dtype":"bfloat16","transformers_version":"4.50.0.dev0","vision_config":{
"hidden_size":1152,"image_size":896,"intermediate_size":4304,"model_type":"siglip_vision_model",
"num_attention_heads":16,"num_hidden_layers":27,"patch_size":14,"vision_use_head":false}})";

// google/gemma-3-1b-it: the flat gemma3_text config.
inline const QByteArray Gemma3_1b =
    R"({"architectures":["Gemma3ForCausalLM"],"attention_bias":false,"attention_dropout":0.0,
"attn_logit_softcapping":null,"bos_token_id":2,"cache_implementation":"hybrid","eos_token_id":[1,106],
"final_logit_softcapping":null,"head_dim":256,"hidden_activation":"gelu_pytorch_tanh","hidden_size":1152,
"initializer_range":0.02,"intermediate_size":6912,"max_position_embeddings":32768,"model_type":"gemma3_text",
"num_attention_heads":4,"num_hidden_layers":26,"num_key_value_heads":1,"pad_token_id":0,"query_pre_attn_scalar":256,
"rms_norm_eps":1e-06,"rope_local_base_freq":10000,"rope_scaling":null,"rope_theta":1000000,"sliding_window":512,
"sliding_window_pattern":6,"torch_dtype":"bfloat16","transformers_version":"4.50.0.dev0","use_cache":true,
"vocab_size":262144})";

// openai/gpt-oss-20b: alternating sliding (128) and full attention, 32 experts, 4 per token, MXFP4 experts.
inline QByteArray gptOss20b()
{
    QJsonArray layerTypes;
    for (int i = 0; i < 24; ++i)
        layerTypes.append(i % 2 == 0 ? QStringLiteral("sliding_attention")
                                     : QStringLiteral("full_attention"));
    const QByteArray base =
        R"({"architectures":["GptOssForCausalLM"],"attention_bias":true,"attention_dropout":0.0,
"eos_token_id":200002,"experts_per_token":4,"head_dim":64,"hidden_act":"silu","hidden_size":2880,
"initial_context_length":4096,"initializer_range":0.02,"intermediate_size":2880,"max_position_embeddings":131072,
"model_type":"gpt_oss","num_attention_heads":64,"num_experts_per_tok":4,"num_hidden_layers":24,"num_key_value_heads":8,
"num_local_experts":32,"output_router_logits":false,"pad_token_id":199999,"quantization_config":{
"modules_to_not_convert":["model.layers.*.self_attn","model.layers.*.mlp.router","model.embed_tokens","lm_head"],
"quant_method":"mxfp4"},"rms_norm_eps":1e-05,"rope_scaling":{"beta_fast":32.0,"beta_slow":1.0,"factor":32.0,
"original_max_position_embeddings":4096,"rope_type":"yarn","truncate":false},"rope_theta":150000,
"router_aux_loss_coef":0.9,"sliding_window":128,"swiglu_limit":7.0,"tie_word_embeddings":false,
"transformers_version":"4.55.0.dev0","use_cache":true,"vocab_size":201088})";
    return withKey(base, QStringLiteral("layer_types"), layerTypes);
}

// meta-llama/Llama-4-Scout-17B-16E-Instruct: text_config; chunked attention except every 4th (NoPE) layer.
inline QByteArray llama4Scout()
{
    QJsonArray noRope;
    for (int i = 0; i < 48; ++i)
        noRope.append((i + 1) % 4 != 0 ? 1 : 0);
    const QByteArray base = R"({"architectures":["Llama4ForConditionalGeneration"],"boi_token_index":200080,
"eoi_token_index":200081,"image_token_index":200092,"model_type":"llama4","text_config":{"attention_bias":false,
"attention_chunk_size":8192,"attention_dropout":0.0,"attn_scale":0.1,"attn_temperature_tuning":true,
"bos_token_id":200000,"eos_token_id":[200001,200007,200008],"floor_scale":8192,"head_dim":128,"hidden_act":"silu",
"hidden_size":5120,"initializer_range":0.02,"interleave_moe_layer_step":1,"intermediate_size":8192,
"intermediate_size_mlp":16384,"max_position_embeddings":10485760,"model_type":"llama4_text","num_attention_heads":40,
"num_experts_per_tok":1,"num_hidden_layers":48,"num_key_value_heads":8,"num_local_experts":16,
"output_router_logits":false,"pad_token_id":200018,"rms_norm_eps":1e-05,"rope_theta":500000.0,
"router_aux_loss_coef":0.001,"router_jitter_noise":0.0,"torch_dtype":"bfloat16","use_cache":true,"use_qk_norm":true,
"vocab_size":202048},"tie_word_embeddings":false,"torch_dtype":"bfloat16","vision_config":{"hidden_size":1408,
"model_type":"llama4_vision_model","num_hidden_layers":34}})";
    return withKey(base, QStringLiteral("no_rope_layers"), noRope, QStringLiteral("text_config"));
}

// mistralai/Mixtral-8x7B-v0.1
inline const QByteArray Mixtral8x7b =
    R"({"architectures":["MixtralForCausalLM"],"attention_dropout":0.0,"bos_token_id":1,
"eos_token_id":2,"hidden_act":"silu","hidden_size":4096,"initializer_range":0.02,"intermediate_size":14336,
"max_position_embeddings":32768,"model_type":"mixtral","num_attention_heads":32,"num_experts_per_tok":2,
"num_hidden_layers":32,"num_key_value_heads":8,"num_local_experts":8,"output_router_logits":false,
"rms_norm_eps":1e-05,"rope_theta":1000000.0,"router_aux_loss_coef":0.02,"sliding_window":null,
"tie_word_embeddings":false,"torch_dtype":"bfloat16","transformers_version":"4.36.0.dev0","use_cache":true,
"vocab_size":32000})";

// microsoft/Phi-3-mini-4k-instruct: a 2047-token window on every layer of a 4096-token model.
inline const QByteArray Phi3Mini =
    R"({"architectures":["Phi3ForCausalLM"],"attention_bias":false,"attention_dropout":0.0,
"bos_token_id":1,"embd_pdrop":0.0,"eos_token_id":32000,"hidden_act":"silu","hidden_size":3072,
"initializer_range":0.02,"intermediate_size":8192,"max_position_embeddings":4096,"model_type":"phi3",
"num_attention_heads":32,"num_hidden_layers":32,"num_key_value_heads":32,"original_max_position_embeddings":4096,
"pad_token_id":32000,"resid_pdrop":0.0,"rms_norm_eps":1e-05,"rope_scaling":null,"rope_theta":10000.0,
"sliding_window":2047,"tie_word_embeddings":false,"torch_dtype":"bfloat16","transformers_version":"4.40.2",
"use_cache":true,"vocab_size":32064})";

// zai-org/GLM-4.5-Air: GQA with biased q/k/v, 128 routed + 1 shared expert after 1 dense layer, one MTP
// layer.
inline const QByteArray Glm45Air =
    R"({"architectures":["Glm4MoeForCausalLM"],"attention_bias":true,"attention_dropout":0.0,
"pad_token_id":151329,"eos_token_id":[151329,151336,151338],"head_dim":128,"hidden_act":"silu","hidden_size":4096,
"partial_rotary_factor":0.5,"initializer_range":0.02,"intermediate_size":10944,"max_position_embeddings":131072,
"model_type":"glm4_moe","moe_intermediate_size":1408,"norm_topk_prob":true,"num_attention_heads":96,"n_group":1,
"topk_group":1,"n_routed_experts":128,"n_shared_experts":1,"routed_scaling_factor":1.0,"num_experts_per_tok":8,
"first_k_dense_replace":1,"num_hidden_layers":46,"num_key_value_heads":8,"num_nextn_predict_layers":1,
"rms_norm_eps":1e-05,"rope_scaling":null,"rope_theta":1000000,"tie_word_embeddings":false,"torch_dtype":"bfloat16",
"transformers_version":"4.54.0","use_cache":true,"use_qk_norm":false,"vocab_size":151552})";


// google/gemma-2-9b: sliding (4096) and full attention alternate.
inline const QByteArray Gemma2_9b = R"({"architectures":["Gemma2ForCausalLM"],"attention_bias":false,
"attention_dropout":0.0,"attn_logit_softcapping":50.0,"bos_token_id":2,"cache_implementation":"hybrid","eos_token_id":1,
"final_logit_softcapping":30.0,"head_dim":256,"hidden_act":"gelu_pytorch_tanh","hidden_activation":"gelu_pytorch_tanh",
"hidden_size":3584,"initializer_range":0.02,"intermediate_size":14336,"max_position_embeddings":8192,
"model_type":"gemma2","num_attention_heads":16,"num_hidden_layers":42,"num_key_value_heads":8,"pad_token_id":0,
"query_pre_attn_scalar":256,"rms_norm_eps":1e-06,"rope_theta":10000.0,"sliding_window":4096,
"sliding_window_size":4096,"torch_dtype":"float32","transformers_version":"4.42.0.dev0","use_cache":true,
"vocab_size":256000})";

// allenai/OLMo-2-1124-7B: q_norm and k_norm over the whole projection.
inline const QByteArray Olmo2_7b = R"({"architectures":["Olmo2ForCausalLM"],"attention_bias":false,
"attention_dropout":0.0,"eos_token_id":100257,"hidden_act":"silu","hidden_size":4096,"initializer_range":0.02,
"intermediate_size":11008,"max_position_embeddings":4096,"model_type":"olmo2","num_attention_heads":32,
"num_hidden_layers":32,"num_key_value_heads":32,"pad_token_id":100277,"rms_norm_eps":1e-06,"rope_scaling":null,
"rope_theta":500000,"tie_word_embeddings":false,"torch_dtype":"float32","transformers_version":"4.47.0.dev0",
"use_cache":true,"vocab_size":100352})";

// CohereForAI/c4ai-command-r-v01: one LayerNorm per layer, tied embeddings by default.
inline const QByteArray CommandR = R"({"architectures":["CohereForCausalLM"],"attention_bias":false,
"attention_dropout":0.0,"bos_token_id":5,"eos_token_id":255001,"hidden_act":"silu","hidden_size":8192,
"initializer_range":0.02,"intermediate_size":22528,"layer_norm_eps":1e-05,"logit_scale":0.0625,
"max_position_embeddings":8192,"model_type":"cohere","num_attention_heads":64,"num_hidden_layers":40,
"num_key_value_heads":64,"pad_token_id":0,"rope_theta":8000000.0,"torch_dtype":"float16",
"transformers_version":"4.38.2","use_cache":true,"use_qk_norm":false,"vocab_size":256000})";

// microsoft/Phi-3.5-MoE-instruct: biased attention, LayerNorms with biases, an output head bias.
inline const QByteArray Phi35Moe = R"({"architectures":["PhiMoEForCausalLM"],"attention_bias":true,
"attention_dropout":0.0,"bos_token_id":1,"eos_token_id":32000,"hidden_act":"silu","hidden_dropout":0.0,
"hidden_size":4096,"initializer_range":0.02,"input_jitter_noise":0.01,"intermediate_size":6400,"lm_head_bias":true,
"max_position_embeddings":131072,"model_type":"phimoe","num_attention_heads":32,"num_experts_per_tok":2,
"num_hidden_layers":32,"num_key_value_heads":8,"num_local_experts":16,"original_max_position_embeddings":4096,
"output_router_logits":false,"rms_norm_eps":1e-05,"rope_theta":10000.0,"router_aux_loss_coef":0.0,
"router_jitter_noise":0.01,"sliding_window":131072,"tie_word_embeddings":false,"torch_dtype":"bfloat16",
"transformers_version":"4.43.3","use_cache":true,"vocab_size":32064})";


// deepseek-ai/DeepSeek-V2-Lite: MLA without a query latent (q_lora_rank null), greedy routing without a score bias.
inline const QByteArray DeepseekV2Lite = R"({"architectures":["DeepseekV2ForCausalLM"],"attention_bias":false,
"attention_dropout":0.0,"aux_loss_alpha":0.001,"bos_token_id":100000,"eos_token_id":100001,"first_k_dense_replace":1,
"hidden_act":"silu","hidden_size":2048,"initializer_range":0.02,"intermediate_size":10944,"kv_lora_rank":512,
"max_position_embeddings":163840,"model_type":"deepseek_v2","moe_intermediate_size":1408,"moe_layer_freq":1,
"n_group":1,"n_routed_experts":64,"n_shared_experts":2,"norm_topk_prob":false,"num_attention_heads":16,
"num_experts_per_tok":6,"num_hidden_layers":27,"num_key_value_heads":16,"pretraining_tp":1,"q_lora_rank":null,
"qk_nope_head_dim":128,"qk_rope_head_dim":64,"rms_norm_eps":1e-06,"rope_theta":10000,"routed_scaling_factor":1.0,
"scoring_func":"softmax","seq_aux":true,"tie_word_embeddings":false,"topk_group":1,"topk_method":"greedy",
"torch_dtype":"bfloat16","transformers_version":"4.33.1","use_cache":true,"v_head_dim":128,"vocab_size":102400})";

// mistralai/Mistral-Small-3.1-24B-Instruct-2503: a mistral decoder nested in a mistral3 config.
inline const QByteArray MistralSmall31 = R"({"architectures":["Mistral3ForConditionalGeneration"],
"image_token_index":10,"model_type":"mistral3","multimodal_projector_bias":false,"projector_hidden_act":"gelu",
"spatial_merge_size":2,"text_config":{"head_dim":128,"hidden_act":"silu","hidden_size":5120,
"initializer_range":0.02,"intermediate_size":32768,"max_position_embeddings":131072,"model_type":"mistral",
"num_attention_heads":32,"num_hidden_layers":40,"num_key_value_heads":8,"rms_norm_eps":1e-05,
"rope_theta":1000000000.0,"sliding_window":null,"use_cache":true,"vocab_size":131072},"torch_dtype":"bfloat16",
"transformers_version":"4.50.0.dev0","vision_config":{"hidden_size":1024,"model_type":"pixtral",
"num_hidden_layers":24}})";

// The configs below are written by hand with only the keys the reader reads, set to the model's published
// values.

// google/gemma-2b (Gemma 1): multi-query attention, no sliding window, tied embeddings.
inline const QByteArray Gemma2b =
    R"({"attention_bias":false,"head_dim":256,"hidden_size":2048,"intermediate_size":16384,
"max_position_embeddings":8192,"model_type":"gemma","num_attention_heads":8,"num_hidden_layers":18,
"num_key_value_heads":1,"torch_dtype":"bfloat16","vocab_size":256000})";

// LGAI-EXAONE/EXAONE-4.0-32B: three sliding-window layers to each full one (layer_types), per-head q/k norms.
inline QByteArray exaone4_32b()
{
    QJsonArray layerTypes;
    for (int i = 0; i < 64; ++i)
        layerTypes.append((i + 1) % 4 != 0 ? QStringLiteral("sliding_attention")
                                           : QStringLiteral("full_attention"));
    const QByteArray base =
        R"({"head_dim":128,"hidden_size":5120,"intermediate_size":27392,"max_position_embeddings":131072,
"model_type":"exaone4","num_attention_heads":40,"num_hidden_layers":64,"num_key_value_heads":8,
"sliding_window":4096,"sliding_window_pattern":"LLLG","tie_word_embeddings":false,"torch_dtype":"bfloat16",
"vocab_size":102400})";
    return withKey(base, QStringLiteral("layer_types"), layerTypes);
}

// nvidia/Llama-3_3-Nemotron-Super-49B-v1 (DeciLM): block_configs give each of the 80 layers its MLP width
// (ffn_mult) and skip attention in 31 of them; the others have 8 query heads per KV head.
inline QByteArray nemotronSuper49b()
{
    const double ffnMult[80] = {2.625,  5.25,    5.25,   5.25,   5.25,  5.25,   2.625,  2.625,  5.25,  5.25,
                                5.25,   3.28125, 5.25,   5.25,   5.25,  5.25,   5.25,   5.25,   5.25,  5.25,
                                5.25,   5.25,    5.25,   5.25,   5.25,  5.25,   5.25,   5.25,   5.25,  5.25,
                                5.25,   5.25,    5.25,   5.25,   5.25,  5.25,   5.25,   5.25,   5.25,  5.25,
                                5.25,   5.25,    1.3125, 2.625,  2.625, 1.3125, 5.25,   1.3125, 2.625, 1.3125,
                                1.3125, 1.3125,  5.25,   1.3125, 1.0,   1.0,    1.3125, 1.0,    1.0,   1.0,
                                1.3125, 1.3125,  0.5,    0.5,    1.0,   1.0,    0.5,    0.5,    1.0,   0.5,
                                0.5,    5.25,    5.25,   5.25,   5.25,  5.25,   5.25,   5.25,   5.25,  5.25};
    const QList<int> noAttention{6,  7,  11, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 53, 54, 55,
                                 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70};
    QJsonArray blocks;
    for (int i = 0; i < 80; ++i) {
        const bool skipped = noAttention.contains(i);
        const QJsonObject attention{
            {QStringLiteral("n_heads_in_group"), skipped ? QJsonValue() : QJsonValue(8)},
            {QStringLiteral("no_op"), skipped},
            {QStringLiteral("replace_with_linear"), false}};
        const QJsonObject ffn{{QStringLiteral("ffn_mult"), ffnMult[i]},
                              {QStringLiteral("no_op"), false},
                              {QStringLiteral("replace_with_linear"), false}};
        blocks.append(QJsonObject{{QStringLiteral("attention"), attention}, {QStringLiteral("ffn"), ffn}});
    }
    const QByteArray base =
        R"({"attention_bias":false,"hidden_size":8192,"intermediate_size":null,"max_position_embeddings":131072,
"mlp_bias":false,"model_type":"nemotron-nas","num_attention_heads":64,"num_hidden_layers":80,
"num_key_value_heads":null,"tie_word_embeddings":false,"torch_dtype":"bfloat16","vocab_size":128256})";
    return withKey(base, QStringLiteral("block_configs"), blocks);
}

// deepseek-ai/DeepSeek-V3.2: DeepSeek-V3's config with its own model_type and the lightning indexer's keys.
inline QByteArray deepseekV32()
{
    QByteArray json = withKey(DeepseekV3, QStringLiteral("model_type"), QStringLiteral("deepseek_v32"));
    json =
        withKey(json, QStringLiteral("architectures"), QJsonArray{QStringLiteral("DeepseekV32ForCausalLM")});
    json = withKey(json, QStringLiteral("index_head_dim"), 128);
    json = withKey(json, QStringLiteral("index_n_heads"), 64);
    return withKey(json, QStringLiteral("index_topk"), 2048);
}

// MiniMaxAI/MiniMax-M1-80k: attn_type_list makes every eighth layer softmax attention (1), the others
// lightning attention (0); 32 experts, 2 per token, in every layer.
inline QByteArray miniMaxM1()
{
    QJsonArray types;
    for (int i = 0; i < 80; ++i)
        types.append((i + 1) % 8 == 0 ? 1 : 0);
    const QByteArray base =
        R"({"head_dim":128,"hidden_size":6144,"intermediate_size":9216,"max_position_embeddings":10240000,
"model_type":"minimax_m1","num_attention_heads":64,"num_experts_per_tok":2,"num_hidden_layers":80,
"num_key_value_heads":8,"num_local_experts":32,"shared_intermediate_size":0,"sliding_window":null,
"tie_word_embeddings":false,"vocab_size":200064})";
    return withKey(base, QStringLiteral("attn_type_list"), types);
}

// nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-BF16: hybrid_override_pattern gives 23 Mamba-2,
// 6 attention and 23 MoE blocks.
inline const QByteArray NemotronNano30b =
    R"({"attention_bias":false,"conv_kernel":4,"head_dim":128,"hidden_size":2688,
"hybrid_override_pattern":"MEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEM*EMEMEMEM*EMEMEMEME","intermediate_size":1856,
"mamba_head_dim":64,"mamba_num_heads":64,"max_position_embeddings":262144,"mlp_bias":false,
"model_type":"nemotron_h","moe_intermediate_size":1856,"moe_shared_expert_intermediate_size":3712,
"n_groups":8,"n_routed_experts":128,"n_shared_experts":1,"num_attention_heads":32,"num_experts_per_tok":6,
"num_hidden_layers":52,"num_key_value_heads":2,"sliding_window":null,"ssm_state_size":128,
"tie_word_embeddings":false,"torch_dtype":"bfloat16","use_bias":false,"use_conv_bias":true,
"vocab_size":131072})";

} // namespace TestConfigs
