#include "PageTabs.h"

#include <QKeyEvent>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

#include <utility>

namespace Limber {

PageTabs::PageTabs(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QTabBar)
    , m_stack(new QStackedWidget)
{
    m_bar->setObjectName(QStringLiteral("pageTabBar"));
    m_bar->setDocumentMode(true);
    m_bar->setDrawBase(true);
    m_bar->setExpanding(false);
    m_bar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack, 1);

    connect(m_bar, &QTabBar::currentChanged, this, &PageTabs::showPage);
}

int PageTabs::addPage(QWidget *page, const QString &label)
{
    const int index = m_stack->addWidget(page);
    m_builders.emplace_back();
    m_bar->addTab(label); // the first tab becomes current, and showPage() shows its page
    return index;
}

int PageTabs::addPageOnFirstUse(std::function<QWidget *()> build, const QString &label)
{
    // Until it is built, an empty page holds its place.
    const int index = m_stack->addWidget(new QWidget);
    m_builders.push_back(std::move(build));
    m_bar->addTab(label);
    return index;
}

QWidget *PageTabs::page(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    if (std::function<QWidget *()> build = std::exchange(m_builders[std::size_t(index)], nullptr)) {
        QWidget *placeholder = m_stack->widget(index);
        QWidget *built = build();
        m_stack->insertWidget(index, built);
        if (m_stack->currentWidget() == placeholder)
            m_stack->setCurrentWidget(built);
        m_stack->removeWidget(placeholder);
        delete placeholder;
    }
    return m_stack->widget(index);
}

bool PageTabs::isBuilt(int index) const
{
    return index >= 0 && index < count() && !m_builders[std::size_t(index)];
}

int PageTabs::indexOf(const QWidget *page) const
{
    return page ? m_stack->indexOf(const_cast<QWidget *>(page)) : -1;
}

int PageTabs::count() const
{
    return m_bar->count();
}

QString PageTabs::tabText(int index) const
{
    return m_bar->tabText(index);
}

int PageTabs::currentIndex() const
{
    return m_bar->currentIndex();
}

QWidget *PageTabs::currentPage() const
{
    return m_stack->currentWidget();
}

void PageTabs::setCurrentIndex(int index)
{
    m_bar->setCurrentIndex(index);
}

void PageTabs::setCurrentPage(QWidget *page)
{
    if (const int index = indexOf(page); index >= 0)
        setCurrentIndex(index);
}

void PageTabs::showPage(int index)
{
    if (index < 0 || index >= count())
        return;
    m_stack->setCurrentWidget(page(index));
}

void PageTabs::keyPressEvent(QKeyEvent *event)
{
    int step = 0;
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Tab:
            step = event->modifiers() & Qt::ShiftModifier ? -1 : 1;
            break;
        case Qt::Key_Backtab:
        case Qt::Key_PageUp:
            step = -1;
            break;
        case Qt::Key_PageDown:
            step = 1;
            break;
        default:
            break;
        }
    }
    if (step == 0 || count() < 2) {
        QWidget::keyPressEvent(event);
        return;
    }
    int index = currentIndex();
    // Skip tabs that are switched off, as QTabWidget does.
    for (int tries = 0; tries < count(); ++tries) {
        index = (index + step + count()) % count();
        if (m_bar->isTabEnabled(index))
            break;
    }
    setCurrentIndex(index);
    event->accept();
}

} // namespace Limber
