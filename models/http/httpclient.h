// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

struct HttpResponse
{
    QUrl url;
    int status = 0;          // HTTP status, 0 when no response arrived
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    // Translated, says what to check: network and TLS failures, the size cap, and HTTP 4xx/5xx
    // (status and reason phrase; the body is kept for error documents). Empty for 1xx-3xx.
    QString error;
    qint64 elapsedMs = 0;

    bool ok() const { return error.isEmpty() && status >= 200 && status < 300; }
};

// Per-request TLS choices (a profile's TLS settings). Verification is on unless insecure is set.
struct TlsOptions
{
    QString caBundlePath; // PEM file of extra trusted CAs, added to the system's; empty for none
    bool insecure = false; // skip certificate verification (the UI shows a red banner while on)
    // RFC 8705 §2 (tls_client_auth): the client certificate (PEM file; the first certificate is
    // the client's, any further ones its chain) and its private key (unencrypted PEM, from the
    // keychain: never logged). Both or neither.
    QString clientCertificatePath;
    QByteArray clientKeyPem;
};

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    TlsOptions tls;
};

// One finished exchange as the exchange log shows it: what was sent and what came back. The
// request's TLS client key is never copied in (tls.clientKeyPem stays empty); every other
// secret (Authorization, form fields, tokens in bodies) is in the clear here and redacted by
// whoever shows or exports it (Http::ExchangeLog).
struct HttpExchange
{
    quint64 id = 0;          // increasing per HttpClient, from 1
    QDateTime startedAt;     // UTC
    HttpRequest request;     // as sent (headers the caller set; Qt's own are not listed)
    HttpResponse response;   // status 0 and error set when nothing came back
};

// The one HTTP client wrapper: every request has a transfer timeout, an explicit redirect
// policy (no less-safe redirects, at most 5), a response size cap, and TLS verified by default.
// Nothing blocks; the callback runs once on the context object's thread unless the context died
// (a dying context aborts its request). A null context means this client. Log category
// "tokenscope.http": one info line per request (method, URL without query values, status, ms).
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTransferTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    using Callback = std::function<void(const HttpResponse &)>;
    void get(const QUrl &url, QObject *context, Callback done);
    // Any method, headers and body. A CA bundle that cannot be read fails the request before it
    // is sent, with a translated error.
    void send(const HttpRequest &request, QObject *context, Callback done);

Q_SIGNALS:
    // After every request, success or not, just before its callback runs (also when the
    // callback's context died). Connect the exchange log here.
    void exchangeFinished(const HttpExchange &exchange);
    // Inside send(), before it returns: the id the exchange will carry (the exchange log
    // attributes the exchange to whoever was current when it was sent, not when it ended).
    void exchangeStarted(quint64 id);

private:
    // The manager for a request's TLS settings: m_network for the default ones.
    QNetworkAccessManager *managerFor(const TlsOptions &tls, const QByteArray &poolKey);

    QNetworkAccessManager *m_network;
    QHash<QByteArray, QNetworkAccessManager *> m_tlsManagers; // children; keyed by a hash of the TLS settings
    std::chrono::milliseconds m_timeout{15000};
    qint64 m_maxResponseBytes = 4 * 1024 * 1024;
    quint64 m_lastExchangeId = 0; // HttpExchange::id
};
