// SPDX-License-Identifier: GPL-3.0-or-later
// `tokenscope admin list | apply`: the real binary against the sandbox running in this process
// (its event loop turns while the test waits for the child) and the real keychain (KEYRING).
// What the binary did is checked through the sandbox's state, not through its own output.

#include "clitestsupport.h"
#include "ratelimiter.h"
#include "sandboxserver.h"
#include "tenantstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using CliTest::CliRun;

namespace {

// 3 workspaces, 2 static IDPs with users, 3 clients.
const QByteArray BulkFile = R"({
  "workspaces": [
    {"id": "cli-one", "name": "One", "access_token_ttl": "1h"},
    {"id": "cli-two", "name": "Two"},
    {"id": "cli-three", "name": "Three"}
  ],
  "idps": [
    {"workspace": "cli-one", "name": "staff", "credentials": {"users": [
      {"username": "ann", "password": "pw-ann-0123", "email": "ann@example.com"},
      {"username": "ben", "password": "pw-ben-0123"}]}},
    {"workspace": "cli-two", "name": "guests", "credentials": {"users": [
      {"username": "cid", "password": "pw-cid-0123"}]}}
  ],
  "clients": [
    {"authorization_server_id": "cli-one", "client_name": "backend", "grant_types": ["client_credentials"]},
    {"authorization_server_id": "cli-two", "client_name": "worker", "grant_types": ["client_credentials"]},
    {"authorization_server_id": "cli-three", "client_id": "cli-fixed-id", "client_name": "fixed",
     "grant_types": ["client_credentials"], "scopes": ["openid"]}
  ]
})";

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

QStringList outcomes(const QList<QJsonObject> &lines)
{
    QStringList list;
    for (const QJsonObject &line : lines)
        list.append(line.value(QStringLiteral("outcome")).toString());
    return list;
}

} // namespace

class TestAdminCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_config;
    QTemporaryDir m_files;
    QProcessEnvironment m_env;

    CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return CliTest::runCli(arguments, m_env, input, 120'000);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }
    CliRun addProfile(const QString &name, const QString &workspace, const QString &clientId, const QByteArray &secret)
    {
        return cli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--preset"),
                    QStringLiteral("sandbox"), QStringLiteral("--field"),
                    QStringLiteral("base_url=") + m_sandbox->baseUrl().toString(), QStringLiteral("--field"),
                    QStringLiteral("tenant_id=") + m_sandbox->state().tenantId(), QStringLiteral("--field"),
                    QStringLiteral("workspace_id=") + workspace, QStringLiteral("--client-id"), clientId,
                    QStringLiteral("--auth-method"), QStringLiteral("client_secret_basic"),
                    QStringLiteral("--client-secret-stdin")},
                   secret + "\n");
    }
    int clientsNamed(const QString &wid, const QString &name) const
    {
        int count = 0;
        for (const QJsonObject &client : m_sandbox->state().clients(wid))
            count += client.value(QStringLiteral("client_name")).toString() == name ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase();
    void init();
    void listServers();
    void listIdpsAndClients();
    void notAnAdminProfile();
    void applyCreatesThenUnchangedThenUpdates();
    void dryRunChangesNothing();
    void badFileNamesThePlace_data();
    void badFileNamesThePlace();
    void rejectedItemOthersApplied();
    void ctrlCCancelsAfterCurrentItem();
    void help();
};

void TestAdminCli::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("TOKENSCOPE_IN_KEYRING_SESSION"), "run through ctest (the KEYRING fixture)");
    QVERIFY(m_files.isValid());
    Sandbox::SandboxOptions options;
    options.dataDirectory.clear();
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    Sandbox::TenantState &state = m_sandbox->state();
    QVERIFY(state.createServer(QJsonDocument::fromJson(R"({"id": "listed", "name": "Listed"})").object()).ok());
    QVERIFY(state.createStaticIdp(QStringLiteral("listed"),
                                  QJsonDocument::fromJson(R"({"name": "people", "method": "static", "credentials":
                                      {"users": [{"username": "pat", "password": "pw-pat-0123"}]}})").object())
                .ok());
    QVERIFY(state.createClient(QJsonDocument::fromJson(R"({"authorization_server_id": "listed", "client_name":
                                   "listed-app", "grant_types": ["client_credentials"]})").object())
                .ok());
}

void TestAdminCli::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    const CliRun added = addProfile(QStringLiteral("admin"), QStringLiteral("admin"), m_sandbox->state().adminClientId(),
                                    m_sandbox->state().adminClientSecret().toUtf8());
    QVERIFY2(added.exitCode == 0, added.describe().constData());
}

void TestAdminCli::listServers()
{
    CliRun run = cli({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("servers"), QStringLiteral("--profile"),
                      QStringLiteral("admin")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.constFirst().startsWith("ID"));
    bool found = false;
    for (const QByteArray &line : lines)
        found = found || (line.startsWith("listed ") && line.contains("Listed"));
    QVERIFY2(found, run.out.constData());
    QCOMPARE(lines.size(), int(m_sandbox->state().servers().size()) + 1);

    run = cli({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("servers"), QStringLiteral("--profile"),
               QStringLiteral("admin"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonArray servers = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(servers.size(), m_sandbox->state().servers().size());
    QStringList ids;
    for (const QJsonValue &server : servers)
        ids.append(server[QStringLiteral("id")].toString());
    QVERIFY(ids.contains(QStringLiteral("listed")) && ids.contains(QStringLiteral("admin")));
}

void TestAdminCli::listIdpsAndClients()
{
    CliRun run = cli({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("idps"), QStringLiteral("--profile"),
                      QStringLiteral("admin"), QStringLiteral("--workspace"), QStringLiteral("listed")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.out.contains("people") && run.out.contains("static"), run.out.constData());
    QVERIFY(!run.out.contains("pw-pat-0123"));

    run = cli({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("idps"), QStringLiteral("--profile"),
               QStringLiteral("admin"), QStringLiteral("--workspace"), QStringLiteral("listed"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonArray idps = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(idps.size(), 1);
    QCOMPARE(idps.at(0)[QStringLiteral("name")].toString(), QStringLiteral("people"));

    // Clients of every workspace when none is named.
    run = cli({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("clients"), QStringLiteral("--profile"),
               QStringLiteral("admin"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QStringList names;
    for (const QJsonValue &client : QJsonDocument::fromJson(run.out).array())
        names.append(client[QStringLiteral("client_name")].toString());
    QVERIFY2(names.contains(QStringLiteral("listed-app")), run.out.constData());

    run = cli({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("clients"), QStringLiteral("--profile"),
               QStringLiteral("admin"), QStringLiteral("--workspace"), QStringLiteral("listed")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains("listed-app") && lines.at(1).contains("client_credentials"));

    // An unknown workspace is the API's 404: exit 1 with its message.
    run = cli({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("clients"), QStringLiteral("--profile"),
               QStringLiteral("admin"), QStringLiteral("--workspace"), QStringLiteral("no-such")});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("no-such"), run.err.constData());
}

void TestAdminCli::notAnAdminProfile()
{
    const CliRun added = addProfile(QStringLiteral("app"), QStringLiteral("listed"), QStringLiteral("whatever"),
                                    "app-secret-0123456789-0123456789-0123");
    QVERIFY2(added.exitCode == 0, added.describe().constData());
    const CliRun run = cli({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("servers"),
                            QStringLiteral("--profile"), QStringLiteral("app")});
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains("not an admin profile") && run.err.contains("workspace_id=admin"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestAdminCli::applyCreatesThenUnchangedThenUpdates()
{
    const QString path = writeFile(QStringLiteral("bulk.json"), BulkFile);
    const QStringList apply{QStringLiteral("admin"), QStringLiteral("apply"), path, QStringLiteral("--profile"),
                            QStringLiteral("admin")};
    CliRun run = cli(apply);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 8);
    for (const QByteArray &line : lines)
        QVERIFY2(line.startsWith("created  "), run.out.constData());
    QVERIFY2(run.out.contains("created  client  fixed  cli-fixed-id"), run.out.constData());
    QVERIFY2(run.err.contains("[8/8] create client fixed") && run.err.contains("created (201)"), run.err.constData());
    QVERIFY(!run.out.contains("pw-ann-0123") && !run.err.contains("pw-ann-0123"));
    Sandbox::TenantState &state = m_sandbox->state();
    QVERIFY(state.server(QStringLiteral("cli-three")));
    QCOMPARE(state.idps(QStringLiteral("cli-one")).size(), 1);
    QCOMPARE(clientsNamed(QStringLiteral("cli-one"), QStringLiteral("backend")), 1);
    QVERIFY(state.client(QStringLiteral("cli-fixed-id")).ok());

    // Again: nothing to do ("1h" is the server's "1h0m0s", passwords as stored).
    run = cli(apply + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QList<QJsonObject> results = jsonLines(run.out);
    QCOMPARE(results.size(), 8);
    QCOMPARE(outcomes(results), QStringList(8, QStringLiteral("unchanged")));
    QCOMPARE(results.at(5)[QStringLiteral("kind")].toString(), QStringLiteral("client"));
    QCOMPARE(results.at(5)[QStringLiteral("index")].toInt(), 0);
    QCOMPARE(results.at(5)[QStringLiteral("action")].toString(), QStringLiteral("skip"));
    QVERIFY(!results.at(5)[QStringLiteral("id")].toString().isEmpty());
    QCOMPARE(clientsNamed(QStringLiteral("cli-one"), QStringLiteral("backend")), 1);

    // A changed field: that item is updated, the rest left alone.
    QByteArray changed = BulkFile;
    changed.replace("\"name\": \"Two\"", "\"name\": \"Two, renamed\"");
    run = cli({QStringLiteral("admin"), QStringLiteral("apply"), writeFile(QStringLiteral("changed.json"), changed),
               QStringLiteral("--profile"), QStringLiteral("admin"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    results = jsonLines(run.out);
    QCOMPARE(results.size(), 8);
    QCOMPARE(results.at(1)[QStringLiteral("outcome")].toString(), QStringLiteral("updated"));
    QCOMPARE(results.at(1)[QStringLiteral("status")].toInt(), 200);
    QCOMPARE(results.at(1)[QStringLiteral("differences")].toArray(), QJsonArray{QStringLiteral("name")});
    QCOMPARE(outcomes(results).count(QStringLiteral("unchanged")), 7);
    QCOMPARE(state.server(QStringLiteral("cli-two"))->value(QStringLiteral("name")).toString(), QStringLiteral("Two, renamed"));
}

void TestAdminCli::dryRunChangesNothing()
{
    QByteArray file = R"({"workspaces": [{"id": "dry-new", "name": "Dry"}, {"id": "listed", "name": "Listed, renamed"}],
        "clients": [{"authorization_server_id": "dry-new", "client_name": "dry-app", "grant_types": ["client_credentials"]}]})";
    const QJsonObject before = *m_sandbox->state().server(QStringLiteral("listed"));
    const CliRun run = cli({QStringLiteral("admin"), QStringLiteral("apply"), writeFile(QStringLiteral("dry.json"), file),
                            QStringLiteral("--profile"), QStringLiteral("admin"), QStringLiteral("--dry-run"),
                            QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QList<QJsonObject> results = jsonLines(run.out);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0)[QStringLiteral("action")].toString(), QStringLiteral("create"));
    QCOMPARE(results.at(1)[QStringLiteral("action")].toString(), QStringLiteral("update"));
    QCOMPARE(results.at(2)[QStringLiteral("action")].toString(), QStringLiteral("create"));
    QCOMPARE(outcomes(results), QStringList(3, QStringLiteral("not_run")));
    // Through the API: nothing was created or changed.
    const CliRun listed = cli({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("servers"),
                               QStringLiteral("--profile"), QStringLiteral("admin"), QStringLiteral("--json")});
    QVERIFY2(listed.exitCode == 0, listed.describe().constData());
    QVERIFY(!listed.out.contains("dry-new"));
    QVERIFY(listed.out.contains("\"Listed\""));
    QCOMPARE(*m_sandbox->state().server(QStringLiteral("listed")), before);
}

void TestAdminCli::badFileNamesThePlace_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArray>("place");
    QTest::newRow("client name") << QByteArray(R"({"clients": [{"authorization_server_id": "w", "client_name": "a"},
        {"authorization_server_id": "w", "client_name": 7}]})") << QByteArray("clients[1]: client_name");
    QTest::newRow("unknown member") << QByteArray(R"({"workspace": []})") << QByteArray("workspace: unknown member");
    QTest::newRow("broken json") << QByteArray("{\n\"workspaces\": [\n{\"id\": \"x\",}]}") << QByteArray("line 3");
}

void TestAdminCli::badFileNamesThePlace()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArray, place);
    const QString path = writeFile(QStringLiteral("bad.json"), content);
    const CliRun run = cli({QStringLiteral("admin"), QStringLiteral("apply"), path, QStringLiteral("--profile"),
                            QStringLiteral("admin")});
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(place) && run.err.contains("bad.json"), run.err.constData());
    QVERIFY(run.out.isEmpty());

    const CliRun missing = cli({QStringLiteral("admin"), QStringLiteral("apply"), m_files.filePath(QStringLiteral("none.json")),
                                QStringLiteral("--profile"), QStringLiteral("admin")});
    QVERIFY2(missing.exitCode == 2, missing.describe().constData());
}

void TestAdminCli::rejectedItemOthersApplied()
{
    // authorization_code without redirect_uris: the server answers 422 for that client only.
    const QByteArray file = R"({"workspaces": [{"id": "rej-w"}],
        "clients": [{"authorization_server_id": "rej-w", "client_name": "rej-bad", "grant_types": ["authorization_code"]},
                    {"authorization_server_id": "rej-w", "client_name": "rej-good", "grant_types": ["client_credentials"]}]})";
    const CliRun run = cli({QStringLiteral("admin"), QStringLiteral("apply"), writeFile(QStringLiteral("rej.json"), file),
                            QStringLiteral("--profile"), QStringLiteral("admin"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    const QList<QJsonObject> results = jsonLines(run.out);
    QCOMPARE(results.size(), 3);
    QCOMPARE(outcomes(results), (QStringList{QStringLiteral("created"), QStringLiteral("failed"), QStringLiteral("created")}));
    QCOMPARE(results.at(1)[QStringLiteral("status")].toInt(), 422);
    QVERIFY2(results.at(1)[QStringLiteral("message")].toString().contains(QStringLiteral("redirect_uris")), run.out.constData());
    QVERIFY2(run.err.contains("failed (422)"), run.err.constData());
    QCOMPARE(clientsNamed(QStringLiteral("rej-w"), QStringLiteral("rej-bad")), 0);
    QCOMPARE(clientsNamed(QStringLiteral("rej-w"), QStringLiteral("rej-good")), 1);
}

void TestAdminCli::ctrlCCancelsAfterCurrentItem()
{
    // A slow Admin budget makes the run wait between items: Ctrl-C lands during a wait.
    m_sandbox->rateLimiter().setLimit(Sandbox::ApiGroup::Admin, {6, 2});
    QJsonArray clients;
    for (int i = 0; i < 5; ++i)
        clients.append(QJsonObject{{QStringLiteral("authorization_server_id"), QStringLiteral("listed")},
                                   {QStringLiteral("client_name"), QStringLiteral("int-%1").arg(i)},
                                   {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}}});
    const QString path = writeFile(QStringLiteral("int.json"),
                                   QJsonDocument(QJsonObject{{QStringLiteral("clients"), clients}}).toJson());
    QProcess process;
    process.setProcessEnvironment(m_env);
    QByteArray out, err;
    connect(&process, &QProcess::readyReadStandardOutput, &process, [&] { out += process.readAllStandardOutput(); });
    connect(&process, &QProcess::readyReadStandardError, &process, [&] { err += process.readAllStandardError(); });
    process.start(QStringLiteral(TOKENSCOPE_BINARY),
                  {QStringLiteral("admin"), QStringLiteral("apply"), path, QStringLiteral("--profile"), QStringLiteral("admin")});
    const bool progressed = QTest::qWaitFor([&] { return err.contains("[1/5]") || process.state() == QProcess::NotRunning; }, 60'000);
    QVERIFY2(progressed && process.state() == QProcess::Running, QByteArray(out + err).constData());
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000));
    m_sandbox->rateLimiter().setLimit(Sandbox::ApiGroup::Admin, Sandbox::RateLimiter::defaultLimit(Sandbox::ApiGroup::Admin));
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // a result for every item
    QVERIFY2(lines.constLast().startsWith("cancelled  "), out.constData());
    QVERIFY2(err.contains("Interrupted"), err.constData());
    int created = 0;
    for (int i = 0; i < 5; ++i)
        created += clientsNamed(QStringLiteral("listed"), QStringLiteral("int-%1").arg(i));
    QCOMPARE(created, int(out.count("created  ")));
    QVERIFY(created < 5);
}

void TestAdminCli::help()
{
    const CliRun run = cli({QStringLiteral("admin"), QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(run.out.contains("apply FILE --profile NAME"));
    const CliRun top = cli({QStringLiteral("--help")});
    QVERIFY(top.out.contains("admin"));
    const CliRun none = cli({QStringLiteral("admin")});
    QCOMPARE(none.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
