#include "DataFolder.h"

#include <QDir>
#include <QStandardPaths>

namespace Limber::DataFolder {

QString resolve(const QString &override)
{
    if (!override.isEmpty())
        return QDir(override).absolutePath();
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace Limber::DataFolder
