// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimitretry.h"

#include "ratelimittracker.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRateLimit)

namespace RateLimits {

RetryingRequest::RetryingRequest(HttpClient *http, HttpRequest request, RateLimitTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_request(std::move(request))
    , m_tracker(tracker)
{
    m_waitTimer.setSingleShot(true);
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, &RetryingRequest::tick);
}

bool RetryingRequest::isIdempotent(const QByteArray &method)
{
    static const QByteArray idempotent[] = {"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"};
    const QByteArray upper = method.toUpper();
    return std::find(std::begin(idempotent), std::end(idempotent), upper) != std::end(idempotent);
}

bool RetryingRequest::isRejectedBeforeProcessing(const HttpResponse &response)
{
    if (response.status == 429) // RFC 6585 §4
        return true;
    if (response.status != 503) // RFC 9110 §15.6.4: 503 is retryable when it says when
        return false;
    return std::any_of(response.headers.cbegin(), response.headers.cend(), [](const auto &header) {
        return header.first.compare("Retry-After", Qt::CaseInsensitive) == 0;
    });
}

void RetryingRequest::start()
{
    if (m_attempts == 0 && !m_finished)
        sendOnce();
}

void RetryingRequest::sendOnce()
{
    if (!m_http) {
        HttpResponse gone;
        gone.url = m_request.url;
        gone.error = QCoreApplication::translate("RateLimits::RetryingRequest",
                                                 "The HTTP client was closed before the request could be sent. Send it again.");
        finish(gone);
        return;
    }
    ++m_attempts;
    m_inFlight = new QObject(this);
    m_http->send(m_request, m_inFlight, [this](const HttpResponse &response) { handle(response); });
}

void RetryingRequest::handle(const HttpResponse &response)
{
    if (m_inFlight)
        m_inFlight->deleteLater(); // not delete: we are inside the callback it is the context of
    m_inFlight = nullptr;
    const int retry = m_attempts; // the retry that would follow: 1 after the first send
    if (!isRejectedBeforeProcessing(response) || retry > m_maxRetries) {
        finish(response);
        return;
    }
    const std::chrono::milliseconds wait = waitFor(response);
    if (wait > m_maxWait) {
        qCInfo(lcRateLimit) << "not retrying" << m_request.method << "after" << response.status << ": the server asks for"
                            << wait.count() << "ms, more than the" << m_maxWait.count() << "s allowed";
        finish(response);
        return;
    }
    qCInfo(lcRateLimit) << "status" << response.status << "for" << m_request.method
                        << m_request.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo) << "; retry" << retry
                        << "in" << wait.count() << "ms";
    m_deadline = QDeadlineTimer(wait, Qt::PreciseTimer);
    tick();
}

std::chrono::milliseconds RetryingRequest::waitFor(const HttpResponse &response) const
{
    const QDateTime now = m_tracker ? m_tracker->now() : QDateTime::currentDateTimeUtc();
    const HeaderReading reading = parseHeaders(response.headers, response.status, now);
    auto until = [&now](const QDateTime &at) { return std::chrono::milliseconds(std::max<qint64>(0, now.msecsTo(at))); };
    if (reading.retryAt)
        return until(*reading.retryAt);
    if (m_tracker) {
        const auto state = m_tracker->group(hostKey(m_request.url), groupForPath(m_request.url.path()));
        if (state && state->blockedUntil)
            return until(*state->blockedUntil);
    }
    if (reading.resetAt)
        return until(*reading.resetAt);
    return m_fallbackWait;
}

void RetryingRequest::tick()
{
    const qint64 left = m_deadline.remainingTime();
    if (left <= 0) {
        Q_EMIT retrying(m_attempts);
        sendOnce();
        return;
    }
    Q_EMIT waiting(int((left + 999) / 1000), m_attempts);
    // Wake at the next whole second left, so the countdown steps once a second.
    const qint64 step = left % 1000 == 0 ? 1000 : left % 1000;
    m_waitTimer.start(int(step));
}

void RetryingRequest::cancel()
{
    if (m_finished)
        return;
    m_waitTimer.stop();
    delete m_inFlight; // HttpClient aborts a request whose context died; its callback never runs
    m_inFlight = nullptr;
    HttpResponse canceled;
    canceled.url = m_request.url;
    canceled.networkError = QNetworkReply::OperationCanceledError;
    canceled.error = QCoreApplication::translate("RateLimits::RetryingRequest", "The request was canceled. Send it again when ready.");
    finish(canceled);
}

void RetryingRequest::finish(const HttpResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waitTimer.stop();
    Q_EMIT finished(response);
}

} // namespace RateLimits
