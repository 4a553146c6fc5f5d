#include "models/core/cost/costcomparison.h"

CostComparison CostComparison::compute(const ModelRecord &model, const QList<GpuConfiguration> &configurations,
                                       const QList<ApiPriceRecord> &apis, const QList<GpuRecord> &allGpus,
                                       double volume, const CostAssumptions &given)
{
    // A workload decides the volume and the input:output ratio (see CostAssumptions::workload).
    const CostAssumptions assumptions = CostModel::withWorkloadRatio(given);
    const double tokensPerMonth = CostModel::workloadTokensPerMonth(assumptions, volume);
    CostComparison c;
    c.tokensPerMonth = tokensPerMonth;
    for (const GpuConfiguration &configuration : configurations)
        c.options.append(CostModel::selfHostOption(model, configuration, tokensPerMonth, assumptions));
    const int firstApi = int(c.options.size());
    for (const ApiPriceRecord &api : apis)
        c.options.append(CostModel::apiOption(api, tokensPerMonth, assumptions));

    for (int i = 0; i < c.options.size(); ++i) {
        const CostOption &option = c.options.at(i);
        const bool meets = !option.serving || option.serving->meetsTargets;
        if (option.feasible && meets && (c.cheapestIndex < 0 || option.monthlyUsd < c.options.at(c.cheapestIndex).monthlyUsd))
            c.cheapestIndex = i;
    }
    for (int s = 0; s < firstApi; ++s) {
        if (!c.options.at(s).feasible)
            continue;
        for (int a = firstApi; a < c.options.size(); ++a)
            c.breakEvens.append({s, a, CostModel::breakEven(c.options.at(s), c.options.at(a))});
    }
    c.cheapestSearch = CostModel::cheapestConfiguration(model, allGpus, tokensPerMonth, assumptions);
    return c;
}
