// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Profiles;

namespace {

// Every field set to something other than its default.
Profile fullProfile()
{
    Profile p;
    p.id = Profile::newId();
    p.name = u"Cloudentity dev"_s;
    p.preset = u"cloudentity"_s;
    p.presetFields = {{u"tenant_id"_s, u"acme"_s}, {u"region"_s, u"eu"_s}, {u"workspace_id"_s, u"demo"_s}};
    p.issuer = QUrl(u"https://acme.eu.authz.cloudentity.io/acme/demo"_s);
    for (int i = 0; i < EndpointKindCount; ++i) {
        const auto kind = EndpointKind(i);
        p.endpoints.setUrl(kind, QUrl(u"https://acme.eu.authz.cloudentity.io/acme/demo/"_s + endpointMetadataName(kind)));
    }
    p.clientId = u"client-123"_s;
    p.authMethod = ClientAuthMethod::TlsClientAuth;
    p.rawBasicCredentials = true;
    p.scopes = {u"openid"_s, u"profile"_s, u"offline_access"_s};
    p.audiences = {u"https://api.example.com"_s};
    p.resources = {u"https://rs.example.com/"_s, u"urn:example:rs"_s};
    p.extraParameters = {{u"prompt"_s, u"login"_s, ExtraParameter::Target::Authorization},
                         {u"acr_values"_s, u"mfa ü"_s, ExtraParameter::Target::Token},
                         {u"tenant"_s, u""_s, ExtraParameter::Target::Both}};
    p.redirect.host = LoopbackHost::Ipv6;
    p.redirect.port = 8765;
    p.redirect.path = u"/cb"_s;
    p.tls.caBundlePath = u"/etc/ssl/extra.pem"_s;
    p.tls.insecure = true;
    p.tls.clientCertificatePath = u"/home/me/client.pem"_s;
    p.apiToken.enabled = true;
    p.apiToken.headerName = u"X-Api-Key"_s;
    p.apiToken.prefix = u"idun_"_s;
    p.usePar = true;
    p.apiGroups = {{u"/api/foo"_s, u"Foo"_s}, {u"/api/admin/x"_s, u"Admin X ü"_s}};
    return p;
}

// A profile that validate() accepts; the validation rows change one thing each.
QJsonObject validJson()
{
    Profile p;
    p.id = Profile::newId();
    p.name = u"Valid"_s;
    p.preset = u"oidc"_s;
    p.issuer = QUrl(u"https://idp.example.com"_s);
    p.endpoints.setUrl(EndpointKind::Token, QUrl(u"https://idp.example.com/token"_s));
    p.clientId = u"app"_s;
    p.extraParameters = {{u"audience"_s, u"x"_s, ExtraParameter::Target::Both}};
    return p.toJson();
}

// Deep merge: objects merge member by member, anything else replaces.
QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject() && !it.value().toObject().isEmpty())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QJsonObject setPath(QJsonObject object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return object;
    }
    object.insert(path.first(), setPath(object.value(path.first()).toObject(), path.mid(1), value));
    return object;
}

} // namespace

class TestProfile final : public QObject
{
    Q_OBJECT

private slots:
    void names()
    {
        const QStringList names = authMethodNames();
        QCOMPARE(names.size(), 6);
        QCOMPARE(names.first(), u"none"_s);
        for (const QString &name : names) {
            const auto method = authMethodFromName(name);
            QVERIFY2(method, qPrintable(name));
            QCOMPARE(authMethodName(*method), name);
        }
        QVERIFY(!authMethodFromName(u"basic"));
        QVERIFY(!authMethodFromName(u""));

        QSet<QString> metadata;
        for (int i = 0; i < EndpointKindCount; ++i) {
            metadata.insert(endpointMetadataName(EndpointKind(i)));
            QVERIFY(!endpointDisplayName(EndpointKind(i)).isEmpty());
        }
        QCOMPARE(metadata.size(), EndpointKindCount);
        QCOMPARE(endpointMetadataName(EndpointKind::Jwks), u"jwks_uri"_s);
        QCOMPARE(endpointMetadataName(EndpointKind::PushedAuthorization), u"pushed_authorization_request_endpoint"_s);

        QCOMPARE(loopbackHostName(LoopbackHost::Ipv6), u"[::1]"_s);
        QCOMPARE(loopbackHostFromName(u"::1"), LoopbackHost::Ipv6);
        QCOMPARE(loopbackHostFromName(u"[::1]"), LoopbackHost::Ipv6);
        QCOMPARE(loopbackHostFromName(u"localhost"), LoopbackHost::Localhost);
        QCOMPARE(loopbackHostFromName(u"127.0.0.1"), LoopbackHost::Ipv4);
        QVERIFY(!loopbackHostFromName(u"127.0.0.2"));
    }

    void newId()
    {
        const QString a = Profile::newId();
        const QString b = Profile::newId();
        QCOMPARE(a.size(), 36);
        QVERIFY(!a.contains(u'{'));
        QVERIFY(!QUuid::fromString(a).isNull());
        QVERIFY(a != b);
    }

    void jsonRoundTrip()
    {
        const Profile p = fullProfile();
        const QByteArray text = QJsonDocument(p.toJson()).toJson();
        const QJsonObject object = QJsonDocument::fromJson(text).object();
        QCOMPARE(object.value(u"schema_version"_s).toInt(), 2);
        QCOMPARE(object.value(u"auth_method"_s).toString(), u"tls_client_auth"_s);
        QCOMPARE(object.value(u"redirect"_s).toObject().value(u"host"_s).toString(), u"[::1]"_s);
        QCOMPARE(object.value(u"endpoints"_s).toObject().size(), EndpointKindCount);
        QCOMPARE(object.value(u"fields"_s).toObject().value(u"tenant_id"_s).toString(), u"acme"_s);
        QCOMPARE(object.value(u"extra_parameters"_s).toArray().at(0).toObject().value(u"target"_s).toString(),
                 u"authorization"_s);
        const QJsonArray groups = object.value(u"api_groups"_s).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).toObject(), (QJsonObject{{u"path_prefix"_s, u"/api/foo"_s}, {u"group"_s, u"Foo"_s}}));
        QCOMPARE(groups.at(1).toObject().value(u"group"_s).toString(), u"Admin X ü"_s);

        QString error;
        const auto back = Profile::fromJson(object, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->toJson(), p.toJson());
        QVERIFY(*back == p);

        // Only endpoints that are set are written.
        Profile sparse = p;
        sparse.endpoints = {};
        sparse.endpoints.setUrl(EndpointKind::Token, QUrl(u"https://x.example/token"_s));
        const QJsonObject endpoints = sparse.toJson().value(u"endpoints"_s).toObject();
        QCOMPARE(endpoints.keys(), QStringList{u"token_endpoint"_s});
        QVERIFY(*Profile::fromJson(sparse.toJson()) == sparse);

        // A default profile round-trips too.
        QVERIFY(*Profile::fromJson(Profile().toJson()) == Profile());
    }

    void apiGroupsAbsent()
    {
        // Files written before the member existed: still schema 2, no overrides.
        QJsonObject object = fullProfile().toJson();
        object.remove(u"api_groups"_s);
        const auto back = Profile::fromJson(object);
        QVERIFY(back);
        QVERIFY(back->apiGroups.isEmpty());
        object.insert(u"api_groups"_s, QJsonValue::Null);
        QVERIFY(Profile::fromJson(object)->apiGroups.isEmpty());
        QCOMPARE(Profile().toJson().value(u"api_groups"_s).toArray(), QJsonArray{});
    }

    void unknownMembersIgnored()
    {
        const Profile p = fullProfile();
        QJsonObject object = p.toJson();
        object.insert(u"future_member"_s, QJsonObject{{u"x"_s, 1}});
        QJsonObject redirect = object.value(u"redirect"_s).toObject();
        redirect.insert(u"also_new"_s, true);
        object.insert(u"redirect"_s, redirect);
        const auto back = Profile::fromJson(object);
        QVERIFY(back);
        QVERIFY(*back == p);
    }

    void wrongTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        const QJsonValue number(42);
        const QJsonValue text(u"text"_s);
        QTest::newRow("id") << u"id"_s << number;
        QTest::newRow("name") << u"name"_s << QJsonValue(true);
        QTest::newRow("preset") << u"preset"_s << QJsonValue(QJsonArray{});
        QTest::newRow("fields") << u"fields"_s << text;
        QTest::newRow("fields.tenant_id") << u"fields.tenant_id"_s << number;
        QTest::newRow("issuer") << u"issuer"_s << number;
        QTest::newRow("endpoints") << u"endpoints"_s << QJsonValue(QJsonArray{});
        QTest::newRow("endpoints.token_endpoint") << u"endpoints.token_endpoint"_s << QJsonValue(QJsonObject{});
        QTest::newRow("client_id") << u"client_id"_s << number;
        QTest::newRow("auth_method type") << u"auth_method"_s << number;
        QTest::newRow("auth_method value") << u"auth_method"_s << QJsonValue(u"basic"_s);
        QTest::newRow("raw_basic_credentials") << u"raw_basic_credentials"_s << text;
        QTest::newRow("scopes") << u"scopes"_s << QJsonValue(u"openid profile"_s);
        QTest::newRow("scopes element") << u"scopes"_s << QJsonValue(QJsonArray{u"openid"_s, 3});
        QTest::newRow("audiences") << u"audiences"_s << number;
        QTest::newRow("resources") << u"resources"_s << QJsonValue(QJsonObject{});
        QTest::newRow("extra_parameters") << u"extra_parameters"_s << QJsonValue(QJsonObject{});
        QTest::newRow("extra_parameters[0]") << u"extra_parameters[0]"_s << QJsonValue(QJsonArray{text});
        QTest::newRow("extra_parameters[0].name")
            << u"extra_parameters[0].name"_s << QJsonValue(QJsonArray{QJsonObject{{u"name"_s, 1}}});
        QTest::newRow("extra_parameters[0].value")
            << u"extra_parameters[0].value"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"name"_s, u"a"_s}, {u"value"_s, false}}});
        QTest::newRow("extra_parameters[0].target")
            << u"extra_parameters[0].target"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"name"_s, u"a"_s}, {u"target"_s, u"everywhere"_s}}});
        QTest::newRow("redirect") << u"redirect"_s << text;
        QTest::newRow("redirect.host type") << u"redirect.host"_s << number;
        QTest::newRow("redirect.host value") << u"redirect.host"_s << QJsonValue(u"example.com"_s);
        QTest::newRow("redirect.port type") << u"redirect.port"_s << QJsonValue(u"8080"_s);
        QTest::newRow("redirect.port range") << u"redirect.port"_s << QJsonValue(70000);
        QTest::newRow("redirect.port fraction") << u"redirect.port"_s << QJsonValue(80.5);
        QTest::newRow("redirect.path") << u"redirect.path"_s << QJsonValue(QJsonArray{});
        QTest::newRow("tls") << u"tls"_s << QJsonValue(true);
        QTest::newRow("tls.ca_bundle") << u"tls.ca_bundle"_s << number;
        QTest::newRow("tls.insecure") << u"tls.insecure"_s << QJsonValue(u"yes"_s);
        QTest::newRow("tls.client_certificate") << u"tls.client_certificate"_s << QJsonValue(false);
        QTest::newRow("api_token") << u"api_token"_s << number;
        QTest::newRow("api_token.enabled") << u"api_token.enabled"_s << QJsonValue(1);
        QTest::newRow("api_token.header") << u"api_token.header"_s << QJsonValue(QJsonObject{});
        QTest::newRow("api_token.prefix") << u"api_token.prefix"_s << number;
        QTest::newRow("use_par") << u"use_par"_s << QJsonValue(u"true"_s);
        QTest::newRow("api_groups") << u"api_groups"_s << QJsonValue(QJsonObject{});
        QTest::newRow("api_groups[0]") << u"api_groups[0]"_s << QJsonValue(QJsonArray{text});
        QTest::newRow("api_groups[0].path_prefix")
            << u"api_groups[0].path_prefix"_s << QJsonValue(QJsonArray{QJsonObject{{u"path_prefix"_s, 1}}});
        QTest::newRow("api_groups[0].group")
            << u"api_groups[0].group"_s
            << QJsonValue(QJsonArray{QJsonObject{{u"path_prefix"_s, u"/a"_s}, {u"group"_s, QJsonArray{}}}});
    }

    void wrongTypes()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject object = fullProfile().toJson();
        // "extra_parameters[0].x" rows carry the whole array as the value.
        const QString member = path.startsWith(u"extra_parameters"_s) ? u"extra_parameters"_s
            : path.startsWith(u"api_groups"_s)                         ? u"api_groups"_s
                                                                       : path;
        object = setPath(object, member.split(u'.'), value);
        QString error;
        const auto profile = Profile::fromJson(object, &error);
        QVERIFY(!profile);
        QVERIFY2(error.contains(u'"' + path + u'"'), qPrintable(error));
    }

    void schemaVersion_data()
    {
        QTest::addColumn<QJsonValue>("version");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("2") << QJsonValue(2) << true;
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << false;
        QTest::newRow("1") << QJsonValue(1) << false;
        QTest::newRow("3") << QJsonValue(3) << false;
        QTest::newRow("string") << QJsonValue(u"2"_s) << false;
    }

    void schemaVersion()
    {
        QFETCH(QJsonValue, version);
        QFETCH(bool, accepted);
        QJsonObject object = fullProfile().toJson();
        if (version.isUndefined())
            object.remove(u"schema_version"_s);
        else
            object.insert(u"schema_version"_s, version);
        QString error;
        QCOMPARE(bool(Profile::fromJson(object, &error)), accepted);
        QCOMPARE(error.isEmpty(), accepted);
        if (!accepted)
            QVERIFY2(error.contains(u"schema"_s, Qt::CaseInsensitive), qPrintable(error));
    }

    void validate_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QStringList>("fields"); // the problems expected; empty: valid
        const auto row = [](const char *name, const QJsonObject &patch, const QStringList &fields) {
            QTest::newRow(name) << patch << fields;
        };
        const QStringList ok;
        row("base is valid", {}, ok);
        row("name empty", {{u"name"_s, u""_s}}, {u"name"_s});
        row("name blank", {{u"name"_s, u"   "_s}}, {u"name"_s});
        row("name set", {{u"name"_s, u"x"_s}}, ok);
        row("issuer ftp", {{u"issuer"_s, u"ftp://idp.example.com"_s}}, {u"issuer"_s});
        row("issuer no host", {{u"issuer"_s, u"https:/path"_s}}, {u"issuer"_s});
        row("issuer fragment", {{u"issuer"_s, u"https://idp.example.com/#x"_s}}, {u"issuer"_s});
        row("issuer http", {{u"issuer"_s, u"http://127.0.0.1:8443/t/w"_s}}, ok);
        row("token endpoint not a URL", {{u"endpoints"_s, QJsonObject{{u"token_endpoint"_s, u"token"_s}}}},
            {u"endpoints.token"_s});
        row("jwks fragment", {{u"endpoints"_s, QJsonObject{{u"jwks_uri"_s, u"https://idp.example.com/jwks#k"_s}}}},
            {u"endpoints.jwks"_s});
        row("par mailto",
            {{u"endpoints"_s, QJsonObject{{u"pushed_authorization_request_endpoint"_s, u"mailto:a@b.c"_s}}}},
            {u"endpoints.pushed_authorization_request"_s});
        row("endpoints https", {{u"endpoints"_s, QJsonObject{{u"jwks_uri"_s, u"https://idp.example.com/jwks"_s}}}}, ok);
        const QJsonObject noEndpoints{{u"issuer"_s, u""_s}, {u"endpoints"_s, QJsonObject{}}};
        row("neither issuer nor token endpoint", noEndpoints, {u"issuer"_s});
        row("neither, API-token mode", merged(noEndpoints, {{u"api_token"_s, QJsonObject{{u"enabled"_s, true}}}}), ok);
        row("token endpoint only",
            {{u"issuer"_s, u""_s}, {u"endpoints"_s, QJsonObject{{u"token_endpoint"_s, u"https://x.example/t"_s}}}}, ok);
        row("issuer only", {{u"endpoints"_s, QJsonObject{}}}, ok);
        row("client id missing", {{u"client_id"_s, u""_s}}, {u"client_id"_s});
        row("client id missing, API-token mode",
            {{u"client_id"_s, u""_s}, {u"api_token"_s, QJsonObject{{u"enabled"_s, true}}}}, ok);
        row("tls_client_auth without certificate", {{u"auth_method"_s, u"tls_client_auth"_s}},
            {u"tls.client_certificate"_s});
        row("tls_client_auth with certificate",
            {{u"auth_method"_s, u"tls_client_auth"_s}, {u"tls"_s, QJsonObject{{u"client_certificate"_s, u"/c.pem"_s}}}},
            ok);
        row("private_key_jwt", {{u"auth_method"_s, u"private_key_jwt"_s}}, ok);
        row("redirect path relative", {{u"redirect"_s, QJsonObject{{u"path"_s, u"callback"_s}}}}, {u"redirect.path"_s});
        row("redirect path empty", {{u"redirect"_s, QJsonObject{{u"path"_s, u""_s}}}}, {u"redirect.path"_s});
        row("redirect path query", {{u"redirect"_s, QJsonObject{{u"path"_s, u"/cb?x=1"_s}}}}, {u"redirect.path"_s});
        row("redirect path absolute", {{u"redirect"_s, QJsonObject{{u"path"_s, u"/oauth/cb"_s}}}}, ok);
        const auto api = [](const QString &header, const QString &prefix = {}) {
            return QJsonObject{{u"api_token"_s,
                                QJsonObject{{u"enabled"_s, true}, {u"header"_s, header}, {u"prefix"_s, prefix}}}};
        };
        row("api header with space", api(u"X Api"_s), {u"api_token.header"_s});
        row("api header with colon", api(u"Authorization:"_s), {u"api_token.header"_s});
        row("api header empty", api(u""_s), {u"api_token.header"_s});
        row("api header valid", api(u"X-Api-Key"_s, u"idun_"_s), ok);
        row("api prefix newline", api(u"Authorization"_s, u"Bearer\r\nX: y"_s), {u"api_token.prefix"_s});
        row("api header ignored when off",
            {{u"api_token"_s, QJsonObject{{u"enabled"_s, false}, {u"header"_s, u"X Api"_s}}}}, ok);
        const auto extra = [](const QString &name) {
            return QJsonObject{{u"extra_parameters"_s, QJsonArray{QJsonObject{{u"name"_s, u"ok"_s}},
                                                                  QJsonObject{{u"name"_s, name}, {u"value"_s, u"v"_s}}}}};
        };
        row("extra parameter unnamed", extra(u""_s), {u"extra_parameters[1].name"_s});
        row("extra parameter blank", extra(u" "_s), {u"extra_parameters[1].name"_s});
        for (const char *owned : {"grant_type", "client_id", "client_secret", "code", "code_verifier", "redirect_uri",
                                  "state", "nonce", "client_assertion", "client_assertion_type"}) {
            QTest::addRow("extra parameter %s", owned)
                << extra(QString::fromLatin1(owned)) << QStringList{u"extra_parameters[1].name"_s};
        }
        row("extra parameter audience", extra(u"audience"_s), ok);
        row("extra parameter login_hint", extra(u"login_hint"_s), ok);
        const auto groups = [](const QString &prefix, const QString &group) {
            return QJsonObject{{u"api_groups"_s, QJsonArray{QJsonObject{{u"path_prefix"_s, u"/ok"_s}, {u"group"_s, u"Ok"_s}},
                                                            QJsonObject{{u"path_prefix"_s, prefix}, {u"group"_s, group}}}}};
        };
        row("api group valid", groups(u"/api/foo"_s, u"Foo"_s), ok);
        row("api group root prefix", groups(u"/"_s, u"Everything"_s), ok);
        row("api group prefix relative", groups(u"api/foo"_s, u"Foo"_s), {u"api_groups[1].path_prefix"_s});
        row("api group prefix empty", groups(u""_s, u"Foo"_s), {u"api_groups[1].path_prefix"_s});
        row("api group prefix URL", groups(u"https://x.example/api"_s, u"Foo"_s), {u"api_groups[1].path_prefix"_s});
        row("api group prefix query", groups(u"/api?x=1"_s, u"Foo"_s), {u"api_groups[1].path_prefix"_s});
        row("api group prefix space", groups(u"/api/a b"_s, u"Foo"_s), {u"api_groups[1].path_prefix"_s});
        row("api group name empty", groups(u"/api/foo"_s, u""_s), {u"api_groups[1].group"_s});
        row("api group name blank", groups(u"/api/foo"_s, u"  "_s), {u"api_groups[1].group"_s});
        row("api group name newline", groups(u"/api/foo"_s, u"Foo\nBar"_s), {u"api_groups[1].group"_s});
        row("api group both wrong", groups(u"foo"_s, u""_s), {u"api_groups[1].path_prefix"_s, u"api_groups[1].group"_s});
        row("several problems", {{u"name"_s, u""_s}, {u"client_id"_s, u""_s}}, {u"name"_s, u"client_id"_s});
    }

    void validate()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QStringList, fields);
        QString error;
        const auto profile = Profile::fromJson(merged(validJson(), patch), &error);
        QVERIFY2(profile, qPrintable(error));
        QStringList actual;
        const QList<FieldProblem> problems = profile->validate();
        for (const FieldProblem &problem : problems) {
            actual.append(problem.field);
            QVERIFY(!problem.message.isEmpty());
        }
        QCOMPARE(actual, fields);
    }

    void fromUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("path");
        const int v4 = int(LoopbackHost::Ipv4), local = int(LoopbackHost::Localhost), v6 = int(LoopbackHost::Ipv6);
        QTest::newRow("ipv4 port path") << u"http://127.0.0.1:8765/cb"_s << true << v4 << 8765 << u"/cb"_s;
        QTest::newRow("ipv4 no port no path") << u"http://127.0.0.1"_s << true << v4 << 0 << u"/callback"_s;
        QTest::newRow("localhost") << u"http://localhost/callback"_s << true << local << 0 << u"/callback"_s;
        QTest::newRow("LOCALHOST") << u"HTTP://LOCALHOST:9/x/y"_s << true << local << 9 << u"/x/y"_s;
        QTest::newRow("ipv6") << u"http://[::1]:9000/oauth/cb"_s << true << v6 << 9000 << u"/oauth/cb"_s;
        QTest::newRow("root path") << u"http://127.0.0.1:1/"_s << true << v4 << 1 << u"/"_s;
        QTest::newRow("https") << u"https://127.0.0.1:8765/cb"_s << false << 0 << 0 << QString();
        QTest::newRow("https localhost") << u"https://localhost/cb"_s << false << 0 << 0 << QString();
        QTest::newRow("not loopback") << u"http://example.com/cb"_s << false << 0 << 0 << QString();
        QTest::newRow("private address") << u"http://192.168.1.1/cb"_s << false << 0 << 0 << QString();
        QTest::newRow("other 127 address") << u"http://127.0.0.2/cb"_s << false << 0 << 0 << QString();
        QTest::newRow("ipv6 any") << u"http://[::]/cb"_s << false << 0 << 0 << QString();
        QTest::newRow("custom scheme") << u"com.example.app:/cb"_s << false << 0 << 0 << QString();
        QTest::newRow("fragment") << u"http://127.0.0.1/cb#x"_s << false << 0 << 0 << QString();
        QTest::newRow("query") << u"http://127.0.0.1/cb?x=1"_s << false << 0 << 0 << QString();
        QTest::newRow("user info") << u"http://me@127.0.0.1/cb"_s << false << 0 << 0 << QString();
        QTest::newRow("empty") << QString() << false << 0 << 0 << QString();
    }

    void fromUri()
    {
        QFETCH(QString, uri);
        QFETCH(bool, accepted);
        const auto settings = RedirectSettings::fromUri(QUrl(uri));
        QCOMPARE(bool(settings), accepted);
        if (!accepted)
            return;
        QFETCH(int, host);
        QFETCH(int, port);
        QFETCH(QString, path);
        QCOMPARE(int(settings->host), host);
        QCOMPARE(int(settings->port), port);
        QCOMPARE(settings->path, path);
        // uri() gives back an equivalent URI, which parses to the same settings.
        QCOMPARE(RedirectSettings::fromUri(settings->uri()), settings);
    }

    void uri()
    {
        RedirectSettings settings;
        QCOMPARE(settings.uri(), QUrl(u"http://127.0.0.1/callback"_s));
        QCOMPARE(settings.uri(51000), QUrl(u"http://127.0.0.1:51000/callback"_s));
        settings.host = LoopbackHost::Ipv6;
        settings.port = 8765;
        settings.path = u"/cb"_s;
        QCOMPARE(settings.uri(51000).toString(), u"http://[::1]:8765/cb"_s); // the fixed port wins
        settings.host = LoopbackHost::Localhost;
        QCOMPARE(settings.uri().toString(), u"http://localhost:8765/cb"_s);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
