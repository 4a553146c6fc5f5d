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

QByteArray write(const QAbstractItemModel &model, Format format);
// The same text written to device in pieces as it is made, for tables of any length (the aligned text
// keeps its cells' text until it knows every column's width); false when the device refused a write.
bool write(const QAbstractItemModel &model, Format format, QIODevice *device);

} // namespace TableWriter
