#include "models/core/vocabulary.h"

namespace Vocabulary {

const QStringList &tierLetters()
{
    static const QStringList letters{QStringLiteral("S"), QStringLiteral("A"), QStringLiteral("B"),
                                     QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("F")};
    return letters;
}

int tierRank(const QString &tier)
{
    const qsizetype index = tierLetters().indexOf(tier);
    return index < 0 ? int(tierLetters().size()) : int(index);
}

QString tierList()
{
    const QStringList &letters = tierLetters();
    return letters.mid(0, letters.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ")
           + letters.constLast();
}

const QStringList &attentionKeys()
{
    static const QStringList keys{QStringLiteral("gqa"), QStringLiteral("mla"), QStringLiteral("hybrid"),
                                  QStringLiteral("chunked")};
    return keys;
}

QString attentionKey(AttentionKind kind)
{
    return attentionKeys().at(int(kind));
}

std::optional<AttentionKind> attentionKind(const QString &key)
{
    const qsizetype index = attentionKeys().indexOf(key);
    return index < 0 ? std::nullopt : std::optional<AttentionKind>(AttentionKind(index));
}

} // namespace Vocabulary
