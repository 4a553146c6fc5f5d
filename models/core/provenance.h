#pragma once

#include <QCoreApplication>
#include <QDate>

struct Dataset;

// Where a fact comes from and how fresh it is, in words for tooltips and the details panel. A fact is stale
// when its as-of date (or its last edit) is older than a configurable number of months.
class Provenance
{
    Q_DECLARE_TR_FUNCTIONS(Provenance)

public:
    static constexpr int DefaultStaleMonths = 12;

    static int staleMonths();
    static void setStaleMonths(int months);
    // The day ages are measured from; today unless a test pins it.
    static QDate today();
    static void setToday(const QDate &date);

    // Parses 2026, 2026-03 or 2026-03-15 (or an ISO date-time) as the last day it can mean.
    static QDate latestDate(const QString &isoDate);
    static bool isStale(const QString &asOf, const QString &editedAt);
    // Whether a fact of this key can go out of date: prices, cloud rates and street prices move with the
    // market; an architecture, a licence or a release date stays true however old its source is.
    static bool canAge(const QString &key);
    // The one sentence the tables show for what a greyed cell means.
    static QString greyMeaning();

    // "Source: title — origin (as of 2026-03)", "Edited 2026-04-02", "Older than 12 months…"
    // `canAge` false leaves out the staleness warning (see canAge()).
    static QString describe(const Dataset &dataset, qint64 sourceId, const QString &asOf, const QString &editedAt,
                            bool fieldEdited, bool canAge = true);
};
