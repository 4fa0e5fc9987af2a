// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/base64url.h"
#include "jose/jsonwebkey.h"
#include "jose/tokenjson.h"
#include "testkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Jose;

namespace {

QString b64(QByteArrayView data)
{
    return QString::fromLatin1(base64UrlEncode(data));
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

const QString Rfc7516A3 = QStringLiteral(
    "eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0.6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ."
    "AxY8DCtDaGlsbGljb3RoZQ.KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY.U0m_YmjN04DJvceFICbCVQ");

} // namespace

class TestTokenJson final : public QObject
{
    Q_OBJECT

private slots:
    void fieldNames_data();
    void fieldNames();
    void payloadShapes_data();
    void payloadShapes();
    void jwsValues();
    void problems();
    void opaque();
    void verifyDocument();
};

void TestTokenJson::fieldNames_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("fields");
    const QStringList common = {QStringLiteral("header"), QStringLiteral("kind"), QStringLiteral("payload"),
                                QStringLiteral("problems"), QStringLiteral("signature_bytes")};
    QTest::newRow("jws") << (b64(R"({"alg":"HS256"})") + u'.' + b64(R"({"a":1})") + u".AAAA") << common;
    QTest::newRow("unsecured") << (b64(R"({"alg":"none"})") + u'.' + b64(R"({"a":1})") + u'.') << common;
    QTest::newRow("jwe") << Rfc7516A3 << (QStringList(common) << QStringLiteral("encrypted"));
    QTest::newRow("opaque") << QStringLiteral("2YotnFZFEjr1zCsicMWpAA") << (QStringList(common) << QStringLiteral("opaque"));
    QTest::newRow("malformed") << QStringLiteral("not a token!") << common;
    QTest::newRow("malformed jwt") << (b64(R"({"alg":"HS256"})") + u".a*b.AAAA") << common;
}

void TestTokenJson::fieldNames()
{
    QFETCH(QString, token);
    QFETCH(QStringList, fields);
    fields.sort();
    QCOMPARE(sortedKeys(decodeToJson(decodeToken(token))), fields);
}

void TestTokenJson::payloadShapes_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QJsonValue>("payload");
    const QString header = b64(R"({"alg":"HS256"})");
    QTest::newRow("object") << (header + u'.' + b64(R"({"sub":"x"})") + u".AAAA") << QJsonValue(QJsonObject{{QStringLiteral("sub"), QStringLiteral("x")}});
    QTest::newRow("text") << (header + u'.' + b64("hello") + u".AAAA") << QJsonValue(QStringLiteral("hello"));
    QTest::newRow("utf-8 text") << (header + u'.' + b64("gr\xc3\xbc\xc3\x9f") + u".AAAA") << QJsonValue(QString::fromUtf8("gr\xc3\xbc\xc3\x9f"));
    QTest::newRow("json array as text") << (header + u'.' + b64("[1]") + u".AAAA") << QJsonValue(QStringLiteral("[1]"));
    QTest::newRow("binary as base64url") << (header + u'.' + b64(QByteArray("\xff\x00\xfe", 3)) + u".AAAA") << QJsonValue(QStringLiteral("_wD-"));
    QTest::newRow("empty") << (header + u'.' + u".AAAA") << QJsonValue(QString());
    QTest::newRow("jwe") << Rfc7516A3 << QJsonValue(QJsonValue::Null);
    QTest::newRow("opaque") << QStringLiteral("abcdef0123") << QJsonValue(QJsonValue::Null);
}

void TestTokenJson::payloadShapes()
{
    QFETCH(QString, token);
    QFETCH(QJsonValue, payload);
    const QJsonObject document = decodeToJson(decodeToken(token));
    QVERIFY(document.contains(QStringLiteral("payload")));
    QCOMPARE(document.value(QStringLiteral("payload")), payload);
}

void TestTokenJson::jwsValues()
{
    const QString token = b64(R"({"alg":"RS256","kid":"k"})") + u'.' + b64(R"({"sub":"x"})") + u'.' + b64(QByteArray(256, 'x'));
    const QJsonObject document = decodeToJson(decodeToken(token));
    QCOMPARE(document.value(QStringLiteral("kind")).toString(), QStringLiteral("jws"));
    QCOMPARE(document.value(QStringLiteral("header")).toObject().value(QStringLiteral("kid")).toString(), QStringLiteral("k"));
    QCOMPARE(document.value(QStringLiteral("signature_bytes")).toInt(), 256);
    QCOMPARE(document.value(QStringLiteral("problems")).toArray().size(), 0);

    const QJsonObject jwe = decodeToJson(decodeToken(Rfc7516A3));
    QCOMPARE(jwe.value(QStringLiteral("kind")).toString(), QStringLiteral("jwe"));
    QCOMPARE(jwe.value(QStringLiteral("encrypted")).toBool(), true);
    QCOMPARE(jwe.value(QStringLiteral("header")).toObject().value(QStringLiteral("enc")).toString(), QStringLiteral("A128CBC-HS256"));
}

void TestTokenJson::problems()
{
    const QJsonObject document = decodeToJson(decodeToken(QString(b64(R"({"alg":"RS256"})") + u".a*b.AAAA")));
    QCOMPARE(document.value(QStringLiteral("kind")).toString(), QStringLiteral("malformed"));
    const QJsonArray problems = document.value(QStringLiteral("problems")).toArray();
    QVERIFY(!problems.isEmpty());
    const QJsonObject first = problems.first().toObject();
    QCOMPARE(sortedKeys(first), (QStringList{QStringLiteral("message"), QStringLiteral("part")}));
    QCOMPARE(first.value(QStringLiteral("part")).toString(), QStringLiteral("payload"));
    QVERIFY(first.value(QStringLiteral("message")).toString().contains(QStringLiteral("\"*\"")));
}

void TestTokenJson::opaque()
{
    const QJsonObject document = decodeToJson(decodeToken(QStringLiteral("9f86d081884c7d65")));
    QCOMPARE(document.value(QStringLiteral("kind")).toString(), QStringLiteral("opaque"));
    QVERIFY(document.value(QStringLiteral("header")).isNull());
    const QJsonObject opaque = document.value(QStringLiteral("opaque")).toObject();
    QCOMPARE(sortedKeys(opaque), (QStringList{QStringLiteral("character_set"), QStringLiteral("length")}));
    QCOMPARE(opaque.value(QStringLiteral("length")).toInt(), 16);
    QCOMPARE(opaque.value(QStringLiteral("character_set")).toString(), QStringLiteral("hex"));
}

void TestTokenJson::verifyDocument()
{
    const TestKeys::KeyPair key = TestKeys::generate(Algorithm::ES256, QStringLiteral("k1"));
    const QJsonObject claims = {{QStringLiteral("sub"), QStringLiteral("x")}, {QStringLiteral("exp"), 1767225600 + 60}};
    const DecodedToken token = decodeToken(TestKeys::signCompact(key, {}, claims));
    VerifyOptions options;
    options.keys = loadKeys(TestKeys::jwks({key})).keySet;
    options.at = QDateTime::fromSecsSinceEpoch(1767225600).toUTC();
    const VerifyReport report = verifyToken(token, options);
    const QJsonObject document = verifyToJson(token, report);

    QStringList fields = {QStringLiteral("checks"), QStringLiteral("header"), QStringLiteral("kind"), QStringLiteral("payload"),
                          QStringLiteral("problems"), QStringLiteral("signature_bytes"), QStringLiteral("valid")};
    QCOMPARE(sortedKeys(document), fields);
    QCOMPARE(document.value(QStringLiteral("valid")).toBool(), true);
    const QJsonArray checks = document.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), report.checks.size());
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QJsonObject check = checks.at(i).toObject();
        QCOMPARE(sortedKeys(check), (QStringList{QStringLiteral("detail"), QStringLiteral("name"), QStringLiteral("status")}));
        QCOMPARE(check.value(QStringLiteral("name")).toString(), report.checks.at(i).name);
        QCOMPARE(check.value(QStringLiteral("status")).toString(), checkStatusName(report.checks.at(i).status));
    }
    QCOMPARE(checks.at(2).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("signature"));
    QCOMPARE(checks.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pass"));

    // A failing check makes "valid" false.
    options.at = options.at->addSecs(3600);
    const QJsonObject expired = verifyToJson(token, verifyToken(token, options));
    QCOMPARE(expired.value(QStringLiteral("valid")).toBool(), false);

    // The document is plain JSON that round-trips.
    const QByteArray text = QJsonDocument(document).toJson(QJsonDocument::Compact);
    QCOMPARE(QJsonDocument::fromJson(text).object(), document);
}

QTEST_GUILESS_MAIN(TestTokenJson)
#include "tst_tokenjson.moc"
