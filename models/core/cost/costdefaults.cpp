#include "models/core/cost/costdefaults.h"

#include "models/core/dataset.h"

#include <algorithm>

namespace CostDefaults {

const ModelRecord *model(const Dataset &dataset)
{
    for (const QuotedCostRecord &quote : dataset.quotedCosts) {
        if (quote.gpuId && quote.modelId) {
            if (const ModelRecord *model = dataset.model(*quote.modelId))
                return model;
        }
    }
    if (const TierListRecord *list = dataset.latestTierList()) {
        for (const TierEntryRecord &entry : dataset.tierEntries) {
            if (entry.tierListId == list->id && entry.rank == 1) {
                if (const ModelRecord *model = dataset.model(entry.modelId))
                    return model;
            }
        }
    }
    return dataset.models.isEmpty() ? nullptr : &dataset.models.first();
}

bool isDefaultApi(const Dataset &dataset, const ApiPriceRecord &price, qint64 modelId)
{
    return price.modelId == modelId
           || std::any_of(dataset.quotedCosts.cbegin(), dataset.quotedCosts.cend(),
                          [&price](const QuotedCostRecord &quote) { return quote.apiPriceId == price.id; });
}

} // namespace CostDefaults
