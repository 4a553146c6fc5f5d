#pragma once

#include <QString>

// How ggml stores each tensor type it defines (elements per block, bytes per block) and what llama.cpp's
// file types are called, both as a GGUF numbers them. Facts from ggml's ggml.h, ggml-common.h and
// docs/gguf.md, and llama.cpp's llama.h.
namespace GgmlType {

struct Traits
{
    const char *name; // ggml's own spelling: "q4_K", "bf16"
    qint64 blockSize; // elements per block
    qint64 blockBytes;
};

// nullptr for a number ggml never defined or has removed from GGUF files (Q4_2, Q4_0_4_4, ...).
const Traits *traits(quint32 type);

// The name of a quantization as the app's quant formats spell it, for a tensor type ("Q4_K", "Q8_0", "BF16")
// or a file type (general.file_type: "Q4_K_M"); empty when unknown. Float types take the app's names (FP32,
// FP16, BF16) so a measured size joins the format the estimates already use; quantized ones keep llama.cpp's
// names, which the dataset uses too.
QString quantName(quint32 type);
QString fileTypeName(quint32 fileType);

} // namespace GgmlType
