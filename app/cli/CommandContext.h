#pragma once

#include "SheetRequest.h"

#include <QCoreApplication>
#include <QTextStream>

class QJsonObject;

namespace Limber {

class Catalog;
class Library;
class RoutineStore;
struct Routine;

// What a running command works with: where it prints, the open library, and the helpers every
// command shares for failing, finding a routine and refusing to overwrite a file.
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::CommandLine)

public:
    CommandContext(QTextStream &out, QTextStream &err, Library &library, const SheetWriter &sheetWriter);

    [[nodiscard]] QTextStream &out() { return m_out; }
    [[nodiscard]] const Catalog &catalog() const;
    [[nodiscard]] RoutineStore &routines();
    // Empty when this build cannot draw (limber_cli alone).
    [[nodiscard]] const SheetWriter &sheetWriter() const { return m_sheetWriter; }

    // Says what went wrong on stderr; returns exit code 1.
    int fail(const QString &message);
    // The routine with that id or exact name; says so on stderr when there is none.
    const Routine *findRoutine(const QString &idOrName);
    // True (and said on stderr) when `path` exists and --force was not given.
    bool refusesToReplace(const QString &path, bool force);
    void printJson(const QJsonObject &object);
    // Rows as columns sized to their widest cell (translations make cells longer), two spaces
    // apart; the last column is not padded.
    void printColumns(const QList<QStringList> &rows);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    Library &m_library;
    const SheetWriter &m_sheetWriter;
};

} // namespace Limber
