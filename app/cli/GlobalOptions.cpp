#include "GlobalOptions.h"

#include "storage/DataFolder.h"

namespace Limber {

QList<CommandOption> GlobalOptions::all()
{
    return {
        {.name = QStringLiteral("data-dir"),
         .valueName = QStringLiteral("DIR"),
         .help = tr("where your routines are kept (now %1; $%2 sets it too)")
                     .arg(DataFolder::resolve(), QLatin1String(DataFolder::environmentVariable))},
        {.name = QStringLiteral("help"), .shortName = QLatin1Char('h'), .help = tr("show this help")},
        {.name = QStringLiteral("version"), .help = tr("show the version")},
    };
}

} // namespace Limber
