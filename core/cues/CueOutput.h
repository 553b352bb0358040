#pragma once

#include "CueSettings.h"
#include "session/Cue.h"

#include <QStringList>

namespace Limber {

// Where cues become sound: tones and speech. The core declares it; the audio library
// (app/audio, QtCueOutput) implements it, and tests or headless runs use CueOutputNull.
//
// play() returns at once and never waits for a sound, whether or not there is an audio device;
// an implementation that cannot make a sound stays silent rather than showing errors.
class CueOutput
{
public:
    virtual ~CueOutput() = default;

    // Sounds the cue as the settings say: its tone (if tones are on), then its text spoken (if
    // voice is on and speech works). A new spoken text cuts off the one still being spoken.
    virtual void play(const Cue &cue) = 0;
    // Silences everything playing or about to play (pause, stop, leaving the session).
    virtual void stopAll() = 0;

    virtual void setSettings(const CueSettings &settings) = 0;
    [[nodiscard]] virtual CueSettings settings() const = 0;

    // Whether tones can be heard at all (false with no audio output device).
    [[nodiscard]] virtual bool isAudioAvailable() const = 0;
    // Whether a speech engine is there and working.
    [[nodiscard]] virtual bool isSpeechAvailable() const = 0;
    // The voices CueSettings::voiceName may name, for a settings page; empty without speech.
    [[nodiscard]] virtual QStringList availableVoices() const = 0;

protected:
    CueOutput() = default;
    CueOutput(const CueOutput &) = default;
    CueOutput &operator=(const CueOutput &) = default;
};

} // namespace Limber
