#include "views/charts/measurementchart.h"

#include "models/core/formatting/format.h"
#include "views/charts/chartstyle.h"

#include <QApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

MeasurementChart::MeasurementChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_identity(new QLineSeries(this))
    , m_measuredAxis(new QValueAxis(this))
    , m_estimatedAxis(new QValueAxis(this))
    , m_palette(QApplication::palette())
    , m_font(QApplication::font())
{
    setAnimationOptions(QChart::NoAnimation);
    addAxis(m_measuredAxis, Qt::AlignBottom);
    addAxis(m_estimatedAxis, Qt::AlignLeft);
    m_measuredAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_estimatedAxis->setLabelFormat(QStringLiteral("%.0f"));
    legend()->setAlignment(Qt::AlignBottom);
    rebuild();
}

void MeasurementChart::setModel(const MeasurementTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &QAbstractItemModel::modelReset, this, &MeasurementChart::rebuild);
    rebuild();
}

void MeasurementChart::setQuantity(MeasurementTableModel::Quantity quantity)
{
    m_quantity = quantity;
    rebuild();
}

void MeasurementChart::applyTheme(const QPalette &palette, const QFont &font)
{
    m_palette = palette;
    m_font = font;
    restyle();
}

double MeasurementChart::scale() const
{
    return m_quantity == MeasurementTableModel::Quantity::Memory ? 1.0 / Format::bytesPerUnit() : 1.0;
}

void MeasurementChart::rebuild()
{
    // The identity line is kept; the GPUs' series are made again.
    const QList<QAbstractSeries *> old = series();
    for (QAbstractSeries *s : old) {
        if (s != m_identity) {
            removeSeries(s);
            delete s;
        }
    }
    if (!series().contains(m_identity))
        addSeries(m_identity);

    QHash<QString, QScatterSeries *> byGpu;
    QList<QScatterSeries *> ordered; // first seen first, as the table lists them
    double top = 0;
    const int measured = MeasurementTableModel::measuredColumn(m_quantity);
    const int estimated = MeasurementTableModel::estimatedColumn(m_quantity);
    for (int row = 0; m_model && row < m_model->rowCount(); ++row) {
        const QVariant x = m_model->index(row, measured).data(RecordTableModel::RawValueRole);
        const QVariant y = m_model->index(row, estimated).data(RecordTableModel::RawValueRole);
        if (x.isNull() || y.isNull())
            continue;
        const QString gpu = m_model->index(row, MeasurementTableModel::Gpu).data(RecordTableModel::RawValueRole).toString();
        QScatterSeries *&points = byGpu[gpu];
        if (!points) {
            points = new QScatterSeries(this);
            points->setName(gpu);
            points->setMarkerSize(9);
            ordered << points;
        }
        points->append(x.toDouble() * scale(), y.toDouble() * scale());
        top = std::max({top, x.toDouble() * scale(), y.toDouble() * scale()});
    }
    for (QScatterSeries *points : std::as_const(ordered)) {
        addSeries(points);
        points->attachAxis(m_measuredAxis);
        points->attachAxis(m_estimatedAxis);
    }
    top = top > 0 ? top * 1.1 : 1;
    m_identity->replace({QPointF(0, 0), QPointF(top, top)});
    m_identity->setName(tr("y = x"));
    if (!m_identity->attachedAxes().contains(m_measuredAxis)) {
        m_identity->attachAxis(m_measuredAxis);
        m_identity->attachAxis(m_estimatedAxis);
    }
    m_measuredAxis->setRange(0, top);
    m_estimatedAxis->setRange(0, top);
    m_measuredAxis->applyNiceNumbers();
    m_estimatedAxis->setRange(m_measuredAxis->min(), m_measuredAxis->max());
    m_estimatedAxis->setTickCount(m_measuredAxis->tickCount());

    switch (m_quantity) {
    case MeasurementTableModel::Quantity::Decode:
        setTitle(tr("Decode speed"));
        m_measuredAxis->setTitleText(tr("Measured tok/s"));
        m_estimatedAxis->setTitleText(tr("Estimated tok/s"));
        break;
    case MeasurementTableModel::Quantity::Prefill:
        setTitle(tr("Prefill speed"));
        m_measuredAxis->setTitleText(tr("Measured tok/s"));
        m_estimatedAxis->setTitleText(tr("Estimated tok/s"));
        break;
    case MeasurementTableModel::Quantity::Memory:
        setTitle(tr("Peak memory"));
        m_measuredAxis->setTitleText(tr("Measured %1").arg(Format::byteUnitName()));
        m_estimatedAxis->setTitleText(tr("Estimated %1").arg(Format::byteUnitName()));
        break;
    }
    restyle();
}

void MeasurementChart::restyle()
{
    const ChartStyle::Colors colors = ChartStyle::apply(this, m_palette, m_font, {m_measuredAxis, m_estimatedAxis});
    legend()->setLabelColor(colors.text);
    legend()->setFont(m_font);
    QPen line(ChartStyle::mix(colors.text, colors.background, 0.4));
    line.setStyle(Qt::DashLine);
    line.setWidthF(1.5);
    m_identity->setPen(line);
}
