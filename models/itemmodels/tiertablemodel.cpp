#include "models/itemmodels/tiertablemodel.h"

#include "models/core/dataset.h"
#include "models/core/formatting/format.h"
#include "models/core/vocabulary.h"
#include "models/itemmodels/fittablemodel.h"

#include <QHash>

TierTableModel::TierTableModel(QObject *parent)
    : EditableTableModel(parent)
{
}

void TierTableModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    m_rows.clear();
    m_tierList = dataset ? dataset->latestTierList() : nullptr;
    if (dataset) {
        QHash<qint64, const TierEntryRecord *> entryByModel;
        if (const TierListRecord *list = m_tierList) {
            for (const TierEntryRecord &entry : dataset->tierEntries) {
                if (entry.tierListId == list->id)
                    entryByModel.insert(entry.modelId, &entry);
            }
        }
        m_rows.reserve(dataset->models.size());
        for (const ModelRecord &model : dataset->models)
            m_rows.append({&model, entryByModel.value(model.id)});
    }
    endResetModel();
}

void TierTableModel::setFitModel(const FitTableModel *fitModel)
{
    if (m_fitModel)
        disconnect(m_fitModel, nullptr, this, nullptr);
    m_fitModel = fitModel;
    if (fitModel) {
        const auto refresh = [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, MemoryNeeded), index(rowCount() - 1, FitVerdict));
        };
        connect(fitModel, &QAbstractItemModel::dataChanged, this, refresh);
        connect(fitModel, &QAbstractItemModel::modelReset, this, refresh);
    }
}

QVariant TierTableModel::fitValue(int row, int fitColumn, int role) const
{
    // Both models list dataset->models in order, so rows correspond one to one.
    if (!m_fitModel || m_fitModel->mode() != FitTableModel::Mode::ModelsAtOneQuantization
        || m_fitModel->rowCount() != rowCount())
        return QVariant();
    return m_fitModel->index(row, fitColumn).data(role);
}

int TierTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TierTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TierTableModel::columnKey(int column) const
{
    static const char *const keys[ColumnCount] = {
        "rank",         "tier",      "name",        "vendor",  "total_params", "active_params",
        "architecture", "attention", "max_context", "license", "released",     "highlights",
        "memory_needed_bytes", "fit_verdict"};
    return QString::fromLatin1(keys[column]);
}

QString TierTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Rank: return tr("#");
    case Tier: return tr("Tier");
    case Name: return tr("Model");
    case Vendor: return tr("Vendor");
    case TotalParams: return tr("Parameters");
    case ActiveParams: return tr("Active");
    case Architecture: return tr("Architecture");
    case Attention: return tr("Attention");
    case MaxContext: return tr("Context");
    case License: return tr("Licence");
    case Released: return tr("Released");
    case Highlights: return tr("Highlights");
    case MemoryNeeded: return tr("Needs");
    case FitVerdict: return tr("Fit");
    case ColumnCount: break;
    }
    return QString();
}

QString TierTableModel::columnToolTip(int column) const
{
    switch (Column(column)) {
    case Rank: return tr("Position in the tier list");
    case Name: return tr("Model name as the tier list spells it; * marks facts taken from another published model "
                         "or not confirmed by a primary source (hover for why)");
    case TotalParams: return tr("Total parameters: every one of them is held in memory, MoE experts included");
    case ActiveParams: return tr("Parameters used per generated token (all of them for a dense model)");
    case MaxContext: return tr("Longest context the model supports, in tokens");
    case MemoryNeeded:
    case FitVerdict: return tr("For the GPU configuration and assumptions chosen in the VRAM fit tab");
    default: return QString();
    }
}

QVariant TierTableModel::rawValue(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const ModelRecord &m = *r.model;
    switch (Column(column)) {
    case Rank: return r.entry ? QVariant(r.entry->rank) : QVariant();
    case Tier: return r.entry ? QVariant(r.entry->tier) : QVariant();
    case Name: return m.name;
    case Vendor: return m.vendor;
    case TotalParams: return m.totalParams;
    case ActiveParams: return m.paramsPerToken();
    case Architecture: return m.isMoe() ? QStringLiteral("moe") : QStringLiteral("dense");
    case Attention: return Vocabulary::attentionKey(m.attention);
    case MaxContext: return m.maxContext;
    case License: return m.license;
    case Released: return m.released;
    case Highlights: return r.entry ? QVariant(r.entry->highlights) : QVariant();
    case MemoryNeeded: return fitValue(row, FitTableModel::TotalBytes, RawValueRole);
    case FitVerdict: return fitValue(row, FitTableModel::Verdict, RawValueRole);
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant TierTableModel::sortValue(int row, int column) const
{
    const Row &r = m_rows.at(row);
    switch (Column(column)) {
    // A model outside the tier list has neither: the proxy puts it last in either direction.
    case Tier: return r.entry ? QVariant(Vocabulary::tierRank(r.entry->tier)) : QVariant();
    case Rank: return r.entry ? QVariant(r.entry->rank) : QVariant();
    case Architecture: return r.model->isMoe() ? r.model->routedExperts : 0;
    case FitVerdict: return fitValue(row, FitTableModel::Verdict, SortRole);
    default: return rawValue(row, column);
    }
}

QString TierTableModel::displayText(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const ModelRecord &m = *r.model;
    switch (Column(column)) {
    case TotalParams: return Format::params(m.totalParams);
    case ActiveParams: return Format::params(m.paramsPerToken());
    case Architecture: return Format::architecture(m.isMoe(), m.routedExperts, m.expertsPerToken);
    case Attention: return Format::attentionKind(int(m.attention));
    case MaxContext: return Format::contextTokens(m.maxContext);
    case MemoryNeeded:
    case FitVerdict: return fitValue(row, column == MemoryNeeded ? FitTableModel::TotalBytes : FitTableModel::Verdict,
                                     Qt::DisplayRole)
                         .toString();
    case Name: return m.uncertain || m.proxy ? m.name + QStringLiteral(" *") : m.name;
    default: return rawValue(row, column).toString();
    }
}

QString TierTableModel::toolTip(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const ModelRecord &m = *r.model;
    if (column == Name) {
        QString tip = tr("Architecture facts from %1").arg(m.referenceModel);
        if (!m.notes.isEmpty())
            tip += QStringLiteral("\n\n") + m.notes;
        return tip;
    }
    if (column == MemoryNeeded || column == FitVerdict)
        return fitValue(row, FitTableModel::TotalBytes, Qt::ToolTipRole).toString();
    if (column == TotalParams && r.entry)
        return tr("The tier list says “%1”").arg(r.entry->quotedParams);
    return QString();
}

qint64 TierTableModel::recordId(int row) const
{
    return m_rows.at(row).model->id;
}

EditableTableModel::Fact TierTableModel::fact(int row, int column) const
{
    const Row &r = m_rows.at(row);
    Fact f;
    f.id = r.model->id;
    switch (Column(column)) {
    case Rank:
    case Tier:
    case Highlights:
        if (!m_tierList)
            return Fact();
        f.kind = RecordKind::TierEntry;
        f.key = column == Rank ? QStringLiteral("rank") : column == Tier ? QStringLiteral("tier") : QStringLiteral("highlights");
        // Only a model with a place in the list has a rank or highlights to edit; any model can get a tier.
        if (!r.entry && column != Tier)
            return Fact();
        f.tierListId = m_tierList->id;
        f.sourceId = m_tierList->sourceId;
        f.asOf = m_tierList->published;
        if (r.entry) {
            f.editedAt = r.entry->editedAt;
            f.editedFields = r.entry->editedFields;
        }
        return f;
    case Name:
    case Vendor:
    case TotalParams:
    case ActiveParams:
    case Attention:
    case MaxContext:
    case License:
    case Released:
        f.kind = RecordKind::Model;
        f.key = columnKey(column);
        f.sourceId = r.model->sourceId;
        f.editedAt = r.model->editedAt;
        f.editedFields = r.model->editedFields;
        return f;
    default:
        return Fact();
    }
}

void TierTableModel::recordChanged(RecordKind kind, qint64 id)
{
    if (kind != RecordKind::Model && kind != RecordKind::TierEntry)
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).model->id == id)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}
