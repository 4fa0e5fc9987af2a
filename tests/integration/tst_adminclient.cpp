// SPDX-License-Identifier: GPL-3.0-or-later
// AdminClient against the real sandbox on loopback, acting as the "Local sandbox" profile whose
// admin secret sits in the real keychain (KEYRING): workspaces, static IDPs with users, clients,
// paging, errors (422 with the field, 409, 404), the admin token (cached, refreshed once after a
// 401, a bad secret, no secret), 429 waits; every request body the client sends checked against
// admin.json (Server, StaticIDP, CreateClientAdminRequest, UpdateClientAdminRequest).
#include "localsandbox.h"
#include "ratelimiter.h"
#include "sandboxserver.h"
#include "swaggercheck.h"
#include "tenantstate.h"

#include "admin/adminclient.h"
#include "grantstore.h"
#include "http/httpclient.h"
#include "oauth/tokenrequest.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Admin::AdminClient;
using Admin::AdminResult;
using Admin::CallOptions;

namespace {

// The admin.json definition a request body must satisfy, by method and path below the API root.
QString definitionFor(const QByteArray &method, const QString &path)
{
    static const QRegularExpression server(u"^/servers(/[^/]+)?$"_s);
    static const QRegularExpression staticIdp(u"^/servers/[^/]+/idps/static(/[^/]+)?$"_s);
    static const QRegularExpression client(u"^/clients$"_s);
    static const QRegularExpression oneClient(u"^/clients/[^/]+$"_s);
    if (server.match(path).hasMatch())
        return u"Server"_s;
    if (staticIdp.match(path).hasMatch())
        return u"StaticIDP"_s;
    if (method == "POST" && client.match(path).hasMatch())
        return u"CreateClientAdminRequest"_s;
    if (method == "PUT" && oneClient.match(path).hasMatch())
        return u"UpdateClientAdminRequest"_s;
    return {};
}

QByteArray header(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// The jti and exp of a JWT access token (the sandbox's admin tokens are JWTs).
std::pair<QString, QDateTime> jtiAndExpiry(const QByteArray &jwt)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return {};
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
    return {claims.value(u"jti"_s).toString(),
            QDateTime::fromSecsSinceEpoch(qint64(claims.value(u"exp"_s).toDouble()), Qt::UTC)};
}

QStringList idsOf(const AdminResult &result, const QString &list, const QString &field)
{
    QStringList out;
    for (const QJsonValue &item : result.object().value(list).toArray())
        out.append(item.toObject().value(field).toString());
    return out;
}

} // namespace

class TestAdminClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void workspaceLifecycle();
    void staticIdpWithUsers();
    void clientLifecycle();
    void pagingReturnsEverything();
    void unprocessableNamesField();
    void takenIdIsConflict();
    void unknownIdIsNotFound();
    void tokenIsCachedAndShared();
    void badSecretFailsToken();
    void noSecretIsUnavailable();
    void rateLimitedCallWaitsAndRetries();
    void notAnAdminProfile();
    void revokedTokenIsReplacedOnce();
    void secondUnauthorizedIsReported();
    void etagAndIfMatch();
    void idempotentCreateReplays();
    void profileChangeFailsWaitingCalls();

private:
    // Runs one call to its callback (the event loop spins in QTest::qWaitFor).
    AdminResult run(const std::function<void(AdminClient::Callback)> &start);
    void writeSecret(const QByteArray &secret);
    void removeSecret();
    // Every body sent to a create/update route matches its admin.json definition; the
    // definitions checked so far are added to m_checkedDefinitions.
    void verifyRequestBodies();
    int countRequests(const QByteArray &method, const QString &pathContains) const;

    SwaggerCheck::Spec m_spec;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profiles::ProfileStore> m_profiles;
    std::unique_ptr<Profiles::SecretStore> m_secrets;
    std::unique_ptr<Sandbox::LocalSandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<AdminClient> m_admin;
    QList<HttpExchange> m_exchanges;
    QSet<QString> m_checkedDefinitions;
    QString m_apiPath; // "/api/admin/default"
};

void TestAdminClient::initTestCase()
{
    QString error;
    QVERIFY2(m_spec.load(QStringLiteral(TOKENSCOPE_TEST_DATA_DIR "/contracts/cloudentity/admin.json"), &error),
             qPrintable(error));
}

void TestAdminClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<Profiles::ProfileStore>(m_dir->filePath(u"profiles"_s));
    QVERIFY(m_profiles->load().ok);
    m_secrets = std::make_unique<Profiles::SecretStore>(u"tokenscope-test-adminclient"_s);
    m_sandbox = std::make_unique<Sandbox::LocalSandbox>(m_profiles.get(), m_secrets.get(), QString()); // memory only
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QVERIFY(!m_sandbox->profileId().isEmpty());
    // LocalSandbox writes the secret again once the keychain turns out usable: let that settle
    // (a read queues behind every write) so tests that change the secret are not overwritten.
    QTRY_COMPARE_WITH_TIMEOUT(m_secrets->availability(), Profiles::SecretStore::Availability::Available, 10000);
    bool read = false;
    m_secrets->read(m_sandbox->profileId(), Profiles::SecretKind::ClientSecret, this,
                    [&read](const Profiles::SecretResult &) { read = true; });
    QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
    // Plenty of admin budget unless a test lowers it.
    m_sandbox->server()->rateLimiter().setLimit(Sandbox::ApiGroup::Admin, {100000, 10000});

    m_network = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<HttpClient>(m_network.get());
    connect(m_http.get(), &HttpClient::exchangeFinished, this,
            [this](const HttpExchange &exchange) { m_exchanges.append(exchange); });
    m_admin = std::make_unique<AdminClient>(m_http.get(), m_secrets.get());
    const auto profile = m_profiles->findById(m_sandbox->profileId());
    QVERIFY(profile);
    QVERIFY(Admin::isAdminProfile(*profile));
    const auto base = Admin::apiBase(*profile);
    QVERIFY(base);
    QCOMPARE(base->toString(), m_sandbox->baseUrl().toString() + u"/api/admin/"_s + m_sandbox->tenantId());
    m_apiPath = base->path();
    m_admin->setProfile(*profile);
    m_exchanges.clear();
    m_checkedDefinitions.clear();
}

void TestAdminClient::cleanup()
{
    m_admin.reset();
    m_http.reset();
    m_network.reset();
    m_sandbox.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_dir.reset();
}

AdminResult TestAdminClient::run(const std::function<void(AdminClient::Callback)> &start)
{
    AdminResult out;
    bool done = false;
    start([&](const AdminResult &result) {
        out = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        out.error = u"<test: no answer within 60 s>"_s;
    return out;
}

void TestAdminClient::writeSecret(const QByteArray &secret)
{
    bool done = false;
    Profiles::SecretResult result;
    m_secrets->write(m_sandbox->profileId(), Profiles::SecretKind::ClientSecret, secret, this,
                     [&](const Profiles::SecretResult &r) {
                         result = r;
                         done = true;
                     });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(result.ok(), qPrintable(result.error));
}

void TestAdminClient::removeSecret()
{
    bool done = false;
    Profiles::SecretResult result;
    m_secrets->remove(m_sandbox->profileId(), Profiles::SecretKind::ClientSecret, this, [&](const Profiles::SecretResult &r) {
        result = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(result.ok(), qPrintable(result.error));
}

void TestAdminClient::verifyRequestBodies()
{
    for (const HttpExchange &exchange : std::as_const(m_exchanges)) {
        const QString fullPath = exchange.request.url.path();
        if (!fullPath.startsWith(m_apiPath) || exchange.request.body.isEmpty())
            continue;
        const QString path = fullPath.mid(m_apiPath.size());
        const QString definition = definitionFor(exchange.request.method, path);
        QVERIFY2(!definition.isEmpty(), qPrintable(u"a body sent to an unexpected route: "_s + path));
        QCOMPARE(header(exchange.request.headers, "Content-Type"), QByteArray("application/json"));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(exchange.request.body, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QStringList problems = m_spec.validateDefinition(document.object(), definition);
        QVERIFY2(problems.isEmpty(), qPrintable(QString(definition + u": "_s + problems.join(u"\n"_s))));
        m_checkedDefinitions.insert(definition);
    }
}

int TestAdminClient::countRequests(const QByteArray &method, const QString &pathContains) const
{
    int count = 0;
    for (const HttpExchange &exchange : m_exchanges) {
        if (exchange.request.method == method && exchange.request.url.path().contains(pathContains))
            ++count;
    }
    return count;
}

void TestAdminClient::workspaceLifecycle()
{
    const QJsonObject server{{u"id"_s, u"shop"_s},
                             {u"name"_s, u"Shop"_s},
                             {u"access_token_ttl"_s, u"10m0s"_s},
                             {u"grant_types"_s, QJsonArray{u"client_credentials"_s, u"authorization_code"_s}}};
    const AdminResult created = run([&](auto done) { m_admin->createServer(server, {}, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created.status(), 201);
    QCOMPARE(created.object().value(u"id"_s).toString(), u"shop"_s);
    QVERIFY(m_admin->hasToken());

    const AdminResult got = run([&](auto done) { m_admin->getServer(u"shop"_s, this, done); });
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(got.object().value(u"name"_s).toString(), u"Shop"_s);
    QCOMPARE(got.object().value(u"access_token_ttl"_s).toString(), u"10m0s"_s);

    QJsonObject changed = got.object();
    changed.insert(u"name"_s, u"Shop (renamed)"_s);
    const AdminResult updated = run([&](auto done) { m_admin->updateServer(u"shop"_s, changed, {}, this, done); });
    QVERIFY2(updated.ok(), qPrintable(updated.error));
    QCOMPARE(updated.object().value(u"name"_s).toString(), u"Shop (renamed)"_s);

    const AdminResult listed = run([&](auto done) { m_admin->listServers(this, done); });
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QVERIFY(idsOf(listed, u"servers"_s, u"id"_s).contains(u"shop"_s));
    QVERIFY(idsOf(listed, u"servers"_s, u"id"_s).contains(u"admin"_s));

    const AdminResult deleted = run([&](auto done) { m_admin->deleteServer(u"shop"_s, {}, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error));
    QCOMPARE(deleted.status(), 204);
    const AdminResult gone = run([&](auto done) { m_admin->getServer(u"shop"_s, this, done); });
    QCOMPARE(gone.status(), 404);
    QVERIFY(!gone.ok());

    verifyRequestBodies();
    QVERIFY(m_checkedDefinitions.contains(u"Server"_s));
    // Every admin request carried the admin token.
    for (const HttpExchange &exchange : std::as_const(m_exchanges)) {
        if (exchange.request.url.path().startsWith(m_apiPath))
            QVERIFY(header(exchange.request.headers, "Authorization").startsWith("Bearer "));
    }
}

void TestAdminClient::staticIdpWithUsers()
{
    QVERIFY(run([&](auto done) { m_admin->createServer({{u"id"_s, u"people"_s}}, {}, this, done); }).ok());
    const QJsonArray users{
        QJsonObject{{u"username"_s, u"alice"_s}, {u"password"_s, u"wonder land"_s}, {u"email"_s, u"alice@example.com"_s}},
        QJsonObject{{u"username"_s, u"bob"_s}, {u"password"_s, u"builder"_s}}};
    const QJsonObject idp{{u"name"_s, u"Users"_s},
                          {u"method"_s, u"static"_s},
                          {u"credentials"_s, QJsonObject{{u"users"_s, users}}}};
    const AdminResult created =
        run([&](auto done) { m_admin->createStaticIdp(u"people"_s, idp, {}, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error));
    const QString iid = created.object().value(u"id"_s).toString();
    QVERIFY(!iid.isEmpty());

    const AdminResult listed = run([&](auto done) { m_admin->listIdps(u"people"_s, this, done); });
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QVERIFY(idsOf(listed, u"idps"_s, u"id"_s).contains(iid));

    const AdminResult got = run([&](auto done) { m_admin->getStaticIdp(u"people"_s, iid, this, done); });
    QVERIFY2(got.ok(), qPrintable(got.error));
    const QJsonArray gotUsers = got.object().value(u"credentials"_s).toObject().value(u"users"_s).toArray();
    QCOMPARE(gotUsers.size(), 2);

    QJsonObject changed = got.object();
    QJsonArray fewer{gotUsers.at(0)};
    QJsonObject credentials = changed.value(u"credentials"_s).toObject();
    credentials.insert(u"users"_s, fewer);
    changed.insert(u"credentials"_s, credentials);
    const AdminResult updated =
        run([&](auto done) { m_admin->updateStaticIdp(u"people"_s, iid, changed, {}, this, done); });
    QVERIFY2(updated.ok(), qPrintable(updated.error));
    const AdminResult again = run([&](auto done) { m_admin->getStaticIdp(u"people"_s, iid, this, done); });
    QCOMPARE(again.object().value(u"credentials"_s).toObject().value(u"users"_s).toArray().size(), 1);

    const AdminResult deleted = run([&](auto done) { m_admin->deleteIdp(u"people"_s, iid, {}, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error));
    QCOMPARE(run([&](auto done) { m_admin->getStaticIdp(u"people"_s, iid, this, done); }).status(), 404);

    verifyRequestBodies();
    QVERIFY(m_checkedDefinitions.contains(u"StaticIDP"_s));
}

void TestAdminClient::clientLifecycle()
{
    QVERIFY(run([&](auto done) { m_admin->createServer({{u"id"_s, u"apps"_s}}, {}, this, done); }).ok());
    const QJsonObject client{{u"authorization_server_id"_s, u"apps"_s},
                             {u"client_id"_s, u"worker"_s},
                             {u"client_name"_s, u"Worker"_s},
                             {u"client_secret"_s, u"worker-secret-0123456789-abcdefghijklmnop"_s},
                             {u"grant_types"_s, QJsonArray{u"client_credentials"_s}},
                             {u"token_endpoint_auth_method"_s, u"client_secret_basic"_s}};
    const AdminResult created = run([&](auto done) { m_admin->createClient(client, {}, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created.object().value(u"client_id"_s).toString(), u"worker"_s);

    const AdminResult got = run([&](auto done) { m_admin->getClient(u"worker"_s, this, done); });
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(got.object().value(u"client_name"_s).toString(), u"Worker"_s);

    const QJsonObject change{{u"authorization_server_id"_s, u"apps"_s},
                             {u"client_name"_s, u"Worker 2"_s},
                             {u"grant_types"_s, QJsonArray{u"client_credentials"_s}},
                             {u"token_endpoint_auth_method"_s, u"client_secret_post"_s}};
    const AdminResult updated = run([&](auto done) { m_admin->updateClient(u"worker"_s, change, {}, this, done); });
    QVERIFY2(updated.ok(), qPrintable(updated.error));
    QCOMPARE(updated.object().value(u"client_name"_s).toString(), u"Worker 2"_s);

    const AdminResult listed = run([&](auto done) { m_admin->listClients(u"apps"_s, this, done); });
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QVERIFY(idsOf(listed, u"clients"_s, u"client_id"_s).contains(u"worker"_s));

    QVERIFY(run([&](auto done) { m_admin->deleteClient(u"worker"_s, {}, this, done); }).ok());
    QCOMPARE(run([&](auto done) { m_admin->getClient(u"worker"_s, this, done); }).status(), 404);

    verifyRequestBodies();
    QVERIFY(m_checkedDefinitions.contains(u"CreateClientAdminRequest"_s));
    QVERIFY(m_checkedDefinitions.contains(u"UpdateClientAdminRequest"_s));
}

void TestAdminClient::pagingReturnsEverything()
{
    // The sandbox's page is 20 items: 45 clients and 25 more workspaces take three and two pages.
    QVERIFY(run([&](auto done) { m_admin->createServer({{u"id"_s, u"many"_s}}, {}, this, done); }).ok());
    QSet<QString> clients;
    for (int i = 0; i < 45; ++i) {
        const QString id = u"client-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        const AdminResult created = run([&](auto done) {
            m_admin->createClient({{u"authorization_server_id"_s, u"many"_s},
                                   {u"client_id"_s, id},
                                   {u"grant_types"_s, QJsonArray{u"client_credentials"_s}}},
                                  {}, this, done);
        });
        QVERIFY2(created.ok(), qPrintable(created.error));
        clients.insert(id);
    }
    QSet<QString> servers{u"many"_s};
    for (int i = 0; i < 25; ++i) {
        const QString id = u"ws-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(run([&](auto done) { m_admin->createServer({{u"id"_s, id}}, {}, this, done); }).ok());
        servers.insert(id);
    }
    m_exchanges.clear();

    const AdminResult listedClients = run([&](auto done) { m_admin->listClients(u"many"_s, this, done); });
    QVERIFY2(listedClients.ok(), qPrintable(listedClients.error));
    const QStringList clientIds = idsOf(listedClients, u"clients"_s, u"client_id"_s);
    QCOMPARE(QSet<QString>(clientIds.cbegin(), clientIds.cend()), clients);
    QCOMPARE(clientIds.size(), 45); // no duplicates
    QVERIFY2(countRequests("GET", u"/clients"_s) >= 3, qPrintable(QString::number(countRequests("GET", u"/clients"_s))));

    const AdminResult listedServers = run([&](auto done) { m_admin->listServers(this, done); });
    QVERIFY2(listedServers.ok(), qPrintable(listedServers.error));
    const QStringList serverIds = idsOf(listedServers, u"servers"_s, u"id"_s);
    const QSet<QString> serverSet(serverIds.cbegin(), serverIds.cend());
    QVERIFY(serverSet.contains(servers));
    QCOMPARE(serverSet.size(), serverIds.size());
    QCOMPARE(serverSet.size(), int(m_sandbox->server()->state().servers().size()));
    QVERIFY(countRequests("GET", u"/servers"_s) >= 2);
    // Pages after the first name the last id seen.
    bool sawAfter = false;
    for (const HttpExchange &exchange : std::as_const(m_exchanges))
        sawAfter = sawAfter || QUrlQuery(exchange.request.url).hasQueryItem(u"after_server_id"_s);
    QVERIFY(sawAfter);
}

void TestAdminClient::unprocessableNamesField()
{
    const AdminResult result = run([&](auto done) {
        m_admin->createServer({{u"id"_s, u"ttl"_s}, {u"access_token_ttl"_s, u"soon"_s}}, {}, this, done);
    });
    QVERIFY(!result.ok());
    QVERIFY2(result.status() == 422 || result.status() == 400, qPrintable(QString::number(result.status())));
    QCOMPARE(result.fieldErrors.size(), 1);
    QCOMPARE(result.fieldErrors.at(0).field, u"access_token_ttl"_s);
    QVERIFY(!result.fieldErrors.at(0).message.isEmpty());
    QVERIFY2(result.error.contains(u"\"access_token_ttl\""_s), qPrintable(result.error));
    QVERIFY(!result.errorCode.isEmpty());
    QVERIFY(!result.tokenFailed);
}

void TestAdminClient::takenIdIsConflict()
{
    QVERIFY(run([&](auto done) { m_admin->createServer({{u"id"_s, u"twice"_s}}, {}, this, done); }).ok());
    const AdminResult again = run([&](auto done) { m_admin->createServer({{u"id"_s, u"twice"_s}}, {}, this, done); });
    QCOMPARE(again.status(), 409);
    QVERIFY(!again.ok());
    QVERIFY2(again.error.contains(u"id is taken"_s), qPrintable(again.error));
}

void TestAdminClient::unknownIdIsNotFound()
{
    const AdminResult result = run([&](auto done) { m_admin->getClient(u"no-such-client"_s, this, done); });
    QCOMPARE(result.status(), 404);
    QVERIFY2(result.error.contains(u"Check the id"_s), qPrintable(result.error));
    const AdminResult idp = run([&](auto done) { m_admin->listIdps(u"no-such-ws"_s, this, done); });
    QCOMPARE(idp.status(), 404);
    QVERIFY(idp.error.contains(u"no-such-ws"_s));
}

void TestAdminClient::tokenIsCachedAndShared()
{
    // Three calls at once: one token request serves them all; later calls reuse it.
    int answered = 0;
    for (int i = 0; i < 3; ++i)
        m_admin->listServers(this, [&](const AdminResult &result) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            ++answered;
        });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 3, 30000);
    QVERIFY(run([&](auto done) { m_admin->getServer(u"admin"_s, this, done); }).ok());
    QCOMPARE(countRequests("POST", u"/oauth2/token"_s), 1);
    // forgetToken makes the next call fetch another.
    m_admin->forgetToken();
    QVERIFY(!m_admin->hasToken());
    QVERIFY(run([&](auto done) { m_admin->getServer(u"admin"_s, this, done); }).ok());
    QCOMPARE(countRequests("POST", u"/oauth2/token"_s), 2);
}

void TestAdminClient::badSecretFailsToken()
{
    writeSecret("not-the-admin-secret");
    const AdminResult result = run([&](auto done) { m_admin->listServers(this, done); });
    QVERIFY(!result.ok());
    QVERIFY(result.tokenFailed);
    QVERIFY(!result.secretUnavailable);
    QCOMPARE(result.status(), 401); // the token endpoint's invalid_client
    QVERIFY2(result.error.contains(u"Check the admin client's id and secret"_s), qPrintable(result.error));
    QVERIFY(!result.error.contains(u"not-the-admin-secret"_s));
    QVERIFY(!m_admin->hasToken());
    QCOMPARE(countRequests("GET", m_apiPath), 0); // nothing sent to the admin API without a token
}

void TestAdminClient::noSecretIsUnavailable()
{
    removeSecret();
    const AdminResult result = run([&](auto done) { m_admin->getServer(u"admin"_s, this, done); });
    QVERIFY(!result.ok());
    QVERIFY(result.secretUnavailable);
    QVERIFY(!result.tokenFailed);
    QVERIFY2(result.error.contains(u"keychain"_s), qPrintable(result.error));
    QVERIFY(m_exchanges.isEmpty()); // nothing went over the network
}

void TestAdminClient::rateLimitedCallWaitsAndRetries()
{
    // One request a second, a burst of 3: the fourth and later calls get 429 + Retry-After.
    QVERIFY(run([&](auto done) { m_admin->getServer(u"admin"_s, this, done); }).ok()); // token first
    m_sandbox->server()->rateLimiter().setLimit(Sandbox::ApiGroup::Admin, {60, 3});
    QSignalSpy waiting(m_admin.get(), &AdminClient::waiting);
    m_admin->setMaxRetries(5);
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < 6; ++i)
        m_admin->getServer(u"admin"_s, this, [&](const AdminResult &result) {
            if (result.ok())
                ++ok;
            else
                ++failed;
        });
    QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 6, 60000);
    QCOMPARE(failed, 0);
    QVERIFY(waiting.count() > 0);
    int rejected = 0;
    for (const HttpExchange &exchange : std::as_const(m_exchanges)) {
        if (exchange.response.status == 429) {
            ++rejected;
            QVERIFY(!header(exchange.response.headers, "Retry-After").isEmpty());
        }
    }
    QVERIFY(rejected > 0);

    // No retries left: the 429 comes back with a message saying so.
    m_sandbox->server()->rateLimiter().setLimit(Sandbox::ApiGroup::Admin, {1, 1}); // Retry-After: 60
    m_admin->setMaxRetries(0);
    run([&](auto done) { m_admin->getServer(u"admin"_s, this, done); }); // uses the one token of the bucket
    const AdminResult limited = run([&](auto done) { m_admin->getServer(u"admin"_s, this, done); });
    QCOMPARE(limited.status(), 429);
    QVERIFY2(limited.error.contains(u"Wait a minute"_s), qPrintable(limited.error));
}

void TestAdminClient::notAnAdminProfile()
{
    Profiles::Profile demo = *m_profiles->findById(m_sandbox->profileId());
    demo.presetFields.insert(u"workspace_id"_s, u"demo"_s);
    QVERIFY(!Admin::isAdminProfile(demo));
    QString problem;
    QVERIFY(!Admin::apiBase(demo, &problem));
    QVERIFY(!problem.isEmpty());
    m_admin->setProfile(demo);
    const AdminResult result = run([&](auto done) { m_admin->listServers(this, done); });
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"not an admin connection"_s), qPrintable(result.error));
    QVERIFY(m_exchanges.isEmpty());
}

void TestAdminClient::revokedTokenIsReplacedOnce()
{
    QVERIFY(run([&](auto done) { m_admin->getServer(u"admin"_s, this, done); }).ok());
    QCOMPARE(m_exchanges.size(), 2); // token, GET
    const QByteArray first = header(m_exchanges.last().request.headers, "Authorization").mid(7);
    QVERIFY(!first.isEmpty());

    // RFC 7009 at the sandbox's revocation endpoint, as the admin client itself.
    const Profiles::Profile profile = m_admin->profile();
    OAuth::TokenClient tokens(m_http.get(), m_secrets.get());
    OAuth::TokenClient::EndpointResponse revoked;
    bool answered = false;
    tokens.sendToEndpoint(profile, Profiles::EndpointKind::Revocation,
                          {{u"token"_s, QString::fromLatin1(first)}, {u"token_type_hint"_s, u"access_token"_s}}, this,
                          [&](const OAuth::TokenClient::EndpointResponse &response) {
                              revoked = response;
                              answered = true;
                          });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QCOMPARE(revoked.http.status, 200);
    QVERIFY(m_admin->hasToken()); // the client cannot know yet

    m_exchanges.clear();
    const AdminResult result = run([&](auto done) { m_admin->getServer(u"admin"_s, this, done); });
    QVERIFY2(result.ok(), qPrintable(result.error));
    // GET (401), a fresh token, GET again (200).
    QCOMPARE(m_exchanges.size(), 3);
    QCOMPARE(m_exchanges.at(0).response.status, 401);
    QCOMPARE(m_exchanges.at(1).request.url.path(), profile.endpoints.url(Profiles::EndpointKind::Token).path());
    QCOMPARE(m_exchanges.at(2).response.status, 200);
    const QByteArray second = header(m_exchanges.at(2).request.headers, "Authorization").mid(7);
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
}

void TestAdminClient::secondUnauthorizedIsReported()
{
    // Every admin token the sandbox issues is revoked the moment it arrives: the client fetches a
    // fresh one once after the first 401, and reports the second 401 instead of looping.
    const QString tokenPath = m_admin->profile().endpoints.url(Profiles::EndpointKind::Token).path();
    connect(m_http.get(), &HttpClient::exchangeFinished, this, [this, tokenPath](const HttpExchange &exchange) {
        if (exchange.request.url.path() != tokenPath || exchange.response.status != 200)
            return;
        const QByteArray token =
            QJsonDocument::fromJson(exchange.response.body).object().value(u"access_token"_s).toString().toLatin1();
        const auto [jti, expiry] = jtiAndExpiry(token);
        QVERIFY(!jti.isEmpty());
        m_sandbox->server()->grants()->revokeJti(jti, expiry);
    });
    const AdminResult result = run([&](auto done) { m_admin->listServers(this, done); });
    QVERIFY(!result.ok());
    QCOMPARE(result.status(), 401);
    QVERIFY(!result.tokenFailed); // a token was obtained; the API refused it
    QVERIFY2(result.error.contains(u"freshly fetched"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(u"admin workspace"_s), qPrintable(result.error));
    QCOMPARE(countRequests("POST", tokenPath), 2);
    QCOMPARE(countRequests("GET", m_apiPath), 2);
}

void TestAdminClient::etagAndIfMatch()
{
    const AdminResult created = run([&](auto done) { m_admin->createServer({{u"id"_s, u"tagged"_s}}, {}, this, done); });
    QVERIFY2(created.ok(), qPrintable(created.error));
    const AdminResult got = run([&](auto done) { m_admin->getServer(u"tagged"_s, this, done); });
    QVERIFY2(got.ok(), qPrintable(got.error));
    QVERIFY(!got.etag.isEmpty());
    QVERIFY2(got.etag.startsWith(u'"') && got.etag.endsWith(u'"'), qPrintable(got.etag)); // verbatim, quoted

    QJsonObject changed = got.object();
    changed.insert(u"name"_s, u"Tagged"_s);
    CallOptions matching;
    matching.ifMatch = got.etag;
    const AdminResult updated =
        run([&](auto done) { m_admin->updateServer(u"tagged"_s, changed, matching, this, done); });
    QVERIFY2(updated.ok(), qPrintable(updated.error));
    QCOMPARE(header(m_exchanges.last().request.headers, "if-match"), got.etag.toLatin1());
    QVERIFY(!updated.etag.isEmpty());
    QVERIFY(updated.etag != got.etag);

    // The old ETag no longer matches: 412, and nothing changed.
    changed.insert(u"name"_s, u"Lost update"_s);
    const AdminResult stale =
        run([&](auto done) { m_admin->updateServer(u"tagged"_s, changed, matching, this, done); });
    QCOMPARE(stale.status(), 412);
    QVERIFY2(stale.error.contains(u"Read it again"_s), qPrintable(stale.error));
    const AdminResult now = run([&](auto done) { m_admin->getServer(u"tagged"_s, this, done); });
    QCOMPARE(now.object().value(u"name"_s).toString(), u"Tagged"_s);
    QCOMPARE(now.etag, updated.etag);
    // GETs never carry if-match or an idempotency key.
    QVERIFY(header(m_exchanges.last().request.headers, "if-match").isEmpty());
    QVERIFY(header(m_exchanges.last().request.headers, "X-Idempotency-Key").isEmpty());

    QCOMPARE(run([&](auto done) { m_admin->deleteServer(u"tagged"_s, matching, this, done); }).status(), 412);
    CallOptions current;
    current.ifMatch = now.etag;
    const AdminResult deleted = run([&](auto done) { m_admin->deleteServer(u"tagged"_s, current, this, done); });
    QVERIFY2(deleted.ok(), qPrintable(deleted.error));
    verifyRequestBodies();
}

void TestAdminClient::idempotentCreateReplays()
{
    const QString key = AdminClient::newIdempotencyKey();
    QCOMPARE(key.size(), 40);
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9_-]{40}$"_s).match(key).hasMatch());
    QVERIFY(key != AdminClient::newIdempotencyKey());

    CallOptions options;
    options.idempotencyKey = key;
    const QJsonObject server{{u"id"_s, u"once"_s}, {u"name"_s, u"Once"_s}};
    const AdminResult first = run([&](auto done) { m_admin->createServer(server, options, this, done); });
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(!first.replayed);
    QCOMPARE(header(m_exchanges.last().request.headers, "X-Idempotency-Key"), key.toLatin1());

    // The same POST again (a retry after a lost answer): the first response, replayed, not a 409.
    const AdminResult again = run([&](auto done) { m_admin->createServer(server, options, this, done); });
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(again.replayed);
    QCOMPARE(again.status(), first.status());
    QCOMPARE(again.object().value(u"id"_s), first.object().value(u"id"_s));
    int named = 0;
    for (const QJsonObject &existing : m_sandbox->server()->state().servers())
        named += existing.value(u"id"_s).toString() == u"once"_s ? 1 : 0;
    QCOMPARE(named, 1);

    // Without a key the second create is a conflict.
    QCOMPARE(run([&](auto done) { m_admin->createServer(server, {}, this, done); }).status(), 409);

    // A key outside 32-255 characters is refused before anything is sent.
    m_exchanges.clear();
    CallOptions tooShort;
    tooShort.idempotencyKey = u"short"_s;
    const AdminResult refused =
        run([&](auto done) { m_admin->createServer({{u"id"_s, u"other"_s}}, tooShort, this, done); });
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"32 to 255"_s), qPrintable(refused.error));
    QVERIFY(m_exchanges.isEmpty());
}

void TestAdminClient::profileChangeFailsWaitingCalls()
{
    // A call waiting for its admin token when the connection changes fails instead of running
    // as the new connection.
    AdminResult result;
    bool answered = false;
    m_admin->listServers(this, [&](const AdminResult &r) {
        result = r;
        answered = true;
    });
    Profiles::Profile other = m_admin->profile();
    other.name = u"Another admin connection"_s;
    m_admin->setProfile(other);
    QVERIFY(!answered); // never inside setProfile
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"connection changed"_s), qPrintable(result.error));
    QCOMPARE(countRequests("GET", m_apiPath), 0);
    // The new connection works.
    QVERIFY(run([&](auto done) { m_admin->getServer(u"admin"_s, this, done); }).ok());
}

QTEST_GUILESS_MAIN(TestAdminClient)
#include "tst_adminclient.moc"
