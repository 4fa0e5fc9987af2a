// SPDX-License-Identifier: GPL-3.0-or-later
// The pacer against `tokenscope sandbox` (a child process, --ephemeral) at Admin limits
// (300/min, burst 50 unless told otherwise): N admin creates (POST /api/admin/{tid}/clients),
// one at a time, each after RateLimits::Pacer's wait, the responses fed to a RateLimitTracker
// through HttpClient. Prints the 429 count and the total time beside the theoretical minimum:
// the burst at once, then (N - burst) / rate.
//   bench_pacing [--tokenscope PATH] [--requests 200] [--per-minute 300] [--burst 50]
#include "http/httpclient.h"
#include "http/pacer.h"
#include "http/ratelimittracker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_pacing: %s\n", qPrintable(why));
    std::exit(1);
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the event loop until done() or the timeout; a benchmark may block, the product never does.
bool runUntil(const std::function<bool()> &done, int timeoutMs = 30'000)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

void sleepPrecise(std::chrono::milliseconds wait)
{
    QEventLoop loop;
    QTimer::singleShot(wait, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

HttpResponse sendAndWait(HttpClient &http, const HttpRequest &request)
{
    HttpResponse result;
    bool done = false;
    http.send(request, nullptr, [&](const HttpResponse &response) {
        result = response;
        done = true;
    });
    if (!runUntil([&] { return done; }))
        fail(QStringLiteral("%1 %2 did not finish").arg(QString::fromLatin1(request.method), request.url.toString()));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Admin creates through the pacer against tokenscope sandbox"));
    parser.addHelpOption();
    const QCommandLineOption binaryOption(QStringLiteral("tokenscope"), QStringLiteral("the tokenscope binary"), QStringLiteral("path"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("admin creates (200)"), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption rateOption(QStringLiteral("per-minute"), QStringLiteral("Admin per_minute (300)"), QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption burstOption(QStringLiteral("burst"), QStringLiteral("Admin burst (50)"), QStringLiteral("n"), QStringLiteral("50"));
    parser.addOptions({binaryOption, requestsOption, rateOption, burstOption});
    parser.process(app);
    const int requests = parser.value(requestsOption).toInt();
    const int perMinute = parser.value(rateOption).toInt();
    const int burst = parser.value(burstOption).toInt();
    if (requests < 1 || perMinute < 1 || burst < 1)
        fail(QStringLiteral("--requests, --per-minute and --burst take positive numbers"));
    const QString binary = parser.isSet(binaryOption) ? parser.value(binaryOption)
                                                      : QCoreApplication::applicationDirPath() + QLatin1String("/tokenscope");
    if (!QFile::exists(binary))
        fail(QStringLiteral("no tokenscope binary at %1 (--tokenscope)").arg(binary));

    QTemporaryDir dir;
    const QString limitsPath = dir.filePath(QStringLiteral("limits.json"));
    {
        QFile file(limitsPath);
        if (!file.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write %1").arg(limitsPath));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("admin"), QJsonObject{{QStringLiteral("per_minute"), perMinute},
                                                                                  {QStringLiteral("burst"), burst}}},
                                             {QStringLiteral("oauth2"), QJsonObject{{QStringLiteral("per_minute"), 1000000},
                                                                                   {QStringLiteral("burst"), 1000000}}}})
                       .toJson());
    }

    QProcess sandbox;
    QByteArray out;
    QObject::connect(&sandbox, &QProcess::readyReadStandardOutput, &sandbox, [&] { out += sandbox.readAllStandardOutput(); });
    sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.start(binary, {QStringLiteral("sandbox"), QStringLiteral("--ephemeral"), QStringLiteral("--rate-limits"), limitsPath});
    if (!runUntil([&] { return out.contains('\n') || sandbox.state() == QProcess::NotRunning; }))
        fail(QStringLiteral("the sandbox did not start"));
    const QJsonObject ready = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    const QUrl base(ready.value(QStringLiteral("base_url")).toString());
    const QString tenant = ready.value(QStringLiteral("tenant_id")).toString();
    if (!base.isValid() || tenant.isEmpty())
        fail(QStringLiteral("unexpected ready line: ") + QString::fromUtf8(out));

    QNetworkAccessManager network;
    HttpClient http(&network);
    RateLimits::RateLimitTracker tracker;
    tracker.attach(&http);

    HttpRequest token;
    token.method = "POST";
    token.url = base.resolved(QUrl(QStringLiteral("/%1/admin/oauth2/token").arg(tenant)));
    token.headers = {{"Authorization", "Basic " + (ready.value(QStringLiteral("admin_client_id")).toString() + QLatin1Char(':')
                                                   + ready.value(QStringLiteral("admin_client_secret")).toString()).toUtf8().toBase64()},
                     {"Content-Type", "application/x-www-form-urlencoded"}};
    token.body = "grant_type=client_credentials";
    const QByteArray accessToken =
        QJsonDocument::fromJson(sendAndWait(http, token).body).object().value(QStringLiteral("access_token")).toString().toLatin1();
    if (accessToken.isEmpty())
        fail(QStringLiteral("no admin token"));

    auto admin = [&](const QString &path, const QJsonObject &body) {
        HttpRequest request;
        request.method = "POST";
        request.url = base.resolved(QUrl(QStringLiteral("/api/admin/%1%2").arg(tenant, path)));
        request.headers = {{"Authorization", "Bearer " + accessToken}, {"Content-Type", "application/json"}};
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return request;
    };
    const HttpResponse workspace = sendAndWait(http, admin(QStringLiteral("/servers"), {{QStringLiteral("id"), QStringLiteral("pacing")},
                                                                                     {QStringLiteral("name"), QStringLiteral("pacing")}}));
    if (workspace.status != 200 && workspace.status != 201)
        fail(QStringLiteral("workspace: HTTP %1").arg(workspace.status));
    // The workspace took an Admin token: let the bucket fill again so the run starts from a full burst.
    sleepPrecise(std::chrono::milliseconds(2 * 60000 / perMinute + 100));
    tracker.clear();

    RateLimits::Pacer pacer;
    const QString host = RateLimits::hostKey(base);
    int tooMany = 0, created = 0;
    qint64 waitedMs = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < requests; ++i) {
        const auto wait = pacer.nextDelay(tracker.group(host, QStringLiteral("admin")), tracker.now());
        if (wait.count() > 0) {
            waitedMs += wait.count();
            sleepPrecise(wait);
        }
        pacer.requestSent(tracker.now());
        const HttpResponse response = sendAndWait(
            http, admin(QStringLiteral("/clients"), {{QStringLiteral("authorization_server_id"), QStringLiteral("pacing")},
                                                     {QStringLiteral("client_name"), QStringLiteral("paced %1").arg(i)},
                                                     {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}}}));
        pacer.responseReceived();
        if (response.status == 429)
            ++tooMany;
        else if (response.status == 200 || response.status == 201)
            ++created;
        else
            fail(QStringLiteral("create %1: HTTP %2 %3").arg(i).arg(response.status).arg(QString::fromUtf8(response.body)));
    }
    const double totalS = double(clock.nsecsElapsed()) / 1e9;
    const double minimumS = double(std::max(0, requests - burst)) * 60.0 / perMinute;

    say(QStringLiteral("bench_pacing: %1 admin creates, Admin limit %2/min burst %3").arg(requests).arg(perMinute).arg(burst));
    say(QStringLiteral("  created        %1").arg(created));
    say(QStringLiteral("  429s           %1").arg(tooMany));
    say(QStringLiteral("  total          %1 s").arg(totalS, 0, 'f', 3));
    say(QStringLiteral("  minimum        %1 s  (burst at once, then (N - burst) / rate)").arg(minimumS, 0, 'f', 3));
    say(QStringLiteral("  over minimum   %1 %").arg(minimumS > 0 ? 100.0 * (totalS - minimumS) / minimumS : 0.0, 0, 'f', 2));
    say(QStringLiteral("  paced waits    %1 s").arg(double(waitedMs) / 1000.0, 0, 'f', 3));

    sandbox.terminate();
    if (!runUntil([&] { return sandbox.state() == QProcess::NotRunning; }, 5000))
        sandbox.kill();
    return tooMany == 0 ? 0 : 2;
}
