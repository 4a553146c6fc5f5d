#pragma once

#include "models/core/cost/costcomparison.h"
#include "views/charts/costchart.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class ChartToolTip;
class CostControls;
class CostTableModel;
class QChart;
class QChartView;
class QLabel;
class QLineEdit;
class QSlider;
class QTableView;
class QTextBrowser;
class QTimer;
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
    void setUpChart();
    void setUpTables();
    void setUpSummary();
    QWidget *createVolumeRow();
    // widestText(column): the longest text a column can show, or empty to leave its width alone.
    static void configureTable(QTableView *table, const std::function<QString(int)> &widestText);

    void sliderMoved(int step);
    void volumeTextEdited();
    void volumeTextEntered();
    void showVolumeError(const QString &message);
    void applyVolume(double tokensPerMonth);

    const ModelRecord *currentModel() const;

    // Everything that changes the lines: recompute the comparison, draw the chart again.
    void rebuild();
    // Only the volume moved: the lines stay, the comparison, the table, the marker and the summary follow.
    void recomputeAtVolume();
    // The volume row and the serving columns as the workload (or its absence) wants them.
    void showWorkload();
    // The summary is written once the events of a step are handled: a slider dragged through several
    // steps writes it once, and a step's update stays quick (laying out the text is most of its cost).
    void updateSummary();
    void writeSummary();
    void applyChartTheme();

    const Dataset *m_dataset = nullptr;
    CostAssumptions m_assumptions; // the controls' when the lines were last drawn
    double m_volume = CostChart::DefaultVolume;
    CostComparison m_comparison;

    QSlider *m_volumeSlider;
    QLineEdit *m_volumeEdit;
    QLabel *m_volumeErrorLabel;
    CostControls *m_controls;

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
