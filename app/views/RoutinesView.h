#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Limber {

class RoutineStore;
struct FileError;
struct Routine;

// The routines: built-in and the user's own, each with its exercises, concrete doses and total
// time at the chosen level. Copy, rename, delete, import and export act on the store.
class RoutinesView final : public QWidget
{
    Q_OBJECT

public:
    explicit RoutinesView(RoutineStore &store, QWidget *parent = nullptr);

    [[nodiscard]] QString currentRoutineId() const;
    void selectRoutine(const QString &id);

    void copyCurrent();
    void renameCurrent();
    void deleteCurrent();
    void importRoutine();
    void exportCurrent();

Q_SIGNALS:
    void exerciseActivated(const QString &exerciseId);

private:
    void reload();
    void showCurrent();
    void showError(const QString &title, const FileError &error);
    [[nodiscard]] const Routine *current() const;

    RoutineStore &m_store;
    QString m_shownId;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_description;
    QComboBox *m_level;
    QTableWidget *m_items;
    QLabel *m_total;
    QPushButton *m_copy;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_export;
};

} // namespace Limber
