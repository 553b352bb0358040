#pragma once

#include <QChar>
#include <QString>

namespace Limber {

// One option a command (or every command) accepts: its name, its short form, the argument it
// takes and how the synopsis and the help show it.
struct CommandOption {
    QString name = {}; // without dashes: "level"
    QChar shortName = {}; // 'o' for -o; null when there is none
    QString valueName = {}; // "FILE", "gentle|standard|full"; empty for a flag
    bool required = false; // shown without brackets in the synopsis
    bool inSynopsis = true; // false for options accepted but not advertised
    QString help = {}; // shown by --help for the options of every command

    [[nodiscard]] bool takesValue() const { return !valueName.isEmpty(); }
    // As the synopsis shows it: "-o FILE", "[--level gentle|standard|full]", "[--json]".
    [[nodiscard]] QString synopsis() const;
    // As the help lists it: "--data-dir DIR", "-h, --help".
    [[nodiscard]] QString label() const;
};

} // namespace Limber
