#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace Limber {

// Makes Limber's cue tones from sine partials with soft attack and release envelopes, so no
// recorded sounds are needed. Each tone id of CueTones has its own short figure: a rising pair
// for start, a falling pair for release, a blip for the count, a three-note turn for switch
// sides, a low third for rest and a ringing arpeggio for done.
//
// The WAV files carry trailingSilenceMs of silence after the sound: Qt 6.4's QSoundEffect on
// PulseAudio flushes the last ~110 ms of a stream, which the padding absorbs (TESTING.md).
class ToneSynth final
{
public:
    static constexpr int sampleRate = 44100;
    static constexpr int trailingSilenceMs = 250;
    static constexpr int wavHeaderBytes = 44;

    ToneSynth() = delete;

    // Every tone id the synthesiser knows: those of CueTones.
    [[nodiscard]] static QStringList toneIds();
    // The audible samples (mono, 16-bit), without the trailing silence; empty for an unknown id.
    [[nodiscard]] static QList<qint16> samples(const QString &toneId);
    // How long the audible part lasts; 0 for an unknown id.
    [[nodiscard]] static int audibleMs(const QString &toneId);
    // A whole WAV file (16-bit PCM, mono, sampleRate): the samples, then the trailing silence.
    // Empty for an unknown id.
    [[nodiscard]] static QByteArray wav(const QString &toneId);
    // Any samples as a 16-bit mono PCM WAV file at sampleRate, as they are.
    [[nodiscard]] static QByteArray encodeWav(const QList<qint16> &samples);
};

} // namespace Limber
