#include "views/pages/costcontrols.h"

#include "models/core/cost/costdefaults.h"
#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/itemmodels/modelnamelistmodel.h"
#include "views/pages/workloadpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The GPU list shows all its rows up to this many; the API list takes the rest of the column's height, at
// least this many rows.
constexpr int MostConfigurationRows = 8;
constexpr int LeastApiRows = 4;

} // namespace

CostControls::CostControls(const CostAssumptions &assumptions, QWidget *parent)
    : QWidget(parent)
    , m_assumptions(assumptions)
    , m_modelNames(new ModelNameListModel(this))
    , m_modelCombo(new QComboBox(this))
    , m_configList(new QListWidget(this))
    , m_apiList(new QListWidget(this))
    , m_utilisationSpin(new QDoubleSpinBox(this))
    , m_inputRatioSpin(new QDoubleSpinBox(this))
    , m_outputRatioSpin(new QDoubleSpinBox(this))
    , m_ownershipCombo(new QComboBox(this))
    , m_amortisationSpin(new QSpinBox(this))
    , m_powerPriceSpin(new QDoubleSpinBox(this))
    , m_fitLabel(new QLabel(this))
    , m_workloadPanel(new WorkloadPanel(this))
{
    m_modelCombo->setModel(m_modelNames);
    m_modelCombo->setObjectName(QStringLiteral("costModelCombo"));
    m_modelCombo->setAccessibleName(tr("Model"));
    m_modelCombo->setToolTip(tr("The open-weight model self-hosted on the GPU configurations"));
    m_modelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_modelCombo->setMinimumContentsLength(16);

    m_configList->setObjectName(QStringLiteral("costConfigList"));
    m_configList->setAccessibleName(tr("GPU configurations to compare"));
    m_configList->setToolTip(tr("Checked configurations get a line and a row; the article's presets are "
                                "checked at first"));
    m_configList->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_apiList->setObjectName(QStringLiteral("costApiList"));
    m_apiList->setAccessibleName(tr("APIs to compare"));
    m_apiList->setToolTip(tr("Checked APIs get a line and a row; APIs serving the model and those the "
                             "article's cost table names are checked at first"));
    // Long API names are elided (their tool tips say them whole) rather than scrolled sideways.
    m_apiList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_apiList->setResizeMode(QListView::Adjust);
    for (QListWidget *list : {m_configList, m_apiList})
        list->setUniformItemSizes(true);

    m_utilisationSpin->setObjectName(QStringLiteral("costUtilisationSpin"));
    m_utilisationSpin->setAccessibleName(tr("Average GPU utilisation"));
    m_utilisationSpin->setToolTip(tr("Share of a configuration's peak throughput used on average over the "
                                     "month: traffic has peaks and quiet hours"));
    m_utilisationSpin->setRange(0.05, 1.0);
    m_utilisationSpin->setSingleStep(0.05);
    m_utilisationSpin->setDecimals(2);
    m_utilisationSpin->setValue(m_assumptions.utilisation);

    m_inputRatioSpin->setObjectName(QStringLiteral("inputRatioSpin"));
    m_inputRatioSpin->setAccessibleName(tr("Input share of the token mix"));
    m_inputRatioSpin->setToolTip(tr("Input (prompt) tokens per output token's share: APIs price the two "
                                    "sides differently"));
    m_outputRatioSpin->setObjectName(QStringLiteral("outputRatioSpin"));
    m_outputRatioSpin->setAccessibleName(tr("Output share of the token mix"));
    m_outputRatioSpin->setToolTip(tr("Output (generated) tokens' share of the mix"));
    for (QDoubleSpinBox *spin : {m_inputRatioSpin, m_outputRatioSpin}) {
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSingleStep(1);
    }
    m_inputRatioSpin->setValue(m_assumptions.inputRatio);
    m_outputRatioSpin->setValue(m_assumptions.outputRatio);

    m_ownershipCombo->setObjectName(QStringLiteral("ownershipCombo"));
    m_ownershipCombo->setAccessibleName(tr("Rent or own the GPUs"));
    m_ownershipCombo->setToolTip(tr("Rent: GPUs × cloud price per hour × 730 hours. Own: purchase price "
                                    "spread over the amortisation period, plus power at full TDP"));
    m_ownershipCombo->addItem(tr("Rent (cloud, per hour)"), int(Ownership::Rent));
    m_ownershipCombo->addItem(tr("Own (buy and amortise)"), int(Ownership::Own));
    m_ownershipCombo->setCurrentIndex(std::max(m_ownershipCombo->findData(int(m_assumptions.ownership)), 0));

    m_amortisationSpin->setObjectName(QStringLiteral("amortisationSpin"));
    m_amortisationSpin->setAccessibleName(tr("Amortisation period in months"));
    m_amortisationSpin->setToolTip(tr("Owned GPUs: the purchase price is spread over this many months"));
    m_amortisationSpin->setRange(1, 120);
    m_amortisationSpin->setSuffix(tr(" months"));
    m_amortisationSpin->setValue(m_assumptions.amortisationMonths);

    m_powerPriceSpin->setObjectName(QStringLiteral("powerPriceSpin"));
    m_powerPriceSpin->setAccessibleName(tr("Power price per kilowatt-hour"));
    m_powerPriceSpin->setToolTip(
        tr("Owned GPUs draw their full TDP all month at this price: an upper bound"));
    m_powerPriceSpin->setRange(0, 2);
    m_powerPriceSpin->setDecimals(2);
    m_powerPriceSpin->setSingleStep(0.01);
    // Dollars placed as Format::usd places them in this language: "$0.15 /kWh", "0,15 $/kWh".
    const QString onePrice = Format::usd(1, 0);
    const bool symbolFirst = onePrice.startsWith(QLatin1Char('$'));
    m_powerPriceSpin->setPrefix(symbolFirst ? onePrice.left(onePrice.indexOf(QLatin1Char('1'))) : QString());
    m_powerPriceSpin->setSuffix(symbolFirst ? tr(" /kWh")
                                            : onePrice.mid(onePrice.indexOf(QLatin1Char('1')) + 1) + QStringLiteral("/kWh"));
    m_powerPriceSpin->setValue(m_assumptions.powerUsdPerKwh);

    m_fitLabel->setObjectName(QStringLiteral("costFitLabel"));
    m_fitLabel->setWordWrap(true);
    m_fitLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *compareBox = new QGroupBox(tr("Compare"), this);
    auto *compareLayout = new QVBoxLayout(compareBox);
    auto *modelForm = new QFormLayout;
    modelForm->setContentsMargins(0, 0, 0, 0);
    modelForm->addRow(tr("Mode&l:"), m_modelCombo);
    compareLayout->addLayout(modelForm);
    auto *configLabel = new QLabel(tr("GPU co&nfigurations:"), compareBox);
    configLabel->setBuddy(m_configList);
    compareLayout->addWidget(configLabel);
    compareLayout->addWidget(m_configList);
    auto *apiLabel = new QLabel(tr("API&s:"), compareBox);
    apiLabel->setBuddy(m_apiList);
    compareLayout->addWidget(apiLabel);
    // The API list is the long one: it takes the height the column has left.
    compareLayout->addWidget(m_apiList, 1);

    auto *assumptionsBox = new QGroupBox(tr("Assumptions"), this);
    auto *form = new QFormLayout(assumptionsBox);
    form->addRow(tr("U&tilisation:"), m_utilisationSpin);
    auto *ratioRow = new QHBoxLayout;
    ratioRow->addWidget(m_inputRatioSpin, 1);
    ratioRow->addWidget(new QLabel(tr(":"), assumptionsBox));
    ratioRow->addWidget(m_outputRatioSpin, 1);
    form->addRow(tr("&In : out:"), ratioRow);
    // The form's label names the first spin box for mnemonics; a row layout cannot be a buddy.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(ratioRow)))
        label->setBuddy(m_inputRatioSpin);
    form->addRow(tr("G&PUs:"), m_ownershipCombo);
    form->addRow(tr("Amo&rtise over:"), m_amortisationSpin);
    form->addRow(tr("Po&wer:"), m_powerPriceSpin);
    form->addRow(m_fitLabel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(compareBox, 1);
    layout->addWidget(assumptionsBox);
    layout->addWidget(m_workloadPanel);
    // Only once the API list shows all its rows does the space left go below the boxes.
    layout->addStretch(0);

    const QList<QWidget *> tabOrder{m_modelCombo,     m_configList,     m_apiList,
                                    m_utilisationSpin, m_inputRatioSpin, m_outputRatioSpin,
                                    m_ownershipCombo, m_amortisationSpin, m_powerPriceSpin,
                                    m_workloadPanel};
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));

    connect(m_modelCombo, &QComboBox::currentIndexChanged, this, &CostControls::modelChosen);
    connect(m_configList, &QListWidget::itemChanged, this, &CostControls::changed);
    connect(m_apiList, &QListWidget::itemChanged, this, &CostControls::changed);
    for (QDoubleSpinBox *spin : {m_utilisationSpin, m_inputRatioSpin, m_outputRatioSpin, m_powerPriceSpin}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            readAssumptions();
            emit changed();
        });
    }
    connect(m_amortisationSpin, &QSpinBox::valueChanged, this, [this] {
        readAssumptions();
        emit changed();
    });
    connect(m_workloadPanel, &WorkloadPanel::changed, this, [this] {
        updateAssumptionControls();
        readAssumptions();
        emit changed();
    });
    connect(m_ownershipCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateAssumptionControls();
        readAssumptions();
        emit changed();
    });

    updateAssumptionControls();
    readAssumptions();
    fitListHeights();
}

void CostControls::setDataset(const Dataset *dataset)
{
    m_dataset = dataset;
    fillModelCombo();
    fillConfigurationList();
    fillApiList();
    fitListHeights();
    m_modelId = modelId();
}

void CostControls::setCurrentModel(qint64 modelId)
{
    const int index = m_modelNames->rowOf(modelId);
    if (index >= 0)
        m_modelCombo->setCurrentIndex(index);
}

void CostControls::setFitParameters(const FitParameters &parameters)
{
    m_assumptions.fit = parameters;
    readAssumptions();
}

qint64 CostControls::modelId() const
{
    return m_modelCombo->currentData().toLongLong();
}

QWidget *CostControls::lastInFocusChain() const
{
    return m_workloadPanel->lastInFocusChain();
}

void CostControls::fillModelCombo()
{
    const qint64 previous = modelId();
    const QSignalBlocker blocker(m_modelCombo);
    m_modelNames->setDataset(m_dataset);
    if (!m_dataset)
        return;
    qint64 preferred = previous;
    if (m_modelNames->rowOf(preferred) < 0) {
        const ModelRecord *model = CostDefaults::model(*m_dataset);
        preferred = model ? model->id : 0;
    }
    m_modelCombo->setCurrentIndex(std::max(m_modelNames->rowOf(preferred), 0));
}

void CostControls::fillConfigurationList()
{
    QSet<QString> unchecked; // keep the user's choices across a reload
    for (int row = 0; row < m_configList->count(); ++row) {
        if (m_configList->item(row)->checkState() == Qt::Unchecked)
            unchecked.insert(m_configList->item(row)->text());
    }
    const bool first = m_configList->count() == 0;
    const QSignalBlocker blocker(m_configList);
    m_configList->clear();
    if (!m_dataset)
        return;
    // The article's presets first, checked; the user's own configurations after them.
    for (const bool presets : {true, false}) {
        for (qsizetype i = 0; i < m_dataset->gpuConfigurations.size(); ++i) {
            const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(i);
            const GpuRecord *gpu = m_dataset->gpu(record.gpuId);
            if (record.preset != presets || !gpu)
                continue;
            auto *item = new QListWidgetItem(record.name, m_configList);
            item->setData(Qt::UserRole, int(i));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            const bool checked = first ? record.preset : !unchecked.contains(record.name);
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            const GpuConfiguration config{*gpu, record.count};
            QStringList tip{
                tr("%1: %2 of memory").arg(config.name(), Format::gigabytes(config.memoryBytes()))};
            if (gpu->cloudUsdPerHour) {
                tip << tr("Rent: %1 an hour per GPU (as of %2)")
                           .arg(Format::usd(*gpu->cloudUsdPerHour), gpu->cloudPriceAsOf);
            }
            if (gpu->streetPriceUsd)
                tip << tr("Buy: %1 per GPU").arg(Format::usd(*gpu->streetPriceUsd));
            item->setToolTip(tip.join(QLatin1Char('\n')));
        }
    }
}

void CostControls::fillApiList()
{
    QHash<qint64, Qt::CheckState> previous;
    for (int row = 0; row < m_apiList->count(); ++row) {
        const QListWidgetItem *item = m_apiList->item(row);
        previous.insert(item->data(Qt::UserRole).toLongLong(), item->checkState());
    }
    const QSignalBlocker blocker(m_apiList);
    m_apiList->clear();
    if (!m_dataset)
        return;
    const qint64 model = modelId();
    for (const ApiPriceRecord &api : m_dataset->apiPrices) {
        auto *item = new QListWidgetItem(tr("%1 %2").arg(api.provider, api.modelName), m_apiList);
        item->setData(Qt::UserRole, api.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        // Unless the user chose, the default APIs for the model.
        const bool byDefault = CostDefaults::isDefaultApi(*m_dataset, api, model);
        item->setCheckState(previous.value(api.id, byDefault ? Qt::Checked : Qt::Unchecked));
        QString tip = tr("%1 in / %2 out per million tokens, as of %3")
                          .arg(Format::usd(api.inputUsdPerMtok), Format::usd(api.outputUsdPerMtok), api.asOf);
        if (api.modelId) {
            if (const ModelRecord *served = m_dataset->model(*api.modelId))
                tip += QLatin1Char('\n') + tr("Serves %1").arg(served->name);
        }
        if (!api.notes.isEmpty())
            tip += QLatin1Char('\n') + api.notes;
        item->setToolTip(tip);
    }
}

void CostControls::fitListHeights()
{
    // Whole rows: the GPU list shows every configuration (up to a limit) and no empty space, the API list
    // at least a few rows and otherwise whatever height the column has left, up to all of its rows.
    const auto rowsHeight = [](const QListWidget *list, int rows) {
        const int row = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
        return rows * row + 2 * list->frameWidth();
    };
    m_configList->setFixedHeight(
        rowsHeight(m_configList, std::clamp(int(m_configList->count()), 1, MostConfigurationRows)));
    m_apiList->setMinimumHeight(rowsHeight(m_apiList, std::clamp(int(m_apiList->count()), 1, LeastApiRows)));
    m_apiList->setMaximumHeight(rowsHeight(m_apiList, std::max(int(m_apiList->count()), 1)));
}

void CostControls::modelChosen()
{
    const qint64 model = modelId();
    if (m_dataset && model != m_modelId) {
        // The default APIs of the previous model make way for those of the new one; the others stay as
        // chosen.
        const QSignalBlocker blocker(m_apiList);
        for (int row = 0; row < m_apiList->count(); ++row) {
            QListWidgetItem *item = m_apiList->item(row);
            const ApiPriceRecord *api = m_dataset->apiPrice(item->data(Qt::UserRole).toLongLong());
            if (!api)
                continue;
            if (CostDefaults::isDefaultApi(*m_dataset, *api, model))
                item->setCheckState(Qt::Checked);
            else if (CostDefaults::isDefaultApi(*m_dataset, *api, m_modelId))
                item->setCheckState(Qt::Unchecked);
        }
    }
    m_modelId = model;
    emit changed();
}

void CostControls::readAssumptions()
{
    m_assumptions.utilisation = m_utilisationSpin->value();
    m_assumptions.inputRatio = m_inputRatioSpin->value();
    m_assumptions.outputRatio = m_outputRatioSpin->value();
    m_assumptions.ownership = Ownership(m_ownershipCombo->currentData().toInt());
    m_assumptions.amortisationMonths = m_amortisationSpin->value();
    m_assumptions.powerUsdPerKwh = m_powerPriceSpin->value();
    m_assumptions.workload = m_workloadPanel->workload();
    const FitParameters &fit = m_assumptions.fit;
    m_fitLabel->setText(tr("Fit and throughput at %1 weights with %2 tokens of context per sequence, "
                           "batched up to %3 sequences.")
                            .arg(fit.quantName, Format::contextTokens(fit.contextTokens),
                                 QString::number(m_assumptions.maxBatch)));
}

void CostControls::updateAssumptionControls()
{
    // Amortisation and power only price owned GPUs; rent includes both.
    const bool own = Ownership(m_ownershipCombo->currentData().toInt()) == Ownership::Own;
    m_amortisationSpin->setEnabled(own);
    m_powerPriceSpin->setEnabled(own);
    // A workload implies its own input:output ratio (prompt:output), and utilisation becomes the average
    // traffic's share of its peak.
    const bool workload = m_workloadPanel->isChecked();
    m_inputRatioSpin->setEnabled(!workload);
    m_outputRatioSpin->setEnabled(!workload);
    // A daily profile decides the average itself.
    const std::optional<ServingWorkload> w = m_workloadPanel->workload();
    m_utilisationSpin->setEnabled(!(w && w->profile));
}

QList<GpuConfiguration> CostControls::checkedConfigurations() const
{
    QList<GpuConfiguration> configurations;
    for (int row = 0; m_dataset && row < m_configList->count(); ++row) {
        const QListWidgetItem *item = m_configList->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        const GpuConfigurationRecord &record = m_dataset->gpuConfigurations.at(item->data(Qt::UserRole).toInt());
        if (const GpuRecord *gpu = m_dataset->gpu(record.gpuId))
            configurations.append(GpuConfiguration{*gpu, record.count});
    }
    return configurations;
}

QList<ApiPriceRecord> CostControls::checkedApis() const
{
    QList<ApiPriceRecord> apis;
    for (int row = 0; m_dataset && row < m_apiList->count(); ++row) {
        const QListWidgetItem *item = m_apiList->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        if (const ApiPriceRecord *api = m_dataset->apiPrice(item->data(Qt::UserRole).toLongLong()))
            apis.append(*api);
    }
    return apis;
}
