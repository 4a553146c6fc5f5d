#include "models/itemmodels/editabletablemodel.h"

#include "models/core/formatting/tooltiptext.h"
#include "models/core/provenance.h"
#include "models/document/atlasdocument.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

void EditableTableModel::setDocument(AtlasDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &AtlasDocument::recordChanged, this, &EditableTableModel::recordChanged);
}

const Dataset *EditableTableModel::documentDataset() const
{
    return m_document ? &m_document->dataset() : nullptr;
}

QVariant EditableTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (role != Qt::EditRole && role != Qt::ToolTipRole && role != Qt::FontRole && role != Qt::ForegroundRole)
        return RecordTableModel::data(index, role);
    const Fact f = fact(index.row(), index.column());
    if (f.key.isEmpty())
        return role == Qt::EditRole ? QVariant() : RecordTableModel::data(index, role);
    const bool edited = f.editedFields.contains(f.key);
    switch (role) {
    case Qt::EditRole: {
        // Text for every editor, so a price is not squeezed into a spin box's two decimals and 0..99 range.
        const QVariant raw = data(index, RawValueRole);
        if (raw.isNull())
            return QString();
        return raw.metaType() == QMetaType::fromType<double>() ? QString::number(raw.toDouble(), 'g', 15)
                                                              : raw.toString();
    }
    case Qt::ToolTipRole: {
        const QString own = RecordTableModel::data(index, role).toString();
        const Dataset *dataset = documentDataset();
        const QString provenance =
            dataset ? Provenance::describe(*dataset, f.sourceId, f.asOf, f.editedAt, edited, Provenance::canAge(f.key))
                    : QString();
        const QString tip = own.isEmpty() ? provenance : own + QStringLiteral("\n\n") + provenance;
        return tip.isEmpty() ? QVariant() : QVariant(ToolTipText::wrapped(tip));
    }
    case Qt::FontRole: {
        if (!edited)
            return QVariant();
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole: {
        if (!Provenance::canAge(f.key))
            return QVariant();
        const Dataset *dataset = documentDataset();
        const SourceRecord *source = dataset ? dataset->source(f.sourceId) : nullptr;
        const QString asOf = !f.asOf.isEmpty() ? f.asOf : source ? source->asOf : QString();
        if (Provenance::isStale(asOf, edited ? f.editedAt : QString()))
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return QVariant();
    }
    default:
        return QVariant();
    }
}

bool EditableTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_document
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Fact f = fact(index.row(), index.column());
    if (f.key.isEmpty())
        return false;
    // The document emits the signals that update this table; the index may be gone after it returns.
    if (m_document->setField(f.kind, f.id, f.key, value, f.tierListId))
        return true;
    emit editRefused(m_document->errorString());
    return false;
}

Qt::ItemFlags EditableTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordTableModel::flags(index);
    if (index.isValid() && m_document && !m_document->isReadOnly() && !fact(index.row(), index.column()).key.isEmpty())
        flags |= Qt::ItemIsEditable;
    return flags;
}
