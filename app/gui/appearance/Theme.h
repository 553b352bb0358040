#pragma once

#include <QString>

namespace Limber {

// Light or dark, or whatever the desktop uses. Limber draws with Qt's Fusion style and its own
// light and dark palettes, so text keeps its contrast on every desktop.
enum class Theme { System, Light, Dark };

QString themeId(Theme theme);
Theme themeFromId(const QString &id);

// Applies the theme to the whole application (palette and style).
void applyTheme(Theme theme);

// True when the application's current palette is a dark one.
bool isDarkPalette();

} // namespace Limber
