// The core knows nothing of windows or sound: no core file may include Qt GUI, Widgets,
// Multimedia or the like, and no CMake file of the core (core/CMakeLists.txt and the *.cmake
// files it includes) may link or look for a Qt module other than Core. (The include root is
// shared, so the compiler alone would not notice.) The same for the layers next to it: drawing
// (app/render) needs no widgets, and core tests link the core and the Qt Core test support only.
#include "QtGTest.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(LIMBER_SOURCE_DIR "/") + relative;
}

QString textOf(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

// The files below `dir` (relative to the source tree) whose names match `patterns`.
QStringList filesBelow(const QString &dir, const QStringList &patterns)
{
    QStringList files;
    QDirIterator it(sourcePath(dir), patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// Every CMake file below `dir`: CMakeLists.txt and the *.cmake files included from them.
QStringList cmakeFilesBelow(const QString &dir)
{
    return filesBelow(dir, {QStringLiteral("CMakeLists.txt"), QStringLiteral("*.cmake")});
}

// CMake text without its comments (a comment may well say what is not linked).
QString cmakeCode(const QString &path)
{
    static const QRegularExpression comment(QStringLiteral("#[^\n]*"));
    return textOf(path).remove(comment);
}

// The Qt modules a CMake text names: Qt6::X or Qt::X targets, find_package(Qt6 ... COMPONENTS X)
// and find_package(Qt6X).
QStringList qtModules(const QString &code)
{
    QStringList modules;
    static const QRegularExpression target(QStringLiteral(R"(\bQt6?::(\w+))"));
    for (auto it = target.globalMatch(code); it.hasNext();)
        modules.append(it.next().captured(1));
    static const QRegularExpression findQt(QStringLiteral(R"(\bfind_package\s*\(\s*Qt6?(\w*)([^)]*)\))"));
    static const QSet<QString> keywords{QStringLiteral("REQUIRED"),
                                        QStringLiteral("QUIET"),
                                        QStringLiteral("CONFIG"),
                                        QStringLiteral("COMPONENTS"),
                                        QStringLiteral("OPTIONAL_COMPONENTS"),
                                        QStringLiteral("NO_MODULE"),
                                        QStringLiteral("EXACT"),
                                        QStringLiteral("GLOBAL")};
    static const QRegularExpression word(QStringLiteral(R"([A-Za-z]\w*)"));
    for (auto it = findQt.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!match.captured(1).isEmpty())
            modules.append(match.captured(1));
        for (auto words = word.globalMatch(match.captured(2)); words.hasNext();) {
            const QString name = words.next().captured(0);
            if (!keywords.contains(name))
                modules.append(name);
        }
    }
    return modules;
}

// The Limber targets a CMake text names (limber_core, limber_gui, ...).
QSet<QString> limberTargets(const QString &code)
{
    QSet<QString> targets;
    static const QRegularExpression target(QStringLiteral(R"(\b(limber_\w+)\b)"));
    for (auto it = target.globalMatch(code); it.hasNext();)
        targets.insert(it.next().captured(1));
    return targets;
}

} // namespace

TEST(Layering, CoreIncludesNoGuiWidgetsOrMultimediaHeaders)
{
    static const QRegularExpression forbidden(
        QStringLiteral(
            R"(^\s*#\s*include\s*[<"](Qt(Gui|Widgets|Multimedia|MultimediaWidgets|Svg|SvgWidgets|PrintSupport|TextToSpeech|DBus|Network)/|)"
            R"(Q(Widget|Application|GuiApplication|Painter|Pixmap|Image|Icon|Color|Font|Window|SoundEffect|MediaPlayer|AudioSink|SvgRenderer|PdfWriter|Printer|TextToSpeech|SystemTrayIcon|DBus\w*)\b))"),
        QRegularExpression::MultilineOption);

    int checked = 0;
    for (const QString &path : filesBelow(QStringLiteral("core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")})) {
        const QString text = textOf(path);
        const QRegularExpressionMatch match = forbidden.match(text);
        EXPECT_FALSE(match.hasMatch()) << path.toStdString() << " includes " << match.captured(0).toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 20); // the scan found the core
}

TEST(Layering, CoreLinksQtCoreOnly)
{
    const QStringList files = cmakeFilesBelow(QStringLiteral("core"));
    ASSERT_TRUE(files.contains(sourcePath(QStringLiteral("core/CMakeLists.txt"))));
    int found = 0;
    for (const QString &path : files) {
        const QString code = cmakeCode(path);
        for (const QString &module : qtModules(code)) {
            EXPECT_EQ(module, QStringLiteral("Core")) << path.toStdString() << " links Qt " << module.toStdString();
            ++found;
        }
        // The core needs nothing but Qt Core: no other package either.
        static const QRegularExpression findPackage(QStringLiteral(R"(\bfind_package\s*\(\s*(\w+))"));
        for (auto it = findPackage.globalMatch(code); it.hasNext();) {
            const QString package = it.next().captured(1);
            EXPECT_TRUE(package == QStringLiteral("Qt6") || package == QStringLiteral("Qt6Core"))
                << path.toStdString() << " looks for " << package.toStdString();
        }
    }
    EXPECT_GT(found, 0);

    // Every file core/CMakeLists.txt includes was read above (none hides under another name).
    static const QRegularExpression include(QStringLiteral(R"(\binclude\s*\(\s*([^)\s]+\.cmake)\s*\))"));
    const QString top = cmakeCode(sourcePath(QStringLiteral("core/CMakeLists.txt")));
    int included = 0;
    for (auto it = include.globalMatch(top); it.hasNext();) {
        const QString path = sourcePath(QStringLiteral("core/") + it.next().captured(1));
        EXPECT_TRUE(files.contains(path)) << path.toStdString();
        ++included;
    }
    EXPECT_GT(included, 0); // the Sources.cmake files
}

TEST(Layering, RenderDrawsWithoutWidgets)
{
    const QStringList files = cmakeFilesBelow(QStringLiteral("app/render"));
    ASSERT_FALSE(files.isEmpty());
    static const QSet<QString> allowedModules{QStringLiteral("Core"), QStringLiteral("Gui")};
    static const QSet<QString> allowedTargets{QStringLiteral("limber_render"), QStringLiteral("limber_core")};
    for (const QString &path : files) {
        const QString code = cmakeCode(path);
        for (const QString &module : qtModules(code))
            EXPECT_TRUE(allowedModules.contains(module)) << path.toStdString() << " links Qt " << module.toStdString();
        for (const QString &target : limberTargets(code))
            EXPECT_TRUE(allowedTargets.contains(target)) << path.toStdString() << " links " << target.toStdString();
    }

    static const QRegularExpression widgets(
        QStringLiteral(
            R"(^\s*#\s*include\s*[<"](Qt(Widgets|PrintSupport)/|)"
            R"(Q(Widget|Application|MainWindow|Dialog|Label|PushButton|Style|Printer|PrintDialog|PrintPreviewDialog)\b))"),
        QRegularExpression::MultilineOption);
    int checked = 0;
    for (const QString &path :
         filesBelow(QStringLiteral("app/render"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")})) {
        const QRegularExpressionMatch match = widgets.match(textOf(path));
        EXPECT_FALSE(match.hasMatch()) << path.toStdString() << " includes " << match.captured(0).toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 3);
}

TEST(Layering, CoreTestsLinkTheCoreAndTheQtCoreTestSupportOnly)
{
    // Each core test binary: limber_add_test with LIBS limber_core and without GUI (which would
    // bring the QApplication main() and Qt Widgets), and nothing linked besides.
    static const QRegularExpression addTest(QStringLiteral(R"(\blimber_add_test\s*\(([^)]*)\))"));
    static const QRegularExpression otherLinks(QStringLiteral(
        R"(\b(target_link_libraries|link_libraries|add_executable|add_library|qt_add_executable)\s*\()"));
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    static const QSet<QString> keywords{QStringLiteral("NAME"), QStringLiteral("SOURCES"), QStringLiteral("LIBS"),
                                        QStringLiteral("GUI"), QStringLiteral("LABEL")};
    int binaries = 0;
    for (const QString &path : cmakeFilesBelow(QStringLiteral("tests/core"))) {
        const QString code = cmakeCode(path);
        const QRegularExpressionMatch other = otherLinks.match(code);
        EXPECT_FALSE(other.hasMatch()) << path.toStdString() << " uses " << other.captured(1).toStdString();
        for (auto it = addTest.globalMatch(code); it.hasNext();) {
            const QStringList words = it.next().captured(1).split(space, Qt::SkipEmptyParts);
            EXPECT_FALSE(words.contains(QStringLiteral("GUI"))) << path.toStdString();
            QStringList libs;
            for (qsizetype i = words.indexOf(QStringLiteral("LIBS")) + 1; i > 0 && i < words.size(); ++i) {
                if (keywords.contains(words.at(i)))
                    break;
                libs.append(words.at(i));
            }
            EXPECT_EQ(libs, QStringList{QStringLiteral("limber_core")}) << path.toStdString();
            ++binaries;
        }
    }
    EXPECT_GE(binaries, 4);

    // The test support they link (tests/support/CMakeLists.txt, not its gui/ and sound/ parts)
    // links Qt Core and QtTest (itself Qt Core only), and of Limber the core alone.
    const QString support = sourcePath(QStringLiteral("tests/support/CMakeLists.txt"));
    const QString code = cmakeCode(support);
    static const QSet<QString> allowedModules{QStringLiteral("Core"), QStringLiteral("Test")};
    for (const QString &module : qtModules(code))
        EXPECT_TRUE(allowedModules.contains(module)) << support.toStdString() << " links Qt " << module.toStdString();
    static const QSet<QString> allowedTargets{QStringLiteral("limber_core"), QStringLiteral("limber_test_support"),
                                              QStringLiteral("limber_test_main")};
    for (const QString &target : limberTargets(code))
        EXPECT_TRUE(allowedTargets.contains(target)) << support.toStdString() << " links " << target.toStdString();
    EXPECT_TRUE(limberTargets(code).contains(QStringLiteral("limber_core")));
}
