#include "models/tablewriter.h"

#include "models/recordtablemodel.h"

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside.
QString csvField(const QString &text)
{
    const auto needsQuotes = [](QChar c) {
        return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    };
    if (std::none_of(text.cbegin(), text.cend(), needsQuotes))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Doubles with 17 significant digits, so they read back exactly. std::to_chars writes the same text as
// QString::number(value, 'g', 17) (printf's %.17g) several times faster, which a 100,000-row fit needs.
QString csvValue(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.metaType() == QMetaType::fromType<double>()) {
        const double number = value.toDouble();
        char digits[32];
        // Whole numbers of fewer than 17 digits (byte counts, mostly) print as integers under %.17g too,
        // and integers print faster; zero goes the general way, which keeps the sign of -0.
        const auto written = number != 0 && std::abs(number) < 1e16 && std::trunc(number) == number
                                 ? std::to_chars(digits, digits + sizeof digits, qint64(number))
                                 : std::to_chars(digits, digits + sizeof digits, number,
                                                 std::chars_format::general, 17);
        return QString::fromLatin1(digits, written.ptr - digits);
    }
    return value.toString();
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
    QString out;
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            out += QLatin1Char(',');
        out += csvField(header(model, c, RecordTableModel::ColumnKeyRole));
    }
    out += QLatin1String("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                out += QLatin1Char(',');
            out += csvField(csvValue(model.index(r, c).data(RecordTableModel::RawValueRole)));
        }
        out += QLatin1String("\r\n");
    }
    return out.toUtf8();
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
