#pragma once

#include <QtGlobal>

#include <memory>

class QAbstractItemModel;
class QAbstractItemModelTester;

namespace Limber {

// Qt's QAbstractItemModelTester on a model for as long as this lives, its findings turned into
// GoogleTest failures: it checks the model's structure at once and again on every change the
// model signals (rows or columns inserted, removed or moved, data changed, layout, reset). (Its
// QtTest mode reports only to a QtTest run, so it runs in Warning mode and the warnings it logs
// under qt.modeltest fail the test that is running.)
class ModelChecker final
{
public:
    explicit ModelChecker(QAbstractItemModel *model);
    ~ModelChecker();
    ModelChecker(const ModelChecker &) = delete;
    ModelChecker &operator=(const ModelChecker &) = delete;

    // How many findings so far (each already failed the test).
    [[nodiscard]] int failures() const { return m_failures; }

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);

    QtMessageHandler m_previousHandler = nullptr;
    ModelChecker *m_previousChecker = nullptr;
    int m_failures = 0;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace Limber
