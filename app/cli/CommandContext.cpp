#include "CommandContext.h"

#include "storage/Library.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Limber {

CommandContext::CommandContext(QTextStream &out, QTextStream &err, Library &library, const SheetWriter &sheetWriter)
    : m_out(out)
    , m_err(err)
    , m_library(library)
    , m_sheetWriter(sheetWriter)
{ }

const Catalog &CommandContext::catalog() const
{
    return m_library.catalog();
}

RoutineStore &CommandContext::routines()
{
    return m_library.routines();
}

int CommandContext::fail(const QString &message)
{
    m_err << QStringLiteral("limber: ") << message << Qt::endl;
    return 1;
}

const Routine *CommandContext::findRoutine(const QString &idOrName)
{
    const Routine *routine = routines().find(idOrName);
    if (!routine)
        fail(tr("there is no routine '%1'. 'limber routines' lists them.").arg(idOrName));
    return routine;
}

bool CommandContext::refusesToReplace(const QString &path, bool force)
{
    if (!QFileInfo::exists(path) || force)
        return false;
    fail(tr("%1 already exists; nothing was written. Add --force to replace it.").arg(path));
    return true;
}

void CommandContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CommandContext::printColumns(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], int(row.at(column).size()));
        }
    }
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? row.at(column).leftJustified(widths.at(column) + 2, QLatin1Char(' '))
                                            : row.at(column);
        m_out << line << Qt::endl;
    }
}

} // namespace Limber
