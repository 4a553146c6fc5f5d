#pragma once

#include <QSortFilterProxyModel>

// Sorts the tier table on raw values and filters it by free text, tier, dense/MoE and a parameter range.
class TierFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Architecture { Any, Dense, Moe };

    explicit TierFilterProxyModel(QObject *parent = nullptr);

    QString text() const { return m_text; }
    // Case-insensitive substring of the name, vendor or highlights.
    void setText(const QString &text);
    // One tier letter, or empty for every tier.
    void setTier(const QString &tier);
    void setArchitecture(Architecture architecture);
    // Total parameters in [min, max]; 0 for no bound.
    void setParamRange(qint64 minParams, qint64 maxParams);
    // Only models whose fit verdict says they fit (with room or tight) on the chosen configuration.
    void setOnlyFitting(bool onlyFitting);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_tier;
    Architecture m_architecture = Architecture::Any;
    qint64 m_minParams = 0;
    qint64 m_maxParams = 0;
    bool m_onlyFitting = false;
};
