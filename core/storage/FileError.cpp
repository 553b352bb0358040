#include "FileError.h"

#include "JsonFields.h"

namespace Limber {

QString FileError::message() const
{
    QString text = file.isEmpty() ? QString() : file + QStringLiteral(": ");
    if (!where.isEmpty())
        text += JsonFields::inWords(where) + QStringLiteral(": ");
    return text + problem;
}

} // namespace Limber
