#pragma once

#include "Exercise.h"

#include <QList>

namespace Limber {

// The exercises Limber knows, in the article's order.
class Catalog final
{
public:
    Catalog() = default;
    explicit Catalog(QList<Exercise> exercises);

    [[nodiscard]] const QList<Exercise> &exercises() const { return m_exercises; }
    [[nodiscard]] const Exercise *find(const QString &id) const;
    [[nodiscard]] bool contains(const QString &id) const { return find(id) != nullptr; }
    [[nodiscard]] qsizetype size() const { return m_exercises.size(); }

private:
    QList<Exercise> m_exercises;
};

} // namespace Limber
