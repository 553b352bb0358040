#pragma once

#include "Result.h"
#include "model/Catalog.h"
#include "model/Routine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// The routine file formats. Both are versioned JSON documented in the README:
//  - a shared routine ("limber-routine", one routine, the .limber.json files people exchange);
//  - the routine store ("limber-routines", all of a user's routines, in the data folder);
//  - the built-in routines, bundled as a resource in the store format.
namespace Limber::RoutineFormat {

inline const QString sharedFormat = QStringLiteral("limber-routine");
inline const QString storeFormat = QStringLiteral("limber-routines");
inline constexpr int newestVersion = 1;
inline const QString fileSuffix = QStringLiteral(".limber.json");
inline const QString builtInPath = QStringLiteral(":/limber/routines/builtin.json");

QJsonObject toJson(const Routine &routine);
QByteArray sharedDocument(const Routine &routine);
QByteArray storeDocument(const QList<Routine> &routines);

// Parsing checks everything a routine may say against the catalog and the limits in Limits.h.
Result<Routine> parseShared(const QByteArray &bytes, const QString &fileName, const Catalog &catalog);
Result<QList<Routine>> parseStore(const QByteArray &bytes, const QString &fileName, const Catalog &catalog);

// Read from disk (at most Limits::maxFileBytes) and parse.
Result<Routine> readShared(const QString &path, const Catalog &catalog);
Result<QList<Routine>> readStore(const QString &path, const Catalog &catalog);

// The routines that ship with Limber (marked builtIn, names translated).
Result<QList<Routine>> loadBuiltIns(const Catalog &catalog, const QString &path = builtInPath);

// True for ids Limber accepts: 1 to 64 of a-z, 0-9 and '-', not starting with '-'.
bool isValidId(const QString &id);

} // namespace Limber::RoutineFormat
