// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/httpclient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A deliberately small HTTP/1.1 server on 127.0.0.1 that answers by path. It produces the
// faults a real server would only produce by accident: silence, oversize bodies, redirect
// chains, plain text where TLS is expected.
class TestServer final : public QObject
{
public:
    explicit TestServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    ++disconnects;
                    socket->deleteLater();
                });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen on 127.0.0.1");
    }

    QUrl url(const QString &path, const QString &scheme = u"http"_s) const
    {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(m_server.serverPort());
        url.setPath(path);
        return url;
    }

    QList<QByteArray> requests; // the request heads received
    int disconnects = 0;

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (buffer.startsWith('\x16')) { // a TLS ClientHello: answer in plain text
            reply(socket, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        requests.append(head);

        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        QByteArray path = requestLine.value(1);
        path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));

        if (path == "/ok") {
            reply(socket, response("200 OK", "hello"));
        } else if (path == "/missing") {
            reply(socket, response("404 Not Found", "no such thing"));
        } else if (path == "/broken") {
            reply(socket, response("500 Internal Server Error", "oops"));
        } else if (path == "/hang") {
            // accept and never answer
        } else if (path == "/big") {
            reply(socket, response("200 OK", QByteArray(5000, 'x')));
        } else if (path == "/bigstream") {
            // No Content-Length: the size is only known while reading.
            reply(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n" + QByteArray(5000, 'y'));
        } else if (path.startsWith("/redirect/")) {
            const int remaining = path.mid(10).toInt();
            if (remaining <= 0)
                reply(socket, response("200 OK", "landed"));
            else
                reply(socket, "HTTP/1.1 302 Found\r\nLocation: /redirect/" + QByteArray::number(remaining - 1)
                                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            reply(socket, response("404 Not Found", ""));
        }
    }

    static QByteArray response(const QByteArray &status, const QByteArray &body)
    {
        return "HTTP/1.1 " + status + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
               + "\r\nConnection: close\r\n\r\n" + body;
    }

    void reply(QTcpSocket *socket, const QByteArray &bytes)
    {
        socket->write(bytes);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A fresh self-signed certificate for 127.0.0.1 (P-256), as PEM key and certificate. No
// trust anchor knows it, so a client that verifies TLS must refuse it.
std::pair<QByteArray, QByteArray> selfSignedCertificate()
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), &EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), &X509_free);
    if (!key || !cert)
        return {};
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return {};

    const auto toPem = [](auto write) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        write(bio.get());
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, qsizetype(size));
    };
    return {toPem([&](BIO *bio) { PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr); }),
            toPem([&](BIO *bio) { PEM_write_bio_X509(bio, cert.get()); })};
}

struct Outcome
{
    int calls = 0;
    HttpResponse response;
};

std::shared_ptr<Outcome> fetch(HttpClient &client, const QUrl &url, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    client.get(url, context, [outcome](const HttpResponse &response) {
        ++outcome->calls;
        outcome->response = response;
    });
    return outcome;
}

} // namespace

class TestHttpClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void okResponse();
    void exactlyAtCap();
    void notFound();
    void serverError();
    void timeout();
    void tooLarge_data();
    void tooLarge();
    void redirects_data();
    void redirects();
    void connectionRefused();
    void hostNotFound();
    void tlsError();
    void untrustedCertificate();
    void contextDestroyed();
    void logLine();
    void exchangeFinished_data();
    void exchangeFinished();
    void exchangeWhenContextDied();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QObject> m_context;
};

void TestHttpClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_client = std::make_unique<HttpClient>(m_network.get());
    m_server = std::make_unique<TestServer>();
    m_context = std::make_unique<QObject>();
}

void TestHttpClient::cleanup()
{
    // Every reply is deleted once its callback ran.
    QTRY_VERIFY(m_network->findChildren<QNetworkReply *>().isEmpty());
    m_context.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestHttpClient::okResponse()
{
    const auto outcome = fetch(*m_client, m_server->url(u"/ok"_s), m_context.get());
    QTRY_COMPARE(outcome->calls, 1);
    const HttpResponse &response = outcome->response;
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("hello"));
    QCOMPARE(response.error, QString());
    QCOMPARE(response.networkError, QNetworkReply::NoError);
    QCOMPARE(response.url, m_server->url(u"/ok"_s));
    QVERIFY(response.elapsedMs >= 0);
    QVERIFY(response.headers.contains(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain"))));

    QCOMPARE(m_server->requests.size(), 1);
    const QByteArray head = m_server->requests.constFirst();
    QVERIFY2(head.startsWith("GET /ok HTTP/1.1\r\n"), head.constData());
    QVERIFY2(head.contains("\r\nUser-Agent: Tokenscope/" TOKENSCOPE_VERSION "\r\n"), head.constData());

    // Exactly once, also after the event loop has run on.
    QTRY_VERIFY(m_network->findChildren<QNetworkReply *>().isEmpty());
    QCOMPARE(outcome->calls, 1);
}

void TestHttpClient::exactlyAtCap()
{
    m_client->setMaxResponseBytes(5); // "hello" is 5 bytes: allowed
    const auto outcome = fetch(*m_client, m_server->url(u"/ok"_s), m_context.get());
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY2(outcome->response.ok(), qPrintable(outcome->response.error));
    QCOMPARE(outcome->response.body, QByteArray("hello"));
}

void TestHttpClient::notFound()
{
    const auto outcome = fetch(*m_client, m_server->url(u"/missing"_s), m_context.get());
    QTRY_COMPARE(outcome->calls, 1);
    const HttpResponse &response = outcome->response;
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 404);
    QVERIFY2(response.error.contains(u"HTTP 404 Not Found"), qPrintable(response.error));
    QVERIFY2(response.error.contains(u"Check"), qPrintable(response.error));
    // The body stays available: error documents (RFC 6749 §5.2) live there.
    QCOMPARE(response.body, QByteArray("no such thing"));
}

void TestHttpClient::serverError()
{
    const auto outcome = fetch(*m_client, m_server->url(u"/broken"_s), m_context.get());
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY(!outcome->response.ok());
    QCOMPARE(outcome->response.status, 500);
    QVERIFY2(outcome->response.error.contains(u"HTTP 500 Internal Server Error"), qPrintable(outcome->response.error));
}

void TestHttpClient::timeout()
{
    m_client->setTransferTimeout(300ms);
    const auto outcome = fetch(*m_client, m_server->url(u"/hang"_s), m_context.get());
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    const HttpResponse &response = outcome->response;
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QVERIFY2(response.error.contains(u"timed out"), qPrintable(response.error));
    QVERIFY2(response.error.contains(u"300 ms"), qPrintable(response.error));
    QVERIFY2(response.elapsedMs >= 250, qPrintable(QString::number(response.elapsedMs)));
    QCOMPARE(m_server->requests.size(), 1);
}

void TestHttpClient::tooLarge_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("announced length") << u"/big"_s;
    QTest::newRow("streamed, no length") << u"/bigstream"_s;
}

void TestHttpClient::tooLarge()
{
    QFETCH(QString, path);
    m_client->setMaxResponseBytes(1000);
    const auto outcome = fetch(*m_client, m_server->url(path), m_context.get());
    QTRY_COMPARE(outcome->calls, 1);
    const HttpResponse &response = outcome->response;
    QVERIFY(!response.ok());
    QVERIFY2(response.error.contains(u"larger than the limit of 1000 bytes"), qPrintable(response.error));
    QVERIFY(response.body.isEmpty());
}

void TestHttpClient::redirects_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<bool>("followed");

    QTest::newRow("2 hops") << 2 << true;
    QTest::newRow("5 hops, the maximum") << 5 << true;
    QTest::newRow("6 hops refused") << 6 << false;
}

void TestHttpClient::redirects()
{
    QFETCH(int, hops);
    QFETCH(bool, followed);

    const auto outcome = fetch(*m_client, m_server->url(u"/redirect/%1"_s.arg(hops)), m_context.get());
    QTRY_COMPARE(outcome->calls, 1);
    const HttpResponse &response = outcome->response;
    if (followed) {
        QVERIFY2(response.ok(), qPrintable(response.error));
        QCOMPARE(response.body, QByteArray("landed"));
        QCOMPARE(response.url, m_server->url(u"/redirect/0"_s));
        QCOMPARE(m_server->requests.size(), hops + 1);
    } else {
        QVERIFY(!response.ok());
        QCOMPARE(response.networkError, QNetworkReply::TooManyRedirectsError);
        QVERIFY2(response.error.contains(u"more than 5 times"), qPrintable(response.error));
        QVERIFY(m_server->requests.size() <= 6);
    }
}

void TestHttpClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    QUrl url(u"http://127.0.0.1/"_s);
    url.setPort(port);
    const auto outcome = fetch(*m_client, url, m_context.get());
    QTRY_COMPARE(outcome->calls, 1);
    QCOMPARE(outcome->response.networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(outcome->response.status, 0);
    QVERIFY2(outcome->response.error.contains(u"refused"), qPrintable(outcome->response.error));
    QVERIFY2(outcome->response.error.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(outcome->response.error));
}

void TestHttpClient::hostNotFound()
{
    // RFC 6761 §6.4: ".invalid" never resolves.
    const auto outcome = fetch(*m_client, QUrl(u"http://tokenscope-test.invalid/"_s), m_context.get());
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 30000);
    QCOMPARE(outcome->response.networkError, QNetworkReply::HostNotFoundError);
    QCOMPARE(outcome->response.status, 0);
    QVERIFY2(outcome->response.error.contains(u"tokenscope-test.invalid was not found"), qPrintable(outcome->response.error));
}

void TestHttpClient::tlsError()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    // https:// to a server that answers in plain text: the handshake must fail, never fall back.
    const auto outcome = fetch(*m_client, m_server->url(u"/ok"_s, u"https"_s), m_context.get());
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    const HttpResponse &response = outcome->response;
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QVERIFY2(response.error.contains(u"TLS"), qPrintable(response.error));
    QVERIFY(response.body.isEmpty());
    QCOMPARE(m_server->requests.size(), 0);
}

void TestHttpClient::untrustedCertificate()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    const auto [keyPem, certificatePem] = selfSignedCertificate();
    QVERIFY(!keyPem.isEmpty() && !certificatePem.isEmpty());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPrivateKey(QSslKey(keyPem, QSsl::Ec));
    configuration.setLocalCertificate(QSslCertificate(certificatePem));
    QVERIFY(!configuration.privateKey().isNull());
    QVERIFY(!configuration.localCertificate().isNull());

    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    QUrl url(u"https://127.0.0.1/"_s);
    url.setPort(server.serverPort());
    const auto outcome = fetch(*m_client, url, m_context.get());
    QTRY_COMPARE_WITH_TIMEOUT(outcome->calls, 1, 10000);
    const HttpResponse &response = outcome->response;
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QCOMPARE(response.networkError, QNetworkReply::SslHandshakeFailedError);
    // The reason comes from the certificate verification, not a generic failure.
    QVERIFY2(response.error.contains(u"TLS"), qPrintable(response.error));
    QVERIFY2(response.error.contains(u"self-signed", Qt::CaseInsensitive), qPrintable(response.error));
}

void TestHttpClient::contextDestroyed()
{
    m_client->setTransferTimeout(30s);
    QObject *context = new QObject;
    const auto outcome = fetch(*m_client, m_server->url(u"/hang"_s), context);
    QTRY_COMPARE(m_server->requests.size(), 1);
    delete context;
    // The request goes away with its requester: the connection closes, no callback runs.
    QTRY_COMPARE(m_server->disconnects, 1);
    QTRY_VERIFY(m_network->findChildren<QNetworkReply *>().isEmpty());
    QCOMPARE(outcome->calls, 0);
}

void TestHttpClient::logLine()
{
    QLoggingCategory::setFilterRules(u"tokenscope.http.info=true"_s);
    // Method, URL without query values, status, timing; no body, no secret query value.
    QTest::ignoreMessage(QtInfoMsg,
                         QRegularExpression(u"^GET http://127\\.0\\.0\\.1:\\d+/ok\\?\\.\\.\\. -> 200 in \\d+ ms$"_s));
    QUrl url = m_server->url(u"/ok"_s);
    url.setQuery(u"code=s3cret"_s);
    const auto outcome = fetch(*m_client, url, m_context.get());
    QTRY_COMPARE(outcome->calls, 1);
    QVERIFY(outcome->response.ok());
    QLoggingCategory::setFilterRules(QString());
}

void TestHttpClient::exchangeFinished_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("caBundle"); // "missing": a path that does not exist
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<bool>("sent");

    QTest::newRow("success") << u"/ok"_s << QString() << 200 << QString() << true;
    QTest::newRow("HTTP error") << u"/missing"_s << QString() << 404 << u"HTTP 404"_s << true;
    QTest::newRow("network error") << u"refused"_s << QString() << 0 << u"refused"_s << false;
    QTest::newRow("timeout") << u"/hang"_s << QString() << 0 << u"timed out"_s << true;
    QTest::newRow("size cap") << u"/big"_s << QString() << 200 << u"larger than the limit"_s << true;
    QTest::newRow("unreadable CA bundle") << u"/ok"_s << u"missing"_s << 0 << u"could not be read"_s << false;
}

void TestHttpClient::exchangeFinished()
{
    QFETCH(QString, path);
    QFETCH(QString, caBundle);
    QFETCH(int, status);
    QFETCH(QString, errorPart);
    QFETCH(bool, sent);

    m_client->setTransferTimeout(500ms);
    m_client->setMaxResponseBytes(1000);
    HttpRequest request;
    request.method = "post";
    request.url = m_server->url(path);
    if (path == u"refused") {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        request.url = QUrl(u"http://127.0.0.1/"_s);
        request.url.setPort(closed.serverPort());
    }
    request.url.setQuery(u"code=c0de"_s);
    request.headers = {{"Authorization"_ba, "Bearer t0ken"_ba}, {"Content-Type"_ba, "application/x-www-form-urlencoded"_ba}};
    request.body = "client_secret=s3cret"_ba;
    if (caBundle == u"missing") {
        request.tls.caBundlePath = u"/nonexistent/tokenscope-ca.pem"_s;
        request.tls.clientCertificatePath = u"/nonexistent/client.pem"_s;
        request.tls.clientKeyPem = "-----BEGIN PRIVATE KEY-----\nnot really\n-----END PRIVATE KEY-----\n"_ba;
    }

    QSignalSpy spy(m_client.get(), &HttpClient::exchangeFinished);
    // A request before it, for the ids.
    const auto first = fetch(*m_client, m_server->url(u"/ok"_s), m_context.get());
    QTRY_COMPARE(first->calls, 1);
    QCOMPARE(spy.size(), 1);

    QSignalSpy started(m_client.get(), &HttpClient::exchangeStarted);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    int calls = 0;
    qsizetype signalsAtCallback = -1;
    HttpResponse delivered;
    m_client->send(request, m_context.get(), [&](const HttpResponse &response) {
        ++calls;
        signalsAtCallback = spy.size();
        delivered = response;
    });
    QCOMPARE(started.size(), 1); // before send() returned
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(signalsAtCallback, 2); // the exchange is out before the callback runs

    const auto firstExchange = spy.at(0).at(0).value<HttpExchange>();
    const auto exchange = spy.at(1).at(0).value<HttpExchange>();
    QVERIFY(exchange.id > firstExchange.id);
    QCOMPARE(started.at(0).at(0).toULongLong(), exchange.id);
    QVERIFY(exchange.startedAt.isValid());
    QCOMPARE(exchange.startedAt.timeSpec(), Qt::UTC);
    QVERIFY(exchange.startedAt >= before.addSecs(-1));
    // The request as sent, secrets included (the log redacts them), the TLS client key never.
    QCOMPARE(exchange.request.method, "POST"_ba);
    QCOMPARE(exchange.request.url, request.url);
    QCOMPARE(exchange.request.headers, request.headers);
    QCOMPARE(exchange.request.body, request.body);
    QCOMPARE(exchange.request.tls.caBundlePath, request.tls.caBundlePath);
    QCOMPARE(exchange.request.tls.clientCertificatePath, request.tls.clientCertificatePath);
    QVERIFY(exchange.request.tls.clientKeyPem.isEmpty());
    // The response as the callback got it.
    QCOMPARE(exchange.response.status, status);
    QCOMPARE(exchange.response.status, delivered.status);
    QCOMPARE(exchange.response.error, delivered.error);
    QCOMPARE(exchange.response.body, delivered.body);
    QCOMPARE(exchange.response.networkError, delivered.networkError);
    QCOMPARE(exchange.response.elapsedMs, delivered.elapsedMs);
    QVERIFY(exchange.response.elapsedMs >= 0);
    if (errorPart.isEmpty()) {
        QVERIFY2(exchange.response.ok(), qPrintable(exchange.response.error));
        QCOMPARE(exchange.response.body, "hello"_ba);
    } else {
        QVERIFY2(exchange.response.error.contains(errorPart), qPrintable(exchange.response.error));
    }
    // Two requests reached the server when this one was sent, one when it was not.
    QTRY_COMPARE(m_server->requests.size(), sent ? 2 : 1);
    if (sent)
        QVERIFY(m_server->requests.at(1).startsWith("POST "));
}

void TestHttpClient::exchangeWhenContextDied()
{
    m_client->setTransferTimeout(30s);
    QSignalSpy spy(m_client.get(), &HttpClient::exchangeFinished);
    QObject *context = new QObject;
    const auto outcome = fetch(*m_client, m_server->url(u"/hang"_s), context);
    QTRY_COMPARE(m_server->requests.size(), 1);
    delete context;
    QTRY_COMPARE(spy.size(), 1);
    const auto exchange = spy.at(0).at(0).value<HttpExchange>();
    QCOMPARE(exchange.response.status, 0);
    // Not mistaken for a timeout: the log says why the exchange ended.
    QVERIFY2(exchange.response.error.contains(u"cancelled"), qPrintable(exchange.response.error));
    QVERIFY2(!exchange.response.error.contains(u"timed out"), qPrintable(exchange.response.error));
    QCOMPARE(outcome->calls, 0);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
