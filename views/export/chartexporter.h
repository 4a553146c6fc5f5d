#pragma once

#include <QBrush>
#include <QCoreApplication>
#include <QList>
#include <QPen>
#include <QSize>
#include <QString>

#include <optional>

class QChart;
class QImage;
class QPainter;
class QRectF;

// Renders the chart a view shows, as it shows it, framed for use away from the app: its title above it,
// the data's sources and as-of dates below it and, when the view draws its legend outside the chart, a
// key made from the chart's own series. One picture, painted the same way to PNG, SVG, PDF or a printer.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Png, Svg, Pdf };

    static constexpr QSize DefaultSize{1200, 750};
    static constexpr int MinimumSide = 200;
    static constexpr int MaximumSide = 8000;
    static constexpr double MinimumScale = 0.5;
    static constexpr double MaximumScale = 4;

    // .png, .svg or .pdf, in any letter case.
    static std::optional<Format> formatFromSuffix(const QString &fileName);
    static QString suffix(Format format);
    // An empty string when a size and scale can be rendered, else why not, for people.
    static QString checkSize(const QSize &size, double scale);

    // The chart stays its view's: the exporter only lends it a size and hides its title while it paints.
    explicit ChartExporter(QChart *chart);
    // Whether an export has the chart on loan: its view may fit what it shows to the lent size even while
    // hidden (it is about to be painted).
    static bool isLent(const QChart *chart);

    // Defaults to the chart's own title.
    void setTitle(const QString &title);
    QString title() const;
    void setFooter(const QString &footer);
    QString footer() const { return m_footer; }

    // The framed chart into rect, in the painter's logical units.
    void paint(QPainter *painter, const QRectF &rect) const;

    // size is in logical pixels; a PNG has size x scale device pixels (scale 2 for HiDPI slides), while
    // an SVG and a PDF page are vectors of size (a PDF at 96 pixels an inch: 1200 px = 900 pt).
    QImage image(const QSize &size, double scale = 1) const;
    QByteArray render(Format format, const QSize &size, double scale = 1) const;
    // Writes the whole file or nothing, keeping any previous file; the path's suffix names the format.
    bool save(const QString &path, const QSize &size, double scale, QString *errorMessage) const;

    // One entry of the key drawn under a chart whose own legend is hidden.
    struct KeyEntry
    {
        QString text;
        QBrush fill;           // a bar's colour, or Qt::NoBrush for a line
        QPen line = Qt::NoPen; // a line's pen
    };
    // What the key lists: every named series, and every bar set holding a value, in the chart's order.
    QList<KeyEntry> keyEntries() const;

private:
    // Paints once where no one sees it: the chart fits itself to the size (a shorter chart names fewer
    // bars, and says so in its title), so a file's title, written before its picture, says what it shows.
    void settle(const QSize &size) const;

    QChart *m_chart;
    std::optional<QString> m_title;
    QString m_footer;
};
