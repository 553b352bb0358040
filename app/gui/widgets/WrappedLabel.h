#pragma once

#include <QLabel>
#include <QMargins>
#include <QVarLengthArray>

namespace Limber {

// A word-wrapped label for text that fills the width of a column, as in the exercise details.
//
// QLabel lays its text out anew each time a layout asks how tall it is at some width, and its
// size hints lay it out at three more widths (80 characters, one line, one word a line). While a
// window takes its size the layouts ask about the same few widths again and again: laying out the
// exercise details' text was half of all the work Limber did before its first picture. This
// label keeps its height for the last few widths it was asked about, until its text, font or
// margins change. Its size hint is a reading width (80 characters) with a height estimated from
// the text's length, or taken from a width already laid out: heightForWidth() is exact.
//
// Its minimum width is about 16 characters rather than its longest word; a narrower column gets a
// horizontal scroll bar from the scroll area the label sits in, as before.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the remembered heights were measured for; when any of it differs they are forgotten.
    struct Measured {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        QMargins margins;
        int margin = 0;
        int indent = -1;
        bool operator==(const Measured &other) const = default;
    };
    struct Height {
        int width;
        int height;
    };

    Measured measuredNow() const;
    // Contents margins and margin, across and down.
    int horizontalExtra() const;
    int verticalExtra() const;

    mutable Measured m_measured;
    mutable QVarLengthArray<Height, 4> m_heights;
};

} // namespace Limber
