// The pose file: the bundled one covers the whole catalog, and broken files are refused with
// messages that say where and what.
#include "BundledContent.h"
#include "QtGTest.h"

#include "illustration/IllustrationFormat.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Limber;

namespace {

QJsonObject bundledJson()
{
    QFile file(IllustrationFormat::builtInPath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Parses the bundled file after `edit` changed it.
template <typename Edit> Result<IllustrationSet> parseEdited(Edit edit)
{
    QJsonObject root = bundledJson();
    edit(root);
    return IllustrationFormat::parse(QJsonDocument(root).toJson(), QStringLiteral("poses.json"));
}

// Applies `edit` to the first illustration's first key position.
template <typename Edit> void editFirstPosition(QJsonObject &root, Edit edit)
{
    QJsonArray illustrations = root[QStringLiteral("illustrations")].toArray();
    QJsonObject spec = illustrations[0].toObject();
    QJsonArray positions = spec[QStringLiteral("positions")].toArray();
    QJsonObject position = positions[0].toObject();
    edit(position);
    positions[0] = position;
    spec[QStringLiteral("positions")] = positions;
    illustrations[0] = spec;
    root[QStringLiteral("illustrations")] = illustrations;
}

template <typename Edit> void editFirstSpec(QJsonObject &root, Edit edit)
{
    QJsonArray illustrations = root[QStringLiteral("illustrations")].toArray();
    QJsonObject spec = illustrations[0].toObject();
    edit(spec);
    illustrations[0] = spec;
    root[QStringLiteral("illustrations")] = illustrations;
}

} // namespace

TEST(IllustrationFormat, BundledFileLoads)
{
    const Result<IllustrationSet> loaded = IllustrationFormat::load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message().toStdString();
    EXPECT_EQ(loaded.value().specs().size(), bundledCatalog().exercises().size());
}

TEST(IllustrationFormat, EveryCatalogItemHasEveryKeyPosition)
{
    ASSERT_FALSE(bundledCatalog().exercises().isEmpty());
    for (const Exercise &exercise : bundledCatalog().exercises()) {
        SCOPED_TRACE(exercise.id.toStdString());
        const IllustrationSpec *spec = art().find(exercise.id);
        ASSERT_NE(spec, nullptr);
        EXPECT_FALSE(exercise.illustration.placeholder);
        EXPECT_EQ(exercise.illustration.resource, IllustrationFormat::builtInPath);
        for (const QString &name : exercise.illustration.keyPositions) {
            EXPECT_NE(spec->position(name), nullptr) << name.toStdString();
        }
        EXPECT_EQ(spec->keyPositionNames(), exercise.illustration.keyPositions)
            << "the file lists the key positions in the catalog's order";
        EXPECT_EQ(spec->perSide, exercise.dose.perSide) << "per-side exercises show both sides";
        EXPECT_FALSE(spec->frame().isEmpty());
    }
}

TEST(IllustrationFormat, EveryIllustrationBelongsToACatalogItem)
{
    for (const IllustrationSpec &spec : art().specs()) {
        EXPECT_NE(bundledCatalog().find(spec.exerciseId), nullptr) << spec.exerciseId.toStdString();
    }
}

TEST(IllustrationFormat, KeyPositionsDifferVisibly)
{
    for (const IllustrationSpec &spec : art().specs()) {
        SCOPED_TRACE(spec.exerciseId.toStdString());
        for (qsizetype i = 0; i + 1 < spec.positions.size(); ++i) {
            const Pose &a = spec.positions[i].pose;
            const Pose &b = spec.positions[i + 1].pose;
            double largest
                = std::abs(a.spineCurve() - b.spineCurve()) * 50 + std::abs(a.retraction() - b.retraction()) * 5;
            for (const Joint joint : allJoints())
                largest = std::max(largest, (a.point(joint) - b.point(joint)).length());
            EXPECT_GE(largest, 5.0) << "some part moves at least 5 cm between key positions";
        }
    }
}

TEST(IllustrationFormat, PerSideIllustrationsMirrorTheOtherSide)
{
    const IllustrationSpec *spec = art().find(QStringLiteral("thread-the-needle"));
    ASSERT_NE(spec, nullptr);
    EXPECT_TRUE(spec->perSide);
    EXPECT_NE(spec->authoredSide, Side::None);
    const Side other = spec->authoredSide == Side::Left ? Side::Right : Side::Left;
    EXPECT_FALSE(spec->mirroredFor(spec->authoredSide));
    EXPECT_TRUE(spec->mirroredFor(other));
    EXPECT_FALSE(spec->mirroredFor(Side::None));
    const IllustrationSpec *both = art().find(QStringLiteral("cat-cow"));
    ASSERT_NE(both, nullptr);
    EXPECT_FALSE(both->mirroredFor(Side::Left));
}

TEST(IllustrationFormat, RefusesAnotherFormatAndANewerVersion)
{
    const Result<IllustrationSet> other
        = parseEdited([](QJsonObject &root) { root[QStringLiteral("format")] = QStringLiteral("limber-catalog"); });
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().file, QStringLiteral("poses.json"));

    const Result<IllustrationSet> newer = parseEdited([](QJsonObject &root) { root[QStringLiteral("version")] = 99; });
    ASSERT_FALSE(newer.ok());
    EXPECT_FALSE(newer.error().problem.isEmpty());
}

TEST(IllustrationFormat, ReportsSyntaxErrorsByLine)
{
    const Result<IllustrationSet> broken = IllustrationFormat::parse(
        "{\n \"format\": \"limber-illustrations\",\n \"version\": 1,\n", QStringLiteral("x.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().file, QStringLiteral("x.json"));
}

TEST(IllustrationFormat, NamesAMissingJoint)
{
    const Result<IllustrationSet> result = parseEdited([](QJsonObject &root) {
        editFirstPosition(root, [](QJsonObject &position) {
            QJsonObject joints = position[QStringLiteral("joints")].toObject();
            joints.remove(QStringLiteral("leftKnee"));
            position[QStringLiteral("joints")] = joints;
        });
    });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().where, QStringLiteral("illustrations[0].positions[0].joints.leftKnee"));
    EXPECT_EQ(result.error().problem, QStringLiteral("this field is required."));
}

TEST(IllustrationFormat, NamesAnUnknownJoint)
{
    const Result<IllustrationSet> result = parseEdited([](QJsonObject &root) {
        editFirstPosition(root, [](QJsonObject &position) {
            QJsonObject joints = position[QStringLiteral("joints")].toObject();
            joints[QStringLiteral("tail")] = QJsonArray{1, 2};
            position[QStringLiteral("joints")] = joints;
        });
    });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().where, QStringLiteral("illustrations[0].positions[0].joints.tail"));
    EXPECT_TRUE(result.error().problem.contains(QStringLiteral("not a joint")));
}

TEST(IllustrationFormat, RefusesABadPoint)
{
    for (const QJsonValue &bad : {QJsonValue(QJsonArray{1}), QJsonValue(QJsonArray{1, 2, 3, 4}),
                                  QJsonValue(QStringLiteral("1, 2")), QJsonValue(QJsonArray{1.5, 2})}) {
        const Result<IllustrationSet> result = parseEdited([&bad](QJsonObject &root) {
            editFirstPosition(root, [&bad](QJsonObject &position) {
                QJsonObject joints = position[QStringLiteral("joints")].toObject();
                joints[QStringLiteral("head")] = bad;
                position[QStringLiteral("joints")] = joints;
            });
        });
        ASSERT_FALSE(result.ok());
        EXPECT_TRUE(result.error().where.startsWith(QStringLiteral("illustrations[0].positions[0].joints.head")))
            << result.error().message().toStdString();
    }
    const Result<IllustrationSet> far = parseEdited([](QJsonObject &root) {
        editFirstPosition(root, [](QJsonObject &position) {
            QJsonObject joints = position[QStringLiteral("joints")].toObject();
            joints[QStringLiteral("head")] = QJsonArray{1, 9000};
            position[QStringLiteral("joints")] = joints;
        });
    });
    ASSERT_FALSE(far.ok());
    EXPECT_EQ(far.error().where, QStringLiteral("illustrations[0].positions[0].joints.head[1]"));
    EXPECT_TRUE(far.error().problem.contains(QStringLiteral("out of range")));
}

TEST(IllustrationFormat, RefusesDuplicateAndTooFewKeyPositions)
{
    const Result<IllustrationSet> duplicate = parseEdited([](QJsonObject &root) {
        editFirstSpec(root, [](QJsonObject &spec) {
            QJsonArray positions = spec[QStringLiteral("positions")].toArray();
            QJsonObject second = positions[1].toObject();
            second[QStringLiteral("name")] = positions[0].toObject()[QStringLiteral("name")];
            positions[1] = second;
            spec[QStringLiteral("positions")] = positions;
        });
    });
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().where, QStringLiteral("illustrations[0].positions[1].name"));

    const Result<IllustrationSet> single = parseEdited([](QJsonObject &root) {
        editFirstSpec(root, [](QJsonObject &spec) {
            QJsonArray positions = spec[QStringLiteral("positions")].toArray();
            positions.removeLast();
            spec[QStringLiteral("positions")] = positions;
        });
    });
    ASSERT_FALSE(single.ok());
    EXPECT_EQ(single.error().where, QStringLiteral("illustrations[0].positions"));
}

TEST(IllustrationFormat, RefusesUnknownPropsAndPropsWithoutTheirFields)
{
    const Result<IllustrationSet> unknown = parseEdited([](QJsonObject &root) {
        editFirstSpec(root, [](QJsonObject &spec) {
            spec[QStringLiteral("props")]
                = QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("trampoline")}}};
        });
    });
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().where, QStringLiteral("illustrations[0].props[0].kind"));
    EXPECT_TRUE(unknown.error().problem.contains(QStringLiteral("trampoline")));

    const Result<IllustrationSet> dumbbell = parseEdited([](QJsonObject &root) {
        editFirstSpec(root, [](QJsonObject &spec) {
            spec[QStringLiteral("props")] = QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("dumbbell")},
                                                                   {QStringLiteral("joint"), QStringLiteral("paw")}}};
        });
    });
    ASSERT_FALSE(dumbbell.ok());
    EXPECT_EQ(dumbbell.error().where, QStringLiteral("illustrations[0].props[0].joint"));

    const Result<IllustrationSet> corner = parseEdited([](QJsonObject &root) {
        editFirstSpec(root, [](QJsonObject &spec) {
            spec[QStringLiteral("props")]
                = QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("corner")},
                                         {QStringLiteral("points"), QJsonArray{QJsonArray{0, 0}, QJsonArray{10, 0}}},
                                         {QStringLiteral("height"), 200}}};
        });
    });
    ASSERT_FALSE(corner.ok());
    EXPECT_EQ(corner.error().where, QStringLiteral("illustrations[0].props[0].points"));
}

TEST(IllustrationFormat, RefusesAPerSideFigureWithoutItsSideAndAReversedHighlight)
{
    const Result<IllustrationSet> side = parseEdited([](QJsonObject &root) {
        editFirstSpec(root, [](QJsonObject &spec) {
            spec[QStringLiteral("perSide")] = true;
            spec[QStringLiteral("authoredSide")] = QStringLiteral("none");
        });
    });
    ASSERT_FALSE(side.ok());
    EXPECT_EQ(side.error().where, QStringLiteral("illustrations[0].authoredSide"));

    const Result<IllustrationSet> highlight = parseEdited([](QJsonObject &root) {
        editFirstSpec(root, [](QJsonObject &spec) {
            spec[QStringLiteral("highlight")] = QJsonObject{{QStringLiteral("from"), 80}, {QStringLiteral("to"), 20}};
        });
    });
    ASSERT_FALSE(highlight.ok());
    EXPECT_EQ(highlight.error().where, QStringLiteral("illustrations[0].highlight.to"));
}

TEST(IllustrationFormat, RefusesAnExerciseIllustratedTwice)
{
    const Result<IllustrationSet> twice = parseEdited([](QJsonObject &root) {
        QJsonArray illustrations = root[QStringLiteral("illustrations")].toArray();
        illustrations.append(illustrations[0]);
        root[QStringLiteral("illustrations")] = illustrations;
    });
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().where.endsWith(QStringLiteral(".exercise")));
    EXPECT_TRUE(twice.error().problem.contains(QStringLiteral("twice")));
}

TEST(IllustrationFormat, AMissingFileIsAnError)
{
    const Result<IllustrationSet> missing = IllustrationFormat::load(QStringLiteral("/nonexistent/poses.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().file, QStringLiteral("/nonexistent/poses.json"));
}

TEST(IllustrationFormat, AGoldenMinimalFileReadsAsWritten)
{
    QFile file(QStringLiteral(LIMBER_TEST_DATA_DIR "/illustrations/minimal.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Result<IllustrationSet> loaded = IllustrationFormat::parse(file.readAll(), file.fileName());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message().toStdString();
    const IllustrationSpec *spec = loaded.value().find(QStringLiteral("test-stand"));
    ASSERT_NE(spec, nullptr);
    EXPECT_EQ(spec->camera, Camera(-90, 10));
    EXPECT_TRUE(spec->perSide);
    EXPECT_EQ(spec->authoredSide, Side::Left);
    EXPECT_DOUBLE_EQ(spec->highlightFrom, 0.5);
    EXPECT_DOUBLE_EQ(spec->highlightTo, 0.9);
    ASSERT_EQ(spec->props.size(), 2);
    EXPECT_EQ(spec->props[0].kind, Prop::Kind::Wall);
    EXPECT_EQ(spec->props[0].points.size(), 2);
    EXPECT_DOUBLE_EQ(spec->props[0].height, 200);
    EXPECT_EQ(spec->props[1].kind, Prop::Kind::Band);
    EXPECT_EQ(spec->props[1].joint, Joint::RightHand);
    EXPECT_EQ(spec->props[1].to, (Point3{40, 100, 0}));
    ASSERT_EQ(spec->keyPositionNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    const Pose &a = spec->position(QStringLiteral("a"))->pose;
    // [x, y] puts arm joints 19 cm and leg joints 10 cm off the midline; [x, y, z] is taken as is.
    EXPECT_EQ(a.point(Joint::LeftShoulder), (Point3{0, 144, -19}));
    EXPECT_EQ(a.point(Joint::RightKnee), (Point3{1, 50, 10}));
    EXPECT_EQ(a.point(Joint::Head), (Point3{2, 162, 0}));
    EXPECT_EQ(a.point(Joint::RightHand), (Point3{3, 82, 25}));
    EXPECT_DOUBLE_EQ(a.spineCurve(), -0.1);
    const KeyPosition *b = spec->position(QStringLiteral("b"));
    EXPECT_DOUBLE_EQ(b->pose.retraction(), 0.5);
    ASSERT_EQ(b->arrows.size(), 1);
    EXPECT_EQ(b->arrows[0].to, (Point3{0, 180, 0}));
    EXPECT_DOUBLE_EQ(b->arrows[0].bend, 5);
}
