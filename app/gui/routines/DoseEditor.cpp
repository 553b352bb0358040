#include "DoseEditor.h"

#include "model/DoseText.h"
#include "model/Exercise.h"
#include "model/Limits.h"

#include <QGridLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

namespace Limber {

namespace {

QString rangeHint(const Range &range, const QString &unit)
{
    if (!range.isValid())
        return {};
    if (!range.fromArticle)
        return DoseEditor::tr("Limber's choice");
    if (range.isSingle())
        return DoseEditor::tr("Article: %1%2").arg(range.min).arg(unit);
    return DoseEditor::tr("Article: %1–%2%3").arg(range.min).arg(range.max).arg(unit);
}

} // namespace

DoseEditor::DoseEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("doseEditorTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    grid->addWidget(m_title, 0, 0, 1, 4);

    const std::array<QString, FieldCount> labels{tr("&Reps or times:"),   tr("&Hold:"),
                                                 tr("&Duration:"),        tr("S&ets:"),
                                                 tr("Re&lease between:"), tr("Rest between se&ts:")};
    for (int field = 0; field < FieldCount; ++field) {
        Row &row = m_rows[field];
        row.label = new QLabel(labels[field]);
        row.spin = new QSpinBox;
        row.spin->setObjectName(fieldId(Field(field)) + QStringLiteral("Spin"));
        row.label->setBuddy(row.spin);
        row.hint = new QLabel;
        row.hint->setForegroundRole(QPalette::PlaceholderText);
        row.reset = new QToolButton;
        row.reset->setObjectName(fieldId(Field(field)) + QStringLiteral("Reset"));
        row.reset->setText(tr("Use level"));
        row.reset->setToolTip(tr("Go back to the number the level chooses."));
        row.reset->setAutoRaise(true);

        switch (Field(field)) {
        case Reps:
            row.spin->setRange(Limits::minReps, Limits::maxReps);
            break;
        case Hold:
        case Duration:
            row.spin->setRange(Limits::minSeconds, Limits::maxSeconds);
            row.spin->setSuffix(tr(" s"));
            break;
        case Sets:
            row.spin->setRange(Limits::minSets, Limits::maxSets);
            break;
        case Release:
        case SetRest:
            row.spin->setRange(0, Limits::maxRestSeconds);
            row.spin->setSuffix(tr(" s"));
            break;
        case FieldCount:
            break;
        }
        row.spin->setAccelerated(true);
        grid->addWidget(row.label, field + 1, 0);
        grid->addWidget(row.spin, field + 1, 1);
        grid->addWidget(row.hint, field + 1, 2);
        grid->addWidget(row.reset, field + 1, 3);

        connect(row.spin, &QSpinBox::valueChanged, this, [this, field](int value) {
            if (!m_updating)
                onEdited(Field(field), value);
        });
        connect(row.reset, &QToolButton::clicked, this, [this, field] { onEdited(Field(field), std::nullopt); });
    }
    // Tab goes from number to number, and then to the "Use level" buttons: an edit enables its
    // button, which must not come between that number and the next.
    QWidget *previous = m_rows[0].spin;
    for (int field = 1; field < FieldCount; ++field) {
        setTabOrder(previous, m_rows[field].spin);
        previous = m_rows[field].spin;
    }
    for (const Row &row : m_rows) {
        setTabOrder(previous, row.reset);
        previous = row.reset;
    }
    grid->setColumnStretch(2, 1);
    setItem(nullptr, {}, Level::Standard, false);
}

QString DoseEditor::fieldId(Field field)
{
    static const std::array<QString, FieldCount> ids{QStringLiteral("reps"),     QStringLiteral("hold"),
                                                     QStringLiteral("duration"), QStringLiteral("sets"),
                                                     QStringLiteral("release"),  QStringLiteral("setRest")};
    return ids[field];
}

std::optional<int> &DoseEditor::slot(DoseOverride &override, Field field)
{
    switch (field) {
    case Reps:
        return override.reps;
    case Hold:
        return override.holdSeconds;
    case Duration:
        return override.durationSeconds;
    case Sets:
        return override.sets;
    case Release:
        return override.releaseSeconds;
    case SetRest:
    case FieldCount:
        break;
    }
    return override.restBetweenSetsSeconds;
}

int DoseEditor::levelValue(const ConcreteDose &dose, Field field)
{
    switch (field) {
    case Reps:
        return dose.reps;
    case Hold:
        return dose.holdSeconds;
    case Duration:
        return dose.durationSeconds;
    case Sets:
        return dose.sets;
    case Release:
        return dose.releaseSeconds;
    case SetRest:
    case FieldCount:
        break;
    }
    return dose.restBetweenSetsSeconds;
}

void DoseEditor::setItem(const Exercise *exercise, const RoutineItem &item, Level level, bool editable)
{
    m_exercise = exercise;
    m_item = item;
    m_level = level;
    m_updating = true;
    if (!exercise)
        m_title->setText(tr("Choose an exercise in the list"));
    else
        m_title->setText(editable ? tr("%1: your numbers").arg(exercise->name) : exercise->name);

    const ConcreteDose levelDose = exercise ? ConcreteDose::resolve(exercise->dose, level) : ConcreteDose();
    const ConcreteDose played = exercise ? ConcreteDose::resolve(exercise->dose, level, item.override) : ConcreteDose();
    const DosePattern pattern = exercise ? exercise->dose.pattern : DosePattern::Hold;
    const bool holds = pattern == DosePattern::Hold || pattern == DosePattern::SqueezeReps;
    const std::array<bool, FieldCount> shown{
        exercise && pattern != DosePattern::Timed,
        exercise && holds,
        exercise && pattern == DosePattern::Timed,
        exercise != nullptr,
        exercise && holds,
        exercise && played.sets > 1,
    };
    for (int field = 0; field < FieldCount; ++field) {
        Row &row = m_rows[field];
        for (QWidget *widget : std::initializer_list<QWidget *>{row.label, row.spin, row.hint, row.reset})
            widget->setVisible(shown[field]);
        if (!shown[field])
            continue;
        DoseOverride copy = item.override;
        const bool own = slot(copy, Field(field)).has_value();
        row.spin->setValue(levelValue(played, Field(field)));
        row.spin->setEnabled(editable);
        row.reset->setEnabled(editable && own);
        QFont font = row.spin->font();
        font.setBold(own);
        row.spin->setFont(font);
        row.spin->setToolTip(
            own ? tr("Your own number (the level would choose %1).").arg(levelValue(levelDose, Field(field)))
                : tr("Chosen by the level."));
    }
    if (exercise) {
        const Dose &dose = exercise->dose;
        m_rows[Reps].hint->setText(rangeHint(dose.reps, {}));
        m_rows[Hold].hint->setText(rangeHint(dose.holdSeconds, tr(" s")));
        m_rows[Duration].hint->setText(rangeHint(dose.durationSeconds, tr(" s")));
        m_rows[Sets].hint->clear();
        m_rows[Release].hint->setText(tr("Limber's choice"));
        m_rows[SetRest].hint->setText(tr("Limber's choice"));
    }
    m_updating = false;
}

void DoseEditor::onEdited(Field field, std::optional<int> value)
{
    if (!m_exercise)
        return;
    DoseOverride override = m_item.override;
    slot(override, field) = value;
    // Typing into one field is one undo step; going back to the level's number is its own.
    Q_EMIT overrideChanged(override, value ? fieldId(field) : QString());
}

} // namespace Limber
