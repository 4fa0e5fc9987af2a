// SPDX-License-Identifier: GPL-3.0-or-later
#include "englishcatalogue.h"
#include "jose/claimcatalogue.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Jose;
using namespace Qt::StringLiterals;

class TestClaimCatalogue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(installEnglishCatalogue(this)); }
    void describe_data();
    void describe();
    void unknown_data();
    void unknown();
    void meaningIsTranslatedText();
    void relative_data();
    void relative();
    void relativeExtremes();
    void timeClaim_data();
    void timeClaim();
    void timeClaimInvalid();
};

void TestClaimCatalogue::describe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("header");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("isTime");
    QTest::addColumn<QString>("meaningWord");

    // RFC 7515 / 7516 / 7518 / 7797 header parameters
    QTest::newRow("alg") << u"alg"_s << true << u"RFC 7515 §4.1.1"_s << false << u"Algorithm"_s;
    QTest::newRow("jku") << u"jku"_s << true << u"RFC 7515 §4.1.2"_s << false << u"URL"_s;
    QTest::newRow("jwk") << u"jwk"_s << true << u"RFC 7515 §4.1.3"_s << false << u"key"_s;
    QTest::newRow("kid") << u"kid"_s << true << u"RFC 7515 §4.1.4"_s << false << u"Key ID"_s;
    QTest::newRow("x5u") << u"x5u"_s << true << u"RFC 7515 §4.1.5"_s << false << u"X.509"_s;
    QTest::newRow("x5c") << u"x5c"_s << true << u"RFC 7515 §4.1.6"_s << false << u"chain"_s;
    QTest::newRow("x5t") << u"x5t"_s << true << u"RFC 7515 §4.1.7"_s << false << u"SHA-1"_s;
    QTest::newRow("x5t#S256") << u"x5t#S256"_s << true << u"RFC 7515 §4.1.8"_s << false << u"SHA-256"_s;
    QTest::newRow("typ") << u"typ"_s << true << u"RFC 7515 §4.1.9"_s << false << u"Type"_s;
    QTest::newRow("cty") << u"cty"_s << true << u"RFC 7515 §4.1.10"_s << false << u"Content type"_s;
    QTest::newRow("crit") << u"crit"_s << true << u"RFC 7515 §4.1.11"_s << false << u"Critical"_s;
    QTest::newRow("enc") << u"enc"_s << true << u"RFC 7516 §4.1.2"_s << false << u"Encryption"_s;
    QTest::newRow("zip") << u"zip"_s << true << u"RFC 7516 §4.1.3"_s << false << u"DEFLATE"_s;
    QTest::newRow("epk") << u"epk"_s << true << u"RFC 7518 §4.6.1.1"_s << false << u"ECDH"_s;
    QTest::newRow("apu") << u"apu"_s << true << u"RFC 7518 §4.6.1.2"_s << false << u"PartyUInfo"_s;
    QTest::newRow("apv") << u"apv"_s << true << u"RFC 7518 §4.6.1.3"_s << false << u"PartyVInfo"_s;
    QTest::newRow("iv") << u"iv"_s << true << u"RFC 7518 §4.7.1.1"_s << false << u"vector"_s;
    QTest::newRow("tag") << u"tag"_s << true << u"RFC 7518 §4.7.1.2"_s << false << u"tag"_s;
    QTest::newRow("p2s") << u"p2s"_s << true << u"RFC 7518 §4.8.1.1"_s << false << u"salt"_s;
    QTest::newRow("p2c") << u"p2c"_s << true << u"RFC 7518 §4.8.1.2"_s << false << u"iteration"_s;
    QTest::newRow("b64") << u"b64"_s << true << u"RFC 7797 §3"_s << false << u"base64url"_s;
    // A JWE header may replicate claims (RFC 7519 §5.3): header lookups fall back to claims.
    QTest::newRow("header iss") << u"iss"_s << true << u"RFC 7519 §4.1.1"_s << false << u"Issuer"_s;
    // ... but a header parameter of the same name wins in the header.
    QTest::newRow("header nonce") << u"nonce"_s << true << u"RFC 8555 §6.5.2"_s << false << u"nonce"_s;

    // RFC 7519 §4.1
    QTest::newRow("iss") << u"iss"_s << false << u"RFC 7519 §4.1.1"_s << false << u"Issuer"_s;
    QTest::newRow("sub") << u"sub"_s << false << u"RFC 7519 §4.1.2"_s << false << u"Subject"_s;
    QTest::newRow("aud") << u"aud"_s << false << u"RFC 7519 §4.1.3"_s << false << u"Audience"_s;
    QTest::newRow("exp") << u"exp"_s << false << u"RFC 7519 §4.1.4"_s << true << u"Expiration"_s;
    QTest::newRow("nbf") << u"nbf"_s << false << u"RFC 7519 §4.1.5"_s << true << u"Not before"_s;
    QTest::newRow("iat") << u"iat"_s << false << u"RFC 7519 §4.1.6"_s << true << u"Issued at"_s;
    QTest::newRow("jti") << u"jti"_s << false << u"RFC 7519 §4.1.7"_s << false << u"JWT ID"_s;

    // OpenID Connect Core §2 and §5.1
    QTest::newRow("auth_time") << u"auth_time"_s << false << u"OpenID Connect Core §2"_s << true << u"authenticated"_s;
    QTest::newRow("nonce") << u"nonce"_s << false << u"OpenID Connect Core §2"_s << false << u"replay"_s;
    QTest::newRow("acr") << u"acr"_s << false << u"OpenID Connect Core §2"_s << false << u"context class"_s;
    QTest::newRow("amr") << u"amr"_s << false << u"OpenID Connect Core §2; RFC 8176"_s << false << u"methods"_s;
    QTest::newRow("azp") << u"azp"_s << false << u"OpenID Connect Core §2"_s << false << u"Authorized party"_s;
    QTest::newRow("at_hash") << u"at_hash"_s << false << u"OpenID Connect Core §3.1.3.6"_s << false << u"access token"_s;
    QTest::newRow("c_hash") << u"c_hash"_s << false << u"OpenID Connect Core §3.3.2.11"_s << false << u"authorization code"_s;
    QTest::newRow("email") << u"email"_s << false << u"OpenID Connect Core §5.1"_s << false << u"e-mail"_s;
    QTest::newRow("email_verified") << u"email_verified"_s << false << u"OpenID Connect Core §5.1"_s << false << u"verified"_s;
    QTest::newRow("preferred_username") << u"preferred_username"_s << false << u"OpenID Connect Core §5.1"_s << false << u"not unique"_s;
    QTest::newRow("phone_number_verified") << u"phone_number_verified"_s << false << u"OpenID Connect Core §5.1"_s << false << u"telephone"_s;
    QTest::newRow("address") << u"address"_s << false << u"OpenID Connect Core §5.1.1"_s << false << u"postal"_s;
    QTest::newRow("updated_at") << u"updated_at"_s << false << u"OpenID Connect Core §5.1"_s << true << u"updated"_s;
    QTest::newRow("sid") << u"sid"_s << false << u"OpenID Connect Front-Channel Logout §3; Back-Channel Logout §2.4"_s << false << u"Session"_s;
    QTest::newRow("events") << u"events"_s << false << u"RFC 8417 §2.2; OpenID Connect Back-Channel Logout §2.4"_s << false << u"logout"_s;
    QTest::newRow("s_hash") << u"s_hash"_s << false << u"FAPI 1.0 Advanced §5.1"_s << false << u"state"_s;

    // RFC 9068, RFC 8693, RFC 7800 / 9449 / 8705
    QTest::newRow("client_id") << u"client_id"_s << false << u"RFC 9068 §2.2; RFC 8693 §4.3"_s << false << u"client"_s;
    QTest::newRow("scope") << u"scope"_s << false << u"RFC 9068 §2.2.3; RFC 8693 §4.2"_s << false << u"space-separated"_s;
    QTest::newRow("groups") << u"groups"_s << false << u"RFC 9068 §2.2.3.1; RFC 7643 §4.1.2"_s << false << u"Groups"_s;
    QTest::newRow("roles") << u"roles"_s << false << u"RFC 9068 §2.2.3.1; RFC 7643 §4.1.2"_s << false << u"Roles"_s;
    QTest::newRow("entitlements") << u"entitlements"_s << false << u"RFC 9068 §2.2.3.1; RFC 7643 §4.1.2"_s << false << u"Entitlements"_s;
    QTest::newRow("act") << u"act"_s << false << u"RFC 8693 §4.1"_s << false << u"Actor"_s;
    QTest::newRow("may_act") << u"may_act"_s << false << u"RFC 8693 §4.4"_s << false << u"May act"_s;
    QTest::newRow("cnf") << u"cnf"_s << false << u"RFC 7800 §3.1; RFC 9449 §6.1; RFC 8705 §3.1"_s << false << u"jkt"_s;
    QTest::newRow("htu") << u"htu"_s << false << u"RFC 9449 §4.2"_s << false << u"DPoP"_s;

    // Vendors
    QTest::newRow("tid") << u"tid"_s << false << u"Cloudentity"_s << false << u"Tenant"_s;
    QTest::newRow("aid") << u"aid"_s << false << u"Cloudentity"_s << false << u"workspace"_s;
    QTest::newRow("scp") << u"scp"_s << false << u"Cloudentity"_s << false << u"array"_s;
    QTest::newRow("st") << u"st"_s << false << u"Cloudentity"_s << false << u"Subject type"_s;
    QTest::newRow("idp") << u"idp"_s << false << u"Cloudentity"_s << false << u"Identity provider"_s;
    QTest::newRow("token_use") << u"token_use"_s << false << u"AWS Cognito"_s << false << u"access"_s;
    QTest::newRow("cognito:groups") << u"cognito:groups"_s << false << u"AWS Cognito"_s << false << u"groups"_s;
    QTest::newRow("cognito:username") << u"cognito:username"_s << false << u"AWS Cognito"_s << false << u"User name"_s;
    QTest::newRow("cognito:roles") << u"cognito:roles"_s << false << u"AWS Cognito"_s << false << u"IAM roles"_s;
    QTest::newRow("cognito:preferred_role") << u"cognito:preferred_role"_s << false << u"AWS Cognito"_s << false << u"IAM role"_s;
    QTest::newRow("origin_jti") << u"origin_jti"_s << false << u"AWS Cognito"_s << false << u"revocation"_s;
    QTest::newRow("event_id") << u"event_id"_s << false << u"AWS Cognito"_s << false << u"event"_s;
    QTest::newRow("username") << u"username"_s << false << u"AWS Cognito"_s << false << u"User name"_s;
    QTest::newRow("extraInfo") << u"extraInfo"_s << false << u"Sensedia"_s << false << u"Sensedia"_s;
    QTest::newRow("realm_access") << u"realm_access"_s << false << u"Keycloak"_s << false << u"Realm roles"_s;
    QTest::newRow("resource_access") << u"resource_access"_s << false << u"Keycloak"_s << false << u"Client roles"_s;
}

void TestClaimCatalogue::describe()
{
    QFETCH(QString, name);
    QFETCH(bool, header);
    QFETCH(QString, reference);
    QFETCH(bool, isTime);
    QFETCH(QString, meaningWord);

    const auto description = describeClaim(name, header ? ClaimLocation::Header : ClaimLocation::Payload);
    QVERIFY(description.has_value());
    QCOMPARE(description->name, name);
    QCOMPARE(description->reference, reference);
    QCOMPARE(description->isTime, isTime);
    QVERIFY2(description->meaning.contains(meaningWord, Qt::CaseInsensitive), qPrintable(description->meaning));
}

void TestClaimCatalogue::unknown_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("header");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("empty header") << QString() << true;
    QTest::newRow("custom claim") << u"https://example.com/claims/tier"_s << false;
    QTest::newRow("case matters") << u"EXP"_s << false;
    QTest::newRow("prefix only") << u"ex"_s << false;
    QTest::newRow("trailing space") << u"exp "_s << false;
    // Header parameters are not claims.
    QTest::newRow("alg in payload") << u"alg"_s << false;
    QTest::newRow("enc in payload") << u"enc"_s << false;
    QTest::newRow("b64 in payload") << u"b64"_s << false;
    QTest::newRow("unknown header") << u"x-custom"_s << true;
    QTest::newRow("embedded nul") << QString(u"iss\0"_s) << false;
}

void TestClaimCatalogue::unknown()
{
    QFETCH(QString, name);
    QFETCH(bool, header);
    QVERIFY(!describeClaim(name, header ? ClaimLocation::Header : ClaimLocation::Payload).has_value());
}

void TestClaimCatalogue::meaningIsTranslatedText()
{
    // Every meaning is a non-empty sentence, not the raw key.
    const QStringList names = {u"iss"_s, u"exp"_s, u"scp"_s, u"cognito:groups"_s, u"realm_access"_s};
    for (const QString &name : names) {
        const auto description = describeClaim(name);
        QVERIFY(description);
        QVERIFY(description->meaning.size() > name.size() + 5);
    }
}

void TestClaimCatalogue::relative_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    constexpr qint64 Minute = 60, Hour = 3600, Day = 86400;
    QTest::newRow("zero") << qint64(0) << u"now"_s;
    QTest::newRow("+1 s") << qint64(1) << u"in 1 s"_s;
    QTest::newRow("-1 s") << qint64(-1) << u"1 s ago"_s;
    QTest::newRow("+45 s") << qint64(45) << u"in 45 s"_s;
    QTest::newRow("+59 s") << qint64(59) << u"in 59 s"_s;
    QTest::newRow("-59 s") << qint64(-59) << u"59 s ago"_s;
    QTest::newRow("+60 s") << Minute << u"in 1 min"_s;
    QTest::newRow("+89 s") << qint64(89) << u"in 1 min"_s;
    QTest::newRow("+90 s rounds up") << qint64(90) << u"in 2 min"_s;
    QTest::newRow("+12 min") << 12 * Minute << u"in 12 min"_s;
    QTest::newRow("-12 min") << -12 * Minute << u"12 min ago"_s;
    QTest::newRow("+12 min 29 s") << 12 * Minute + 29 << u"in 12 min"_s;
    QTest::newRow("59 min 29 s") << Hour - 31 << u"in 59 min"_s;
    QTest::newRow("59 min 30 s becomes 1 h") << Hour - 30 << u"in 1 h"_s;
    QTest::newRow("-59 min 30 s") << -(Hour - 30) << u"1 h ago"_s;
    QTest::newRow("+1 h") << Hour << u"in 1 h"_s;
    QTest::newRow("+3 h") << 3 * Hour << u"in 3 h"_s;
    QTest::newRow("-3 h") << -3 * Hour << u"3 h ago"_s;
    QTest::newRow("3 h 29 min") << 3 * Hour + 29 * Minute << u"in 3 h"_s;
    QTest::newRow("3 h 30 min rounds up") << 3 * Hour + 30 * Minute << u"in 4 h"_s;
    QTest::newRow("23 h 29 min") << Day - Hour / 2 - 1 << u"in 23 h"_s;
    QTest::newRow("23 h 30 min becomes 1 day") << Day - Hour / 2 << u"in 1 day"_s;
    QTest::newRow("+1 day") << Day << u"in 1 day"_s;
    QTest::newRow("-1 day") << -Day << u"1 day ago"_s;
    QTest::newRow("+1.5 days rounds up") << Day + Day / 2 << u"in 2 days"_s;
    QTest::newRow("just under 1.5 days") << Day + Day / 2 - 1 << u"in 1 day"_s;
    QTest::newRow("+2 days") << 2 * Day << u"in 2 days"_s;
    QTest::newRow("-2 days") << -2 * Day << u"2 days ago"_s;
    QTest::newRow("-400 days") << -400 * Day << u"400 days ago"_s;
}

void TestClaimCatalogue::relative()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(relativeDuration(seconds), expected);
}

void TestClaimCatalogue::relativeExtremes()
{
    const QString future = relativeDuration(std::numeric_limits<qint64>::max());
    QVERIFY2(future.startsWith(u"in ") && future.endsWith(u" days"), qPrintable(future));
    const QString past = relativeDuration(std::numeric_limits<qint64>::min());
    QVERIFY2(past.endsWith(u" days ago"), qPrintable(past));
    QVERIFY(!past.contains(u'-'));
}

void TestClaimCatalogue::timeClaim_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("expected");

    QTest::newRow("exp future") << u"exp"_s << qint64(12 * 60) << u"expires in 12 min"_s;
    QTest::newRow("exp past") << u"exp"_s << qint64(-3 * 3600) << u"expired 3 h ago"_s;
    QTest::newRow("exp now") << u"exp"_s << qint64(0) << u"expires now"_s;
    QTest::newRow("exp 1 s ago") << u"exp"_s << qint64(-1) << u"expired 1 s ago"_s;
    QTest::newRow("nbf future") << u"nbf"_s << qint64(120) << u"becomes valid in 2 min"_s;
    QTest::newRow("nbf past") << u"nbf"_s << qint64(-3600) << u"valid since 1 h ago"_s;
    QTest::newRow("iat past") << u"iat"_s << qint64(-300) << u"issued 5 min ago"_s;
    QTest::newRow("iat future (skew)") << u"iat"_s << qint64(30) << u"issued in 30 s"_s;
    QTest::newRow("auth_time") << u"auth_time"_s << qint64(-7200) << u"authenticated 2 h ago"_s;
    QTest::newRow("updated_at") << u"updated_at"_s << qint64(-2 * 86400) << u"updated 2 days ago"_s;
    QTest::newRow("other") << u"toe"_s << qint64(-60) << u"1 min ago"_s;
}

void TestClaimCatalogue::timeClaim()
{
    QFETCH(QString, name);
    QFETCH(qint64, offset);
    QFETCH(QString, expected);

    const QDateTime now(QDate(2026, 11, 22), QTime(17, 28, 0), QTimeZone::utc());
    QCOMPARE(describeTimeClaim(name, now.addSecs(offset), now), expected);
    // The same instants in another zone describe the same thing.
    QCOMPARE(describeTimeClaim(name, now.addSecs(offset).toOffsetFromUtc(3600), now), expected);
}

void TestClaimCatalogue::timeClaimInvalid()
{
    const QDateTime now(QDate(2026, 11, 22), QTime(17, 28, 0), QTimeZone::utc());
    QCOMPARE(describeTimeClaim(u"exp", QDateTime(), now), QString());
    QCOMPARE(describeTimeClaim(u"exp", now, QDateTime()), QString());
}

QTEST_GUILESS_MAIN(TestClaimCatalogue)
#include "tst_claimcatalogue.moc"
