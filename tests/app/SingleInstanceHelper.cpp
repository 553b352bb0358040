// limber_instance_helper SERVER [start ROUTINE [LEVEL]]
// Plays a whole Limber process for SingleInstanceTest: it becomes the primary (prints "primary",
// then "request ..." for each request it is handed, and refuses the routine "missing"), or, if
// one is running, hands it the request (an activate without arguments), prints "secondary" and
// exits 0, or prints the refusal on stderr and exits 1, as `limber` does.
#include "platform/SingleInstance.h"

#include <QCoreApplication>
#include <QTextStream>

using Limber::SingleInstance;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        return 2;
    QTextStream out(stdout);
    QTextStream err(stderr);

    SingleInstance instance(arguments.at(0));
    switch (instance.listen()) {
    case SingleInstance::Role::Primary:
        instance.setHandler([&out](const SingleInstance::Request &request) {
            if (request.action == SingleInstance::Request::Action::Activate) {
                out << "request activate" << Qt::endl;
                return QString();
            }
            out << "request start " << request.routine << ' '
                << (request.level ? Limber::levelId(*request.level) : QStringLiteral("-")) << Qt::endl;
            return request.routine == QLatin1String("missing") ? QStringLiteral("there is no routine 'missing'")
                                                               : QString();
        });
        out << "primary" << Qt::endl;
        return QCoreApplication::exec();
    case SingleInstance::Role::Secondary: {
        const SingleInstance::Request request = arguments.value(1) == QLatin1String("start")
            ? SingleInstance::Request::start(arguments.value(2), Limber::levelFromId(arguments.value(3)))
            : SingleInstance::Request::activate();
        if (const QString error = instance.send(request); !error.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
        out << "secondary" << Qt::endl;
        return 0;
    }
    case SingleInstance::Role::Unavailable:
        err << "unavailable: " << instance.errorString() << Qt::endl;
        return 3;
    }
    return 4;
}
