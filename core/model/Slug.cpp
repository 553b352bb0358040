#include "Slug.h"

namespace Limber {

QString slugFrom(const QString &name, const QString &fallback)
{
    QString slug;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    slug = slug.left(48);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? fallback : slug;
}

QString fileNameFrom(const QString &name, const QString &fallback)
{
    static const QString awkward = QStringLiteral("/\\:*?\"<>|");
    QString plain;
    bool gap = false;
    for (const QChar c : name) {
        if (awkward.contains(c) || c.isSpace() || c.category() == QChar::Other_Control || c.isNonCharacter()) {
            gap = true;
            continue;
        }
        if (gap && !plain.isEmpty())
            plain += QLatin1Char(' ');
        gap = false;
        plain += c;
    }
    const auto isEnd = [](QChar c) { return c == QLatin1Char('.') || c == QLatin1Char(' '); };
    while (!plain.isEmpty() && isEnd(plain.front()))
        plain.remove(0, 1);
    while (!plain.isEmpty() && isEnd(plain.back()))
        plain.chop(1);
    return plain.isEmpty() ? fallback : plain;
}

} // namespace Limber
