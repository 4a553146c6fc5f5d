#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>
#include <cstring>

// Reads the header at the start of a large file through a window of at most a few MiB, never past a given
// end: every length an untrusted header gives is checked against remaining() before anything is allocated
// or skipped, and skipping only moves the position (tensor data is never read).
class HeaderStream
{
public:
    HeaderStream(QIODevice &device, qint64 end) : m_device(device), m_end(end) {}

    qint64 pos() const { return m_pos; }
    qint64 remaining() const { return m_end - m_pos; }
    bool deviceFailed() const { return m_deviceFailed; }

    bool read(char *out, qint64 n)
    {
        if (!fill(n))
            return false;
        std::memcpy(out, window(), size_t(n));
        m_pos += n;
        return true;
    }

    template <typename T> bool readLittleEndian(T &value)
    {
        if (!fill(qint64(sizeof(T))))
            return false;
        value = qFromLittleEndian<T>(window());
        m_pos += qint64(sizeof(T));
        return true;
    }

    bool skip(qint64 n)
    {
        if (n < 0 || n > remaining())
            return false;
        m_pos += n;
        return true;
    }

private:
    static constexpr qint64 Window = 1024 * 1024;

    const char *window() const { return m_buffer.constData() + (m_pos - m_bufferStart); }

    // Makes [pos, pos + n) readable from the buffer.
    bool fill(qint64 n)
    {
        if (n < 0 || n > remaining())
            return false;
        if (m_pos >= m_bufferStart && m_pos + n <= m_bufferStart + m_buffer.size())
            return true;
        const qint64 size = std::min(std::max(n, Window), remaining());
        if (!m_device.seek(m_pos)) {
            m_deviceFailed = true;
            return false;
        }
        m_buffer.resize(size);
        const qint64 got = m_device.read(m_buffer.data(), size);
        if (got < n) {
            m_deviceFailed = true;
            m_buffer.clear();
            return false;
        }
        m_buffer.resize(got);
        m_bufferStart = m_pos;
        return true;
    }

    QIODevice &m_device;
    const qint64 m_end;
    qint64 m_pos = 0;
    QByteArray m_buffer;
    qint64 m_bufferStart = 0;
    bool m_deviceFailed = false;
};
