#pragma once

#include "cues/CueOutput.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QMediaDevices;
class QSoundEffect;
class QTextToSpeech;

namespace Limber {

// Cues as sound through Qt Multimedia and, where Qt TextToSpeech and an engine are present,
// speech.
//
// Tones: each play gets a fresh QSoundEffect, deleted on a timer rather than when it reports
// the end (Qt 6.4 reuses a stream badly: a reused effect falls silent from about its fifth
// play; and with no sound server it "plays" forever). The tones are generated at build time
// (ToneSynth), bundled as resources under :/limber/tones/ and preloaded as soon as there is an
// audio output, so the first tone starts at once. With no audio output device, tones are
// skipped, nothing is loaded and isAudioAvailable() is false.
//
// Speech: a new text stops the one being spoken. If the engine is missing or goes to its error
// state, cues fall back to tones alone, silently. The engine (Qt TextToSpeech; flite loads all
// its voices, several MiB) is loaded only when it is needed: by prepare() when voice is on and
// there is an audio output, by the first text to speak, or by availableVoices().
class QtCueOutput final : public QObject, public CueOutput
{
    Q_OBJECT

public:
    explicit QtCueOutput(QObject *parent = nullptr);
    ~QtCueOutput() override;

    void play(const Cue &cue) override;
    void stopAll() override;
    void setSettings(const CueSettings &settings) override;
    [[nodiscard]] CueSettings settings() const override { return m_settings; }
    [[nodiscard]] bool isAudioAvailable() const override { return m_audioAvailable; }
    [[nodiscard]] bool isSpeechAvailable() const override;
    [[nodiscard]] QStringList availableVoices() const override;

    // A tone alone, and a text alone, as the settings allow (play() uses both).
    void playTone(const QString &toneId);
    void say(const QString &text);

    // Loads what the coming cues need, so that the first one is not late: the speech engine
    // when voice is on and there is an audio output. Call it when a session is about to be
    // played (its window is on screen), not while a window is still being drawn: loading the
    // engine takes tens of milliseconds. From then on, turning voice on or an audio output
    // appearing loads it too. Without prepare(), the first text spoken loads it.
    void prepare();
    // Whether the speech engine has been loaded (by prepare(), say() or availableVoices()).
    [[nodiscard]] bool isSpeechLoaded() const { return m_speech != nullptr; }

    // The speech engines Qt TextToSpeech offers here ("flite", "speechd"); empty without it.
    [[nodiscard]] static QStringList speechEngines();
    // The resource a tone is played from.
    [[nodiscard]] static QUrl toneUrl(const QString &toneId);
    // How many tone players are alive (each is deleted a while after its sound has ended).
    [[nodiscard]] int liveToneCount() const;
    // Whether the speech engine is speaking now.
    [[nodiscard]] bool isSpeaking() const;

Q_SIGNALS:
    void audioAvailableChanged(bool available);
    void speechAvailableChanged(bool available);

private:
    void onAudioOutputsChanged();
    void preloadTones();
    void loadWhatIsNeeded();
    void setUpSpeech();
    void applySpeechSettings();
    void speakNow();
    void stopSpeech();
    [[nodiscard]] float outputVolume() const;

    CueSettings m_settings;
    QMediaDevices *m_devices = nullptr;
    bool m_audioAvailable = false;
    QHash<QString, QSoundEffect *> m_preloaded; // never played: keeps each tone's samples cached
    QList<QPointer<QSoundEffect>> m_tones; // playing or recently played
    QTextToSpeech *m_speech = nullptr; // the process's one engine, never deleted; null until loaded
    bool m_speechFailed = false; // no engine installed, or it failed
    bool m_prepared = false;
    QTimer m_speechDelay; // the tone sounds first, then the words
    QString m_pendingText;
};

} // namespace Limber
