#include "ModelChecker.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

#include <cstdio>

namespace Limber {

namespace {

ModelChecker *currentChecker = nullptr;

} // namespace

ModelChecker::ModelChecker(QAbstractItemModel *model)
    : m_previousHandler(qInstallMessageHandler(&ModelChecker::handleMessage))
    , m_previousChecker(currentChecker)
{
    currentChecker = this;
    // After the handler is in place: the tester checks the model as it is built.
    m_tester
        = std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Warning);
}

ModelChecker::~ModelChecker()
{
    m_tester.reset();
    currentChecker = m_previousChecker;
    qInstallMessageHandler(m_previousHandler);
}

void ModelChecker::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    ModelChecker *checker = currentChecker;
    if (checker && (type == QtWarningMsg || type == QtCriticalMsg) && qstrcmp(context.category, "qt.modeltest") == 0) {
        ++checker->m_failures;
        ADD_FAILURE() << "QAbstractItemModelTester: " << message.toStdString();
        return;
    }
    if (checker && checker->m_previousHandler)
        checker->m_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace Limber
