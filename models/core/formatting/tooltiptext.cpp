#include "models/core/formatting/tooltiptext.h"

namespace ToolTipText {

namespace {
const QString Prefix = QStringLiteral("<p style=\"white-space:pre-wrap\">");
const QString Suffix = QStringLiteral("</p>");
} // namespace

QString wrapped(const QString &plain)
{
    if (plain.isEmpty() || plain.startsWith(Prefix))
        return plain;
    return Prefix + plain.toHtmlEscaped() + Suffix;
}

QString plain(const QString &tooltip)
{
    if (!tooltip.startsWith(Prefix) || !tooltip.endsWith(Suffix))
        return tooltip;
    QString text = tooltip.mid(Prefix.size(), tooltip.size() - Prefix.size() - Suffix.size());
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace ToolTipText
