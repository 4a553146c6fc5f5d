#pragma once

#include "models/core/costcomparison.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class CostTableModel;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QLineSeries;
class QListWidget;
class QListWidgetItem;
class QLogValueAxis;
class QScatterSeries;
class QSlider;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QTimer;
class QXYSeries;
class ModelNameListModel;
class QuotedCostAuditModel;
struct Dataset;

// The cost page: at a monthly token volume chosen on a logarithmic slider, what one model costs through
// each chosen API and on each chosen GPU configuration, as a log-log chart of monthly cost against volume
// (a line per option, a marker at the volume, a point at each break-even), a table of the options at the
// volume, cheapest first, and the article's quoted scenarios beside what the cost model makes of them.
class CostView : public QWidget
{
    Q_OBJECT

public:
    // The slider's range, in tokens a month: the range break-evens are searched in.
    static constexpr double MinimumVolume = 1e6;
    static constexpr double MaximumVolume = 1e11;
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
    // command line reproduces the page for an export. A configuration the list does not name is added to
    // it; whatever is not given is unchecked. Values go where the controls can take them; assumptions()
    // then says what the chart shows.
    void showSettings(qint64 modelId, const QList<GpuConfiguration> &configurations, const QList<qint64> &apiIds,
                      const CostAssumptions &assumptions, double tokensPerMonth);

    double volume() const { return m_volume; }
    CostAssumptions assumptions() const { return m_assumptions; }
    // Everything priced at the current volume, as the table and the summary show it.
    const CostComparison &comparison() const { return m_comparison; }
    CostTableModel *optionsModel() const { return m_optionsModel; }
    QuotedCostAuditModel *quotedCostAuditModel() const { return m_auditModel; }
    QChart *chart() const { return m_chart; }

signals:
    void volumeChanged(double tokensPerMonth);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createVolumeRow();
    void createChart();
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

    // Everything that changes the lines: recompute the comparison, resample every line, rescale the axes.
    void rebuild();
    // Only the volume moved: the lines stay, the comparison, the table, the marker and the summary follow.
    void recomputeAtVolume();
    void rebuildLines();
    void updateBreakEvenPoints();
    void updateVolumeMarker();
    void updateAxisRanges(double minUsd, double maxUsd);
    // The summary is written once the events of a step are handled: a slider dragged through several
    // steps writes it once, and a step's update stays quick (laying out the text is most of its cost).
    void updateSummary();
    void writeSummary();
    void updateChartTitle();
    void applyChartTheme();
    void styleLine(QLineSeries *series, int colourIndex, bool api) const;
    void showPointToolTip(QXYSeries *series, const QPointF &point, bool hovered);

    const Dataset *m_dataset = nullptr;
    qint64 m_modelId = 0; // the model the API list's defaults were last chosen for
    CostAssumptions m_assumptions;
    double m_volume = 1e8;
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

    QChart *m_chart;
    QChartView *m_chartView;
    // The series are drawn against logarithmic axes; the axes that show them are hidden, and category axes
    // over the same range in powers of ten carry the labels, because a QLogValueAxis formats its labels
    // with printf and cannot write "10B" or "$10k".
    QLogValueAxis *m_volumeAxis;
    QLogValueAxis *m_costAxis;
    QCategoryAxis *m_volumeLabels;
    QCategoryAxis *m_costLabels;
    QList<QLineSeries *> m_lines;
    QHash<QXYSeries *, int> m_lineOptions; // series -> its option's index in m_comparison.options
    QLineSeries *m_volumeMarker;
    QScatterSeries *m_breakEvenSeries;
    QStringList m_breakEvenTexts; // parallel to the scatter's points
    QStringList m_undrawn;        // checked options with no line: not feasible at any volume

    CostTableModel *m_optionsModel;
    QTableView *m_table;
    QTextBrowser *m_summary;
    QTimer *m_summaryTimer;
    QuotedCostAuditModel *m_auditModel;
    QTableView *m_auditTable;
};
