#include "models/core/formatting/volumeparser.h"

#include "models/core/formatting/format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() also accepts other scripts' digits, which toDouble() below would not read.
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

std::optional<double> fail(QString *errorMessage, const QString &message)
{
    if (errorMessage)
        *errorMessage = message;
    return std::nullopt;
}

QString notAVolume(QStringView text)
{
    return QCoreApplication::translate(
               "VolumeParser", "\"%1\" is not a token volume: write a number with an optional K, M, B "
                               "or T suffix, such as 250M or 1.5B.")
        .arg(text);
}

QString tooLarge(QStringView input)
{
    return QCoreApplication::translate("VolumeParser", "\"%1\" is more tokens a month than anyone plans for: "
                                                       "the largest volume accepted is %2.")
        .arg(input, Format::tokens(VolumeParser::MaximumTokens));
}

// Below one token a month there is nothing to cost; zero would also make the cost per token infinite.
QString tooSmall()
{
    return QCoreApplication::translate("VolumeParser", "A token volume must be at least one token a month.");
}

double suffixMultiplier(QChar suffix)
{
    switch (suffix.toLower().unicode()) {
    case 'k':
        return 1e3;
    case 'm':
        return 1e6;
    case 'b':
        return 1e9;
    case 't':
        return 1e12;
    default:
        return 0;
    }
}

// The number before a magnitude word of the current language, read with the locale's separators:
// "1,5 Mrd." in German. std::nullopt when the text is not in that form.
std::optional<double> readInLanguage(QStringView input)
{
    // The order words are tried in does not matter: none ends with another.
    double multiplier = 1;
    QStringView number = input;
    for (int power = 1; power <= 4 && multiplier == 1; ++power) {
        const QString word = Format::magnitudeWord(power);
        // "Mrd." may be typed without its abbreviation point.
        const QStringView bare = QStringView(word).endsWith(QLatin1Char('.')) ? QStringView(word).chopped(1)
                                                                               : QStringView(word);
        for (QStringView form : {QStringView(word), bare}) {
            if (!form.isEmpty() && input.endsWith(form, Qt::CaseInsensitive)) {
                multiplier = std::pow(1000.0, power);
                number = input.chopped(form.size()).trimmed();
                break;
            }
        }
    }
    // "2e3M" is refused as parse() refuses it: more likely a slip than an intention.
    if (multiplier != 1 && number.contains(QLatin1Char('e'), Qt::CaseInsensitive))
        return std::nullopt;
    bool ok = false;
    const double value = QLocale().toDouble(number, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value * multiplier;
}

} // namespace

namespace VolumeParser {

std::optional<double> parseLocalized(QStringView text, QString *errorMessage)
{
    const QStringView input = text.trimmed();
    if (text.size() > MaximumLength || input.isEmpty())
        return parse(text, errorMessage);
    const std::optional<double> tokens = readInLanguage(input);
    if (!tokens)
        return parse(text, errorMessage);
    if (std::signbit(*tokens)) {
        return fail(errorMessage,
                    QCoreApplication::translate("VolumeParser", "A token volume cannot be negative."));
    }
    if (*tokens > MaximumTokens)
        return fail(errorMessage, tooLarge(input));
    if (*tokens < 1)
        return fail(errorMessage, tooSmall());
    return tokens;
}

std::optional<double> parse(QStringView text, QString *errorMessage)
{
    if (text.size() > MaximumLength) {
        return fail(errorMessage,
                    QCoreApplication::translate("VolumeParser", "The volume is too long to be a number."));
    }
    const QStringView input = text.trimmed();
    if (input.isEmpty()) {
        return fail(errorMessage, QCoreApplication::translate("VolumeParser",
                                                              "Enter a token volume, such as 250M or 1.5B."));
    }

    qsizetype pos = 0;
    const auto at = [&](qsizetype i) { return i < input.size() ? input.at(i) : QChar(); };

    // U+2212 is what word processors and some keyboards produce for a minus sign.
    if (at(0) == QLatin1Char('-') || at(0) == QChar(0x2212)) {
        return fail(errorMessage,
                    QCoreApplication::translate("VolumeParser", "A token volume cannot be negative."));
    }
    if (at(0) == QLatin1Char('+'))
        ++pos;

    const QStringView unsignedPart = input.mid(pos);
    if (unsignedPart.compare(u"inf", Qt::CaseInsensitive) == 0 ||
        unsignedPart.compare(u"infinity", Qt::CaseInsensitive) == 0 ||
        unsignedPart.compare(u"nan", Qt::CaseInsensitive) == 0) {
        return fail(errorMessage,
                    QCoreApplication::translate("VolumeParser", "A token volume must be a finite number."));
    }

    // The number is rebuilt without separators into plain ASCII, which QString::toDouble() reads the
    // same way in every locale.
    QString number;
    number.reserve(input.size());

    // Integer part: the first group has 1 to 3 digits when commas follow, every later group exactly 3.
    qsizetype groupLength = 0;
    bool grouped = false;
    while (pos < input.size()) {
        const QChar c = input.at(pos);
        if (isAsciiDigit(c)) {
            number += c;
            ++groupLength;
            ++pos;
        } else if (c == QLatin1Char(',')) {
            if (groupLength == 0 || (grouped ? groupLength != 3 : groupLength > 3))
                break; // reported below as a misplaced comma
            grouped = true;
            groupLength = 0;
            ++pos;
        } else {
            break;
        }
    }
    const bool misplacedComma = at(pos) == QLatin1Char(',') || (grouped && groupLength != 3);
    if (misplacedComma) {
        return fail(errorMessage,
                    QCoreApplication::translate("VolumeParser", "\"%1\" is not a token volume: commas may "
                                                                "only separate groups of three digits, as in "
                                                                "1,000,000.")
                        .arg(input));
    }
    const bool integerDigits = !number.isEmpty();

    // "5." and ".5" are both fine; the rebuilt number always has digits on both sides of its point.
    bool fractionDigits = false;
    if (at(pos) == QLatin1Char('.')) {
        ++pos;
        QString fraction;
        while (isAsciiDigit(at(pos)))
            fraction += input.at(pos++);
        fractionDigits = !fraction.isEmpty();
        if (fractionDigits)
            number += (integerDigits ? QString() : QStringLiteral("0")) + QLatin1Char('.') + fraction;
    }
    if (!integerDigits && !fractionDigits)
        return fail(errorMessage, notAVolume(input));

    bool exponent = false;
    if (at(pos) == QLatin1Char('e') || at(pos) == QLatin1Char('E')) {
        number += QLatin1Char('e');
        ++pos;
        if (at(pos) == QLatin1Char('+') || at(pos) == QLatin1Char('-'))
            number += input.at(pos++);
        bool exponentDigits = false;
        while (isAsciiDigit(at(pos))) {
            number += input.at(pos++);
            exponentDigits = true;
        }
        if (!exponentDigits)
            return fail(errorMessage, notAVolume(input));
        exponent = true;
    }

    while (at(pos).isSpace())
        ++pos;
    double multiplier = 1;
    if (pos < input.size()) {
        multiplier = suffixMultiplier(input.at(pos));
        if (multiplier == 0 || pos + 1 != input.size())
            return fail(errorMessage, notAVolume(input));
        if (exponent) {
            // "2e3M" is unambiguous arithmetic but far more likely a slip than an intention.
            return fail(errorMessage,
                        QCoreApplication::translate("VolumeParser", "\"%1\" is not a token volume: use an "
                                                                    "exponent or a suffix, not both.")
                            .arg(input));
        }
    }

    bool ok = false;
    const double mantissa = number.toDouble(&ok);
    const double tokens = mantissa * multiplier;
    // toDouble() refuses an exponent that overflows (giving infinity) or underflows (giving zero); the
    // multiplication can still overflow a huge mantissa.
    if ((!ok && std::isinf(mantissa)) || (ok && (!std::isfinite(tokens) || tokens > MaximumTokens)))
        return fail(errorMessage, tooLarge(input));
    if (!ok || tokens < 1)
        return fail(errorMessage, tooSmall());
    return tokens;
}

} // namespace VolumeParser
