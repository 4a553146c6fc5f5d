#include "models/core/formatting/format.h"

#include "models/core/records.h"

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

Format::ByteUnit g_byteUnit = Format::ByteUnit::Gigabytes;
Format::CurrencyDisplay g_currencyDisplay = Format::CurrencyDisplay::Symbol;

} // namespace

namespace Format {

void setByteUnit(ByteUnit unit)
{
    g_byteUnit = unit;
}

ByteUnit byteUnit()
{
    return g_byteUnit;
}

double bytesPerUnit()
{
    return g_byteUnit == ByteUnit::Gibibytes ? double(qint64(1) << 30) : 1e9;
}

QString byteUnitName()
{
    return g_byteUnit == ByteUnit::Gibibytes ? QStringLiteral("GiB") : QStringLiteral("GB");
}

void setCurrencyDisplay(CurrencyDisplay display)
{
    g_currencyDisplay = display;
}

CurrencyDisplay currencyDisplay()
{
    return g_currencyDisplay;
}

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

QString exactContextTokens(qint64 tokens)
{
    // contextTokens writes whole K below 1M, tenths of an M below 100M, whole M above.
    constexpr qint64 K = 1024;
    constexpr qint64 M = K * K;
    const bool exact = tokens < M ? tokens % K == 0 : tokens < 100 * M ? tokens * 10 % M == 0 : tokens % M == 0;
    return exact ? contextTokens(tokens) : QLocale().toString(tokens);
}

QString gigabytes(double bytes)
{
    // A headroom of -40 MB is "0.0 GB", not "-0.0 GB".
    const double units = std::round(bytes / bytesPerUnit() * 10) / 10;
    const QString value = QLocale().toString(units == 0 ? 0.0 : units, 'f', 1);
    return g_byteUnit == ByteUnit::Gibibytes ? QCoreApplication::translate("Format", "%1 GiB").arg(value)
                                             : QCoreApplication::translate("Format", "%1 GB").arg(value);
}

QString usd(double amount)
{
    return usd(amount, amount >= 100 ? 0 : amount >= 0.1 ? 2 : 3);
}

QString usd(double amount, int decimals)
{
    if (g_currencyDisplay == CurrencyDisplay::IsoCode)
        return QCoreApplication::translate("Format", "%1 USD").arg(QLocale().toString(amount, 'f', decimals));
    // The locale decides where the symbol goes ("$3,000" in English, "3.000 $" in German). Qt's C locale,
    // what LANG=C gives on servers and in containers, would write "3,000$": dollars read as in English.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                              : QLocale();
    return locale.toCurrencyString(amount, QStringLiteral("$"), decimals);
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
