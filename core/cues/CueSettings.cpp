#include "CueSettings.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace Limber {

namespace {

const QString volumeKey = QStringLiteral("volume");
const QString mutedKey = QStringLiteral("muted");
const QString tonesKey = QStringLiteral("tones");
const QString voiceKey = QStringLiteral("voice");
const QString voiceNameKey = QStringLiteral("voiceName");
const QString speechRateKey = QStringLiteral("speechRate");

} // namespace

CueSettings CueSettings::normalized() const
{
    CueSettings result = *this;
    result.volume = std::clamp(volume, minVolume, maxVolume);
    result.speechRate = std::isfinite(speechRate) ? std::clamp(speechRate, minSpeechRate, maxSpeechRate) : 0.0;
    return result;
}

QJsonObject CueSettings::toJson() const
{
    const CueSettings value = normalized();
    return QJsonObject{
        {volumeKey, value.volume}, {mutedKey, value.muted},         {tonesKey, value.tonesOn},
        {voiceKey, value.voiceOn}, {voiceNameKey, value.voiceName}, {speechRateKey, value.speechRate},
    };
}

CueSettings CueSettings::fromJson(const QJsonObject &json)
{
    CueSettings result;
    if (const QJsonValue v = json.value(volumeKey); v.isDouble())
        result.volume = qRound(std::clamp(v.toDouble(), double(minVolume), double(maxVolume)));
    if (const QJsonValue v = json.value(mutedKey); v.isBool())
        result.muted = v.toBool();
    if (const QJsonValue v = json.value(tonesKey); v.isBool())
        result.tonesOn = v.toBool();
    if (const QJsonValue v = json.value(voiceKey); v.isBool())
        result.voiceOn = v.toBool();
    if (const QJsonValue v = json.value(voiceNameKey); v.isString())
        result.voiceName = v.toString();
    if (const QJsonValue v = json.value(speechRateKey); v.isDouble())
        result.speechRate = v.toDouble();
    return result.normalized();
}

} // namespace Limber
