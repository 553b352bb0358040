#pragma once

#include <QList>
#include <QtGlobal>

namespace Limber {

// Loudness over time and where sounds begin, for checking recordings and generated tones.
class SoundAnalysis final
{
public:
    static constexpr int windowMs = 10;

    SoundAnalysis() = delete;

    // Root mean square of each 10 ms window, as a fraction of full scale (0..1).
    [[nodiscard]] static QList<double> rmsPerWindow(const QList<qint16> &samples, int sampleRate);
    // Peak absolute sample, as a fraction of full scale.
    [[nodiscard]] static double peak(const QList<qint16> &samples, qsizetype from = 0, qsizetype to = -1);
    // Where sounds start, in samples: the first sample above `level` (fraction of full scale)
    // after at least `quietMs` of samples at or below it. A sound that is already going at
    // sample 0 does not count.
    [[nodiscard]] static QList<qsizetype> onsets(const QList<qint16> &samples, int sampleRate, double level,
                                                 int quietMs);
    // How many milliseconds of 10 ms windows between from and to (samples) are louder than level.
    [[nodiscard]] static int loudMs(const QList<qint16> &samples, int sampleRate, double level, qsizetype from,
                                    qsizetype to);
    // Linear correlation of two sample runs over their common length (-1..1).
    [[nodiscard]] static double correlation(const QList<qint16> &a, const QList<qint16> &b);
    // The nearest-rank p-quantile (p in 0..1) of values, such as p = 0.5 for the median; 0 for none.
    [[nodiscard]] static double percentile(QList<double> values, double p);
};

} // namespace Limber
