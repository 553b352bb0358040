#pragma once

#include "JsonFields.h"
#include "JsonFile.h"
#include "Result.h"

namespace Limber::JsonDocument {

// Reads one of Limber's JSON files: the syntax (by line and column), the "format" and
// "version" header, then `read(fields)` on the top-level object. A JsonProblem thrown by `read`
// (every JsonFields check throws one) becomes a FileError naming the file and the field.
template <typename T, typename Read>
Result<T> parse(const QByteArray &bytes, const QString &fileName, const QString &format, int newestVersion, Read read)
{
    Result<QJsonObject> root = JsonFile::parseObject(bytes, fileName);
    if (!root)
        return root.error();
    if (MaybeError error = JsonFile::checkHeader(root.value(), fileName, format, newestVersion))
        return *error;
    try {
        return T(read(JsonFields(root.value(), {})));
    } catch (const JsonProblem &problem) {
        return FileError{fileName, problem.where, problem.problem};
    }
}

} // namespace Limber::JsonDocument
