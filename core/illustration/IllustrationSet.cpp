#include "IllustrationSet.h"

namespace Limber {

IllustrationSet::IllustrationSet(QList<IllustrationSpec> specs)
    : m_specs(std::move(specs))
{ }

const IllustrationSpec *IllustrationSet::find(const QString &exerciseId) const
{
    for (const IllustrationSpec &spec : m_specs) {
        if (spec.exerciseId == exerciseId)
            return &spec;
    }
    return nullptr;
}

} // namespace Limber
