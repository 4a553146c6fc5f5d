#include "views/pages/vramfitcontrols.h"

#include "models/core/dataset.h"
#include "models/core/estimation/speedmodel.h"
#include "models/core/formatting/format.h"
#include "models/itemmodels/modelnamelistmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int MinContextLog2 = 11; // 2K tokens
constexpr int MaxContextLog2 = 20; // 1M tokens
constexpr int DefaultContextLog2 = 13; // 8K, the estimator's default
constexpr int CustomConfiguration = -1;
// What the tab opens on: the card most users own, one 24 GB GeForce, so the chart shows what fits on it
// (issue 17). A dataset without it opens on its first configuration.
const auto FirstGpuName = QStringLiteral("RTX 4090");

} // namespace

VramFitControls::VramFitControls(const GpuConfiguration &configuration, const FitParameters &parameters, QWidget *parent)
    : QWidget(parent)
    , m_configuration(configuration)
    , m_parameters(parameters)
    , m_gpuConfigCombo(new QComboBox(this))
    , m_gpuTypeCombo(new QComboBox(this))
    , m_gpuCountSpin(new QSpinBox(this))
    , m_quantCombo(new QComboBox(this))
    , m_contextSlider(new QSlider(Qt::Horizontal, this))
    , m_contextLabel(new QLabel(this))
    , m_batchSpin(new QSpinBox(this))
    , m_kvPrecisionCombo(new QComboBox(this))
    , m_expertOffloadCheck(new QCheckBox(tr("Routed ex&perts in system RAM"), this))
    , m_engineCombo(new QComboBox(this))
    , m_systemBandwidthSpin(new QDoubleSpinBox(this))
    , m_utilisationSpin(new QDoubleSpinBox(this))
    , m_chartModeCombo(new QComboBox(this))
    , m_focusModelNames(new ModelNameListModel(this))
    , m_focusModelCombo(new QComboBox(this))
    , m_zoomCheck(new QCheckBox(tr("&Zoom to the usable capacity"), this))
    , m_assumptionsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("vramFitControlPanel"));
    QWidget *panel = this;

    m_gpuConfigCombo->setObjectName(QStringLiteral("gpuConfigCombo"));
    m_gpuConfigCombo->setAccessibleName(tr("GPU configuration"));
    m_gpuConfigCombo->setToolTip(tr("A named configuration, or Custom for any GPU type and count below"));
    m_gpuConfigCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gpuConfigCombo->setMinimumContentsLength(16);

    m_gpuTypeCombo->setObjectName(QStringLiteral("gpuTypeCombo"));
    m_gpuTypeCombo->setAccessibleName(tr("GPU type"));
    m_gpuTypeCombo->setToolTip(tr("The GPU model and its memory, in the unit the preferences choose"));
    m_gpuTypeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_gpuTypeCombo->setMinimumContentsLength(16);

    m_gpuCountSpin->setObjectName(QStringLiteral("gpuCountSpin"));
    m_gpuCountSpin->setAccessibleName(tr("GPU count"));
    m_gpuCountSpin->setToolTip(tr("GPUs pooled by tensor parallelism: their memory adds up"));
    m_gpuCountSpin->setRange(1, 8);

    m_quantCombo->setObjectName(QStringLiteral("quantCombo"));
    m_quantCombo->setAccessibleName(tr("Quantization"));
    m_quantCombo->setToolTip(tr("Weight format and its effective bits per weight, scales included"));
    m_quantCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_quantCombo->setMinimumContentsLength(16);

    m_contextSlider->setObjectName(QStringLiteral("contextSlider"));
    m_contextSlider->setAccessibleName(tr("Context length"));
    m_contextSlider->setToolTip(tr("Tokens each sequence keeps in the KV cache, in doublings from 2K to 1M"));
    // The slider moves by powers of two: context needs span three orders of magnitude.
    m_contextSlider->setRange(MinContextLog2, MaxContextLog2);
    m_contextSlider->setValue(DefaultContextLog2);
    m_contextSlider->setPageStep(1);
    m_contextSlider->setTickPosition(QSlider::TicksBelow);
    m_contextSlider->setTickInterval(1);
    m_contextLabel->setObjectName(QStringLiteral("contextLabel"));
    m_contextLabel->setMinimumWidth(m_contextLabel->fontMetrics().horizontalAdvance(tr("128K tokens")));

    m_batchSpin->setObjectName(QStringLiteral("batchSpin"));
    m_batchSpin->setAccessibleName(tr("Batch size"));
    m_batchSpin->setToolTip(tr("Concurrent sequences, each holding the full context in the KV cache"));
    m_batchSpin->setRange(1, 256);
    m_batchSpin->setAccelerated(true);

    m_kvPrecisionCombo->setObjectName(QStringLiteral("kvPrecisionCombo"));
    m_kvPrecisionCombo->setAccessibleName(tr("KV cache precision"));
    m_kvPrecisionCombo->setToolTip(
        tr("Element format of the KV cache; 8-bit and 4-bit halve and quarter it"));
    for (const KvPrecision precision :
         {KvPrecision::Fp16, KvPrecision::Fp8, KvPrecision::Q8_0, KvPrecision::Q4_0})
        m_kvPrecisionCombo->addItem(MemoryEstimator::kvPrecisionName(precision), int(precision));

    m_expertOffloadCheck->setObjectName(QStringLiteral("expertOffloadCheck"));
    m_expertOffloadCheck->setAccessibleName(tr("Expert offload"));
    m_expertOffloadCheck->setToolTip(tr("Mixture-of-experts models: keep attention and shared weights on the "
                                        "GPUs and the routed experts in system RAM (slower decode)"));

    m_engineCombo->setObjectName(QStringLiteral("engineCombo"));
    m_engineCombo->setAccessibleName(tr("Inference engine"));
    m_engineCombo->setToolTip(
        tr("Decides the speed columns: llama.cpp splits the layers over the GPUs, so their bandwidths do not "
           "add up; vLLM splits every layer over them, and they do"));
    // A short label, so the column of controls keeps its width; the rule is the item's tooltip.
    m_engineCombo->addItem(tr("By format"), -1);
    m_engineCombo->setItemData(0, tr("By format (llama.cpp for GGUF, vLLM otherwise)"), Qt::ToolTipRole);
    m_engineCombo->addItem(SpeedModel::engineName(InferenceEngine::LlamaCpp), int(InferenceEngine::LlamaCpp));
    m_engineCombo->addItem(SpeedModel::engineName(InferenceEngine::Vllm), int(InferenceEngine::Vllm));
    m_engineCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_engineCombo->setMinimumContentsLength(12);

    m_systemBandwidthSpin->setObjectName(QStringLiteral("systemBandwidthSpin"));
    m_systemBandwidthSpin->setAccessibleName(tr("System memory bandwidth"));
    m_systemBandwidthSpin->setToolTip(
        tr("Peak bandwidth of the system RAM that holds offloaded experts; the default is a desktop's "
           "dual-channel DDR5-5600"));
    m_systemBandwidthSpin->setRange(10, 2000);
    m_systemBandwidthSpin->setDecimals(1);
    m_systemBandwidthSpin->setSingleStep(10);
    m_systemBandwidthSpin->setSuffix(tr(" GB/s"));
    m_systemBandwidthSpin->setValue(m_parameters.systemMemoryBandwidthGbPerS);

    m_utilisationSpin->setObjectName(QStringLiteral("utilisationSpin"));
    m_utilisationSpin->setAccessibleName(tr("GPU memory utilisation"));
    m_utilisationSpin->setToolTip(
        tr("Fraction of GPU memory the serving engine may use (vLLM's default: 0.9)"));
    m_utilisationSpin->setRange(0.5, 1.0);
    m_utilisationSpin->setSingleStep(0.01);
    m_utilisationSpin->setDecimals(2);
    m_utilisationSpin->setValue(m_parameters.utilisation);

    m_chartModeCombo->setObjectName(QStringLiteral("chartModeCombo"));
    m_chartModeCombo->setAccessibleName(tr("Chart mode"));
    m_chartModeCombo->setToolTip(
        tr("Compare every model at the chosen quantization, or one model across every "
           "quantization format"));
    m_chartModeCombo->addItem(tr("All models at one quantization"),
                              int(FitTableModel::Mode::ModelsAtOneQuantization));
    m_chartModeCombo->addItem(tr("One model across quantizations"),
                              int(FitTableModel::Mode::OneModelAcrossQuantizations));

    m_focusModelCombo->setModel(m_focusModelNames);
    m_focusModelCombo->setObjectName(QStringLiteral("focusModelCombo"));
    m_focusModelCombo->setAccessibleName(tr("Model across quantizations"));
    m_focusModelCombo->setToolTip(tr("The model charted across quantizations"));
    m_focusModelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_focusModelCombo->setMinimumContentsLength(16);

    m_zoomCheck->setObjectName(QStringLiteral("zoomCheck"));
    m_zoomCheck->setAccessibleName(tr("Zoom to the usable capacity"));
    m_zoomCheck->setToolTip(tr("Scale the axis to twice the usable capacity, where fits are decided; longer "
                               "bars run off the right edge"));

    m_assumptionsLabel->setObjectName(QStringLiteral("assumptionsLabel"));
    m_assumptionsLabel->setWordWrap(true);
    m_assumptionsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *gpuBox = new QGroupBox(tr("GPUs"), panel);
    auto *gpuForm = new QFormLayout(gpuBox);
    gpuForm->addRow(tr("Configu&ration:"), m_gpuConfigCombo);
    gpuForm->addRow(tr("&Type:"), m_gpuTypeCombo);
    gpuForm->addRow(tr("Cou&nt:"), m_gpuCountSpin);
    gpuForm->addRow(tr("&Utilisation:"), m_utilisationSpin);

    auto *workloadBox = new QGroupBox(tr("Workload"), panel);
    auto *workloadForm = new QFormLayout(workloadBox);
    workloadForm->addRow(tr("&Quantization:"), m_quantCombo);
    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_contextSlider, 1);
    contextRow->addWidget(m_contextLabel);
    workloadForm->addRow(tr("Conte&xt:"), contextRow);
    // The form's label names the slider for mnemonics; the row layout itself cannot be a buddy.
    if (auto *label = qobject_cast<QLabel *>(workloadForm->labelForField(contextRow)))
        label->setBuddy(m_contextSlider);
    workloadForm->addRow(tr("&Batch:"), m_batchSpin);
    workloadForm->addRow(tr("&KV cache:"), m_kvPrecisionCombo);
    workloadForm->addRow(m_expertOffloadCheck);
    workloadForm->addRow(tr("System RAM:"), m_systemBandwidthSpin);
    workloadForm->addRow(tr("Eng&ine:"), m_engineCombo);

    auto *chartBox = new QGroupBox(tr("Chart"), panel);
    auto *chartForm = new QFormLayout(chartBox);
    chartForm->addRow(tr("&Show:"), m_chartModeCombo);
    // Alt+M is the Models tab's mnemonic: this label takes Alt+L so the two never collide.
    chartForm->addRow(tr("Mode&l:"), m_focusModelCombo);
    chartForm->addRow(m_zoomCheck);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(gpuBox);
    layout->addWidget(workloadBox);
    layout->addWidget(chartBox);
    layout->addWidget(m_assumptionsLabel);
    layout->addStretch(1);

    connect(m_gpuConfigCombo, &QComboBox::currentIndexChanged, this, &VramFitControls::presetChosen);
    connect(m_gpuTypeCombo, &QComboBox::currentIndexChanged, this, &VramFitControls::customGpuChanged);
    connect(m_gpuCountSpin, &QSpinBox::valueChanged, this, &VramFitControls::customGpuChanged);
    connect(m_quantCombo, &QComboBox::currentIndexChanged, this, &VramFitControls::applyParameters);
    connect(m_contextSlider, &QSlider::valueChanged, this, [this] {
        updateContextLabel();
        applyParameters();
    });
    connect(m_batchSpin, &QSpinBox::valueChanged, this, &VramFitControls::applyParameters);
    connect(m_kvPrecisionCombo, &QComboBox::currentIndexChanged, this, &VramFitControls::applyParameters);
    connect(m_expertOffloadCheck, &QCheckBox::toggled, this, &VramFitControls::applyParameters);
    connect(m_utilisationSpin, &QDoubleSpinBox::valueChanged, this, &VramFitControls::applyParameters);
    connect(m_engineCombo, &QComboBox::currentIndexChanged, this, &VramFitControls::applyParameters);
    connect(m_systemBandwidthSpin, &QDoubleSpinBox::valueChanged, this, &VramFitControls::applyParameters);
    connect(m_chartModeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateModeControls();
        emit chartModeChanged();
    });
    connect(m_focusModelCombo, &QComboBox::currentIndexChanged, this, [this] { emit focusModelChanged(focusModel()); });
    connect(m_zoomCheck, &QCheckBox::toggled, this, &VramFitControls::zoomToCapacityChanged);

    updateModeControls();
    updateContextLabel();
    updateAssumptions();
}

void VramFitControls::updateModeControls()
{
    // Across quantizations every format is charted: the quantization picker no longer applies.
    const bool acrossQuantizations = chartMode() == FitTableModel::Mode::OneModelAcrossQuantizations;
    m_focusModelCombo->setEnabled(acrossQuantizations);
    m_quantCombo->setEnabled(!acrossQuantizations);
}

FitTableModel::Mode VramFitControls::chartMode() const
{
    return FitTableModel::Mode(m_chartModeCombo->currentData().toInt());
}

qint64 VramFitControls::focusModel() const
{
    return m_focusModelCombo->currentData().toLongLong();
}

bool VramFitControls::zoomToCapacity() const
{
    return m_zoomCheck->isChecked();
}

void VramFitControls::setDataset(const Dataset *dataset)
{
    m_dataset = dataset;
    fillGpuControls();
    fillQuantCombo();
    fillFocusModelCombo();
    readParameters();
    updateAssumptions();
}

void VramFitControls::setFocusModel(qint64 modelId)
{
    const int index = m_focusModelNames->rowOf(modelId);
    if (index >= 0)
        m_focusModelCombo->setCurrentIndex(index);
}

void VramFitControls::showSettings(const GpuConfiguration &configuration, const FitParameters &parameters)
{
    if (const int type = m_gpuTypeCombo->findData(configuration.gpu.id); type >= 0) {
        // Type and count move together; one update names the matching preset and pushes the configuration.
        const QSignalBlocker blockType(m_gpuTypeCombo);
        const QSignalBlocker blockCount(m_gpuCountSpin);
        m_gpuTypeCombo->setCurrentIndex(type);
        m_gpuCountSpin->setValue(configuration.count);
    }
    customGpuChanged();
    if (const int quant = m_quantCombo->findData(parameters.quantName); quant >= 0)
        m_quantCombo->setCurrentIndex(quant);
    setContextTokens(parameters.contextTokens);
    m_batchSpin->setValue(parameters.batch);
    m_kvPrecisionCombo->setCurrentIndex(qMax(m_kvPrecisionCombo->findData(int(parameters.kvPrecision)), 0));
    m_expertOffloadCheck->setChecked(parameters.expertOffload);
    m_utilisationSpin->setValue(parameters.utilisation);
    m_engineCombo->setCurrentIndex(
        qMax(m_engineCombo->findData(parameters.engine ? int(*parameters.engine) : -1), 0));
    m_systemBandwidthSpin->setValue(parameters.systemMemoryBandwidthGbPerS);
}

void VramFitControls::setContextTokens(qint64 tokens)
{
    // The slider moves in powers of two: the smallest one that holds the requested context.
    int log2 = MinContextLog2;
    while (log2 < MaxContextLog2 && (qint64(1) << log2) < tokens)
        ++log2;
    m_contextSlider->setValue(log2);
}

void VramFitControls::fillGpuControls()
{
    // Keep the user's choice across a reload when the new dataset still has it.
    const QString previousName = m_gpuConfigCombo->currentIndex() >= 0
                                         && m_gpuConfigCombo->currentData().toInt() != CustomConfiguration
                                     ? m_gpuConfigCombo->currentText()
                                     : QString();
    const qint64 previousGpu = m_gpuTypeCombo->currentData().toLongLong();
    const int previousCount = m_gpuCountSpin->value();
    const bool wasCustom = m_gpuConfigCombo->currentData().toInt() == CustomConfiguration;

    const QSignalBlocker blockConfig(m_gpuConfigCombo);
    const QSignalBlocker blockType(m_gpuTypeCombo);
    const QSignalBlocker blockCount(m_gpuCountSpin);
    m_gpuConfigCombo->clear();
    m_gpuTypeCombo->clear();
    if (!m_dataset)
        return;

    for (const GpuRecord &gpu : m_dataset->gpus)
        m_gpuTypeCombo->addItem(
            tr("%1 (%2)").arg(gpu.name, Format::gigabytes(gpu.memoryGib * double(qint64(1) << 30))), gpu.id);
    // The article's presets first, then the user's own, then anything else.
    for (const bool presets : {true, false}) {
        for (qsizetype i = 0; i < m_dataset->gpuConfigurations.size(); ++i) {
            const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(i);
            if (record.preset == presets && m_dataset->gpu(record.gpuId))
                m_gpuConfigCombo->addItem(record.name, int(i));
        }
    }
    m_gpuConfigCombo->addItem(tr("Custom…"), CustomConfiguration);

    const int previousIndex = previousName.isEmpty() ? -1 : m_gpuConfigCombo->findText(previousName);
    const auto first = std::find_if(m_dataset->gpus.cbegin(), m_dataset->gpus.cend(),
                                    [](const GpuRecord &gpu) { return gpu.name == FirstGpuName; });
    if (wasCustom && m_gpuTypeCombo->findData(previousGpu) >= 0) {
        m_gpuTypeCombo->setCurrentIndex(m_gpuTypeCombo->findData(previousGpu));
        m_gpuCountSpin->setValue(previousCount);
        selectPresetMatchingGpu();
    } else if (previousName.isEmpty() && !wasCustom && first != m_dataset->gpus.cend()) {
        m_gpuTypeCombo->setCurrentIndex(m_gpuTypeCombo->findData(first->id));
        m_gpuCountSpin->setValue(1);
        selectPresetMatchingGpu();
    } else {
        m_gpuConfigCombo->setCurrentIndex(qMax(previousIndex, 0));
        const int row = m_gpuConfigCombo->currentData().toInt();
        if (row != CustomConfiguration) {
            const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(row);
            m_gpuTypeCombo->setCurrentIndex(m_gpuTypeCombo->findData(record.gpuId));
            m_gpuCountSpin->setValue(record.count);
        }
    }
    if (const GpuRecord *gpu = m_dataset->gpu(m_gpuTypeCombo->currentData().toLongLong()))
        m_configuration.gpu = *gpu;
    m_configuration.count = m_gpuCountSpin->value();
}

void VramFitControls::fillQuantCombo()
{
    const QString previous = m_quantCombo->currentIndex() >= 0 ? m_quantCombo->currentData().toString()
                                                                : m_parameters.quantName;
    const QSignalBlocker blocker(m_quantCombo);
    m_quantCombo->clear();
    if (!m_dataset)
        return;
    for (const QuantFormatRecord &format : m_dataset->quantFormats) {
        m_quantCombo->addItem(
            tr("%1 (%2 bits/weight)").arg(format.name, QLocale().toString(format.bitsPerWeight)),
            format.name);
        m_quantCombo->setItemData(m_quantCombo->count() - 1, format.notes, Qt::ToolTipRole);
    }
    m_quantCombo->setCurrentIndex(qMax(m_quantCombo->findData(previous), 0));
}

void VramFitControls::fillFocusModelCombo()
{
    const qint64 previous = m_focusModelCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_focusModelCombo);
    m_focusModelNames->setDataset(m_dataset);
    m_focusModelCombo->setCurrentIndex(qMax(m_focusModelNames->rowOf(previous), 0));
}

void VramFitControls::presetChosen()
{
    const int row = m_gpuConfigCombo->currentData().toInt();
    if (m_dataset && row != CustomConfiguration) {
        const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(row);
        const QSignalBlocker blockType(m_gpuTypeCombo);
        const QSignalBlocker blockCount(m_gpuCountSpin);
        m_gpuTypeCombo->setCurrentIndex(m_gpuTypeCombo->findData(record.gpuId));
        m_gpuCountSpin->setValue(record.count);
    }
    // Choosing "Custom…" keeps the type and count shown: they are the custom configuration.
    updateCustomItem();
    applyConfiguration();
}

void VramFitControls::customGpuChanged()
{
    selectPresetMatchingGpu();
    applyConfiguration();
}

void VramFitControls::selectPresetMatchingGpu()
{
    // Type and count are the configuration; the combo names it when a named configuration matches.
    const qint64 gpuId = m_gpuTypeCombo->currentData().toLongLong();
    const int count = m_gpuCountSpin->value();
    int match = m_gpuConfigCombo->findData(CustomConfiguration);
    for (int i = 0; m_dataset && i < m_gpuConfigCombo->count(); ++i) {
        const int row = m_gpuConfigCombo->itemData(i).toInt();
        if (row == CustomConfiguration)
            continue;
        const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(row);
        if (record.gpuId == gpuId && record.count == count) {
            match = i;
            break;
        }
    }
    const QSignalBlocker blocker(m_gpuConfigCombo);
    m_gpuConfigCombo->setCurrentIndex(match);
    updateCustomItem();
}

void VramFitControls::updateCustomItem()
{
    // The Custom entry names the configuration while it is the chosen one, so the closed combo says it all.
    const int custom = m_gpuConfigCombo->findData(CustomConfiguration);
    if (custom < 0)
        return;
    const GpuRecord *gpu = m_dataset ? m_dataset->gpu(m_gpuTypeCombo->currentData().toLongLong()) : nullptr;
    m_gpuConfigCombo->setItemText(
        custom, m_gpuConfigCombo->currentIndex() == custom && gpu
                    ? tr("Custom: %1").arg(GpuConfiguration{*gpu, m_gpuCountSpin->value()}.name())
                    : tr("Custom…"));
}

void VramFitControls::readParameters()
{
    if (m_dataset) {
        if (const QuantFormatRecord *format =
                m_dataset->quantFormat(m_quantCombo->currentData().toString())) {
            m_parameters.quantName = format->name;
            m_parameters.bitsPerWeight = format->bitsPerWeight;
        }
    }
    m_parameters.contextTokens = qint64(1) << m_contextSlider->value();
    m_parameters.batch = m_batchSpin->value();
    m_parameters.kvPrecision = KvPrecision(m_kvPrecisionCombo->currentData().toInt());
    m_parameters.expertOffload = m_expertOffloadCheck->isChecked();
    m_parameters.utilisation = m_utilisationSpin->value();
    const int engine = m_engineCombo->currentData().toInt();
    m_parameters.engine = engine < 0 ? std::nullopt : std::optional(InferenceEngine(engine));
    m_parameters.systemMemoryBandwidthGbPerS = m_systemBandwidthSpin->value();
}

void VramFitControls::applyConfiguration()
{
    if (!m_dataset)
        return;
    const GpuRecord *gpu = m_dataset->gpu(m_gpuTypeCombo->currentData().toLongLong());
    if (!gpu)
        return;
    m_configuration.gpu = *gpu;
    m_configuration.count = m_gpuCountSpin->value();
    emit configurationChanged();
}

void VramFitControls::applyParameters()
{
    readParameters();
    updateAssumptions();
    emit parametersChanged();
}

void VramFitControls::updateContextLabel()
{
    m_contextLabel->setText(
        tr("%1 tokens").arg(Format::contextTokens(qint64(1) << m_contextSlider->value())));
}

void VramFitControls::updateAssumptions()
{
    const FitParameters &p = m_parameters;
    m_assumptionsLabel->setText(
        tr("Assumes %1 per GPU for the runtime (CUDA context, kernels), %2% of GPU memory usable, an "
           "activation buffer for %3-token prefill chunks, and the full context for every sequence of the "
           "batch. Decode speeds are what %4 reaches in published runs, at a %5-token prompt; routed "
           "experts in system RAM are read at %6 GB/s.")
            .arg(Format::gigabytes(p.runtimeReservePerGpuBytes), QString::number(qRound(p.utilisation * 100)),
                 QLocale().toString(p.prefillChunkTokens),
                 p.engine ? SpeedModel::engineName(*p.engine) : tr("the format's usual engine"),
                 QLocale().toString(p.promptTokens), QLocale().toString(p.systemMemoryBandwidthGbPerS)));
}
