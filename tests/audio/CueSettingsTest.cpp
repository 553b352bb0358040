#include "QtGTest.h"

#include "cues/CueOutputNull.h"
#include "cues/CueSettings.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace Limber;

TEST(CueSettings, DefaultsSoundEverything)
{
    const CueSettings settings;
    EXPECT_EQ(settings.volume, 80);
    EXPECT_FALSE(settings.muted);
    EXPECT_TRUE(settings.tonesOn);
    EXPECT_TRUE(settings.voiceOn);
    EXPECT_TRUE(settings.voiceName.isEmpty());
    EXPECT_EQ(settings.speechRate, 0.0);
    EXPECT_FALSE(settings.isSilent());
}

TEST(CueSettings, RoundTripsThroughJson)
{
    CueSettings settings;
    settings.volume = 35;
    settings.muted = true;
    settings.tonesOn = false;
    settings.voiceOn = true;
    settings.voiceName = QStringLiteral("kal16");
    settings.speechRate = -0.25;

    const QByteArray text = QJsonDocument(settings.toJson()).toJson();
    const CueSettings back = CueSettings::fromJson(QJsonDocument::fromJson(text).object());
    EXPECT_EQ(back, settings);
    EXPECT_EQ(CueSettings::fromJson(CueSettings().toJson()), CueSettings());
}

TEST(CueSettings, MissingOrWrongFieldsKeepDefaults)
{
    EXPECT_EQ(CueSettings::fromJson({}), CueSettings());
    const QJsonObject wrong{{QStringLiteral("volume"), QStringLiteral("loud")},
                            {QStringLiteral("muted"), 1},
                            {QStringLiteral("voiceName"), 3}};
    EXPECT_EQ(CueSettings::fromJson(wrong), CueSettings());
}

TEST(CueSettings, ClampsOutOfRangeValues)
{
    const CueSettings high
        = CueSettings::fromJson({{QStringLiteral("volume"), 250}, {QStringLiteral("speechRate"), 4.0}});
    EXPECT_EQ(high.volume, 100);
    EXPECT_EQ(high.speechRate, 1.0);
    const CueSettings low
        = CueSettings::fromJson({{QStringLiteral("volume"), -3}, {QStringLiteral("speechRate"), -9.0}});
    EXPECT_EQ(low.volume, 0);
    EXPECT_EQ(low.speechRate, -1.0);

    CueSettings odd;
    odd.speechRate = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(odd.normalized().speechRate, 0.0);
}

TEST(CueSettings, SilentWhenMutedAtZeroOrBothOff)
{
    CueSettings settings;
    settings.muted = true;
    EXPECT_TRUE(settings.isSilent());
    settings = {};
    settings.volume = 0;
    EXPECT_TRUE(settings.isSilent());
    settings = {};
    settings.tonesOn = false;
    EXPECT_FALSE(settings.isSilent());
    settings.voiceOn = false;
    EXPECT_TRUE(settings.isSilent());
}

TEST(CueOutputNull, KeepsSettingsAndCountsCalls)
{
    CueOutputNull output;
    CueOutput &cues = output;
    CueSettings settings;
    settings.volume = 120;
    cues.setSettings(settings);
    EXPECT_EQ(cues.settings().volume, 100);
    cues.play(Cue{});
    cues.play(Cue{});
    cues.stopAll();
    EXPECT_EQ(output.playedCount(), 2);
    EXPECT_EQ(output.stopCount(), 1);
    EXPECT_FALSE(cues.isAudioAvailable());
    EXPECT_FALSE(cues.isSpeechAvailable());
    EXPECT_TRUE(cues.availableVoices().isEmpty());
}
