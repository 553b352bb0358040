// The baseline for scripts/measure-startup.sh: the smallest Qt Widgets + Qt Multimedia desktop
// program, a QMainWindow titled "Limber minimal window" holding one QLabel, with one QSoundEffect
// loaded (a short silent WAV written at start) so Qt Multimedia is in the process as it is in
// Limber's. Prints "first_paint_ms N" (from main() to the label's first paint) on stdout.
// Options: --quit-after-paint exits once painted; --quit-after-ms N exits N ms after the first
// paint; --play plays the (silent) sound effect in a loop once the window is shown, as a session
// plays its cues. Otherwise it runs until its window is closed or it is sent SIGTERM.
//
// Built a second time as limber-minimal-window-speech (LIMBER_MINIMAL_SPEECH): the same, but with
// --play it also speaks a short sentence every two seconds through Qt TextToSpeech's default
// engine, as Limber's session speaks its cues. The baseline for memory with voice on.
#include <QApplication>
#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QSoundEffect>
#include <QTemporaryFile>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#ifdef LIMBER_MINIMAL_SPEECH
#include <QTextToSpeech>
#endif

namespace {

// A 100 ms, 16-bit mono, 44.1 kHz silent WAV: something for QSoundEffect to load and decode.
bool writeSilentWav(QIODevice &file)
{
    constexpr quint32 rate = 44100;
    constexpr quint32 samples = rate / 10;
    constexpr quint32 dataBytes = samples * 2;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + dataBytes);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(1) << rate << quint32(rate * 2) << quint16(2) << quint16(16);
    out.writeRawData("data", 4);
    out << dataBytes;
    for (quint32 i = 0; i < samples; ++i)
        out << qint16(0);
    return out.status() == QDataStream::Ok;
}

class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(const QElapsedTimer &sinceStart, int quitAfterMs)
        : m_sinceStart(sinceStart)
        , m_quitAfterMs(quitAfterMs)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            const double ms = double(m_sinceStart.nsecsElapsed()) / 1e6;
            QTextStream(stdout) << QStringLiteral("first_paint_ms %1").arg(ms, 0, 'f', 1) << Qt::endl;
            if (m_quitAfterMs >= 0)
                QTimer::singleShot(m_quitAfterMs, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceStart;
    int m_quitAfterMs;
    bool m_painted = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);

    int quitAfterMs = -1;
    bool play = false;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--quit-after-paint"))
            quitAfterMs = 0;
        else if (arguments.at(i) == QLatin1String("--quit-after-ms") && i + 1 < arguments.size())
            quitAfterMs = arguments.at(++i).toInt();
        else if (arguments.at(i) == QLatin1String("--play"))
            play = true;
    }

    QTemporaryFile wav(QDir::temp().filePath(QStringLiteral("limber-minimal-XXXXXX.wav")));
    QSoundEffect effect;
    if (wav.open() && writeSilentWav(wav) && wav.flush())
        effect.setSource(QUrl::fromLocalFile(wav.fileName()));
    effect.setVolume(0.0);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Limber minimal window"));
    auto *label = new QLabel(QStringLiteral("A minimal Qt Widgets + Multimedia window"));
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    FirstPaintWatcher watcher(sinceStart, quitAfterMs);
    label->installEventFilter(&watcher);
    window.resize(1100, 720);
    window.show();
    if (play) {
        effect.setLoopCount(QSoundEffect::Infinite);
        QTimer::singleShot(0, &effect, &QSoundEffect::play);
    }
#ifdef LIMBER_MINIMAL_SPEECH
    QTextToSpeech *speech = nullptr;
    QTimer speaking;
    if (play) {
        speech = new QTextToSpeech(&app);
        const auto say = [speech] { speech->say(QStringLiteral("Breathe in, and hold for five seconds.")); };
        QObject::connect(&speaking, &QTimer::timeout, speech, say);
        speaking.start(2000);
        QTimer::singleShot(0, speech, say);
    }
#endif
    return app.exec();
}
