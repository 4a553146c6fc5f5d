// The commands that draw: `export chart` and `report`. They build the window's charts from the models the
// table commands fill from the same options, with no page: each chart shows exactly what was asked.
#include "app/cli/commandline.h"

#include "models/core/cost/costcomparison.h"
#include "models/core/dataaudit.h"
#include "models/core/dataset.h"
#include "models/core/datasources.h"
#include "models/core/formatting/format.h"
#include "models/document/atlasdocument.h"
#include "models/itemmodels/audittablemodel.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "views/charts/costchart.h"
#include "views/charts/tierchart.h"
#include "views/charts/vramfitchart.h"
#include "views/export/chartexporter.h"
#include "views/export/comparisonreport.h"
#include "views/export/reportwriter.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSortFilterProxyModel>

namespace {

const auto OutOption = QStringLiteral("out");

} // namespace

std::optional<CommandLine::ChartSize> CommandLine::chartSize(const QCommandLineParser &parser)
{
    const auto width = integerOption(parser, QStringLiteral("width"), ChartExporter::MinimumSide,
                                     ChartExporter::MaximumSide, ChartExporter::DefaultSize.width());
    const auto height = integerOption(parser, QStringLiteral("height"), ChartExporter::MinimumSide,
                                      ChartExporter::MaximumSide, ChartExporter::DefaultSize.height());
    if (!width || !height)
        return std::nullopt;
    double scale = 1;
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(scale >= ChartExporter::MinimumScale && scale <= ChartExporter::MaximumScale)) {
            usageError(tr("--scale must be a number from %1 to %2, not “%3”.")
                           .arg(ChartExporter::MinimumScale)
                           .arg(ChartExporter::MaximumScale)
                           .arg(parser.value(QStringLiteral("scale"))));
            return std::nullopt;
        }
    }
    return ChartSize{QSize(int(*width), int(*height)), scale};
}

FitTableModel *CommandLine::chartedFit(const QCommandLineParser &parser, const Dataset &dataset, Table *table,
                                       bool utilisationIsCosts)
{
    // The fit table reads the fit options: its model holds the configuration and assumptions they describe,
    // and the chart draws every model of it, whatever --model filters for the cost.
    std::optional<Table> fitTable = this->fitTable(parser, dataset);
    if (!fitTable)
        return nullptr;
    *table = std::move(*fitTable);
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model);
    auto *fit = qobject_cast<FitTableModel *>(proxy ? proxy->sourceModel() : table->model);
    Q_ASSERT(fit);
    if (utilisationIsCosts) {
        // In a report --utilisation is the cost's average load; GPU memory keeps its usable share.
        FitParameters parameters = fit->parameters();
        parameters.utilisation = FitParameters().utilisation;
        fit->setParameters(parameters);
    }
    return fit;
}

std::optional<CostComparison> CommandLine::chartedCosts(const QCommandLineParser &parser, const Dataset &dataset,
                                                        CostChart *chart)
{
    // Without --tokens-per-month, where the cost page starts: the chart needs a volume, the table command
    // does not guess.
    const std::optional<CostRequest> request = costRequest(parser, dataset, CostChart::DefaultVolume);
    if (!request)
        return std::nullopt;
    if (!(request->volume >= CostChart::MinimumVolume && request->volume <= CostChart::MaximumVolume))
        m_err->write(tr("note: the cost chart spans %1 to %2 tokens a month; %3 is beyond it and has no marker.\n")
                         .arg(Format::tokens(CostChart::MinimumVolume), Format::tokens(CostChart::MaximumVolume),
                              Format::tokens(request->volume))
                         .toUtf8());
    const CostComparison comparison = CostComparison::compute(*request->model, request->configurations,
                                                              request->apis, dataset.gpus, request->volume,
                                                              request->assumptions);
    chart->setComparison(&dataset, request->model, comparison, request->assumptions);
    return comparison;
}

int CommandLine::exportChart(const QCommandLineParser &parser, const QStringList &arguments)
{
    static const QStringList kinds{QStringLiteral("tiers"), QStringLiteral("vram"), QStringLiteral("cost")};
    if (arguments.size() != 2 || !kinds.contains(arguments.at(1)))
        return usageError(tr("“export chart” needs which chart: tiers, vram or cost."));
    const QString path = parser.value(OutOption);
    if (path.isEmpty())
        return usageError(tr("“export” needs --out FILE."));
    if (!ChartExporter::formatFromSuffix(path))
        return usageError(tr("cannot tell the format of “%1”: use a .png, .svg or .pdf file.").arg(path));
    const std::optional<ChartSize> size = chartSize(parser);
    if (!size)
        return UsageError;

    AtlasDocument document;
    if (!openDocument(parser, document))
        return Failure;
    const Dataset &dataset = document.dataset();
    const QString kind = arguments.at(1);
    QString error;
    bool saved = false;
    if (kind == QLatin1String("tiers")) {
        // The models table reads --tier and --sort: the chart lists the rows that table would.
        const std::optional<Table> table = modelsTable(parser, dataset);
        if (!table)
            return m_exitCode;
        TierChart chart(table->model);
        chart.refresh();
        ChartExporter exporter(&chart);
        exporter.setFooter(DataSources::footer(dataset, DataSources::TierListTopics));
        saved = exporter.save(path, size->pixels, size->scale, &error);
    } else if (kind == QLatin1String("cost")) {
        CostChart chart;
        if (!chartedCosts(parser, dataset, &chart))
            return m_exitCode;
        ChartExporter exporter(&chart);
        exporter.setFooter(DataSources::footer(dataset, DataSources::CostTopics));
        saved = exporter.save(path, size->pixels, size->scale, &error);
    } else {
        if (parser.isSet(QStringLiteral("model")))
            return usageError(tr("the VRAM chart shows every model; leave out --model (or use “fit --model”)."));
        Table table;
        const FitTableModel *fit = chartedFit(parser, dataset, &table);
        if (!fit)
            return m_exitCode;
        VramFitChart chart;
        chart.setModel(fit);
        ChartExporter exporter(&chart);
        exporter.setFooter(DataSources::footer(dataset, DataSources::MemoryFitTopics));
        saved = exporter.save(path, size->pixels, size->scale, &error);
    }
    return saved ? Success : failure(error);
}

int CommandLine::writeReport(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("unexpected “%1”.").arg(arguments.join(QLatin1Char(' '))));
    const QString path = parser.value(OutOption);
    if (path.isEmpty())
        return usageError(tr("“report” needs --out FILE."));
    if (!ReportWriter::formatFromSuffix(path))
        return usageError(tr("cannot tell the format of “%1”: use a .pdf or .html file.").arg(path));

    AtlasDocument document;
    if (!openDocument(parser, document))
        return Failure;
    const Dataset &dataset = document.dataset();

    Table fitTable;
    const FitTableModel *fit = chartedFit(parser, dataset, &fitTable, true);
    if (!fit)
        return m_exitCode;
    VramFitChart fitChart;
    fitChart.setModel(fit);
    CostChart costChart;
    const std::optional<CostComparison> costs = chartedCosts(parser, dataset, &costChart);
    if (!costs)
        return m_exitCode;
    CostTableModel costOptions;
    costOptions.setOptions(costs->options);
    const std::optional<Table> tiers = modelsTable(parser, dataset);
    if (!tiers)
        return m_exitCode;
    // The tier table's "Needs" and "Fit" columns follow the fit chart's configuration, as in the window.
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(tiers->model);
    if (auto *tierModel = qobject_cast<TierTableModel *>(proxy ? proxy->sourceModel() : nullptr))
        tierModel->setFitModel(fit);
    TierChart tierChart(tiers->model);
    tierChart.refresh();
    AuditTableModel audit;
    audit.setFindings(DataAudit::run(dataset));

    ComparisonReport::Inputs inputs;
    inputs.dataset = &dataset;
    inputs.databaseName = QFileInfo(document.filePath()).fileName();
    inputs.fitChart = &fitChart;
    inputs.costChart = &costChart;
    inputs.costOptions = &costOptions;
    inputs.tierChart = &tierChart;
    inputs.tierTable = tiers->model;
    inputs.auditFindings = &audit;
    QString error;
    if (!ComparisonReport::build(inputs).save(path, &error))
        return failure(error);
    return Success;
}
