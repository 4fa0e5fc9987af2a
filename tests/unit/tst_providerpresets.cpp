// SPDX-License-Identifier: GPL-3.0-or-later
// Provider presets: fields in, issuer and exact endpoint URLs out; problems named "fields.<key>".

#include "oauth/providerpresets.h"

#include <QTest>

using Profiles::EndpointKind;

namespace {

using Fields = QMap<QString, QString>;

// Endpoint URLs in EndpointKind order: authorization, token, jwks, userinfo, introspection,
// revocation, device authorization, PAR, end session ("" where the preset has none).
using Urls = QStringList;

QStringList urlsOf(const Profiles::Endpoints &endpoints)
{
    QStringList list;
    for (const QUrl &url : endpoints.urls)
        list.append(url.toString());
    return list;
}

QStringList problemFields(const QList<Profiles::FieldProblem> &problems)
{
    QStringList fields;
    for (const auto &problem : problems)
        fields.append(problem.field);
    return fields;
}

} // namespace

class TestProviderPresets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsAndFind();
    void everyPresetDescribed();
    void endpoints_data();
    void endpoints();
    void problems_data();
    void problems();
    void unknownPreset();
    void applyToProfileFillsAndKeepsManual();
    void applyToProfileReplacesPresetMadeEndpoints();
    void applyToProfileDefaults();
    void applyToProfileWithProblemsChangesNothing();
};

void TestProviderPresets::idsAndFind()
{
    const QStringList expected{QStringLiteral("cloudentity"), QStringLiteral("cognito"), QStringLiteral("userclouds"),
                               QStringLiteral("duende"),      QStringLiteral("sensedia"), QStringLiteral("oidc"),
                               QStringLiteral("sandbox")};
    QCOMPARE(Presets::ids(), expected);
    QCOMPARE(Presets::all().size(), expected.size());
    for (const QString &id : expected) {
        const auto preset = Presets::find(id);
        QVERIFY2(preset.has_value(), qPrintable(id));
        QCOMPARE(preset->id, id);
    }
    QVERIFY(!Presets::find(QStringLiteral("auth0")).has_value());
    QVERIFY(!Presets::find(QString()).has_value());
    QVERIFY(!Presets::find(QStringLiteral("Cognito")).has_value()); // ids are exact
}

void TestProviderPresets::everyPresetDescribed()
{
    for (const Presets::Preset &preset : Presets::all()) {
        QVERIFY2(!preset.displayName.isEmpty(), qPrintable(preset.id));
        QVERIFY2(!preset.quirks.isEmpty(), qPrintable(preset.id));
        QVERIFY2(!preset.fields.isEmpty(), qPrintable(preset.id));
        QStringList keys;
        for (const Presets::PresetField &field : preset.fields) {
            QVERIFY2(!field.key.isEmpty() && !field.label.isEmpty() && !field.placeholder.isEmpty()
                         && !field.help.isEmpty(),
                     qPrintable(preset.id + QLatin1Char('.') + field.key));
            QVERIFY2(!keys.contains(field.key), qPrintable(field.key));
            keys.append(field.key);
        }
    }
    QCOMPARE(Presets::find(QStringLiteral("sensedia"))->supportsDiscovery, false);
    QCOMPARE(Presets::find(QStringLiteral("cognito"))->supportsDiscovery, true);
    QCOMPARE(Presets::find(QStringLiteral("cognito"))->defaultRedirectHost, Profiles::LoopbackHost::Localhost);
    QCOMPARE(Presets::find(QStringLiteral("cognito"))->defaultAuthMethod, Profiles::ClientAuthMethod::ClientSecretBasic);
    QCOMPARE(Presets::find(QStringLiteral("sensedia"))->defaultAuthMethod,
             Profiles::ClientAuthMethod::ClientSecretBasic);
    QCOMPARE(Presets::find(QStringLiteral("cloudentity"))->defaultRedirectHost, Profiles::LoopbackHost::Ipv4);
}

void TestProviderPresets::endpoints_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<Urls>("urls");

    const QString ce = QStringLiteral("https://acme.eu.authz.cloudentity.io/acme/shop");
    QTest::newRow("cloudentity region")
        << QStringLiteral("cloudentity")
        << Fields{{QStringLiteral("tenant_id"), QStringLiteral("acme")},
                  {QStringLiteral("region"), QStringLiteral("eu")},
                  {QStringLiteral("workspace_id"), QStringLiteral("shop")}}
        << ce
        << Urls{ce + u"/oauth2/authorize", ce + u"/oauth2/token", ce + u"/.well-known/jwks.json", ce + u"/userinfo",
                ce + u"/oauth2/introspect", ce + u"/oauth2/revoke", ce + u"/device/authorization", ce + u"/par",
                ce + u"/oidc/logout"};

    const QString admin = QStringLiteral("https://acme.us.authz.cloudentity.io/acme/admin");
    QTest::newRow("cloudentity admin workspace, spaces trimmed")
        << QStringLiteral("cloudentity")
        << Fields{{QStringLiteral("tenant_id"), QStringLiteral(" acme ")},
                  {QStringLiteral("region"), QStringLiteral("us")},
                  {QStringLiteral("workspace_id"), QStringLiteral("admin")}}
        << admin
        << Urls{admin + u"/oauth2/authorize", admin + u"/oauth2/token", admin + u"/.well-known/jwks.json",
                admin + u"/userinfo", admin + u"/oauth2/introspect", admin + u"/oauth2/revoke",
                admin + u"/device/authorization", admin + u"/par", admin + u"/oidc/logout"};

    const QString vanity = QStringLiteral("https://auth.example.com/acme/default");
    QTest::newRow("cloudentity vanity host wins over region")
        << QStringLiteral("cloudentity")
        << Fields{{QStringLiteral("tenant_id"), QStringLiteral("acme")},
                  {QStringLiteral("region"), QStringLiteral("eu")},
                  {QStringLiteral("vanity_host"), QStringLiteral("https://auth.example.com/")},
                  {QStringLiteral("workspace_id"), QStringLiteral("default")}}
        << vanity
        << Urls{vanity + u"/oauth2/authorize", vanity + u"/oauth2/token", vanity + u"/.well-known/jwks.json",
                vanity + u"/userinfo", vanity + u"/oauth2/introspect", vanity + u"/oauth2/revoke",
                vanity + u"/device/authorization", vanity + u"/par", vanity + u"/oidc/logout"};

    const QString hosted = QStringLiteral("https://my-app.auth.eu-central-1.amazoncognito.com");
    const QString pool = QStringLiteral("https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_AbC123xyz");
    QTest::newRow("cognito prefix")
        << QStringLiteral("cognito")
        << Fields{{QStringLiteral("region"), QStringLiteral("eu-central-1")},
                  {QStringLiteral("user_pool_id"), QStringLiteral("eu-central-1_AbC123xyz")},
                  {QStringLiteral("domain_prefix"), QStringLiteral("my-app")}}
        << pool
        << Urls{hosted + u"/oauth2/authorize", hosted + u"/oauth2/token", pool + u"/.well-known/jwks.json",
                hosted + u"/oauth2/userInfo", QString(), hosted + u"/oauth2/revoke", QString(), QString(),
                hosted + u"/logout"};

    const QString custom = QStringLiteral("https://login.example.com");
    const QString govPool = QStringLiteral("https://cognito-idp.us-gov-west-1.amazonaws.com/us-gov-west-1_Zz9");
    QTest::newRow("cognito custom domain, gov region")
        << QStringLiteral("cognito")
        << Fields{{QStringLiteral("region"), QStringLiteral("us-gov-west-1")},
                  {QStringLiteral("user_pool_id"), QStringLiteral("us-gov-west-1_Zz9")},
                  {QStringLiteral("custom_domain"), QStringLiteral("login.example.com")}}
        << govPool
        << Urls{custom + u"/oauth2/authorize", custom + u"/oauth2/token", govPool + u"/.well-known/jwks.json",
                custom + u"/oauth2/userInfo", QString(), custom + u"/oauth2/revoke", QString(), QString(),
                custom + u"/logout"};

    const QString uc = QStringLiteral("https://acme.tenant.userclouds.com");
    QTest::newRow("userclouds, trailing slash dropped")
        << QStringLiteral("userclouds") << Fields{{QStringLiteral("tenant_url"), uc + u'/'}} << uc
        << Urls{uc + u"/oidc/authorize", uc + u"/oidc/token", QString(), uc + u"/oidc/userinfo", QString(), QString(),
                QString(), QString(), uc + u"/logout"};

    const QString ds = QStringLiteral("https://login.example.com/identity");
    QTest::newRow("duende with path base")
        << QStringLiteral("duende") << Fields{{QStringLiteral("authority"), ds}} << ds
        << Urls{ds + u"/connect/authorize", ds + u"/connect/token", ds + u"/.well-known/openid-configuration/jwks",
                ds + u"/connect/userinfo", ds + u"/connect/introspect", ds + u"/connect/revocation",
                ds + u"/connect/deviceauthorization", ds + u"/connect/par", ds + u"/connect/endsession"};

    QTest::newRow("sensedia: token endpoint only, no issuer")
        << QStringLiteral("sensedia") << Fields{{QStringLiteral("base_url"), QStringLiteral("https://api.example.com/")}}
        << QString()
        << Urls{QString(), QStringLiteral("https://api.example.com/oauth/access-token"), QString(), QString(),
                QString(), QString(), QString(), QString(), QString()};

    QTest::newRow("oidc: issuer kept exactly, no endpoints")
        << QStringLiteral("oidc") << Fields{{QStringLiteral("issuer"), QStringLiteral("https://tenant.example.com/")}}
        << QStringLiteral("https://tenant.example.com/")
        << Urls{QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString(), QString()};

    const QString sb = QStringLiteral("http://127.0.0.1:8765/default/demo");
    QTest::newRow("sandbox, default tenant")
        << QStringLiteral("sandbox")
        << Fields{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8765")},
                  {QStringLiteral("workspace_id"), QStringLiteral("demo")}}
        << sb
        << Urls{sb + u"/oauth2/authorize", sb + u"/oauth2/token", sb + u"/.well-known/jwks.json", sb + u"/userinfo",
                sb + u"/oauth2/introspect", sb + u"/oauth2/revoke", sb + u"/device/authorization", sb + u"/par",
                sb + u"/oidc/logout"};

    const QString sb2 = QStringLiteral("http://localhost:9000/other/admin");
    QTest::newRow("sandbox, named tenant")
        << QStringLiteral("sandbox")
        << Fields{{QStringLiteral("base_url"), QStringLiteral("http://localhost:9000/")},
                  {QStringLiteral("tenant_id"), QStringLiteral("other")},
                  {QStringLiteral("workspace_id"), QStringLiteral("admin")}}
        << sb2
        << Urls{sb2 + u"/oauth2/authorize", sb2 + u"/oauth2/token", sb2 + u"/.well-known/jwks.json",
                sb2 + u"/userinfo", sb2 + u"/oauth2/introspect", sb2 + u"/oauth2/revoke",
                sb2 + u"/device/authorization", sb2 + u"/par", sb2 + u"/oidc/logout"};
}

void TestProviderPresets::endpoints()
{
    QFETCH(QString, preset);
    QFETCH(Fields, fields);
    QFETCH(QString, issuer);
    QFETCH(Urls, urls);

    const Presets::Applied applied = Presets::apply(preset, fields);
    QVERIFY2(applied.problems.isEmpty(), qPrintable(applied.problems.value(0).message));
    QCOMPARE(applied.issuer.toString(), issuer);
    QCOMPARE(urlsOf(applied.endpoints), urls);
}

void TestProviderPresets::problems_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QStringList>("expected"); // problem fields, in order

    const Fields ceOk{{QStringLiteral("tenant_id"), QStringLiteral("acme")},
                      {QStringLiteral("region"), QStringLiteral("us")},
                      {QStringLiteral("workspace_id"), QStringLiteral("default")}};
    QTest::newRow("cloudentity nothing") << QStringLiteral("cloudentity") << Fields{}
                                         << QStringList{QStringLiteral("fields.tenant_id"),
                                                        QStringLiteral("fields.workspace_id"),
                                                        QStringLiteral("fields.region")};
    Fields noRegion = ceOk;
    noRegion.remove(QStringLiteral("region"));
    QTest::newRow("cloudentity neither region nor vanity")
        << QStringLiteral("cloudentity") << noRegion << QStringList{QStringLiteral("fields.region")};
    Fields badRegion = ceOk;
    badRegion[QStringLiteral("region")] = QStringLiteral("us.east");
    QTest::newRow("cloudentity bad region") << QStringLiteral("cloudentity") << badRegion
                                            << QStringList{QStringLiteral("fields.region")};
    Fields badTenant = ceOk;
    badTenant[QStringLiteral("tenant_id")] = QStringLiteral("ac me");
    QTest::newRow("cloudentity bad tenant") << QStringLiteral("cloudentity") << badTenant
                                            << QStringList{QStringLiteral("fields.tenant_id")};
    Fields badWorkspace = ceOk;
    badWorkspace[QStringLiteral("workspace_id")] = QStringLiteral("a/b");
    QTest::newRow("cloudentity bad workspace") << QStringLiteral("cloudentity") << badWorkspace
                                               << QStringList{QStringLiteral("fields.workspace_id")};
    Fields badVanity = ceOk;
    badVanity[QStringLiteral("vanity_host")] = QStringLiteral("auth.example.com/path");
    QTest::newRow("cloudentity bad vanity host") << QStringLiteral("cloudentity") << badVanity
                                                 << QStringList{QStringLiteral("fields.vanity_host")};
    Fields httpVanity = ceOk;
    httpVanity[QStringLiteral("vanity_host")] = QStringLiteral("http://auth.example.com");
    QTest::newRow("cloudentity http vanity host") << QStringLiteral("cloudentity") << httpVanity
                                                  << QStringList{QStringLiteral("fields.vanity_host")};

    const Fields cgOk{{QStringLiteral("region"), QStringLiteral("us-east-1")},
                      {QStringLiteral("user_pool_id"), QStringLiteral("us-east-1_AbC")},
                      {QStringLiteral("domain_prefix"), QStringLiteral("app")}};
    QTest::newRow("cognito nothing") << QStringLiteral("cognito") << Fields{}
                                     << QStringList{QStringLiteral("fields.region"),
                                                    QStringLiteral("fields.user_pool_id"),
                                                    QStringLiteral("fields.domain_prefix")};
    Fields cgRegion = cgOk;
    cgRegion[QStringLiteral("region")] = QStringLiteral("useast1");
    QTest::newRow("cognito bad region") << QStringLiteral("cognito") << cgRegion
                                        << QStringList{QStringLiteral("fields.region")};
    Fields cgPool = cgOk;
    cgPool[QStringLiteral("user_pool_id")] = QStringLiteral("AbC123");
    QTest::newRow("cognito bad pool id") << QStringLiteral("cognito") << cgPool
                                         << QStringList{QStringLiteral("fields.user_pool_id")};
    Fields cgPoolRegion = cgOk;
    cgPoolRegion[QStringLiteral("user_pool_id")] = QStringLiteral("eu-west-1_AbC");
    QTest::newRow("cognito pool from another region") << QStringLiteral("cognito") << cgPoolRegion
                                                      << QStringList{QStringLiteral("fields.user_pool_id")};
    Fields cgPrefix = cgOk;
    cgPrefix[QStringLiteral("domain_prefix")] = QStringLiteral("My_App");
    QTest::newRow("cognito bad prefix") << QStringLiteral("cognito") << cgPrefix
                                        << QStringList{QStringLiteral("fields.domain_prefix")};
    Fields cgCustom = cgOk;
    cgCustom[QStringLiteral("custom_domain")] = QStringLiteral("not a host");
    QTest::newRow("cognito bad custom domain") << QStringLiteral("cognito") << cgCustom
                                               << QStringList{QStringLiteral("fields.custom_domain")};

    QTest::newRow("userclouds missing") << QStringLiteral("userclouds") << Fields{}
                                        << QStringList{QStringLiteral("fields.tenant_url")};
    QTest::newRow("userclouds not a URL")
        << QStringLiteral("userclouds") << Fields{{QStringLiteral("tenant_url"), QStringLiteral("acme.userclouds")}}
        << QStringList{QStringLiteral("fields.tenant_url")};
    QTest::newRow("duende ftp") << QStringLiteral("duende")
                                << Fields{{QStringLiteral("authority"), QStringLiteral("ftp://id.example.com")}}
                                << QStringList{QStringLiteral("fields.authority")};
    QTest::newRow("duende with query")
        << QStringLiteral("duende") << Fields{{QStringLiteral("authority"), QStringLiteral("https://id.example.com?x=1")}}
        << QStringList{QStringLiteral("fields.authority")};
    QTest::newRow("sensedia missing") << QStringLiteral("sensedia") << Fields{}
                                      << QStringList{QStringLiteral("fields.base_url")};
    QTest::newRow("oidc missing") << QStringLiteral("oidc") << Fields{{QStringLiteral("issuer"), QStringLiteral("  ")}}
                                  << QStringList{QStringLiteral("fields.issuer")};
    QTest::newRow("sandbox missing") << QStringLiteral("sandbox") << Fields{}
                                     << QStringList{QStringLiteral("fields.base_url"),
                                                    QStringLiteral("fields.workspace_id")};
    QTest::newRow("sandbox not loopback")
        << QStringLiteral("sandbox")
        << Fields{{QStringLiteral("base_url"), QStringLiteral("http://sandbox.example.com:8080")},
                  {QStringLiteral("workspace_id"), QStringLiteral("demo")}}
        << QStringList{QStringLiteral("fields.base_url")};
    QTest::newRow("sandbox bad tenant")
        << QStringLiteral("sandbox")
        << Fields{{QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8080")},
                  {QStringLiteral("tenant_id"), QStringLiteral("a b")},
                  {QStringLiteral("workspace_id"), QStringLiteral("demo")}}
        << QStringList{QStringLiteral("fields.tenant_id")};
}

void TestProviderPresets::problems()
{
    QFETCH(QString, preset);
    QFETCH(Fields, fields);
    QFETCH(QStringList, expected);

    const Presets::Applied applied = Presets::apply(preset, fields);
    QCOMPARE(problemFields(applied.problems), expected);
    for (const auto &problem : applied.problems)
        QVERIFY2(problem.message.size() > 20, qPrintable(problem.message)); // says what to do
    // Nothing half-computed.
    QVERIFY(applied.issuer.isEmpty());
    QCOMPARE(applied.endpoints, Profiles::Endpoints());
}

void TestProviderPresets::unknownPreset()
{
    const Presets::Applied applied = Presets::apply(QStringLiteral("okta"), {});
    QCOMPARE(problemFields(applied.problems), QStringList{QStringLiteral("preset")});
    QVERIFY(applied.problems.first().message.contains(QLatin1String("cloudentity")));
}

void TestProviderPresets::applyToProfileFillsAndKeepsManual()
{
    Profiles::Profile profile;
    profile.preset = QStringLiteral("cloudentity");
    profile.presetFields = {{QStringLiteral("tenant_id"), QStringLiteral("acme")},
                            {QStringLiteral("region"), QStringLiteral("us")},
                            {QStringLiteral("workspace_id"), QStringLiteral("demo")}};
    const QUrl gateway(QStringLiteral("https://gateway.example.com/token"));
    profile.endpoints.setUrl(EndpointKind::Token, gateway);

    const Profiles::Profile kept = Presets::applyToProfile(profile);
    const QString base = QStringLiteral("https://acme.us.authz.cloudentity.io/acme/demo");
    QCOMPARE(kept.issuer.toString(), base);
    QCOMPARE(kept.endpoints.url(EndpointKind::Token), gateway); // entered by hand
    QCOMPARE(kept.endpoints.url(EndpointKind::Authorization).toString(), QString(base + u"/oauth2/authorize"));
    QCOMPARE(kept.endpoints.url(EndpointKind::EndSession).toString(), QString(base + u"/oidc/logout"));

    const Profiles::Profile replaced = Presets::applyToProfile(profile, false);
    QCOMPARE(replaced.endpoints.url(EndpointKind::Token).toString(), QString(base + u"/oauth2/token"));

    // An endpoint the preset does not compute stays as it is either way.
    Profiles::Profile sensedia;
    sensedia.preset = QStringLiteral("sensedia");
    sensedia.presetFields = {{QStringLiteral("base_url"), QStringLiteral("https://api.example.com")}};
    const QUrl grant(QStringLiteral("https://api.example.com/oauth/grant-code"));
    sensedia.endpoints.setUrl(EndpointKind::Authorization, grant);
    const Profiles::Profile s = Presets::applyToProfile(sensedia, false);
    QCOMPARE(s.endpoints.url(EndpointKind::Authorization), grant);
    QCOMPARE(s.endpoints.url(EndpointKind::Token).toString(), QStringLiteral("https://api.example.com/oauth/access-token"));
}

void TestProviderPresets::applyToProfileReplacesPresetMadeEndpoints()
{
    // The workspace changed: the endpoints the preset made for the old one follow.
    Profiles::Profile profile;
    profile.preset = QStringLiteral("cloudentity");
    profile.presetFields = {{QStringLiteral("tenant_id"), QStringLiteral("acme")},
                            {QStringLiteral("region"), QStringLiteral("us")},
                            {QStringLiteral("workspace_id"), QStringLiteral("old")}};
    profile = Presets::applyToProfile(profile);
    QCOMPARE(profile.endpoints.url(EndpointKind::Token).toString(),
             QStringLiteral("https://acme.us.authz.cloudentity.io/acme/old/oauth2/token"));
    profile.presetFields[QStringLiteral("workspace_id")] = QStringLiteral("new");
    profile = Presets::applyToProfile(profile);
    QCOMPARE(profile.issuer.toString(), QStringLiteral("https://acme.us.authz.cloudentity.io/acme/new"));
    QCOMPARE(profile.endpoints.url(EndpointKind::Token).toString(),
             QStringLiteral("https://acme.us.authz.cloudentity.io/acme/new/oauth2/token"));
    QCOMPARE(profile.endpoints.url(EndpointKind::Jwks).toString(),
             QStringLiteral("https://acme.us.authz.cloudentity.io/acme/new/.well-known/jwks.json"));
}

void TestProviderPresets::applyToProfileDefaults()
{
    Profiles::Profile profile;
    profile.preset = QStringLiteral("cognito");
    profile.presetFields = {{QStringLiteral("region"), QStringLiteral("us-east-1")},
                            {QStringLiteral("user_pool_id"), QStringLiteral("us-east-1_AbC")},
                            {QStringLiteral("domain_prefix"), QStringLiteral("app")}};
    const Profiles::Profile filled = Presets::applyToProfile(profile);
    QCOMPARE(filled.redirect.host, Profiles::LoopbackHost::Localhost);
    QCOMPARE(filled.authMethod, Profiles::ClientAuthMethod::ClientSecretBasic);
    QCOMPARE(filled.scopes, QStringList{QStringLiteral("openid")});

    // Choices the user made stay.
    profile.redirect.host = Profiles::LoopbackHost::Ipv6;
    profile.authMethod = Profiles::ClientAuthMethod::None;
    profile.scopes = {QStringLiteral("email")};
    const Profiles::Profile kept = Presets::applyToProfile(profile);
    QCOMPARE(kept.redirect.host, Profiles::LoopbackHost::Ipv6);
    QCOMPARE(kept.authMethod, Profiles::ClientAuthMethod::None);
    QCOMPARE(kept.scopes, QStringList{QStringLiteral("email")});
}

void TestProviderPresets::applyToProfileWithProblemsChangesNothing()
{
    Profiles::Profile profile;
    profile.preset = QStringLiteral("duende");
    profile.presetFields = {{QStringLiteral("authority"), QStringLiteral("not a url")}};
    profile.issuer = QUrl(QStringLiteral("https://before.example.com"));
    QCOMPARE(Presets::applyToProfile(profile), profile);

    Profiles::Profile unknown;
    unknown.preset = QStringLiteral("nope");
    QCOMPARE(Presets::applyToProfile(unknown), unknown);
}

QTEST_GUILESS_MAIN(TestProviderPresets)
#include "tst_providerpresets.moc"
