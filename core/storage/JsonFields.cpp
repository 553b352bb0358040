#include "JsonFields.h"

#include <QRegularExpression>

#include <cmath>

namespace Limber {

JsonFields::JsonFields(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{ }

QString JsonFields::pathOf(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonFields::inWords(const QString &path)
{
    // Only a whole path ("a.b[2].c"), never a name or a line and column that has brackets in it.
    static const QRegularExpression wholePath(
        QStringLiteral("^[A-Za-z_]\\w*(\\[\\d+\\])*(\\.[A-Za-z_]\\w*(\\[\\d+\\])*)*$"));
    static const QRegularExpression place(QStringLiteral("(\\w+)\\[(\\d+)\\]"));
    if (!wholePath.match(path).hasMatch())
        return path;
    QList<QRegularExpressionMatch> places;
    for (QRegularExpressionMatchIterator it = place.globalMatch(path); it.hasNext();)
        places.append(it.next());
    if (places.isEmpty())
        return path;
    QStringList words;
    for (const QRegularExpressionMatch &match : places) {
        const qlonglong number = match.captured(2).toLongLong() + 1;
        words.append(places.size() == 1 ? tr("item %1", "a place in a list, counted from 1").arg(number)
                                        : tr("item %1 of %2", "a place in the list named %2, counted from 1")
                                              .arg(number)
                                              .arg(match.captured(1)));
    }
    return QStringLiteral("%1 (%2)").arg(path, words.join(QStringLiteral(", ")));
}

void JsonFields::fail(const QString &key, const QString &problem) const
{
    throw JsonProblem{pathOf(key), problem};
}

QString JsonFields::checkedText(const QJsonValue &value, const QString &where, int maxLength) const
{
    if (!value.isString())
        throw JsonProblem{where, tr("expected text in quotes.")};
    const QString text = value.toString();
    if (text.size() > maxLength)
        throw JsonProblem{
            where, tr("the text is %1 characters long; at most %2 are allowed.").arg(text.size()).arg(maxLength)};
    if (!text.isValidUtf16())
        throw JsonProblem{where, tr("the text contains invalid characters.")};
    for (const QChar c : text) {
        // Control characters have no place in names or steps and can mangle a terminal or a log.
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n'))
            throw JsonProblem{
                where, tr("the text contains a control character (U+%1).").arg(c.unicode(), 4, 16, QLatin1Char('0'))};
    }
    return text;
}

int JsonFields::checkedInt(const QJsonValue &value, const QString &where, int min, int max) const
{
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || number != std::floor(number))
        throw JsonProblem{where, tr("expected a whole number from %1 to %2.").arg(min).arg(max)};
    if (number < min || number > max) {
        const QString shown
            = std::abs(number) < 1e12 ? QString::number(qint64(number)) : QString::number(number, 'g', 6);
        throw JsonProblem{where, tr("%1 is out of range; it must be from %2 to %3.").arg(shown).arg(min).arg(max)};
    }
    return int(number);
}

QString JsonFields::requiredString(const QString &key, int maxLength) const
{
    if (!m_object.contains(key))
        fail(key, tr("this field is required."));
    const QString text = checkedText(m_object.value(key), pathOf(key), maxLength);
    if (text.trimmed().isEmpty())
        fail(key, tr("this field must not be empty."));
    return text;
}

QString JsonFields::optionalString(const QString &key, int maxLength, const QString &fallback) const
{
    if (!m_object.contains(key))
        return fallback;
    return checkedText(m_object.value(key), pathOf(key), maxLength);
}

int JsonFields::requiredInt(const QString &key, int min, int max) const
{
    if (!m_object.contains(key))
        fail(key, tr("this field is required."));
    return checkedInt(m_object.value(key), pathOf(key), min, max);
}

std::optional<int> JsonFields::optionalInt(const QString &key, int min, int max) const
{
    if (!m_object.contains(key))
        return std::nullopt;
    return checkedInt(m_object.value(key), pathOf(key), min, max);
}

bool JsonFields::optionalBool(const QString &key, bool fallback) const
{
    if (!m_object.contains(key))
        return fallback;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool())
        fail(key, tr("expected true or false."));
    return value.toBool();
}

QJsonArray JsonFields::requiredArray(const QString &key, int maxSize) const
{
    if (!m_object.contains(key))
        fail(key, tr("this field is required."));
    return optionalArray(key, maxSize);
}

QJsonArray JsonFields::optionalArray(const QString &key, int maxSize) const
{
    if (!m_object.contains(key))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isArray())
        fail(key, tr("expected a list in square brackets."));
    const QJsonArray array = value.toArray();
    if (array.size() > maxSize)
        fail(key, tr("the list has %1 entries; at most %2 are allowed.").arg(array.size()).arg(maxSize));
    return array;
}

JsonFields JsonFields::object(const QString &key) const
{
    if (!m_object.contains(key))
        fail(key, tr("this field is required."));
    const QJsonValue value = m_object.value(key);
    if (!value.isObject())
        fail(key, tr("expected an object in curly braces."));
    return JsonFields(value.toObject(), pathOf(key));
}

std::optional<JsonFields> JsonFields::optionalObject(const QString &key) const
{
    if (!m_object.contains(key))
        return std::nullopt;
    return object(key);
}

JsonFields JsonFields::objectAt(const QJsonArray &array, const QString &key, qsizetype index) const
{
    const QString where = pathOf(key) + QStringLiteral("[%1]").arg(index);
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        throw JsonProblem{where, tr("expected an object in curly braces.")};
    return JsonFields(value.toObject(), where);
}

QString JsonFields::stringAt(const QJsonArray &array, const QString &key, qsizetype index, int maxLength) const
{
    return checkedText(array.at(index), pathOf(key) + QStringLiteral("[%1]").arg(index), maxLength);
}

} // namespace Limber
