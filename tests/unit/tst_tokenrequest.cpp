// SPDX-License-Identifier: GPL-3.0-or-later
// Token requests: RFC 6749 §2.3.1 Basic credentials, the form encoding, the request per client
// authentication method, RFC 7523 client assertions (verified with the key), response parsing.

#include "jose/base64url.h"
#include "jose/decodedtoken.h"
#include "jose/jsonwebkey.h"
#include "jose/signature.h"
#include "oauth/tokenrequest.h"
#include "testkeys.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using OAuth::Form;
using Profiles::ClientAuthMethod;
using Profiles::EndpointKind;
using Profiles::Profile;

Q_DECLARE_METATYPE(ClientAuthMethod)

namespace {

const QUrl TokenEndpoint(QStringLiteral("https://as.example/tenant/oauth2/token"));

Profile profileFor(ClientAuthMethod method)
{
    Profile profile;
    profile.id = QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001");
    profile.name = QStringLiteral("unit");
    profile.clientId = QStringLiteral("my client");
    profile.authMethod = method;
    profile.endpoints.setUrl(EndpointKind::Token, TokenEndpoint);
    return profile;
}

QByteArray header(const HttpRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// The form as name → values, decoded the way a server would (application/x-www-form-urlencoded).
QMultiMap<QString, QString> parseForm(const QByteArray &body)
{
    QMultiMap<QString, QString> result;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            part.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
        };
        result.insert(decode(pair.left(equals)), decode(equals < 0 ? QByteArray() : pair.mid(equals + 1)));
    }
    return result;
}

QByteArray privatePem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    return pem;
}

QString bnMember(EVP_PKEY *key, const char *param, int width = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, param, &bn) != 1)
        return {};
    QByteArray bytes(width > 0 ? width : BN_num_bytes(bn), '\0');
    if (width > 0)
        BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(bytes.data()), width);
    else
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_clear_free(bn);
    return QString::fromLatin1(Jose::base64UrlEncode(bytes));
}

// The public JWK of the test key plus its private members (RFC 7518 §6.2.2, §6.3.2, RFC 8037 §2).
QByteArray privateJwk(const TestKeys::KeyPair &pair)
{
    QJsonObject jwk = pair.publicJwk;
    EVP_PKEY *key = pair.privateKey.get();
    if (EVP_PKEY_is_a(key, "RSA")) {
        jwk.insert(QStringLiteral("d"), bnMember(key, OSSL_PKEY_PARAM_RSA_D));
        jwk.insert(QStringLiteral("p"), bnMember(key, OSSL_PKEY_PARAM_RSA_FACTOR1));
        jwk.insert(QStringLiteral("q"), bnMember(key, OSSL_PKEY_PARAM_RSA_FACTOR2));
        jwk.insert(QStringLiteral("dp"), bnMember(key, OSSL_PKEY_PARAM_RSA_EXPONENT1));
        jwk.insert(QStringLiteral("dq"), bnMember(key, OSSL_PKEY_PARAM_RSA_EXPONENT2));
        jwk.insert(QStringLiteral("qi"), bnMember(key, OSSL_PKEY_PARAM_RSA_COEFFICIENT1));
    } else if (EVP_PKEY_is_a(key, "EC")) {
        jwk.insert(QStringLiteral("d"), bnMember(key, OSSL_PKEY_PARAM_PRIV_KEY, (EVP_PKEY_get_bits(key) + 7) / 8));
    } else {
        size_t length = 0;
        EVP_PKEY_get_raw_private_key(key, nullptr, &length);
        QByteArray raw(qsizetype(length), '\0');
        EVP_PKEY_get_raw_private_key(key, reinterpret_cast<unsigned char *>(raw.data()), &length);
        jwk.insert(QStringLiteral("d"), QString::fromLatin1(Jose::base64UrlEncode(raw)));
    }
    return QJsonDocument(jwk).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTokenRequest final : public QObject
{
    Q_OBJECT

private:
    // Checks the assertion of a built request: RFC 7523 §3 claims, and that key verifies it.
    void checkAssertion(const HttpRequest &request, const Jose::JsonWebKey &key, const QString &expectedAlg,
                        qint64 now);

private slots:
    void basicAuthorization_data();
    void basicAuthorization();
    void encodeForm_data();
    void encodeForm();

    void basicAndPost();
    void noneAndExtraParameters();
    void missingEndpointAndTlsClientAuth();

    void clientSecretJwt();
    void privateKeyJwt_data();
    void privateKeyJwt();
    void privateKeyJwtRefusesPublicKey();

    void parseSuccess();
    void parseErrors_data();
    void parseErrors();
};

void TestTokenRequest::basicAuthorization_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<bool>("raw");
    QTest::addColumn<QByteArray>("joined"); // before base64

    QTest::newRow("plain") << QStringLiteral("client") << QByteArray("secret") << false << QByteArray("client:secret");
    QTest::newRow("colon in secret") << QStringLiteral("client") << QByteArray("a:b") << false << QByteArray("client:a%3Ab");
    QTest::newRow("colon in id") << QStringLiteral("urn:app:1") << QByteArray("s") << false << QByteArray("urn%3Aapp%3A1:s");
    QTest::newRow("plus") << QStringLiteral("c") << QByteArray("a+b") << false << QByteArray("c:a%2Bb");
    QTest::newRow("percent") << QStringLiteral("c") << QByteArray("100%") << false << QByteArray("c:100%25");
    QTest::newRow("space") << QStringLiteral("my client") << QByteArray("a b") << false << QByteArray("my+client:a+b");
    QTest::newRow("RFC example a b:c") << QStringLiteral("id") << QByteArray("a b:c") << false << QByteArray("id:a+b%3Ac");
    QTest::newRow("unreserved kept") << QStringLiteral("A-z_0.9~") << QByteArray("-._~Az09") << false
                                     << QByteArray("A-z_0.9~:-._~Az09");
    QTest::newRow("reserved encoded") << QStringLiteral("c") << QByteArray("/?#[]@!$&'()*,;=") << false
                                      << QByteArray("c:%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2C%3B%3D");
    QTest::newRow("non-ASCII UTF-8") << QStringLiteral("cliënt") << QStringLiteral("pässwörd€").toUtf8() << false
                                     << QByteArray("cli%C3%ABnt:p%C3%A4ssw%C3%B6rd%E2%82%AC");
    QTest::newRow("raw keeps everything") << QStringLiteral("my client") << QByteArray("a b:c+d%") << true
                                          << QByteArray("my client:a b:c+d%");
    QTest::newRow("raw non-ASCII") << QStringLiteral("cliënt") << QStringLiteral("ü").toUtf8() << true
                                   << QStringLiteral("cliënt:ü").toUtf8();
    QTest::newRow("empty secret") << QStringLiteral("c") << QByteArray() << false << QByteArray("c:");
}

void TestTokenRequest::basicAuthorization()
{
    QFETCH(QString, clientId);
    QFETCH(QByteArray, secret);
    QFETCH(bool, raw);
    QFETCH(QByteArray, joined);
    const QByteArray value = OAuth::basicAuthorization(clientId, secret, raw);
    QVERIFY2(value.startsWith("Basic "), value.constData());
    QCOMPARE(QByteArray::fromBase64(value.mid(6), QByteArray::AbortOnBase64DecodingErrors), joined);
    QCOMPARE(value, QByteArray("Basic " + joined.toBase64()));
}

void TestTokenRequest::encodeForm_data()
{
    QTest::addColumn<Form>("form");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << Form{} << QByteArray();
    QTest::newRow("one") << Form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}
                         << QByteArray("grant_type=client_credentials");
    QTest::newRow("scope with spaces") << Form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                               {QStringLiteral("scope"), QStringLiteral("openid email api:read")}}
                                       << QByteArray("grant_type=client_credentials&scope=openid+email+api%3Aread");
    QTest::newRow("url value") << Form{{QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:8765/cb?x=1&y=2")}}
                               << QByteArray("redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcb%3Fx%3D1%26y%3D2");
    QTest::newRow("plus and percent") << Form{{QStringLiteral("a+b"), QStringLiteral("50%+")}} << QByteArray("a%2Bb=50%25%2B");
    QTest::newRow("repeated names kept") << Form{{QStringLiteral("resource"), QStringLiteral("r1")},
                                                 {QStringLiteral("resource"), QStringLiteral("r2")}}
                                         << QByteArray("resource=r1&resource=r2");
    QTest::newRow("non-ASCII") << Form{{QStringLiteral("name"), QStringLiteral("Jürgen")}} << QByteArray("name=J%C3%BCrgen");
    QTest::newRow("empty value") << Form{{QStringLiteral("x"), QString()}} << QByteArray("x=");
}

void TestTokenRequest::encodeForm()
{
    QFETCH(Form, form);
    QFETCH(QByteArray, encoded);
    QCOMPARE(OAuth::encodeForm(form), encoded);
    // and a server decodes it back
    QMultiMap<QString, QString> expected;
    for (const auto &[name, value] : form)
        expected.insert(name, value);
    QCOMPARE(parseForm(encoded), expected);
}

void TestTokenRequest::basicAndPost()
{
    const Form form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    const QByteArray secret("s3cr:t +%");
    QString error;

    Profile basic = profileFor(ClientAuthMethod::ClientSecretBasic);
    basic.tls.caBundlePath = QStringLiteral("/etc/ca.pem");
    basic.tls.insecure = true;
    HttpRequest request = OAuth::buildTokenRequest(basic, form, secret, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url, TokenEndpoint);
    QCOMPARE(header(request, "Accept"), QByteArray("application/json"));
    QCOMPARE(header(request, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(header(request, "Authorization"), QByteArray("Basic " + QByteArray("my+client:s3cr%3At+%2B%25").toBase64()));
    QCOMPARE(request.tls.caBundlePath, QStringLiteral("/etc/ca.pem"));
    QVERIFY(request.tls.insecure);
    QMultiMap<QString, QString> fields = parseForm(request.body);
    QCOMPARE(fields.value(QStringLiteral("grant_type")), QStringLiteral("client_credentials"));
    QVERIFY(!fields.contains(QStringLiteral("client_secret")));
    QVERIFY(!request.body.contains("s3cr"));

    basic.rawBasicCredentials = true;
    request = OAuth::buildTokenRequest(basic, form, secret, &error);
    QCOMPARE(header(request, "Authorization"), QByteArray("Basic " + QByteArray("my client:s3cr:t +%").toBase64()));

    const Profile post = profileFor(ClientAuthMethod::ClientSecretPost);
    request = OAuth::buildTokenRequest(post, form, secret, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(header(request, "Authorization").isEmpty());
    fields = parseForm(request.body);
    QCOMPARE(fields.value(QStringLiteral("client_id")), QStringLiteral("my client"));
    QCOMPARE(fields.value(QStringLiteral("client_secret")).toUtf8(), secret);
    QVERIFY(!request.tls.insecure);
}

void TestTokenRequest::noneAndExtraParameters()
{
    Profile profile = profileFor(ClientAuthMethod::None);
    profile.extraParameters = {
        {QStringLiteral("audience"), QStringLiteral("https://api.example"), Profiles::ExtraParameter::Target::Token},
        {QStringLiteral("prompt"), QStringLiteral("login"), Profiles::ExtraParameter::Target::Authorization},
        {QStringLiteral("tenant"), QStringLiteral("t 1"), Profiles::ExtraParameter::Target::Both},
        {QStringLiteral("grant_type"), QStringLiteral("password"), Profiles::ExtraParameter::Target::Both},
    };
    QString error;
    const HttpRequest request = OAuth::buildTokenRequest(
        profile, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(header(request, "Authorization").isEmpty());
    const QMultiMap<QString, QString> fields = parseForm(request.body);
    QCOMPARE(fields.value(QStringLiteral("client_id")), QStringLiteral("my client"));
    QCOMPARE(fields.value(QStringLiteral("audience")), QStringLiteral("https://api.example"));
    QCOMPARE(fields.value(QStringLiteral("tenant")), QStringLiteral("t 1"));
    QVERIFY(!fields.contains(QStringLiteral("prompt")));          // authorization only
    QCOMPARE(fields.values(QStringLiteral("grant_type")), QStringList{QStringLiteral("client_credentials")}); // the grant's own wins
    QVERIFY(!fields.contains(QStringLiteral("client_secret")));
}

void TestTokenRequest::missingEndpointAndTlsClientAuth()
{
    QString error;
    Profile profile = profileFor(ClientAuthMethod::ClientSecretBasic);
    profile.endpoints.setUrl(EndpointKind::Token, QUrl());
    HttpRequest request = OAuth::buildTokenRequest(profile, {}, "x", &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(QStringLiteral("token endpoint")));
    QVERIFY(request.url.isEmpty());

    // tls_client_auth (RFC 8705 §2): the certificate file must be named; then the key travels in
    // the TLS options and only client_id in the form.
    profile = profileFor(ClientAuthMethod::TlsClientAuth);
    profile.tls.clientCertificatePath.clear();
    request = OAuth::buildTokenRequest(profile, {}, "x", &error);
    QVERIFY(error.contains(QStringLiteral("client certificate")));
    QVERIFY(request.url.isEmpty());
    profile.tls.clientCertificatePath = QStringLiteral("/certs/client.pem");
    request = OAuth::buildTokenRequest(profile, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                                       "-----BEGIN PRIVATE KEY-----", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(request.tls.clientCertificatePath, QStringLiteral("/certs/client.pem"));
    QCOMPARE(request.tls.clientKeyPem, QByteArray("-----BEGIN PRIVATE KEY-----"));
    const QMultiMap<QString, QString> tlsForm = parseForm(request.body);
    QCOMPARE(tlsForm.value(QStringLiteral("client_id")), profile.clientId);
    QVERIFY(!request.body.contains("PRIVATE"));
    QVERIFY(!tlsForm.contains(QStringLiteral("client_secret")));
    for (const auto &[name, value] : request.headers)
        QVERIFY(name.compare("Authorization", Qt::CaseInsensitive) != 0);
    QCOMPARE(*OAuth::secretKindFor(ClientAuthMethod::TlsClientAuth), Profiles::SecretKind::TlsClientKey);
    QVERIFY(!OAuth::secretKindFor(ClientAuthMethod::None));
    QCOMPARE(*OAuth::secretKindFor(ClientAuthMethod::ClientSecretJwt), Profiles::SecretKind::ClientSecret);
    QCOMPARE(*OAuth::secretKindFor(ClientAuthMethod::PrivateKeyJwt), Profiles::SecretKind::PrivateKey);
}

void TestTokenRequest::checkAssertion(const HttpRequest &request, const Jose::JsonWebKey &key, const QString &expectedAlg,
                                      qint64 now)
{
    const QMultiMap<QString, QString> fields = parseForm(request.body);
    QCOMPARE(fields.value(QStringLiteral("client_assertion_type")),
             QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
    QCOMPARE(fields.value(QStringLiteral("client_id")), QStringLiteral("my client"));
    QVERIFY(header(request, "Authorization").isEmpty());
    const Jose::DecodedToken token = Jose::decodeToken(fields.value(QStringLiteral("client_assertion")));
    QCOMPARE(token.kind, Jose::TokenKind::Jws);
    QVERIFY(token.claims.has_value());
    QCOMPARE(token.algorithm(), expectedAlg);
    const auto algorithm = Jose::algorithmFromName(expectedAlg);
    QVERIFY(algorithm);
    const Jose::SignatureCheck check = Jose::verifySignature(*algorithm, key, token.signingInput, token.signature);
    QVERIFY2(check.valid, qPrintable(check.detail));

    // RFC 7523 §3
    const QJsonObject &claims = *token.claims;
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), QStringLiteral("my client"));
    QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("my client"));
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), TokenEndpoint.toString());
    QCOMPARE(qint64(claims.value(QStringLiteral("iat")).toDouble()), now);
    QCOMPARE(qint64(claims.value(QStringLiteral("exp")).toDouble()), now + 60);
    QVERIFY(claims.value(QStringLiteral("jti")).toString().size() >= 16);

    // A wrong key does not verify it (the check above can fail).
    const TestKeys::KeyPair other = TestKeys::generate(*algorithm);
    const Jose::JsonWebKey wrong = other.privateKey ? Jose::keyFromJwk(other.publicJwk).keySet.keys.value(0)
                                                    : Jose::keyFromSecret(other.secret);
    QVERIFY(!Jose::verifySignature(*algorithm, wrong, token.signingInput, token.signature).valid);
}

void TestTokenRequest::clientSecretJwt()
{
    const Profile profile = profileFor(ClientAuthMethod::ClientSecretJwt);
    const QByteArray secret("a client secret that is long enough for HS256!!");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QString error;
    const HttpRequest request = OAuth::buildTokenRequest(
        profile, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}, secret, &error, now);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    checkAssertion(request, Jose::keyFromSecret(secret), QStringLiteral("HS256"), now);
    QVERIFY(!request.body.contains(secret.left(10)));

    // Each assertion has its own jti.
    const auto jti = [&](const HttpRequest &r) {
        return Jose::decodeToken(parseForm(r.body).value(QStringLiteral("client_assertion"))).claims->value(QStringLiteral("jti"));
    };
    QVERIFY(jti(request) != jti(OAuth::buildTokenRequest(profile, {}, secret, &error, now)));
}

void TestTokenRequest::privateKeyJwt_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("ed448");
    QTest::addColumn<bool>("asJwk");
    QTest::addColumn<QString>("expectedAlg");
    const auto add = [](const char *name, Jose::Algorithm algorithm, bool ed448, bool jwk, const char *alg) {
        QTest::newRow(name) << int(algorithm) << ed448 << jwk << QString::fromLatin1(alg);
    };
    add("RSA PEM", Jose::Algorithm::RS256, false, false, "RS256");
    add("RSA JWK", Jose::Algorithm::RS256, false, true, "RS256");
    add("P-256 PEM", Jose::Algorithm::ES256, false, false, "ES256");
    add("P-384 PEM", Jose::Algorithm::ES384, false, false, "ES384");
    add("P-521 PEM", Jose::Algorithm::ES512, false, false, "ES512");
    add("P-256 JWK", Jose::Algorithm::ES256, false, true, "ES256");
    add("P-521 JWK", Jose::Algorithm::ES512, false, true, "ES512");
    add("Ed25519 PEM", Jose::Algorithm::EdDSA, false, false, "EdDSA");
    add("Ed25519 JWK", Jose::Algorithm::EdDSA, false, true, "EdDSA");
    add("Ed448 PEM", Jose::Algorithm::EdDSA, true, false, "EdDSA");
}

void TestTokenRequest::privateKeyJwt()
{
    QFETCH(int, algorithm);
    QFETCH(bool, ed448);
    QFETCH(bool, asJwk);
    QFETCH(QString, expectedAlg);
    const TestKeys::KeyPair pair = TestKeys::generate(Jose::Algorithm(algorithm), QStringLiteral("key-1"), 2048, ed448);
    const QByteArray stored = asJwk ? privateJwk(pair) : privatePem(pair.privateKey.get());
    QVERIFY(!stored.isEmpty());

    const Profile profile = profileFor(ClientAuthMethod::PrivateKeyJwt);
    const qint64 now = 1'700'000'000;
    QString error;
    const HttpRequest request = OAuth::buildTokenRequest(
        profile, {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}, stored, &error, now);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Jose::KeyLoadResult publicKey = Jose::keyFromJwk(pair.publicJwk);
    QVERIFY(publicKey.ok());
    checkAssertion(request, publicKey.keySet.keys.constFirst(), expectedAlg, now);

    const Jose::DecodedToken token = Jose::decodeToken(parseForm(request.body).value(QStringLiteral("client_assertion")));
    // A JWK's kid goes into the header, so the server can pick the key.
    if (asJwk)
        QCOMPARE(token.header.value(QStringLiteral("kid")).toString(), QStringLiteral("key-1"));
    // The private key never travels.
    QVERIFY(!request.body.contains("PRIVATE"));
}

void TestTokenRequest::privateKeyJwtRefusesPublicKey()
{
    const TestKeys::KeyPair pair = TestKeys::generate(Jose::Algorithm::ES256);
    const Profile profile = profileFor(ClientAuthMethod::PrivateKeyJwt);
    for (const QByteArray &stored : {pair.publicPem, QJsonDocument(pair.publicJwk).toJson(), QByteArray("not a key")}) {
        QString error;
        const HttpRequest request = OAuth::buildTokenRequest(profile, {}, stored, &error);
        QVERIFY2(!error.isEmpty(), stored.constData());
        QVERIFY(request.url.isEmpty());
    }
}

void TestTokenRequest::parseSuccess()
{
    HttpResponse http;
    http.url = TokenEndpoint;
    http.status = 200;
    http.body = R"({"access_token":"at","token_type":"Bearer","expires_in":3600,"refresh_token":"rt",
                    "id_token":"idt","scope":"a b"})";
    const OAuth::TokenResponse response = OAuth::parseTokenResponse(http, profileFor(ClientAuthMethod::ClientSecretBasic));
    QVERIFY2(response.ok(), qPrintable(response.error));
    QCOMPARE(response.accessToken, QStringLiteral("at"));
    QCOMPARE(response.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(response.expiresIn, 3600);
    QCOMPARE(response.refreshToken, QStringLiteral("rt"));
    QCOMPARE(response.idToken, QStringLiteral("idt"));
    QCOMPARE(response.scope, QStringLiteral("a b"));
    QCOMPARE(response.json.value(QStringLiteral("access_token")).toString(), QStringLiteral("at"));
}

void TestTokenRequest::parseErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ClientAuthMethod>("method");
    QTest::addColumn<QString>("oauthError");
    QTest::addColumn<QStringList>("messageParts");

    QTest::newRow("invalid_client basic") << 401 << QByteArray(R"({"error":"invalid_client","error_description":"bad"})")
                                          << ClientAuthMethod::ClientSecretBasic << QStringLiteral("invalid_client")
                                          << QStringList{QStringLiteral("401"), QStringLiteral("invalid_client"),
                                                         QStringLiteral("bad"), QStringLiteral("client_secret_post"),
                                                         QStringLiteral("raw")};
    QTest::newRow("invalid_client post") << 401 << QByteArray(R"({"error":"invalid_client"})")
                                         << ClientAuthMethod::ClientSecretPost << QStringLiteral("invalid_client")
                                         << QStringList{QStringLiteral("client_secret_basic")};
    QTest::newRow("invalid_scope") << 400 << QByteArray(R"({"error":"invalid_scope","error_uri":"https://doc.example/e"})")
                                   << ClientAuthMethod::ClientSecretBasic << QStringLiteral("invalid_scope")
                                   << QStringList{QStringLiteral("invalid_scope"), QStringLiteral("https://doc.example/e")};
    QTest::newRow("HTML page") << 404 << QByteArray("<!DOCTYPE html><html><body>Not found</body></html>")
                               << ClientAuthMethod::ClientSecretBasic << QString()
                               << QStringList{QStringLiteral("404"), QStringLiteral("HTML")};
    QTest::newRow("HTML on 200") << 200 << QByteArray("\n  <html><body>login</body></html>")
                                 << ClientAuthMethod::ClientSecretBasic << QString()
                                 << QStringList{QStringLiteral("200"), QStringLiteral("HTML")};
    QTest::newRow("plain text") << 500 << QByteArray("Internal Server Error") << ClientAuthMethod::ClientSecretBasic
                                << QString() << QStringList{QStringLiteral("500"), QStringLiteral("not a JSON")};
    QTest::newRow("JSON array") << 200 << QByteArray("[1]") << ClientAuthMethod::ClientSecretBasic << QString()
                                << QStringList{QStringLiteral("not a JSON")};
    QTest::newRow("no access_token") << 200 << QByteArray(R"({"token_type":"Bearer"})")
                                     << ClientAuthMethod::ClientSecretBasic << QString()
                                     << QStringList{QStringLiteral("access_token")};
    QTest::newRow("5xx JSON without error") << 503 << QByteArray(R"({"message":"down"})")
                                            << ClientAuthMethod::ClientSecretBasic << QString()
                                            << QStringList{QStringLiteral("503")};
    QTest::newRow("no answer") << 0 << QByteArray() << ClientAuthMethod::ClientSecretBasic << QString()
                               << QStringList{QStringLiteral("No answer"), QStringLiteral("as.example")};
}

void TestTokenRequest::parseErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ClientAuthMethod, method);
    QFETCH(QString, oauthError);
    QFETCH(QStringList, messageParts);
    HttpResponse http;
    http.url = TokenEndpoint;
    http.status = status;
    http.body = body;
    const OAuth::TokenResponse response = OAuth::parseTokenResponse(http, profileFor(method));
    QVERIFY(!response.ok());
    QCOMPARE(response.oauthError, oauthError);
    for (const QString &part : messageParts)
        QVERIFY2(response.error.contains(part), qPrintable(part + QLatin1String(" not in: ") + response.error));
}

QTEST_GUILESS_MAIN(TestTokenRequest)
#include "tst_tokenrequest.moc"
