#include "JsonFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace Limber::JsonFile {

namespace {

// Gives lupdate and Text::tr() one context for this file's messages.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Limber::JsonFile)
};

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return Text::tr("%1 MiB").arg(QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
    if (bytes >= 1024)
        return Text::tr("%1 KiB").arg(QLocale().toString(double(bytes) / 1024.0, 'f', 1));
    return Text::tr("%1 bytes").arg(bytes);
}

// QJsonParseError gives a byte offset; people look for lines and columns.
QString lineAndColumn(const QByteArray &bytes, int offset)
{
    int line = 1;
    int column = 1;
    const int end = std::min<int>(offset, int(bytes.size()));
    for (int i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(bytes.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

bool endsTooSoon(const QByteArray &bytes, const QJsonParseError &error)
{
    if (error.offset < bytes.trimmed().size() - 1)
        return false;
    switch (error.error) {
    case QJsonParseError::UnterminatedObject:
    case QJsonParseError::UnterminatedArray:
    case QJsonParseError::UnterminatedString:
    case QJsonParseError::IllegalValue:
    case QJsonParseError::MissingNameSeparator:
    case QJsonParseError::MissingValueSeparator:
    case QJsonParseError::IllegalNumber:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<QByteArray> readBytes(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.exists())
        return FileError{path, {}, Text::tr("the file does not exist.")};
    if (info.isDir())
        return FileError{path, {}, Text::tr("this is a folder, not a file.")};
    if (info.isFile() && info.size() > maxBytes)
        return FileError{path,
                         {},
                         Text::tr("the file is %1, larger than the %2 Limber accepts; it is not a Limber file "
                                  "or it is damaged.")
                             .arg(sizeText(info.size()), sizeText(maxBytes))};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, {}, Text::tr("the file cannot be read (%1).").arg(file.errorString())};
    // Read one byte more than allowed, so a file that grows or a device that never ends is caught.
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return FileError{path, {}, Text::tr("the file is larger than the %1 Limber accepts.").arg(sizeText(maxBytes))};
    if (file.error() != QFileDevice::NoError)
        return FileError{path, {}, Text::tr("the file cannot be read (%1).").arg(file.errorString())};
    return bytes;
}

Result<QJsonObject> parseObject(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.trimmed().isEmpty())
        return FileError{fileName, {}, Text::tr("the file is empty.")};

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QString where = lineAndColumn(bytes, error.offset);
        if (endsTooSoon(bytes, error))
            return FileError{fileName, where,
                             Text::tr("the file ends too soon; it may have been cut off while it was "
                                      "written or copied.")};
        return FileError{fileName, where, Text::tr("this is not valid JSON (%1).").arg(error.errorString())};
    }
    if (!document.isObject())
        return FileError{fileName, {}, Text::tr("expected a JSON object at the top of the file.")};
    return document.object();
}

MaybeError checkHeader(const QJsonObject &root, const QString &fileName, const QString &format, int newestVersion)
{
    const QJsonValue formatValue = root.value(QStringLiteral("format"));
    if (formatValue.toString() != format) {
        return FileError{
            fileName, QStringLiteral("format"),
            formatValue.isString()
                ? Text::tr("this is a \"%1\" file, not a \"%2\" file.").arg(formatValue.toString(), format)
                : Text::tr("this is not a Limber \"%1\" file (the \"format\" field is missing).").arg(format)};
    }
    const QJsonValue versionValue = root.value(QStringLiteral("version"));
    const double version = versionValue.toDouble(-1);
    if (!versionValue.isDouble() || version != double(qint64(version)) || version < 1)
        return FileError{fileName, QStringLiteral("version"),
                         Text::tr("the \"version\" field must be a whole number from 1 up.")};
    if (version > newestVersion)
        return FileError{fileName, QStringLiteral("version"),
                         Text::tr("the file was made by a newer Limber (format version %1); this Limber reads "
                                  "up to version %2. Update Limber to open it.")
                             .arg(qint64(version))
                             .arg(newestVersion)};
    return std::nullopt;
}

Result<QString> setAside(const QString &path, const QString &stem)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = folder.filePath(QStringLiteral("%1.unreadable-%2.json").arg(stem, stamp));
    for (int n = 2; QFile::exists(backup); ++n)
        backup = folder.filePath(QStringLiteral("%1.unreadable-%2-%3.json").arg(stem, stamp).arg(n));
    if (!QFile::rename(path, backup))
        return FileError{path, {}, Text::tr("the file could not be moved aside to %1.").arg(backup)};
    return backup;
}

} // namespace Limber::JsonFile
