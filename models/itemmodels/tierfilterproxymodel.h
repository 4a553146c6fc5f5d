#pragma once

#include <QSortFilterProxyModel>

// Sorts the tier table on raw values and filters it by free text, tier, dense/MoE and a parameter range.
// Built for 100,000 rows: a filter change is one layout change, not a removal per range of rows, and a sort
// reads each row's sort value once instead of twice per comparison.
class TierFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Architecture { Any, Dense, Moe };

    explicit TierFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;

    QString text() const { return m_text; }
    // Case-insensitive substring of the name, vendor or highlights.
    void setText(const QString &text);
    // One tier letter, or empty for every tier.
    void setTier(const QString &tier);
    // One vendor (the family a team picks from: Meta, Alibaba (Qwen)...), ignoring case; empty for all.
    void setVendor(const QString &vendor);
    void setArchitecture(Architecture architecture);
    // Total parameters in [min, max]; 0 for no bound.
    void setParamRange(qint64 minParams, qint64 maxParams);
    // Only models whose fit verdict says they fit (with room or tight) on the chosen configuration.
    void setOnlyFitting(bool onlyFitting);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The base class's order (null values last, numbers as numbers, text by sortCaseSensitivity), on sort
    // values read once per sort.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void forgetSortKeys();

    QString m_text;
    QString m_tier;
    QString m_vendor;
    Architecture m_architecture = Architecture::Any;
    qint64 m_minParams = 0;
    qint64 m_maxParams = 0;
    bool m_onlyFitting = false;
    // The sort column's values by source row, read once per sort: numbers as they are, texts as their
    // rank among the column's texts (under the sort's case sensitivity).
    struct SortKey // 16 bytes, so that the keys of 100,000 rows stay in the processor's cache
    {
        enum Kind : quint8 { Missing, Int, LongLong, Double, Text };
        union {
            qint64 number; // Int, LongLong: the value; Text: its rank
            double real;   // Double
        };
        Kind kind = Missing;
    };
    void fillSortKeys(int column) const;

    mutable QList<SortKey> m_sortKeys;
    mutable QList<QVariant> m_sortValues; // for comparing values of different types
    mutable int m_sortKeysColumn = -1;
    mutable int m_sortKeysRole = -1;
    mutable Qt::CaseSensitivity m_sortKeysCaseSensitivity = Qt::CaseSensitive;
    QList<QMetaObject::Connection> m_sourceConnections;
};
