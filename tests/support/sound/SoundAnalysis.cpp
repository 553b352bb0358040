#include "SoundAnalysis.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace Limber {

namespace {

constexpr double fullScale = 32768.0;

} // namespace

QList<double> SoundAnalysis::rmsPerWindow(const QList<qint16> &samples, int sampleRate)
{
    const qsizetype window = qsizetype(sampleRate) * windowMs / 1000;
    QList<double> result;
    if (window <= 0)
        return result;
    for (qsizetype start = 0; start + window <= samples.size(); start += window) {
        double sum = 0.0;
        for (qsizetype i = start; i < start + window; ++i)
            sum += double(samples[i]) * double(samples[i]);
        result.append(std::sqrt(sum / double(window)) / fullScale);
    }
    return result;
}

double SoundAnalysis::peak(const QList<qint16> &samples, qsizetype from, qsizetype to)
{
    if (to < 0 || to > samples.size())
        to = samples.size();
    int loudest = 0;
    for (qsizetype i = std::max<qsizetype>(from, 0); i < to; ++i)
        loudest = std::max(loudest, std::abs(int(samples[i])));
    return loudest / fullScale;
}

QList<qsizetype> SoundAnalysis::onsets(const QList<qint16> &samples, int sampleRate, double level, int quietMs)
{
    const int threshold = int(level * fullScale);
    const qsizetype quietSamples = qsizetype(sampleRate) * quietMs / 1000;
    QList<qsizetype> result;
    qsizetype quietRun = 0;
    bool loudAtStart = true; // a sound already going when the recording starts is not an onset
    for (qsizetype i = 0; i < samples.size(); ++i) {
        if (std::abs(int(samples[i])) > threshold) {
            if (quietRun >= quietSamples && !loudAtStart)
                result.append(i);
            quietRun = 0;
            loudAtStart = false;
        } else {
            ++quietRun;
            if (quietRun >= quietSamples)
                loudAtStart = false;
        }
    }
    return result;
}

int SoundAnalysis::loudMs(const QList<qint16> &samples, int sampleRate, double level, qsizetype from, qsizetype to)
{
    from = std::clamp<qsizetype>(from, 0, samples.size());
    to = std::clamp<qsizetype>(to, from, samples.size());
    const QList<double> rms = rmsPerWindow(samples.mid(from, to - from), sampleRate);
    return int(std::count_if(rms.cbegin(), rms.cend(), [level](double value) { return value > level; })) * windowMs;
}

double SoundAnalysis::correlation(const QList<qint16> &a, const QList<qint16> &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    if (n == 0)
        return 0.0;
    double ab = 0.0;
    double aa = 0.0;
    double bb = 0.0;
    for (qsizetype i = 0; i < n; ++i) {
        ab += double(a[i]) * b[i];
        aa += double(a[i]) * a[i];
        bb += double(b[i]) * b[i];
    }
    return aa > 0.0 && bb > 0.0 ? ab / std::sqrt(aa * bb) : 0.0;
}

double SoundAnalysis::percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0.0;
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values[std::clamp<qsizetype>(index, 0, values.size() - 1)];
}

} // namespace Limber
