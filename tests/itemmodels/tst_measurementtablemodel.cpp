// The Measurements tab's table: each run beside the estimate the VRAM fit tab gives for the same
// configuration, the signed error, and the summary over every error figure.
#include "models/core/dataset.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/measurementtablemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

class TestMeasurementTableModel : public QObject
{
    Q_OBJECT

private:
    BundledDatabaseFile m_file;
    Dataset m_data; // the bundled dataset, no runs
    Dataset m_measured; // the same with three runs

    const ModelRecord &model(const QString &name) const
    {
        for (const ModelRecord &m : m_data.models) {
            if (m.name == name)
                return m;
        }
        qFatal("no model %s", qPrintable(name));
    }
    const GpuRecord &gpu(const QString &name) const
    {
        for (const GpuRecord &g : m_data.gpus) {
            if (g.name == name)
                return g;
        }
        qFatal("no GPU %s", qPrintable(name));
    }

    // The fit table's row for a model on a configuration at Q4_K_M, 4,096 tokens of context and the
    // default prompt: the configuration the runs below were measured in.
    QVariant fitValue(const QString &modelName, const GpuConfiguration &configuration, int column) const
    {
        FitTableModel fit;
        fit.setDataset(&m_data);
        fit.setConfiguration(configuration);
        FitParameters p;
        p.quantName = QStringLiteral("Q4_K_M");
        p.bitsPerWeight = m_data.quantFormat(p.quantName)->bitsPerWeight;
        p.contextTokens = 4096;
        fit.setParameters(p);
        for (int row = 0; row < fit.rowCount(); ++row) {
            if (fit.index(row, FitTableModel::Model).data(RecordTableModel::RawValueRole).toString() == modelName)
                return fit.index(row, column).data(RecordTableModel::RawValueRole);
        }
        return QVariant();
    }

    static QVariant raw(const QAbstractItemModel &m, int row, int column)
    {
        return m.index(row, column).data(RecordTableModel::RawValueRole);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_file.isValid());
        QString error;
        QVERIFY2(m_file.load(&m_data, &error), qPrintable(error));
        m_measured = m_data;
        MeasurementRecord run;
        run.id = 1;
        run.modelId = model(QStringLiteral("Llama 3.3 70B")).id;
        run.gpuId = gpu(QStringLiteral("RTX 4090")).id;
        run.quant = QStringLiteral("Q4_K_M");
        run.gpuCount = 2;
        run.context = 4096;
        run.decodeTokensPerS = 15.2;
        run.vramBytes = 42e9;
        run.engine = QStringLiteral("llama.cpp");
        run.source = QStringLiteral("team bench");
        m_measured.measurements << run;
        run.id = 2;
        run.modelId = model(QStringLiteral("Qwen3 32B")).id;
        run.gpuCount = 1;
        run.decodeTokensPerS = 45.0;
        run.vramBytes.reset();
        m_measured.measurements << run;
        run.id = 3;
        run.gpuId = gpu(QStringLiteral("RTX 3090")).id;
        run.decodeTokensPerS.reset();
        run.prefillTokensPerS = 900.0;
        m_measured.measurements << run;
    }

    void passesTheModelTesterAsItFills()
    {
        MeasurementTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RecordTableModel::SortRole);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(&m_data);
        QCOMPARE(model.rowCount(), 0);
        model.setDataset(&m_measured);
        QCOMPARE(model.rowCount(), 3);
        proxy.sort(MeasurementTableModel::DecodeErrorPct, Qt::DescendingOrder);
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void eachRunBesideTheFitTablesEstimate()
    {
        MeasurementTableModel m;
        m.setDataset(&m_measured);
        // The estimate is the VRAM fit tab's for the same configuration (with no runs to calibrate it).
        const GpuConfiguration two4090{gpu(QStringLiteral("RTX 4090")), 2};
        const double decode = fitValue(QStringLiteral("Llama 3.3 70B"), two4090, FitTableModel::DecodeTokensPerS).toDouble();
        const double vram = fitValue(QStringLiteral("Llama 3.3 70B"), two4090, FitTableModel::TotalBytes).toDouble();
        QVERIFY(decode > 0 && vram > 0);
        QCOMPARE(raw(m, 0, MeasurementTableModel::MeasuredDecode).toDouble(), 15.2);
        // The fit table rounds to a tenth of a token/s and whole bytes.
        QVERIFY(std::abs(raw(m, 0, MeasurementTableModel::EstimatedDecode).toDouble() - decode) <= 0.05);
        QVERIFY(std::abs(raw(m, 0, MeasurementTableModel::EstimatedVram).toDouble() - vram) <= 0.5);
        // (estimated - measured) / measured x 100, signed.
        const double decodeError = (raw(m, 0, MeasurementTableModel::EstimatedDecode).toDouble() - 15.2) / 15.2 * 100;
        QCOMPARE(raw(m, 0, MeasurementTableModel::DecodeErrorPct).toDouble(), decodeError);
        const double vramError = (raw(m, 0, MeasurementTableModel::EstimatedVram).toDouble() - 42e9) / 42e9 * 100;
        QCOMPARE(raw(m, 0, MeasurementTableModel::VramErrorPct).toDouble(), vramError);
        QVERIFY(decodeError > 0); // the published efficiency promises more than this run gave
        QCOMPARE(m.index(0, MeasurementTableModel::DecodeErrorPct).data().toString(),
                 QStringLiteral("+%1 %").arg(decodeError, 0, 'f', 1));

        // What a run did not measure has no estimate and no error: null, shown as a dash.
        QVERIFY(raw(m, 1, MeasurementTableModel::MeasuredVram).isNull());
        QVERIFY(raw(m, 1, MeasurementTableModel::EstimatedVram).isNull());
        QVERIFY(raw(m, 1, MeasurementTableModel::VramErrorPct).isNull());
        QCOMPARE(m.index(1, MeasurementTableModel::VramErrorPct).data().toString(), QStringLiteral("—"));
        // Qwen3 32B on one RTX 4090 at 45 tok/s: above the estimate, so the error is negative.
        QVERIFY(raw(m, 1, MeasurementTableModel::DecodeErrorPct).toDouble() < 0);
        QVERIFY(m.index(1, MeasurementTableModel::DecodeErrorPct).data().toString().startsWith(QStringLiteral("−")));
        QCOMPARE(raw(m, 2, MeasurementTableModel::Gpu).toString(), QStringLiteral("RTX 3090"));
        QVERIFY(raw(m, 2, MeasurementTableModel::EstimatedPrefill).toDouble() > 0);
        QVERIFY(raw(m, 2, MeasurementTableModel::EstimatedDecode).isNull());
        QCOMPARE(m.index(0, MeasurementTableModel::Model).data(RecordTableModel::RecordIdRole).toLongLong(), 1);
        QCOMPARE(m.headerData(MeasurementTableModel::DecodeErrorPct, Qt::Horizontal, RecordTableModel::ColumnKeyRole)
                     .toString(),
                 QStringLiteral("decode_error_pct"));
    }

    void summaryOverEveryErrorFigure()
    {
        MeasurementTableModel m;
        m.setDataset(&m_measured);
        // Four error figures: decode and memory of run 1, decode of run 2, prefill of run 3.
        QList<double> errors{raw(m, 0, MeasurementTableModel::DecodeErrorPct).toDouble(),
                             raw(m, 0, MeasurementTableModel::VramErrorPct).toDouble(),
                             raw(m, 1, MeasurementTableModel::DecodeErrorPct).toDouble(),
                             raw(m, 2, MeasurementTableModel::PrefillErrorPct).toDouble()};
        for (double &e : errors)
            e = std::abs(e);
        std::sort(errors.begin(), errors.end());
        QCOMPARE(m.summary().errors, 4);
        QCOMPARE(m.summary().medianAbsoluteErrorPct, (errors.at(1) + errors.at(2)) / 2);
        QCOMPARE(m.summary().within20Pct, int(std::count_if(errors.cbegin(), errors.cend(), [](double e) { return e <= 20; })));
    }

    // The VRAM fit table shows a run's peak memory where the run was measured in the configuration shown.
    void fitTableShowsTheMeasuredFigureOfTheSameConfiguration()
    {
        FitTableModel fit;
        fit.setDataset(&m_measured);
        QVERIFY(fit.hasMeasurements());
        FitParameters p;
        p.quantName = QStringLiteral("Q4_K_M");
        p.bitsPerWeight = m_data.quantFormat(p.quantName)->bitsPerWeight;
        p.contextTokens = 4096;
        fit.setParameters(p);
        const auto measuredOf = [&fit](const QString &name) {
            for (int row = 0; row < fit.rowCount(); ++row) {
                if (fit.index(row, FitTableModel::Model).data(RecordTableModel::RawValueRole).toString() == name)
                    return fit.index(row, FitTableModel::MeasuredVramBytes).data(RecordTableModel::RawValueRole);
            }
            return QVariant();
        };
        fit.setConfiguration({gpu(QStringLiteral("RTX 4090")), 2});
        QCOMPARE(measuredOf(QStringLiteral("Llama 3.3 70B")).toLongLong(), 42'000'000'000LL);
        QVERIFY(measuredOf(QStringLiteral("Qwen3 32B")).isNull()); // no memory figure
        // Another count, context or precision is another configuration: no figure.
        fit.setConfiguration({gpu(QStringLiteral("RTX 4090")), 1});
        QVERIFY(measuredOf(QStringLiteral("Llama 3.3 70B")).isNull());
        fit.setConfiguration({gpu(QStringLiteral("RTX 4090")), 2});
        p.contextTokens = 8192;
        fit.setParameters(p);
        QVERIFY(measuredOf(QStringLiteral("Llama 3.3 70B")).isNull());
        p.contextTokens = 4096;
        p.kvPrecision = KvPrecision::Q8_0;
        fit.setParameters(p);
        QVERIFY(measuredOf(QStringLiteral("Llama 3.3 70B")).isNull());
        p.kvPrecision = KvPrecision::Fp16;
        fit.setParameters(p);
        QCOMPARE(measuredOf(QStringLiteral("Llama 3.3 70B")).toLongLong(), 42'000'000'000LL);
    }

    void quantityColumns()
    {
        using Q = MeasurementTableModel::Quantity;
        QCOMPARE(MeasurementTableModel::estimatedColumn(Q::Decode), MeasurementTableModel::EstimatedDecode);
        QCOMPARE(MeasurementTableModel::errorColumn(Q::Prefill), MeasurementTableModel::PrefillErrorPct);
        QCOMPARE(MeasurementTableModel::estimatedColumn(Q::Memory), MeasurementTableModel::EstimatedVram);
        QCOMPARE(MeasurementTableModel::errorColumn(Q::Memory), MeasurementTableModel::VramErrorPct);
    }
};

QTEST_GUILESS_MAIN(TestMeasurementTableModel)
#include "tst_measurementtablemodel.moc"
