#pragma once

#include <QString>

namespace Limber {

// An id made from a name, as routines and reminder rules get them: lower-case a-z and 0-9, other
// characters as single hyphens, at most 48 characters, no hyphen at either end. `fallback` when
// nothing of the name is left ("Übung" gives "bung"; "!!!" gives the fallback).
QString slugFrom(const QString &name, const QString &fallback);

} // namespace Limber
