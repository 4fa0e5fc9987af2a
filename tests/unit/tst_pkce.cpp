// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/pkce.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace OAuth;

class TestPkce final : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636AppendixB();
    void s256_data();
    void s256();
    void generatedS256();
    void generatedPlain();
    void distinctValues();
    void stateAndNonce();
};

namespace {

// RFC 7636 §4.1: unreserved characters, 43..128 of them.
bool isVerifierShaped(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return pattern.match(value).hasMatch();
}

bool isBase64UrlNoPadding(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return pattern.match(value).hasMatch();
}

} // namespace

void TestPkce::rfc7636AppendixB()
{
    // RFC 7636 Appendix B.
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QCOMPARE(Pkce::s256(verifier), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void TestPkce::s256_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<QString>("challenge");
    // SHA-256 of the empty string and of "abc" (FIPS 180-2), base64url without padding.
    QTest::newRow("empty") << QString() << QStringLiteral("47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU");
    QTest::newRow("abc") << QStringLiteral("abc") << QStringLiteral("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
}

void TestPkce::s256()
{
    QFETCH(QString, verifier);
    QFETCH(QString, challenge);
    QCOMPARE(Pkce::s256(verifier), challenge);
}

void TestPkce::generatedS256()
{
    const Pkce pkce = Pkce::generate();
    QCOMPARE(pkce.method, QStringLiteral("S256"));
    QCOMPARE(pkce.verifier.size(), 43); // 32 bytes
    QVERIFY2(isVerifierShaped(pkce.verifier), qPrintable(pkce.verifier));
    QCOMPARE(pkce.challenge.size(), 43);
    QVERIFY(isBase64UrlNoPadding(pkce.challenge));
    QCOMPARE(pkce.challenge, Pkce::s256(pkce.verifier));
    QVERIFY(pkce.challenge != pkce.verifier);
}

void TestPkce::generatedPlain()
{
    const Pkce pkce = Pkce::generate(true);
    QCOMPARE(pkce.method, QStringLiteral("plain"));
    QVERIFY(isVerifierShaped(pkce.verifier));
    QCOMPARE(pkce.challenge, pkce.verifier);
}

void TestPkce::distinctValues()
{
    // 256 random bits each: any repeat among a few hundred means the generator is broken.
    QSet<QString> seen;
    constexpr int Count = 500;
    for (int i = 0; i < Count; ++i)
        seen.insert(Pkce::generate().verifier);
    QCOMPARE(seen.size(), Count);

    // Every base64url character shows up across that many values; a generator that only filled
    // part of the bytes (say, zeros after 8 bytes) would fail the per-position check below.
    const QString a = Pkce::generate().verifier;
    const QString b = Pkce::generate().verifier;
    int samePositions = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        samePositions += a.at(i) == b.at(i) ? 1 : 0;
    QVERIFY2(samePositions < 12, qPrintable(QStringLiteral("%1 of 43 positions equal").arg(samePositions)));
}

void TestPkce::stateAndNonce()
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString state = randomState();
        const QString nonce = randomNonce();
        QVERIFY(state.size() >= 22); // >= 128 bits in base64url
        QVERIFY(nonce.size() >= 22);
        QVERIFY(isBase64UrlNoPadding(state));
        QVERIFY(isBase64UrlNoPadding(nonce));
        seen.insert(state);
        seen.insert(nonce);
    }
    QCOMPARE(seen.size(), 400);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
