#pragma once

#include "models/core/cost/costmodel.h"

#include <QList>
#include <QWidget>

class ModelNameListModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSpinBox;
class WorkloadPanel;
struct Dataset;

// The cost page's column of controls: the model compared, the GPU configurations and APIs it is compared
// on, and the cost assumptions. It holds what they describe and says when it changes; the page prices it.
class CostControls : public QWidget
{
    Q_OBJECT

public:
    explicit CostControls(const CostAssumptions &assumptions, QWidget *parent = nullptr);

    // Fills the pickers from the dataset, keeping the choices it still has, without signals: the page
    // recomputes. The dataset must outlive the controls or the next call.
    void setDataset(const Dataset *dataset);
    // The model compared; an id that is not in the dataset is ignored.
    void setCurrentModel(qint64 modelId);
    // Quantization and context behind every fit; said in the column, changed elsewhere (the VRAM page).
    void setFitParameters(const FitParameters &parameters);

    qint64 modelId() const;
    QList<GpuConfiguration> checkedConfigurations() const;
    QList<ApiPriceRecord> checkedApis() const;
    CostAssumptions assumptions() const { return m_assumptions; }
    // The last control of the column in the tab chain, so the page can continue it.
    QWidget *lastInFocusChain() const;

signals:
    // Anything that changes the lines: the model, the configurations and APIs checked, an assumption.
    void changed();

private:
    void fillModelCombo();
    void fillConfigurationList();
    void fillApiList();
    void fitListHeights();
    void modelChosen();
    void readAssumptions();
    void updateAssumptionControls();

    const Dataset *m_dataset = nullptr;
    qint64 m_modelId = 0; // the model the API list's defaults were last chosen for
    CostAssumptions m_assumptions;

    ModelNameListModel *m_modelNames; // the model picker's items
    QComboBox *m_modelCombo;
    QListWidget *m_configList;
    QListWidget *m_apiList;
    QDoubleSpinBox *m_utilisationSpin;
    QDoubleSpinBox *m_inputRatioSpin;
    QDoubleSpinBox *m_outputRatioSpin;
    QComboBox *m_ownershipCombo;
    QSpinBox *m_amortisationSpin;
    QDoubleSpinBox *m_powerPriceSpin;
    QLabel *m_fitLabel;
    WorkloadPanel *m_workloadPanel;
};
