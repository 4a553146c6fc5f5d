#pragma once

#include "models/core/recordfields.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

// A form over every field of one record (a model, a GPU, an API price) with each validation message right
// below its field. Fields are checked as the user leaves them; accepting checks them all and stays open,
// on the first wrong field, until the record is valid. The caller writes record() as one undoable edit.
class RecordForm : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Add, Edit };

    // The dataset must outlive the form; it resolves model names and finds duplicates.
    RecordForm(const Dataset &dataset, const AnyRecord &record, Purpose purpose, QWidget *parent = nullptr);

    // The record as the form holds it; valid once the form was accepted.
    AnyRecord record() const { return m_edited; }
    // What is wrong with a field, as shown beside it; empty when it is fine or not yet checked.
    QString message(const QString &key) const;
    QWidget *editor(const QString &key) const;

    void accept() override;

private:
    struct Row
    {
        RecordFields::Field field;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
        bool checked = false; // messages show once the user has left the field (or tried to accept)
    };

    QWidget *createEditor(const RecordFields::Field &field, const QVariant &value);
    QVariant editorValue(const Row &row) const;
    // Re-reads every editor into m_edited; returns the messages per field key.
    QMap<QString, QString> validate();
    void showMessages(const QMap<QString, QString> &messages);
    void markChecked(QWidget *editor);

    const Dataset &m_dataset;
    AnyRecord m_original;
    AnyRecord m_edited;
    QList<Row> m_rows;
    QLabel *m_otherMessages; // about no field of the form (a tier entry's model, say)
};
