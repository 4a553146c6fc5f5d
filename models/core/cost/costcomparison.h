#pragma once

#include "models/core/cost/costmodel.h"

// The cost question for one model at one monthly volume: every chosen GPU configuration and API priced,
// the cheapest feasible option, and where each self-hosting option breaks even with each API.
struct CostComparison
{
    struct BreakEvenPair
    {
        int selfHostIndex = -1; // into options
        int apiIndex = -1;
        BreakEven breakEven;
    };

    double tokensPerMonth = 0; // the volume given, or the one assumptions.workload implies
    QList<CostOption> options; // configurations first, then APIs, in the order asked for
    int cheapestIndex = -1;    // the cheapest feasible option, or -1
    QList<BreakEvenPair> breakEvens;
    std::optional<CostOption> cheapestSearch; // cheapest configuration over every GPU type x 1..8

    static CostComparison compute(const ModelRecord &model, const QList<GpuConfiguration> &configurations,
                                  const QList<ApiPriceRecord> &apis, const QList<GpuRecord> &allGpus,
                                  double tokensPerMonth, const CostAssumptions &assumptions);
};
