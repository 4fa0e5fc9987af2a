// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Peers of the authorization-code grant that tests script, shared by tst_grantfaults and
// bench_grants:
//  - HostileTokenEndpoint: a token endpoint on a QTcpServer (127.0.0.1) that answers every
//    request with one scripted fault (HTML, 5xx, bad JSON, an oversized body, a connection closed
//    mid-body, silence) or a good token response. Faults a real server cannot be asked for.
//  - RedirectPlayingBrowser: an OAuth::BrowserLauncher that plays the authorization server's
//    redirect: it reads state and redirect_uri from the authorization URL and GETs the redirect
//    URI with the callback parameters over a real socket, one scripted step after the other.
// Nothing blocks: both run on the event loop of the thread that made them.

#include "oauth/browserlauncher.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace ScriptedPeers {

enum class Fault {
    Token,              // 200, a token response (the good case)
    HtmlOk,             // 200 text/html: a login page where the endpoint should be
    Html502,            // 502 with a proxy's HTML page
    Empty500,           // 500, no body
    OAuthError500,      // 500 with an RFC 6749 §5.2 error document
    JsonArray,          // 200, a JSON array
    InvalidJson,        // 200, JSON cut short
    OverCapAnnounced,   // 200, a Content-Length over the client's cap, and that many bytes
    OverCapChunked,     // 200, chunked, more bytes than the client's cap
    ClosedMidBody,      // 200, a Content-Length, the first 100 bytes of the JSON, then the connection is closed
    HeadersThenSilence, // 200 and a Content-Length, then nothing, connection held open
    NeverAnswers,       // reads the request, never writes
};

inline const char *TokenJson = R"({"access_token":"at-scripted-0123456789","token_type":"Bearer","expires_in":300})";

class HostileTokenEndpoint final : public QObject
{
public:
    explicit HostileTokenEndpoint(Fault fault, qint64 oversizeBytes = 256 * 1024, QObject *parent = nullptr)
        : QObject(parent), m_fault(fault), m_oversize(oversizeBytes)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
    }

    ~HostileTokenEndpoint() override
    {
        // Closing sockets emit signals; none may reach a half-destroyed endpoint.
        const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            QObject::disconnect(socket, nullptr, nullptr, nullptr);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/oauth2/token").arg(m_server.serverPort())); }
    quint16 port() const { return m_server.serverPort(); }

    int connections = 0;        // accepted
    int closedByClient = 0;     // connections the client closed before we did
    QList<QByteArray> requests; // complete requests (head and body), in order
    std::function<void()> onRequest; // after a complete request is read, before the answer

private:
    struct Connection
    {
        QByteArray buffer;
        bool answered = false;
        bool closing = false; // we close it
    };

    void accept(QTcpSocket *socket)
    {
        ++connections;
        auto state = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state] {
            state->buffer += socket->readAll();
            if (state->answered)
                return;
            const qsizetype end = state->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = state->buffer.left(end).toLower();
            const qsizetype at = head.indexOf("content-length:");
            const qsizetype length = at < 0 ? 0
                : head.mid(at + 15, head.indexOf("\r\n", at) < 0 ? -1 : head.indexOf("\r\n", at) - at - 15)
                      .trimmed()
                      .toLongLong();
            if (state->buffer.size() < end + 4 + length)
                return;
            state->answered = true;
            requests.append(state->buffer.left(end + 4 + length));
            if (onRequest)
                onRequest();
            answer(socket, state);
        });
        connect(socket, &QTcpSocket::disconnected, socket, [this, socket, state] {
            if (!state->closing)
                ++closedByClient;
            socket->deleteLater();
        });
    }

    static QByteArray response(const QByteArray &statusLine, const QByteArray &type, const QByteArray &body)
    {
        QByteArray bytes = "HTTP/1.1 " + statusLine + "\r\n";
        if (!type.isEmpty())
            bytes += "Content-Type: " + type + "\r\n";
        return bytes + "Cache-Control: no-store\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
    }

    void close(QTcpSocket *socket, const std::shared_ptr<Connection> &state)
    {
        state->closing = true;
        socket->disconnectFromHost();
    }

    void answer(QTcpSocket *socket, const std::shared_ptr<Connection> &state)
    {
        switch (m_fault) {
        case Fault::Token:
            socket->write(response("200 OK", "application/json", TokenJson));
            return close(socket, state);
        case Fault::HtmlOk:
            socket->write(response("200 OK", "text/html; charset=utf-8",
                                   "<!DOCTYPE html>\n<html><head><title>Sign in</title></head>"
                                   "<body><form method=\"post\"><input name=\"username\"></form></body></html>\n"));
            return close(socket, state);
        case Fault::Html502:
            socket->write(response("502 Bad Gateway", "text/html",
                                   "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 "
                                   "Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));
            return close(socket, state);
        case Fault::Empty500:
            socket->write(response("500 Internal Server Error", {}, {}));
            return close(socket, state);
        case Fault::OAuthError500:
            socket->write(response("500 Internal Server Error", "application/json",
                                   R"({"error":"server_error","error_description":"the database is down"})"));
            return close(socket, state);
        case Fault::JsonArray:
            socket->write(response("200 OK", "application/json", R"([{"access_token":"at-in-an-array"}])"));
            return close(socket, state);
        case Fault::InvalidJson:
            socket->write(response("200 OK", "application/json", R"({"access_token":"at-cut","token_type":)"));
            return close(socket, state);
        case Fault::OverCapAnnounced: {
            QByteArray body = R"({"access_token":")" + QByteArray(m_oversize, 'a') + R"("})";
            socket->write(response("200 OK", "application/json", body));
            return close(socket, state);
        }
        case Fault::OverCapChunked: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                          "Connection: close\r\n\r\n");
            const QByteArray chunk(16 * 1024, 'a');
            socket->write(QByteArray::number(17, 16) + "\r\n{\"access_token\":\"\r\n");
            for (qint64 sent = 0; sent < m_oversize; sent += chunk.size())
                socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
            socket->write("2\r\n\"}\r\n0\r\n\r\n");
            return close(socket, state);
        }
        case Fault::ClosedMidBody: {
            const QByteArray body = R"({"access_token":")" + QByteArray(400, 'a') + R"(","token_type":"Bearer"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(100));
            return close(socket, state);
        }
        case Fault::HeadersThenSilence:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
            return; // held open until the client gives up
        case Fault::NeverAnswers:
            return;
        }
    }

    QTcpServer m_server;
    Fault m_fault;
    qint64 m_oversize;
};

// Plays the authorization server's redirect (RFC 6749 §4.1.2) into the loopback listener.
class RedirectPlayingBrowser final : public OAuth::BrowserLauncher
{
public:
    // One step: the callback's query, made from the authorization request's query (state,
    // redirect_uri, …). The steps run one after the other, each when the previous one's
    // connection has ended.
    using Step = std::function<QUrlQuery(const QUrlQuery &authorization)>;

    struct Visit
    {
        QUrl url;
        bool connected = false;
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError; // when it did not connect
        QByteArray response;

        int status() const
        {
            const QList<QByteArray> parts = response.left(response.indexOf("\r\n")).split(' ');
            return parts.size() >= 2 ? parts.at(1).toInt() : 0;
        }
        QString body() const
        {
            const qsizetype end = response.indexOf("\r\n\r\n");
            return end < 0 ? QString() : QString::fromUtf8(response.mid(end + 4));
        }
    };

    ~RedirectPlayingBrowser() override
    {
        const QList<QTcpSocket *> sockets = m_context.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            QObject::disconnect(socket, nullptr, nullptr, nullptr);
    }

    QList<Step> steps;
    QList<QUrl> opened;
    QList<Visit> visits;            // one per step (and per revisit), once finished
    std::function<void()> onSend;   // just before a callback request is written (benchmarks)
    bool idle() const { return m_pending == 0; }

    bool open(const QUrl &url, QString *) override
    {
        opened.append(url);
        const QUrlQuery authorization(url.query(QUrl::FullyEncoded));
        const QUrl redirect(authorization.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QList<QUrl> targets;
        for (const Step &step : steps) {
            QUrl target = redirect;
            target.setQuery(step(authorization));
            targets.append(target);
        }
        // A browser opens later than the call that asks it to.
        ++m_pending;
        QTimer::singleShot(0, &m_context, [this, targets] {
            --m_pending;
            visitAll(targets);
        });
        return true;
    }

    // GETs url once more (a replayed or reloaded callback).
    void revisit(const QUrl &url) { visitAll({url}); }

private:
    void visitAll(QList<QUrl> targets)
    {
        if (targets.isEmpty())
            return;
        const QUrl target = targets.takeFirst();
        ++m_pending;
        visit(target, [this, targets] {
            --m_pending;
            visitAll(targets);
        });
    }

    void visit(const QUrl &url, std::function<void()> then)
    {
        auto *socket = new QTcpSocket(&m_context);
        socket->setProxy(QNetworkProxy::NoProxy);
        auto visit = std::make_shared<Visit>();
        visit->url = url;
        const auto done = [this, socket, visit, then] {
            if (socket->property("done").toBool())
                return;
            socket->setProperty("done", true);
            visit->response += socket->readAll();
            visits.append(*visit);
            socket->deleteLater();
            then();
        };
        QObject::connect(socket, &QTcpSocket::connected, socket, [this, socket, visit, url] {
            visit->connected = true;
            if (onSend)
                onSend();
            socket->write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\nHost: "
                          + url.host().toLatin1() + ':' + QByteArray::number(url.port())
                          + "\r\nUser-Agent: RedirectPlayingBrowser\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, visit] { visit->response += socket->readAll(); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, done);
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [visit, done](QAbstractSocket::SocketError error) {
            if (!visit->connected)
                visit->error = error;
            if (!visit->connected || error != QAbstractSocket::RemoteHostClosedError)
                done();
        });
        socket->connectToHost(QHostAddress(url.host()), quint16(url.port()));
    }

    QObject m_context;
    int m_pending = 0;
};

} // namespace ScriptedPeers
