// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpserver.h"
#include "http/httpsyntax.h"

#include "ratelimiter.h"
#include "router.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cctype>
#include <exception>
#include <optional>
#include <utility>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

// Debug: one line per request (method, path, status; never the query or the body).
Q_LOGGING_CATEGORY(lcSandboxHttp, "tokenscope.sandbox.http", QtInfoMsg)

namespace Sandbox {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100: return "Continue";
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return status >= 100 && status < 600 ? QByteArray("Status") : QByteArray("Internal Server Error");
    }
}

// RFC 9110 §5.5: field values are visible characters, SP, HTAB and obs-text; no CR, LF, NUL.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Visible ASCII, no '#', and every '%' starts a valid escape.
bool isValidTarget(QByteArrayView target)
{
    for (qsizetype i = 0; i < target.size(); ++i) {
        const auto u = static_cast<unsigned char>(target[i]);
        if (u <= 0x20 || u >= 0x7f || u == '#')
            return false;
        if (u == '%' && (i + 2 >= target.size() || !isHex(target[i + 1]) || !isHex(target[i + 2])))
            return false;
    }
    return true;
}

QByteArray trimOws(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

QByteArray httpDate()
{
    // RFC 9110 §5.6.7 IMF-fixdate; the C locale's English names.
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

void setRateLimitHeaders(HttpResponse &response, const RateLimiter::Decision &decision)
{
    response.setHeader("X-RateLimit-Limit", QByteArray::number(decision.limit));
    response.setHeader("X-RateLimit-Remaining", QByteArray::number(decision.remaining));
    response.setHeader("X-RateLimit-Reset", QByteArray::number(decision.resetSeconds));
}

} // namespace

// One client connection: an incremental request parser, the timeouts, and a lingering close.
class HttpConnection final : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server)
        : QObject(server)
        , m_server(server)
        , m_limits(server->limits())
        , m_socket(socket)
    {
        m_socket->setParent(this);
        m_socket->setReadBufferSize(64 * 1024);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                qCDebug(lcSandboxHttp) << "connection error" << m_socket->errorString();
            finish();
        });
        connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
        m_timer.start(m_limits.headerTimeoutMs);
        if (m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
    }

    void abort()
    {
        m_finished = true;
        m_timer.stop();
        m_socket->abort();
    }

private:
    enum class State { Head, Body, Closing };

    void onReadyRead()
    {
        if (m_finished)
            return;
        if (m_state == State::Closing) {
            // Lingering: the client's leftovers are read and dropped, so that closing does not
            // reset the connection before it has read our answer.
            m_lingerBytes += m_socket->skip(m_socket->bytesAvailable());
            if (m_lingerBytes > 16 * m_limits.maxBodyBytes) {
                abort();
                finish();
            }
            return;
        }
        m_buffer += m_socket->readAll();
        process();
    }

    void process()
    {
        while (m_state != State::Closing && !m_finished) {
            if (m_state == State::Head) {
                if (!parseHead())
                    return;
            }
            if (m_state == State::Body) {
                if (m_buffer.size() < m_bodyLength)
                    return;
                m_request.body = m_buffer.left(m_bodyLength);
                m_buffer.remove(0, m_bodyLength);
                dispatch();
            }
        }
    }

    // Returns true when a whole head was parsed (state is then Body), false when more bytes are
    // needed or the connection is closing.
    bool parseHead()
    {
        // RFC 9112 §2.2: empty lines before a request line are ignored.
        qsizetype skip = 0;
        while (skip < m_buffer.size() && (m_buffer[skip] == '\r' || m_buffer[skip] == '\n'))
            ++skip;
        if (skip > 0)
            m_buffer.remove(0, skip);
        if (m_buffer.isEmpty())
            return false;
        if (!m_requestStarted) {
            m_requestStarted = true;
            m_timer.start(m_limits.headerTimeoutMs);
        }

        // The head ends at an empty line: "\n\n" or "\n\r\n" (a bare LF is tolerated as the line
        // terminator, RFC 9112 §2.2).
        qsizetype headEnd = -1;
        for (qsizetype from = 0;;) {
            const qsizetype lf = m_buffer.indexOf('\n', from);
            if (lf < 0 || lf > m_limits.maxHeaderBytes + 2)
                break;
            if (lf + 1 < m_buffer.size() && m_buffer[lf + 1] == '\n') {
                headEnd = lf + 2;
                break;
            }
            if (lf + 2 < m_buffer.size() && m_buffer[lf + 1] == '\r' && m_buffer[lf + 2] == '\n') {
                headEnd = lf + 3;
                break;
            }
            from = lf + 1;
        }
        if (headEnd < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes) {
                const bool requestLineDone = m_buffer.left(m_limits.maxHeaderBytes).contains('\n');
                if (requestLineDone)
                    fail(431, QStringLiteral("request header fields too large"), QStringLiteral("request_header_fields_too_large"));
                else
                    fail(414, QStringLiteral("request line too long"), QStringLiteral("uri_too_long"));
            }
            return false;
        }
        if (headEnd > m_limits.maxHeaderBytes + 4) { // the limit counts the head without its empty line
            fail(431, QStringLiteral("request header fields too large"), QStringLiteral("request_header_fields_too_large"));
            return false;
        }
        const QByteArray head = m_buffer.left(headEnd);
        m_buffer.remove(0, headEnd);
        return interpretHead(head);
    }

    bool interpretHead(const QByteArray &head)
    {
        const auto bad = [this](const QString &why) {
            fail(400, why, QStringLiteral("bad_request"));
            return false;
        };

        QList<QByteArray> lines = head.split('\n');
        for (QByteArray &line : lines) {
            if (line.endsWith('\r'))
                line.chop(1);
        }
        while (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        if (lines.isEmpty())
            return bad(QStringLiteral("empty request"));

        // Request line: method SP request-target SP HTTP-version (RFC 9112 §3).
        const QList<QByteArray> parts = lines.constFirst().split(' ');
        if (parts.size() != 3)
            return bad(QStringLiteral("malformed request line"));
        const QByteArray &method = parts[0];
        const QByteArray &target = parts[1];
        const QByteArray &version = parts[2];
        if (!Http::isToken(method))
            return bad(QStringLiteral("malformed method"));
        bool http10 = false;
        if (version == "HTTP/1.0") {
            http10 = true;
        } else if (version != "HTTP/1.1") {
            if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.'
                && std::isdigit(static_cast<unsigned char>(version[5])) && std::isdigit(static_cast<unsigned char>(version[7]))) {
                fail(505, QStringLiteral("HTTP version not supported"), QStringLiteral("http_version_not_supported"));
                return false;
            }
            return bad(QStringLiteral("malformed HTTP version"));
        }
        if (target.isEmpty() || !isValidTarget(target))
            return bad(QStringLiteral("malformed request target"));

        HttpRequest request;
        request.method = method;
        request.target = target;

        QByteArray pathPart;
        QByteArray queryPart;
        bool hasQuery = false;
        if (target.startsWith('/')) {
            const qsizetype question = target.indexOf('?');
            pathPart = question < 0 ? target : target.left(question);
            hasQuery = question >= 0;
            queryPart = hasQuery ? target.mid(question + 1) : QByteArray();
        } else if (target.startsWith("http://") || target.startsWith("HTTP://")) {
            // absolute-form (RFC 9112 §3.2.2): the path and query are what count.
            const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
            if (!url.isValid())
                return bad(QStringLiteral("malformed request target"));
            pathPart = url.path(QUrl::FullyEncoded).toLatin1();
            if (pathPart.isEmpty())
                pathPart = "/";
            hasQuery = url.hasQuery();
            queryPart = url.query(QUrl::FullyEncoded).toLatin1();
        } else if (target == "*" && method == "OPTIONS") {
            pathPart = "*";
        } else {
            return bad(QStringLiteral("malformed request target"));
        }
        request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(pathPart));
        if (hasQuery)
            request.query = parseFormEncoded(queryPart);

        // Header fields (RFC 9112 §5).
        if (lines.size() - 1 > m_limits.maxHeaderCount) {
            fail(431, QStringLiteral("too many request header fields"), QStringLiteral("request_header_fields_too_large"));
            return false;
        }
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            if (line.isEmpty())
                return bad(QStringLiteral("malformed header field"));
            if (line[0] == ' ' || line[0] == '\t')
                return bad(QStringLiteral("obsolete line folding")); // RFC 9112 §5.2
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return bad(QStringLiteral("malformed header field"));
            const QByteArray name = line.left(colon);
            if (!Http::isToken(name)) // also refuses whitespace before the colon, RFC 9112 §5.1
                return bad(QStringLiteral("malformed header field name"));
            const QByteArray value = trimOws(QByteArrayView(line).sliced(colon + 1));
            if (!isFieldValue(value))
                return bad(QStringLiteral("malformed header field value"));
            request.headers.append({name.toLower(), value});
        }

        // Host: exactly one in HTTP/1.1 (RFC 9112 §3.2).
        int hostCount = 0;
        QList<QByteArray> lengths;
        QList<QByteArray> connectionOptions;
        bool hasTransferEncoding = false;
        QByteArray transferEncoding;
        bool expectContinue = false;
        for (const auto &[name, value] : std::as_const(request.headers)) {
            if (name == "host") {
                ++hostCount;
            } else if (name == "content-length") {
                for (const QByteArray &item : value.split(','))
                    lengths.append(trimOws(item));
            } else if (name == "transfer-encoding") {
                hasTransferEncoding = true;
                transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
            } else if (name == "connection") {
                for (const QByteArray &item : value.split(','))
                    connectionOptions.append(trimOws(item).toLower());
            } else if (name == "expect") {
                expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
            }
        }
        if (!http10 && hostCount != 1)
            return bad(hostCount == 0 ? QStringLiteral("missing Host header") : QStringLiteral("more than one Host header"));
        if (hostCount > 1)
            return bad(QStringLiteral("more than one Host header"));

        if (hasTransferEncoding) {
            if (!lengths.isEmpty())
                return bad(QStringLiteral("both Transfer-Encoding and Content-Length")); // RFC 9112 §6.1
            const QByteArray last = trimOws(transferEncoding.split(',').constLast()).toLower();
            if (last == "chunked")
                fail(411, QStringLiteral("chunked request bodies are not supported; send Content-Length"), QStringLiteral("length_required"));
            else
                fail(501, QStringLiteral("transfer coding not implemented"), QStringLiteral("not_implemented"));
            return false;
        }

        qint64 length = 0;
        if (!lengths.isEmpty()) {
            const QByteArray first = lengths.constFirst();
            for (const QByteArray &item : std::as_const(lengths)) {
                if (item != first)
                    return bad(QStringLiteral("conflicting Content-Length values"));
            }
            if (first.isEmpty() || first.size() > 18)
                return first.size() > 18 ? tooLarge() : bad(QStringLiteral("malformed Content-Length"));
            for (char c : first) {
                if (c < '0' || c > '9')
                    return bad(QStringLiteral("malformed Content-Length"));
            }
            length = first.toLongLong();
        }
        if (length > m_limits.maxBodyBytes)
            return tooLarge();

        m_keepAlive = http10 ? connectionOptions.contains("keep-alive") : !connectionOptions.contains("close");
        m_headRequest = method == "HEAD";
        m_request = std::move(request);
        m_bodyLength = length;
        m_state = State::Body;
        if (length > 0) {
            m_timer.start(m_limits.bodyTimeoutMs);
            // RFC 9110 §10.1.1
            if (expectContinue && !http10 && m_buffer.size() < length) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_socket->flush();
            }
        }
        return true;
    }

    bool tooLarge()
    {
        fail(413, QStringLiteral("request body too large"), QStringLiteral("request_entity_too_large"));
        return false;
    }

    void dispatch()
    {
        m_request.peer = m_socket->peerAddress();
        QUrl base = m_server->baseUrl();
        if (base.host() == QLatin1String("0.0.0.0") || base.host() == QLatin1String("::")) {
            // Listening on "any": this connection's own local address names the server.
            base.setHost(m_socket->localAddress().toString());
        }
        m_request.baseUrl = base;

        HttpResponse response = m_server->respond(m_request);
        qCDebug(lcSandboxHttp).noquote() << m_request.method << m_request.path << response.status;
        m_request = HttpRequest();
        send(response, !m_keepAlive);

        if (m_keepAlive) {
            m_state = State::Head;
            m_requestStarted = false;
            m_timer.start(m_limits.idleTimeoutMs);
        }
    }

    // A server-side error: the answer, then close.
    void fail(int status, const QString &error, const QString &errorCode)
    {
        qCDebug(lcSandboxHttp) << "refusing request:" << status << error;
        HttpResponse response = HttpServer::errorResponse(status, error, errorCode);
        m_server->addPeekedRateLimitHeaders(response);
        m_headRequest = false;
        send(response, true);
    }

    void send(const HttpResponse &response, bool close)
    {
        // A handler's interim (1xx) or out-of-range status would break the framing.
        const int status = response.status >= 200 && response.status <= 599 ? response.status : 500;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        for (const auto &[name, value] : response.headers) {
            const QByteArray lower = name.toLower();
            if (lower == "content-length" || lower == "connection" || lower == "transfer-encoding" || lower == "date")
                continue; // the server frames the message
            if (!Http::isToken(name) || !isFieldValue(value)) {
                qCWarning(lcSandboxHttp) << "dropping an invalid response header from a handler";
                continue;
            }
            out += name + ": " + value + "\r\n";
        }
        out += "Date: " + httpDate() + "\r\n";
        const bool bodyAllowed = status >= 200 && status != 204 && status != 304;
        if (bodyAllowed)
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        if (close)
            out += "Connection: close\r\n";
        out += "\r\n";
        if (bodyAllowed && !m_headRequest)
            out += response.body;
        m_socket->write(out);
        // Hand the answer to the kernel now: a client that half-closes after its request (EOF on
        // our side) makes QTcpSocket drop the connection at the next read notification, and
        // whatever is still in its write buffer then.
        m_socket->flush();
        if (close)
            startClosing();
    }

    void startClosing()
    {
        m_state = State::Closing;
        m_buffer.clear();
        m_timer.start(m_limits.lingerMs);
        onBytesWritten();
    }

    void onBytesWritten()
    {
        if (m_state != State::Closing || m_halfClosed || m_finished || m_socket->bytesToWrite() > 0)
            return;
        // Everything is sent: half-close (FIN), then read and drop until the client closes or the
        // linger time is up. Closing at once with unread input would send a reset that can destroy
        // our answer on its way (RFC 9112 §9.6).
        m_halfClosed = true;
        m_socket->flush();
#ifdef Q_OS_WIN
        ::shutdown(static_cast<SOCKET>(m_socket->socketDescriptor()), SD_SEND);
#else
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
#endif
    }

    void onTimeout()
    {
        if (m_finished)
            return;
        switch (m_state) {
        case State::Closing:
            abort();
            finish();
            return;
        case State::Head:
            if (m_requestStarted) {
                fail(408, QStringLiteral("request timeout"), QStringLiteral("request_timeout"));
            } else {
                qCDebug(lcSandboxHttp) << "closing an idle connection";
                startClosing();
            }
            return;
        case State::Body:
            fail(408, QStringLiteral("request timeout"), QStringLiteral("request_timeout"));
            return;
        }
    }

    void finish()
    {
        if (m_reported)
            return;
        m_reported = true;
        m_finished = true;
        m_timer.stop();
        // Later: this may run inside one of the socket's own signals.
        QMetaObject::invokeMethod(
            m_server, [server = QPointer<HttpServer>(m_server), self = QPointer<HttpConnection>(this)] {
                if (server && self)
                    server->onConnectionFinished(self);
            },
            Qt::QueuedConnection);
    }

    HttpServer *m_server;
    HttpServer::Limits m_limits;
    QTcpSocket *m_socket;
    QTimer m_timer;
    QByteArray m_buffer;
    HttpRequest m_request;
    qint64 m_bodyLength = 0;
    qint64 m_lingerBytes = 0;
    State m_state = State::Head;
    bool m_requestStarted = false;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_halfClosed = false;
    bool m_finished = false;
    bool m_reported = false;
};

HttpServer::HttpServer(const Router &router, RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_limiter(limiter)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::setLimits(const Limits &limits)
{
    m_limits = limits;
}

HttpServer::Limits HttpServer::limits() const
{
    return m_limits;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Room for a burst of connects: those over the cap are accepted and closed, not left to
    // retry their SYNs.
    m_server->setListenBacklogSize(std::max(50, m_limits.maxConnections));
    if (m_server->listen(address, port))
        return true;
    if (error) {
        *error = tr("Cannot listen on %1 port %2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_server->errorString());
    }
    return false;
}

void HttpServer::close()
{
    m_server->close();
    const QList<HttpConnection *> connections = std::exchange(m_connections, {});
    for (HttpConnection *connection : connections) {
        connection->abort();
        connection->deleteLater(); // close() may run inside one of its handlers
    }
}

bool HttpServer::isListening() const
{
    return m_server->isListening();
}

QHostAddress HttpServer::address() const
{
    return m_server->serverAddress();
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QUrl HttpServer::baseUrl() const
{
    if (!m_server->isListening())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    QHostAddress host = m_server->serverAddress();
    // An IPv4-mapped address reads better as plain IPv4.
    bool isV4 = false;
    const quint32 v4 = host.toIPv4Address(&isV4);
    if (isV4 && host.protocol() == QAbstractSocket::IPv6Protocol)
        host = QHostAddress(v4);
    url.setHost(host.toString());
    url.setPort(m_server->serverPort());
    return url;
}

int HttpServer::connectionCount() const
{
    return int(m_connections.size());
}

ApiGroup HttpServer::groupForUnroutedPath(const QString &path)
{
    if (path.startsWith(QLatin1String("/api/admin/")))
        return ApiGroup::Admin;
    if (path.startsWith(QLatin1String("/api/developer/")))
        return ApiGroup::Developer;
    if (path.startsWith(QLatin1String("/api/system/")))
        return ApiGroup::System;
    return ApiGroup::Public;
}

HttpResponse HttpServer::errorResponse(int status, const QString &error, const QString &errorCode)
{
    return HttpResponse::json(status, QJsonObject{
                                          {QStringLiteral("status_code"), status},
                                          {QStringLiteral("error"), error},
                                          {QStringLiteral("error_code"), errorCode},
                                          {QStringLiteral("details"), QJsonObject()},
                                      });
}

HttpResponse HttpServer::respond(HttpRequest &request)
{
    std::optional<Router::Match> match = m_router.match(request.method, request.path);
    if (request.method == "HEAD" && (!match || !match->methodAllowed)) {
        // RFC 9110 §9.3.2: HEAD is GET without the body (the server drops it).
        if (auto get = m_router.match("GET", request.path); get && get->methodAllowed)
            match = std::move(get);
    }
    const ApiGroup group = match ? match->group : groupForUnroutedPath(request.path);

    std::optional<RateLimiter::Decision> decision;
    if (m_limiter)
        decision = m_limiter->take(group);

    HttpResponse response;
    if (decision && !decision->allowed) {
        response = errorResponse(429, QStringLiteral("rate limit exceeded"), QStringLiteral("too_many_requests"));
        response.setHeader("Retry-After", QByteArray::number(decision->retryAfterSeconds));
    } else if (!match) {
        response = errorResponse(404, QStringLiteral("not found"), QStringLiteral("not_found"));
    } else if (!match->methodAllowed) {
        QList<QByteArray> allowed = match->allowedMethods;
        if (allowed.contains("GET") && !allowed.contains("HEAD"))
            allowed.append("HEAD");
        response = errorResponse(405, QStringLiteral("method not allowed"), QStringLiteral("method_not_allowed"));
        response.setHeader("Allow", allowed.join(", "));
    } else {
        try {
            response = (*match->handler)(request, match->params);
        } catch (const std::exception &exception) {
            qCWarning(lcSandboxHttp) << "handler failed:" << exception.what();
            response = errorResponse(500, QStringLiteral("internal server error"), QStringLiteral("internal_server_error"));
        } catch (...) {
            qCWarning(lcSandboxHttp) << "handler failed";
            response = errorResponse(500, QStringLiteral("internal server error"), QStringLiteral("internal_server_error"));
        }
    }
    if (decision)
        setRateLimitHeaders(response, *decision);
    return response;
}

void HttpServer::addPeekedRateLimitHeaders(HttpResponse &response) const
{
    if (m_limiter)
        setRateLimitHeaders(response, m_limiter->peek(ApiGroup::Public));
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections) {
            qCDebug(lcSandboxHttp) << "connection limit reached; refusing a connection";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.append(new HttpConnection(socket, this));
    }
}

void HttpServer::onConnectionFinished(HttpConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    connection->deleteLater();
    emit connectionClosed();
}

} // namespace Sandbox
