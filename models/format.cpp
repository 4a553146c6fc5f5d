#include "models/format.h"

#include "db/records.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

// Scales a count to K/M/B/T with at most `decimals` decimals, dropping a trailing ".0".
QString scaled(double value, const char *const *suffixes, int suffixCount, double base, int decimals)
{
    int index = 0;
    while (index + 1 < suffixCount && std::abs(value) >= base) {
        value /= base;
        ++index;
    }
    QString text = QLocale().toString(value, 'f', std::abs(value) >= 100 ? 0 : decimals);
    const QString zeroes = QLocale().decimalPoint() + QString(decimals, QLatin1Char('0'));
    if (decimals > 0 && text.endsWith(zeroes))
        text.chop(zeroes.size());
    return text + QLatin1String(suffixes[index]);
}

} // namespace

namespace Format {

QString params(qint64 count)
{
    static const char *const suffixes[] = {"", "K", "M", "B", "T"};
    return scaled(double(count), suffixes, 5, 1000.0, 1);
}

QString contextTokens(qint64 tokens)
{
    static const char *const suffixes[] = {"", "K", "M"};
    return scaled(double(tokens), suffixes, 3, 1024.0, 1);
}

QString gigabytes(double bytes)
{
    return QCoreApplication::translate("Format", "%1 GB").arg(QLocale().toString(bytes / 1e9, 'f', 1));
}

QString usd(double amount)
{
    const int decimals = amount >= 100 ? 0 : amount >= 0.1 ? 2 : 3;
    return QStringLiteral("$") + QLocale().toString(amount, 'f', decimals);
}

QString tokens(double count)
{
    static const char *const suffixes[] = {"", "K", "M", "B", "T"};
    return scaled(count, suffixes, 5, 1000.0, 1);
}

QString attentionKind(int kind)
{
    switch (AttentionKind(kind)) {
    case AttentionKind::GroupedQuery:
        return QCoreApplication::translate("Format", "Grouped-query");
    case AttentionKind::MultiHeadLatent:
        return QCoreApplication::translate("Format", "Latent (MLA)");
    case AttentionKind::Hybrid:
        return QCoreApplication::translate("Format", "Hybrid linear/full");
    case AttentionKind::Chunked:
        return QCoreApplication::translate("Format", "Chunked local/global");
    }
    return QString();
}

QString architecture(bool moe, int routedExperts, int expertsPerToken)
{
    if (!moe)
        return QCoreApplication::translate("Format", "Dense");
    return QCoreApplication::translate("Format", "MoE %1 of %2").arg(expertsPerToken).arg(routedExperts);
}

} // namespace Format
