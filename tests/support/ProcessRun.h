#pragma once

#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Limber {

// What a program run to its end said and returned.
struct ProcessRun {
    bool finished = false; // false: it did not end within the time given, and was killed
    int exitCode = -1; // -1 when it did not finish, -2 when it crashed
    QString out;
    QString err;
};

// Runs `program` with `arguments` and waits at most `timeoutMs` for it to end. Asserts nothing:
// the test says what it expects of the run.
[[nodiscard]] ProcessRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 60'000,
                                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

// This process's environment as a person or a script at a terminal with no display has it, for
// running the `limber` binary: no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM, no inherited
// LIMBER_DATA_DIR, an English locale (LANG=C.UTF-8 and no LANGUAGE, LC_ALL or LC_MESSAGES), then
// `extra` on top.
[[nodiscard]] QProcessEnvironment commandLineEnvironment(const QMap<QString, QString> &extra = {});

} // namespace Limber
