#pragma once

#include "models/core/costcomparison.h"
#include "views/charts/costchart.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class ChartToolTip;
class CostTableModel;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSlider;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QTimer;
class ModelNameListModel;
class QuotedCostAuditModel;
struct Dataset;

// The cost page: at a monthly token volume chosen on a logarithmic slider, what one model costs through
// each chosen API and on each chosen GPU configuration, as the cost chart (CostChart: a line per option, a
// marker at the volume, a point at each break-even), a table of the options at the volume, cheapest first,
// and the article's quoted scenarios beside what the cost model makes of them.
class CostView : public QWidget
{
    Q_OBJECT

public:
    // The slider's range, in tokens a month: the range break-evens are searched in.
    static constexpr double MinimumVolume = CostChart::MinimumVolume;
    static constexpr double MaximumVolume = CostChart::MaximumVolume;
    // Slider steps per factor of ten: fine enough to feel continuous, coarse enough for round volumes.
    static constexpr int StepsPerDecade = 20;

    explicit CostView(QWidget *parent = nullptr);

    // Fills the pickers (models, GPU configurations, APIs) and recomputes. The dataset must outlive the
    // view or the next call.
    void setDataset(const Dataset *dataset);
    // Quantization and context behind every fit and throughput estimate; the VRAM page's choice, say.
    void setFitParameters(const FitParameters &parameters);
    // The model compared; an id that is not in the dataset is ignored.
    void setCurrentModel(qint64 modelId);
    // Volumes outside the slider's range are clamped to it.
    void setVolume(double tokensPerMonth);
    // Sets the model, the configurations and APIs compared, the assumptions and the volume at once: how the
    // controls. A configuration the list does not name is added to it; whatever is not given is unchecked.
    // Values go where the controls can take them; assumptions() then says what the page shows. A chart of
    // exact values needs no page: see CostChart.
    void showSettings(qint64 modelId, const QList<GpuConfiguration> &configurations, const QList<qint64> &apiIds,
                      const CostAssumptions &assumptions, double tokensPerMonth);

    double volume() const { return m_volume; }
    CostAssumptions assumptions() const { return m_assumptions; }
    // Everything priced at the current volume, as the table and the summary show it.
    const CostComparison &comparison() const { return m_comparison; }
    CostTableModel *optionsModel() const { return m_optionsModel; }
    QuotedCostAuditModel *quotedCostAuditModel() const { return m_auditModel; }
    CostChart *chart() const;

signals:
    void volumeChanged(double tokensPerMonth);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createVolumeRow();
    // widestText(column): the longest text a column can show, or empty to leave its width alone.
    static void configureTable(QTableView *table, const std::function<QString(int)> &widestText);

    void fillModelCombo();
    void fillConfigurationList();
    void fillApiList();
    void modelChosen();
    void readAssumptions();
    void updateAssumptionControls();

    void sliderMoved(int step);
    void volumeTextEdited();
    void volumeTextEntered();
    void showVolumeError(const QString &message);
    void applyVolume(double tokensPerMonth);

    const ModelRecord *currentModel() const;
    QList<GpuConfiguration> checkedConfigurations() const;
    QList<ApiPriceRecord> checkedApis() const;

    // Everything that changes the lines: recompute the comparison, draw the chart again.
    void rebuild();
    // Only the volume moved: the lines stay, the comparison, the table, the marker and the summary follow.
    void recomputeAtVolume();
    // The summary is written once the events of a step are handled: a slider dragged through several
    // steps writes it once, and a step's update stays quick (laying out the text is most of its cost).
    void updateSummary();
    void writeSummary();
    void applyChartTheme();

    const Dataset *m_dataset = nullptr;
    qint64 m_modelId = 0; // the model the API list's defaults were last chosen for
    CostAssumptions m_assumptions;
    double m_volume = CostChart::DefaultVolume;
    CostComparison m_comparison;

    QSlider *m_volumeSlider;
    QLineEdit *m_volumeEdit;
    QLabel *m_volumeErrorLabel;
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

    CostChart *m_chart;
    QChartView *m_chartView;
    ChartToolTip *m_toolTip = nullptr;

    CostTableModel *m_optionsModel;
    QTableView *m_table;
    QTextBrowser *m_summary;
    QTimer *m_summaryTimer;
    QuotedCostAuditModel *m_auditModel;
    QTableView *m_auditTable;
};
