#include "models/recordtablemodel.h"
#include "models/tablewriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTest>

namespace {

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
                                 "Plain,0.10000000000000001,\r\n"
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
