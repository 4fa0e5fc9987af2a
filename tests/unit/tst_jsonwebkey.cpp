// SPDX-License-Identifier: GPL-3.0-or-later
#include "englishcatalogue.h"
#include "jose/jsonwebkey.h"
#include "josetestutil.h"
#include "testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace Jose;
using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray encodeKey(EVP_PKEY *key, int selection, const char *format, const char *structure)
{
    OSSL_ENCODER_CTX *ctx = OSSL_ENCODER_CTX_new_for_pkey(key, selection, format, structure, nullptr);
    unsigned char *data = nullptr;
    size_t length = 0;
    QByteArray out;
    if (ctx && OSSL_ENCODER_to_data(ctx, &data, &length) == 1)
        out = QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(length));
    OPENSSL_free(data);
    OSSL_ENCODER_CTX_free(ctx);
    return out;
}

QByteArray certificateDer(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    unsigned char *der = nullptr;
    const int length = certificate ? i2d_X509(certificate, &der) : 0;
    QByteArray out(reinterpret_cast<const char *>(der), qMax(length, 0));
    OPENSSL_free(der);
    X509_free(certificate);
    return out;
}

const JsonWebKey &onlyKey(const KeyLoadResult &result)
{
    static const JsonWebKey none;
    return result.keySet.keys.size() == 1 ? result.keySet.keys.constFirst() : none;
}

// RFC 7518 §6.2.1: the RFC 7520 §3.1 P-521 public key.
QJsonObject cookbookEcKey()
{
    return JoseTest::readJsonFile(u"rfc7520-cookbook/jwk/3_1.ec_public_key.json"_s);
}

} // namespace

class TestJsonWebKey final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installEnglishCatalogue(this)); }
    void jwkOfEveryType_data();
    void jwkOfEveryType();
    void pemFormats_data();
    void pemFormats();
    void certificateDerLoads();
    void encryptedPrivateKeyRefused();
    void privateJwkKeepsPublicHalf();
    void rfc7638Thumbprints();
    void rfc7520Keys();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsBadJwk_data();
    void rejectsBadJwk();
    void jwksSkipsBadKeyWithWarning();
    void jwksDropsSecretsMixedWithPublicKeys();
    void jwksNothingUsable();
    void rsa1024LoadsWithBits();
    void rocaKeyRefused();
    void x5cIgnored();
    void keyFits_data();
    void keyFits();
    void selectByKid();
    void selectFallsBackWithoutKidMatch();
    void selectDuplicateKidIsAmbiguous();
    void selectNeverChoosesEncryptionKeys();
    void selectRefusesKidKeyThatDoesNotFit();
    void selectRefusesNoneAndUnknown();
    void describeAndPublicJwk();
};

void TestJsonWebKey::jwkOfEveryType_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("ed448");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<int>("bits");
    QTest::newRow("RSA") << int(Algorithm::RS256) << false << int(KeyType::Rsa) << QString() << 2048;
    QTest::newRow("P-256") << int(Algorithm::ES256) << false << int(KeyType::Ec) << u"P-256"_s << 256;
    QTest::newRow("P-384") << int(Algorithm::ES384) << false << int(KeyType::Ec) << u"P-384"_s << 384;
    QTest::newRow("P-521") << int(Algorithm::ES512) << false << int(KeyType::Ec) << u"P-521"_s << 521;
    QTest::newRow("Ed25519") << int(Algorithm::EdDSA) << false << int(KeyType::Okp) << u"Ed25519"_s << 256;
    QTest::newRow("Ed448") << int(Algorithm::EdDSA) << true << int(KeyType::Okp) << u"Ed448"_s << 456;
    QTest::newRow("oct") << int(Algorithm::HS256) << false << int(KeyType::Oct) << QString() << 512;
}

void TestJsonWebKey::jwkOfEveryType()
{
    QFETCH(int, algorithm);
    QFETCH(bool, ed448);
    QFETCH(int, type);
    QFETCH(QString, curve);
    QFETCH(int, bits);
    const TestKeys::KeyPair pair = TestKeys::generate(Algorithm(algorithm), u"k1"_s, 2048, ed448);
    const KeyLoadResult result = loadKeys(json(pair.publicJwk));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const JsonWebKey &key = onlyKey(result);
    QCOMPARE(int(key.type), type);
    QCOMPARE(key.curve, curve);
    QCOMPARE(key.bits, bits);
    QCOMPARE(key.kid, u"k1"_s);
    QCOMPARE(key.alg, algorithmName(Algorithm(algorithm)));
    QCOMPARE(key.use, u"sig"_s);
    QCOMPARE(key.origin, u"jwk"_s);
    QVERIFY(!key.isNull());
    if (key.type == KeyType::Oct) {
        QCOMPARE(key.secret, pair.secret);
        QVERIFY(key.thumbprint.isEmpty());
    } else {
        QCOMPARE(key.thumbprint.size(), 43); // base64url of 32 bytes
        // The same key read from its PEM has the same thumbprint.
        const KeyLoadResult pem = loadKeys(pair.publicPem);
        QVERIFY2(pem.ok(), qPrintable(pem.error));
        QCOMPARE(onlyKey(pem).thumbprint, key.thumbprint);
        QCOMPARE(onlyKey(pem).origin, u"pem"_s);
    }
    // Wrapped in a JWKS.
    const KeyLoadResult set = loadKeys(TestKeys::jwks({pair}));
    QVERIFY(set.ok());
    QCOMPARE(set.keySet.keys.size(), 1);
    QCOMPARE(set.keySet.keys.constFirst().origin, u"jwks"_s);
    QVERIFY(set.keySet.warnings.isEmpty());
}

void TestJsonWebKey::pemFormats_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QString>("format");
    for (const auto &[alg, name] : {std::pair{Algorithm::RS256, "RSA"}, {Algorithm::ES256, "EC"}, {Algorithm::EdDSA, "Ed25519"}}) {
        for (const char *format : {"spki", "certificate", "private"})
            QTest::newRow(qPrintable(QString::fromLatin1(name) + u' ' + QLatin1String(format))) << int(alg) << QString::fromLatin1(format);
    }
    QTest::newRow("RSA pkcs1") << int(Algorithm::RS256) << u"pkcs1"_s;
    QTest::newRow("RSA pkcs1 private") << int(Algorithm::RS256) << u"pkcs1-private"_s;
    QTest::newRow("EC sec1 private") << int(Algorithm::ES384) << u"sec1-private"_s;
}

void TestJsonWebKey::pemFormats()
{
    QFETCH(int, algorithm);
    QFETCH(QString, format);
    const TestKeys::KeyPair pair = TestKeys::generate(Algorithm(algorithm));
    QByteArray input;
    QString origin = u"pem"_s;
    if (format == u"spki")
        input = pair.publicPem;
    else if (format == u"certificate") {
        input = pair.certificatePem;
        origin = u"certificate"_s;
    } else if (format == u"private")
        input = encodeKey(pair.privateKey.get(), EVP_PKEY_KEYPAIR, "PEM", "PrivateKeyInfo");
    else if (format == u"pkcs1")
        input = encodeKey(pair.privateKey.get(), EVP_PKEY_PUBLIC_KEY, "PEM", "type-specific");
    else
        input = encodeKey(pair.privateKey.get(), EVP_PKEY_KEYPAIR, "PEM", "type-specific");
    QVERIFY(!input.isEmpty());
    if (format == u"pkcs1")
        QVERIFY(input.startsWith("-----BEGIN RSA PUBLIC KEY-----"));
    const KeyLoadResult result = loadKeys(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const JsonWebKey &key = onlyKey(result);
    QCOMPARE(key.origin, origin);
    // The public half only, identical to the JWK of the key.
    QCOMPARE(publicJwk(key).value(u"kty"_s), pair.publicJwk.value(u"kty"_s));
    for (const char *member : {"n", "e", "x", "y", "crv"})
        QCOMPARE(publicJwk(key).value(QLatin1String(member)), pair.publicJwk.value(QLatin1String(member)));
    QVERIFY(EVP_PKEY_get_bn_param(key.publicKey.get(), "priv", nullptr) != 1);
    size_t rawLength = 0;
    QVERIFY(EVP_PKEY_get_raw_private_key(key.publicKey.get(), nullptr, &rawLength) != 1);
}

void TestJsonWebKey::certificateDerLoads()
{
    const TestKeys::KeyPair pair = TestKeys::generate(Algorithm::ES512);
    const QByteArray der = certificateDer(pair.certificatePem);
    QVERIFY(!der.isEmpty());
    const KeyLoadResult result = loadKeys(der);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(onlyKey(result).origin, u"certificate"_s);
    QCOMPARE(onlyKey(result).curve, u"P-521"_s);
    // DER SubjectPublicKeyInfo too.
    const KeyLoadResult spki = loadKeys(encodeKey(pair.privateKey.get(), EVP_PKEY_PUBLIC_KEY, "DER", "SubjectPublicKeyInfo"));
    QVERIFY2(spki.ok(), qPrintable(spki.error));
    QCOMPARE(onlyKey(spki).thumbprint, onlyKey(result).thumbprint);
    // A truncated DER certificate is not recognised.
    QVERIFY(!loadKeys(der.left(der.size() / 2)).ok());
}

void TestJsonWebKey::encryptedPrivateKeyRefused()
{
    const TestKeys::KeyPair pair = TestKeys::generate(Algorithm::ES256);
    BIO *bio = BIO_new(BIO_s_mem());
    static const char pass[] = "secret";
    QVERIFY(PEM_write_bio_PKCS8PrivateKey(bio, pair.privateKey.get(), EVP_aes_256_cbc(), pass, 6, nullptr, nullptr) == 1);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, length);
    BIO_free(bio);
    QVERIFY(pem.contains("ENCRYPTED PRIVATE KEY"));
    const KeyLoadResult result = loadKeys(pem);
    QVERIFY(!result.ok());
    QVERIFY(result.keySet.keys.isEmpty());
    QVERIFY(result.error.contains(u"encrypted"_s));
}

void TestJsonWebKey::privateJwkKeepsPublicHalf()
{
    const QJsonObject jwk = JoseTest::readJsonFile(u"rfc7520-cookbook/jwk/3_2.ec_private_key.json"_s);
    QVERIFY(jwk.contains(u"d"_s));
    const KeyLoadResult result = loadKeys(json(jwk));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(!publicJwk(onlyKey(result)).contains(u"d"_s));
    // Same thumbprint as the public key of RFC 7520 §3.1.
    QCOMPARE(onlyKey(result).thumbprint, onlyKey(loadKeys(json(cookbookEcKey()))).thumbprint);
}

void TestJsonWebKey::rfc7638Thumbprints()
{
    // RFC 7638 §3.1.
    const QJsonObject rsa{
        {u"kty"_s, u"RSA"_s},
        {u"n"_s, u"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"_s},
        {u"e"_s, u"AQAB"_s},
        {u"alg"_s, u"RS256"_s},
        {u"kid"_s, u"2011-04-29"_s}};
    QCOMPARE(onlyKey(keyFromJwk(rsa)).thumbprint, u"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"_s);
    // RFC 8037 Appendix A.3.
    const QJsonObject ed{{u"kty"_s, u"OKP"_s}, {u"crv"_s, u"Ed25519"_s}, {u"x"_s, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s}};
    QCOMPARE(onlyKey(keyFromJwk(ed)).thumbprint, u"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"_s);
}

void TestJsonWebKey::rfc7520Keys()
{
    const KeyLoadResult ec = loadKeys(json(cookbookEcKey()));
    QVERIFY2(ec.ok(), qPrintable(ec.error));
    QCOMPARE(onlyKey(ec).curve, u"P-521"_s);
    QCOMPARE(onlyKey(ec).kid, u"bilbo.baggins@hobbiton.example"_s);
    const KeyLoadResult rsa = loadKeys(json(JoseTest::readJsonFile(u"rfc7520-cookbook/jwk/3_3.rsa_public_key.json"_s)));
    QVERIFY2(rsa.ok(), qPrintable(rsa.error));
    QCOMPARE(onlyKey(rsa).bits, 2048);
    QCOMPARE(onlyKey(rsa).type, KeyType::Rsa);
}

void TestJsonWebKey::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("input");
    const TestKeys::KeyPair rsa = TestKeys::generate(Algorithm::RS256);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace") << QByteArray(" \n\t ");
    QTest::newRow("garbage") << QByteArray("hello, world");
    QTest::newRow("binary garbage") << QByteArray("\x30\x82\xff\xff\x00\x01", 6);
    QTest::newRow("truncated PEM") << rsa.publicPem.left(rsa.publicPem.size() / 2);
    QTest::newRow("PEM begin only") << QByteArray("-----BEGIN PUBLIC KEY-----\n");
    QTest::newRow("PEM broken label") << QByteArray("-----BEGIN PUBLIC KEY");
    QTest::newRow("PEM corrupt body") << QByteArray(rsa.publicPem).replace(70, 8, "!!!!!!!!");
    QTest::newRow("PEM truncated body") << QByteArray(rsa.publicPem).remove(100, 64);
    QTest::newRow("PEM other block") << QByteArray("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n");
    QTest::newRow("invalid JSON") << QByteArray("{\"keys\": [");
    QTest::newRow("JSON array") << QByteArray("[]");
    QTest::newRow("JSON object without kty or keys") << QByteArray("{\"n\":\"AQAB\"}");
    QTest::newRow("keys not an array") << QByteArray("{\"keys\": {\"kty\":\"oct\",\"k\":\"AAAA\"}}");
    QTest::newRow("keys a string") << QByteArray("{\"keys\": \"nope\"}");
    QTest::newRow("keys empty") << QByteArray("{\"keys\": []}");
    QTest::newRow("keys of junk") << QByteArray("{\"keys\": [1, \"two\", null, [], {}]}");
    QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']');
    QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, ' ') + "{}";
}

void TestJsonWebKey::rejectsBadInput()
{
    QFETCH(QByteArray, input);
    const KeyLoadResult result = loadKeys(input);
    QVERIFY(!result.ok());
    QVERIFY(result.keySet.keys.isEmpty());
    QVERIFY(!result.error.isEmpty());
}

void TestJsonWebKey::rejectsBadJwk_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    const QJsonObject ec = cookbookEcKey();
    const QJsonObject rsa = JoseTest::readJsonFile(u"rfc7520-cookbook/jwk/3_3.rsa_public_key.json"_s);
    const auto with = [](QJsonObject o, const QString &k, const QJsonValue &v) { o.insert(k, v); return o; };
    const auto without = [](QJsonObject o, const QString &k) { o.remove(k); return o; };
    QVERIFY(!ec.isEmpty() && !rsa.isEmpty());
    const QString x = ec.value(u"x"_s).toString();
    const QString y = ec.value(u"y"_s).toString();
    QString yChanged = y;
    yChanged[10] = yChanged[10] == u'A' ? u'B' : u'A';

    QTest::newRow("no kty") << without(ec, u"kty"_s);
    QTest::newRow("kty not a string") << with(ec, u"kty"_s, 3);
    QTest::newRow("unknown kty") << with(ec, u"kty"_s, u"DSA"_s);
    QTest::newRow("EC missing x") << without(ec, u"x"_s);
    QTest::newRow("EC missing y") << without(ec, u"y"_s);
    QTest::newRow("EC missing crv") << without(ec, u"crv"_s);
    QTest::newRow("EC empty x") << with(ec, u"x"_s, QString());
    QTest::newRow("EC x not a string") << with(ec, u"x"_s, 12);
    QTest::newRow("EC x not base64url") << with(ec, u"x"_s, QString(x.left(10) + u'+' + x.mid(11)));
    QTest::newRow("EC point not on curve") << with(ec, u"y"_s, yChanged);
    QTest::newRow("EC wrong curve for size") << with(ec, u"crv"_s, u"P-384"_s);
    QTest::newRow("EC unknown curve") << with(ec, u"crv"_s, u"secp256k1"_s);
    QTest::newRow("EC x too short") << with(ec, u"x"_s, x.mid(4));
    QTest::newRow("RSA missing n") << without(rsa, u"n"_s);
    QTest::newRow("RSA missing e") << without(rsa, u"e"_s);
    QTest::newRow("RSA empty n") << with(rsa, u"n"_s, QString());
    QTest::newRow("RSA e = 1") << with(rsa, u"e"_s, u"AQ"_s);
    QTest::newRow("RSA e even") << with(rsa, u"e"_s, u"AQAA"_s);
    QTest::newRow("RSA huge n") << with(rsa, u"n"_s, QString::fromLatin1(JoseTest::b64(QByteArray(3000, '\x7f'))));
    QTest::newRow("RSA tiny n") << with(rsa, u"n"_s, u"AQAB"_s);
    QTest::newRow("RSA even n") << with(rsa, u"n"_s, QString::fromLatin1(JoseTest::b64(QByteArray(256, '\xc2'))));
    QTest::newRow("RSA huge e") << with(rsa, u"e"_s, QString::fromLatin1(JoseTest::b64(QByteArray(64, '\x01'))));
    QTest::newRow("OKP X25519") << QJsonObject{{u"kty"_s, u"OKP"_s}, {u"crv"_s, u"X25519"_s}, {u"x"_s, u"hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo"_s}};
    QTest::newRow("OKP wrong size") << QJsonObject{{u"kty"_s, u"OKP"_s}, {u"crv"_s, u"Ed25519"_s}, {u"x"_s, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcH"_s}};
    QTest::newRow("OKP no crv") << QJsonObject{{u"kty"_s, u"OKP"_s}, {u"x"_s, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s}};
    QTest::newRow("oct empty k") << QJsonObject{{u"kty"_s, u"oct"_s}, {u"k"_s, u""_s}};
    QTest::newRow("oct missing k") << QJsonObject{{u"kty"_s, u"oct"_s}};
    QTest::newRow("oct padded garbage") << QJsonObject{{u"kty"_s, u"oct"_s}, {u"k"_s, u"A==="_s}};
}

void TestJsonWebKey::rejectsBadJwk()
{
    QFETCH(QJsonObject, jwk);
    const KeyLoadResult direct = keyFromJwk(jwk);
    QVERIFY(!direct.ok());
    QVERIFY(direct.keySet.keys.isEmpty());
    const KeyLoadResult loaded = loadKeys(json(jwk));
    QVERIFY(!loaded.ok());
    // In a JWKS next to a good key: skipped with one warning.
    const TestKeys::KeyPair good = TestKeys::generate(Algorithm::ES256);
    const QByteArray set = json(QJsonObject{{u"keys"_s, QJsonArray{good.publicJwk, jwk}}});
    const KeyLoadResult mixed = loadKeys(set);
    QVERIFY2(mixed.ok(), qPrintable(mixed.error));
    QCOMPARE(mixed.keySet.keys.size(), 1);
    QCOMPARE(mixed.keySet.warnings.size(), 1);
}

void TestJsonWebKey::jwksSkipsBadKeyWithWarning()
{
    const TestKeys::KeyPair good = TestKeys::generate(Algorithm::RS256, u"good"_s);
    QJsonObject bad = good.publicJwk;
    bad.insert(u"kid"_s, u"bad"_s);
    bad.remove(u"n"_s);
    const KeyLoadResult result = loadKeys(TestKeys::jwks({good}).replace("]}", QByteArray("," + json(bad) + "]}")));
    QVERIFY(result.ok());
    QCOMPARE(result.keySet.keys.size(), 1);
    QCOMPARE(result.keySet.keys.constFirst().kid, u"good"_s);
    QCOMPARE(result.keySet.warnings.size(), 1);
    QVERIFY(result.keySet.warnings.constFirst().contains(u"bad"_s));
}

void TestJsonWebKey::jwksDropsSecretsMixedWithPublicKeys()
{
    const TestKeys::KeyPair hmac = TestKeys::generate(Algorithm::HS256, u"secret"_s);
    const TestKeys::KeyPair ec = TestKeys::generate(Algorithm::ES256, u"public"_s);
    const KeyLoadResult result = loadKeys(TestKeys::jwks({hmac, ec}));
    QVERIFY(result.ok());
    QCOMPARE(result.keySet.keys.size(), 1);
    QCOMPARE(result.keySet.keys.constFirst().kid, u"public"_s);
    QCOMPARE(result.keySet.warnings.size(), 1);
    // Secrets alone stay (a set of shared secrets is legitimate).
    const KeyLoadResult secrets = loadKeys(TestKeys::jwks({hmac, TestKeys::generate(Algorithm::HS384)}));
    QCOMPARE(secrets.keySet.keys.size(), 2);
}

void TestJsonWebKey::jwksNothingUsable()
{
    const KeyLoadResult result = loadKeys("{\"keys\":[{\"kty\":\"RSA\"},{\"kty\":\"EC\",\"crv\":\"P-256\"}]}");
    QVERIFY(!result.ok());
    QCOMPARE(result.keySet.warnings.size(), 2);
}

void TestJsonWebKey::rsa1024LoadsWithBits()
{
    const TestKeys::KeyPair small = TestKeys::generate(Algorithm::RS256, {}, 1024);
    for (const QByteArray &input : {json(small.publicJwk), small.publicPem, small.certificatePem}) {
        const KeyLoadResult result = loadKeys(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(onlyKey(result).bits, 1024);
    }
}

void TestJsonWebKey::rocaKeyRefused()
{
    // Wycheproof json_web_key_test.json, group "jws_rsa_roca_key".
    QJsonObject roca;
    const QJsonObject root = JoseTest::readJsonFile(u"wycheproof/json_web_key_test.json"_s);
    for (const QJsonValue &group : root.value(u"testGroups"_s).toArray()) {
        if (group.toObject().value(u"comment"_s).toString() == u"jws_rsa_roca_key")
            roca = group.toObject().value(u"public"_s).toObject().value(u"keys"_s).toArray().first().toObject();
    }
    QVERIFY(roca.contains(u"n"_s));
    const KeyLoadResult result = keyFromJwk(roca);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"ROCA"_s), qPrintable(result.error));
    // The same modulus with one low byte changed no longer has the fingerprint.
    QByteArray n = JoseTest::unb64(roca.value(u"n"_s).toString().toLatin1()).value_or(QByteArray());
    QVERIFY(!n.isEmpty());
    n[n.size() - 2] = char(n.at(n.size() - 2) ^ 0x40);
    roca.insert(u"n"_s, QString::fromLatin1(JoseTest::b64(n)));
    QVERIFY2(keyFromJwk(roca).ok(), qPrintable(keyFromJwk(roca).error));
}

void TestJsonWebKey::x5cIgnored()
{
    QJsonObject jwk = TestKeys::generate(Algorithm::ES256).publicJwk;
    jwk.insert(u"x5c"_s, QJsonArray{u"not base64 at all!"_s, 42, QJsonObject{}});
    jwk.insert(u"x5t"_s, 1);
    QVERIFY(loadKeys(json(jwk)).ok());
    jwk.insert(u"x5c"_s, u"a string"_s);
    QVERIFY(loadKeys(json(jwk)).ok());
    // Duplicate members: whatever Qt keeps, nothing crashes and the result is consistent.
    const KeyLoadResult duplicate = loadKeys("{\"kty\":\"oct\",\"k\":\"AAAA\",\"k\":\"\"}");
    QCOMPARE(duplicate.ok(), !duplicate.keySet.keys.isEmpty());
}

void TestJsonWebKey::keyFits_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<QString>("reason");

    const QJsonObject rsa = TestKeys::generate(Algorithm::RS256).publicJwk;
    const QJsonObject p256 = TestKeys::generate(Algorithm::ES256).publicJwk;
    const QJsonObject p384 = TestKeys::generate(Algorithm::ES384).publicJwk;
    const QJsonObject ed = TestKeys::generate(Algorithm::EdDSA).publicJwk;
    const QJsonObject oct = TestKeys::generate(Algorithm::HS256).publicJwk;
    const auto with = [](QJsonObject o, const QString &k, const QJsonValue &v) { o.insert(k, v); return o; };
    const auto without = [](QJsonObject o, const QString &k) { o.remove(k); return o; };

    QTest::newRow("RS256 + RSA") << rsa << int(Algorithm::RS256) << true << QString();
    QTest::newRow("PS256 + RSA without alg") << without(rsa, u"alg"_s) << int(Algorithm::PS256) << true << QString();
    QTest::newRow("PS256 + RSA alg RS256") << rsa << int(Algorithm::PS256) << false << u"RS256"_s;
    QTest::newRow("RS384 + RSA alg RS256") << rsa << int(Algorithm::RS384) << false << u"RS256"_s;
    QTest::newRow("HS256 + RSA (confusion)") << without(rsa, u"alg"_s) << int(Algorithm::HS256) << false << u"confusion"_s;
    QTest::newRow("HS256 + EC (confusion)") << without(p256, u"alg"_s) << int(Algorithm::HS256) << false << u"confusion"_s;
    QTest::newRow("HS512 + OKP (confusion)") << without(ed, u"alg"_s) << int(Algorithm::HS512) << false << u"confusion"_s;
    QTest::newRow("ES256 + P-256") << p256 << int(Algorithm::ES256) << true << QString();
    QTest::newRow("ES256 + P-384") << without(p384, u"alg"_s) << int(Algorithm::ES256) << false << u"P-384"_s;
    QTest::newRow("ES384 + P-256") << without(p256, u"alg"_s) << int(Algorithm::ES384) << false << u"P-256"_s;
    QTest::newRow("ES256 + RSA") << without(rsa, u"alg"_s) << int(Algorithm::ES256) << false << u"EC"_s;
    QTest::newRow("EdDSA + Ed25519") << ed << int(Algorithm::EdDSA) << true << QString();
    QTest::newRow("EdDSA + EC") << without(p256, u"alg"_s) << int(Algorithm::EdDSA) << false << u"OKP"_s;
    QTest::newRow("HS256 + oct") << oct << int(Algorithm::HS256) << true << QString();
    QTest::newRow("HS512 + 64-byte oct without alg") << without(oct, u"alg"_s) << int(Algorithm::HS512) << true << QString();
    QTest::newRow("HS256 + short oct") << QJsonObject{{u"kty"_s, u"oct"_s}, {u"k"_s, u"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg"_s}}
                                       << int(Algorithm::HS256) << false << u"31"_s;
    QTest::newRow("RS256 + oct") << without(oct, u"alg"_s) << int(Algorithm::RS256) << false << u"RSA"_s;
    QTest::newRow("use enc") << with(p256, u"use"_s, u"enc"_s) << int(Algorithm::ES256) << false << u"enc"_s;
    QTest::newRow("key_ops encrypt") << with(p256, u"key_ops"_s, QJsonArray{u"encrypt"_s}) << int(Algorithm::ES256) << false << u"verify"_s;
    QTest::newRow("key_ops verify") << with(p256, u"key_ops"_s, QJsonArray{u"verify"_s}) << int(Algorithm::ES256) << true << QString();
    QTest::newRow("key alg unknown") << with(p256, u"alg"_s, u"ES224"_s) << int(Algorithm::ES256) << false << u"ES224"_s;
    QTest::newRow("key alg lower case") << with(p256, u"alg"_s, u"es256"_s) << int(Algorithm::ES256) << false << u"es256"_s;
    QTest::newRow("none") << p256 << int(Algorithm::None) << false << u"none"_s;
}

void TestJsonWebKey::keyFits()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(int, algorithm);
    QFETCH(bool, fits);
    QFETCH(QString, reason);
    const KeyLoadResult loaded = keyFromJwk(jwk);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QString why;
    QCOMPARE(keyFitsAlgorithm(onlyKey(loaded), Algorithm(algorithm), &why), fits);
    if (fits)
        QVERIFY(why.isEmpty());
    else
        QVERIFY2(why.contains(reason), qPrintable(why));
    QCOMPARE(keyFitsAlgorithm(onlyKey(loaded), Algorithm(algorithm)), fits); // why may be null
}

void TestJsonWebKey::selectByKid()
{
    const TestKeys::KeyPair a = TestKeys::generate(Algorithm::ES256, u"a"_s);
    const TestKeys::KeyPair b = TestKeys::generate(Algorithm::ES256, u"b"_s);
    const KeySet set = loadKeys(TestKeys::jwks({a, b})).keySet;
    const KeySelection byKid = selectKeys(set, QJsonObject{{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"b"_s}});
    QVERIFY(byKid.matchedByKid);
    QCOMPARE(byKid.candidates.size(), 1);
    QCOMPARE(byKid.candidates.constFirst().kid, u"b"_s);
    QVERIFY(!byKid.note.isEmpty());
    const KeySelection noKid = selectKeys(set, QJsonObject{{u"alg"_s, u"ES256"_s}});
    QVERIFY(!noKid.matchedByKid);
    QCOMPARE(noKid.candidates.size(), 2);
    // Keys whose alg does not fit the header are never candidates.
    QCOMPARE(selectKeys(set, QJsonObject{{u"alg"_s, u"ES384"_s}}).candidates.size(), 0);
}

void TestJsonWebKey::selectFallsBackWithoutKidMatch()
{
    const TestKeys::KeyPair a = TestKeys::generate(Algorithm::RS256, u"a"_s);
    const TestKeys::KeyPair e = TestKeys::generate(Algorithm::ES256, u"e"_s);
    const KeySet set = loadKeys(TestKeys::jwks({a, e})).keySet;
    const KeySelection selection = selectKeys(set, QJsonObject{{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"rotated-away"_s}});
    QVERIFY(!selection.matchedByKid);
    QCOMPARE(selection.candidates.size(), 1);
    QCOMPARE(selection.candidates.constFirst().kid, u"a"_s);
    QCOMPARE(selection.note, u"No key has the kid \"rotated-away\"; 1 key fits RS256."_s);
    const KeySet two = loadKeys(TestKeys::jwks({a, TestKeys::generate(Algorithm::RS256, u"b"_s)})).keySet;
    QCOMPARE(selectKeys(two, QJsonObject{{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"c"_s}}).note,
             u"No key has the kid \"c\"; 2 keys fit RS256."_s);
}

void TestJsonWebKey::selectDuplicateKidIsAmbiguous()
{
    const TestKeys::KeyPair a = TestKeys::generate(Algorithm::ES256, u"same"_s);
    const TestKeys::KeyPair b = TestKeys::generate(Algorithm::ES256, u"same"_s);
    const KeySet set = loadKeys(TestKeys::jwks({a, b})).keySet;
    QCOMPARE(set.keys.size(), 2);
    const KeySelection selection = selectKeys(set, QJsonObject{{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"same"_s}});
    QVERIFY(selection.candidates.isEmpty());
    QVERIFY(selection.note.contains(u"ambiguous"_s));
    // Same kid on keys of different types (RFC 7517 §4.5) is fine: only one fits the alg.
    const TestKeys::KeyPair r = TestKeys::generate(Algorithm::RS256, u"same"_s);
    const KeySet mixed = loadKeys(TestKeys::jwks({a, r})).keySet;
    QCOMPARE(selectKeys(mixed, QJsonObject{{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"same"_s}}).candidates.size(), 1);
}

void TestJsonWebKey::selectNeverChoosesEncryptionKeys()
{
    TestKeys::KeyPair enc = TestKeys::generate(Algorithm::RS256, u"enc"_s);
    enc.publicJwk.insert(u"use"_s, u"enc"_s);
    enc.publicJwk.remove(u"alg"_s);
    const KeySet set = loadKeys(TestKeys::jwks({enc})).keySet;
    QCOMPARE(set.keys.size(), 1); // kept...
    QVERIFY(selectKeys(set, QJsonObject{{u"alg"_s, u"RS256"_s}, {u"kid"_s, u"enc"_s}}).candidates.isEmpty()); // ...never chosen
    QVERIFY(selectKeys(set, QJsonObject{{u"alg"_s, u"RS256"_s}}).candidates.isEmpty());
}

void TestJsonWebKey::selectRefusesKidKeyThatDoesNotFit()
{
    const TestKeys::KeyPair ec = TestKeys::generate(Algorithm::ES384, u"k"_s);
    const TestKeys::KeyPair other = TestKeys::generate(Algorithm::ES256, u"other"_s);
    const KeySet set = loadKeys(TestKeys::jwks({ec, other})).keySet;
    const KeySelection selection = selectKeys(set, QJsonObject{{u"alg"_s, u"ES256"_s}, {u"kid"_s, u"k"_s}});
    QVERIFY(selection.candidates.isEmpty());
    QVERIFY(selection.note.contains(u"k"_s));
}

void TestJsonWebKey::selectRefusesNoneAndUnknown()
{
    const KeySet set = loadKeys(TestKeys::jwks({TestKeys::generate(Algorithm::HS256, u"h"_s)})).keySet;
    for (const char *alg : {"none", "None", "HS257", ""})
        QVERIFY(selectKeys(set, QJsonObject{{u"alg"_s, QLatin1String(alg)}, {u"kid"_s, u"h"_s}}).candidates.isEmpty());
    QVERIFY(selectKeys(set, QJsonObject{{u"kid"_s, u"h"_s}}).candidates.isEmpty());
    QCOMPARE(selectKeys(set, QJsonObject{{u"alg"_s, u"HS256"_s}, {u"kid"_s, u"h"_s}}).candidates.size(), 1);
}

void TestJsonWebKey::describeAndPublicJwk()
{
    const TestKeys::KeyPair ec = TestKeys::generate(Algorithm::ES256, u"abc"_s);
    const JsonWebKey key = onlyKey(loadKeys(TestKeys::jwks({ec})));
    QCOMPARE(key.describe(), u"EC P-256 kid=abc (jwks)"_s);
    QCOMPARE(publicJwk(key), ec.publicJwk);
    QCOMPARE(keyTypeName(KeyType::Oct), u"oct"_s);
    QCOMPARE(keyTypeName(KeyType::Okp), u"OKP"_s);
    QVERIFY(publicJwk(JsonWebKey{}).isEmpty());
    const JsonWebKey secret = keyFromSecret("0123456789abcdef0123456789abcdef");
    QCOMPARE(secret.bits, 256);
    QCOMPARE(secret.origin, u"secret"_s);
    QVERIFY(keyFitsAlgorithm(secret, Algorithm::HS256));
    QVERIFY(!keyFitsAlgorithm(secret, Algorithm::HS384));
    QVERIFY(keyFromSecret({}).isNull());
}

QTEST_GUILESS_MAIN(TestJsonWebKey)
#include "tst_jsonwebkey.moc"
