#include "WavFile.h"

#include <QFile>
#include <QtEndian>

namespace Limber {

namespace {

quint16 le16(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.constData() + at);
}

quint32 le32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

} // namespace

std::optional<WavFile> WavFile::parseHeader(const QByteArray &bytes)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;
    WavFile wav;
    bool haveFormat = false;
    qsizetype at = 12;
    while (at + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = le32(bytes, at + 4);
        const qsizetype body = at + 8;
        if (id == "fmt ") {
            if (size < 16 || body + 16 > bytes.size())
                return std::nullopt;
            const quint16 format = le16(bytes, body);
            wav.channels = le16(bytes, body + 2);
            wav.sampleRate = int(le32(bytes, body + 4));
            wav.bitsPerSample = le16(bytes, body + 14);
            // 1 is PCM; 0xFFFE (extensible) carries PCM in its sub-format.
            if ((format != 1 && format != 0xFFFE) || wav.bitsPerSample != 16 || wav.channels < 1)
                return std::nullopt;
            haveFormat = true;
        } else if (id == "data") {
            if (!haveFormat)
                return std::nullopt;
            wav.dataOffset = body;
            wav.declaredDataBytes = size;
            return wav;
        }
        at = body + qsizetype(size) + (size % 2);
    }
    return std::nullopt;
}

std::optional<WavFile> WavFile::parse(const QByteArray &bytes)
{
    std::optional<WavFile> wav = parseHeader(bytes);
    if (!wav)
        return std::nullopt;
    qsizetype available = bytes.size() - wav->dataOffset;
    if (wav->declaredDataBytes != 0 && wav->declaredDataBytes != 0xFFFFFFFFU
        && qsizetype(wav->declaredDataBytes) <= available)
        available = wav->declaredDataBytes;
    const int frameBytes = 2 * wav->channels;
    const qsizetype frames = available / frameBytes;
    wav->samples.reserve(frames);
    const char *data = bytes.constData() + wav->dataOffset;
    for (qsizetype frame = 0; frame < frames; ++frame) {
        int sum = 0;
        for (int channel = 0; channel < wav->channels; ++channel)
            sum += qFromLittleEndian<qint16>(data + frame * frameBytes + 2 * channel);
        wav->samples.append(qint16(sum / wav->channels));
    }
    return wav;
}

std::optional<WavFile> WavFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.readAll());
}

} // namespace Limber
