#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Limber {

// Thrown inside the file readers (and caught by them) when a field is wrong; never escapes them.
struct JsonProblem {
    QString where;
    QString problem;
};

// Reads typed fields of one JSON object, checking type and limits, and naming the field's full
// path ("routine.items[3].reps") when something is off. Unknown fields are ignored.
class JsonFields final
{
    Q_DECLARE_TR_FUNCTIONS(Limber::JsonFields)

public:
    JsonFields(QJsonObject object, QString path);

    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] QString pathOf(const QString &key) const;
    [[nodiscard]] bool has(const QString &key) const { return m_object.contains(key); }

    QString requiredString(const QString &key, int maxLength) const;
    QString optionalString(const QString &key, int maxLength, const QString &fallback = {}) const;
    int requiredInt(const QString &key, int min, int max) const;
    std::optional<int> optionalInt(const QString &key, int min, int max) const;
    bool optionalBool(const QString &key, bool fallback) const;
    QJsonArray requiredArray(const QString &key, int maxSize) const;
    QJsonArray optionalArray(const QString &key, int maxSize) const;
    JsonFields object(const QString &key) const;
    std::optional<JsonFields> optionalObject(const QString &key) const;

    // The element of `array` (read from `key`) at `index`, which must be an object.
    JsonFields objectAt(const QJsonArray &array, const QString &key, qsizetype index) const;
    QString stringAt(const QJsonArray &array, const QString &key, qsizetype index, int maxLength) const;

    [[noreturn]] void fail(const QString &key, const QString &problem) const;

    // A path for people: the path as it is (scripts may read it), then its places in lists
    // counted from 1 as people count: "routine.items[1].reps (item 2)", and with more than one
    // list "rules[0].days[1] (item 1 of rules, item 2 of days)". A path without lists is kept as it is.
    static QString inWords(const QString &path);

private:
    QString checkedText(const QJsonValue &value, const QString &where, int maxLength) const;
    int checkedInt(const QJsonValue &value, const QString &where, int min, int max) const;

    QJsonObject m_object;
    QString m_path;
};

} // namespace Limber
