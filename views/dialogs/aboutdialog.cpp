#include "views/dialogs/aboutdialog.h"

#include "models/core/dataset.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const Dataset &dataset, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About LLM Atlas"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/llm-atlas.svg")).pixmap(64, 64, QIcon::Normal));
    icon->setAccessibleName(tr("LLM Atlas icon"));

    const QString asOf = dataAsOf(dataset);
    auto *summary = new QLabel(
        tr("<h3>LLM Atlas %1</h3><p>Which open-weight model, at which quantization, fits on which GPUs, and what "
           "it costs against an API.</p><p>Data as of <b>%2</b>: %3 sources, %4 models, %5 GPUs.</p>"
           "<p>LLM Atlas is free software under the GNU General Public License, version 3 or later. The bundled "
           "data quotes a published article verbatim and cites public facts; each source keeps its own terms "
           "and is listed below with its origin.</p>")
            .arg(QStringLiteral(LLM_ATLAS_VERSION), asOf.isEmpty() ? tr("unknown") : asOf.toHtmlEscaped(),
                 QString::number(dataset.sources.size()), QString::number(dataset.models.size()),
                 QString::number(dataset.gpus.size())),
        this);
    summary->setObjectName(QStringLiteral("aboutSummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(summary, 1);

    auto *sources = new QTreeWidget(this);
    sources->setObjectName(QStringLiteral("aboutSources"));
    sources->setAccessibleName(tr("Data sources"));
    sources->setAccessibleDescription(tr("Every source of the open dataset with its origin and as-of date"));
    sources->setRootIsDecorated(false);
    sources->setAlternatingRowColors(true);
    sources->setHeaderLabels({tr("Source"), tr("Origin"), tr("As of")});
    for (const SourceRecord &source : dataset.sources)
        new QTreeWidgetItem(sources, {source.title, source.origin, source.asOf});
    sources->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    sources->header()->setStretchLastSection(false);
    sources->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    sources->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    // Model weights have licences of their own, which matter when picking one to host.
    QMap<QString, QStringList> modelsByLicence;
    for (const ModelRecord &model : dataset.models)
        modelsByLicence[model.license.isEmpty() ? tr("not stated") : model.license] << model.name;
    QStringList licenceLines;
    for (auto it = modelsByLicence.cbegin(); it != modelsByLicence.cend(); ++it)
        licenceLines << tr("<b>%1</b>: %2").arg(it.key().toHtmlEscaped(), it.value().join(QStringLiteral(", ")).toHtmlEscaped());
    auto *licences = new QLabel(tr("<p>Model licences, as the sources state them:<br>%1</p>")
                                    .arg(licenceLines.join(QStringLiteral("<br>"))),
                                this);
    licences->setObjectName(QStringLiteral("aboutModelLicences"));
    licences->setWordWrap(true);
    licences->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(sources, 1);
    layout->addWidget(licences);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString AboutDialog::dataAsOf(const Dataset &dataset)
{
    // ISO dates of different precision ("2026-03", "2025-12-01") still compare correctly as text.
    QString newest;
    for (const SourceRecord &source : dataset.sources)
        newest = qMax(newest, source.asOf);
    return newest;
}
