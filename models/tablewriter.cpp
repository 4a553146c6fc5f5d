#include "models/tablewriter.h"

#include "models/recordtablemodel.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace TableWriter {

namespace {

QString header(const QAbstractItemModel &model, int column, int role)
{
    return model.headerData(column, Qt::Horizontal, role).toString();
}

QString cell(const QAbstractItemModel &model, int row, int column, int role)
{
    return model.index(row, column).data(role).toString();
}

// RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside. Cells go
// straight into the UTF-8 output: a 100,000-row table has 1.5 million of them, and a QString per cell
// was most of the time `fit --format csv` took.
void appendCsvText(QByteArray &out, QStringView text, QStringEncoder &utf8)
{
    const auto needsQuotes = [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    };
    const bool quoted = std::any_of(text.cbegin(), text.cend(), needsQuotes);
    if (quoted)
        out += '"';
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype quote = quoted ? text.indexOf(QLatin1Char('"'), from) : -1;
        const QStringView part = text.sliced(from, (quote < 0 ? text.size() : quote + 1) - from);
        const qsizetype start = out.size();
        out.resize(start + utf8.requiredSpace(part.size()));
        out.truncate(utf8.appendToBuffer(out.data() + start, part) - out.constData());
        if (quote >= 0)
            out += '"'; // the quote's double
        from += part.size();
    }
    if (quoted)
        out += '"';
}

// Doubles with 17 significant digits, so they read back exactly. std::to_chars writes the same text as
// QString::number(value, 'g', 17) (printf's %.17g) several times faster.
void appendCsvValue(QByteArray &out, const QVariant &value, QStringEncoder &utf8)
{
    if (value.isNull())
        return;
    char digits[32];
    std::to_chars_result written{};
    const QMetaType type = value.metaType();
    if (type == QMetaType::fromType<double>()) {
        const double number = value.toDouble();
        // Whole numbers of fewer than 17 digits (byte counts, mostly) print as integers under %.17g too,
        // and integers print faster; zero goes the general way, which keeps the sign of -0.
        written = number != 0 && std::abs(number) < 1e16 && std::trunc(number) == number
                      ? std::to_chars(digits, digits + sizeof digits, qint64(number))
                      : std::to_chars(digits, digits + sizeof digits, number, std::chars_format::general, 17);
    } else if (type == QMetaType::fromType<qint64>() || type == QMetaType::fromType<int>()) {
        written = std::to_chars(digits, digits + sizeof digits, value.toLongLong());
    } else {
        appendCsvText(out, value.toString(), utf8); // a QString's toString() shares its data
        return;
    }
    out.append(digits, written.ptr - digits);
}

// Numbers align right; an empty table has nothing to align.
bool alignsRight(const QAbstractItemModel &model, int column)
{
    return model.rowCount() > 0
           && (model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
}

QString markdownCell(QString text)
{
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QByteArray writeCsv(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    QStringEncoder utf8(QStringEncoder::Utf8);
    QByteArray out;
    out.reserve(qsizetype(rows + 1) * columns * 12); // about a dozen bytes a cell; it grows if not
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            out += ',';
        appendCsvText(out, header(model, c, RecordTableModel::ColumnKeyRole), utf8);
    }
    out += "\r\n";
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += ',';
            appendCsvValue(out, model.index(r, c).data(RecordTableModel::RawValueRole), utf8);
        }
        out += "\r\n";
    }
    return out;
}

QByteArray writeJson(const QAbstractItemModel &model)
{
    QJsonArray rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QJsonObject object;
        for (int c = 0; c < model.columnCount(); ++c) {
            object.insert(header(model, c, RecordTableModel::ColumnKeyRole),
                          QJsonValue::fromVariant(model.index(r, c).data(RecordTableModel::RawValueRole)));
        }
        rows.append(object);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

QByteArray writeMarkdown(const QAbstractItemModel &model)
{
    QString out;
    QStringList fields;
    QStringList rule;
    for (int c = 0; c < model.columnCount(); ++c) {
        fields << markdownCell(header(model, c, Qt::DisplayRole));
        rule << (alignsRight(model, c) ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    out += QLatin1String("| ") + fields.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    out += QLatin1String("| ") + rule.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            fields << markdownCell(cell(model, r, c, Qt::DisplayRole));
        out += QLatin1String("| ") + fields.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    }
    return out.toUtf8();
}

QByteArray writeText(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    QList<QStringList> grid;
    QStringList titles;
    for (int c = 0; c < columns; ++c)
        titles << header(model, c, Qt::DisplayRole);
    grid << titles;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < columns; ++c)
            line << cell(model, r, c, Qt::DisplayRole).replace(QLatin1Char('\n'), QLatin1Char(' '));
        grid << line;
    }
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &line : std::as_const(grid)) {
        for (int c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    }
    QString out;
    for (const QStringList &line : std::as_const(grid)) {
        QString text;
        for (int c = 0; c < columns; ++c) {
            const QString field = alignsRight(model, c) ? line.at(c).rightJustified(widths[c]) : line.at(c).leftJustified(widths[c]);
            text += (c ? QLatin1String("  ") : QLatin1String("")) + field;
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("table") || n == QLatin1String("text") || n == QLatin1String("txt"))
        return Format::Text;
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("json"))
        return Format::Json;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    return std::nullopt;
}

std::optional<Format> formatFromSuffix(const QString &fileName)
{
    return formatFromName(QFileInfo(fileName).suffix());
}

QByteArray write(const QAbstractItemModel &model, Format format)
{
    switch (format) {
    case Format::Text: return writeText(model);
    case Format::Csv: return writeCsv(model);
    case Format::Json: return writeJson(model);
    case Format::Markdown: return writeMarkdown(model);
    }
    return QByteArray();
}

} // namespace TableWriter
