#pragma once

#include <QFlags>
#include <QList>
#include <QString>

struct Dataset;

// Where a chart's or a report's figures come from, with their as-of dates, in words for a footer or a
// sources section: a picture that leaves the app must still say what it was made from and when.
namespace DataSources {

enum class Topic {
    Article = 0x1,      // the tier list and the article's quoted figures
    ModelConfigs = 0x2, // architecture facts from model configurations
    Gpus = 0x4,         // GPU datasheets
    QuantFormats = 0x8, // quantization format definitions
    Prices = 0x10,      // API list prices and GPU rental rates
};
Q_DECLARE_FLAGS(Topics, Topic)
Q_DECLARE_OPERATORS_FOR_FLAGS(Topics)

// The sources behind each of the app's answers, for the footer of the chart that shows it.
constexpr Topics TierListTopics = Topics(Topic::Article) | Topic::ModelConfigs;
constexpr Topics MemoryFitTopics = Topics(Topic::ModelConfigs) | Topic::Gpus | Topic::QuantFormats;
constexpr Topics CostTopics = MemoryFitTopics | Topic::Prices;

// One line: "Data: LLM Atlas dataset — article “…” as of 2026-03; model configs 2024-09 to 2026-02; …".
// Only the topics asked for, and only those the dataset has rows for.
QString footer(const Dataset &dataset, Topics topics);

// A date range of as-of strings, trimmed to months: "2026-03", or "2024-09 to 2026-02"; empty for none.
QString dateRange(QList<QString> asOfDates);

struct Entry
{
    QString title;
    QString origin;
    QString asOf;
};
// Every source the dataset cites, in its order, for a report's sources section.
QList<Entry> entries(const Dataset &dataset);

} // namespace DataSources
