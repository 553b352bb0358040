#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

class QAbstractSpinBox;
class QKeyEvent;
class QLineEdit;
class QTextEdit;
class QUndoStack;

namespace Limber {

// Undo and redo where the cursor is, in the routine editor's fields: Ctrl+Z first undoes the
// field's own typing, and with none left the routine's last change (the undo stack's); Ctrl+Shift+Z
// and Ctrl+Y redo the same way. Qt's text fields claim the undo keys for themselves even when they
// have nothing to undo, so the Edit menu's shortcut never came while one had the cursor: here a
// watched field keeps the keys and passes them on itself. A number field's typing is already a
// change of the routine, so there the keys always go to the routine. A read-only field is left
// alone (it claims no keys, and the Edit menu's shortcut works).
class FieldUndo final : public QObject
{
    Q_OBJECT

public:
    explicit FieldUndo(QUndoStack &stack, QObject *parent = nullptr);

    void watch(QLineEdit *field);
    void watch(QTextEdit *field);
    void watch(QAbstractSpinBox *field);

    // The keys that redo: the platform's, and Ctrl+Y everywhere.
    static QList<QKeySequence> redoKeys();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool isRedo(const QKeyEvent *event);
    // Whether the field has typing of its own to undo (or redo), and undoing (redoing) it.
    static bool canStepOwn(const QObject *field, bool redo);
    static void stepOwn(QObject *field, bool redo);
    static bool isReadOnly(const QObject *field);

    QUndoStack &m_stack;
};

} // namespace Limber
