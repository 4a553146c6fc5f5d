#include "models/core/provenance.h"

#include "models/core/dataset.h"
#include "models/core/recordfields.h"

namespace {
int g_staleMonths = Provenance::DefaultStaleMonths;
QDate g_today;
} // namespace

int Provenance::staleMonths()
{
    return g_staleMonths;
}

void Provenance::setStaleMonths(int months)
{
    g_staleMonths = std::max(1, months);
}

QDate Provenance::today()
{
    return g_today.isValid() ? g_today : QDate::currentDate();
}

void Provenance::setToday(const QDate &date)
{
    g_today = date;
}

QDate Provenance::latestDate(const QString &isoDate)
{
    const QString date = isoDate.left(10);
    if (!RecordFields::isIsoDate(date))
        return QDate();
    const int year = date.left(4).toInt();
    if (date.size() == 4)
        return QDate(year, 12, 31);
    const int month = date.mid(5, 2).toInt();
    if (date.size() == 7)
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    return QDate::fromString(date, Qt::ISODate);
}

bool Provenance::isStale(const QString &asOf, const QString &editedAt)
{
    const QDate date = latestDate(editedAt.isEmpty() ? asOf : editedAt);
    return date.isValid() && date < today().addMonths(-staleMonths());
}

bool Provenance::canAge(const QString &key)
{
    static const QStringList ageing{QStringLiteral("street_price_usd"),          QStringLiteral("cloud_usd_per_hour"),
                                    QStringLiteral("cloud_price_as_of"),         QStringLiteral("input_usd_per_mtok"),
                                    QStringLiteral("cached_input_usd_per_mtok"), QStringLiteral("output_usd_per_mtok"),
                                    QStringLiteral("as_of")};
    return ageing.contains(key);
}

QString Provenance::greyMeaning()
{
    return tr("Grey: a price older than %n month(s) (its as-of date); check it is still true. "
              "Italic: edited by you.",
              nullptr, staleMonths());
}

QString Provenance::describe(const Dataset &dataset, qint64 sourceId, const QString &asOf, const QString &editedAt,
                             bool fieldEdited, bool canAge)
{
    QStringList lines;
    if (const SourceRecord *source = dataset.source(sourceId)) {
        lines << tr("Source: %1 — %2").arg(source->title, source->origin);
        lines << tr("As of %1").arg(asOf.isEmpty() ? source->asOf : asOf);
    }
    if (fieldEdited && !editedAt.isEmpty())
        lines << tr("Edited %1").arg(editedAt.left(10));
    else if (!editedAt.isEmpty())
        lines << tr("Other facts of this row edited %1").arg(editedAt.left(10));
    const QString effective = asOf.isEmpty() && dataset.source(sourceId) ? dataset.source(sourceId)->asOf : asOf;
    if (canAge && isStale(effective, fieldEdited ? editedAt : QString()))
        lines << tr("Older than %n month(s): check it is still true.", nullptr, staleMonths());
    return lines.join(QLatin1Char('\n'));
}
