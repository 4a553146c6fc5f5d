#pragma once

#include "models/core/cost/servingmodel.h"
#include "models/core/estimation/measurements.h"
#include "models/core/estimation/memoryestimator.h"
#include "models/core/estimation/speedmodel.h"
#include "models/core/records.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Dataset;

// What a monthly token volume costs through an API or on GPUs a team rents or buys, where the two cross,
// and whether the seed article's cost table adds up. Each result keeps the figures behind it, so the cost
// view and the command line can show the working rather than just the answer.

enum class Ownership { Rent, Own };
enum class CostOptionKind { Api, SelfHost };

struct CostAssumptions
{
    // Input:output tokens in the volume. Volumes count both sides; API prices differ per side.
    double inputRatio = 3;
    double outputRatio = 1;
    // Share of a configuration's peak throughput used on average over the month: traffic has peaks and
    // quiet hours, and GPUs sized for the peak idle in between. Not fit.utilisation, which is memory.
    // With a workload it is the average traffic's share of the peak the workload names.
    double utilisation = 0.6;
    Ownership ownership = Ownership::Rent;
    int amortisationMonths = 36;  // owned GPUs: purchase price spread over this many months
    double powerUsdPerKwh = 0.15; // owned GPUs draw their full TDP all month: a deliberate upper bound
    double hoursPerMonth = 730;   // 8760 / 12
    // Aggregate tokens/s of one configuration, for a user who has measured it: replaces the estimate.
    std::optional<double> throughputOverrideTokensPerS;
    // Engines cap the sequences decoded together (vLLM's default max_num_seqs is 256), and gains flatten
    // long before that on most GPUs.
    int maxBatch = 256;
    // Quantization, context per sequence and KV precision: decide the memory fit, the bytes read per
    // decode step and how many sequences fit beside the weights.
    FitParameters fit;
    // A team's measurement of the GPU with the engine (the measurements issue): replaces the published
    // efficiencies in every speed the cost uses.
    std::optional<SpeedCalibration> calibration;
    // A team's calibrations per GPU type and engine (Measurements::fitCalibrations): where calibration is
    // not set, the one of a configuration's GPU and engine is used for that configuration.
    QList<Measurements::Calibration> calibrations;
    // Traffic and latency targets. When set, replicas come from ServingModel::plan (peak requests/s at the
    // TTFT and TPOT targets), the volume from the workload and the input:output ratio is prompt:output
    // (CostComparison applies both); otherwise from the monthly volume and the throughput below.
    std::optional<ServingWorkload> workload;
};

// How many tokens a second one configuration can generate, with every step of the reasoning.
//
// Decoding is a sequence of steps; each step produces one token for every sequence in the batch and must
// read the weights of the parameters a token uses (the ACTIVE parameters, at the format's bits per weight)
// plus each sequence's KV cache. The step is the speed model's batched decode (SpeedModel::batchStep), at
// the engine's achieved efficiency (or a calibration's), so the GPUs' bandwidths add up only where the
// engine splits every layer over them (vLLM's tensor parallelism), never with llama.cpp's layer split:
//   memory time(B)   = (W + B x K) / (GPUs in parallel x bandwidth x efficiency) + per-step overheads
//   compute time(B)  = 2 x active parameters x B / (GPUs in parallel x FP16 FLOP/s x compute efficiency)
//   step(B)          = max(memory time, compute time)
//   per-stream rate  = 1 / step(B);  aggregate = B / step(B)
//   bandwidth-bound aggregate = B / memory time(B);  compute-bound aggregate = B / compute time(B)
// where B is the largest batch whose KV caches fit in the memory left after weights and overhead, capped
// at CostAssumptions::maxBatch. Every sequence is counted at the full context (fit.contextTokens), which
// keeps B and the rate on the safe side. Without a workload, all tokens, input and output, are counted at
// this decode rate; prompt tokens are really processed faster (compute-bound prefill), which the serving
// model (models/core/cost/servingmodel.h) counts when a workload is given. For an MoE model a batch touches more
// experts than one token does, so the bound is optimistic at large batches there; the option's notes say so.
struct ThroughputEstimate
{
    double weightsBytesPerStep = 0;      // active parameters x bits per weight / 8
    double kvBytesPerSequence = 0;       // one sequence at fit.contextTokens, including any recurrent state
    double bandwidthBytesPerS = 0;       // peak, pooled over the configuration's GPUs (for reference)
    double freeBytesForKv = 0;           // usable memory - weights - overhead
    int batch = 0;                       // B; 0 when not even one sequence fits
    bool batchCapped = false;            // B was limited by maxBatch, not by memory
    double singleStreamTokensPerS = 0;   // BW / (W + K): one user alone
    double perStreamTokensPerS = 0;      // BW / (W + B x K)
    double bandwidthBoundTokensPerS = 0; // B x perStream
    double computeBoundTokensPerS = 0;
    double estimatedTokensPerS = 0; // min(bandwidth bound, compute bound)
    bool computeLimited = false;    // the compute bound is the smaller one
    double aggregateTokensPerS = 0; // what the cost uses: the override when set, else the estimate
    bool overridden = false;
    InferenceEngine engine = InferenceEngine::LlamaCpp; // whose batched decode
    QString basis;                  // "published vLLM runs", or the calibration's basis
};

// One way of serving the volume, priced.
struct CostOption
{
    QString label; // "DeepSeek deepseek-chat (V3.2) API", "Qwen 3.5 on 2x A100 80GB (rented)"
    CostOptionKind kind = CostOptionKind::Api;
    double volumeTokensPerMonth = 0;
    // +infinity when the option is not feasible: it cannot be had at any price, and sorts last.
    double monthlyUsd = 0;
    // monthlyUsd / (volume / 1e6). For an API this is the blended price at any volume; self-hosting at a
    // volume of zero gives +infinity.
    double usdPerMillionTokens = 0;
    // Tokens a month all replicas serve at the assumed utilisation. std::nullopt for an API: the provider
    // scales, so no capacity limit is modelled. 0 for a self-hosting option that is not feasible.
    std::optional<double> capacityTokensPerMonth;
    // volume / capacity: how busy the provisioned GPUs are. With a workload: the share of time each
    // replica's GPUs are busy at peak (ServingPlan::utilisation, rho), at most the plan's ceiling.
    // std::nullopt for an API or when not feasible.
    std::optional<double> utilisation;
    qint64 replicas = 0; // copies of the configuration the volume needs; 0 for an API
    bool feasible = false;
    QString reason;    // why not feasible, for people; empty when feasible
    QStringList notes; // what a reader of a feasible result should know: replicas added, power not counted...
    QString priceAsOf; // the API price's or the cloud price's as-of date; empty for owned GPUs

    // API options
    qint64 apiPriceId = 0;
    double inputUsdPerMtok = 0;
    double outputUsdPerMtok = 0;
    double blendedUsdPerMtok = 0; // at the assumptions' input:output ratio

    // Self-hosting options
    qint64 modelId = 0;
    GpuConfiguration configuration;
    Ownership ownership = Ownership::Rent;
    double replicaHardwareUsd = 0;            // a month of rent, or purchase price / amortisation months
    double replicaPowerUsd = 0;               // owned only
    double replicaMonthlyUsd = 0;             // hardware + power for one configuration
    double replicaCapacityTokensPerMonth = 0; // aggregate tokens/s x seconds a month x utilisation
    MemoryEstimate memory;
    ThroughputEstimate throughput;
    // With a workload: the serving plan the replicas come from. A feasible option may still miss the
    // targets (serving->meetsTargets); the cheapest searches pass over those.
    std::optional<ServingPlan> serving;
};

// Where a self-hosting option stops costing more than an API as the volume grows.
struct BreakEven
{
    // The smallest volume in the range at which self-hosting costs no more than the API; nullopt when none.
    std::optional<double> tokensPerMonth;
    // From here to the end of the range self-hosting never costs more. Later than tokensPerMonth when just
    // past a configuration's capacity the added replica makes the API cheaper again; nullopt when the two
    // keep crossing, or never cross, up to the range's end.
    std::optional<double> selfHostCheaperFrom;
    QString reason; // one or two sentences, for people, either way
};

// A finding of the quoted-cost audit, about one row of the article's cost table.
struct CostAuditFinding
{
    QString subject;         // the row's approach, as printed: "Claude Sonnet API"
    QString severity;        // "error" (the article is wrong), "warning" (unexplained or unchecked), "info"
    QString message;         // for people, with the figures
    double quoted = 0;       // the article's figure
    double computed = 0;     // the figure it was checked against
    qint64 quotedCostId = 0; // the QuotedCostRecord's id, so a view can put the verdict beside the row
    QString check;           // for machines: "cost_per_mtok", "io_ratio", "gpu_rent", "capacity"
};

namespace CostModel {

// The calibration the speeds of a configuration use: the assumptions' own, else the team's for its GPU
// type and engine, else none (the published efficiencies).
std::optional<SpeedCalibration> calibrationOn(const CostAssumptions &assumptions, const GpuConfiguration &config);

QString kindKey(CostOptionKind kind);      // "api", "self-host"
QString ownershipKey(Ownership ownership); // "rent", "own"

// (input x inputRatio + output x outputRatio) / (inputRatio + outputRatio); 0 when both ratios are 0.
double blendedUsdPerMtok(const ApiPriceRecord &price, double inputRatio, double outputRatio);

// Monthly cost = volume / 1e6 x blended price.
CostOption apiOption(const ApiPriceRecord &price, double tokensPerMonth, const CostAssumptions &assumptions);

ThroughputEstimate throughput(const ModelRecord &model, const GpuConfiguration &config,
                              const CostAssumptions &assumptions);

// Fits the model with assumptions.fit (MemoryEstimator::estimate decides), estimates throughput, adds
// replicas until the volume is served (with a workload: the serving plan's replicas for its peak, with
// capacity = lambda_max x (P + O) x 3600 x hours x utilisation tokens a month per replica) and prices them: rented = GPUs x $/hour x hours; owned = GPUs x
// street price / amortisation months + GPUs x TDP x hours x $/kWh / 1000. Not feasible, with a reason,
// when the model does not fit, the GPU has no price for the chosen ownership, or there is no throughput.
CostOption selfHostOption(const ModelRecord &model, const GpuConfiguration &config, double tokensPerMonth,
                          const CostAssumptions &assumptions);

// Solved in closed form: the API costs p x v / 1e6, self-hosting M x ceil(v / C) for a replica's monthly
// cost M and capacity C. Within each replica step self-hosting is flat while the API rises, so they cross
// at v1 = M x 1e6 / p if and only if v1 <= C, and after k replicas at k x v1.
BreakEven breakEven(const CostOption &selfHost, const CostOption &api, double minTokensPerMonth = 1e6,
                    double maxTokensPerMonth = 1e11);

// Tokens a month and the input:output ratio a workload implies (ServingModel::tokensPerMonth at the
// assumptions' utilisation and hours; prompt:output); the assumptions unchanged without a workload.
double workloadTokensPerMonth(const CostAssumptions &assumptions, double fallback);
CostAssumptions withWorkloadRatio(CostAssumptions assumptions);

// The cheapest feasible self-hosting option for the model over every GPU in gpus x 1..maxCount of it,
// rented or owned as the assumptions say; with a workload, only options meeting its targets. Ties go to fewer replicas, then fewer GPUs, then the earlier GPU.
std::optional<CostOption> cheapestConfiguration(const ModelRecord &model, const QList<GpuRecord> &gpus,
                                                double tokensPerMonth, const CostAssumptions &assumptions,
                                                int maxCount = Vocabulary::MaxGpuCount);

// Checks every quoted cost row: its monthly cost / (tokens / 1e6) against its cost per million (a factor
// when they disagree by more than 5%); for rows naming an API price, which input:output mix of the list
// prices (3:1 or 1:1) it used; for rows naming GPUs, their monthly rent against GPUs x $/hour x hours,
// and the capacity and cost per million the cost model gives them at the quoted volume.
QList<CostAuditFinding> auditQuotedCosts(const Dataset &data, const CostAssumptions &assumptions = {});

} // namespace CostModel
