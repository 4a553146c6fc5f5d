#include "models/core/formatting/format.h"

#include "models/core/records.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

// A count in thousands, millions, billions or trillions, in the language's words: "2.5B" in English but
// "2,5 Mrd." in German, where a "Billion" is 10^12. `power` is the power of 1000.
QString withMagnitude(const QString &number, int power)
{
    switch (power) {
    case 1:
        return QCoreApplication::translate("Format", "%1K", "thousands, as in 250K tokens").arg(number);
    case 2:
        return QCoreApplication::translate("Format", "%1M", "millions, as in 250M tokens").arg(number);
    case 3:
        return QCoreApplication::translate("Format", "%1B", "billions (10^9), as in 2.5B tokens").arg(number);
    case 4:
        return QCoreApplication::translate("Format", "%1T", "trillions (10^12), as in 1T tokens").arg(number);
    }
    return number;
}

// Scales a count by powers of 1000 up to trillions; `number` writes the scaled value.
template<typename WriteNumber>
QString scaledByThousands(double value, WriteNumber number)
{
    int power = 0;
    while (power < 4 && std::abs(value) >= 1000) {
        value /= 1000;
        ++power;
    }
    return withMagnitude(number(value), power);
}

// At most `decimals` decimals, none from 100 up, and no trailing ".0".
QString roundedNumber(double value, int decimals)
{
    QString text = QLocale().toString(value, 'f', std::abs(value) >= 100 ? 0 : decimals);
    const QString zeroes = QLocale().decimalPoint() + QString(decimals, QLatin1Char('0'));
    if (decimals > 0 && text.endsWith(zeroes))
        text.chop(zeroes.size());
    return text;
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
    return tokens(double(count));
}

QString contextTokens(qint64 tokens)
{
    // Context lengths are powers of two and read as such in every language: "128K" is 131,072 tokens.
    if (tokens >= 1024 * 1024)
        return roundedNumber(tokens / (1024.0 * 1024.0), 1) + QLatin1Char('M');
    if (tokens >= 1024)
        return roundedNumber(tokens / 1024.0, 1) + QLatin1Char('K');
    return roundedNumber(double(tokens), 1);
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
    return scaledByThousands(count, [](double value) { return roundedNumber(value, 1); });
}

QString preciseTokens(double count)
{
    // 'g' with six significant digits keeps "1.234" and drops trailing zeroes: "1.3", not "1.300000".
    return scaledByThousands(count, [](double value) { return QLocale().toString(value, 'g', 6); });
}

QString magnitudeWord(int power)
{
    return withMagnitude(QString(), power).trimmed();
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
