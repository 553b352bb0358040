#include "LevelOption.h"

namespace Limber {

CommandOption LevelOption::spec()
{
    return {.name = QStringLiteral("level"), .valueName = QStringLiteral("gentle|standard|full")};
}

QString LevelOption::problem(const ParsedArguments &parsed)
{
    if (parsed.has(QStringLiteral("level")) && !levelFromId(parsed.value(QStringLiteral("level"))))
        return tr("the level must be gentle, standard or full, not '%1'.").arg(parsed.value(QStringLiteral("level")));
    return {};
}

Level LevelOption::chosen(const ParsedArguments &parsed, Level fallback)
{
    return levelFromId(parsed.value(QStringLiteral("level"))).value_or(fallback);
}

} // namespace Limber
