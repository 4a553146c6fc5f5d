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
    // what names the kind of thing for messages: "model", "GPU". A prefix that several candidates share is
    // ambiguous, unless it is whole words at the start of exactly one of them that is also in earlier: a
    // name scripts used before newer variants came ("h100" keeps finding "H100 80GB" beside "H100 PCIe").
    static Result find(const QStringList &candidates, const QString &query, const QString &what,
                       const QStringList &earlier = {});

    // The names the bundled GPUs and models had before the catalogue (schema 3), which scripts, saved
    // settings and the help's examples use.
    static const QStringList &earlierGpuNames();
    static const QStringList &earlierModelNames();
};
