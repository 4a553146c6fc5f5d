#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Translations {

// The locale the interface speaks: `language` ("de", "zh_CN", "en") when set, otherwise the system's.
QLocale interfaceLocale(const QString &language);

// Installs LLM Atlas's translation (embedded under :/i18n) and Qt's own for that locale, owned by `app`.
// An explicitly chosen language also becomes the default QLocale, so numbers and dates match the words.
// Returns false when no LLM Atlas translation matches (English, the source language, needs none); the
// interface is then English, with its plural forms installed.
bool install(QCoreApplication *app, const QString &language);

// English's plural forms ("1 field", "2 fields"), which the source text leaves as "field(s)": for an
// interface in English, and for the command line, which speaks English only.
void installEnglishPlurals(QCoreApplication *app);

} // namespace Translations
