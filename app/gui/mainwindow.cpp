#include "app/gui/mainwindow.h"

#include "app/gui/documentactions.h"
#include "app/gui/recordediting.h"
#include "models/core/settingvalue.h"

#include "models/core/dataaudit.h"
#include "models/core/datasources.h"
#include "models/core/preferences.h"
#include "models/core/provenance.h"
#include "models/document/atlasdocument.h"
#include "models/itemmodels/audittablemodel.h"
#include "models/itemmodels/costtablemodel.h"
#include "models/itemmodels/facttablemodel.h"
#include "models/itemmodels/fittablemodel.h"
#include "models/itemmodels/quotedcosttablemodel.h"
#include "models/itemmodels/recommendationtablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/tiertablemodel.h"
#include "views/charts/measurementchart.h"
#include "views/dialogs/aboutdialog.h"
#include "views/dialogs/dialogs.h"
#include "views/dialogs/factseditor.h"
#include "views/dialogs/preferencesdialog.h"
#include "views/dialogs/shortcutsdialog.h"
#include "views/pages/costview.h"
#include "views/pages/hintbar.h"
#include "views/pages/lazypage.h"
#include "views/pages/measurementsview.h"
#include "views/pages/modeldetailspanel.h"
#include "views/pages/tierbrowser.h"
#include "views/pages/tierchartview.h"
#include "views/pages/tooltipwrapper.h"
#include "views/pages/vramfitview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The window's own state.
const SettingValue<QByteArray> GeometrySetting(QStringLiteral("mainWindow/geometry"), QByteArray());
const SettingValue<QByteArray> StateSetting(QStringLiteral("mainWindow/state"), QByteArray());
const SettingValue<QByteArray> SplitterSetting(QStringLiteral("mainWindow/modelSplitter"), QByteArray());
const SettingValue<QByteArray> TierHeaderSetting(QStringLiteral("mainWindow/tierHeader"), QByteArray());
const SettingValue<int> TabSetting(QStringLiteral("mainWindow/tab"), 0);
const SettingValue<bool> HintDismissedSetting(QStringLiteral("mainWindow/firstLaunchHintDismissed"), false);

QTableView *createRecordTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    // Tab leaves the table for the next control instead of walking its cells (arrow keys do that).
    view->setTabKeyNavigation(false);
    return view;
}
} // namespace

MainWindow::MainWindow(AtlasDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_tierModel(new TierTableModel(this))
    , m_quotedCostModel(new QuotedCostTableModel(this))
    , m_recommendationModel(new RecommendationTableModel(this))
    , m_modelsFit(new FitTableModel(this))
    , m_quantsFit(new FitTableModel(this))
    , m_auditModel(new AuditTableModel(this))
    , m_tabs(new QTabWidget(this))
    , m_modelSplitter(new QSplitter(Qt::Horizontal, this))
    , m_tierBrowser(new TierBrowser(m_tierModel, this))
    , m_details(new ModelDetailsPanel(this))
    , m_vramView(new VramFitView(m_modelsFit, m_quantsFit, this))
    , m_costPage(new LazyPage([this](QWidget *page) {
        m_costView = new CostView(page);
        m_costView->setDataset(&m_document->dataset());
        // The Cost tab follows the selected model, as the VRAM tab does, from its first showing on.
        m_costView->setCurrentModel(m_tierBrowser->currentModelId());
        return m_costView;
    }, this))
    , m_measurementsPage(new LazyPage([this](QWidget *page) {
        m_measurementsView = new MeasurementsView(page);
        m_measurementsView->setDataset(&m_document->dataset());
        return m_measurementsView;
    }, this))
    , m_fileLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_tierChart(new TierChartView(m_tierBrowser->proxy(), this))
    , m_recordEditing(new RecordEditing(document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LLM Atlas"));
    ToolTipWrapper::install();
    setMinimumSize(800, 500);

    m_modelSplitter->setObjectName(QStringLiteral("modelSplitter"));
    m_modelSplitter->addWidget(m_tierBrowser);
    m_modelSplitter->addWidget(createDetailsPane());
    m_modelSplitter->setStretchFactor(0, 3);
    m_modelSplitter->setStretchFactor(1, 2);
    m_modelSplitter->setChildrenCollapsible(false);

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Main views"));
    m_tabs->tabBar()->setAccessibleName(tr("Views"));
    m_tabs->tabBar()->setAccessibleDescription(tr("Switch with Ctrl+Tab or Alt and the underlined letter"));
    m_tabs->addTab(m_modelSplitter, tr("&Models"));
    m_tabs->addTab(m_vramView, tr("&VRAM fit"));
    m_costPage->setObjectName(QStringLiteral("costPage"));
    m_tabs->addTab(m_costPage, tr("&Cost"));
    m_tabs->addTab(m_tierChart, tr("Tier &overview"));
    auto *articlePage = new LazyPage([this](QWidget *page) { return createArticleTab(page); }, this);
    articlePage->setObjectName(QStringLiteral("articlePage"));
    m_tabs->addTab(articlePage, tr("&Article tables"));
    auto *auditPage = new LazyPage([this](QWidget *page) { return createAuditTab(page); }, this);
    auditPage->setObjectName(QStringLiteral("auditPage"));
    m_tabs->addTab(auditPage, tr("&Data audit"));
    // First launch: the tier table is already there; a hint says what to try until it is dismissed.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    if (!HintDismissedSetting.get()) {
        auto *hint = new HintBar(tr("<b>Try this:</b> type in the filter (Ctrl+F) to find a model, pick a tier, "
                                    "then open <b>VRAM fit</b> (Alt+V) to see which models fit your GPUs. "
                                    "Help &gt; Keyboard Shortcuts lists every key."),
                                 central);
        connect(hint, &HintBar::dismissed, this, [] { HintDismissedSetting.set(true); });
        centralLayout->addWidget(hint);
    }
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_fileLabel);

    m_quantsFit->setMode(FitTableModel::Mode::OneModelAcrossQuantizations);
    m_tierModel->setFitModel(m_modelsFit);
    setUpEditing();
    // After the GPUs and prices tab setUpEditing adds: the saved tab indexes keep pointing where they did.
    // No underlined letter: every letter of the word already has a key on some page (Ctrl+Tab reaches it).
    m_measurementsPage->setObjectName(QStringLiteral("measurementsPage"));
    m_tabs->addTab(m_measurementsPage, tr("Measurements"));
    setUpExport();
    createActions();

    connect(m_document, &AtlasDocument::datasetReset, this, &MainWindow::reloadModels);
    connect(m_tierBrowser, &TierBrowser::currentModelChanged, this, &MainWindow::showCurrentModel);
    connect(m_tierBrowser->proxy(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_tierBrowser->proxy(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_tierBrowser->proxy(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    // The VRAM tab across quantizations lists one model's formats: the status bar counts those instead.
    connect(m_vramView, &VramFitView::activeModelChanged, this, &MainWindow::updateStatus);
    connect(m_quantsFit, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);

    reloadModels();
    m_vramView->setContextTokens(Preferences::defaultContextTokens());
    restoreSettings();
}

QWidget *MainWindow::createDetailsPane()
{
    auto *pane = new QWidget(this);
    auto *editButton = new QPushButton(tr("Edit Details…"), pane);
    editButton->setObjectName(QStringLiteral("editDetailsButton"));
    editButton->setToolTip(tr("Edit every fact of this model in a form that checks each one (Ctrl+Return in the table)"));
    connect(editButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_tierBrowser->currentModelId())
            m_recordEditing->editRecord(RecordKind::Model, id);
    });
    connect(m_tierBrowser, &TierBrowser::currentModelChanged, editButton,
            [editButton](qint64 id) { editButton->setEnabled(id != 0); });
    auto *addButton = new QPushButton(tr("Add Model…"), pane);
    addButton->setObjectName(QStringLiteral("addModelButton"));
    addButton->setToolTip(tr("Add a model of your own, with its architecture facts (Insert in the table)"));
    connect(addButton, &QPushButton::clicked, this, [this] { m_recordEditing->addRecord(RecordKind::Model); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(addButton);
    buttons->addWidget(editButton);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details, 1);
    layout->addLayout(buttons);
    return pane;
}

QWidget *MainWindow::createArticleTab(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    auto *costTitle = new QLabel(tr("<b>Self-hosting vs API</b>, as the article prints it. Its figures are "
                                    "quoted, not computed: the data audit checks them."),
                                 page);
    costTitle->setWordWrap(true);
    layout->addWidget(costTitle);
    QTableView *costTable = createRecordTable(m_quotedCostModel, QStringLiteral("quotedCostTable"), page);
    costTable->setAccessibleName(tr("Self-hosting vs API, as quoted"));
    costTable->setAccessibleDescription(tr("The article's cost table, quoted verbatim"));
    // The article's tables have a few rows: every column as wide as its text, the source taking the rest.
    costTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    costTable->horizontalHeader()->setSectionResizeMode(QuotedCostTableModel::Source, QHeaderView::Stretch);
    costTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(costTable, 1);
    layout->addWidget(new QLabel(tr("<b>Recommendations</b>, as the article makes them"), page));
    QTableView *recommendations = createRecordTable(m_recommendationModel, QStringLiteral("recommendationTable"), page);
    recommendations->setAccessibleName(tr("Recommendations"));
    recommendations->setAccessibleDescription(tr("The article's recommended model per use case"));
    // The reasons are sentences: they wrap in the column that takes the spare width, as the audit's do.
    recommendations->setWordWrap(true);
    recommendations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    recommendations->horizontalHeader()->setSectionResizeMode(RecommendationTableModel::Reason, QHeaderView::Stretch);
    recommendations->horizontalHeader()->setStretchLastSection(false);
    recommendations->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(recommendations, 1);
    return page;
}

QWidget *MainWindow::createAuditTab(QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Where the data contradicts itself or physics: every figure the article quotes, "
                                "checked against first principles (weights = parameters x bits / 8, every MoE "
                                "expert resident). Quotes within %1% count as consistent.")
                                 .arg(qRound(DataAudit::Tolerance * 100)),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QTableView *table = createRecordTable(m_auditModel, QStringLiteral("auditTable"), page);
    table->setAccessibleName(tr("Data audit findings"));
    table->setAccessibleDescription(tr("Each quoted figure checked against first principles, with its verdict"));
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Message, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(table, 1);
    // Rows are as tall as their wrapped findings at the width the stretched column has now, not at the
    // narrow one it had before the window was laid out (a few dozen rows: measuring them is cheap).
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return page;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), m_documentActions, &DocumentActions::chooseFileToOpen);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open another LLM Atlas database"));
    m_documentActions->addFileActions(fileMenu);
    m_recordEditing->addFileActions(fileMenu);
    fileMenu->addSeparator();
    m_exportActions->addFileActions(fileMenu);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *findAction = editMenu->addAction(tr("&Find Model"), this, [this] {
        m_tabs->setCurrentWidget(m_modelSplitter);
        m_tierBrowser->focusFilter();
    });
    findAction->setShortcut(QKeySequence::Find);
    m_documentActions->addEditActions(editMenu);
    editMenu->addSeparator();
    m_exportActions->addEditActions(editMenu);
    editMenu->addSeparator();
    m_recordEditing->addEditActions(editMenu, [this] { return m_tierBrowser->currentModelId(); });
    editMenu->addSeparator();
    QAction *saveGpuAction = editMenu->addAction(tr("Save GPU &Configuration…"), this, &MainWindow::saveGpuConfiguration);
    saveGpuAction->setObjectName(QStringLiteral("saveGpuConfigurationAction"));
    saveGpuAction->setStatusTip(tr("Keep the VRAM fit tab's GPU type and count under a name of your own"));
    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(tr("&Preferences…"), this, &MainWindow::editPreferences);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    // Most Linux desktops define no standard key for preferences; Ctrl+, is the common convention.
    preferencesAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                        ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                        : QKeySequence::keyBindings(QKeySequence::Preferences));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcutsAction = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), m_tabs, this);
        dialog.exec();
    });
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About LLM Atlas"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::reloadModels()
{
    const Dataset *dataset = &m_document->dataset();
    m_tierModel->setDataset(dataset);
    m_quotedCostModel->setDataset(dataset);
    m_recommendationModel->setDataset(dataset);
    m_modelsFit->setDataset(dataset);
    m_quantsFit->setDataset(dataset);
    m_gpuModel->setDataset(dataset);
    m_priceModel->setDataset(dataset);
    m_vramView->setDataset(dataset);
    if (m_costView)
        m_costView->setDataset(dataset);
    if (m_measurementsView)
        m_measurementsView->setDataset(dataset);
    m_auditModel->setFindings(DataAudit::run(*dataset));
    if (m_tierBrowser->proxy()->rowCount() > 0)
        m_tierBrowser->view()->selectRow(0);
    showCurrentModel();
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QString path = QDir::toNativeSeparators(m_document->filePath());
    m_fileLabel->setText(m_document->isReadOnly() ? tr("%1 (read-only)").arg(path) : path);
    m_fileLabel->setToolTip(tr("The open LLM Atlas database"));
    setWindowFilePath(m_document->filePath());
    // The file's name, and whether it was edited since it was opened; Qt adds the application's name. No
    // "*" (setWindowModified): that promises unsaved changes, and every edit is saved at once.
    QString title = QFileInfo(m_document->filePath()).fileName();
    if (m_document->isModified())
        title += tr(" (edited)");
    if (m_document->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title);
    if (m_tabs->currentWidget() == m_vramView && m_vramView->activeModel() == m_quantsFit)
        m_countLabel->setText(tr("One model in %n quantization format(s)", nullptr, m_quantsFit->rowCount()));
    else if (m_tabs->currentWidget() == m_measurementsPage)
        m_countLabel->setText(tr("%n measured run(s)", nullptr, int(m_document->dataset().measurements.size())));
    else
        m_countLabel->setText(
            tr("%1 of %2 models shown").arg(m_tierBrowser->proxy()->rowCount()).arg(m_tierModel->rowCount()));
}

void MainWindow::showCurrentModel()
{
    m_details->showModel(m_document->dataset(), m_tierBrowser->currentModelId());
    m_vramView->setFocusModel(m_tierBrowser->currentModelId());
    if (m_costView)
        m_costView->setCurrentModel(m_tierBrowser->currentModelId());
}

void MainWindow::saveGpuConfiguration()
{
    const GpuConfiguration configuration = m_vramView->configuration();
    const QString name = Dialogs::textInput(this, tr("Save GPU Configuration"),
                                            tr("Name for %1:").arg(configuration.name()), configuration.name());
    if (name.isEmpty())
        return;
    if (!m_document->saveGpuConfiguration(name, configuration.gpu.id, configuration.count))
        Dialogs::showError(this, tr("Cannot save the GPU configuration"), m_document->errorString());
}

bool MainWindow::openFile(const QString &path)
{
    return m_documentActions->openFile(path);
}

void MainWindow::editPreferences()
{
    const qint64 oldContext = Preferences::defaultContextTokens();
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyPreferences(oldContext);
}

void MainWindow::applyPreferences(qint64 previousDefaultContext)
{
    Preferences::apply();
    // Every table, chart and label formats its figures when filled: refilling them shows the new units.
    reloadModels();
    // A new default context moves the VRAM view; an unchanged one leaves the user's current choice alone.
    if (Preferences::defaultContextTokens() != previousDefaultContext)
        m_vramView->setContextTokens(Preferences::defaultContextTokens());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_document->dataset(), this);
    dialog.exec();
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(GeometrySetting.get())) {
        // 1280x760, but never larger than the screen: at 2x scale a 1600x1000 screen holds only 800x500.
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 760);
        resize(QSize(1280, 760).boundedTo(available));
    }
    restoreState(StateSetting.get());
    if (!m_modelSplitter->restoreState(SplitterSetting.get()))
        m_modelSplitter->setSizes({920, 360});
    m_tierBrowser->view()->horizontalHeader()->restoreState(TierHeaderSetting.get());
    m_tabs->setCurrentIndex(TabSetting.get()); // an index out of range leaves the first
}

void MainWindow::saveSettings() const
{
    GeometrySetting.set(saveGeometry());
    StateSetting.set(saveState());
    SplitterSetting.set(m_modelSplitter->saveState());
    TierHeaderSetting.set(m_tierBrowser->view()->horizontalHeader()->saveState());
    TabSetting.set(m_tabs->currentIndex());
}

namespace {

// The one model file or folder a drag carries, or nothing.
QString droppedModelFile(const QMimeData *mime)
{
    const QList<QUrl> urls = mime ? mime->urls() : QList<QUrl>();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return QString();
    const QString path = urls.constFirst().toLocalFile();
    return DocumentActions::isModelFile(path) ? path : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedModelFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedModelFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: the preview is modal, and the dragging program waits for the drop to end.
    QMetaObject::invokeMethod(m_documentActions, [this, path] { m_documentActions->importModelFile(path); },
                              Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::setUpExport()
{
    m_exportActions = new ExportActions(this);
    m_exportActions->setPageProvider([this] { return currentPage(); });
    m_exportActions->setReportProvider([this] {
        ComparisonReport::Inputs inputs;
        inputs.dataset = &m_document->dataset();
        inputs.databaseName = QFileInfo(m_document->filePath()).fileName();
        inputs.fitChart = m_vramView->chart();
        inputs.costChart = costView()->chart();
        inputs.costOptions = costView()->optionsModel();
        inputs.tierChart = m_tierChart->chart();
        inputs.tierTable = m_tierBrowser->proxy();
        inputs.auditFindings = m_auditModel;
        return inputs;
    });
    connect(m_tabs, &QTabWidget::currentChanged, m_exportActions, &ExportActions::updateActions);
    connect(m_exportActions, &ExportActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
}

ExportActions::Page MainWindow::currentPage()
{
    QWidget *tab = m_tabs->currentWidget();
    if (!tab)
        return {};
    // What the tab shows: its chart and its first table, as the user sees them (filtered and sorted).
    ExportActions::Page page;
    page.name = m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&'));
    // The views' own accessors, which bring a chart up to date; other pages have no chart.
    if (tab == m_vramView)
        page.chart = m_vramView->chart();
    else if (tab == m_costPage)
        page.chart = costView()->chart();
    else if (tab == m_tierChart)
        page.chart = m_tierChart->chart();
    else if (tab == m_measurementsPage && m_measurementsView)
        page.chart = m_measurementsView->chart();
    if (const auto *table = tab->findChild<QTableView *>())
        page.table = table->model();
    if (tab == m_tierChart)
        page.table = m_tierBrowser->proxy();
    DataSources::Topics topics = DataSources::CostTopics | DataSources::Topic::Article;
    if (tab == m_tierChart)
        topics = DataSources::TierListTopics;
    else if (tab == m_vramView || tab == m_measurementsPage) // the runs name their own sources
        topics = DataSources::MemoryFitTopics;
    else if (tab == m_costPage)
        topics = DataSources::CostTopics;
    page.footer = DataSources::footer(m_document->dataset(), topics);
    return page;
}

void MainWindow::setUpEditing()
{
    m_documentActions = new DocumentActions(m_document, this);
    setAcceptDrops(true);
    m_gpuModel = new FactTableModel(RecordKind::Gpu, this);
    m_priceModel = new FactTableModel(RecordKind::ApiPrice, this);
    for (EditableTableModel *model : {static_cast<EditableTableModel *>(m_tierModel), static_cast<EditableTableModel *>(m_gpuModel),
                                      static_cast<EditableTableModel *>(m_priceModel)}) {
        model->setDocument(m_document);
        // A refused edit leaves the cell as it was; the status bar says why.
        connect(model, &EditableTableModel::editRefused, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    }
    auto *facts = new FactsEditor(m_gpuModel, m_priceModel, this);
    facts->setObjectName(QStringLiteral("factsEditor"));
    m_tabs->addTab(facts, tr("&GPUs and prices"));
    connect(facts, &FactsEditor::deleteRequested, this,
            [this](FactTableModel *model, qint64 id) { confirmDelete(int(model->kind()), id); });
    connect(facts, &FactsEditor::addRequested, m_recordEditing,
            [this](FactTableModel *model) { m_recordEditing->addRecord(model->kind()); });
    connect(facts, &FactsEditor::editRequested, m_recordEditing,
            [this](FactTableModel *model, qint64 id) { m_recordEditing->editRecord(model->kind(), id); });
    m_recordEditing->addViewActions(m_tierBrowser->view(), RecordKind::Model);
    m_recordEditing->addViewActions(facts->gpuView(), RecordKind::Gpu);
    m_recordEditing->addViewActions(facts->priceView(), RecordKind::ApiPrice);
    // A new row is shown at once, selected, so the user sees what was added.
    connect(m_recordEditing, &RecordEditing::recordAdded, this, [this, facts](RecordKind kind, qint64 id) {
        if (kind == RecordKind::Model) {
            m_tabs->setCurrentWidget(m_modelSplitter);
            m_tierBrowser->selectModel(id);
            return;
        }
        FactTableModel *model = kind == RecordKind::Gpu ? m_gpuModel : m_priceModel;
        QTableView *view = kind == RecordKind::Gpu ? facts->gpuView() : facts->priceView();
        m_tabs->setCurrentWidget(facts);
        view->selectRow(model->rowOf(id));
    });

    auto *deleteModel = new QAction(tr("&Delete Model…"), m_tierBrowser->view());
    deleteModel->setObjectName(QStringLiteral("deleteModelAction"));
    deleteModel->setShortcut(QKeySequence::Delete);
    deleteModel->setShortcutContext(Qt::WidgetShortcut);
    m_tierBrowser->view()->addAction(deleteModel);
    m_tierBrowser->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(deleteModel, &QAction::triggered, this, [this] {
        if (const qint64 id = m_tierBrowser->currentModelId())
            confirmDelete(int(RecordKind::Model), id);
    });

    connect(m_documentActions, &DocumentActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_document, &AtlasDocument::modifiedChanged, this, &MainWindow::updateStatus);
    connect(m_document, &AtlasDocument::writeFailed, this,
            [this](const QString &message) { Dialogs::showError(this, tr("Not saved"), message); });
    connect(m_document, &AtlasDocument::recordChanged, this, &MainWindow::refreshDerived);
}

void MainWindow::refreshDerived()
{
    // Estimates, the audit and the details read the edited facts; the edited table updated itself.
    const Dataset *dataset = &m_document->dataset();
    m_modelsFit->setDataset(dataset);
    m_quantsFit->setDataset(dataset);
    if (m_costView)
        m_costView->setDataset(dataset);
    if (m_measurementsView)
        m_measurementsView->setDataset(dataset);
    m_auditModel->setFindings(DataAudit::run(*dataset));
    showCurrentModel();
}

CostView *MainWindow::costView()
{
    m_costPage->content();
    return m_costView;
}

void MainWindow::confirmDelete(int kind, qint64 id)
{
    const std::optional<AnyRecord> record = m_document->record(RecordKind(kind), id);
    if (!record)
        return;
    QString question = tr("Delete %1?").arg(RecordFields::displayName(*record, &m_document->dataset()));
    const QString consequences = m_document->deletionConsequences(RecordKind(kind), id);
    if (!consequences.isEmpty())
        question += QStringLiteral("\n\n") + tr("This also removes %1.").arg(consequences);
    question += QStringLiteral("\n\n") + tr("Edit > Undo brings all of it back.");
    if (!Dialogs::confirm(this, tr("Delete"), question))
        return;
    if (!m_document->deleteRecord(RecordKind(kind), id))
        Dialogs::showError(this, tr("Cannot delete"), m_document->errorString());
}
