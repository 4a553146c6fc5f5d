#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct Dataset;

// One check of a quoted figure against first principles or against another part of the data.
struct AuditFinding
{
    enum class Severity { Ok, Info, Warning, Error };

    QString category; // "hardware", "cost", "model"
    QString subject;  // the row checked, as the source names it
    Severity severity = Severity::Ok;
    QString message;  // what disagrees, by how much, and the likely reason
    std::optional<double> quoted;   // the source's figure, where the check has one
    std::optional<double> computed; // ours

    static QString severityKey(Severity severity); // "ok", "info", "warning", "error"
};

// Says where the data contradicts itself or physics: the article's VRAM figures against the estimator,
// its minimum GPUs against what those GPUs hold, its cost table against its own arithmetic and the list
// prices, and models whose facts come from a stand-in.
class DataAudit
{
    Q_DECLARE_TR_FUNCTIONS(DataAudit)

public:
    // Quoted figures within this share of the computed ones count as consistent.
    static constexpr double Tolerance = 0.10;

    static QList<AuditFinding> run(const Dataset &dataset);

private:
    static void auditHardware(const Dataset &dataset, QList<AuditFinding> &findings);
    static void auditMinimumGpus(const Dataset &dataset, QList<AuditFinding> &findings);
    static void auditStandIns(const Dataset &dataset, QList<AuditFinding> &findings);
    static void auditCosts(const Dataset &dataset, QList<AuditFinding> &findings);
};
