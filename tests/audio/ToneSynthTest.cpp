// The generated cue tones: well-formed WAV files, the right lengths, padded with silence, never
// clipped, starting and ending softly, and each different from the others.
#include "ToneSynth.h"
#include "QtGTest.h"
#include "SoundAnalysis.h"
#include "WavFile.h"

#include "session/CueTones.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QtEndian>

#include <cstdlib>

using namespace Limber;

TEST(ToneSynth, KnowsEveryCueTone)
{
    const QStringList ids = ToneSynth::toneIds();
    for (const QString &id :
         {CueTones::start, CueTones::release, CueTones::tick, CueTones::switchSides, CueTones::rest, CueTones::done})
        EXPECT_TRUE(ids.contains(id)) << id.toStdString();
    EXPECT_EQ(ids.size(), 6);
    EXPECT_TRUE(ToneSynth::samples(QStringLiteral("no-such-tone")).isEmpty());
    EXPECT_TRUE(ToneSynth::wav(QStringLiteral("no-such-tone")).isEmpty());
}

TEST(ToneSynth, WritesA16BitMonoPcmHeader)
{
    for (const QString &id : ToneSynth::toneIds()) {
        SCOPED_TRACE(id.toStdString());
        const QByteArray wav = ToneSynth::wav(id);
        ASSERT_GT(wav.size(), ToneSynth::wavHeaderBytes);
        EXPECT_EQ(wav.left(4), QByteArray("RIFF"));
        EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(wav.size() - 8));
        EXPECT_EQ(wav.mid(8, 8), QByteArray("WAVEfmt "));
        EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 16), 16U);
        EXPECT_EQ(qFromLittleEndian<quint16>(wav.constData() + 20), 1U); // PCM
        EXPECT_EQ(qFromLittleEndian<quint16>(wav.constData() + 22), 1U); // mono
        EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 24), 44100U);
        EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 28), 88200U); // bytes a second
        EXPECT_EQ(qFromLittleEndian<quint16>(wav.constData() + 32), 2U); // block align
        EXPECT_EQ(qFromLittleEndian<quint16>(wav.constData() + 34), 16U);
        EXPECT_EQ(wav.mid(36, 4), QByteArray("data"));
        EXPECT_EQ(qFromLittleEndian<quint32>(wav.constData() + 40), quint32(wav.size() - 44));

        const std::optional<WavFile> parsed = WavFile::parse(wav);
        ASSERT_TRUE(parsed.has_value());
        EXPECT_EQ(parsed->sampleRate, 44100);
        EXPECT_EQ(parsed->dataOffset, 44);
    }
}

TEST(ToneSynth, TonesAreShortAndPaddedWithTrailingSilence)
{
    for (const QString &id : ToneSynth::toneIds()) {
        SCOPED_TRACE(id.toStdString());
        const QList<qint16> sound = ToneSynth::samples(id);
        const std::optional<WavFile> wav = WavFile::parse(ToneSynth::wav(id));
        ASSERT_TRUE(wav.has_value());
        const int audible = ToneSynth::audibleMs(id);
        EXPECT_EQ(audible, int(sound.size() * 1000 / ToneSynth::sampleRate));
        EXPECT_GE(audible, 60);
        EXPECT_LE(audible, id == CueTones::done ? 1500 : 600);
        const qsizetype padding = wav->samples.size() - sound.size();
        EXPECT_EQ(padding, ToneSynth::trailingSilenceMs * ToneSynth::sampleRate / 1000);
        EXPECT_GE(ToneSynth::trailingSilenceMs, 200);
        EXPECT_LE(ToneSynth::trailingSilenceMs, 300);
        EXPECT_EQ(wav->samples.mid(0, sound.size()), sound);
        EXPECT_EQ(SoundAnalysis::peak(wav->samples, sound.size()), 0.0); // digital silence
    }
}

TEST(ToneSynth, NeverClipsAndIsClearlyAudible)
{
    for (const QString &id : ToneSynth::toneIds()) {
        SCOPED_TRACE(id.toStdString());
        const double peak = SoundAnalysis::peak(ToneSynth::samples(id));
        EXPECT_LE(peak, 0.71); // about -3 dBFS at most: headroom, no clipping
        EXPECT_GE(peak, 0.4);
    }
}

TEST(ToneSynth, StartsAndEndsWithoutAClick)
{
    for (const QString &id : ToneSynth::toneIds()) {
        SCOPED_TRACE(id.toStdString());
        const QList<qint16> sound = ToneSynth::samples(id);
        ASSERT_GT(sound.size(), 100);
        // The envelopes start and end at zero...
        EXPECT_LE(std::abs(int(sound.first())), 50);
        EXPECT_LE(std::abs(int(sound.last())), 50);
        // ... rise over milliseconds rather than jumping...
        EXPECT_LT(SoundAnalysis::peak(sound, 0, 44), 0.2); // first millisecond
        // ... and no sample jumps further than the highest partial allows.
        int biggestStep = 0;
        for (qsizetype i = 1; i < sound.size(); ++i)
            biggestStep = std::max(biggestStep, std::abs(int(sound[i]) - int(sound[i - 1])));
        EXPECT_LT(biggestStep, 12000);
    }
}

TEST(ToneSynth, EachToneIsDistinct)
{
    const QStringList ids = ToneSynth::toneIds();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (qsizetype j = i + 1; j < ids.size(); ++j) {
            SCOPED_TRACE(QString(ids[i] + QStringLiteral(" vs ") + ids[j]).toStdString());
            const QList<qint16> a = ToneSynth::samples(ids[i]);
            const QList<qint16> b = ToneSynth::samples(ids[j]);
            EXPECT_NE(a, b);
            EXPECT_LT(std::abs(SoundAnalysis::correlation(a, b)), 0.5);
        }
    }
}

TEST(ToneSynth, IsDeterministic)
{
    EXPECT_EQ(ToneSynth::wav(CueTones::done), ToneSynth::wav(CueTones::done));
}

TEST(ToneSynth, EachToneIsOneSound)
{
    // One onset a tone, so that counting onsets in a recording counts tones.
    for (const QString &id : ToneSynth::toneIds()) {
        SCOPED_TRACE(id.toStdString());
        QList<qint16> padded(ToneSynth::sampleRate / 5, 0); // 200 ms of silence first
        padded.append(ToneSynth::samples(id));
        EXPECT_EQ(SoundAnalysis::onsets(padded, ToneSynth::sampleRate, 0.01, 100).size(), 1);
    }
}

TEST(ToneSynth, BundledTonesAreTheGeneratedOnes)
{
    for (const QString &id : ToneSynth::toneIds()) {
        QFile file(QStringLiteral(":/limber/tones/") + id + QStringLiteral(".wav"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << id.toStdString();
        EXPECT_EQ(file.readAll(), ToneSynth::wav(id)) << id.toStdString();
    }
}
