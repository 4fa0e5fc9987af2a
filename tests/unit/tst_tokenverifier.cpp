// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/base64url.h"
#include "jose/decodedtoken.h"
#include "jose/jsonwebkey.h"
#include "jose/signature.h"
#include "jose/tokenverifier.h"
#include "testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Jose;

Q_DECLARE_METATYPE(Jose::VerifyOptions)

namespace {

// 2026-01-01T00:00:00Z: every time claim is judged at this instant.
constexpr qint64 Now = 1767225600;
const QDateTime At = QDateTime::fromSecsSinceEpoch(Now, QTimeZone::utc());

const QString Issuer = QStringLiteral("https://issuer.example");
const QString Client = QStringLiteral("client-1");

// OpenID Connect Core Appendix A.4: the authorization code and its RS256 c_hash.
const QString Code = QStringLiteral("Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk");
const QString CodeHashRs256 = QStringLiteral("LDktKdoQak3Pk0cnXxCltA");
// An access token and its at_hash for each digest, computed independently (Python hashlib).
const QString AccessToken = QStringLiteral("jHkWEdUXMU1BwAsC4vtUsZwnNCNQ");
const QString AtHashSha256 = QStringLiteral("Y1lWGjikyRVa1pTleB5jKQ");
const QString AtHashSha384 = QStringLiteral("FnQ61gUuN4D202qaQEwK6HHFglXwwc1i");
const QString AtHashSha512 = QStringLiteral("o1zcqGe2hZBjemTsN-wnMKhnIXea_7tqwb0gv2-HyWY");
const QString AtHashShake256 = QStringLiteral("8q1VMFd48S6z_5a9SpSwXTkLGG0JtNCagzN4ipJ2D2_wdBzjlKDUb4FPWVxk3KpRVqSQeCVXYWdJ");

QString b64(QByteArrayView data)
{
    return QString::fromLatin1(base64UrlEncode(data));
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

KeySet keySetOf(const QList<TestKeys::KeyPair> &pairs)
{
    const KeyLoadResult loaded = loadKeys(TestKeys::jwks(pairs));
    if (!loaded.ok())
        qFatal("test JWKS does not load: %s", qPrintable(loaded.error));
    return loaded.keySet;
}

// A well-formed ID token's claims, valid at Now.
QJsonObject idClaims()
{
    return QJsonObject{
        {QStringLiteral("iss"), Issuer},
        {QStringLiteral("sub"), QStringLiteral("alice")},
        {QStringLiteral("aud"), Client},
        {QStringLiteral("exp"), Now + 600},
        {QStringLiteral("iat"), Now - 60},
        {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")},
    };
}

QJsonObject accessClaims()
{
    return QJsonObject{
        {QStringLiteral("iss"), Issuer},
        {QStringLiteral("sub"), QStringLiteral("alice")},
        {QStringLiteral("aud"), QStringLiteral("https://api.example")},
        {QStringLiteral("client_id"), Client},
        {QStringLiteral("scope"), QStringLiteral("openid profile")},
        {QStringLiteral("exp"), Now + 600},
        {QStringLiteral("iat"), Now - 60},
        {QStringLiteral("jti"), QStringLiteral("j1")},
    };
}

QJsonObject with(QJsonObject object, const QString &name, const QJsonValue &value)
{
    if (value.isUndefined())
        object.remove(name);
    else
        object.insert(name, value);
    return object;
}

} // namespace

class TestTokenVerifier final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validIdToken();
    void validAccessToken();
    void checks_data();
    void checks();
    void algorithms_data();
    void algorithms();
    void roleGuess_data();
    void roleGuess();
    void jwe();
    void payloadNotJson();
    void opaqueAndMalformed();
    void deterministic();
    void names();

private:
    VerifyOptions options(const QList<TestKeys::KeyPair> &keys) const;
    QString signRs(const QJsonObject &claims, const QJsonObject &header = {}) const
    {
        return TestKeys::signCompact(m_rs256, header, claims);
    }

    TestKeys::KeyPair m_rs256;
    TestKeys::KeyPair m_rs256b;   // another RSA key, for "wrong key"
    TestKeys::KeyPair m_rs1024;
    TestKeys::KeyPair m_ps256;
    TestKeys::KeyPair m_es256;
    TestKeys::KeyPair m_es384;
    TestKeys::KeyPair m_ed25519;
    TestKeys::KeyPair m_ed448;
    TestKeys::KeyPair m_hs256;
    TestKeys::KeyPair m_hs512;
};

void TestTokenVerifier::initTestCase()
{
    m_rs256 = TestKeys::generate(Algorithm::RS256, QStringLiteral("rsa-1"));
    m_rs256b = TestKeys::generate(Algorithm::RS256, QStringLiteral("rsa-2"));
    m_rs1024 = TestKeys::generate(Algorithm::RS256, QStringLiteral("rsa-small"), 1024);
    m_ps256 = TestKeys::generate(Algorithm::PS256, QStringLiteral("pss"));
    m_es256 = TestKeys::generate(Algorithm::ES256, QStringLiteral("p256"));
    m_es384 = TestKeys::generate(Algorithm::ES384, QStringLiteral("p384"));
    m_ed25519 = TestKeys::generate(Algorithm::EdDSA, QStringLiteral("ed25519"));
    m_ed448 = TestKeys::generate(Algorithm::EdDSA, QStringLiteral("ed448"), 2048, true);
    m_hs256 = TestKeys::generate(Algorithm::HS256, QStringLiteral("hmac"));
    m_hs512 = TestKeys::generate(Algorithm::HS512, QStringLiteral("hmac512"));
    QVERIFY(!signRs(idClaims()).isEmpty());
}

VerifyOptions TestTokenVerifier::options(const QList<TestKeys::KeyPair> &keys) const
{
    VerifyOptions o;
    if (!keys.isEmpty())
        o.keys = keySetOf(keys);
    o.at = At;
    return o;
}

void TestTokenVerifier::validIdToken()
{
    QJsonObject claims = idClaims();
    claims.insert(QStringLiteral("at_hash"), AtHashSha256);
    claims.insert(QStringLiteral("c_hash"), CodeHashRs256);
    claims.insert(QStringLiteral("azp"), Client);
    const DecodedToken token = decodeToken(signRs(claims, {{QStringLiteral("typ"), QStringLiteral("JWT")}}));
    QCOMPARE(token.kind, TokenKind::Jws);

    VerifyOptions o = options({m_rs256, m_es256});
    o.expectedIssuer = Issuer;
    o.expectedAudience = Client;
    o.expectedNonce = QStringLiteral("n-0S6_WzA2Mj");
    o.accessToken = AccessToken;
    o.authorizationCode = Code;
    const VerifyReport report = verifyToken(token, o);
    QStringList names;
    for (const Check &check : report.checks) {
        names.append(check.name);
        QVERIFY2(!check.detail.isEmpty(), qPrintable(check.name));
        const CheckStatus want = check.name == u"nbf" ? CheckStatus::Skip : CheckStatus::Pass; // no nbf claim
        QVERIFY2(check.status == want, qPrintable(check.name + u": " + check.detail));
    }
    const QStringList expected = {QStringLiteral("alg"), QStringLiteral("kid"), QStringLiteral("signature"), QStringLiteral("key"),
                                  QStringLiteral("typ"), QStringLiteral("crit"), QStringLiteral("exp"), QStringLiteral("nbf"),
                                  QStringLiteral("iat"), QStringLiteral("iss"), QStringLiteral("aud"), QStringLiteral("nonce"),
                                  QStringLiteral("azp"), QStringLiteral("at_hash"), QStringLiteral("c_hash")};
    QCOMPARE(names, expected);
    QVERIFY(report.valid());
    QVERIFY(report.find(u"signature")->detail.contains(QStringLiteral("rsa-1")));
}

void TestTokenVerifier::validAccessToken()
{
    const DecodedToken token = decodeToken(TestKeys::signCompact(m_es256, {{QStringLiteral("typ"), QStringLiteral("at+jwt")}}, accessClaims()));
    VerifyOptions o = options({m_rs256, m_es256});
    o.expectedIssuer = Issuer;
    o.expectedAudience = QStringLiteral("https://api.example");
    const VerifyReport report = verifyToken(token, o);
    QVERIFY(report.valid());
    QCOMPARE(report.find(u"signature")->status, CheckStatus::Pass);
    QCOMPARE(report.find(u"typ")->status, CheckStatus::Pass);
    QCOMPARE(report.find(u"aud")->status, CheckStatus::Pass);
    QCOMPARE(report.find(u"nonce")->status, CheckStatus::Skip);
    QCOMPARE(report.find(u"azp")->status, CheckStatus::Skip);
    QCOMPARE(report.find(u"at_hash")->status, CheckStatus::Skip);
}

void TestTokenVerifier::checks_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<VerifyOptions>("options");
    QTest::addColumn<QString>("check");
    QTest::addColumn<CheckStatus>("status");
    QTest::addColumn<QString>("detailContains");

    const VerifyOptions base = options({m_rs256});
    VerifyOptions noKeys = options({});
    VerifyOptions expecting = base;
    expecting.expectedIssuer = Issuer;
    expecting.expectedAudience = Client;
    expecting.expectedNonce = QStringLiteral("n-0S6_WzA2Mj");
    VerifyOptions asId = base;
    asId.role = TokenRole::IdToken;
    VerifyOptions asAccess = base;
    asAccess.role = TokenRole::AccessToken;
    const QString good = signRs(idClaims());
    const QJsonObject plain = {{QStringLiteral("sub"), QStringLiteral("x")}, {QStringLiteral("exp"), Now + 60}};

    // alg
    QTest::newRow("alg pass") << good << base << "alg" << CheckStatus::Pass << "RS256";
    QTest::newRow("alg none") << (b64(R"({"alg":"none"})") + u'.' + b64(json(idClaims())) + u'.') << base << "alg" << CheckStatus::Fail << "none";
    QTest::newRow("alg none, no keys") << (b64(R"({"alg":"none"})") + u'.' + b64(json(idClaims())) + u'.') << noKeys << "alg" << CheckStatus::Fail << "none";
    QTest::newRow("alg unknown") << (b64(R"({"alg":"RS257"})") + u'.' + b64(json(idClaims())) + u".AAAA") << base << "alg" << CheckStatus::Fail << "RS257";
    QTest::newRow("alg case") << (b64(R"({"alg":"rs256"})") + u'.' + b64(json(idClaims())) + u".AAAA") << noKeys << "alg" << CheckStatus::Fail << "rs256";
    {
        // The algorithm-confusion attack: HS256 "signed" with the RSA public key as the secret.
        const QByteArray input = base64UrlEncode(R"({"alg":"HS256","kid":"rsa-1"})") + '.' + base64UrlEncode(json(idClaims()));
        const auto mac = signHmac(Algorithm::HS256, m_rs256.publicPem, input);
        QVERIFY(mac);
        const QString forged = QString::fromLatin1(input + '.' + base64UrlEncode(*mac));
        QTest::newRow("alg confusion") << forged << base << "alg" << CheckStatus::Fail << "confusion";
        QTest::newRow("alg confusion, signature") << forged << base << "signature" << CheckStatus::Fail << "";
    }
    QTest::newRow("alg RS256, only secrets") << good << options({m_hs256}) << "alg" << CheckStatus::Fail << "HMAC";
    QTest::newRow("alg ES256, P-384 key") << TestKeys::signCompact(m_es256, {{QStringLiteral("kid"), QStringLiteral("p384")}}, plain)
                                          << options({m_es384}) << "alg" << CheckStatus::Fail << "";

    // kid
    QTest::newRow("kid found") << good << options({m_rs256b, m_rs256}) << "kid" << CheckStatus::Pass << "rsa-1";
    QTest::newRow("kid not found") << TestKeys::signCompact(m_rs256, {{QStringLiteral("kid"), QStringLiteral("gone")}}, plain)
                                   << base << "kid" << CheckStatus::Fail << "gone";
    QTest::newRow("kid, no keys") << good << noKeys << "kid" << CheckStatus::Skip << "rsa-1";
    {
        TestKeys::KeyPair anonymous = m_rs256;
        anonymous.publicJwk.remove(QStringLiteral("kid"));
        const QString noKid = TestKeys::signCompact(anonymous, {}, plain);
        QTest::newRow("no kid") << noKid << base << "kid" << CheckStatus::Pass << "no \"kid\"";
        QTest::newRow("no kid, signature") << noKid << options({m_rs256b, m_rs256}) << "signature" << CheckStatus::Pass << "rsa-1";
        VerifyOptions pem = base;
        pem.keys = loadKeys(m_rs256.publicPem).keySet;
        QTest::newRow("kid, PEM key") << good << pem << "kid" << CheckStatus::Pass << "no kid";
        QTest::newRow("kid, PEM key, signature") << good << pem << "signature" << CheckStatus::Pass << "";
    }
    QTest::newRow("kid not a string") << TestKeys::signCompact(m_rs256, {{QStringLiteral("kid"), 7}}, plain) << base << "kid" << CheckStatus::Fail << "";

    // signature
    QTest::newRow("signature pass") << good << base << "signature" << CheckStatus::Pass << "";
    QTest::newRow("signature, no keys") << good << noKeys << "signature" << CheckStatus::Skip << "no keys";
    {
        QString tampered = good;
        const qsizetype dot = tampered.indexOf(u'.');
        const QString otherPayload = b64(json(with(idClaims(), QStringLiteral("sub"), QStringLiteral("mallory"))));
        tampered = tampered.left(dot + 1) + otherPayload + tampered.mid(tampered.lastIndexOf(u'.'));
        QTest::newRow("signature tampered") << tampered << base << "signature" << CheckStatus::Fail << "";
        QString flipped = good;
        flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == u'A' ? u'B' : u'A';
        QTest::newRow("signature bit flip") << flipped << base << "signature" << CheckStatus::Fail << "";
    }
    QTest::newRow("signature empty") << good.left(good.lastIndexOf(u'.') + 1) << noKeys << "signature" << CheckStatus::Fail << "empty";
    QTest::newRow("signature wrong key, same kid")
        << TestKeys::signCompact(m_rs256b, {{QStringLiteral("kid"), QStringLiteral("rsa-1")}}, plain) << base << "signature"
        << CheckStatus::Fail << "";
    QTest::newRow("signature unsecured") << (b64(R"({"alg":"none"})") + u'.' + b64(json(plain)) + u'.') << base << "signature"
                                         << CheckStatus::Fail << "none";

    // key
    QTest::newRow("key 2048") << good << base << "key" << CheckStatus::Pass << "RSA";
    QTest::newRow("key 1024") << TestKeys::signCompact(m_rs1024, {}, plain) << options({m_rs1024}) << "key" << CheckStatus::Warn << "1024";
    QTest::newRow("key 1024, signature still checked") << TestKeys::signCompact(m_rs1024, {}, plain) << options({m_rs1024})
                                                       << "signature" << CheckStatus::Pass << "";
    QTest::newRow("key, no keys") << good << noKeys << "key" << CheckStatus::Skip << "";
    {
        const QByteArray secret("short");
        const QByteArray input = base64UrlEncode(R"({"alg":"HS256"})") + '.' + base64UrlEncode(json(plain));
        // signHmac may refuse a short secret; a random signature does just as well here.
        const QByteArray mac = signHmac(Algorithm::HS256, secret, input).value_or(QByteArray(32, 'x'));
        VerifyOptions shortSecret = base;
        shortSecret.keys = KeySet{{keyFromSecret(secret)}, {}};
        QTest::newRow("key, short HMAC secret") << QString::fromLatin1(input + '.' + base64UrlEncode(mac)) << shortSecret << "key"
                                                << CheckStatus::Fail << "5 bytes";
    }
    {
        VerifyOptions secret = base;
        secret.keys = KeySet{{keyFromSecret(m_hs256.secret)}, {}};
        TestKeys::KeyPair anonymous = m_hs256;
        anonymous.publicJwk.remove(QStringLiteral("kid"));
        QTest::newRow("key, HMAC secret") << TestKeys::signCompact(anonymous, {}, plain) << secret << "key" << CheckStatus::Pass << "";
        QTest::newRow("signature, HMAC secret") << TestKeys::signCompact(anonymous, {}, plain) << secret << "signature" << CheckStatus::Pass << "";
    }

    // typ
    const QJsonObject atJwt = {{QStringLiteral("typ"), QStringLiteral("at+jwt")}};
    QTest::newRow("typ at+jwt") << signRs(accessClaims(), atJwt) << asAccess << "typ" << CheckStatus::Pass << "";
    QTest::newRow("typ application/at+jwt") << signRs(accessClaims(), {{QStringLiteral("typ"), QStringLiteral("application/at+jwt")}})
                                            << asAccess << "typ" << CheckStatus::Pass << "";
    QTest::newRow("typ JWT on access token") << signRs(accessClaims(), {{QStringLiteral("typ"), QStringLiteral("JWT")}}) << asAccess
                                             << "typ" << CheckStatus::Warn << "at+jwt";
    QTest::newRow("typ absent on access token") << signRs(accessClaims()) << asAccess << "typ" << CheckStatus::Warn << "at+jwt";
    QTest::newRow("typ at+jwt on ID token") << signRs(idClaims(), atJwt) << asId << "typ" << CheckStatus::Fail << "at+jwt";
    QTest::newRow("typ JWT on ID token") << signRs(idClaims(), {{QStringLiteral("typ"), QStringLiteral("JWT")}}) << asId << "typ"
                                         << CheckStatus::Pass << "";
    QTest::newRow("typ not a string") << signRs(idClaims(), {{QStringLiteral("typ"), 1}}) << asId << "typ" << CheckStatus::Fail << "";

    // crit (RFC 7515 §4.1.11)
    QTest::newRow("crit absent") << good << base << "crit" << CheckStatus::Pass << "";
    QTest::newRow("crit unknown extension") << signRs(plain, {{QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")}}, {QStringLiteral("exp"), 1}})
                                            << base << "crit" << CheckStatus::Fail << "not understood";
    QTest::newRow("crit empty") << signRs(plain, {{QStringLiteral("crit"), QJsonArray{}}}) << base << "crit" << CheckStatus::Fail << "";
    QTest::newRow("crit not array") << signRs(plain, {{QStringLiteral("crit"), QStringLiteral("exp")}}) << base << "crit" << CheckStatus::Fail << "";
    QTest::newRow("crit registered name") << signRs(plain, {{QStringLiteral("crit"), QJsonArray{QStringLiteral("alg")}}}) << base << "crit"
                                          << CheckStatus::Fail << "alg";
    QTest::newRow("crit name missing") << signRs(plain, {{QStringLiteral("crit"), QJsonArray{QStringLiteral("foo")}}}) << base << "crit"
                                       << CheckStatus::Fail << "foo";
    QTest::newRow("crit b64") << signRs(plain, {{QStringLiteral("crit"), QJsonArray{QStringLiteral("b64")}}, {QStringLiteral("b64"), true}})
                              << base << "crit" << CheckStatus::Pass << "b64";

    // exp, nbf, iat at Now with the default 60 s skew
    QTest::newRow("exp future") << good << base << "exp" << CheckStatus::Pass << "10 min";
    QTest::newRow("exp past") << signRs(with(idClaims(), QStringLiteral("exp"), Now - 3600)) << base << "exp" << CheckStatus::Fail << "expired";
    QTest::newRow("exp within skew") << signRs(with(idClaims(), QStringLiteral("exp"), Now - 30)) << base << "exp" << CheckStatus::Warn << "skew";
    QTest::newRow("exp exactly now") << signRs(with(idClaims(), QStringLiteral("exp"), Now)) << base << "exp" << CheckStatus::Warn << "";
    QTest::newRow("exp missing, ID token") << signRs(with(idClaims(), QStringLiteral("exp"), QJsonValue::Undefined)) << base << "exp"
                                           << CheckStatus::Warn << "";
    QTest::newRow("exp missing, access token") << signRs(with(accessClaims(), QStringLiteral("exp"), QJsonValue::Undefined)) << base
                                               << "exp" << CheckStatus::Warn << "";
    QTest::newRow("exp missing, unknown") << signRs({{QStringLiteral("sub"), QStringLiteral("x")}}) << base << "exp" << CheckStatus::Skip << "";
    QTest::newRow("exp string") << signRs(with(idClaims(), QStringLiteral("exp"), QString::number(Now + 600))) << base << "exp"
                                << CheckStatus::Fail << "NumericDate";
    QTest::newRow("exp fractional") << signRs(with(idClaims(), QStringLiteral("exp"), double(Now) + 0.5)) << base << "exp" << CheckStatus::Pass << "";
    QTest::newRow("exp huge") << signRs(with(idClaims(), QStringLiteral("exp"), 1e300)) << base << "exp" << CheckStatus::Pass << "";
    QTest::newRow("exp huge negative") << signRs(with(idClaims(), QStringLiteral("exp"), -1e300)) << base << "exp" << CheckStatus::Fail << "";
    {
        VerifyOptions noSkew = base;
        noSkew.clockSkew = std::chrono::seconds(0);
        QTest::newRow("exp past, no skew") << signRs(with(idClaims(), QStringLiteral("exp"), Now - 1)) << noSkew << "exp" << CheckStatus::Fail << "";
        QTest::newRow("nbf future, no skew") << signRs(with(idClaims(), QStringLiteral("nbf"), Now + 1)) << noSkew << "nbf" << CheckStatus::Fail << "";
    }
    QTest::newRow("nbf past") << signRs(with(idClaims(), QStringLiteral("nbf"), Now - 10)) << base << "nbf" << CheckStatus::Pass << "";
    QTest::newRow("nbf future") << signRs(with(idClaims(), QStringLiteral("nbf"), Now + 3600)) << base << "nbf" << CheckStatus::Fail << "";
    QTest::newRow("nbf within skew") << signRs(with(idClaims(), QStringLiteral("nbf"), Now + 30)) << base << "nbf" << CheckStatus::Warn << "";
    QTest::newRow("nbf absent") << good << base << "nbf" << CheckStatus::Skip << "";
    QTest::newRow("nbf bool") << signRs(with(idClaims(), QStringLiteral("nbf"), true)) << base << "nbf" << CheckStatus::Fail << "";
    QTest::newRow("iat past") << good << base << "iat" << CheckStatus::Pass << "60 s ago (2025-12-31T23:59:00Z)";
    QTest::newRow("iat future") << signRs(with(idClaims(), QStringLiteral("iat"), Now + 3600)) << base << "iat" << CheckStatus::Fail << "future";
    QTest::newRow("iat within skew") << signRs(with(idClaims(), QStringLiteral("iat"), Now + 30)) << base << "iat" << CheckStatus::Pass << "";
    QTest::newRow("iat missing, ID token") << signRs(with(idClaims(), QStringLiteral("iat"), QJsonValue::Undefined)) << base << "iat"
                                           << CheckStatus::Warn << "";
    QTest::newRow("iat null") << signRs(with(idClaims(), QStringLiteral("iat"), QJsonValue::Null)) << base << "iat" << CheckStatus::Fail << "";

    // iss
    QTest::newRow("iss match") << good << expecting << "iss" << CheckStatus::Pass << "";
    QTest::newRow("iss other") << signRs(with(idClaims(), QStringLiteral("iss"), QStringLiteral("https://evil.example"))) << expecting
                               << "iss" << CheckStatus::Fail << "evil";
    QTest::newRow("iss trailing slash") << signRs(with(idClaims(), QStringLiteral("iss"), QString(Issuer + u'/'))) << expecting << "iss"
                                        << CheckStatus::Fail << "trailing slash";
    QTest::newRow("iss absent, expected") << signRs(with(idClaims(), QStringLiteral("iss"), QJsonValue::Undefined)) << expecting << "iss"
                                          << CheckStatus::Fail << "";
    QTest::newRow("iss not expected") << good << base << "iss" << CheckStatus::Skip << "issuer.example";
    QTest::newRow("iss number") << signRs(with(idClaims(), QStringLiteral("iss"), 5)) << expecting << "iss" << CheckStatus::Fail << "";

    // aud
    QTest::newRow("aud string") << good << expecting << "aud" << CheckStatus::Pass << "";
    QTest::newRow("aud array") << signRs(with(idClaims(), QStringLiteral("aud"), QJsonArray{QStringLiteral("x"), Client})) << expecting
                               << "aud" << CheckStatus::Pass << "";
    QTest::newRow("aud other") << signRs(with(idClaims(), QStringLiteral("aud"), QStringLiteral("client-2"))) << expecting << "aud"
                               << CheckStatus::Fail << "client-2";
    QTest::newRow("aud array without") << signRs(with(idClaims(), QStringLiteral("aud"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}))
                                       << expecting << "aud" << CheckStatus::Fail << "";
    QTest::newRow("aud not expected") << good << base << "aud" << CheckStatus::Skip << Client;
    QTest::newRow("aud number") << signRs(with(idClaims(), QStringLiteral("aud"), 3)) << expecting << "aud" << CheckStatus::Fail << "";
    QTest::newRow("aud mixed array") << signRs(with(idClaims(), QStringLiteral("aud"), QJsonArray{Client, 3})) << expecting << "aud"
                                     << CheckStatus::Fail << "";
    QTest::newRow("aud absent, expected") << signRs(with(idClaims(), QStringLiteral("aud"), QJsonValue::Undefined)) << expecting << "aud"
                                          << CheckStatus::Fail << "";

    // nonce
    QTest::newRow("nonce match") << good << expecting << "nonce" << CheckStatus::Pass << "";
    QTest::newRow("nonce other") << signRs(with(idClaims(), QStringLiteral("nonce"), QStringLiteral("replayed"))) << expecting << "nonce"
                                 << CheckStatus::Fail << "";
    QTest::newRow("nonce absent, expected") << signRs(with(idClaims(), QStringLiteral("nonce"), QJsonValue::Undefined)) << expecting
                                            << "nonce" << CheckStatus::Fail << "";
    QTest::newRow("nonce not expected") << good << base << "nonce" << CheckStatus::Skip << "";

    // azp (OpenID Connect Core §2, §3.1.3.7)
    const QJsonObject twoAudiences = with(idClaims(), QStringLiteral("aud"), QJsonArray{Client, QStringLiteral("other")});
    QTest::newRow("azp missing, several aud") << signRs(twoAudiences) << expecting << "azp" << CheckStatus::Warn << "";
    QTest::newRow("azp is the client") << signRs(with(twoAudiences, QStringLiteral("azp"), Client)) << expecting << "azp" << CheckStatus::Pass << "";
    QTest::newRow("azp other") << signRs(with(twoAudiences, QStringLiteral("azp"), QStringLiteral("other"))) << expecting << "azp"
                               << CheckStatus::Fail << "other";
    QTest::newRow("azp, nothing expected") << signRs(with(idClaims(), QStringLiteral("azp"), Client)) << base << "azp" << CheckStatus::Skip << "";
    QTest::newRow("azp, access token") << signRs(with(accessClaims(), QStringLiteral("azp"), QStringLiteral("other"))) << asAccess << "azp"
                                       << CheckStatus::Skip << "";

    // at_hash and c_hash (OpenID Connect Core §3.1.3.6, §3.3.2.11)
    VerifyOptions hashes = base;
    hashes.accessToken = AccessToken;
    hashes.authorizationCode = Code;
    QTest::newRow("at_hash RS256") << signRs(with(idClaims(), QStringLiteral("at_hash"), AtHashSha256)) << hashes << "at_hash"
                                   << CheckStatus::Pass << "";
    QTest::newRow("at_hash wrong") << signRs(with(idClaims(), QStringLiteral("at_hash"), AtHashSha384)) << hashes << "at_hash"
                                   << CheckStatus::Fail << "";
    QTest::newRow("at_hash other token") << signRs(with(idClaims(), QStringLiteral("at_hash"), CodeHashRs256)) << hashes << "at_hash"
                                         << CheckStatus::Fail << "";
    QTest::newRow("at_hash, no token given") << signRs(with(idClaims(), QStringLiteral("at_hash"), AtHashSha256)) << base << "at_hash"
                                             << CheckStatus::Skip << "";
    QTest::newRow("at_hash absent") << good << hashes << "at_hash" << CheckStatus::Skip << "";
    QTest::newRow("c_hash RS256") << signRs(with(idClaims(), QStringLiteral("c_hash"), CodeHashRs256)) << hashes << "c_hash" << CheckStatus::Pass << "";
    QTest::newRow("c_hash wrong") << signRs(with(idClaims(), QStringLiteral("c_hash"), AtHashSha256)) << hashes << "c_hash" << CheckStatus::Fail << "";
    QTest::newRow("c_hash, no code given") << signRs(with(idClaims(), QStringLiteral("c_hash"), CodeHashRs256)) << base << "c_hash"
                                           << CheckStatus::Skip << "";
    QTest::newRow("c_hash not a string") << signRs(with(idClaims(), QStringLiteral("c_hash"), 1)) << hashes << "c_hash" << CheckStatus::Fail << "";
    VerifyOptions es384 = options({m_es384});
    es384.accessToken = AccessToken;
    QTest::newRow("at_hash ES384") << TestKeys::signCompact(m_es384, {}, with(idClaims(), QStringLiteral("at_hash"), AtHashSha384)) << es384
                                   << "at_hash" << CheckStatus::Pass << "";
    VerifyOptions hs512;
    hs512.keys = KeySet{{keyFromSecret(m_hs512.secret)}, {}};
    hs512.at = At;
    hs512.accessToken = AccessToken;
    TestKeys::KeyPair hs512Anonymous = m_hs512;
    hs512Anonymous.publicJwk.remove(QStringLiteral("kid"));
    QTest::newRow("at_hash HS512") << TestKeys::signCompact(hs512Anonymous, {}, with(idClaims(), QStringLiteral("at_hash"), AtHashSha512))
                                   << hs512 << "at_hash" << CheckStatus::Pass << "";
    VerifyOptions ed25519 = options({m_ed25519});
    ed25519.accessToken = AccessToken;
    QTest::newRow("at_hash Ed25519 (SHA-512)") << TestKeys::signCompact(m_ed25519, {}, with(idClaims(), QStringLiteral("at_hash"), AtHashSha512))
                                               << ed25519 << "at_hash" << CheckStatus::Pass << "";
    VerifyOptions ed448 = options({m_ed448});
    ed448.accessToken = AccessToken;
    QTest::newRow("at_hash Ed448 (SHAKE256)") << TestKeys::signCompact(m_ed448, {}, with(idClaims(), QStringLiteral("at_hash"), AtHashShake256))
                                              << ed448 << "at_hash" << CheckStatus::Pass << "";
}

void TestTokenVerifier::checks()
{
    QFETCH(QString, token);
    QFETCH(VerifyOptions, options);
    QFETCH(QString, check);
    QFETCH(CheckStatus, status);
    QFETCH(QString, detailContains);
    QVERIFY(!token.isEmpty());
    const DecodedToken decoded = decodeToken(token);
    QVERIFY2(decoded.kind == TokenKind::Jws || decoded.kind == TokenKind::Unsecured, qPrintable(tokenKindName(decoded.kind)));
    const VerifyReport report = verifyToken(decoded, options);
    const Check *found = report.find(check);
    QVERIFY2(found, qPrintable(check));
    QVERIFY2(found->status == status, qPrintable(checkStatusName(found->status) + u": " + found->detail));
    QVERIFY2(found->detail.contains(detailContains), qPrintable(found->detail));
    QVERIFY(!found->detail.isEmpty());
    QVERIFY(!found->detail.contains(u'\n'));
    QCOMPARE(report.valid(), std::none_of(report.checks.cbegin(), report.checks.cend(), [](const Check &c) { return c.status == CheckStatus::Fail; }));
    if (status == CheckStatus::Fail)
        QVERIFY(!report.valid());
}

void TestTokenVerifier::algorithms_data()
{
    QTest::addColumn<int>("which");
    for (int i = 0; i < 9; ++i)
        QTest::newRow(qPrintable(QString::number(i))) << i;
}

void TestTokenVerifier::algorithms()
{
    // Every family verifies with its key and fails with another key of the same family.
    QFETCH(int, which);
    const QList<std::pair<TestKeys::KeyPair, Algorithm>> pairs = {
        {m_rs256, Algorithm::RS256}, {m_ps256, Algorithm::PS256}, {m_es256, Algorithm::ES256}, {m_es384, Algorithm::ES384},
        {m_ed25519, Algorithm::EdDSA}, {m_ed448, Algorithm::EdDSA}, {m_hs256, Algorithm::HS256}, {m_hs512, Algorithm::HS512},
        {m_rs1024, Algorithm::RS256},
    };
    const TestKeys::KeyPair &key = pairs[which].first;
    const DecodedToken token = decodeToken(TestKeys::signCompact(key, {}, idClaims()));
    QCOMPARE(token.algorithm(), algorithmName(pairs[which].second));
    const VerifyReport good = verifyToken(token, options({key}));
    QVERIFY2(good.find(u"signature")->status == CheckStatus::Pass, qPrintable(good.find(u"signature")->detail));
    QVERIFY(good.valid());

    TestKeys::KeyPair other = TestKeys::generate(key.algorithm, key.publicJwk.value(QStringLiteral("kid")).toString(), which == 8 ? 1024 : 2048,
                                                 which == 5);
    const VerifyReport bad = verifyToken(token, options({other}));
    QCOMPARE(bad.find(u"signature")->status, CheckStatus::Fail);
    QVERIFY(!bad.valid());
}

void TestTokenVerifier::roleGuess_data()
{
    QTest::addColumn<QJsonObject>("header");
    QTest::addColumn<QJsonObject>("claims");
    QTest::addColumn<CheckStatus>("typStatus"); // Pass: ID token, Warn: access token, Skip: unknown (no typ)

    const QJsonObject none;
    const QJsonObject sub = {{QStringLiteral("sub"), QStringLiteral("x")}};
    QTest::newRow("nonce -> ID") << none << with(sub, QStringLiteral("nonce"), QStringLiteral("n")) << CheckStatus::Pass;
    QTest::newRow("at_hash -> ID") << none << with(sub, QStringLiteral("at_hash"), QStringLiteral("h")) << CheckStatus::Pass;
    QTest::newRow("c_hash -> ID") << none << with(sub, QStringLiteral("c_hash"), QStringLiteral("h")) << CheckStatus::Pass;
    QTest::newRow("azp -> ID") << none << with(sub, QStringLiteral("azp"), QStringLiteral("c")) << CheckStatus::Pass;
    QTest::newRow("client_id + scope -> access") << none << with(with(sub, QStringLiteral("client_id"), QStringLiteral("c")), QStringLiteral("scope"), QStringLiteral("s"))
                                                 << CheckStatus::Warn;
    QTest::newRow("client_id alone -> unknown") << none << with(sub, QStringLiteral("client_id"), QStringLiteral("c")) << CheckStatus::Skip;
    QTest::newRow("typ at+jwt -> access") << QJsonObject{{QStringLiteral("typ"), QStringLiteral("at+jwt")}}
                                          << with(sub, QStringLiteral("nonce"), QStringLiteral("n")) << CheckStatus::Pass;
    QTest::newRow("cognito token_use") << none << with(sub, QStringLiteral("token_use"), QStringLiteral("access")) << CheckStatus::Warn;
    QTest::newRow("nothing -> unknown") << none << sub << CheckStatus::Skip;
}

void TestTokenVerifier::roleGuess()
{
    QFETCH(QJsonObject, header);
    QFETCH(QJsonObject, claims);
    QFETCH(CheckStatus, typStatus);
    const VerifyReport report = verifyToken(decodeToken(signRs(claims, header)), options({}));
    QVERIFY2(report.find(u"typ")->status == typStatus, qPrintable(report.find(u"typ")->detail));
}

void TestTokenVerifier::jwe()
{
    // RFC 7516 Appendix A.3.
    const QString token = QStringLiteral(
        "eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ."
        "AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ");
    const VerifyReport report = verifyToken(decodeToken(token), options({m_rs256}));
    QCOMPARE(report.find(u"alg")->status, CheckStatus::Pass);
    QVERIFY(report.find(u"alg")->detail.contains(QStringLiteral("A128CBC-HS256")));
    QCOMPARE(report.find(u"crit")->status, CheckStatus::Pass);
    for (const char *name : {"signature", "key", "exp", "nbf", "iat", "iss", "aud", "nonce", "azp", "at_hash", "c_hash"}) {
        const Check *check = report.find(QString::fromLatin1(name));
        QVERIFY2(check && check->status == CheckStatus::Skip, name);
    }
    QVERIFY(report.find(u"exp")->detail.contains(QStringLiteral("encrypted")));
    QVERIFY(report.valid());

    const QString rsa15 = b64(R"({"alg":"RSA1_5","enc":"A128GCM"})") + u".AAAA.AAAA.AAAA.AAAA";
    QCOMPARE(verifyToken(decodeToken(rsa15), options({})).find(u"alg")->status, CheckStatus::Warn);
    const QString unknown = b64(R"({"alg":"XYZ","enc":"A128GCM"})") + u".AAAA.AAAA.AAAA.AAAA";
    QCOMPARE(verifyToken(decodeToken(unknown), options({})).find(u"alg")->status, CheckStatus::Fail);
}

void TestTokenVerifier::payloadNotJson()
{
    const DecodedToken token = decodeToken(TestKeys::signCompactRaw(m_rs256, {}, "plain bytes, not JSON"));
    QCOMPARE(token.kind, TokenKind::Jws);
    QVERIFY(!token.payloadIsJson());
    const VerifyReport report = verifyToken(token, options({m_rs256}));
    QCOMPARE(report.find(u"signature")->status, CheckStatus::Pass);
    QCOMPARE(report.find(u"exp")->status, CheckStatus::Skip);
    QVERIFY(report.find(u"exp")->detail.contains(QStringLiteral("not JSON")));
    QCOMPARE(report.find(u"c_hash")->status, CheckStatus::Skip);
    QVERIFY(report.valid());

    const VerifyReport wrongKey = verifyToken(token, options({m_rs256b}));
    QVERIFY(!wrongKey.valid());
}

void TestTokenVerifier::opaqueAndMalformed()
{
    for (const QString &input : {QStringLiteral("2YotnFZFEjr1zCsicMWpAA"), QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30"), QStringLiteral("not a token!")}) {
        const VerifyReport report = verifyToken(decodeToken(input), options({m_rs256}));
        QCOMPARE(report.checks.size(), 1);
        QCOMPARE(report.checks.first().name, QStringLiteral("format"));
        QCOMPARE(report.checks.first().status, CheckStatus::Fail);
        QVERIFY(!report.checks.first().detail.isEmpty());
        QVERIFY(!report.valid());
    }
    QVERIFY(verifyToken(decodeToken(QStringLiteral("2YotnFZFEjr1zCsicMWpAA")), options({})).checks.first().detail.contains(QStringLiteral("opaque")));
}

void TestTokenVerifier::deterministic()
{
    const DecodedToken token = decodeToken(signRs(idClaims()));
    VerifyOptions o = options({m_rs256, m_es256});
    const VerifyReport a = verifyToken(token, o);
    const VerifyReport b = verifyToken(token, o);
    QCOMPARE(a.checks.size(), b.checks.size());
    for (qsizetype i = 0; i < a.checks.size(); ++i) {
        QCOMPARE(a.checks[i].status, b.checks[i].status);
        QCOMPARE(a.checks[i].detail, b.checks[i].detail);
    }
    // A later instant changes the verdict: exp is judged at options.at.
    o.at = At.addSecs(3600);
    QCOMPARE(verifyToken(token, o).find(u"exp")->status, CheckStatus::Fail);
}

void TestTokenVerifier::names()
{
    QCOMPARE(checkStatusName(CheckStatus::Pass), QStringLiteral("pass"));
    QCOMPARE(checkStatusName(CheckStatus::Fail), QStringLiteral("fail"));
    QCOMPARE(checkStatusName(CheckStatus::Warn), QStringLiteral("warn"));
    QCOMPARE(checkStatusName(CheckStatus::Skip), QStringLiteral("skip"));
    VerifyReport report;
    QVERIFY(report.valid());
    QVERIFY(!report.find(u"alg"));
    report.checks.append({QStringLiteral("alg"), CheckStatus::Warn, QStringLiteral("w")});
    QVERIFY(report.valid());
    report.checks.append({QStringLiteral("exp"), CheckStatus::Fail, QStringLiteral("f")});
    QVERIFY(!report.valid());
    QCOMPARE(report.find(u"exp")->detail, QStringLiteral("f"));
}

QTEST_GUILESS_MAIN(TestTokenVerifier)
#include "tst_tokenverifier.moc"
