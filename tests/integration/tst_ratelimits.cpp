// SPDX-License-Identifier: GPL-3.0-or-later
// RetryingRequest and RateLimitTracker against the real sandbox over real sockets, with the
// Admin group set to a tiny bucket (60/min, burst 3: one token a second): a burst exhausted,
// the 429 with Retry-After, the wait, the recovery; no retry after a network error; cancel.
#include "http/httpclient.h"
#include "http/ratelimitretry.h"
#include "http/ratelimittracker.h"
#include "ratelimiter.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace RateLimits;

class TestRateLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void burstThen429ThenRecovery();
    void retriesRunOut();
    void cancelDuringWait();
    void networkErrorIsNotRetried();
    void idempotency();

private:
    HttpRequest adminPost() const;
    HttpResponse sendPlain(const HttpRequest &request);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<RateLimitTracker> m_tracker;
};

void TestRateLimits::init()
{
    m_server = std::make_unique<Sandbox::SandboxServer>(Sandbox::SandboxOptions{});
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_server->rateLimiter().setLimit(Sandbox::ApiGroup::Admin, {60, 3});
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    m_tracker = std::make_unique<RateLimitTracker>();
    m_tracker->attach(m_http.get());
}

void TestRateLimits::cleanup()
{
    m_tracker.reset();
    m_http.reset();
    m_network.reset();
    m_server.reset();
}

HttpRequest TestRateLimits::adminPost() const
{
    // No credentials: the sandbox answers 401 once it processes the request, 429 when it did not.
    HttpRequest request;
    request.method = "POST";
    request.url = m_server->baseUrl().resolved(QUrl(QStringLiteral("/api/admin/default/clients")));
    request.headers = {{"Content-Type", "application/json"}};
    request.body = R"({"client_name":"rate"})";
    return request;
}

HttpResponse TestRateLimits::sendPlain(const HttpRequest &request)
{
    HttpResponse result;
    bool done = false;
    m_http->send(request, this, [&](const HttpResponse &response) {
        result = response;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return result;
}

void TestRateLimits::burstThen429ThenRecovery()
{
    const QString host = hostKey(m_server->baseUrl());
    // The burst: three processed, the bucket counting down.
    for (int i = 2; i >= 0; --i) {
        const HttpResponse response = sendPlain(adminPost());
        QCOMPARE(response.status, 401);
        const auto state = m_tracker->group(host, u"admin"_qs);
        QVERIFY(state);
        QCOMPARE(state->last.limit.value_or(-1), 60);
        QCOMPARE(state->last.remaining.value_or(-1), i);
        QVERIFY(!state->blockedUntil);
    }
    QCOMPARE(m_tracker->group(host, u"admin"_qs)->history.size(), 3);

    // Exhausted: the POST is rejected before processing, waits Retry-After and goes through.
    RetryingRequest request(m_http.get(), adminPost(), m_tracker.get());
    request.setMaxRetries(5);
    QSignalSpy waiting(&request, &RetryingRequest::waiting);
    QSignalSpy retrying(&request, &RetryingRequest::retrying);
    QSignalSpy finished(&request, &RetryingRequest::finished);
    QSignalSpy changed(m_tracker.get(), &RateLimitTracker::groupChanged);
    request.start();

    QTRY_COMPARE(waiting.count(), 1);
    QCOMPARE(waiting.at(0).at(0).toInt(), 1); // Retry-After: 1 (one token a second)
    QCOMPARE(waiting.at(0).at(1).toInt(), 1);
    QVERIFY(request.isWaiting());
    auto state = m_tracker->group(host, u"admin"_qs);
    QVERIFY(state->last.tooManyRequests);
    QVERIFY(state->blockedUntil);
    QVERIFY(*state->blockedUntil > state->updatedAt);
    QCOMPARE(state->last.remaining.value_or(-1), 0);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto response = finished.at(0).at(0).value<HttpResponse>();
    QCOMPARE(response.status, 401); // processed this time
    QVERIFY(retrying.count() >= 1);
    QCOMPARE(request.attempts(), retrying.count() + 1);
    QVERIFY(!request.isWaiting());
    state = m_tracker->group(host, u"admin"_qs);
    QVERIFY(!state->blockedUntil);
    QVERIFY(!state->last.tooManyRequests);
    QVERIFY(changed.count() >= 2);
}

void TestRateLimits::retriesRunOut()
{
    for (int i = 0; i < 3; ++i)
        QCOMPARE(sendPlain(adminPost()).status, 401);
    RetryingRequest request(m_http.get(), adminPost(), m_tracker.get());
    request.setMaxRetries(0);
    QSignalSpy waiting(&request, &RetryingRequest::waiting);
    QSignalSpy finished(&request, &RetryingRequest::finished);
    request.start();
    QTRY_COMPARE(finished.count(), 1);
    const auto response = finished.at(0).at(0).value<HttpResponse>();
    QCOMPARE(response.status, 429);
    QCOMPARE(waiting.count(), 0);
    QCOMPARE(request.attempts(), 1);
    QVERIFY(RetryingRequest::isRejectedBeforeProcessing(response));
}

void TestRateLimits::cancelDuringWait()
{
    m_server->rateLimiter().setLimit(Sandbox::ApiGroup::Admin, {1, 1}); // Retry-After: 60
    QCOMPARE(sendPlain(adminPost()).status, 401);
    RetryingRequest request(m_http.get(), adminPost(), m_tracker.get());
    QSignalSpy waiting(&request, &RetryingRequest::waiting);
    QSignalSpy finished(&request, &RetryingRequest::finished);
    request.start();
    QTRY_COMPARE(waiting.count(), 1);
    QVERIFY(waiting.at(0).at(0).toInt() >= 59);
    request.cancel();
    QCOMPARE(finished.count(), 1);
    const auto response = finished.at(0).at(0).value<HttpResponse>();
    QCOMPARE(response.status, 0);
    QCOMPARE(response.networkError, QNetworkReply::OperationCanceledError);
    QVERIFY(!response.error.isEmpty());
    QVERIFY(!request.isWaiting());
    QCOMPARE(request.attempts(), 1);
    request.cancel(); // twice: nothing more
    QCOMPARE(finished.count(), 1);

    // A wait longer than the user allows passes the 429 through at once.
    RetryingRequest impatient(m_http.get(), adminPost(), m_tracker.get());
    impatient.setMaxWait(std::chrono::seconds(5));
    QSignalSpy impatientFinished(&impatient, &RetryingRequest::finished);
    impatient.start();
    QTRY_COMPARE(impatientFinished.count(), 1);
    QCOMPARE(impatientFinished.at(0).at(0).value<HttpResponse>().status, 429);
    QCOMPARE(impatient.attempts(), 1);
}

void TestRateLimits::networkErrorIsNotRetried()
{
    // A port nobody listens on: connection refused, no status.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    HttpRequest request = adminPost();
    request.url.setPort(port);
    RetryingRequest post(m_http.get(), request, m_tracker.get());
    QSignalSpy finished(&post, &RetryingRequest::finished);
    QSignalSpy retrying(&post, &RetryingRequest::retrying);
    post.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<HttpResponse>().status, 0);
    QCOMPARE(retrying.count(), 0);
    QCOMPARE(post.attempts(), 1);
}

void TestRateLimits::idempotency()
{
    QVERIFY(RetryingRequest::isIdempotent("GET"));
    QVERIFY(RetryingRequest::isIdempotent("put"));
    QVERIFY(RetryingRequest::isIdempotent("DELETE"));
    QVERIFY(!RetryingRequest::isIdempotent("POST"));
    QVERIFY(!RetryingRequest::isIdempotent("PATCH"));
    QVERIFY(!RetryingRequest::isIdempotent("PURGE"));
    HttpResponse unavailable;
    unavailable.status = 503;
    QVERIFY(!RetryingRequest::isRejectedBeforeProcessing(unavailable));
    unavailable.headers = {{"retry-after", "5"}};
    QVERIFY(RetryingRequest::isRejectedBeforeProcessing(unavailable));
    unavailable.status = 500;
    QVERIFY(!RetryingRequest::isRejectedBeforeProcessing(unavailable));
}

QTEST_GUILESS_MAIN(TestRateLimits)
#include "tst_ratelimits.moc"
