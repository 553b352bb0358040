#pragma once

#include "WavFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QThread>

#include <cmath>
#include <limits>
#include <optional>

namespace Limber {

// The recording being made around this process, lined up with a steady clock.
class Recording final
{
public:
    explicit Recording(QString path)
        : m_path(std::move(path))
    {
        m_clock.start();
    }

    [[nodiscard]] bool open()
    {
        for (int i = 0; i < 200 && !m_header; ++i) {
            QFile file(m_path);
            if (file.open(QIODevice::ReadOnly))
                m_header = WavFile::parseHeader(file.read(4096));
            if (!m_header)
                QThread::msleep(10);
        }
        return m_header && m_header->sampleRate > 0;
    }

    [[nodiscard]] double nowMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

    // The file grows as the monitor's samples arrive, so sample 0 was recorded no later than
    // now minus the length recorded so far; the smallest such bound over many looks is the
    // clock time of sample 0 (to within the recorder's 10 ms latency).
    void look()
    {
        const QFileInfo info(m_path);
        const qint64 frames = (info.size() - m_header->dataOffset) / (2 * m_header->channels);
        if (frames <= 0)
            return;
        m_startMs = std::min(m_startMs, nowMs() - 1000.0 * double(frames) / m_header->sampleRate);
    }

    void lookFor(int ms)
    {
        const double until = nowMs() + ms;
        while (nowMs() < until) {
            look();
            QThread::msleep(2);
        }
    }

    [[nodiscard]] std::optional<WavFile> read() const { return WavFile::read(m_path); }
    [[nodiscard]] double msOfSample(qsizetype sample) const
    {
        return m_startMs + 1000.0 * double(sample) / m_header->sampleRate;
    }
    [[nodiscard]] qsizetype sampleAt(double ms) const
    {
        return qsizetype(std::llround((ms - m_startMs) * m_header->sampleRate / 1000.0));
    }
    [[nodiscard]] int sampleRate() const { return m_header->sampleRate; }

private:
    QString m_path;
    QElapsedTimer m_clock;
    std::optional<WavFile> m_header;
    double m_startMs = std::numeric_limits<double>::max();
};

} // namespace Limber
