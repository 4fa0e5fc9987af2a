// SPDX-License-Identifier: GPL-3.0-or-later
#include "rategauge.h"

#include "statuspalette.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 SparklineSeconds = 5 * 60; // "the last minutes"

qint64 secondsUntil(const QDateTime &from, const QDateTime &to)
{
    // Rounded up: "resets in 1 s" until it has, never "in 0 s" before it happened.
    const qint64 ms = from.msecsTo(to);
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

} // namespace

RateGauge::RateGauge(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus); // Tab reaches every gauge, so a screen reader reads each
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void RateGauge::setState(const RateLimits::GroupState &state, const QDateTime &now)
{
    m_state = state;
    m_now = now;
    QStringList lines;
    for (const auto &[name, value] : state.last.rawHeaders)
        lines.append(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromLatin1(value));
    setToolTip(lines.isEmpty() ? tr("No rate-limit headers in the last response.")
                               : tr("Last response's rate-limit headers:\n%1").arg(lines.join(QLatin1Char('\n'))));
    setAccessibleName(title());
    refreshTexts();
    updateGeometry();
}

void RateGauge::setNow(const QDateTime &now)
{
    m_now = now;
    refreshTexts();
}

void RateGauge::refreshTexts()
{
    const QString description = summary();
    if (accessibleDescription() != description)
        setAccessibleDescription(description);
    update();
}

qint64 RateGauge::remaining() const
{
    return m_state.last.remaining.value_or(-1);
}

qint64 RateGauge::limit() const
{
    return m_state.last.limit.value_or(-1);
}

bool RateGauge::isBlocked() const
{
    return m_state.blockedUntil && m_now.isValid() && m_now < *m_state.blockedUntil;
}

RateGauge::Level RateGauge::level() const
{
    if (isBlocked())
        return Level::Exhausted;
    const qint64 left = remaining();
    const qint64 max = limit();
    if (left < 0)
        return Level::Unknown;
    if (left == 0)
        return Level::Exhausted;
    if (max <= 0)
        return Level::Plenty;
    const double ratio = double(left) / double(max);
    return ratio > 0.25 ? Level::Plenty : Level::Low;
}

QColor RateGauge::levelColor() const
{
    switch (level()) {
    case Level::Plenty:
        return StatusPalette::foreground(palette(), StatusPalette::Tone::Good);
    case Level::Low:
        return StatusPalette::foreground(palette(), StatusPalette::Tone::Caution);
    case Level::Exhausted:
        return StatusPalette::foreground(palette(), StatusPalette::Tone::Bad);
    case Level::Unknown:
        break;
    }
    return StatusPalette::foreground(palette(), StatusPalette::Tone::Neutral);
}

QString RateGauge::title() const
{
    const QString group = RateLimits::groupDisplayName(m_state.groupId);
    return m_state.host.isEmpty() ? group : tr("%1 (%2)", "group (host)").arg(group, m_state.host);
}

QString RateGauge::amountText() const
{
    if (remaining() < 0)
        return tr("budget not reported");
    if (limit() < 0)
        return tr("%1 left").arg(remaining());
    return tr("%1 of %2 left").arg(remaining()).arg(limit());
}

QString RateGauge::countdown(qint64 seconds)
{
    if (seconds < 120)
        return tr("%n s", nullptr, int(seconds));
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString RateGauge::resetText() const
{
    if (!m_state.last.resetAt || !m_now.isValid())
        return {};
    const qint64 seconds = secondsUntil(m_now, *m_state.last.resetAt);
    return seconds > 0 ? tr("resets in %1").arg(countdown(seconds)) : tr("reset due");
}

QString RateGauge::retryText() const
{
    if (!isBlocked())
        return {};
    return tr("429: retry in %1").arg(countdown(secondsUntil(m_now, *m_state.blockedUntil)));
}

QString RateGauge::summary() const
{
    QStringList parts{RateLimits::groupDisplayName(m_state.groupId), amountText()};
    if (const QString reset = resetText(); !reset.isEmpty())
        parts.append(reset);
    if (const QString retry = retryText(); !retry.isEmpty())
        parts.append(retry);
    return parts.join(tr(", ", "list separator"));
}

QSize RateGauge::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int pad = line / 2;
    const int dial = line * 4;
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldFm(bold);
    int textWidth = std::max({boldFm.horizontalAdvance(title()), fm.horizontalAdvance(amountText()),
                              fm.horizontalAdvance(tr("resets in %1").arg(countdown(3599))),
                              fm.horizontalAdvance(tr("429: retry in %1").arg(countdown(3599))),
                              fm.averageCharWidth() * 24});
    const int textHeight = line * 4 + line * 3 / 2; // title, amount, reset, 429, sparkline
    return {pad * 3 + dial + textWidth, pad * 2 + std::max(dial, textHeight)};
}

QSize RateGauge::minimumSizeHint() const
{
    return sizeHint();
}

void RateGauge::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void RateGauge::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int pad = line / 2;
    const int dial = line * 4;
    const QColor color = levelColor();
    const QColor text = pal.color(QPalette::Text);

    // Card.
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(card, pad / 2.0, pad / 2.0);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(2, 2, -2, -2);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }

    // Dial: the track, then remaining of limit from 12 o'clock, clockwise.
    const qreal stroke = std::max<qreal>(3.0, line / 3.0);
    const QRectF dialRect(pad + stroke / 2, pad + stroke / 2, dial - stroke, dial - stroke);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(pal.color(QPalette::Midlight), stroke, Qt::SolidLine, Qt::FlatCap));
    painter.drawArc(dialRect, 0, 360 * 16);
    if (remaining() >= 0 && limit() > 0) {
        const double ratio = std::clamp(double(remaining()) / double(limit()), 0.0, 1.0);
        painter.setPen(QPen(color, stroke, Qt::SolidLine, Qt::FlatCap));
        painter.drawArc(dialRect, 90 * 16, -int(std::lround(ratio * 360 * 16)));
    }
    painter.setPen(text);
    QString centre = remaining() >= 0 ? QString::number(remaining()) : QStringLiteral("?");
    painter.drawText(dialRect, Qt::AlignCenter, centre);

    // Texts.
    const int x = pad * 2 + dial;
    const int width = std::max(0, this->width() - x - pad);
    int y = pad;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(title(), Qt::ElideRight, width));
    painter.setFont(font());
    y += line;
    painter.setPen(color.isValid() && level() != Level::Unknown ? color : text);
    painter.drawText(QRect(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, amountText());
    y += line;
    painter.setPen(text);
    painter.drawText(QRect(x, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, resetText());
    y += line;
    if (const QString retry = retryText(); !retry.isEmpty()) {
        // The 429 marker: a badge in the "bad" tone, readable on light and dark bases.
        const QColor bad = StatusPalette::foreground(pal, StatusPalette::Tone::Bad);
        const QRect badge(x, y + 1, fm.horizontalAdvance(retry) + pad, line - 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(StatusPalette::background(pal, StatusPalette::Tone::Bad));
        painter.drawRoundedRect(badge, 3, 3);
        painter.setPen(bad);
        painter.drawText(badge, Qt::AlignCenter, retry);
    }
    y += line;
    paintSparkline(painter, QRectF(x, y + line / 4.0, width, line * 1.25), color);
}

void RateGauge::paintSparkline(QPainter &painter, const QRectF &area, const QColor &color) const
{
    if (m_state.history.size() < 2 || !m_now.isValid() || area.width() < 4)
        return;
    qint64 max = limit();
    for (const auto &point : m_state.history)
        max = std::max(max, point.second);
    if (max <= 0)
        return;
    const QDateTime start = m_now.addSecs(-SparklineSeconds);
    QPainterPath path;
    bool first = true;
    for (const auto &[when, left] : m_state.history) {
        if (when < start)
            continue;
        const double fx = double(start.msecsTo(when)) / (SparklineSeconds * 1000.0);
        const double fy = double(left) / double(max);
        const QPointF p(area.left() + std::clamp(fx, 0.0, 1.0) * area.width(), area.bottom() - fy * area.height());
        if (first)
            path.moveTo(p);
        else
            path.lineTo(p);
        first = false;
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Midlight), 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.setPen(QPen(color, std::max<qreal>(1.5, fontMetrics().height() / 10.0)));
    painter.drawPath(path);
}
