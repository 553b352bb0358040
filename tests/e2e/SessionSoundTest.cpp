// End to end with real sound: a short routine played in a real window (xcb under Xvfb) through
// QtCueOutput into a private PulseAudio null sink whose monitor is being recorded (run under
// tests/audio/run-with-null-sink.sh, which sets LIMBER_RECORDING). When the session has finished,
// the recording so far is checked: a sound near each tone cue's moment, one onset per tone cue,
// and silence well away from every cue. The real steady clock drives the session.
//
// The recording is lined up with the test's clock as in tests/audio/CueSoundTest.cpp: the file
// grows as the monitor's samples arrive, so its length, looked at every few milliseconds, bounds
// the time of its first sample.
#include "QtGTest.h"
#include "Recording.h"
#include "SoundAnalysis.h"
#include "WavFile.h"

#include "QtCueOutput.h"
#include "ToneSynth.h"
#include "gui/session/SessionWindow.h"
#include "model/Catalog.h"
#include "model/Routine.h"
#include "session/SteadyClock.h"
#include "session/TimelineBuilder.h"
#include "storage/Library.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
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
constexpr int earlyToleranceMs = 50;
constexpr int lateToleranceMs = 200;
constexpr int quietMarginMs = 400; // silence is checked only this far from any cue's sound
constexpr double minDetectedShare = 0.9;

// A tone cue as the session played it, in the recording's clock.
struct PlayedCue {
    QString id;
    QString tone;
    double dueMs = 0; // when the timeline says it sounds
    double firedMs = 0; // when the window passed it to the output
};

// Scapular Retractions (3 squeezes of 2 s with 1 s between), 3 s rest, Wall Angels for 5 s:
// about 20 s with the get-ready lead-in, and every kind of tone.
Routine shortRoutine()
{
    Routine routine;
    routine.id = QStringLiteral("e2e-short");
    routine.name = QStringLiteral("End-to-end short routine");
    routine.restBetweenSeconds = 3;
    RoutineItem retractions;
    retractions.exerciseId = QStringLiteral("scapular-retractions");
    retractions.override.reps = 3;
    retractions.override.holdSeconds = 2;
    retractions.override.releaseSeconds = 1;
    retractions.override.sets = 1;
    RoutineItem angels;
    angels.exerciseId = QStringLiteral("wall-angels");
    angels.override.durationSeconds = 5;
    angels.override.sets = 1;
    routine.items = {retractions, angels};
    return routine;
}

} // namespace

TEST(SessionSound, ARoutineInARealWindowSoundsOnEveryToneCueAndOnlyThen)
{
    const QString path = qEnvironmentVariable("LIMBER_RECORDING");
    if (path.isEmpty())
        GTEST_SKIP() << "needs a recorded sound server: run under tests/audio/run-with-null-sink.sh";
    ASSERT_EQ(QGuiApplication::platformName(), QStringLiteral("xcb"))
        << "needs a real X server (run under xvfb-run with QT_QPA_PLATFORM=xcb)";
    Recording recording(path);
    ASSERT_TRUE(recording.open()) << "the recording " << path.toStdString() << " never got a WAV header";

    QTemporaryDir dataDir;
    ASSERT_TRUE(dataDir.isValid());
    auto opened = Library::open(dataDir.path());
    ASSERT_TRUE(opened.ok());
    const std::shared_ptr<Library> library = opened.value();
    const Catalog &catalog = library->catalog();
    Timeline timeline = TimelineBuilder(catalog).build(shortRoutine());
    ASSERT_GE(timeline.totalMs, 15000);
    ASSERT_LE(timeline.totalMs, 30000);

    QtCueOutput output;
    ASSERT_TRUE(output.isAudioAvailable()) << "Qt lists no audio output on the private PulseAudio";
    CueSettings settings;
    settings.volume = 100;
    settings.voiceOn = false; // tones only: speech would make the recording depend on the engine
    output.setSettings(settings);

    const SteadyClock clock;
    SessionWindow window(catalog, std::move(timeline), clock);
    window.setCueOutput(&output);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window)) << "the session window was never shown";

    // Looks at the recording's length all the while, from here to the end.
    QTimer looker;
    looker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&looker, &QTimer::timeout, &looker, [&recording] { recording.look(); });
    looker.start(5);
    QTest::qWait(300); // the preloaded tones load, the window settles
    recording.lookFor(100);

    // The steady clock and the recording's clock, side by side.
    const double clockToRecordingMs = recording.nowMs() - double(clock.now().count());
    QList<PlayedCue> played;
    QObject::connect(&window.engine(), &SessionEngine::cueDue, &window, [&](const Cue &cue, int, qint64 dueAtMs) {
        if (cue.tone.isEmpty())
            return;
        played.append({cue.id, cue.tone, double(dueAtMs) + clockToRecordingMs, recording.nowMs()});
    });
    QSignalSpy finished(&window, &SessionWindow::finished);
    const double startedMs = recording.nowMs();
    window.start();
    ASSERT_TRUE(finished.wait(60000)) << "the session did not finish within a minute";
    const double endedMs = recording.nowMs();
    const int lastAudible = played.isEmpty() ? 0 : ToneSynth::audibleMs(played.last().tone);
    QTest::qWait(lastAudible + 700); // the last tone and its tail reach the file
    recording.lookFor(50);
    looker.stop();

    ASSERT_GE(played.size(), 8) << "the routine should play a tone for every start, release, count and rest";
    const std::optional<WavFile> wav = recording.read();
    ASSERT_TRUE(wav.has_value());
    const int rate = recording.sampleRate();
    const qsizetype from = recording.sampleAt(startedMs - 300.0);
    ASSERT_GE(from, 0) << "the recording started after the test did";
    const QList<qint16> part = wav->samples.mid(from);
    const auto at = [&recording, from](double ms) { return recording.sampleAt(ms) - from; };
    const QList<qsizetype> onsets = SoundAnalysis::onsets(part, rate, soundLevel, onsetQuietMs);
    QList<double> onsetMs;
    for (qsizetype onset : onsets)
        onsetMs.append(recording.msOfSample(from + onset));

    // Near each tone cue's moment, a sound; and, for nearly all, an onset of its own.
    QList<bool> onsetUsed(onsetMs.size(), false);
    QList<double> offsets;
    QList<double> firedLate;
    int detected = 0;
    for (const PlayedCue &cue : std::as_const(played)) {
        SCOPED_TRACE("cue " + cue.id.toStdString() + " (" + cue.tone.toStdString() + ") at "
                     + std::to_string(std::lround(cue.dueMs - startedMs)) + " ms");
        firedLate.append(cue.firedMs - cue.dueMs);
        EXPECT_GT(SoundAnalysis::loudMs(part, rate, soundLevel, at(cue.dueMs - earlyToleranceMs),
                                        at(cue.dueMs + lateToleranceMs)),
                  0)
            << "no sound from " << earlyToleranceMs << " ms before to " << lateToleranceMs
            << " ms after the cue's moment";
        for (qsizetype i = 0; i < onsetMs.size(); ++i) {
            const double offset = onsetMs[i] - cue.dueMs;
            if (!onsetUsed[i] && offset >= -earlyToleranceMs && offset <= lateToleranceMs) {
                onsetUsed[i] = true;
                offsets.append(offset);
                ++detected;
                break;
            }
        }
    }
    EXPECT_GE(double(detected), std::ceil(minDetectedShare * double(played.size())))
        << detected << " of " << played.size() << " tone cues were heard as separate onsets";

    // Silence well away from every cue: from before the start to the end of the recording, less
    // each cue's sound (its moment to the end of its tone) widened by the margin.
    QList<std::pair<double, double>> busy;
    for (const PlayedCue &cue : std::as_const(played))
        busy.append({cue.dueMs - quietMarginMs, cue.dueMs + ToneSynth::audibleMs(cue.tone) + quietMarginMs});
    std::sort(busy.begin(), busy.end());
    double quietFrom = startedMs - 300.0;
    const double quietEnd = recording.nowMs() - 100.0;
    double quietCheckedMs = 0;
    const auto checkQuiet = [&](double fromMs, double toMs) {
        if (toMs - fromMs < SoundAnalysis::windowMs)
            return;
        quietCheckedMs += toMs - fromMs;
        EXPECT_EQ(SoundAnalysis::loudMs(part, rate, quietLevel, at(fromMs), at(toMs)), 0)
            << "sound between " << std::lround(fromMs - startedMs) << " and " << std::lround(toMs - startedMs)
            << " ms after the start, well away from any cue";
    };
    for (const auto &[busyFrom, busyTo] : std::as_const(busy)) {
        checkQuiet(quietFrom, std::min(busyFrom, quietEnd));
        quietFrom = std::max(quietFrom, busyTo);
    }
    checkQuiet(quietFrom, quietEnd);
    EXPECT_GE(quietCheckedMs, 2000.0) << "too little of the session was far enough from a cue to check";

    const double maxOffset = offsets.isEmpty() ? 0.0 : *std::max_element(offsets.cbegin(), offsets.cend());
    const double minOffset = offsets.isEmpty() ? 0.0 : *std::min_element(offsets.cbegin(), offsets.cend());
    std::printf("session sound: %lld ms session, %d tone cues, %d detected as onsets (%lld onsets in all), "
                "onset offset from the cue's moment: p50 %.1f ms, max %.1f ms, min %.1f ms; "
                "cue handed over late by at most %.1f ms; %.0f ms of silence checked\n",
                static_cast<long long>(std::llround(endedMs - startedMs)), int(played.size()), detected,
                static_cast<long long>(onsets.size()), SoundAnalysis::percentile(offsets, 0.5), maxOffset, minOffset,
                firedLate.isEmpty() ? 0.0 : *std::max_element(firedLate.cbegin(), firedLate.cend()), quietCheckedMs);
    RecordProperty("tone_cues", int(played.size()));
    RecordProperty("detected_onsets", detected);
    RecordProperty("onset_max_ms", int(std::lround(maxOffset)));
    window.close();
}
