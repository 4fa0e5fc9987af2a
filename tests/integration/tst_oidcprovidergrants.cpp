// SPDX-License-Identifier: GPL-3.0-or-later
// The grants against panva's oidc-provider that the other tests leave out, through the real
// TokenClient, AuthorizationCodeFlow and TokenOperations over real sockets: client_credentials with
// client_secret_post and private_key_jwt (and a wrong key refused), the authorization code with
// PKCE (login and consent driven over HTTP by httpbrowser.h) with offline_access, refresh (with
// rotation as oidc-provider does it), and userinfo with a good, a revoked and a garbage token.
// The fixture: tests/e2e/lib/oidc-provider-clients-fixture.mjs.

#include "oauth/authorizationcodeflow.h"
#include "oauth/discovery.h"
#include "oauth/tokenoperations.h"
#include "profiles/secretstore.h"
#include "httpbrowser.h"
#include "oidcproviderfixture.h"
#include "testkeys.h"

#include "jose/decodedtoken.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Profiles;
using OAuth::AuthorizationCodeFlow;
using OAuth::AuthorizationCodeResult;
using TestBrowser::HttpBrowser;

namespace {

const QString UserName = QStringLiteral("carol");
const QString UserPassword = QStringLiteral("any password: the development pages take it");
// tests/e2e/lib/oidc-provider-clients-fixture.mjs
const QString PostClient = QStringLiteral("tokenscope-post");
const QByteArray PostSecret = "clients-fixture-post:+/ &=%-0123456789abcdef";
const QString JwtClient = QStringLiteral("tokenscope-jwt");
const QString OfflineClient = QStringLiteral("tokenscope-offline");
const QByteArray OfflineSecret = "clients-fixture-offline:+/ &=%-0123456789abcdef";
const QString RotatingClient = QStringLiteral("tokenscope-rotating");
const QString JwtKid = QStringLiteral("tokenscope-jwt-key");

QByteArray header(const HttpRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

} // namespace

class TestOidcProviderGrants final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void clientCredentials_data();
    void clientCredentials();
    void clientCredentialsRefused_data();
    void clientCredentialsRefused();
    void authorizationCodeRefreshUserinfo_data();
    void authorizationCodeRefreshUserinfo();
    void userinfoGarbageToken();

private:
    Profile profile(const QString &clientId, ClientAuthMethod method) const;
    bool storeSecret(const QString &profileId, const QByteArray &secret, SecretKind kind);
    std::optional<OAuth::TokenResponse> clientCredentials(const Profile &p, HttpRequest *sent);
    std::optional<OAuth::RefreshResult> refresh(const Profile &p, const QString &refreshToken);
    std::optional<OAuth::UserinfoResult> userinfo(const Profile &p, const QString &accessToken);

    TestKeys::KeyPair m_jwtKey = TestKeys::generate(Jose::Algorithm::ES256, JwtKid);
    QTemporaryDir m_dir;
    GrantsTest::OidcProvider m_provider;
    std::optional<Discovery::Document> m_document;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<OAuth::TokenClient> m_tokens;
    std::unique_ptr<OAuth::TokenOperations> m_operations;
};

void TestOidcProviderGrants::initTestCase()
{
    m_http = std::make_unique<HttpClient>(&m_network);
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("tokenscope-test-oidcprovidergrants"));
    m_secrets->useSessionMemory();
    m_tokens = std::make_unique<OAuth::TokenClient>(m_http.get(), m_secrets.get());
    m_operations = std::make_unique<OAuth::TokenOperations>(m_tokens.get(), m_http.get());

    // The public half of the private_key_jwt client's key, handed to the fixture as a file.
    QVERIFY(m_dir.isValid());
    const QString jwksPath = m_dir.filePath(QStringLiteral("jwks.json"));
    QFile jwks(jwksPath);
    QVERIFY(jwks.open(QIODevice::WriteOnly));
    QVERIFY(jwks.write(TestKeys::jwks({m_jwtKey})) > 0);
    jwks.close();

    QString error;
    QVERIFY2(m_provider.start(QStringLiteral("lib/oidc-provider-clients-fixture.mjs"), QStringList{QString(u"--jwks=" + jwksPath)}, &error),
             qPrintable(error));
    m_document = GrantsTest::discover(m_http.get(), m_provider.issuer(), &error);
    QVERIFY2(m_document, qPrintable(error));
    QVERIFY(!m_document->endpoints.url(EndpointKind::Userinfo).isEmpty());
    QVERIFY(!m_document->endpoints.url(EndpointKind::Revocation).isEmpty());
}

void TestOidcProviderGrants::cleanupTestCase()
{
    m_provider.stop();
}

Profile TestOidcProviderGrants::profile(const QString &clientId, ClientAuthMethod method) const
{
    return GrantsTest::providerProfile(*m_document, clientId, method);
}

bool TestOidcProviderGrants::storeSecret(const QString &profileId, const QByteArray &secret, SecretKind kind)
{
    return GrantsTest::storeSecret(*m_secrets, profileId, secret, kind);
}

std::optional<OAuth::TokenResponse> TestOidcProviderGrants::clientCredentials(const Profile &p, HttpRequest *sent)
{
    QList<HttpExchange> exchanges;
    const auto logged = connect(m_http.get(), &HttpClient::exchangeFinished, this,
                                [&exchanges](const HttpExchange &e) { exchanges.append(e); });
    std::optional<OAuth::TokenResponse> response;
    m_tokens->clientCredentials(p, {QStringLiteral("api:read")}, this,
                                [&response](const OAuth::TokenResponse &r) { response = r; });
    const bool answered = QTest::qWaitFor([&response] { return response.has_value(); }, 20000);
    disconnect(logged);
    if (!answered)
        return std::nullopt;
    if (sent && exchanges.size() == 1)
        *sent = exchanges.first().request;
    return response;
}

std::optional<OAuth::RefreshResult> TestOidcProviderGrants::refresh(const Profile &p, const QString &refreshToken)
{
    return GrantsTest::awaitResult<OAuth::RefreshResult>(
        [&](QObject *context, auto done) { m_operations->refresh(p, refreshToken, {}, context, done); });
}

std::optional<OAuth::UserinfoResult> TestOidcProviderGrants::userinfo(const Profile &p, const QString &accessToken)
{
    return GrantsTest::awaitResult<OAuth::UserinfoResult>(
        [&](QObject *context, auto done) { m_operations->userinfo(p, accessToken, context, done); });
}

void TestOidcProviderGrants::clientCredentials_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<int>("method");
    QTest::newRow("client_secret_post") << PostClient << int(ClientAuthMethod::ClientSecretPost);
    QTest::newRow("private_key_jwt") << JwtClient << int(ClientAuthMethod::PrivateKeyJwt);
}

void TestOidcProviderGrants::clientCredentials()
{
    QFETCH(QString, clientId);
    QFETCH(int, method);
    const Profile p = profile(clientId, ClientAuthMethod(method));
    if (p.authMethod == ClientAuthMethod::ClientSecretPost)
        QVERIFY(storeSecret(p.id, PostSecret, SecretKind::ClientSecret));
    else
        QVERIFY(storeSecret(p.id, GrantsTest::privatePem(m_jwtKey), SecretKind::PrivateKey));

    HttpRequest sent;
    const auto response = clientCredentials(p, &sent);
    QVERIFY(response);
    QVERIFY2(response->ok(), qPrintable(response->error + u' ' + QString::fromUtf8(response->http.body)));
    QCOMPARE(response->tokenType.toLower(), QStringLiteral("bearer"));
    QCOMPARE(response->scope, QStringLiteral("api:read"));
    QVERIFY(response->expiresIn > 0);
    QVERIFY(response->refreshToken.isEmpty()); // RFC 6749 §4.4.3: no refresh token
    QVERIFY(response->idToken.isEmpty());

    // What went over the wire: the credentials in the form, never an Authorization header.
    QVERIFY(header(sent, "Authorization").isEmpty());
    const QUrlQuery form(QString::fromUtf8(sent.body));
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), clientId);
    if (p.authMethod == ClientAuthMethod::ClientSecretPost) {
        QVERIFY(!sent.body.contains("client_assertion"));
        QVERIFY(sent.body.contains(QByteArray("client_secret=" + OAuth::formEncode(PostSecret))));
    } else {
        QVERIFY(!sent.body.contains("client_secret"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_assertion_type"), QUrl::FullyDecoded),
                 QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        const Jose::DecodedToken assertion =
            Jose::decodeToken(form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded));
        QCOMPARE(assertion.header.value(u"alg").toString(), QStringLiteral("ES256"));
        // A PEM key has no kid: oidc-provider tries the client's keys of the algorithm.
        QVERIFY(!assertion.header.contains(u"kid"));
        const QJsonObject claims = assertion.claims.value_or(QJsonObject());
        QCOMPARE(claims.value(u"iss").toString(), clientId);
        QCOMPARE(claims.value(u"sub").toString(), clientId);
        QCOMPARE(claims.value(u"aud").toString(), p.endpoints.url(EndpointKind::Token).toString());
        QVERIFY(!claims.value(u"jti").toString().isEmpty());
    }
}

void TestOidcProviderGrants::clientCredentialsRefused_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("what");
    QTest::newRow("client_secret_post, wrong secret")
        << PostClient << int(ClientAuthMethod::ClientSecretPost) << QStringLiteral("secret");
    QTest::newRow("private_key_jwt, another key")
        << JwtClient << int(ClientAuthMethod::PrivateKeyJwt) << QStringLiteral("key");
    QTest::newRow("private_key_jwt client sending client_secret_post")
        << JwtClient << int(ClientAuthMethod::ClientSecretPost) << QStringLiteral("method");
}

void TestOidcProviderGrants::clientCredentialsRefused()
{
    QFETCH(QString, clientId);
    QFETCH(int, method);
    QFETCH(QString, what);
    const Profile p = profile(clientId, ClientAuthMethod(method));
    if (what == u"key") {
        const TestKeys::KeyPair impostor = TestKeys::generate(Jose::Algorithm::ES256, JwtKid);
        QVERIFY(storeSecret(p.id, GrantsTest::privatePem(impostor), SecretKind::PrivateKey));
    } else {
        QVERIFY(storeSecret(p.id, what == u"secret" ? QByteArray("not-the-secret") : PostSecret,
                            SecretKind::ClientSecret));
    }
    const auto response = clientCredentials(p, nullptr);
    QVERIFY(response);
    QVERIFY(!response->ok());
    QVERIFY(response->accessToken.isEmpty());
    QCOMPARE(response->http.status, 401);
    QCOMPARE(response->oauthError, QStringLiteral("invalid_client"));
    QVERIFY2(response->error.contains(QLatin1String("invalid_client")), qPrintable(response->error));
}

void TestOidcProviderGrants::authorizationCodeRefreshUserinfo_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<int>("method");
    QTest::addColumn<bool>("rotates");
    // oidc-provider's default rotateRefreshToken: a confidential client's refresh token is kept
    // until 70% of its life has passed; a public client's is rotated on every use.
    QTest::newRow("confidential, not rotated") << OfflineClient << int(ClientAuthMethod::ClientSecretBasic) << false;
    QTest::newRow("public, rotated") << RotatingClient << int(ClientAuthMethod::None) << true;
}

void TestOidcProviderGrants::authorizationCodeRefreshUserinfo()
{
    QFETCH(QString, clientId);
    QFETCH(int, method);
    QFETCH(bool, rotates);
    Profile p = profile(clientId, ClientAuthMethod(method));
    p.scopes = {QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("offline_access")};
    // oidc-provider drops offline_access unless the request also asks for consent.
    p.extraParameters.append({QStringLiteral("prompt"), QStringLiteral("consent"), ExtraParameter::Target::Authorization});
    if (p.authMethod == ClientAuthMethod::ClientSecretBasic)
        QVERIFY(storeSecret(p.id, OfflineSecret, SecretKind::ClientSecret));

    HttpBrowser browser(UserName, UserPassword);
    AuthorizationCodeFlow flow(m_tokens.get(), m_http.get(), &browser);
    AuthorizationCodeFlow::Options options;
    options.facts.issParameterSupported = m_document->authorizationResponseIssParameterSupported;
    options.facts.issuer = m_document->issuer;
    options.timeout = std::chrono::seconds(20);
    std::optional<AuthorizationCodeResult> result;
    connect(&flow, &AuthorizationCodeFlow::finished, this, [&result](const AuthorizationCodeResult &r) { result = r; });
    flow.start(p, options);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 25000);
    QVERIFY2(browser.problems.isEmpty(), qPrintable(browser.problems.join(u'\n')));
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(browser.opened.size(), 1);
    const QUrlQuery authorization(browser.opened.first());
    QCOMPARE(authorization.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(authorization.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
    QVERIFY(browser.pagesSubmitted >= 2); // sign-in and consent

    const OAuth::TokenResponse first = *result->token;
    QVERIFY(first.ok());
    QVERIFY2(!first.refreshToken.isEmpty(), "oidc-provider issued no refresh token for offline_access");
    QVERIFY(first.scope.split(u' ').contains(QStringLiteral("offline_access")));
    const QJsonObject idClaims = Jose::decodeToken(first.idToken).claims.value_or(QJsonObject());
    QCOMPARE(idClaims.value(u"sub").toString(), UserName);
    QCOMPARE(idClaims.value(u"nonce").toString(), flow.request().nonce);

    // Refresh: a new access token; the refresh token rotated or not, as oidc-provider does it.
    const auto refreshed = refresh(p, first.refreshToken);
    QVERIFY(refreshed);
    QVERIFY2(refreshed->ok(), qPrintable(refreshed->token.error + u' ' + QString::fromUtf8(refreshed->token.http.body)));
    QVERIFY(!refreshed->token.accessToken.isEmpty());
    QVERIFY(refreshed->token.accessToken != first.accessToken);
    QCOMPARE(refreshed->rotated, rotates);
    QVERIFY(!refreshed->token.refreshToken.isEmpty());
    QCOMPARE(refreshed->token.refreshToken == first.refreshToken, !rotates);
    QCOMPARE(Jose::decodeToken(refreshed->token.idToken).claims.value_or(QJsonObject()).value(u"sub").toString(),
             UserName);

    // Userinfo with the refreshed access token: sub and the email scope's claims.
    const auto info = userinfo(p, refreshed->token.accessToken);
    QVERIFY(info);
    QVERIFY2(info->ok(), qPrintable(info->error));
    QCOMPARE(info->http.status, 200);
    QCOMPARE(info->claims.value(u"sub").toString(), UserName);
    QCOMPARE(info->claims.value(u"email").toString(), UserName + u"@example.com");
    QVERIFY(info->jwt.isEmpty());

    // The old refresh token again: accepted when it was kept; refused after a rotation, and
    // oidc-provider's reuse detection then revokes the whole grant with its access tokens.
    const auto again = refresh(p, first.refreshToken);
    QVERIFY(again);
    if (rotates) {
        QVERIFY(!again->ok());
        QCOMPARE(again->token.oauthError, QStringLiteral("invalid_grant"));
        QVERIFY(!again->token.error.isEmpty());
        const auto dead = userinfo(p, refreshed->token.accessToken);
        QVERIFY(dead);
        QVERIFY(!dead->ok());
        QCOMPARE(dead->http.status, 401);
        QCOMPARE(dead->bearerError, QStringLiteral("invalid_token"));
        return;
    }
    QVERIFY2(again->ok(), qPrintable(again->token.error));
    QVERIFY(!again->rotated);
    const OAuth::TokenResponse live = again->token;

    // Revoked: RFC 6750 invalid_token in the WWW-Authenticate challenge.
    std::optional<OAuth::RevocationResult> revoked;
    m_operations->revoke(p, live.accessToken, QStringLiteral("access_token"), this,
                         [&revoked](const OAuth::RevocationResult &r) { revoked = r; });
    QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 20000);
    QVERIFY2(revoked->ok(), qPrintable(revoked->error));
    const auto refused = userinfo(p, live.accessToken);
    QVERIFY(refused);
    QVERIFY(!refused->ok());
    QCOMPARE(refused->http.status, 401);
    QCOMPARE(refused->bearerError, QStringLiteral("invalid_token"));
    QVERIFY(refused->claims.isEmpty());
    QVERIFY(!refused->error.isEmpty());
}

void TestOidcProviderGrants::userinfoGarbageToken()
{
    const Profile p = profile(OfflineClient, ClientAuthMethod::ClientSecretBasic);
    const auto refused = userinfo(p, QStringLiteral("not-a-token-oidc-provider-ever-issued"));
    QVERIFY(refused);
    QVERIFY(!refused->ok());
    QCOMPARE(refused->http.status, 401);
    QCOMPARE(refused->bearerError, QStringLiteral("invalid_token"));
    QVERIFY(refused->claims.isEmpty());
    QVERIFY(!refused->error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOidcProviderGrants)
#include "tst_oidcprovidergrants.moc"
