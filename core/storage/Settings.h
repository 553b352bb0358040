#pragma once

#include <QByteArray>
#include <QDir>
#include <QSettings>
#include <QString>
#include <QVariant>

// Every setting Limber keeps in `window.ini` in the data folder, in one typed table of keys and
// defaults (KeePassXC's Config, Tiled's SessionOption). Read and written over a QSettings that
// is injected, so tests use a file of their own. A write that changes nothing writes nothing.
namespace Limber::Settings {

template <typename T> struct Key {
    const char *path;
    T fallback;
};

// Where the main window was and what it showed.
inline const Key<QByteArray> windowGeometry{"window/geometry", {}};
inline const Key<QByteArray> windowState{"window/state", {}};
inline const Key<int> windowTab{"window/tab", 0};
inline const Key<QString> libraryExercise{"library/exercise", {}}; // the exercise's id
inline const Key<QString> routinesRoutine{"routines/routine", {}}; // the routine's id
// Light, dark or the system's (the appearance's id).
inline const Key<QString> appearanceTheme{"appearance/theme", {}};
// Volume, mute, tones and voice: CueSettings as compact JSON.
inline const Key<QByteArray> soundCues{"sound/cues", {}};
// The folder the last export (a routine file or a sheet's PDF) was saved in.
inline const Key<QString> exportFolder{"export/folder", {}};
// The first close to the tray said once that Limber keeps running there.
inline const Key<bool> remindersTrayExplained{"reminders/trayExplained", false};
// The person has read "Before you start" (shown before the first session) and went on.
inline const Key<bool> safetyBeforeYouStartRead{"safety/beforeYouStartRead", false};
// The routine sheet dialog's options, as they were last set: layout and paper by id, weeks.
inline const Key<QString> sheetLayout{"sheet/layout", {}};
inline const Key<QString> sheetPaper{"sheet/paper", {}};
inline const Key<int> sheetWeeks{"sheet/weeks", 1};

// The settings file of a data folder.
inline QString filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("window.ini"));
}

template <typename T> [[nodiscard]] T value(const QSettings &settings, const Key<T> &key)
{
    const QVariant stored = settings.value(QLatin1String(key.path));
    return stored.isValid() ? stored.value<T>() : key.fallback;
}

template <typename T> void setValue(QSettings &settings, const Key<T> &key, const T &value)
{
    const QString path = QLatin1String(key.path);
    if (settings.contains(path) && settings.value(path).value<T>() == value)
        return;
    settings.setValue(path, QVariant::fromValue(value));
}

} // namespace Limber::Settings
