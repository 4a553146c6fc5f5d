#include "models/tablewriter.h"

#include "models/recordtablemodel.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

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

// CSV, RFC 4180, written to a device in 64 KiB pieces. A 100,000-row fit is 1.5 million cells and 14 MB
// of text: a QString per cell and the whole text built in memory first took longer than the fit itself.
class CsvStream
{
public:
    explicit CsvStream(QIODevice *device)
        : m_device(device)
    {
        m_buffer.reserve(ChunkSize + 1024);
    }

    // Quotes a field holding a comma, quote or line break, and doubles the quotes inside.
    void text(QStringView text)
    {
        const auto needsQuotes = [](QChar c) {
            return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        };
        const bool quoted = std::any_of(text.cbegin(), text.cend(), needsQuotes);
        if (quoted)
            m_buffer += '"';
        const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (ascii) {
            appendDoublingQuotes(text.utf16(), text.utf16() + text.size());
        } else {
            const QByteArray utf8 = m_utf8(text);
            appendDoublingQuotes(utf8.cbegin(), utf8.cend()); // a quote is one byte in UTF-8 too
        }
        if (quoted)
            m_buffer += '"';
    }

    // Doubles with 17 significant digits, so they read back exactly: std::to_chars writes what
    // QString::number(value, 'g', 17) (printf's %.17g) does, several times faster.
    void value(const QVariant &value)
    {
        if (value.isNull())
            return;
        const QMetaType type = value.metaType();
        if (type == QMetaType::fromType<double>()) {
            const double number = value.toDouble();
            // Whole numbers of fewer than 17 digits (byte counts, mostly) print as integers under %.17g
            // too; zero goes the general way, which keeps the sign of -0.
            if (number != 0 && std::abs(number) < 1e16 && std::trunc(number) == number)
                digits(qint64(number));
            else
                digits(number, std::chars_format::general, 17);
        } else if (type == QMetaType::fromType<qint64>() || type == QMetaType::fromType<int>()) {
            digits(value.toLongLong());
        } else {
            text(value.toString()); // a QString's toString() shares its data
        }
    }

    void separator() { m_buffer += ','; }

    void endRow()
    {
        m_buffer += "\r\n";
        if (m_buffer.size() >= ChunkSize)
            flush();
    }

    // False when the device refused a write.
    bool finish()
    {
        flush();
        return m_written;
    }

private:
    static constexpr std::size_t ChunkSize = 64 * 1024;

    template<typename Character>
    void appendDoublingQuotes(const Character *begin, const Character *end)
    {
        for (const Character *c = begin; c != end; ++c) {
            if (*c == '"')
                m_buffer += '"';
            m_buffer += char(*c);
        }
    }

    template<typename... Format>
    void digits(Format... number)
    {
        char text[32];
        const auto written = std::to_chars(text, text + sizeof text, number...);
        m_buffer.append(text, written.ptr);
    }

    void flush()
    {
        if (m_device->write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
            m_written = false;
        m_buffer.clear();
    }

    QIODevice *m_device;
    std::string m_buffer;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    bool m_written = true;
};

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

bool writeCsv(const QAbstractItemModel &model, QIODevice *device)
{
    const int columns = model.columnCount();
    CsvStream csv(device);
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            csv.separator();
        csv.text(header(model, c, RecordTableModel::ColumnKeyRole));
    }
    csv.endRow();
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                csv.separator();
            csv.value(model.index(r, c).data(RecordTableModel::RawValueRole));
        }
        csv.endRow();
    }
    return csv.finish();
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
    case Format::Csv: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writeCsv(model, &buffer);
        return buffer.data();
    }
    case Format::Json: return writeJson(model);
    case Format::Markdown: return writeMarkdown(model);
    }
    return QByteArray();
}

bool write(const QAbstractItemModel &model, Format format, QIODevice *device)
{
    if (format == Format::Csv)
        return writeCsv(model, device);
    const QByteArray text = write(model, format);
    return device->write(text) == text.size();
}

} // namespace TableWriter
