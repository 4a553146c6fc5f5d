// The commands of measured runs (issue 18): `import FILE --kind measurements` and `measurements`. The
// reading, matching and comparing are the core's (models/core/estimation/measurements.h); this file only turns
// options into a plan and a plan into output.
#include "app/cli/commandline.h"

#include "models/core/dataset.h"
#include "models/core/estimation/measurements.h"
#include "models/core/formatting/tableroles.h"
#include "models/core/formatting/tablewriter.h"
#include "models/core/namematcher.h"
#include "models/document/atlasdocument.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QStandardItemModel>

#include <cmath>

namespace {

// A measurements file is a few thousand runs at most; anything far larger is not one.
constexpr qint64 MaximumFileBytes = 64 * 1024 * 1024;

QVariant optionalValue(std::optional<double> value)
{
    return value && std::isfinite(*value) ? QVariant(*value) : QVariant();
}

QString displayOf(const QVariant &value, int decimals)
{
    return value.isNull() ? QString() : QString::number(value.toDouble(), 'f', decimals);
}

} // namespace

void CommandLine::addMeasurementImportOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("model"), tr("--kind measurements: every run is of this model."), tr("name")});
    parser.addOption({QStringLiteral("gpu"), tr("--kind measurements: every run is on this GPU."), tr("name")});
    parser.addOption({QStringLiteral("count"), tr("--kind measurements: every run is on this many GPUs."), tr("n")});
}

int CommandLine::importMeasurements(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("“import” needs one file: import FILE --kind measurements."));
    Measurements::MatchOptions options;
    options.model = parser.value(QStringLiteral("model"));
    options.gpu = parser.value(QStringLiteral("gpu"));
    if (parser.isSet(QStringLiteral("count"))) {
        const auto count = integerOption(parser, QStringLiteral("count"), 1, 1024, 1);
        if (!count)
            return UsageError; // integerOption said why
        options.count = int(*count);
    }
    const QString path = arguments.constFirst();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("cannot read “%1”: %2").arg(path, file.errorString()));
    if (file.size() > MaximumFileBytes)
        return failure(tr("“%1” is too large for a measurements file.").arg(path));
    const QByteArray data = file.readAll();

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    AtlasDocument document;
    if (!openDocumentToImport(parser, document))
        return Failure;

    // A --model or --gpu that names nothing is a usage error (exit 2), as everywhere else; the plan would
    // refuse it too, but as a refused file.
    const auto unknown = [](const QString &query, const QStringList &names, const QString &what) {
        return query.isEmpty() ? QString() : NameMatcher::find(names, query, what).error;
    };
    QStringList modelNames;
    for (const ModelRecord &m : document.dataset().models)
        modelNames << m.name;
    QStringList gpuNames;
    for (const GpuRecord &g : document.dataset().gpus)
        gpuNames << g.name;
    for (const QString &error : {unknown(options.model, modelNames, QStringLiteral("model")),
                                 unknown(options.gpu, gpuNames, QStringLiteral("GPU"))}) {
        if (!error.isEmpty())
            return usageError(error);
    }

    const Measurements::ImportPlan plan =
        Measurements::plan(document.dataset(), data, QFileInfo(path).fileName(), options);
    if (!plan.error.isEmpty())
        return failure(tr("“%1” refused: %2. Nothing was written.").arg(path, plan.error));
    print(plan.report().toUtf8());
    const int refused = int(plan.unmatched.size() + plan.rejected.size());
    if (refused > 0)
        return failure(tr("%1 run(s) unmatched or rejected: nothing was written.").arg(refused));
    print(tr("%1 run(s) to add.\n").arg(plan.accepted.size()).toUtf8());
    if (dryRun) {
        print(tr("Dry run: nothing was written.\n").toUtf8());
        return Success;
    }
    if (!document.addMeasurements(plan.accepted, QFileInfo(path).fileName()))
        return failure(document.errorString() + QLatin1Char(' ') + tr("Nothing was written."));
    print(tr("Written to %1.\n").arg(document.filePath()).toUtf8());
    return Success;
}

int CommandLine::printMeasurements(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("unexpected “%1”.").arg(arguments.join(QLatin1Char(' '))));
    const auto format = TableWriter::formatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(tr("unknown format “%1”; use table, csv or json.").arg(parser.value(QStringLiteral("format"))));
    AtlasDocument document;
    if (!openDocument(parser, document))
        return Failure;
    const Dataset &dataset = document.dataset();

    struct ColumnSpec
    {
        const char *key;
        int decimals; // -1: text or an integer
    };
    static const ColumnSpec columns[] = {
        {"model", -1},
        {"quant", -1},
        {"gpu", -1},
        {"count", -1},
        {"context", -1},
        {"batch", -1},
        {"measured_decode_tokens_per_s", 1},
        {"estimated_decode_tokens_per_s", 1},
        {"decode_error_pct", 1},
        {"measured_vram_bytes", 0},
        {"estimated_vram_bytes", 0},
        {"vram_error_pct", 1},
        {"source", -1},
    };
    QStandardItemModel model(0, int(std::size(columns)));
    for (int c = 0; c < int(std::size(columns)); ++c) {
        const QString key = QString::fromLatin1(columns[c].key);
        model.setHeaderData(c, Qt::Horizontal, key, Qt::DisplayRole);
        model.setHeaderData(c, Qt::Horizontal, key, TableRoles::ColumnKeyRole);
    }
    for (const MeasurementRecord &run : dataset.measurements) {
        const Measurements::Comparison comparison = Measurements::compare(dataset, run);
        const ModelRecord *m = dataset.model(run.modelId);
        const GpuRecord *g = dataset.gpu(run.gpuId);
        const QVariantList values = {
            m ? m->name : QString(),
            run.quant,
            g ? g->name : QString(),
            run.gpuCount,
            run.context,
            run.batch,
            optionalValue(run.decodeTokensPerS),
            optionalValue(comparison.run.decodeTokensPerS ? comparison.estimatedDecode : std::nullopt),
            optionalValue(comparison.decodeErrorPct),
            optionalValue(run.vramBytes),
            optionalValue(run.vramBytes ? comparison.estimatedVram : std::nullopt),
            optionalValue(comparison.vramErrorPct),
            run.source,
        };
        QList<QStandardItem *> row;
        for (int c = 0; c < int(std::size(columns)); ++c) {
            auto *item = new QStandardItem;
            const QVariant &value = values.at(c);
            item->setData(value, TableRoles::RawValueRole);
            item->setData(columns[c].decimals < 0 ? value.toString() : displayOf(value, columns[c].decimals),
                          Qt::DisplayRole);
            if (columns[c].decimals >= 0 || value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong)
                item->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            row << item;
        }
        model.appendRow(row);
    }
    if (!TableWriter::write(model, *format, m_out))
        noteOutputFailure();
    if (*format == TableWriter::Format::Text) {
        QList<Measurements::Comparison> comparisons;
        for (const MeasurementRecord &run : dataset.measurements)
            comparisons << Measurements::compare(dataset, run);
        const Measurements::Summary summary = Measurements::summarize(comparisons);
        print(tr("\n%1 run(s); median absolute error %2 %; %3 of %4 estimates within 20 %.\n")
                  .arg(dataset.measurements.size())
                  .arg(summary.medianAbsoluteErrorPct, 0, 'f', 1)
                  .arg(summary.within20Pct)
                  .arg(summary.errors)
                  .toUtf8());
    }
    return Success;
}
