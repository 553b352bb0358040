#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Limber {

// A 16-bit PCM WAV file read into mono samples (channels averaged). Reads a file still being
// written, too: a data chunk whose size is 0 or runs past the end is taken to the end.
struct WavFile {
    int sampleRate = 0;
    int channels = 0;
    int bitsPerSample = 0;
    qsizetype dataOffset = 0; // where the samples start in the file
    quint32 declaredDataBytes = 0; // the data chunk's size as the header says
    QList<qint16> samples;

    [[nodiscard]] static std::optional<WavFile> parse(const QByteArray &bytes);
    [[nodiscard]] static std::optional<WavFile> read(const QString &path);
    // Only the header: where the data starts and the format; samples stays empty.
    [[nodiscard]] static std::optional<WavFile> parseHeader(const QByteArray &bytes);

    [[nodiscard]] double durationMs() const
    {
        return sampleRate > 0 ? 1000.0 * double(samples.size()) / sampleRate : 0;
    }
};

} // namespace Limber
