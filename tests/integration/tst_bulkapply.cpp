// SPDX-License-Identifier: GPL-3.0-or-later
// Admin::BulkFile and Admin::BulkApply against the in-process sandbox with the real keychain
// (KEYRING): the file's checks, plan decisions (create / update / skip, durations and passwords
// compared as the server keeps them), resuming after the network was lost mid-run (a TCP proxy
// that drops the connection once the server has answered a POST), and pacing under a lowered
// Admin rate limit without a single 429.

#include "admin/adminclient.h"
#include "admin/bulkapply.h"
#include "http/httpclient.h"
#include "http/ratelimittracker.h"
#include "oauth/providerpresets.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"
#include "ratelimiter.h"
#include "sandboxserver.h"
#include "tenantstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>

using Admin::Action;
using Admin::BulkApply;
using Admin::BulkFile;
using Admin::ItemKind;
using Admin::Outcome;

namespace {

// Forwards loopback connections to the sandbox. After the Nth admin POST has been answered by
// the server it withholds that answer, drops every connection and accepts no more: the server
// did the work, the client saw a network error.
class DroppingProxy final : public QObject
{
public:
    DroppingProxy(quint16 target, int dropAfterPost) : m_target(target), m_dropAfter(dropAfterPost)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
        (void)m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    bool broken() const { return m_broken; }
    int posts() const { return m_posts; }

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pending; // client bytes not yet parsed into whole requests
        bool dropOnResponse = false;
    };

    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        if (m_broken) {
            client->abort();
            client->deleteLater();
            return;
        }
        auto pair = std::make_shared<Pair>();
        pair->client = client;
        pair->upstream = new QTcpSocket(this);
        m_pairs.append(pair);
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, pair] {
            const QByteArray bytes = pair->client->readAll();
            pair->pending += bytes;
            countRequests(*pair);
            if (pair->upstream)
                pair->upstream->write(bytes);
        });
        QObject::connect(pair->upstream, &QTcpSocket::readyRead, this, [this, pair] {
            const QByteArray bytes = pair->upstream->readAll();
            if (pair->dropOnResponse) {
                breakAll();
                return;
            }
            if (pair->client)
                pair->client->write(bytes);
        });
        QObject::connect(client, &QTcpSocket::disconnected, this, [pair] {
            if (pair->upstream)
                pair->upstream->disconnectFromHost();
        });
        QObject::connect(pair->upstream, &QTcpSocket::disconnected, this, [pair] {
            if (pair->client)
                pair->client->disconnectFromHost();
        });
        pair->upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    // Whole requests in the client's stream (head + Content-Length body); the Nth admin POST
    // marks its connection to be dropped when the server answers.
    void countRequests(Pair &pair)
    {
        for (;;) {
            const qsizetype headEnd = pair.pending.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = pair.pending.left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.trimmed().toLower().startsWith("content-length:"))
                    length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            }
            if (pair.pending.size() < headEnd + 4 + length)
                return;
            pair.pending.remove(0, headEnd + 4 + length);
            if (head.startsWith("POST /api/admin/") && ++m_posts == m_dropAfter)
                pair.dropOnResponse = true;
        }
    }

    void breakAll()
    {
        m_broken = true;
        for (const auto &pair : std::as_const(m_pairs)) {
            if (pair->client)
                pair->client->abort();
            if (pair->upstream)
                pair->upstream->abort();
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    int m_dropAfter;
    int m_posts = 0;
    bool m_broken = false;
    QList<std::shared_ptr<Pair>> m_pairs;
};

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestBulkApply final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};
    Profiles::SecretStore m_secrets{QStringLiteral("tokenscope-tst-bulkapply")};
    RateLimits::RateLimitTracker m_tracker;
    Profiles::Profile m_profile;
    QList<int> m_statuses; // of every exchange of m_http
    QStringList m_exchanges; // the same, described, for failure messages

    Profiles::Profile profileFor(const QUrl &baseUrl) const
    {
        Profiles::Profile profile;
        profile.id = m_profile.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : m_profile.id;
        profile.name = QStringLiteral("bulk admin");
        profile.preset = QStringLiteral("sandbox");
        profile.presetFields.insert(QStringLiteral("base_url"), baseUrl.toString());
        profile.presetFields.insert(QStringLiteral("tenant_id"), m_sandbox->state().tenantId());
        profile.presetFields.insert(QStringLiteral("workspace_id"), QStringLiteral("admin"));
        profile.clientId = m_sandbox->state().adminClientId();
        profile.authMethod = Profiles::ClientAuthMethod::ClientSecretBasic;
        return Presets::applyToProfile(profile, false);
    }

    // Runs a BulkApply to its end (plan only when dryRun).
    QList<Admin::ItemResult> apply(const QByteArray &json, const Profiles::Profile &profile, bool dryRun = false,
                                   int *waits = nullptr)
    {
        QString error;
        std::optional<BulkFile> file = BulkFile::parse(json, &error);
        if (!file) {
            qWarning("parse: %s", qPrintable(error));
            return {};
        }
        Admin::AdminClient client(&m_http, &m_secrets, &m_tracker);
        client.setProfile(profile);
        BulkApply bulk(&client, &m_tracker, std::move(*file));
        QSignalSpy finished(&bulk, &BulkApply::finished);
        QSignalSpy waiting(&bulk, &BulkApply::waiting);
        if (dryRun)
            bulk.plan();
        else
            bulk.run();
        if (!finished.wait(120'000) && finished.isEmpty())
            qWarning("bulk apply did not finish");
        if (waits)
            *waits = int(waiting.size());
        return bulk.results();
    }

    QJsonObject serverDoc(const QString &wid) { return m_sandbox->state().server(wid).value_or(QJsonObject()); }
    int clientsNamed(const QString &wid, const QString &name)
    {
        int count = 0;
        for (const QJsonObject &client : m_sandbox->state().clients(wid))
            count += client.value(QStringLiteral("client_name")).toString() == name ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase();
    void parseRefuses_data();
    void parseRefuses();
    void parseOrdersItems();
    void idempotencyKeyIsStable();
    void planDecisions();
    void runCreatesThenUnchangedThenUpdates();
    void resumeAfterLostNetwork();
    void pacingAvoids429();
};

void TestBulkApply::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("TOKENSCOPE_IN_KEYRING_SESSION"), "run through ctest (the KEYRING fixture)");
    Sandbox::SandboxOptions options;
    options.dataDirectory.clear();
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_tracker.attach(&m_http);
    connect(&m_http, &HttpClient::exchangeFinished, this,
            [this](const HttpExchange &exchange) {
                m_statuses.append(exchange.response.status);
                QByteArray remaining;
                for (const auto &[name, value] : exchange.response.headers) {
                    if (name.compare("x-ratelimit-remaining", Qt::CaseInsensitive) == 0)
                        remaining = value;
                }
                m_exchanges.append(QStringLiteral("%1 %2 %3 %4 remaining %5")
                                       .arg(exchange.startedAt.toString(QStringLiteral("mm:ss.zzz")),
                                            QString::fromLatin1(exchange.request.method), exchange.request.url.path())
                                       .arg(exchange.response.status)
                                       .arg(QString::fromLatin1(remaining)));
            });
    m_profile = profileFor(m_sandbox->baseUrl());
    QVERIFY(Admin::isAdminProfile(m_profile));
    std::optional<Profiles::SecretResult> written;
    m_secrets.write(m_profile.id, Profiles::SecretKind::ClientSecret, m_sandbox->state().adminClientSecret().toUtf8(),
                    this, [&written](const Profiles::SecretResult &result) { written = result; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30'000);
    QVERIFY2(written->ok(), qPrintable(written->error));
}

void TestBulkApply::parseRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("place");
    QTest::newRow("not json") << QByteArray("{\"workspaces\": [\n  {\"id\": }\n]}") << QStringLiteral("line 2");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("typo") << QByteArray(R"({"client": []})") << QStringLiteral("client:");
    QTest::newRow("not an array") << QByteArray(R"({"clients": {}})") << QStringLiteral("clients must be an array");
    QTest::newRow("workspace id") << QByteArray(R"({"workspaces": [{"id": "a"}, {"name": "b"}]})")
                                  << QStringLiteral("workspaces[1]: id");
    QTest::newRow("client name") << QByteArray(R"({"clients": [{"authorization_server_id": "w", "client_name": "a"},
                                                  {"authorization_server_id": "w", "client_name": 3}]})")
                                 << QStringLiteral("clients[1]: client_name must be a string");
    QTest::newRow("client workspace") << QByteArray(R"({"clients": [{"client_name": "a"}]})")
                                      << QStringLiteral("clients[0]: authorization_server_id");
    QTest::newRow("idp workspace") << QByteArray(R"({"idps": [{"name": "u"}]})") << QStringLiteral("idps[0]: workspace");
    QTest::newRow("idp method") << QByteArray(R"({"idps": [{"workspace": "w", "name": "u", "method": "oidc"}]})")
                                << QStringLiteral("idps[0]: method");
    QTest::newRow("twice") << QByteArray(R"({"workspaces": [{"id": "a"}, {"id": "a"}]})")
                           << QStringLiteral("workspaces[1].id");
}

void TestBulkApply::parseRefuses()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, place);
    QString error;
    QVERIFY(!BulkFile::parse(json, &error));
    QVERIFY2(error.contains(place), qPrintable(error));
}

void TestBulkApply::parseOrdersItems()
{
    QString error;
    const auto file = BulkFile::parse(R"({"clients": [{"workspace": "w", "client_name": "c"}],
        "idps": [{"workspace": "w", "name": "users"}], "workspaces": [{"id": "w"}]})", &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->items.size(), 3);
    QCOMPARE(file->items.at(0).kind, ItemKind::Workspace);
    QCOMPARE(file->items.at(0).name, QStringLiteral("w"));
    QCOMPARE(file->items.at(1).kind, ItemKind::StaticIdp);
    QVERIFY(!file->items.at(1).document.contains(QStringLiteral("workspace")));
    QCOMPARE(file->items.at(1).document.value(QStringLiteral("method")).toString(), QStringLiteral("static"));
    QCOMPARE(file->items.at(2).kind, ItemKind::Client);
    QCOMPARE(file->items.at(2).document.value(QStringLiteral("authorization_server_id")).toString(), QStringLiteral("w"));
}

void TestBulkApply::idempotencyKeyIsStable()
{
    Admin::BulkItem item;
    item.kind = ItemKind::Client;
    item.index = 2;
    item.document = object(R"({"client_name": "a", "authorization_server_id": "w"})");
    const QString key = BulkApply::idempotencyKey(item);
    QCOMPARE(key.size(), 43);
    QVERIFY(!key.contains(QLatin1Char('=')) && !key.contains(QLatin1Char('+')) && !key.contains(QLatin1Char('/')));
    Admin::BulkItem reordered = item;
    reordered.document = object(R"({"authorization_server_id": "w", "client_name": "a"})");
    QCOMPARE(BulkApply::idempotencyKey(reordered), key);
    Admin::BulkItem moved = item;
    moved.index = 3;
    QVERIFY(BulkApply::idempotencyKey(moved) != key);
    Admin::BulkItem changed = item;
    changed.document.insert(QStringLiteral("client_name"), QStringLiteral("b"));
    QVERIFY(BulkApply::idempotencyKey(changed) != key);
}

void TestBulkApply::planDecisions()
{
    Sandbox::TenantState &state = m_sandbox->state();
    QVERIFY(state.createServer(object(R"({"id": "plan-same", "name": "Same", "access_token_ttl": "1h"})")).ok());
    QVERIFY(state.createServer(object(R"({"id": "plan-diff", "name": "Old name"})")).ok());
    QVERIFY(state.createStaticIdp(QStringLiteral("plan-same"),
                                  object(R"({"name": "users", "method": "static", "credentials": {"users": [
                                      {"username": "alice", "password": "pw-alice", "email": "a@example.com"}]}})"))
                .ok());
    QVERIFY(state.createClient(object(R"({"authorization_server_id": "plan-same", "client_name": "app",
                                          "grant_types": ["client_credentials"]})"))
                .ok());

    const QByteArray file = R"({
      "workspaces": [{"id": "plan-same", "name": "Same", "access_token_ttl": "1h"},
                     {"id": "plan-diff", "name": "New name"},
                     {"id": "plan-new", "name": "New"}],
      "idps": [{"workspace": "plan-same", "name": "users", "credentials": {"users": [
                  {"username": "alice", "password": "pw-alice", "email": "a@example.com"}]}},
               {"workspace": "plan-new", "name": "users"}],
      "clients": [{"authorization_server_id": "plan-same", "client_name": "app", "grant_types": ["client_credentials"]},
                  {"authorization_server_id": "plan-same", "client_name": "app2", "grant_types": ["client_credentials"]},
                  {"authorization_server_id": "plan-new", "client_name": "fresh"}]
    })";
    const QByteArray before = QJsonDocument(serverDoc(QStringLiteral("plan-diff"))).toJson();
    const QList<Admin::ItemResult> results = apply(file, m_profile, /*dryRun=*/true);
    QCOMPARE(results.size(), 8);
    for (const Admin::ItemResult &result : results)
        QVERIFY2(result.outcome == Outcome::NotRun, qPrintable(result.message));
    QCOMPARE(results.at(0).planned, Action::Skip); // "1h" is the server's "1h0m0s"
    QCOMPARE(results.at(1).planned, Action::Update);
    QCOMPARE(results.at(1).differences, QStringList{QStringLiteral("name")});
    QCOMPARE(results.at(2).planned, Action::Create);
    QCOMPARE(results.at(3).planned, Action::Skip); // users with the same password
    QCOMPARE(results.at(4).planned, Action::Create); // in a workspace the file creates
    QCOMPARE(results.at(5).planned, Action::Skip);  // matched by name
    QVERIFY(!results.at(5).id.isEmpty());
    QCOMPARE(results.at(6).planned, Action::Create); // no client of that name
    QCOMPARE(results.at(7).planned, Action::Create);
    // A dry run changes nothing.
    QCOMPARE(QJsonDocument(serverDoc(QStringLiteral("plan-diff"))).toJson(), before);
    QVERIFY(!state.server(QStringLiteral("plan-new")));
}

void TestBulkApply::runCreatesThenUnchangedThenUpdates()
{
    QByteArray file = R"({
      "workspaces": [{"id": "run-w", "name": "Run"}],
      "idps": [{"workspace": "run-w", "name": "people", "credentials": {"users": [
                  {"username": "bob", "password": "pw-bob"}]}}],
      "clients": [{"authorization_server_id": "run-w", "client_name": "svc", "grant_types": ["client_credentials"],
                   "token_ttls": {"access_token_ttl": "10m"}}]
    })";
    QList<Admin::ItemResult> results = apply(file, m_profile);
    QCOMPARE(results.size(), 3);
    for (const Admin::ItemResult &result : results) {
        QVERIFY2(result.outcome == Outcome::Created, qPrintable(result.message));
        QCOMPARE(result.httpStatus, 201);
        QVERIFY(!result.id.isEmpty());
    }
    QCOMPARE(clientsNamed(QStringLiteral("run-w"), QStringLiteral("svc")), 1);

    results = apply(file, m_profile);
    for (const Admin::ItemResult &result : results)
        QVERIFY2(result.outcome == Outcome::Unchanged, qPrintable(Admin::outcomeName(result.outcome) + result.message));

    file.replace("\"10m\"", "\"15m\"");
    file.replace("\"Run\"", "\"Run again\"");
    results = apply(file, m_profile);
    QCOMPARE(results.at(0).outcome, Outcome::Updated);
    QCOMPARE(results.at(1).outcome, Outcome::Unchanged);
    QCOMPARE(results.at(2).outcome, Outcome::Updated);
    QCOMPARE(results.at(2).differences, QStringList{QStringLiteral("token_ttls")});
    QCOMPARE(serverDoc(QStringLiteral("run-w")).value(QStringLiteral("name")).toString(), QStringLiteral("Run again"));
    const auto client = m_sandbox->state().client(results.at(2).id);
    QVERIFY(client.ok());
    QCOMPARE(client.value->value(QStringLiteral("token_ttls"))[QStringLiteral("access_token_ttl")].toString(),
             QStringLiteral("15m0s"));
    QCOMPARE(clientsNamed(QStringLiteral("run-w"), QStringLiteral("svc")), 1);
}

void TestBulkApply::resumeAfterLostNetwork()
{
    const QByteArray file = R"({
      "workspaces": [{"id": "resume-w", "name": "Resume"}],
      "clients": [{"authorization_server_id": "resume-w", "client_name": "r-a", "grant_types": ["client_credentials"]},
                  {"authorization_server_id": "resume-w", "client_name": "r-b", "grant_types": ["client_credentials"]},
                  {"authorization_server_id": "resume-w", "client_name": "r-c", "grant_types": ["client_credentials"]}]
    })";
    // The 2nd admin POST (client r-a) reaches the server; its answer never comes back.
    DroppingProxy proxy(m_sandbox->baseUrl().port(), 2);
    QVERIFY(proxy.port() != 0);
    QUrl viaProxy = m_sandbox->baseUrl();
    viaProxy.setPort(proxy.port());
    QList<Admin::ItemResult> results = apply(file, profileFor(viaProxy));
    QCOMPARE(results.size(), 4);
    QVERIFY(proxy.broken());
    QCOMPARE(results.at(0).outcome, Outcome::Created);
    QCOMPARE(results.at(1).outcome, Outcome::Failed);
    QCOMPARE(results.at(1).httpStatus, 0); // a network error, not an answer
    QCOMPARE(clientsNamed(QStringLiteral("resume-w"), QStringLiteral("r-a")), 1); // yet the server made it

    // Again, on a working path: nothing twice.
    results = apply(file, m_profile);
    QCOMPARE(results.at(0).outcome, Outcome::Unchanged);
    QVERIFY2(results.at(1).outcome == Outcome::Unchanged || results.at(1).outcome == Outcome::Created,
             qPrintable(Admin::outcomeName(results.at(1).outcome)));
    QCOMPARE(results.at(2).outcome, Outcome::Created);
    QCOMPARE(results.at(3).outcome, Outcome::Created);
    for (const char *name : {"r-a", "r-b", "r-c"})
        QCOMPARE(clientsNamed(QStringLiteral("resume-w"), QString::fromLatin1(name)), 1);
}

void TestBulkApply::pacingAvoids429()
{
    m_sandbox->rateLimiter().setLimit(Sandbox::ApiGroup::Admin, {30, 5});
    QJsonArray workspaces{QJsonObject{{QStringLiteral("id"), QStringLiteral("pace-1")}},
                          QJsonObject{{QStringLiteral("id"), QStringLiteral("pace-2")}}};
    QJsonArray clients;
    for (int i = 0; i < 10; ++i)
        clients.append(QJsonObject{{QStringLiteral("authorization_server_id"), i % 2 ? QStringLiteral("pace-1") : QStringLiteral("pace-2")},
                                   {QStringLiteral("client_name"), QStringLiteral("paced-%1").arg(i)},
                                   {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}}});
    const QByteArray file = QJsonDocument(QJsonObject{{QStringLiteral("workspaces"), workspaces},
                                                      {QStringLiteral("clients"), clients}})
                                .toJson();
    m_statuses.clear();
    m_exchanges.clear();
    int waits = 0;
    const QList<Admin::ItemResult> results = apply(file, m_profile, false, &waits);
    m_sandbox->rateLimiter().setLimit(Sandbox::ApiGroup::Admin, Sandbox::RateLimiter::defaultLimit(Sandbox::ApiGroup::Admin));
    QCOMPARE(results.size(), 12);
    for (const Admin::ItemResult &result : results)
        QVERIFY2(result.outcome == Outcome::Created, qPrintable(result.message));
    QVERIFY(m_statuses.size() >= 14); // 2 reads while planning, 12 creates
    QVERIFY2(m_statuses.count(429) == 0, qPrintable(m_exchanges.join(QLatin1Char('\n'))));
    QVERIFY(waits > 0); // it did have to wait: 14 requests, a burst of 5
}

QTEST_GUILESS_MAIN(TestBulkApply)
#include "tst_bulkapply.moc"
