// SPDX-License-Identifier: GPL-3.0-or-later
// Discovery's pure parts: well-known URLs (OIDC Discovery §4, RFC 8414 §3.1), parsing with typed
// members, the lint (one row per finding code, from crafted documents) and the endpoint diff.

#include "oauth/discovery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Discovery::Kind;
using Profiles::EndpointKind;

namespace {

const QUrl Source(QStringLiteral("https://id.example.com/.well-known/openid-configuration"));

// A clean OpenID Connect document for https://id.example.com; rows change one member.
QJsonObject goodDocument()
{
    const QString base = QStringLiteral("https://id.example.com");
    return QJsonObject{
        {QStringLiteral("issuer"), base},
        {QStringLiteral("authorization_endpoint"), QString(base + u"/authorize")},
        {QStringLiteral("token_endpoint"), QString(base + u"/token")},
        {QStringLiteral("jwks_uri"), QString(base + u"/jwks")},
        {QStringLiteral("userinfo_endpoint"), QString(base + u"/userinfo")},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
    };
}

Discovery::Document documentFrom(const QJsonObject &object, Kind kind = Kind::OpenIdConnect)
{
    const auto parsed = Discovery::parse(QJsonDocument(object).toJson(), Source, kind);
    if (!parsed.document)
        qFatal("crafted document does not parse: %s", qPrintable(parsed.error));
    return *parsed.document;
}

QStringList codes(const QList<Discovery::Finding> &findings)
{
    QStringList list;
    for (const auto &finding : findings)
        list.append(finding.code);
    return list;
}

} // namespace

class TestDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellKnownUrl_data();
    void wellKnownUrl();
    void parseValid();
    void parseErrors_data();
    void parseErrors();
    void lintClean();
    void lint_data();
    void lint();
    void lintSeverities();
    void diff_data();
    void diff();
};

void TestDiscovery::wellKnownUrl_data()
{
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("oidc");
    QTest::addColumn<QString>("oauth");

    QTest::newRow("host only") << QStringLiteral("https://id.example.com")
                               << QStringLiteral("https://id.example.com/.well-known/openid-configuration")
                               << QStringLiteral("https://id.example.com/.well-known/oauth-authorization-server");
    QTest::newRow("host, trailing slash") << QStringLiteral("https://id.example.com/")
                                          << QStringLiteral("https://id.example.com/.well-known/openid-configuration")
                                          << QStringLiteral(
                                                 "https://id.example.com/.well-known/oauth-authorization-server");
    QTest::newRow("path") << QStringLiteral("https://id.example.com/tenant/ws")
                          << QStringLiteral("https://id.example.com/tenant/ws/.well-known/openid-configuration")
                          << QStringLiteral("https://id.example.com/.well-known/oauth-authorization-server/tenant/ws");
    QTest::newRow("path, trailing slash")
        << QStringLiteral("https://id.example.com/tenant/")
        << QStringLiteral("https://id.example.com/tenant/.well-known/openid-configuration")
        << QStringLiteral("https://id.example.com/.well-known/oauth-authorization-server/tenant");
    QTest::newRow("port, loopback http") << QStringLiteral("http://127.0.0.1:8080/default/demo")
                                         << QStringLiteral(
                                                "http://127.0.0.1:8080/default/demo/.well-known/openid-configuration")
                                         << QStringLiteral("http://127.0.0.1:8080/.well-known/"
                                                           "oauth-authorization-server/default/demo");
    QTest::newRow("encoded path kept") << QStringLiteral("https://id.example.com/a%2Fb")
                                       << QStringLiteral("https://id.example.com/a%2Fb/.well-known/openid-configuration")
                                       << QStringLiteral(
                                              "https://id.example.com/.well-known/oauth-authorization-server/a%2Fb");
    QTest::newRow("query and fragment dropped")
        << QStringLiteral("https://id.example.com/t?x=1#f")
        << QStringLiteral("https://id.example.com/t/.well-known/openid-configuration")
        << QStringLiteral("https://id.example.com/.well-known/oauth-authorization-server/t");
}

void TestDiscovery::wellKnownUrl()
{
    QFETCH(QString, issuer);
    QFETCH(QString, oidc);
    QFETCH(QString, oauth);
    const QUrl url(issuer);
    QCOMPARE(Discovery::wellKnownUrl(url, Kind::OpenIdConnect).toString(QUrl::FullyEncoded), oidc);
    QCOMPARE(Discovery::wellKnownUrl(url, Kind::OAuthServerMetadata).toString(QUrl::FullyEncoded), oauth);
}

void TestDiscovery::parseValid()
{
    QJsonObject object = goodDocument();
    object[QStringLiteral("introspection_endpoint")] = QStringLiteral("https://id.example.com/introspect");
    object[QStringLiteral("revocation_endpoint")] = QStringLiteral("https://id.example.com/revoke");
    object[QStringLiteral("device_authorization_endpoint")] = QStringLiteral("https://id.example.com/device");
    object[QStringLiteral("pushed_authorization_request_endpoint")] = QStringLiteral("https://id.example.com/par");
    object[QStringLiteral("end_session_endpoint")] = QStringLiteral("https://id.example.com/logout");
    object[QStringLiteral("response_modes_supported")] = QJsonArray{QStringLiteral("query"), QStringLiteral("form_post")};
    object[QStringLiteral("token_endpoint_auth_methods_supported")] =
        QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("private_key_jwt")};
    object[QStringLiteral("scopes_supported")] = QJsonArray{QStringLiteral("openid"), QStringLiteral("email")};
    object[QStringLiteral("x_vendor_extension")] = QJsonArray{1, 2}; // unknown members are ignored

    const auto parsed = Discovery::parse(QJsonDocument(object).toJson(), Source, Kind::OAuthServerMetadata);
    QVERIFY2(parsed.document, qPrintable(parsed.error));
    QVERIFY(parsed.error.isEmpty());
    const Discovery::Document &d = *parsed.document;
    QCOMPARE(d.kind, Kind::OAuthServerMetadata);
    QCOMPARE(d.sourceUrl, Source);
    QCOMPARE(d.raw, object);
    QCOMPARE(d.issuer, QUrl(QStringLiteral("https://id.example.com")));
    const QStringList expected{QStringLiteral("https://id.example.com/authorize"),
                               QStringLiteral("https://id.example.com/token"),
                               QStringLiteral("https://id.example.com/jwks"),
                               QStringLiteral("https://id.example.com/userinfo"),
                               QStringLiteral("https://id.example.com/introspect"),
                               QStringLiteral("https://id.example.com/revoke"),
                               QStringLiteral("https://id.example.com/device"),
                               QStringLiteral("https://id.example.com/par"),
                               QStringLiteral("https://id.example.com/logout")};
    QStringList actual;
    for (const QUrl &url : d.endpoints.urls)
        actual.append(url.toString());
    QCOMPARE(actual, expected);
    QCOMPARE(d.grantTypesSupported, (QStringList{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}));
    QCOMPARE(d.responseTypesSupported, QStringList{QStringLiteral("code")});
    QCOMPARE(d.responseModesSupported, (QStringList{QStringLiteral("query"), QStringLiteral("form_post")}));
    QCOMPARE(d.codeChallengeMethodsSupported, QStringList{QStringLiteral("S256")});
    QCOMPARE(d.tokenEndpointAuthMethodsSupported,
             (QStringList{QStringLiteral("client_secret_basic"), QStringLiteral("private_key_jwt")}));
    QCOMPARE(d.scopesSupported, (QStringList{QStringLiteral("openid"), QStringLiteral("email")}));
    QVERIFY(d.authorizationResponseIssParameterSupported);

    // Optional members absent: empty lists, false.
    const auto minimal = Discovery::parse(R"({"issuer": "https://x.example"})", Source, Kind::OpenIdConnect);
    QVERIFY2(minimal.document, qPrintable(minimal.error));
    QVERIFY(minimal.document->endpoints.url(EndpointKind::Token).isEmpty());
    QVERIFY(minimal.document->grantTypesSupported.isEmpty());
    QVERIFY(!minimal.document->authorizationResponseIssParameterSupported);
}

void TestDiscovery::parseErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions"); // a word the message must contain (the member, or what's wrong)

    QTest::newRow("not JSON") << QByteArray("<html><body>Login</body></html>") << QStringLiteral("not JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray(R"([{"issuer": "https://id.example.com"}])") << QStringLiteral("array");
    QTest::newRow("no issuer") << QByteArray(R"({"token_endpoint": "https://id.example.com/t"})")
                               << QStringLiteral("\"issuer\"");
    QTest::newRow("issuer a number") << QByteArray(R"({"issuer": 42})") << QStringLiteral("\"issuer\"");
    QTest::newRow("issuer relative") << QByteArray(R"({"issuer": "/tenant"})") << QStringLiteral("\"issuer\"");
    QTest::newRow("token_endpoint an object")
        << QByteArray(R"({"issuer": "https://id.example.com", "token_endpoint": {"url": "x"}})")
        << QStringLiteral("\"token_endpoint\"");
    QTest::newRow("jwks_uri not http")
        << QByteArray(R"({"issuer": "https://id.example.com", "jwks_uri": "ftp://id.example.com/keys"})")
        << QStringLiteral("\"jwks_uri\"");
    QTest::newRow("end_session_endpoint empty")
        << QByteArray(R"({"issuer": "https://id.example.com", "end_session_endpoint": ""})")
        << QStringLiteral("\"end_session_endpoint\"");
    QTest::newRow("grant_types_supported a string")
        << QByteArray(R"({"issuer": "https://id.example.com", "grant_types_supported": "authorization_code"})")
        << QStringLiteral("\"grant_types_supported\"");
    QTest::newRow("scopes_supported with a number")
        << QByteArray(R"({"issuer": "https://id.example.com", "scopes_supported": ["openid", 1]})")
        << QStringLiteral("\"scopes_supported\"");
    QTest::newRow("code_challenge_methods_supported null")
        << QByteArray(R"({"issuer": "https://id.example.com", "code_challenge_methods_supported": null})")
        << QStringLiteral("\"code_challenge_methods_supported\"");
    QTest::newRow("iss parameter flag a string")
        << QByteArray(R"({"issuer": "https://id.example.com", "authorization_response_iss_parameter_supported": "yes"})")
        << QStringLiteral("\"authorization_response_iss_parameter_supported\"");
    QTest::newRow("registration_endpoint a number")
        << QByteArray(R"({"issuer": "https://id.example.com", "registration_endpoint": 7})")
        << QStringLiteral("\"registration_endpoint\"");
}

void TestDiscovery::parseErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto parsed = Discovery::parse(json, Source, Kind::OpenIdConnect);
    QVERIFY(!parsed.document.has_value());
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    QVERIFY2(parsed.error.contains(Source.toString()), qPrintable(parsed.error)); // where it came from
}

void TestDiscovery::lintClean()
{
    const auto findings = Discovery::lint(documentFrom(goodDocument()), QUrl(QStringLiteral("https://id.example.com")));
    QVERIFY2(findings.isEmpty(), qPrintable(codes(findings).join(u',')));
}

void TestDiscovery::lint_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expectedIssuer");
    QTest::addColumn<QStringList>("expected"); // finding codes, in order

    const QString issuer = QStringLiteral("https://id.example.com");
    const int oidc = int(Kind::OpenIdConnect);

    QJsonObject mismatch = goodDocument();
    QTest::newRow("issuer_mismatch") << mismatch << oidc << QStringLiteral("https://other.example.com")
                                     << QStringList{QStringLiteral("issuer_mismatch")};
    QTest::newRow("issuer_mismatch, trailing slash only") << mismatch << oidc << QString(issuer + u'/')
                                                          << QStringList{QStringLiteral("issuer_mismatch")};
    QTest::newRow("no expected issuer: no comparison") << mismatch << oidc << QString() << QStringList{};

    QJsonObject noJwks = goodDocument();
    noJwks.remove(QStringLiteral("jwks_uri"));
    QTest::newRow("no_jwks_uri") << noJwks << oidc << issuer << QStringList{QStringLiteral("no_jwks_uri")};

    QJsonObject noToken = goodDocument();
    noToken.remove(QStringLiteral("token_endpoint"));
    QTest::newRow("no_token_endpoint") << noToken << oidc << issuer << QStringList{QStringLiteral("no_token_endpoint")};

    QJsonObject noS256 = goodDocument();
    noS256.remove(QStringLiteral("code_challenge_methods_supported"));
    QTest::newRow("no_s256, member absent") << noS256 << oidc << issuer << QStringList{QStringLiteral("no_s256")};
    noS256[QStringLiteral("code_challenge_methods_supported")] = QJsonArray{QStringLiteral("S512")};
    QTest::newRow("no_s256, other method") << noS256 << oidc << issuer << QStringList{QStringLiteral("no_s256")};
    QJsonObject plain = goodDocument();
    plain[QStringLiteral("code_challenge_methods_supported")] = QJsonArray{QStringLiteral("plain")};
    QTest::newRow("plain_pkce_only") << plain << oidc << issuer << QStringList{QStringLiteral("plain_pkce_only")};
    QJsonObject noAuthorize = noS256;
    noAuthorize.remove(QStringLiteral("authorization_endpoint"));
    QTest::newRow("no code flow: PKCE irrelevant") << noAuthorize << oidc << issuer << QStringList{};

    QJsonObject implicitGrant = goodDocument();
    implicitGrant[QStringLiteral("grant_types_supported")] =
        QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("implicit")};
    QTest::newRow("implicit grant, only id_token response types") << implicitGrant << oidc << issuer << QStringList{};
    implicitGrant.remove(QStringLiteral("response_types_supported"));
    QTest::newRow("implicit_enabled, grant, response types unknown")
        << implicitGrant << oidc << issuer << QStringList{QStringLiteral("implicit_enabled")};
    QJsonObject implicitResponse = goodDocument();
    implicitResponse[QStringLiteral("response_types_supported")] =
        QJsonArray{QStringLiteral("code"), QStringLiteral("id_token token")};
    QTest::newRow("implicit_enabled, response type") << implicitResponse << oidc << issuer
                                                     << QStringList{QStringLiteral("implicit_enabled")};
    QJsonObject idTokenOnly = goodDocument();
    idTokenOnly[QStringLiteral("response_types_supported")] =
        QJsonArray{QStringLiteral("code"), QStringLiteral("code id_token")};
    QTest::newRow("id_token in the front channel is not implicit") << idTokenOnly << oidc << issuer << QStringList{};

    QJsonObject password = goodDocument();
    password[QStringLiteral("grant_types_supported")] =
        QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("password")};
    QTest::newRow("password_enabled") << password << oidc << issuer << QStringList{QStringLiteral("password_enabled")};

    QJsonObject httpEndpoint = goodDocument();
    httpEndpoint[QStringLiteral("userinfo_endpoint")] = QStringLiteral("http://id.example.com/userinfo");
    QTest::newRow("plain_http_endpoint") << httpEndpoint << oidc << issuer
                                         << QStringList{QStringLiteral("plain_http_endpoint")};

    // Loopback over http is how local servers (the sandbox, a dev IdP) run: not flagged.
    for (const QString &host : {QStringLiteral("127.0.0.1:8080"), QStringLiteral("localhost:3000"),
                                QStringLiteral("[::1]:9000"), QStringLiteral("127.5.5.5")}) {
        const QString base = QStringLiteral("http://") + host;
        QJsonObject loopback = goodDocument();
        for (const char *member : {"issuer", "authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint"}) {
            const QString name = QString::fromLatin1(member);
            loopback[name] = loopback.value(name).toString().replace(issuer, base);
        }
        QTest::addRow("loopback http %s", qPrintable(host)) << loopback << oidc << base << QStringList{};
    }

    QJsonObject noIss = goodDocument();
    noIss.remove(QStringLiteral("authorization_response_iss_parameter_supported"));
    QTest::newRow("no_iss_parameter") << noIss << oidc << issuer << QStringList{QStringLiteral("no_iss_parameter")};

    QJsonObject several = goodDocument();
    several[QStringLiteral("issuer")] = QStringLiteral("http://idp.example.com");
    several.remove(QStringLiteral("jwks_uri"));
    several[QStringLiteral("grant_types_supported")] = QJsonArray{QStringLiteral("implicit"), QStringLiteral("password")};
    several[QStringLiteral("response_types_supported")] = QJsonArray{QStringLiteral("code"), QStringLiteral("token")};
    QTest::newRow("several at once") << several << oidc << issuer
                                     << QStringList{QStringLiteral("issuer_mismatch"), QStringLiteral("no_jwks_uri"),
                                                    QStringLiteral("implicit_enabled"),
                                                    QStringLiteral("password_enabled"),
                                                    QStringLiteral("plain_http_endpoint")};
}

void TestDiscovery::lint()
{
    QFETCH(QJsonObject, document);
    QFETCH(int, kind);
    QFETCH(QString, expectedIssuer);
    QFETCH(QStringList, expected);

    const auto findings = Discovery::lint(documentFrom(document, Kind(kind)), QUrl(expectedIssuer));
    QCOMPARE(codes(findings), expected);
    for (const auto &finding : findings)
        QVERIFY2(finding.message.size() > 30, qPrintable(finding.message));
}

void TestDiscovery::lintSeverities()
{
    using Severity = Discovery::Finding::Severity;
    const QUrl issuer(QStringLiteral("https://id.example.com"));

    auto first = [&](const QJsonObject &object, Kind kind, const QUrl &expected) {
        return Discovery::lint(documentFrom(object, kind), expected).value(0);
    };
    const auto mismatch = first(goodDocument(), Kind::OpenIdConnect, QUrl(QStringLiteral("https://x.example")));
    QCOMPARE(mismatch.severity, Severity::Error);
    QVERIFY(mismatch.message.contains(QLatin1String("https://x.example")));
    QVERIFY(mismatch.message.contains(QLatin1String("https://id.example.com")));
    QCOMPARE(first(goodDocument(), Kind::OpenIdConnect, QUrl(QStringLiteral("https://id.example.com/"))).severity,
             Severity::Warning);

    // jwks_uri is REQUIRED for OpenID Connect, OPTIONAL in RFC 8414.
    QJsonObject noJwks = goodDocument();
    noJwks.remove(QStringLiteral("jwks_uri"));
    QCOMPARE(first(noJwks, Kind::OpenIdConnect, issuer).severity, Severity::Error);
    QCOMPARE(first(noJwks, Kind::OAuthServerMetadata, issuer).severity, Severity::Warning);

    QJsonObject http = goodDocument();
    http[QStringLiteral("token_endpoint")] = QStringLiteral("http://id.example.com/token");
    const auto plainHttp = first(http, Kind::OpenIdConnect, issuer);
    QCOMPARE(plainHttp.severity, Severity::Error);
    QVERIFY(plainHttp.message.contains(QLatin1String("token_endpoint")));
    QVERIFY(plainHttp.message.contains(QLatin1String("http://id.example.com/token")));
}

void TestDiscovery::diff_data()
{
    QTest::addColumn<Profiles::Endpoints>("before");
    QTest::addColumn<Profiles::Endpoints>("after");
    QTest::addColumn<QList<int>>("kinds");

    Profiles::Endpoints a;
    a.setUrl(EndpointKind::Token, QUrl(QStringLiteral("https://id.example.com/token")));
    a.setUrl(EndpointKind::Jwks, QUrl(QStringLiteral("https://id.example.com/jwks")));
    a.setUrl(EndpointKind::EndSession, QUrl(QStringLiteral("https://id.example.com/logout")));

    QTest::newRow("same") << a << a << QList<int>{};
    QTest::newRow("empty to empty") << Profiles::Endpoints() << Profiles::Endpoints() << QList<int>{};

    Profiles::Endpoints changed = a;
    changed.setUrl(EndpointKind::Token, QUrl(QStringLiteral("https://id.example.com/oauth2/token")));
    QTest::newRow("changed") << a << changed << QList<int>{int(EndpointKind::Token)};

    Profiles::Endpoints added = a;
    added.setUrl(EndpointKind::Authorization, QUrl(QStringLiteral("https://id.example.com/authorize")));
    added.setUrl(EndpointKind::PushedAuthorization, QUrl(QStringLiteral("https://id.example.com/par")));
    QTest::newRow("added, in kind order") << a << added
                                          << QList<int>{int(EndpointKind::Authorization),
                                                        int(EndpointKind::PushedAuthorization)};

    Profiles::Endpoints removed = a;
    removed.setUrl(EndpointKind::EndSession, QUrl());
    QTest::newRow("removed") << a << removed << QList<int>{int(EndpointKind::EndSession)};
    QTest::newRow("all from nothing") << Profiles::Endpoints() << a
                                      << QList<int>{int(EndpointKind::Token), int(EndpointKind::Jwks),
                                                    int(EndpointKind::EndSession)};
}

void TestDiscovery::diff()
{
    QFETCH(Profiles::Endpoints, before);
    QFETCH(Profiles::Endpoints, after);
    QFETCH(QList<int>, kinds);

    const auto changes = Discovery::diff(before, after);
    QList<int> actual;
    for (const auto &change : changes) {
        actual.append(int(change.kind));
        QCOMPARE(change.before, before.url(change.kind));
        QCOMPARE(change.after, after.url(change.kind));
    }
    QCOMPARE(actual, kinds);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
