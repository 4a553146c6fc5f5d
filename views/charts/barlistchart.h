#pragma once

#include <QChart>
#include <QFont>
#include <QPalette>

class QBarCategoryAxis;

// A horizontal bar chart with a bar for each of a list of rows, as the tier overview and the VRAM fit draw
// them: it names as many rows as its plot can (Qt Charts cuts every label to "…" past that), at most a
// maximum, once it has a size that means something (shown in a view, or lent to an export), and lists them
// again when its plot changes size. It needs no page: the command line and reports draw it as the window
// does.
class BarListChart : public QChart
{
    Q_OBJECT

public:
    // How many bars the chart lists now.
    int barCount() const;
    // Whether the chart is about to be painted: shown in a visible view, or lent to an export.
    bool isOnShow() const;

    // Whether the chart lists its rows again when its plot changes size (by default it does). A page that
    // leaves its hidden chart stale turns this off meanwhile: the rows the chart holds may be old.
    void setFitting(bool fitting) { m_fitting = fitting; }

    // Colours and fonts after a palette and font: a page's, or by default the application's.
    void applyTheme(const QPalette &palette, const QFont &font);

signals:
    // The chart was drawn again (its title may have changed): a page's legend and description follow it.
    void redrawn();

protected:
    BarListChart(int maxBars, QGraphicsItem *parent);

    // The category axis whose labels are counted; set once by the subclass.
    void setCategoryAxis(QBarCategoryAxis *axis) { m_categoryAxis = axis; }
    QBarCategoryAxis *categoryAxis() const { return m_categoryAxis; }
    const QPalette &themePalette() const { return m_palette; }
    const QFont &themeFont() const { return m_font; }

    // How many rows the chart could list; barCount() takes as many of them as fit.
    virtual int rowsAvailable() const = 0;
    // Draws every bar again from the rows.
    virtual void rebuild() = 0;
    // Restyles from themePalette() and themeFont().
    virtual void restyle() = 0;

private:
    void fitBarsToPlot();

    int m_maxBars;
    bool m_fitting = true;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QPalette m_palette;
    QFont m_font;
};
