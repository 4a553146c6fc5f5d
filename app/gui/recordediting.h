#pragma once

#include "models/core/recordfields.h"

#include <QObject>

#include <functional>

class AtlasDocument;
class QAbstractItemView;
class QAction;
class QMenu;
class QWidget;

// The window's record editing beyond a single cell: adding a model, GPU or API price and editing one in a
// form (each one undoable edit of the document), and comparing stored tier snapshots. Every dialog runs
// through Dialogs::exec, so tests can fill it in.
class RecordEditing : public QObject
{
    Q_OBJECT

public:
    RecordEditing(AtlasDocument *document, QWidget *window);

    // Compare Tier Snapshots, beside Import and Merge (the ways snapshots arrive).
    void addFileActions(QMenu *fileMenu);
    // Add Model and Edit Model Details; the latter acts on currentModel.
    void addEditActions(QMenu *editMenu, std::function<qint64()> currentModel);
    // Insert adds a record of kind, Ctrl+Return edits the current row in the form; both also in the
    // view's context menu.
    void addViewActions(QAbstractItemView *view, RecordKind kind);

    // Each returns whether the document changed.
    bool addRecord(RecordKind kind);
    bool editRecord(RecordKind kind, qint64 id);
    void compareSnapshots();

    // A record of kind with nothing filled in but sensible defaults (today's date for a price).
    static AnyRecord blankRecord(RecordKind kind);

signals:
    // After an add, so the window can show the new row.
    void recordAdded(RecordKind kind, qint64 id);

private:
    // Tells the user a read-only file cannot change, before they fill in a form for nothing.
    bool refuseIfReadOnly();

    AtlasDocument *m_document;
    QWidget *m_window;
};
