#include "ExerciseDetailView.h"

#include "gui/widgets/FigureView.h"
#include "gui/widgets/WrappedLabel.h"
#include "model/ConcreteDose.h"
#include "model/DoseText.h"
#include "model/Exercise.h"
#include "model/ExerciseFacts.h"
#include "model/SafetyAdvice.h"
#include "model/StepText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Limber {

namespace {

QString section(const QString &heading)
{
    return QStringLiteral("<h3>%1</h3>").arg(heading.toHtmlEscaped());
}

// The column inside the scroll area. Its size hint is the sum of its parts' hints: a QWidget with
// a layout would also ask every label its height at the hint's width, a width the column never has
// (the scroll area sizes it to its viewport), and each label would lay its text out once more.
class Column final : public QWidget
{
public:
    QSize sizeHint() const override { return layout() ? layout()->sizeHint() : QWidget::sizeHint(); }
};

} // namespace

ExerciseDetailView::ExerciseDetailView(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new Column;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(12);
    setWidget(content);

    m_empty = addLabel(QStringLiteral("emptyLabel"), Qt::PlainText);
    m_empty->setText(tr("Choose an exercise to see how to do it."));
    m_empty->setAlignment(Qt::AlignCenter);

    m_title = addLabel(QStringLiteral("titleLabel"), Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_facts = addLabel(QStringLiteral("factsLabel"), Qt::PlainText);

    // Try it now, at one of the levels the dose below lists.
    m_actions = new QWidget(content);
    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("exerciseLevel"));
    for (Level level : allLevels)
        m_level->addItem(levelLabel(level), levelId(level));
    m_level->setCurrentIndex(m_level->findData(levelId(Level::Standard)));
    m_level->setToolTip(tr("Gentle uses the low end of the article's ranges, Full the high end."));
    auto *levelCaption = new QLabel(tr("&Level:"));
    levelCaption->setBuddy(m_level);
    m_start = new QPushButton(tr("▶ Start &This Exercise"));
    m_start->setObjectName(QStringLiteral("startExerciseButton"));
    m_start->setToolTip(tr("A guided session of this exercise alone, at the chosen level."));
    actions->addWidget(levelCaption);
    actions->addWidget(m_level);
    actions->addWidget(m_start);
    m_addToRoutine = new QPushButton(tr("&Add to Routine…"));
    m_addToRoutine->setObjectName(QStringLiteral("addToRoutineButton"));
    m_addToRoutine->setToolTip(tr("Add this exercise to one of your routines, or to a new one. Built-in routines "
                                  "cannot be changed: copy one in Routines to change it."));
    m_addMenu = new QMenu(m_addToRoutine);
    m_addMenu->setObjectName(QStringLiteral("addToRoutineMenu"));
    m_addToRoutine->setMenu(m_addMenu);
    connect(m_addMenu, &QMenu::aboutToShow, this, &ExerciseDetailView::fillAddMenu);
    actions->addWidget(m_addToRoutine);
    actions->addStretch(1);
    layout->addWidget(m_actions);
    m_note = addLabel(QStringLiteral("actionNote"), Qt::PlainText);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ExerciseDetailView::showSteps);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (!m_exerciseId.isEmpty())
            Q_EMIT startRequested(m_exerciseId, chosenLevel());
    });

    m_illustration = new FigureView(content);
    m_illustration->setObjectName(QStringLiteral("illustration"));
    // Big enough to read from a step away, small enough to leave the steps in view.
    m_illustration->setMaximumHeight(340);
    layout->addWidget(m_illustration);

    m_summary = addLabel(QStringLiteral("summaryLabel"), Qt::PlainText);
    m_dose = addLabel(QStringLiteral("doseLabel"));
    m_steps = addLabel(QStringLiteral("stepsLabel"));
    m_safety = addLabel(QStringLiteral("safetyLabel"));
    m_safety->setFrameShape(QFrame::StyledPanel);
    m_safety->setContentsMargins(12, 8, 12, 8);
    layout->addStretch(1);

    showExercise(nullptr);
}

QLabel *ExerciseDetailView::addLabel(const QString &objectName, Qt::TextFormat format)
{
    auto *label = new WrappedLabel(widget());
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(format);
    widget()->layout()->addWidget(label);
    return label;
}

void ExerciseDetailView::setRoutineChoices(const QList<RoutineChoice> &choices)
{
    m_choices = choices;
}

void ExerciseDetailView::fillAddMenu()
{
    m_addMenu->clear();
    const QString exerciseId = m_exerciseId;
    for (const RoutineChoice &choice : m_choices) {
        QString text = choice.name;
        QAction *action = m_addMenu->addAction(
            text.replace(QLatin1Char('&'), QStringLiteral("&&")), this,
            [this, exerciseId, id = choice.id] { Q_EMIT addToRoutineRequested(exerciseId, id); });
        action->setData(choice.id);
        action->setEnabled(choice.canAdd);
    }
    if (m_choices.isEmpty())
        m_addMenu->addAction(tr("You have no routines of your own yet"))->setEnabled(false);
    m_addMenu->addSeparator();
    QAction *newRoutine = m_addMenu->addAction(
        tr("&New Routine"), this, [this, exerciseId] { Q_EMIT addToRoutineRequested(exerciseId, QString()); });
    newRoutine->setObjectName(QStringLiteral("addToNewRoutine"));
    m_addMenu->addAction(tr("Built-in routines cannot be changed"))->setEnabled(false);
}

void ExerciseDetailView::showNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

Level ExerciseDetailView::chosenLevel() const
{
    return levelFromId(m_level->currentData().toString()).value_or(Level::Standard);
}

void ExerciseDetailView::showExercise(const Exercise *exercise)
{
    const bool has = exercise != nullptr;
    m_exerciseId = has ? exercise->id : QString();
    m_exercise = exercise;
    showNote({});
    m_empty->setVisible(!has);
    for (QWidget *part : std::initializer_list<QWidget *>{m_title, m_facts, m_actions, m_illustration, m_summary,
                                                          m_dose, m_steps, m_safety})
        part->setVisible(has);
    if (!has)
        return;

    m_title->setText(exercise->name);

    m_facts->setText(ExerciseFacts::detailed(*exercise));

    // The figure moves between its key positions, as the exercise does.
    m_illustration->setExercise(exercise->id);
    m_illustration->setAnimating(true);
    m_illustration->setAccessibleName(tr("Illustration of %1").arg(exercise->name));

    m_summary->setText(exercise->summary);

    QString dose = section(tr("How much"))
        + QStringLiteral("<p>%1</p><table cellspacing=\"4\">")
              .arg(tr("The article says: %1.").arg(DoseText::describeRange(exercise->dose)).toHtmlEscaped());
    for (Level level : allLevels) {
        dose += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(levelLabel(level).toHtmlEscaped(),
                         DoseText::describe(ConcreteDose::resolve(exercise->dose, level)).toHtmlEscaped());
    }
    dose += QStringLiteral("</table>");
    QStringList notes;
    for (const Range *range : {&exercise->dose.reps, &exercise->dose.holdSeconds, &exercise->dose.durationSeconds}) {
        if (!range->fromArticle && !range->note.isEmpty())
            notes.append(range->note.toHtmlEscaped());
    }
    if (!exercise->dose.tempo.isEmpty())
        notes.append(tr("The pace of each rep is Limber's suggestion; the article does not give one.").toHtmlEscaped());
    if (!notes.isEmpty())
        dose += QStringLiteral("<p><i>%1</i></p>").arg(notes.join(QStringLiteral("<br>")));
    m_dose->setText(dose);

    showSteps();

    m_safety->setText(QStringLiteral("<p><b>%1</b> %2</p><p><i>%3</i></p>")
                          .arg(tr("Take care:").toHtmlEscaped(), exercise->safety.toHtmlEscaped(),
                               SafetyAdvice::stopIf().toHtmlEscaped()));
    verticalScrollBar()->setValue(0);
}

void ExerciseDetailView::showSteps()
{
    if (!m_exercise)
        return;
    const Level level = chosenLevel();
    QString steps = section(tr("Steps at the %1 level").arg(levelLabel(level))) + QStringLiteral("<ol>");
    for (const QString &step : StepText::forDose(*m_exercise, ConcreteDose::resolve(m_exercise->dose, level)))
        steps += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    m_steps->setText(steps + QStringLiteral("</ol>"));
}

} // namespace Limber
