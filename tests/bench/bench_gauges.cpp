// SPDX-License-Identifier: GPL-3.0-or-later
// 1,000 responses recorded into the RateLimitTracker while the Rate limits page is shown (its
// gauges repaint, their countdown timer runs), and a timer probe measures the event loop's
// longest stall: the largest gap between two 5 ms probe ticks, minus the interval. Target:
// <= 50 ms (issue 7). Two feeds: one response per event-loop turn, and bursts of 50 responses
// in one turn (replies arriving together). Prints figures; not a test.
//
//   QT_QPA_PLATFORM=offscreen build/release/bin/bench_gauges [responses]

#include "http/ratelimittracker.h"
#include "ratelimits/ratelimitspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int ProbeMs = 5;

struct Result
{
    qint64 longestStallMs = 0;
    qint64 totalMs = 0;
};

Result run(RateLimits::RateLimitTracker &tracker, int responses, int perTurn)
{
    const QList<QUrl> urls{QUrl(QStringLiteral("https://tenant.example/api/admin/t/clients")),
                           QUrl(QStringLiteral("https://tenant.example/t/w/oauth2/token")),
                           QUrl(QStringLiteral("https://tenant.example/api/system/t/tenants")),
                           QUrl(QStringLiteral("https://other.example/api/identity/t/users"))};
    QEventLoop loop;
    QElapsedTimer clock;
    qint64 lastTick = -1;
    qint64 longestGap = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(ProbeMs);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (lastTick >= 0)
            longestGap = std::max(longestGap, now - lastTick);
        lastTick = now;
    });
    int sent = 0;
    QTimer feed;
    feed.setInterval(0);
    QObject::connect(&feed, &QTimer::timeout, [&] {
        for (int i = 0; i < perTurn && sent < responses; ++i, ++sent) {
            const int limit = 300;
            const int remaining = limit - 1 - (sent % limit);
            const bool limited = sent % 97 == 96;
            tracker.record(urls.at(sent % urls.size()), limited ? 429 : 200,
                           {{"X-RateLimit-Limit", QByteArray::number(limit)},
                            {"X-RateLimit-Remaining", QByteArray::number(limited ? 0 : remaining)},
                            {"X-RateLimit-Reset", "30"},
                            {"Retry-After", limited ? QByteArray("2") : QByteArray()}});
        }
        if (sent >= responses) {
            feed.stop();
            // A few more probe ticks so the last repaints are measured too.
            QTimer::singleShot(100, &loop, &QEventLoop::quit);
        }
    });
    clock.start();
    probe.start();
    feed.start();
    loop.exec();
    return {std::max<qint64>(0, longestGap - ProbeMs), clock.elapsed()};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int responses = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 1000;

    RateLimits::RateLimitTracker tracker;
    RateLimitsPage page(&tracker);
    page.resize(900, 700);
    page.show();

    std::printf("bench_gauges: %d responses into the tracker, Rate limits page shown (%s)\n", responses,
                qPrintable(QGuiApplication::platformName()));
    for (int perTurn : {1, 50}) {
        tracker.clear();
        const Result r = run(tracker, responses, perTurn);
        std::printf("  %2d response(s) per event-loop turn: longest stall %lld ms (target <= 50), total %lld ms, "
                    "%lld gauges\n",
                    perTurn, static_cast<long long>(r.longestStallMs), static_cast<long long>(r.totalMs),
                    static_cast<long long>(page.gauges().size()));
    }
    return 0;
}
