#include "FigurePainter.h"

#include "illustration/IllustrationSpec.h"
#include "illustration/Pose.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <functional>
#include <vector>

namespace Limber {

namespace {

// Sizes in centimetres of the figure's world.
constexpr double armWidth = 8.5;
constexpr double legWidth = 10.5;
constexpr double farScale = 0.86;
constexpr double neckWidth = 8.0;
constexpr double chestDepth = 12.5; // half the chest's thickness, seen from the side
constexpr double waistDepth = 10.5;
constexpr double separation = 2.2; // gap drawn around a part that overlaps another
constexpr double floorWidth = 2.4;
constexpr double arrowWidth = 2.6;

double length(const QPointF &v)
{
    return std::hypot(v.x(), v.y());
}

QPointF unit(const QPointF &v)
{
    const double l = length(v);
    return l > 1e-9 ? v / l : QPointF();
}

QPointF perpendicular(const QPointF &v)
{
    return {-v.y(), v.x()};
}

QPen roundPen(const QColor &color, double width)
{
    return QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

// One part of the drawing with how near it is, drawn far to near.
struct Layer {
    double nearness;
    int order; // keeps a stable, sensible order between equally near parts
    std::function<void()> draw;
};

class Scene
{
public:
    Scene(QPainter &painter, const FigureColors &colors, const IllustrationSpec &spec, const Pose &pose)
        : m_painter(painter)
        , m_colors(colors)
        , m_spec(spec)
        , m_pose(pose)
        , m_camera(spec.camera)
    { }

    void draw(const QList<MotionArrow> &arrows, double arrowOpacity);

private:
    QPointF at(Joint joint) const { return m_camera.project(m_pose.point(joint)); }
    double nearnessOf(Joint joint) const { return m_camera.nearness(m_pose.point(joint)); }

    void drawFloor();
    void drawBackProps();
    void drawWall(const QList<Point3> &points, double height, bool corner);
    void drawChair(const Point3 &seat);
    void drawRoller(const Prop &prop);
    void drawDumbbell(const Prop &prop);
    void drawBand(const Prop &prop);
    void drawSegment(const QPointF &a, const QPointF &b, const QColor &color, double width, bool separate);
    void drawLimb(std::vector<Layer> &layers, const std::vector<Joint> &chain, double width, bool far, int order);
    QPainterPath torsoPath() const;
    double halfWidthAt(double s) const;
    void drawTorso();
    void drawHighlight(bool behind);
    void drawShoulderBlades();
    void drawHead();
    void drawArrow(const MotionArrow &arrow);
    bool backFacesViewer() const { return m_camera.towardViewer().dot(m_pose.back()) > 0.5; }
    bool backFacesAway() const { return m_camera.towardViewer().dot(m_pose.back()) < -0.5; }

    QPainter &m_painter;
    const FigureColors &m_colors;
    const IllustrationSpec &m_spec;
    const Pose &m_pose;
    Camera m_camera;
};

void Scene::drawSegment(const QPointF &a, const QPointF &b, const QColor &color, double width, bool separate)
{
    if (separate) {
        m_painter.setPen(roundPen(m_colors.background, width + 2 * separation));
        m_painter.drawLine(a, b);
    }
    m_painter.setPen(roundPen(color, width));
    m_painter.drawLine(a, b);
}

void Scene::drawLimb(std::vector<Layer> &layers, const std::vector<Joint> &chain, double width, bool far, int order)
{
    // Each bone is its own layer, so that an arm reaching behind the body is hidden by it while
    // the hand in front is not.
    for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
        const Joint a = chain[i];
        const Joint b = chain[i + 1];
        const double w = (i + 2 == chain.size() && chain.size() == 4) ? width * 0.8 : width; // the foot
        const double nearness = (nearnessOf(a) + nearnessOf(b)) / 2;
        layers.push_back({nearness, order, [this, a, b, w, far] {
                              const QColor color = far ? m_colors.farInk : m_colors.ink;
                              drawSegment(at(a), at(b), color, far ? w * farScale : w, !far);
                              // A round joint where this bone meets the next keeps the limb whole.
                              m_painter.setPen(roundPen(color, far ? w * farScale : w));
                              m_painter.drawPoint(at(b));
                          }});
    }
}

double Scene::halfWidthAt(double s) const
{
    // Seen from the side the torso is as thick as the chest; seen from the back or front as wide
    // as the shoulders and hips; in between, the larger.
    const double shoulders = length(at(Joint::RightShoulder) - at(Joint::LeftShoulder)) / 2 + 2;
    const double hips = length(at(Joint::RightHip) - at(Joint::LeftHip)) / 2 + 4;
    const double depth = waistDepth + (chestDepth - waistDepth) * s;
    const double width = hips + (shoulders - hips) * s * s;
    return std::max(depth, width);
}

QPainterPath Scene::torsoPath() const
{
    constexpr int samples = 24;
    std::vector<QPointF> left;
    std::vector<QPointF> right;
    for (int i = 0; i <= samples; ++i) {
        const double s = double(i) / samples;
        const QPointF c = m_camera.project(m_pose.spinePoint(s));
        const QPointF before = m_camera.project(m_pose.spinePoint(std::max(0.0, s - 0.02)));
        const QPointF after = m_camera.project(m_pose.spinePoint(std::min(1.0, s + 0.02)));
        QPointF tangent = unit(after - before);
        if (tangent.isNull())
            tangent = QPointF(0, 1);
        const QPointF normal = perpendicular(tangent);
        const double w = halfWidthAt(s);
        left.push_back(c + normal * w);
        right.push_back(c - normal * w);
    }
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    QPolygonF outline;
    for (const QPointF &p : left)
        outline << p;
    for (auto it = right.rbegin(); it != right.rend(); ++it)
        outline << *it;
    path.addPolygon(outline);
    path.closeSubpath();

    // Rounded ends: as deep as the body at the waist and the chest, as wide as the torso.
    const auto cap = [&](double s, double depth) {
        const QPointF c = m_camera.project(m_pose.spinePoint(s));
        const QPointF other = m_camera.project(m_pose.spinePoint(s > 0.5 ? s - 0.05 : s + 0.05));
        const double angle = qRadiansToDegrees(std::atan2(c.y() - other.y(), c.x() - other.x()));
        QTransform t;
        t.translate(c.x(), c.y());
        t.rotate(angle);
        QPainterPath ellipse;
        ellipse.addEllipse(QPointF(), depth, halfWidthAt(s));
        path.addPath(t.map(ellipse));
    };
    cap(0, waistDepth);
    cap(1, std::min(chestDepth, halfWidthAt(1)));
    return path;
}

void Scene::drawTorso()
{
    // The outline that parts the torso from what is behind it. Its corners are bevelled, not
    // rounded: on an outline this smooth the two look the same, and a round join at each of its
    // many corners made this one stroke half of the whole figure's drawing time.
    QPen outline = roundPen(m_colors.background, 2 * separation);
    outline.setJoinStyle(Qt::BevelJoin);
    m_painter.setPen(outline);
    m_painter.setBrush(m_colors.ink);
    const QPainterPath path = torsoPath().simplified();
    m_painter.drawPath(path);
    m_painter.setPen(Qt::NoPen);
    m_painter.drawPath(path);
    m_painter.setBrush(Qt::NoBrush);
}

void Scene::drawHighlight(bool behind)
{
    const double from = m_spec.highlightFrom;
    const double to = m_spec.highlightTo;
    QPainterPath band;
    double widest = 0;
    constexpr int samples = 20;
    const QPointF backOnPage = m_camera.project(m_pose.back()) - m_camera.project(Point3{});
    for (int i = 0; i <= samples; ++i) {
        const double s = from + (to - from) * i / samples;
        const double w = halfWidthAt(s);
        widest = std::max(widest, w);
        // Along the back's edge when seen from the side, down the middle when seen from behind.
        const QPointF p = m_camera.project(m_pose.spinePoint(s)) + backOnPage * (w * 0.42);
        if (i == 0)
            band.moveTo(p);
        else
            band.lineTo(p);
    }
    const double sideways = length(backOnPage); // 1 from the side, 0 from the back
    if (behind) {
        // The back faces away: a warm rim around that part of the torso says the work happens
        // behind it.
        QPainterPath reach;
        reach.moveTo(band.pointAtPercent(0));
        reach.lineTo(band.pointAtPercent(1));
        QPainterPathStroker stroker;
        stroker.setWidth(2 * widest + 30);
        stroker.setCapStyle(Qt::FlatCap);
        m_painter.save();
        m_painter.setClipPath(stroker.createStroke(reach), Qt::IntersectClip);
        m_painter.setPen(roundPen(m_colors.highlight, 2 * (separation + 2.6)));
        m_painter.drawPath(torsoPath().simplified());
        m_painter.restore();
        return;
    }
    m_painter.setPen(roundPen(m_colors.highlight, widest * (1.25 - 0.55 * sideways)));
    m_painter.drawPath(band);
}

void Scene::drawShoulderBlades()
{
    const QPointF neck = at(Joint::Neck);
    const QPointF down = unit(at(Joint::Pelvis) - neck);
    const double retraction = m_pose.retraction();
    m_painter.setPen(roundPen(m_colors.background, 1.8));
    m_painter.setBrush(Qt::NoBrush);
    for (const Joint shoulder : {Joint::LeftShoulder, Joint::RightShoulder}) {
        QPointF out = at(shoulder) - neck;
        out -= down * QPointF::dotProduct(out, down);
        const double reach = length(out);
        const QPointF lateral = unit(out);
        if (reach < 4)
            continue;
        // Medial border nearer the spine when the blades are squeezed together.
        const double medial = 9.5 - 5.0 * retraction;
        const double tilt = 2.0 - 2.5 * retraction;
        const QPointF top = neck + down * 6 + lateral * medial;
        const QPointF bottom = neck + down * 25 + lateral * (medial + tilt);
        const QPointF outer = neck + down * 7 + lateral * std::min(medial + 9, reach - 3);
        QPainterPath blade;
        blade.moveTo(top);
        blade.quadTo(neck + down * 17 + lateral * (medial - 1), bottom);
        blade.quadTo(neck + down * 15 + lateral * (medial + 8), outer);
        blade.quadTo(neck + down * 5 + lateral * (medial + 4), top);
        m_painter.drawPath(blade);
    }
}

void Scene::drawHead()
{
    const QPointF head = at(Joint::Head);
    const QPointF neck = at(Joint::Neck);
    const double r = IllustrationSpec::headRadius;
    // Neck: from the top of the spine toward the head.
    m_painter.setPen(roundPen(m_colors.ink, neckWidth));
    m_painter.drawLine(neck, head + unit(neck - head) * (r * 0.5));

    m_painter.setPen(roundPen(m_colors.background, separation));
    m_painter.setBrush(m_colors.ink);
    m_painter.drawEllipse(head, r, r);
    m_painter.setBrush(Qt::NoBrush);
}

void Scene::drawFloor()
{
    const QRectF frame = m_spec.frame();
    if (m_camera.pitch() > 0.5) {
        // Seen from above, the floor is a band: a mat under the figure.
        double minX = 1e9, maxX = -1e9, minZ = 1e9, maxZ = -1e9;
        for (const Joint joint : allJoints()) {
            const Point3 p = m_pose.point(joint);
            if (p.y > 12) // only what rests on the floor
                continue;
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minZ = std::min(minZ, p.z);
            maxZ = std::max(maxZ, p.z);
        }
        minX -= 14;
        maxX += 14;
        minZ -= 14;
        maxZ += 14;
        QPolygonF mat;
        mat << m_camera.project({minX, 0, minZ}) << m_camera.project({maxX, 0, minZ})
            << m_camera.project({maxX, 0, maxZ}) << m_camera.project({minX, 0, maxZ});
        QColor fill = m_colors.prop;
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(fill);
        m_painter.drawPolygon(mat);
        m_painter.setBrush(Qt::NoBrush);
        return;
    }
    m_painter.setPen(roundPen(m_colors.floor, floorWidth));
    m_painter.drawLine(QPointF(frame.left() + 4, -floorWidth / 2), QPointF(frame.right() - 4, -floorWidth / 2));
}

void Scene::drawWall(const QList<Point3> &points, double height, bool corner)
{
    const double figureNearness = m_camera.nearness(m_pose.point(Joint::Pelvis));
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const Point3 a{points[i].x, 0, points[i].z};
        const Point3 b{points[i + 1].x, 0, points[i + 1].z};
        const Point3 up{0, height, 0};
        QPolygonF quad;
        quad << m_camera.project(a) << m_camera.project(b) << m_camera.project(b + up) << m_camera.project(a + up);
        if (m_camera.nearness(Point3::lerp(a, b, 0.5)) > figureNearness + 5) {
            // A wall between the viewer and the figure is cut away: only where it stands is drawn.
            m_painter.setPen(QPen(m_colors.propLine, 1.0, Qt::DashLine, Qt::FlatCap));
            m_painter.drawLine(quad[0], quad[1]);
            continue;
        }
        const double across = length(quad[1] - quad[0]);
        if (across < 3) {
            // Edge on: the wall is a band seen from its side.
            m_painter.setPen(QPen(m_colors.prop, 6, Qt::SolidLine, Qt::FlatCap));
            const QPointF shift(3, 0);
            m_painter.drawLine(quad[0] - shift * 0.0, quad[3]);
            m_painter.setPen(QPen(m_colors.propLine, 1.2, Qt::SolidLine, Qt::FlatCap));
            m_painter.drawLine(quad[0], quad[3]);
            continue;
        }
        m_painter.setPen(QPen(m_colors.propLine, 1.0, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
        m_painter.setBrush(m_colors.prop);
        m_painter.drawPolygon(quad);
        m_painter.setBrush(Qt::NoBrush);
    }
    if (corner && points.size() == 3) {
        const Point3 c{points[1].x, 0, points[1].z};
        m_painter.setPen(QPen(m_colors.propLine, 1.8, Qt::SolidLine, Qt::FlatCap));
        m_painter.drawLine(m_camera.project(c), m_camera.project(c + Point3{0, height, 0}));
    }
}

void Scene::drawChair(const Point3 &seat)
{
    const auto p = [&](double dx, double dy) { return m_camera.project(seat + Point3{dx, dy, 0}); };
    const QColor color = m_colors.propLine;
    m_painter.setPen(QPen(color, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    m_painter.drawLine(p(19, -3), QPointF(p(19, -3).x(), 0)); // front leg
    m_painter.drawLine(p(-20, 46), QPointF(p(-20, 0).x(), 0)); // back leg and backrest post
    m_painter.setPen(QPen(color, 5, Qt::SolidLine, Qt::RoundCap));
    m_painter.drawLine(p(-22, -2.5), p(22, -2.5)); // seat
    m_painter.setPen(QPen(color, 6, Qt::SolidLine, Qt::RoundCap));
    m_painter.drawLine(p(-21, 24), p(-21, 43)); // backrest
}

void Scene::drawRoller(const Prop &prop)
{
    const Point3 axis = prop.axis.normalized() * (prop.length / 2);
    const QPointF a = m_camera.project(prop.from - axis);
    const QPointF b = m_camera.project(prop.from + axis);
    const double r = prop.radius;
    m_painter.setPen(QPen(m_colors.propLine, 1.4));
    m_painter.setBrush(m_colors.prop);
    if (length(b - a) < 1) {
        m_painter.drawEllipse(a, r, r);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawEllipse(a, r * 0.45, r * 0.45);
        return;
    }
    const QPointF n = perpendicular(unit(b - a)) * r;
    QPolygonF body;
    body << a + n << b + n << b - n << a - n;
    m_painter.drawPolygon(body);
    m_painter.setBrush(Qt::NoBrush);
}

void Scene::drawDumbbell(const Prop &prop)
{
    if (!prop.joint)
        return;
    const Point3 hand = m_pose.point(*prop.joint);
    const Point3 axis = prop.axis.normalized();
    const QPointF a = m_camera.project(hand - axis * 8);
    const QPointF b = m_camera.project(hand + axis * 8);
    const QPointF along = b - a;
    const double facing = std::abs(axis.dot(m_camera.towardViewer()));
    const double plate = 5.8;
    const double angle = qRadiansToDegrees(std::atan2(along.y(), along.x()));
    m_painter.setPen(roundPen(m_colors.propLine, 2.6));
    m_painter.drawLine(a, b);
    m_painter.setPen(QPen(m_colors.background, 0.8));
    m_painter.setBrush(m_colors.propLine);
    for (const QPointF &end : {a, b}) {
        m_painter.save();
        m_painter.translate(end);
        m_painter.rotate(angle);
        const double thin = std::max(2.4, plate * facing);
        m_painter.drawRoundedRect(QRectF(-thin / 2 - 0.6, -plate, thin + 1.2, 2 * plate), 1.2, 1.2);
        m_painter.restore();
    }
    m_painter.setBrush(Qt::NoBrush);
}

void Scene::drawBand(const Prop &prop)
{
    if (!prop.joint)
        return;
    const QPointF a = at(*prop.joint);
    const QPointF b = prop.toJoint ? at(*prop.toJoint) : m_camera.project(prop.to);
    m_painter.setPen(roundPen(m_colors.propLine, 2.0));
    m_painter.drawLine(a, b);
    if (!prop.toJoint) {
        m_painter.setBrush(m_colors.propLine);
        m_painter.drawEllipse(b, 2.2, 2.2);
        m_painter.setBrush(Qt::NoBrush);
    }
}

void Scene::drawBackProps()
{
    for (const Prop &prop : m_spec.props) {
        switch (prop.kind) {
        case Prop::Kind::Wall:
        case Prop::Kind::Corner:
            drawWall(prop.points, prop.height, prop.kind == Prop::Kind::Corner);
            break;
        case Prop::Kind::Chair:
            drawChair(prop.from);
            break;
        case Prop::Kind::Roller:
            drawRoller(prop);
            break;
        case Prop::Kind::Dumbbell:
        case Prop::Kind::Band:
            break;
        }
    }
}

void Scene::drawArrow(const MotionArrow &arrow)
{
    const QPointF from = m_camera.project(arrow.from);
    const QPointF to = m_camera.project(arrow.to);
    const QPointF control = (from + to) / 2 + perpendicular(unit(to - from)) * (2 * arrow.bend);
    const QPointF direction = unit(to - control);
    const QPointF side = perpendicular(direction);
    const double head = 6.0;
    const QPointF base = to - direction * head;
    QPainterPath shaft(from);
    shaft.quadTo(control, base + direction * 1.0);
    QPolygonF tip;
    tip << to << base + side * (head * 0.62) << base - side * (head * 0.62);

    m_painter.setPen(roundPen(m_colors.background, arrowWidth + 2 * separation));
    m_painter.drawPath(shaft);
    m_painter.setBrush(m_colors.background);
    m_painter.drawPolygon(tip);
    m_painter.setPen(roundPen(m_colors.arrow, arrowWidth));
    m_painter.drawPath(shaft);
    m_painter.setPen(roundPen(m_colors.arrow, 1.0));
    m_painter.setBrush(m_colors.arrow);
    m_painter.drawPolygon(tip);
    m_painter.setBrush(Qt::NoBrush);
}

void Scene::draw(const QList<MotionArrow> &arrows, double arrowOpacity)
{
    drawFloor();
    drawBackProps();

    // Which side is turned away from the viewer: its limbs are drawn lighter and thinner.
    const double leftNear = nearnessOf(Joint::LeftShoulder) + nearnessOf(Joint::LeftHip);
    const double rightNear = nearnessOf(Joint::RightShoulder) + nearnessOf(Joint::RightHip);
    const bool leftFar = leftNear < rightNear - 12;
    const bool rightFar = rightNear < leftNear - 12;

    std::vector<Layer> layers;
    const double torsoNearness = m_camera.nearness(m_pose.spinePoint(0.5));
    const bool haloBehind = backFacesAway();
    layers.push_back({torsoNearness, 0, [this, haloBehind] {
                          if (haloBehind)
                              drawHighlight(true);
                          drawTorso();
                          if (!haloBehind)
                              drawHighlight(false);
                          if (m_spec.shoulderBlades && backFacesViewer())
                              drawShoulderBlades();
                      }});
    layers.push_back({nearnessOf(Joint::Head), 1, [this] { drawHead(); }});
    drawLimb(layers, {Joint::LeftHip, Joint::LeftKnee, Joint::LeftAnkle, Joint::LeftToe}, legWidth, leftFar, 2);
    drawLimb(layers, {Joint::RightHip, Joint::RightKnee, Joint::RightAnkle, Joint::RightToe}, legWidth, rightFar, 2);
    drawLimb(layers, {Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftHand}, armWidth, leftFar, 3);
    drawLimb(layers, {Joint::RightShoulder, Joint::RightElbow, Joint::RightHand}, armWidth, rightFar, 3);
    for (const Prop &prop : m_spec.props) {
        if (prop.kind == Prop::Kind::Dumbbell && prop.joint)
            layers.push_back({nearnessOf(*prop.joint) + 1, 4, [this, prop] { drawDumbbell(prop); }});
        else if (prop.kind == Prop::Kind::Band && prop.joint)
            layers.push_back({nearnessOf(*prop.joint) + 1, 4, [this, prop] { drawBand(prop); }});
    }
    // Parts within a few centimetres of each other keep their natural order (body, head, limbs).
    std::stable_sort(layers.begin(), layers.end(), [](const Layer &a, const Layer &b) {
        if (std::abs(a.nearness - b.nearness) < 3)
            return a.order < b.order;
        return a.nearness < b.nearness;
    });
    for (const Layer &layer : layers)
        layer.draw();

    if (arrowOpacity > 0 && !arrows.isEmpty()) {
        m_painter.save();
        m_painter.setOpacity(m_painter.opacity() * std::clamp(arrowOpacity, 0.0, 1.0));
        for (const MotionArrow &arrow : arrows)
            drawArrow(arrow);
        m_painter.restore();
    }
}

} // namespace

FigurePainter::FigurePainter(FigureColors colors)
    : m_colors(std::move(colors))
{ }

double FigurePainter::aspectRatio(const IllustrationSpec &spec)
{
    const QRectF frame = spec.frame();
    return frame.height() > 0 ? frame.width() / frame.height() : 1.0;
}

void FigurePainter::paint(QPainter &painter, const QRectF &target, const IllustrationSpec &spec, const Pose &pose,
                          Side side, const QList<MotionArrow> &arrows, double arrowOpacity) const
{
    const QRectF frame = spec.frame();
    if (frame.isEmpty() || target.isEmpty())
        return;
    const double scale = std::min(target.width() / frame.width(), target.height() / frame.height());
    const double mirror = spec.mirroredFor(side) ? -1.0 : 1.0;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Centimetres with y up, the frame centred in the target; a mirror image for the other side.
    painter.translate(target.center());
    painter.scale(scale * mirror, -scale);
    painter.translate(-frame.center());
    painter.setClipRect(frame, Qt::IntersectClip);
    Scene(painter, m_colors, spec, pose).draw(arrows, arrowOpacity);
    painter.restore();
}

} // namespace Limber
