// Starting at login: the XDG autostart entry, written into a private XDG_CONFIG_HOME and checked
// with desktop-file-validate when it is installed.
#include "ProcessRun.h"
#include "QtGTest.h"
#include "TestFiles.h"

#include "LimberVersion.h"
#include "platform/XdgAutostart.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Limber;

namespace {

// Sets an environment variable for the lifetime of a test and restores it afterwards.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QString &value)
        : m_name(name)
        , m_saved(qgetenv(name))
        , m_wasSet(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, QFile::encodeName(value));
    }
    ~ScopedEnvironment()
    {
        if (m_wasSet)
            qputenv(m_name, m_saved);
        else
            qunsetenv(m_name);
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    QByteArray m_saved;
    bool m_wasSet;
};

// The Exec value read back the way a desktop reads it (Desktop Entry Specification, "The Exec
// key"): the key file's escapes first, then quoting, then "%%". Written apart from the code
// under test, so the two have to agree.
QStringList parseExec(const QString &value)
{
    QString unescaped;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size()) {
            const QChar next = value.at(++i);
            unescaped += next == QLatin1Char('s') ? QLatin1Char(' ')
                : next == QLatin1Char('n')        ? QLatin1Char('\n')
                : next == QLatin1Char('t')        ? QLatin1Char('\t')
                : next == QLatin1Char('r')        ? QLatin1Char('\r')
                                                  : next;
        } else {
            unescaped += value.at(i);
        }
    }
    QStringList arguments;
    QString current;
    bool inArgument = false;
    bool quoted = false;
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped.at(i);
        if (quoted) {
            if (c == QLatin1Char('"'))
                quoted = false;
            else if (c == QLatin1Char('\\') && i + 1 < unescaped.size())
                current += unescaped.at(++i);
            else
                current += c;
        } else if (c == QLatin1Char(' ')) {
            if (inArgument)
                arguments << current;
            current.clear();
            inArgument = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            inArgument = true;
        } else {
            current += c;
            inArgument = true;
        }
    }
    if (inArgument)
        arguments << current;
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("%%"), QStringLiteral("%"));
    return arguments;
}

QString keyValue(const QByteArray &entry, const QByteArray &key)
{
    const QList<QByteArray> lines = entry.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(key + '=')))
            return QString::fromUtf8(line.mid(key.size() + 1));
    }
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

class XdgAutostartTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_root.isValid());
        m_configHome = m_root.filePath(QStringLiteral("config"));
        m_systemConfig = m_root.filePath(QStringLiteral("system"));
        m_configEnvironment = std::make_unique<ScopedEnvironment>("XDG_CONFIG_HOME", m_configHome);
        m_systemEnvironment = std::make_unique<ScopedEnvironment>("XDG_CONFIG_DIRS", m_systemConfig);
        // TestMain's test mode would send GenericConfigLocation to ~/.qttest; here the real
        // lookup is what is tested, against a private XDG_CONFIG_HOME.
        QStandardPaths::setTestModeEnabled(false);
        m_entryPath = m_configHome + QStringLiteral("/autostart/" LIMBER_APP_ID ".desktop");
    }

    void TearDown() override
    {
        QStandardPaths::setTestModeEnabled(true);
        // Leave everything deletable for QTemporaryDir.
        QFile::setPermissions(m_configHome, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(m_configHome + QStringLiteral("/autostart"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A program that is not the `limber` on PATH.
    QString someProgram() const { return m_root.filePath(QStringLiteral("build/bin/limber")); }

    // Runs desktop-file-validate on the file; empty when it passes (or is not installed).
    static std::optional<QString> validate(const QString &path)
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            return std::nullopt;
        const ProcessRun run = runProcess(validator, {path}, 60'000);
        if (!run.finished)
            return QStringLiteral("desktop-file-validate did not finish");
        const QString output = run.out + run.err;
        if (run.exitCode != 0)
            return output.isEmpty() ? QStringLiteral("desktop-file-validate failed") : output;
        return QString(); // passed (hints, if any, are not failures)
    }

    QTemporaryDir m_root;
    QString m_configHome;
    QString m_systemConfig;
    QString m_entryPath;
    std::unique_ptr<ScopedEnvironment> m_configEnvironment;
    std::unique_ptr<ScopedEnvironment> m_systemEnvironment;
};

} // namespace

TEST_F(XdgAutostartTest, TheEntryLivesInTheUsersAutostartFolder)
{
    XdgAutostart autostart({}, someProgram());
    EXPECT_EQ(autostart.filePath(), m_entryPath);
#if defined(Q_OS_LINUX)
    if (!QFile::exists(QStringLiteral("/.flatpak-info"))) {
        EXPECT_TRUE(autostart.isSupported());
    }
#endif
}

TEST_F(XdgAutostartTest, EnablingWritesAnEntryThatStartsLimberInTheBackground)
{
    XdgAutostart autostart({}, someProgram());
    EXPECT_FALSE(autostart.isEnabled());

    EXPECT_EQ(autostart.setEnabled(true), std::nullopt);
    ASSERT_TRUE(QFileInfo(m_entryPath).isFile());
    EXPECT_TRUE(autostart.isEnabled());

    const QByteArray entry = fileBytes(m_entryPath);
    EXPECT_EQ(entry, autostart.entry());
    EXPECT_TRUE(entry.startsWith("[Desktop Entry]\n")) << entry.toStdString();
    EXPECT_EQ(keyValue(entry, "Type"), QStringLiteral("Application"));
    EXPECT_EQ(keyValue(entry, "Name"), QStringLiteral("Limber"));
    EXPECT_EQ(keyValue(entry, "Icon"), QStringLiteral(LIMBER_APP_ID));
    EXPECT_EQ(keyValue(entry, "X-GNOME-Autostart-enabled"), QStringLiteral("true"));
    EXPECT_EQ(keyValue(entry, "Hidden"), QString());
    EXPECT_EQ(keyValue(entry, "NoDisplay"), QString());
    EXPECT_EQ(parseExec(keyValue(entry, "Exec")), QStringList({someProgram(), QStringLiteral("--background")}));
    EXPECT_EQ(keyValue(entry, "TryExec"), someProgram());

    // Enabling again rewrites the same file.
    EXPECT_EQ(autostart.setEnabled(true), std::nullopt);
    EXPECT_EQ(fileBytes(m_entryPath), entry);
}

TEST_F(XdgAutostartTest, DesktopFileValidateAcceptsTheEntry)
{
    XdgAutostart plain({}, someProgram());
    ASSERT_EQ(plain.setEnabled(true), std::nullopt);
    const std::optional<QString> problems = validate(m_entryPath);
    if (!problems)
        GTEST_SKIP() << "desktop-file-validate is not installed (apt-get install desktop-file-utils)";
    EXPECT_EQ(*problems, QString()) << fileBytes(m_entryPath).toStdString();

    // Quoting at its worst: spaces, quotes, $, backquote, backslash, % in both paths.
    const QString odd = m_root.filePath(QStringLiteral("my \"odd\" $HOME `x` back\\slash 100%"));
    XdgAutostart quoted(odd + QStringLiteral("/data"), odd + QStringLiteral("/limber"));
    ASSERT_EQ(quoted.setEnabled(true), std::nullopt);
    EXPECT_EQ(validate(m_entryPath), QString()) << fileBytes(m_entryPath).toStdString();
}

TEST_F(XdgAutostartTest, TheCommandKeepsTheDataFolderAndSurvivesOddPaths)
{
    const QString odd = m_root.filePath(QStringLiteral("my \"odd\" $HOME `x` back\\slash 100% ~;&|*?#()<>'"));
    XdgAutostart autostart(odd + QStringLiteral("/data"), odd + QStringLiteral("/limber"));
    const QByteArray entry = autostart.entry();
    EXPECT_EQ(parseExec(keyValue(entry, "Exec")),
              QStringList({odd + QStringLiteral("/limber"), QStringLiteral("--background"),
                           QStringLiteral("--data-dir"), odd + QStringLiteral("/data")}))
        << entry.toStdString();
    EXPECT_EQ(entry.count('\n'), entry.split('\n').size() - 1); // nothing broke a line

    // A relative data folder is made absolute: at login the working folder is another one.
    XdgAutostart relative(QStringLiteral("relative/data"), someProgram());
    EXPECT_EQ(parseExec(relative.command()).value(3), QDir(QStringLiteral("relative/data")).absolutePath());
}

TEST_F(XdgAutostartTest, QuotingFollowsTheSpecification)
{
    EXPECT_EQ(XdgAutostart::quoteArgument(QStringLiteral("/usr/bin/limber")), QStringLiteral("/usr/bin/limber"));
    EXPECT_EQ(XdgAutostart::quoteArgument(QStringLiteral("/opt/my apps/limber")),
              QStringLiteral("\"/opt/my apps/limber\""));
    EXPECT_EQ(XdgAutostart::quoteArgument(QStringLiteral("a\"b$c`d\\e")), QStringLiteral("\"a\\\"b\\$c\\`d\\\\e\""));
    EXPECT_EQ(XdgAutostart::quoteArgument(QStringLiteral("100%")), QStringLiteral("100%%"));
    EXPECT_EQ(XdgAutostart::quoteArgument(QString()), QStringLiteral("\"\""));
    // The key file's escape applies on top: a literal backslash in a quoted argument is four.
    EXPECT_EQ(XdgAutostart::escapeValue(XdgAutostart::quoteArgument(QStringLiteral("a\\b"))),
              QStringLiteral("\"a\\\\\\\\b\""));
    EXPECT_EQ(XdgAutostart::escapeValue(QStringLiteral("line\nbreak\ttab")), QStringLiteral("line\\nbreak\\ttab"));
}

TEST_F(XdgAutostartTest, TheInstalledLimberOnThePathIsNamedByItsCommand)
{
    const QString bin = m_root.filePath(QStringLiteral("bin"));
    const QString installed = bin + QStringLiteral("/limber");
    ASSERT_TRUE(writeFile(installed, "#!/bin/sh\n"));
    ASSERT_TRUE(QFile::setPermissions(installed, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const ScopedEnvironment path("PATH", bin);

    EXPECT_EQ(XdgAutostart({}, installed).command(), QStringLiteral("limber --background"));
    EXPECT_EQ(keyValue(XdgAutostart({}, installed).entry(), "TryExec"), QStringLiteral("limber"));
    // Also when started through a link to it (as /usr/bin often is).
    const QString link = m_root.filePath(QStringLiteral("link-to-limber"));
    ASSERT_TRUE(QFile::link(installed, link));
    EXPECT_EQ(XdgAutostart({}, link).command(), QStringLiteral("limber --background"));
    // A build somewhere else is not the one on PATH.
    EXPECT_EQ(XdgAutostart({}, someProgram()).command(), someProgram() + QStringLiteral(" --background"));
}

TEST_F(XdgAutostartTest, DisablingRemovesTheEntry)
{
    XdgAutostart autostart({}, someProgram());
    EXPECT_EQ(autostart.setEnabled(false), std::nullopt); // nothing to remove: fine
    ASSERT_EQ(autostart.setEnabled(true), std::nullopt);
    ASSERT_TRUE(autostart.isEnabled());

    EXPECT_EQ(autostart.setEnabled(false), std::nullopt);
    EXPECT_FALSE(QFileInfo::exists(m_entryPath));
    EXPECT_FALSE(autostart.isEnabled());
}

TEST_F(XdgAutostartTest, TheDesktopsOwnSwitchIsRespected)
{
    XdgAutostart autostart({}, someProgram());
    const QByteArray on = "[Desktop Entry]\nType=Application\nName=Limber\nExec=limber --background\n";

    ASSERT_TRUE(writeFile(m_entryPath, on));
    EXPECT_TRUE(autostart.isEnabled());
    ASSERT_TRUE(writeFile(m_entryPath, on + "X-GNOME-Autostart-enabled=false\n"));
    EXPECT_FALSE(autostart.isEnabled());
    ASSERT_TRUE(writeFile(m_entryPath, on + "Hidden = true\n"));
    EXPECT_FALSE(autostart.isEnabled());
    ASSERT_TRUE(writeFile(m_entryPath, on + "Hidden=false\nX-GNOME-Autostart-enabled=true\n"));
    EXPECT_TRUE(autostart.isEnabled());
    // Keys of another group do not count.
    ASSERT_TRUE(writeFile(m_entryPath, on + "\n[Desktop Action x]\nName=X\nExec=limber\nHidden=true\n"));
    EXPECT_TRUE(autostart.isEnabled());
    // Something that is not a desktop entry starts nothing.
    ASSERT_TRUE(writeFile(m_entryPath, "garbage\n\x01\x02"));
    EXPECT_FALSE(autostart.isEnabled());
    ASSERT_TRUE(writeFile(m_entryPath, QByteArray()));
    EXPECT_FALSE(autostart.isEnabled());

    // Enabling replaces whatever was there with Limber's entry.
    EXPECT_EQ(autostart.setEnabled(true), std::nullopt);
    EXPECT_TRUE(autostart.isEnabled());
}

TEST_F(XdgAutostartTest, AnEntryForTheWholeSystemIsOverriddenNotLeftRunning)
{
    const QString systemEntry = m_systemConfig + QStringLiteral("/autostart/" LIMBER_APP_ID ".desktop");
    ASSERT_TRUE(writeFile(systemEntry, "[Desktop Entry]\nType=Application\nName=Limber\nExec=limber --background\n"));
    XdgAutostart autostart({}, someProgram());
    EXPECT_TRUE(autostart.isEnabled());

    EXPECT_EQ(autostart.setEnabled(false), std::nullopt);
    EXPECT_FALSE(autostart.isEnabled());
    EXPECT_EQ(keyValue(fileBytes(m_entryPath), "Hidden"), QStringLiteral("true"));
    EXPECT_TRUE(QFileInfo::exists(systemEntry));
    if (const std::optional<QString> problems = validate(m_entryPath)) {
        EXPECT_EQ(*problems, QString()) << fileBytes(m_entryPath).toStdString();
    }

    EXPECT_EQ(autostart.setEnabled(true), std::nullopt);
    EXPECT_TRUE(autostart.isEnabled());
}

TEST_F(XdgAutostartTest, AFolderThatCannotBeMadeGivesAnErrorAndChangesNothing)
{
    // A file where the autostart folder should be: no folder can be made there, even as root.
    ASSERT_TRUE(writeFile(m_configHome + QStringLiteral("/autostart"), "in the way"));
    XdgAutostart autostart({}, someProgram());

    const MaybeError error = autostart.setEnabled(true);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->message().contains(m_configHome + QStringLiteral("/autostart")))
        << error->message().toStdString();
    EXPECT_EQ(fileBytes(m_configHome + QStringLiteral("/autostart")), QByteArray("in the way"));
    EXPECT_FALSE(autostart.isEnabled());
}

TEST_F(XdgAutostartTest, AnEntryThatCannotBeRemovedGivesAnErrorAndChangesNothing)
{
    // A folder with something in it under the entry's name cannot be removed as a file.
    ASSERT_TRUE(writeFile(m_entryPath + QStringLiteral("/keep"), "x"));
    XdgAutostart autostart({}, someProgram());

    const MaybeError error = autostart.setEnabled(false);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, m_entryPath);
    EXPECT_TRUE(QFileInfo::exists(m_entryPath + QStringLiteral("/keep")));
}

TEST_F(XdgAutostartTest, AnUnwritableFolderGivesAnErrorNamingThePathAndChangesNothing)
{
    XdgAutostart autostart({}, someProgram());
    const QString folder = m_configHome + QStringLiteral("/autostart");
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    if (QFile probe(folder + QStringLiteral("/probe")); probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        GTEST_SKIP() << "this user can write into a read-only folder (root?)";
    }

    const MaybeError error = autostart.setEnabled(true);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->file, m_entryPath);
    EXPECT_TRUE(error->message().contains(m_entryPath)) << error->message().toStdString();
    EXPECT_TRUE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    EXPECT_FALSE(autostart.isEnabled());

    // And an entry already there stays when it cannot be removed.
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    ASSERT_EQ(autostart.setEnabled(true), std::nullopt);
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const MaybeError removal = autostart.setEnabled(false);
    ASSERT_TRUE(removal.has_value());
    EXPECT_TRUE(removal->message().contains(m_entryPath)) << removal->message().toStdString();
    EXPECT_TRUE(autostart.isEnabled());
}

TEST(NoLoginItem, IsUnsupportedAndSaysSo)
{
    NoLoginItem none;
    EXPECT_FALSE(none.isSupported());
    EXPECT_FALSE(none.isEnabled());
    EXPECT_EQ(none.setEnabled(false), std::nullopt);
    EXPECT_TRUE(none.setEnabled(true).has_value());
}
