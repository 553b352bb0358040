#pragma once

#include "cues/CueSettings.h"

#include <QMenu>

class QActionGroup;

namespace Limber {

class CueOutput;

// The Sound menu: mute, tones, voice, volume, the voice to speak with and how fast. Changes go
// to the cue output at once and are announced, so the window can keep them.
class SoundMenu final : public QMenu
{
    Q_OBJECT

public:
    SoundMenu(CueOutput &output, QWidget *parent = nullptr);

    // Shows settings changed elsewhere (the session's mute key).
    void showSettings(const CueSettings &settings);

Q_SIGNALS:
    void settingsChanged(const Limber::CueSettings &settings);

private:
    void change(const std::function<void(CueSettings &)> &edit);
    void listVoices();

    CueOutput &m_output;
    QAction *m_mute;
    QAction *m_tones;
    QAction *m_voice;
    QActionGroup *m_volumes;
    QActionGroup *m_rates;
    QActionGroup *m_voices;
    QMenu *m_speaker = nullptr; // its voices are listed when the Sound menu first opens
    bool m_voicesListed = false;
};

} // namespace Limber
