#pragma once

#include <QTextEdit>

namespace Limber {

// A routine's description, edited where it is shown: plain text in one paragraph that wraps and
// grows to show all of it (up to a few lines, then it scrolls), at most `maxLength` characters.
// Enter, or leaving the field, finishes the edit, as in a one-line field; Tab moves on.
class DescriptionEdit final : public QTextEdit
{
    Q_OBJECT

public:
    explicit DescriptionEdit(int maxLength, QWidget *parent = nullptr);

    // The text in one paragraph (line breaks pasted in are spaces).
    [[nodiscard]] QString text() const;
    // Leaves the field, its cursor and its own undo alone when the text is the same.
    void setText(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void editingFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void keepWithinLimit();
    void fitHeight();
    [[nodiscard]] int heightForLines(int lines) const;

    int m_maxLength;
};

} // namespace Limber
