// Real sound: QtCueOutput plays into a private PulseAudio null sink whose monitor is being
// recorded (run under tests/audio/run-with-null-sink.sh, which sets LIMBER_RECORDING), and the
// recording is checked: a sound near each cue's moment, silence away from them, one onset per
// tone played (a reused QSoundEffect falls silent from about its fifth play), and the lateness
// from request to sound. These tests use the real clock because they measure real sound.
//
// LIMBER_CUE_ROUNDS=N plays the tone sequence N times (one round is about 7 s) for a longer
// measurement; the figures are printed as "cue onset lateness".
#include "QtGTest.h"
#include "Recording.h"
#include "SoundAnalysis.h"
#include "WavFile.h"

#include "QtCueOutput.h"
#include "ToneSynth.h"
#include "session/CueTones.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

using namespace Limber;

namespace {

constexpr double soundLevel = 0.01; // -40 dBFS: a tone at full volume peaks at 0.4-0.6
constexpr double quietLevel = 0.003; // -50 dBFS RMS: the null sink's silence is digital zero
constexpr int onsetQuietMs = 100;
constexpr int earlyToleranceMs = 20;
constexpr int lateToleranceMs = 150;

class CueSound : public testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = qEnvironmentVariable("LIMBER_RECORDING");
        if (path.isEmpty())
            GTEST_SKIP() << "needs a recorded sound server: run under tests/audio/run-with-null-sink.sh";
        m_recording = std::make_unique<Recording>(path);
        ASSERT_TRUE(m_recording->open()) << "the recording " << path.toStdString() << " never got a WAV header";
    }

    // Runs the event loop for ms, looking at the recording's length all the while.
    void runFor(int ms)
    {
        QTimer looker;
        looker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&looker, &QTimer::timeout, &looker, [this] { m_recording->look(); });
        looker.start(5);
        QTest::qWait(ms);
    }

    std::unique_ptr<Recording> m_recording;
};

Cue toneCue(const QString &tone)
{
    Cue cue;
    cue.id = tone;
    cue.tone = tone;
    return cue;
}

struct Planned {
    QString tone;
    int offsetMs;
};

} // namespace

TEST_F(CueSound, EveryToneSoundsOnTimeAndOnlyThen)
{
    // Eleven tones in about 7 s, six of them the same: a reused effect falls silent from about its
    // fifth play. The quiet gaps are long enough to tell each onset apart.
    const QList<Planned> round = {
        {CueTones::start, 0},      {CueTones::tick, 550},  {CueTones::tick, 1000}, {CueTones::tick, 1450},
        {CueTones::tick, 1900},    {CueTones::tick, 2350}, {CueTones::tick, 2800}, {CueTones::switchSides, 3300},
        {CueTones::release, 3950}, {CueTones::rest, 4650}, {CueTones::done, 5450},
    };
    constexpr int roundMs = 7100;
    const int rounds = std::max(1, qEnvironmentVariableIntValue("LIMBER_CUE_ROUNDS"));

    QtCueOutput output;
    ASSERT_TRUE(output.isAudioAvailable()) << "Qt lists no audio output on the private PulseAudio";
    CueSettings settings;
    settings.volume = 100;
    settings.voiceOn = false;
    output.setSettings(settings);

    runFor(300); // the preloaded tones load
    m_recording->lookFor(100);
    const double baseMs = m_recording->nowMs() + 300.0;

    QList<Planned> plan;
    for (int r = 0; r < rounds; ++r) {
        for (const Planned &p : round)
            plan.append({p.tone, r * roundMs + p.offsetMs});
    }
    QList<double> requestedMs(plan.size(), -1.0);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const double dueMs = baseMs + plan[i].offsetMs;
        QTimer::singleShot(int(std::lround(dueMs - m_recording->nowMs())), Qt::PreciseTimer, &output,
                           [this, &output, &requestedMs, &plan, i] {
                               requestedMs[i] = m_recording->nowMs();
                               output.play(toneCue(plan[i].tone));
                           });
    }
    const int lastOffset = plan.last().offsetMs;
    runFor(int(baseMs - m_recording->nowMs()) + lastOffset + ToneSynth::audibleMs(plan.last().tone) + 700);
    m_recording->lookFor(50);
    for (double requested : requestedMs)
        ASSERT_GE(requested, 0.0) << "a cue was never requested";

    const std::optional<WavFile> wav = m_recording->read();
    ASSERT_TRUE(wav.has_value());
    const int rate = m_recording->sampleRate();
    const qsizetype from = m_recording->sampleAt(baseMs - 300.0);
    ASSERT_GE(from, 0) << "the recording started after the test did";
    const QList<qint16> part = wav->samples.mid(from);
    const QList<qsizetype> onsets = SoundAnalysis::onsets(part, rate, soundLevel, onsetQuietMs);
    QList<double> onsetMs;
    for (qsizetype onset : onsets)
        onsetMs.append(m_recording->msOfSample(from + onset));

    // One onset per tone played, none extra, none missing.
    EXPECT_EQ(onsets.size(), plan.size());

    QList<double> lateness;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        SCOPED_TRACE("cue " + std::to_string(i) + " (" + plan[i].tone.toStdString() + ")");
        const double dueMs = baseMs + plan[i].offsetMs;
        // A sound starts near the cue's moment...
        const auto near = std::find_if(onsetMs.cbegin(), onsetMs.cend(), [dueMs](double ms) {
            return ms >= dueMs - earlyToleranceMs && ms <= dueMs + lateToleranceMs;
        });
        if (near == onsetMs.cend()) {
            ADD_FAILURE() << "no sound from " << earlyToleranceMs << " ms before to " << lateToleranceMs
                          << " ms after the cue's moment";
            continue;
        }
        lateness.append(*near - requestedMs[i]);

        // ... and lasts about as long as the tone (a flushed stream cuts the end off)...
        const int audible = ToneSynth::audibleMs(plan[i].tone);
        const qsizetype start = m_recording->sampleAt(*near) - from;
        const int loud
            = SoundAnalysis::loudMs(part, rate, quietLevel, start, start + qsizetype(audible + 100) * rate / 1000);
        EXPECT_GE(loud, audible * 6 / 10) << "the tone was cut short";

        // ... and after it, silence until the next cue.
        const double quietFrom = *near + audible + 120.0;
        const double quietTo = i + 1 < plan.size() ? baseMs + plan[i + 1].offsetMs - 30.0 : quietFrom + 300.0;
        if (quietTo > quietFrom) {
            EXPECT_EQ(SoundAnalysis::loudMs(part, rate, quietLevel, m_recording->sampleAt(quietFrom) - from,
                                            m_recording->sampleAt(quietTo) - from),
                      0)
                << "sound between " << quietFrom - baseMs << " and " << quietTo - baseMs << " ms";
        }
    }
    // Silence before the first cue.
    EXPECT_EQ(SoundAnalysis::loudMs(part, rate, quietLevel, 0, m_recording->sampleAt(baseMs - 30.0) - from), 0);

    if (!lateness.isEmpty()) {
        const double p50 = SoundAnalysis::percentile(lateness, 0.50);
        const double p99 = SoundAnalysis::percentile(lateness, 0.99);
        const double worst = *std::max_element(lateness.cbegin(), lateness.cend());
        std::printf("cue onset lateness (request to sound in the recording), %d cues: p50 %.1f ms, p99 %.1f ms, "
                    "max %.1f ms, min %.1f ms\n",
                    int(lateness.size()), p50, p99, worst, *std::min_element(lateness.cbegin(), lateness.cend()));
        RecordProperty("onset_p50_ms", int(std::lround(p50)));
        RecordProperty("onset_p99_ms", int(std::lround(p99)));
        RecordProperty("onset_max_ms", int(std::lround(worst)));
    }
    // Players are deleted on a timer, not kept.
    runFor(ToneSynth::trailingSilenceMs + 1100);
    EXPECT_EQ(output.liveToneCount(), 0);
}

class CueSpeech : public CueSound
{
protected:
    void SetUp() override
    {
        CueSound::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        if (!QtCueOutput::speechEngines().contains(QStringLiteral("flite")))
            GTEST_SKIP() << "no flite speech engine (install qt6-speech-flite-plugin)";
        m_output = std::make_unique<QtCueOutput>();
        CueSettings settings;
        settings.volume = 100;
        settings.tonesOn = false;
        m_output->setSettings(settings);
        runFor(300);
        ASSERT_TRUE(m_output->isSpeechAvailable()) << "the flite engine is installed but does not work";
    }

    [[nodiscard]] int loudMsBetween(double fromMs, double toMs) const
    {
        const std::optional<WavFile> wav = m_recording->read();
        if (!wav)
            return -1;
        return SoundAnalysis::loudMs(wav->samples, m_recording->sampleRate(), quietLevel, m_recording->sampleAt(fromMs),
                                     m_recording->sampleAt(toMs));
    }

    void waitUntilQuiet(int maxMs)
    {
        QElapsedTimer waited;
        waited.start();
        runFor(200);
        while (m_output->isSpeaking() && waited.elapsed() < maxMs)
            runFor(50);
    }

    // The engine may still be letting go of an earlier text: wait until this one is heard.
    void waitUntilSpeaking(int maxMs)
    {
        QElapsedTimer waited;
        waited.start();
        while (!m_output->isSpeaking() && waited.elapsed() < maxMs)
            runFor(20);
    }

    std::unique_ptr<QtCueOutput> m_output;
};

TEST_F(CueSpeech, ASpokenSentenceIsHeard)
{
    const double saidMs = m_recording->nowMs();
    m_output->say(QStringLiteral("Child's Pose. Hold 45 seconds, 4 times."));
    waitUntilQuiet(8000);
    runFor(300);
    EXPECT_GE(loudMsBetween(saidMs, m_recording->nowMs()), 800);
}

// About eight seconds of speech: long enough that it would still be going when the checks listen.
const QString longText
    = QStringLiteral("Sit tall on the front of a chair, feet flat, and let your shoulders drop away from your ears "
                     "while you breathe slowly in through the nose and out through the mouth.");

// The flite engine takes a moment to let go of a text, longer on a busy machine: the checks
// listen from a second after the cut, well before the long text would have ended.
TEST_F(CueSpeech, ANewAnnouncementCutsOffTheOldOne)
{
    m_output->say(longText);
    waitUntilSpeaking(4000);
    runFor(700);
    const double cutMs = m_recording->nowMs();
    m_output->say(QStringLiteral("Next."));
    runFor(4000);
    EXPECT_GT(loudMsBetween(cutMs - 600.0, cutMs), 200) << "the long text was not heard at all";
    EXPECT_EQ(loudMsBetween(cutMs + 1500.0, cutMs + 3800.0), 0) << "the long text went on";
}

TEST_F(CueSpeech, StopAllSilencesSpeech)
{
    m_output->say(longText);
    waitUntilSpeaking(4000);
    runFor(700);
    const double stoppedMs = m_recording->nowMs();
    m_output->stopAll();
    runFor(3000);
    EXPECT_GT(loudMsBetween(stoppedMs - 600.0, stoppedMs), 200);
    EXPECT_EQ(loudMsBetween(stoppedMs + 1000.0, stoppedMs + 2800.0), 0) << "speech went on after stopAll()";
}
