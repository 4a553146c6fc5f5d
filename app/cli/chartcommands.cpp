// The commands that draw: `export chart` and `report`. They build the window's own views offscreen and
// configure them from the same options the table commands read, so a file shows what the window would.
#include "app/cli/commandline.h"

#include "models/core/dataaudit.h"
#include "models/core/datasources.h"
#include "models/core/format.h"
#include "models/document/atlasdocument.h"
#include "models/itemmodels/audittablemodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "views/charts/tierchartview.h"
#include "views/export/chartexporter.h"
#include "views/export/comparisonreport.h"
#include "views/export/reportwriter.h"
#include "views/pages/costview.h"
#include "views/pages/vramfitview.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSortFilterProxyModel>

#include <memory>

namespace {

const auto OutOption = QStringLiteral("out");

// The VRAM page as the window builds it: two fit models the page configures, and the page itself.
struct FitPage
{
    FitTableModel modelsFit;
    FitTableModel quantsFit;
    std::unique_ptr<VramFitView> view;

    explicit FitPage(const Dataset &dataset)
    {
        modelsFit.setDataset(&dataset);
        quantsFit.setDataset(&dataset);
        view = std::make_unique<VramFitView>(&modelsFit, &quantsFit);
        view->setDataset(&dataset);
    }
    ~FitPage() { view.reset(); } // the page watches the models: it goes first
};

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

bool CommandLine::showFitOptions(const QCommandLineParser &parser, const Dataset &dataset, VramFitView *view,
                                 bool utilisationIsCosts)
{
    // The fit table reads the fit options; its model then holds the configuration and assumptions they
    // describe, and the page is set to them.
    const std::optional<Table> table = fitTable(parser, dataset);
    if (!table)
        return false;
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(table->model);
    const auto *fit = qobject_cast<const FitTableModel *>(proxy ? proxy->sourceModel() : table->model);
    Q_ASSERT(fit);
    FitParameters wanted = fit->parameters();
    if (utilisationIsCosts) {
        // In a report --utilisation is the cost's average load; GPU memory keeps its usable share.
        wanted.utilisation = FitParameters().utilisation;
    }
    view->showSettings(fit->configuration(), wanted);
    const FitParameters shown = view->parameters();
    // The page's controls move in steps: say where they differ from what was asked, rather than chart
    // something else in silence.
    if (shown.contextTokens != wanted.contextTokens)
        m_err->write(tr("note: the VRAM chart's context moves in powers of two; %1 tokens is charted as %2.\n")
                         .arg(QString::number(wanted.contextTokens), Format::contextTokens(shown.contextTokens))
                         .toUtf8());
    if (shown.batch != wanted.batch)
        m_err->write(tr("note: the VRAM chart shows a batch of up to %1; %2 is charted as %1.\n")
                         .arg(QString::number(shown.batch), QString::number(wanted.batch))
                         .toUtf8());
    if (!qFuzzyCompare(shown.utilisation, wanted.utilisation))
        m_err->write(tr("note: the VRAM chart's usable share is %1, not %2.\n")
                         .arg(QString::number(shown.utilisation), QString::number(wanted.utilisation))
                         .toUtf8());
    return true;
}

bool CommandLine::showCostOptions(const QCommandLineParser &parser, const Dataset &dataset, CostView *view)
{
    // Without --tokens-per-month, the page's own volume: the chart needs one, the table command does not
    // guess.
    const std::optional<CostRequest> request = costRequest(parser, dataset, view->volume());
    if (!request)
        return false;
    QList<qint64> apiIds;
    for (const ApiPriceRecord &api : request->apis)
        apiIds << api.id;
    view->showSettings(request->model->id, request->configurations, apiIds, request->assumptions, request->volume);
    const CostAssumptions shown = view->assumptions();
    const auto note = [this](const QString &what, double wanted, double charted) {
        if (!qFuzzyCompare(wanted, charted))
            m_err->write(tr("note: the cost chart's %1 is %2, not %3.\n")
                             .arg(what, QString::number(charted), QString::number(wanted))
                             .toUtf8());
    };
    note(tr("volume"), request->volume, view->volume());
    note(tr("average utilisation"), request->assumptions.utilisation, shown.utilisation);
    note(tr("input share"), request->assumptions.inputRatio, shown.inputRatio);
    note(tr("output share"), request->assumptions.outputRatio, shown.outputRatio);
    return true;
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
        TierChartView view(table->model);
        ChartExporter exporter(view.chart());
        exporter.setFooter(DataSources::footer(dataset, DataSources::TierListTopics));
        saved = exporter.save(path, size->pixels, size->scale, &error);
    } else if (kind == QLatin1String("cost")) {
        CostView view;
        view.setDataset(&dataset);
        if (!showCostOptions(parser, dataset, &view))
            return m_exitCode;
        ChartExporter exporter(view.chart());
        exporter.setFooter(DataSources::footer(dataset, DataSources::CostTopics));
        saved = exporter.save(path, size->pixels, size->scale, &error);
    } else {
        if (parser.isSet(QStringLiteral("model")))
            return usageError(tr("the VRAM chart shows every model; leave out --model (or use “fit --model”)."));
        FitPage page(dataset);
        if (!showFitOptions(parser, dataset, page.view.get()))
            return m_exitCode;
        ChartExporter exporter(page.view->chart());
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

    FitPage page(dataset);
    if (!showFitOptions(parser, dataset, page.view.get(), true))
        return m_exitCode;
    CostView costs;
    costs.setDataset(&dataset);
    if (!showCostOptions(parser, dataset, &costs))
        return m_exitCode;
    const std::optional<Table> tiers = modelsTable(parser, dataset);
    if (!tiers)
        return m_exitCode;
    // The tier table's "Needs" and "Fit" columns follow the page's configuration, as in the window.
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(tiers->model);
    if (auto *tierModel = qobject_cast<TierTableModel *>(proxy ? proxy->sourceModel() : nullptr))
        tierModel->setFitModel(&page.modelsFit);
    TierChartView tierChart(tiers->model);
    AuditTableModel audit;
    audit.setFindings(DataAudit::run(dataset));

    ComparisonReport::Inputs inputs;
    inputs.dataset = &dataset;
    inputs.databaseName = QFileInfo(document.filePath()).fileName();
    inputs.fitView = page.view.get();
    inputs.costView = &costs;
    inputs.tierChart = &tierChart;
    inputs.tierTable = tiers->model;
    inputs.auditFindings = &audit;
    QString error;
    if (!ComparisonReport::build(inputs).save(path, &error))
        return failure(error);
    return Success;
}
