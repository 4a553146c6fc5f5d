#include "views/export/comparisonreport.h"

#include "models/core/dataset.h"
#include "models/core/datasources.h"
#include "models/core/formatting/format.h"
#include "models/itemmodels/audittablemodel.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "views/charts/costchart.h"
#include "views/charts/vramfitchart.h"

#include <QChart>
#include <QDate>
#include <QLocale>

namespace ComparisonReport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ComparisonReport", text);
}

QString percent(double share)
{
    return QStringLiteral("%1%").arg(QLocale().toString(share * 100, 'f', 0));
}

ReportWriter::FactSection fitFacts(const GpuConfiguration &configuration, const FitParameters &p)
{
    return {tr("Assumptions: memory fit"),
            {{tr("GPU configuration"),
              tr("%1, %2 of memory").arg(configuration.name(), Format::gigabytes(configuration.memoryBytes()))},
             {tr("Usable share of GPU memory"), percent(p.utilisation)},
             {tr("Weights"), tr("%1, %2 bits per weight").arg(p.quantName, QLocale().toString(p.bitsPerWeight))},
             {tr("Context per sequence"), tr("%1 tokens").arg(Format::exactContextTokens(p.contextTokens))},
             {tr("Concurrent sequences"), QLocale().toString(p.batch)},
             {tr("KV cache precision"), MemoryEstimator::kvPrecisionName(p.kvPrecision)},
             {tr("MoE routed experts"), p.expertOffload ? tr("in system RAM") : tr("on the GPUs")},
             {tr("Runtime reserve per GPU"), Format::gigabytes(p.runtimeReservePerGpuBytes)},
             {tr("Prefill chunk"), tr("%1 tokens").arg(QLocale().toString(p.prefillChunkTokens))}}};
}

ReportWriter::FactSection costFacts(const CostChart &chart, const Dataset &dataset)
{
    const CostAssumptions a = chart.assumptions();
    QString model;
    for (const CostOption &option : chart.comparison().options) {
        if (const ModelRecord *record = option.kind == CostOptionKind::SelfHost ? dataset.model(option.modelId)
                                                                                : nullptr) {
            model = record->name;
            break;
        }
    }
    ReportWriter::FactSection section{tr("Assumptions: cost"), {}};
    if (!model.isEmpty())
        section.facts << ReportWriter::Fact{tr("Model self-hosted"), model};
    section.facts << ReportWriter::Fact{tr("Volume"), tr("%1 tokens a month").arg(Format::tokens(chart.volume()))}
                  << ReportWriter::Fact{tr("Input : output tokens"), QStringLiteral("%1 : %2")
                                                                          .arg(QLocale().toString(a.inputRatio),
                                                                               QLocale().toString(a.outputRatio))}
                  << ReportWriter::Fact{tr("Average use of peak throughput"), percent(a.utilisation)};
    if (a.ownership == Ownership::Rent) {
        section.facts << ReportWriter::Fact{tr("GPUs"), tr("rented at the listed cloud rates")};
    } else {
        section.facts << ReportWriter::Fact{tr("GPUs"),
                                            tr("bought, spread over %1 months, drawing full power at %2 a kWh")
                                                .arg(QString::number(a.amortisationMonths),
                                                     Format::usd(a.powerUsdPerKwh))};
    }
    section.facts << ReportWriter::Fact{tr("Hours in a month"), QLocale().toString(a.hoursPerMonth)}
                  << ReportWriter::Fact{tr("Largest batch an engine runs"), QLocale().toString(a.maxBatch)}
                  << ReportWriter::Fact{tr("Fit and throughput"),
                                        tr("%1 weights, %2 tokens of context per sequence")
                                            .arg(a.fit.quantName, Format::exactContextTokens(a.fit.contextTokens))};
    return section;
}

} // namespace

ReportWriter build(const Inputs &in)
{
    const Dataset &dataset = *in.dataset;
    ReportWriter report;
    report.setTitle(tr("LLM Atlas comparison report"),
                    tr("Made with LLM Atlas %1 on %2 from %3.")
                        .arg(QStringLiteral(LLM_ATLAS_VERSION), QDate::currentDate().toString(Qt::ISODate),
                             in.databaseName));

    const GpuConfiguration configuration = in.fitChart->model()->configuration();
    const FitParameters parameters = in.fitChart->model()->parameters();
    report.addChart({tr("VRAM fit"),
                     tr("What each model needs in GPU memory on %1 (weights, KV cache and overhead), against the "
                        "usable capacity, drawn as a dashed line.")
                         .arg(configuration.name()),
                     in.fitChart, DataSources::footer(dataset, DataSources::MemoryFitTopics)});
    if (in.costChart) {
        report.addChart({tr("Cost against volume"),
                         tr("Monthly cost of self-hosting and of APIs as the monthly volume grows; the marker "
                            "stands at %1 tokens a month.")
                             .arg(Format::tokens(in.costChart->volume())),
                         in.costChart, DataSources::footer(dataset, DataSources::CostTopics)});
    }
    if (in.tierChart) {
        report.addChart({tr("Tier overview"),
                         tr("The tier list's models by total parameters, with the part used for each token."),
                         in.tierChart, DataSources::footer(dataset, DataSources::TierListTopics)});
    }

    report.addFacts(fitFacts(configuration, parameters));
    if (in.costChart)
        report.addFacts(costFacts(*in.costChart, dataset));
    if (in.tierTable) {
        report.addTable({tr("Tier list"),
                         tr("As filtered and sorted in the window; “Needs” and “Fit” are for %1.").arg(configuration.name()),
                         in.tierTable,
                         {TierTableModel::Rank, TierTableModel::Tier, TierTableModel::Name, TierTableModel::Vendor,
                          TierTableModel::TotalParams, TierTableModel::ActiveParams, TierTableModel::Architecture,
                          TierTableModel::MaxContext, TierTableModel::License, TierTableModel::MemoryNeeded,
                          TierTableModel::FitVerdict},
                         {},
                         {}});
    }
    if (in.costChart && in.costOptions) {
        report.addTable({tr("Cost options"),
                         tr("At %1 tokens a month, cheapest first.").arg(Format::tokens(in.costChart->volume())),
                         in.costOptions,
                         {CostTableModel::Option, CostTableModel::MonthlyUsd, CostTableModel::UsdPerMillion,
                          CostTableModel::Replicas, CostTableModel::Utilisation, CostTableModel::Note},
                         {},
                         {}});
    }
    if (in.auditFindings) {
        report.addTable({tr("Data audit"),
                         tr("Where the data contradicts itself or physics, worst first."), in.auditFindings,
                         {}, {}, {}});
    }
    ReportWriter::TableSection sources{tr("Sources"), tr("Every source the database cites, with its as-of date."),
                                       nullptr, {}, {tr("Source"), tr("Origin"), tr("As of")}, {}};
    for (const DataSources::Entry &entry : DataSources::entries(dataset))
        sources.rows << QStringList{entry.title, entry.origin, entry.asOf};
    report.addTable(sources);
    return report;
}

} // namespace ComparisonReport
