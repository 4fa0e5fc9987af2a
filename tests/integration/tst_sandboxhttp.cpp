// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's HTTP server over real sockets on 127.0.0.1: framing, limits, timeouts, the
// connection cap and rate limiting, with test routes on a plain Router.
#include "httpserver.h"
#include "ratelimiter.h"
#include "router.h"
#include "testhttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>
#include <stdexcept>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Sandbox;

namespace {

struct Response
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        return TestHttp::headerValue(headers, name);
    }
    bool hasHeader(const QByteArray &name) const { return TestHttp::findHeader(headers, name) != nullptr; }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Takes one whole response (Content-Length framed) off the front of buffer.
std::optional<Response> takeResponse(QByteArray &buffer, bool headRequest = false)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Response response;
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    if (statusLine.size() < 2 || statusLine[0] != "HTTP/1.1")
        return std::nullopt;
    response.status = statusLine[1].toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        response.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    const qsizetype length = headRequest ? 0 : response.header("Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    response.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return response;
}

// QTRY_* evaluate their expression once more after success: wait with this, then take.
bool hasResponse(const QByteArray &buffer, bool headRequest = false)
{
    QByteArray copy = buffer;
    return takeResponse(copy, headRequest).has_value();
}

// A raw client: everything received is collected in `received`.
class Client final : public QObject
{
public:
    explicit Client(quint16 port)
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] { received += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        connect(&socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            received += socket.readAll();
            closed = true;
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void send(const QByteArray &bytes) { socket.write(bytes); }

    QTcpSocket socket;
    QByteArray received;
    bool closed = false;
};

QByteArray get(const QByteArray &target, const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

void expectRateLimitHeaders(const Response &response)
{
    QVERIFY2(response.hasHeader("X-RateLimit-Limit"), "X-RateLimit-Limit");
    QVERIFY2(response.hasHeader("X-RateLimit-Remaining"), "X-RateLimit-Remaining");
    QVERIFY2(response.hasHeader("X-RateLimit-Reset"), "X-RateLimit-Reset");
    bool ok = false;
    QVERIFY(response.header("X-RateLimit-Limit").toInt(&ok) > 0 && ok);
}

} // namespace

class TestSandboxHttp final : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1'000'000;
    Router m_router;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<HttpServer> m_server;

    void startServer(const HttpServer::Limits &limits = {})
    {
        m_server = std::make_unique<HttpServer>(m_router, m_limiter.get());
        m_server->setLimits(limits);
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    // One request on a fresh connection; the response.
    Response roundTrip(const QByteArray &request, bool headRequest = false)
    {
        Client client(m_server->port());
        client.send(request);
        [&] { QTRY_VERIFY(hasResponse(client.received, headRequest)); }();
        return takeResponse(client.received, headRequest).value_or(Response{});
    }

private slots:
    void initTestCase()
    {
        m_router.add("GET", QStringLiteral("/hello"), ApiGroup::Public, [](const HttpRequest &, const PathParams &) {
            HttpResponse response;
            response.setHeader("Content-Type", "text/plain");
            response.body = "hello";
            return response;
        });
        m_router.add("GET", QStringLiteral("/items/{id}"), ApiGroup::Public, [](const HttpRequest &request, const PathParams &params) {
            return HttpResponse::json(200, QJsonObject{
                                               {QStringLiteral("id"), params.value(QStringLiteral("id"))},
                                               {QStringLiteral("q"), formValue(request.query, QStringLiteral("q"))},
                                               {QStringLiteral("base"), request.baseUrl.toString()},
                                               {QStringLiteral("peer"), request.peer.toString()},
                                               {QStringLiteral("agent"), QString::fromLatin1(request.header("User-Agent"))},
                                           });
        });
        m_router.add("POST", QStringLiteral("/echo"), ApiGroup::Public, [](const HttpRequest &request, const PathParams &) {
            HttpResponse response;
            response.status = 201;
            response.body = request.body;
            return response;
        });
        m_router.add("GET", QStringLiteral("/limited"), ApiGroup::Admin, [](const HttpRequest &, const PathParams &) {
            return HttpResponse::empty(204);
        });
        m_router.add("GET", QStringLiteral("/throws"), ApiGroup::Public, [](const HttpRequest &, const PathParams &) -> HttpResponse {
            throw std::runtime_error("handler bug");
        });
        m_router.add("GET", QStringLiteral("/interim"), ApiGroup::Public, [](const HttpRequest &, const PathParams &) {
            return HttpResponse::empty(101); // a handler cannot switch protocols or send interim answers
        });
        m_router.add("GET", QStringLiteral("/injection"), ApiGroup::Public, [](const HttpRequest &, const PathParams &) {
            HttpResponse response;
            response.setHeader("X-Evil", "a\r\nSet-Cookie: x=1");
            response.setHeader("X-Good", "fine");
            response.setHeader("Content-Length", "999");
            response.body = "ok";
            return response;
        });
    }

    void init()
    {
        m_limiter = std::make_unique<RateLimiter>([this] { return m_now; });
        startServer();
    }

    void cleanup()
    {
        m_server.reset();
        m_limiter.reset();
    }

    void routing()
    {
        const Response hello = roundTrip(get("/hello"));
        QCOMPARE(hello.status, 200);
        QCOMPARE(hello.body, QByteArray("hello"));
        QCOMPARE(hello.header("Content-Type"), QByteArray("text/plain"));
        QCOMPARE(hello.header("Content-Length"), QByteArray("5"));
        QVERIFY(hello.header("Date").endsWith(" GMT"));
        expectRateLimitHeaders(hello);

        const Response item = roundTrip(get("/items/a%20b?q=x+y%26z", "User-Agent: tst\r\n"));
        QCOMPARE(item.status, 200);
        const QJsonObject json = item.json();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("a b"));
        QCOMPARE(json.value(QStringLiteral("q")).toString(), QStringLiteral("x y&z"));
        QCOMPARE(json.value(QStringLiteral("base")).toString(), QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        QCOMPARE(m_server->baseUrl().toString(), QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
        QCOMPARE(json.value(QStringLiteral("peer")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(json.value(QStringLiteral("agent")).toString(), QStringLiteral("tst"));

        // absolute-form targets route by their path
        const Response absolute = roundTrip("GET http://127.0.0.1/items/7 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(absolute.json().value(QStringLiteral("id")).toString(), QStringLiteral("7"));

        const Response echo = roundTrip("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world");
        QCOMPARE(echo.status, 201);
        QCOMPARE(echo.body, QByteArray("hello world"));

        const Response head = roundTrip("HEAD /hello HTTP/1.1\r\nHost: x\r\n\r\n", true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length"), QByteArray("5"));

        const Response noContent = roundTrip(get("/limited"));
        QCOMPARE(noContent.status, 204);
        QVERIFY(!noContent.hasHeader("Content-Length"));
    }

    void handlerFaults()
    {
        const Response thrown = roundTrip(get("/throws"));
        QCOMPARE(thrown.status, 500);
        QCOMPARE(thrown.json().value(QStringLiteral("error_code")).toString(), QStringLiteral("internal_server_error"));

        const Response interim = roundTrip(get("/interim"));
        QCOMPARE(interim.status, 500);

        const Response injected = roundTrip(get("/injection"));
        QCOMPARE(injected.status, 200);
        QVERIFY(!injected.hasHeader("X-Evil"));
        QVERIFY(!injected.hasHeader("Set-Cookie"));
        QCOMPARE(injected.header("X-Good"), QByteArray("fine"));
        QCOMPARE(injected.header("Content-Length"), QByteArray("2"));
        QCOMPARE(injected.body, QByteArray("ok"));
    }

    void notFound()
    {
        const Response response = roundTrip(get("/nothing/here"));
        QCOMPARE(response.status, 404);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/json"));
        const QJsonObject body = response.json();
        QCOMPARE(body.value(QStringLiteral("status_code")).toInt(), 404);
        QCOMPARE(body.value(QStringLiteral("error_code")).toString(), QStringLiteral("not_found"));
        QVERIFY(body.value(QStringLiteral("details")).isObject());
        expectRateLimitHeaders(response);
    }

    void methodNotAllowed()
    {
        const Response response = roundTrip("DELETE /hello HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(response.status, 405);
        QCOMPARE(response.header("Allow"), QByteArray("GET, HEAD"));
        QCOMPARE(response.json().value(QStringLiteral("status_code")).toInt(), 405);
        expectRateLimitHeaders(response);

        const Response post = roundTrip("GET /echo HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(post.status, 405);
        QCOMPARE(post.header("Allow"), QByteArray("POST"));
    }

    void keepAlive()
    {
        Client client(m_server->port());
        client.send(get("/hello"));
        std::optional<Response> first;
        QTRY_VERIFY(hasResponse(client.received));
        first = takeResponse(client.received);
        QCOMPARE(first->status, 200);
        QVERIFY(!first->hasHeader("Connection"));

        client.send(get("/items/2"));
        std::optional<Response> second;
        QTRY_VERIFY(hasResponse(client.received));
        second = takeResponse(client.received);
        QCOMPARE(second->json().value(QStringLiteral("id")).toString(), QStringLiteral("2"));
        QVERIFY(!client.closed);
        QCOMPARE(m_server->connectionCount(), 1);

        // Two pipelined requests in one write, answered in order; the last asks to close.
        client.send(get("/items/3") + get("/items/4", "Connection: close\r\n"));
        std::optional<Response> third;
        std::optional<Response> fourth;
        QTRY_VERIFY(hasResponse(client.received));
        third = takeResponse(client.received);
        QTRY_VERIFY(hasResponse(client.received));
        fourth = takeResponse(client.received);
        QCOMPARE(third->json().value(QStringLiteral("id")).toString(), QStringLiteral("3"));
        QCOMPARE(fourth->json().value(QStringLiteral("id")).toString(), QStringLiteral("4"));
        QCOMPARE(fourth->header("Connection"), QByteArray("close"));
        QTRY_VERIFY(client.closed);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void http10ClosesByDefault()
    {
        Client client(m_server->port());
        client.send("GET /hello HTTP/1.0\r\n\r\n");
        std::optional<Response> response;
        QTRY_VERIFY(hasResponse(client.received));
        response = takeResponse(client.received);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("Connection"), QByteArray("close"));
        QTRY_VERIFY(client.closed);
    }

    void bodyLimit()
    {
        const qsizetype limit = HttpServer::Limits().maxBodyBytes;
        QCOMPARE(limit, 1024 * 1024);

        const QByteArray exact(limit, 'a');
        const Response accepted = roundTrip("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                            + QByteArray::number(limit) + "\r\n\r\n" + exact);
        QCOMPARE(accepted.status, 201);
        QCOMPARE(accepted.body.size(), limit);

        Client client(m_server->port());
        client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(limit + 1) + "\r\n\r\n"
                    + QByteArray(limit + 1, 'b'));
        std::optional<Response> response;
        QTRY_VERIFY(hasResponse(client.received));
        response = takeResponse(client.received);
        QCOMPARE(response->status, 413);
        QCOMPARE(response->json().value(QStringLiteral("status_code")).toInt(), 413);
        QCOMPARE(response->header("Connection"), QByteArray("close"));
        expectRateLimitHeaders(*response);
        QTRY_VERIFY(client.closed);
    }

    void expectContinue()
    {
        Client client(m_server->port());
        client.send("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
        QTRY_VERIFY(client.received.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
        client.received.remove(0, 25);
        client.send("data");
        std::optional<Response> response;
        QTRY_VERIFY(hasResponse(client.received));
        response = takeResponse(client.received);
        QCOMPARE(response->status, 201);
        QCOMPARE(response->body, QByteArray("data"));
    }

    void headerLimit()
    {
        // 40 KiB of headers
        QByteArray headers;
        for (int i = 0; headers.size() < 40 * 1024; ++i)
            headers += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(100, 'h') + "\r\n";
        Client client(m_server->port());
        client.send(get("/hello", headers));
        std::optional<Response> response;
        QTRY_VERIFY(hasResponse(client.received));
        response = takeResponse(client.received);
        QCOMPARE(response->status, 431);
        QCOMPARE(response->json().value(QStringLiteral("status_code")).toInt(), 431);
        expectRateLimitHeaders(*response);
        QTRY_VERIFY(client.closed);

        // Just under the limit is fine.
        const QByteArray fits = "X-A: " + QByteArray(30 * 1024, 'h') + "\r\n";
        QCOMPARE(roundTrip(get("/hello", fits)).status, 200);

        // A request line that never ends.
        Client endless(m_server->port());
        endless.send("GET /" + QByteArray(40 * 1024, 'a'));
        std::optional<Response> tooLong;
        QTRY_VERIFY(hasResponse(endless.received));
        tooLong = takeResponse(endless.received);
        QCOMPARE(tooLong->status, 414);
        QTRY_VERIFY(endless.closed);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n", 22) << 400;
        QTest::newRow("binary nul") << QByteArray("\0\0\0\0\n\n", 6) << 400;
        QTest::newRow("no version") << QByteArray("GET /hello\r\n\r\n") << 400;
        QTest::newRow("extra part") << QByteArray("GET /hello HTTP/1.1 x\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("double space") << QByteArray("GET  /hello HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("bad method") << QByteArray("G(T /hello HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("bad version") << QByteArray("GET /hello HTTX/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("http 2") << QByteArray("GET /hello HTTP/2.0\r\nHost: x\r\n\r\n") << 505;
        QTest::newRow("relative target") << QByteArray("GET hello HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("bad escape") << QByteArray("GET /hel%zzlo HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("fragment") << QByteArray("GET /hello#x HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("no host") << QByteArray("GET /hello HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two hosts") << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n") << 400;
        QTest::newRow("no colon") << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n") << 400;
        QTest::newRow("space before colon") << QByteArray("GET /hello HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n") << 400;
        QTest::newRow("control in value") << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nX-A: a\x01z\r\n\r\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET /hello HTTP/1.1\r\nHost: x\rX-A: b\r\n\r\n") << 400;
        QTest::newRow("length not a number") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1x\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("conflicting lengths") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << 400;
        QTest::newRow("huge length") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n") << 413;
        QTest::newRow("te and length") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\na") << 400;
        QTest::newRow("chunked") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n") << 411;
        QTest::newRow("gzip coding") << QByteArray("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
    }

    void malformed()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        Client client(m_server->port());
        client.send(request);
        std::optional<Response> response;
        QTRY_VERIFY(hasResponse(client.received));
        response = takeResponse(client.received);
        QCOMPARE(response->status, status);
        QCOMPARE(response->json().value(QStringLiteral("status_code")).toInt(), status);
        QCOMPARE(response->header("Connection"), QByteArray("close"));
        expectRateLimitHeaders(*response);
        QTRY_VERIFY(client.closed);
        QTRY_COMPARE(m_server->connectionCount(), 0);
        // The server is still fine.
        QCOMPARE(roundTrip(get("/hello")).status, 200);
    }

    void tolerated_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("bare LF") << QByteArray("GET /hello HTTP/1.1\nHost: x\n\n");
        QTest::newRow("leading empty lines") << QByteArray("\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::newRow("header whitespace") << QByteArray("GET /hello HTTP/1.1\r\nHost:   x  \r\n\r\n");
        QTest::newRow("same lengths") << QByteArray("GET /hello HTTP/1.1\r\nHost: x\r\nContent-Length: 0, 0\r\n\r\n");
    }

    void tolerated()
    {
        QFETCH(QByteArray, request);
        const Response response = roundTrip(request);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("hello"));
    }

    void slowClientTimesOut()
    {
        HttpServer::Limits limits;
        limits.headerTimeoutMs = 400;
        startServer(limits);

        Client slow(m_server->port());
        slow.send("GET /hello HTTP/1.1\r\nHo");
        QTRY_COMPARE(m_server->connectionCount(), 1);

        // Another client is served while the slow one stalls.
        const Response other = roundTrip(get("/hello"));
        QCOMPARE(other.status, 200);
        QVERIFY(!slow.closed);

        QTRY_VERIFY(slow.closed);
        std::optional<Response> timeout = takeResponse(slow.received);
        QVERIFY(timeout.has_value());
        QCOMPARE(timeout->status, 408);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void slowBodyTimesOut()
    {
        HttpServer::Limits limits;
        limits.bodyTimeoutMs = 400;
        startServer(limits);
        Client slow(m_server->port());
        slow.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc");
        QTRY_VERIFY(slow.closed);
        std::optional<Response> timeout = takeResponse(slow.received);
        QVERIFY(timeout.has_value());
        QCOMPARE(timeout->status, 408);
    }

    void idleKeepAliveTimesOut()
    {
        HttpServer::Limits limits;
        limits.idleTimeoutMs = 400;
        startServer(limits);
        Client client(m_server->port());
        client.send(get("/hello"));
        std::optional<Response> response;
        QTRY_VERIFY(hasResponse(client.received));
        response = takeResponse(client.received);
        QVERIFY(!client.closed);
        QTRY_VERIFY(client.closed);
        QVERIFY(client.received.isEmpty()); // closed without another answer
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void connectionCap()
    {
        HttpServer::Limits limits;
        limits.maxConnections = 256;
        limits.headerTimeoutMs = 60'000; // nothing times out during this test
        startServer(limits);

        std::vector<std::unique_ptr<Client>> idle;
        for (int i = 0; i < 300; ++i)
            idle.push_back(std::make_unique<Client>(m_server->port()));
        const auto closedCount = [&idle] {
            return std::count_if(idle.begin(), idle.end(), [](const auto &client) { return client->closed; });
        };
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 256, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(closedCount(), 44, 20'000);

        // At the cap a new connection is closed at once ...
        Client refused(m_server->port());
        QTRY_VERIFY(refused.closed);
        QVERIFY(refused.received.isEmpty());

        // ... and served once the idle ones are gone.
        idle.clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 20'000);
        QCOMPARE(roundTrip(get("/hello")).status, 200);
    }

    void idleConnectionsTimeOut()
    {
        HttpServer::Limits limits;
        limits.maxConnections = 256;
        limits.headerTimeoutMs = 600;
        startServer(limits);

        std::vector<std::unique_ptr<Client>> idle;
        for (int i = 0; i < 300; ++i)
            idle.push_back(std::make_unique<Client>(m_server->port()));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.begin(), idle.end(), [](const auto &client) { return client->closed; }), 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 20'000);
        QCOMPARE(roundTrip(get("/hello")).status, 200);
    }

    void rateLimit()
    {
        m_limiter->setLimit(ApiGroup::Admin, {60, 3}); // one token a second, three at most

        for (int remaining = 2; remaining >= 0; --remaining) {
            const Response response = roundTrip(get("/limited"));
            QCOMPARE(response.status, 204);
            QCOMPARE(response.header("X-RateLimit-Limit"), QByteArray("60"));
            QCOMPARE(response.header("X-RateLimit-Remaining"), QByteArray::number(remaining));
            QCOMPARE(response.header("X-RateLimit-Reset"), QByteArray::number(3 - remaining));
            QVERIFY(!response.hasHeader("Retry-After"));
        }

        const Response limited = roundTrip(get("/limited"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(limited.header("X-RateLimit-Reset"), QByteArray("3"));
        QCOMPARE(limited.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(limited.json(), (QJsonObject{
                                     {QStringLiteral("status_code"), 429},
                                     {QStringLiteral("error"), QStringLiteral("rate limit exceeded")},
                                     {QStringLiteral("error_code"), QStringLiteral("too_many_requests")},
                                     {QStringLiteral("details"), QJsonObject()},
                                 }));

        // Other groups have their own buckets.
        QCOMPARE(roundTrip(get("/hello")).status, 200);

        m_now += 500; // half a token
        const Response stillLimited = roundTrip(get("/limited"));
        QCOMPARE(stillLimited.status, 429);
        QCOMPARE(stillLimited.header("Retry-After"), QByteArray("1"));

        m_now += 500;
        const Response refilled = roundTrip(get("/limited"));
        QCOMPARE(refilled.status, 204);
        QCOMPARE(refilled.header("X-RateLimit-Remaining"), QByteArray("0"));

        m_now += 60'000;
        const Response full = roundTrip(get("/limited"));
        QCOMPARE(full.header("X-RateLimit-Remaining"), QByteArray("2"));
    }

    void listenFailure()
    {
        HttpServer second(m_router, nullptr);
        QString error;
        QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port(), &error));
        QVERIFY(error.contains(QString::number(m_server->port())));
        QVERIFY(!second.isListening());
        QVERIFY(second.baseUrl().isEmpty());
    }

#ifdef Q_OS_UNIX
    void halfClosedClientGetsAnswer()
    {
        // Some clients shut down their sending side after the request (EOF for the server).
        Client client(m_server->port());
        QTRY_COMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
        client.send("GET /hello HTTP/1.0\r\n\r\n");
        QVERIFY(client.socket.flush());
        QCOMPARE(::shutdown(int(client.socket.socketDescriptor()), SHUT_WR), 0);
        QTRY_VERIFY(hasResponse(client.received));
        QCOMPARE(takeResponse(client.received)->body, QByteArray("hello"));
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }
#endif

    void ipv6Loopback()
    {
        HttpServer six(m_router, m_limiter.get());
        QString error;
        if (!six.listen(QHostAddress::LocalHostIPv6, 0, &error))
            QSKIP(qPrintable(QStringLiteral("no IPv6 loopback here: ") + error));
        QCOMPARE(six.baseUrl().toString(), QStringLiteral("http://[::1]:%1").arg(six.port()));
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHostIPv6, six.port());
        socket.write(get("/items/6"));
        QTRY_VERIFY(hasResponse(received));
        const std::optional<Response> response = takeResponse(received);
        QCOMPARE(response->json().value(QStringLiteral("base")).toString(), six.baseUrl().toString());
        QCOMPARE(response->json().value(QStringLiteral("peer")).toString(), QStringLiteral("::1"));
    }

    void withoutLimiter()
    {
        HttpServer plain(m_router, nullptr);
        QString error;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0, &error));
        Client client(plain.port());
        client.send(get("/hello"));
        std::optional<Response> response;
        QTRY_VERIFY(hasResponse(client.received));
        response = takeResponse(client.received);
        QCOMPARE(response->status, 200);
        QVERIFY(!response->hasHeader("X-RateLimit-Limit"));
    }

    void closeDropsConnections()
    {
        Client client(m_server->port());
        client.send("GET /hello HTTP/1.1\r\n");
        QTRY_COMPARE(m_server->connectionCount(), 1);
        m_server->close();
        QCOMPARE(m_server->connectionCount(), 0);
        QVERIFY(!m_server->isListening());
        QTRY_VERIFY(client.closed);
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
