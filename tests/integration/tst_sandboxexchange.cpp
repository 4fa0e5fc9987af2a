// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's token exchange (RFC 8693) and JWT bearer grant (RFC 7523 §2.1) over real sockets
// against SandboxServer: success with the claims they give, and each error the RFCs name.

#include "sandboxgrantsfixture.h"

using namespace SandboxGrantsTest;

class TestSandboxExchange final : public QObject, public GrantsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void tokenExchange();
    void tokenExchangeErrors();
    void jwtBearer();
    void jwtBearerErrors_data();
    void jwtBearerErrors();

private:
    // alice's tokens from the password grant of the confidential client.
    QJsonObject userTokens(const QString &scope);
    Reply exchange(Form form, const QString &clientId = QStringLiteral("exchanger"));
    QJsonObject introspectedAct(const QString &accessToken);
    QString assertion(const QJsonObject &claims, const TestKeys::KeyPair *key = nullptr) const;
};

void TestSandboxExchange::initTestCase()
{
    startServer();
}

void TestSandboxExchange::cleanupTestCase()
{
    stopServer();
}

void TestSandboxExchange::init()
{
    resetClock();
}

// ---- token exchange ------------------------------------------------------------------------

QJsonObject TestSandboxExchange::userTokens(const QString &scope)
{
    const Reply reply = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                               {QStringLiteral("username"), UserName},
                               {QStringLiteral("password"), UserPassword},
                               {QStringLiteral("scope"), scope}},
                              basic(m_confidential, Secret));
    if (reply.status != 200)
        qWarning() << "password grant:" << reply.status << reply.body;
    return reply.json();
}

Reply TestSandboxExchange::exchange(Form form, const QString &clientId)
{
    form.prepend({QStringLiteral("grant_type"), ExchangeGrant});
    return token(form, basic(clientId, Secret));
}

void TestSandboxExchange::tokenExchange()
{
    const QJsonObject user = userTokens(QStringLiteral("openid email orders.read"));
    const QString subjectToken = user.value(u"access_token").toString();
    QVERIFY(!subjectToken.isEmpty());
    Reply reply = exchange({{QStringLiteral("subject_token"), subjectToken},
                            {QStringLiteral("subject_token_type"), AccessTokenType},
                            {QStringLiteral("requested_token_type"), AccessTokenType},
                            {QStringLiteral("audience"), QStringLiteral("https://api.example/orders")},
                            {QStringLiteral("scope"), QStringLiteral("orders.read")}});
    QCOMPARE(reply.status, 200);
    contract(QStringLiteral("/oauth2/token"), "POST", reply);
    QCOMPARE(reply.json().value(u"issued_token_type").toString(), AccessTokenType);
    QCOMPARE(reply.json().value(u"token_type").toString().toLower(), QStringLiteral("bearer"));
    QCOMPARE(reply.json().value(u"scope").toString(), QStringLiteral("orders.read"));
    QVERIFY(!reply.json().contains(u"refresh_token"));
    QVERIFY(!reply.json().contains(u"id_token"));
    const QString exchanged = reply.json().value(u"access_token").toString();
    QJsonObject claims = claimsOf(exchanged);
    QCOMPARE(claims.value(u"sub").toString(), UserName);
    QCOMPARE(claims.value(u"client_id").toString(), m_exchanger);
    QCOMPARE(claims.value(u"aud").toArray(), QJsonArray{QStringLiteral("https://api.example/orders")});
    QCOMPARE(claims.value(u"scp").toArray(), QJsonArray{QStringLiteral("orders.read")});
    QVERIFY(!claims.contains(u"act")); // impersonation: nobody acts
    // The new token is active at introspection.
    const Reply introspected = post(path(Workspace, QStringLiteral("/oauth2/introspect")),
                                    {{QStringLiteral("token"), exchanged}}, basic(m_confidential, Secret));
    QCOMPARE(introspected.json().value(u"active").toBool(), true);
    QCOMPARE(introspected.json().value(u"sub").toString(), UserName);

    // Delegation: a service's own token as the actor gives an "act" claim ...
    const Reply service = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                                basic(m_plainClient, Secret));
    QCOMPARE(service.status, 200);
    const QString actorToken = service.json().value(u"access_token").toString();
    reply = exchange({{QStringLiteral("subject_token"), subjectToken},
                      {QStringLiteral("subject_token_type"), AccessTokenType},
                      {QStringLiteral("actor_token"), actorToken},
                      {QStringLiteral("actor_token_type"), AccessTokenType}});
    QCOMPARE(reply.status, 200);
    claims = claimsOf(reply.json().value(u"access_token").toString());
    QCOMPARE(claims.value(u"scope").toString(), QStringLiteral("openid email orders.read")); // the subject's by default
    const QJsonObject act = claims.value(u"act").toObject();
    QCOMPARE(act.value(u"sub").toString(), m_plainClient);
    QCOMPARE(act.value(u"client_id").toString(), m_plainClient);
    // ... with the actor claims the client's token_exchange settings name.
    QVERIFY(act.contains(u"scope"));
    QCOMPARE(introspectedAct(reply.json().value(u"access_token").toString()), act);

    // ... and exchanged again, the earlier actor nests (RFC 8693 §4.1).
    const QString delegated = reply.json().value(u"access_token").toString();
    reply = exchange({{QStringLiteral("subject_token"), delegated},
                      {QStringLiteral("subject_token_type"), AccessTokenType},
                      {QStringLiteral("actor_token"), subjectToken},
                      {QStringLiteral("actor_token_type"), AccessTokenType}});
    QCOMPARE(reply.status, 200);
    const QJsonObject outer = claimsOf(reply.json().value(u"access_token").toString()).value(u"act").toObject();
    QCOMPARE(outer.value(u"sub").toString(), UserName);
    QCOMPARE(outer.value(u"act").toObject().value(u"sub").toString(), m_plainClient);

    // An ID token as the subject: scopes come from the client.
    reply = exchange({{QStringLiteral("subject_token"), user.value(u"id_token").toString()},
                      {QStringLiteral("subject_token_type"), IdTokenType},
                      {QStringLiteral("resource"), QStringLiteral("https://api.example/orders")}});
    QCOMPARE(reply.status, 200);
    claims = claimsOf(reply.json().value(u"access_token").toString());
    QCOMPARE(claims.value(u"sub").toString(), UserName);
    QCOMPARE(claims.value(u"aud").toArray(), QJsonArray{QStringLiteral("https://api.example/orders")});
}

QJsonObject TestSandboxExchange::introspectedAct(const QString &accessToken)
{
    const Reply reply = post(path(Workspace, QStringLiteral("/oauth2/introspect")),
                             {{QStringLiteral("token"), accessToken}}, basic(m_confidential, Secret));
    return reply.json().value(u"act").toObject();
}

void TestSandboxExchange::tokenExchangeErrors()
{
    const QJsonObject user = userTokens(QStringLiteral("openid orders.read"));
    const QString subjectToken = user.value(u"access_token").toString();
    QVERIFY(!subjectToken.isEmpty());
    const Form subject{{QStringLiteral("subject_token"), subjectToken}, {QStringLiteral("subject_token_type"), AccessTokenType}};
    const auto expectError = [this](const Form &form, const QString &error, const QString &clientId = QStringLiteral("exchanger")) {
        const Reply reply = exchange(form, clientId);
        QVERIFY2(reply.status == 400 && reply.error() == error,
                 qPrintable(QStringLiteral("%1: %2 %3").arg(error).arg(reply.status).arg(QString::fromUtf8(reply.body))));
        contract(QStringLiteral("/oauth2/token"), "POST", reply);
    };
    expectError({{QStringLiteral("subject_token_type"), AccessTokenType}}, QStringLiteral("invalid_request"));
    expectError({{QStringLiteral("subject_token"), subjectToken}}, QStringLiteral("invalid_request"));
    expectError({{QStringLiteral("subject_token"), QStringLiteral("not-a-token")}, {QStringLiteral("subject_token_type"), AccessTokenType}},
                QStringLiteral("invalid_request"));
    // An ID token is not an access token, nor the other way round.
    expectError({{QStringLiteral("subject_token"), user.value(u"id_token").toString()}, {QStringLiteral("subject_token_type"), AccessTokenType}},
                QStringLiteral("invalid_request"));
    expectError({{QStringLiteral("subject_token"), subjectToken}, {QStringLiteral("subject_token_type"), IdTokenType}},
                QStringLiteral("invalid_request"));
    expectError({{QStringLiteral("subject_token"), subjectToken},
                 {QStringLiteral("subject_token_type"), QStringLiteral("urn:ietf:params:oauth:token-type:saml2")}},
                QStringLiteral("invalid_request"));
    expectError(subject + Form{{QStringLiteral("requested_token_type"), QStringLiteral("urn:ietf:params:oauth:token-type:refresh_token")}},
                QStringLiteral("invalid_request"));
    expectError(subject + Form{{QStringLiteral("actor_token"), subjectToken}}, QStringLiteral("invalid_request"));
    expectError(subject + Form{{QStringLiteral("actor_token_type"), AccessTokenType}}, QStringLiteral("invalid_request"));
    expectError(subject + Form{{QStringLiteral("actor_token"), QStringLiteral("forged")}, {QStringLiteral("actor_token_type"), AccessTokenType}},
                QStringLiteral("invalid_request"));
    // Targets: not the client's, not an absolute URI.
    expectError(subject + Form{{QStringLiteral("audience"), QStringLiteral("https://elsewhere.example")}}, QStringLiteral("invalid_target"));
    expectError(subject + Form{{QStringLiteral("resource"), QStringLiteral("/relative")}}, QStringLiteral("invalid_target"));
    expectError(subject + Form{{QStringLiteral("resource"), QStringLiteral("https://api.example/orders#x")}}, QStringLiteral("invalid_target"));
    // A client id of the workspace is a fine audience.
    QCOMPARE(exchange(subject + Form{{QStringLiteral("audience"), m_confidential}}).status, 200);
    // Scope beyond the subject token's.
    expectError(subject + Form{{QStringLiteral("scope"), QStringLiteral("orders.read orders.write")}}, QStringLiteral("invalid_scope"));
    // A client without the grant.
    expectError(subject, QStringLiteral("unauthorized_client"), m_plainClient);

    // A revoked subject token.
    const Reply revoked = post(path(Workspace, QStringLiteral("/oauth2/revoke")), {{QStringLiteral("token"), subjectToken}},
                               basic(m_confidential, Secret));
    QCOMPARE(revoked.status, 200);
    expectError(subject, QStringLiteral("invalid_request"));
}

// ---- JWT bearer --------------------------------------------------------------------------

QString TestSandboxExchange::assertion(const QJsonObject &claims, const TestKeys::KeyPair *key) const
{
    return TestKeys::signCompact(key ? *key : m_clientKey, QJsonObject{}, claims);
}

namespace {

QJsonObject assertionClaims(const QString &iss, const QString &sub, const QString &aud, qint64 expOffset = 120)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("iss"), iss},
                       {QStringLiteral("sub"), sub},
                       {QStringLiteral("aud"), aud},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + expOffset},
                       {QStringLiteral("jti"), GrantStore::randomToken(12)}};
}

} // namespace

void TestSandboxExchange::jwtBearer()
{
    const QString tokenEndpoint = issuer() + u"/oauth2/token";
    const QJsonObject claims = assertionClaims(m_jwtClient, UserName, tokenEndpoint);
    const Form form{{QStringLiteral("grant_type"), JwtBearerGrant},
                    {QStringLiteral("assertion"), assertion(claims)},
                    {QStringLiteral("scope"), QStringLiteral("email")}};
    Reply reply = token(form, basic(m_jwtClient, Secret));
    QCOMPARE(reply.status, 200);
    contract(QStringLiteral("/oauth2/token"), "POST", reply);
    QVERIFY(!reply.json().contains(u"refresh_token"));
    const QJsonObject access = claimsOf(reply.json().value(u"access_token").toString());
    QCOMPARE(access.value(u"sub").toString(), UserName);
    QCOMPARE(access.value(u"st").toString(), QStringLiteral("user"));
    QCOMPARE(access.value(u"client_id").toString(), m_jwtClient);
    QCOMPARE(access.value(u"email").toString(), QStringLiteral("alice@example.com"));
    // The jti works once.
    reply = token(form, basic(m_jwtClient, Secret));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), QStringLiteral("invalid_grant"));
    // The issuer is a fine audience too; a subject need not be a user of the static IDP.
    reply = token({{QStringLiteral("grant_type"), JwtBearerGrant},
                   {QStringLiteral("assertion"), assertion(assertionClaims(m_jwtClient, QStringLiteral("device-42"), issuer()))}},
                  basic(m_jwtClient, Secret));
    QCOMPARE(reply.status, 200);
    QCOMPARE(claimsOf(reply.json().value(u"access_token").toString()).value(u"sub").toString(), QStringLiteral("device-42"));
}

void TestSandboxExchange::jwtBearerErrors_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("mentions"); // in error_description: the failure is the one meant
    QTest::newRow("no assertion") << "no-assertion" << "invalid_request" << "assertion is required";
    QTest::newRow("not a JWT") << "garbage" << "invalid_grant" << "not a signed JWT";
    QTest::newRow("another key") << "other-key" << "invalid_grant" << "signature";
    QTest::newRow("iss not the client") << "iss" << "invalid_grant" << "iss";
    QTest::newRow("no sub") << "sub" << "invalid_grant" << "no sub";
    QTest::newRow("wrong aud") << "aud" << "invalid_grant" << "aud";
    QTest::newRow("expired") << "exp" << "invalid_grant" << "expired";
    QTest::newRow("no exp") << "no-exp" << "invalid_grant" << "no exp";
    QTest::newRow("no jti") << "jti" << "invalid_grant" << "no jti";
    QTest::newRow("scope not allowed") << "scope" << "invalid_scope" << "scope";
    QTest::newRow("client has only a jwks_uri") << "jwks-uri" << "invalid_grant" << "jwks_uri";
    QTest::newRow("client without the grant") << "client" << "unauthorized_client" << "grant type";
}

void TestSandboxExchange::jwtBearerErrors()
{
    QFETCH(QString, change);
    QFETCH(QString, error);
    QFETCH(QString, mentions);
    QString clientId = m_jwtClient;
    if (change == u"jwks-uri")
        clientId = m_jwksUriClient;
    else if (change == u"client")
        clientId = m_plainClient;
    QJsonObject claims = assertionClaims(clientId, UserName, issuer() + u"/oauth2/token");
    if (change == u"iss")
        claims.insert(QStringLiteral("iss"), m_confidential);
    else if (change == u"sub")
        claims.remove(QStringLiteral("sub"));
    else if (change == u"aud")
        claims.insert(QStringLiteral("aud"), QStringLiteral("https://elsewhere.example/token"));
    else if (change == u"exp")
        claims.insert(QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 300);
    else if (change == u"no-exp")
        claims.remove(QStringLiteral("exp"));
    else if (change == u"jti")
        claims.remove(QStringLiteral("jti"));
    const TestKeys::KeyPair other = TestKeys::generate(Jose::Algorithm::ES256, QStringLiteral("client-key"));
    QString signedAssertion = assertion(claims, change == u"other-key" ? &other : nullptr);
    if (change == u"garbage")
        signedAssertion = QStringLiteral("not.a.jwt");
    Form form{{QStringLiteral("grant_type"), JwtBearerGrant}};
    if (change != u"no-assertion")
        form.append({QStringLiteral("assertion"), signedAssertion});
    if (change == u"scope")
        form.append({QStringLiteral("scope"), QStringLiteral("admin.everything")});
    const Reply reply = token(form, basic(clientId, Secret));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), error);
    contract(QStringLiteral("/oauth2/token"), "POST", reply);
    const QString description = reply.json().value(u"error_description").toString();
    QVERIFY2(description.contains(mentions), qPrintable(description));
}

QTEST_GUILESS_MAIN(TestSandboxExchange)
#include "tst_sandboxexchange.moc"
