#include "app/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Translations {

QLocale interfaceLocale(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = interfaceLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    // Qt's own strings (standard buttons, context menus) when the system has them (qt6-translations-l10n).
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    // English is the source text: a German system that chose English must not get German.
    if (locale.language() == QLocale::English) {
        installEnglishPlurals(app);
        return false;
    }
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, QStringLiteral("llm-atlas"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        installEnglishPlurals(app); // a language LLM Atlas does not speak gets English
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

void installEnglishPlurals(QCoreApplication *app)
{
    auto *translator = new QTranslator(app);
    if (translator->load(QStringLiteral(":/i18n/llm-atlas_en.qm")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace Translations
