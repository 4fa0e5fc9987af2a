// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/ratelimittracker.h"

#include <QWidget>

// One host and API group's rate-limit budget, painted: an arc of remaining over limit coloured
// by level, the numbers, the reset countdown, a 429 marker with the Retry-After countdown and a
// sparkline of the last minutes. Sized from the font (readable at any scale), focusable, and
// described for screen readers with the same numbers it paints.
class RateGauge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateGauge)
    Q_PROPERTY(qint64 remaining READ remaining)
    Q_PROPERTY(qint64 limit READ limit)
    Q_PROPERTY(bool blocked READ isBlocked)
    Q_PROPERTY(QString summary READ summary)

public:
    enum class Level { Unknown, Plenty, Low, Exhausted };
    Q_ENUM(Level)

    explicit RateGauge(QWidget *parent = nullptr);

    // The state and the time the countdowns count from (the tracker's clock).
    void setState(const RateLimits::GroupState &state, const QDateTime &now);
    void setNow(const QDateTime &now);
    const RateLimits::GroupState &state() const { return m_state; }

    qint64 remaining() const; // -1 when unknown
    qint64 limit() const;     // -1 when unknown
    bool isBlocked() const;   // a 429's Retry-After (or reset) still running
    Level level() const;
    QColor levelColor() const; // from StatusPalette, for the widget's palette
    QString title() const;     // "Admin", with the host after it
    // "Admin, 120 of 300 left, resets in 12 s" (what a screen reader says).
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshTexts();
    QString amountText() const;
    QString resetText() const;
    QString retryText() const;
    static QString countdown(qint64 seconds);
    void paintSparkline(class QPainter &painter, const QRectF &area, const QColor &color) const;

    RateLimits::GroupState m_state;
    QDateTime m_now;
};
