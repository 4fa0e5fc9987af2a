// SPDX-License-Identifier: GPL-3.0-or-later
// bench_grants: what a grant costs on loopback (issue 5; docs/BENCHMARKS.md). Prints figures; it
// asserts no times. Exits 1 when a measured request does not succeed (then it is no measurement).
//
// 1. client_credentials round trip against the sandbox, run as a separate process
//    (`tokenscope sandbox --ephemeral`, rate limits lifted): TokenClient::clientCredentials
//    (HttpClient over QNetworkAccessManager, the client secret from a SecretStore in session
//    memory, so no keychain, client_secret_post, the response parsed) against curl POSTing the
//    same form to the same endpoint. curl runs as ONE process per batch with every request of
//    the batch in a config file (`next` between them), so process start-up is not measured; the
//    figure is curl's own time_total per transfer. Both keep their connection alive; the first
//    request of every batch (connection set-up) is not counted, for either. Batches alternate
//    (ours, curl, ours, …) so both see the same load. For context, curl one process per request:
//    the process's wall time and its time_total.
// 2. Callback to token request: AuthorizationCodeFlow with the real LoopbackListener; a browser
//    (RedirectPlayingBrowser) GETs the redirect URI with code and state; the token endpoint is a
//    scripted one in this process (HostileTokenEndpoint, answering a token), so its arrival time
//    is on the same clock. Times from the flow's callbackReceived (the listener accepted the
//    callback) to tokenRequestSent, and to the token endpoint having the whole request.

#include "scriptedpeers.h"

#include "http/httpclient.h"
#include "oauth/authorizationcodeflow.h"
#include "oauth/tokenrequest.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>

using namespace std::chrono_literals;

namespace {

const QByteArray ClientSecret = "bench-grants-secret-0123456789-abcdefghijklmnop"; // >= 32 characters (sandbox)

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &why)
{
    std::fputs(qPrintable(QStringLiteral("bench_grants: %1\n").arg(why)), stderr);
    std::exit(1);
}

// Runs the event loop until done() (a benchmark's own wait; product code never does this).
// It sleeps in the event loop as the app does: processEvents(flags, maxtime) drops
// WaitForMoreEvents and would spin a core, competing with Qt's HTTP thread and the sandbox
// for the machine's two cores. The tick only wakes the loop to check the timeout.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30'000)
{
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.start(50);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

struct Stats
{
    qsizetype count = 0;
    double median = 0, p95 = 0, min = 0, max = 0;
};

Stats statsOf(QList<double> values)
{
    Stats s;
    s.count = values.size();
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    s.median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    s.p95 = values.at(std::max<qsizetype>(0, qsizetype(std::ceil(0.95 * double(n))) - 1)); // nearest rank
    s.min = values.first();
    s.max = values.last();
    return s;
}

QString row(const QString &name, const Stats &s)
{
    return QStringLiteral("  %1 %2 %3 %4 %5 %6")
        .arg(name, -44)
        .arg(s.count, 5)
        .arg(s.median, 9, 'f', 1)
        .arg(s.p95, 9, 'f', 1)
        .arg(s.min, 9, 'f', 1)
        .arg(s.max, 9, 'f', 1);
}

QString header()
{
    return QStringLiteral("  %1 %2 %3 %4 %5 %6")
        .arg(QStringLiteral("(microseconds)"), -44)
        .arg(QStringLiteral("n"), 5)
        .arg(QStringLiteral("median"), 9)
        .arg(QStringLiteral("p95"), 9)
        .arg(QStringLiteral("min"), 9)
        .arg(QStringLiteral("max"), 9);
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
};

HttpAnswer call(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url,
                const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(20'000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    HttpAnswer answer;
    if (!waitFor([reply] { return reply->isFinished(); }))
        fail(QStringLiteral("%1 %2 did not finish").arg(QString::fromLatin1(method), url.toString()));
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

// `tokenscope sandbox --ephemeral` as a child, with a workspace and a client_credentials client.
class SandboxChild
{
public:
    ~SandboxChild()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!waitFor([this] { return m_process.state() == QProcess::NotRunning; }, 5000))
                m_process.kill();
        }
    }

    void start(const QString &binary, const QString &rateLimitsFile)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { m_out += m_process.readAllStandardOutput(); });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(binary, {QStringLiteral("sandbox"), QStringLiteral("--ephemeral"), QStringLiteral("--rate-limits"),
                                 rateLimitsFile});
        if (!waitFor([this] { return m_out.contains('\n') || m_process.state() == QProcess::NotRunning; }))
            fail(QStringLiteral("the sandbox did not start"));
        const QJsonObject ready = QJsonDocument::fromJson(m_out.left(m_out.indexOf('\n'))).object();
        baseUrl = QUrl(ready.value(QStringLiteral("base_url")).toString());
        tenant = ready.value(QStringLiteral("tenant_id")).toString();
        if (!baseUrl.isValid() || tenant.isEmpty())
            fail(QStringLiteral("the sandbox's ready line is not what was expected: ") + QString::fromUtf8(m_out));
        const QByteArray basic = (ready.value(QStringLiteral("admin_client_id")).toString() + QLatin1Char(':')
                                  + ready.value(QStringLiteral("admin_client_secret")).toString())
                                     .toUtf8()
                                     .toBase64();
        const HttpAnswer token = call(m_network, "POST", url(QStringLiteral("/%1/admin/oauth2/token").arg(tenant)),
                                      {{"Authorization", "Basic " + basic},
                                       {"Content-Type", "application/x-www-form-urlencoded"}},
                                      "grant_type=client_credentials");
        m_adminToken = QJsonDocument::fromJson(token.body).object().value(QStringLiteral("access_token")).toString().toLatin1();
        if (m_adminToken.isEmpty())
            fail(QStringLiteral("no admin token: ") + QString::fromUtf8(token.body));
    }

    QString createClient(const QString &workspace)
    {
        const HttpAnswer server = admin("POST", QStringLiteral("/servers"),
                                        {{QStringLiteral("id"), workspace}, {QStringLiteral("name"), workspace}});
        if (server.status != 200 && server.status != 201)
            fail(QStringLiteral("workspace: HTTP %1 %2").arg(server.status).arg(QString::fromUtf8(server.body)));
        const HttpAnswer client = admin(
            "POST", QStringLiteral("/clients"),
            {{QStringLiteral("authorization_server_id"), workspace},
             {QStringLiteral("client_name"), QStringLiteral("bench_grants")},
             {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}},
             {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post")},
             {QStringLiteral("client_secret"), QString::fromLatin1(ClientSecret)}});
        const QString id = QJsonDocument::fromJson(client.body).object().value(QStringLiteral("client_id")).toString();
        if (id.isEmpty())
            fail(QStringLiteral("client: HTTP %1 %2").arg(client.status).arg(QString::fromUtf8(client.body)));
        return id;
    }

    QUrl url(const QString &path) const { return baseUrl.resolved(QUrl(path)); }

    QUrl baseUrl;
    QString tenant;

private:
    HttpAnswer admin(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        return call(m_network, method, url(QStringLiteral("/api/admin/%1%2").arg(tenant, path)),
                    {{"Authorization", "Bearer " + m_adminToken}, {"Content-Type", "application/json"}},
                    QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QProcess m_process;
    QByteArray m_out;
    QByteArray m_adminToken;
    QNetworkAccessManager m_network;
};

// One client_credentials batch through TokenClient; microseconds per request.
QList<double> ourBatch(OAuth::TokenClient &tokens, const Profiles::Profile &profile, int count)
{
    QList<double> times;
    QObject context;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        std::optional<OAuth::TokenResponse> response;
        qint64 elapsedNs = 0;
        timer.start();
        tokens.clientCredentials(profile, {}, &context, [&](const OAuth::TokenResponse &answer) {
            elapsedNs = timer.nsecsElapsed();
            response = answer;
        });
        if (!waitFor([&response] { return response.has_value(); }))
            fail(QStringLiteral("a token request through TokenClient did not finish"));
        if (!response->ok())
            fail(QStringLiteral("a token request through TokenClient failed: ") + response->error);
        times.append(double(elapsedNs) / 1000.0);
    }
    return times;
}

// The same POST straight through QNetworkAccessManager (no HttpClient, no TokenClient, no parse):
// what Qt's HTTP stack costs by itself.
QList<double> qtBatch(QNetworkAccessManager &network, const QUrl &endpoint, const QByteArray &form, int count)
{
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(endpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Accept", "application/json");
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = network.post(request, form);
        qint64 elapsedNs = 0;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&elapsedNs, &timer] { elapsedNs = timer.nsecsElapsed(); });
        if (!waitFor([reply] { return reply->isFinished(); }))
            fail(QStringLiteral("a plain Qt POST did not finish"));
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            fail(QStringLiteral("a plain Qt POST failed: ") + QString::fromUtf8(reply->readAll()));
        (void)reply->readAll();
        reply->deleteLater();
        times.append(double(elapsedNs) / 1000.0);
    }
    return times;
}

// The same POST written by hand on one keep-alive QTcpSocket in this thread (no
// QNetworkAccessManager, no HTTP thread): what the event loop and a buffered socket cost, to
// tell Qt's HTTP stack apart from Qt itself. Not a client: it understands only Content-Length.
QList<double> socketBatch(QTcpSocket &socket, const QUrl &endpoint, const QByteArray &form, int count)
{
    if (socket.state() != QAbstractSocket::ConnectedState) {
        socket.connectToHost(endpoint.host(), quint16(endpoint.port()));
        if (!waitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }))
            fail(QStringLiteral("the hand-written POST cannot connect"));
    }
    const QByteArray head = "POST " + endpoint.path(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\nHost: "
        + endpoint.authority().toLatin1() + "\r\nAccept: application/json\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + QByteArray::number(form.size())
        + "\r\n\r\n";
    QList<double> times;
    for (int i = 0; i < count; ++i) {
        QByteArray received;
        qint64 elapsedNs = 0;
        bool complete = false;
        QElapsedTimer timer;
        timer.start();
        const QMetaObject::Connection reading = QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] {
            received += socket.readAll();
            const qsizetype end = received.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const qsizetype lengthAt = received.toLower().indexOf("\r\ncontent-length:");
            if (lengthAt < 0 || lengthAt > end)
                fail(QStringLiteral("the hand-written POST got no Content-Length"));
            const qsizetype lineEnd = received.indexOf("\r\n", lengthAt + 2);
            const qint64 length = received.mid(lengthAt + 17, lineEnd - lengthAt - 17).trimmed().toLongLong();
            if (received.size() >= end + 4 + length) {
                elapsedNs = timer.nsecsElapsed();
                complete = true;
            }
        });
        socket.write(head + form);
        if (!waitFor([&complete, &socket] { return complete || socket.state() != QAbstractSocket::ConnectedState; }))
            fail(QStringLiteral("a hand-written POST did not finish"));
        QObject::disconnect(reading);
        if (!complete || !received.startsWith("HTTP/1.1 200"))
            fail(QStringLiteral("a hand-written POST failed: ") + QString::fromLatin1(received.left(200)));
        times.append(double(elapsedNs) / 1000.0);
    }
    return times;
}

struct CurlBatch
{
    QList<double> transferUs; // curl's time_total per transfer
    QList<int> newConnections; // num_connects per transfer
    double processMs = 0;     // wall time of the whole process
};

// count POSTs in one curl process: a config file with one block per request.
CurlBatch curlBatch(const QString &curl, const QString &configPath, const QUrl &endpoint, const QByteArray &form,
                    int count)
{
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1").arg(configPath));
    config.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            config.write("next\n");
        config.write("url = \"" + endpoint.toEncoded() + "\"\n");
        config.write("data = \"" + form + "\"\n");
        config.write("header = \"Accept: application/json\"\n");
        config.write("output = \"/dev/null\"\n");
        config.write("silent\nshow-error\n");
        config.write("write-out = \"%{http_code} %{time_total} %{num_connects}\\n\"\n");
    }
    config.close();
    QProcess process;
    QElapsedTimer wall;
    wall.start();
    process.start(curl, {QStringLiteral("--config"), configPath});
    if (!waitFor([&process] { return process.state() == QProcess::NotRunning; }, 120'000))
        fail(QStringLiteral("curl did not finish"));
    CurlBatch batch;
    batch.processMs = double(wall.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        fail(QStringLiteral("curl failed: ") + QString::fromLocal8Bit(process.readAllStandardError()));
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 3 || fields.at(0) != "200")
            fail(QStringLiteral("curl: a request did not succeed: ") + QString::fromLatin1(line));
        batch.transferUs.append(fields.at(1).toDouble() * 1e6);
        batch.newConnections.append(fields.at(2).toInt());
    }
    if (batch.transferUs.size() != count)
        fail(QStringLiteral("curl reported %1 transfers, not %2").arg(batch.transferUs.size()).arg(count));
    return batch;
}

void clientCredentials(const QString &binary, const QString &curl, int requests, int batches, int processes)
{
    QTemporaryDir work;
    if (!work.isValid())
        fail(QStringLiteral("no temporary directory"));
    // Lift the oauth2 limit: the benchmark measures requests, not the free tier's bucket.
    const QString limits = work.filePath(QStringLiteral("rate-limits.json"));
    {
        QFile file(limits);
        if (!file.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write %1").arg(limits));
        file.write(R"({"oauth2": {"per_minute": 1000000, "burst": 1000000}, "admin": {"per_minute": 1000000, "burst": 1000000}})");
    }
    SandboxChild sandbox;
    sandbox.start(binary, limits);
    const QString clientId = sandbox.createClient(QStringLiteral("bench"));
    const QUrl endpoint = sandbox.url(QStringLiteral("/%1/bench/oauth2/token").arg(sandbox.tenant));

    Profiles::Profile profile;
    profile.id = Profiles::Profile::newId();
    profile.name = QStringLiteral("bench");
    profile.endpoints.setUrl(Profiles::EndpointKind::Token, endpoint);
    profile.clientId = clientId;
    profile.authMethod = Profiles::ClientAuthMethod::ClientSecretPost;

    QNetworkAccessManager network;
    HttpClient http(&network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-bench"));
    secrets.useSessionMemory();
    bool written = false;
    secrets.write(profile.id, Profiles::SecretKind::ClientSecret, ClientSecret, &secrets,
                  [&written](const Profiles::SecretResult &) { written = true; });
    if (!waitFor([&written] { return written; }))
        fail(QStringLiteral("the session secret store did not answer"));
    OAuth::TokenClient tokens(&http, &secrets);

    // The same form TokenClient sends for client_secret_post without scopes.
    const QByteArray form = "grant_type=client_credentials&client_id=" + OAuth::formEncode(clientId.toUtf8())
        + "&client_secret=" + OAuth::formEncode(ClientSecret);
    const QString configPath = work.filePath(QStringLiteral("curl.config"));

    say(QStringLiteral("== client_credentials against the sandbox (separate process), %1 batches of %2 requests, "
                       "alternating; the first request of each batch not counted")
            .arg(batches)
            .arg(requests));
    say(QStringLiteral("  endpoint: %1 (client_secret_post, keep-alive)").arg(endpoint.toString()));
    // Warm-up: one batch each, not counted.
    (void)ourBatch(tokens, profile, 10);
    (void)curlBatch(curl, configPath, endpoint, form, 10);
    QNetworkAccessManager plainNetwork;
    (void)qtBatch(plainNetwork, endpoint, form, 10);
    QTcpSocket socket;
    (void)socketBatch(socket, endpoint, form, 10);

    QList<double> ours, theirs, plain, byHand;
    QList<int> curlConnects;
    QList<double> pairedRatios;
    for (int b = 0; b < batches; ++b) {
        QList<double> mine = ourBatch(tokens, profile, requests + 1).mid(1);
        const CurlBatch batch = curlBatch(curl, configPath, endpoint, form, requests + 1);
        const QList<double> curls = batch.transferUs.mid(1);
        plain += qtBatch(plainNetwork, endpoint, form, requests + 1).mid(1);
        byHand += socketBatch(socket, endpoint, form, requests + 1).mid(1);
        pairedRatios.append(statsOf(mine).median / statsOf(curls).median);
        ours += mine;
        theirs += curls;
        curlConnects += batch.newConnections.mid(1);
    }
    const Stats our = statsOf(ours);
    const Stats their = statsOf(theirs);
    const int reconnects = int(std::count_if(curlConnects.begin(), curlConnects.end(), [](int c) { return c > 0; }));
    say(header());
    say(row(QStringLiteral("TokenClient::clientCredentials"), our));
    say(row(QStringLiteral("curl, one process, time_total"), their));
    say(row(QStringLiteral("QNetworkAccessManager::post alone"), statsOf(plain)));
    say(row(QStringLiteral("QTcpSocket, POST written by hand"), statsOf(byHand)));
    say(QStringLiteral("  ratio of medians (ours/curl): %1; p95: %2; median of per-batch ratios: %3 (target <= 1.2: %4)")
            .arg(our.median / their.median, 0, 'f', 2)
            .arg(our.p95 / their.p95, 0, 'f', 2)
            .arg(statsOf(pairedRatios).median, 0, 'f', 2)
            .arg(our.median / their.median <= 1.2 ? QStringLiteral("met") : QStringLiteral("NOT MET")));
    say(QStringLiteral("  curl transfers that opened a new connection (after each batch's first): %1 of %2")
            .arg(reconnects)
            .arg(curlConnects.size()));

    // Context: a process per request, as a shell script would do it.
    QList<double> processWall, processTransfer;
    for (int i = 0; i < processes; ++i) {
        const CurlBatch one = curlBatch(curl, configPath, endpoint, form, 1);
        processWall.append(one.processMs * 1000.0);
        processTransfer.append(one.transferUs.first());
    }
    say(row(QStringLiteral("curl, a process per request: process wall"), statsOf(processWall)));
    say(row(QStringLiteral("curl, a process per request: time_total"), statsOf(processTransfer)));
}

void callbackToTokenRequest(int flows)
{
    ScriptedPeers::HostileTokenEndpoint endpoint(ScriptedPeers::Fault::Token);
    if (!endpoint.listen())
        fail(QStringLiteral("the token endpoint cannot listen"));
    QNetworkAccessManager network;
    HttpClient http(&network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-bench"));
    secrets.useSessionMemory();

    Profiles::Profile profile;
    profile.id = Profiles::Profile::newId();
    profile.name = QStringLiteral("bench flow");
    profile.endpoints.setUrl(Profiles::EndpointKind::Authorization, QUrl(QStringLiteral("http://127.0.0.1:9/authorize")));
    profile.endpoints.setUrl(Profiles::EndpointKind::Token, endpoint.url());
    profile.clientId = QStringLiteral("bench-flow");
    profile.authMethod = Profiles::ClientAuthMethod::ClientSecretPost;
    profile.scopes = {QStringLiteral("profile")};
    bool written = false;
    secrets.write(profile.id, Profiles::SecretKind::ClientSecret, ClientSecret, &secrets,
                  [&written](const Profiles::SecretResult &) { written = true; });
    if (!waitFor([&written] { return written; }))
        fail(QStringLiteral("the session secret store did not answer"));
    OAuth::TokenClient tokens(&http, &secrets);

    QElapsedTimer clock;
    clock.start();
    qint64 browserSent = 0, callback = 0, requestSent = 0, endpointSaw = 0;
    endpoint.onRequest = [&] { endpointSaw = clock.nsecsElapsed(); };

    QList<double> toSent, toEndpoint, browserToCallback;
    const int warmUp = 5;
    for (int i = 0; i < warmUp + flows; ++i) {
        ScriptedPeers::RedirectPlayingBrowser browser;
        browser.onSend = [&] { browserSent = clock.nsecsElapsed(); };
        browser.steps = {[](const QUrlQuery &authorization) {
            QUrlQuery query;
            query.addQueryItem(QStringLiteral("code"), QStringLiteral("bench-code"));
            query.addQueryItem(QStringLiteral("state"),
                               authorization.queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded));
            return query;
        }};
        OAuth::AuthorizationCodeFlow flow(&tokens, &browser);
        QObject::connect(&flow, &OAuth::AuthorizationCodeFlow::callbackReceived, &flow,
                         [&] { callback = clock.nsecsElapsed(); });
        QObject::connect(&flow, &OAuth::AuthorizationCodeFlow::tokenRequestSent, &flow,
                         [&] { requestSent = clock.nsecsElapsed(); });
        std::optional<OAuth::AuthorizationCodeResult> result;
        QObject::connect(&flow, &OAuth::AuthorizationCodeFlow::finished, &flow,
                         [&result](const OAuth::AuthorizationCodeResult &r) { result = r; });
        browserSent = callback = requestSent = endpointSaw = 0;
        OAuth::AuthorizationCodeFlow::Options options;
        options.timeout = 30s;
        flow.start(profile, options);
        if (!waitFor([&] { return result.has_value() && browser.idle(); }))
            fail(QStringLiteral("a flow did not finish"));
        if (!result->ok())
            fail(QStringLiteral("a flow failed: ") + result->message);
        if (i < warmUp)
            continue;
        toSent.append(double(requestSent - callback) / 1000.0);
        toEndpoint.append(double(endpointSaw - callback) / 1000.0);
        browserToCallback.append(double(callback - browserSent) / 1000.0);
    }
    say(QStringLiteral("== callback to token request: %1 authorization-code flows (after %2 not counted), "
                       "client_secret_post from session memory, token endpoint in this process")
            .arg(flows)
            .arg(warmUp));
    say(header());
    say(row(QStringLiteral("browser GET written -> callbackReceived"), statsOf(browserToCallback)));
    say(row(QStringLiteral("callbackReceived -> tokenRequestSent"), statsOf(toSent)));
    say(row(QStringLiteral("callbackReceived -> endpoint has the request"), statsOf(toEndpoint)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // As in the CLI: no info lines on stderr inside the measured paths.
    QLoggingCategory::setFilterRules(QStringLiteral("tokenscope.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Grant benchmarks: client_credentials against the sandbox beside "
                                                    "curl, and the delay from the authorization callback to the "
                                                    "token request. See docs/BENCHMARKS.md."));
    parser.addHelpOption();
    const QCommandLineOption binaryOption(QStringLiteral("tokenscope"), QStringLiteral("the tokenscope binary (default: "
                                                                                      "next to this one)"),
                                          QStringLiteral("PATH"));
    const QCommandLineOption curlOption(QStringLiteral("curl"), QStringLiteral("curl (default: curl on PATH)"),
                                        QStringLiteral("PATH"), QStringLiteral("curl"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("requests per batch (default 50)"),
                                            QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption batchesOption(QStringLiteral("batches"), QStringLiteral("batches of each (default 10)"),
                                           QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption processesOption(QStringLiteral("processes"),
                                             QStringLiteral("curl runs of one process per request (default 30)"),
                                             QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption flowsOption(QStringLiteral("flows"), QStringLiteral("authorization-code flows (default 100)"),
                                         QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({binaryOption, curlOption, requestsOption, batchesOption, processesOption, flowsOption});
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption &option) {
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 1)
            fail(QStringLiteral("--%1 takes a positive number").arg(option.names().first()));
        return value;
    };
    const QString binary = parser.isSet(binaryOption) ? parser.value(binaryOption)
                                                      : QCoreApplication::applicationDirPath() + QLatin1String("/tokenscope");
    if (!QFile::exists(binary))
        fail(QStringLiteral("no tokenscope binary at %1 (--tokenscope)").arg(binary));

    clientCredentials(binary, parser.value(curlOption), number(requestsOption), number(batchesOption),
                      number(processesOption));
    say(QString());
    callbackToTokenRequest(number(flowsOption));
    return 0;
}
