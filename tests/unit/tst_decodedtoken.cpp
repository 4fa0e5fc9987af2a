// SPDX-License-Identifier: GPL-3.0-or-later
#include "englishcatalogue.h"
#include "jose/base64url.h"
#include "jose/decodedtoken.h"
#include "jose/tokeninput.h"

#include <QTest>

using namespace Jose;
using namespace Qt::StringLiterals;

namespace {

QString b64(QByteArrayView data)
{
    return QString::fromLatin1(base64UrlEncode(data));
}

QString jwt(QByteArrayView header, QByteArrayView payload, QByteArrayView signature)
{
    return b64(header) + u'.' + b64(payload) + u'.' + b64(signature);
}

const QByteArray Rs256 = QByteArrayLiteral(R"({"alg":"RS256","kid":"k1"})");
const QByteArray Claims = QByteArrayLiteral(R"({"sub":"alice","exp":1700000000})");
const QByteArray Sig = QByteArray(256, '\x5a');

// RFC 7515 Appendix A.1.
const QString Rfc7515A1 = QStringLiteral(
    "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
// RFC 7516 Appendix A.3 (A128KW, A128CBC-HS256).
const QString Rfc7516A3 = QStringLiteral(
    "eyJhbGciOiJBMTI4S1ciLCJlbmMiOiJBMTI4Q0JDLUhTMjU2In0."
    "6KB707dM9YTIgHtLvtgWQ8mKwboJW3of9locizkDTHzBC2IlrT1oOQ."
    "AxY8DCtDaGlsbGljb3RoZQ."
    "KDlTtXchhZTGufMYmOYGS4HffxPSUrfmqCHXaI9wOGY."
    "U0m_YmjN04DJvceFICbCVQ");

} // namespace

class TestDecodedToken final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installEnglishCatalogue(this)); }
    void kinds_data();
    void problemNamesItsPartOnce_data();
    void problemNamesItsPartOnce();
    void kinds();
    void jwsFields();
    void rfc7515Example();
    void jweFields();
    void unencodedPayload();
    void problems_data();
    void problems();
    void opaque_data();
    void opaque();
    void names();
    void largeInputsAreLinear();
};

void TestDecodedToken::kinds_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<TokenKind>("kind");
    QTest::addColumn<bool>("claims");

    QTest::newRow("jws") << jwt(Rs256, Claims, Sig) << TokenKind::Jws << true;
    QTest::newRow("jws with whitespace") << (u"  " + jwt(Rs256, Claims, Sig).insert(20, u"\n ") + u"\n") << TokenKind::Jws << true;
    QTest::newRow("rfc7515 A.1") << Rfc7515A1 << TokenKind::Jws << true;
    QTest::newRow("unsecured") << jwt(R"({"alg":"none"})", Claims, {}) << TokenKind::Unsecured << true;
    QTest::newRow("jwe") << Rfc7516A3 << TokenKind::Jwe << false;
    QTest::newRow("payload not json") << jwt(Rs256, "hello, world", Sig) << TokenKind::Jws << false;
    QTest::newRow("payload json array") << jwt(Rs256, "[1,2]", Sig) << TokenKind::Jws << false;
    QTest::newRow("payload binary") << jwt(Rs256, QByteArray("\x00\xff\xfe", 3), Sig) << TokenKind::Jws << false;
    QTest::newRow("empty payload") << jwt(Rs256, {}, Sig) << TokenKind::Jws << false;
    QTest::newRow("nested jwt") << jwt(R"({"alg":"RS256","cty":"JWT"})", jwt(Rs256, Claims, Sig).toLatin1(), Sig)
                                << TokenKind::Jws << false;
    QTest::newRow("empty signature, RS256") << jwt(Rs256, Claims, {}) << TokenKind::Jws << true;
    QTest::newRow("opaque") << QStringLiteral("2YotnFZFEjr1zCsicMWpAA") << TokenKind::Opaque << false;
    QTest::newRow("garbage") << QStringLiteral("hello world!") << TokenKind::Malformed << false;
    QTest::newRow("empty") << QString() << TokenKind::Malformed << false;
    QTest::newRow("two parts") << (b64(Rs256) + u'.' + b64(Claims)) << TokenKind::Malformed << false;
    QTest::newRow("four parts") << (jwt(Rs256, Claims, Sig) + u".abc") << TokenKind::Malformed << false;
    // The payload still decodes when the header does not: shown to the user even so.
    QTest::newRow("header not base64url") << (u"ey+hbGc." + b64(Claims) + u".AAAA") << TokenKind::Malformed << true;
    QTest::newRow("non-ascii") << (jwt(Rs256, Claims, Sig) + QChar(0x00e9)) << TokenKind::Malformed << false;
}

void TestDecodedToken::kinds()
{
    QFETCH(QString, token);
    QFETCH(TokenKind, kind);
    QFETCH(bool, claims);
    const DecodedToken decoded = decodeToken(token);
    QCOMPARE(decoded.kind, kind);
    QCOMPARE(decoded.payloadIsJson(), claims);
    QVERIFY(!decoded.compact.contains(u' '));
    QVERIFY(!decoded.compact.contains(u'\n'));
    // Fatal problems and the Malformed kind go together.
    const bool fatal = std::any_of(decoded.problems.cbegin(), decoded.problems.cend(), [](const DecodeProblem &p) { return p.fatal; });
    QCOMPARE(fatal, kind == TokenKind::Malformed);
}

void TestDecodedToken::jwsFields()
{
    const QString token = jwt(Rs256, Claims, Sig);
    const DecodedToken decoded = decodeToken(token);
    QCOMPARE(decoded.kind, TokenKind::Jws);
    QCOMPARE(decoded.compact, token);
    QCOMPARE(decoded.segments.size(), 3);
    QCOMPARE(decoded.algorithm(), QStringLiteral("RS256"));
    QCOMPARE(decoded.header.value(QLatin1StringView("kid")).toString(), QStringLiteral("k1"));
    QCOMPARE(decoded.payload, Claims);
    QCOMPARE(decoded.claims->value(QLatin1StringView("sub")).toString(), QStringLiteral("alice"));
    QCOMPARE(decoded.signature, Sig);
    QCOMPARE(decoded.signingInput, token.section(u'.', 0, 1).toLatin1());
    QVERIFY(decoded.problems.isEmpty());
}

void TestDecodedToken::rfc7515Example()
{
    const DecodedToken decoded = decodeToken(Rfc7515A1);
    QCOMPARE(decoded.algorithm(), QStringLiteral("HS256"));
    QCOMPARE(decoded.header.value(QLatin1StringView("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(decoded.claims->value(QLatin1StringView("iss")).toString(), QStringLiteral("joe"));
    QCOMPARE(decoded.claims->value(QLatin1StringView("exp")).toInteger(), 1300819380);
    QCOMPARE(decoded.signature.size(), 32);
    // The RFC gives the signing input's octets: it starts with "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.".
    QVERIFY(decoded.signingInput.startsWith("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3Mi"));
}

void TestDecodedToken::jweFields()
{
    const DecodedToken decoded = decodeToken(Rfc7516A3);
    QCOMPARE(decoded.kind, TokenKind::Jwe);
    QCOMPARE(decoded.segments.size(), 5);
    QCOMPARE(decoded.algorithm(), QStringLiteral("A128KW"));
    QCOMPARE(decoded.header.value(QLatin1StringView("enc")).toString(), QStringLiteral("A128CBC-HS256"));
    QVERIFY(decoded.payload.isEmpty());
    QVERIFY(!decoded.claims);
    QVERIFY(decoded.signature.isEmpty());

    // Without "enc" it is not a JWE header.
    const QString noEnc = b64(R"({"alg":"RSA-OAEP"})") + u".AAAA.AAAA.AAAA.AAAA";
    const DecodedToken broken = decodeToken(noEnc);
    QCOMPARE(broken.kind, TokenKind::Malformed);
    QCOMPARE(broken.problems.first().part, TokenPart::Header);
    QVERIFY(broken.problems.first().message.contains(QStringLiteral("enc")));
}

void TestDecodedToken::unencodedPayload()
{
    // RFC 7797: "b64": false; the payload segment is the payload itself.
    const QString token = b64(R"({"alg":"HS256","b64":false,"crit":["b64"]})") + u".$02" + u'.' + b64("sig");
    const DecodedToken decoded = decodeToken(token);
    QCOMPARE(decoded.kind, TokenKind::Jws);
    QCOMPARE(decoded.payload, QByteArray("$02"));
    QVERIFY(std::any_of(decoded.problems.cbegin(), decoded.problems.cend(),
                        [](const DecodeProblem &p) { return p.part == TokenPart::Payload && !p.fatal; }));
}

void TestDecodedToken::problems_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<TokenPart>("part");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<QString>("messageContains");

    const QString header = b64(Rs256);
    const QString payload = b64(Claims);
    const QString sig = b64(Sig);
    QTest::newRow("header bad char") << (u"eyJh*GciOiJSUzI1NiJ9." + payload + u'.' + sig) << TokenPart::Header << true << QStringLiteral("offset 4");
    QTest::newRow("payload bad char") << (header + u'.' + payload.left(5) + u'+' + payload.mid(6) + u'.' + sig)
                                      << TokenPart::Payload << true << QStringLiteral("offset %1").arg(header.size() + 1 + 5);
    QTest::newRow("signature bad char") << (header + u'.' + payload + u".ab/d") << TokenPart::Signature << true
                                        << QStringLiteral("offset %1").arg(header.size() + payload.size() + 2 + 2);
    QTest::newRow("signature not canonical") << (header + u'.' + payload + u".AB") << TokenPart::Signature << true
                                             << QStringLiteral("offset %1").arg(header.size() + payload.size() + 2 + 1);
    QTest::newRow("header 4n+1") << (u"eyJhb." + payload + u'.' + sig) << TokenPart::Header << true << QStringLiteral("5 characters");
    QTest::newRow("header not json") << (b64(R"({"alg":"RS256")") + u'.' + payload + u'.' + sig) << TokenPart::Header << true
                                     << QStringLiteral("invalid JSON at offset 14");
    QTest::newRow("header not object") << (b64(R"(["alg"])") + u'.' + payload + u'.' + sig) << TokenPart::Header << true
                                       << QStringLiteral("not an object");
    QTest::newRow("header without alg") << (b64(R"({"typ":"JWT"})") + u'.' + payload + u'.' + sig) << TokenPart::Header << true
                                        << QStringLiteral("\"alg\"");
    QTest::newRow("alg not string") << (b64(R"({"alg":256})") + u'.' + payload + u'.' + sig) << TokenPart::Header << true
                                    << QStringLiteral("\"alg\"");
    QTest::newRow("two parts") << (header + u'.' + payload) << TokenPart::Whole << true << QStringLiteral("2 parts: a JWT has 3, a JWE 5");
    QTest::newRow("header only") << header << TokenPart::Whole << true << QStringLiteral("1 part: a JWT has 3, a JWE 5");
    QTest::newRow("six parts") << (header + u".a.b.c.d.e") << TokenPart::Whole << true << QStringLiteral("6 parts");
    QTest::newRow("empty signature") << (header + u'.' + payload + u'.') << TokenPart::Signature << false << QStringLiteral("empty");
    QTest::newRow("unsecured with signature") << (b64(R"({"alg":"none"})") + u'.' + payload + u'.' + sig)
                                              << TokenPart::Signature << false << QStringLiteral("RFC 7519 §6.1");
    QTest::newRow("payload not json") << (header + u'.' + b64("{\"sub\": nope}") + u'.' + sig) << TokenPart::Payload << false
                                      << QStringLiteral("offset");
    QTest::newRow("nested jwt") << (b64(R"({"alg":"RS256","cty":"JWT"})") + u'.' + b64("a.b.c") + u'.' + sig)
                                << TokenPart::Payload << false << QStringLiteral("nested JWT");
    QTest::newRow("padding") << (header + u'.' + QString::fromLatin1(QByteArray("x").toBase64(QByteArray::Base64UrlEncoding)) + u'.' + sig)
                             << TokenPart::Payload << false << QStringLiteral("padding");
    QTest::newRow("jwe bad iv") << (b64(R"({"alg":"dir","enc":"A128GCM"})") + u"..a*cd.AAAA.AAAA") << TokenPart::InitializationVector
                                << true << QStringLiteral("\"*\"");
    QTest::newRow("jwe empty ciphertext") << (b64(R"({"alg":"dir","enc":"A128GCM"})") + u"..AAAA..AAAA") << TokenPart::Ciphertext
                                          << true << QStringLiteral("empty");
    QTest::newRow("not a token") << QStringLiteral("abc def:ghi") << TokenPart::Whole << true << QStringLiteral("\":\" at offset 6");
    QTest::newRow("too large") << QString(MaxTokenInputBytes + 1, u'a') << TokenPart::Whole << true << QStringLiteral("MiB");
    QTest::newRow("control char") << QStringLiteral("abc\x01") << TokenPart::Whole << true << QStringLiteral("U+0001");
}

// The message names the part once, in front; the detail leaves it to the view (which used to
// show "Encrypted key: encrypted key: ...").
void TestDecodedToken::problemNamesItsPartOnce_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<TokenPart>("part");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");

    const QString jwe = b64(R"({"alg":"dir","enc":"A128GCM"})");
    QTest::newRow("encrypted key") << (jwe + u".a*.AAAA.AAAA.AAAA") << TokenPart::EncryptedKey
                                   << (u"encrypted key: character \"*\" at offset "_s + QString::number(jwe.size() + 2) + u" is not base64url")
                                   << (u"character \"*\" at offset "_s + QString::number(jwe.size() + 2) + u" is not base64url");
    QTest::newRow("initialization vector") << (jwe + u"..AAAAA.AAAA.AAAA") << TokenPart::InitializationVector
                                           << u"initialization vector: 5 characters cannot be base64url (the length is never 4n+1, nor padded to a wrong length)"_s
                                           << u"5 characters cannot be base64url (the length is never 4n+1, nor padded to a wrong length)"_s;
    QTest::newRow("authentication tag") << (jwe + u"..AAAA.AAAA.AB") << TokenPart::AuthenticationTag
                                        << (u"authentication tag: the last character at offset "_s + QString::number(jwe.size() + 13)
                                            + u" has unused bits set; not canonical base64url (RFC 4648 §3.5)")
                                        << (u"the last character at offset "_s + QString::number(jwe.size() + 13)
                                            + u" has unused bits set; not canonical base64url (RFC 4648 §3.5)");
    QTest::newRow("ciphertext") << (jwe + u"..AAAA..AAAA") << TokenPart::Ciphertext << u"ciphertext: empty"_s << u"empty"_s;
    QTest::newRow("header") << (b64(R"(["alg"])") + u".e30.") << TokenPart::Header << u"header: the JSON is not an object"_s
                            << u"the JSON is not an object"_s;
    QTest::newRow("one part") << b64(R"({"alg":"RS256"})") << TokenPart::Whole << u"1 part: a JWT has 3, a JWE 5"_s
                              << u"1 part: a JWT has 3, a JWE 5"_s;
    QTest::newRow("one character") << (b64(R"({"alg":"RS256"})") + u".e30.A") << TokenPart::Signature
                                   << u"signature: 1 character cannot be base64url (the length is never 4n+1, nor padded to a wrong length)"_s
                                   << u"1 character cannot be base64url (the length is never 4n+1, nor padded to a wrong length)"_s;
}

void TestDecodedToken::problemNamesItsPartOnce()
{
    QFETCH(QString, token);
    QFETCH(TokenPart, part);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    const DecodedToken decoded = decodeToken(token);
    const auto it = std::find_if(decoded.problems.cbegin(), decoded.problems.cend(), [&](const DecodeProblem &p) { return p.part == part; });
    QVERIFY(it != decoded.problems.cend());
    QCOMPARE(it->message, message);
    QCOMPARE(it->detail, detail);
}

void TestDecodedToken::problems()
{
    QFETCH(QString, token);
    QFETCH(TokenPart, part);
    QFETCH(bool, fatal);
    QFETCH(QString, messageContains);
    const DecodedToken decoded = decodeToken(token);
    const auto it = std::find_if(decoded.problems.cbegin(), decoded.problems.cend(),
                                 [&](const DecodeProblem &p) { return p.part == part && p.fatal == fatal; });
    QVERIFY2(it != decoded.problems.cend(), qPrintable(decoded.problems.isEmpty() ? QStringLiteral("no problems") : decoded.problems.first().message));
    QVERIFY2(it->message.contains(messageContains), qPrintable(it->message));
    QCOMPARE(decoded.kind == TokenKind::Malformed, fatal);
}

void TestDecodedToken::opaque_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("characterSet");
    QTest::newRow("hex") << QStringLiteral("9f86d081884c7d659a2feaa0c55ad015") << QStringLiteral("hex");
    QTest::newRow("alphanumeric") << QStringLiteral("2YotnFZFEjr1zCsicMWpAA") << QStringLiteral("alphanumeric");
    QTest::newRow("base64url") << QStringLiteral("idun_AbC-123") << QStringLiteral("base64url");
    QTest::newRow("base64") << QStringLiteral("czZCaGRSa3F0Mz+nWDFmQmF0M2JW/w==") << QStringLiteral("base64");
    QTest::newRow("token68") << QStringLiteral("abc~def.ghi") << QStringLiteral("token68");
    QTest::newRow("one dot, not jose") << QStringLiteral("abc.def") << QStringLiteral("token68");
    QTest::newRow("two dots, not jose") << QStringLiteral("0.AXoA6WgJJ9X2qk.Bz2ZGuFp") << QStringLiteral("token68");
    QTest::newRow("four dots, not jose") << QStringLiteral("v1.a.b.c.d") << QStringLiteral("token68");
    QTest::newRow("hex starting with e") << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb924") << QStringLiteral("hex");
}

void TestDecodedToken::opaque()
{
    QFETCH(QString, token);
    QFETCH(QString, characterSet);
    const DecodedToken decoded = decodeToken(token);
    QCOMPARE(decoded.kind, TokenKind::Opaque);
    QCOMPARE(decoded.opaque.length, token.size());
    QCOMPARE(decoded.opaque.characterSet, characterSet);
    QVERIFY(decoded.problems.isEmpty());
}

void TestDecodedToken::names()
{
    QCOMPARE(tokenKindName(TokenKind::Jws), QStringLiteral("jws"));
    QCOMPARE(tokenKindName(TokenKind::Jwe), QStringLiteral("jwe"));
    QCOMPARE(tokenKindName(TokenKind::Unsecured), QStringLiteral("unsecured"));
    QCOMPARE(tokenKindName(TokenKind::Opaque), QStringLiteral("opaque"));
    QCOMPARE(tokenKindName(TokenKind::Malformed), QStringLiteral("malformed"));
    QCOMPARE(tokenPartName(TokenPart::Whole), QStringLiteral("whole"));
    QCOMPARE(tokenPartName(TokenPart::EncryptedKey), QStringLiteral("encrypted_key"));
    QCOMPARE(tokenPartName(TokenPart::InitializationVector), QStringLiteral("iv"));
    QCOMPARE(tokenPartName(TokenPart::AuthenticationTag), QStringLiteral("tag"));
}

void TestDecodedToken::largeInputsAreLinear()
{
    // Near the size limit, hostile shapes must decode to an answer: many dots, a huge payload, deep
    // JSON. A hang hits CTest's timeout; speed is for tests/bench, not a timed assertion here.
    const QList<QString> inputs = {
        QString(MaxTokenInputBytes - 1, u'.'),
        jwt(Rs256, QByteArray(700 * 1024, '{'), Sig),
        jwt(Rs256, QByteArray(700 * 1024, ' '), Sig),
        QString(MaxTokenInputBytes - 1, u'a'),
    };
    for (const QString &input : inputs) {
        const DecodedToken decoded = decodeToken(input);
        QVERIFY(decoded.kind != TokenKind::Jwe);
    }
}

QTEST_GUILESS_MAIN(TestDecodedToken)
#include "tst_decodedtoken.moc"
