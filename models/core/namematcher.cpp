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

const QStringList &NameMatcher::earlierGpuNames()
{
    static const QStringList names{
        QStringLiteral("RTX 3060 12GB"), QStringLiteral("RTX 3090"),     QStringLiteral("RTX 4090"),
        QStringLiteral("RTX 5090"),      QStringLiteral("RTX A6000"),    QStringLiteral("L4"),
        QStringLiteral("L40S"),          QStringLiteral("A100 40GB"),    QStringLiteral("A100 80GB"),
        QStringLiteral("H100 80GB"),     QStringLiteral("H200"),         QStringLiteral("B200"),
        QStringLiteral("MI300X"),        QStringLiteral("M3 Max 128GB"), QStringLiteral("M2 Ultra 192GB"),
    };
    return names;
}

const QStringList &NameMatcher::earlierModelNames()
{
    static const QStringList names{
        QStringLiteral("DeepSeek V3.2"),    QStringLiteral("Qwen 3.5"),      QStringLiteral("DeepSeek R1"),
        QStringLiteral("Qwen3-Coder-Next"), QStringLiteral("Llama 3.3 70B"), QStringLiteral("Mistral Large 3"),
        QStringLiteral("Llama 4 Maverick"), QStringLiteral("Llama 4 Scout"),
    };
    return names;
}

namespace {

bool isSeparator(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('_');
}

// Whether key (normalized) is the first whole words of name: "h100" of "H100 80GB", not "h10".
bool isWordPrefix(const QString &key, const QString &name)
{
    for (qsizetype end = 1; end <= name.size(); ++end) {
        if ((end == name.size() || isSeparator(name.at(end))) && !isSeparator(name.at(end - 1))
            && NameMatcher::normalized(name.left(end)) == key)
            return true;
    }
    return false;
}

} // namespace

NameMatcher::Result NameMatcher::find(const QStringList &candidates, const QString &query, const QString &what,
                                      const QStringList &earlier)
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
    if (prefixed.size() > 1 && !earlier.isEmpty()) {
        QList<int> meant;
        for (int i : std::as_const(prefixed)) {
            if (earlier.contains(candidates.at(i), Qt::CaseInsensitive) && isWordPrefix(key, candidates.at(i)))
                meant << i;
        }
        if (meant.size() == 1)
            return {meant.first(), QString()};
    }
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
