#pragma once

#include "FileError.h"

#include <QByteArray>
#include <QString>

// Every file Limber writes (routines, schedules, settings it owns, exported routines, calendars,
// autostart entries, PDFs) goes through here, so that a save is all or nothing.
namespace Limber::AtomicFile {

// Writes through QSaveFile: the old file stays whole until the new one is complete on disk.
// Creates the folder if needed. The error names the file and says what went wrong.
MaybeError write(const QString &path, const QByteArray &bytes);

} // namespace Limber::AtomicFile
