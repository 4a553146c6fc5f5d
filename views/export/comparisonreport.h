#pragma once

#include "views/export/reportwriter.h"

class CostChart;
class QAbstractItemModel;
class QChart;
class VramFitChart;
struct Dataset;

// The comparison report, for people who will never open LLM Atlas: the chosen configuration's fit chart,
// the cost chart at the chosen volume, the tier overview, the tier table, the cost options and the audit
// findings, with every assumption and source behind them. The window and the command line fill it with
// the same charts and models, so the report shows what the window shows.
namespace ComparisonReport {

struct Inputs
{
    const Dataset *dataset = nullptr;
    QString databaseName;
    // Its model's configuration and assumptions are the report's memory fit.
    VramFitChart *fitChart = nullptr;
    CostChart *costChart = nullptr;                // optional; with it, the options at its volume:
    const QAbstractItemModel *costOptions = nullptr; // CostTableModel's columns
    QChart *tierChart = nullptr;                   // optional
    const QAbstractItemModel *tierTable = nullptr;
    const QAbstractItemModel *auditFindings = nullptr;
};

ReportWriter build(const Inputs &inputs);

} // namespace ComparisonReport
