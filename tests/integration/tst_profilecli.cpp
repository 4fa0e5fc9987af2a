// SPDX-License-Identifier: GPL-3.0-or-later
// `tokenscope profile ...` and `tokenscope token --profile ...`, the real binary, against the real
// keychain (KEYRING fixture: a private gnome-keyring on a private D-Bus session) and a sandbox
// started as a child. Each test has its own XDG_CONFIG_HOME and XDG_DATA_HOME, so its profile store
// and request histories are private;
// secrets are read back through SecretStore in this process (same D-Bus session).

#include "clitestsupport.h"
#include "http/requesthistory.h"
#include "jose/decodedtoken.h"
#include "oauth/providerpresets.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using CliTest::CliRun;
using Profiles::SecretKind;
using Profiles::SecretResult;

namespace {

const QByteArray BasicSecret = "basic secret: with+plus, 100% and ümlauts/..."; // >= 32 characters (sandbox)
const QByteArray PostSecret = "post-secret-0123456789-abcdefghijklmnop";

} // namespace

class TestProfileCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_data; // the binary's XDG_DATA_HOME
    QProcessEnvironment m_env;
    CliTest::Sandbox m_sandbox;
    QString m_basicClient, m_postClient;

    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) { return CliTest::runCli(arguments, m_env, input); }

    QJsonObject showJson(const QString &name)
    {
        const CliRun run = cli({QStringLiteral("profile"), QStringLiteral("show"), name, QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("%s", run.describe().constData());
        return QJsonDocument::fromJson(run.out).object();
    }

    QStringList listedNames()
    {
        const CliRun run = cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
        QStringList names;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("profiles")).toArray())
            names.append(value.toObject().value(QStringLiteral("name")).toString());
        return names;
    }

    // The binary's request-console history directory: AppDataLocation (organisation and
    // application name as app/main.cpp sets them) + "/history".
    QString historyDirectory() const { return m_data->filePath(QStringLiteral("Tokenscope/tokenscope/history")); }

    // Reads a secret through the real keychain in this process.
    SecretResult readSecret(const QString &profileId, SecretKind kind)
    {
        Profiles::SecretStore store(QStringLiteral("tokenscope"));
        std::optional<SecretResult> result;
        store.read(profileId, kind, this, [&result](const SecretResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30'000);
        return result.value_or(SecretResult{});
    }

    QStringList sandboxProfileArgs(const QString &name, const QString &clientId, const QString &method)
    {
        return {QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--preset"), QStringLiteral("sandbox"),
                QStringLiteral("--field"), QStringLiteral("base_url=") + m_sandbox.baseUrl.toString(),
                QStringLiteral("--field"), QStringLiteral("tenant_id=") + m_sandbox.tenant,
                QStringLiteral("--field"), QStringLiteral("workspace_id=demo"), QStringLiteral("--client-id"), clientId,
                QStringLiteral("--auth-method"), method, QStringLiteral("--client-secret-stdin")};
    }

private slots:
    void initTestCase();
    void init();

    void addEachPreset_data();
    void addEachPreset();
    void secretFromStdinGoesToKeychain();
    void discoverAgainstSandbox();
    void removeDeletesKeychainEntries();
    void showPrintsApiGroups();
    void exportImportRoundTrip();
    void unusableArguments_data();
    void unusableArguments();
    void duplicateNameAndTokenHelp();
    void noKeychainExit3();
    void tokenClientCredentials_data();
    void tokenClientCredentials();
    void tokenWrongSecret();
};

void TestProfileCli::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("TOKENSCOPE_IN_KEYRING_SESSION"), "run through ctest (the KEYRING fixture)");
    QString error;
    QVERIFY2(m_sandbox.start(QProcessEnvironment::systemEnvironment(), &error), qPrintable(error));
    const CliTest::HttpReply server = m_sandbox.admin("POST", QStringLiteral("/servers"),
                                                      {{QStringLiteral("id"), QStringLiteral("demo")},
                                                       {QStringLiteral("name"), QStringLiteral("Demo")}});
    QVERIFY2(server.status == 201 || server.status == 200, server.body.constData());
    const auto client = [this](const QString &method, const QByteArray &secret) {
        const CliTest::HttpReply reply = m_sandbox.admin(
            "POST", QStringLiteral("/clients"),
            {{QStringLiteral("authorization_server_id"), QStringLiteral("demo")},
             {QStringLiteral("client_name"), method},
             {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}},
             {QStringLiteral("token_endpoint_auth_method"), method},
             {QStringLiteral("client_secret"), QString::fromUtf8(secret)}});
        if (reply.status != 201 && reply.status != 200)
            qWarning("client: %d %s", reply.status, reply.body.constData());
        return reply.json().value(QStringLiteral("client_id")).toString();
    };
    m_basicClient = client(QStringLiteral("client_secret_basic"), BasicSecret);
    m_postClient = client(QStringLiteral("client_secret_post"), PostSecret);
    QVERIFY(!m_basicClient.isEmpty());
    QVERIFY(!m_postClient.isEmpty());
}

void TestProfileCli::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_data->path());
}

void TestProfileCli::addEachPreset_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expectedTokenEndpoint"); // empty: none without discovery

    const auto fields = [](std::initializer_list<const char *> pairs) {
        QStringList list;
        for (const char *pair : pairs)
            list << QStringLiteral("--field") << QString::fromUtf8(pair);
        return list;
    };
    QTest::newRow("cloudentity") << QStringLiteral("cloudentity")
                                 << fields({"tenant_id=acme", "region=us", "workspace_id=demo"})
                                 << QStringLiteral("https://acme.us.authz.cloudentity.io/acme/demo/oauth2/token");
    QTest::newRow("cognito") << QStringLiteral("cognito")
                             << fields({"region=eu-west-1", "user_pool_id=eu-west-1_AbCdEf123", "domain_prefix=my-app"})
                             << QStringLiteral("https://my-app.auth.eu-west-1.amazoncognito.com/oauth2/token");
    QTest::newRow("userclouds") << QStringLiteral("userclouds") << fields({"tenant_url=https://acme.tenant.userclouds.com"})
                                << QStringLiteral("https://acme.tenant.userclouds.com/oidc/token");
    QTest::newRow("duende") << QStringLiteral("duende") << QStringList{QStringLiteral("--issuer"), QStringLiteral("https://demo.duendesoftware.com")}
                            << QStringLiteral("https://demo.duendesoftware.com/connect/token");
    QTest::newRow("sensedia") << QStringLiteral("sensedia") << fields({"base_url=https://api.example.com"})
                              << QStringLiteral("https://api.example.com/oauth/access-token");
    QTest::newRow("oidc") << QStringLiteral("oidc") << QStringList{QStringLiteral("--issuer"), QStringLiteral("https://id.example.com")}
                          << QString();
    QTest::newRow("sandbox") << QStringLiteral("sandbox") << fields({"base_url=http://127.0.0.1:8080", "workspace_id=demo"})
                             << QStringLiteral("http://127.0.0.1:8080/default/demo/oauth2/token");
}

void TestProfileCli::addEachPreset()
{
    QFETCH(QString, preset);
    QFETCH(QStringList, options);
    QFETCH(QString, expectedTokenEndpoint);
    const QString name = QStringLiteral("My ") + preset;
    CliRun run = cli(QStringList{QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--preset"), preset,
                                 QStringLiteral("--client-id"), QStringLiteral("client-1"), QStringLiteral("--scope"),
                                 QStringLiteral("openid api:read"), QStringLiteral("--scope"), QStringLiteral("email"),
                                 QStringLiteral("--param"), QStringLiteral("audience=https://api.example"),
                                 QStringLiteral("--redirect-uri"), QStringLiteral("http://localhost:8765/cb")}
                     + options);
    QVERIFY2(run.exitCode == 0, run.describe().constData());

    QCOMPARE(listedNames(), QStringList{name});
    const CliRun text = cli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(QByteArray(name.toUtf8() + '\t' + preset.toUtf8())), text.out.constData());

    const QJsonObject shown = showJson(name);
    QCOMPARE(shown.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(shown.value(QStringLiteral("preset")).toString(), preset);
    QCOMPARE(shown.value(QStringLiteral("client_id")).toString(), QStringLiteral("client-1"));
    QCOMPARE(shown.value(QStringLiteral("scopes")).toArray().toVariantList(),
             (QVariantList{QStringLiteral("openid"), QStringLiteral("api:read"), QStringLiteral("email")}));
    QCOMPARE(shown.value(QStringLiteral("redirect")).toObject().value(QStringLiteral("port")).toInt(), 8765);
    QCOMPARE(shown.value(QStringLiteral("redirect")).toObject().value(QStringLiteral("host")).toString(), QStringLiteral("localhost"));
    const QJsonArray extras = shown.value(QStringLiteral("extra_parameters")).toArray();
    QCOMPARE(extras.size(), 1);
    QVERIFY(QJsonDocument(extras.at(0).toObject()).toJson().contains("https://api.example"));
    const QJsonObject endpoints = shown.value(QStringLiteral("endpoints")).toObject();
    QCOMPARE(endpoints.value(QStringLiteral("token_endpoint")).toString(), expectedTokenEndpoint);
    if (preset != QLatin1String("sensedia")) // Sensedia has no issuer, only a base URL
        QVERIFY(!shown.value(QStringLiteral("issuer")).toString().isEmpty());
    // No secret stored: every kind "absent".
    const QJsonObject secrets = shown.value(QStringLiteral("secrets")).toObject();
    QCOMPARE(secrets.size(), 5);
    for (auto it = secrets.begin(); it != secrets.end(); ++it)
        QCOMPARE(it.value().toString(), QStringLiteral("absent"));
}

void TestProfileCli::secretFromStdinGoesToKeychain()
{
    const QByteArray secret = "Top-Secret value with spaces & :colons:";
    CliRun run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("with secret"), QStringLiteral("--preset"),
                      QStringLiteral("oidc"), QStringLiteral("--issuer"), QStringLiteral("https://id.example.com"),
                      QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("--endpoint"),
                      QStringLiteral("token_endpoint=https://id.example.com/token"), QStringLiteral("--client-secret-stdin")},
                     secret + "\n\n"); // only the last line break is dropped
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY(!run.out.contains("Top-Secret"));
    QVERIFY(!run.err.contains("Top-Secret"));

    const QJsonObject shown = showJson(QStringLiteral("with secret"));
    const QString id = shown.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(shown.value(QStringLiteral("endpoints")).toObject().value(QStringLiteral("token_endpoint")).toString(),
             QStringLiteral("https://id.example.com/token"));
    const QJsonObject secrets = shown.value(QStringLiteral("secrets")).toObject();
    QCOMPARE(secrets.value(QStringLiteral("client_secret")).toString(), QStringLiteral("stored"));
    QCOMPARE(secrets.value(QStringLiteral("private_key")).toString(), QStringLiteral("absent"));

    const SecretResult read = readSecret(id, SecretKind::ClientSecret);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value, secret + "\n");

    // show (text and JSON) never prints it, nor its base64
    for (const QStringList &arguments : {QStringList{QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("with secret")},
                                         QStringList{QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("with secret"), QStringLiteral("--json")},
                                         QStringList{QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}}) {
        const CliRun shownRun = cli(arguments);
        QCOMPARE(shownRun.exitCode, 0);
        for (const QByteArray &form : {secret, secret.toBase64(), QByteArray("Top-Secret")}) {
            QVERIFY(!shownRun.out.contains(form));
            QVERIFY(!shownRun.err.contains(form));
        }
    }
    QVERIFY(cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("with secret")}).out.contains("client_secret: stored"));
    // The profile store on disk has no trace of it.
    QVERIFY(CliTest::filesContaining(m_config->path(), {{QStringLiteral("secret"), QByteArray("Top-Secret")}}).isEmpty());
}

void TestProfileCli::discoverAgainstSandbox()
{
    const QUrl issuer = m_sandbox.issuer(QStringLiteral("demo"));
    CliRun run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("discovered"), QStringLiteral("--preset"),
                      QStringLiteral("oidc"), QStringLiteral("--issuer"), issuer.toString(), QStringLiteral("--client-id"),
                      QStringLiteral("c"), QStringLiteral("--discover")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject endpoints = showJson(QStringLiteral("discovered")).value(QStringLiteral("endpoints")).toObject();
    QCOMPARE(endpoints.value(QStringLiteral("token_endpoint")).toString(), issuer.toString() + QStringLiteral("/oauth2/token"));
    QVERIFY(!endpoints.value(QStringLiteral("jwks_uri")).toString().isEmpty());
    QVERIFY(!endpoints.value(QStringLiteral("authorization_endpoint")).toString().isEmpty());

    // Nothing there: exit 1, nothing added.
    run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nowhere"), QStringLiteral("--preset"),
               QStringLiteral("oidc"), QStringLiteral("--issuer"), m_sandbox.url(QStringLiteral("/no/such/issuer")).toString(),
               QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("--discover")});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(listedNames(), QStringList{QStringLiteral("discovered")});
}

void TestProfileCli::removeDeletesKeychainEntries()
{
    CliRun run = cli(sandboxProfileArgs(QStringLiteral("doomed"), QStringLiteral("c"), QStringLiteral("client_secret_post")),
                     "doomed-secret-value\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QString id = showJson(QStringLiteral("doomed")).value(QStringLiteral("id")).toString();
    QVERIFY(readSecret(id, SecretKind::ClientSecret).ok());

    run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("kept"), QStringLiteral("--preset"),
               QStringLiteral("oidc"), QStringLiteral("--issuer"), QStringLiteral("https://id.example.com"),
               QStringLiteral("--client-id"), QStringLiteral("k")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QString keptId = showJson(QStringLiteral("kept")).value(QStringLiteral("id")).toString();
    QVERIFY(!keptId.isEmpty());

    // Both have a request-console history, written where and as the GUI writes it.
    {
        Console::RequestHistory history(historyDirectory());
        Console::HistoryEntry entry;
        entry.request.url = QStringLiteral("{base}/api/admin/{tid}/servers");
        entry.sentAt = QDateTime::currentDateTimeUtc();
        entry.status = 200;
        QVERIFY2(history.add(id, entry), qPrintable(history.lastError()));
        QVERIFY2(history.add(keptId, entry), qPrintable(history.lastError()));
    }
    const QString doomedHistory = historyDirectory() + QLatin1Char('/') + id + QStringLiteral(".json");
    const QString keptHistory = historyDirectory() + QLatin1Char('/') + keptId + QStringLiteral(".json");
    QVERIFY(QFileInfo::exists(doomedHistory));
    QVERIFY(QFileInfo::exists(keptHistory));

    run = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("doomed")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(readSecret(id, SecretKind::ClientSecret).status, SecretResult::Status::NotFound);
    QCOMPARE(listedNames(), QStringList{QStringLiteral("kept")});
    QVERIFY2(!QFileInfo::exists(doomedHistory), "the removed profile's request history is still there");
    QVERIFY(QFileInfo::exists(keptHistory)); // another profile's history stays
    QCOMPARE(Console::RequestHistory(historyDirectory()).entries(keptId).size(), 1);
    run = cli({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("doomed")});
    QCOMPARE(run.exitCode, 2);
}

void TestProfileCli::showPrintsApiGroups()
{
    // No CLI option sets api_groups (the GUI's connection editor does): put them into an
    // export and import it.
    QVERIFY(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("grouped"), QStringLiteral("--preset"),
                 QStringLiteral("oidc"), QStringLiteral("--issuer"), QStringLiteral("https://id.example.com"),
                 QStringLiteral("--client-id"), QStringLiteral("g")})
                .exitCode == 0);
    // Without groups the text says nothing about them.
    CliRun run = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("grouped")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains("API groups"), run.out.constData());
    QCOMPARE(showJson(QStringLiteral("grouped")).value(QStringLiteral("api_groups")).toArray().size(), 0);

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("profiles.json"));
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("export"), file}).exitCode, 0);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QJsonObject document = QJsonDocument::fromJson(exported.readAll()).object();
    exported.close();
    QJsonArray profiles = document.value(QStringLiteral("profiles")).toArray();
    QCOMPARE(profiles.size(), 1);
    QJsonObject profile = profiles.at(0).toObject();
    const QJsonArray groups{QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/api/reports")},
                                        {QStringLiteral("group"), QStringLiteral("Reports")}},
                            QJsonObject{{QStringLiteral("path_prefix"), QStringLiteral("/api/admin/bulk")},
                                        {QStringLiteral("group"), QStringLiteral("Bulk admin")}}};
    profile.insert(QStringLiteral("api_groups"), groups);
    profile.insert(QStringLiteral("name"), QStringLiteral("grouped too"));
    profiles.replace(0, profile);
    document.insert(QStringLiteral("profiles"), profiles);
    QVERIFY(exported.open(QIODevice::WriteOnly | QIODevice::Truncate));
    exported.write(QJsonDocument(document).toJson());
    exported.close();
    run = cli({QStringLiteral("profile"), QStringLiteral("import"), file});
    QVERIFY2(run.exitCode == 0, run.describe().constData());

    QCOMPARE(showJson(QStringLiteral("grouped too")).value(QStringLiteral("api_groups")).toArray(), groups);
    run = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("grouped too")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.out.contains("\nAPI groups (path prefix: rate-limit group):\n  /api/reports: Reports\n  /api/admin/bulk: Bulk admin\n"),
             run.out.constData());
}

void TestProfileCli::exportImportRoundTrip()
{
    QVERIFY(cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("one"), QStringLiteral("--preset"), QStringLiteral("duende"),
                 QStringLiteral("--issuer"), QStringLiteral("https://demo.duendesoftware.com"), QStringLiteral("--client-id"), QStringLiteral("m2m")})
                .exitCode == 0);
    CliRun run = cli(sandboxProfileArgs(QStringLiteral("two"), QStringLiteral("c2"), QStringLiteral("client_secret_basic")),
                     "exported-never-secret-1234");
    QVERIFY2(run.exitCode == 0, run.describe().constData());

    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("profiles.json"));
    run = cli({QStringLiteral("profile"), QStringLiteral("export"), file});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray data = exported.readAll();
    QVERIFY(!data.contains("exported-never-secret"));
    QCOMPARE(QJsonDocument::fromJson(data).object().value(QStringLiteral("profiles")).toArray().size(), 2);

    // Into an empty store, then again (names get " (2)").
    const QJsonObject before = showJson(QStringLiteral("two"));
    init();
    QVERIFY(listedNames().isEmpty());
    run = cli({QStringLiteral("profile"), QStringLiteral("import"), file});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(listedNames(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QJsonObject after = showJson(QStringLiteral("two"));
    QVERIFY(after.value(QStringLiteral("id")) != before.value(QStringLiteral("id"))); // new ids
    QCOMPARE(after.value(QStringLiteral("secrets")).toObject().value(QStringLiteral("client_secret")).toString(), QStringLiteral("absent"));
    for (const QString &key : {QStringLiteral("endpoints"), QStringLiteral("client_id"), QStringLiteral("auth_method"),
                               QStringLiteral("fields"), QStringLiteral("scopes")})
        QCOMPARE(after.value(key), before.value(key));
    run = cli({QStringLiteral("profile"), QStringLiteral("import"), file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(listedNames().size(), 4);
    QVERIFY(listedNames().contains(QStringLiteral("two (2)")));

    // A file that cannot be written: exit 1.
    run = cli({QStringLiteral("profile"), QStringLiteral("export"), out.filePath(QStringLiteral("missing/dir/x.json"))});
    QCOMPARE(run.exitCode, 1);
    run = cli({QStringLiteral("profile"), QStringLiteral("import"), out.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(run.exitCode, 1);
}

void TestProfileCli::unusableArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("inStderr");
    const auto args = [](const char *text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); };
    QTest::newRow("unknown preset") << args("profile add p --preset okta --client-id c") << QByteArray("okta");
    QTest::newRow("no preset") << args("profile add p --client-id c") << QByteArray("--preset");
    QTest::newRow("unknown auth method") << args("profile add p --preset oidc --issuer https://a.example --client-id c --auth-method magic")
                                         << QByteArray("magic");
    QTest::newRow("unknown preset field")
        << args("profile add p --preset cloudentity --field colour=blue") << QByteArray("colour");
    QTest::newRow("bad issuer") << args("profile add p --preset oidc --issuer ftp://a.example --client-id c") << QByteArray("ftp://a.example");
    QTest::newRow("issuer not a URL") << args("profile add p --preset oidc --issuer notaurl --client-id c") << QByteArray("notaurl");
    QTest::newRow("bad redirect") << args("profile add p --preset oidc --issuer https://a.example --client-id c --redirect-uri https://evil.example/cb")
                                  << QByteArray("redirect");
    QTest::newRow("bad endpoint") << args("profile add p --preset oidc --issuer https://a.example --client-id c --endpoint nope=https://x")
                                  << QByteArray("nope");
    QTest::newRow("missing preset fields") << args("profile add p --preset cloudentity --client-id c") << QByteArray("tenant_id");
    QTest::newRow("secret for none") << args("profile add p --preset oidc --issuer https://a.example --client-id c --auth-method none --client-secret-stdin")
                                     << QByteArray("takes no secret");
    QTest::newRow("show missing") << args("profile show ghost") << QByteArray("ghost");
    QTest::newRow("remove missing") << args("profile remove ghost") << QByteArray("ghost");
    QTest::newRow("unknown subcommand") << args("profile frobnicate") << QByteArray("frobnicate");
    QTest::newRow("token without profile") << args("token") << QByteArray("--profile");
    QTest::newRow("token missing profile") << args("token --profile ghost") << QByteArray("ghost");
    QTest::newRow("token authorization_code, no profile") << args("token --profile ghost --grant authorization_code")
                                                          << QByteArray("ghost");
    QTest::newRow("token token_exchange") << args("token --profile ghost --grant token_exchange") << QByteArray("not available yet");
}

void TestProfileCli::unusableArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, inStderr);
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(inStderr), run.describe().constData());
    QVERIFY(listedNames().isEmpty());
}

void TestProfileCli::duplicateNameAndTokenHelp()
{
    const QStringList add{QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("dup"), QStringLiteral("--preset"),
                          QStringLiteral("oidc"), QStringLiteral("--issuer"), QStringLiteral("https://a.example"),
                          QStringLiteral("--client-id"), QStringLiteral("c")};
    QCOMPARE(cli(add).exitCode, 0);
    const CliRun again = cli(add);
    QVERIFY2(again.exitCode == 2, again.describe().constData());
    QVERIFY(again.err.contains("dup"));
    QCOMPARE(listedNames(), QStringList{QStringLiteral("dup")});
    // token --help names the grants that exist
    const CliRun help = cli({QStringLiteral("token"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("client_credentials  the default"), help.out.constData());
    QVERIFY2(help.out.contains("authorization_code  opens the browser command"), help.out.constData());
}

void TestProfileCli::noKeychainExit3()
{
    const QByteArray secret = "no-keychain-secret-7f3a9c";
    QProcessEnvironment noBus = m_env;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tokenscope-no-bus"));
    CliRun run = CliTest::runCli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("nokeychain"),
                                  QStringLiteral("--preset"), QStringLiteral("oidc"), QStringLiteral("--issuer"),
                                  QStringLiteral("https://id.example.com"), QStringLiteral("--client-id"), QStringLiteral("c"),
                                  QStringLiteral("--client-secret-stdin")},
                                 noBus, secret + "\n");
    QVERIFY2(run.exitCode == 3, run.describe().constData());
    QVERIFY2(run.err.contains("keychain"), run.err.constData());
    QVERIFY2(run.err.contains("nothing was written"), run.err.constData());
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    QVERIFY(listedNames().isEmpty());
    // Nowhere under the throw-away HOME (config, data, cache, the keyring's own files) nor our config.
    const QList<QPair<QString, QByteArray>> needles{{QStringLiteral("secret"), secret},
                                                    {QStringLiteral("base64"), secret.toBase64()}};
    QVERIFY(CliTest::filesContaining(QDir::homePath(), needles).isEmpty());
    QVERIFY(CliTest::filesContaining(m_config->path(), needles).isEmpty());

    // token: the profile has a secret, the keychain is not there: exit 3.
    run = cli(sandboxProfileArgs(QStringLiteral("needs secret"), m_postClient, QStringLiteral("client_secret_post")), PostSecret);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    run = CliTest::runCli({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("needs secret")}, noBus);
    QVERIFY2(run.exitCode == 3, run.describe().constData());
    QVERIFY(run.err.contains("keychain"));
    QVERIFY(run.out.isEmpty());
    // show still works and says it cannot tell
    run = CliTest::runCli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("needs secret"), QStringLiteral("--json")}, noBus);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("secrets")).toObject().value(QStringLiteral("client_secret")).toString(),
             QStringLiteral("unknown (keychain unavailable)"));
}

void TestProfileCli::tokenClientCredentials_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<bool>("json");
    QTest::newRow("client_secret_basic") << QStringLiteral("client_secret_basic") << false;
    QTest::newRow("client_secret_basic --json") << QStringLiteral("client_secret_basic") << true;
    QTest::newRow("client_secret_post") << QStringLiteral("client_secret_post") << false;
    QTest::newRow("client_secret_post --json") << QStringLiteral("client_secret_post") << true;
}

void TestProfileCli::tokenClientCredentials()
{
    QFETCH(QString, method);
    QFETCH(bool, json);
    const bool basic = method == QLatin1String("client_secret_basic");
    const QString clientId = basic ? m_basicClient : m_postClient;
    const QByteArray secret = basic ? BasicSecret : PostSecret;
    CliRun run = cli(sandboxProfileArgs(QStringLiteral("svc"), clientId, method), secret + "\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());

    QStringList arguments{QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("svc"), QStringLiteral("--grant"),
                          QStringLiteral("client_credentials")};
    if (json)
        arguments << QStringLiteral("--json");
    run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QString accessToken;
    if (json) {
        const QJsonObject response = QJsonDocument::fromJson(run.out).object();
        accessToken = response.value(QStringLiteral("access_token")).toString();
        QCOMPARE(response.value(QStringLiteral("token_type")).toString().toLower(), QStringLiteral("bearer"));
        QVERIFY(response.value(QStringLiteral("expires_in")).toInt() > 0);
    } else {
        QVERIFY(run.out.endsWith('\n'));
        QCOMPARE(run.out.count('\n'), 1);
        accessToken = QString::fromLatin1(run.out.trimmed());
    }
    const Jose::DecodedToken token = Jose::decodeToken(accessToken);
    QCOMPARE(token.kind, Jose::TokenKind::Jws);
    QVERIFY(token.claims);
    QCOMPARE(token.claims->value(QStringLiteral("iss")).toString(), m_sandbox.issuer(QStringLiteral("demo")).toString());
    QVERIFY(QJsonDocument(*token.claims).toJson().contains(clientId.toUtf8()));
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
}

void TestProfileCli::tokenWrongSecret()
{
    CliRun run = cli(sandboxProfileArgs(QStringLiteral("wrong"), m_basicClient, QStringLiteral("client_secret_basic")),
                     "this-is-not-the-right-secret-at-all");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    run = cli({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("wrong")});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("invalid_client"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains("this-is-not-the-right"));
}

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
