// SPDX-License-Identifier: GPL-3.0-or-later
// The leak test (issue 4): profiles with known secret values (a client secret for Basic, one for
// post, a private key PEM for private_key_jwt, an API token) are created through the CLI and
// through ProfileStore + SecretStore, saved, exported both ways and used for token requests
// against a sandbox, with every log line switched on. Afterwards no file under the throw-away
// HOME (config, data, cache, state and logs; the keyring's own files included, which must be
// encrypted), no export and no captured stdout/stderr holds any of those values or their
// encoded forms (base64, base64url, the Basic header, form-encoding).

#include "clitestsupport.h"
#include "jose/base64url.h"
#include "jose/decodedtoken.h"
#include "oauth/tokenrequest.h"
#include "profiles/profile.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "testkeys.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <optional>

using CliTest::CliRun;
using Profiles::ClientAuthMethod;
using Profiles::SecretKind;
using Profiles::SecretResult;

namespace {

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

QByteArray privatePem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, qsizetype(length));
    BIO_free(bio);
    return pem;
}

QByteArray ecPrivateScalar(EVP_PKEY *key)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, OSSL_PKEY_PARAM_PRIV_KEY, &bn) != 1)
        return {};
    QByteArray bytes(32, '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(bytes.data()), 32);
    BN_clear_free(bn);
    return bytes;
}

} // namespace

class TestSecretLeak final : public QObject
{
    Q_OBJECT

private:
    CliTest::Sandbox m_sandbox;
    QProcessEnvironment m_env;
    QTemporaryDir m_exports; // outside HOME; checked on its own
    QList<CliRun> m_runs;    // everything the binary printed
    QStringList m_issuedTokens;

    QByteArray m_basicSecret, m_postSecret, m_apiToken, m_keyPem, m_keyScalar;
    QString m_basicClient, m_postClient, m_jwtClient;

    CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        CliRun run = CliTest::runCli(arguments, m_env, input);
        m_runs.append(run);
        return run;
    }

    // Each secret and the forms it could leak in.
    QList<QPair<QString, QByteArray>> needles() const
    {
        QList<QPair<QString, QByteArray>> list;
        const auto addForms = [&list](const QString &name, const QByteArray &value) {
            list.append({name, value});
            list.append({name + QLatin1String(" (base64)"), value.toBase64()});
            list.append({name + QLatin1String(" (base64url)"), Jose::base64UrlEncode(value)});
            list.append({name + QLatin1String(" (form-encoded)"), OAuth::formEncode(value)});
            list.append({name + QLatin1String(" (hex)"), value.toHex()});
        };
        addForms(QStringLiteral("basic client secret"), m_basicSecret);
        addForms(QStringLiteral("post client secret"), m_postSecret);
        addForms(QStringLiteral("API token"), m_apiToken);
        addForms(QStringLiteral("private key PEM"), m_keyPem);
        addForms(QStringLiteral("private key scalar"), m_keyScalar);
        // The Basic header values (encoded and raw) without the "Basic " prefix.
        list.append({QStringLiteral("Basic header"), OAuth::basicAuthorization(m_basicClient, m_basicSecret, false).mid(6)});
        list.append({QStringLiteral("raw Basic header"), OAuth::basicAuthorization(m_basicClient, m_basicSecret, true).mid(6)});
        // The PEM's body lines (its base64 key material), each long enough to be unique.
        for (const QByteArray &line : m_keyPem.split('\n')) {
            if (line.size() >= 40 && !line.startsWith("-----"))
                list.append({QStringLiteral("private key PEM line"), line});
        }
        return list;
    }

    SecretResult storeSecret(const QString &profileId, SecretKind kind, const QByteArray &value)
    {
        Profiles::SecretStore store(QStringLiteral("tokenscope"));
        std::optional<SecretResult> result;
        store.write(profileId, kind, value, this, [&result](const SecretResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30'000);
        return result.value_or(SecretResult{});
    }

    QString createClient(const QJsonObject &extra)
    {
        QJsonObject body{{QStringLiteral("authorization_server_id"), QStringLiteral("leak")},
                         {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        const CliTest::HttpReply reply = m_sandbox.admin("POST", QStringLiteral("/clients"), body);
        if (reply.status != 201 && reply.status != 200)
            qWarning("client: %d %s", reply.status, reply.body.constData());
        return reply.json().value(QStringLiteral("client_id")).toString();
    }

    QStringList sandboxProfile(const QString &name, const QString &clientId, const QString &method) const
    {
        return {QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--preset"), QStringLiteral("sandbox"),
                QStringLiteral("--field"), QStringLiteral("base_url=") + m_sandbox.baseUrl.toString(),
                QStringLiteral("--field"), QStringLiteral("tenant_id=") + m_sandbox.tenant,
                QStringLiteral("--field"), QStringLiteral("workspace_id=leak"), QStringLiteral("--client-id"), clientId,
                QStringLiteral("--auth-method"), method, QStringLiteral("--client-secret-stdin")};
    }

private slots:
    void initTestCase();
    void searchCanFail();
    void createSaveExportAndUse();
    void noSecretAnywhere();
};

void TestSecretLeak::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("TOKENSCOPE_IN_KEYRING_SESSION"), "run through ctest (the KEYRING fixture)");
    QVERIFY(m_exports.isValid());
    // The binary's names, so ProfileStore::defaultDirectory() here is the binary's store.
    QCoreApplication::setOrganizationName(QStringLiteral("Tokenscope"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tokenscope.dev"));
    QCoreApplication::setApplicationName(QStringLiteral("tokenscope"));

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));

    m_basicSecret = "LeakCanary:Basic+Secret/" + randomHex(12) + " ä%";
    m_postSecret = "LeakCanaryPostSecret-" + randomHex(12);
    m_apiToken = "idun_leakcanary_" + randomHex(16);
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256, QStringLiteral("leak-key"));
    m_keyPem = privatePem(key.privateKey.get());
    m_keyScalar = ecPrivateScalar(key.privateKey.get());
    QVERIFY(m_keyPem.contains("PRIVATE KEY"));
    QCOMPARE(m_keyScalar.size(), 32);

    QString error;
    QVERIFY2(m_sandbox.start(QProcessEnvironment::systemEnvironment(), &error), qPrintable(error));
    const CliTest::HttpReply server = m_sandbox.admin("POST", QStringLiteral("/servers"), {{QStringLiteral("id"), QStringLiteral("leak")}});
    QVERIFY2(server.status == 201 || server.status == 200, server.body.constData());
    m_basicClient = createClient({{QStringLiteral("client_secret"), QString::fromUtf8(m_basicSecret)}});
    m_postClient = createClient({{QStringLiteral("client_secret"), QString::fromUtf8(m_postSecret)},
                                 {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post")}});
    m_jwtClient = createClient({{QStringLiteral("token_endpoint_auth_method"), QStringLiteral("private_key_jwt")},
                                {QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), QJsonArray{key.publicJwk}}}}});
    QVERIFY(!m_basicClient.isEmpty() && !m_postClient.isEmpty() && !m_jwtClient.isEmpty());
}

void TestSecretLeak::searchCanFail()
{
    // The search below must be able to say yes, or its silence means nothing.
    QTemporaryDir dir;
    QFile canary(dir.filePath(QStringLiteral("sub/canary.txt")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    QVERIFY(canary.open(QIODevice::WriteOnly));
    canary.write("prefix " + OAuth::basicAuthorization(m_basicClient, m_basicSecret, false) + " suffix");
    canary.close();
    const QStringList hits = CliTest::filesContaining(dir.path(), needles());
    QCOMPARE(hits.size(), 1);
    QVERIFY(hits.constFirst().endsWith(QLatin1String("Basic header")));
}

void TestSecretLeak::createSaveExportAndUse()
{
    // Through the CLI: a client_secret_basic profile and a private_key_jwt one (the PEM on stdin).
    CliRun run = cli(sandboxProfile(QStringLiteral("cli basic"), m_basicClient, QStringLiteral("client_secret_basic")),
                     m_basicSecret + "\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    run = cli(sandboxProfile(QStringLiteral("cli jwt"), m_jwtClient, QStringLiteral("private_key_jwt")), m_keyPem);
    QVERIFY2(run.exitCode == 0, run.describe().constData());

    // Through ProfileStore + SecretStore: client_secret_post, and an API-token profile.
    Profiles::ProfileStore store(Profiles::ProfileStore::defaultDirectory());
    QVERIFY(store.load().ok);
    QCOMPARE(store.profiles().size(), 2);
    Profiles::Profile post = *store.findByName(QStringLiteral("cli basic"));
    post.id.clear();
    post.name = QStringLiteral("store post");
    post.clientId = m_postClient;
    post.authMethod = ClientAuthMethod::ClientSecretPost;
    QString postId;
    Profiles::StoreResult added = store.add(post, &postId);
    QVERIFY2(added.ok, qPrintable(added.message));
    SecretResult written = storeSecret(postId, SecretKind::ClientSecret, m_postSecret);
    QVERIFY2(written.ok(), qPrintable(written.error));

    Profiles::Profile api;
    api.name = QStringLiteral("store api token");
    api.preset = QStringLiteral("oidc");
    api.issuer = QUrl(QStringLiteral("https://api.idun.example"));
    api.apiToken.enabled = true;
    api.apiToken.headerName = QStringLiteral("Authorization");
    QString apiId;
    added = store.add(api, &apiId);
    QVERIFY2(added.ok, qPrintable(added.message));
    written = storeSecret(apiId, SecretKind::ApiToken, m_apiToken);
    QVERIFY2(written.ok(), qPrintable(written.error));

    // Exports, both ways (one into the HOME's config, one outside it).
    const Profiles::StoreResult exported = store.exportTo(m_exports.filePath(QStringLiteral("store-export.json")));
    QVERIFY2(exported.ok, qPrintable(exported.message));
    run = cli({QStringLiteral("profile"), QStringLiteral("export"), m_exports.filePath(QStringLiteral("cli-export.json"))});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    run = cli({QStringLiteral("profile"), QStringLiteral("export"),
               QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/in-config-export.json")});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(QJsonDocument::fromJson([&] {
                 QFile f(m_exports.filePath(QStringLiteral("cli-export.json")));
                 return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
             }()).object().value(QStringLiteral("profiles")).toArray().size(), 4);

    // Token requests with every log line on: basic, post and private_key_jwt.
    for (const QString &name : {QStringLiteral("cli basic"), QStringLiteral("store post"), QStringLiteral("cli jwt")}) {
        for (const bool json : {false, true}) {
            QStringList arguments{QStringLiteral("token"), QStringLiteral("--profile"), name};
            if (json)
                arguments << QStringLiteral("--json");
            run = cli(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(name + QLatin1Char(' ') + QString::fromUtf8(run.describe())));
            const QString token = json ? QJsonDocument::fromJson(run.out).object().value(QStringLiteral("access_token")).toString()
                                       : QString::fromLatin1(run.out.trimmed());
            QCOMPARE(Jose::decodeToken(token).kind, Jose::TokenKind::Jws);
            m_issuedTokens.append(token);
        }
    }
    // A refused request (the other client's secret) logs and prints too.
    run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("wrong secret"), QStringLiteral("--preset"),
               QStringLiteral("sandbox"), QStringLiteral("--field"), QStringLiteral("base_url=") + m_sandbox.baseUrl.toString(),
               QStringLiteral("--field"), QStringLiteral("workspace_id=leak"), QStringLiteral("--client-id"), m_basicClient,
               QStringLiteral("--auth-method"), QStringLiteral("client_secret_basic"), QStringLiteral("--client-secret-stdin")},
              m_postSecret);
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    run = cli({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("wrong secret")});
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("invalid_client"), run.describe().constData());

    for (const QString &name : {QStringLiteral("cli basic"), QStringLiteral("cli jwt"), QStringLiteral("store post"),
                                QStringLiteral("store api token")}) {
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("show"), name}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("show"), name, QStringLiteral("--json")}).exitCode, 0);
    }
    QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode, 0);
    // Logging was really on (the checks below look at real log output).
    bool sawDebug = false;
    for (const CliRun &r : std::as_const(m_runs))
        sawDebug = sawDebug || r.err.contains("tokenscope.");
    QVERIFY(sawDebug);
}

void TestSecretLeak::noSecretAnywhere()
{
    const QList<QPair<QString, QByteArray>> forms = needles();

    // The keyring's own files exist, hold our entries, and are encrypted.
    const QString keyrings = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/keyrings");
    const QStringList keyringFiles = QDir(keyrings).entryList({QStringLiteral("*.keyring")}, QDir::Files);
    QVERIFY2(!keyringFiles.isEmpty(), qPrintable(keyrings));
    QVERIFY(CliTest::filesContaining(keyrings, forms).isEmpty());

    // Nothing under HOME (config, data, cache, ~/.local/state, logs) nor wherever XDG points.
    const QString home = QDir::homePath();
    QVERIFY2(home.contains(QLatin1String("tokenscope-keyring")), qPrintable(home)); // the fixture's throw-away HOME
    const QStringList roots{home,
                            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                            QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                            m_exports.path()};
    for (const QString &root : roots) {
        const QStringList hits = CliTest::filesContaining(root, forms);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
    // The profiles and exports were really written (so the search looked at something).
    QVERIFY(!QDir(Profiles::ProfileStore::defaultDirectory()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
    QVERIFY(QFile::exists(m_exports.filePath(QStringLiteral("store-export.json"))));

    // Nothing in what the binary printed, except the tokens it was asked for.
    for (const CliRun &run : std::as_const(m_runs)) {
        QByteArray printed = run.out + '\n' + run.err;
        for (const QString &token : std::as_const(m_issuedTokens))
            printed.replace(token.toLatin1(), "<token>");
        for (const auto &[name, needle] : forms)
            QVERIFY2(!printed.contains(needle), qPrintable(name + QLatin1String(" in output:\n") + QString::fromUtf8(printed)));
    }
}

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
