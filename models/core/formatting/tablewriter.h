#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class QAbstractItemModel;
class QIODevice;

// Writes any table model that answers RecordTableModel's roles as text a person or a program can read.
// Machine formats (CSV, JSON) carry column keys and raw typed values, so they read back without loss;
// people's formats (aligned text, Markdown) carry titles and display text.
namespace TableWriter {

enum class Format { Text, Csv, Json, Markdown };

std::optional<Format> formatFromName(const QString &name);     // "table", "csv", "json", "md"/"markdown"
std::optional<Format> formatFromSuffix(const QString &fileName); // .csv, .json, .md, .txt

// CSV formula injection (CWE-1236), as OWASP advises against it: a text cell a spreadsheet would take for a
// formula, one beginning with =, +, -, @, a tab or a carriage return, is written after a ', which the
// spreadsheet shows as text. Cells already beginning with quotes before such a character get one more, so
// that removeFormulaGuard(), which the importer applies to every CSV field, takes off exactly the one the
// writer added and any text reads back as it was. Numbers are not text: a negative number stays a number.
bool needsFormulaGuard(QStringView text);
QString removeFormulaGuard(const QString &field);

QByteArray write(const QAbstractItemModel &model, Format format);
// The same text written to device in pieces as it is made, for tables of any length (the aligned text
// keeps its cells' text until it knows every column's width); false when the device refused a write.
bool write(const QAbstractItemModel &model, Format format, QIODevice *device);

} // namespace TableWriter
