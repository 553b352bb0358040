#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Limber::JsonFile {

// Reads a whole file of at most `maxBytes`, refusing what is missing, unreadable or too large
// without reading past the limit (so a huge or endless file costs nothing).
Result<QByteArray> readBytes(const QString &path, qint64 maxBytes);

// Parses JSON text whose top level must be an object. Syntax errors are reported by line and
// column; a file that stops in the middle is called truncated.
Result<QJsonObject> parseObject(const QByteArray &bytes, const QString &fileName);

// Checks the "format" and "version" fields every Limber file starts with. A file from a newer
// Limber is refused with a message that says so, rather than half understood.
MaybeError checkHeader(const QJsonObject &root, const QString &fileName, const QString &format, int newestVersion);

// Renames an unreadable file to "<stem>.unreadable-<date-time>.json" beside it, so that it is
// kept while Limber starts afresh. Returns the new path.
Result<QString> setAside(const QString &path, const QString &stem);

} // namespace Limber::JsonFile
