#pragma once

#include "models/core/estimation/memoryestimator.h"
#include "models/itemmodels/fittablemodel.h"

#include <QWidget>

class ModelNameListModel;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;
struct Dataset;

// The VRAM fit page's column of controls: a GPU configuration (a named one, or any type and count), the
// estimate's assumptions, and what the chart shows. It holds the configuration and assumptions they
// describe and says when they change; the page takes them to its models and chart.
class VramFitControls : public QWidget
{
    Q_OBJECT

public:
    // Starts from a configuration and assumptions: the fit models' own.
    VramFitControls(const GpuConfiguration &configuration, const FitParameters &parameters, QWidget *parent = nullptr);

    // Fills the pickers from the dataset (GPU presets and types, quantization formats, models), keeping
    // the choices it still has, without signals: the page takes the result. The dataset must outlive the
    // controls or the next call.
    void setDataset(const Dataset *dataset);
    // The model charted across quantizations; 0 or an unknown id keeps the current one.
    void setFocusModel(qint64 modelId);
    // Moves the context slider to the given length, rounded up to its power-of-two steps.
    void setContextTokens(qint64 tokens);
    // Sets every control to a configuration and assumptions, as far as the controls' steps allow.
    void showSettings(const GpuConfiguration &configuration, const FitParameters &parameters);

    GpuConfiguration configuration() const { return m_configuration; }
    FitParameters parameters() const { return m_parameters; }
    FitTableModel::Mode chartMode() const;
    qint64 focusModel() const;
    bool zoomToCapacity() const;

signals:
    void configurationChanged();
    void parametersChanged();
    void chartModeChanged();
    void focusModelChanged(qint64 modelId);
    void zoomToCapacityChanged(bool zoom);

private:
    void fillGpuControls();
    void fillQuantCombo();
    void fillFocusModelCombo();

    void presetChosen();
    void customGpuChanged();
    void selectPresetMatchingGpu();
    void updateCustomItem();
    void readParameters();
    void applyConfiguration();
    void applyParameters();
    void updateContextLabel();
    void updateAssumptions();
    void updateModeControls();

    const Dataset *m_dataset = nullptr;
    GpuConfiguration m_configuration;
    FitParameters m_parameters;

    QComboBox *m_gpuConfigCombo;
    QComboBox *m_gpuTypeCombo;
    QSpinBox *m_gpuCountSpin;
    QComboBox *m_quantCombo;
    QSlider *m_contextSlider;
    QLabel *m_contextLabel;
    QSpinBox *m_batchSpin;
    QComboBox *m_kvPrecisionCombo;
    QCheckBox *m_expertOffloadCheck;
    QComboBox *m_engineCombo;
    QDoubleSpinBox *m_systemBandwidthSpin;
    QDoubleSpinBox *m_utilisationSpin;
    QComboBox *m_chartModeCombo;
    ModelNameListModel *m_focusModelNames; // the focus picker's items
    QComboBox *m_focusModelCombo;
    QCheckBox *m_zoomCheck;
    QLabel *m_assumptionsLabel;
};
