// SPDX-License-Identifier: GPL-3.0-or-later
// DeviceFlow's polling (RFC 8628 §3.4, §3.5) against a scripted HTTP server on 127.0.0.1: a
// real provider cannot be made to answer slow_down on demand. Time is driven through the
// injected scheduler and clock, so no test waits 5 s.

#include "oauth/deviceflow.h"
#include "profiles/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Profiles;

namespace {

const QByteArray ClientSecret = "dev:secret+/ &";
const QString DeviceCode = QStringLiteral("dc-Zx8+/=secret");
const QString DeviceCodeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");

struct Recorded
{
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QString form(const QString &name) const
    {
        const QUrlQuery query(QString::fromLatin1(QByteArray(body).replace('+', "%20")));
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
};

struct Answer
{
    int status = 200;
    QJsonObject json;
};

// A minimal HTTP/1.1 server: one request per connection, answers from scripts per path.
class ScriptedServer final : public QObject
{
public:
    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    handle(socket, *buffer);
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QList<Answer> deviceAnswers; // consumed in order; the last one repeats
    QList<Answer> tokenAnswers;
    QList<Recorded> requests;

    QList<Recorded> tokenRequests() const
    {
        QList<Recorded> out;
        for (const Recorded &r : requests) {
            if (r.path == "/token")
                out.append(r);
        }
        return out;
    }

private:
    void handle(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Recorded request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.clear();
        requests.append(request);

        QList<Answer> &script = request.path == "/device" ? deviceAnswers : tokenAnswers;
        Answer answer{404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")}}};
        if (!script.isEmpty())
            answer = script.size() > 1 ? script.takeFirst() : script.constFirst();
        const QByteArray body = QJsonDocument(answer.json).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\n"
                      "Cache-Control: no-store\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
};

Answer pending(const char *code)
{
    return {400, QJsonObject{{QStringLiteral("error"), QString::fromLatin1(code)}}};
}

Answer deviceAuthorization(int expiresIn, int interval = 0)
{
    QJsonObject json{{QStringLiteral("device_code"), DeviceCode},
                     {QStringLiteral("user_code"), QStringLiteral("WDJB-MJHT")},
                     {QStringLiteral("verification_uri"), QStringLiteral("https://op.example/device")},
                     {QStringLiteral("verification_uri_complete"), QStringLiteral("https://op.example/device?user_code=WDJB-MJHT")},
                     {QStringLiteral("expires_in"), expiresIn}};
    if (interval > 0)
        json.insert(QStringLiteral("interval"), interval);
    return {200, json};
}

Answer tokens()
{
    return {200, QJsonObject{{QStringLiteral("access_token"), QStringLiteral("at-1")},
                             {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                             {QStringLiteral("refresh_token"), QStringLiteral("rt-1")},
                             {QStringLiteral("expires_in"), 300}}};
}

} // namespace

class TestDeviceFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pendingSlowDownThenToken();
    void serverInterval();
    void expiredToken();
    void accessDenied();
    void expiresInElapsed();
    void cancelStopsPolling();
    void deviceEndpointRefuses();
    void publicClient();
    void parseAuthorization();

private:
    Profile profile(ClientAuthMethod method) const;
    // Runs the flow to its end; the scheduler advances the fake clock by each delay.
    std::optional<OAuth::DeviceFlowResult> run(const Profile &p, int maxSeconds = 600);

    std::unique_ptr<ScriptedServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<OAuth::TokenClient> m_tokens;
    std::unique_ptr<OAuth::DeviceFlow> m_flow;
    qint64 m_nowMs = 0;
    QList<qint64> m_delays; // seconds
    QList<int> m_intervalChanges;
    std::optional<OAuth::DeviceAuthorization> m_authorization;
    std::function<void()> m_onAuthorization;
};

Profile TestDeviceFlow::profile(ClientAuthMethod method) const
{
    Profile p;
    p.id = Profile::newId();
    p.name = QStringLiteral("device");
    p.clientId = QStringLiteral("tv app");
    p.authMethod = method;
    p.scopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
    p.endpoints.setUrl(EndpointKind::DeviceAuthorization, m_server->url(QStringLiteral("/device")));
    p.endpoints.setUrl(EndpointKind::Token, m_server->url(QStringLiteral("/token")));
    return p;
}

void TestDeviceFlow::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_http = std::make_unique<HttpClient>(&m_network);
    m_secrets = std::make_unique<SecretStore>(QStringLiteral("tokenscope-test-deviceflow"));
    m_secrets->useSessionMemory();
    m_tokens = std::make_unique<OAuth::TokenClient>(m_http.get(), m_secrets.get());
    m_flow = std::make_unique<OAuth::DeviceFlow>(m_tokens.get());
    m_nowMs = 1000;
    m_delays.clear();
    m_intervalChanges.clear();
    m_authorization.reset();
    m_onAuthorization = nullptr;
    m_flow->setClock([this] { return m_nowMs; });
    m_flow->setScheduler([this](std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) {
        m_delays.append(qint64(delay.count() / 1000));
        m_nowMs += delay.count();
        QTimer::singleShot(0, context, std::move(fire));
    });
    connect(m_flow.get(), &OAuth::DeviceFlow::intervalChanged, this, [this](int seconds) { m_intervalChanges.append(seconds); });
    connect(m_flow.get(), &OAuth::DeviceFlow::authorizationReceived, this, [this](const OAuth::DeviceAuthorization &a) {
        m_authorization = a;
        if (m_onAuthorization)
            m_onAuthorization();
    });
}

void TestDeviceFlow::cleanup()
{
    m_flow.reset();
    m_tokens.reset();
    m_secrets.reset();
    m_http.reset();
    m_server.reset();
}

std::optional<OAuth::DeviceFlowResult> TestDeviceFlow::run(const Profile &p, int maxSeconds)
{
    std::optional<OAuth::DeviceFlowResult> result;
    const QMetaObject::Connection connection = connect(m_flow.get(), &OAuth::DeviceFlow::finished, this,
                                                       [&result](const OAuth::DeviceFlowResult &r) { result = r; });
    if (p.authMethod != ClientAuthMethod::None) {
        std::optional<SecretResult> written;
        m_secrets->write(p.id, SecretKind::ClientSecret, ClientSecret, this, [&](const SecretResult &r) { written = r; });
        if (!QTest::qWaitFor([&] { return written.has_value(); }, 5000))
            return std::nullopt;
    }
    m_flow->start(p);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, maxSeconds * 100))
        qWarning("the device flow did not finish");
    disconnect(connection);
    return result;
}

void TestDeviceFlow::pendingSlowDownThenToken()
{
    m_server->deviceAnswers = {deviceAuthorization(600)};
    m_server->tokenAnswers = {pending("authorization_pending"), pending("authorization_pending"), pending("slow_down"),
                              tokens()};
    const Profile p = profile(ClientAuthMethod::ClientSecretBasic);
    const auto result = run(p);
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->error));
    QCOMPARE(result->token.accessToken, QStringLiteral("at-1"));
    QCOMPARE(result->token.refreshToken, QStringLiteral("rt-1"));
    QVERIFY(!m_flow->isRunning());

    QVERIFY(m_authorization.has_value());
    QCOMPARE(m_authorization->userCode, QStringLiteral("WDJB-MJHT"));
    QCOMPARE(m_authorization->verificationUri, QUrl(QStringLiteral("https://op.example/device")));
    QCOMPARE(m_authorization->verificationUriComplete.query(), QStringLiteral("user_code=WDJB-MJHT"));
    QCOMPARE(m_authorization->interval, 5); // the default: the server sent none

    // Default 5 s, then +5 s after slow_down (RFC 8628 §3.5).
    QCOMPARE(m_delays, (QList<qint64>{5, 5, 5, 10}));
    QCOMPARE(m_intervalChanges, QList<int>{10});
    QCOMPARE(m_flow->interval(), std::chrono::seconds(10));
    QCOMPARE(m_flow->pollCount(), 4);

    // The device authorization request: scope, client_id, client authentication.
    QCOMPARE(m_server->requests.constFirst().path, QByteArray("/device"));
    const Recorded &device = m_server->requests.constFirst();
    QCOMPARE(device.form(QStringLiteral("scope")), QStringLiteral("openid offline_access"));
    QCOMPARE(device.form(QStringLiteral("client_id")), QStringLiteral("tv app"));
    const QByteArray basic = "Basic " + QByteArray("tv+app:dev%3Asecret%2B%2F+%26").toBase64();
    QCOMPARE(device.headers.value("authorization"), basic);

    // Every poll: the device code grant with the device code, authenticated like the token endpoint.
    const QList<Recorded> polls = m_server->tokenRequests();
    QCOMPARE(polls.size(), 4);
    for (const Recorded &poll : polls) {
        QCOMPARE(poll.form(QStringLiteral("grant_type")), DeviceCodeGrant);
        QCOMPARE(poll.form(QStringLiteral("device_code")), DeviceCode);
        QCOMPARE(poll.headers.value("authorization"), basic);
        QVERIFY(!poll.body.contains("client_secret"));
        QCOMPARE(poll.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
    }
}

void TestDeviceFlow::serverInterval()
{
    m_server->deviceAnswers = {deviceAuthorization(600, 7)};
    m_server->tokenAnswers = {pending("slow_down"), pending("authorization_pending"), tokens()};
    const auto result = run(profile(ClientAuthMethod::ClientSecretPost));
    QVERIFY(result && result->ok());
    QCOMPARE(m_delays, (QList<qint64>{7, 12, 12}));
    // client_secret_post: the secret in the form of every request.
    for (const Recorded &request : std::as_const(m_server->requests)) {
        QCOMPARE(request.form(QStringLiteral("client_secret")), QString::fromUtf8(ClientSecret));
        QVERIFY(!request.headers.contains("authorization"));
    }
}

void TestDeviceFlow::expiredToken()
{
    m_server->deviceAnswers = {deviceAuthorization(600)};
    m_server->tokenAnswers = {pending("authorization_pending"), pending("expired_token")};
    const auto result = run(profile(ClientAuthMethod::ClientSecretBasic));
    QVERIFY(result.has_value());
    QCOMPARE(result->outcome, OAuth::DeviceFlowResult::Outcome::Expired);
    QCOMPARE(result->oauthError, QStringLiteral("expired_token"));
    QVERIFY(!result->error.isEmpty());
    QCOMPARE(m_flow->pollCount(), 2);
    QVERIFY(!m_flow->isRunning());
}

void TestDeviceFlow::accessDenied()
{
    m_server->deviceAnswers = {deviceAuthorization(600)};
    m_server->tokenAnswers = {pending("authorization_pending"), pending("authorization_pending"), pending("access_denied")};
    const auto result = run(profile(ClientAuthMethod::ClientSecretBasic));
    QVERIFY(result.has_value());
    QCOMPARE(result->outcome, OAuth::DeviceFlowResult::Outcome::Denied);
    QCOMPARE(result->oauthError, QStringLiteral("access_denied"));
    QVERIFY(result->error.contains(QStringLiteral("denied")));
    QCOMPARE(m_server->tokenRequests().size(), 3);
}

void TestDeviceFlow::expiresInElapsed()
{
    // Never approved: after expires_in the flow stops by itself, without asking again.
    m_server->deviceAnswers = {deviceAuthorization(12)};
    m_server->tokenAnswers = {pending("authorization_pending")};
    const auto result = run(profile(ClientAuthMethod::ClientSecretBasic));
    QVERIFY(result.has_value());
    QCOMPARE(result->outcome, OAuth::DeviceFlowResult::Outcome::Expired);
    QVERIFY(result->oauthError.isEmpty());
    QCOMPARE(m_delays, (QList<qint64>{5, 5, 5}));
    QCOMPARE(m_server->tokenRequests().size(), 2); // at 5 s and 10 s; 15 s is past 12 s
}

void TestDeviceFlow::cancelStopsPolling()
{
    m_server->deviceAnswers = {deviceAuthorization(600)};
    m_server->tokenAnswers = {pending("authorization_pending")};
    // The poll is scheduled but never fired until the test says so.
    QList<std::function<void()>> scheduled;
    m_flow->setScheduler([&scheduled](std::chrono::milliseconds, QObject *, std::function<void()> fire) {
        scheduled.append(std::move(fire));
    });
    std::optional<OAuth::DeviceFlowResult> result;
    connect(m_flow.get(), &OAuth::DeviceFlow::finished, this, [&result](const OAuth::DeviceFlowResult &r) { result = r; });
    m_flow->start(profile(ClientAuthMethod::None));
    QTRY_COMPARE(scheduled.size(), 1);
    scheduled.takeFirst()(); // one poll
    QTRY_COMPARE(scheduled.size(), 1);
    QCOMPARE(m_server->tokenRequests().size(), 1);
    QVERIFY(m_flow->isRunning());
    m_flow->cancel();
    QVERIFY(result.has_value());
    QCOMPARE(result->outcome, OAuth::DeviceFlowResult::Outcome::Cancelled);
    QVERIFY(!m_flow->isRunning());
    scheduled.takeFirst()(); // the stale timer fires: nothing happens
    QTest::qWait(100);
    QCOMPARE(m_server->tokenRequests().size(), 1);
    m_flow->cancel(); // twice is harmless
}

void TestDeviceFlow::deviceEndpointRefuses()
{
    m_server->deviceAnswers = {{401, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                                                 {QStringLiteral("error_description"), QStringLiteral("who are you")}}}};
    const auto result = run(profile(ClientAuthMethod::ClientSecretBasic));
    QVERIFY(result.has_value());
    QCOMPARE(result->outcome, OAuth::DeviceFlowResult::Outcome::Failed);
    QCOMPARE(result->oauthError, QStringLiteral("invalid_client"));
    QVERIFY(result->error.contains(QStringLiteral("who are you")));
    QVERIFY(!m_authorization.has_value());
    QVERIFY(m_server->tokenRequests().isEmpty());

    // No device authorization endpoint in the profile: a message, nothing sent.
    Profile p = profile(ClientAuthMethod::None);
    p.endpoints.setUrl(EndpointKind::DeviceAuthorization, QUrl());
    m_server->requests.clear();
    const auto missing = run(p);
    QVERIFY(missing.has_value());
    QVERIFY(missing->error.contains(QStringLiteral("device authorization endpoint"), Qt::CaseInsensitive));
    QVERIFY(m_server->requests.isEmpty());
}

void TestDeviceFlow::publicClient()
{
    m_server->deviceAnswers = {deviceAuthorization(600)};
    m_server->tokenAnswers = {pending("authorization_pending"), tokens()};
    const auto result = run(profile(ClientAuthMethod::None));
    QVERIFY(result && result->ok());
    for (const Recorded &request : std::as_const(m_server->requests)) {
        QCOMPARE(request.form(QStringLiteral("client_id")), QStringLiteral("tv app"));
        QVERIFY(!request.headers.contains("authorization"));
        QVERIFY(!request.body.contains("client_secret"));
    }
}

void TestDeviceFlow::parseAuthorization()
{
    HttpResponse http;
    http.status = 200;
    http.body = R"({"device_code":"d","user_code":"U","verification_url":"https://g.example/device","expires_in":"1800","interval":2})";
    OAuth::DeviceAuthorization authorization;
    QString deviceCode, error, oauthError;
    QVERIFY2(OAuth::DeviceFlow::parseAuthorization(http, &authorization, &deviceCode, &error, &oauthError), qPrintable(error));
    QCOMPARE(authorization.verificationUri, QUrl(QStringLiteral("https://g.example/device")));
    QCOMPARE(authorization.expiresIn, 1800);
    QCOMPARE(authorization.interval, 2);
    http.body = R"({"device_code":"d","verification_uri":"https://g.example/device","expires_in":1800})"; // no user_code
    QVERIFY(!OAuth::DeviceFlow::parseAuthorization(http, &authorization, &deviceCode, &error, &oauthError));
    QVERIFY(error.contains(QStringLiteral("user_code")));
}

QTEST_GUILESS_MAIN(TestDeviceFlow)
#include "tst_deviceflow.moc"
