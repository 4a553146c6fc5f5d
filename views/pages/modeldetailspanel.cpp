#include "views/pages/modeldetailspanel.h"

#include "models/core/dataset.h"
#include "models/core/estimation/memoryestimator.h"
#include "models/core/formatting/format.h"

#include <QLocale>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>").arg(label, value);
}

QString sourceLine(const Dataset &dataset, qint64 sourceId)
{
    const SourceRecord *source = dataset.source(sourceId);
    if (!source)
        return ModelDetailsPanel::tr("unknown source");
    return ModelDetailsPanel::tr("%1 — %2 (as of %3)")
        .arg(escaped(source->title), escaped(source->origin), escaped(source->asOf));
}

} // namespace

ModelDetailsPanel::ModelDetailsPanel(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("modelDetails"));
    setAccessibleName(tr("Model details"));
    setOpenLinks(false);
    setMinimumWidth(280);
}

void ModelDetailsPanel::showModel(const Dataset &dataset, qint64 modelId)
{
    const ModelRecord *model = dataset.model(modelId);
    m_modelId = model ? modelId : 0;
    if (!model) {
        setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(tr("Select a model in the table to see its architecture, the article's figures for it "
                            "and where each fact comes from.")));
        return;
    }
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2>").arg(escaped(model->name));

    // One line per stored tier list that ranks the model, named when there is more than one list.
    for (const TierEntryRecord &entry : dataset.tierEntries) {
        if (entry.modelId != model->id)
            continue;
        QString place = tr("%1-Tier, #%2").arg(entry.tier).arg(entry.rank);
        if (dataset.tierLists.size() > 1) {
            for (const TierListRecord &list : dataset.tierLists) {
                if (list.id == entry.tierListId)
                    place = tr("%1 in %2 (%3)").arg(place, escaped(list.name), list.published);
            }
        }
        html += entry.highlights.isEmpty()
                    ? QStringLiteral("<p><b>%1</b></p>").arg(place)
                    : QStringLiteral("<p><b>%1</b> — %2</p>").arg(place, escaped(entry.highlights));
    }
    if (model->proxy || model->uncertain) {
        // Tooltip colours: a note that stands out in light and dark palettes alike.
        html += QStringLiteral("<p style='background:%1;color:%2;padding:4px'>&#9888; %3</p>")
                    .arg(palette().color(QPalette::ToolTipBase).name(), palette().color(QPalette::ToolTipText).name(),
                         escaped(model->notes));
    }

    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Architecture"));
    html += row(tr("Facts from"), escaped(model->referenceModel));
    html += row(tr("Vendor"), escaped(model->vendor));
    html += row(tr("Parameters"), tr("%1 total (%2 exactly)")
                                      .arg(Format::params(model->totalParams), locale.toString(model->totalParams)));
    if (model->isMoe()) {
        html += row(tr("Active per token"), Format::params(model->paramsPerToken()));
        html += row(tr("Experts"), tr("%1 routed, %2 per token, %3 shared")
                                       .arg(model->routedExperts)
                                       .arg(model->expertsPerToken)
                                       .arg(model->sharedExperts));
    } else {
        html += row(tr("Architecture"), tr("Dense: every parameter is used for every token"));
    }
    html += row(tr("Layers"), QString::number(model->layers));
    html += row(tr("Hidden size"), QString::number(model->hiddenSize));
    html += row(tr("Attention"), tr("%1; %2 heads, %3 KV heads of dimension %4")
                                     .arg(Format::attentionKind(int(model->attention)))
                                     .arg(model->attentionHeads)
                                     .arg(model->kvHeads)
                                     .arg(model->headDim));
    if (model->attention == AttentionKind::MultiHeadLatent)
        html += row(tr("Latent cache"), tr("latent rank %1 + rope key %2 per token and layer")
                                            .arg(model->kvLoraRank)
                                            .arg(model->qkRopeHeadDim));
    if (model->fullAttentionLayers != model->layers)
        html += row(tr("Full-attention layers"), tr("%1 of %2").arg(model->fullAttentionLayers).arg(model->layers));
    if (model->attentionWindow > 0)
        html += row(tr("Local attention window"), tr("%1 tokens").arg(locale.toString(model->attentionWindow)));
    html += row(tr("Context"), tr("%1 tokens").arg(locale.toString(model->maxContext)));
    html += row(tr("Licence"), escaped(model->license));
    html += row(tr("Released"), escaped(model->released));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><small>%1</small></p>").arg(tr("Source: %1").arg(sourceLine(dataset, model->sourceId)));

    QString quoted;
    for (const QuotedHardwareRecord &hw : dataset.quotedHardware) {
        if (hw.modelId != model->id)
            continue;
        const QString basis = hw.basisIsActive ? tr(" (the article says: active parameters)") : QString();
        // Computed beside quoted: weights alone, every parameter resident; Q4 spans Q4_0 to Q4_K_M.
        const QString fp16 = Format::gigabytes(MemoryEstimator::weightsBytes(*model, 16));
        const QString q4 = tr("%1 to %2").arg(Format::gigabytes(MemoryEstimator::weightsBytes(*model, 4.55)),
                                              Format::gigabytes(MemoryEstimator::weightsBytes(*model, 4.85)));
        quoted += QStringLiteral("<table>") + row(tr("Row"), escaped(hw.label))
                  + row(tr("VRAM at FP16"), tr("~%1 GB%2 — computed: %3 of weights")
                                                .arg(locale.toString(hw.vramFp16Gb), basis, fp16))
                  + row(tr("VRAM at Q4"), tr("~%1 GB%2 — computed: %3 of weights")
                                              .arg(locale.toString(hw.vramQ4Gb), basis, q4))
                  + row(tr("Minimum GPU"), escaped(hw.minimumGpu)) + QStringLiteral("</table>")
                  + QStringLiteral("<p><small>%1</small></p>").arg(tr("Quoted from: %1").arg(sourceLine(dataset, hw.sourceId)));
    }
    if (!quoted.isEmpty())
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Hardware figures as the article quotes them")) + quoted
                + QStringLiteral("<p><small>%1</small></p>")
                      .arg(tr("The data audit tab says which quotes disagree with the computed figures, and why."));

    // The weights as model files measured them, per quantization, with the file each came from.
    QString measured;
    for (const MeasuredSizeRecord &size : dataset.measuredSizes) {
        if (size.modelId == model->id)
            measured += row(escaped(size.quant), tr("%1 (%2 bytes) — %3")
                                                     .arg(Format::gigabytes(double(size.weightsBytes)),
                                                          locale.toString(size.weightsBytes), escaped(size.fileName)))
                        + row(QString(), QStringLiteral("<small>%1</small>")
                                             .arg(tr("Source: %1").arg(sourceLine(dataset, size.sourceId))));
    }
    if (!measured.isEmpty())
        html += QStringLiteral("<h3>%1</h3><table>%2</table>").arg(tr("Measured sizes"), measured);

    QString wins;
    for (const RecommendationRecord &recommendation : dataset.recommendations) {
        if (recommendation.modelId == model->id)
            wins += QStringLiteral("<li><b>%1</b>: %2</li>")
                        .arg(escaped(recommendation.category), escaped(recommendation.reason));
    }
    if (!wins.isEmpty())
        html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(tr("Recommended as"), wins);

    setHtml(html);
}
