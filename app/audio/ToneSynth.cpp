#include "ToneSynth.h"

#include "session/CueTones.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace Limber {

namespace {

// One note of a tone: a fundamental with a few soft harmonics, shaped by a raised-cosine attack,
// an exponential decay and a raised-cosine release to zero, so it starts and ends without a click.
struct Note {
    double frequency = 440.0;
    int startMs = 0;
    int lengthMs = 200;
    double level = 1.0; // relative to the other notes of the tone
    double decayPerSecond = 3.0; // exponential decay rate while it sounds
    int attackMs = 8;
    int releaseMs = 40;
};

struct Figure {
    QList<Note> notes;
    double peak = 0.6; // the tone's loudest sample, as a fraction of full scale
};

// Equal-tempered pitches (A4 = 440 Hz).
constexpr double F4 = 349.23;
constexpr double A4 = 440.00;
constexpr double C5 = 523.25;
constexpr double E5 = 659.26;
constexpr double G5 = 783.99;
constexpr double A5 = 880.00;
constexpr double C6 = 1046.50;

Figure figure(const QString &toneId)
{
    if (toneId == CueTones::start) // a rising fifth: "go"
        return {{{C5, 0, 170, 0.9, 4.0}, {G5, 130, 260, 1.0, 5.0, 10, 80}}, 0.6};
    if (toneId == CueTones::release) // a falling fifth, rounder and softer: "let go"
        return {{{G5, 0, 170, 0.8, 4.0}, {C5, 130, 300, 1.0, 4.0, 10, 100}}, 0.5};
    if (toneId == CueTones::tick) // a short high blip for 3, 2, 1
        return {{{A5, 0, 90, 1.0, 12.0, 4, 30}}, 0.5};
    if (toneId == CueTones::switchSides) // a quick turn up and back: "other side"
        return {{{E5, 0, 120, 1.0, 4.0, 8, 30}, {A5, 100, 120, 0.9, 4.0, 8, 30}, {E5, 200, 160, 1.0, 5.0, 8, 60}},
                0.55};
    if (toneId == CueTones::rest) // a low, calm major third
        return {{{F4, 0, 520, 1.0, 2.5, 20, 160}, {A4, 0, 520, 0.8, 2.5, 20, 160}}, 0.5};
    if (toneId == CueTones::done) // a ringing arpeggio up to the octave: finished
        return {{{C5, 0, 1100, 0.8, 2.5, 8, 200},
                 {E5, 130, 970, 0.8, 2.5, 8, 200},
                 {G5, 260, 840, 0.8, 2.5, 8, 200},
                 {C6, 390, 910, 1.0, 2.2, 8, 300}},
                0.6};
    return {};
}

int lengthMsOf(const Figure &tone)
{
    int lengthMs = 0;
    for (const Note &note : tone.notes)
        lengthMs = std::max(lengthMs, note.startMs + note.lengthMs);
    return lengthMs;
}

double envelope(const Note &note, int i)
{
    const int attack = note.attackMs * ToneSynth::sampleRate / 1000;
    const int length = note.lengthMs * ToneSynth::sampleRate / 1000;
    const int release = note.releaseMs * ToneSynth::sampleRate / 1000;
    if (i < 0 || i >= length)
        return 0.0;
    double gain = std::exp(-note.decayPerSecond * i / ToneSynth::sampleRate);
    if (i < attack)
        gain *= 0.5 - 0.5 * std::cos(std::numbers::pi * i / attack);
    const int fromEnd = length - 1 - i;
    if (fromEnd < release)
        gain *= 0.5 - 0.5 * std::cos(std::numbers::pi * fromEnd / release);
    return gain;
}

// A sine with a little second and third harmonic: warmer than a bare sine, still soft.
double voice(double phase)
{
    return std::sin(phase) + 0.25 * std::sin(2.0 * phase) + 0.08 * std::sin(3.0 * phase);
}

void appendLe16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLe32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

QStringList ToneSynth::toneIds()
{
    return {CueTones::start, CueTones::release, CueTones::tick, CueTones::switchSides, CueTones::rest, CueTones::done};
}

QList<qint16> ToneSynth::samples(const QString &toneId)
{
    const Figure tone = figure(toneId);
    if (tone.notes.isEmpty())
        return {};

    std::vector<double> mix(size_t(lengthMsOf(tone)) * sampleRate / 1000, 0.0);
    for (const Note &note : tone.notes) {
        const int offset = note.startMs * sampleRate / 1000;
        const double step = 2.0 * std::numbers::pi * note.frequency / sampleRate;
        for (size_t i = size_t(offset); i < mix.size(); ++i) {
            const int t = int(i) - offset;
            mix[i] += note.level * envelope(note, t) * voice(step * t);
        }
    }

    double loudest = 0.0;
    for (double value : mix)
        loudest = std::max(loudest, std::abs(value));
    const double scale = loudest > 0.0 ? tone.peak * 32767.0 / loudest : 0.0;
    QList<qint16> result;
    result.reserve(qsizetype(mix.size()));
    for (double value : mix)
        result.append(qint16(std::lround(std::clamp(value * scale, -32767.0, 32767.0))));
    return result;
}

int ToneSynth::audibleMs(const QString &toneId)
{
    // From the notes alone: the output layer asks this on every cue, so it must not synthesise.
    return lengthMsOf(figure(toneId));
}

QByteArray ToneSynth::wav(const QString &toneId)
{
    QList<qint16> sound = samples(toneId);
    if (sound.isEmpty())
        return {};
    sound.resize(sound.size() + trailingSilenceMs * sampleRate / 1000, 0);
    return encodeWav(sound);
}

QByteArray ToneSynth::encodeWav(const QList<qint16> &samples)
{
    constexpr quint16 channels = 1;
    constexpr quint16 bitsPerSample = 16;
    constexpr quint16 blockAlign = channels * bitsPerSample / 8;
    const auto dataBytes = quint32(samples.size() * blockAlign);

    QByteArray out;
    out.reserve(wavHeaderBytes + qsizetype(dataBytes));
    out.append("RIFF", 4);
    appendLe32(out, 36 + dataBytes);
    out.append("WAVE", 4);
    out.append("fmt ", 4);
    appendLe32(out, 16);
    appendLe16(out, 1); // PCM
    appendLe16(out, channels);
    appendLe32(out, sampleRate);
    appendLe32(out, sampleRate * blockAlign);
    appendLe16(out, blockAlign);
    appendLe16(out, bitsPerSample);
    out.append("data", 4);
    appendLe32(out, dataBytes);
    for (qint16 sample : samples)
        appendLe16(out, quint16(sample));
    return out;
}

} // namespace Limber
