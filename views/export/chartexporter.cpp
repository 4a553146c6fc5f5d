#include "views/export/chartexporter.h"

#include "models/document/filesaver.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QLegend>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QScatterSeries>
#include <QScreen>
#include <QSvgGenerator>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

// The chart laid out its text with the screen's fonts; every device we paint on gets the same logical
// resolution, so a 9 pt label takes the room on the page that it took in the layout.
double layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96.0;
}

QFont scaledFont(QFont font, double factor, bool bold)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

QColor solidColor(const QBrush &brush, const QColor &fallback)
{
    if (const QGradient *gradient = brush.gradient(); gradient && !gradient->stops().isEmpty())
        return gradient->stops().constFirst().second;
    return brush.style() == Qt::NoBrush ? fallback : brush.color();
}

// XML allows no control character but tab and line breaks, not even as a reference, and QSvgGenerator
// writes the ones in a name as they are: each becomes U+FFFD, so the file stays XML. In UTF-8 these bytes
// never occur inside another character.
void replaceXmlControlCharacters(QByteArray &xml)
{
    const auto isControl = [](char c) { return uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; };
    if (std::none_of(xml.cbegin(), xml.cend(), isControl))
        return;
    QByteArray clean;
    clean.reserve(xml.size() + 64);
    for (const char c : std::as_const(xml)) {
        if (isControl(c))
            clean += "\xEF\xBF\xBD";
        else
            clean += c;
    }
    xml = clean;
}

// The dynamic property that marks a chart out on loan to an export.
const char *const LentProperty = "llmAtlasLentForExport";

// Lends the chart sizes with its title hidden (the frame draws it larger) while it is painted, and gives
// both back. A view may fit what its chart shows to the size (a shorter plot names fewer bars) and retitle
// it: lend() says what the title became. Given back, a shown view fits the chart to its own size again; a
// hidden one leaves it as the export left it, so a second export at the same size finds it so.
class ChartLoan
{
public:
    explicit ChartLoan(QChart *chart)
        : m_chart(chart)
        , m_size(chart->size())
        , m_lentTitle(chart->title())
    {
        if (!chart->scene()) {
            m_scene = std::make_unique<QGraphicsScene>();
            m_scene->addItem(chart);
        }
        chart->setProperty(LentProperty, true);
    }
    ~ChartLoan()
    {
        m_chart->setProperty(LentProperty, QVariant());
        m_chart->setTitle(m_lentTitle);
        m_chart->resize(m_size);
        activate();
        if (m_scene)
            m_scene->removeItem(m_chart); // the scene would delete what it holds
    }
    ChartLoan(const ChartLoan &) = delete;
    ChartLoan &operator=(const ChartLoan &) = delete;

    // Returns the chart's title at this size.
    QString lend(const QSizeF &size)
    {
        m_chart->setTitle(QString());
        m_chart->resize(size);
        activate();
        // A view that fits its chart to the size titles it again; the frame draws the title.
        for (int pass = 0; pass < 3 && !m_chart->title().isEmpty(); ++pass) {
            m_lentTitle = m_chart->title();
            m_chart->setTitle(QString());
            activate();
        }
        return m_lentTitle;
    }

    void render(QPainter *painter, const QRectF &target) const
    {
        m_chart->scene()->render(painter, target, QRectF(m_chart->scenePos(), target.size()),
                                 Qt::IgnoreAspectRatio);
    }

private:
    // The layout otherwise waits for the event loop; the export paints now.
    void activate() const
    {
        if (QGraphicsLayout *layout = m_chart->layout())
            layout->activate();
    }

    QChart *m_chart;
    QSizeF m_size;
    QString m_lentTitle;
    std::unique_ptr<QGraphicsScene> m_scene;
};

struct FrameFonts
{
    QFont title;
    QFont key;
    QFont footer;
};

struct PlacedKeyEntry
{
    ChartExporter::KeyEntry entry;
    QRectF swatch;
    QRectF text;
};

// Where the frame's parts go inside a rect, and the room they leave the chart.
struct Frame
{
    QRectF titleRect;
    QRectF footerRect;
    QList<PlacedKeyEntry> key;
    QRectF chartRect;
};

// The title wrapped to the width above everything, the sources small at the bottom, and the key above
// them in rows that wrap like words.
Frame layOutFrame(const QRectF &inner, double gap, const FrameFonts &fonts, const QPaintDevice *device,
                  const QString &title, const QString &footer, const QList<ChartExporter::KeyEntry> &key)
{
    Frame frame;
    double top = inner.top();
    double bottom = inner.bottom();
    if (!title.isEmpty()) {
        const QFontMetricsF metrics(fonts.title, device);
        frame.titleRect =
            metrics.boundingRect(QRectF(inner.left(), top, inner.width(), inner.height()), TextFlags, title);
        frame.titleRect.setWidth(inner.width());
        top = frame.titleRect.bottom() + gap;
    }
    if (!footer.isEmpty()) {
        const QFontMetricsF metrics(fonts.footer, device);
        frame.footerRect =
            metrics.boundingRect(QRectF(inner.left(), top, inner.width(), inner.height()), TextFlags, footer);
        frame.footerRect.moveBottom(bottom);
        frame.footerRect.setWidth(inner.width());
        bottom = frame.footerRect.top() - gap;
    }
    const QFontMetricsF metrics(fonts.key, device);
    const double swatchSide = std::round(metrics.height() * 0.75);
    const double rowHeight = metrics.height() * 1.25;
    const double spacing = metrics.horizontalAdvance(QLatin1Char('M')) * 1.2;
    double x = inner.left();
    double y = 0;
    for (const ChartExporter::KeyEntry &entry : key) {
        const double textWidth =
            std::min(metrics.horizontalAdvance(entry.text) + 1, inner.width() - swatchSide - spacing / 2);
        const double width = swatchSide + spacing / 3 + textWidth;
        if (x > inner.left() && x + width > inner.right()) {
            x = inner.left();
            y += rowHeight;
        }
        frame.key << PlacedKeyEntry{entry, QRectF(x, y + (rowHeight - swatchSide) / 2, swatchSide, swatchSide),
                                    QRectF(x + swatchSide + spacing / 3, y, textWidth, rowHeight)};
        x += width + spacing;
    }
    if (!frame.key.isEmpty()) {
        const double height = y + rowHeight;
        for (PlacedKeyEntry &p : frame.key) {
            p.swatch.translate(0, bottom - height);
            p.text.translate(0, bottom - height);
        }
        bottom -= height + gap;
    }
    frame.chartRect = QRectF(inner.left(), top, inner.width(), std::max(bottom - top, 40.0));
    return frame;
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatFromSuffix(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString ChartExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("png");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Pdf: return QStringLiteral("pdf");
    }
    return QString();
}

QString ChartExporter::checkSize(const QSize &size, double scale)
{
    if (size.width() < MinimumSide || size.height() < MinimumSide || size.width() > MaximumSide
        || size.height() > MaximumSide)
        return tr("the size must be %1 to %2 pixels each way, not %3 × %4.")
            .arg(MinimumSide)
            .arg(MaximumSide)
            .arg(size.width())
            .arg(size.height());
    if (!(scale >= MinimumScale && scale <= MaximumScale))
        return tr("the scale must be from %1 to %2, not %3.").arg(MinimumScale).arg(MaximumScale).arg(scale);
    return QString();
}

bool ChartExporter::isLent(const QChart *chart)
{
    return chart->property(LentProperty).toBool();
}

ChartExporter::ChartExporter(QChart *chart)
    : m_chart(chart)
{
}

void ChartExporter::setTitle(const QString &title)
{
    m_title = title;
}

QString ChartExporter::title() const
{
    return m_title.value_or(m_chart->title());
}

void ChartExporter::setFooter(const QString &footer)
{
    m_footer = footer;
}

QList<ChartExporter::KeyEntry> ChartExporter::keyEntries() const
{
    QList<KeyEntry> entries;
    QStringList seen;
    const auto add = [&](const KeyEntry &entry) {
        if (entry.text.isEmpty() || seen.contains(entry.text))
            return;
        seen << entry.text;
        entries << entry;
    };
    const QList<QAbstractSeries *> series = m_chart->series();
    for (QAbstractSeries *s : series) {
        if (!s->isVisible())
            continue;
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                bool used = false;
                for (int i = 0; i < set->count() && !used; ++i)
                    used = set->at(i) != 0;
                if (used)
                    add({set->label(), set->brush().style() == Qt::NoBrush ? QBrush(set->color()) : set->brush()});
            }
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            add({scatter->name(), QBrush(scatter->color())});
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            add({xy->name(), Qt::NoBrush, xy->pen()});
        } else if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            add({area->name(), area->brush()});
        }
    }
    return entries;
}

void ChartExporter::paint(QPainter *painter, const QRectF &rect) const
{
    const QColor background = solidColor(m_chart->backgroundBrush(), Qt::white);
    const QColor textColor = solidColor(m_chart->titleBrush(), Qt::black);
    const QFont base = m_chart->titleFont();
    const FrameFonts fonts{scaledFont(base, 1.2, true), scaledFont(base, 1.0, false), scaledFont(base, 0.85, false)};
    const QPaintDevice *device = painter->device();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, background);

    const double margin = qBound(8.0, std::min(rect.width(), rect.height()) * 0.025, 24.0);
    const QRectF inner = rect.adjusted(margin, margin, -margin, -margin);
    const double gap = margin / 2;

    // The key only when the chart hides its own legend; its entries change with what the chart shows.
    const auto frameFor = [&](const QString &title) {
        return layOutFrame(inner, gap, fonts, device, title, m_footer,
                           m_chart->legend()->isVisible() ? QList<KeyEntry>() : keyEntries());
    };

    QString chartTitle = m_chart->title();
    Frame frame = frameFor(m_title.value_or(chartTitle));
    {
        ChartLoan loan(m_chart);
        // A chart fitted to the size it is lent may change its title and key, and with them the room the
        // frame leaves it: the frame is laid out again until the chart holds still. Should it go round
        // (more bars need a longer key, which leaves room for fewer bars), the chart stops getting taller.
        QString lentTitle = loan.lend(frame.chartRect.size());
        for (int pass = 0; pass < 4 && lentTitle != chartTitle; ++pass) {
            chartTitle = lentTitle;
            const double lentHeight = frame.chartRect.height();
            frame = frameFor(m_title.value_or(chartTitle));
            if (pass >= 2)
                frame.chartRect.setHeight(std::min(frame.chartRect.height(), lentHeight));
            lentTitle = loan.lend(frame.chartRect.size());
        }
        loan.render(painter, frame.chartRect);
        chartTitle = lentTitle;
    }
    const QString titleText = m_title.value_or(chartTitle);

    painter->setPen(textColor);
    if (!titleText.isEmpty()) {
        painter->setFont(fonts.title);
        painter->drawText(frame.titleRect, TextFlags, titleText);
    }
    if (!frame.key.isEmpty()) {
        painter->setFont(fonts.key);
        for (const PlacedKeyEntry &p : std::as_const(frame.key)) {
            if (p.entry.line.style() != Qt::NoPen) {
                QPen pen = p.entry.line;
                pen.setWidthF(std::max(pen.widthF(), 2.0));
                painter->setPen(pen);
                painter->drawLine(QPointF(p.swatch.left(), p.swatch.center().y()),
                                  QPointF(p.swatch.right(), p.swatch.center().y()));
            } else {
                painter->setPen(QPen(textColor, 0.5));
                painter->setBrush(p.entry.fill);
                painter->drawRect(p.swatch);
            }
            painter->setPen(textColor);
            painter->drawText(p.text, Qt::AlignLeft | Qt::AlignVCenter,
                              QFontMetricsF(fonts.key, device).elidedText(p.entry.text, Qt::ElideRight, p.text.width()));
        }
    }
    if (!m_footer.isEmpty()) {
        QColor muted = textColor;
        muted.setAlphaF(0.75f);
        painter->setPen(muted);
        painter->setFont(fonts.footer);
        painter->drawText(frame.footerRect, TextFlags, m_footer);
    }
    painter->restore();
}

void ChartExporter::settle(const QSize &size) const
{
    QPicture scratch;
    QPainter painter(&scratch);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
}

QImage ChartExporter::image(const QSize &size, double scale) const
{
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)), QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    const int dotsPerMeter = qRound(layoutDpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QByteArray ChartExporter::render(Format format, const QSize &size, double scale) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case Format::Png:
        image(size, scale).save(&buffer, "PNG");
        break;
    case Format::Svg: {
        settle(size);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(qRound(layoutDpi()));
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // Qt 6.4 writes these into <title> and <desc> as they are, where markup in a name would be live
        // (and an HTML report inlines the SVG); the text it draws it escapes itself.
        generator.setTitle(title().toHtmlEscaped());
        generator.setDescription(m_footer.toHtmlEscaped());
        {
            QPainter painter(&generator);
            paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        replaceXmlControlCharacters(buffer.buffer());
        break;
    }
    case Format::Pdf: {
        settle(size);
        QPdfWriter writer(&buffer);
        writer.setResolution(qRound(layoutDpi()));
        // One page the size of the chart: points are 1/72 inch.
        writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / layoutDpi(), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("LLM Atlas %1").arg(QStringLiteral(LLM_ATLAS_VERSION)));
        QPainter painter(&writer);
        paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        break;
    }
    }
    return buffer.data();
}

bool ChartExporter::save(const QString &path, const QSize &size, double scale, QString *errorMessage) const
{
    const std::optional<Format> format = formatFromSuffix(path);
    if (!format) {
        if (errorMessage)
            *errorMessage = tr("cannot tell the format of “%1”: use a .png, .svg or .pdf file.").arg(path);
        return false;
    }
    if (const QString problem = checkSize(size, scale); !problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    // Rendered in memory first: a file is written whole through QSaveFile or not at all.
    return FileSaver::save(path, render(*format, size, scale), errorMessage);
}
