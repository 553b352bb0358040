// WrappedLabel answers heights from memory: these tests check the answers stay those of a plain
// word-wrapped QLabel with the same text, whatever changed in between.
#include "gui/widgets/WrappedLabel.h"

#include <QLabel>

#include <gtest/gtest.h>

using Limber::WrappedLabel;

namespace {

const QString longText
    = QStringLiteral("<h3>Steps</h3><ol><li>Sit tall on the front of a chair with your feet flat.</li>"
                     "<li>Breathe in and lift your chest, letting the upper back arch gently.</li>"
                     "<li>Breathe out and round your back, drawing the shoulder blades apart.</li></ol>");

class WrappedLabelTest : public testing::Test
{
protected:
    WrappedLabelTest()
    {
        m_plain.setWordWrap(true);
        m_plain.setText(longText);
        m_wrapped.setText(longText);
    }

    // Four widths, each asked twice: the label remembers four, so after a change every answer
    // would come from memory if it were not measured again.
    void expectSameHeights(const char *when)
    {
        for (int width : {120, 300, 520, 900, 900, 520, 300, 120}) {
            EXPECT_EQ(m_wrapped.heightForWidth(width), m_plain.heightForWidth(width)) << when << ", width " << width;
        }
    }

    QLabel m_plain;
    WrappedLabel m_wrapped;
};

TEST_F(WrappedLabelTest, AnswersAsAPlainLabelAtEveryWidthAskedTwice)
{
    EXPECT_TRUE(m_wrapped.wordWrap());
    EXPECT_TRUE(m_wrapped.hasHeightForWidth());
    expectSameHeights("first");
    expectSameHeights("asked again");
    EXPECT_GT(m_wrapped.heightForWidth(120), m_wrapped.heightForWidth(900));
}

TEST_F(WrappedLabelTest, MoreWidthsThanItRemembersAreStillRight)
{
    for (int round = 0; round < 2; ++round) {
        for (int width = 80; width <= 1000; width += 40)
            EXPECT_EQ(m_wrapped.heightForWidth(width), m_plain.heightForWidth(width)) << "width " << width;
    }
}

TEST_F(WrappedLabelTest, NewTextIsMeasuredAgain)
{
    expectSameHeights("before");
    const int before = m_wrapped.heightForWidth(300);
    const QString shorter = QStringLiteral("Roll your shoulders.");
    m_plain.setText(shorter);
    m_wrapped.setText(shorter);
    expectSameHeights("after new text");
    EXPECT_LT(m_wrapped.heightForWidth(300), before);
}

TEST_F(WrappedLabelTest, ANewFontOrMarginsAreMeasuredAgain)
{
    expectSameHeights("before");
    QFont big = m_plain.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    m_plain.setFont(big);
    m_wrapped.setFont(big);
    expectSameHeights("after a bigger font");

    m_plain.setContentsMargins(40, 8, 40, 8);
    m_wrapped.setContentsMargins(40, 8, 40, 8);
    expectSameHeights("after wider margins");

    m_plain.setTextFormat(Qt::PlainText);
    m_wrapped.setTextFormat(Qt::PlainText);
    expectSameHeights("as plain text");
}

TEST_F(WrappedLabelTest, SizeHintsComeFromAReadingWidth)
{
    const QSize estimate = m_wrapped.sizeHint(); // nothing laid out yet: from the text's length
    EXPECT_GE(estimate.width(), m_wrapped.fontMetrics().averageCharWidth() * 60);
    EXPECT_GE(estimate.height(), m_wrapped.fontMetrics().lineSpacing() * 2);
    // Once that width is laid out, the hint takes its height from there.
    const int exact = m_wrapped.heightForWidth(estimate.width());
    EXPECT_EQ(exact, m_plain.heightForWidth(estimate.width()));
    const QSize hint = m_wrapped.sizeHint();
    EXPECT_EQ(hint, QSize(estimate.width(), exact));

    const QSize minimum = m_wrapped.minimumSizeHint();
    EXPECT_LT(minimum.width(), hint.width());
    EXPECT_GT(minimum.width(), 0);
    // At its minimum width the text still fits: taller, never cut off.
    EXPECT_GE(m_wrapped.heightForWidth(minimum.width()), hint.height());
}

} // namespace
