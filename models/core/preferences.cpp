#include "models/core/preferences.h"

#include "models/core/settingvalue.h"

namespace {

constexpr qint64 MinContext = qint64(1) << 11;
constexpr qint64 MaxContext = qint64(1) << 20;
constexpr int MaxStaleMonths = 120;

// Enums are stored as words rather than numbers, so a reordered enum never misreads an old settings file.
const auto GibValue = QStringLiteral("GiB");
const auto GbValue = QStringLiteral("GB");
const auto CodeValue = QStringLiteral("code");
const auto SymbolValue = QStringLiteral("symbol");

const SettingValue<QString> ByteUnitSetting(QStringLiteral("display/byteUnit"), GbValue);
const SettingValue<QString> CurrencySetting(QStringLiteral("display/currency"), SymbolValue);
// Only powers of two in range: the VRAM page's slider moves in those steps.
const SettingValue<qint64> ContextSetting(QStringLiteral("vramFit/defaultContextTokens"),
                                          Preferences::DefaultContextTokens, [](qint64 tokens) {
                                              return tokens >= MinContext && tokens <= MaxContext
                                                     && (tokens & (tokens - 1)) == 0;
                                          });
const SettingValue<int> StaleSetting(QStringLiteral("data/staleAfterMonths"), Preferences::DefaultStaleDataMonths,
                                     [](int months) { return months >= 1 && months <= MaxStaleMonths; });
const SettingValue<QString> LanguageSetting(QStringLiteral("display/language"), QString(),
                                            [](const QString &language) {
                                                return language == QLatin1String("en")
                                                       || Preferences::availableLanguages().contains(language);
                                            });

} // namespace

Format::ByteUnit Preferences::byteUnit()
{
    return ByteUnitSetting.get() == GibValue ? Format::ByteUnit::Gibibytes : Format::ByteUnit::Gigabytes;
}

void Preferences::setByteUnit(Format::ByteUnit unit)
{
    ByteUnitSetting.set(unit == Format::ByteUnit::Gibibytes ? GibValue : GbValue);
}

qint64 Preferences::defaultContextTokens()
{
    return ContextSetting.get();
}

void Preferences::setDefaultContextTokens(qint64 tokens)
{
    ContextSetting.set(qBound(MinContext, tokens, MaxContext));
}

Format::CurrencyDisplay Preferences::currencyDisplay()
{
    return CurrencySetting.get() == CodeValue ? Format::CurrencyDisplay::IsoCode : Format::CurrencyDisplay::Symbol;
}

void Preferences::setCurrencyDisplay(Format::CurrencyDisplay display)
{
    CurrencySetting.set(display == Format::CurrencyDisplay::IsoCode ? CodeValue : SymbolValue);
}

int Preferences::staleDataMonths()
{
    return StaleSetting.get();
}

void Preferences::setStaleDataMonths(int months)
{
    StaleSetting.set(qBound(1, months, MaxStaleMonths));
}

QString Preferences::language()
{
    return LanguageSetting.get();
}

void Preferences::setLanguage(const QString &language)
{
    if (language.isEmpty())
        LanguageSetting.reset();
    else
        LanguageSetting.set(language);
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
