#include "SoundMenu.h"

#include "cues/CueOutput.h"

#include <QActionGroup>

namespace Limber {

SoundMenu::SoundMenu(CueOutput &output, QWidget *parent)
    : QMenu(tr("&Sound"), parent)
    , m_output(output)
    , m_mute(addAction(tr("&Mute")))
    , m_tones(addAction(tr("&Tones")))
    , m_voice(addAction(tr("&Voice")))
    , m_volumes(new QActionGroup(this))
    , m_rates(new QActionGroup(this))
    , m_voices(new QActionGroup(this))
{
    setObjectName(QStringLiteral("soundMenu"));
    m_mute->setObjectName(QStringLiteral("muteAction"));
    m_tones->setObjectName(QStringLiteral("tonesAction"));
    m_voice->setObjectName(QStringLiteral("voiceAction"));
    for (QAction *action : {m_mute, m_tones, m_voice})
        action->setCheckable(true);
    m_tones->setToolTip(tr("Short tones at the start, the last three seconds, side switches and the end"));
    m_voice->setToolTip(tr("Spoken guidance, where a speech engine is installed"));
    connect(m_mute, &QAction::toggled, this, [this](bool on) { change([on](CueSettings &s) { s.muted = on; }); });
    connect(m_tones, &QAction::toggled, this, [this](bool on) { change([on](CueSettings &s) { s.tonesOn = on; }); });
    connect(m_voice, &QAction::toggled, this, [this](bool on) { change([on](CueSettings &s) { s.voiceOn = on; }); });

    QMenu *volume = addMenu(tr("V&olume"));
    for (int level : {25, 50, 80, 100}) {
        QAction *action = volume->addAction(tr("%1 %").arg(level));
        action->setObjectName(QStringLiteral("volume-%1").arg(level));
        action->setCheckable(true);
        action->setData(level);
        m_volumes->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, level] { change([level](CueSettings &s) { s.volume = level; }); });
    }

    QMenu *rate = addMenu(tr("Speech &Pace"));
    for (const auto &[value, label] :
         {std::pair{-0.4, tr("&Slow")}, std::pair{0.0, tr("&Normal")}, std::pair{0.3, tr("&Brisk")}}) {
        QAction *action = rate->addAction(label);
        action->setCheckable(true);
        action->setData(value);
        m_rates->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, value = value] { change([value](CueSettings &s) { s.speechRate = value; }); });
    }

    m_speaker = addMenu(tr("Spea&ker"));
    // Only the speech engine knows its voices, and loading it takes time and memory: they are
    // listed when this menu first opens, not when the window is built.
    connect(this, &QMenu::aboutToShow, this, &SoundMenu::listVoices);
    showSettings(output.settings());
}

void SoundMenu::listVoices()
{
    if (m_voicesListed)
        return;
    m_voicesListed = true;
    const QStringList voices = m_output.availableVoices();
    m_speaker->setEnabled(!voices.isEmpty());
    if (voices.isEmpty())
        m_speaker->setToolTip(tr("No speech engine is installed: cues sound as tones."));
    QAction *automatic = m_speaker->addAction(tr("&Default"));
    automatic->setCheckable(true);
    automatic->setData(QString());
    m_voices->addAction(automatic);
    for (const QString &name : voices) {
        QAction *action = m_speaker->addAction(name);
        action->setCheckable(true);
        action->setData(name);
        m_voices->addAction(action);
    }
    for (QAction *action : m_voices->actions()) {
        connect(action, &QAction::triggered, this,
                [this, name = action->data().toString()] { change([&name](CueSettings &s) { s.voiceName = name; }); });
    }
    showSettings(m_output.settings());
}

void SoundMenu::showSettings(const CueSettings &settings)
{
    const QSignalBlocker muteBlocker(m_mute);
    const QSignalBlocker tonesBlocker(m_tones);
    const QSignalBlocker voiceBlocker(m_voice);
    m_mute->setChecked(settings.muted);
    m_tones->setChecked(settings.tonesOn);
    m_voice->setChecked(settings.voiceOn);
    for (QAction *action : m_volumes->actions())
        action->setChecked(action->data().toInt() == settings.volume);
    for (QAction *action : m_rates->actions())
        action->setChecked(qFuzzyCompare(action->data().toDouble() + 2.0, settings.speechRate + 2.0));
    for (QAction *action : m_voices->actions())
        action->setChecked(action->data().toString() == settings.voiceName);
}

void SoundMenu::change(const std::function<void(CueSettings &)> &edit)
{
    CueSettings settings = m_output.settings();
    edit(settings);
    settings = settings.normalized();
    m_output.setSettings(settings);
    if (settings.muted)
        m_output.stopAll();
    showSettings(settings);
    Q_EMIT settingsChanged(settings);
}

} // namespace Limber
