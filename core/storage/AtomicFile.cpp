#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Limber::AtomicFile {

namespace {
// The messages keep the context they had when this lived in JsonFile, so translations stay.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::JsonFile)
};
} // namespace

MaybeError write(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return FileError{path, {}, Text::tr("the folder %1 cannot be created.").arg(info.absolutePath())};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return FileError{path, {}, Text::tr("the file cannot be written (%1).").arg(file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return FileError{path, {}, Text::tr("the file cannot be written (%1).").arg(reason)};
    }
    if (!file.commit())
        return FileError{path, {}, Text::tr("the file cannot be saved (%1).").arg(file.errorString())};
    return std::nullopt;
}

} // namespace Limber::AtomicFile
