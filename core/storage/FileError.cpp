#include "FileError.h"

namespace Limber {

QString FileError::message() const
{
    QString text = file.isEmpty() ? QString() : file + QStringLiteral(": ");
    if (!where.isEmpty())
        text += where + QStringLiteral(": ");
    return text + problem;
}

} // namespace Limber
