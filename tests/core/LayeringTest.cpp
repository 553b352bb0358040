// The core knows nothing of windows or sound: no core file may include Qt GUI, Widgets,
// Multimedia or the like. (The include root is shared, so the compiler alone would not notice.)
#include "QtGTest.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

TEST(Layering, CoreIncludesNoGuiWidgetsOrMultimediaHeaders)
{
    static const QRegularExpression forbidden(
        QStringLiteral(
            R"(^\s*#\s*include\s*[<"](Qt(Gui|Widgets|Multimedia|MultimediaWidgets|Svg|SvgWidgets|PrintSupport|TextToSpeech|DBus|Network)/|)"
            R"(Q(Widget|Application|GuiApplication|Painter|Pixmap|Image|Icon|Color|Font|Window|SoundEffect|MediaPlayer|AudioSink|SvgRenderer|PdfWriter|Printer|TextToSpeech|SystemTrayIcon|DBus\w*)\b))"),
        QRegularExpression::MultilineOption);

    const QString coreDir = QStringLiteral(LIMBER_SOURCE_DIR "/core");
    QDirIterator it(coreDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int checked = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QString text = QString::fromUtf8(file.readAll());
        const QRegularExpressionMatch match = forbidden.match(text);
        EXPECT_FALSE(match.hasMatch()) << path.toStdString() << " includes " << match.captured(0).toStdString();
        ++checked;
    }
    EXPECT_GT(checked, 20); // the scan found the core
}

TEST(Layering, CoreLinksQtCoreOnly)
{
    QFile cmake(QStringLiteral(LIMBER_SOURCE_DIR "/core/CMakeLists.txt"));
    ASSERT_TRUE(cmake.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cmake.readAll());
    static const QRegularExpression qtModule(QStringLiteral(R"(Qt6?::(\w+))"));
    auto matches = qtModule.globalMatch(text);
    int found = 0;
    while (matches.hasNext()) {
        const QString module = matches.next().captured(1);
        EXPECT_EQ(module, QStringLiteral("Core")) << "core links Qt " << module.toStdString();
        ++found;
    }
    EXPECT_GT(found, 0);
}
