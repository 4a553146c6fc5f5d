#include "views/dialogs/preferences.h"

#include <QSettings>

namespace {
const auto ByteUnitKey = QStringLiteral("display/byteUnit");
const auto ContextKey = QStringLiteral("vramFit/defaultContextTokens");
const auto CurrencyKey = QStringLiteral("display/currency");
const auto StaleKey = QStringLiteral("data/staleAfterMonths");
const auto LanguageKey = QStringLiteral("display/language");

constexpr qint64 MinContext = qint64(1) << 11;
constexpr qint64 MaxContext = qint64(1) << 20;

// Stored as words rather than enum numbers, so a reordered enum never misreads an old settings file.
const auto GibValue = QStringLiteral("GiB");
const auto GbValue = QStringLiteral("GB");
const auto CodeValue = QStringLiteral("code");
const auto SymbolValue = QStringLiteral("symbol");
} // namespace

Format::ByteUnit Preferences::byteUnit()
{
    return QSettings().value(ByteUnitKey, GbValue).toString() == GibValue ? Format::ByteUnit::Gibibytes
                                                                           : Format::ByteUnit::Gigabytes;
}

void Preferences::setByteUnit(Format::ByteUnit unit)
{
    QSettings().setValue(ByteUnitKey, unit == Format::ByteUnit::Gibibytes ? GibValue : GbValue);
}

qint64 Preferences::defaultContextTokens()
{
    bool ok = false;
    const qint64 tokens = QSettings().value(ContextKey, DefaultContextTokens).toLongLong(&ok);
    // Only powers of two in range: the view's slider moves in those steps.
    if (!ok || tokens < MinContext || tokens > MaxContext || (tokens & (tokens - 1)) != 0)
        return DefaultContextTokens;
    return tokens;
}

void Preferences::setDefaultContextTokens(qint64 tokens)
{
    QSettings().setValue(ContextKey, qBound(MinContext, tokens, MaxContext));
}

Format::CurrencyDisplay Preferences::currencyDisplay()
{
    return QSettings().value(CurrencyKey, SymbolValue).toString() == CodeValue ? Format::CurrencyDisplay::IsoCode
                                                                               : Format::CurrencyDisplay::Symbol;
}

void Preferences::setCurrencyDisplay(Format::CurrencyDisplay display)
{
    QSettings().setValue(CurrencyKey, display == Format::CurrencyDisplay::IsoCode ? CodeValue : SymbolValue);
}

int Preferences::staleDataMonths()
{
    bool ok = false;
    const int months = QSettings().value(StaleKey, DefaultStaleDataMonths).toInt(&ok);
    return ok && months >= 1 && months <= 120 ? months : DefaultStaleDataMonths;
}

void Preferences::setStaleDataMonths(int months)
{
    QSettings().setValue(StaleKey, qBound(1, months, 120));
}

QString Preferences::language()
{
    const QString language = QSettings().value(LanguageKey).toString();
    return language == QLatin1String("en") || availableLanguages().contains(language) ? language : QString();
}

void Preferences::setLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(LanguageKey);
    else
        QSettings().setValue(LanguageKey, language);
}

QStringList Preferences::availableLanguages()
{
    return {QStringLiteral("de"), QStringLiteral("zh_CN")};
}

void Preferences::apply()
{
    Format::setByteUnit(byteUnit());
    Format::setCurrencyDisplay(currencyDisplay());
    Provenance::setStaleMonths(staleDataMonths());
}
