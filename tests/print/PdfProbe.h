#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>

// Reads a PDF back with poppler's command-line tools, as a person checking the file would.
class PdfProbe final
{
public:
    explicit PdfProbe(QString path);

    // Whether pdfinfo, pdftotext, pdfimages and pdffonts are installed (poppler-utils).
    static bool available();

    [[nodiscard]] int pageCount() const;
    // The size of the first page in points, e.g. 595 x 842 for A4.
    [[nodiscard]] QSizeF pageSize() const;
    // The text of one page (1-based), or of the whole file with page 0, simplified().
    [[nodiscard]] QString text(int page = 0) const;
    // The 1-based page whose text contains `needle` (whitespace made single), or 0.
    [[nodiscard]] int pageOf(const QString &needle) const;
    // Rows of `pdfimages -list` below its header: one per embedded raster image.
    [[nodiscard]] QStringList images() const;
    // name -> "yes"/"no" from the emb column of `pdffonts`.
    [[nodiscard]] QList<std::pair<QString, QString>> fonts() const;

    // Every run of whitespace made one space, so that wrapped lines compare as one, and
    // ligatures made letters again.
    static QString simplified(const QString &text);

private:
    [[nodiscard]] QString run(const QString &program, const QStringList &arguments) const;

    QString m_path;
};
