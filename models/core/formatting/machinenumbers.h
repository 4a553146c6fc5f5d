#pragma once

#include <QtGlobal>

#include <cmath>

// How precise a computed figure is where programs read it (CSV, JSON and the raw values tables sort on):
// as precise as it means something, so a script sees 1400, not 1400.0000000000002. Facts keep the value
// their source gave; these are for what the app computes.
namespace MachineNumbers {

// value to a number of decimal places, as the double nearest that decimal (so it prints as one), never -0.
inline double toDecimals(double value, int places)
{
    const double scale = std::pow(10.0, places);
    const double rounded = std::round(value * scale) / scale;
    return rounded == 0 ? 0.0 : rounded;
}

// Byte counts are whole bytes.
inline qint64 bytes(double value)
{
    return std::llround(value);
}
// Token counts are whole tokens.
inline qint64 tokens(double value)
{
    return std::llround(value);
}
// Amounts of money, to the cent.
inline double usd(double value)
{
    return toDecimals(value, 2);
}
// Prices per million tokens, to a tenth of a cent: APIs quote them that finely ($0.075).
inline double usdPerMillionTokens(double value)
{
    return toDecimals(value, 3);
}
// Shares and ratios (a utilisation of 0.7886), to four decimals.
inline double share(double value)
{
    return toDecimals(value, 4);
}
// Speeds in tokens per second, to a tenth.
inline double tokensPerSecond(double value)
{
    return toDecimals(value, 1);
}

} // namespace MachineNumbers
