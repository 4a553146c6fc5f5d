#include "models/itemmodels/measurementtablemodel.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/core/formatting/machinenumbers.h"

#include <QLocale>

#include <cmath>

namespace {

QVariant optionalValue(std::optional<double> value)
{
    return value && std::isfinite(*value) ? QVariant(*value) : QVariant();
}

} // namespace

MeasurementTableModel::MeasurementTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

MeasurementTableModel::Column MeasurementTableModel::measuredColumn(Quantity quantity)
{
    switch (quantity) {
    case Quantity::Decode: return MeasuredDecode;
    case Quantity::Prefill: return MeasuredPrefill;
    case Quantity::Memory: return MeasuredVram;
    }
    return MeasuredDecode;
}

MeasurementTableModel::Column MeasurementTableModel::estimatedColumn(Quantity quantity)
{
    return Column(measuredColumn(quantity) + 1);
}

MeasurementTableModel::Column MeasurementTableModel::errorColumn(Quantity quantity)
{
    return Column(measuredColumn(quantity) + 2);
}

void MeasurementTableModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_rows.clear();
    QList<Measurements::Comparison> comparisons;
    if (dataset) {
        m_rows.reserve(dataset->measurements.size());
        for (const MeasurementRecord &run : dataset->measurements) {
            const ModelRecord *model = dataset->model(run.modelId);
            const GpuRecord *gpu = dataset->gpu(run.gpuId);
            m_rows.append({Measurements::compare(*dataset, run), model ? model->name : QString(),
                           gpu ? gpu->name : QString()});
            comparisons << m_rows.constLast().comparison;
        }
    }
    m_summary = Measurements::summarize(comparisons);
    endResetModel();
}

int MeasurementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MeasurementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MeasurementTableModel::columnKey(int column) const
{
    // The keys of `llm-atlas measurements`, plus prefill and the engine.
    static const char *const keys[ColumnCount] = {
        "model", "quant", "gpu", "count",
        "measured_decode_tokens_per_s", "estimated_decode_tokens_per_s", "decode_error_pct",
        "measured_prefill_tokens_per_s", "estimated_prefill_tokens_per_s", "prefill_error_pct",
        "measured_vram_bytes", "estimated_vram_bytes", "vram_error_pct", "context", "batch", "engine", "source"};
    return QString::fromLatin1(keys[column]);
}

QString MeasurementTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Model: return tr("Model");
    case Quantization: return tr("Format");
    case Gpu: return tr("GPU");
    case Count: return tr("GPUs");
    case Context: return tr("Context");
    case Batch: return tr("Batch");
    case Engine: return tr("Engine");
    case MeasuredDecode: return tr("Decode measured");
    case EstimatedDecode: return tr("Decode estimated");
    case DecodeErrorPct: return tr("Decode error");
    case MeasuredPrefill: return tr("Prefill measured");
    case EstimatedPrefill: return tr("Prefill estimated");
    case PrefillErrorPct: return tr("Prefill error");
    case MeasuredVram: return tr("Memory measured");
    case EstimatedVram: return tr("Memory estimated");
    case VramErrorPct: return tr("Memory error");
    case Source: return tr("Source");
    case ColumnCount: break;
    }
    return QString();
}

QString MeasurementTableModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case MeasuredDecode:
    case EstimatedDecode: return tr("Tokens per second of one sequence while generating");
    case MeasuredPrefill:
    case EstimatedPrefill: return tr("Tokens per second while reading the prompt");
    case MeasuredVram:
    case EstimatedVram: return tr("Peak GPU memory over all the run's GPUs");
    case DecodeErrorPct:
    case PrefillErrorPct:
    case VramErrorPct:
        return tr("(estimated - measured) / measured x 100: positive where the estimate promised more than "
                  "the run gave. The estimate uses the published efficiencies, not your calibration");
    default: return QString();
    }
}

QVariant MeasurementTableModel::rawValue(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const Measurements::Comparison &c = r.comparison;
    const MeasurementRecord &run = c.run;
    switch (Column(column)) {
    case Model: return r.model;
    case Quantization: return run.quant;
    case Gpu: return r.gpu;
    case Count: return run.gpuCount;
    case Context: return run.context;
    case Batch: return run.batch;
    case Engine: return run.engine;
    case MeasuredDecode: return optionalValue(run.decodeTokensPerS);
    case EstimatedDecode: return optionalValue(c.estimatedDecode);
    case DecodeErrorPct: return optionalValue(c.decodeErrorPct);
    case MeasuredPrefill: return optionalValue(run.prefillTokensPerS);
    case EstimatedPrefill: return optionalValue(c.estimatedPrefill);
    case PrefillErrorPct: return optionalValue(c.prefillErrorPct);
    case MeasuredVram: return optionalValue(run.vramBytes);
    case EstimatedVram: return optionalValue(c.estimatedVram);
    case VramErrorPct: return optionalValue(c.vramErrorPct);
    case Source: return run.source;
    case ColumnCount: break;
    }
    return QVariant();
}

QString MeasurementTableModel::displayText(int row, int column) const
{
    const QVariant value = rawValue(row, column);
    switch (Column(column)) {
    case Context: return value.toLongLong() > 0 ? Format::exactContextTokens(value.toLongLong()) : tr("—");
    case MeasuredDecode:
    case EstimatedDecode: return value.isNull() ? tr("—") : QLocale().toString(value.toDouble(), 'f', 1);
    case MeasuredPrefill: // thousands of tokens a second: a tenth says nothing
    case EstimatedPrefill: return value.isNull() ? tr("—") : QLocale().toString(value.toDouble(), 'f', 0);
    case MeasuredVram:
    case EstimatedVram: return value.isNull() ? tr("—") : Format::gigabytes(value.toDouble());
    case DecodeErrorPct:
    case PrefillErrorPct:
    case VramErrorPct: {
        if (value.isNull())
            return tr("—");
        // Signed always: over- and underestimates read differently. Rounded first, so no "-0.0".
        const double pct = MachineNumbers::toDecimals(value.toDouble(), 1);
        const QString number = QLocale().toString(std::abs(pct), 'f', 1);
        return pct > 0 ? tr("+%1 %").arg(number) : pct < 0 ? tr("−%1 %").arg(number) : tr("%1 %").arg(number);
    }
    default: return value.toString();
    }
}

QString MeasurementTableModel::toolTip(int row, int) const
{
    const Row &r = m_rows.at(row);
    const MeasurementRecord &run = r.comparison.run;
    // One arg() with every part: a name holding "%1" is never substituted again.
    QString text = tr("%1 at %2 on %3x %4, %5 tokens of context, batch %6, %7")
                       .arg(r.model, run.quant, QLocale().toString(run.gpuCount), r.gpu,
                            QLocale().toString(run.context), QLocale().toString(run.batch), run.engine);
    if (!run.source.isEmpty())
        text += QLatin1Char('\n') + tr("From %1").arg(run.source);
    if (!run.measuredOn.isEmpty())
        text += QLatin1Char('\n') + tr("Measured on %1").arg(run.measuredOn);
    if (!run.notes.isEmpty())
        text += QLatin1Char('\n') + run.notes;
    return text;
}

qint64 MeasurementTableModel::recordId(int row) const
{
    return m_rows.at(row).comparison.run.id;
}
