// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How long bulk work (the wizard's bulk mode, a benchmark) waits before its next request so it
// spends the rate-limit budget without a 429. Two sources, the stricter wins:
//  - the tracker's latest reading for the host and group: remaining, limit per window, reset,
//    a 429's blockedUntil. The window is RateLimit-Policy's w= when sent, else a minute
//    (X-RateLimit-Limit is per minute at Cloudentity and in the sandbox);
//  - a configured rate and burst (a token bucket kept here, fed by requestSent()).
//
//   loop: wait nextDelay(tracker.group(host, group), now) ──► requestSent(now), send ──► responseReceived()
//                                ▲                                        │
//                                └──── the response updates the tracker ◄─┘
//
// With headers only, remaining counts whole tokens: after it reaches 0 the pacer waits one
// token's time (window / limit) from the reading. Any time the loop loses on top of that (the
// round trip) refills the bucket and is spent at once once remaining shows 1 again, so the
// average pace converges to the server's rate.

#include "http/ratelimittracker.h"

#include <QDateTime>

#include <chrono>
#include <optional>

namespace RateLimits {

class Pacer final
{
public:
    // A self-imposed token bucket: perMinute <= 0 turns it off (the default).
    void setRate(double perMinute, int burst);
    // The window X-RateLimit-Limit counts over when no RateLimit-Policy says. Default 60 s.
    void setDefaultWindow(std::chrono::seconds window) { m_defaultWindow = window; }

    // The wait before the next request; 0 to send now. state: the tracker's reading for the
    // host and group the request goes to (nullopt before the first response).
    std::chrono::milliseconds nextDelay(const std::optional<GroupState> &state, const QDateTime &now) const;
    // Call when a request goes out (after the wait), and when its response (or failure) is in:
    // requests in flight are not in any reading yet, so they count as spent.
    void requestSent(const QDateTime &now);
    void responseReceived();
    int inFlight() const { return m_inFlight; }

private:
    double bucketTokens(const QDateTime &now) const;

    double m_perMinute = 0;
    int m_burst = 0;
    double m_tokens = 0;
    QDateTime m_bucketAt;
    std::chrono::seconds m_defaultWindow{60};
    int m_inFlight = 0;
};

} // namespace RateLimits
