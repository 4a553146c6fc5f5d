#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// Reads a monthly token volume the way people type it ("250M", "1.5B", "100k", "2e9", "1,000,000"), for
// the cost view's text field and the command line's --tokens-per-month. Numbers are read the same way in
// every locale (a dot for decimals, commas only between groups of three digits) so a command line or a
// saved note means the same thing everywhere; a comma that is not a thousands separator is refused rather
// than guessed at.
namespace VolumeParser {

// More than this is a typo, not a plan: 1e15 tokens a month is about 380 million tokens a second.
inline constexpr double MaximumTokens = 1e15;
// Longer input is refused before it is read, so no caller can make the parser do unbounded work.
inline constexpr qsizetype MaximumLength = 64;

// The volume in tokens, or std::nullopt with *errorMessage (when given) saying why, for people.
// Accepts an optional leading '+', digits with optional thousands commas, an optional fraction, then
// either an exponent (e/E) or one suffix K, M, B or T (any case, optionally after a space). Refuses
// empty text, negative, non-finite, below one token or above MaximumTokens values, and anything else.
std::optional<double> parse(QStringView text, QString *errorMessage = nullptr);

// The same, and also the form Format::tokens writes in the current language: the locale's decimal and
// group separators and its magnitude words ("1,5 Mrd." in German). The language's form is tried first, so
// German "1,500" is one and a half. For the window's text field; the command line keeps parse().
std::optional<double> parseLocalized(QStringView text, QString *errorMessage = nullptr);

} // namespace VolumeParser
