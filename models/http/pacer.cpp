// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacer.h"

#include <algorithm>
#include <cmath>

namespace RateLimits {

namespace {

std::chrono::milliseconds ceilMs(double ms)
{
    return std::chrono::milliseconds(qint64(std::ceil(std::max(0.0, ms))));
}

} // namespace

void Pacer::setRate(double perMinute, int burst)
{
    m_perMinute = std::max(0.0, perMinute);
    m_burst = std::max(1, burst);
    m_tokens = m_burst;
    m_bucketAt = QDateTime();
}

double Pacer::bucketTokens(const QDateTime &now) const
{
    if (!m_bucketAt.isValid())
        return m_tokens;
    const qint64 elapsed = std::max<qint64>(0, m_bucketAt.msecsTo(now)); // a clock that went back adds nothing
    return std::min<double>(m_burst, m_tokens + elapsed * m_perMinute / 60000.0);
}

void Pacer::requestSent(const QDateTime &now)
{
    if (m_perMinute > 0) {
        m_tokens = bucketTokens(now) - 1.0;
        m_bucketAt = now;
    }
    ++m_inFlight;
}

void Pacer::responseReceived()
{
    m_inFlight = std::max(0, m_inFlight - 1);
}

std::chrono::milliseconds Pacer::nextDelay(const std::optional<GroupState> &state, const QDateTime &now) const
{
    std::chrono::milliseconds delay{0};
    if (m_perMinute > 0) {
        const double tokens = bucketTokens(now);
        if (tokens < 1.0)
            delay = ceilMs((1.0 - tokens) * 60000.0 / m_perMinute);
    }
    if (!state)
        return delay;

    if (state->blockedUntil && *state->blockedUntil > now)
        delay = std::max(delay, ceilMs(double(now.msecsTo(*state->blockedUntil))));

    const HeaderReading &last = state->last;
    if (!last.remaining)
        return delay;
    const qint64 unseen = m_inFlight; // not in the reading's remaining yet
    if (last.limit && *last.limit > 0) {
        const double windowMs = 1000.0 * double(last.windowSeconds.value_or(m_defaultWindow.count()));
        const double perMs = double(*last.limit) / windowMs;
        const double elapsed = double(std::max<qint64>(0, state->updatedAt.msecsTo(now)));
        const double tokens = double(*last.remaining) - double(unseen) + elapsed * perMs;
        if (tokens < 1.0)
            delay = std::max(delay, ceilMs((1.0 - tokens) / perMs));
    } else if (*last.remaining - unseen < 1 && last.resetAt && *last.resetAt > now) {
        delay = std::max(delay, ceilMs(double(now.msecsTo(*last.resetAt)))); // no rate known: the reset
    }
    return delay;
}

} // namespace RateLimits
