#pragma once

#include "models/core/records.h"

#include <QCoreApplication>
#include <QVariant>

#include <variant>

struct Dataset;
class NameIndex;

// The kinds of facts a user can edit, import and merge.
enum class RecordKind { Model, TierEntry, Gpu, ApiPrice };
using AnyRecord = std::variant<ModelRecord, TierEntryRecord, GpuRecord, ApiPriceRecord>;

// The editable fields of each record kind under the column keys the tables export, so an edit in a
// table, a form, an imported CSV cell and a merged fact all go through the same parsing.
class RecordFields
{
    Q_DECLARE_TR_FUNCTIONS(RecordFields)

public:
    enum class Type {
        Text,
        Count,   // a whole number; parameter counts also take 70B / 1.5T
        Integer, // a whole number
        Number,  // a decimal number
        Date,    // ISO 8601: 2026, 2026-03 or 2026-03-15
        Flag,    // true/false
        Choice,  // one of a fixed list (attention kind, tier letter)
        ModelName, // the name of one of the dataset's models
    };
    struct Field
    {
        QString key;
        QString title;
        Type type = Type::Text;
        bool optional = false; // may be empty (NULL)
    };

    static const QList<Field> &fields(RecordKind kind);
    static const Field *field(RecordKind kind, const QString &key);
    // The values a Choice field accepts, as it stores them ("S".."F" for a tier, "gqa".. for attention).
    static const QStringList &choices(const QString &key);
    static RecordKind kindOf(const AnyRecord &record);

    // The typed value of a field: numbers as numbers, a missing value as a null QVariant.
    static QVariant value(const AnyRecord &record, const QString &key, const Dataset *dataset = nullptr);
    // Parses input (an editor's text, a CSV cell or a JSON value) into the field. Returns a message saying
    // what is wrong, or an empty string. A model's name is found in names when given (an index over
    // dataset, for many records: an import, a merge), else by a walk over the dataset's models.
    static QString setValue(AnyRecord &record, const QString &key, const QVariant &input,
                            const Dataset *dataset = nullptr, const NameIndex *names = nullptr);
    // The same for a field of the record's kind, already looked up (an import sets millions of them).
    static QString setValue(AnyRecord &record, const Field &field, const QVariant &input,
                            const Dataset *dataset = nullptr, const NameIndex *names = nullptr);
    // Keys of the fields whose values differ.
    static QStringList differingKeys(const AnyRecord &a, const AnyRecord &b, const Dataset *dataset = nullptr);
    // Records an edit of keys at when (ISO 8601 UTC) in the record's provenance columns.
    static void markEdited(AnyRecord &record, const QStringList &keys, const QString &when);
    static QString editedAt(const AnyRecord &record);
    static QStringList editedFields(const AnyRecord &record);
    // How a person names the record: "DeepSeek V3.2", "OpenAI gpt-4.1".
    static QString displayName(const AnyRecord &record, const Dataset *dataset = nullptr);
    // The value as text for reports and tooltips.
    static QString displayValue(const QVariant &value);
    // A dense model's "active" parameters are all of them: tables show them so, the database stores NULL.
    static void normalize(AnyRecord &record);

    static bool isIsoDate(const QString &text);
    static QString nowUtc();
};
