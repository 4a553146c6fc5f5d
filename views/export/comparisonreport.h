#pragma once

#include "views/export/reportwriter.h"

class CostView;
class QAbstractItemModel;
class TierChartView;
class VramFitView;
struct Dataset;

// The comparison report, for people who will never open LLM Atlas: the chosen configuration's fit chart,
// the cost chart at the chosen volume, the tier overview, the tier table, the cost options and the audit
// findings, with every assumption and source behind them. The window and the command line fill it from
// the same views, so the report shows what those views show.
namespace ComparisonReport {

struct Inputs
{
    const Dataset *dataset = nullptr;
    QString databaseName;
    VramFitView *fitView = nullptr;
    CostView *costView = nullptr;     // optional
    TierChartView *tierChart = nullptr; // optional
    const QAbstractItemModel *tierTable = nullptr;
    const QAbstractItemModel *auditFindings = nullptr;
};

ReportWriter build(const Inputs &inputs);

} // namespace ComparisonReport
