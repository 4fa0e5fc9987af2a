// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QPointer>
#include <QStringList>
#include <QThread>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>
#endif

#include <algorithm>
#include <limits>
#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "tokenscope.http", QtWarningMsg)

namespace {

constexpr int MaxRedirects = 5;

// For log lines: no user info, no query values (codes, tokens and secrets travel there).
QString loggableUrl(const QUrl &url)
{
    QString text = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.hasQuery())
        text += QLatin1String("?...");
    return text;
}

// Shared by the reply's handlers: the callback must run exactly once.
struct PendingRequest
{
    QPointer<QObject> context;
    HttpClient::Callback done;
    QElapsedTimer timer;
    QByteArray body;
    qint64 maxBytes = 0;
    qint64 timeoutMs = 0;
    bool tooLarge = false;
    bool cancelled = false; // the requester died: the reply was aborted for it
    bool delivered = false;
    QStringList sslErrors;
};

QString hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return QStringLiteral("%1:%2").arg(url.host()).arg(port);
}

QString errorText(const QNetworkReply *reply, const PendingRequest &pending, int status)
{
    const QUrl url = reply->request().url();
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);

    if (pending.cancelled) {
        return HttpClient::tr("The request to %1 was cancelled because the part of Tokenscope that made it was "
                              "closed. Send it again if you still need the answer.")
            .arg(where);
    }
    if (pending.tooLarge) {
        return HttpClient::tr("The response from %1 is larger than the limit of %2 bytes and was cut off. "
                              "Check that the URL points to the intended document.")
            .arg(where)
            .arg(pending.maxBytes);
    }

    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::ConnectionRefusedError:
        return HttpClient::tr("Connection to %1 was refused. Check that the server is running and that the host "
                              "and port in the URL are right.")
            .arg(hostAndPort(url));
    case QNetworkReply::HostNotFoundError:
        return HttpClient::tr("Host %1 was not found. Check the spelling of the URL and your DNS or proxy settings.")
            .arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // The transfer timeout aborts the reply: Qt reports that as "canceled". We only abort
        // ourselves for the size cap, handled above.
        return HttpClient::tr("The request to %1 timed out: no data for %2 ms. Check that the server is reachable "
                              "and responding, or raise the timeout.")
            .arg(where)
            .arg(pending.timeoutMs);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError: {
        if (reply->error() == QNetworkReply::UnknownNetworkError && pending.sslErrors.isEmpty())
            break;
        const QString reason = pending.sslErrors.isEmpty() ? reply->errorString()
                                                           : pending.sslErrors.join(QLatin1String("; "));
        return HttpClient::tr("The TLS connection to %1 failed: %2. Check that the server speaks HTTPS on that "
                              "port, its certificate chain and host name, and the certificates this system trusts.")
            .arg(hostAndPort(url), reason);
    }
    case QNetworkReply::InsecureRedirectError:
        return HttpClient::tr("%1 redirected from HTTPS to plain HTTP, which is refused. Use the final HTTPS "
                              "URL directly or fix the server's redirect.")
            .arg(where);
    case QNetworkReply::TooManyRedirectsError:
        return HttpClient::tr("%1 redirected more than %2 times. Check the URL for a redirect loop.")
            .arg(where)
            .arg(MaxRedirects);
    case QNetworkReply::RemoteHostClosedError:
        return HttpClient::tr("%1 closed the connection before answering. Check that the server speaks %2 on "
                              "that port.")
            .arg(hostAndPort(url), url.scheme().toUpper());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return HttpClient::tr("The proxy for %1 failed: %2. Check your proxy settings.")
            .arg(where, reply->errorString());
    default:
        break;
    }

    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString statusText = reason.isEmpty() ? QString::number(status)
                                                    : QStringLiteral("%1 %2").arg(status).arg(reason);
        if (status >= 500)
            return HttpClient::tr("%1 answered HTTP %2: the server failed. Check the server's logs or try again later.")
                .arg(where, statusText);
        return HttpClient::tr("%1 answered HTTP %2. Check the URL, the credentials and the request parameters.")
            .arg(where, statusText);
    }
    if (reply->error() != QNetworkReply::NoError)
        return HttpClient::tr("The request to %1 failed: %2").arg(where, reply->errorString());
    return {};
}

void deliver(const std::shared_ptr<PendingRequest> &pending, HttpResponse response)
{
    if (pending->delivered)
        return;
    pending->delivered = true;
    QObject *context = pending->context.data();
    if (!context)
        return; // the requester is gone: drop the result
    if (context->thread() == QThread::currentThread()) {
        pending->done(response);
        return;
    }
    QMetaObject::invokeMethod(
        context,
        [guard = QPointer<QObject>(context), done = pending->done, response = std::move(response)] {
            if (guard)
                done(response);
        },
        Qt::QueuedConnection);
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

QNetworkAccessManager *HttpClient::managerFor(const TlsOptions &tls, const QByteArray &poolKey)
{
    // QNetworkAccessManager pools connections by scheme, host, port and proxy, not by TLS
    // configuration: a request with another CA bundle or client certificate would ride on a
    // connection (or reuse a connection object) set up for the previous one, presenting the
    // wrong client certificate. Requests with their own TLS settings get a manager per setting.
    if (tls.caBundlePath.isEmpty() && !tls.insecure && tls.clientCertificatePath.isEmpty() && tls.clientKeyPem.isEmpty())
        return m_network;
    QNetworkAccessManager *&manager = m_tlsManagers[poolKey];
    if (!manager) {
        manager = new QNetworkAccessManager(this);
        manager->setProxy(m_network->proxy());
    }
    return manager;
}

void HttpClient::get(const QUrl &url, QObject *context, Callback done)
{
    HttpRequest request;
    request.url = url;
    send(request, context, std::move(done));
}

namespace {

#if QT_CONFIG(ssl)
// RFC 8705 §2: the client certificate (and its chain) with its private key.
QString applyClientCertificate(QSslConfiguration &configuration, const TlsOptions &tls, QCryptographicHash &poolKey)
{
    if (tls.clientCertificatePath.isEmpty() || tls.clientKeyPem.isEmpty()) {
        return HttpClient::tr("A TLS client certificate needs both the certificate file and its private key. Set the "
                              "client certificate in the connection's TLS settings and store its key.");
    }
    QFile file(tls.clientCertificatePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return HttpClient::tr("The client certificate %1 could not be read: %2. Check the path in the connection's TLS "
                              "settings.")
            .arg(QDir::toNativeSeparators(tls.clientCertificatePath), file.errorString());
    }
    const QByteArray certificates = file.read(4 * 1024 * 1024);
    poolKey.addData(certificates);
    poolKey.addData(tls.clientKeyPem);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificates, QSsl::Pem);
    if (chain.isEmpty()) {
        return HttpClient::tr("The client certificate file %1 holds no PEM certificate. Use a file that starts with "
                              "\"-----BEGIN CERTIFICATE-----\".")
            .arg(QDir::toNativeSeparators(tls.clientCertificatePath));
    }
    // QSslKey wants the algorithm up front; a PKCS#8 "PRIVATE KEY" block does not say it.
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(tls.clientKeyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        return HttpClient::tr("The TLS client key is not a usable private key. Store the certificate's private key as "
                              "unencrypted PEM (RSA or EC).");
    }
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    return {};
}

// The system's CAs plus the bundle's; an error text when the bundle cannot be used.
// poolKey: what the connection depends on (see HttpClient::managerFor).
QString applyTls(QNetworkRequest &request, const TlsOptions &tls, QCryptographicHash &poolKey)
{
    if (tls.caBundlePath.isEmpty() && !tls.insecure && tls.clientCertificatePath.isEmpty() && tls.clientKeyPem.isEmpty())
        return {};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!tls.caBundlePath.isEmpty()) {
        QFile file(tls.caBundlePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return HttpClient::tr("The CA bundle %1 could not be read: %2. Check the path in the connection's TLS "
                                  "settings.")
                .arg(QDir::toNativeSeparators(tls.caBundlePath), file.errorString());
        }
        const QByteArray bundle = file.read(4 * 1024 * 1024);
        poolKey.addData(bundle);
        const QList<QSslCertificate> extra = QSslCertificate::fromData(bundle, QSsl::Pem);
        if (extra.isEmpty()) {
            return HttpClient::tr("The CA bundle %1 holds no PEM certificate. Use a file with one or more "
                                  "\"-----BEGIN CERTIFICATE-----\" blocks.")
                .arg(QDir::toNativeSeparators(tls.caBundlePath));
        }
        configuration.setCaCertificates(configuration.caCertificates() + extra);
    }
    if (!tls.clientCertificatePath.isEmpty() || !tls.clientKeyPem.isEmpty()) {
        const QString error = applyClientCertificate(configuration, tls, poolKey);
        if (!error.isEmpty())
            return error;
    }
    if (tls.insecure) {
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        poolKey.addData("insecure");
    }
    request.setSslConfiguration(configuration);
    return {};
}
#else
QString applyTls(QNetworkRequest &, const TlsOptions &, QCryptographicHash &)
{
    return {};
}
#endif

} // namespace

void HttpClient::send(const HttpRequest &outgoing, QObject *context, Callback done)
{
    auto pending = std::make_shared<PendingRequest>();
    pending->context = context ? context : this;
    pending->done = std::move(done);
    pending->maxBytes = m_maxResponseBytes;
    pending->timeoutMs = qint64(m_timeout.count());
    pending->timer.start();

    const QUrl &url = outgoing.url;
    const QByteArray method = outgoing.method.isEmpty() ? QByteArrayLiteral("GET") : outgoing.method.toUpper();

    // What the exchange log gets: the request as sent, never the TLS client key.
    auto exchange = std::make_shared<HttpExchange>();
    exchange->id = ++m_lastExchangeId;
    exchange->startedAt = QDateTime::currentDateTimeUtc();
    exchange->request = outgoing;
    exchange->request.method = method;
    exchange->request.tls.clientKeyPem.clear();
    Q_EMIT exchangeStarted(exchange->id);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(std::clamp<qint64>(m_timeout.count(), 0, std::numeric_limits<int>::max())));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tokenscope/" TOKENSCOPE_VERSION));
    for (const auto &[name, value] : outgoing.headers)
        request.setRawHeader(name, value);

    QCryptographicHash poolKey(QCryptographicHash::Sha256);
    const QString tlsError = applyTls(request, outgoing.tls, poolKey);
    if (!tlsError.isEmpty()) {
        HttpResponse response;
        response.url = url;
        response.error = tlsError;
        qCInfo(lcHttp).noquote() << method << loggableUrl(url) << "not sent: unusable TLS settings";
        // Never call back before send() returns: callers may still be setting up.
        QMetaObject::invokeMethod(
            this,
            [this, pending, exchange, response = std::move(response)]() mutable {
                response.elapsedMs = pending->timer.elapsed();
                exchange->response = response;
                Q_EMIT exchangeFinished(*exchange);
                deliver(pending, std::move(response));
            },
            Qt::QueuedConnection);
        return;
    }

    qCDebug(lcHttp).noquote() << method << loggableUrl(url) << "started";
    QNetworkReply *reply = nullptr;
    if (method == "GET" && outgoing.body.isEmpty())
        reply = managerFor(outgoing.tls, poolKey.result())->get(request);
    else
        reply = managerFor(outgoing.tls, poolKey.result())->sendCustomRequest(request, method, outgoing.body);

    // Stop early when the announced length is already over the cap.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, pending] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > pending->maxBytes && !pending->tooLarge) {
            pending->tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QIODevice::readyRead, reply, [reply, pending] {
        if (pending->tooLarge)
            return;
        if (pending->body.size() + reply->bytesAvailable() > pending->maxBytes) {
            pending->tooLarge = true;
            reply->abort();
            return;
        }
        pending->body += reply->readAll();
    });
#if QT_CONFIG(ssl)
    // Collected for the message only: SSL errors are never ignored.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [pending](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            pending->sslErrors.append(error.errorString());
    });
#endif
    // A requester that dies takes its request with it.
    if (pending->context != this) {
        QObject::connect(pending->context.data(), &QObject::destroyed, reply, [reply, pending] {
            pending->cancelled = true;
            reply->abort();
        });
    }

    QObject::connect(reply, &QNetworkReply::finished, reply, [client = QPointer<HttpClient>(this), reply, pending, method, exchange] {
        reply->deleteLater();
        if (pending->delivered)
            return;
        if (!pending->tooLarge && reply->bytesAvailable() > 0) {
            if (pending->body.size() + reply->bytesAvailable() > pending->maxBytes)
                pending->tooLarge = true;
            else
                pending->body += reply->readAll();
        }

        HttpResponse response;
        response.url = reply->url();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.headers = reply->rawHeaderPairs();
        response.networkError = reply->error();
        response.elapsedMs = pending->timer.elapsed();
        response.error = errorText(reply, *pending, response.status);
        if (!pending->tooLarge)
            response.body = std::move(pending->body);
        pending->body.clear();

        QString outcome = QStringLiteral("%1 %2 -> %3 in %4 ms")
                              .arg(QString::fromLatin1(method), loggableUrl(reply->request().url()))
                              .arg(response.status)
                              .arg(response.elapsedMs);
        if (response.networkError != QNetworkReply::NoError)
            outcome += QStringLiteral(" (network error %1)").arg(int(response.networkError));
        if (pending->tooLarge)
            outcome += QStringLiteral(" (over the size cap of %1 bytes)").arg(pending->maxBytes);
        qCInfo(lcHttp).noquote() << outcome;
        if (client) {
            exchange->response = response;
            Q_EMIT client->exchangeFinished(*exchange);
        }
        deliver(pending, std::move(response));
    });
}
