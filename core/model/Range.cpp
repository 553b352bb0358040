#include "Range.h"

namespace Limber {

int Range::at(Level level) const
{
    switch (level) {
    case Level::Gentle:
        return min;
    case Level::Standard:
        return (min + max + 1) / 2;
    case Level::Full:
        return max;
    }
    return min;
}

} // namespace Limber
