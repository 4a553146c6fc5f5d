#include "views/dialogs/exportdialog.h"

#include "views/export/chartexporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString formatTitle(const QString &suffix)
{
    if (suffix == QLatin1String("png"))
        return ExportDialog::tr("PNG image");
    if (suffix == QLatin1String("svg"))
        return ExportDialog::tr("SVG vector image (text stays text)");
    if (suffix == QLatin1String("pdf"))
        return ExportDialog::tr("PDF document");
    if (suffix == QLatin1String("csv"))
        return ExportDialog::tr("CSV (for spreadsheets)");
    if (suffix == QLatin1String("json"))
        return ExportDialog::tr("JSON (typed values)");
    if (suffix == QLatin1String("md"))
        return ExportDialog::tr("Markdown table (for wikis)");
    if (suffix == QLatin1String("html"))
        return ExportDialog::tr("HTML page with vector charts");
    return suffix;
}

} // namespace

ExportDialog::ExportDialog(const QString &chartName, const QString &tableName, QWidget *parent)
    : QDialog(parent)
    , m_subjectCombo(new QComboBox(this))
    , m_formatCombo(new QComboBox(this))
    , m_widthSpin(new QSpinBox(this))
    , m_heightSpin(new QSpinBox(this))
    , m_scaleSpin(new QDoubleSpinBox(this))
    , m_pixelsLabel(new QLabel(this))
    , m_sizeBox(new QGroupBox(tr("Chart size"), this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_subjectCombo->setObjectName(QStringLiteral("exportSubjectCombo"));
    if (!chartName.isEmpty())
        m_subjectCombo->addItem(tr("Chart: %1").arg(chartName), int(Subject::Chart));
    if (!tableName.isEmpty())
        m_subjectCombo->addItem(tr("Table: %1").arg(tableName), int(Subject::Table));
    m_subjectCombo->addItem(tr("Comparison report (fit and cost charts, tables, assumptions)"), int(Subject::Report));
    m_formatCombo->setObjectName(QStringLiteral("exportFormatCombo"));

    m_widthSpin->setObjectName(QStringLiteral("exportWidthSpin"));
    m_heightSpin->setObjectName(QStringLiteral("exportHeightSpin"));
    m_scaleSpin->setObjectName(QStringLiteral("exportScaleSpin"));
    for (QSpinBox *spin : {m_widthSpin, m_heightSpin}) {
        spin->setRange(ChartExporter::MinimumSide, ChartExporter::MaximumSide);
        spin->setSuffix(tr(" px"));
        spin->setAccelerated(true);
    }
    m_widthSpin->setAccessibleName(tr("Width"));
    m_heightSpin->setAccessibleName(tr("Height"));
    m_scaleSpin->setAccessibleName(tr("Scale"));
    m_scaleSpin->setRange(ChartExporter::MinimumScale, ChartExporter::MaximumScale);
    m_scaleSpin->setSingleStep(0.5);
    m_scaleSpin->setDecimals(1);
    m_scaleSpin->setPrefix(QStringLiteral("× "));
    m_scaleSpin->setToolTip(tr("Device pixels per pixel: 2 gives a sharp image on HiDPI screens and slides"));
    m_pixelsLabel->setObjectName(QStringLiteral("exportPixelsLabel"));

    auto *sizeForm = new QFormLayout(m_sizeBox);
    sizeForm->addRow(tr("&Width:"), m_widthSpin);
    sizeForm->addRow(tr("&Height:"), m_heightSpin);
    sizeForm->addRow(tr("&Scale:"), m_scaleSpin);
    sizeForm->addRow(QString(), m_pixelsLabel);

    auto *form = new QFormLayout;
    form->addRow(tr("&Export:"), m_subjectCombo);
    form->addRow(tr("&Format:"), m_formatCombo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sizeBox);
    layout->addWidget(buttons);

    connect(m_subjectCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::subjectChanged);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_widthSpin, &QSpinBox::valueChanged, this, &ExportDialog::formatChanged);
    connect(m_heightSpin, &QSpinBox::valueChanged, this, &ExportDialog::formatChanged);
    connect(m_scaleSpin, &QDoubleSpinBox::valueChanged, this, &ExportDialog::formatChanged);

    setChoice(Choice());
}

QStringList ExportDialog::formats(Subject subject)
{
    switch (subject) {
    case Subject::Chart: return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    case Subject::Table: return {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("md")};
    case Subject::Report: return {QStringLiteral("pdf"), QStringLiteral("html")};
    }
    return {};
}

void ExportDialog::setChoice(const Choice &choice)
{
    const int subject = m_subjectCombo->findData(int(choice.subject));
    m_subjectCombo->setCurrentIndex(subject >= 0 ? subject : 0);
    subjectChanged();
    const int format = m_formatCombo->findData(choice.format);
    if (format >= 0)
        m_formatCombo->setCurrentIndex(format);
    m_widthSpin->setValue(choice.size.width());
    m_heightSpin->setValue(choice.size.height());
    m_scaleSpin->setValue(choice.scale);
    formatChanged();
}

ExportDialog::Choice ExportDialog::choice() const
{
    return {Subject(m_subjectCombo->currentData().toInt()), m_formatCombo->currentData().toString(),
            QSize(m_widthSpin->value(), m_heightSpin->value()), m_scaleSpin->value()};
}

void ExportDialog::subjectChanged()
{
    const QSignalBlocker blocker(m_formatCombo);
    m_formatCombo->clear();
    for (const QString &suffix : formats(Subject(m_subjectCombo->currentData().toInt())))
        m_formatCombo->addItem(formatTitle(suffix), suffix);
    formatChanged();
}

void ExportDialog::formatChanged()
{
    const Choice c = choice();
    // A size means something for a chart only; the scale for a PNG only (vectors have no pixels).
    m_sizeBox->setVisible(c.subject == Subject::Chart);
    m_scaleSpin->setEnabled(c.format == QLatin1String("png"));
    m_pixelsLabel->setText(c.format == QLatin1String("png")
                               ? tr("%1 × %2 pixels").arg(qRound(c.size.width() * c.scale)).arg(qRound(c.size.height() * c.scale))
                               : tr("%1 × %2 points").arg(qRound(c.size.width() * 0.75)).arg(qRound(c.size.height() * 0.75)));
    if (c.format == QLatin1String("svg"))
        m_pixelsLabel->setText(tr("%1 × %2 user units").arg(c.size.width()).arg(c.size.height()));
    adjustSize();
}
