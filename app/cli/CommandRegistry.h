#pragma once

#include "Command.h"

#include <QList>

namespace Limber {

// Every command `limber` runs, in the order --help lists them.
class CommandRegistry final
{
public:
    static QList<const Command *> all();
    static const Command *find(const QString &name);
};

} // namespace Limber
