#include "Catalog.h"

namespace Limber {

Catalog::Catalog(QList<Exercise> exercises)
    : m_exercises(std::move(exercises))
{ }

const Exercise *Catalog::find(const QString &id) const
{
    for (const Exercise &exercise : m_exercises) {
        if (exercise.id == id)
            return &exercise;
    }
    return nullptr;
}

} // namespace Limber
