// SPDX-License-Identifier: GPL-3.0-or-later
// DiscoveryClient over real sockets: the sandbox, a real third-party OpenID provider (panva's
// oidc-provider, pinned in tests/e2e/package-lock.json, started by the test), and a small local
// server for the RFC 8414 fallback and the failures.

#include "oauth/discovery.h"
#include "oauth/providerpresets.h"

#include "sandboxserver.h"
#include "tenantstate.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

using Profiles::EndpointKind;

namespace {

// One HTTP/1.1 answer per connection, chosen by the request path; records the paths asked for.
class TinyServer final : public QObject
{
public:
    struct Answer
    {
        int status = 404;
        QByteArray contentType = "text/plain";
        QByteArray body = "not found";
    };
    using Handler = std::function<Answer(const QByteArray &path)>;

    explicit TinyServer(Handler handler)
        : m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<QByteArray> paths;

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            if (!buffer->contains("\r\n\r\n"))
                return;
            const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
            const QByteArray path = requestLine.value(1);
            paths.append(path);
            const Answer answer = m_handler(path);
            QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\n";
            response += "Content-Type: " + answer.contentType + "\r\n";
            response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
            response += "Connection: close\r\n\r\n" + answer.body;
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Handler m_handler;
};

QByteArray metadata(const QString &issuer)
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("issuer"), issuer},
                             {QStringLiteral("authorization_endpoint"), QString(issuer + u"/authorize")},
                             {QStringLiteral("token_endpoint"), QString(issuer + u"/token")},
                             {QStringLiteral("jwks_uri"), QString(issuer + u"/jwks")},
                             {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
                             {QStringLiteral("authorization_response_iss_parameter_supported"), true},
                         })
        .toJson();
}

QStringList codes(const QList<Discovery::Finding> &findings)
{
    QStringList list;
    for (const auto &finding : findings)
        list.append(finding.code);
    return list;
}

} // namespace

class TestDiscoveryClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sandbox();
    void oidcProvider();
    void oauthMetadataFallback();
    void notFoundOnBoth();
    void notJson();
    void issuerMismatch();
    void serverErrorStops();
    void missingCaBundle();
    void connectionRefused();
    void invalidIssuer();

private:
    // Runs discovery and waits for the callback.
    std::optional<Discovery::Result> discover(const QUrl &issuer, const TlsOptions &tls = {});

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<Discovery::DiscoveryClient> m_client;
};

void TestDiscoveryClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    m_http->setTransferTimeout(std::chrono::seconds(10));
    m_client = std::make_unique<Discovery::DiscoveryClient>(m_http.get());
}

void TestDiscoveryClient::cleanup()
{
    m_client.reset();
    m_http.reset();
    m_network.reset();
}

std::optional<Discovery::Result> TestDiscoveryClient::discover(const QUrl &issuer, const TlsOptions &tls)
{
    QObject context;
    std::optional<Discovery::Result> result;
    int calls = 0;
    m_client->discover(issuer, tls, &context, [&](const Discovery::Result &r) {
        result = r;
        ++calls;
    });
    if (calls != 0) // never before discover() returns
        return std::nullopt;
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return std::nullopt;
    QTest::qWait(50); // a second callback would show here
    if (calls != 1)
        return std::nullopt;
    return result;
}

void TestDiscoveryClient::sandbox()
{
    Sandbox::SandboxOptions options;
    Sandbox::SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const auto created = server.state().createServer(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("shop")}, {QStringLiteral("name"), QStringLiteral("Shop")}});
    QVERIFY(created.ok());

    const QString base = server.baseUrl().toString(QUrl::StripTrailingSlash);
    const QUrl issuer(base + u"/default/shop");
    const auto result = discover(issuer);
    QVERIFY(result);
    QVERIFY2(result->document, qPrintable(result->error));
    QVERIFY(result->error.isEmpty());
    QCOMPARE(result->tried, QStringList{QString(issuer.toString() + u"/.well-known/openid-configuration")});
    const Discovery::Document &d = *result->document;
    QCOMPARE(d.kind, Discovery::Kind::OpenIdConnect);
    QCOMPARE(d.issuer, issuer);

    // The same endpoints the sandbox preset computes, which follow the sandbox's paths.
    const Presets::Applied preset = Presets::apply(
        QStringLiteral("sandbox"),
        {{QStringLiteral("base_url"), base}, {QStringLiteral("workspace_id"), QStringLiteral("shop")}});
    QVERIFY(preset.problems.isEmpty());
    QCOMPARE(preset.issuer, d.issuer);
    QCOMPARE(Discovery::diff(preset.endpoints, d.endpoints).size(), 0);
    QCOMPARE(d.endpoints.url(EndpointKind::Token).toString(), QString(issuer.toString() + u"/oauth2/token"));
    QCOMPARE(d.endpoints.url(EndpointKind::Jwks).toString(), QString(issuer.toString() + u"/.well-known/jwks.json"));
    QVERIFY(d.codeChallengeMethodsSupported.contains(QLatin1String("S256")));

    const QStringList found = codes(result->findings);
    QVERIFY2(!found.contains(QLatin1String("issuer_mismatch")), qPrintable(found.join(u',')));
    QVERIFY2(!found.contains(QLatin1String("plain_http_endpoint")), qPrintable(found.join(u',')));
    QVERIFY2(!found.contains(QLatin1String("no_s256")), qPrintable(found.join(u',')));
    server.stop();
}

void TestDiscoveryClient::oidcProvider()
{
    const QString e2e = QStringLiteral(TOKENSCOPE_E2E_DIR);
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!node.isEmpty(), "node is not on PATH: install Node.js 18 or newer to run this test");
    QVERIFY2(QFileInfo::exists(e2e + u"/node_modules/oidc-provider/package.json"),
             qPrintable(QStringLiteral("oidc-provider is not installed: run `npm ci` in %1 (scripts/test does this "
                                       "before ctest)")
                            .arg(QDir::toNativeSeparators(e2e))));

    QProcess provider;
    provider.setWorkingDirectory(e2e);
    provider.setProcessChannelMode(QProcess::SeparateChannels);
    QSignalSpy started(&provider, &QProcess::started);
    provider.start(node, {QStringLiteral("lib/oidc-provider-fixture.mjs")});
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 10000);
    auto stopProvider = qScopeGuard([&provider] {
        provider.closeWriteChannel(); // the fixture exits when its standard input closes
        if (!QTest::qWaitFor([&provider] { return provider.state() == QProcess::NotRunning; }, 5000))
            provider.kill();
    });

    QTRY_VERIFY2_WITH_TIMEOUT(provider.canReadLine() || provider.state() == QProcess::NotRunning,
                              qPrintable(QString::fromUtf8(provider.readAllStandardError())), 20000);
    QVERIFY2(provider.canReadLine(), qPrintable(QString::fromUtf8(provider.readAllStandardError())));
    const QJsonObject ready = QJsonDocument::fromJson(provider.readLine()).object();
    const QUrl issuer(ready.value(QLatin1String("issuer")).toString());
    QVERIFY2(issuer.isValid() && issuer.host() == u"127.0.0.1", qPrintable(issuer.toString()));

    const auto result = discover(issuer);
    QVERIFY(result);
    QVERIFY2(result->document, qPrintable(result->error));
    const Discovery::Document &d = *result->document;
    QCOMPARE(d.issuer, issuer);
    QCOMPARE(d.kind, Discovery::Kind::OpenIdConnect);
    // The fixture sets these routes explicitly (tests/e2e/lib/oidc-provider-fixture.mjs).
    const QString base = issuer.toString();
    const QStringList expected{base + u"/auth",         base + u"/token",
                               base + u"/jwks",         base + u"/me",
                               base + u"/token/introspection", base + u"/token/revocation",
                               base + u"/device/auth",  base + u"/request",
                               base + u"/session/end"};
    QStringList actual;
    for (const QUrl &url : d.endpoints.urls)
        actual.append(url.toString());
    QCOMPARE(actual, expected);
    QVERIFY(d.codeChallengeMethodsSupported.contains(QLatin1String("S256")));
    QVERIFY(d.authorizationResponseIssParameterSupported);
    QVERIFY(d.tokenEndpointAuthMethodsSupported.contains(QLatin1String("client_secret_basic")));

    const QStringList found = codes(result->findings);
    QVERIFY2(!found.contains(QLatin1String("issuer_mismatch")), qPrintable(found.join(u',')));
    QVERIFY2(!found.contains(QLatin1String("plain_http_endpoint")), qPrintable(found.join(u',')));
    QVERIFY2(!found.contains(QLatin1String("no_jwks_uri")), qPrintable(found.join(u',')));
    QVERIFY2(!found.contains(QLatin1String("no_s256")), qPrintable(found.join(u',')));

    // The same provider asked for another issuer: the document's issuer does not match.
    const auto wrong = discover(QUrl(base + u"/"));
    QVERIFY(wrong);
    QVERIFY2(wrong->document, qPrintable(wrong->error));
    QVERIFY(codes(wrong->findings).contains(QLatin1String("issuer_mismatch")));
}

void TestDiscoveryClient::oauthMetadataFallback()
{
    TinyServer server([&server](const QByteArray &path) -> TinyServer::Answer {
        if (path == "/.well-known/oauth-authorization-server/tenant1")
            return {200, "application/json", metadata(server.base() + u"/tenant1")};
        return {};
    });
    QVERIFY(server.listen());
    const QUrl issuer(server.base() + u"/tenant1");

    const auto result = discover(issuer);
    QVERIFY(result);
    QVERIFY2(result->document, qPrintable(result->error));
    QCOMPARE(result->document->kind, Discovery::Kind::OAuthServerMetadata);
    QCOMPARE(result->document->sourceUrl.toString(),
             QString(server.base() + u"/.well-known/oauth-authorization-server/tenant1"));
    QCOMPARE(result->document->endpoints.url(EndpointKind::Token).toString(), QString(issuer.toString() + u"/token"));
    QCOMPARE(result->tried, (QStringList{server.base() + u"/tenant1/.well-known/openid-configuration",
                                         server.base() + u"/.well-known/oauth-authorization-server/tenant1"}));
    QCOMPARE(server.paths, (QList<QByteArray>{"/tenant1/.well-known/openid-configuration",
                                              "/.well-known/oauth-authorization-server/tenant1"}));
    QVERIFY2(result->findings.isEmpty(), qPrintable(codes(result->findings).join(u',')));
}

void TestDiscoveryClient::notFoundOnBoth()
{
    TinyServer server([](const QByteArray &) { return TinyServer::Answer{}; });
    QVERIFY(server.listen());
    const auto result = discover(QUrl(server.base()));
    QVERIFY(result);
    QVERIFY(!result->document);
    QCOMPARE(result->tried.size(), 2);
    QCOMPARE(server.paths.size(), 2);
    QVERIFY2(result->error.contains(QLatin1String("404")), qPrintable(result->error));
    QVERIFY2(result->error.contains(QLatin1String("/.well-known/openid-configuration")), qPrintable(result->error));
    QVERIFY2(result->error.contains(QLatin1String("/.well-known/oauth-authorization-server")),
             qPrintable(result->error));
    QVERIFY(result->findings.isEmpty());
}

void TestDiscoveryClient::notJson()
{
    // A login page where metadata should be: not a document, so RFC 8414 is tried too.
    TinyServer server([](const QByteArray &) {
        return TinyServer::Answer{200, "text/html", "<html><body>Sign in</body></html>"};
    });
    QVERIFY(server.listen());
    const auto result = discover(QUrl(server.base() + u"/realm"));
    QVERIFY(result);
    QVERIFY(!result->document);
    QCOMPARE(result->tried.size(), 2);
    QVERIFY2(result->error.contains(QLatin1String("not JSON")), qPrintable(result->error));
}

void TestDiscoveryClient::issuerMismatch()
{
    TinyServer server([](const QByteArray &path) -> TinyServer::Answer {
        if (path == "/.well-known/openid-configuration")
            return {200, "application/json", metadata(QStringLiteral("https://elsewhere.example.com"))};
        return {};
    });
    QVERIFY(server.listen());
    const auto result = discover(QUrl(server.base()));
    QVERIFY(result);
    QVERIFY2(result->document, qPrintable(result->error));
    QCOMPARE(result->tried.size(), 1);
    QVERIFY(codes(result->findings).contains(QLatin1String("issuer_mismatch")));
}

void TestDiscoveryClient::serverErrorStops()
{
    TinyServer server([](const QByteArray &) { return TinyServer::Answer{500, "text/plain", "boom"}; });
    QVERIFY(server.listen());
    const auto result = discover(QUrl(server.base()));
    QVERIFY(result);
    QVERIFY(!result->document);
    QCOMPARE(result->tried.size(), 1); // the same server would fail the second URL too
    QVERIFY2(result->error.contains(QLatin1String("500")), qPrintable(result->error));
}

void TestDiscoveryClient::missingCaBundle()
{
    TinyServer server([&server](const QByteArray &) {
        return TinyServer::Answer{200, "application/json", metadata(server.base())};
    });
    QVERIFY(server.listen());
    TlsOptions tls;
    tls.caBundlePath = QDir::temp().filePath(QStringLiteral("tokenscope-no-such-ca-bundle.pem"));
    const auto result = discover(QUrl(server.base()), tls);
    QVERIFY(result);
    QVERIFY(!result->document);
    QVERIFY2(result->error.contains(QLatin1String("tokenscope-no-such-ca-bundle.pem")), qPrintable(result->error));
    QCOMPARE(result->tried.size(), 1);
    QTest::qWait(100);
    QVERIFY(server.paths.isEmpty()); // failed before sending
}

void TestDiscoveryClient::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed: nothing listens there now
    const auto result = discover(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    QVERIFY(result);
    QVERIFY(!result->document);
    QCOMPARE(result->tried.size(), 1);
    QVERIFY2(result->error.contains(QLatin1String("refused")), qPrintable(result->error));
}

void TestDiscoveryClient::invalidIssuer()
{
    const auto result = discover(QUrl(QStringLiteral("id.example.com")));
    QVERIFY(result);
    QVERIFY(!result->document);
    QVERIFY(result->tried.isEmpty());
    QVERIFY(!result->error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDiscoveryClient)
#include "tst_discoveryclient.moc"
