// SPDX-License-Identifier: GPL-3.0-or-later
// `tokenscope sandbox`, the real binary: the ready line, serving, signals, exit codes, warnings.

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace {

// A running `tokenscope sandbox ...`; everything it writes is collected.
class Sandbox final : public QObject
{
public:
    explicit Sandbox(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        connect(&process, &QProcess::readyReadStandardOutput, this, [this] { out += process.readAllStandardOutput(); });
        connect(&process, &QProcess::readyReadStandardError, this, [this] { err += process.readAllStandardError(); });
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TOKENSCOPE_BINARY), QStringList{QStringLiteral("sandbox")} + arguments);
    }
    // ~QProcess kills a sandbox that is still running.
    bool ready() const { return out.contains('\n'); }
    bool finished() const { return process.state() == QProcess::NotRunning; }
    QJsonObject readyLine() const { return QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object(); }
    QByteArray describe() const { return "stdout: " + out + "\nstderr: " + err; }

    QProcess process;
    QByteArray out;
    QByteArray err;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply *raw = nullptr;
};

} // namespace

class TestSandboxCli final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    // GET url; the status and body (QTRY waits, nothing blocks).
    std::unique_ptr<QNetworkReply> get(const QUrl &url)
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(10'000);
        return std::unique_ptr<QNetworkReply>(m_network.get(request));
    }

    // GET the tenant's workspace list with a bearer token; the status.
    int adminListStatus(const QString &base, const QString &tenant, const QString &token)
    {
        QNetworkRequest request(QUrl(base + QLatin1String("/api/admin/") + tenant + QLatin1String("/servers")));
        request.setTransferTimeout(10'000);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10'000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    static bool fileContains(const QString &path, const QByteArray &needle)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
    }

private slots:
    void readyLineServeAndSigterm()
    {
        Sandbox sandbox({QStringLiteral("--ephemeral")});
        QTRY_VERIFY2_WITH_TIMEOUT(sandbox.ready() || sandbox.finished(), sandbox.describe().constData(), 20'000);
        QVERIFY2(sandbox.ready(), sandbox.describe().constData());
        QCOMPARE(sandbox.out.count('\n'), 1);

        const QJsonObject line = sandbox.readyLine();
        const QUrl base(line.value(QStringLiteral("base_url")).toString());
        QCOMPARE(base.scheme(), QStringLiteral("http"));
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(base.port() > 0);
        QCOMPARE(line.value(QStringLiteral("tenant_id")).toString(), QStringLiteral("default"));
        QVERIFY(!line.value(QStringLiteral("admin_client_id")).toString().isEmpty());
        QVERIFY(line.value(QStringLiteral("admin_client_secret")).toString().size() >= 16);
        QCOMPARE(line.size(), 4);

        // Unknown paths: the JSON 404 with rate-limit headers.
        auto missing = get(base.resolved(QUrl(QStringLiteral("/no/such/path"))));
        QTRY_VERIFY_WITH_TIMEOUT(missing->isFinished(), 10'000);
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        QCOMPARE(QJsonDocument::fromJson(missing->readAll()).object().value(QStringLiteral("status_code")).toInt(), 404);
        QVERIFY(missing->hasRawHeader("X-RateLimit-Limit"));
        QVERIFY(missing->hasRawHeader("X-RateLimit-Remaining"));
        QVERIFY(missing->hasRawHeader("X-RateLimit-Reset"));

        // The admin API is there and wants a token.
        auto servers = get(base.resolved(QUrl(QStringLiteral("/api/admin/default/servers"))));
        QTRY_VERIFY_WITH_TIMEOUT(servers->isFinished(), 10'000);
        QCOMPARE(servers->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(servers->rawHeader("X-RateLimit-Limit"), QByteArray("300")); // the Admin group

        sandbox.process.terminate(); // SIGTERM
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 10'000);
        QCOMPARE(sandbox.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process.exitCode(), 0);
    }

#ifdef Q_OS_UNIX
    void sigintExitsZero()
    {
        Sandbox sandbox({QStringLiteral("--ephemeral"), QStringLiteral("--tenant"), QStringLiteral("acme")});
        QTRY_VERIFY2_WITH_TIMEOUT(sandbox.ready() || sandbox.finished(), sandbox.describe().constData(), 20'000);
        QCOMPARE(sandbox.readyLine().value(QStringLiteral("tenant_id")).toString(), QStringLiteral("acme"));
        QVERIFY(::kill(pid_t(sandbox.process.processId()), SIGINT) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 10'000);
        QCOMPARE(sandbox.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process.exitCode(), 0);
    }
#endif

    void portInUse()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(occupant.serverPort());
        Sandbox sandbox({QStringLiteral("--ephemeral"), QStringLiteral("--port"), port});
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 20'000);
        QCOMPARE(sandbox.process.exitCode(), 2);
        QVERIFY(sandbox.out.isEmpty());
        QVERIFY2(sandbox.err.contains(port.toLatin1()), sandbox.err.constData());
    }

    void fixedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Sandbox sandbox({QStringLiteral("--ephemeral"), QStringLiteral("--port"), QString::number(port)});
        QTRY_VERIFY2_WITH_TIMEOUT(sandbox.ready() || sandbox.finished(), sandbox.describe().constData(), 20'000);
        QCOMPARE(sandbox.readyLine().value(QStringLiteral("base_url")).toString(), QStringLiteral("http://127.0.0.1:%1").arg(port));
        sandbox.process.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 10'000);
        QCOMPARE(sandbox.process.exitCode(), 0);
    }

    void allowRemoteWarns()
    {
        // 127.0.0.2 is loopback too, so this runs anywhere; the warning is the same.
        Sandbox sandbox({QStringLiteral("--ephemeral"), QStringLiteral("--allow-remote"), QStringLiteral("127.0.0.2")});
        QTRY_VERIFY2_WITH_TIMEOUT(sandbox.ready() || sandbox.finished(), sandbox.describe().constData(), 20'000);
        QVERIFY2(sandbox.ready(), sandbox.describe().constData());
        QVERIFY2(sandbox.err.contains("Warning"), sandbox.err.constData());
        QVERIFY2(sandbox.err.contains("no TLS"), sandbox.err.constData());
        QVERIFY2(sandbox.err.contains("mock users"), sandbox.err.constData());
        QVERIFY2(sandbox.err.contains("development only"), sandbox.err.constData());
        QVERIFY(sandbox.readyLine().value(QStringLiteral("base_url")).toString().startsWith(QLatin1String("http://127.0.0.2:")));
        sandbox.process.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 10'000);
        QCOMPARE(sandbox.process.exitCode(), 0);
    }

    void withoutAllowRemoteNoWarning()
    {
        Sandbox sandbox({QStringLiteral("--ephemeral")});
        QTRY_VERIFY2_WITH_TIMEOUT(sandbox.ready() || sandbox.finished(), sandbox.describe().constData(), 20'000);
        QVERIFY2(!sandbox.err.contains("Warning"), sandbox.err.constData());
        sandbox.process.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 10'000);
    }

    void dataDirectoryPersists()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList arguments{QStringLiteral("--data"), dir.path()};
        QJsonObject first;
        {
            Sandbox sandbox(arguments);
            QTRY_VERIFY2_WITH_TIMEOUT(sandbox.ready() || sandbox.finished(), sandbox.describe().constData(), 20'000);
            first = sandbox.readyLine();
            sandbox.process.terminate();
            QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 10'000);
            QCOMPARE(sandbox.process.exitCode(), 0);
        }
        Sandbox again(arguments);
        QTRY_VERIFY2_WITH_TIMEOUT(again.ready() || again.finished(), again.describe().constData(), 20'000);
        const QJsonObject second = again.readyLine();
        QCOMPARE(second.value(QStringLiteral("admin_client_id")), first.value(QStringLiteral("admin_client_id")));
        QCOMPARE(second.value(QStringLiteral("admin_client_secret")), first.value(QStringLiteral("admin_client_secret")));
        again.process.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(again.finished(), 10'000);
    }

    // Revocations (and every other grant) outlive the process, even a kill -9 once written.
    void revocationSurvivesKill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList arguments{QStringLiteral("--data"), dir.path()};
        QString accessToken;
        {
            Sandbox sandbox(arguments);
            QTRY_VERIFY2_WITH_TIMEOUT(sandbox.ready() || sandbox.finished(), sandbox.describe().constData(), 20'000);
            const QJsonObject ready = sandbox.readyLine();
            const QString base = ready.value(QStringLiteral("base_url")).toString();
            const QString tenant = ready.value(QStringLiteral("tenant_id")).toString();
            const QByteArray basic = "Basic "
                + (ready.value(QStringLiteral("admin_client_id")).toString() + QLatin1Char(':')
                   + ready.value(QStringLiteral("admin_client_secret")).toString())
                      .toUtf8()
                      .toBase64();
            const auto post = [&](const QString &path, const QByteArray &body) {
                QNetworkRequest request(QUrl(base + QLatin1Char('/') + tenant + QLatin1String("/admin") + path));
                request.setTransferTimeout(10'000);
                request.setRawHeader("Authorization", basic);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
                return std::unique_ptr<QNetworkReply>(m_network.post(request, body));
            };
            auto token = post(QStringLiteral("/oauth2/token"), "grant_type=client_credentials");
            QTRY_VERIFY_WITH_TIMEOUT(token->isFinished(), 10'000);
            accessToken = QJsonDocument::fromJson(token->readAll()).object().value(QStringLiteral("access_token")).toString();
            QVERIFY(!accessToken.isEmpty());
            QCOMPARE(adminListStatus(base, tenant, accessToken), 200);

            auto revoke = post(QStringLiteral("/oauth2/revoke"), "token=" + accessToken.toUtf8());
            QTRY_VERIFY_WITH_TIMEOUT(revoke->isFinished(), 10'000);
            QCOMPARE(revoke->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(adminListStatus(base, tenant, accessToken), 401);
            // Written within moments; then the hardest stop there is.
            QTRY_VERIFY_WITH_TIMEOUT(fileContains(dir.filePath(QStringLiteral("grants.json")), "revoked_jtis\":{\""), 5'000);
            ::kill(pid_t(sandbox.process.processId()), SIGKILL);
            QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 10'000);
        }
        QVERIFY(!fileContains(dir.filePath(QStringLiteral("grants.json")), accessToken.toUtf8()));
        Sandbox again(arguments);
        QTRY_VERIFY2_WITH_TIMEOUT(again.ready() || again.finished(), again.describe().constData(), 20'000);
        const QJsonObject ready = again.readyLine();
        QCOMPARE(adminListStatus(ready.value(QStringLiteral("base_url")).toString(),
                                 ready.value(QStringLiteral("tenant_id")).toString(), accessToken),
                 401);
        again.process.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(again.finished(), 10'000);
    }

    void defaultDataDirectory()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        Sandbox sandbox({}, environment);
        QTRY_VERIFY2_WITH_TIMEOUT(sandbox.ready() || sandbox.finished(), sandbox.describe().constData(), 20'000);
        QVERIFY2(sandbox.ready(), sandbox.describe().constData());
        QVERIFY(QFileInfo(home.filePath(QStringLiteral("Tokenscope/tokenscope/sandbox"))).isDir());
        sandbox.process.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 10'000);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("data and ephemeral") << QStringList{QStringLiteral("--data"), QStringLiteral("/tmp/x"), QStringLiteral("--ephemeral")} << QByteArray("--ephemeral");
        QTest::newRow("port not a number") << QStringList{QStringLiteral("--ephemeral"), QStringLiteral("--port"), QStringLiteral("http")} << QByteArray("http");
        QTest::newRow("port too large") << QStringList{QStringLiteral("--ephemeral"), QStringLiteral("--port"), QStringLiteral("70000")} << QByteArray("70000");
        QTest::newRow("not an address") << QStringList{QStringLiteral("--ephemeral"), QStringLiteral("--allow-remote"), QStringLiteral("example.org")} << QByteArray("example.org");
        QTest::newRow("bad tenant") << QStringList{QStringLiteral("--ephemeral"), QStringLiteral("--tenant"), QStringLiteral("a/b")} << QByteArray("a/b");
        QTest::newRow("missing limits file") << QStringList{QStringLiteral("--ephemeral"), QStringLiteral("--rate-limits"), QStringLiteral("/nonexistent/limits.json")} << QByteArray("/nonexistent/limits.json");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
        QTest::newRow("positional") << QStringList{QStringLiteral("--ephemeral"), QStringLiteral("extra")} << QByteArray("extra");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, mentions);
        Sandbox sandbox(arguments);
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 20'000);
        QCOMPARE(sandbox.process.exitCode(), 2);
        QVERIFY(sandbox.out.isEmpty());
        QVERIFY2(sandbox.err.contains(mentions), sandbox.err.constData());
    }

    void rateLimitsFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("limits.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"public": {"per_minute": 120, "burst": 2}})");
        file.close();
        Sandbox sandbox({QStringLiteral("--ephemeral"), QStringLiteral("--rate-limits"), path});
        QTRY_VERIFY2_WITH_TIMEOUT(sandbox.ready() || sandbox.finished(), sandbox.describe().constData(), 20'000);
        const QUrl missing = QUrl(sandbox.readyLine().value(QStringLiteral("base_url")).toString()).resolved(QUrl(QStringLiteral("/x")));
        auto first = get(missing);
        QTRY_VERIFY_WITH_TIMEOUT(first->isFinished(), 10'000);
        QCOMPARE(first->rawHeader("X-RateLimit-Limit"), QByteArray("120"));
        QCOMPARE(first->rawHeader("X-RateLimit-Remaining"), QByteArray("1"));
        auto second = get(missing);
        QTRY_VERIFY_WITH_TIMEOUT(second->isFinished(), 10'000);
        auto third = get(missing);
        QTRY_VERIFY_WITH_TIMEOUT(third->isFinished(), 10'000);
        // 2 tokens a second refill; unless the machine is very slow, the third is refused.
        const int status = third->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 429)
            QVERIFY(third->hasRawHeader("Retry-After"));
        else
            QCOMPARE(status, 404);
        sandbox.process.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 10'000);

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"pubic": {"per_minute": 120}})");
        file.close();
        Sandbox refused({QStringLiteral("--ephemeral"), QStringLiteral("--rate-limits"), path});
        QTRY_VERIFY_WITH_TIMEOUT(refused.finished(), 20'000);
        QCOMPARE(refused.process.exitCode(), 2);
        QVERIFY2(refused.err.contains("pubic"), refused.err.constData());
    }

    void helpMentionsOptions()
    {
        Sandbox sandbox({QStringLiteral("--help")});
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.finished(), 20'000);
        QCOMPARE(sandbox.process.exitCode(), 0);
        for (const char *option : {"--port", "--data", "--ephemeral", "--tenant", "--rate-limits", "--allow-remote"})
            QVERIFY2(sandbox.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
