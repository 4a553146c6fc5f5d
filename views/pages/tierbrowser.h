#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTableView;
class QTimer;
class TierFilterProxyModel;
class TierTableModel;

// The tier table with its filter bar: free text, tier, family, dense/MoE, a parameter range (typed or picked
// from a few sizes) and whether it fits.
class TierBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit TierBrowser(TierTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    TierFilterProxyModel *proxy() const { return m_proxy; }
    // Puts the keyboard in the text filter, selecting what is there (Edit > Find).
    void focusFilter();
    // The id of the model in the current row, or 0 when no row is current.
    qint64 currentModelId() const;
    // Makes the model with this id the current row, clearing the filters if they hide it.
    void selectModel(qint64 modelId);

signals:
    void currentModelChanged(qint64 modelId);

private:
    void clearFilters();
    void applyParamRange();
    void fillVendors();
    void applySizePick();
    void showSizePick();
    void emitCurrentModel();

    TierFilterProxyModel *m_proxy;
    QLineEdit *m_filterEdit;
    QComboBox *m_tierCombo;
    QComboBox *m_vendorCombo;
    QComboBox *m_architectureCombo;
    QComboBox *m_sizeCombo;
    QDoubleSpinBox *m_minParamsSpin;
    QDoubleSpinBox *m_maxParamsSpin;
    QCheckBox *m_onlyFittingCheck;
    QTableView *m_view;
    QTimer *m_filterTimer;
    qint64 m_currentModelId = 0; // the last one announced
};
