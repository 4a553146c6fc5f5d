#pragma once

#include "models/core/formatting/format.h"
#include "models/core/provenance.h"

#include <QString>
#include <QStringList>

// The user's preferences: every key, type and default in one place, read and written through QSettings.
// Only Qt Core, so the window, the dialogs, the command line and the tests all share it; each key is a
// SettingValue declared once in preferences.cpp.
class Preferences
{
public:
    static constexpr qint64 DefaultContextTokens = 8192; // the estimator's default workload
    static constexpr int DefaultStaleDataMonths = Provenance::DefaultStaleMonths;

    static Format::ByteUnit byteUnit();
    static void setByteUnit(Format::ByteUnit unit);

    // The context length the VRAM-fit view starts with, in tokens (a power of two from 2K to 1M).
    static qint64 defaultContextTokens();
    static void setDefaultContextTokens(qint64 tokens);

    static Format::CurrencyDisplay currencyDisplay();
    static void setCurrencyDisplay(Format::CurrencyDisplay display);

    // Facts whose as-of date is older than this many months count as stale.
    static int staleDataMonths();
    static void setStaleDataMonths(int months);

    // An empty string follows the system locale; otherwise a locale name such as "de" or "zh_CN".
    static QString language();
    static void setLanguage(const QString &language);
    // The translations bundled with the app, as locale names ("en" has no file: it is the source text).
    static QStringList availableLanguages();

    // Pushes the preferences into the models' process-wide settings (Format's units and currency,
    // Provenance's stale age); call at start-up and after a change.
    static void apply();
};
