#pragma once

#include <QWidget>

class QPushButton;

namespace Limber {

// Shown once, before a person's first session: the reasons to see a professional before
// starting, and when to stop. Limber's general advice (core/model/SafetyAdvice), never a diagnosis.
class BeforeYouStartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BeforeYouStartPage(QWidget *parent = nullptr);

    // The page's words as one rich text, for the Help menu's copy of it too.
    [[nodiscard]] static QString html();

Q_SIGNALS:
    // "Continue": the person has read it and goes on to the session.
    void accepted();
    // "Not Now": the session is not started.
    void declined();

private:
    QPushButton *m_continue;
};

} // namespace Limber
