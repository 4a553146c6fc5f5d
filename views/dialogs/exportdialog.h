#pragma once

#include <QDialog>
#include <QSize>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// File > Export's question: the current page's chart, its table or the comparison report, in which
// format and, for a chart, at which size (and scale, for PNG). It asks; the caller writes.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Subject { Chart, Table, Report };
    struct Choice
    {
        Subject subject = Subject::Chart;
        QString format; // a file suffix: png, svg, pdf, csv, json, md or html
        QSize size{1200, 750};
        double scale = 1;
    };

    // An empty name: the page has no chart (or no table), and that subject is not offered.
    ExportDialog(const QString &chartName, const QString &tableName, QWidget *parent = nullptr);

    // Selects the choice where it is offered; a subject the page lacks falls back to one it has.
    void setChoice(const Choice &choice);
    Choice choice() const;

    // The formats offered for a subject, as suffixes, the first the default.
    static QStringList formats(Subject subject);

private:
    void subjectChanged();
    void formatChanged();

    QComboBox *m_subjectCombo;
    QComboBox *m_formatCombo;
    QSpinBox *m_widthSpin;
    QSpinBox *m_heightSpin;
    QDoubleSpinBox *m_scaleSpin;
    QLabel *m_pixelsLabel;
    QWidget *m_sizeBox;
};
