// SPDX-License-Identifier: GPL-3.0-or-later
// TokenOperations (refresh, password, introspection, revocation, userinfo, logout URL) against
// the real sandbox over real sockets, with the client secret in a session-memory SecretStore.

#include "oauth/deviceflow.h"
#include "oauth/tokenoperations.h"
#include "profiles/secretstore.h"
#include "sandboxserver.h"
#include "tenantstate.h"
#include "oidcproviderfixture.h"

#include "jose/base64url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Profiles;

namespace {

const QString Tenant = QStringLiteral("default");
const QString Workspace = QStringLiteral("demo");
const QString UserName = QStringLiteral("alice");
const QString UserPassword = QStringLiteral("pw-Wonderland+&42");
// Form-encoding matters for Basic (RFC 6749 §2.3.1).
const QByteArray BasicSecret = "basic:secret+/ &=%-0123456789abcdefghijklmnop";
const QByteArray PostSecret = "post-secret-0123456789abcdefghijklmnopqrstuvwxyz";

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

// A result for introspect / revoke / userinfo whose error says that no callback came.
template<typename Result>
Result orTimedOut(const std::optional<Result> &result)
{
    if (result)
        return *result;
    Result timedOut;
    timedOut.error = QStringLiteral("test: no callback");
    return timedOut;
}

} // namespace

class TestTokenOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void passwordGrant();
    void refreshRotates();
    void introspectionAndRevocation();
    void introspectionRefusesWrongSecret();
    void revokeRefreshToken();
    void userinfo();
    void userinfoJwtAndErrors();
    void bearerChallenge_data();
    void bearerChallenge();
    void logoutUrl();
    void missingEndpoints();
    // panva's oidc-provider (tests/e2e/lib/oidc-provider-grants-fixture.mjs)
    void oidcProviderClientCredentials();
    void oidcProviderDeviceFlow();

private:
    // Starts the fixture; its issuer, or an empty URL after a failed QVERIFY.
    void startOidcProvider(QUrl *issuer);
    GrantsTest::OidcProvider m_provider;
    Profile profile(const QString &clientId, ClientAuthMethod method) const;
    OAuth::TokenResponse password(const Profile &p, const QString &user, const QString &pass);
    OAuth::RefreshResult refresh(const Profile &p, const QString &refreshToken);
    OAuth::IntrospectionResult introspect(const Profile &p, const QString &token, const QString &hint = {});
    OAuth::RevocationResult revoke(const Profile &p, const QString &token, const QString &hint = {});
    OAuth::UserinfoResult userinfo(const Profile &p, const QString &accessToken);
    bool storeSecret(const QString &profileId, const QByteArray &secret);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<OAuth::TokenClient> m_tokens;
    std::unique_ptr<OAuth::TokenOperations> m_operations;
    Profile m_basic; // client_secret_basic
    Profile m_post;  // client_secret_post
};

Profile TestTokenOperations::profile(const QString &clientId, ClientAuthMethod method) const
{
    Profile p;
    p.id = Profile::newId();
    p.name = clientId;
    p.preset = QStringLiteral("oidc");
    const QString issuer = m_server->baseUrl().toString(QUrl::StripTrailingSlash) + u'/' + Tenant + u'/' + Workspace;
    p.issuer = QUrl(issuer);
    p.endpoints.setUrl(EndpointKind::Token, QUrl(issuer + QLatin1String("/oauth2/token")));
    p.endpoints.setUrl(EndpointKind::Introspection, QUrl(issuer + QLatin1String("/oauth2/introspect")));
    p.endpoints.setUrl(EndpointKind::Revocation, QUrl(issuer + QLatin1String("/oauth2/revoke")));
    p.endpoints.setUrl(EndpointKind::Userinfo, QUrl(issuer + QLatin1String("/userinfo")));
    p.clientId = clientId;
    p.authMethod = method;
    p.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    return p;
}

bool TestTokenOperations::storeSecret(const QString &profileId, const QByteArray &secret)
{
    return GrantsTest::storeSecret(*m_secrets, profileId, secret);
}

void TestTokenOperations::initTestCase()
{
    Sandbox::SandboxOptions options;
    options.tenantId = Tenant;
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));

    Sandbox::TenantState &s = m_server->state();
    const QString workspaceError = GrantsTest::createWorkspaceWithUser(
        s, Workspace, QStringLiteral("Demo"),
        QJsonArray{QStringLiteral("client_credentials"), QStringLiteral("refresh_token"), QStringLiteral("password")},
        UserName, UserPassword);
    QVERIFY2(workspaceError.isEmpty(), qPrintable(workspaceError));
    const QJsonArray grants{QStringLiteral("client_credentials"), QStringLiteral("refresh_token"), QStringLiteral("password")};
    const QJsonArray scopes{QStringLiteral("openid"), QStringLiteral("email")};
    const auto basic = s.createClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("ops-basic")},
                                                  {QStringLiteral("authorization_server_id"), Workspace},
                                                  {QStringLiteral("client_secret"), QString::fromUtf8(BasicSecret)},
                                                  {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic")},
                                                  {QStringLiteral("grant_types"), grants},
                                                  {QStringLiteral("scopes"), scopes}});
    QVERIFY2(basic.ok(), qPrintable(basic.error.error));
    const auto post = s.createClient(QJsonObject{{QStringLiteral("client_id"), QStringLiteral("ops-post")},
                                                 {QStringLiteral("authorization_server_id"), Workspace},
                                                 {QStringLiteral("client_secret"), QString::fromUtf8(PostSecret)},
                                                 {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post")},
                                                 {QStringLiteral("grant_types"), grants},
                                                 {QStringLiteral("scopes"), scopes}});
    QVERIFY2(post.ok(), qPrintable(post.error.error));

    m_http = std::make_unique<HttpClient>(&m_network);
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("tokenscope-test-tokenoperations"));
    m_secrets->useSessionMemory();
    m_tokens = std::make_unique<OAuth::TokenClient>(m_http.get(), m_secrets.get());
    m_operations = std::make_unique<OAuth::TokenOperations>(m_tokens.get(), m_http.get());
    m_basic = profile(QStringLiteral("ops-basic"), ClientAuthMethod::ClientSecretBasic);
    m_post = profile(QStringLiteral("ops-post"), ClientAuthMethod::ClientSecretPost);
    QVERIFY(storeSecret(m_basic.id, BasicSecret));
    QVERIFY(storeSecret(m_post.id, PostSecret));

    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*=true"));
    previousHandler = qInstallMessageHandler(captureMessages);
}

void TestTokenOperations::cleanupTestCase()
{
    m_provider.stop();
    qInstallMessageHandler(previousHandler);
    if (m_server)
        m_server->stop();
}

OAuth::TokenResponse TestTokenOperations::password(const Profile &p, const QString &user, const QString &pass)
{
    return GrantsTest::awaitResult<OAuth::TokenResponse>([&](QObject *context, auto done) {
               m_operations->password(p, user, pass, {}, context, done);
           }).value_or(OAuth::TokenResponse{});
}

OAuth::RefreshResult TestTokenOperations::refresh(const Profile &p, const QString &refreshToken)
{
    return GrantsTest::awaitResult<OAuth::RefreshResult>([&](QObject *context, auto done) {
               m_operations->refresh(p, refreshToken, {}, context, done);
           }).value_or(OAuth::RefreshResult{});
}

OAuth::IntrospectionResult TestTokenOperations::introspect(const Profile &p, const QString &token, const QString &hint)
{
    return orTimedOut(GrantsTest::awaitResult<OAuth::IntrospectionResult>(
        [&](QObject *context, auto done) { m_operations->introspect(p, token, hint, context, done); }));
}

OAuth::RevocationResult TestTokenOperations::revoke(const Profile &p, const QString &token, const QString &hint)
{
    return orTimedOut(GrantsTest::awaitResult<OAuth::RevocationResult>(
        [&](QObject *context, auto done) { m_operations->revoke(p, token, hint, context, done); }));
}

OAuth::UserinfoResult TestTokenOperations::userinfo(const Profile &p, const QString &accessToken)
{
    return orTimedOut(GrantsTest::awaitResult<OAuth::UserinfoResult>(
        [&](QObject *context, auto done) { m_operations->userinfo(p, accessToken, context, done); }));
}

void TestTokenOperations::passwordGrant()
{
    capturedLog.clear();
    const OAuth::TokenResponse ok = password(m_basic, UserName, UserPassword);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QVERIFY(!ok.accessToken.isEmpty());
    QVERIFY(!ok.refreshToken.isEmpty());
    QCOMPARE(ok.tokenType.toLower(), QStringLiteral("bearer"));
    // The access token names the user.
    const QList<QByteArray> parts = ok.accessToken.toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims = QJsonDocument::fromJson(*Jose::base64UrlDecode(parts.at(1))).object();
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), UserName);

    const OAuth::TokenResponse wrong = password(m_post, UserName, QStringLiteral("not-the-password"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.oauthError, QStringLiteral("invalid_grant"));
    QVERIFY(!wrong.error.isEmpty());

    // The password (and the secrets) never reach a log line; something was logged.
    QVERIFY(!capturedLog.isEmpty());
    for (const QString &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.contains(UserPassword) && !line.contains(QStringLiteral("not-the-password")), qPrintable(line));
        QVERIFY2(!line.contains(QString::fromUtf8(PostSecret)), qPrintable(line));
        QVERIFY2(!line.contains(ok.accessToken) && !line.contains(ok.refreshToken), qPrintable(line));
    }
}

void TestTokenOperations::refreshRotates()
{
    const OAuth::TokenResponse first = password(m_basic, UserName, UserPassword);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const QString rt1 = first.refreshToken;
    QVERIFY(!rt1.isEmpty());

    const OAuth::RefreshResult second = refresh(m_basic, rt1);
    QVERIFY2(second.ok(), qPrintable(second.token.error));
    QVERIFY(second.rotated);
    QVERIFY(!second.token.refreshToken.isEmpty());
    QVERIFY(second.token.refreshToken != rt1);
    QVERIFY(second.token.accessToken != first.accessToken);

    const OAuth::RefreshResult next = refresh(m_basic, second.token.refreshToken);
    QVERIFY2(next.ok(), qPrintable(next.token.error));
    QVERIFY(next.rotated);

    // RFC 6819 §5.2.2.3: the rotated-out token is refused ...
    const OAuth::RefreshResult reused = refresh(m_basic, rt1);
    QVERIFY(!reused.ok());
    QVERIFY(!reused.rotated);
    QCOMPARE(reused.token.oauthError, QStringLiteral("invalid_grant"));
    QVERIFY(reused.token.error.contains(QStringLiteral("invalid_grant")));
    // ... and the sandbox revokes the whole family on reuse.
    const OAuth::RefreshResult afterReuse = refresh(m_basic, next.token.refreshToken);
    QCOMPARE(afterReuse.token.oauthError, QStringLiteral("invalid_grant"));

    // Another client cannot use this client's refresh token.
    const OAuth::TokenResponse fresh = password(m_basic, UserName, UserPassword);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error));
    const OAuth::RefreshResult stolen = refresh(m_post, fresh.refreshToken);
    QVERIFY(!stolen.ok());
    QCOMPARE(stolen.token.oauthError, QStringLiteral("invalid_grant"));
}

void TestTokenOperations::introspectionAndRevocation()
{
    const OAuth::TokenResponse token = password(m_basic, UserName, UserPassword);
    QVERIFY2(token.ok(), qPrintable(token.error));

    const OAuth::IntrospectionResult active = introspect(m_basic, token.accessToken, QStringLiteral("access_token"));
    QVERIFY2(active.ok(), qPrintable(active.error));
    QVERIFY(active.active);
    QCOMPARE(active.clientId, QStringLiteral("ops-basic"));
    QCOMPARE(active.subject, UserName);
    QVERIFY(active.scope.split(u' ').contains(QStringLiteral("openid")));
    QVERIFY(active.expiresAt > QDateTime::currentSecsSinceEpoch());

    // client_secret_post authenticates at the introspection endpoint too.
    const OAuth::IntrospectionResult viaPost = introspect(m_post, token.accessToken);
    QVERIFY2(viaPost.ok(), qPrintable(viaPost.error));

    const OAuth::RevocationResult revoked = revoke(m_basic, token.accessToken, QStringLiteral("access_token"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error));
    QCOMPARE(revoked.http.status, 200);

    const OAuth::IntrospectionResult inactive = introspect(m_basic, token.accessToken, QStringLiteral("access_token"));
    QVERIFY2(inactive.ok(), qPrintable(inactive.error));
    QVERIFY(!inactive.active);
    QVERIFY(inactive.clientId.isEmpty());

    // RFC 7009 §2.2: revoking an unknown token is still 200.
    const OAuth::RevocationResult unknown = revoke(m_basic, QStringLiteral("no-such-token"));
    QVERIFY2(unknown.ok(), qPrintable(unknown.error));
    const OAuth::IntrospectionResult garbage = introspect(m_basic, QStringLiteral("no-such-token"));
    QVERIFY2(garbage.ok(), qPrintable(garbage.error));
    QVERIFY(!garbage.active);
}

void TestTokenOperations::introspectionRefusesWrongSecret()
{
    const OAuth::TokenResponse token = password(m_basic, UserName, UserPassword);
    QVERIFY2(token.ok(), qPrintable(token.error));
    Profile wrong = m_basic;
    wrong.id = Profile::newId();
    QVERIFY(storeSecret(wrong.id, "not-the-secret"));
    const OAuth::IntrospectionResult refused = introspect(wrong, token.accessToken);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.oauthError, QStringLiteral("invalid_client"));
    QVERIFY(refused.error.contains(QStringLiteral("invalid_client")));
    const OAuth::RevocationResult notRevoked = revoke(wrong, token.accessToken);
    QVERIFY(!notRevoked.ok());
    QCOMPARE(notRevoked.oauthError, QStringLiteral("invalid_client"));
    // Nothing was revoked.
    QVERIFY(introspect(m_basic, token.accessToken).active);

    // No secret stored: a clear error before anything is sent.
    Profile missing = m_basic;
    missing.id = Profile::newId();
    const OAuth::IntrospectionResult noSecret = introspect(missing, token.accessToken);
    QVERIFY(!noSecret.ok());
    QCOMPARE(noSecret.http.status, 0);
    QVERIFY2(noSecret.error.contains(QStringLiteral("No client secret")), qPrintable(noSecret.error));
}

void TestTokenOperations::revokeRefreshToken()
{
    const OAuth::TokenResponse token = password(m_basic, UserName, UserPassword);
    QVERIFY2(token.ok(), qPrintable(token.error));
    QVERIFY(introspect(m_basic, token.refreshToken, QStringLiteral("refresh_token")).active);
    const OAuth::RevocationResult revoked = revoke(m_basic, token.refreshToken, QStringLiteral("refresh_token"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error));
    QVERIFY(!introspect(m_basic, token.refreshToken, QStringLiteral("refresh_token")).active);
    const OAuth::RefreshResult refused = refresh(m_basic, token.refreshToken);
    QCOMPARE(refused.token.oauthError, QStringLiteral("invalid_grant"));
}

void TestTokenOperations::userinfo()
{
    const OAuth::TokenResponse token = password(m_basic, UserName, UserPassword);
    QVERIFY2(token.ok(), qPrintable(token.error));
    const OAuth::UserinfoResult info = userinfo(m_basic, token.accessToken);
    QVERIFY2(info.ok(), qPrintable(info.error));
    QCOMPARE(info.claims.value(QStringLiteral("sub")).toString(), UserName);
    QCOMPARE(info.claims.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
    QVERIFY(info.jwt.isEmpty());

    // A revoked token: RFC 6750 invalid_token from the WWW-Authenticate challenge.
    QVERIFY(revoke(m_basic, token.accessToken).ok());
    const OAuth::UserinfoResult revoked = userinfo(m_basic, token.accessToken);
    QVERIFY(!revoked.ok());
    QCOMPARE(revoked.http.status, 401);
    QCOMPARE(revoked.bearerError, QStringLiteral("invalid_token"));
    QVERIFY(revoked.claims.isEmpty());

    // A client's own token (no user): insufficient_scope.
    std::optional<OAuth::TokenResponse> machine;
    m_tokens->clientCredentials(m_basic, {QStringLiteral("openid")}, this, [&](const OAuth::TokenResponse &r) { machine = r; });
    QTRY_VERIFY_WITH_TIMEOUT(machine.has_value(), 20000);
    QVERIFY2(machine->ok(), qPrintable(machine->error));
    const OAuth::UserinfoResult noUser = userinfo(m_basic, machine->accessToken);
    QVERIFY(!noUser.ok());
    QCOMPARE(noUser.http.status, 403);
    QCOMPARE(noUser.bearerError, QStringLiteral("insufficient_scope"));
    QVERIFY(noUser.error.contains(QStringLiteral("insufficient_scope")));
}

void TestTokenOperations::userinfoJwtAndErrors()
{
    // OIDC Core §5.3.2: a signed userinfo response (application/jwt).
    const QByteArray header = Jose::base64UrlEncode(R"({"alg":"RS256","typ":"JWT"})");
    const QByteArray payload = Jose::base64UrlEncode(R"({"sub":"bob","email":"bob@example.com"})");
    HttpResponse http;
    http.url = QUrl(QStringLiteral("https://op.example/userinfo"));
    http.status = 200;
    http.headers = {{"content-type", "application/jwt; charset=utf-8"}};
    http.body = header + '.' + payload + ".c2ln\n";
    OAuth::UserinfoResult jwt = OAuth::TokenOperations::parseUserinfo(http);
    QVERIFY2(jwt.ok(), qPrintable(jwt.error));
    QCOMPARE(jwt.claims.value(QStringLiteral("sub")).toString(), QStringLiteral("bob"));
    QCOMPARE(jwt.jwt, QByteArray(header + '.' + payload + ".c2ln"));

    http.headers = {{"Content-Type", "application/json"}};
    http.body = "<html>login</html>";
    QVERIFY(!OAuth::TokenOperations::parseUserinfo(http).ok());
    http.body = R"({"email":"x@example.com"})"; // no sub
    QVERIFY(OAuth::TokenOperations::parseUserinfo(http).error.contains(QStringLiteral("sub")));

    // Introspection without a boolean "active" is not RFC 7662.
    http.body = R"({"active":"true"})";
    QVERIFY(!OAuth::TokenOperations::parseIntrospection(http).ok());
    http.status = 503;
    http.body = {};
    QVERIFY(OAuth::TokenOperations::parseRevocation(http).error.contains(QStringLiteral("503")));
    http.status = 400;
    http.body = R"({"error":"unsupported_token_type"})";
    const OAuth::RevocationResult unsupported = OAuth::TokenOperations::parseRevocation(http);
    QCOMPARE(unsupported.oauthError, QStringLiteral("unsupported_token_type"));
    QVERIFY(unsupported.error.contains(QStringLiteral("token_type_hint")));
}

void TestTokenOperations::bearerChallenge_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("scope");
    QTest::newRow("bare") << QByteArray("Bearer") << QString() << QString() << QString();
    QTest::newRow("rfc6750 example")
        << QByteArray(R"(Bearer realm="example", error="invalid_token", error_description="The access token expired")")
        << QStringLiteral("invalid_token") << QStringLiteral("The access token expired") << QString();
    QTest::newRow("token values, scope") << QByteArray(R"(bearer error=insufficient_scope,scope="openid profile")")
                                         << QStringLiteral("insufficient_scope") << QString()
                                         << QStringLiteral("openid profile");
    QTest::newRow("escaped quote") << QByteArray(R"(Bearer error="invalid_request", error_description="a \"b\", c")")
                                   << QStringLiteral("invalid_request") << QStringLiteral("a \"b\", c") << QString();
    QTest::newRow("after basic") << QByteArray(R"(Basic realm="x", Bearer error="invalid_token")")
                                 << QStringLiteral("invalid_token") << QString() << QString();
    QTest::newRow("no bearer") << QByteArray(R"(Basic realm="bearer")") << QString() << QString() << QString();
}

void TestTokenOperations::bearerChallenge()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, scope);
    const QMap<QString, QString> params = OAuth::parseBearerChallenge(header);
    QCOMPARE(params.value(QStringLiteral("error")), error);
    QCOMPARE(params.value(QStringLiteral("error_description")), description);
    QCOMPARE(params.value(QStringLiteral("scope")), scope);
}

void TestTokenOperations::logoutUrl()
{
    Profile p = m_basic;
    p.endpoints.setUrl(EndpointKind::EndSession, QUrl(QStringLiteral("https://op.example/logout?tenant=a%20b")));
    OAuth::LogoutRequest request;
    request.idTokenHint = QStringLiteral("eyJ.hint.sig");
    request.postLogoutRedirectUri = QUrl(QStringLiteral("http://127.0.0.1:8765/bye?x=1&y=a+b"));
    request.state = QStringLiteral("st+&=ate");
    QString error;
    const QUrl url = OAuth::buildLogoutUrl(p, request, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(url.host(), QStringLiteral("op.example"));
    QCOMPARE(url.path(), QStringLiteral("/logout"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("tenant"), QUrl::FullyDecoded), QStringLiteral("a b"));
    QCOMPARE(query.queryItemValue(QStringLiteral("id_token_hint"), QUrl::FullyDecoded), request.idTokenHint);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded), QStringLiteral("ops-basic"));
    QCOMPARE(query.queryItemValue(QStringLiteral("post_logout_redirect_uri"), QUrl::FullyDecoded),
             QStringLiteral("http://127.0.0.1:8765/bye?x=1&y=a+b"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), request.state);
    // The encoded form keeps '&', '=' and '+' of the values escaped.
    QVERIFY(url.toEncoded().contains("state=st%2B%26%3Date"));

    request.includeClientId = false;
    request.state.clear();
    const QUrlQuery minimal(OAuth::buildLogoutUrl(p, request));
    QVERIFY(!minimal.hasQueryItem(QStringLiteral("client_id")));
    QVERIFY(!minimal.hasQueryItem(QStringLiteral("state")));

    p.endpoints.setUrl(EndpointKind::EndSession, QUrl());
    QVERIFY(OAuth::buildLogoutUrl(p, request, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("end_session_endpoint")));
}

void TestTokenOperations::missingEndpoints()
{
    Profile p = m_basic;
    p.endpoints.setUrl(EndpointKind::Introspection, QUrl());
    p.endpoints.setUrl(EndpointKind::Userinfo, QUrl());
    const OAuth::IntrospectionResult introspection = introspect(p, QStringLiteral("x"));
    QVERIFY(!introspection.ok());
    QVERIFY2(introspection.error.contains(QStringLiteral("Introspection endpoint")), qPrintable(introspection.error));
    const OAuth::UserinfoResult info = userinfo(p, QStringLiteral("x"));
    QVERIFY(!info.ok());
    QVERIFY2(info.error.contains(QStringLiteral("userinfo")), qPrintable(info.error));
}

void TestTokenOperations::startOidcProvider(QUrl *issuer)
{
    if (!m_provider.isRunning()) {
        QString error;
        QVERIFY2(m_provider.start(QStringLiteral("lib/oidc-provider-grants-fixture.mjs"), {}, &error), qPrintable(error));
    }
    *issuer = m_provider.issuer();
}

void TestTokenOperations::oidcProviderClientCredentials()
{
    QUrl issuer;
    startOidcProvider(&issuer);
    if (QTest::currentTestFailed())
        return;
    const QString base = issuer.toString(QUrl::StripTrailingSlash);
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("oidc-provider");
    p.issuer = issuer;
    p.clientId = QStringLiteral("tokenscope-service");
    p.authMethod = ClientAuthMethod::ClientSecretBasic;
    p.endpoints.setUrl(EndpointKind::Token, QUrl(base + QLatin1String("/token")));
    p.endpoints.setUrl(EndpointKind::Introspection, QUrl(base + QLatin1String("/token/introspection")));
    p.endpoints.setUrl(EndpointKind::Revocation, QUrl(base + QLatin1String("/token/revocation")));
    // The fixture's secret needs RFC 6749 §2.3.1 form-encoding in Basic.
    QVERIFY(storeSecret(p.id, "grants-fixture-secret:+/ &=%-0123456789abcdef"));

    std::optional<OAuth::TokenResponse> token;
    m_tokens->clientCredentials(p, {}, this, [&](const OAuth::TokenResponse &r) { token = r; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 20000);
    QVERIFY2(token->ok(), qPrintable(token->error));

    const OAuth::IntrospectionResult active = introspect(p, token->accessToken, QStringLiteral("access_token"));
    QVERIFY2(active.ok(), qPrintable(active.error));
    QVERIFY(active.active);
    QCOMPARE(active.clientId, QStringLiteral("tokenscope-service"));
    QCOMPARE(active.issuer, base);

    const OAuth::RevocationResult revoked = revoke(p, token->accessToken, QStringLiteral("access_token"));
    QVERIFY2(revoked.ok(), qPrintable(revoked.error));
    const OAuth::IntrospectionResult inactive = introspect(p, token->accessToken);
    QVERIFY2(inactive.ok(), qPrintable(inactive.error));
    QVERIFY(!inactive.active);

    // A wrong secret: invalid_client, parsed.
    Profile wrong = p;
    wrong.id = Profile::newId();
    QVERIFY(storeSecret(wrong.id, "wrong"));
    const OAuth::IntrospectionResult refused = introspect(wrong, QStringLiteral("x"));
    QCOMPARE(refused.oauthError, QStringLiteral("invalid_client"));
    QVERIFY(!refused.ok());
}

void TestTokenOperations::oidcProviderDeviceFlow()
{
    QUrl issuer;
    startOidcProvider(&issuer);
    if (QTest::currentTestFailed())
        return;
    const QString base = issuer.toString(QUrl::StripTrailingSlash);
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("oidc-provider device");
    p.clientId = QStringLiteral("tokenscope-device");
    p.authMethod = ClientAuthMethod::None;
    p.scopes = {QStringLiteral("openid")};
    p.endpoints.setUrl(EndpointKind::Token, QUrl(base + QLatin1String("/token")));
    p.endpoints.setUrl(EndpointKind::DeviceAuthorization, QUrl(base + QLatin1String("/device/auth")));

    // Nobody approves: the provider answers authorization_pending until its 2 s device code
    // expires, then expired_token. Polls every 300 ms; the flow's own clock stands still so the
    // provider's answer, not ours, ends the flow.
    OAuth::DeviceFlow flow(m_tokens.get());
    flow.setClock([] { return qint64(0); });
    QList<qint64> delays;
    flow.setScheduler([&delays](std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) {
        delays.append(delay.count());
        QTimer::singleShot(300, context, std::move(fire));
    });
    std::optional<OAuth::DeviceAuthorization> authorization;
    std::optional<OAuth::DeviceFlowResult> result;
    connect(&flow, &OAuth::DeviceFlow::authorizationReceived, this,
            [&](const OAuth::DeviceAuthorization &a) { authorization = a; });
    connect(&flow, &OAuth::DeviceFlow::finished, this, [&](const OAuth::DeviceFlowResult &r) { result = r; });
    flow.start(p);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(authorization.has_value());
    QVERIFY(!authorization->userCode.isEmpty());
    QCOMPARE(authorization->verificationUri.toString(), base + QLatin1String("/device"));
    QVERIFY(authorization->verificationUriComplete.toString().contains(QStringLiteral("user_code=")));
    QCOMPARE(authorization->expiresIn, 2);
    QCOMPARE(result->outcome, OAuth::DeviceFlowResult::Outcome::Expired);
    QCOMPARE(result->oauthError, QStringLiteral("expired_token"));
    QVERIFY(flow.pollCount() >= 2); // at least one authorization_pending before
    QCOMPARE(delays.value(0), qint64(authorization->interval) * 1000);
}

QTEST_GUILESS_MAIN(TestTokenOperations)
#include "tst_tokenoperations.moc"
