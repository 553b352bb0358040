#pragma once

#include <QString>

namespace Limber {

// An id made from a name, as routines and reminder rules get them: lower-case a-z and 0-9, other
// characters as single hyphens, at most 48 characters, no hyphen at either end. `fallback` when
// nothing of the name is left ("Übung" gives "bung"; "!!!" gives the fallback).
QString slugFrom(const QString &name, const QString &fallback);

// A file name made from a name, as exports offer it: the name as it reads ("Desk break (copy)",
// "Rücken am Morgen"), with the characters that are awkward or not allowed in file names on some
// system (/ \ : * ? " < > | and control characters) taken out as spaces, runs of spaces as one,
// and no dot or space at either end (a leading dot would hide the file). `fallback` when nothing
// is left. No suffix: the caller adds it.
QString fileNameFrom(const QString &name, const QString &fallback);

} // namespace Limber
