#pragma once

#include <QtNumeric>

#include <optional>

// A non-negative count (elements, bytes, parameters) whose arithmetic remembers leaving the 64-bit range:
// sizes computed from an untrusted header are checked once, where they are used, not at every step.
class CheckedCount
{
public:
    constexpr CheckedCount() = default;
    constexpr explicit CheckedCount(qint64 value) : m_value(value), m_valid(value >= 0) {}

    CheckedCount operator+(CheckedCount other) const
    {
        CheckedCount sum;
        sum.m_valid = m_valid && other.m_valid && !qAddOverflow(m_value, other.m_value, &sum.m_value);
        return sum;
    }
    CheckedCount operator*(CheckedCount other) const
    {
        CheckedCount product;
        product.m_valid = m_valid && other.m_valid && !qMulOverflow(m_value, other.m_value, &product.m_value);
        return product;
    }
    CheckedCount operator+(qint64 other) const { return *this + CheckedCount(other); }
    CheckedCount operator*(qint64 other) const { return *this * CheckedCount(other); }
    CheckedCount &operator+=(CheckedCount other) { return *this = *this + other; }

    bool isValid() const { return m_valid; }
    std::optional<qint64> value() const { return m_valid ? std::optional<qint64>(m_value) : std::nullopt; }

private:
    qint64 m_value = 0;
    bool m_valid = true;
};
