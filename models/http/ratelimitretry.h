// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One request sent through HttpClient::send that, when the server rejects it before processing
// it (429 Too Many Requests, or 503 with Retry-After), waits Retry-After (else the tracker's
// blockedUntil or the reset the response announced) and sends it again, up to a limit the user
// sets. Meant for the console: it shows the countdown (waiting) and a Cancel (cancel()).
//
//   start() ──send──► 429 + Retry-After: 3 ──waiting(3,1) waiting(2,1) waiting(1,1)──► send ──► 200
//                                                                     finished(response) ◄──┘
//
// RFC 9110 §9.2.2: a request that is not idempotent (POST, PATCH, anything unknown) may have
// been processed when the answer never came, so a network error is never retried. A 429 or a
// 503 with Retry-After says the server did not process it, so those are retried for every
// method. Network errors are not retried for idempotent methods either: that is not a rate
// limit, and the user sees what went wrong.

#include "http/httpclient.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace RateLimits {

class RateLimitTracker;

class RetryingRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryingRequest)

public:
    // tracker: optional (may be null); consulted when a 429 names no Retry-After.
    RetryingRequest(HttpClient *http, HttpRequest request, RateLimitTracker *tracker = nullptr, QObject *parent = nullptr);

    // How many times a rejected request is sent again (0: never). Default 3.
    void setMaxRetries(int retries) { m_maxRetries = std::max(0, retries); }
    int maxRetries() const { return m_maxRetries; }
    // A server asking for a longer wait than this gets its 429 passed through. Default 5 minutes.
    void setMaxWait(std::chrono::seconds wait) { m_maxWait = wait; }
    // The wait when the 429 says nothing about when to come back. Default 1 second.
    void setFallbackWait(std::chrono::milliseconds wait) { m_fallbackWait = wait; }

    void start();
    // Stops the wait or aborts the request in flight; finished() follows with a cancel error.
    void cancel();

    bool isWaiting() const { return m_waitTimer.isActive(); }
    int attempts() const { return m_attempts; } // sends so far
    const HttpRequest &request() const { return m_request; }

    // RFC 9110 §9.2.2.
    static bool isIdempotent(const QByteArray &method);
    // Whether the server rejected the request before processing it and said it may be retried.
    static bool isRejectedBeforeProcessing(const HttpResponse &response);

Q_SIGNALS:
    // Each second of a wait, from the full wait down to 1; retry: the attempt that follows (1..).
    void waiting(int secondsLeft, int retry);
    void retrying(int retry);
    // Once: the last response (a 429 when the retries ran out), or status 0 with a translated
    // error after cancel().
    void finished(const HttpResponse &response);

private:
    void sendOnce();
    void handle(const HttpResponse &response);
    std::chrono::milliseconds waitFor(const HttpResponse &response) const;
    void tick();
    void finish(const HttpResponse &response);

    QPointer<HttpClient> m_http;
    HttpRequest m_request;
    QPointer<RateLimitTracker> m_tracker;
    int m_maxRetries = 3;
    std::chrono::seconds m_maxWait{300};
    std::chrono::milliseconds m_fallbackWait{1000};
    int m_attempts = 0;
    bool m_finished = false;
    QObject *m_inFlight = nullptr; // the send's context: deleting it aborts the request
    QTimer m_waitTimer;
    QDeadlineTimer m_deadline;
};

} // namespace RateLimits
