#include "WindowNotifier.h"

#include "gui/main/MainWindow.h"

#include <QMessageBox>
#include <QPushButton>

namespace Limber {

WindowNotifier::WindowNotifier(MainWindow &window, QObject *parent)
    : ReminderNotifier(parent)
    , m_window(window)
{ }

WindowNotifier::~WindowNotifier()
{
    withdraw();
}

void WindowNotifier::show(const ReminderNotice &notice)
{
    withdraw();
    m_window.bringForward();
    auto *box = new QMessageBox(QMessageBox::Information, notice.title, notice.body, QMessageBox::NoButton, &m_window);
    box->setObjectName(QStringLiteral("reminderMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    QPushButton *start = nullptr;
    if (notice.canStart)
        start = box->addButton(tr("&Start"), QMessageBox::AcceptRole);
    QPushButton *snooze = box->addButton(tr("S&nooze %n min", nullptr, snoozeMinutes), QMessageBox::ActionRole);
    QPushButton *close = box->addButton(QMessageBox::Close);
    box->setDefaultButton(start ? start : close);
    box->setEscapeButton(close);
    const Reminder reminder = notice.reminder;
    connect(box, &QMessageBox::buttonClicked, this, [this, reminder, start, snooze](QAbstractButton *button) {
        m_box = nullptr;
        if (start && button == start)
            Q_EMIT startRequested(reminder);
        else if (button == snooze)
            Q_EMIT snoozeRequested(reminder, snoozeMinutes);
        else
            Q_EMIT dismissed(reminder);
    });
    m_box = box;
    box->show();
    box->raise();
}

QMessageBox *WindowNotifier::message() const
{
    return m_box;
}

void WindowNotifier::withdraw()
{
    if (QMessageBox *box = m_box) {
        m_box = nullptr;
        box->close();
    }
}

} // namespace Limber
