#include "app/mainwindow.h"

#include "models/atlasdocument.h"
#include "models/audittablemodel.h"
#include "models/dataaudit.h"
#include "models/fittablemodel.h"
#include "models/quotedcosttablemodel.h"
#include "models/recommendationtablemodel.h"
#include "models/tierfilterproxymodel.h"
#include "models/tiertablemodel.h"
#include "views/dialogs.h"
#include "views/modeldetailspanel.h"
#include "views/tierbrowser.h"
#include "views/vramfitview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// QSettings keys of the window's own state.
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto SplitterKey = QStringLiteral("mainWindow/modelSplitter");
const auto TierHeaderKey = QStringLiteral("mainWindow/tierHeader");
const auto LastFolderKey = QStringLiteral("files/lastFolder");

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
    , m_fileLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("LLM Atlas"));
    setMinimumSize(800, 500);

    m_modelSplitter->setObjectName(QStringLiteral("modelSplitter"));
    m_modelSplitter->addWidget(m_tierBrowser);
    m_modelSplitter->addWidget(m_details);
    m_modelSplitter->setStretchFactor(0, 3);
    m_modelSplitter->setStretchFactor(1, 2);
    m_modelSplitter->setChildrenCollapsible(false);

    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_modelSplitter, tr("&Models"));
    m_tabs->addTab(m_vramView, tr("&VRAM fit"));
    m_tabs->addTab(createArticleTab(), tr("&Article tables"));
    m_tabs->addTab(createAuditTab(), tr("&Data audit"));
    setCentralWidget(m_tabs);

    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_fileLabel);

    m_quantsFit->setMode(FitTableModel::Mode::OneModelAcrossQuantizations);
    m_tierModel->setFitModel(m_modelsFit);
    createActions();

    connect(m_document, &AtlasDocument::datasetReset, this, &MainWindow::reloadModels);
    connect(m_tierBrowser, &TierBrowser::currentModelChanged, this, &MainWindow::showCurrentModel);
    connect(m_tierBrowser->proxy(), &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_tierBrowser->proxy(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_tierBrowser->proxy(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);

    reloadModels();
    restoreSettings();
}

QWidget *MainWindow::createArticleTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *costTitle = new QLabel(tr("<b>Self-hosting vs API</b>, as the article prints it. Its figures are "
                                    "quoted, not computed: the data audit checks them."),
                                 page);
    costTitle->setWordWrap(true);
    layout->addWidget(costTitle);
    layout->addWidget(createRecordTable(m_quotedCostModel, QStringLiteral("quotedCostTable"), page), 1);
    layout->addWidget(new QLabel(tr("<b>Recommendations</b>, as the article makes them"), page));
    layout->addWidget(createRecordTable(m_recommendationModel, QStringLiteral("recommendationTable"), page), 1);
    return page;
}

QWidget *MainWindow::createAuditTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Where the data contradicts itself or physics: every figure the article quotes, "
                                "checked against first principles (weights = parameters x bits / 8, every MoE "
                                "expert resident). Quotes within %1% count as consistent.")
                                 .arg(qRound(DataAudit::Tolerance * 100)),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    QTableView *table = createRecordTable(m_auditModel, QStringLiteral("auditTable"), page);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(AuditTableModel::Message, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(table, 1);
    connect(m_auditModel, &QAbstractItemModel::modelReset, table, &QTableView::resizeRowsToContents);
    return page;
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(tr("&Open…"), this, &MainWindow::chooseFileToOpen);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open another LLM Atlas database"));
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
    editMenu->addSeparator();
    QAction *saveGpuAction = editMenu->addAction(tr("Save GPU &Configuration…"), this, &MainWindow::saveGpuConfiguration);
    saveGpuAction->setObjectName(QStringLiteral("saveGpuConfigurationAction"));
    saveGpuAction->setStatusTip(tr("Keep the VRAM fit tab's GPU type and count under a name of your own"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
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
    m_vramView->setDataset(dataset);
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
    m_countLabel->setText(
        tr("%1 of %2 models shown").arg(m_tierBrowser->proxy()->rowCount()).arg(m_tierModel->rowCount()));
}

void MainWindow::showCurrentModel()
{
    m_details->showModel(m_document->dataset(), m_tierBrowser->currentModelId());
    m_vramView->setFocusModel(m_tierBrowser->currentModelId());
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
    if (m_document->open(path))
        return true;
    Dialogs::showError(this, tr("Cannot open database"), m_document->errorString());
    return false;
}

void MainWindow::chooseFileToOpen()
{
    QSettings settings;
    const QString path =
        Dialogs::openFileName(this, tr("Open LLM Atlas Database"), settings.value(LastFolderKey).toString(),
                              tr("LLM Atlas databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(LastFolderKey, QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About LLM Atlas"),
                       tr("<h3>LLM Atlas %1</h3><p>Which open-weight model, at which quantization, fits on which "
                          "GPUs, and what it costs against an API.</p><p>Licensed under the GNU General Public "
                          "License, version 3 or later.</p>")
                           .arg(QStringLiteral(LLM_ATLAS_VERSION)));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(StateKey).toByteArray());
    if (!m_modelSplitter->restoreState(settings.value(SplitterKey).toByteArray()))
        m_modelSplitter->setSizes({800, 480});
    m_tierBrowser->view()->horizontalHeader()->restoreState(settings.value(TierHeaderKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_modelSplitter->saveState());
    settings.setValue(TierHeaderKey, m_tierBrowser->view()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}
