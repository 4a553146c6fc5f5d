#include "models/core/formatting/tablewriter.h"

#include "models/core/formatting/tableroles.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

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

constexpr QChar FormulaGuard = u'\'';

// What spreadsheets read as the start of a formula (OWASP's list: tab and carriage return too, since some
// spreadsheets skip them and read what follows).
bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// UTF-8 text written to a device in pieces of about 64 KiB, whole lines at a time. A 100,000-row fit is
// 1.5 million cells and 14 to 54 MB of text, depending on the format: a QString per cell and the whole text
// built in memory first took longer than the fit itself, and up to 320 MB.
class Utf8Stream
{
public:
    explicit Utf8Stream(QIODevice *device)
        : m_device(device)
    {
        m_buffer.reserve(ChunkSize + 1024);
    }

    std::string &buffer() { return m_buffer; }

    void endLine(const char *ending)
    {
        m_buffer += ending;
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

    void flush()
    {
        if (m_device->write(m_buffer.data(), qint64(m_buffer.size())) != qint64(m_buffer.size()))
            m_written = false;
        m_buffer.clear();
    }

    QIODevice *m_device;
    std::string m_buffer;
    bool m_written = true;
};

// Most cells are ASCII: copied as they are, without a conversion and its allocation.
template<typename Bytes> // std::string or QByteArray
void appendUtf8(Bytes &out, QStringView text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        const auto start = out.size();
        out.resize(start + decltype(start)(text.size()));
        std::transform(text.cbegin(), text.cend(), out.begin() + qsizetype(start),
                       [](QChar c) { return char(c.unicode()); });
    } else {
        const QByteArray utf8 = text.toUtf8();
        out.append(utf8.constData(), decltype(out.size())(utf8.size()));
    }
}

// CSV, RFC 4180.
class CsvStream
{
public:
    explicit CsvStream(QIODevice *device)
        : m_out(device)
    {
    }

    // Quotes a field holding a comma, quote or line break, and doubles the quotes inside.
    void text(QStringView text)
    {
        const auto needsQuotes = [](QChar c) {
            return c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
        };
        std::string &buffer = m_out.buffer();
        if (!std::any_of(text.cbegin(), text.cend(), needsQuotes)) {
            appendUtf8(buffer, text);
            return;
        }
        buffer += '"';
        const std::size_t start = buffer.size();
        appendUtf8(buffer, text);
        const auto quotes = std::count(buffer.cbegin() + qsizetype(start), buffer.cend(), '"');
        if (quotes > 0) {
            // A quote is one byte in UTF-8 too; doubled from the back, in place.
            std::size_t from = buffer.size();
            buffer.resize(buffer.size() + std::size_t(quotes));
            for (std::size_t to = buffer.size(); from > start;) {
                const char c = buffer[--from];
                buffer[--to] = c;
                if (c == '"')
                    buffer[--to] = c;
            }
        }
        buffer += '"';
    }

    // Doubles as the shortest text that reads back exactly (0.28, not 0.28000000000000003), and as the
    // JSON of the same table writes them: Qt's JSON writes whole numbers below 2^53 as integers, zero as 0
    // (never -0), and any other number as std::to_chars' shortest round trip does, except whole numbers
    // past 2^53, where it pads its shortest digits with zeros as QByteArray::number does.
    void value(const QVariant &value)
    {
        if (value.isNull())
            return;
        const QMetaType type = value.metaType();
        if (type == QMetaType::fromType<double>()) {
            const double number = value.toDouble();
            constexpr double Exact = 9007199254740992.0; // 2^53
            if (std::trunc(number) != number)
                digits(number);
            else if (std::abs(number) < Exact)
                digits(qint64(number)); // and -0 as 0
            else
                m_out.buffer() += QByteArray::number(number, 'g', QLocale::FloatingPointShortest).toStdString();
        } else if (type == QMetaType::fromType<qint64>() || type == QMetaType::fromType<int>()) {
            digits(value.toLongLong());
        } else {
            const QString string = value.toString(); // a QString's toString() shares its data
            if (needsFormulaGuard(string))
                text(FormulaGuard + string);
            else
                text(string);
        }
    }

    void separator() { m_out.buffer() += ','; }
    void endRow() { m_out.endLine("\r\n"); }
    bool finish() { return m_out.finish(); }

private:
    template<typename... Format>
    void digits(Format... number)
    {
        char text[32];
        const auto written = std::to_chars(text, text + sizeof text, number...);
        m_out.buffer().append(text, written.ptr);
    }

    Utf8Stream m_out;
};

// Numbers align right; an empty table has nothing to align.
bool alignsRight(const QAbstractItemModel &model, int column)
{
    return model.rowCount() > 0
           && (model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
}

bool writeCsv(const QAbstractItemModel &model, QIODevice *device)
{
    const int columns = model.columnCount();
    CsvStream csv(device);
    for (int c = 0; c < columns; ++c) {
        if (c > 0)
            csv.separator();
        csv.text(header(model, c, TableRoles::ColumnKeyRole));
    }
    csv.endRow();
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                csv.separator();
            csv.value(model.index(r, c).data(TableRoles::RawValueRole));
        }
        csv.endRow();
    }
    return csv.finish();
}

// The document QJsonDocument(rows).toJson(Indented) makes, a row at a time: Qt still writes each row (its
// keys in its order, its numbers its way), indented one level deeper for the array around it.
bool writeJson(const QAbstractItemModel &model, QIODevice *device)
{
    const int columns = model.columnCount();
    QStringList keys;
    for (int c = 0; c < columns; ++c)
        keys << header(model, c, TableRoles::ColumnKeyRole);
    Utf8Stream out(device);
    std::string &buffer = out.buffer();
    out.endLine("[\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        QJsonObject object;
        for (int c = 0; c < columns; ++c)
            object.insert(keys.at(c), QJsonValue::fromVariant(model.index(r, c).data(TableRoles::RawValueRole)));
        const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
        buffer += "    ";
        for (const char c : QByteArrayView(json).chopped(1)) { // its own line break ends it
            buffer += c;
            if (c == '\n')
                buffer += "    ";
        }
        out.endLine(r + 1 < model.rowCount() ? ",\n" : "\n");
    }
    out.endLine("]\n");
    return out.finish();
}

// A Markdown cell is one line, and a pipe in it would end it. Markdown passes HTML through, and most
// renderers show it as HTML: <, > and & are written as entities, which they show as the characters.
void appendMarkdownCell(std::string &out, const QString &text)
{
    const auto special = [](QChar c) {
        return c == u'|' || c == u'\n' || c == u'<' || c == u'>' || c == u'&';
    };
    if (std::none_of(text.cbegin(), text.cend(), special)) {
        appendUtf8(out, text);
        return;
    }
    QString escaped;
    escaped.reserve(text.size() + 16);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'|': escaped += QLatin1String("\\|"); break;
        case u'\n': escaped += QLatin1Char(' '); break;
        case u'<': escaped += QLatin1String("&lt;"); break;
        case u'>': escaped += QLatin1String("&gt;"); break;
        case u'&': escaped += QLatin1String("&amp;"); break;
        default: escaped += c;
        }
    }
    appendUtf8(out, escaped);
}

bool writeMarkdown(const QAbstractItemModel &model, QIODevice *device)
{
    const int columns = model.columnCount();
    Utf8Stream out(device);
    std::string &buffer = out.buffer();
    const auto writeLine = [&](const auto &writeCell) {
        buffer += "| ";
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                buffer += " | ";
            writeCell(c);
        }
        out.endLine(" |\n");
    };
    writeLine([&](int c) { appendMarkdownCell(buffer, header(model, c, Qt::DisplayRole)); });
    writeLine([&](int c) { buffer += alignsRight(model, c) ? "---:" : "---"; });
    for (int r = 0; r < model.rowCount(); ++r)
        writeLine([&](int c) { appendMarkdownCell(buffer, cell(model, r, c, Qt::DisplayRole)); });
    return out.finish();
}

// How many UTF-16 units (what QString::size() counts) UTF-8 text takes: one per character, two for a
// character past U+FFFF (four bytes in UTF-8).
qsizetype utf16Length(std::string_view utf8)
{
    qsizetype units = 0;
    for (const char byte : utf8)
        units += ((uchar(byte) & 0xC0) != 0x80) + (uchar(byte) >= 0xF0);
    return units;
}

// The aligned text table: each column as wide as its widest cell (in UTF-16 units, as QString counts), so
// every cell is read before the first line is written. Each cell's text is made once and kept as UTF-8 in
// one buffer beside its length; a QString per cell took most of a second and 260 MB for a 100,000-row fit.
class TextTable
{
public:
    explicit TextTable(const QAbstractItemModel &model)
        : m_lines(model.rowCount() + 1)
        , m_columns(model.columnCount())
        , m_widths(std::size_t(m_columns), 0)
    {
        const int rows = model.rowCount();
        m_lengths.reserve(std::size_t(m_lines) * std::size_t(m_columns));
        for (int c = 0; c < m_columns; ++c) {
            m_alignsRight.push_back(alignsRight(model, c));
            add(c, header(model, c, Qt::DisplayRole));
        }
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < m_columns; ++c) {
                const qsizetype start = m_text.size();
                add(c, cell(model, r, c, Qt::DisplayRole));
                std::replace(m_text.begin() + start, m_text.end(), '\n', ' '); // one line a row
            }
        }
    }

    bool write(QIODevice *device) const
    {
        Utf8Stream out(device);
        std::string &buffer = out.buffer();
        std::size_t offset = 0;
        std::size_t cell = 0;
        for (int line = 0; line < m_lines; ++line) {
            const std::size_t lineStart = buffer.size();
            for (std::size_t c = 0; c < m_widths.size(); ++c, ++cell) {
                if (c > 0)
                    buffer += "  ";
                const std::string_view text(m_text.constData() + offset, m_lengths[cell]);
                offset += text.size();
                const std::size_t padding = std::size_t(std::max<qsizetype>(0, m_widths[c] - utf16Length(text)));
                if (m_alignsRight[c])
                    buffer.append(padding, ' ');
                buffer += text;
                if (!m_alignsRight[c])
                    buffer.append(padding, ' ');
            }
            while (buffer.size() > lineStart && buffer.back() == ' ')
                buffer.pop_back();
            out.endLine("\n");
        }
        return out.finish();
    }

private:
    void add(int column, const QString &text)
    {
        m_widths[std::size_t(column)] = std::max(m_widths[std::size_t(column)], text.size());
        const qsizetype start = m_text.size();
        appendUtf8(m_text, text);
        m_lengths.push_back(quint32(m_text.size() - start));
    }

    int m_lines; // the titles' and one a row
    int m_columns;
    std::vector<qsizetype> m_widths;
    std::vector<bool> m_alignsRight;
    // Every cell's text, header first, then row by row. A QByteArray grows with realloc(), which moves a
    // large block's pages instead of copying them into fresh ones (each a page fault).
    QByteArray m_text;
    std::vector<quint32> m_lengths; // each cell's bytes in m_text
};

} // namespace

bool needsFormulaGuard(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == FormulaGuard)
        ++i;
    return i < text.size() && startsFormula(text.at(i));
}

QString removeFormulaGuard(const QString &field)
{
    return field.startsWith(FormulaGuard) && needsFormulaGuard(field) ? field.mid(1) : field;
}

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
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    write(model, format, &buffer);
    return buffer.data();
}

bool write(const QAbstractItemModel &model, Format format, QIODevice *device)
{
    switch (format) {
    case Format::Text: return TextTable(model).write(device);
    case Format::Csv: return writeCsv(model, device);
    case Format::Json: return writeJson(model, device);
    case Format::Markdown: return writeMarkdown(model, device);
    }
    return false;
}

} // namespace TableWriter
