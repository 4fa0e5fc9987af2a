// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimitspage.h"

#include "http/ratelimittracker.h"
#include "rategauge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString gaugeKey(const QString &host, const QString &groupId)
{
    return host + QLatin1Char('\n') + groupId;
}

} // namespace

RateLimitsPage::RateLimitsPage(RateLimits::RateLimitTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_emptyLabel(new QLabel(this))
    , m_clearButton(new QPushButton(tr("C&lear"), this))
    , m_gaugeArea(new QWidget(this))
    , m_gaugeLayout(new QVBoxLayout(m_gaugeArea))
    , m_timer(new QTimer(this))
{
    auto *title = new QLabel(tr("Rate limits"), this);
    title->setObjectName(QStringLiteral("rateLimitsTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);

    m_clearButton->setObjectName(QStringLiteral("rateLimitsClearButton"));
    m_clearButton->setAccessibleName(tr("Clear rate limits"));
    m_clearButton->setToolTip(tr("Forget every group's readings; the next responses fill the gauges again."));
    connect(m_clearButton, &QPushButton::clicked, this, &RateLimitsPage::clear);

    m_emptyLabel->setObjectName(QStringLiteral("rateLimitsEmptyLabel"));
    m_emptyLabel->setText(tr("No response has carried rate-limit headers yet. Call an API (get a token, "
                             "discover a connection, use the local sandbox) and a gauge appears here for "
                             "each host and API group."));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_gaugeArea->setObjectName(QStringLiteral("rateLimitsGauges"));
    m_gaugeLayout->setContentsMargins(0, 0, 0, 0);
    m_gaugeLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rateLimitsScroll"));
    scroll->setAccessibleName(tr("Rate-limit gauges"));
    scroll->setWidget(m_gaugeArea);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(scroll, 1);

    m_timer->setObjectName(QStringLiteral("rateLimitsTimer"));
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &RateLimitsPage::tick);

    if (m_tracker) {
        connect(m_tracker, &RateLimits::RateLimitTracker::groupChanged, this, &RateLimitsPage::groupChanged);
        connect(m_tracker, &RateLimits::RateLimitTracker::cleared, this, &RateLimitsPage::removeAllGauges);
        for (const RateLimits::GroupState &state : m_tracker->groups())
            groupChanged(state.host, state.groupId);
    }
    updateEmptyState();
}

RateLimitsPage::~RateLimitsPage() = default;

RateGauge *RateLimitsPage::gauge(const QString &host, const QString &groupId) const
{
    return m_gauges.value(gaugeKey(host, groupId));
}

QList<RateGauge *> RateLimitsPage::gauges() const
{
    return m_order;
}

bool RateLimitsPage::isTicking() const
{
    return m_timer->isActive();
}

void RateLimitsPage::clear()
{
    if (m_tracker)
        m_tracker->clear(); // emits cleared
    removeAllGauges();
}

void RateLimitsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    tick(); // countdowns moved while hidden
    m_timer->start();
}

void RateLimitsPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void RateLimitsPage::groupChanged(const QString &host, const QString &groupId)
{
    const std::optional<RateLimits::GroupState> state = m_tracker->group(host, groupId);
    if (!state)
        return;
    const QString key = gaugeKey(host, groupId);
    RateGauge *gauge = m_gauges.value(key);
    if (!gauge) {
        gauge = new RateGauge(m_gaugeArea);
        gauge->setObjectName(QStringLiteral("rateGauge_%1").arg(groupId));
        // Before the stretch, in first-seen order: Tab walks the gauges top to bottom.
        m_gaugeLayout->insertWidget(m_gaugeLayout->count() - 1, gauge);
        m_gauges.insert(key, gauge);
        m_order.append(gauge);
        updateEmptyState();
    }
    gauge->setState(*state, m_tracker->now());
}

void RateLimitsPage::removeAllGauges()
{
    for (RateGauge *gauge : std::as_const(m_order))
        delete gauge;
    m_gauges.clear();
    m_order.clear();
    updateEmptyState();
}

void RateLimitsPage::tick()
{
    if (!m_tracker)
        return;
    const QDateTime now = m_tracker->now();
    for (RateGauge *gauge : std::as_const(m_order))
        gauge->setNow(now);
}

void RateLimitsPage::updateEmptyState()
{
    const bool empty = m_order.isEmpty();
    m_emptyLabel->setVisible(empty);
    m_clearButton->setEnabled(!empty);
}
