#include "CliRun.h"

#include "ProcessRun.h"
#include "TestFiles.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace CliTest {

Outcome runInProcess(const QStringList &arguments, const Limber::CommandLine::SheetWriter &sheetWriter)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    Limber::CommandLine commandLine(out, err);
    commandLine.setSheetWriter(sheetWriter);
    outcome.exitCode = commandLine.run(arguments);
    out.flush();
    err.flush();
    return outcome;
}

Outcome runBinary(const QStringList &arguments, const QMap<QString, QString> &extraEnvironment)
{
    const Limber::ProcessRun run = Limber::runProcess(QStringLiteral(LIMBER_BINARY), arguments, 60000,
                                                      Limber::commandLineEnvironment(extraEnvironment));
    EXPECT_TRUE(run.finished) << "limber did not finish";
    return {run.exitCode, run.out, run.err};
}

QJsonObject json(const Outcome &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.toStdString();
    return document.object();
}

QByteArray readAll(const QString &path)
{
    return Limber::fileBytes(path);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace CliTest
