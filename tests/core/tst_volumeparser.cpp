// The token-volume parser behind the cost view's text field and `cost --tokens-per-month`: what people
// type is read exactly, and everything else is refused with a message rather than guessed at.
#include "models/core/formatting/volumeparser.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

class TestVolumeParser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Reading is locale-independent; only the figures in messages follow the locale, so fix it.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void accepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("tokens");
        // Suffixes are decimal (K = 1e3, M = 1e6, B = 1e9, T = 1e12), as token prices are quoted.
        QTest::addRow("M") << "250M" << 250e6;
        QTest::addRow("B with fraction") << "1.5B" << 1.5e9;
        QTest::addRow("lower-case k") << "100k" << 100e3;
        QTest::addRow("upper-case K") << "100K" << 100e3;
        QTest::addRow("lower-case m") << "250m" << 250e6;
        QTest::addRow("lower-case b") << "2b" << 2e9;
        QTest::addRow("T") << "1T" << 1e12;
        QTest::addRow("exponent") << "2e9" << 2e9;
        QTest::addRow("exponent upper-case, signed") << "1.5E+6" << 1.5e6;
        QTest::addRow("exponent negative") << "2500e-1" << 250.0;
        QTest::addRow("thousands commas") << "1,000,000" << 1e6;
        QTest::addRow("commas and fraction") << "12,345.5" << 12345.5;
        QTest::addRow("commas and suffix") << "1,500M" << 1.5e9;
        QTest::addRow("plain") << "100000000" << 1e8;
        QTest::addRow("space before suffix") << "250 M" << 250e6;
        QTest::addRow("surrounding spaces") << "  1.5B \t" << 1.5e9;
        QTest::addRow("leading plus") << "+5M" << 5e6;
        QTest::addRow("no integer digits") << ".5M" << 0.5e6;
        QTest::addRow("trailing point") << "5.M" << 5e6;
        QTest::addRow("one token") << "1" << 1.0;
        QTest::addRow("largest accepted") << "1000T" << 1e15; // VolumeParser::MaximumTokens
        QTest::addRow("largest by exponent") << "1e15" << 1e15;
    }

    void accepts()
    {
        QFETCH(QString, text);
        QFETCH(double, tokens);
        QString error = QStringLiteral("untouched");
        const std::optional<double> parsed = VolumeParser::parse(text, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QCOMPARE(*parsed, tokens);
        QCOMPARE(error, QStringLiteral("untouched")); // success leaves the message alone
        // In English the window's reading is the command line's.
        QCOMPARE(VolumeParser::parseLocalized(text, &error).value_or(-1), *parsed);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorPart"); // a phrase the message must contain
        QTest::addRow("empty") << ""
                               << "Enter a token volume";
        QTest::addRow("blank") << "   "
                               << "Enter a token volume";
        QTest::addRow("negative") << "-5M"
                                  << "cannot be negative";
        QTest::addRow("unicode minus")
            << QString(QChar(0x2212)) + QStringLiteral("5M") << "cannot be negative";
        QTest::addRow("negative zero") << "-0"
                                       << "cannot be negative";
        QTest::addRow("nan") << "nan"
                             << "finite";
        QTest::addRow("NaN") << "NaN"
                             << "finite";
        QTest::addRow("inf") << "inf"
                             << "finite";
        QTest::addRow("+Infinity") << "+Infinity"
                                   << "finite";
        QTest::addRow("zero") << "0"
                              << "at least one token";
        QTest::addRow("zero with suffix") << "0M"
                                          << "at least one token";
        QTest::addRow("below one") << "0.5"
                                   << "at least one token";
        QTest::addRow("underflowing exponent") << "1e-400"
                                               << "at least one token";
        QTest::addRow("above the maximum") << "1001T"
                                           << "largest volume accepted is 1,000T";
        QTest::addRow("above the maximum by exponent") << "1e16"
                                                       << "largest volume accepted";
        QTest::addRow("overflowing exponent") << "1e400"
                                              << "largest volume accepted";
        QTest::addRow("overflowing mantissa")
            << QString(40, QLatin1Char('9')) + QStringLiteral("T") << "largest volume accepted";
        QTest::addRow("words") << "lots"
                               << "is not a token volume";
        QTest::addRow("suffix alone") << "M"
                                      << "is not a token volume";
        QTest::addRow("point alone") << "."
                                     << "is not a token volume";
        QTest::addRow("unknown suffix") << "250X"
                                        << "is not a token volume";
        QTest::addRow("unit after suffix") << "250MB"
                                           << "is not a token volume";
        QTest::addRow("words after suffix") << "5 M tokens"
                                            << "is not a token volume";
        QTest::addRow("two numbers") << "1 2"
                                     << "is not a token volume";
        QTest::addRow("two points") << "1.5.2"
                                    << "is not a token volume";
        QTest::addRow("hex") << "0x10"
                             << "is not a token volume";
        QTest::addRow("exponent without digits") << "2e"
                                                 << "is not a token volume";
        QTest::addRow("exponent and suffix") << "2e3M"
                                             << "not both";
        QTest::addRow("short group") << "1,00"
                                     << "groups of three digits";
        QTest::addRow("long group") << "1,0000"
                                    << "groups of three digits";
        QTest::addRow("long first group") << "1234,567"
                                          << "groups of three digits";
        QTest::addRow("leading comma") << ",100"
                                       << "groups of three digits";
        QTest::addRow("double comma") << "1,,000"
                                      << "groups of three digits";
        QTest::addRow("decimal comma") << "1,5B"
                                       << "groups of three digits";
        // Digits of other scripts are digits to QChar but not to the number reader.
        QTest::addRow("arabic-indic digits")
            << QString::fromUtf8("\u0661\u0662\u0663") << "is not a token volume";
        QTest::addRow("too long") << QString(65, QLatin1Char('1')) << "too long";
    }

    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorPart);
        QString error;
        const std::optional<double> parsed = VolumeParser::parse(text, &error);
        QVERIFY2(!parsed.has_value(), qPrintable(QString::number(parsed.value_or(0))));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(!VolumeParser::parse(text).has_value()); // no message wanted: still refused, no crash
        QString localizedError;
        QVERIFY(!VolumeParser::parseLocalized(text, &localizedError).has_value());
        QCOMPARE(localizedError, error);
    }

    // The window's field reads what Format::tokens writes in the user's language: German separators
    // (the magnitude words come from the translation, tested with it in tst_translations).
    void localizedReadsTheLanguageFirst()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
        QCOMPARE(VolumeParser::parseLocalized(u"1,5B").value_or(-1), 1.5e9);
        QCOMPARE(VolumeParser::parseLocalized(u"1.500M").value_or(-1), 1.5e9);
        QCOMPARE(VolumeParser::parseLocalized(u" 2,25 M ").value_or(-1), 2.25e6);
        // German "1,500" is one and a half; the command line's reading stays the same in every language.
        QCOMPARE(VolumeParser::parseLocalized(u"1,500").value_or(-1), 1.5);
        QCOMPARE(VolumeParser::parse(u"1,500").value_or(-1), 1500.0);
        // What is not German falls back to the command line's form, so "1.5B" still means what it says.
        QCOMPARE(VolumeParser::parseLocalized(u"1.5B").value_or(-1), 1.5e9);
        QString error;
        QVERIFY(!VolumeParser::parseLocalized(u"-1,5M", &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("cannot be negative")), qPrintable(error));
        QVERIFY(!VolumeParser::parseLocalized(u"0,5", &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("at least one token")), qPrintable(error));
        QVERIFY(!VolumeParser::parseLocalized(u"2.000T", &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("largest volume accepted")), qPrintable(error));
        QVERIFY(!VolumeParser::parseLocalized(u"2e3M", &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("not both")), qPrintable(error));
    }

    void lengthLimitCountsUntrimmedText()
    {
        // The limit bounds the work done before anything is read, so it applies before trimming.
        const QString padded = QString(60, QLatin1Char(' ')) + QStringLiteral("250M");
        QCOMPARE(padded.size(), 64);
        QCOMPARE(VolumeParser::parse(padded).value_or(0), 250e6);
        QVERIFY(!VolumeParser::parse(padded + QLatin1Char(' ')).has_value());
    }
};

QTEST_APPLESS_MAIN(TestVolumeParser)
#include "tst_volumeparser.moc"
