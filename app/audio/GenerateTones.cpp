// limber-tone-synth OUTDIR: writes OUTDIR/<tone id>.wav for every cue tone. Run at build time;
// the files are bundled into limber_audio as resources.
#include "ToneSynth.h"

#include <QDir>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "limber-tone-synth: cannot create %s\n", argv[1]);
        return 1;
    }
    for (const QString &id : Limber::ToneSynth::toneIds()) {
        QSaveFile file(QDir(outDir).filePath(id + QStringLiteral(".wav")));
        if (!file.open(QIODevice::WriteOnly) || file.write(Limber::ToneSynth::wav(id)) < 0 || !file.commit()) {
            std::fprintf(stderr, "limber-tone-synth: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    return 0;
}
