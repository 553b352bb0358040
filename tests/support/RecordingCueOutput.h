#pragma once

#include "cues/CueOutput.h"

#include <QStringList>

namespace Limber::Test {

// A CueOutput that makes no sound and writes down what it was asked: the ids of the cues played,
// in order, and how often it was told to go quiet.
class RecordingCueOutput final : public CueOutput
{
public:
    void play(const Cue &cue) override { played.append(cue.id); }
    void stopAll() override { ++stops; }
    void setSettings(const CueSettings &settings) override { m_settings = settings.normalized(); }
    [[nodiscard]] CueSettings settings() const override { return m_settings; }
    [[nodiscard]] bool isAudioAvailable() const override { return false; }
    [[nodiscard]] bool isSpeechAvailable() const override { return false; }
    [[nodiscard]] QStringList availableVoices() const override { return {}; }

    QStringList played;
    int stops = 0;

private:
    CueSettings m_settings;
};

} // namespace Limber::Test
