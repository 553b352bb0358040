#pragma once

#include "IllustrationSpec.h"

#include <QList>

namespace Limber {

// The illustrations of every exercise, as read from poses.json.
class IllustrationSet final
{
public:
    IllustrationSet() = default;
    explicit IllustrationSet(QList<IllustrationSpec> specs);

    [[nodiscard]] const QList<IllustrationSpec> &specs() const { return m_specs; }
    // The illustration of the exercise with this id, or nullptr.
    [[nodiscard]] const IllustrationSpec *find(const QString &exerciseId) const;

    friend bool operator==(const IllustrationSet &, const IllustrationSet &) = default;

private:
    QList<IllustrationSpec> m_specs;
};

} // namespace Limber
