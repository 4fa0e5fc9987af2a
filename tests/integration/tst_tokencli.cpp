// SPDX-License-Identifier: GPL-3.0-or-later
// `tokenscope token --grant password | refresh_token`: the real binary against `tokenscope
// sandbox` (a child) and the real keychain (KEYRING fixture: a private gnome-keyring on a private
// D-Bus session). Refresh tokens are read back through SecretStore in this process (same session).
// The terminal prompt runs the binary on a pseudo-terminal (forkpty): echo must be off while it
// waits and back on afterwards, also when it is interrupted with Ctrl-C.

#include "clitestsupport.h"
#include "jose/decodedtoken.h"
#include "profiles/secretstore.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <vector>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using CliTest::CliRun;
using Profiles::SecretKind;
using Profiles::SecretResult;

namespace {

const QString UserName = QStringLiteral("alice");
const QByteArray UserPassword = "W0nderland: ümlaut & spaces";
const QByteArray ClientSecret = "tokencli-secret-0123456789-abcdefghijklmnop";
const QString NoBus = QStringLiteral("unix:path=/nonexistent/tokenscope-no-bus");

// The binary on a pseudo-terminal: its stdin, stdout and stderr are the terminal.
class PtyRun
{
public:
    PtyRun(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        // Everything exec needs is built before fork: the child only calls exec.
        std::vector<QByteArray> argStorage{QByteArray(TOKENSCOPE_BINARY)};
        for (const QString &argument : arguments)
            argStorage.push_back(argument.toLocal8Bit());
        std::vector<QByteArray> envStorage;
        for (const QString &entry : environment.toStringList())
            envStorage.push_back(entry.toLocal8Bit());
        std::vector<char *> argv, envp;
        for (QByteArray &a : argStorage)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        for (QByteArray &e : envStorage)
            envp.push_back(e.data());
        envp.push_back(nullptr);

        m_pid = forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid == 0) {
            execve(argv[0], argv.data(), envp.data());
            _exit(127);
        }
        if (m_pid > 0)
            fcntl(m_master, F_SETFL, fcntl(m_master, F_GETFL) | O_NONBLOCK);
    }
    ~PtyRun()
    {
        if (m_pid > 0 && !m_exited) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            close(m_master);
    }
    Q_DISABLE_COPY_MOVE(PtyRun)

    bool started() const { return m_pid > 0; }
    const QByteArray &output() const { return m_output; }

    void drain()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            m_output.append(buffer, n);
        }
    }
    bool waitForOutput(const QByteArray &text, int timeoutMs = 30'000)
    {
        return QTest::qWaitFor([&] {
            drain();
            return m_output.contains(text) || hasExited();
        }, timeoutMs) && m_output.contains(text);
    }
    void type(const QByteArray &bytes) { (void)!write(m_master, bytes.constData(), size_t(bytes.size())); }
    // The terminal's local modes as the program left them (the master reads the pair's settings).
    std::optional<tcflag_t> localModes() const
    {
        struct termios settings;
        if (tcgetattr(m_master, &settings) != 0)
            return std::nullopt;
        return settings.c_lflag;
    }
    bool hasExited()
    {
        if (m_exited)
            return true;
        if (waitpid(m_pid, &m_status, WNOHANG) == m_pid)
            m_exited = true;
        return m_exited;
    }
    bool waitForExit(int timeoutMs = 60'000)
    {
        const bool exited = QTest::qWaitFor([this] { return hasExited(); }, timeoutMs);
        drain();
        return exited;
    }
    int exitCode() const { return m_exited && WIFEXITED(m_status) ? WEXITSTATUS(m_status) : -1; }
    int termSignal() const { return m_exited && WIFSIGNALED(m_status) ? WTERMSIG(m_status) : 0; }

private:
    pid_t m_pid = -1;
    int m_master = -1;
    int m_status = 0;
    bool m_exited = false;
    QByteArray m_output;
};

} // namespace

class TestTokenCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_config;
    QProcessEnvironment m_env;
    CliTest::Sandbox m_sandbox;
    QString m_clientId, m_publicClientId;
    QString m_profileId;

    CliRun cli(const QStringList &arguments, const QByteArray &input = {}) { return CliTest::runCli(arguments, m_env, input); }
    CliRun noKeychainCli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment environment = m_env;
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), NoBus);
        return CliTest::runCli(arguments, environment, input);
    }

    SecretResult secret(const QString &profileId, SecretKind kind)
    {
        Profiles::SecretStore store(QStringLiteral("tokenscope"));
        std::optional<SecretResult> result;
        store.read(profileId, kind, this, [&result](const SecretResult &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30'000);
        return result.value_or(SecretResult{});
    }
    QByteArray storedRefreshToken()
    {
        const SecretResult read = secret(m_profileId, SecretKind::RefreshToken);
        return read.ok() ? read.value : QByteArray();
    }

    // A sandbox profile; the client secret from stdin into the keychain. Returns the profile id.
    QString addProfile(const QString &name, const QString &clientId, const QString &method)
    {
        QStringList arguments{QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--preset"),
                              QStringLiteral("sandbox"), QStringLiteral("--field"),
                              QStringLiteral("base_url=") + m_sandbox.baseUrl.toString(), QStringLiteral("--field"),
                              QStringLiteral("tenant_id=") + m_sandbox.tenant, QStringLiteral("--field"),
                              QStringLiteral("workspace_id=grants"), QStringLiteral("--client-id"), clientId,
                              QStringLiteral("--auth-method"), method, QStringLiteral("--scope"), QStringLiteral("openid")};
        if (method != QLatin1String("none"))
            arguments << QStringLiteral("--client-secret-stdin");
        const CliRun run = cli(arguments, method != QLatin1String("none") ? ClientSecret + "\n" : QByteArray());
        if (run.exitCode != 0)
            qWarning("profile add: %s", run.describe().constData());
        const CliRun shown = cli({QStringLiteral("profile"), QStringLiteral("show"), name, QStringLiteral("--json")});
        return QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("id")).toString();
    }

    static QStringList passwordArgs(const QString &profile = QStringLiteral("app"))
    {
        return {QStringLiteral("token"), QStringLiteral("--profile"), profile, QStringLiteral("--grant"),
                QStringLiteral("password"), QStringLiteral("--username"), UserName};
    }
    static QStringList refreshArgs(const QString &profile = QStringLiteral("app"))
    {
        return {QStringLiteral("token"), QStringLiteral("--profile"), profile, QStringLiteral("--grant"),
                QStringLiteral("refresh_token")};
    }

    // The subject of a printed JWT access token.
    static QString subjectOf(const QByteArray &accessToken)
    {
        const Jose::DecodedToken token = Jose::decodeToken(QString::fromLatin1(accessToken.trimmed()));
        return token.claims ? token.claims->value(QStringLiteral("sub")).toString() : QString();
    }

private slots:
    void initTestCase();
    void init();

    void passwordFromStdin();
    void passwordJsonCarriesRefreshToken();
    void wrongPassword();
    void refreshFromKeychainRotates();
    void refreshTokenFromStdin();
    void noStoredRefreshToken();
    void noKeychain();
    void noKeychainPublicClientWarns();
    void deviceCodeFailures();
    void deviceCodeAgainstSandbox_data();
    void deviceCodeAgainstSandbox();
    void unusableArguments_data();
    void unusableArguments();
    void helpNamesTheGrants();
    void promptOnTerminalWithoutEcho();
    void promptRestoresTerminalOnCtrlC();
};

void TestTokenCli::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("TOKENSCOPE_IN_KEYRING_SESSION"), "run through ctest (the KEYRING fixture)");
    QString error;
    QVERIFY2(m_sandbox.start(QProcessEnvironment::systemEnvironment(), &error), qPrintable(error));
    const QJsonArray grants{QStringLiteral("client_credentials"), QStringLiteral("password"),
                            QStringLiteral("refresh_token"),
                            QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")};
    const CliTest::HttpReply server = m_sandbox.admin("POST", QStringLiteral("/servers"),
                                                      {{QStringLiteral("id"), QStringLiteral("grants")},
                                                       {QStringLiteral("name"), QStringLiteral("Grants")},
                                                       {QStringLiteral("grant_types"), grants}});
    QVERIFY2(server.status == 201 || server.status == 200, server.body.constData());
    const QJsonObject user{{QStringLiteral("username"), UserName},
                           {QStringLiteral("password"), QString::fromUtf8(UserPassword)},
                           {QStringLiteral("email"), QStringLiteral("alice@example.com")}};
    const CliTest::HttpReply idp = m_sandbox.admin(
        "POST", QStringLiteral("/servers/grants/idps/static"),
        {{QStringLiteral("name"), QStringLiteral("Users")}, {QStringLiteral("method"), QStringLiteral("static")},
         {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("users"), QJsonArray{user}}}}});
    QVERIFY2(idp.status == 201 || idp.status == 200, idp.body.constData());
    const auto client = [this, &grants](const QString &method) {
        QJsonObject body{{QStringLiteral("authorization_server_id"), QStringLiteral("grants")},
                         {QStringLiteral("client_name"), method},
                         {QStringLiteral("grant_types"), grants},
                         {QStringLiteral("token_endpoint_auth_method"), method},
                         {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email")}}};
        if (method != QLatin1String("none"))
            body.insert(QStringLiteral("client_secret"), QString::fromUtf8(ClientSecret));
        const CliTest::HttpReply reply = m_sandbox.admin("POST", QStringLiteral("/clients"), body);
        if (reply.status != 201 && reply.status != 200)
            qWarning("client: %d %s", reply.status, reply.body.constData());
        return reply.json().value(QStringLiteral("client_id")).toString();
    };
    m_clientId = client(QStringLiteral("client_secret_post"));
    m_publicClientId = client(QStringLiteral("none"));
    QVERIFY(!m_clientId.isEmpty());
    QVERIFY(!m_publicClientId.isEmpty());
}

void TestTokenCli::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    m_env.remove(QStringLiteral("TOKENSCOPE_BROWSER"));
    m_profileId = addProfile(QStringLiteral("app"), m_clientId, QStringLiteral("client_secret_post"));
    QVERIFY(!m_profileId.isEmpty());
}

void TestTokenCli::passwordFromStdin()
{
    const CliRun run = cli(passwordArgs() << QStringLiteral("--password-stdin"), UserPassword + "\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out.count('\n'), 1);
    QCOMPARE(subjectOf(run.out), UserName);
    QVERIFY(!run.out.contains(UserPassword) && !run.err.contains(UserPassword));

    // The refresh token went into the keychain, and nowhere into the output.
    const QByteArray refreshToken = storedRefreshToken();
    QVERIFY2(!refreshToken.isEmpty(), run.describe().constData());
    QVERIFY(!run.out.contains(refreshToken) && !run.err.contains(refreshToken));
    QVERIFY2(run.err.contains("refresh token is stored in the keychain"), run.err.constData());
    QVERIFY(CliTest::filesContaining(m_config->path(), {{QStringLiteral("refresh token"), refreshToken}}).isEmpty());
}

void TestTokenCli::passwordJsonCarriesRefreshToken()
{
    const CliRun run = cli(passwordArgs() << QStringLiteral("--password-stdin") << QStringLiteral("--json"),
                           UserPassword); // no line break at all
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QJsonObject response = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(subjectOf(response.value(QStringLiteral("access_token")).toString().toLatin1()), UserName);
    const QString refreshToken = response.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refreshToken.isEmpty());
    QCOMPARE(QString::fromUtf8(storedRefreshToken()), refreshToken);
    QVERIFY(!run.err.contains(refreshToken.toUtf8()));
}

void TestTokenCli::wrongPassword()
{
    const CliRun run = cli(passwordArgs() << QStringLiteral("--password-stdin"), "not the password\n");
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("invalid_grant"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains("not the password"));
    QCOMPARE(secret(m_profileId, SecretKind::RefreshToken).status, SecretResult::Status::NotFound);
}

void TestTokenCli::refreshFromKeychainRotates()
{
    CliRun run = cli(passwordArgs() << QStringLiteral("--password-stdin"), UserPassword + "\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QByteArray first = storedRefreshToken();
    QVERIFY(!first.isEmpty());

    // The sandbox rotates refresh tokens (RFC 6749 §10.4 / OAuth 2.1): a new one each time.
    run = cli(refreshArgs() << QStringLiteral("--json"));
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.contains("the refresh token was rotated"), run.err.constData());
    const QJsonObject response = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(subjectOf(response.value(QStringLiteral("access_token")).toString().toLatin1()), UserName);
    const QByteArray second = storedRefreshToken();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(response.value(QStringLiteral("refresh_token")).toString().toUtf8(), second);

    // Without --json: the access token alone; the new refresh token stored, not printed.
    run = cli(refreshArgs());
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(run.out.count('\n'), 1);
    QCOMPARE(subjectOf(run.out), UserName);
    const QByteArray third = storedRefreshToken();
    QVERIFY(third != second && !third.isEmpty());
    QVERIFY(!run.out.contains(third) && !run.err.contains(third) && !run.out.contains(second));

    // The first one again (explicitly): the server refuses it, exit 1; the stored one stays.
    run = cli(refreshArgs() << QStringLiteral("--refresh-token-stdin"), first + "\n");
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("invalid_grant"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(storedRefreshToken(), third);
}

void TestTokenCli::refreshTokenFromStdin()
{
    // A refresh token from another profile's run, piped in: used instead of the keychain's (this
    // profile has none), and the rotated one is stored.
    const QString otherId = addProfile(QStringLiteral("other"), m_clientId, QStringLiteral("client_secret_post"));
    CliRun run = cli(passwordArgs(QStringLiteral("other")) << QStringLiteral("--password-stdin") << QStringLiteral("--json"),
                     UserPassword + "\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QByteArray given = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("refresh_token")).toString().toUtf8();
    QVERIFY(!given.isEmpty());
    QCOMPARE(secret(otherId, SecretKind::RefreshToken).value, given);
    QCOMPARE(secret(m_profileId, SecretKind::RefreshToken).status, SecretResult::Status::NotFound);

    run = cli(refreshArgs() << QStringLiteral("--refresh-token-stdin"), given + "\r\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(subjectOf(run.out), UserName);
    QVERIFY(run.err.contains("the refresh token was rotated"));
    const QByteArray rotated = storedRefreshToken();
    QVERIFY(!rotated.isEmpty() && rotated != given);
    QVERIFY(!run.out.contains(rotated) && !run.err.contains(rotated) && !run.err.contains(given));
    // The other profile's entry was not touched.
    QCOMPARE(secret(otherId, SecretKind::RefreshToken).value, given);
}

void TestTokenCli::noStoredRefreshToken()
{
    const CliRun run = cli(refreshArgs());
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("No refresh token is stored"), run.err.constData());
    QVERIFY2(run.err.contains("password"), run.err.constData()); // says which grants get one
    QVERIFY(run.out.isEmpty());
}

void TestTokenCli::noKeychain()
{
    // refresh_token reads the keychain: exit 3.
    CliRun run = noKeychainCli(refreshArgs());
    QVERIFY2(run.exitCode == 3, run.describe().constData());
    QVERIFY2(run.err.contains("keychain"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    // password with a client secret: the secret cannot be read, exit 3.
    run = noKeychainCli(passwordArgs() << QStringLiteral("--password-stdin"), UserPassword + "\n");
    QVERIFY2(run.exitCode == 3, run.describe().constData());
    QVERIFY(run.out.isEmpty());
}

void TestTokenCli::noKeychainPublicClientWarns()
{
    // A public client needs no secret: the token comes, the refresh token cannot be kept (said
    // on stderr), still exit 0.
    QVERIFY(!addProfile(QStringLiteral("public"), m_publicClientId, QStringLiteral("none")).isEmpty());
    CliRun run = noKeychainCli(passwordArgs(QStringLiteral("public")) << QStringLiteral("--password-stdin")
                                   << QStringLiteral("--json"),
                               UserPassword + "\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QVERIFY2(run.err.contains("no keychain is available, so the refresh token was not stored"), run.err.constData());
    const QByteArray refreshToken =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("refresh_token")).toString().toUtf8();
    QVERIFY(!refreshToken.isEmpty());
    QVERIFY(!run.err.contains(refreshToken));

    // Given on stdin it works without a keychain; the rotated one cannot be stored: a warning.
    run = noKeychainCli(refreshArgs(QStringLiteral("public")) << QStringLiteral("--refresh-token-stdin"),
                        refreshToken + "\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    QCOMPARE(subjectOf(run.out), UserName);
    QVERIFY(run.err.contains("the refresh token was rotated"));
    QVERIFY(run.err.contains("not stored"));
}

void TestTokenCli::deviceCodeFailures()
{
    // The device flow itself runs against oidc-provider in tests/e2e/devicecode.e2e.test.mjs; here
    // its failures before any user code: an endpoint where nothing listens (exit 1) and a client
    // secret that cannot be read without a keychain (exit 3, before any request).
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    const QString endpoint = QStringLiteral("http://127.0.0.1:%1/device").arg(port);
    CliRun run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("device"), QStringLiteral("--preset"),
                      QStringLiteral("oidc"), QStringLiteral("--issuer"), QStringLiteral("https://id.example.com"),
                      QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("--auth-method"),
                      QStringLiteral("client_secret_post"), QStringLiteral("--endpoint"),
                      QStringLiteral("token_endpoint=http://127.0.0.1:%1/token").arg(port), QStringLiteral("--endpoint"),
                      QStringLiteral("device_authorization_endpoint=") + endpoint, QStringLiteral("--client-secret-stdin")},
                     ClientSecret + "\n");
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    const QStringList device{QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("device"),
                             QStringLiteral("--grant"), QStringLiteral("device_code")};
    run = cli(device);
    QVERIFY2(run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("device authorization endpoint"), run.err.constData());
    QVERIFY(run.out.isEmpty());
    run = noKeychainCli(device);
    QVERIFY2(run.exitCode == 3, run.describe().constData());
    QVERIFY2(run.err.contains("keychain"), run.err.constData());
    QVERIFY(run.out.isEmpty());

    // A profile without a device authorization endpoint: unusable, exit 2.
    run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("no device"), QStringLiteral("--preset"),
               QStringLiteral("oidc"), QStringLiteral("--issuer"), QStringLiteral("https://id.example.com"),
               QStringLiteral("--client-id"), QStringLiteral("c"), QStringLiteral("--auth-method"), QStringLiteral("none"),
               QStringLiteral("--endpoint"), QStringLiteral("token_endpoint=http://127.0.0.1:%1/token").arg(port)});
    QVERIFY2(run.exitCode == 0, run.describe().constData());
    run = cli({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("no device"), QStringLiteral("--grant"),
               QStringLiteral("device_code")});
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains("no device authorization endpoint"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestTokenCli::deviceCodeAgainstSandbox_data()
{
    QTest::addColumn<bool>("approve");
    QTest::newRow("approved") << true;
    QTest::newRow("denied") << false;
}

void TestTokenCli::deviceCodeAgainstSandbox()
{
    // The CLI polls while the user (here: HTTP form posts) enters the code on the sandbox's
    // verification page, signs in and decides. Chromium does this against oidc-provider in
    // tests/e2e/devicecode.e2e.test.mjs.
    QFETCH(bool, approve);
    QProcess process;
    process.setProcessEnvironment(m_env);
    QByteArray out, err;
    connect(&process, &QProcess::readyReadStandardOutput, &process, [&] { out += process.readAllStandardOutput(); });
    connect(&process, &QProcess::readyReadStandardError, &process, [&] { err += process.readAllStandardError(); });
    process.start(QStringLiteral(TOKENSCOPE_BINARY), {QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("app"),
                                                     QStringLiteral("--grant"), QStringLiteral("device_code"),
                                                     QStringLiteral("--json")});
    process.closeWriteChannel();
    const QRegularExpression shown(QStringLiteral("open (http\\S+) in a browser and enter the code (\\S+)"));
    QVERIFY2(QTest::qWaitFor([&] { return shown.match(QString::fromUtf8(err)).hasMatch()
                                              || process.state() == QProcess::NotRunning; }, 30'000),
             err.constData());
    const QRegularExpressionMatch match = shown.match(QString::fromUtf8(err));
    QVERIFY2(match.hasMatch(), err.constData());
    const QUrl verification(match.captured(1));
    const QString userCode = match.captured(2);
    QCOMPARE(verification.toString(), QString(m_sandbox.issuer(QStringLiteral("grants")).toString() + QStringLiteral("/device")));
    QVERIFY2(err.contains(QByteArray("Or open " + verification.toEncoded() + "?user_code=")), err.constData());

    const auto post = [this, &verification](const QList<QPair<QString, QString>> &fields) {
        QUrlQuery form;
        for (const auto &[name, value] : fields)
            form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        return CliTest::httpCall(m_sandbox.network, "POST", verification,
                                 {{"Content-Type", "application/x-www-form-urlencoded"}},
                                 form.query(QUrl::FullyEncoded).toUtf8());
    };
    const auto formToken = [](const QByteArray &page) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("name=\"form_token\" value=\"([^\"]+)\"")).match(QString::fromUtf8(page));
        return m.captured(1);
    };
    const CliTest::HttpReply signIn = post({{QStringLiteral("user_code"), userCode}});
    QVERIFY2(signIn.status == 200 && !formToken(signIn.body).isEmpty(), signIn.body.constData());
    const CliTest::HttpReply consent = post({{QStringLiteral("form_token"), formToken(signIn.body)},
                                             {QStringLiteral("username"), UserName},
                                             {QStringLiteral("password"), QString::fromUtf8(UserPassword)}});
    QVERIFY2(consent.status == 200 && !formToken(consent.body).isEmpty(), consent.body.constData());
    const CliTest::HttpReply decided = post({{QStringLiteral("form_token"), formToken(consent.body)},
                                             {QStringLiteral("decision"), approve ? QStringLiteral("approve")
                                                                                  : QStringLiteral("deny")}});
    QVERIFY2(decided.status == 200, decided.body.constData());

    QVERIFY2(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60'000), err.constData());
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();
    if (!approve) {
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains("denied") && err.contains("access_denied"), err.constData());
        QVERIFY(out.isEmpty());
        QCOMPARE(secret(m_profileId, SecretKind::RefreshToken).status, SecretResult::Status::NotFound);
        return;
    }
    QVERIFY2(process.exitCode() == 0, err.constData());
    const QJsonObject response = QJsonDocument::fromJson(out).object();
    QCOMPARE(subjectOf(response.value(QStringLiteral("access_token")).toString().toLatin1()), UserName);
    // The client may refresh, so the sandbox issues a refresh token: it goes into the keychain.
    const QString refreshToken = response.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refreshToken.isEmpty());
    QCOMPARE(QString::fromUtf8(storedRefreshToken()), refreshToken);
    QVERIFY(!err.contains(refreshToken.toUtf8()));
}

void TestTokenCli::unusableArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("inStderr");
    const auto args = [](const char *text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); };
    QTest::newRow("password without --username") << args("token --profile app --grant password --password-stdin")
                                                  << QByteArray("pw\n") << QByteArray("--username");
    QTest::newRow("password, stdin not a terminal") << args("token --profile app --grant password --username alice")
                                                    << QByteArray("pw\n") << QByteArray("--password-stdin");
    QTest::newRow("password, empty stdin") << args("token --profile app --grant password --username alice --password-stdin")
                                           << QByteArray() << QByteArray("empty");
    QTest::newRow("password, two lines") << args("token --profile app --grant password --username alice --password-stdin")
                                         << QByteArray("one\ntwo\n") << QByteArray("more than one line");
    QTest::newRow("--username with client_credentials") << args("token --profile app --username alice")
                                                        << QByteArray() << QByteArray("--username");
    QTest::newRow("--password-stdin with refresh_token") << args("token --profile app --grant refresh_token --password-stdin")
                                                         << QByteArray("x\n") << QByteArray("--password-stdin");
    QTest::newRow("--refresh-token-stdin with password")
        << args("token --profile app --grant password --username alice --refresh-token-stdin") << QByteArray("x\n")
        << QByteArray("--refresh-token-stdin");
    QTest::newRow("--refresh-token-stdin, empty") << args("token --profile app --grant refresh_token --refresh-token-stdin")
                                                  << QByteArray("\n") << QByteArray("empty");
    QTest::newRow("--timeout with device_code") << args("token --profile app --grant device_code --timeout 5")
                                                << QByteArray() << QByteArray("--timeout");
    QTest::newRow("password, no such profile") << args("token --profile ghost --grant password --username a --password-stdin")
                                               << QByteArray("pw\n") << QByteArray("ghost");
    QTest::newRow("token_exchange not yet") << args("token --profile app --grant token_exchange") << QByteArray()
                                            << QByteArray("not available yet");
    QTest::newRow("unknown grant") << args("token --profile app --grant magic") << QByteArray()
                                   << QByteArray("Unknown grant \"magic\"");
}

void TestTokenCli::unusableArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, inStderr);
    const CliRun run = cli(arguments, input);
    QVERIFY2(run.exitCode == 2, run.describe().constData());
    QVERIFY2(run.err.contains(inStderr), run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(secret(m_profileId, SecretKind::RefreshToken).status, SecretResult::Status::NotFound);
}

void TestTokenCli::helpNamesTheGrants()
{
    const CliRun help = cli({QStringLiteral("token"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const QByteArray &text : {QByteArray("password"), QByteArray("refresh_token"), QByteArray("device_code"),
                                   QByteArray("--password-stdin"), QByteArray("--refresh-token-stdin"),
                                   QByteArray("--username")})
        QVERIFY2(help.out.contains(text), text.constData());
}

void TestTokenCli::promptOnTerminalWithoutEcho()
{
    PtyRun run(passwordArgs(), m_env);
    QVERIFY(run.started());
    QVERIFY2(run.waitForOutput("Password for alice: "), run.output().constData());
    // While it waits, echo is off.
    const std::optional<tcflag_t> waiting = run.localModes();
    QVERIFY(waiting);
    QVERIFY(!(*waiting & ECHO));
    run.type(UserPassword + "\n");
    QVERIFY2(run.waitForExit(), run.output().constData());
    QVERIFY2(run.exitCode() == 0, run.output().constData());
    QVERIFY2(!run.output().contains(UserPassword), run.output().constData());
    // The token came out on the same terminal.
    const QList<QByteArray> lines = run.output().split('\n');
    bool found = false;
    for (const QByteArray &line : lines)
        found = found || subjectOf(line.trimmed()) == UserName;
    QVERIFY2(found, run.output().constData());
    const std::optional<tcflag_t> after = run.localModes();
    QVERIFY(after);
    QVERIFY(*after & ECHO);
    QVERIFY(!storedRefreshToken().isEmpty());
}

void TestTokenCli::promptRestoresTerminalOnCtrlC()
{
    PtyRun run(passwordArgs(), m_env);
    QVERIFY(run.started());
    QVERIFY2(run.waitForOutput("Password for alice: "), run.output().constData());
    QVERIFY(!(run.localModes().value_or(ECHO) & ECHO));
    run.type("half-typed");
    run.type("\x03"); // Ctrl-C: SIGINT to the foreground process group
    QVERIFY2(run.waitForExit(), run.output().constData());
    QCOMPARE(run.termSignal(), SIGINT);
    QVERIFY(!run.output().contains("half-typed"));
    const std::optional<tcflag_t> after = run.localModes();
    QVERIFY(after);
    QVERIFY2(*after & ECHO, "the terminal was left without echo");
    QCOMPARE(secret(m_profileId, SecretKind::RefreshToken).status, SecretResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestTokenCli)
#include "tst_tokencli.moc"
