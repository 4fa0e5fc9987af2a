// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

// Status colours that stay readable on the current palette, light or dark: no colour is fixed,
// each tone is picked for the palette's lightness and blended with its base for backgrounds.
namespace StatusPalette {

enum class Tone { Good, Bad, Caution, Neutral };

bool isDark(const QPalette &palette);
// Text colour for a tone on the palette's base/window background.
QColor foreground(const QPalette &palette, Tone tone);
// A soft background for banners: the tone blended into the palette's base colour.
QColor background(const QPalette &palette, Tone tone);
// "color: ...; background: ...; border: ..." for a banner label.
QString bannerStyleSheet(const QPalette &palette, Tone tone);

} // namespace StatusPalette
