#pragma once

#include <QCoreApplication>
#include <QStringList>

// Finds a model or GPU by the name a user types: case-insensitive, ignoring spaces, hyphens and
// underscores, and by unique prefix ("h100" finds "H100 80GB").
class NameMatcher
{
    Q_DECLARE_TR_FUNCTIONS(NameMatcher)

public:
    struct Result
    {
        int index = -1;  // into the candidates, or -1
        QString error;   // why nothing was chosen, listing the close matches
    };

    static QString normalized(const QString &name);
    // what names the kind of thing for messages: "model", "GPU".
    static Result find(const QStringList &candidates, const QString &query, const QString &what);
};
