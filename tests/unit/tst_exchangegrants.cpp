// SPDX-License-Identifier: GPL-3.0-or-later
// Token exchange (RFC 8693) and the JWT bearer grant (RFC 7523): the forms, the assertion made
// from a private key (PEM and JWK; verified with Jose's verifier), and the requests as a token
// endpoint on loopback (a small QTcpServer) receives them.

#include "http/httpclient.h"
#include "jose/base64url.h"
#include "jose/decodedtoken.h"
#include "jose/tokenverifier.h"
#include "oauth/tokenoperations.h"
#include "profiles/secretstore.h"
#include "scriptedtokenendpoint.h"
#include "testkeys.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <optional>

using namespace OAuth;

namespace {

Profiles::Profile profile(quint16 port = 9)
{
    Profiles::Profile p;
    p.id = Profiles::Profile::newId();
    p.name = QStringLiteral("unit");
    p.issuer = QUrl(QStringLiteral("https://as.example.com"));
    p.endpoints.setUrl(Profiles::EndpointKind::Token, QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(port)));
    p.clientId = QStringLiteral("client-1");
    p.authMethod = Profiles::ClientAuthMethod::None;
    p.scopes = {QStringLiteral("orders.read")};
    p.audiences = {QStringLiteral("https://api.example.com")};
    return p;
}

QUrlQuery formOf(const QByteArray &body)
{
    return QUrlQuery(QString::fromLatin1(body).replace(QLatin1Char('+'), QLatin1String("%20")));
}

QString value(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray privatePem(const TestKeys::KeyPair &key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key.privateKey.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, qsizetype(size));
    BIO_free(bio);
    return pem;
}

// The P-256 key as a private JWK: the public members and "d".
QByteArray privateEcJwk(const TestKeys::KeyPair &key)
{
    BIGNUM *d = nullptr;
    if (!EVP_PKEY_get_bn_param(key.privateKey.get(), OSSL_PKEY_PARAM_PRIV_KEY, &d))
        return {};
    QByteArray bytes(32, '\0');
    BN_bn2binpad(d, reinterpret_cast<unsigned char *>(bytes.data()), 32);
    BN_clear_free(d);
    QJsonObject jwk = key.publicJwk;
    jwk.insert(QStringLiteral("d"), QString::fromLatin1(Jose::base64UrlEncode(bytes)));
    return QJsonDocument(jwk).toJson(QJsonDocument::Compact);
}

} // namespace

class TestExchangeGrants : public QObject
{
    Q_OBJECT

private slots:
    void tokenExchangeForm_data();
    void tokenExchangeForm();
    void exchangeTokenRequest();
    void exchangeTokenIncomplete();
    void jwtBearerAssertion_data();
    void jwtBearerAssertion();
    void jwtBearerAssertionErrors();
    void jwtBearerRequest();

private:
    QNetworkAccessManager m_network;
};

void TestExchangeGrants::tokenExchangeForm_data()
{
    QTest::addColumn<QString>("actorToken");
    QTest::addColumn<QString>("actorTokenType");
    QTest::addColumn<QString>("subjectToken");
    QTest::addColumn<bool>("ok");
    QTest::newRow("subject only") << QString() << QString() << QStringLiteral("subject") << true;
    QTest::newRow("with actor") << QStringLiteral("actor") << TokenTypes::Jwt << QStringLiteral("subject") << true;
    QTest::newRow("no subject") << QString() << QString() << QString() << false;
    QTest::newRow("actor without type") << QStringLiteral("actor") << QString() << QStringLiteral("subject") << false;
    QTest::newRow("type without actor") << QString() << TokenTypes::Jwt << QStringLiteral("subject") << false;
}

void TestExchangeGrants::tokenExchangeForm()
{
    QFETCH(QString, actorToken);
    QFETCH(QString, actorTokenType);
    QFETCH(QString, subjectToken);
    QFETCH(bool, ok);
    TokenExchangeRequest request;
    request.subjectToken = subjectToken;
    request.actorToken = actorToken;
    request.actorTokenType = actorTokenType;
    request.requestedTokenType = TokenTypes::AccessToken;
    request.audiences = {QStringLiteral("backend-a"), QStringLiteral("backend-b")};
    request.resources = {QStringLiteral("https://api.example.com/orders")};
    request.scopes = {QStringLiteral("orders.read"), QStringLiteral("orders.write")};
    QString error;
    const Form form = OAuth::tokenExchangeForm(request, &error);
    QCOMPARE(error.isEmpty(), ok);
    QCOMPARE(form.isEmpty(), !ok);
    if (!ok)
        return;
    const auto values = [&form](const QString &name) {
        QStringList found;
        for (const auto &[key, v] : form) {
            if (key == name)
                found.append(v);
        }
        return found;
    };
    QCOMPARE(values(QStringLiteral("grant_type")),
             QStringList{QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange")});
    QCOMPARE(values(QStringLiteral("subject_token")), QStringList{subjectToken});
    QCOMPARE(values(QStringLiteral("subject_token_type")), QStringList{TokenTypes::AccessToken});
    QCOMPARE(values(QStringLiteral("requested_token_type")), QStringList{TokenTypes::AccessToken});
    QCOMPARE(values(QStringLiteral("audience")), request.audiences);
    QCOMPARE(values(QStringLiteral("resource")), request.resources);
    QCOMPARE(values(QStringLiteral("scope")), QStringList{QStringLiteral("orders.read orders.write")});
    QCOMPARE(values(QStringLiteral("actor_token")), actorToken.isEmpty() ? QStringList() : QStringList{actorToken});
    QCOMPARE(values(QStringLiteral("actor_token_type")),
             actorTokenType.isEmpty() ? QStringList() : QStringList{actorTokenType});
}

void TestExchangeGrants::exchangeTokenRequest()
{
    ScriptedTokenEndpoint endpoint;
    endpoint.answer = R"({"access_token":"exchanged","issued_token_type":"urn:ietf:params:oauth:token-type:jwt",)"
                      R"("token_type":"N_A","expires_in":60})";
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    TokenClient tokens(&http, &secrets);
    TokenOperations operations(&tokens, &http);
    TokenExchangeRequest request;
    request.subjectToken = QStringLiteral("subject+token/=");
    request.requestedTokenType = TokenTypes::Jwt;
    std::optional<TokenExchangeResult> result;
    operations.exchangeToken(profile(endpoint.port()), request, this,
                             [&result](const TokenExchangeResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->token.error));
    QCOMPARE(result->token.accessToken, QStringLiteral("exchanged"));
    QCOMPARE(result->issuedTokenType, TokenTypes::Jwt);
    QCOMPARE(result->token.expiresIn, 60);
    QCOMPARE(endpoint.requests.size(), 1);
    const QUrlQuery form = formOf(endpoint.requests.first());
    QCOMPARE(value(form, QStringLiteral("grant_type")), QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange"));
    QCOMPARE(value(form, QStringLiteral("subject_token")), QStringLiteral("subject+token/="));
    QCOMPARE(value(form, QStringLiteral("subject_token_type")), TokenTypes::AccessToken);
    QCOMPARE(value(form, QStringLiteral("requested_token_type")), TokenTypes::Jwt);
    QCOMPARE(value(form, QStringLiteral("client_id")), QStringLiteral("client-1")); // auth "none"
    // The request's own audiences and scopes only: the profile's are not added.
    QVERIFY(!form.hasQueryItem(QStringLiteral("audience")));
    QVERIFY(!form.hasQueryItem(QStringLiteral("scope")));

    // An OAuth error comes back as the token response's error.
    endpoint.status = "400 Bad Request";
    endpoint.answer = R"({"error":"invalid_target","error_description":"unknown audience"})";
    result.reset();
    operations.exchangeToken(profile(endpoint.port()), request, this,
                             [&result](const TokenExchangeResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(!result->ok());
    QCOMPARE(result->token.oauthError, QStringLiteral("invalid_target"));
    QVERIFY2(result->token.error.contains(QLatin1String("invalid_target")), qPrintable(result->token.error));
}

void TestExchangeGrants::exchangeTokenIncomplete()
{
    ScriptedTokenEndpoint endpoint;
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    TokenClient tokens(&http, &secrets);
    TokenOperations operations(&tokens, &http);
    std::optional<TokenExchangeResult> result;
    operations.exchangeToken(profile(endpoint.port()), TokenExchangeRequest{}, this,
                             [&result](const TokenExchangeResult &r) { result = r; });
    QVERIFY(!result); // later, never inside the call
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY2(result->token.error.contains(QLatin1String("subject token")), qPrintable(result->token.error));
    QTest::qWait(50);
    QVERIFY(endpoint.requests.isEmpty());
}

void TestExchangeGrants::jwtBearerAssertion_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("jwk");
    QTest::newRow("ES256 PEM") << int(Jose::Algorithm::ES256) << false;
    QTest::newRow("ES256 JWK") << int(Jose::Algorithm::ES256) << true;
    QTest::newRow("RS256 PEM") << int(Jose::Algorithm::RS256) << false;
    QTest::newRow("EdDSA PEM") << int(Jose::Algorithm::EdDSA) << false;
}

void TestExchangeGrants::jwtBearerAssertion()
{
    QFETCH(int, algorithm);
    QFETCH(bool, jwk);
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm(algorithm), QStringLiteral("signer-1"));
    const QByteArray privateKey = jwk ? privateEcJwk(key) : privatePem(key);
    QVERIFY(!privateKey.isEmpty());
    JwtBearerClaims claims;
    claims.issuer = QStringLiteral("client-1");
    claims.subject = QStringLiteral("alice@example.com");
    claims.audience = QStringLiteral("https://as.example.com/token");
    claims.lifetimeSeconds = 120;
    claims.extraClaims = {{QStringLiteral("tenant"), QStringLiteral("acme")}, {QStringLiteral("sub"), QStringLiteral("x")}};
    QString error;
    const QByteArray assertion = buildJwtBearerAssertion(claims, privateKey, &error);
    QVERIFY2(!assertion.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());

    const Jose::DecodedToken decoded = Jose::decodeToken(QString::fromLatin1(assertion));
    QCOMPARE(decoded.kind, Jose::TokenKind::Jws);
    QCOMPARE(decoded.header.value(u"alg").toString(), Jose::algorithmName(Jose::Algorithm(algorithm)));
    if (jwk)
        QCOMPARE(decoded.header.value(u"kid").toString(), QStringLiteral("signer-1"));
    const QJsonObject payload = decoded.claims.value_or(QJsonObject());
    QCOMPARE(payload.value(u"iss").toString(), claims.issuer);
    QCOMPARE(payload.value(u"sub").toString(), claims.subject); // the extra "sub" does not win
    QCOMPARE(payload.value(u"aud").toString(), claims.audience);
    QCOMPARE(payload.value(u"tenant").toString(), QStringLiteral("acme"));
    const qint64 iat = qint64(payload.value(u"iat").toDouble());
    QVERIFY(qAbs(iat - QDateTime::currentSecsSinceEpoch()) < 300);
    QCOMPARE(qint64(payload.value(u"exp").toDouble()) - iat, 120);
    QVERIFY(payload.value(u"jti").toString().size() >= 16);

    // The signature verifies with the public key; a second assertion has another jti.
    Jose::VerifyOptions options;
    options.keys = Jose::loadKeys(TestKeys::jwks({key})).keySet;
    options.expectedIssuer = claims.issuer;
    options.expectedAudience = claims.audience;
    const Jose::VerifyReport report = Jose::verifyToken(decoded, options);
    QVERIFY2(report.find(u"signature") && report.find(u"signature")->status == Jose::CheckStatus::Pass,
             qPrintable(report.find(u"signature") ? report.find(u"signature")->detail : QString()));
    QVERIFY(report.valid());
    const QByteArray second = buildJwtBearerAssertion(claims, privateKey, &error);
    QVERIFY(Jose::decodeToken(QString::fromLatin1(second)).claims->value(u"jti") != payload.value(u"jti"));
}

void TestExchangeGrants::jwtBearerAssertionErrors()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256);
    JwtBearerClaims claims;
    claims.issuer = QStringLiteral("client-1");
    claims.subject = QStringLiteral("alice");
    claims.audience = QStringLiteral("https://as.example.com/token");
    QString error;
    // A public key cannot sign.
    QVERIFY(buildJwtBearerAssertion(claims, key.publicPem, &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(buildJwtBearerAssertion(claims, "not a key", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    claims.subject.clear();
    QVERIFY(buildJwtBearerAssertion(claims, privatePem(key), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("subject")), qPrintable(error));
    claims.subject = QStringLiteral("alice");
    claims.lifetimeSeconds = 0;
    QVERIFY(buildJwtBearerAssertion(claims, privatePem(key), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestExchangeGrants::jwtBearerRequest()
{
    ScriptedTokenEndpoint endpoint;
    endpoint.answer = R"({"access_token":"granted","token_type":"Bearer","expires_in":300})";
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    TokenClient tokens(&http, &secrets);
    TokenOperations operations(&tokens, &http);
    std::optional<TokenResponse> result;
    operations.jwtBearer(profile(endpoint.port()), JwtBearerRequest{QStringLiteral("a.b.c"), {}}, this,
                         [&result](const TokenResponse &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->accessToken, QStringLiteral("granted"));
    QCOMPARE(endpoint.requests.size(), 1);
    const QUrlQuery form = formOf(endpoint.requests.first());
    QCOMPARE(value(form, QStringLiteral("grant_type")), QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer"));
    QCOMPARE(value(form, QStringLiteral("assertion")), QStringLiteral("a.b.c"));
    QCOMPARE(value(form, QStringLiteral("scope")), QStringLiteral("orders.read")); // the profile's
    QCOMPARE(value(form, QStringLiteral("audience")), QStringLiteral("https://api.example.com"));

    // Without an assertion nothing is sent.
    result.reset();
    operations.jwtBearer(profile(endpoint.port()), JwtBearerRequest{}, this,
                         [&result](const TokenResponse &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
    QVERIFY2(result->error.contains(QLatin1String("assertion")), qPrintable(result->error));
    QCOMPARE(endpoint.requests.size(), 1);
}

QTEST_GUILESS_MAIN(TestExchangeGrants)
#include "tst_exchangegrants.moc"
