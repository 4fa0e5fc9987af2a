// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/signature.h"
#include "josetestutil.h"
#include "testkeys.h"

#include <QJsonDocument>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/rsa.h>

using namespace Jose;
using namespace Qt::StringLiterals;

namespace {

struct Case
{
    Algorithm algorithm;
    bool ed448 = false;
};

JsonWebKey publicKeyOf(const TestKeys::KeyPair &pair)
{
    const KeyLoadResult loaded = keyFromJwk(pair.publicJwk);
    return loaded.ok() ? loaded.keySet.keys.constFirst() : JsonWebKey{};
}

QByteArray flipBit(QByteArray data, qsizetype index, int bit = 0)
{
    data[index] = char(data.at(index) ^ (1 << bit));
    return data;
}

} // namespace

class TestSignature final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void wrongLengthSignaturesFail_data();
    void wrongLengthSignaturesFail();
    void crossAlgorithmRefused();
    void rsaPaddingsAreDistinct();
    void pssSaltLengthIsHashLength();
    void ecdsaDerSignatureRefused();
    void algorithmConfusionRefused();
    void noneRefused();
    void rsa1024RoundTrip();
    void wrongKeyFails();
    void signRefusesMismatch();
};

void TestSignature::roundTrip_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<bool>("ed448");
    for (int i = int(Algorithm::HS256); i <= int(Algorithm::EdDSA); ++i)
        QTest::newRow(qPrintable(algorithmName(Algorithm(i)))) << i << false;
    QTest::newRow("EdDSA Ed448") << int(Algorithm::EdDSA) << true;
}

void TestSignature::roundTrip()
{
    QFETCH(int, algorithm);
    QFETCH(bool, ed448);
    const auto alg = Algorithm(algorithm);
    const TestKeys::KeyPair pair = TestKeys::generate(alg, u"rt"_s, 2048, ed448);
    const QString token = TestKeys::signCompact(pair, {}, QJsonObject{{u"sub"_s, u"alice"_s}});
    QVERIFY(!token.isEmpty());
    const auto compact = JoseTest::splitCompact(token.toLatin1());
    QVERIFY(compact);
    QCOMPARE(compact->header.value(u"alg"_s).toString(), algorithmName(alg));
    QCOMPARE(compact->header.value(u"kid"_s).toString(), u"rt"_s);

    const JsonWebKey key = publicKeyOf(pair);
    QVERIFY(!key.isNull());
    const SignatureCheck good = verifySignature(alg, key, compact->signingInput, compact->signature);
    QVERIFY2(good.valid, qPrintable(good.detail));
    QVERIFY(!good.detail.isEmpty());

    // Key material from every format verifies too.
    if (pair.privateKey) {
        for (const QByteArray &source : {pair.publicPem, pair.certificatePem}) {
            const KeyLoadResult loaded = loadKeys(source);
            QVERIFY2(loaded.ok(), qPrintable(loaded.error));
            QVERIFY(verifySignature(alg, loaded.keySet.keys.constFirst(), compact->signingInput, compact->signature).valid);
        }
        // ECDSA signatures are raw r||s of twice the coordinate size.
        const AlgorithmInfo &info = algorithmInfo(alg);
        if (info.family == AlgorithmFamily::Ecdsa)
            QCOMPARE(compact->signature.size(), 2 * info.ecCoordinateBytes);
    } else {
        QVERIFY(verifySignature(alg, keyFromSecret(pair.secret), compact->signingInput, compact->signature).valid);
    }

    // One flipped bit anywhere fails.
    for (qsizetype index : {qsizetype(0), compact->signature.size() / 2, compact->signature.size() - 1}) {
        const SignatureCheck bad = verifySignature(alg, key, compact->signingInput, flipBit(compact->signature, index));
        QVERIFY(!bad.valid);
        QVERIFY(!bad.detail.isEmpty());
    }
    const QByteArray tamperedInput = flipBit(compact->signingInput, compact->signingInput.size() - 1, 1);
    QVERIFY(!verifySignature(alg, key, tamperedInput, compact->signature).valid);
    QVERIFY(!verifySignature(alg, key, QByteArray(compact->signingInput + "x"), compact->signature).valid);
}

void TestSignature::wrongLengthSignaturesFail_data()
{
    roundTrip_data();
}

void TestSignature::wrongLengthSignaturesFail()
{
    QFETCH(int, algorithm);
    QFETCH(bool, ed448);
    const auto alg = Algorithm(algorithm);
    const TestKeys::KeyPair pair = TestKeys::generate(alg, {}, 2048, ed448);
    const auto compact = JoseTest::splitCompact(TestKeys::signCompactRaw(pair, {}, "payload").toLatin1());
    QVERIFY(compact);
    const JsonWebKey key = publicKeyOf(pair);
    const QByteArray sig = compact->signature;
    const QList<QByteArray> variants{QByteArray(), QByteArray(1, '\0'), sig.left(sig.size() - 1), sig + '\0',
                                     QByteArray(1, '\0') + sig, sig + sig, QByteArray(sig.size() * 4, '\xff')};
    for (const QByteArray &variant : variants) {
        const SignatureCheck check = verifySignature(alg, key, compact->signingInput, variant);
        QVERIFY(!check.valid);
        // Refused on length before OpenSSL sees it.
        QVERIFY2(check.detail.contains(u"%1 bytes"_s.arg(variant.size())), qPrintable(check.detail));
    }
    // An all-zero signature of the right length (r = s = 0 for ECDSA) fails.
    QVERIFY(!verifySignature(alg, key, compact->signingInput, QByteArray(sig.size(), '\0')).valid);
}

void TestSignature::crossAlgorithmRefused()
{
    const TestKeys::KeyPair es256 = TestKeys::generate(Algorithm::ES256);
    const auto token = JoseTest::splitCompact(TestKeys::signCompactRaw(es256, {}, "p").toLatin1());
    QVERIFY(token);
    JsonWebKey key = publicKeyOf(es256);
    key.alg.clear(); // so the curve rule, not the key's alg, refuses
    QVERIFY(verifySignature(Algorithm::ES256, key, token->signingInput, token->signature).valid);
    const SignatureCheck es384 = verifySignature(Algorithm::ES384, key, token->signingInput, token->signature);
    QVERIFY(!es384.valid);
    QVERIFY(es384.detail.contains(u"P-384"_s));
    QVERIFY(!verifySignature(Algorithm::ES512, key, token->signingInput, token->signature).valid);
    QVERIFY(!verifySignature(Algorithm::RS256, key, token->signingInput, token->signature).valid);
    QVERIFY(!verifySignature(Algorithm::EdDSA, key, token->signingInput, token->signature).valid);
    // With the key's own alg set, any other algorithm is refused by it.
    QVERIFY(!keyFitsAlgorithm(publicKeyOf(es256), Algorithm::ES384));
}

void TestSignature::rsaPaddingsAreDistinct()
{
    TestKeys::KeyPair pair = TestKeys::generate(Algorithm::RS256);
    JsonWebKey key = publicKeyOf(pair);
    key.alg.clear();
    const QByteArray input = "header.payload";
    for (const auto &[signer, verifier] : {std::pair{Algorithm::RS256, Algorithm::PS256}, {Algorithm::PS256, Algorithm::RS256},
                                          {Algorithm::RS256, Algorithm::RS384}, {Algorithm::PS384, Algorithm::PS512}}) {
        const auto signature = sign(signer, pair.privateKey.get(), input);
        QVERIFY(signature);
        QVERIFY(verifySignature(signer, key, input, *signature).valid);
        QVERIFY(!verifySignature(verifier, key, input, *signature).valid);
    }
}

void TestSignature::pssSaltLengthIsHashLength()
{
    // RFC 7518 §3.5: a PSS signature with another salt length does not verify as PS256.
    const TestKeys::KeyPair pair = TestKeys::generate(Algorithm::PS256);
    const QByteArray input = "header.payload";
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    QVERIFY(EVP_DigestSignInit_ex(ctx, &pctx, "SHA256", nullptr, nullptr, pair.privateKey.get(), nullptr) == 1);
    QVERIFY(EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1);
    QVERIFY(EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 20) == 1);
    size_t length = 512;
    QByteArray signature(512, '\0');
    QVERIFY(EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) == 1);
    EVP_MD_CTX_free(ctx);
    signature.truncate(qsizetype(length));
    QVERIFY(!verifySignature(Algorithm::PS256, publicKeyOf(pair), input, signature).valid);
    const auto proper = sign(Algorithm::PS256, pair.privateKey.get(), input);
    QVERIFY(proper && verifySignature(Algorithm::PS256, publicKeyOf(pair), input, *proper).valid);
}

void TestSignature::ecdsaDerSignatureRefused()
{
    const TestKeys::KeyPair pair = TestKeys::generate(Algorithm::ES256);
    const QByteArray input = "header.payload";
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QVERIFY(EVP_DigestSignInit_ex(ctx, nullptr, "SHA256", nullptr, nullptr, pair.privateKey.get(), nullptr) == 1);
    size_t length = 128;
    QByteArray der(128, '\0');
    QVERIFY(EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(der.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) == 1);
    EVP_MD_CTX_free(ctx);
    der.truncate(qsizetype(length));
    QVERIFY(der.startsWith('\x30'));
    QVERIFY(!verifySignature(Algorithm::ES256, publicKeyOf(pair), input, der).valid);
}

void TestSignature::algorithmConfusionRefused()
{
    // The classic attack: HS256 with the server's RSA public key (its PEM bytes) as the secret.
    const TestKeys::KeyPair rsa = TestKeys::generate(Algorithm::RS256, u"rsa"_s);
    TestKeys::KeyPair forged;
    forged.algorithm = Algorithm::HS256;
    forged.secret = rsa.publicPem;
    forged.publicJwk = QJsonObject{{u"kid"_s, u"rsa"_s}};
    const QString token = TestKeys::signCompact(forged, {}, QJsonObject{{u"admin"_s, true}});
    const auto compact = JoseTest::splitCompact(token.toLatin1());
    QVERIFY(compact);
    // The forgery is a correct HMAC with those bytes...
    QVERIFY(verifySignature(Algorithm::HS256, keyFromSecret(rsa.publicPem), compact->signingInput, compact->signature).valid);
    // ...but no RSA key, however it was loaded, verifies an HMAC.
    for (const QByteArray &source : {rsa.publicPem, rsa.certificatePem, TestKeys::jwks({rsa})}) {
        const KeyLoadResult loaded = loadKeys(source);
        QVERIFY(loaded.ok());
        JsonWebKey key = loaded.keySet.keys.constFirst();
        key.alg.clear();
        const SignatureCheck check = verifySignature(Algorithm::HS256, key, compact->signingInput, compact->signature);
        QVERIFY(!check.valid);
        QVERIFY2(check.detail.contains(u"confusion"_s), qPrintable(check.detail));
        QVERIFY(selectKeys(loaded.keySet, compact->header).candidates.isEmpty());
        QVERIFY(!JoseTest::verifyCompact(token.toLatin1(), loaded.keySet));
    }
}

void TestSignature::noneRefused()
{
    const JsonWebKey secret = keyFromSecret(QByteArray(64, 'k'));
    const SignatureCheck check = verifySignature(Algorithm::None, secret, "eyJhbGciOiJub25lIn0.e30", {});
    QVERIFY(!check.valid);
    QVERIFY(check.detail.contains(u"none"_s));
    QVERIFY(!sign(Algorithm::None, TestKeys::generate(Algorithm::ES256).privateKey.get(), "x"));
    QVERIFY(!signHmac(Algorithm::None, "secret", "x"));
    QVERIFY(!signHmac(Algorithm::RS256, "secret", "x"));
}

void TestSignature::rsa1024RoundTrip()
{
    const TestKeys::KeyPair pair = TestKeys::generate(Algorithm::RS256, {}, 1024);
    const JsonWebKey key = publicKeyOf(pair);
    QCOMPARE(key.bits, 1024);
    const auto compact = JoseTest::splitCompact(TestKeys::signCompactRaw(pair, {}, "p").toLatin1());
    QVERIFY(compact);
    QCOMPARE(compact->signature.size(), 128);
    QVERIFY(verifySignature(Algorithm::RS256, key, compact->signingInput, compact->signature).valid);
}

void TestSignature::wrongKeyFails()
{
    for (const Algorithm alg : {Algorithm::HS256, Algorithm::RS256, Algorithm::PS384, Algorithm::ES512, Algorithm::EdDSA}) {
        const TestKeys::KeyPair signer = TestKeys::generate(alg, u"same"_s);
        const TestKeys::KeyPair other = TestKeys::generate(alg, u"same"_s);
        const auto compact = JoseTest::splitCompact(TestKeys::signCompactRaw(signer, {}, "p").toLatin1());
        QVERIFY(compact);
        QVERIFY(verifySignature(alg, publicKeyOf(signer), compact->signingInput, compact->signature).valid);
        QVERIFY(!verifySignature(alg, publicKeyOf(other), compact->signingInput, compact->signature).valid);
    }
}

void TestSignature::signRefusesMismatch()
{
    const TestKeys::KeyPair ec = TestKeys::generate(Algorithm::ES256);
    QVERIFY(!sign(Algorithm::HS256, ec.privateKey.get(), "x"));
    QVERIFY(!sign(Algorithm::RS256, ec.privateKey.get(), "x"));
    QVERIFY(!sign(Algorithm::ES256, nullptr, "x"));
    const auto mac = signHmac(Algorithm::HS512, "key", "x");
    QVERIFY(mac);
    QCOMPARE(mac->size(), 64);
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
