// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/base64url.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Jose;

class TestBase64Url final : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void decode_data();
    void decode();
    void lenientDecode_data();
    void lenientDecode();
    void firstBadByte_data();
    void firstBadByte();
    void roundTripAgainstQt();
};

void TestBase64Url::encode_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("expected");
    // RFC 4648 §10, without padding, and the two characters that differ from base64.
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
    QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
    QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
    QTest::newRow("zero bytes") << QByteArray(4, '\0') << QByteArray("AAAAAA");
    // RFC 7515 §3.3 header example.
    QTest::newRow("rfc7515 header") << QByteArray("{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}")
                                    << QByteArray("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9");
}

void TestBase64Url::encode()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, expected);
    QCOMPARE(base64UrlEncode(data), expected);
}

void TestBase64Url::decode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << true << QByteArray();
    QTest::newRow("Zg") << QByteArray("Zg") << true << QByteArray("f");
    QTest::newRow("Zm8") << QByteArray("Zm8") << true << QByteArray("fo");
    QTest::newRow("Zm9vYmFy") << QByteArray("Zm9vYmFy") << true << QByteArray("foobar");
    QTest::newRow("url chars") << QByteArray("-_-_") << true << QByteArray("\xfb\xff\xbf", 3);
    QTest::newRow("padding tolerated") << QByteArray("Zg==") << true << QByteArray("f");
    QTest::newRow("padding one") << QByteArray("Zm8=") << true << QByteArray("fo");
    QTest::newRow("4n+1") << QByteArray("Zm9vY") << false << QByteArray();
    QTest::newRow("single char") << QByteArray("Z") << false << QByteArray();
    QTest::newRow("plus") << QByteArray("+_8") << false << QByteArray();
    QTest::newRow("slash") << QByteArray("-/8") << false << QByteArray();
    QTest::newRow("space") << QByteArray("Zm 9v") << false << QByteArray();
    QTest::newRow("newline") << QByteArray("Zm9v\n") << false << QByteArray();
    QTest::newRow("nul") << QByteArray("Zm\0v", 4) << false << QByteArray();
    QTest::newRow("high byte") << QByteArray("Zm\xc3\xa9") << false << QByteArray();
    QTest::newRow("dot") << QByteArray("Zm.v") << false << QByteArray();
    QTest::newRow("wrong padding length") << QByteArray("Zg=") << false << QByteArray();
    QTest::newRow("three pads") << QByteArray("Zg===") << false << QByteArray();
    QTest::newRow("only pads") << QByteArray("====") << false << QByteArray();
    QTest::newRow("pad inside") << QByteArray("Zg==Zg==") << false << QByteArray();
    QTest::newRow("pad first") << QByteArray("=Zg=") << false << QByteArray();
    // RFC 4648 §3.5: unused bits must be zero ("Zg" is the only spelling of "f").
    QTest::newRow("non-canonical 2 chars") << QByteArray("Zh") << false << QByteArray();
    QTest::newRow("non-canonical 3 chars") << QByteArray("Zm9") << false << QByteArray();
    QTest::newRow("non-canonical padded") << QByteArray("Zh==") << false << QByteArray();
    QTest::newRow("canonical 3 chars") << QByteArray("Zm8") << true << QByteArray("fo");
}

void TestBase64Url::decode()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    const auto decoded = base64UrlDecode(text);
    QCOMPARE(decoded.has_value(), ok);
    if (ok)
        QCOMPARE(*decoded, expected);
}

// Key members (JWK n, e, x, y, k) are decoded leniently; what stays refused is the same.
void TestBase64Url::lenientDecode_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("canonical") << QByteArray("Zm8") << true << QByteArray("fo");
    QTest::newRow("unused bits set, 2 chars") << QByteArray("Zh") << true << QByteArray("f");
    QTest::newRow("unused bits set, 3 chars") << QByteArray("Zm9") << true << QByteArray("fo");
    QTest::newRow("padding of any length") << QByteArray("Zg=") << true << QByteArray("f");
    QTest::newRow("4n+1") << QByteArray("Zm9vY") << false << QByteArray();
    QTest::newRow("standard alphabet") << QByteArray("a+/b") << false << QByteArray();
    QTest::newRow("padding inside") << QByteArray("Zg==Zg") << false << QByteArray();
}

void TestBase64Url::lenientDecode()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, expected);
    const auto decoded = base64UrlDecode(text, Base64UrlMode::Lenient);
    QCOMPARE(decoded.has_value(), ok);
    if (ok)
        QCOMPARE(*decoded, expected);
    // The canonical mode refuses every spelling the lenient mode alone accepts.
    if (ok && base64UrlEncode(*decoded) != text)
        QVERIFY(!base64UrlDecode(text).has_value());
}

void TestBase64Url::firstBadByte_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qsizetype>("index");
    QTest::newRow("clean") << QByteArray("abcXYZ019-_") << qsizetype(-1);
    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("plus at 3") << QByteArray("abc+") << qsizetype(3);
    QTest::newRow("padding") << QByteArray("Zg==") << qsizetype(2);
    QTest::newRow("space at 0") << QByteArray(" abc") << qsizetype(0);
    QTest::newRow("utf-8") << QByteArray("ab\xc3\xa9") << qsizetype(2);
}

void TestBase64Url::firstBadByte()
{
    QFETCH(QByteArray, text);
    QFETCH(qsizetype, index);
    QCOMPARE(firstNonBase64UrlByte(text), index);
}

void TestBase64Url::roundTripAgainstQt()
{
    auto *random = QRandomGenerator::global();
    for (int length = 0; length < 200; ++length) {
        QByteArray data(length, Qt::Uninitialized);
        for (char &c : data)
            c = static_cast<char>(random->bounded(256));
        const QByteArray encoded = base64UrlEncode(data);
        QCOMPARE(encoded, data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const auto decoded = base64UrlDecode(encoded);
        QVERIFY(decoded);
        QCOMPARE(*decoded, data);
    }
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
