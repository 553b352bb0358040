#include "ExportPaths.h"

#include "Settings.h"
#include "model/Slug.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Limber::ExportPaths {

QString folder(const QSettings &settings)
{
    for (const QString &candidate : {Settings::value(settings, Settings::exportFolder),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir())
            return candidate;
    }
    return QDir::homePath();
}

QString suggested(const QSettings &settings, const QString &routineName, const QString &suffix)
{
    return QDir(folder(settings)).filePath(fileNameFrom(routineName, QStringLiteral("routine")) + suffix);
}

void remember(QSettings &settings, const QString &savedPath)
{
    if (!savedPath.isEmpty())
        Settings::setValue(settings, Settings::exportFolder, QFileInfo(savedPath).absolutePath());
}

} // namespace Limber::ExportPaths
