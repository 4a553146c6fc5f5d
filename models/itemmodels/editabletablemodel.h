#pragma once

#include "models/core/recordfields.h"
#include "models/itemmodels/recordtablemodel.h"

#include "models/document/atlasdocument.h"

#include <QPointer>

class AtlasDocument;

// A record table whose fact cells can be edited in place. An edit becomes an undoable AtlasDocument edit
// (validated, written in a transaction); a refused one is reported through editRefused. Every fact cell
// tells where it comes from and when in its tooltip, edited cells are shown in italics and stale ones dimmed.
class EditableTableModel : public RecordTableModel
{
    Q_OBJECT

public:
    using RecordTableModel::RecordTableModel;

    // Edits go to this document; without one (the command line) the table is read-only.
    void setDocument(AtlasDocument *document);
    AtlasDocument *document() const { return m_document; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void editRefused(const QString &message);

protected:
    struct Fact
    {
        RecordKind kind = RecordKind::Model;
        QString key;          // empty: not an editable fact
        qint64 id = 0;        // the record's id (a tier entry's model id)
        qint64 tierListId = 0;
        qint64 sourceId = 0;
        QString asOf;         // the fact's own date when it has one, else the source's
        QString editedAt;
        QStringList editedFields;
    };
    virtual Fact fact(int row, int column) const = 0;
    // Called when a record changed in place; subclasses emit dataChanged for its rows.
    virtual void recordChanged(RecordKind kind, qint64 id) = 0;
    const Dataset *documentDataset() const;

private:
    QPointer<AtlasDocument> m_document;
};
