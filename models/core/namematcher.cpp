#include "models/core/namematcher.h"

QString NameMatcher::normalized(const QString &name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('_'))
            key.append(c.toCaseFolded());
    }
    return key;
}

NameMatcher::Result NameMatcher::find(const QStringList &candidates, const QString &query, const QString &what)
{
    const QString key = normalized(query);
    if (key.isEmpty())
        return {-1, tr("no %1 name given.").arg(what)};
    QList<int> prefixed;
    QList<int> containing;
    for (int i = 0; i < candidates.size(); ++i) {
        const QString candidate = normalized(candidates.at(i));
        if (candidate == key)
            return {i, QString()};
        if (candidate.startsWith(key))
            prefixed << i;
        else if (candidate.contains(key) || key.contains(candidate))
            containing << i;
    }
    if (prefixed.size() == 1)
        return {prefixed.first(), QString()};
    const auto namesOf = [&](const QList<int> &indexes) {
        QStringList names;
        for (int i : indexes)
            names << candidates.at(i);
        return names.join(QStringLiteral(", "));
    };
    if (prefixed.size() > 1)
        return {-1, tr("“%1” matches several %2s: %3.").arg(query, what, namesOf(prefixed))};
    if (!containing.isEmpty())
        return {-1, tr("no %1 is called “%2”. Did you mean: %3?").arg(what, query, namesOf(containing))};
    return {-1, tr("no %1 is called “%2”. Known %1s: %3.").arg(what, query, candidates.join(QStringLiteral(", ")))};
}
