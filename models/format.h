#pragma once

#include <QString>

// Display formatting for every figure the app shows, in one place so tables, charts, the details panel
// and the command line agree.
namespace Format {

QString params(qint64 count);          // 685000000000 -> "685B", 72710000000 -> "72.7B"
QString contextTokens(qint64 tokens);  // 131072 -> "128K", 1048576 -> "1M"
QString gigabytes(double bytes);       // 1e9-byte gigabytes, one decimal: "141.1 GB"
QString usd(double amount);            // "$3,000", "$0.21", "$0.028"
QString tokens(double count);          // 100e6 -> "100M", 2.5e9 -> "2.5B"
QString attentionKind(int kind);       // an AttentionKind as words
QString architecture(bool moe, int routedExperts, int expertsPerToken);

} // namespace Format
