#pragma once

#include "models/core/estimation/memoryestimator.h"
#include "models/core/estimation/speedmodel.h"
#include "models/core/records.h"

#include <QString>

#include <optional>

// Sizes a deployment from its traffic and latency targets: how many copies of one GPU configuration serve a
// peak request rate with the time to first token (TTFT) and time per output token (TPOT) the team promises.
// Every formula is here and in the README ("Serving capacity").
//
// INPUTS. Peak requests per second lambda, or N concurrent users who each send a request, wait for the
// answer and think for Z seconds before the next (a closed loop; the interactive response time law):
//   lambda = N / (Z + R),  R = TTFT target + O x TPOT target (the target given; a missing one counts 0)
// R is the response a deployment sized to its targets gives, so lambda is one figure for every
// configuration and the volume and API bill follow from it. A deployment that answers faster brings its users
// back sooner (at most N / Z); with no targets R = 0 and lambda = N / Z, that bound. N and Z with no target
// and Z = 0 give no rate and are refused.
// Then: mean prompt tokens P and output tokens O per request; the share F of prompt tokens a prefix cache
// serves; the TTFT and TPOT targets, read as p95 or as means (TargetStatistic).
//
// PER REPLICA (one copy of the configuration, the engine of models/core/estimation/speedmodel.h, its efficiencies or a
// team's calibration: plan() takes a SpeedCalibration, which replaces the published efficiencies in every
// speed below, and the plan says so, with the runs behind it):
//   weights fit?          weights + runtime overhead <= usable memory, else "memory" and nothing more
//   KV per sequence       held: kv(P + O) (a request at its end);  read per step: kv(P + O/2) (on average)
//   B_mem                 floor((usable - weights - overhead) / kv(P + O)), at most maxBatch; 0: "memory"
//   prefill per request   T_pf = (2 x A x P_c + 2 x layers x heads x head dim x P_c x P) / C
//                         with P_c = P x (1 - F) the tokens actually computed, A the active parameters and
//                         C = SpeedModel::prefillFlopsPerS (dense FP16 rate x compute efficiency x GPUs
//                         working at once). Prefill is compute-bound.
//   decode step at b      s(b) = SpeedModel::batchStep(b, kv(P + O/2)).stepTimeS
//                         = max((weights + b x KV) / (bandwidth x efficiency) + overheads,
//                               2 x A x b / C_decode)
//   replica capacity      mu(b) = 1 / (T_pf + O x s(b) / b) requests/s: each request takes T_pf of the GPU
//                         for its prompt and O / b of the steps it shares with b - 1 others
//   prefill share         a replica taking lambda_r requests/s spends lambda_r x T_pf of its time on prompts;
//                         decode steps are stretched by it (chunked prefill interleaves the two):
//                         TPOT(b, lambda_r) = s(b) / (1 - lambda_r x T_pf)
//   queueing (M/M/1)      prompts wait as in an M/M/1 queue whose server is busy rho = lambda_r / mu(b) of
//                         the time and serves a prompt in T_pf:
//                         TTFT(rho) = k x T_pf / (1 - rho) + s(b),  k = 1 for the mean, ln 20 (= 3.0) for
//                         the p95 of the M/M/1 sojourn time (exponential with mean T_pf / (1 - rho))
//   utilisation ceiling   rho_max = min(MaxUtilisation, 1 - k x T_pf / (TTFT target - s(b)))
//                         (MaxUtilisation alone without a TTFT target)
//   sustainable rate      lambda_max(b) = min(rho_max x mu(b), (1 - s(b) / TPOT target) / T_pf)
//                         (the second term keeps the stretched TPOT within its target)
//   the batch             among b = 1..B_mem with s(b) <= TPOT target, the one with the largest
//                         lambda_max(b), the smallest such b on ties. A tighter TPOT target never raises it.
//                         When no b meets the target (s(1) > target) the targets are reported as not met and
//                         the replica is sized as if there were no TPOT target.
// TPOT is a mean over a request's tokens; decode steps vary little, so its p95 is taken to be the same.
//
// DEPLOYMENT. replicas = ceil(lambda / lambda_max(b)); achieved figures at lambda_r = lambda / replicas, and
// the busy share rho = lambda_r / mu(b) <= rho_max (what the cost table's Busy column shows).
// limited_by: "memory" when the weights do not fit or the KV cache caps the batch (b = B_mem < maxBatch);
// else "compute" when prefill takes more of a request's GPU time than decoding (T_pf > O x s(b) / b) or the
// decode step is compute-bound; else "bandwidth".
//
// HOURS. Always on: every replica runs all month, and the volume is lambda x the average traffic's share of
// the peak (CostAssumptions::utilisation) x (P + O) x 3600 x hours. Or a daily profile: traffic is at its
// peak for H hours a day and at a share f of it the other 24 - H (night, weekends folded in), rented replicas
// follow it hour by hour:
//   off-peak replicas     R_off = max(1, ceil(f x lambda / lambda_max(b)))  (one stays up to answer at all)
//   replica-hours share   (H x replicas + (24 - H) x R_off) / (24 x replicas) of the always-on month
//   average share of peak (H + (24 - H) x f) / 24, which replaces the utilisation in the volume
// Owned GPUs are bought for the peak: the profile lowers only their power.
//
// Not modelled: the KV cache a prefix cache shares between sequences (each sequence holds its own, which
// errs towards smaller batches), MoE routing at large batches (optimistic), routed experts in system RAM
// (serving needs the whole model on the GPUs), and speculative decoding.

enum class TargetStatistic { P95, Mean };
enum class LimitingResource { Compute, Bandwidth, Memory };

namespace ServingConstants {
// No replica is planned busier than this: an M/M/1 queue's waits grow without bound as rho nears 1, and
// real traffic is burstier than Poisson within a peak hour. A planning convention, not a measurement.
constexpr double MaxUtilisation = 0.9;
// ln 20: the p95 of an exponential distribution is ln(1 / 0.05) times its mean.
constexpr double P95OverMean = 2.995732273553991;
} // namespace ServingConstants

// Traffic at its peak for peakHours a day and at offPeakShare of the peak the rest (see HOURS above).
struct DailyProfile
{
    double peakHours = 24;
    double offPeakShare = 0;
    double averageShareOfPeak() const { return (peakHours + (24 - peakHours) * offPeakShare) / 24; }
};

struct ServingWorkload
{
    double requestsPerS = 0; // at peak; used when concurrentUsers is 0
    double concurrentUsers = 0;
    double thinkTimeS = 0;
    double promptTokens = 0; // mean per request
    double outputTokens = 0; // mean per request
    double prefixCacheShare = 0; // of the prompt tokens, 0..1
    std::optional<double> ttftTargetS;
    std::optional<double> tpotTargetS;
    TargetStatistic statistic = TargetStatistic::P95;
    std::optional<DailyProfile> profile; // none: always on

    // lambda: requestsPerS, or N / (Z + R) for concurrent users (see the header comment).
    double peakRequestsPerS() const;
};

struct ServingPlan
{
    bool weightsFit = false;
    bool feasible = false; // a replica can serve at least one request (the weights and one sequence fit)
    bool meetsTargets = false;
    bool tpotReachable = true; // some batch has s(b) <= the TPOT target
    bool ttftReachable = true; // k x T_pf + s(b) < the TTFT target at the chosen batch
    LimitingResource limitedBy = LimitingResource::Memory;
    InferenceEngine engine = InferenceEngine::LlamaCpp;
    QString basis; // whose efficiencies: "published vLLM runs" or a calibration's basis
    // The speeds are a team's calibration (of calibrationRuns measured runs; 0 when set by hand) rather than
    // the bounds at the published efficiencies.
    bool calibrated = false;
    int calibrationRuns = 0;
    QString reason; // why not feasible or why the targets are not met, for people; empty otherwise

    double kvBytesHeld = 0;    // kv(P + O)
    double kvBytesRead = 0;    // kv(P + O/2)
    int memoryBatch = 0;       // B_mem
    int batch = 0;             // b
    double prefillS = 0;       // T_pf
    double stepS = 0;          // s(b)
    bool stepComputeLimited = false;
    double replicaRequestsPerS = 0;   // mu(b)
    double utilisationCeiling = 0;    // rho_max
    double maxRequestsPerS = 0;       // lambda_max(b): what one replica sustains at the targets
    double peakRequestsPerS = 0;      // lambda
    qint64 replicas = 0;
    double utilisation = 0;           // rho at lambda / replicas
    double ttftS = 0;                 // achieved, in the workload's statistic
    double tpotS = 0;                 // achieved
};

namespace ServingModel {

QString statisticKey(TargetStatistic statistic);   // "p95", "mean"
QString limitingKey(LimitingResource resource);     // "compute", "bandwidth", "memory"
QString limitingName(LimitingResource resource);    // for people, translated

// Why the workload cannot be planned, or an empty string.
QString invalidWorkload(const ServingWorkload &workload);

// Tokens a month the workload sends and receives: lambda x averageShareOfPeak x (P + O) x 3600 x hours.
double tokensPerMonth(const ServingWorkload &workload, double averageShareOfPeak, double hoursPerMonth);
// The profile's average share of the peak, or the fallback (the utilisation) when always on.
double averageShareOfPeak(const ServingWorkload &workload, double fallback);
// R_off, and the share of the always-on month's replica-hours the profile runs (1 when always on).
qint64 offPeakReplicas(const ServingPlan &plan, const ServingWorkload &workload);
double replicaHoursShare(const ServingPlan &plan, const ServingWorkload &workload);

// The plan for one configuration. fit gives the format, KV precision, memory share and engine; its context
// and prompt lengths are replaced by the workload's.
ServingPlan plan(const ModelRecord &model, const GpuConfiguration &config, const ServingWorkload &workload,
                 const FitParameters &fit, int maxBatch = 256,
                 const std::optional<SpeedCalibration> &calibration = {});

} // namespace ServingModel
