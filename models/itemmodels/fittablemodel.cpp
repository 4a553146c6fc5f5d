#include "models/itemmodels/fittablemodel.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/core/formatting/machinenumbers.h"
#include "models/core/hugepages.h"
#include "models/core/vocabulary.h"

#include <QLocale>

#include <algorithm>

FitTableModel::FitTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

void FitTableModel::setDataset(const Dataset *dataset)
{
    m_dataset = dataset;
    m_calibrations = dataset ? Measurements::fitCalibrations(*dataset) : QList<Measurements::Calibration>();
    rebuildRows();
}

void FitTableModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuildRows();
}

void FitTableModel::setFocusModel(qint64 modelId)
{
    if (modelId == m_focusModelId)
        return;
    m_focusModelId = modelId;
    if (m_mode == Mode::OneModelAcrossQuantizations)
        rebuildRows();
}

void FitTableModel::setConfiguration(const GpuConfiguration &configuration)
{
    m_configuration = configuration;
    recompute();
}

void FitTableModel::setParameters(const FitParameters &parameters)
{
    m_parameters = parameters;
    recompute();
}

void FitTableModel::rebuildRows()
{
    beginResetModel();
    m_rows.clear();
    if (m_dataset) {
        if (m_mode == Mode::ModelsAtOneQuantization) {
            m_rows.reserve(m_dataset->models.size());
            adviseHugePages(m_rows);
            for (const ModelRecord &model : m_dataset->models)
                m_rows.append({&model, QString(), 0, {}, {}, 0, {}, std::nullopt});
        } else if (const ModelRecord *model = m_dataset->model(m_focusModelId)) {
            for (const QuantFormatRecord &format : m_dataset->quantFormats)
                m_rows.append({model, format.name, format.bitsPerWeight, {}, {}, 0, {}, std::nullopt});
        }
    }
    computeEstimates();
    endResetModel();
}

void FitTableModel::computeEstimates()
{
    for (Row &row : m_rows) {
        const FitParameters parameters = parametersFor(row);
        row.estimate = MemoryEstimator::estimate(*row.model, m_configuration, parameters);
        // The engine that runs it here, as the calibration was fitted: the chosen one or the format's default.
        const Measurements::Calibration *calibration = Measurements::calibrationFor(
            m_calibrations, m_configuration.gpu.id, SpeedModel::engineOn(m_configuration, parameters));
        row.speed = SpeedModel::estimate(*row.model, m_configuration, parameters, row.estimate,
                                         calibration ? std::optional(calibration->speed) : std::nullopt);
        row.calibrationRuns = calibration ? calibration->decodeRuns : 0;
        row.measured = m_dataset ? Measurements::runMatching(*m_dataset, row.model->id, parameters.quantName,
                                                             m_configuration, parameters)
                                 : Measurements::RunMatch{};
        row.inverse.reset();
    }
}

const FitTableModel::Inverse &FitTableModel::inverseAt(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.inverse) {
        const FitParameters parameters = parametersFor(r);
        Inverse inverse;
        inverse.maxContext = MemoryEstimator::maxContext(*r.model, m_configuration, parameters);
        const QuantFormatRecord *best = m_dataset ? MemoryEstimator::bestQuantization(
                                                        *r.model, m_configuration, parameters, m_dataset->quantFormats)
                                                  : nullptr;
        inverse.bestQuantization = best ? best->name : QString();
        inverse.smallestGpuCount = MemoryEstimator::smallestCount(*r.model, m_configuration.gpu, parameters);
        r.inverse = std::move(inverse);
    }
    return *r.inverse;
}

void FitTableModel::recompute()
{
    computeEstimates();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    // The speed columns' titles name the engine, which the assumptions choose.
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString FitTableModel::engineLabel() const
{
    if (SpeedModel::memoryFamily(m_configuration.gpu) == MemoryFamily::Unified)
        return SpeedModel::engineName(InferenceEngine::LlamaCpp);
    if (m_parameters.engine)
        return SpeedModel::engineName(*m_parameters.engine);
    if (m_mode == Mode::OneModelAcrossQuantizations)
        return tr("engine by format");
    return SpeedModel::engineName(SpeedModel::defaultEngine(m_parameters.quantName));
}

FitParameters FitTableModel::parametersFor(const Row &row) const
{
    FitParameters p = m_parameters;
    if (!row.quantName.isEmpty()) {
        p.quantName = row.quantName;
        p.bitsPerWeight = row.bitsPerWeight;
    }
    return MemoryEstimator::withMeasuredWeights(p, *row.model, measuredSizeFor(row));
}

const MeasuredSizeRecord *FitTableModel::measuredSizeFor(const Row &row) const
{
    if (!m_dataset || m_dataset->measuredSizes.isEmpty())
        return nullptr;
    return m_dataset->measuredSize(row.model->id, row.quantName.isEmpty() ? m_parameters.quantName : row.quantName);
}

QString FitTableModel::labelAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_mode == Mode::ModelsAtOneQuantization ? r.model->name : r.quantName;
}

int FitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FitTableModel::columnKey(int column) const
{
    static const char *const keys[ColumnCount] = {
        "model",         "quant", "weights_bytes", "weights_source", "kv_cache_bytes", "overhead_bytes",      "total_bytes",
        "capacity_bytes", "headroom_bytes", "fits", "verdict", "max_context", "best_quant", "smallest_gpu_count", "decode_tokens_per_s",
        "offloaded_bytes", "decode_bound_tokens_per_s", "prefill_tokens_per_s", "time_to_first_token_s", "engine",
        "decode_basis", "calibration_runs", "measured_vram_bytes", "measured_decode_tokens_per_s"};
    return QString::fromLatin1(keys[column]);
}

QString FitTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Model: return tr("Model");
    case Quantization: return tr("Quantization");
    case WeightsBytes: return tr("Weights");
    case WeightsSource: return tr("Weights from");
    case KvCacheBytes: return tr("KV cache");
    case OverheadBytes: return tr("Overhead");
    case TotalBytes: return tr("Needed");
    case CapacityBytes: return tr("Usable");
    case HeadroomBytes: return tr("Headroom");
    case Fits: return tr("Fits");
    case Verdict: return tr("Verdict");
    case MaxContext: return tr("Max context");
    case BestQuantization: return tr("Best format");
    case SmallestGpuCount: return tr("Fewest GPUs");
    case DecodeTokensPerS: return tr("Decode tok/s (%1)").arg(engineLabel());
    case OffloadedBytes: return tr("In system RAM");
    case DecodeBoundTokensPerS: return tr("Decode ceiling tok/s");
    case PrefillTokensPerS: return tr("Prefill tok/s (%1)").arg(engineLabel());
    case TimeToFirstTokenS: return tr("First token (s)");
    case Engine: return tr("Engine");
    case DecodeBasis: return tr("Decode basis");
    case CalibrationRuns: return tr("Calibration runs");
    case MeasuredVramBytes: return tr("Measured memory");
    case MeasuredDecodeTokensPerS: return tr("Measured decode tok/s");
    case ColumnCount: break;
    }
    return QString();
}

QString FitTableModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case WeightsBytes: return tr("Parameters x bits per weight / 8, or the size measured from a model file; every MoE expert is resident");
    case WeightsSource: return tr("Whether the weights were measured from a model file or estimated");
    case KvCacheBytes: return tr("Batch x context x cached layers x per-token size for the attention kind");
    case OverheadBytes: return tr("Runtime reserve per GPU plus the activation buffer for a prefill chunk");
    case CapacityBytes: return tr("GPUs x memory x utilisation fraction");
    case MaxContext: return tr("Longest context that still fits, up to the model's own limit");
    case BestQuantization: return tr("The highest-precision weight format that fits this configuration");
    case SmallestGpuCount: return tr("The fewest GPUs of this type (up to %1) that hold the model as configured")
                                        .arg(Vocabulary::MaxGpuCount);
    case DecodeTokensPerS:
        return tr("Expected for one stream as the engine runs the model: bytes read per token (active weights "
                  "and the KV cache on the GPUs, routed experts in system RAM) over the bandwidth the engine "
                  "achieves in published runs. llama.cpp splits the layers, so its GPUs' bandwidths do not add "
                  "up; vLLM splits every layer and they do.");
    case DecodeBoundTokensPerS:
        return tr("The ceiling for one stream: the same bytes over the peak bandwidths, with no overhead");
    case PrefillTokensPerS:
        return tr("Reading the prompt: 2 x active parameters per token over the dense FP16 rate the engine "
                  "achieves");
    case TimeToFirstTokenS: return tr("Reading the prompt plus one decoded token");
    case OffloadedBytes: return tr("Routed experts kept in system RAM when expert offload is on");
    case DecodeBasis:
        return tr("Calibrated: the efficiency fitted to your measured runs on this GPU type with this engine "
                  "(import them with File > Import or llm-atlas import --kind measurements). Bandwidth bound: "
                  "the published runs' efficiency, not calibrated");
    case CalibrationRuns: return tr("Measured decode runs the calibration was fitted to");
    case MeasuredVramBytes:
        return tr("Peak memory of your run of this model and format on this configuration, at this context, "
                  "batch and KV cache type (import runs with File > Import or llm-atlas import --kind "
                  "measurements)");
    case MeasuredDecodeTokensPerS:
        return tr("Decode speed of your run of this model and format on this configuration at this batch");
    default: return QString();
    }
}

QVariant FitTableModel::rawValue(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const MemoryEstimate &e = r.estimate;
    switch (Column(column)) {
    case Model: return r.model->name;
    case Quantization: return r.quantName.isEmpty() ? m_parameters.quantName : r.quantName;
    case WeightsBytes: return MachineNumbers::bytes(e.weightsBytes);
    case WeightsSource: return e.weightsMeasured ? QStringLiteral("measured") : QStringLiteral("estimated");
    case KvCacheBytes: return MachineNumbers::bytes(e.kvCacheBytes);
    case OverheadBytes: return MachineNumbers::bytes(e.overheadBytes);
    case TotalBytes: return MachineNumbers::bytes(e.totalBytes);
    case CapacityBytes: return MachineNumbers::bytes(e.capacityBytes);
    case HeadroomBytes: return MachineNumbers::bytes(e.headroomBytes);
    case Fits: return e.fits;
    case Verdict: return MemoryEstimator::verdictKey(e.verdict);
    case MaxContext: {
        // None fits: null, as the best format is then.
        const qint64 tokens = inverseAt(row).maxContext;
        return tokens > 0 ? QVariant(tokens) : QVariant();
    }
    case BestQuantization: {
        const QString &best = inverseAt(row).bestQuantization;
        return best.isEmpty() ? QVariant() : QVariant(best);
    }
    case SmallestGpuCount: {
        const int count = inverseAt(row).smallestGpuCount;
        return count > 0 ? QVariant(count) : QVariant();
    }
    // No speed for a model that does not fit: null, not a figure from bandwidth alone.
    case DecodeTokensPerS:
        return r.speed.available ? QVariant(MachineNumbers::tokensPerSecond(r.speed.decodeTokensPerS)) : QVariant();
    case OffloadedBytes: return MachineNumbers::bytes(e.offloadedBytes);
    case DecodeBoundTokensPerS:
        return r.speed.available ? QVariant(MachineNumbers::tokensPerSecond(r.speed.decodeBoundTokensPerS))
                                 : QVariant();
    case PrefillTokensPerS:
        return r.speed.available ? QVariant(MachineNumbers::tokensPerSecond(r.speed.prefillTokensPerS)) : QVariant();
    case TimeToFirstTokenS:
        return r.speed.available ? QVariant(MachineNumbers::toDecimals(r.speed.timeToFirstTokenS, 3)) : QVariant();
    case Engine: return SpeedModel::engineKey(r.speed.engine);
    case DecodeBasis:
        if (!r.speed.available)
            return QVariant();
        return r.calibrationRuns > 0 ? QStringLiteral("calibrated") : QStringLiteral("bound");
    case CalibrationRuns: return r.calibrationRuns;
    case MeasuredVramBytes: {
        const std::optional<double> bytes = measuredVramAt(row);
        return bytes ? QVariant(MachineNumbers::bytes(*bytes)) : QVariant();
    }
    case MeasuredDecodeTokensPerS: {
        const std::optional<double> speed = r.measured.run ? r.measured.run->decodeTokensPerS : std::nullopt;
        return speed ? QVariant(MachineNumbers::tokensPerSecond(*speed)) : QVariant();
    }
    case ColumnCount: break;
    }
    return QVariant();
}

bool FitTableModel::hasMeasurements() const
{
    return m_dataset && !m_dataset->measurements.isEmpty();
}

std::optional<double> FitTableModel::measuredVramAt(int row) const
{
    const Measurements::RunMatch &measured = m_rows.at(row).measured;
    return measured.run && measured.sameMemorySetting ? measured.run->vramBytes : std::nullopt;
}

QVariant FitTableModel::sortValue(int row, int column) const
{
    if (column == Verdict)
        return int(m_rows.at(row).estimate.verdict);
    if (column == MaxContext)
        return inverseAt(row).maxContext;
    if (column == DecodeTokensPerS || column == DecodeBoundTokensPerS || column == PrefillTokensPerS
        || column == MeasuredDecodeTokensPerS)
        return rawValue(row, column).toDouble(); // no speed sorts as the slowest
    return rawValue(row, column);
}

QString FitTableModel::displayText(int row, int column) const
{
    const Row &r = m_rows.at(row);
    switch (Column(column)) {
    case WeightsBytes:
    case KvCacheBytes:
    case OverheadBytes:
    case TotalBytes:
    case CapacityBytes:
    case HeadroomBytes:
    case OffloadedBytes: return Format::gigabytes(rawValue(row, column).toDouble());
    case MeasuredVramBytes: {
        const std::optional<double> bytes = measuredVramAt(row);
        return bytes ? Format::gigabytes(*bytes) : tr("—");
    }
    case WeightsSource: return r.estimate.weightsMeasured ? tr("measured") : tr("estimated");
    case Fits: return r.estimate.fits ? tr("yes") : tr("no");
    case Verdict: return MemoryEstimator::verdictName(r.estimate.verdict);
    case MaxContext: {
        // "6K" for 6,116 tokens would be more than fits: written in full where K or M would round it.
        const qint64 tokens = inverseAt(row).maxContext;
        return tokens > 0 ? Format::exactContextTokens(tokens) : tr("none");
    }
    case BestQuantization: {
        const QString &best = inverseAt(row).bestQuantization;
        return best.isEmpty() ? tr("none") : best;
    }
    case SmallestGpuCount: {
        const int count = inverseAt(row).smallestGpuCount;
        return count > 0 ? tr("%1x %2").arg(count).arg(m_configuration.gpu.name) : tr("more than %1").arg(Vocabulary::MaxGpuCount);
    }
    case DecodeTokensPerS:
    case DecodeBoundTokensPerS:
    case PrefillTokensPerS:
    case MeasuredDecodeTokensPerS: {
        const QVariant value = rawValue(row, column);
        return value.isNull() ? tr("—") : QLocale().toString(value.toDouble(), 'f', 0);
    }
    case TimeToFirstTokenS:
        return r.speed.available ? QLocale().toString(r.speed.timeToFirstTokenS, 'f', 2) : tr("—");
    case Engine: return SpeedModel::engineName(r.speed.engine);
    case DecodeBasis:
        if (!r.speed.available)
            return tr("—");
        return r.calibrationRuns > 0 ? tr("calibrated") : tr("bandwidth bound");
    default: return rawValue(row, column).toString();
    }
}

QString FitTableModel::speedToolTip(int row) const
{
    const Row &r = m_rows.at(row);
    const SpeedEstimate &s = r.speed;
    if (!s.available)
        return tr("%1 does not fit %2 as configured, so no speed is given.").arg(r.model->name, m_configuration.name());
    const FitParameters p = parametersFor(r);
    QString text = tr("Expected %1 tok/s with %2 (%3); ceiling %4 tok/s from peak bandwidth.\n"
                      "Per token: %5 read on the GPUs")
                       .arg(QLocale().toString(s.decodeTokensPerS, 'f', 1), SpeedModel::engineName(s.engine),
                            s.basis, QLocale().toString(s.decodeBoundTokensPerS, 'f', 1),
                            Format::gigabytes(s.gpuBytesPerToken));
    if (s.expertsInSystemRam) {
        text += tr(", %1 of routed experts from system RAM at %2 GB/s (an assumption you can change)")
                    .arg(Format::gigabytes(s.systemBytesPerToken), QLocale().toString(p.systemMemoryBandwidthGbPerS));
    }
    text += tr(".\nA prompt of %1 tokens is read at %2 tok/s; the first token follows after %3 s.")
                .arg(QLocale().toString(s.promptTokens), QLocale().toString(s.prefillTokensPerS, 'f', 0),
                     QLocale().toString(s.timeToFirstTokenS, 'f', 2));
    return text;
}

QString FitTableModel::measuredToolTip(int row) const
{
    const Row &r = m_rows.at(row);
    const MeasurementRecord *run = r.measured.run;
    if (!run) {
        const FitParameters p = parametersFor(r);
        return tr("No run of %1 at %2 on %3 with batch %4 has been imported.")
            .arg(r.model->name, p.quantName, m_configuration.name(), QString::number(p.batch));
    }
    QString text = tr("Measured %1 with %2 tokens of context, batch %3, %4 KV cache: %5")
                       .arg(run->measuredOn.isEmpty() ? tr("(no date)") : run->measuredOn,
                            QLocale().toString(run->context), QString::number(std::max(run->batch, 1)),
                            run->kvQuant.isEmpty() ? QStringLiteral("FP16") : run->kvQuant, run->source);
    if (run->vramBytes && !r.measured.sameMemorySetting)
        text += tr("\nIts memory (%1) was at another context or KV cache type, so it is not compared here.")
                    .arg(Format::gigabytes(*run->vramBytes));
    return text;
}

QString FitTableModel::toolTip(int row, int column) const
{
    if (column == MeasuredVramBytes || column == MeasuredDecodeTokensPerS)
        return measuredToolTip(row);
    if (column == DecodeTokensPerS || column == DecodeBoundTokensPerS || column == PrefillTokensPerS
        || column == TimeToFirstTokenS || column == Engine || column == DecodeBasis || column == CalibrationRuns)
        return speedToolTip(row);
    const Row &r = m_rows.at(row);
    const MemoryEstimate &e = r.estimate;
    const FitParameters p = parametersFor(r);
    const std::optional<double> measuredVram = measuredVramAt(row);
    return tr("%1 at %2 (%3 bits/weight) on %4\n"
              "Weights %5 + KV cache %6 (%7 tokens x %8, %9) + overhead %10 = %11\n"
              "Usable %12 (%13% of %14)%15")
        .arg(r.model->name, p.quantName, QLocale().toString(p.bitsPerWeight), m_configuration.name(),
             Format::gigabytes(e.weightsBytes), Format::gigabytes(e.kvCacheBytes),
             QLocale().toString(p.contextTokens), QString::number(p.batch),
             MemoryEstimator::kvPrecisionName(p.kvPrecision))
        .arg(Format::gigabytes(e.overheadBytes), Format::gigabytes(e.totalBytes), Format::gigabytes(e.capacityBytes),
             QString::number(qRound(p.utilisation * 100)), Format::gigabytes(m_configuration.memoryBytes()),
             e.offloadedBytes > 0 ? tr("\nRouted experts in system RAM: %1").arg(Format::gigabytes(e.offloadedBytes))
                                  : QString())
           + (e.weightsMeasured ? tr("\nWeights measured from %1").arg(measuredSizeFor(r)->fileName) : QString())
           + (measuredVram ? tr("\nMeasured in your run: %1").arg(Format::gigabytes(*measuredVram)) : QString());
}

qint64 FitTableModel::recordId(int row) const
{
    return m_rows.at(row).model->id;
}
