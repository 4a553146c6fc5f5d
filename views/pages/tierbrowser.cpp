#include "views/pages/tierbrowser.h"

#include "models/itemmodels/recordtablemodel.h"
#include "models/itemmodels/tierfilterproxymodel.h"
#include "models/itemmodels/tiertablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace {
constexpr double Billion = 1e9;

// Sizes a team shortlists by (total parameters, billions; 0 for no bound): what runs on a laptop, on one
// consumer card, on a workstation or one server GPU, on a node, and beyond.
struct SizePick
{
    const char *label;
    double min;
    double max;
};
constexpr SizePick SizePicks[] = {
    {QT_TRANSLATE_NOOP("TierBrowser", "Any size"), 0, 0},
    {QT_TRANSLATE_NOOP("TierBrowser", "Up to 4B"), 0, 4},
    {QT_TRANSLATE_NOOP("TierBrowser", "4B to 15B"), 4, 15},
    {QT_TRANSLATE_NOOP("TierBrowser", "15B to 40B"), 15, 40},
    {QT_TRANSLATE_NOOP("TierBrowser", "40B to 150B"), 40, 150},
    {QT_TRANSLATE_NOOP("TierBrowser", "Over 150B"), 150, 0},
};
}

TierBrowser::TierBrowser(TierTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_proxy(new TierFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_tierCombo(new QComboBox(this))
    , m_vendorCombo(new QComboBox(this))
    , m_architectureCombo(new QComboBox(this))
    , m_sizeCombo(new QComboBox(this))
    , m_minParamsSpin(new QDoubleSpinBox(this))
    , m_maxParamsSpin(new QDoubleSpinBox(this))
    , m_onlyFittingCheck(new QCheckBox(tr("Only models that fi&t"), this))
    , m_view(new QTableView(this))
    , m_filterTimer(new QTimer(this))
{
    m_proxy->setSourceModel(model);

    m_filterEdit->setObjectName(QStringLiteral("tierFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, vendor or highlight (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    // Wide enough to read what was typed when the bar's pickers take the rest of a narrow window.
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().averageCharWidth() * 14);
    m_filterEdit->setAccessibleName(tr("Filter models"));
    m_filterEdit->setAccessibleDescription(tr("Shows only models whose name, vendor or highlight contains the text"));

    m_tierCombo->setObjectName(QStringLiteral("tierCombo"));
    m_tierCombo->setToolTip(tr("Show one tier only"));
    m_tierCombo->setAccessibleName(tr("Tier"));
    m_tierCombo->setAccessibleDescription(tr("Show one tier only"));
    m_tierCombo->addItem(tr("All tiers"), QString());
    for (const char *tier : {"S", "A", "B", "C"})
        m_tierCombo->addItem(tr("%1-Tier").arg(QLatin1String(tier)), QString::fromLatin1(tier));

    m_vendorCombo->setObjectName(QStringLiteral("vendorCombo"));
    m_vendorCombo->setToolTip(tr("Show one family's models only, by vendor"));
    m_vendorCombo->setAccessibleName(tr("Family"));
    m_vendorCombo->setAccessibleDescription(tr("Show one family's models only, by vendor"));
    m_vendorCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vendorCombo->setMinimumContentsLength(12); // long vendor names are elided, listed whole when open
    fillVendors();
    m_sizeCombo->setObjectName(QStringLiteral("sizeCombo"));
    m_sizeCombo->setToolTip(tr("Sets the parameter range to a common size class"));
    m_sizeCombo->setAccessibleName(tr("Size"));
    m_sizeCombo->setAccessibleDescription(tr("Sets the parameter range to a common size class"));
    for (const SizePick &pick : SizePicks)
        m_sizeCombo->addItem(tr(pick.label));
    m_architectureCombo->setObjectName(QStringLiteral("architectureCombo"));
    m_architectureCombo->setAccessibleName(tr("Architecture"));
    m_architectureCombo->setAccessibleDescription(tr("Dense models, mixture-of-experts models, or both"));
    m_architectureCombo->setToolTip(tr("Dense models use every parameter per token; mixture-of-experts models "
                                       "route each token through a few experts but keep all of them in memory"));
    m_architectureCombo->addItem(tr("Dense and MoE"), int(TierFilterProxyModel::Architecture::Any));
    m_architectureCombo->addItem(tr("Dense only"), int(TierFilterProxyModel::Architecture::Dense));
    m_architectureCombo->addItem(tr("MoE only"), int(TierFilterProxyModel::Architecture::Moe));

    for (QDoubleSpinBox *spin : {m_minParamsSpin, m_maxParamsSpin}) {
        spin->setRange(0, 10000);
        spin->setDecimals(0);
        spin->setSuffix(tr(" B"));
        spin->setSpecialValueText(tr("any"));
        spin->setAccelerated(true);
        spin->setToolTip(tr("Total parameters, in billions"));
    }
    m_minParamsSpin->setObjectName(QStringLiteral("minParamsSpin"));
    m_minParamsSpin->setAccessibleName(tr("Minimum parameters"));
    m_maxParamsSpin->setObjectName(QStringLiteral("maxParamsSpin"));
    m_maxParamsSpin->setAccessibleName(tr("Maximum parameters"));
    m_minParamsSpin->setAccessibleDescription(tr("Total parameters, in billions"));
    m_maxParamsSpin->setAccessibleDescription(tr("Total parameters, in billions"));
    m_onlyFittingCheck->setAccessibleDescription(
        tr("Hide models that do not fit the GPU configuration chosen in the VRAM fit tab"));

    m_onlyFittingCheck->setObjectName(QStringLiteral("onlyFittingCheck"));
    m_onlyFittingCheck->setToolTip(tr("Hide models that do not fit the GPU configuration chosen in the VRAM fit tab"));

    m_view->setObjectName(QStringLiteral("tierTable"));
    m_view->setAccessibleName(tr("Models"));
    m_view->setAccessibleDescription(tr("The tier list with each model's size, architecture and fit verdict"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TierTableModel::Rank, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Tab leaves the table for the next control instead of walking its cells (arrow keys do that).
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    // Columns fit the first hundred rows (Qt measures a thousand by default): measuring a cell lays out its
    // text, which made fitting the columns to a large file the costliest part of opening it.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->resizeColumnsToContents();

    // Two rows: in one, the name filter was squeezed to a few letters and the last box cut off at 1280 px
    // beside the details panel, and more so in German.
    auto *whatBar = new QHBoxLayout;
    whatBar->addWidget(m_filterEdit, 1);
    whatBar->addWidget(m_tierCombo);
    whatBar->addWidget(m_vendorCombo);
    whatBar->addWidget(m_architectureCombo);
    auto *sizeBar = new QHBoxLayout;
    sizeBar->addWidget(m_sizeCombo);
    auto *paramsLabel = new QLabel(tr("&Parameters:"), this);
    paramsLabel->setBuddy(m_minParamsSpin);
    sizeBar->addWidget(paramsLabel);
    sizeBar->addWidget(m_minParamsSpin);
    sizeBar->addWidget(new QLabel(tr("to"), this));
    sizeBar->addWidget(m_maxParamsSpin);
    sizeBar->addWidget(m_onlyFittingCheck);
    sizeBar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(whatBar);
    layout->addLayout(sizeBar);
    layout->addWidget(m_view, 1);

    // Typing filters after a short pause, so a fast typist does not refilter a large table per key.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(150);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] { m_proxy->setText(m_filterEdit->text().trimmed()); });
    connect(m_tierCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTier(m_tierCombo->currentData().toString()); });
    connect(m_vendorCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setVendor(m_vendorCombo->currentData().toString()); });
    connect(m_sizeCombo, &QComboBox::currentIndexChanged, this, &TierBrowser::applySizePick);
    connect(model, &QAbstractItemModel::modelReset, this, &TierBrowser::fillVendors);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TierBrowser::fillVendors);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TierBrowser::fillVendors);
    connect(m_architectureCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setArchitecture(TierFilterProxyModel::Architecture(m_architectureCombo->currentData().toInt()));
    });
    for (QDoubleSpinBox *spin : {m_minParamsSpin, m_maxParamsSpin}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TierBrowser::applyParamRange);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TierBrowser::showSizePick);
    }
    connect(m_onlyFittingCheck, &QCheckBox::toggled, m_proxy, &TierFilterProxyModel::setOnlyFitting);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TierBrowser::emitCurrentModel);
    // Filtering away the current row leaves nothing current: the details must follow.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TierBrowser::emitCurrentModel);
    // A filter change arrives as one layout change: when it took the current row away, the first row left
    // becomes current, as Qt does when it removes the current row.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->selectRow(0);
        emitCurrentModel();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        emitCurrentModel();
    });
}

void TierBrowser::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

qint64 TierBrowser::currentModelId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(RecordTableModel::RecordIdRole).toLongLong() : 0;
}

void TierBrowser::selectModel(qint64 modelId)
{
    QAbstractItemModel *source = m_proxy->sourceModel();
    for (int row = 0; row < source->rowCount(); ++row) {
        const QModelIndex index = source->index(row, 0);
        if (index.data(RecordTableModel::RecordIdRole).toLongLong() != modelId)
            continue;
        if (!m_proxy->mapFromSource(index).isValid())
            clearFilters();
        const QModelIndex shown = m_proxy->mapFromSource(index);
        m_view->setCurrentIndex(shown);
        m_view->scrollTo(shown);
        return;
    }
}

void TierBrowser::clearFilters()
{
    m_filterEdit->clear();
    m_filterTimer->stop();
    m_proxy->setText(QString());
    m_tierCombo->setCurrentIndex(0);
    m_vendorCombo->setCurrentIndex(0);
    m_architectureCombo->setCurrentIndex(0);
    m_sizeCombo->setCurrentIndex(0);
    m_minParamsSpin->setValue(0);
    m_maxParamsSpin->setValue(0);
    m_onlyFittingCheck->setChecked(false);
}

void TierBrowser::applyParamRange()
{
    m_proxy->setParamRange(qint64(m_minParamsSpin->value() * Billion), qint64(m_maxParamsSpin->value() * Billion));
}

void TierBrowser::emitCurrentModel()
{
    // Sorting and filtering call this too: the details and the VRAM page redraw only for another model.
    const qint64 id = currentModelId();
    if (id == m_currentModelId)
        return;
    m_currentModelId = id;
    emit currentModelChanged(id);
}

void TierBrowser::fillVendors()
{
    // The dataset's vendors, most models first: the families a team shortlists from lead the list.
    const QString chosen = m_vendorCombo->currentData().toString();
    const QAbstractItemModel *source = m_proxy->sourceModel();
    QHash<QString, int> counts;
    for (int row = 0; row < source->rowCount(); ++row)
        ++counts[source->index(row, TierTableModel::Vendor).data(RecordTableModel::RawValueRole).toString()];
    QStringList vendors = counts.keys();
    std::sort(vendors.begin(), vendors.end(), [&counts](const QString &a, const QString &b) {
        return counts.value(a) != counts.value(b) ? counts.value(a) > counts.value(b) : a < b;
    });
    const QSignalBlocker blocker(m_vendorCombo);
    m_vendorCombo->clear();
    m_vendorCombo->addItem(tr("All families"), QString());
    for (const QString &vendor : std::as_const(vendors))
        m_vendorCombo->addItem(tr("%1 (%2)").arg(vendor).arg(counts.value(vendor)), vendor);
    m_vendorCombo->setCurrentIndex(qMax(m_vendorCombo->findData(chosen), 0));
    m_proxy->setVendor(m_vendorCombo->currentData().toString());
}

void TierBrowser::showSizePick()
{
    // A typed range names its size class when it is one, and none otherwise.
    int match = -1;
    for (int i = 0; i < int(std::size(SizePicks)); ++i) {
        if (SizePicks[i].min == m_minParamsSpin->value() && SizePicks[i].max == m_maxParamsSpin->value())
            match = i;
    }
    const QSignalBlocker blocker(m_sizeCombo);
    m_sizeCombo->setCurrentIndex(match);
}

void TierBrowser::applySizePick()
{
    const SizePick &pick = SizePicks[qBound(0, m_sizeCombo->currentIndex(), int(std::size(SizePicks)) - 1)];
    // The spin boxes stay the one place the range lives: the pick only fills them.
    const QSignalBlocker blockMin(m_minParamsSpin);
    const QSignalBlocker blockMax(m_maxParamsSpin);
    m_minParamsSpin->setValue(pick.min);
    m_maxParamsSpin->setValue(pick.max);
    applyParamRange();
}
