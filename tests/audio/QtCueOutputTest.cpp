// QtCueOutput with no sound server at all: it must neither block nor complain, and make no
// players that would "play" forever. (The recorded tests are in CueSoundTest.cpp.)
#include "QtGTest.h"

#include "QtCueOutput.h"
#include "ToneSynth.h"
#include "session/CueTones.h"

#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Limber;

namespace {

class QtCueOutputWithoutDevice : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // No PulseAudio to talk to: Qt then lists no audio outputs. Each test runs in its own
        // process under CTest, before anything has asked Qt for devices.
        qputenv("PULSE_SERVER", "unix:/nonexistent/limber-no-pulse");
    }
};

Cue cue(const QString &tone, const QString &text)
{
    Cue result;
    result.id = QStringLiteral("test");
    result.tone = tone;
    result.text = text;
    return result;
}

} // namespace

TEST_F(QtCueOutputWithoutDevice, ReportsNoAudioAndStaysSilentWithoutBlocking)
{
    QtCueOutput output;
    EXPECT_FALSE(output.isAudioAvailable());
    EXPECT_FALSE(output.isSpeechAvailable());

    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i)
        output.play(cue(CueTones::tick, QStringLiteral("Three.")));
    output.playTone(CueTones::done);
    output.say(QStringLiteral("Done."));
    EXPECT_LT(timer.elapsed(), 500);
    EXPECT_EQ(output.liveToneCount(), 0);

    // Whatever the engines do later, nothing is left running or pending.
    QTest::qWait(300);
    EXPECT_EQ(output.liveToneCount(), 0);
    EXPECT_FALSE(output.isSpeaking());
    output.stopAll();
}

TEST_F(QtCueOutputWithoutDevice, KeepsNormalizedSettings)
{
    QtCueOutput output;
    CueOutput &cues = output;
    CueSettings settings;
    settings.volume = 130;
    settings.speechRate = 3.0;
    settings.voiceName = QStringLiteral("no such voice");
    cues.setSettings(settings);
    EXPECT_EQ(cues.settings().volume, 100);
    EXPECT_EQ(cues.settings().speechRate, 1.0);
    EXPECT_EQ(cues.settings().voiceName, QStringLiteral("no such voice"));
}

TEST(QtCueOutput, PlaysTonesFromTheBundledResources)
{
    for (const QString &id : ToneSynth::toneIds()) {
        const QUrl url = QtCueOutput::toneUrl(id);
        EXPECT_EQ(url.scheme(), QStringLiteral("qrc"));
        EXPECT_TRUE(QFile::exists(QLatin1Char(':') + url.path())) << url.toString().toStdString();
    }
}
