#include "DescriptionEdit.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace Limber {

namespace {

constexpr int minimumLines = 2;
constexpr int maximumLines = 6;

QString oneParagraph(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

DescriptionEdit::DescriptionEdit(int maxLength, QWidget *parent)
    : QTextEdit(parent)
    , m_maxLength(maxLength)
{
    setAcceptRichText(false);
    setTabChangesFocus(true);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(this, &QTextEdit::textChanged, this, [this] {
        keepWithinLimit();
        fitHeight();
    });
    fitHeight();
}

QString DescriptionEdit::text() const
{
    return oneParagraph(toPlainText());
}

void DescriptionEdit::setText(const QString &text)
{
    if (text != this->text())
        setPlainText(text);
}

int DescriptionEdit::heightForLines(int lines) const
{
    return int(std::ceil(lines * fontMetrics().lineSpacing() + 2 * document()->documentMargin())) + 2 * frameWidth();
}

QSize DescriptionEdit::sizeHint() const
{
    return {QTextEdit::sizeHint().width(), height()};
}

QSize DescriptionEdit::minimumSizeHint() const
{
    return {QTextEdit::minimumSizeHint().width(), heightForLines(minimumLines)};
}

void DescriptionEdit::fitHeight()
{
    // The document is laid out at the viewport's width: its height is what the text needs.
    const int needed = int(std::ceil(document()->size().height())) + 2 * frameWidth();
    const int height = std::clamp(needed, heightForLines(minimumLines), heightForLines(maximumLines));
    if (height != this->height()) {
        setFixedHeight(height);
        updateGeometry();
    }
}

void DescriptionEdit::keepWithinLimit()
{
    if (document()->characterCount() - 1 <= m_maxLength)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(m_maxLength);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

void DescriptionEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        Q_EMIT editingFinished();
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void DescriptionEdit::focusOutEvent(QFocusEvent *event)
{
    QTextEdit::focusOutEvent(event);
    Q_EMIT editingFinished();
}

void DescriptionEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitHeight();
}

void DescriptionEdit::insertFromMimeData(const QMimeData *source)
{
    if (source && source->hasText())
        insertPlainText(oneParagraph(source->text()));
}

} // namespace Limber
