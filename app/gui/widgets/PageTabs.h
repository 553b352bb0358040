#pragma once

#include <QWidget>

#include <functional>
#include <vector>

class QStackedWidget;
class QTabBar;

namespace Limber {

// Pages under a row of tabs, as in QTabWidget in document mode, with two differences that make
// a window with heavy pages open sooner:
// - the tab bar and the pages sit in an ordinary layout, so the window lays its pages out once,
//   at its real size, before its first paint (QTabWidget sizes its pages only once it is shown,
//   so everything on the first page was laid out at a passing size first);
// - a page can be built the first time it is opened, or first asked for with page().
class PageTabs final : public QWidget
{
    Q_OBJECT

public:
    explicit PageTabs(QWidget *parent = nullptr);

    // Both return the new page's index; `label` may mark its Alt shortcut with '&'.
    int addPage(QWidget *page, const QString &label);
    int addPageOnFirstUse(std::function<QWidget *()> build, const QString &label);

    // The page, built now if it was waiting to be.
    QWidget *page(int index);
    [[nodiscard]] bool isBuilt(int index) const;
    [[nodiscard]] int indexOf(const QWidget *page) const;
    [[nodiscard]] int count() const;
    [[nodiscard]] QString tabText(int index) const;

    [[nodiscard]] int currentIndex() const;
    [[nodiscard]] QWidget *currentPage() const;
    void setCurrentIndex(int index);
    void setCurrentPage(QWidget *page);

protected:
    // Ctrl+Tab and Ctrl+Page Down open the next page, Ctrl+Shift+Tab and Ctrl+Page Up the one
    // before, as in any tabbed window.
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showPage(int index);

    QTabBar *m_bar;
    QStackedWidget *m_stack;
    // Per page: how to build it, until it is built.
    std::vector<std::function<QWidget *()>> m_builders;
};

} // namespace Limber
