// Every table the app exports, read back: CSV (RFC 4180, parsed here) and JSON give the model's own raw
// values, typed; Markdown has the table's titles and one line per row. The tables are the ones File >
// Export and `export table` write: the tier list as filtered and sorted, fit results, cost options and
// audit findings.
#include "models/core/cost/costcomparison.h"
#include "models/core/dataaudit.h"
#include "models/core/dataset.h"
#include "models/core/formatting/tablewriter.h"
#include "models/itemmodels/audittablemodel.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

namespace {

// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas, quotes (doubled)
// and line breaks.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty())
                *ok = false; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            *ok = false; // a bare line break outside quotes
        } else {
            if (wasQuoted)
                *ok = false; // text after a closing quote
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // the last record must end with CRLF
    return records;
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double: return true;
    default: return false;
    }
}

} // namespace

class TestExportTables : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data;

    // The model's columns, rows and raw values against what CSV and JSON give back.
    void roundTrip(const QAbstractItemModel &model)
    {
        QVERIFY(model.rowCount() > 0);
        QStringList keys;
        for (int c = 0; c < model.columnCount(); ++c)
            keys << model.headerData(c, Qt::Horizontal, RecordTableModel::ColumnKeyRole).toString();

        bool ok = false;
        const QList<QStringList> csv =
            parseCsv(QString::fromUtf8(TableWriter::write(model, TableWriter::Format::Csv)), &ok);
        QVERIFY(ok);
        QCOMPARE(csv.size(), model.rowCount() + 1);
        QCOMPARE(csv.first(), keys);

        const QJsonDocument json = QJsonDocument::fromJson(TableWriter::write(model, TableWriter::Format::Json));
        QVERIFY(json.isArray());
        const QJsonArray rows = json.array();
        QCOMPARE(rows.size(), model.rowCount());

        int numbers = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QJsonObject object = rows.at(row).toObject();
            QCOMPARE(object.keys().size(), keys.size());
            for (int c = 0; c < model.columnCount(); ++c) {
                const QVariant raw = model.index(row, c).data(RecordTableModel::RawValueRole);
                const QString &text = csv.at(row + 1).at(c);
                const QJsonValue value = object.value(keys.at(c));
                const QByteArray where = QStringLiteral("row %1, %2").arg(row).arg(keys.at(c)).toUtf8();
                if (raw.isNull()) {
                    QVERIFY2(text.isEmpty(), where.constData());
                    QVERIFY2(value.isNull(), where.constData());
                } else if (isNumber(raw)) {
                    // Typed: a JSON number, not a string; every digit kept in both formats.
                    const double expected = raw.toDouble();
                    QVERIFY2(text.toDouble(&ok) == expected && ok, where.constData());
                    if (std::isfinite(expected)) {
                        QVERIFY2(value.isDouble() && value.toDouble() == expected, where.constData());
                        ++numbers;
                    } else {
                        QVERIFY2(value.isNull(), where.constData()); // JSON has no infinity
                    }
                } else if (raw.typeId() == QMetaType::Bool) {
                    QVERIFY2(value.isBool() && value.toBool() == raw.toBool(), where.constData());
                    QCOMPARE(text, raw.toString());
                } else {
                    QCOMPARE(text, raw.toString());
                    QCOMPARE(value.toString(), raw.toString());
                }
            }
        }
        QVERIFY(numbers > 0);

        // Markdown: the titles people read, a rule, one line per row.
        const QStringList markdown =
            QString::fromUtf8(TableWriter::write(model, TableWriter::Format::Markdown)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(markdown.size(), model.rowCount() + 2);
        QVERIFY(markdown.at(0).startsWith(QStringLiteral("| ") + model.headerData(0, Qt::Horizontal).toString()));
        QVERIFY(markdown.at(1).startsWith(QStringLiteral("| ---")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
    }

    void tierListAsFilteredAndSorted()
    {
        FitTableModel fit;
        fit.setDataset(&m_data);
        fit.setConfiguration({m_data.gpus.first(), 2});
        TierTableModel model;
        model.setDataset(&m_data);
        model.setFitModel(&fit);
        TierFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setText(QStringLiteral("llama"));
        proxy.sort(TierTableModel::TotalParams, Qt::DescendingOrder);
        QVERIFY(proxy.rowCount() < model.rowCount());
        roundTrip(proxy);
        const QJsonArray rows = QJsonDocument::fromJson(TableWriter::write(proxy, TableWriter::Format::Json)).array();
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1)[QStringLiteral("total_params")].toDouble() >= rows.at(i)[QStringLiteral("total_params")].toDouble());
    }

    void fitResults()
    {
        FitTableModel model;
        model.setDataset(&m_data);
        model.setConfiguration({m_data.gpus.first(), 2});
        roundTrip(model);
        model.setMode(FitTableModel::Mode::OneModelAcrossQuantizations);
        model.setFocusModel(m_data.models.first().id);
        roundTrip(model);
    }

    void costOptions()
    {
        QList<GpuConfiguration> configurations;
        for (const GpuConfigurationRecord &preset : m_data.gpuConfigurations) {
            if (const GpuRecord *gpu = m_data.gpu(preset.gpuId))
                configurations.append({*gpu, preset.count});
        }
        const CostComparison comparison = CostComparison::compute(m_data.models.at(1), configurations, m_data.apiPrices,
                                                                  m_data.gpus, 250e6, CostAssumptions());
        CostTableModel model;
        model.setOptions(comparison.options);
        roundTrip(model);
    }

    void auditFindings()
    {
        AuditTableModel model;
        model.setFindings(DataAudit::run(m_data));
        roundTrip(model);
    }
};

QTEST_GUILESS_MAIN(TestExportTables)
#include "tst_exporttables.moc"
