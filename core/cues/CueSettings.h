#pragma once

#include <QJsonObject>
#include <QString>

namespace Limber {

// How cues sound: the person's choices, persisted by whoever owns settings (as JSON here).
// Volume is perceptual (0-100, a slider's scale); the output maps it to its own gain.
struct CueSettings {
    static constexpr int minVolume = 0;
    static constexpr int maxVolume = 100;
    static constexpr double minSpeechRate = -1.0;
    static constexpr double maxSpeechRate = 1.0;

    int volume = 80;
    bool muted = false;
    bool tonesOn = true;
    bool voiceOn = true;
    QString voiceName; // a name from CueOutput::availableVoices(); empty for the engine's default
    double speechRate = 0.0; // -1 slowest, 0 normal, 1 fastest

    // Whether anything sounds at all.
    [[nodiscard]] bool isSilent() const { return muted || volume <= 0 || (!tonesOn && !voiceOn); }
    // Values clamped into their ranges.
    [[nodiscard]] CueSettings normalized() const;

    [[nodiscard]] QJsonObject toJson() const;
    // Missing or wrongly typed fields keep their defaults; numbers are clamped.
    [[nodiscard]] static CueSettings fromJson(const QJsonObject &json);

    friend bool operator==(const CueSettings &, const CueSettings &) = default;
};

} // namespace Limber
