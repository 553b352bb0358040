#include "QtCueOutput.h"

#include "ToneSynth.h"

#include <QAudio>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>

#ifdef LIMBER_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>
#include <QVoice>
#endif

#include <algorithm>
#include <utility>

namespace Limber {

namespace {

// A tone player lives this long after its sound should have ended, then it is deleted whatever
// it reports (it may report "playing" forever).
constexpr int toneLingerMs = 1500;
// Speech after a tone waits this long at most, so the words follow the tone without a gap.
constexpr int maxSpeechDelayMs = 300;

#ifdef LIMBER_HAVE_TEXTTOSPEECH
// One speech engine for the whole process, never deleted: Qt 6.4's flite engine can crash when
// it is destroyed after speaking (its worker thread deletes its audio sink a second time as it
// finishes; seen under AddressSanitizer and on a busy machine). Reachable from here, so it is not
// a leak to LeakSanitizer either.
QTextToSpeech *sharedSpeech()
{
    static QTextToSpeech *const speech = QTextToSpeech::availableEngines().isEmpty() ? nullptr : new QTextToSpeech;
    return speech;
}
#endif

// Whether a speech engine is installed, without loading it (only the plugins' metadata is read).
bool speechInstalled()
{
    static const bool installed = !QtCueOutput::speechEngines().isEmpty();
    return installed;
}

} // namespace

QtCueOutput::QtCueOutput(QObject *parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
{
    m_audioAvailable = !QMediaDevices::audioOutputs().isEmpty();
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &QtCueOutput::onAudioOutputsChanged);
    m_speechDelay.setSingleShot(true);
    connect(&m_speechDelay, &QTimer::timeout, this, &QtCueOutput::speakNow);
    loadWhatIsNeeded();
}

QtCueOutput::~QtCueOutput()
{
    stopAll();
}

QUrl QtCueOutput::toneUrl(const QString &toneId)
{
    return QUrl(QStringLiteral("qrc:/limber/tones/") + toneId + QStringLiteral(".wav"));
}

QStringList QtCueOutput::speechEngines()
{
#ifdef LIMBER_HAVE_TEXTTOSPEECH
    return QTextToSpeech::availableEngines();
#else
    return {};
#endif
}

void QtCueOutput::play(const Cue &cue)
{
    if (m_settings.isSilent())
        return;
    const bool toned = !cue.tone.isEmpty() && m_settings.tonesOn && m_audioAvailable;
    if (toned)
        playTone(cue.tone);
    if (cue.text.isEmpty() || !m_settings.voiceOn || !isSpeechAvailable())
        return;
    if (toned) {
        m_pendingText = cue.text;
        m_speechDelay.start(std::min(ToneSynth::audibleMs(cue.tone), maxSpeechDelayMs));
    } else {
        say(cue.text);
    }
}

void QtCueOutput::playTone(const QString &toneId)
{
    if (m_settings.muted || !m_settings.tonesOn || !m_audioAvailable)
        return;
    preloadTones();
    if (!m_preloaded.contains(toneId))
        return;

    auto *effect = new QSoundEffect(this);
    effect->setVolume(outputVolume());
    effect->setSource(toneUrl(toneId));
    effect->play();
    m_tones.removeAll(nullptr);
    m_tones.append(effect);
    QTimer::singleShot(ToneSynth::audibleMs(toneId) + ToneSynth::trailingSilenceMs + toneLingerMs, effect,
                       &QObject::deleteLater);
}

void QtCueOutput::say(const QString &text)
{
    m_speechDelay.stop();
    m_pendingText = text;
    speakNow();
}

void QtCueOutput::speakNow()
{
    const QString text = std::exchange(m_pendingText, QString());
#ifdef LIMBER_HAVE_TEXTTOSPEECH
    if (text.isEmpty() || m_settings.isSilent() || !m_settings.voiceOn || !isSpeechAvailable())
        return;
    setUpSpeech(); // nobody prepared: the first text loads the engine
    if (!isSpeechAvailable())
        return;
    // One voice at a time: say() replaces the text still being spoken.
    m_speech->say(text);
#else
    Q_UNUSED(text)
#endif
}

void QtCueOutput::stopSpeech()
{
    m_speechDelay.stop();
    m_pendingText.clear();
#ifdef LIMBER_HAVE_TEXTTOSPEECH
    if (m_speech && (m_speech->state() == QTextToSpeech::Speaking || m_speech->state() == QTextToSpeech::Paused))
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
#endif
}

void QtCueOutput::stopAll()
{
    stopSpeech();
    for (const QPointer<QSoundEffect> &effect : std::as_const(m_tones)) {
        if (effect) {
            effect->stop();
            effect->deleteLater();
        }
    }
    m_tones.clear();
}

void QtCueOutput::setSettings(const CueSettings &settings)
{
    const CueSettings next = settings.normalized();
    if (next == m_settings)
        return;
    m_settings = next;
    if (m_settings.isSilent())
        stopAll();
    else if (!m_settings.voiceOn)
        stopSpeech();
    const float volume = outputVolume();
    for (const QPointer<QSoundEffect> &effect : std::as_const(m_tones)) {
        if (effect)
            effect->setVolume(volume);
    }
    applySpeechSettings();
    loadWhatIsNeeded();
}

void QtCueOutput::prepare()
{
    m_prepared = true;
    loadWhatIsNeeded();
}

void QtCueOutput::loadWhatIsNeeded()
{
    // Nothing can be heard without an output: load nothing until one appears.
    if (!m_audioAvailable)
        return;
    if (m_settings.tonesOn)
        preloadTones();
    if (m_prepared && m_settings.voiceOn)
        setUpSpeech();
}

void QtCueOutput::preloadTones()
{
    if (!m_preloaded.isEmpty())
        return;
    for (const QString &id : ToneSynth::toneIds()) {
        auto *effect = new QSoundEffect(this);
        effect->setSource(toneUrl(id));
        m_preloaded.insert(id, effect);
    }
}

bool QtCueOutput::isSpeechAvailable() const
{
    // Before the engine is loaded, an installed one counts as working; if it then fails to
    // start, speechAvailableChanged(false) says so.
    return !m_speechFailed && m_audioAvailable && (m_speech != nullptr || speechInstalled());
}

QStringList QtCueOutput::availableVoices() const
{
    QStringList names;
#ifdef LIMBER_HAVE_TEXTTOSPEECH
    // Only the engine knows its voices: asking for them loads it. Loading changes no setting,
    // so this stays a query for the caller.
    const_cast<QtCueOutput *>(this)->setUpSpeech();
    if (m_speech && !m_speechFailed) {
        const QList<QVoice> voices = m_speech->availableVoices();
        for (const QVoice &voice : voices)
            names.append(voice.name());
    }
#endif
    return names;
}

int QtCueOutput::liveToneCount() const
{
    return int(std::count_if(m_tones.cbegin(), m_tones.cend(), [](const auto &effect) { return !effect.isNull(); }));
}

bool QtCueOutput::isSpeaking() const
{
#ifdef LIMBER_HAVE_TEXTTOSPEECH
    return m_speech && m_speech->state() == QTextToSpeech::Speaking;
#else
    return false;
#endif
}

void QtCueOutput::onAudioOutputsChanged()
{
    const bool available = !QMediaDevices::audioOutputs().isEmpty();
    if (available == m_audioAvailable)
        return;
    const bool speechBefore = isSpeechAvailable();
    m_audioAvailable = available;
    if (!available) {
        stopAll();
    } else if (m_speechFailed && m_speech) {
        // The engine gave up without a device; with a device it may speak again.
        m_speechFailed = false;
        applySpeechSettings();
    }
    Q_EMIT audioAvailableChanged(available);
    if (isSpeechAvailable() != speechBefore)
        Q_EMIT speechAvailableChanged(isSpeechAvailable());
    loadWhatIsNeeded();
}

void QtCueOutput::setUpSpeech()
{
#ifdef LIMBER_HAVE_TEXTTOSPEECH
    if (m_speech || m_speechFailed)
        return; // loaded already, or there is no engine
    const bool before = isSpeechAvailable();
    m_speech = sharedSpeech();
    if (!m_speech) {
        m_speechFailed = true;
    } else if (m_speech->state() == QTextToSpeech::Error
               && m_speech->errorReason() == QTextToSpeech::ErrorReason::Initialization) {
        m_speechFailed = true;
    }
    if (isSpeechAvailable() != before)
        Q_EMIT speechAvailableChanged(isSpeechAvailable());
    if (m_speechFailed)
        return;
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        if (state != QTextToSpeech::Error || m_speechFailed)
            return;
        // No error in the person's face: the cues go on as tones.
        m_speechFailed = true;
        Q_EMIT speechAvailableChanged(false);
    });
    applySpeechSettings();
#endif
}

void QtCueOutput::applySpeechSettings()
{
#ifdef LIMBER_HAVE_TEXTTOSPEECH
    if (!m_speech || m_speechFailed)
        return;
    m_speech->setRate(m_settings.speechRate);
    m_speech->setVolume(outputVolume());
    if (!m_settings.voiceName.isEmpty() && m_speech->voice().name() != m_settings.voiceName) {
        const QList<QVoice> voices = m_speech->availableVoices();
        const auto it = std::find_if(voices.cbegin(), voices.cend(),
                                     [this](const QVoice &voice) { return voice.name() == m_settings.voiceName; });
        if (it != voices.cend())
            m_speech->setVoice(*it);
    }
#endif
}

float QtCueOutput::outputVolume() const
{
    if (m_settings.muted)
        return 0.0F;
    return QAudio::convertVolume(float(m_settings.volume) / float(CueSettings::maxVolume),
                                 QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
}

} // namespace Limber
