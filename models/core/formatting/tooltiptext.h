#pragma once

#include <QString>

// Tooltip text that wraps. Qt shows plain text on one line however long it is (a source's title and
// address made one 1,270 px wide); rich text wraps at a readable width and keeps the text's line breaks.
namespace ToolTipText {

QString wrapped(const QString &plain);
// The plain text of a wrapped tooltip, for tests and for anything that reads it aloud.
QString plain(const QString &tooltip);

} // namespace ToolTipText
