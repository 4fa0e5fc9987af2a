// SPDX-License-Identifier: GPL-3.0-or-later
// OAuthHints: a hint per error code, specific to the grant and the client authentication.

#include "oauth/oauthhints.h"

#include <QTest>

using namespace OAuth;
using Profiles::ClientAuthMethod;

Q_DECLARE_METATYPE(OAuth::Grant)
Q_DECLARE_METATYPE(Profiles::ClientAuthMethod)

class TestOAuthHints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hints_data();
    void hints();
    void grantSpecificHintsDiffer();
    void invalidClientNamesTheOtherBasicEncoding();
    void unknownCodeHasNoHint();
    void grantNames();
};

void TestOAuthHints::hints_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<Grant>("grant");
    QTest::addColumn<ClientAuthMethod>("method");
    QTest::addColumn<QStringList>("mentions"); // each must appear, case-insensitively

    const auto basic = ClientAuthMethod::ClientSecretBasic;
    QTest::newRow("invalid_client basic") << u"invalid_client"_qs << Grant::ClientCredentials << basic
                                          << QStringList{u"raw Basic"_qs, u"client_secret_post"_qs};
    QTest::newRow("invalid_client post") << u"invalid_client"_qs << Grant::ClientCredentials
                                         << ClientAuthMethod::ClientSecretPost << QStringList{u"client_secret_basic"_qs};
    QTest::newRow("invalid_client none") << u"invalid_client"_qs << Grant::AuthorizationCode << ClientAuthMethod::None
                                         << QStringList{u"secret"_qs, u"public client"_qs};
    QTest::newRow("invalid_client jwt") << u"invalid_client"_qs << Grant::ClientCredentials
                                        << ClientAuthMethod::PrivateKeyJwt << QStringList{u"assertion"_qs, u"kid"_qs};
    QTest::newRow("invalid_client mtls") << u"invalid_client"_qs << Grant::ClientCredentials
                                         << ClientAuthMethod::TlsClientAuth << QStringList{u"certificate"_qs};
    QTest::newRow("invalid_grant code") << u"invalid_grant"_qs << Grant::AuthorizationCode << basic
                                        << QStringList{u"once"_qs, u"redirect_uri"_qs};
    QTest::newRow("invalid_grant refresh") << u"invalid_grant"_qs << Grant::RefreshToken << basic
                                           << QStringList{u"expired"_qs, u"revoked"_qs, u"rotated"_qs};
    QTest::newRow("invalid_grant password") << u"invalid_grant"_qs << Grant::Password << basic
                                            << QStringList{u"password is wrong"_qs, u"disabled"_qs};
    QTest::newRow("invalid_grant device") << u"invalid_grant"_qs << Grant::DeviceCode << basic
                                          << QStringList{u"device code"_qs};
    QTest::newRow("unauthorized_client password") << u"unauthorized_client"_qs << Grant::Password << basic
                                                  << QStringList{u"\"password\""_qs, u"grant types"_qs};
    QTest::newRow("unauthorized_client cc") << u"unauthorized_client"_qs << Grant::ClientCredentials << basic
                                            << QStringList{u"\"client_credentials\""_qs};
    QTest::newRow("invalid_scope") << u"invalid_scope"_qs << Grant::ClientCredentials << basic
                                   << QStringList{u"scope"_qs};
    QTest::newRow("unsupported_grant_type") << u"unsupported_grant_type"_qs << Grant::DeviceCode << basic
                                            << QStringList{u"urn:ietf:params:oauth:grant-type:device_code"_qs,
                                                           u"grant_types_supported"_qs};
    QTest::newRow("access_denied code") << u"access_denied"_qs << Grant::AuthorizationCode << basic
                                        << QStringList{u"consent"_qs};
    QTest::newRow("access_denied device") << u"access_denied"_qs << Grant::DeviceCode << basic
                                          << QStringList{u"other device"_qs};
    QTest::newRow("expired_token") << u"expired_token"_qs << Grant::DeviceCode << basic << QStringList{u"expired"_qs};
    QTest::newRow("slow_down") << u"slow_down"_qs << Grant::DeviceCode << basic << QStringList{u"5 seconds"_qs};
    QTest::newRow("temporarily_unavailable") << u"temporarily_unavailable"_qs << Grant::Password << basic
                                             << QStringList{u"try again"_qs};
    QTest::newRow("server_error") << u"server_error"_qs << Grant::Password << basic << QStringList{u"logs"_qs};
    QTest::newRow("login_required") << u"login_required"_qs << Grant::AuthorizationCode << basic
                                    << QStringList{u"prompt=none"_qs, u"sign in"_qs};
    QTest::newRow("consent_required") << u"consent_required"_qs << Grant::AuthorizationCode << basic
                                      << QStringList{u"consent"_qs};
    QTest::newRow("interaction_required") << u"interaction_required"_qs << Grant::AuthorizationCode << basic
                                          << QStringList{u"interact"_qs};
    QTest::newRow("invalid_request code") << u"invalid_request"_qs << Grant::AuthorizationCode << basic
                                          << QStringList{u"redirect URI"_qs, u"PKCE"_qs};
    QTest::newRow("invalid_request cc") << u"invalid_request"_qs << Grant::ClientCredentials << basic
                                        << QStringList{u"extra parameters"_qs};
    QTest::newRow("invalid_target") << u"invalid_target"_qs << Grant::ClientCredentials << basic
                                    << QStringList{u"RFC 8707"_qs, u"resources"_qs};
    QTest::newRow("padded code") << u" invalid_scope "_qs << Grant::Password << basic << QStringList{u"scope"_qs};
}

void TestOAuthHints::hints()
{
    QFETCH(QString, error);
    QFETCH(Grant, grant);
    QFETCH(ClientAuthMethod, method);
    QFETCH(QStringList, mentions);
    Profiles::Profile profile;
    profile.authMethod = method;
    const QString hint = OAuthHints::hint(error, grant, profile);
    QVERIFY(!hint.isEmpty());
    for (const QString &mention : mentions)
        QVERIFY2(hint.contains(mention, Qt::CaseInsensitive), qPrintable(mention + u" not in: "_qs + hint));
}

void TestOAuthHints::grantSpecificHintsDiffer()
{
    const Profiles::Profile profile;
    QStringList seen;
    for (Grant grant : {Grant::AuthorizationCode, Grant::RefreshToken, Grant::Password, Grant::DeviceCode}) {
        const QString hint = OAuthHints::hint(u"invalid_grant"_qs, grant, profile);
        QVERIFY(!seen.contains(hint));
        seen << hint;
    }
}

void TestOAuthHints::invalidClientNamesTheOtherBasicEncoding()
{
    Profiles::Profile profile;
    profile.authMethod = ClientAuthMethod::ClientSecretBasic;
    profile.rawBasicCredentials = false;
    const QString encoded = OAuthHints::hint(u"invalid_client"_qs, Grant::ClientCredentials, profile);
    QVERIFY2(encoded.contains(u"turn on"_qs), qPrintable(encoded));
    profile.rawBasicCredentials = true;
    const QString raw = OAuthHints::hint(u"invalid_client"_qs, Grant::ClientCredentials, profile);
    QVERIFY2(raw.contains(u"turn off"_qs), qPrintable(raw));
    QVERIFY(raw.contains(u"2.3.1"_qs));
}

void TestOAuthHints::unknownCodeHasNoHint()
{
    const Profiles::Profile profile;
    QVERIFY(OAuthHints::hint(u"something_else"_qs, Grant::Password, profile).isEmpty());
    QVERIFY(OAuthHints::hint(QString(), Grant::Password, profile).isEmpty());
}

void TestOAuthHints::grantNames()
{
    QCOMPARE(grantTypeName(Grant::ClientCredentials), u"client_credentials"_qs);
    QCOMPARE(grantTypeName(Grant::AuthorizationCode), u"authorization_code"_qs);
    QCOMPARE(grantTypeName(Grant::Password), u"password"_qs);
    QCOMPARE(grantTypeName(Grant::RefreshToken), u"refresh_token"_qs);
    QCOMPARE(grantTypeName(Grant::DeviceCode), u"urn:ietf:params:oauth:grant-type:device_code"_qs);
    for (Grant grant : {Grant::ClientCredentials, Grant::AuthorizationCode, Grant::Password, Grant::DeviceCode,
                        Grant::RefreshToken})
        QVERIFY(!grantDisplayName(grant).isEmpty());
}

QTEST_GUILESS_MAIN(TestOAuthHints)
#include "tst_oauthhints.moc"
