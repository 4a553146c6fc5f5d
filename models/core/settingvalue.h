#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

#include <functional>
#include <utility>

// One persistent setting: its key, type and default declared once, beside the code that reads it, so two
// places can never read two keys for one choice. A stored value that is missing, of the wrong type or
// refused by the validity check reads as the default, and never reaches the code that uses it.
template<typename T>
class SettingValue
{
public:
    using Validator = std::function<bool(const T &)>;

    SettingValue(QString key, T defaultValue, Validator isValid = {})
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
        , m_isValid(std::move(isValid))
    {
    }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    T get() const
    {
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        const T value = stored.value<T>();
        return !m_isValid || m_isValid(value) ? value : m_default;
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
    Validator m_isValid;
};
