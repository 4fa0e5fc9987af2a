// SPDX-License-Identifier: GPL-3.0-or-later
#include "jose/tokeninput.h"

#include <QTest>

using namespace Jose;

namespace {
// RFC 7519 §3.1 example token.
const QString Jwt = QStringLiteral(
    "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString Jwt2 = QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
}

class TestTokenInput final : public QObject
{
    Q_OBJECT

private slots:
    void single_data();
    void single();
    void redirect_data();
    void redirect();
    void errors_data();
    void errors();
    void tooLarge();
    void largeButAllowed();
    void hostileShapesAreFast_data();
    void hostileShapesAreFast();
};

void TestTokenInput::single_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("origin");

    QTest::newRow("bare") << Jwt << Jwt << QStringLiteral("bare");
    QTest::newRow("bare with spaces around") << (u"  \n\t" + Jwt + u"\r\n ") << Jwt << QStringLiteral("bare");
    QTest::newRow("wrapped at 40") << (Jwt.left(40) + u"\n" + Jwt.mid(40, 40) + u"\r\n" + Jwt.mid(80)) << Jwt << QStringLiteral("bare");
    QTest::newRow("quoted") << (u"\"" + Jwt + u"\"") << Jwt << QStringLiteral("bare");
    QTest::newRow("opaque") << QStringLiteral("2YotnFZFEjr1zCsicMWpAA") << QStringLiteral("2YotnFZFEjr1zCsicMWpAA") << QStringLiteral("bare");
    QTest::newRow("bearer") << (u"Bearer " + Jwt) << Jwt << QStringLiteral("bearer");
    QTest::newRow("bearer lower case") << (u"bearer " + Jwt) << Jwt << QStringLiteral("bearer");
    QTest::newRow("bearer upper case, tabs") << (u"BEARER\t\t" + Jwt + u"\n") << Jwt << QStringLiteral("bearer");
    QTest::newRow("bearer wrapped") << (u"Bearer " + Jwt.left(50) + u"\n   " + Jwt.mid(50)) << Jwt << QStringLiteral("bearer");
    QTest::newRow("dpop") << (u"DPoP " + Jwt) << Jwt << QStringLiteral("bearer");
    QTest::newRow("header line") << (u"Authorization: Bearer " + Jwt) << Jwt << QStringLiteral("authorization");
    QTest::newRow("header line lower case") << (u"authorization:bearer " + Jwt) << Jwt << QStringLiteral("authorization");
    QTest::newRow("header line, other scheme") << QStringLiteral("Authorization: idun_AbC123-xyz")
                                               << QStringLiteral("idun_AbC123-xyz") << QStringLiteral("authorization");
    QTest::newRow("header line, Basic") << QStringLiteral("Authorization: Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW")
                                        << QStringLiteral("czZCaGRSa3F0MzpnWDFmQmF0M2JW") << QStringLiteral("authorization");
    QTest::newRow("header line wrapped") << (u"Authorization: Bearer " + Jwt.left(60) + u"\n" + Jwt.mid(60) + u"\n")
                                         << Jwt << QStringLiteral("authorization");
    QTest::newRow("request excerpt") << (u"GET /api HTTP/1.1\nHost: api.example\nAuthorization: Bearer " + Jwt + u"\nAccept: */*\n")
                                     << Jwt << QStringLiteral("authorization");
    QTest::newRow("curl argument") << (u"curl -H 'Authorization: Bearer " + Jwt + u"' -H 'Accept: x' https://api.example/")
                                   << Jwt << QStringLiteral("authorization");
    QTest::newRow("curl double quotes") << (u"curl -H \"authorization: Bearer " + Jwt + u"\" https://api.example/")
                                        << Jwt << QStringLiteral("authorization");
    QTest::newRow("token response") << (u"{\"access_token\":\"" + Jwt + u"\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                                    << Jwt << QStringLiteral("json");
}

void TestTokenInput::single()
{
    QFETCH(QString, text);
    QFETCH(QString, token);
    QFETCH(QString, origin);
    const TokenInput input = extractTokens(text);
    QVERIFY2(input.ok(), qPrintable(input.error));
    QCOMPARE(input.candidates.size(), 1);
    QCOMPARE(input.candidates.first().token, token);
    QCOMPARE(input.candidates.first().origin, origin);
}

void TestTokenInput::redirect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "origin:parameter:token" in order

    QTest::newRow("code in query") << QStringLiteral("https://app.example/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz")
                                   << QStringList{QStringLiteral("query:code:SplxlOBeZQQYbYS6WxSbIA")};
    QTest::newRow("implicit fragment") << (u"https://app.example/cb#access_token=" + Jwt + u"&token_type=Bearer&state=1")
                                       << QStringList{u"fragment:access_token:" + Jwt};
    QTest::newRow("hybrid, both") << (u"https://app.example/cb?code=abc#id_token=" + Jwt + u"&access_token=" + Jwt2)
                                  << QStringList{u"fragment:id_token:" + Jwt, u"fragment:access_token:" + Jwt2,
                                                 QStringLiteral("query:code:abc")};
    QTest::newRow("fragment order") << (u"https://x/cb#code=c1&refresh_token=r1&access_token=" + Jwt2 + u"&id_token=" + Jwt)
                                    << QStringList{u"fragment:id_token:" + Jwt, u"fragment:access_token:" + Jwt2,
                                                   QStringLiteral("fragment:refresh_token:r1"), QStringLiteral("fragment:code:c1")};
    QTest::newRow("just query") << QStringLiteral("?code=abc&state=s") << QStringList{QStringLiteral("query:code:abc")};
    QTest::newRow("just fragment") << (u"#id_token=" + Jwt) << QStringList{u"fragment:id_token:" + Jwt};
    QTest::newRow("percent-encoded") << QStringLiteral("https://x/cb?code=a%2Fb%3Dc") << QStringList{QStringLiteral("query:code:a/b=c")};
    QTest::newRow("wrapped URL") << (u"https://app.example/cb#id_token=" + Jwt.left(30) + u"\n  " + Jwt.mid(30))
                                 << QStringList{u"fragment:id_token:" + Jwt};
    QTest::newRow("form body") << (u"access_token=" + Jwt + u"&token_type=Bearer&expires_in=3600")
                               << QStringList{u"query:access_token:" + Jwt};
    QTest::newRow("custom scheme") << QStringLiteral("com.example.app:/oauth2redirect?code=xyz")
                                   << QStringList{QStringLiteral("query:code:xyz")};
    QTest::newRow("token response, several") << (u"{\"access_token\":\"" + Jwt2 + u"\",\"id_token\":\"" + Jwt + u"\",\"refresh_token\":\"rt\"}")
                                             << QStringList{u"json:id_token:" + Jwt, u"json:access_token:" + Jwt2,
                                                            QStringLiteral("json:refresh_token:rt")};
}

void TestTokenInput::redirect()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const TokenInput input = extractTokens(text);
    QVERIFY2(input.ok(), qPrintable(input.error));
    QStringList got;
    for (const TokenCandidate &c : input.candidates)
        got.append(c.origin + u':' + c.parameter + u':' + c.token);
    QCOMPARE(got, expected);
}

void TestTokenInput::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("empty") << QString() << QStringLiteral("Nothing to inspect");
    QTest::newRow("whitespace") << QStringLiteral(" \n\t \r\n") << QStringLiteral("Nothing to inspect");
    QTest::newRow("bearer alone") << QStringLiteral("Bearer") << QStringLiteral("Bearer");
    QTest::newRow("bearer and spaces") << QStringLiteral("Bearer   \n") << QStringLiteral("Bearer");
    QTest::newRow("empty header") << QStringLiteral("Authorization:   ") << QStringLiteral("Authorization");
    QTest::newRow("header, scheme only") << QStringLiteral("Authorization: Bearer") << QStringLiteral("Authorization");
    QTest::newRow("url without token") << QStringLiteral("https://app.example/cb?state=1") << QStringLiteral("no access_token");
    QTest::newRow("error redirect") << QStringLiteral("https://app.example/cb?error=access_denied&error_description=User+said+no")
                                    << QStringLiteral("access_denied (User said no)");
    QTest::newRow("empty code") << QStringLiteral("?code=&state=1") << QStringLiteral("no access_token");
}

void TestTokenInput::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, messageContains);
    const TokenInput input = extractTokens(text);
    QVERIFY(!input.ok());
    QVERIFY(input.candidates.isEmpty());
    QVERIFY2(input.error.contains(messageContains), qPrintable(input.error));
}

void TestTokenInput::tooLarge()
{
    const QString big(MaxTokenInputBytes + 1, u'a');
    const TokenInput input = extractTokens(big);
    QVERIFY(!input.ok());
    QVERIFY(input.candidates.isEmpty());
    QVERIFY2(input.error.contains(QStringLiteral("1 MiB")), qPrintable(input.error));

    // Characters that take several UTF-8 bytes count as such.
    const QString wide(MaxTokenInputBytes / 2 + 1, QChar(0x00e9));
    QVERIFY(!extractTokens(wide).ok());
    QVERIFY(!extractTokens(wide).error.isEmpty());
}

void TestTokenInput::largeButAllowed()
{
    const QString big(MaxTokenInputBytes - 10, u'a');
    const TokenInput input = extractTokens(big);
    QVERIFY2(input.ok(), qPrintable(input.error));
    QCOMPARE(input.candidates.first().token.size(), big.size());
}

void TestTokenInput::hostileShapesAreFast_data()
{
    QTest::addColumn<QString>("text");
    const qsizetype n = MaxTokenInputBytes - 64;
    const auto repeated = [n](const QString &unit) { return unit.repeated(n / unit.size()); };
    QTest::newRow("authorization words") << repeated(QStringLiteral("authorization "));
    QTest::newRow("header lines") << (u"Authorization: Bearer x\n" + repeated(QStringLiteral("a\n")));
    QTest::newRow("header-like lines") << (u"Authorization: Bearer x\n" + repeated(QStringLiteral("abc:\n")).mid(5));
    QTest::newRow("quotes") << repeated(QStringLiteral("\""));
    QTest::newRow("parameters") << (u"?" + repeated(QStringLiteral("code=a&")));
    QTest::newRow("ampersands") << (u"#" + repeated(QStringLiteral("&")));
    QTest::newRow("json") << (u"{\"access_token\":\"" + repeated(QStringLiteral("a")) + u"\"}");
    QTest::newRow("spaces") << repeated(QStringLiteral(" \n"));
}

// Inputs at the size cap built to trip a quadratic scan. They must come back with an answer (a
// hang would hit CTest's timeout); how fast is measured by tests/bench, not asserted here, since
// a timed assertion fails on a loaded CI machine (it did, under ASan, at 5.2 s).
void TestTokenInput::hostileShapesAreFast()
{
    QFETCH(QString, text);
    const TokenInput input = extractTokens(text);
    QVERIFY(input.ok() || !input.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenInput)
#include "tst_tokeninput.moc"
