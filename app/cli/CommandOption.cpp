#include "CommandOption.h"

namespace Limber {

QString CommandOption::synopsis() const
{
    QString text = shortName.isNull() ? QStringLiteral("--%1").arg(name) : QStringLiteral("-%1").arg(shortName);
    if (takesValue())
        text += QLatin1Char(' ') + valueName;
    return required ? text : QStringLiteral("[%1]").arg(text);
}

QString CommandOption::label() const
{
    QString text = QStringLiteral("--") + name;
    if (!shortName.isNull())
        text.prepend(QStringLiteral("-%1, ").arg(shortName));
    if (takesValue())
        text += QLatin1Char(' ') + valueName;
    return text;
}

} // namespace Limber
