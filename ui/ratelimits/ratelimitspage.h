// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;
class RateGauge;

namespace RateLimits {
class RateLimitTracker;
}

// The Rate limits page: one RateGauge per host and API group the tracker has seen, updated by
// every response (RateLimitTracker::groupChanged); one 1-s timer moves the countdowns, running
// only while the page is visible. An empty-state text until a response carries rate-limit
// headers; "Clear" forgets them all.
class RateLimitsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimitsPage)

public:
    explicit RateLimitsPage(RateLimits::RateLimitTracker *tracker, QWidget *parent = nullptr);
    ~RateLimitsPage() override;

    RateGauge *gauge(const QString &host, const QString &groupId) const;
    QList<RateGauge *> gauges() const; // in the page's order
    bool isTicking() const;            // the countdown timer runs

public Q_SLOTS:
    void clear();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void groupChanged(const QString &host, const QString &groupId);
    void removeAllGauges();
    void tick();
    void updateEmptyState();

    RateLimits::RateLimitTracker *m_tracker;
    QLabel *m_emptyLabel;
    QPushButton *m_clearButton;
    QWidget *m_gaugeArea;
    QVBoxLayout *m_gaugeLayout;
    QTimer *m_timer;
    QHash<QString, RateGauge *> m_gauges; // key: host + '\n' + group id
    QList<RateGauge *> m_order;
};
