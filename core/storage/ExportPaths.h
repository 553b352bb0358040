#pragma once

#include <QString>

class QSettings;

// Where an export dialog (Export Routine, Export PDF) offers to save, and under what name.
namespace Limber::ExportPaths {

// The folder the last export went to, while it is there; else the Documents folder; else home.
QString folder(const QSettings &settings);
// In folder(), the routine's name as a file name (fileNameFrom) with `suffix` (".pdf").
QString suggested(const QSettings &settings, const QString &routineName, const QString &suffix);
// Keeps the folder of `savedPath` for the next export.
void remember(QSettings &settings, const QString &savedPath);

} // namespace Limber::ExportPaths
