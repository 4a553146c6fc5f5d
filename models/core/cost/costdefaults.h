#pragma once

#include "models/core/records.h"

struct Dataset;

// What the cost question starts from when the user has not chosen, for the window and the command line
// alike.
namespace CostDefaults {

// The model the source's cost table self-hosts, so its quoted scenarios are comparable; without one, the
// top of the latest tier list; then the first model. nullptr for a dataset without models.
const ModelRecord *model(const Dataset &dataset);
// Whether an API is compared by default: it serves the model, or the source's cost table priced it.
bool isDefaultApi(const Dataset &dataset, const ApiPriceRecord &price, qint64 modelId);

} // namespace CostDefaults
