#pragma once

#include "CueOutput.h"

namespace Limber {

// A CueOutput that makes no sound: for tests and runs without audio. Keeps the settings it is
// given and counts what it was asked to play, so tests can check the calls.
class CueOutputNull final : public CueOutput
{
public:
    CueOutputNull() = default;

    void play(const Cue &) override { ++m_played; }
    void stopAll() override { ++m_stops; }
    void setSettings(const CueSettings &settings) override { m_settings = settings.normalized(); }
    [[nodiscard]] CueSettings settings() const override { return m_settings; }
    [[nodiscard]] bool isAudioAvailable() const override { return false; }
    [[nodiscard]] bool isSpeechAvailable() const override { return false; }
    [[nodiscard]] QStringList availableVoices() const override { return {}; }

    [[nodiscard]] int playedCount() const { return m_played; }
    [[nodiscard]] int stopCount() const { return m_stops; }

private:
    CueSettings m_settings;
    int m_played = 0;
    int m_stops = 0;
};

} // namespace Limber
