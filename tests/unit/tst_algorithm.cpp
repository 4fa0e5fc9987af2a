// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/algorithm.h"

#include <QTest>

using namespace Jose;

class TestAlgorithm final : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void unknownNames_data();
    void unknownNames();
    void everyEntryRoundTrips();
};

void TestAlgorithm::lookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("digest");
    QTest::addColumn<int>("hashBytes");
    QTest::addColumn<int>("coordinateBytes");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<bool>("asymmetric");

    const auto row = [](const char *name, Algorithm a, AlgorithmFamily f, const char *digest, int hash, int coord,
                        const char *curve, bool asym) {
        QTest::newRow(name) << QString::fromLatin1(name) << int(a) << int(f) << QString::fromLatin1(digest) << hash
                            << coord << QString::fromLatin1(curve) << asym;
    };
    row("HS256", Algorithm::HS256, AlgorithmFamily::Hmac, "SHA256", 32, 0, "", false);
    row("HS384", Algorithm::HS384, AlgorithmFamily::Hmac, "SHA384", 48, 0, "", false);
    row("HS512", Algorithm::HS512, AlgorithmFamily::Hmac, "SHA512", 64, 0, "", false);
    row("RS256", Algorithm::RS256, AlgorithmFamily::RsaPkcs1, "SHA256", 32, 0, "", true);
    row("RS384", Algorithm::RS384, AlgorithmFamily::RsaPkcs1, "SHA384", 48, 0, "", true);
    row("RS512", Algorithm::RS512, AlgorithmFamily::RsaPkcs1, "SHA512", 64, 0, "", true);
    row("PS256", Algorithm::PS256, AlgorithmFamily::RsaPss, "SHA256", 32, 0, "", true);
    row("PS384", Algorithm::PS384, AlgorithmFamily::RsaPss, "SHA384", 48, 0, "", true);
    row("PS512", Algorithm::PS512, AlgorithmFamily::RsaPss, "SHA512", 64, 0, "", true);
    row("ES256", Algorithm::ES256, AlgorithmFamily::Ecdsa, "SHA256", 32, 32, "P-256", true);
    row("ES384", Algorithm::ES384, AlgorithmFamily::Ecdsa, "SHA384", 48, 48, "P-384", true);
    row("ES512", Algorithm::ES512, AlgorithmFamily::Ecdsa, "SHA512", 64, 66, "P-521", true);
    row("EdDSA", Algorithm::EdDSA, AlgorithmFamily::EdDsa, "", 0, 0, "", true);
    row("none", Algorithm::None, AlgorithmFamily::None, "", 0, 0, "", false);
}

void TestAlgorithm::lookup()
{
    QFETCH(QString, name);
    QFETCH(int, algorithm);
    QFETCH(int, family);
    QFETCH(QString, digest);
    QFETCH(int, hashBytes);
    QFETCH(int, coordinateBytes);
    QFETCH(QString, curve);
    QFETCH(bool, asymmetric);

    const std::optional<Algorithm> found = algorithmFromName(name);
    QVERIFY(found.has_value());
    QCOMPARE(int(*found), algorithm);
    const AlgorithmInfo &info = algorithmInfo(*found);
    QCOMPARE(int(info.algorithm), algorithm);
    QCOMPARE(int(info.family), family);
    QCOMPARE(QString::fromLatin1(info.digest), digest);
    QCOMPARE(info.hashBytes, hashBytes);
    QCOMPARE(info.ecCoordinateBytes, coordinateBytes);
    QCOMPARE(QString::fromLatin1(info.curve), curve);
    QCOMPARE(isAsymmetric(*found), asymmetric);
    QCOMPARE(algorithmName(*found), name);
}

void TestAlgorithm::unknownNames_data()
{
    QTest::addColumn<QString>("name");
    // RFC 7515 §4.1.1: "alg" is case-sensitive.
    QTest::newRow("lower-case") << QStringLiteral("hs256");
    QTest::newRow("mixed-case") << QStringLiteral("Rs256");
    QTest::newRow("None capitalised") << QStringLiteral("None");
    QTest::newRow("NONE") << QStringLiteral("NONE");
    QTest::newRow("eddsa lower") << QStringLiteral("eddsa");
    QTest::newRow("trailing space") << QStringLiteral("ES256 ");
    QTest::newRow("leading space") << QStringLiteral(" ES256");
    QTest::newRow("empty") << QString();
    QTest::newRow("ES521 typo") << QStringLiteral("ES521");
    QTest::newRow("ES256K") << QStringLiteral("ES256K");
    QTest::newRow("encryption alg") << QStringLiteral("RSA-OAEP");
    QTest::newRow("Ed25519 is a curve") << QStringLiteral("Ed25519");
    QTest::newRow("prefix") << QStringLiteral("HS25");
    QTest::newRow("nul inside") << QString::fromUtf8("HS256\0", 6);
}

void TestAlgorithm::unknownNames()
{
    QFETCH(QString, name);
    QVERIFY(!algorithmFromName(name).has_value());
}

void TestAlgorithm::everyEntryRoundTrips()
{
    for (int i = int(Algorithm::HS256); i <= int(Algorithm::None); ++i) {
        const auto algorithm = Algorithm(i);
        QCOMPARE(int(algorithmInfo(algorithm).algorithm), i);
        QCOMPARE(algorithmFromName(algorithmName(algorithm)), std::optional<Algorithm>(algorithm));
    }
}

QTEST_GUILESS_MAIN(TestAlgorithm)
#include "tst_algorithm.moc"
