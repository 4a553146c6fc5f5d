#pragma once

#include "models/modelfiles/ggufreader.h"
#include "models/modelfiles/modelfilefacts.h"

#include <QCoreApplication>

// Turns a GGUF's header into model facts, reading the keys as llama.cpp does: the architecture's
// hyperparameters under "<general.architecture>.", the parameters and weight bytes from the tensors
// themselves, so an MoE's total is exact and its active count is the total less the unused share of the
// routed-expert tensors (ffn_*_exps).
class GgufModel
{
    Q_DECLARE_TR_FUNCTIONS(GgufModel)

public:
    // Facts from contents read without error; a missing or mistyped key the facts need is an error naming it.
    static ModelFileFacts facts(const GgufContents &contents);
};
