#pragma once

#include "app/gui/exportactions.h"

#include <QMainWindow>

class AtlasDocument;
class DocumentActions;
class FactTableModel;
class AuditTableModel;
class FitTableModel;
class LazyPage;
class ModelDetailsPanel;
class QLabel;
class QSplitter;
class QTabWidget;
class QuotedCostTableModel;
class RecordEditing;
class RecommendationTableModel;
class TierBrowser;
class TierTableModel;
class CostView;
class MeasurementsView;
class VramFitView;
class TierChartView;

// The LLM Atlas window: the tier table with its details panel, and the article's own tables.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AtlasDocument *document, QWidget *parent = nullptr);

    // Opens path as the current document; on failure tells the user why and keeps the current one.
    bool openFile(const QString &path);
    // Re-applies the preferences to every view after they changed (Edit > Preferences does this).
    void applyPreferences(qint64 previousDefaultContext);

protected:
    void closeEvent(QCloseEvent *event) override;
    // A .gguf, .safetensors file or model folder dropped on the window adds its model.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QWidget *createDetailsPane();
    // The Cost, Article tables and Data audit tabs are built when first shown or needed (see LazyPage).
    QWidget *createArticleTab(QWidget *parent);
    QWidget *createAuditTab(QWidget *parent);
    CostView *costView();
    void reloadModels();
    void updateStatus();
    void showCurrentModel();
    void saveGpuConfiguration();
    void showAbout();
    void editPreferences();
    void restoreSettings();
    void saveSettings() const;
    // File > Export and Print, Edit > Copy Chart and Copy Table, fed with what the current tab shows.
    void setUpExport();
    ExportActions::Page currentPage();

    AtlasDocument *m_document;
    TierTableModel *m_tierModel;
    QuotedCostTableModel *m_quotedCostModel;
    RecommendationTableModel *m_recommendationModel;
    FitTableModel *m_modelsFit;
    FitTableModel *m_quantsFit;
    AuditTableModel *m_auditModel;
    QTabWidget *m_tabs;
    QSplitter *m_modelSplitter;
    TierBrowser *m_tierBrowser;
    ModelDetailsPanel *m_details;
    VramFitView *m_vramView;
    LazyPage *m_costPage;
    CostView *m_costView = nullptr; // built with its page
    LazyPage *m_measurementsPage;
    MeasurementsView *m_measurementsView = nullptr; // built with its page
    QLabel *m_fileLabel;
    QLabel *m_countLabel;
    TierChartView *m_tierChart;
    ExportActions *m_exportActions = nullptr;

    // Editing: the document's file actions, the GPU and API price tables.
    void setUpEditing();
    void confirmDelete(int kind, qint64 id);
    void refreshDerived();
    DocumentActions *m_documentActions = nullptr;
    RecordEditing *m_recordEditing;
    FactTableModel *m_gpuModel = nullptr;
    FactTableModel *m_priceModel = nullptr;
};
