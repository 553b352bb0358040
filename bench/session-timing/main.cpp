// limber-session-timing: plays a real 60-second session against the steady clock and reports
// how late each boundary (step start or cue) was reported, and the end drift.
//
// Two engines play the same session side by side in one event loop:
//  - "display 10 Hz": one repeating Qt::PreciseTimer at 100 ms calls update(), as a view would,
//    started --display-phase-ms (37) after the session so its ticks are off the boundaries' grid;
//  - "display + deadline": the same, plus a single-shot Qt::PreciseTimer armed for the engine's
//    nextDueAtMs(), so a boundary is reported when it is due rather than at the next frame.
// End drift is the engine's own end time minus (start + planned length): zero by construction.
#include "model/Routine.h"
#include "session/SessionEngine.h"
#include "session/SteadyClock.h"
#include "session/TimelineBuilder.h"
#include "storage/CatalogFormat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace Limber;

namespace {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// 5 s get ready, 18 s of squeezes, 5 s rest, 15 s of rows, 5 s rest, 12 s posture check = 60 s.
Routine minuteRoutine()
{
    Routine routine;
    routine.id = QStringLiteral("timing");
    routine.name = QStringLiteral("Timing");
    routine.restBetweenSeconds = 5;
    DoseOverride squeezes;
    squeezes.reps = 4;
    squeezes.holdSeconds = 3;
    squeezes.releaseSeconds = 2;
    DoseOverride rows;
    rows.reps = 3;
    DoseOverride posture;
    posture.durationSeconds = 12;
    routine.items = {{QStringLiteral("scapular-retractions"), squeezes},
                     {QStringLiteral("rows"), rows},
                     {QStringLiteral("posture-correction"), posture}};
    return routine;
}

struct Player {
    QString name;
    std::unique_ptr<SessionEngine> engine;
    std::vector<double> latenessMs;
    qint64 endDueAt = -1;
    bool done = false;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plays a real session and measures boundary lateness."));
    parser.addHelpOption();
    const QCommandLineOption labelOption(QStringLiteral("label"), QStringLiteral("Row label, e.g. idle."),
                                         QStringLiteral("text"), QStringLiteral("run"));
    parser.addOption(labelOption);
    // A view's timer is not lined up with the session (nor after a pause): start it off the grid.
    const QCommandLineOption phaseOption(QStringLiteral("display-phase-ms"),
                                         QStringLiteral("Start the display timer this long after the session."),
                                         QStringLiteral("ms"), QStringLiteral("37"));
    parser.addOption(phaseOption);
    parser.process(app);

    const auto catalog = CatalogFormat::load();
    if (!catalog.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error().message()));
        return 1;
    }
    const Timeline timeline = TimelineBuilder(catalog.value()).build(minuteRoutine(), Level::Standard);
    const SteadyClock clock;

    std::vector<std::unique_ptr<Player>> players;
    for (const QString &name : {QStringLiteral("display 10 Hz"), QStringLiteral("display + deadline")}) {
        auto player = std::make_unique<Player>();
        player->name = name;
        player->engine = std::make_unique<SessionEngine>(clock, timeline);
        players.push_back(std::move(player));
    }

    auto finishIfDone = [&] {
        if (std::all_of(players.begin(), players.end(), [](const auto &p) { return p->done; }))
            QCoreApplication::quit();
    };
    for (auto &owned : players) {
        Player *player = owned.get();
        QObject::connect(player->engine.get(), &SessionEngine::stepChanged, player->engine.get(),
                         [player](int step, qint64 due) {
                             player->latenessMs.push_back(double(nowUs() - due * 1000) / 1000.0);
                             if (player->engine->timeline().steps.at(step).kind == StepKind::Done)
                                 player->endDueAt = due;
                         });
        QObject::connect(player->engine.get(), &SessionEngine::cueDue, player->engine.get(),
                         [player](const Cue &, int, qint64 due) {
                             player->latenessMs.push_back(double(nowUs() - due * 1000) / 1000.0);
                         });
        QObject::connect(player->engine.get(), &SessionEngine::finished, player->engine.get(), [player, &finishIfDone] {
            player->done = true;
            QMetaObject::invokeMethod(qApp, finishIfDone, Qt::QueuedConnection);
        });
    }

    QTimer display;
    display.setTimerType(Qt::PreciseTimer);
    display.setInterval(100);
    QTimer deadline;
    deadline.setTimerType(Qt::PreciseTimer);
    deadline.setSingleShot(true);
    SessionEngine *withDeadline = players[1]->engine.get();
    auto arm = [&] {
        const qint64 due = withDeadline->nextDueAtMs();
        if (due >= 0)
            deadline.start(int(std::max<qint64>(0, due - clock.now().count())));
    };
    QObject::connect(&deadline, &QTimer::timeout, &app, [&] {
        withDeadline->update();
        arm();
    });
    QObject::connect(&display, &QTimer::timeout, &app, [&] {
        for (auto &player : players)
            player->engine->update();
        arm();
    });

    const qint64 start = clock.now().count();
    for (auto &player : players)
        player->engine->start();
    arm();
    QTimer::singleShot(parser.value(phaseOption).toInt(), Qt::PreciseTimer, &display, [&display] { display.start(); });
    app.exec();

    const QString label = parser.value(labelOption);
    for (const auto &player : players) {
        const qint64 endDrift = player->endDueAt - (start + timeline.totalMs);
        std::printf(
            "| %s | %s | %zu | %.1f | %.1f | %.1f | %lld |\n", qPrintable(label), qPrintable(player->name),
            player->latenessMs.size(), percentile(player->latenessMs, 0.50), percentile(player->latenessMs, 0.99),
            *std::max_element(player->latenessMs.begin(), player->latenessMs.end()), static_cast<long long>(endDrift));
    }
    std::fprintf(stderr, "session length %lld ms, %lld steps\n", static_cast<long long>(timeline.totalMs),
                 static_cast<long long>(timeline.steps.size()));
    return 0;
}
