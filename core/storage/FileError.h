#pragma once

#include <QString>

#include <optional>

namespace Limber {

// What went wrong with a file, said so that a person can find and fix it:
// which file, where in it (a line and column, or a field such as "routine.items[3].reps"),
// and the problem in plain words.
struct FileError {
    QString file;
    QString where;
    QString problem;

    [[nodiscard]] QString message() const;

    friend bool operator==(const FileError &, const FileError &) = default;
};

// An operation that returns nothing on success and a FileError on failure.
using MaybeError = std::optional<FileError>;

} // namespace Limber
