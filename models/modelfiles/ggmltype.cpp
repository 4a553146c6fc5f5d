#include "models/modelfiles/ggmltype.h"

#include <array>

namespace {

// Block layouts from ggml-common.h; QK_K = 256. A missing entry is a number that is not (or no longer) a
// type a GGUF may hold.
constexpr qint64 QK_K = 256;

struct Entry
{
    quint32 type;
    GgmlType::Traits traits;
    const char *quantName;
};

constexpr std::array Entries{
    Entry{0, {"f32", 1, 4}, "FP32"},
    Entry{1, {"f16", 1, 2}, "FP16"},
    Entry{2, {"q4_0", 32, 2 + 16}, "Q4_0"},     // fp16 scale + 32 nibbles
    Entry{3, {"q4_1", 32, 2 + 2 + 16}, "Q4_1"}, // fp16 scale and min + 32 nibbles
    Entry{6, {"q5_0", 32, 2 + 4 + 16}, "Q5_0"}, // + 32 high bits
    Entry{7, {"q5_1", 32, 2 + 2 + 4 + 16}, "Q5_1"},
    Entry{8, {"q8_0", 32, 2 + 32}, "Q8_0"},
    Entry{9, {"q8_1", 32, 2 + 2 + 32}, "Q8_1"},
    Entry{10, {"q2_K", QK_K, 2 + 2 + QK_K / 16 + QK_K / 4}, "Q2_K"},     // 84
    Entry{11, {"q3_K", QK_K, 2 + QK_K / 4 + QK_K / 8 + 12}, "Q3_K"},     // 110
    Entry{12, {"q4_K", QK_K, 2 + 2 + 12 + QK_K / 2}, "Q4_K"},            // 144
    Entry{13, {"q5_K", QK_K, 2 + 2 + 12 + QK_K / 2 + QK_K / 8}, "Q5_K"}, // 176
    Entry{14, {"q6_K", QK_K, 2 + QK_K / 16 + 3 * QK_K / 4}, "Q6_K"},     // 210
    Entry{15, {"q8_K", QK_K, 4 + QK_K + QK_K / 16 * 2}, "Q8_K"},         // 292
    Entry{16, {"iq2_xxs", QK_K, 2 + QK_K / 8 * 2}, "IQ2_XXS"},           // 66
    Entry{17, {"iq2_xs", QK_K, 2 + QK_K / 8 * 2 + QK_K / 32}, "IQ2_XS"}, // 74
    Entry{18, {"iq3_xxs", QK_K, 2 + 3 * (QK_K / 8)}, "IQ3_XXS"},         // 98
    Entry{19, {"iq1_s", QK_K, 2 + QK_K / 8 + QK_K / 16}, "IQ1_S"},       // 50
    Entry{20, {"iq4_nl", 32, 2 + 16}, "IQ4_NL"},
    Entry{21, {"iq3_s", QK_K, 2 + 13 * (QK_K / 32) + QK_K / 64}, "IQ3_S"}, // 110
    Entry{22, {"iq2_s", QK_K, 2 + QK_K / 4 + QK_K / 16}, "IQ2_S"},         // 82
    Entry{23, {"iq4_xs", QK_K, 2 + 2 + QK_K / 64 + QK_K / 2}, "IQ4_XS"},   // 136
    Entry{24, {"i8", 1, 1}, "I8"},
    Entry{25, {"i16", 1, 2}, "I16"},
    Entry{26, {"i32", 1, 4}, "I32"},
    Entry{27, {"i64", 1, 8}, "I64"},
    Entry{28, {"f64", 1, 8}, "FP64"},
    Entry{29, {"iq1_m", QK_K, QK_K / 8 + QK_K / 16 + QK_K / 32}, "IQ1_M"}, // 56
    Entry{30, {"bf16", 1, 2}, "BF16"},
    Entry{34, {"tq1_0", QK_K, (QK_K - 4 * QK_K / 64) / 5 + QK_K / 64 + 2}, "TQ1_0"}, // 54
    Entry{35, {"tq2_0", QK_K, QK_K / 4 + 2}, "TQ2_0"},                               // 66
    Entry{39, {"mxfp4", 32, 1 + 16}, "MXFP4"}, // E8M0 shared exponent + 32 fp4 values
    Entry{40, {"nvfp4", 64, 4 + 32}, "NVFP4"}, // four E4M3 scales + 64 fp4 values
    Entry{41, {"q1_0", 128, 2 + 128 / 8}, "Q1_0"},
    Entry{42, {"q2_0", 64, 2 + 64 / 4}, "Q2_0"},
};

const Entry *entry(quint32 type)
{
    for (const Entry &e : Entries) {
        if (e.type == type)
            return &e;
    }
    return nullptr;
}

// llama.cpp's enum llama_ftype; 4-6 and 33-35 were removed.
struct FileType
{
    quint32 number;
    const char *name;
};

constexpr std::array FileTypes{
    FileType{0, "FP32"},       FileType{1, "FP16"},    FileType{2, "Q4_0"},    FileType{3, "Q4_1"},
    FileType{7, "Q8_0"},       FileType{8, "Q5_0"},    FileType{9, "Q5_1"},    FileType{10, "Q2_K"},
    FileType{11, "Q3_K_S"},    FileType{12, "Q3_K_M"}, FileType{13, "Q3_K_L"}, FileType{14, "Q4_K_S"},
    FileType{15, "Q4_K_M"},    FileType{16, "Q5_K_S"}, FileType{17, "Q5_K_M"}, FileType{18, "Q6_K"},
    FileType{19, "IQ2_XXS"},   FileType{20, "IQ2_XS"}, FileType{21, "Q2_K_S"}, FileType{22, "IQ3_XS"},
    FileType{23, "IQ3_XXS"},   FileType{24, "IQ1_S"},  FileType{25, "IQ4_NL"}, FileType{26, "IQ3_S"},
    FileType{27, "IQ3_M"},     FileType{28, "IQ2_S"},  FileType{29, "IQ2_M"},  FileType{30, "IQ4_XS"},
    FileType{31, "IQ1_M"},     FileType{32, "BF16"},   FileType{36, "TQ1_0"},  FileType{37, "TQ2_0"},
    FileType{38, "MXFP4_MOE"}, FileType{39, "NVFP4"},  FileType{40, "Q1_0"},   FileType{41, "Q2_0"},
};

} // namespace

namespace GgmlType {

const Traits *traits(quint32 type)
{
    const Entry *e = entry(type);
    return e ? &e->traits : nullptr;
}

QString quantName(quint32 type)
{
    const Entry *e = entry(type);
    return e ? QLatin1String(e->quantName) : QString();
}

QString fileTypeName(quint32 fileType)
{
    for (const FileType &f : FileTypes) {
        if (f.number == fileType)
            return QLatin1String(f.name);
    }
    return QString();
}

} // namespace GgmlType
