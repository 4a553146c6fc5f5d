#include "views/dialogs/recordform.h"

#include "models/core/dataset.h"
#include "models/core/provenance.h"
#include "models/core/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace {
using Type = RecordFields::Type;

QString kindTitle(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Model: return RecordForm::tr("Model");
    case RecordKind::TierEntry: return RecordForm::tr("Tier Entry");
    case RecordKind::Gpu: return RecordForm::tr("GPU");
    case RecordKind::ApiPrice: return RecordForm::tr("API Price");
    }
    return QString();
}

QString placeholder(const RecordFields::Field &field)
{
    switch (field.type) {
    case Type::Count: return RecordForm::tr("e.g. 70B or 70000000000");
    case Type::Date: return RecordForm::tr("e.g. 2026-03-15, 2026-03 or 2026");
    default: return field.optional ? RecordForm::tr("optional") : QString();
    }
}

// Doubles as written ("3.35", not "3.350000"); whole numbers in full, so "70B" round-trips as 70000000000.
QString editorText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.metaType() == QMetaType::fromType<double>())
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

// A red that reads on the window's background, light or dark.
QColor messageColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
}
} // namespace

RecordForm::RecordForm(const Dataset &dataset, const AnyRecord &record, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_dataset(dataset)
    , m_original(record)
    , m_edited(record)
    , m_otherMessages(new QLabel(this))
{
    const RecordKind kind = RecordFields::kindOf(record);
    setObjectName(QStringLiteral("recordForm"));
    setWindowTitle(purpose == Purpose::Add ? tr("Add %1").arg(kindTitle(kind))
                                           : tr("Edit %1 — %2").arg(kindTitle(kind),
                                                                   RecordFields::displayName(record, &dataset)));

    auto *layout = new QVBoxLayout(this);
    const qint64 sourceId = std::visit(
        [](const auto &r) -> qint64 {
            if constexpr (requires { r.sourceId; })
                return r.sourceId;
            else
                return 0;
        },
        record);
    auto *provenance = new QLabel(purpose == Purpose::Add
                                      ? tr("A new row is recorded as typed in by hand, dated today.")
                                      : Provenance::describe(dataset, sourceId, QString(),
                                                             RecordFields::editedAt(record), false),
                                  this);
    provenance->setObjectName(QStringLiteral("provenanceLabel"));
    provenance->setWordWrap(true);
    layout->addWidget(provenance);

    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QPalette messagePalette = palette();
    messagePalette.setColor(QPalette::WindowText, messageColor(palette()));
    for (const RecordFields::Field &field : RecordFields::fields(kind)) {
        QVariant value = RecordFields::value(record, field.key, &dataset);
        // A new record's zeros mean "not given yet": an empty field asks for a value, a 0 would look given.
        const bool number = field.type == Type::Count || field.type == Type::Integer || field.type == Type::Number;
        if (purpose == Purpose::Add && number && value.toDouble() == 0)
            value = QVariant();
        Row row{field, createEditor(field, value), new QLabel, false};
        row.editor->setObjectName(field.key + QStringLiteral("Editor"));
        row.editor->setAccessibleName(field.title);
        row.message->setObjectName(field.key + QStringLiteral("Message"));
        row.message->setWordWrap(true);
        row.message->setPalette(messagePalette);
        row.message->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(row.editor);
        cell->addWidget(row.message);
        auto *label = new QLabel(field.title + QLatin1Char(':'));
        label->setBuddy(row.editor);
        form->addRow(label, cell);
        m_rows << row;
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);

    m_otherMessages->setObjectName(QStringLiteral("otherMessages"));
    m_otherMessages->setWordWrap(true);
    m_otherMessages->setPalette(messagePalette);
    m_otherMessages->hide();
    layout->addWidget(m_otherMessages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Add ? tr("Add") : tr("Apply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
    layout->addWidget(buttons);

    // An existing record's fields are checked from the start; a new one's only once the user has been there.
    if (purpose == Purpose::Edit) {
        for (Row &row : m_rows)
            row.checked = true;
        showMessages(validate());
    }
    resize(560, 640);
}

QWidget *RecordForm::createEditor(const RecordFields::Field &field, const QVariant &value)
{
    switch (field.type) {
    case Type::Flag: {
        auto *check = new QCheckBox;
        check->setChecked(value.toBool());
        connect(check, &QCheckBox::toggled, this, [this, check] { markChecked(check); });
        return check;
    }
    case Type::Choice:
    case Type::ModelName: {
        auto *combo = new QComboBox;
        if (field.type == Type::Choice) {
            combo->addItems(RecordFields::choices(field.key));
        } else {
            combo->addItem(tr("(none)"), QString());
            for (const ModelRecord &model : m_dataset.models)
                combo->addItem(model.name, model.name);
        }
        const int current = combo->findText(value.toString(), Qt::MatchFixedString);
        combo->setCurrentIndex(std::max(current, 0));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { markChecked(combo); });
        return combo;
    }
    default: {
        auto *edit = new QLineEdit(editorText(value));
        edit->setPlaceholderText(placeholder(field));
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] { markChecked(edit); });
        // A field already showing a message re-checks as the user types, so the message goes as soon as it is fixed.
        connect(edit, &QLineEdit::textEdited, this, [this] { showMessages(validate()); });
        return edit;
    }
    }
}

QVariant RecordForm::editorValue(const Row &row) const
{
    if (const auto *check = qobject_cast<QCheckBox *>(row.editor))
        return check->isChecked();
    if (const auto *combo = qobject_cast<QComboBox *>(row.editor))
        return row.field.type == Type::ModelName ? combo->currentData() : QVariant(combo->currentText());
    return qobject_cast<QLineEdit *>(row.editor)->text();
}

QMap<QString, QString> RecordForm::validate()
{
    AnyRecord edited = m_original;
    QMap<QString, QString> messages;
    for (const Row &row : std::as_const(m_rows)) {
        const QString problem = RecordFields::setValue(edited, row.field.key, editorValue(row), &m_dataset);
        if (!problem.isEmpty())
            messages.insert(row.field.key, problem);
    }
    RecordFields::normalize(edited);
    // A field that cannot be read keeps its own message; the rules judge the rest.
    const Validation::Messages rules = Validation::check(edited, m_dataset);
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        if (!messages.contains(it.key()))
            messages.insert(it.key(), it.value());
    }
    m_edited = edited;
    return messages;
}

void RecordForm::showMessages(const QMap<QString, QString> &messages)
{
    for (Row &row : m_rows) {
        const QString text = row.checked ? messages.value(row.field.key) : QString();
        row.message->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
        row.message->setVisible(!text.isEmpty());
        // Screen readers hear the problem with the field, not only the sighted who see it below.
        row.editor->setAccessibleDescription(text);
    }
    QStringList others;
    for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
        if (!editor(it.key()))
            others << it.value();
    }
    const bool allChecked = std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.checked; });
    m_otherMessages->setText(QStringLiteral("⚠ ") + others.join(QStringLiteral("\n⚠ ")));
    m_otherMessages->setVisible(allChecked && !others.isEmpty());
}

void RecordForm::markChecked(QWidget *editor)
{
    for (Row &row : m_rows) {
        if (row.editor == editor)
            row.checked = true;
    }
    showMessages(validate());
}

QString RecordForm::message(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.message->text().mid(2); // without the warning sign
    }
    return QString();
}

QWidget *RecordForm::editor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.editor;
    }
    return nullptr;
}

void RecordForm::accept()
{
    for (Row &row : m_rows)
        row.checked = true;
    const QMap<QString, QString> messages = validate();
    showMessages(messages);
    if (messages.isEmpty()) {
        QDialog::accept();
        return;
    }
    for (const Row &row : std::as_const(m_rows)) {
        if (messages.contains(row.field.key)) {
            row.editor->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}
