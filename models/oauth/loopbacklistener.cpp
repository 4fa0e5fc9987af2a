// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbacklistener.h"

#include "pkce.h"

#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QLoggingCategory>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <openssl/crypto.h>

#include <functional>
#include <map>
#include <utility>

Q_LOGGING_CATEGORY(lcListener, "tokenscope.oauth.listener", QtWarningMsg)

using namespace std::chrono_literals;

namespace OAuth {

namespace {

constexpr qsizetype MaxHeaderBytes = 16 * 1024; // request line + headers
constexpr qsizetype MaxBodyBytes = 64 * 1024;   // a form_post body
constexpr int MaxHeaderCount = 100;
constexpr int MaxConnections = 32;
constexpr auto ConnectionTimeout = 10s; // accept → whole request; response → flushed
constexpr auto DefaultTimeout = std::chrono::milliseconds(5min);

struct Request
{
    QByteArray method;
    QByteArray path;  // percent-encoded, as sent
    QByteArray query; // without '?'
    QByteArray contentType;
    QByteArray host;
    QByteArray body;
};

QString htmlEscaped(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    return escaped;
}

// Fills {{NAME}} placeholders in one pass, so text that itself looks like a placeholder stays
// as it is. Values are HTML-escaped here, except the ones listed as raw (the nonce, which is
// base64url).
QByteArray fillTemplate(const QString &page, const std::map<QString, QString> &values)
{
    QString out;
    out.reserve(page.size() + 1024);
    qsizetype from = 0;
    while (true) {
        const qsizetype open = page.indexOf(QLatin1String("{{"), from);
        const qsizetype close = open < 0 ? -1 : page.indexOf(QLatin1String("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(page).mid(from);
            break;
        }
        out += QStringView(page).mid(from, open - from);
        const QString name = page.mid(open + 2, close - open - 2);
        const auto it = values.find(name);
        if (it != values.end())
            out += htmlEscaped(it->second);
        from = close + 2;
    }
    return out.toUtf8();
}

QString loadTemplate(const QString &name)
{
    QFile file(QLatin1String(":/oauth/") + name);
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    qCWarning(lcListener) << "page template missing from the resources:" << name;
    return QStringLiteral("<!DOCTYPE html><html lang=\"{{LANG}}\"><meta charset=\"utf-8\"><title>{{TITLE}}</title>"
                          "<h1>{{HEADING}}</h1><p>{{MESSAGE}}</p><p>{{DETAIL}}</p><p>{{HINT}}</p></html>");
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 410: return "Gone";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body, const QByteArray &csp,
                        const QByteArray &extraHeaders = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: close\r\n"
           "Cache-Control: no-store\r\n"
           "Pragma: no-cache\r\n"
           "Referrer-Policy: no-referrer\r\n"
           "X-Content-Type-Options: nosniff\r\n"
           "X-Frame-Options: DENY\r\n"
           "Cross-Origin-Opener-Policy: same-origin\r\n";
    out += "Content-Security-Policy: " + csp + "\r\n";
    out += extraHeaders;
    out += "\r\n";
    out += body;
    return out;
}

QByteArray plainResponse(int status, const QString &text, const QByteArray &extraHeaders = {})
{
    return httpResponse(status, "text/plain; charset=utf-8", text.toUtf8() + '\n',
                        "default-src 'none'; frame-ancestors 'none'", extraHeaders);
}

// application/x-www-form-urlencoded (query or form body): '+' is a space. QUrlQuery keeps the
// rest percent-encoded; values come out exact with QUrl::FullyDecoded.
QUrlQuery formParameters(const QByteArray &encoded)
{
    QByteArray text = encoded;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

QStringList parameterNames(const QUrlQuery &query)
{
    QStringList names;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        names.append(item.first.left(40));
    return names;
}

bool hasDuplicateName(const QUrlQuery &query)
{
    QStringList names = parameterNames(query);
    names.sort();
    for (qsizetype i = 1; i < names.size(); ++i) {
        if (names.at(i) == names.at(i - 1))
            return true;
    }
    return false;
}

// One request per connection, answered with "Connection: close". Not parented to the listener:
// a response being written outlives the listener (a flow deletes the listener on
// callbackReceived while the success page is still on its way).
class Connection final : public QObject
{
public:
    enum class State { Reading, Writing };
    using Handler = std::function<void(Connection *, const Request &)>;

    Connection(QTcpSocket *socket, Handler handler)
        : m_socket(socket)
        , m_handler(std::move(handler))
    {
        m_socket->setParent(this);
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            qCDebug(lcListener) << "connection timed out";
            drop();
        });
        m_timer.start(ConnectionTimeout);
        QObject::connect(m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        QObject::connect(m_socket, &QTcpSocket::disconnected, this, [this] { drop(); });
        QObject::connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError || m_state == State::Reading)
                drop();
        });
    }

    State state() const { return m_state; }

    void respond(const QByteArray &bytes)
    {
        if (m_state == State::Writing)
            return;
        m_state = State::Writing;
        m_handler = {};
        m_timer.start(ConnectionTimeout); // to flush the response
        m_socket->write(bytes);
        m_socket->disconnectFromHost(); // closes once written
    }

    void drop()
    {
        if (m_dropped)
            return;
        m_dropped = true;
        m_handler = {};
        m_timer.stop();
        m_socket->abort();
        deleteLater();
    }

    bool isDropped() const { return m_dropped; }

private:
    void onReadyRead()
    {
        if (m_state == State::Writing || m_dropped) {
            m_socket->readAll(); // the client's leftovers
            return;
        }
        m_buffer += m_socket->read(MaxHeaderBytes + MaxBodyBytes + 1 - m_buffer.size());
        if (m_headerEnd < 0)
            parseHead();
        if (m_state == State::Writing || m_dropped || m_headerEnd < 0)
            return;
        const qsizetype bodyBytes = m_buffer.size() - m_headerEnd;
        if (bodyBytes < m_contentLength)
            return;
        if (bodyBytes > m_contentLength) {
            // One request per connection: nothing may follow the body.
            respond(plainResponse(400, LoopbackListener::tr("Bad request.")));
            return;
        }
        m_request.body = m_buffer.mid(m_headerEnd);
        m_buffer.clear();
        if (m_handler) {
            const Handler handler = m_handler;
            handler(this, m_request); // may respond() or drop()
        } else {
            drop();
        }
    }

    void parseHead()
    {
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || end + 4 > MaxHeaderBytes) {
            if (m_buffer.size() >= MaxHeaderBytes || end >= 0)
                respond(plainResponse(431, LoopbackListener::tr("The request headers are too large.")));
            return;
        }
        m_headerEnd = end + 4;
        QList<QByteArray> lines;
        for (qsizetype from = 0; from <= end;) {
            qsizetype next = m_buffer.indexOf("\r\n", from);
            if (next < 0 || next > end)
                next = end;
            lines.append(m_buffer.mid(from, next - from));
            from = next + 2;
        }
        if (lines.size() - 1 > MaxHeaderCount) {
            respond(plainResponse(431, LoopbackListener::tr("The request has too many headers.")));
            return;
        }
        const auto badRequest = [this] { respond(plainResponse(400, LoopbackListener::tr("Bad request."))); };
        for (const QByteArray &line : std::as_const(lines)) {
            if (line.contains('\r') || line.contains('\n'))
                return badRequest(); // bare CR or LF
        }

        // Request line: METHOD SP origin-form SP HTTP/1.x
        const QList<QByteArray> parts = lines.first().split(' ');
        if (parts.size() != 3 || parts.at(0).isEmpty() || !parts.at(1).startsWith('/')
            || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")) {
            return badRequest();
        }
        for (const char c : parts.at(0)) {
            if (c < 'A' || c > 'Z')
                return badRequest();
        }
        for (const char c : parts.at(1)) {
            if (c <= 0x20 || c >= 0x7f || c == '#')
                return badRequest();
        }
        m_request.method = parts.at(0);
        const qsizetype question = parts.at(1).indexOf('?');
        m_request.path = question < 0 ? parts.at(1) : parts.at(1).left(question);
        m_request.query = question < 0 ? QByteArray() : parts.at(1).mid(question + 1);

        bool haveLength = false;
        bool haveHost = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines.at(i);
            if (line.startsWith(' ') || line.startsWith('\t'))
                return badRequest(); // obsolete line folding
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                return badRequest();
            const QByteArray name = line.left(colon).toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name.contains(' ') || name.contains('\t'))
                return badRequest();
            if (name == "content-length") {
                bool ok = false;
                const qlonglong length = value.toLongLong(&ok);
                if (!ok || length < 0 || value.startsWith('+') || (haveLength && length != m_contentLength))
                    return badRequest();
                if (length > MaxBodyBytes) {
                    respond(plainResponse(413, LoopbackListener::tr("The request body is too large.")));
                    return;
                }
                m_contentLength = qsizetype(length);
                haveLength = true;
            } else if (name == "transfer-encoding") {
                return badRequest(); // the body's framing would be unknown: only Content-Length
            } else if (name == "content-type") {
                m_request.contentType = value;
            } else if (name == "host") {
                if (haveHost)
                    return badRequest();
                haveHost = true;
                m_request.host = value.toLower();
            } else if (name == "expect" && value.compare("100-continue", Qt::CaseInsensitive) == 0) {
                m_expectContinue = true;
            }
        }
        if (!haveHost && parts.at(2) == "HTTP/1.1")
            return badRequest(); // RFC 9112 §3.2
        if (m_expectContinue && m_contentLength > 0 && m_buffer.size() - m_headerEnd < m_contentLength)
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }

    QTcpSocket *m_socket;
    Handler m_handler;
    QTimer m_timer;
    QByteArray m_buffer;
    Request m_request;
    qsizetype m_headerEnd = -1;
    qsizetype m_contentLength = 0;
    State m_state = State::Reading;
    bool m_expectContinue = false;
    bool m_dropped = false;
};

bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false; // the length of the state is not a secret
    return CRYPTO_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

QString durationText(std::chrono::milliseconds timeout)
{
    if (timeout < 2min) {
        const int seconds = int(std::max<qint64>(1, (timeout.count() + 999) / 1000));
        return LoopbackListener::tr("%n second(s)", nullptr, seconds);
    }
    return LoopbackListener::tr("%n minute(s)", nullptr, int(std::chrono::duration_cast<std::chrono::minutes>(timeout).count()));
}

} // namespace

struct LoopbackListener::Private
{
    LoopbackListener *q = nullptr;
    Profiles::RedirectSettings redirect;
    QString expectedState;
    QString nonce = randomNonce(); // for the pages' inline script and style (CSP)
    std::chrono::milliseconds timeout = DefaultTimeout;
    QTcpServer *server = nullptr;
    QTimer overallTimer;
    QList<QPointer<Connection>> connections;
    bool finished = false;

    QString path() const { return redirect.path.isEmpty() ? QStringLiteral("/") : redirect.path; }
    QByteArray csp(bool withScript) const;
    QByteArray page(const QString &templateName, int status, std::map<QString, QString> values) const;
    void pruneConnections();
    void stop();
    void handleRequest(Connection *connection, const Request &request);
};

QByteArray LoopbackListener::Private::csp(bool withScript) const
{
    const QByteArray n = nonce.toLatin1();
    QByteArray policy = "default-src 'none'; style-src 'nonce-" + n + "'; base-uri 'none'; frame-ancestors 'none'; ";
    if (withScript)
        policy += "script-src 'nonce-" + n + "'; form-action 'self'";
    else
        policy += "form-action 'none'";
    return policy;
}

QByteArray LoopbackListener::Private::page(const QString &templateName, int status,
                                           std::map<QString, QString> values) const
{
    values.emplace(QStringLiteral("LANG"), tr("en", "the lang attribute of the pages shown in the browser"));
    values.emplace(QStringLiteral("NONCE"), nonce);
    const QByteArray body = fillTemplate(loadTemplate(templateName), values);
    return httpResponse(status, "text/html; charset=utf-8", body, csp(templateName == u"relay.html"));
}

void LoopbackListener::Private::pruneConnections()
{
    connections.removeIf([](const QPointer<Connection> &c) { return c.isNull() || c->isDropped(); });
}

// Stops listening; responses being written still finish, requests still being read are dropped.
void LoopbackListener::Private::stop()
{
    finished = true;
    overallTimer.stop();
    if (server)
        server->close();
    pruneConnections();
    for (const QPointer<Connection> &c : std::as_const(connections)) {
        if (c && c->state() == Connection::State::Reading)
            c->drop();
    }
    connections.clear();
}

LoopbackListener::LoopbackListener(const Profiles::RedirectSettings &redirect, const QString &expectedState, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->redirect = redirect;
    d->expectedState = expectedState;
    d->overallTimer.setSingleShot(true);
    connect(&d->overallTimer, &QTimer::timeout, this, [this] {
        if (d->finished)
            return;
        qCInfo(lcListener) << "no authorization response within" << d->timeout.count() << "ms; stopped listening";
        d->stop();
        emit failed(tr("No authorization response arrived within %1. Start the sign-in again and finish it in "
                       "the browser before the time runs out.")
                        .arg(durationText(d->timeout)));
    });
}

LoopbackListener::~LoopbackListener()
{
    // Connections still writing keep going on their own (they are not our children); the rest go.
    if (d->server)
        d->server->close();
    for (const QPointer<Connection> &c : std::as_const(d->connections)) {
        if (c && c->state() == Connection::State::Reading)
            c->drop();
    }
}

void LoopbackListener::setTimeout(std::chrono::milliseconds timeout)
{
    d->timeout = timeout;
    if (d->overallTimer.isActive())
        d->overallTimer.start(timeout);
}

bool LoopbackListener::listen(QString *error)
{
    if (d->server || d->finished) {
        if (error)
            *error = tr("This redirect listener has already been used. Start the sign-in again.");
        return false;
    }
    // RFC 8252 §7.3 and §8.3: loopback only, never a wildcard address. "localhost" binds the IPv4
    // loopback; the redirect URI still says localhost, as the client registration does.
    const QHostAddress address = d->redirect.host == Profiles::LoopbackHost::Ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                                                  : QHostAddress(QHostAddress::LocalHost);
    auto *server = new QTcpServer(this);
    server->setListenBacklogSize(64);
    server->setMaxPendingConnections(64);
    if (!server->listen(address, d->redirect.port)) {
        if (error) {
            const QAbstractSocket::SocketError socketError = server->serverError();
            if (address.protocol() == QAbstractSocket::IPv6Protocol
                && (socketError == QAbstractSocket::UnsupportedSocketOperationError
                    || socketError == QAbstractSocket::SocketAddressNotAvailableError)) {
                *error = tr("This computer has no IPv6 loopback address (::1). Use 127.0.0.1 as the redirect host in "
                            "the connection's settings (and register that redirect URI with the server).");
            } else if (socketError == QAbstractSocket::AddressInUseError) {
                *error = tr("Port %1 on %2 is in use by another program. Close it, or choose another redirect port "
                            "(0 picks a free one) in the connection's settings.")
                             .arg(d->redirect.port)
                             .arg(address.toString());
            } else {
                *error = tr("Cannot listen for the redirect on %1 port %2: %3")
                             .arg(address.toString())
                             .arg(d->redirect.port)
                             .arg(server->errorString());
            }
        }
        qCWarning(lcListener) << "cannot listen on" << address.toString() << d->redirect.port << server->errorString();
        delete server;
        return false;
    }
    d->server = server;
    connect(server, &QTcpServer::newConnection, this, [this] {
        while (d->server && d->server->hasPendingConnections()) {
            QTcpSocket *socket = d->server->nextPendingConnection();
            if (!socket)
                break;
            socket->setParent(nullptr);
            if (d->finished) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            d->pruneConnections();
            if (d->connections.size() >= MaxConnections) {
                // Make room by dropping the oldest connection that has not sent its request yet,
                // so idle or half-open clients cannot keep the browser out.
                bool evicted = false;
                for (const QPointer<Connection> &c : std::as_const(d->connections)) {
                    if (c && c->state() == Connection::State::Reading) {
                        c->drop();
                        evicted = true;
                        break;
                    }
                }
                d->pruneConnections();
                if (!evicted) {
                    qCDebug(lcListener) << "connection limit reached; closed a new connection";
                    socket->abort();
                    socket->deleteLater();
                    continue;
                }
            }
            QPointer<LoopbackListener> self(this);
            auto *connection = new Connection(socket, [self](Connection *c, const Request &request) {
                if (self)
                    self->d->handleRequest(c, request);
                else
                    c->drop();
            });
            d->connections.append(connection);
        }
    });
    d->overallTimer.start(d->timeout);
    qCInfo(lcListener) << "listening on" << redirectUri().toString();
    return true;
}

QUrl LoopbackListener::redirectUri() const
{
    return d->redirect.uri(d->server ? d->server->serverPort() : 0);
}

bool LoopbackListener::isListening() const
{
    return d->server && d->server->isListening();
}

void LoopbackListener::cancel()
{
    if (d->finished || !d->server)
        return;
    qCInfo(lcListener) << "cancelled";
    d->stop();
    emit failed(tr("The sign-in was cancelled."));
}

void LoopbackListener::Private::handleRequest(Connection *connection, const Request &request)
{
    const QString decodedPath = QString::fromUtf8(QByteArray::fromPercentEncoding(request.path));
    qCInfo(lcListener).noquote() << request.method << QString::fromLatin1(request.path.left(200))
                                 << (request.query.isEmpty() ? "" : "?...");
    // DNS rebinding: a page from elsewhere whose name now points at 127.0.0.1 sends its own
    // name as Host. Only the loopback names (with our port, or none) are ours.
    const QByteArray portSuffix = ':' + QByteArray::number(server ? server->serverPort() : 0);
    bool hostOk = request.host.isEmpty(); // HTTP/1.0 without Host
    for (const char *name : {"127.0.0.1", "localhost", "[::1]"})
        hostOk = hostOk || request.host == name || request.host == QByteArray(name) + portSuffix;
    if (!hostOk) {
        qCInfo(lcListener) << "request for another host name refused";
        connection->respond(plainResponse(400, tr("Bad request: this server only answers to 127.0.0.1, localhost "
                                                  "and [::1].")));
        return;
    }
    if (decodedPath != path()) {
        connection->respond(plainResponse(404, tr("Not found. Tokenscope is waiting for the authorization response at %1.")
                                                   .arg(path())));
        return;
    }
    if (finished) {
        connection->respond(plainResponse(410, tr("This sign-in has already finished. Go back to Tokenscope.")));
        return;
    }

    QUrlQuery parameters;
    QString mode;
    if (request.method == "GET") {
        if (request.query.isEmpty()) {
            // response_mode=fragment: the parameters are in the fragment, which only the page sees.
            qCInfo(lcListener) << "no query: serving the fragment relay page";
            connection->respond(page(QStringLiteral("relay.html"), 200,
                                        {{QStringLiteral("TITLE"), tr("Tokenscope sign-in")},
                                         {QStringLiteral("HEADING"), tr("Passing the response to Tokenscope…")},
                                         {QStringLiteral("MESSAGE"), tr("One moment, please.")},
                                         {QStringLiteral("EMPTY"),
                                          tr("No authorization response arrived on this page. Start the sign-in again "
                                             "from Tokenscope.")},
                                         {QStringLiteral("NOSCRIPT"),
                                          tr("This page needs JavaScript to pass the response (it came in the URL "
                                             "fragment) to Tokenscope. Enable JavaScript, or use response mode query "
                                             "or form_post.")}}));
            return;
        }
        parameters = formParameters(request.query);
        mode = QStringLiteral("query");
    } else if (request.method == "POST") {
        const QByteArray mediaType = request.contentType.split(';').first().trimmed().toLower();
        if (mediaType != "application/x-www-form-urlencoded") {
            connection->respond(plainResponse(415, tr("Send the authorization response as an "
                                                      "application/x-www-form-urlencoded form.")));
            return;
        }
        parameters = formParameters(request.body);
        mode = QStringLiteral("form body");
    } else {
        connection->respond(plainResponse(405, tr("Method not allowed."), "Allow: GET, POST\r\n"));
        return;
    }

    const QStringList names = parameterNames(parameters);
    qCInfo(lcListener) << "callback in the" << mode << "with parameters:" << names; // quoted: names come from outside

    const QString hint = tr("You can close this tab and go back to Tokenscope.");
    QString reason;
    const QStringList states = parameters.allQueryItemValues(QStringLiteral("state"), QUrl::FullyDecoded);
    if (states.isEmpty()) {
        reason = tr("A redirect arrived without a state parameter and was ignored. If you started this sign-in, "
                    "start it again from Tokenscope.");
    } else if (hasDuplicateName(parameters)) {
        reason = tr("A redirect arrived with a parameter sent more than once and was ignored (RFC 6749 §3.1). "
                    "If you started this sign-in, start it again from Tokenscope.");
    } else if (!sameSecret(states.first(), expectedState)) {
        reason = tr("A redirect arrived with a state that does not match the sign-in Tokenscope started, and was "
                    "ignored. It may belong to an older sign-in, or to someone else's.");
    }
    if (!reason.isEmpty()) {
        qCInfo(lcListener) << "callback rejected: state missing, duplicated or wrong; still listening";
        connection->respond(page(QStringLiteral("failure.html"), 400,
                                    {{QStringLiteral("TITLE"), tr("Tokenscope: response not accepted")},
                                     {QStringLiteral("HEADING"), tr("This response was not accepted")},
                                     {QStringLiteral("MESSAGE"), reason},
                                     {QStringLiteral("DETAIL"), QString()},
                                     {QStringLiteral("HINT"), tr("Tokenscope is still waiting for the response to "
                                                                 "the sign-in it started.")}}));
        emit q->callbackRejected(reason);
        return;
    }

    const QString errorCode = parameters.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (parameters.hasQueryItem(QStringLiteral("error"))) {
        const QString description = parameters.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        QString detail = errorCode;
        if (!description.isEmpty())
            detail += QLatin1String(": ") + description;
        qCInfo(lcListener) << "error response received; stopped listening";
        connection->respond(page(QStringLiteral("failure.html"), 200,
                                    {{QStringLiteral("TITLE"), tr("Tokenscope: authorization failed")},
                                     {QStringLiteral("HEADING"), tr("Authorization failed")},
                                     {QStringLiteral("MESSAGE"), tr("The authorization server answered with an error:")},
                                     {QStringLiteral("DETAIL"), detail.left(2000)},
                                     {QStringLiteral("HINT"), tr("You can close this tab and go back to Tokenscope "
                                                                 "for the details.")}}));
    } else {
        qCInfo(lcListener) << "authorization response received; stopped listening";
        connection->respond(page(QStringLiteral("success.html"), 200,
                                    {{QStringLiteral("TITLE"), tr("Tokenscope: response received")},
                                     {QStringLiteral("HEADING"), tr("Authorization response received")},
                                     {QStringLiteral("MESSAGE"), hint},
                                     {QStringLiteral("HINT"), tr("Tokenscope continues the sign-in on its own.")}}));
    }
    stop();
    emit q->callbackReceived(parameters); // last: a receiver may delete us
}

} // namespace OAuth
