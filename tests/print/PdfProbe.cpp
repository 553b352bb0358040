#include "PdfProbe.h"

#include "ProcessRun.h"

#include <QRegularExpression>
#include <QStandardPaths>

PdfProbe::PdfProbe(QString path)
    : m_path(std::move(path))
{ }

bool PdfProbe::available()
{
    for (const char *tool : {"pdfinfo", "pdftotext", "pdfimages", "pdffonts"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    }
    return true;
}

QString PdfProbe::run(const QString &program, const QStringList &arguments) const
{
    const Limber::ProcessRun run = Limber::runProcess(program, arguments, 30000);
    return run.exitCode == 0 ? run.out : QString();
}

int PdfProbe::pageCount() const
{
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
              .match(run(QStringLiteral("pdfinfo"), {m_path}));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QSizeF PdfProbe::pageSize() const
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                                             QRegularExpression::MultilineOption)
                                              .match(run(QStringLiteral("pdfinfo"), {m_path}));
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

QString PdfProbe::simplified(const QString &text)
{
    // Compatibility normalisation turns the fi, fl and ff ligatures of the PDF back into letters.
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString PdfProbe::text(int page) const
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << m_path << QStringLiteral("-");
    return simplified(run(QStringLiteral("pdftotext"), arguments));
}

int PdfProbe::pageOf(const QString &needle) const
{
    const QString wanted = simplified(needle);
    const int pages = pageCount();
    for (int page = 1; page <= pages; ++page) {
        if (text(page).contains(wanted))
            return page;
    }
    return 0;
}

QStringList PdfProbe::images() const
{
    QStringList lines = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_path})
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.size() > 2 ? lines.mid(2) : QStringList();
}

QList<std::pair<QString, QString>> PdfProbe::fonts() const
{
    // The dashes under the header give each column's width ("name" has spaces in CID types).
    const QStringList lines = run(QStringLiteral("pdffonts"), {m_path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<std::pair<QString, QString>> result;
    if (lines.size() < 2)
        return result;
    QList<std::pair<qsizetype, qsizetype>> columns;
    const QString &dashes = lines.at(1);
    for (qsizetype i = 0; i < dashes.size();) {
        const qsizetype end = dashes.indexOf(QLatin1Char(' '), i);
        const qsizetype stop = end < 0 ? dashes.size() : end;
        columns.append({i, stop - i});
        i = stop + 1;
    }
    if (columns.size() < 4)
        return result;
    for (const QString &line : lines.mid(2))
        result.append({line.mid(columns.at(0).first, columns.at(0).second).trimmed(),
                       line.mid(columns.at(3).first, columns.at(3).second).trimmed()});
    return result;
}
