// SPDX-License-Identifier: GPL-3.0-or-later
// The implicit and hybrid response types, PAR, token exchange and JWT bearer end to end against
// the real sandbox (in-process, real sockets) and, for PAR and hybrid, panva's oidc-provider: the
// AuthorizationCodeFlow's own LoopbackListener, the login and consent pages driven over HTTP by
// httpbrowser.h (query, form_post, and fragment posted back as the relay page does).

#include "oauth/authorizationcodeflow.h"
#include "oauth/discovery.h"
#include "oauth/frontchannel.h"
#include "oauth/tokenoperations.h"
#include "profiles/secretstore.h"
#include "httpbrowser.h"
#include "oidcproviderfixture.h"
#include "sandboxserver.h"
#include "tenantstate.h"
#include "testkeys.h"

#include "jose/decodedtoken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Profiles;
using OAuth::AuthorizationCodeFlow;
using OAuth::AuthorizationCodeResult;
using Outcome = OAuth::AuthorizationCodeResult::Outcome;
using TestBrowser::HttpBrowser;

namespace {

const QString Tenant = QStringLiteral("default");
const QString Workspace = QStringLiteral("grants");
const QString UserName = QStringLiteral("alice");
const QString UserPassword = QStringLiteral("pw-Wonderland+&42");
const QString PublicClient = QStringLiteral("hybrid-public");
const QString ParClient = QStringLiteral("par-basic");           // client_secret_basic, PAR required
const QString Exchanger = QStringLiteral("exchanger");           // client_secret_post; token exchange
const QString JwtBearerClient = QStringLiteral("jwt-bearer");    // client_secret_basic; jwks of m_assertionKey
const QString ParJwtClient = QStringLiteral("par-jwt");          // private_key_jwt with m_assertionKey
const QByteArray SandboxSecret = "sandbox-secret:+/ &=%-0123456789abcdefghijklmnop";
const QString ExchangeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
const QString JwtBearerGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");
// tests/e2e/lib/oidc-provider-par-fixture.mjs
const QByteArray ParBasicSecret = "par-fixture-secret:+/ &=%-0123456789abcdef";

} // namespace

class TestClientGrants final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void implicitAndHybrid_data();
    void implicitAndHybrid();
    void foreignKeysRefused();
    void sandboxPar_data();
    void sandboxPar();
    void sandboxTokenExchange();
    void sandboxJwtBearer();
    // panva's oidc-provider (tests/e2e/lib/oidc-provider-par-fixture.mjs)
    void oidcProviderPar_data();
    void oidcProviderPar();
    void oidcProviderParRefused();
    void oidcProviderHybrid_data();
    void oidcProviderHybrid();

private:
    // Starts the fixture once and discovers it; the profile of one of its clients.
    void startOidcProvider();
    Profile providerProfile(const QString &clientId, ClientAuthMethod method) const;
    bool storeSecret(const QString &profileId, const QByteArray &secret, SecretKind kind = SecretKind::ClientSecret);
    GrantsTest::OidcProvider m_provider;
    std::optional<Discovery::Document> m_providerDocument;

    QString issuer() const;
    Profile publicProfile() const;
    Profile sandboxProfile(const QString &clientId, ClientAuthMethod method) const;
    OAuth::TokenResponse clientCredentials(const Profile &p);
    TestKeys::KeyPair m_assertionKey = TestKeys::generate(Jose::Algorithm::ES256, QStringLiteral("assertion-key"));
    std::optional<AuthorizationCodeResult> run(AuthorizationCodeFlow &flow, const Profile &p,
                                               const AuthorizationCodeFlow::Options &options);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<OAuth::TokenClient> m_tokens;
    std::unique_ptr<OAuth::TokenOperations> m_operations;
};

QString TestClientGrants::issuer() const
{
    return m_server->baseUrl().toString(QUrl::StripTrailingSlash) + u'/' + Tenant + u'/' + Workspace;
}

Profile TestClientGrants::publicProfile() const
{
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("grants");
    p.preset = QStringLiteral("oidc");
    p.issuer = QUrl(issuer());
    p.endpoints.setUrl(EndpointKind::Authorization, QUrl(issuer() + QLatin1String("/oauth2/authorize")));
    p.endpoints.setUrl(EndpointKind::Token, QUrl(issuer() + QLatin1String("/oauth2/token")));
    p.endpoints.setUrl(EndpointKind::Jwks, QUrl(issuer() + QLatin1String("/.well-known/jwks.json")));
    p.endpoints.setUrl(EndpointKind::Userinfo, QUrl(issuer() + QLatin1String("/userinfo")));
    p.clientId = PublicClient;
    p.authMethod = ClientAuthMethod::None;
    p.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    return p;
}

void TestClientGrants::initTestCase()
{
    Sandbox::SandboxOptions options;
    options.tenantId = Tenant;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    Sandbox::TenantState &s = m_server->state();
    const QString workspaceError = GrantsTest::createWorkspaceWithUser(
        s, Workspace, QStringLiteral("Grants"),
        QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("implicit"), QStringLiteral("refresh_token"),
                   QStringLiteral("client_credentials"), ExchangeGrant, JwtBearerGrant},
        UserName, UserPassword);
    QVERIFY2(workspaceError.isEmpty(), qPrintable(workspaceError));
    QJsonArray responseTypes;
    // Cloudentity's spellings (admin.json); the sandbox compares them as sets.
    for (const char *type : {"code", "token", "id_token", "token id_token", "code id_token", "token code",
                             "token id_token code"})
        responseTypes.append(QLatin1String(type));
    const auto client = s.createClient(QJsonObject{
        {QStringLiteral("client_id"), PublicClient},
        {QStringLiteral("authorization_server_id"), Workspace},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("implicit"),
                                                   QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types"), responseTypes},
        {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://127.0.0.1/callback")}},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}},
    });
    QVERIFY2(client.ok(), qPrintable(client.error.error));
    const auto par = s.createClient(QJsonObject{
        {QStringLiteral("client_id"), ParClient},
        {QStringLiteral("authorization_server_id"), Workspace},
        {QStringLiteral("client_secret"), QString::fromLatin1(SandboxSecret)},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic")},
        {QStringLiteral("require_pushed_authorization_requests"), true},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code")}},
        {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://127.0.0.1/callback")}},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}},
    });
    QVERIFY2(par.ok(), qPrintable(par.error.error));
    const auto exchanger = s.createClient(QJsonObject{
        {QStringLiteral("client_id"), Exchanger},
        {QStringLiteral("authorization_server_id"), Workspace},
        {QStringLiteral("client_secret"), QString::fromLatin1(SandboxSecret)},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post")},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials"), ExchangeGrant}},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("email")}},
        {QStringLiteral("audience"), QJsonArray{QStringLiteral("https://api.example/orders")}},
    });
    QVERIFY2(exchanger.ok(), qPrintable(exchanger.error.error));
    const auto jwtBearer = s.createClient(QJsonObject{
        {QStringLiteral("client_id"), JwtBearerClient},
        {QStringLiteral("authorization_server_id"), Workspace},
        {QStringLiteral("client_secret"), QString::fromLatin1(SandboxSecret)},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic")},
        {QStringLiteral("grant_types"), QJsonArray{JwtBearerGrant}},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("email")}},
        {QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), QJsonArray{m_assertionKey.publicJwk}}}},
    });
    QVERIFY2(jwtBearer.ok(), qPrintable(jwtBearer.error.error));
    const auto parJwt = s.createClient(QJsonObject{
        {QStringLiteral("client_id"), ParJwtClient},
        {QStringLiteral("authorization_server_id"), Workspace},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("private_key_jwt")},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code")}},
        {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://127.0.0.1/callback")}},
        {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}},
        {QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), QJsonArray{m_assertionKey.publicJwk}}}},
    });
    QVERIFY2(parJwt.ok(), qPrintable(parJwt.error.error));

    m_http = std::make_unique<HttpClient>(&m_network);
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("tokenscope-test-clientgrants"));
    m_secrets->useSessionMemory();
    m_tokens = std::make_unique<OAuth::TokenClient>(m_http.get(), m_secrets.get());
    m_operations = std::make_unique<OAuth::TokenOperations>(m_tokens.get(), m_http.get());
}

void TestClientGrants::cleanupTestCase()
{
    m_provider.stop();
    if (m_server)
        m_server->stop();
}

std::optional<AuthorizationCodeResult> TestClientGrants::run(AuthorizationCodeFlow &flow, const Profile &p,
                                                             const AuthorizationCodeFlow::Options &options)
{
    std::optional<AuthorizationCodeResult> result;
    const auto connection = connect(&flow, &AuthorizationCodeFlow::finished, this,
                                    [&result](const AuthorizationCodeResult &r) { result = r; });
    flow.start(p, options);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        result.reset();
    disconnect(connection);
    return result;
}

void TestClientGrants::implicitAndHybrid_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::newRow("code, query") << QStringLiteral("code") << QString();
    QTest::newRow("token, fragment") << QStringLiteral("token") << QString();
    QTest::newRow("id_token, form_post") << QStringLiteral("id_token") << QStringLiteral("form_post");
    QTest::newRow("id_token token, fragment") << QStringLiteral("id_token token") << QString();
    QTest::newRow("id_token token, form_post") << QStringLiteral("id_token token") << QStringLiteral("form_post");
    QTest::newRow("code id_token, fragment") << QStringLiteral("code id_token") << QStringLiteral("fragment");
    QTest::newRow("code token, form_post") << QStringLiteral("code token") << QStringLiteral("form_post");
    QTest::newRow("code id_token token, fragment") << QStringLiteral("code id_token token") << QString();
    QTest::newRow("code id_token token, form_post") << QStringLiteral("code id_token token")
                                                    << QStringLiteral("form_post");
}

void TestClientGrants::implicitAndHybrid()
{
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    HttpBrowser browser(UserName, UserPassword);
    AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
    QSignalSpy tokenRequests(&flow, &AuthorizationCodeFlow::tokenRequestSent);
    AuthorizationCodeFlow::Options options;
    options.responseType = responseType;
    options.responseMode = responseMode;
    options.facts.issParameterSupported = true; // the sandbox sends RFC 9207 iss in every mode
    options.timeout = std::chrono::seconds(20);
    const Profile p = publicProfile();
    const auto result = run(flow, p, options);
    QVERIFY2(browser.problems.isEmpty(), qPrintable(browser.problems.join(u'\n')));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(QUrlQuery(browser.opened.first()).queryItemValue(QStringLiteral("response_type"), QUrl::FullyDecoded),
             responseType);

    const QStringList parts = OAuth::responseTypeParts(responseType);
    const bool fragment = responseMode == QLatin1String("fragment")
                          || (responseMode.isEmpty() && OAuth::returnsTokensFromAuthorizationEndpoint(responseType));
    QCOMPARE(browser.relayPageSeen, fragment);
    QCOMPARE(tokenRequests.count(), parts.contains(QLatin1String("code")) ? 1 : 0);
    QVERIFY(result->token);
    if (OAuth::returnsTokensFromAuthorizationEndpoint(responseType)) {
        QVERIFY(result->frontChannel);
        const OAuth::TokenResponse &front = *result->frontChannel;
        QCOMPARE(front.accessToken.isEmpty(), !parts.contains(QLatin1String("token")));
        QCOMPARE(front.idToken.isEmpty(), !parts.contains(QLatin1String("id_token")));
        if (parts.contains(QLatin1String("token"))) {
            QCOMPARE(front.tokenType.toLower(), QStringLiteral("bearer"));
            QVERIFY(front.expiresIn > 0);
        }
        if (parts.contains(QLatin1String("id_token"))) {
            // Verified against the sandbox's JWKS, fetched by the flow: nonce and hashes included.
            const auto claims = Jose::decodeToken(front.idToken).claims.value_or(QJsonObject());
            QCOMPARE(claims.value(u"nonce").toString(), flow.request().nonce);
            QCOMPARE(claims.contains(u"at_hash"), parts.contains(QLatin1String("token")));
            QCOMPARE(claims.contains(u"c_hash"), parts.contains(QLatin1String("code")));
        }
    } else {
        QVERIFY(!result->frontChannel);
    }
    if (parts.contains(QLatin1String("code"))) {
        QVERIFY(result->token->ok()); // from the token endpoint, the code exchanged with PKCE
        QVERIFY(!result->token->idToken.isEmpty());
    }

    // The access token the flow returns works at the userinfo endpoint.
    const QString accessToken = result->token->accessToken;
    if (!accessToken.isEmpty()) {
        std::optional<OAuth::UserinfoResult> info;
        m_operations->userinfo(p, accessToken, this, [&info](const OAuth::UserinfoResult &r) { info = r; });
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 10000);
        QVERIFY2(info->ok(), qPrintable(info->error));
        QCOMPARE(info->claims.value(u"email").toString(), QStringLiteral("alice@example.com"));
    }
}

void TestClientGrants::foreignKeysRefused()
{
    // A real ID token from the sandbox, checked against keys that are not the sandbox's: the
    // signature check fails, and the code is never exchanged.
    // The foreign key carries the sandbox key's kid, so the key is chosen and the signature fails.
    QPointer<QNetworkReply> jwksReply = m_network.get(QNetworkRequest(QUrl(issuer() + QLatin1String("/.well-known/jwks.json"))));
    QTRY_VERIFY_WITH_TIMEOUT(jwksReply->isFinished(), 10000);
    const QJsonArray keys = QJsonDocument::fromJson(jwksReply->readAll()).object().value(u"keys").toArray();
    jwksReply->deleteLater();
    QCOMPARE(keys.size(), 1);
    const TestKeys::KeyPair foreign =
        TestKeys::generate(Jose::Algorithm::ES256, keys.first().toObject().value(u"kid").toString());
    HttpBrowser browser(UserName, UserPassword);
    AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
    QSignalSpy tokenRequests(&flow, &AuthorizationCodeFlow::tokenRequestSent);
    AuthorizationCodeFlow::Options options;
    options.responseType = QStringLiteral("code id_token");
    options.responseMode = QStringLiteral("form_post");
    options.keys = Jose::loadKeys(TestKeys::jwks({foreign})).keySet;
    options.timeout = std::chrono::seconds(20);
    const auto result = run(flow, publicProfile(), options);
    QVERIFY2(browser.problems.isEmpty(), qPrintable(browser.problems.join(u'\n')));
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Refused);
    QVERIFY2(result->message.contains(QLatin1String("signature")), qPrintable(result->message));
    QCOMPARE(tokenRequests.count(), 0);
    QVERIFY(!result->token);

    // A JWKS URI that does not answer with keys: refused too, saying why.
    AuthorizationCodeFlow second(m_tokens.get(), m_http.get(), &browser);
    options.keys.reset();
    options.facts.jwksUri = QUrl(issuer() + QLatin1String("/no-such-jwks"));
    const auto noKeys = run(second, publicProfile(), options);
    QVERIFY(noKeys);
    QCOMPARE(noKeys->outcome, Outcome::Refused);
    QVERIFY2(noKeys->message.contains(QLatin1String("JWKS")), qPrintable(noKeys->message));
}

Profile TestClientGrants::sandboxProfile(const QString &clientId, ClientAuthMethod method) const
{
    Profile p = publicProfile();
    p.name = clientId;
    p.clientId = clientId;
    p.authMethod = method;
    p.endpoints.setUrl(EndpointKind::PushedAuthorization, QUrl(issuer() + QLatin1String("/par")));
    p.endpoints.setUrl(EndpointKind::Introspection, QUrl(issuer() + QLatin1String("/oauth2/introspect")));
    return p;
}

OAuth::TokenResponse TestClientGrants::clientCredentials(const Profile &p)
{
    std::optional<OAuth::TokenResponse> response;
    m_tokens->clientCredentials(p, {}, this, [&response](const OAuth::TokenResponse &r) { response = r; });
    if (!QTest::qWaitFor([&response] { return response.has_value(); }, 10000))
        return {};
    return *response;
}

void TestClientGrants::sandboxPar_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("responseType");
    QTest::newRow("basic client, PAR required") << ParClient << QStringLiteral("code");
    QTest::newRow("public client, hybrid") << PublicClient << QStringLiteral("code id_token");
    QTest::newRow("private_key_jwt client") << ParJwtClient << QStringLiteral("code");
}

void TestClientGrants::sandboxPar()
{
    QFETCH(QString, clientId);
    QFETCH(QString, responseType);
    const ClientAuthMethod method = clientId == ParClient ? ClientAuthMethod::ClientSecretBasic
                                    : clientId == ParJwtClient ? ClientAuthMethod::PrivateKeyJwt
                                                               : ClientAuthMethod::None;
    Profile p = sandboxProfile(clientId, method);
    if (method == ClientAuthMethod::ClientSecretBasic)
        QVERIFY(storeSecret(p.id, SandboxSecret));
    if (method == ClientAuthMethod::PrivateKeyJwt)
        QVERIFY(storeSecret(p.id, GrantsTest::privatePem(m_assertionKey), SecretKind::PrivateKey));
    AuthorizationCodeFlow::Options options;
    options.responseType = responseType;
    options.facts.issParameterSupported = true;
    options.timeout = std::chrono::seconds(20);
    for (const bool usePar : {true, false}) {
        p.usePar = usePar;
        HttpBrowser browser(UserName, UserPassword);
        AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
        QSignalSpy parSent(&flow, &AuthorizationCodeFlow::parRequestSent);
        const auto result = run(flow, p, options);
        QVERIFY(result);
        QCOMPARE(parSent.count(), usePar ? 1 : 0);
        if (!usePar) {
            if (clientId == ParClient) { // the sandbox insists on PAR for this client
                QCOMPARE(result->outcome, Outcome::AuthorizationError);
                QCOMPARE(result->error, QStringLiteral("invalid_request"));
            } else {
                QVERIFY2(result->ok(), qPrintable(result->message));
            }
            continue;
        }
        QVERIFY2(browser.problems.isEmpty(), qPrintable(browser.problems.join(u'\n')));
        QVERIFY2(result->ok(), qPrintable(result->message));
        QCOMPARE(QUrlQuery(browser.opened.first()).queryItems().size(), 2); // client_id, request_uri
        QVERIFY(!result->requestUri.isEmpty());
        QVERIFY(result->token && result->token->ok());
        QCOMPARE(bool(result->frontChannel), responseType != QLatin1String("code"));
    }

    // A wrong client secret: the PAR endpoint's invalid_client, and no browser.
    if (clientId == ParClient) {
        p.usePar = true;
        QVERIFY(storeSecret(p.id, "wrong-secret"));
        HttpBrowser browser(UserName, UserPassword);
        AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
        const auto refused = run(flow, p, options);
        QVERIFY(refused);
        QCOMPARE(refused->outcome, Outcome::AuthorizationError);
        QCOMPARE(refused->error, QStringLiteral("invalid_client"));
        QVERIFY(browser.opened.isEmpty());
    }
}

void TestClientGrants::sandboxTokenExchange()
{
    const Profile p = sandboxProfile(Exchanger, ClientAuthMethod::ClientSecretPost);
    QVERIFY(storeSecret(p.id, SandboxSecret));
    const OAuth::TokenResponse subject = clientCredentials(p);
    QVERIFY2(subject.ok(), qPrintable(subject.error));

    OAuth::TokenExchangeRequest request;
    request.subjectToken = subject.accessToken;
    request.actorToken = subject.accessToken;
    request.actorTokenType = OAuth::TokenTypes::AccessToken;
    request.requestedTokenType = OAuth::TokenTypes::AccessToken;
    request.audiences = {PublicClient};
    request.resources = {QStringLiteral("https://api.example/orders")};
    std::optional<OAuth::TokenExchangeResult> result;
    m_operations->exchangeToken(p, request, this, [&result](const OAuth::TokenExchangeResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->token.error));
    QCOMPARE(result->issuedTokenType, OAuth::TokenTypes::AccessToken);
    QVERIFY(result->token.accessToken != subject.accessToken);
    const QJsonObject claims = Jose::decodeToken(result->token.accessToken).claims.value_or(QJsonObject());
    const QJsonArray audiences = claims.value(u"aud").isArray() ? claims.value(u"aud").toArray()
                                                                : QJsonArray{claims.value(u"aud")};
    QVERIFY2(audiences.contains(PublicClient), QJsonDocument(claims).toJson().constData());
    QVERIFY2(audiences.contains(QStringLiteral("https://api.example/orders")), QJsonDocument(claims).toJson().constData());
    QCOMPARE(claims.value(u"act").toObject().value(u"client_id").toString(), Exchanger); // RFC 8693 §4.1

    // The server's refusal comes back as an OAuth error.
    request.subjectToken = QStringLiteral("not-a-token");
    request.actorToken.clear();
    request.actorTokenType.clear();
    result.reset();
    m_operations->exchangeToken(p, request, this, [&result](const OAuth::TokenExchangeResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->ok());
    QCOMPARE(result->token.oauthError, QStringLiteral("invalid_request"));
}

void TestClientGrants::sandboxJwtBearer()
{
    const Profile p = sandboxProfile(JwtBearerClient, ClientAuthMethod::ClientSecretBasic);
    QVERIFY(storeSecret(p.id, SandboxSecret));
    // The private key as PEM, as a user would paste it.
    const QByteArray pem = GrantsTest::privatePem(m_assertionKey);
    QVERIFY(!pem.isEmpty());
    OAuth::JwtBearerClaims claims;
    claims.issuer = JwtBearerClient;
    claims.subject = UserName;
    claims.audience = p.endpoints.url(EndpointKind::Token).toString();
    QString error;
    const QByteArray assertion = OAuth::buildJwtBearerAssertion(claims, pem, &error);
    QVERIFY2(!assertion.isEmpty(), qPrintable(error));

    std::optional<OAuth::TokenResponse> response;
    const auto grant = [&] {
        response.reset();
        m_operations->jwtBearer(p, OAuth::JwtBearerRequest{QString::fromLatin1(assertion), {QStringLiteral("email")}},
                                this, [&response](const OAuth::TokenResponse &r) { response = r; });
        return QTest::qWaitFor([&response] { return response.has_value(); }, 10000);
    };
    QVERIFY(grant());
    QVERIFY2(response->ok(), qPrintable(response->error));
    const QJsonObject tokenClaims = Jose::decodeToken(response->accessToken).claims.value_or(QJsonObject());
    QCOMPARE(tokenClaims.value(u"sub").toString(), UserName);
    // RFC 7523 §3: the sandbox takes a jti once; the same assertion again is refused.
    QVERIFY(grant());
    QVERIFY(!response->ok());
    QCOMPARE(response->oauthError, QStringLiteral("invalid_grant"));
}

void TestClientGrants::startOidcProvider()
{
    if (m_providerDocument)
        return;
    QString error;
    QVERIFY2(m_provider.start(QStringLiteral("lib/oidc-provider-par-fixture.mjs"), {}, &error), qPrintable(error));
    m_providerDocument = GrantsTest::discover(m_http.get(), m_provider.issuer(), &error);
    QVERIFY2(m_providerDocument, qPrintable(error));
    QVERIFY(!m_providerDocument->endpoints.url(EndpointKind::PushedAuthorization).isEmpty());
}

Profile TestClientGrants::providerProfile(const QString &clientId, ClientAuthMethod method) const
{
    return GrantsTest::providerProfile(*m_providerDocument, clientId, method);
}

bool TestClientGrants::storeSecret(const QString &profileId, const QByteArray &secret, SecretKind kind)
{
    return GrantsTest::storeSecret(*m_secrets, profileId, secret, kind);
}

void TestClientGrants::oidcProviderPar_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<int>("method");
    QTest::newRow("basic, PAR required") << QStringLiteral("tokenscope-par-basic") << int(ClientAuthMethod::ClientSecretBasic);
    QTest::newRow("public client") << QStringLiteral("tokenscope-par-native") << int(ClientAuthMethod::None);
}

void TestClientGrants::oidcProviderPar()
{
    QFETCH(QString, clientId);
    QFETCH(int, method);
    startOidcProvider();
    Profile p = providerProfile(clientId, ClientAuthMethod(method));
    if (p.authMethod == ClientAuthMethod::ClientSecretBasic)
        QVERIFY(storeSecret(p.id, ParBasicSecret));
    AuthorizationCodeFlow::Options options;
    options.facts.issParameterSupported = m_providerDocument->authorizationResponseIssParameterSupported;
    options.facts.issuer = m_providerDocument->issuer;
    options.timeout = std::chrono::seconds(20);

    for (const bool usePar : {true, false}) {
        p.usePar = usePar;
        HttpBrowser browser(UserName, UserPassword);
        AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
        QSignalSpy parSent(&flow, &AuthorizationCodeFlow::parRequestSent);
        QSignalSpy parAnswered(&flow, &AuthorizationCodeFlow::parRequestAnswered);
        const auto result = run(flow, p, options);
        QVERIFY2(browser.problems.isEmpty(), qPrintable(browser.problems.join(u'\n')));
        QVERIFY(result);
        QCOMPARE(parSent.count(), usePar ? 1 : 0);
        if (!usePar) {
            // tokenscope-par-basic requires PAR: the provider refuses a plain authorization request.
            if (clientId == QLatin1String("tokenscope-par-basic")) {
                QCOMPARE(result->outcome, Outcome::AuthorizationError);
                QCOMPARE(result->error, QStringLiteral("invalid_request"));
            } else {
                QVERIFY2(result->ok(), qPrintable(result->message));
            }
            continue;
        }
        QVERIFY2(result->ok(), qPrintable(result->message));
        QCOMPARE(parAnswered.count(), 1);
        QVERIFY(result->requestUri.startsWith(QLatin1String("urn:ietf:params:oauth:request_uri:")));
        // RFC 9126 §4: the browser saw client_id and request_uri, nothing else.
        QCOMPARE(browser.opened.size(), 1);
        const QUrlQuery sentToBrowser(browser.opened.first());
        QCOMPARE(sentToBrowser.queryItems().size(), 2);
        QCOMPARE(sentToBrowser.queryItemValue(QStringLiteral("client_id")), clientId);
        QCOMPARE(sentToBrowser.queryItemValue(QStringLiteral("request_uri"), QUrl::FullyDecoded), result->requestUri);
        QVERIFY(browser.pagesSubmitted >= 2); // sign-in and consent
        QVERIFY(result->token && result->token->ok());
        const auto claims = Jose::decodeToken(result->token->idToken).claims.value_or(QJsonObject());
        QCOMPARE(claims.value(u"nonce").toString(), flow.request().nonce);
        QCOMPARE(claims.value(u"sub").toString(), UserName);
    }
}

void TestClientGrants::oidcProviderParRefused()
{
    startOidcProvider();
    Profile p = providerProfile(QStringLiteral("tokenscope-par-basic"), ClientAuthMethod::ClientSecretBasic);
    p.usePar = true;
    QVERIFY(storeSecret(p.id, "not-the-secret"));
    HttpBrowser browser(UserName, UserPassword);
    AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
    QSignalSpy urlReady(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    AuthorizationCodeFlow::Options options;
    options.timeout = std::chrono::seconds(20);
    const auto result = run(flow, p, options);
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::AuthorizationError);
    QCOMPARE(result->error, QStringLiteral("invalid_client"));
    QVERIFY2(result->message.contains(QLatin1String("invalid_client")), qPrintable(result->message));
    QCOMPARE(urlReady.count(), 0);
    QVERIFY(browser.opened.isEmpty());
}

void TestClientGrants::oidcProviderHybrid_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::newRow("code id_token, fragment") << QStringLiteral("code id_token") << QString();
    QTest::newRow("id_token token, form_post") << QStringLiteral("id_token token") << QStringLiteral("form_post");
    QTest::newRow("code id_token token, form_post") << QStringLiteral("code id_token token")
                                                    << QStringLiteral("form_post");
    QTest::newRow("id_token, fragment") << QStringLiteral("id_token") << QStringLiteral("fragment");
}

void TestClientGrants::oidcProviderHybrid()
{
    // A third-party provider's RS256 ID tokens, c_hash and at_hash, verified against its JWKS.
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    startOidcProvider();
    const Profile p = providerProfile(QStringLiteral("tokenscope-hybrid"), ClientAuthMethod::None);
    HttpBrowser browser(UserName, UserPassword);
    AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
    QSignalSpy tokenRequests(&flow, &AuthorizationCodeFlow::tokenRequestSent);
    AuthorizationCodeFlow::Options options;
    options.responseType = responseType;
    options.responseMode = responseMode;
    options.facts.issParameterSupported = m_providerDocument->authorizationResponseIssParameterSupported;
    options.facts.jwksUri = m_providerDocument->endpoints.url(EndpointKind::Jwks);
    options.timeout = std::chrono::seconds(20);
    const auto result = run(flow, p, options);
    QVERIFY2(browser.problems.isEmpty(), qPrintable(browser.problems.join(u'\n')));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QVERIFY(result->frontChannel);
    const QStringList parts = OAuth::responseTypeParts(responseType);
    QCOMPARE(result->frontChannel->accessToken.isEmpty(), !parts.contains(QLatin1String("token")));
    const Jose::DecodedToken idToken = Jose::decodeToken(result->frontChannel->idToken);
    QCOMPARE(idToken.header.value(u"alg").toString(), QStringLiteral("RS256"));
    const QJsonObject claims = idToken.claims.value_or(QJsonObject());
    QCOMPARE(claims.contains(u"c_hash"), parts.contains(QLatin1String("code")));
    QCOMPARE(claims.contains(u"at_hash"), parts.contains(QLatin1String("token")));
    QCOMPARE(tokenRequests.count(), parts.contains(QLatin1String("code")) ? 1 : 0);
    QCOMPARE(browser.relayPageSeen, responseMode != QLatin1String("form_post"));
}

QTEST_GUILESS_MAIN(TestClientGrants)
#include "tst_clientgrants.moc"
