#include "FieldUndo.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTextEdit>
#include <QUndoStack>

namespace Limber {

FieldUndo::FieldUndo(QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{ }

void FieldUndo::watch(QLineEdit *field)
{
    field->installEventFilter(this);
}

void FieldUndo::watch(QTextEdit *field)
{
    field->installEventFilter(this);
}

void FieldUndo::watch(QAbstractSpinBox *field)
{
    // The spin box has the focus (its line edit is only inside it) and gets the keys first.
    field->installEventFilter(this);
}

QList<QKeySequence> FieldUndo::redoKeys()
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &more :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!keys.contains(more))
            keys.append(more);
    }
    return keys;
}

bool FieldUndo::isRedo(const QKeyEvent *event)
{
    const QKeySequence pressed(event->keyCombination());
    return event->matches(QKeySequence::Redo) || redoKeys().contains(pressed);
}

bool FieldUndo::isReadOnly(const QObject *field)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return line->isReadOnly();
    if (const auto *text = qobject_cast<const QTextEdit *>(field))
        return text->isReadOnly();
    if (const auto *spin = qobject_cast<const QAbstractSpinBox *>(field))
        return spin->isReadOnly() || !spin->isEnabled();
    return true;
}

bool FieldUndo::canStepOwn(const QObject *field, bool redo)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(field))
        return redo ? line->isRedoAvailable() : line->isUndoAvailable();
    if (const auto *text = qobject_cast<const QTextEdit *>(field))
        return redo ? text->document()->isRedoAvailable() : text->document()->isUndoAvailable();
    return false; // a number field: its typing is the routine's change already
}

void FieldUndo::stepOwn(QObject *field, bool redo)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        redo ? line->redo() : line->undo();
    else if (auto *text = qobject_cast<QTextEdit *>(field))
        redo ? text->redo() : text->undo();
}

bool FieldUndo::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = !undo && isRedo(key);
    if ((!undo && !redo) || isReadOnly(watched))
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        // The keys are the field's, not the Edit menu's: they come back here as a key press.
        key->accept();
        return true;
    }
    if (canStepOwn(watched, redo))
        stepOwn(watched, redo);
    else if (redo)
        m_stack.redo();
    else
        m_stack.undo();
    return true;
}

} // namespace Limber
