#pragma once

// Two ways to run `limber` in the command-line tests: in this process (CommandLine with string
// streams, as main() would run it) and as the real binary with no display.
#include "cli/CommandLine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace CliTest {

struct Outcome {
    int exitCode = -1;
    QString out;
    QString err;
};

// CommandLine in this process with the test's QCoreApplication; no translations are installed,
// so messages are the English source texts.
Outcome runInProcess(const QStringList &arguments, const Limber::CommandLine::SheetWriter &sheetWriter = {});

// The real binary (LIMBER_BINARY) with no display, LANG=C.UTF-8 and no inherited Limber
// settings, plus `extraEnvironment`.
Outcome runBinary(const QStringList &arguments, const QMap<QString, QString> &extraEnvironment = {});

// A data folder and a work folder of the test's own, and the golden shared routine.
class FoldersTest : public testing::Test
{
protected:
    QString storePath() const { return m_data.filePath(QStringLiteral("routines.json")); }

    QTemporaryDir m_data;
    QTemporaryDir m_work;
    const QString m_golden = QStringLiteral(LIMBER_TEST_DATA_DIR "/golden/my-desk-break.limber.json");
};

QJsonObject json(const Outcome &run);
QByteArray readAll(const QString &path);
void write(const QString &path, const QByteArray &bytes);

} // namespace CliTest
