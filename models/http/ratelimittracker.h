// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The rate-limit budget of every host and API group the console talks to, live, from the
// headers of every response (HttpClient::exchangeFinished):
//   X-RateLimit-Limit / -Remaining / -Reset, the IETF RateLimit and RateLimit-Policy fields,
//   Retry-After (delta seconds or an HTTP-date), and the 429 status itself.
//
//   HttpClient ──exchangeFinished──► RateLimitTracker ──groupChanged──► gauges (Rate limits page)
//                                          └──► Pacer (bulk work asks how long to wait)
//
// Missing or garbage values are ignored (a log line in "tokenscope.ratelimit"), never a crash.

#include "http/httpclient.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace RateLimits {

// What one response said. Every member optional: servers send some, all or none.
struct HeaderReading
{
    std::optional<qint64> limit;      // requests per window
    std::optional<qint64> remaining;
    // When the window resets, as an absolute UTC time (the parser decides between "seconds from
    // now" and "epoch seconds": see parseHeaders in the .cpp for the documented rule).
    std::optional<QDateTime> resetAt;
    std::optional<qint64> windowSeconds; // from RateLimit-Policy "w=" when given
    std::optional<QDateTime> retryAt;    // from Retry-After (delta or HTTP-date)
    bool tooManyRequests = false;        // status 429
    QList<QPair<QByteArray, QByteArray>> rawHeaders; // the rate-limit related headers as received
};

// Pure: the reading of one response's headers at time now (UTC). status: the HTTP status.
HeaderReading parseHeaders(const QList<QPair<QByteArray, QByteArray>> &headers, int status, const QDateTime &now);

// RFC 9110 §5.6.7 HTTP-date in any of its three forms (IMF-fixdate, RFC 850, asctime), as UTC;
// nullopt for anything else. now: the reference for RFC 850's two-digit years.
std::optional<QDateTime> parseHttpDate(const QByteArray &text, const QDateTime &now);

// The API group of a path (Cloudentity: /api/admin Admin, /api/developer Developer, /api/system
// System, /api/identity Identity, /oauth2 and /.well-known OAuth2, …); "Other" otherwise.
// Returned as a stable id ("admin", "developer", "system", "identity", "oauth2", "other").
QString groupForPath(const QString &path);
QString groupDisplayName(const QString &groupId); // translated

struct GroupState
{
    QString host;     // host[:port]
    QString groupId;
    HeaderReading last;           // the latest reading that carried any rate-limit information
    QDateTime updatedAt;
    std::optional<QDateTime> blockedUntil; // after a 429, until Retry-After (or the reset)
    // Remaining after each response of the last minutes (time, remaining), oldest first; bounded.
    QList<QPair<QDateTime, qint64>> history;
};

class RateLimitTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimitTracker)

public:
    explicit RateLimitTracker(QObject *parent = nullptr);

    void attach(HttpClient *http);
    // Records one response (what attach connects); public for tests and for callers without an
    // HttpClient.
    void record(const QUrl &url, int status, const QList<QPair<QByteArray, QByteArray>> &headers);

    // Per-host path-prefix → group overrides (a profile's setting), checked before groupForPath.
    void setGroupOverrides(const QString &host, const QList<QPair<QString, QString>> &prefixToGroup);

    QList<GroupState> groups() const; // every host and group seen, in first-seen order
    std::optional<GroupState> group(const QString &host, const QString &groupId) const;
    void clear();

    // Injectable clock (tests): UTC now.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

Q_SIGNALS:
    void groupChanged(const QString &host, const QString &groupId);
    void cleared();

private:
    QString groupFor(const QString &host, const QString &path) const;

    std::function<QDateTime()> m_clock;
    QList<GroupState> m_groups; // first-seen order
    QHash<QString, QList<QPair<QString, QString>>> m_overrides; // host -> prefix -> group
};

// host[:port] of a URL as the tracker keys it (the port only when the URL names one).
QString hostKey(const QUrl &url);

} // namespace RateLimits
