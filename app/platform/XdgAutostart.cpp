#include "XdgAutostart.h"

#include "LimberVersion.h"
#include "storage/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Limber {

namespace {

const QString autostartFolder = QStringLiteral("autostart");
constexpr qint64 maxEntrySize = 64 * 1024; // a desktop entry is a few hundred bytes

bool sameFile(const QString &a, const QString &b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

// Whether a desktop entry is on: it has a [Desktop Entry] group that neither hides it nor
// switches GNOME's autostart off. (Key files are read by hand: QSettings would rewrite them.)
bool entryIsEnabled(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bool sawEntry = false;
    bool inEntry = false;
    const QList<QByteArray> lines = file.read(maxEntrySize).split('\n');
    for (const QByteArray &rawLine : lines) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith('[')) {
            inEntry = line == "[Desktop Entry]";
            sawEntry = sawEntry || inEntry;
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (!inEntry || line.startsWith('#') || equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (key == "Hidden" && value == "true")
            return false;
        if (key == "X-GNOME-Autostart-enabled" && value == "false")
            return false;
    }
    return sawEntry;
}

} // namespace

XdgAutostart::XdgAutostart(const QString &dataDir, const QString &program)
    : m_dataDir(dataDir.isEmpty() ? QString() : QDir(dataDir).absolutePath())
    , m_program(program)
{ }

bool XdgAutostart::isSupported() const
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // Inside a Flatpak sandbox ~/.config is the app's private folder, which no session reads;
    // starting at login there needs the Background portal instead.
    return !QFile::exists(QStringLiteral("/.flatpak-info"));
#else
    return false;
#endif
}

QString XdgAutostart::filePath() const
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(autostartFolder + QLatin1Char('/') + fileName);
}

QString XdgAutostart::systemEntryPath() const
{
    const QString own = filePath();
    const QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    for (const QString &folder : folders) {
        const QString path = QDir(folder).filePath(autostartFolder + QLatin1Char('/') + fileName);
        if (path != own && QFileInfo(path).isFile())
            return path;
    }
    return {};
}

bool XdgAutostart::isEnabled() const
{
    if (QFileInfo::exists(filePath()))
        return entryIsEnabled(filePath());
    const QString systemEntry = systemEntryPath();
    return !systemEntry.isEmpty() && entryIsEnabled(systemEntry);
}

MaybeError XdgAutostart::setEnabled(bool enabled)
{
    const QString path = filePath();
    if (enabled)
        return AtomicFile::write(path, entry());

    // An entry installed for the whole system would start Limber again once ours is gone:
    // the specification's way to switch it off for one user is an entry of the same name
    // with Hidden=true.
    if (!systemEntryPath().isEmpty())
        return AtomicFile::write(path, entryText(false));
    QFile file(path);
    if (!file.exists() || file.remove())
        return std::nullopt;
    return FileError{path, {}, tr("the file cannot be removed (%1).").arg(file.errorString())};
}

QString XdgAutostart::programForCommand() const
{
    const QString running = m_program.isEmpty() ? QCoreApplication::applicationFilePath() : m_program;
    // The installed Limber is named by its command, so the entry survives an upgrade that
    // moves the binary; a build elsewhere needs its full path.
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("limber"));
    if (!onPath.isEmpty() && sameFile(onPath, running))
        return QStringLiteral("limber");
    return QFileInfo(running).absoluteFilePath();
}

QString XdgAutostart::command() const
{
    QStringList arguments{quoteArgument(programForCommand()), backgroundOption};
    if (!m_dataDir.isEmpty())
        arguments << QStringLiteral("--data-dir") << quoteArgument(m_dataDir);
    return arguments.join(QLatin1Char(' '));
}

QByteArray XdgAutostart::entry() const
{
    return entryText(true);
}

QByteArray XdgAutostart::entryText(bool enabled) const
{
    // No NoDisplay: the desktop's own list of startup programs hides such entries, and the user
    // should be able to see and switch this one off there too.
    QStringList lines{
        QStringLiteral("[Desktop Entry]"),
        QStringLiteral("Type=Application"),
        QStringLiteral("Version=1.4"),
        QStringLiteral("Name=Limber"),
        QStringLiteral("Comment=") + escapeValue(tr("Starts Limber in the background for your exercise reminders")),
        QStringLiteral("Icon=" LIMBER_APP_ID),
        QStringLiteral("TryExec=") + escapeValue(programForCommand()), // skipped if the program is gone
        QStringLiteral("Exec=") + escapeValue(command()),
        QStringLiteral("Terminal=false"),
        QStringLiteral("StartupNotify=false"),
    };
    if (enabled)
        lines << QStringLiteral("X-GNOME-Autostart-enabled=true");
    else
        lines << QStringLiteral("Hidden=true") << QStringLiteral("X-GNOME-Autostart-enabled=false");
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QString XdgAutostart::quoteArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString text = argument;
    text.replace(QLatin1Char('%'), QStringLiteral("%%"));
    const bool needsQuotes = argument.isEmpty()
        || std::any_of(argument.cbegin(), argument.cend(), [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return text;
    QString quoted = QStringLiteral("\"");
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') || c == QLatin1Char('\\'))
            quoted += QLatin1Char('\\');
        quoted += c;
    }
    return quoted + QLatin1Char('"');
}

QString XdgAutostart::escapeValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\':
            escaped += QStringLiteral("\\\\");
            break;
        case '\n':
            escaped += QStringLiteral("\\n");
            break;
        case '\t':
            escaped += QStringLiteral("\\t");
            break;
        case '\r':
            escaped += QStringLiteral("\\r");
            break;
        default:
            escaped += c;
        }
    }
    // A leading space would be trimmed by readers.
    if (escaped.startsWith(QLatin1Char(' ')))
        escaped.replace(0, 1, QStringLiteral("\\s"));
    return escaped;
}

} // namespace Limber
