#include "models/itemmodels/audittablemodel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

AuditTableModel::AuditTableModel(QObject *parent)
    : RecordTableModel(parent)
{
}

void AuditTableModel::setFindings(QList<AuditFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const AuditFinding &a, const AuditFinding &b) { return a.severity > b.severity; });
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    // Severity is spelled out in the first column, so the tint only repeats what the text says.
    if (role == Qt::ForegroundRole && checkIndex(index, CheckIndexOption::IndexIsValid) && index.column() == Severity) {
        switch (m_findings.at(index.row()).severity) {
        case AuditFinding::Severity::Error: return QColor(0xb0, 0x20, 0x20);
        case AuditFinding::Severity::Warning: return QColor(0x9a, 0x60, 0x00);
        default: return QVariant();
        }
    }
    return RecordTableModel::data(index, role);
}

QString AuditTableModel::columnKey(int column) const
{
    static const char *const keys[ColumnCount] = {"severity", "category", "subject", "message", "quoted", "computed"};
    return QString::fromLatin1(keys[column]);
}

QString AuditTableModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Severity: return tr("Severity");
    case Category: return tr("Check");
    case Subject: return tr("What");
    case Message: return tr("Finding");
    case Quoted: return tr("Quoted");
    case Computed: return tr("Computed");
    case ColumnCount: break;
    }
    return QString();
}

QVariant AuditTableModel::rawValue(int row, int column) const
{
    const AuditFinding &f = m_findings.at(row);
    switch (Column(column)) {
    case Severity: return AuditFinding::severityKey(f.severity);
    case Category: return f.category;
    case Subject: return f.subject;
    case Message: return f.message;
    case Quoted: return f.quoted ? QVariant(*f.quoted) : QVariant();
    case Computed: return f.computed ? QVariant(*f.computed) : QVariant();
    case ColumnCount: break;
    }
    return QVariant();
}

QVariant AuditTableModel::sortValue(int row, int column) const
{
    return column == Severity ? QVariant(int(m_findings.at(row).severity)) : rawValue(row, column);
}

QString AuditTableModel::displayText(int row, int column) const
{
    const AuditFinding &f = m_findings.at(row);
    switch (Column(column)) {
    case Severity:
        switch (f.severity) {
        case AuditFinding::Severity::Ok: return tr("OK");
        case AuditFinding::Severity::Info: return tr("Note");
        case AuditFinding::Severity::Warning: return tr("Warning");
        case AuditFinding::Severity::Error: return tr("Error");
        }
        return QString();
    case Category:
        // The key stays in exports (rawValue); the table says it in the reader's language.
        if (f.category == QLatin1String("hardware"))
            return tr("hardware");
        if (f.category == QLatin1String("cost"))
            return tr("cost");
        if (f.category == QLatin1String("model"))
            return tr("model");
        return f.category;
    case Quoted:
    case Computed: {
        const QVariant value = rawValue(row, column);
        return value.isNull() ? QString() : QLocale().toString(value.toDouble(), 'g', 4);
    }
    default: return rawValue(row, column).toString();
    }
}

QString AuditTableModel::toolTip(int row, int column) const
{
    return column == Message ? m_findings.at(row).message : QString();
}

qint64 AuditTableModel::recordId(int row) const
{
    return row + 1;
}
