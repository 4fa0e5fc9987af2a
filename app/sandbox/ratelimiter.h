// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <functional>

namespace Sandbox {

// Cloudentity-style rate limits: one token bucket per API group. A bucket holds at most `burst`
// tokens and refills continuously at `per_minute` tokens a minute; every request takes one.
// The clock is monotonic milliseconds and injectable, so tests can drive time.
class RateLimiter final
{
public:
    struct Limit
    {
        int perMinute = 0;
        int burst = 0;
    };
    // What one request got, for the response headers.
    struct Decision
    {
        bool allowed = true;
        int limit = 0;            // X-RateLimit-Limit: the per-minute limit
        int remaining = 0;        // X-RateLimit-Remaining: whole tokens left after this request
        int resetSeconds = 0;     // X-RateLimit-Reset: seconds until the bucket is full again
        int retryAfterSeconds = 0; // Retry-After (when !allowed): seconds until one token
    };
    using Clock = std::function<qint64()>; // monotonic milliseconds

    // No clock: QElapsedTimer (monotonic).
    explicit RateLimiter(Clock clock = {});

    // The free-tier table of ../shared/contracts/cloudentity/SOURCES.md.
    static Limit defaultLimit(ApiGroup group);
    // The group's key in a rate-limits file: "admin", "developer", "public", "oauth2",
    // "openbanking", "web", "system", "audit_events", "identity_admin", "identity_self_service".
    static QString groupKey(ApiGroup group);

    Limit limit(ApiGroup group) const;
    void setLimit(ApiGroup group, Limit limit); // refills that bucket

    // Rate-limits file: {"admin": {"per_minute": 300, "burst": 50}, "oauth2": {...}}. Groups not
    // named keep their limits. All or nothing: on an error (translated, says which key and why)
    // nothing changes.
    bool loadFile(const QString &path, QString *error);
    bool loadJson(const QByteArray &json, QString *error);

    // Takes one token from the group's bucket when there is one.
    Decision take(ApiGroup group);
    // The same figures without taking a token (for responses that are not routed requests).
    Decision peek(ApiGroup group) const;

    static constexpr int MaxPerMinute = 1'000'000;
    static constexpr int MaxBurst = 1'000'000;

private:
    struct Bucket
    {
        Limit limit;
        double tokens = 0;
        qint64 updatedAt = 0;
    };
    static constexpr int GroupCount = int(ApiGroup::IdentitySelfService) + 1;

    void refill(Bucket &bucket, qint64 now) const;
    Decision decision(const Bucket &bucket, bool allowed) const;

    Clock m_clock;
    mutable std::array<Bucket, GroupCount> m_buckets;
};

} // namespace Sandbox
