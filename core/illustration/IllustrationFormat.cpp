#include "IllustrationFormat.h"

#include "model/Limits.h"
#include "storage/JsonDocument.h"
#include "storage/JsonFile.h"

#include <QCoreApplication>
#include <QSet>

namespace Limber::IllustrationFormat {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::IllustrationFormat)
};

constexpr int maxCentimetres = 500;
constexpr int maxListSize = 50;

// Where a limb sits when a joint is given as [x, y]: half a shoulder or hip width off the midline.
double defaultDepth(Joint joint)
{
    const int side = jointSide(joint);
    if (side == 0)
        return 0;
    const bool arm = joint == Joint::LeftShoulder || joint == Joint::RightShoulder || joint == Joint::LeftElbow
        || joint == Joint::RightElbow || joint == Joint::LeftHand || joint == Joint::RightHand;
    return side * (arm ? 19.0 : 10.0);
}

int wholeNumber(const QJsonValue &value, const QString &where, int min, int max)
{
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)))
        throw JsonProblem{where, Text::tr("expected a whole number from %1 to %2.").arg(min).arg(max)};
    if (number < min || number > max)
        throw JsonProblem{
            where, Text::tr("%1 is out of range; it must be from %2 to %3.").arg(qint64(number)).arg(min).arg(max)};
    return int(number);
}

// [x, y] or [x, y, z] in centimetres.
Point3 readPoint(const QJsonValue &value, const QString &where, double defaultZ)
{
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() < 2 || array.size() > 3)
        throw JsonProblem{where, Text::tr("expected a point: [x, y] or [x, y, z] in centimetres.")};
    const auto coordinate = [&](qsizetype i) {
        return double(wholeNumber(array.at(i), where + QStringLiteral("[%1]").arg(i), -maxCentimetres, maxCentimetres));
    };
    return {coordinate(0), coordinate(1), array.size() == 3 ? coordinate(2) : defaultZ};
}

Point3 requiredPoint(const JsonFields &fields, const QJsonObject &raw, const QString &key, double defaultZ = 0)
{
    if (!fields.has(key))
        fields.fail(key, Text::tr("this field is required."));
    return readPoint(raw.value(key), fields.pathOf(key), defaultZ);
}

Joint readJoint(const JsonFields &fields, const QString &key)
{
    const QString id = fields.requiredString(key, Limits::maxIdLength);
    const std::optional<Joint> joint = jointFromId(id);
    if (!joint)
        fields.fail(key, Text::tr("\"%1\" is not a joint.").arg(id));
    return *joint;
}

Prop readProp(const JsonFields &fields, const QJsonObject &raw)
{
    Prop prop;
    const QString kindKey = QStringLiteral("kind");
    const QString kindId = fields.requiredString(kindKey, Limits::maxIdLength);
    const std::optional<Prop::Kind> kind = propKindFromId(kindId);
    if (!kind)
        fields.fail(
            kindKey,
            Text::tr("\"%1\" is not a known prop; use wall, corner, chair, dumbbell, band or roller.").arg(kindId));
    prop.kind = *kind;
    const QString axisKey = QStringLiteral("axis");
    if (fields.has(axisKey)) {
        prop.axis = readPoint(raw.value(axisKey), fields.pathOf(axisKey), 0);
        if (prop.axis.length() < 1e-9)
            fields.fail(axisKey, Text::tr("the axis must not be zero."));
    }
    switch (prop.kind) {
    case Prop::Kind::Wall:
    case Prop::Kind::Corner: {
        const QString pointsKey = QStringLiteral("points");
        const QJsonArray points = fields.requiredArray(pointsKey, 10);
        if (prop.kind == Prop::Kind::Wall && points.size() < 2)
            fields.fail(pointsKey, Text::tr("a wall needs at least two points on the floor."));
        if (prop.kind == Prop::Kind::Corner && points.size() != 3)
            fields.fail(pointsKey,
                        Text::tr("a corner needs three points on the floor: one wall's end, the "
                                 "corner, the other wall's end."));
        for (qsizetype i = 0; i < points.size(); ++i)
            prop.points.append(readPoint(points.at(i), fields.pathOf(pointsKey) + QStringLiteral("[%1]").arg(i), 0));
        prop.height = fields.requiredInt(QStringLiteral("height"), 10, maxCentimetres);
        break;
    }
    case Prop::Kind::Chair:
        prop.from = requiredPoint(fields, raw, QStringLiteral("seat"));
        break;
    case Prop::Kind::Dumbbell:
        prop.joint = readJoint(fields, QStringLiteral("joint"));
        break;
    case Prop::Kind::Band:
        prop.joint = readJoint(fields, QStringLiteral("joint"));
        if (fields.has(QStringLiteral("toJoint")))
            prop.toJoint = readJoint(fields, QStringLiteral("toJoint"));
        else
            prop.to = requiredPoint(fields, raw, QStringLiteral("anchor"));
        break;
    case Prop::Kind::Roller:
        prop.from = requiredPoint(fields, raw, QStringLiteral("centre"));
        prop.radius = fields.requiredInt(QStringLiteral("radius"), 2, 50);
        prop.length = fields.requiredInt(QStringLiteral("length"), 10, 200);
        break;
    }
    return prop;
}

MotionArrow readArrow(const JsonFields &fields, const QJsonObject &raw)
{
    MotionArrow arrow;
    arrow.from = requiredPoint(fields, raw, QStringLiteral("from"));
    arrow.to = requiredPoint(fields, raw, QStringLiteral("to"));
    arrow.bend = fields.optionalInt(QStringLiteral("bend"), -maxCentimetres, maxCentimetres).value_or(0);
    if ((arrow.to - arrow.from).length() < 3)
        fields.fail(QStringLiteral("to"), Text::tr("the arrow is too short to see; it needs at least 3 cm."));
    return arrow;
}

KeyPosition readPosition(const JsonFields &fields, const QJsonObject &raw)
{
    KeyPosition position;
    position.name = fields.requiredString(QStringLiteral("name"), Limits::maxIdLength);
    position.pose.setSpineCurve(fields.optionalInt(QStringLiteral("spineCurve"), -60, 60).value_or(0) / 100.0);
    position.pose.setRetraction(fields.optionalInt(QStringLiteral("retraction"), 0, 100).value_or(0) / 100.0);

    const QString jointsKey = QStringLiteral("joints");
    const JsonFields joints = fields.object(jointsKey);
    const QJsonObject rawJoints = raw.value(jointsKey).toObject();
    for (auto it = rawJoints.begin(); it != rawJoints.end(); ++it) {
        if (!jointFromId(it.key()))
            joints.fail(it.key(), Text::tr("\"%1\" is not a joint.").arg(it.key()));
    }
    for (const Joint joint : allJoints())
        position.pose.setPoint(joint, requiredPoint(joints, rawJoints, jointId(joint), defaultDepth(joint)));

    const QString arrowsKey = QStringLiteral("arrows");
    const QJsonArray arrows = fields.optionalArray(arrowsKey, 10);
    for (qsizetype i = 0; i < arrows.size(); ++i)
        position.arrows.append(readArrow(fields.objectAt(arrows, arrowsKey, i), arrows.at(i).toObject()));
    return position;
}

IllustrationSpec readSpec(const JsonFields &fields)
{
    IllustrationSpec spec;
    spec.exerciseId = fields.requiredString(QStringLiteral("exercise"), Limits::maxIdLength);

    const JsonFields camera = fields.object(QStringLiteral("camera"));
    spec.camera = Camera(camera.requiredInt(QStringLiteral("yaw"), -180, 180),
                         camera.optionalInt(QStringLiteral("pitch"), 0, 60).value_or(0));

    spec.perSide = fields.optionalBool(QStringLiteral("perSide"), false);
    if (spec.perSide) {
        const QString sideKey = QStringLiteral("authoredSide");
        const QString sideId = fields.requiredString(sideKey, Limits::maxIdLength);
        const std::optional<Side> side = sideFromId(sideId);
        if (!side || *side == Side::None)
            fields.fail(sideKey,
                        Text::tr("a per-side figure is drawn for \"left\" or \"right\", not \"%1\".").arg(sideId));
        spec.authoredSide = *side;
    }

    const JsonFields highlight = fields.object(QStringLiteral("highlight"));
    spec.highlightFrom = highlight.requiredInt(QStringLiteral("from"), 0, 100) / 100.0;
    spec.highlightTo = highlight.requiredInt(QStringLiteral("to"), 0, 100) / 100.0;
    if (spec.highlightTo <= spec.highlightFrom)
        highlight.fail(QStringLiteral("to"), Text::tr("the highlight must end above where it starts."));
    spec.shoulderBlades = fields.optionalBool(QStringLiteral("shoulderBlades"), false);

    const QString propsKey = QStringLiteral("props");
    const QJsonArray props = fields.optionalArray(propsKey, maxListSize);
    for (qsizetype i = 0; i < props.size(); ++i)
        spec.props.append(readProp(fields.objectAt(props, propsKey, i), props.at(i).toObject()));

    const QString positionsKey = QStringLiteral("positions");
    const QJsonArray positions = fields.requiredArray(positionsKey, 10);
    if (positions.size() < 2)
        fields.fail(positionsKey, Text::tr("every illustration needs at least two key positions."));
    QSet<QString> names;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        const JsonFields item = fields.objectAt(positions, positionsKey, i);
        KeyPosition position = readPosition(item, positions.at(i).toObject());
        if (names.contains(position.name))
            item.fail(QStringLiteral("name"), Text::tr("the key position \"%1\" is named twice.").arg(position.name));
        names.insert(position.name);
        spec.positions.append(std::move(position));
    }
    return spec;
}

} // namespace

Result<IllustrationSet> parse(const QByteArray &bytes, const QString &fileName)
{
    return JsonDocument::parse<IllustrationSet>(
        bytes, fileName, formatName, newestVersion, [](const JsonFields &fields) {
            const QString key = QStringLiteral("illustrations");
            const QJsonArray array = fields.requiredArray(key, 500);
            QList<IllustrationSpec> specs;
            QSet<QString> ids;
            for (qsizetype i = 0; i < array.size(); ++i) {
                const JsonFields item = fields.objectAt(array, key, i);
                IllustrationSpec spec = readSpec(item);
                if (ids.contains(spec.exerciseId))
                    item.fail(QStringLiteral("exercise"),
                              Text::tr("the exercise \"%1\" is illustrated twice.").arg(spec.exerciseId));
                ids.insert(spec.exerciseId);
                specs.append(std::move(spec));
            }
            return IllustrationSet(std::move(specs));
        });
}

Result<IllustrationSet> load(const QString &path)
{
    Result<QByteArray> bytes = JsonFile::readBytes(path, Limits::maxFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(bytes.value(), path);
}

} // namespace Limber::IllustrationFormat
