#pragma once

#include <QString>

// Display formatting for every figure the app shows, in one place so tables, charts, the details panel
// and the command line agree.
namespace Format {

// How byte counts read: decimal gigabytes (10^9 bytes, as GPU vendors print) or binary gibibytes (2^30).
// One process-wide choice, set at start-up from the preferences and whenever they change, so the GUI, the
// CLI and the tests share one formatter without models/ depending on any settings or widget code.
enum class ByteUnit { Gigabytes, Gibibytes };
void setByteUnit(ByteUnit unit);
ByteUnit byteUnit();
double bytesPerUnit();   // 1e9 or 2^30
QString byteUnitName();  // "GB" or "GiB"

// How US-dollar amounts read: with the "$" symbol placed as the locale places it, or with the ISO code.
enum class CurrencyDisplay { Symbol, IsoCode };
void setCurrencyDisplay(CurrencyDisplay display);
CurrencyDisplay currencyDisplay();

// Counts of parameters and tokens scale by thousands in the language's words: "72.7B" in English,
// "72,7 Mrd." in German.
QString params(qint64 count);          // 685000000000 -> "685B", 72710000000 -> "72.7B"
QString contextTokens(qint64 tokens);  // 131072 -> "128K", 1048576 -> "1M"
// The same where that is exact; any other length in full: 6116 -> "6,116", where contextTokens says "6K".
// For what a chart or a report was asked to show.
QString exactContextTokens(qint64 tokens);
QString gigabytes(double bytes);       // in the byte unit, one decimal: "141.1 GB" or "131.4 GiB"
QString usd(double amount);            // "$3,000", "$0.21", "$0.028" (or "3,000 USD"), locale-placed
QString usd(double amount, int decimals); // the same with a chosen precision: "$0.315"
QString tokens(double count);          // 100e6 -> "100M", 2.5e9 -> "2.5B"
// Six significant digits, for a field that shows back what was typed: 1234000 -> "1.234M".
QString preciseTokens(double count);
// The word or letter for 1000^power (1 to 4) that tokens() writes: "B" in English, "Mrd." in German.
QString magnitudeWord(int power);
QString attentionKind(int kind);       // an AttentionKind as words
QString architecture(bool moe, int routedExperts, int expertsPerToken);

} // namespace Format
