// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenantstate.h"

#include "jose/jsonwebkey.h"
#include "jose/signature.h"

#include "testhttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>

#include <cstdio>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Sandbox;
using namespace Qt::StringLiterals;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

using TestHttp::containsKey;

bool verifiesWith(const SigningKey &signer, const QJsonObject &publicJwk)
{
    const QByteArray input = "header.payload";
    const auto signature = Jose::sign(signer.algorithm, signer.privateKey.get(), input);
    const Jose::KeyLoadResult loaded = Jose::keyFromJwk(publicJwk);
    return signature && loaded.ok()
        && Jose::verifySignature(signer.algorithm, loaded.keySet.keys.constFirst(), input, *signature).valid;
}

const QString kTenant = u"acme"_s;

} // namespace

class TestTenantState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInAdmin();
    void serverDefaults();
    void issuerUrlFollowsBaseUrl();
    void serverValidation_data();
    void serverValidation();
    void serverUpdateKeepsIdentityAndSecret();
    void duplicateIdsConflict();
    void unknownIdsNotFound();
    void signingKeysByKeyType_data();
    void signingKeysByKeyType();
    void clientDefaults();
    void publicClientHasNoSecret();
    void clientValidation_data();
    void clientValidation();
    void clientUpdate();
    void listsHideSecretsAndPasswords();
    void staticIdpUsers();
    void staticIdpValidation_data();
    void staticIdpValidation();
    void deletingWorkspaceCascades();
    void builtInsCannotBeDeleted();
    void changedSignal();
    void persistsAcrossInstances();
    void stateFileIsPrivate();
    void corruptFileMovedAside_data();
    void corruptFileMovedAside();
    void survivesKillDuringWrites();
    void mismatchedKeyMovedAside_data();
    void mismatchedKeyMovedAside();
    void unusableDataDirectory();
    void oneStatePerDirectory();
    void ephemeralWritesNothing();
    void tenantRenamedOnLoad();
};

void TestTenantState::builtInAdmin()
{
    TenantState state(kTenant, {});
    QVERIFY(state.load().ok);
    const auto admin = state.server(u"admin"_s);
    QVERIFY(admin);
    QCOMPARE(admin->value(u"type"_s).toString(), u"admin"_s);
    QCOMPARE(admin->value(u"tenant_id"_s).toString(), kTenant);

    QVERIFY(!state.adminClientId().isEmpty());
    QVERIFY(state.adminClientSecret().size() >= 32);
    const auto client = state.clientWithSecret(state.adminClientId());
    QVERIFY(client);
    QCOMPARE(client->value(u"authorization_server_id"_s).toString(), u"admin"_s);
    QCOMPARE(stringList(client->value(u"grant_types"_s)), QStringList{u"client_credentials"_s});
    QCOMPARE(client->value(u"client_secret"_s).toString(), state.adminClientSecret());
    QCOMPARE(state.signingKeys(u"admin"_s).size(), 1);

    // A second fresh state generates other credentials.
    TenantState other(kTenant, {});
    other.load();
    QVERIFY(other.adminClientSecret() != state.adminClientSecret());
    QVERIFY(other.adminClientId() != state.adminClientId());
}

void TestTenantState::serverDefaults()
{
    TenantState state(kTenant, {});
    state.load();
    const auto created = state.createServer(QJsonObject{});
    QVERIFY2(created.ok(), qPrintable(created.error.error));
    const QJsonObject doc = *created.value;
    const QString id = doc.value(u"id"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9a-v]{20}$"_s).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(doc.value(u"name"_s).toString(), id);
    QCOMPARE(doc.value(u"tenant_id"_s).toString(), kTenant);
    QCOMPARE(doc.value(u"type"_s).toString(), u"regular"_s);
    QCOMPARE(doc.value(u"profile"_s).toString(), u"default"_s);
    QCOMPARE(doc.value(u"access_token_ttl"_s).toString(), u"1h0m0s"_s);
    QCOMPARE(doc.value(u"refresh_token_ttl"_s).toString(), u"720h0m0s"_s);
    QCOMPARE(doc.value(u"authorization_code_ttl"_s).toString(), u"10m0s"_s);
    QCOMPARE(doc.value(u"id_token_ttl"_s).toString(), u"1h0m0s"_s);
    QCOMPARE(doc.value(u"key_type"_s).toString(), u"ecdsa"_s);
    QCOMPARE(doc.value(u"access_token_strategy"_s).toString(), u"jwt"_s);
    QCOMPARE(doc.value(u"enforce_pkce"_s), QJsonValue(false));
    QCOMPARE(stringList(doc.value(u"grant_types"_s)),
             (QStringList{u"authorization_code"_s, u"implicit"_s, u"client_credentials"_s, u"refresh_token"_s}));
    QVERIFY(stringList(doc.value(u"token_endpoint_auth_methods"_s)).contains(u"none"_s));
    QCOMPARE(stringList(doc.value(u"subject_identifier_types"_s)), (QStringList{u"public"_s, u"pairwise"_s}));
    QVERIFY(doc.value(u"secret"_s).toString().size() >= 32);
    QVERIFY(!doc.contains(u"issuer_url"_s)); // no base URL yet

    // Given values are kept, durations normalised to Go's form.
    const auto custom = state.createServer(obj(R"({"id": "shop", "name": "Shop", "access_token_ttl": "90s",
        "refresh_token_ttl": "1h", "key_type": "rsa", "enforce_pkce": true, "grant_types": ["password"],
        "access_token_strategy": "opaque", "ignored_field": 1})"));
    QVERIFY2(custom.ok(), qPrintable(custom.error.error));
    QCOMPARE(custom.value->value(u"id"_s).toString(), u"shop"_s);
    QCOMPARE(custom.value->value(u"name"_s).toString(), u"Shop"_s);
    QCOMPARE(custom.value->value(u"access_token_ttl"_s).toString(), u"1m30s"_s);
    QCOMPARE(custom.value->value(u"refresh_token_ttl"_s).toString(), u"1h0m0s"_s);
    QCOMPARE(custom.value->value(u"key_type"_s).toString(), u"rsa"_s);
    QCOMPARE(custom.value->value(u"enforce_pkce"_s), QJsonValue(true));
    QCOMPARE(custom.value->value(u"access_token_strategy"_s).toString(), u"opaque"_s);
    QCOMPARE(stringList(custom.value->value(u"grant_types"_s)), QStringList{u"password"_s});
    QVERIFY(!custom.value->contains(u"ignored_field"_s));
    QCOMPARE(state.server(u"shop"_s)->value(u"access_token_ttl"_s).toString(), u"1m30s"_s);
}

void TestTenantState::issuerUrlFollowsBaseUrl()
{
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    QVERIFY(!state.server(u"shop"_s)->contains(u"issuer_url"_s));
    state.setBaseUrl(QUrl(u"http://127.0.0.1:4567"_s));
    QCOMPARE(state.baseUrl(), QUrl(u"http://127.0.0.1:4567"_s));
    QCOMPARE(state.server(u"shop"_s)->value(u"issuer_url"_s).toString(), u"http://127.0.0.1:4567/acme/shop"_s);
    QCOMPARE(state.issuerUrl(u"shop"_s), u"http://127.0.0.1:4567/acme/shop"_s);
    QCOMPARE(state.servers().constLast().value(u"issuer_url"_s).toString(), u"http://127.0.0.1:4567/acme/shop"_s);

    const auto client = state.createClient(obj(R"({"authorization_server_id": "shop", "redirect_uris": ["http://127.0.0.1/cb"]})"));
    QCOMPARE(client.value->value(u"server_issuer_url"_s).toString(), u"http://127.0.0.1:4567/acme/shop"_s);

    state.updateServer(u"shop"_s, obj(R"({"custom_issuer_url": "https://issuer.example/shop"})"));
    QCOMPARE(state.issuerUrl(u"shop"_s), u"https://issuer.example/shop"_s);
    QCOMPARE(state.issuerUrl(u"nope"_s), QString());
}

void TestTenantState::serverValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("ttl not a duration") << QByteArray(R"({"access_token_ttl": "1 hour"})") << 422 << u"access_token_ttl"_s;
    QTest::newRow("ttl negative") << QByteArray(R"({"id_token_ttl": "-5m"})") << 422 << u"id_token_ttl"_s;
    QTest::newRow("ttl a number") << QByteArray(R"({"refresh_token_ttl": 3600})") << 400 << u"refresh_token_ttl"_s;
    QTest::newRow("code ttl unit") << QByteArray(R"({"authorization_code_ttl": "10 min"})") << 422 << u"authorization_code_ttl"_s;
    QTest::newRow("key_type unknown") << QByteArray(R"({"key_type": "dsa"})") << 422 << u"key_type"_s;
    QTest::newRow("key_type case") << QByteArray(R"({"key_type": "ECDSA"})") << 422 << u"key_type"_s;
    QTest::newRow("strategy unknown") << QByteArray(R"({"access_token_strategy": "paseto"})") << 422 << u"access_token_strategy"_s;
    QTest::newRow("grant unknown") << QByteArray(R"({"grant_types": ["authorization_code", "magic"]})") << 422 << u"grant_types[1]"_s;
    QTest::newRow("grant not string") << QByteArray(R"({"grant_types": [1]})") << 400 << u"grant_types[0]"_s;
    QTest::newRow("grants empty") << QByteArray(R"({"grant_types": []})") << 422 << u"grant_types"_s;
    QTest::newRow("grants not array") << QByteArray(R"({"grant_types": "implicit"})") << 400 << u"grant_types"_s;
    QTest::newRow("auth method unknown") << QByteArray(R"({"token_endpoint_auth_methods": ["basic"]})") << 422 << u"token_endpoint_auth_methods[0]"_s;
    QTest::newRow("subject type unknown") << QByteArray(R"({"subject_identifier_types": ["secret"]})") << 422 << u"subject_identifier_types[0]"_s;
    QTest::newRow("response type unknown") << QByteArray(R"({"response_types": ["code token"]})") << 422 << u"response_types[0]"_s;
    QTest::newRow("profile unknown") << QByteArray(R"({"profile": "bank"})") << 422 << u"profile"_s;
    QTest::newRow("type reserved") << QByteArray(R"({"type": "admin"})") << 422 << u"type"_s;
    QTest::newRow("type unknown") << QByteArray(R"({"type": "mine"})") << 422 << u"type"_s;
    QTest::newRow("pkce not bool") << QByteArray(R"({"enforce_pkce": "yes"})") << 400 << u"enforce_pkce"_s;
    QTest::newRow("name not string") << QByteArray(R"({"name": {}})") << 400 << u"name"_s;
    QTest::newRow("version not integer") << QByteArray(R"({"version": 2.5})") << 400 << u"version"_s;
    QTest::newRow("id with space") << QByteArray(R"({"id": "my shop"})") << 422 << u"id"_s;
    QTest::newRow("id with slash") << QByteArray(R"({"id": "a/b"})") << 422 << u"id"_s;
    QTest::newRow("id dot dot") << QByteArray(R"({"id": ".."})") << 422 << u"id"_s;
    QTest::newRow("id too long") << QByteArray(R"({"id": ")" + QByteArray(65, 'a') + R"("})") << 422 << u"id"_s;
    QTest::newRow("id not string") << QByteArray(R"({"id": 7})") << 400 << u"id"_s;
    QTest::newRow("tenant mismatch") << QByteArray(R"({"tenant_id": "other"})") << 422 << u"tenant_id"_s;
    QTest::newRow("secret short") << QByteArray(R"({"secret": "short"})") << 422 << u"secret"_s;
}

void TestTenantState::serverValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    TenantState state(kTenant, {});
    state.load();
    const qsizetype before = state.servers().size();
    const auto outcome = state.createServer(QJsonDocument::fromJson(body).object());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.status, status);
    QCOMPARE(outcome.error.details.value(u"field"_s).toString(), field);
    QVERIFY(!outcome.error.error.isEmpty());
    QCOMPARE(outcome.error.errorCode, status == 400 ? u"invalid_request"_s : u"invalid_field"_s);
    const QJsonObject json = outcome.error.toJson();
    QCOMPARE(json.value(u"status_code"_s).toInt(), status);
    QCOMPARE(json.value(u"details"_s).toObject().value(u"field"_s).toString(), field);
    QCOMPARE(state.servers().size(), before); // nothing half-created

    // The same checks apply on update.
    state.createServer(obj(R"({"id": "shop"})"));
    const auto updated = state.updateServer(u"shop"_s, QJsonDocument::fromJson(body).object());
    if (field != u"type"_s) { // type is kept on update, never reported
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error.details.value(u"field"_s).toString(), field);
    }
}

void TestTenantState::serverUpdateKeepsIdentityAndSecret()
{
    TenantState state(kTenant, {});
    state.load();
    const auto created = state.createServer(obj(R"({"id": "shop", "key_type": "ecdsa"})"));
    const QString secret = created.value->value(u"secret"_s).toString();
    const QString kid = state.signingKeys(u"shop"_s).constFirst().kid;

    const auto updated = state.updateServer(u"shop"_s, obj(R"({"name": "Renamed", "key_type": "rsa", "type": "regular", "access_token_ttl": "2h"})"));
    QVERIFY2(updated.ok(), qPrintable(updated.error.error));
    QCOMPARE(updated.value->value(u"name"_s).toString(), u"Renamed"_s);
    QCOMPARE(updated.value->value(u"id"_s).toString(), u"shop"_s);
    QCOMPARE(updated.value->value(u"secret"_s).toString(), secret);
    QCOMPARE(updated.value->value(u"access_token_ttl"_s).toString(), u"2h0m0s"_s);
    QCOMPARE(updated.value->value(u"key_type"_s).toString(), u"ecdsa"_s); // create-only input
    QCOMPARE(state.signingKeys(u"shop"_s).constFirst().kid, kid);
    // Fields left out fall back to their defaults (PUT replaces the document).
    QCOMPARE(updated.value->value(u"refresh_token_ttl"_s).toString(), u"720h0m0s"_s);

    const auto renamed = state.updateServer(u"shop"_s, obj(R"({"id": "other"})"));
    QVERIFY(!renamed.ok());
    QCOMPARE(renamed.error.status, 422);
    QCOMPARE(renamed.error.details.value(u"field"_s).toString(), u"id"_s);

    // The admin workspace stays an admin workspace.
    const auto admin = state.updateServer(u"admin"_s, obj(R"({"type": "regular", "name": "Admin!"})"));
    QVERIFY(admin.ok());
    QCOMPARE(admin.value->value(u"type"_s).toString(), u"admin"_s);
}

void TestTenantState::duplicateIdsConflict()
{
    TenantState state(kTenant, {});
    state.load();
    QVERIFY(state.createServer(obj(R"({"id": "shop"})")).ok());
    auto again = state.createServer(obj(R"({"id": "shop"})"));
    QCOMPARE(again.error.status, 409);
    QCOMPARE(again.error.errorCode, u"conflict"_s);
    QCOMPARE(again.error.details.value(u"field"_s).toString(), u"id"_s);
    QCOMPARE(state.createServer(obj(R"({"id": "admin"})")).error.status, 409);

    QVERIFY(state.createStaticIdp(u"shop"_s, obj(R"({"id": "users"})")).ok());
    QCOMPARE(state.createStaticIdp(u"shop"_s, obj(R"({"id": "users"})")).error.status, 409);
    QVERIFY(state.createStaticIdp(u"admin"_s, obj(R"({"id": "users"})")).ok()); // per workspace

    const char *client = R"({"client_id": "app", "authorization_server_id": "shop", "redirect_uris": ["https://app.example/cb"]})";
    QVERIFY(state.createClient(obj(client)).ok());
    const auto dup = state.createClient(obj(client));
    QCOMPARE(dup.error.status, 409);
    QCOMPARE(dup.error.details.value(u"field"_s).toString(), u"client_id"_s);
    // Client ids are unique in the tenant, across workspaces.
    QCOMPARE(state.createClient(obj(R"({"client_id": "app", "authorization_server_id": "admin", "grant_types": ["client_credentials"]})")).error.status, 409);
}

void TestTenantState::unknownIdsNotFound()
{
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    QVERIFY(!state.server(u"nope"_s));
    QCOMPARE(state.updateServer(u"nope"_s, {}).error.status, 404);
    QCOMPARE(state.deleteServer(u"nope"_s)->status, 404);
    QCOMPARE(state.deleteServer(u"nope"_s)->errorCode, u"not_found"_s);
    QCOMPARE(state.createStaticIdp(u"nope"_s, {}).error.status, 404);
    QCOMPARE(state.staticIdp(u"nope"_s, u"x"_s).error.status, 404);
    QCOMPARE(state.staticIdp(u"shop"_s, u"x"_s).error.status, 404);
    QCOMPARE(state.updateStaticIdp(u"shop"_s, u"x"_s, {}).error.status, 404);
    QCOMPARE(state.deleteIdp(u"shop"_s, u"x"_s)->status, 404);
    QCOMPARE(state.deleteIdp(u"nope"_s, u"x"_s)->status, 404);
    QCOMPARE(state.client(u"x"_s).error.status, 404);
    QCOMPARE(state.updateClient(u"x"_s, {}).error.status, 404);
    QCOMPARE(state.deleteClient(u"x"_s)->status, 404);
    QVERIFY(!state.clientWithSecret(u"x"_s));
    QVERIFY(state.idps(u"nope"_s).isEmpty());
    QVERIFY(state.clients(u"nope"_s).isEmpty());
    QVERIFY(state.signingKeys(u"nope"_s).isEmpty());
    const auto client = state.createClient(obj(R"({"authorization_server_id": "nope", "grant_types": ["client_credentials"]})"));
    QCOMPARE(client.error.status, 404);
    QCOMPARE(client.error.details.value(u"field"_s).toString(), u"authorization_server_id"_s);
}

void TestTenantState::signingKeysByKeyType_data()
{
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<Jose::Algorithm>("algorithm");
    QTest::addColumn<QString>("kty");

    QTest::newRow("default") << QString() << Jose::Algorithm::ES256 << u"EC"_s;
    QTest::newRow("ecdsa") << u"ecdsa"_s << Jose::Algorithm::ES256 << u"EC"_s;
    QTest::newRow("rsa") << u"rsa"_s << Jose::Algorithm::RS256 << u"RSA"_s;
    QTest::newRow("ps") << u"ps"_s << Jose::Algorithm::PS256 << u"RSA"_s;
}

void TestTenantState::signingKeysByKeyType()
{
    QFETCH(QString, keyType);
    QFETCH(Jose::Algorithm, algorithm);
    QFETCH(QString, kty);
    TenantState state(kTenant, {});
    state.load();
    QJsonObject body{{u"id"_s, u"ws"_s}};
    if (!keyType.isEmpty())
        body.insert(u"key_type"_s, keyType);
    QVERIFY(state.createServer(body).ok());
    const QList<SigningKey> keys = state.signingKeys(u"ws"_s);
    QCOMPARE(keys.size(), 1);
    const SigningKey &key = keys.constFirst();
    QCOMPARE(key.algorithm, algorithm);
    QVERIFY(key.privateKey);
    QVERIFY(key.kid.size() >= 16);
    QCOMPARE(key.publicJwk.value(u"kty"_s).toString(), kty);
    QCOMPARE(key.publicJwk.value(u"kid"_s).toString(), key.kid);
    QCOMPARE(key.publicJwk.value(u"alg"_s).toString(), Jose::algorithmName(algorithm));
    QCOMPARE(key.publicJwk.value(u"use"_s).toString(), u"sig"_s);
    QVERIFY(!key.publicJwk.contains(u"d"_s)); // public only
    if (kty == u"EC")
        QCOMPARE(key.publicJwk.value(u"crv"_s).toString(), u"P-256"_s);
    QVERIFY(verifiesWith(key, key.publicJwk));
    // Another workspace gets another key.
    state.createServer(QJsonObject{{u"id"_s, u"ws2"_s}, {u"key_type"_s, keyType.isEmpty() ? u"ecdsa"_s : keyType}});
    QVERIFY(state.signingKeys(u"ws2"_s).constFirst().kid != key.kid);
    QVERIFY(!verifiesWith(state.signingKeys(u"ws2"_s).constFirst(), key.publicJwk));
}

void TestTenantState::clientDefaults()
{
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    const auto created = state.createClient(obj(R"({"authorization_server_id": "shop", "client_name": "Web",
        "redirect_uris": ["https://app.example/cb", "http://127.0.0.1/callback"]})"));
    QVERIFY2(created.ok(), qPrintable(created.error.error));
    const QJsonObject doc = *created.value;
    const QString cid = doc.value(u"client_id"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9a-v]{20}$"_s).match(cid).hasMatch(), qPrintable(cid));
    QCOMPARE(doc.value(u"tenant_id"_s).toString(), kTenant);
    QCOMPARE(doc.value(u"authorization_server_id"_s).toString(), u"shop"_s);
    QCOMPARE(doc.value(u"token_endpoint_auth_method"_s).toString(), u"client_secret_basic"_s);
    QVERIFY(doc.value(u"client_secret"_s).toString().size() >= 32);
    QCOMPARE(stringList(doc.value(u"redirect_uris"_s)), (QStringList{u"https://app.example/cb"_s, u"http://127.0.0.1/callback"_s}));
    QCOMPARE(stringList(doc.value(u"grant_types"_s)), QStringList{u"authorization_code"_s});
    QCOMPARE(stringList(doc.value(u"response_types"_s)), QStringList{u"code"_s});
    QCOMPARE(stringList(doc.value(u"audience"_s)), QStringList{cid});
    QCOMPARE(doc.value(u"id_token_signed_response_alg"_s).toString(), u"ES256"_s);
    QCOMPARE(doc.value(u"subject_type"_s).toString(), u"public"_s);
    QCOMPARE(doc.value(u"client_name"_s).toString(), u"Web"_s);
    QVERIFY(doc.value(u"client_id_issued_at"_s).toInteger() > 1'700'000'000);
    QVERIFY(!doc.value(u"created_at"_s).toString().isEmpty());
    QCOMPARE(doc.value(u"scope"_s).toString(), stringList(doc.value(u"scopes"_s)).join(u' '));
    QCOMPARE(state.client(cid).value->value(u"client_secret"_s), doc.value(u"client_secret"_s));
    QCOMPARE(state.clientWithSecret(cid)->value(u"client_secret"_s), doc.value(u"client_secret"_s));

    // A given secret, id and "redirect_uris" as a plain string (admin.json allows it).
    const auto given = state.createClient(obj(R"({"client_id": "svc", "authorization_server_id": "shop",
        "client_secret": "0123456789abcdef0123456789abcdef", "redirect_uris": "https://svc.example/cb",
        "grant_types": ["client_credentials", "authorization_code"], "scopes": ["a", "b"]})"));
    QVERIFY2(given.ok(), qPrintable(given.error.error));
    QCOMPARE(given.value->value(u"client_secret"_s).toString(), u"0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(stringList(given.value->value(u"redirect_uris"_s)), QStringList{u"https://svc.example/cb"_s});
    QCOMPARE(given.value->value(u"scope"_s).toString(), u"a b"_s);

    // id_token_signed_response_alg follows the workspace's key type.
    state.createServer(obj(R"({"id": "ps", "key_type": "ps"})"));
    const auto ps = state.createClient(obj(R"({"authorization_server_id": "ps", "grant_types": ["client_credentials"]})"));
    QCOMPARE(ps.value->value(u"id_token_signed_response_alg"_s).toString(), u"PS256"_s);
}

void TestTenantState::publicClientHasNoSecret()
{
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    const auto created = state.createClient(obj(R"({"authorization_server_id": "shop", "token_endpoint_auth_method": "none",
        "client_secret": "0123456789abcdef0123456789abcdef", "redirect_uris": ["http://127.0.0.1/cb"]})"));
    QVERIFY2(created.ok(), qPrintable(created.error.error));
    QVERIFY(!created.value->contains(u"client_secret"_s));
    const QString cid = created.value->value(u"client_id"_s).toString();
    QVERIFY(!state.clientWithSecret(cid)->contains(u"client_secret"_s));
    QCOMPARE(stringList(created.value->value(u"application_types"_s)), QStringList{u"single_page"_s});
}

void TestTenantState::clientValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("no workspace") << QByteArray(R"({"grant_types": ["client_credentials"]})") << 422 << u"authorization_server_id"_s;
    QTest::newRow("auth method unknown") << QByteArray(R"({"authorization_server_id": "shop", "token_endpoint_auth_method": "basic"})") << 422 << u"token_endpoint_auth_method"_s;
    QTest::newRow("auth method off in workspace") << QByteArray(R"({"authorization_server_id": "strict", "token_endpoint_auth_method": "none", "grant_types": ["client_credentials"]})") << 422 << u"token_endpoint_auth_method"_s;
    QTest::newRow("grant unknown") << QByteArray(R"({"authorization_server_id": "shop", "grant_types": ["magic"]})") << 422 << u"grant_types[0]"_s;
    QTest::newRow("grant off in workspace") << QByteArray(R"({"authorization_server_id": "shop", "grant_types": ["password"]})") << 422 << u"grant_types"_s;
    QTest::newRow("response type off") << QByteArray(R"({"authorization_server_id": "strict", "grant_types": ["client_credentials"], "response_types": ["token"]})") << 422 << u"response_types"_s;
    QTest::newRow("redirect missing") << QByteArray(R"({"authorization_server_id": "shop"})") << 422 << u"redirect_uris"_s;
    QTest::newRow("redirect relative") << QByteArray(R"({"authorization_server_id": "shop", "redirect_uris": ["/cb"]})") << 422 << u"redirect_uris[0]"_s;
    QTest::newRow("redirect fragment") << QByteArray(R"({"authorization_server_id": "shop", "redirect_uris": ["https://a.example/cb", "https://a.example/cb#x"]})") << 422 << u"redirect_uris[1]"_s;
    QTest::newRow("redirect no host") << QByteArray(R"({"authorization_server_id": "shop", "redirect_uris": ["https:///cb"]})") << 422 << u"redirect_uris[0]"_s;
    QTest::newRow("secret short") << QByteArray(R"({"authorization_server_id": "shop", "grant_types": ["client_credentials"], "client_secret": "short"})") << 422 << u"client_secret"_s;
    QTest::newRow("type error is 422 on create") << QByteArray(R"({"authorization_server_id": "shop", "grant_types": "client_credentials"})") << 422 << u"grant_types"_s;
    QTest::newRow("client_id chars") << QByteArray(R"({"authorization_server_id": "shop", "client_id": "a b", "grant_types": ["client_credentials"]})") << 422 << u"client_id"_s;
    QTest::newRow("tenant mismatch") << QByteArray(R"({"authorization_server_id": "shop", "tenant_id": "x", "grant_types": ["client_credentials"]})") << 422 << u"tenant_id"_s;
    QTest::newRow("private_key_jwt without keys") << QByteArray(R"({"authorization_server_id": "shop", "grant_types": ["client_credentials"], "token_endpoint_auth_method": "private_key_jwt"})") << 422 << u"jwks"_s;
    QTest::newRow("token ttl") << QByteArray(R"({"authorization_server_id": "shop", "grant_types": ["client_credentials"], "token_ttls": {"access_token_ttl": "soon"}})") << 422 << u"token_ttls.access_token_ttl"_s;
    QTest::newRow("subject type") << QByteArray(R"({"authorization_server_id": "shop", "grant_types": ["client_credentials"], "subject_type": "x"})") << 422 << u"subject_type"_s;
}

void TestTenantState::clientValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    state.createServer(obj(R"({"id": "strict", "token_endpoint_auth_methods": ["client_secret_basic"], "response_types": ["code"]})"));
    const auto outcome = state.createClient(QJsonDocument::fromJson(body).object());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.status, status);
    QCOMPARE(outcome.error.details.value(u"field"_s).toString(), field);
    QVERIFY(state.clients(u"shop"_s).isEmpty());
}

void TestTenantState::clientUpdate()
{
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    state.createServer(obj(R"({"id": "other"})"));
    const auto created = state.createClient(obj(R"({"client_id": "app", "authorization_server_id": "shop", "redirect_uris": ["https://a.example/cb"]})"));
    const QString secret = created.value->value(u"client_secret"_s).toString();

    const auto updated = state.updateClient(u"app"_s, obj(R"({"client_name": "App", "redirect_uris": ["https://b.example/cb"]})"));
    QVERIFY2(updated.ok(), qPrintable(updated.error.error));
    QCOMPARE(updated.value->value(u"client_name"_s).toString(), u"App"_s);
    QCOMPARE(updated.value->value(u"client_secret"_s).toString(), secret); // kept when left out
    QCOMPARE(updated.value->value(u"authorization_server_id"_s).toString(), u"shop"_s);
    QCOMPARE(updated.value->value(u"created_at"_s), created.value->value(u"created_at"_s));
    QCOMPARE(stringList(state.client(u"app"_s).value->value(u"redirect_uris"_s)), QStringList{u"https://b.example/cb"_s});

    // Type errors on update are 400 (updateClient lists one); moving workspaces is refused.
    QCOMPARE(state.updateClient(u"app"_s, obj(R"({"client_name": 5})")).error.status, 400);
    const auto moved = state.updateClient(u"app"_s, obj(R"({"authorization_server_id": "other", "redirect_uris": ["https://b.example/cb"]})"));
    QCOMPARE(moved.error.status, 422);
    QCOMPARE(moved.error.details.value(u"field"_s).toString(), u"authorization_server_id"_s);
    const auto renamed = state.updateClient(u"app"_s, obj(R"({"client_id": "bpp", "redirect_uris": ["https://b.example/cb"]})"));
    QCOMPARE(renamed.error.details.value(u"field"_s).toString(), u"client_id"_s);

    const auto rotated = state.updateClient(u"app"_s, obj(R"({"client_secret": "abcdefghijklmnopqrstuvwxyz0123456789", "redirect_uris": ["https://b.example/cb"]})"));
    QCOMPARE(rotated.value->value(u"client_secret"_s).toString(), u"abcdefghijklmnopqrstuvwxyz0123456789"_s);
}

void TestTenantState::listsHideSecretsAndPasswords()
{
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    state.createClient(obj(R"({"authorization_server_id": "shop", "redirect_uris": ["https://a.example/cb"]})"));
    state.createClient(obj(R"({"authorization_server_id": "shop", "grant_types": ["client_credentials"]})"));
    state.createStaticIdp(u"shop"_s, obj(R"({"id": "users", "credentials": {"users": [{"username": "alice", "password": "wonderland"}]}})"));

    const QList<QJsonObject> clients = state.clients(u"shop"_s);
    QCOMPARE(clients.size(), 2);
    for (const QJsonObject &client : clients)
        QVERIFY(!containsKey(client, u"client_secret"_s));
    const QList<QJsonObject> admins = state.clients(u"admin"_s);
    QCOMPARE(admins.size(), 1);
    QVERIFY(!containsKey(admins.constFirst(), u"client_secret"_s));

    const QList<QJsonObject> idps = state.idps(u"shop"_s);
    QCOMPARE(idps.size(), 1);
    QVERIFY(!containsKey(idps.constFirst(), u"password"_s));
    QVERIFY(!containsKey(idps.constFirst(), u"credentials"_s));
    QCOMPARE(idps.constFirst().value(u"method"_s).toString(), u"static"_s);

    for (const QJsonObject &server : state.servers())
        QVERIFY(!server.contains(u"secret"_s));
}

void TestTenantState::staticIdpUsers()
{
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    const auto created = state.createStaticIdp(u"shop"_s, obj(R"({"name": "Users", "credentials": {"users": [
        {"username": "alice", "password": "wonderland", "email": "alice@example.com", "email_verified": true,
         "authentication_context": {"name": "Alice", "roles": ["admin"]}, "unknown": 1},
        {"username": "bob", "password": "builder"}]}})"));
    QVERIFY2(created.ok(), qPrintable(created.error.error));
    const QString iid = created.value->value(u"id"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9a-v]{20}$"_s).match(iid).hasMatch());
    QCOMPARE(created.value->value(u"method"_s).toString(), u"static"_s);
    QCOMPARE(created.value->value(u"authorization_server_id"_s).toString(), u"shop"_s);
    QCOMPARE(created.value->value(u"tenant_id"_s).toString(), kTenant);
    QCOMPARE(created.value->value(u"name"_s).toString(), u"Users"_s);

    // The single GET carries the users, passwords included (admin.json getStaticIDP).
    const auto fetched = state.staticIdp(u"shop"_s, iid);
    QVERIFY(fetched.ok());
    const QJsonArray users = fetched.value->value(u"credentials"_s)[u"users"_s].toArray();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users[0][u"password"_s].toString(), u"wonderland"_s);
    QCOMPARE(users[0][u"authentication_context"_s][u"name"_s].toString(), u"Alice"_s);
    QVERIFY(!users[0].toObject().contains(u"unknown"_s));

    // The OAuth side sees every enabled static user with the password.
    QCOMPARE(state.staticUsers(u"shop"_s).size(), 2);
    QCOMPARE(state.staticUsers(u"shop"_s).constFirst().value(u"password"_s).toString(), u"wonderland"_s);

    // Update: a known user may come back without a password (keeps it); a new one needs one.
    const auto updated = state.updateStaticIdp(u"shop"_s, iid, obj(R"({"credentials": {"users": [
        {"username": "alice"}, {"username": "carol", "password": "singer"}]}})"));
    QVERIFY2(updated.ok(), qPrintable(updated.error.error));
    const QList<QJsonObject> after = state.staticUsers(u"shop"_s);
    QCOMPARE(after.size(), 2);
    QCOMPARE(after[0].value(u"password"_s).toString(), u"wonderland"_s);
    QCOMPARE(after[1].value(u"username"_s).toString(), u"carol"_s);
    // An update without credentials keeps the users.
    QVERIFY(state.updateStaticIdp(u"shop"_s, iid, obj(R"({"name": "Renamed"})")).ok());
    QCOMPARE(state.staticUsers(u"shop"_s).size(), 2);
    // A disabled IDP's users cannot log in.
    QVERIFY(state.updateStaticIdp(u"shop"_s, iid, obj(R"({"disabled": true})")).ok());
    QVERIFY(state.staticUsers(u"shop"_s).isEmpty());

    QVERIFY(!state.deleteIdp(u"shop"_s, iid));
    QCOMPARE(state.staticIdp(u"shop"_s, iid).error.status, 404);
    QVERIFY(state.idps(u"shop"_s).isEmpty());
}

void TestTenantState::staticIdpValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("users not array") << QByteArray(R"({"credentials": {"users": {}}})") << 400 << u"credentials.users"_s;
    QTest::newRow("user not object") << QByteArray(R"({"credentials": {"users": ["alice"]}})") << 400 << u"credentials.users[0]"_s;
    QTest::newRow("username missing") << QByteArray(R"({"credentials": {"users": [{"password": "x"}]}})") << 422 << u"credentials.users[0].username"_s;
    QTest::newRow("password missing") << QByteArray(R"({"credentials": {"users": [{"username": "a", "password": "x"}, {"username": "b"}]}})") << 422 << u"credentials.users[1].password"_s;
    QTest::newRow("username twice") << QByteArray(R"({"credentials": {"users": [{"username": "a", "password": "x"}, {"username": "a", "password": "y"}]}})") << 422 << u"credentials.users[1].username"_s;
    QTest::newRow("password not string") << QByteArray(R"({"credentials": {"users": [{"username": "a", "password": 1}]}})") << 400 << u"credentials.users[0].password"_s;
    QTest::newRow("context not object") << QByteArray(R"({"credentials": {"users": [{"username": "a", "password": "x", "authentication_context": "x"}]}})") << 400 << u"credentials.users[0].authentication_context"_s;
    QTest::newRow("credentials not object") << QByteArray(R"({"credentials": []})") << 400 << u"credentials"_s;
    QTest::newRow("method not static") << QByteArray(R"({"method": "oidc"})") << 422 << u"method"_s;
    QTest::newRow("other workspace") << QByteArray(R"({"authorization_server_id": "admin"})") << 422 << u"authorization_server_id"_s;
    QTest::newRow("id chars") << QByteArray(R"({"id": "a/b"})") << 422 << u"id"_s;
    QTest::newRow("hidden not bool") << QByteArray(R"({"hidden": "no"})") << 400 << u"hidden"_s;
}

void TestTenantState::staticIdpValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    const auto outcome = state.createStaticIdp(u"shop"_s, QJsonDocument::fromJson(body).object());
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.status, status);
    QCOMPARE(outcome.error.details.value(u"field"_s).toString(), field);
    QVERIFY(state.idps(u"shop"_s).isEmpty());
}

void TestTenantState::deletingWorkspaceCascades()
{
    TenantState state(kTenant, {});
    state.load();
    state.createServer(obj(R"({"id": "shop"})"));
    state.createClient(obj(R"({"client_id": "app", "authorization_server_id": "shop", "grant_types": ["client_credentials"]})"));
    state.createStaticIdp(u"shop"_s, obj(R"({"id": "users"})"));
    QVERIFY(!state.deleteServer(u"shop"_s));
    QVERIFY(!state.server(u"shop"_s));
    QCOMPARE(state.client(u"app"_s).error.status, 404);
    QVERIFY(state.idps(u"shop"_s).isEmpty());
    QVERIFY(state.signingKeys(u"shop"_s).isEmpty());
    // The id is free again, with fresh keys.
    QVERIFY(state.createServer(obj(R"({"id": "shop"})")).ok());
    QVERIFY(state.idps(u"shop"_s).isEmpty());
}

void TestTenantState::builtInsCannotBeDeleted()
{
    TenantState state(kTenant, {});
    state.load();
    const auto workspace = state.deleteServer(u"admin"_s);
    QVERIFY(workspace);
    QCOMPARE(workspace->status, 400);
    const auto client = state.deleteClient(state.adminClientId());
    QVERIFY(client);
    QCOMPARE(client->status, 400);
    QVERIFY(state.server(u"admin"_s));
    QVERIFY(state.clientWithSecret(state.adminClientId()));
}

void TestTenantState::changedSignal()
{
    TenantState state(kTenant, {});
    state.load();
    QSignalSpy spy(&state, &TenantState::changed);
    state.createServer(obj(R"({"id": "shop"})"));
    QCOMPARE(spy.size(), 1);
    state.createServer(obj(R"({"id": "shop"})")); // refused: no change
    QCOMPARE(spy.size(), 1);
    state.updateServer(u"shop"_s, {});
    state.deleteServer(u"shop"_s);
    QCOMPARE(spy.size(), 3);
}

void TestTenantState::persistsAcrossInstances()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"data"_s); // created on load
    QString adminId, adminSecret, clientSecret, kid;
    QByteArray signature;
    const QByteArray input = "signed.before-restart";
    {
        TenantState state(kTenant, data);
        const auto loaded = state.load();
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        QVERIFY(loaded.message.isEmpty());
        QCOMPARE(state.stateFilePath(), QDir(data).filePath(u"state.json"_s));
        QVERIFY(QFile::exists(state.stateFilePath()));
        adminId = state.adminClientId();
        adminSecret = state.adminClientSecret();
        QVERIFY(state.createServer(obj(R"({"id": "shop", "key_type": "rsa", "access_token_ttl": "5m"})")).ok());
        const auto client = state.createClient(obj(R"({"client_id": "app", "authorization_server_id": "shop", "redirect_uris": ["https://a.example/cb"]})"));
        clientSecret = client.value->value(u"client_secret"_s).toString();
        QVERIFY(state.createStaticIdp(u"shop"_s, obj(R"({"id": "users", "credentials": {"users": [{"username": "alice", "password": "pw"}]}})")).ok());
        const SigningKey key = state.signingKeys(u"shop"_s).constFirst();
        kid = key.kid;
        signature = Jose::sign(key.algorithm, key.privateKey.get(), input).value_or(QByteArray());
        QVERIFY(!signature.isEmpty());
    }
    {
        TenantState reloaded(kTenant, data);
        const auto loaded = reloaded.load();
        QVERIFY2(loaded.ok, qPrintable(loaded.message));
        QVERIFY(loaded.message.isEmpty());
        QCOMPARE(reloaded.adminClientId(), adminId);
        QCOMPARE(reloaded.adminClientSecret(), adminSecret);
        QCOMPARE(reloaded.server(u"shop"_s)->value(u"access_token_ttl"_s).toString(), u"5m0s"_s);
        QCOMPARE(reloaded.client(u"app"_s).value->value(u"client_secret"_s).toString(), clientSecret);
        QCOMPARE(reloaded.staticUsers(u"shop"_s).constFirst().value(u"password"_s).toString(), u"pw"_s);

        // The signing key survived: same kid, and it verifies what was signed before the restart.
        const QList<SigningKey> keys = reloaded.signingKeys(u"shop"_s);
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.constFirst().kid, kid);
        QCOMPARE(keys.constFirst().algorithm, Jose::Algorithm::RS256);
        const Jose::KeyLoadResult jwk = Jose::keyFromJwk(keys.constFirst().publicJwk);
        QVERIFY(jwk.ok());
        QVERIFY(Jose::verifySignature(Jose::Algorithm::RS256, jwk.keySet.keys.constFirst(), input, signature).valid);
        QVERIFY(!Jose::verifySignature(Jose::Algorithm::RS256, jwk.keySet.keys.constFirst(), "tampered", signature).valid);

        // Deletions persist too.
        QVERIFY(!reloaded.deleteServer(u"shop"_s));
    }
    TenantState third(kTenant, data);
    QVERIFY(third.load().ok);
    QVERIFY(!third.server(u"shop"_s));
    QCOMPARE(third.client(u"app"_s).error.status, 404);
}

void TestTenantState::stateFileIsPrivate()
{
    QTemporaryDir dir;
    TenantState state(kTenant, dir.path());
    QVERIFY(state.load().ok);
    const QFile::Permissions privateOnly = QFile::ReadOwner | QFile::WriteOwner;
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile::permissions(state.stateFilePath()) & (privateOnly | others), privateOnly);
    // Still private after a rewrite, even when someone widened it in between.
    QVERIFY(QFile::setPermissions(state.stateFilePath(), privateOnly | QFile::ReadGroup | QFile::ReadOther));
    state.createServer(obj(R"({"id": "shop"})"));
    QCOMPARE(QFile::permissions(state.stateFilePath()) & (privateOnly | others), privateOnly);

    // A data directory the state creates is private too.
    const QString fresh = dir.filePath(u"new"_s);
    TenantState other(kTenant, fresh);
    QVERIFY(other.load().ok);
    QCOMPARE(QFile::permissions(fresh) & others, QFile::Permissions());
}

void TestTenantState::corruptFileMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not json") << QByteArray("{\"schema_version\": 1, \"servers\": [") << u"not valid JSON"_s;
    QTest::newRow("truncated to nothing") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("future schema") << QByteArray(R"({"schema_version": 99, "servers": [], "clients": [], "idps": {}, "signing_keys": {}})") << u"schema_version 99"_s;
    QTest::newRow("no schema") << QByteArray(R"({"servers": []})") << u"schema_version missing"_s;
    QTest::newRow("wrong shape") << QByteArray(R"({"schema_version": 1, "servers": {}, "clients": [], "idps": {}, "signing_keys": {}})") << u"wrong type"_s;
    QTest::newRow("bad key") << QByteArray(R"({"schema_version": 1, "servers": [{"id": "admin", "type": "admin"}], "clients": [], "idps": {},
        "signing_keys": {"admin": [{"kid": "k", "alg": "ES256", "private_key_pem": "garbage"}]}})") << u"signing key"_s;
    QTest::newRow("bad id") << QByteArray(R"({"schema_version": 1, "servers": [{"id": "../x"}], "clients": [], "idps": {}, "signing_keys": {}})") << u"no valid, unique id"_s;
}

void TestTenantState::corruptFileMovedAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto state = std::make_unique<TenantState>(kTenant, dir.path());
    const auto loaded = state->load();
    QVERIFY2(loaded.ok, qPrintable(loaded.message));
    QVERIFY(!loaded.movedAsideTo.isEmpty());
    QVERIFY2(loaded.movedAsideTo.startsWith(path + u".corrupt-"_s), qPrintable(loaded.movedAsideTo));
    QVERIFY2(loaded.message.contains(reason), qPrintable(loaded.message));
    QVERIFY2(loaded.message.contains(QDir::toNativeSeparators(loaded.movedAsideTo)), qPrintable(loaded.message));
    // The damaged file is kept, byte for byte.
    QFile aside(loaded.movedAsideTo);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), content);
    // A fresh, valid state replaced it.
    QVERIFY(state->server(u"admin"_s));
    const QString secret = state->adminClientSecret();
    state.reset();
    {
        TenantState again(kTenant, dir.path());
        const auto reloaded = again.load();
        QVERIFY(reloaded.ok);
        QVERIFY(reloaded.message.isEmpty());
        QCOMPARE(again.adminClientSecret(), secret);
    }

    // A second corruption gets its own name, the first is not overwritten.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage");
    }
    TenantState third(kTenant, dir.path());
    const auto second = third.load();
    QVERIFY(second.movedAsideTo != loaded.movedAsideTo);
    QVERIFY(QFile::exists(loaded.movedAsideTo));
    QVERIFY(QFile::exists(second.movedAsideTo));
}

void TestTenantState::survivesKillDuringWrites()
{
    // A child process (this executable, see main) rewrites a large state file in a loop; it is
    // killed with SIGKILL at varying points. Every time, the file must still load intact.
    QTemporaryDir dir;
    for (int round = 0; round < 5; ++round) {
        QProcess writer;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TST_TENANTSTATE_WRITER"_s, dir.path());
        writer.setProcessEnvironment(environment);
        writer.start(QCoreApplication::applicationFilePath(), {});
        QTRY_COMPARE(writer.state(), QProcess::Running);
        // Let it complete a varying number of writes, then kill it mid-stream.
        const int writes = 3 + round * 4;
        QTRY_VERIFY_WITH_TIMEOUT(writer.peek(1 << 20).count('\n') >= writes, 60000);
        writer.kill();
        QTRY_COMPARE(writer.state(), QProcess::NotRunning);

        TenantState state(kTenant, dir.path());
        const auto loaded = state.load();
        QVERIFY2(loaded.ok && loaded.movedAsideTo.isEmpty(), qPrintable(loaded.message));
        QVERIFY(state.server(u"admin"_s));
        QVERIFY(state.servers().size() >= 2); // at least one of the writer's workspaces
    }
}

// The writer side of survivesKillDuringWrites: never returns.
static int runWriter(const QString &directory)
{
    TenantState state(kTenant, directory);
    state.load();
    const QString filler(256 * 1024, u'x'); // large writes widen the window for the kill
    for (int i = 0;; ++i) {
        const QString id = u"w%1"_s.arg(i % 8);
        state.deleteServer(id);
        state.createServer(QJsonObject{{u"id"_s, id}, {u"description"_s, filler}});
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
}

void TestTenantState::mismatchedKeyMovedAside_data()
{
    QTest::addColumn<QByteArray>("keyType");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("P-256 as ES256") << QByteArray("EC") << QByteArray("P-256") << u"ES256"_s << true;
    QTest::newRow("P-384 as ES256") << QByteArray("EC") << QByteArray("P-384") << u"ES256"_s << false;
    QTest::newRow("RSA as ES256") << QByteArray("RSA") << QByteArray() << u"ES256"_s << false;
    QTest::newRow("EC as RS256") << QByteArray("EC") << QByteArray("P-256") << u"RS256"_s << false;
    QTest::newRow("RSA as PS256") << QByteArray("RSA") << QByteArray() << u"PS256"_s << true;
    QTest::newRow("RSA as HS256") << QByteArray("RSA") << QByteArray() << u"HS256"_s << false;
}

void TestTenantState::mismatchedKeyMovedAside()
{
    // A hand-edited state file pairing a key with an algorithm it cannot sign is not loaded.
    QFETCH(QByteArray, keyType);
    QFETCH(QByteArray, parameter);
    QFETCH(QString, alg);
    QFETCH(bool, accepted);
    EVP_PKEY *pkey = keyType == "RSA" ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(2048))
                                      : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", parameter.constData());
    QVERIFY(pkey);
    BIO *bio = BIO_new(BIO_s_mem());
    QVERIFY(PEM_write_bio_PrivateKey(bio, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    const QString pem = QString::fromLatin1(data, length);
    BIO_free(bio);
    EVP_PKEY_free(pkey);

    QTemporaryDir dir;
    {
        TenantState state(kTenant, dir.path());
        QVERIFY(state.load().ok);
    }
    QFile file(QDir(dir.path()).filePath(u"state.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject keys = root.value(u"signing_keys"_s).toObject();
    keys.insert(u"admin"_s, QJsonArray{QJsonObject{{u"kid"_s, u"edited"_s}, {u"alg"_s, alg}, {u"private_key_pem"_s, pem}}});
    root.insert(u"signing_keys"_s, keys);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(root).toJson());
    file.close();

    TenantState state(kTenant, dir.path());
    const auto loaded = state.load();
    QVERIFY(loaded.ok);
    QCOMPARE(loaded.movedAsideTo.isEmpty(), accepted);
    QCOMPARE(state.signingKeys(u"admin"_s).constFirst().kid == u"edited"_s, accepted);
}

void TestTenantState::unusableDataDirectory()
{
    QTemporaryDir dir;
    // A regular file where the directory should be.
    const QString blocker = dir.filePath(u"file"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    TenantState state(kTenant, blocker + u"/data"_s);
    const auto loaded = state.load();
    QVERIFY(!loaded.ok);
    QVERIFY(!loaded.message.isEmpty());
    // Still usable in memory.
    QVERIFY(state.server(u"admin"_s));
    QVERIFY(state.createServer(obj(R"({"id": "shop"})")).ok());
}

void TestTenantState::oneStatePerDirectory()
{
    QTemporaryDir dir;
    auto first = std::make_unique<TenantState>(kTenant, dir.path());
    QVERIFY(first->load().ok);
    QVERIFY(first->createServer(obj(R"({"id": "first"})")).ok());

    TenantState second(kTenant, dir.path());
    const auto refused = second.load();
    QVERIFY(!refused.ok);
    QVERIFY2(refused.message.contains(QDir::toNativeSeparators(dir.path())), qPrintable(refused.message));
    QVERIFY2(refused.message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(refused.message));
    // The second one works in memory and never touches the first one's file.
    QVERIFY(second.createServer(obj(R"({"id": "second"})")).ok());
    first.reset();
    TenantState third(kTenant, dir.path());
    QVERIFY(third.load().ok);
    QVERIFY(third.server(u"first"_s));
    QVERIFY(!third.server(u"second"_s));
}

void TestTenantState::ephemeralWritesNothing()
{
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    {
        TenantState state(kTenant, QString());
        const auto loaded = state.load();
        QVERIFY(loaded.ok);
        QVERIFY(loaded.message.isEmpty());
        QVERIFY(state.stateFilePath().isEmpty());
        state.createServer(obj(R"({"id": "shop"})"));
        state.createStaticIdp(u"shop"_s, obj(R"({"id": "users"})"));
    }
    QDir::setCurrent(previous);
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    // And a new ephemeral state starts from scratch.
    TenantState fresh(kTenant, QString());
    fresh.load();
    QVERIFY(!fresh.server(u"shop"_s));
}

void TestTenantState::tenantRenamedOnLoad()
{
    QTemporaryDir dir;
    {
        TenantState state(kTenant, dir.path());
        state.load();
        state.createServer(obj(R"({"id": "shop"})"));
    }
    TenantState renamed(u"other"_s, dir.path());
    QVERIFY(renamed.load().ok);
    QCOMPARE(renamed.server(u"shop"_s)->value(u"tenant_id"_s).toString(), u"other"_s);
    QCOMPARE(renamed.clientWithSecret(renamed.adminClientId())->value(u"tenant_id"_s).toString(), u"other"_s);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString writerDirectory = qEnvironmentVariable("TST_TENANTSTATE_WRITER"); !writerDirectory.isEmpty())
        return runWriter(writerDirectory);
    TestTenantState test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_tenantstate.moc"
