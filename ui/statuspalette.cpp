// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspalette.h"

#include <QPalette>
#include <QString>

namespace StatusPalette {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor foreground(const QPalette &palette, Tone tone)
{
    // Hues are fixed, lightness follows the background so contrast holds in both modes.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor::fromHsl(135, 160, 160) : QColor::fromHsl(135, 200, 60);
    case Tone::Bad:
        return dark ? QColor::fromHsl(2, 200, 170) : QColor::fromHsl(2, 200, 95);
    case Tone::Caution:
        return dark ? QColor::fromHsl(40, 220, 150) : QColor::fromHsl(32, 230, 70);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::Text);
}

QColor background(const QPalette &palette, Tone tone)
{
    const QColor base = palette.color(QPalette::Base);
    if (tone == Tone::Neutral)
        return palette.color(QPalette::AlternateBase);
    return blend(base, foreground(palette, tone), isDark(palette) ? 0.22 : 0.14);
}

QString bannerStyleSheet(const QPalette &palette, Tone tone)
{
    const QColor fg = tone == Tone::Neutral ? palette.color(QPalette::Text) : foreground(palette, tone);
    return QStringLiteral("QLabel { color: %1; background-color: %2; border: 1px solid %3;"
                          " border-radius: 4px; padding: 6px; font-weight: bold; }")
        .arg(fg.name(), background(palette, tone).name(), blend(palette.color(QPalette::Base), fg, 0.5).name());
}

} // namespace StatusPalette
