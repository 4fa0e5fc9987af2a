// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;

namespace Sandbox {

class Router;
class RateLimiter;
class HttpConnection;

// A small HTTP/1.1 server on QTcpServer that dispatches through a Router.
//
// Why our own and not Qt HttpServer: we need full control of the limits (header and body sizes,
// connection cap), of slow and half-open clients (per-connection timeouts, lingering close), and
// Qt HttpServer is a technology preview on Debian 12 (Qt 6.4) — one more, unstable dependency
// for a development aid.
//
// Per connection: request line and headers (≤ maxHeaderBytes, else 431; a request line alone
// longer than that 414), then a Content-Length body (≤ maxBodyBytes, else 413 and close).
// Transfer-Encoding is not supported: "chunked" gets 411 Length Required (send Content-Length),
// any other coding 501; both close, since the body's framing is unknown. Malformed requests get
// 400 and the connection closes. Keep-alive as HTTP/1.1 says (HTTP/1.0: only when asked);
// pipelined requests are answered in order. "Expect: 100-continue" is answered.
// Every response is framed by the server (Content-Length, Date, Connection) and carries the
// rate-limit headers of the route's API group when a RateLimiter is set. Errors produced by the
// server itself use Cloudentity's admin error body {status_code, error, error_code, details}.
// Handlers run on the event loop; the server never blocks. A client that half-closes after its
// request gets its answer as far as the kernel's send buffer takes it (QTcpSocket closes on EOF).
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    struct Limits
    {
        qsizetype maxHeaderBytes = 32 * 1024; // request line + headers
        qsizetype maxBodyBytes = 1024 * 1024;
        int maxHeaderCount = 100;
        int headerTimeoutMs = 10'000; // connection (or a request's first byte) to end of headers
        int bodyTimeoutMs = 30'000;   // end of headers to the body's last byte
        int idleTimeoutMs = 30'000;   // keep-alive: between requests
        int lingerMs = 2'000;         // after the last response: reading the client's leftovers
        int maxConnections = 256;     // beyond it new connections are closed at once
    };

    // The router (and the limiter, when not null) must outlive the server.
    explicit HttpServer(const Router &router, RateLimiter *limiter = nullptr, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits &limits); // applies to connections accepted afterwards
    Limits limits() const;

    // Listens on address:port (0: ephemeral). False with a translated message on failure.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Stops listening and drops every open connection.
    void close();
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://ADDRESS:PORT, from the listening address (never the Host header)

    int connectionCount() const;

    // The API group an unrouted path counts against (404s still use up rate limit):
    // /api/admin/... Admin, /api/developer/... Developer, /api/system/... System, else Public.
    static ApiGroup groupForUnroutedPath(const QString &path);

    // The admin error body Cloudentity's gateways use, e.g. for 404, 405, 429.
    static HttpResponse errorResponse(int status, const QString &error, const QString &errorCode);

signals:
    void connectionClosed(); // one connection ended, either side

private:
    friend class HttpConnection;
    // A parsed request to an answer (routing, rate limit, handler).
    HttpResponse respond(HttpRequest &request);
    // Rate-limit headers for responses the server makes before routing (400, 413, 431 ...).
    void addPeekedRateLimitHeaders(HttpResponse &response) const;
    void onNewConnection();
    void onConnectionFinished(HttpConnection *connection);

    const Router &m_router;
    RateLimiter *m_limiter;
    Limits m_limits;
    QTcpServer *m_server;
    QList<HttpConnection *> m_connections;
};

} // namespace Sandbox
