// SPDX-License-Identifier: GPL-3.0-or-later
// RateLimits::parseHeaders for every header form, HTTP-dates, missing and garbage values; the
// tracker's groups, overrides, 429 blocking, bounded history and a clock that jumps.
#include "http/pacer.h"
#include "http/ratelimittracker.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace RateLimits;
using Headers = QList<QPair<QByteArray, QByteArray>>;

Q_DECLARE_METATYPE(Headers)

namespace {
const QDateTime Now(QDate(2026, 11, 22), QTime(12, 0, 0), QTimeZone::utc());
constexpr qint64 None = -1; // "not set" in the data tables
}

class TestRateLimitTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void httpDate_data();
    void httpDate();
    void rawHeadersKeepOnlyRateLimitFields();
    void groupForPath_data();
    void groupForPath();
    void recordsPerHostAndGroup();
    void overridesWin();
    void tooManyRequestsBlocks();
    void ignoresResponsesWithoutInformation();
    void historyIsBounded();
    void clockChange();
    void pacerFromHeaders();
    void pacerConfiguredRate();
    void pacerBlockedAndResetOnly();
};

void TestRateLimitTracker::parse_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("remaining");
    QTest::addColumn<qint64>("resetInSeconds"); // from Now
    QTest::addColumn<qint64>("window");
    QTest::addColumn<qint64>("retryInSeconds");

    QTest::newRow("x-ratelimit delta reset")
        << Headers{{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "49"}, {"X-RateLimit-Reset", "12"}}
        << 200 << qint64(300) << qint64(49) << qint64(12) << None << None;
    QTest::newRow("x-ratelimit lower-case names")
        << Headers{{"x-ratelimit-limit", "10"}, {"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", "0"}}
        << 200 << qint64(10) << qint64(0) << qint64(0) << None << None;
    QTest::newRow("x-ratelimit epoch reset")
        << Headers{{"X-RateLimit-Limit", "5000"}, {"X-RateLimit-Reset", QByteArray::number(Now.toSecsSinceEpoch() + 90)}}
        << 200 << qint64(5000) << None << qint64(90) << None << None;
    QTest::newRow("x-ratelimit reset at threshold is a delta")
        << Headers{{"X-RateLimit-Reset", "1000000000"}} << 200 << None << None << qint64(1'000'000'000) << None << None;
    QTest::newRow("x-ratelimit reset above threshold is epoch")
        << Headers{{"X-RateLimit-Reset", "1000000001"}} << 200 << None << None
        << qint64(1'000'000'001) - Now.toSecsSinceEpoch() << None << None;
    QTest::newRow("ietf RateLimit dictionary")
        << Headers{{"RateLimit", "limit=100, remaining=50, reset=30"}} << 200
        << qint64(100) << qint64(50) << qint64(30) << None << None;
    QTest::newRow("ietf RateLimit dictionary, spaces and case")
        << Headers{{"ratelimit", " Limit = 7 ,Remaining=3"}} << 200 << qint64(7) << qint64(3) << None << None << None;
    QTest::newRow("ietf RateLimit -07 item")
        << Headers{{"RateLimit", "\"default\";r=50;t=30"}, {"RateLimit-Policy", "\"default\";q=100;w=60"}} << 200
        << qint64(100) << qint64(50) << qint64(30) << qint64(60) << None;
    QTest::newRow("ietf separate fields and policy")
        << Headers{{"RateLimit-Limit", "100"}, {"RateLimit-Remaining", "99"}, {"RateLimit-Reset", "60"},
                   {"RateLimit-Policy", "100;w=60"}}
        << 200 << qint64(100) << qint64(99) << qint64(60) << qint64(60) << None;
    QTest::newRow("ietf RateLimit-Limit with a policy after it")
        << Headers{{"RateLimit-Limit", "10, 10;w=1, 50;w=60"}} << 200 << qint64(10) << None << None << None << None;
    QTest::newRow("policy only")
        << Headers{{"RateLimit-Policy", "300;w=60;burst=50, 10000;w=86400"}} << 200
        << qint64(300) << None << None << qint64(60) << None;
    QTest::newRow("429 with retry-after seconds")
        << Headers{{"X-RateLimit-Remaining", "0"}, {"Retry-After", "7"}} << 429
        << None << qint64(0) << None << None << qint64(7);
    QTest::newRow("retry-after imf-fixdate")
        << Headers{{"Retry-After", "Sun, 22 Nov 2026 12:02:00 GMT"}} << 503 << None << None << None << None << qint64(120);
    QTest::newRow("retry-after in the past")
        << Headers{{"Retry-After", "Sun, 22 Nov 2026 11:59:00 GMT"}} << 429 << None << None << None << None << qint64(-60);
    // Garbage: ignored (logged), the good fields next to it still count.
    QTest::newRow("garbage limit")
        << Headers{{"X-RateLimit-Limit", "lots"}, {"X-RateLimit-Remaining", "4"}} << 200 << None << qint64(4) << None << None << None;
    QTest::newRow("negative remaining")
        << Headers{{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", "-1"}} << 200 << qint64(10) << None << None << None << None;
    QTest::newRow("fractional reset")
        << Headers{{"X-RateLimit-Reset", "1.5"}} << 200 << None << None << None << None << None;
    QTest::newRow("empty values")
        << Headers{{"X-RateLimit-Limit", ""}, {"RateLimit", ""}, {"Retry-After", ""}, {"RateLimit-Policy", ""}} << 200
        << None << None << None << None << None;
    QTest::newRow("huge number")
        << Headers{{"X-RateLimit-Limit", "99999999999999999999999"}} << 200 << None << None << None << None << None;
    QTest::newRow("garbage retry-after")
        << Headers{{"Retry-After", "soon"}} << 429 << None << None << None << None << None;
    QTest::newRow("garbage RateLimit")
        << Headers{{"RateLimit", "=;=,,;;\"\""}} << 200 << None << None << None << None << None;
    QTest::newRow("policy window zero")
        << Headers{{"RateLimit-Policy", "10;w=0"}} << 200 << qint64(10) << None << None << None << None;
    QTest::newRow("no headers") << Headers{} << 200 << None << None << None << None << None;
    QTest::newRow("unrelated headers")
        << Headers{{"Content-Type", "application/json"}, {"X-Limit", "5"}} << 200 << None << None << None << None << None;
}

void TestRateLimitTracker::parse()
{
    QFETCH(Headers, headers);
    QFETCH(int, status);
    QFETCH(qint64, limit);
    QFETCH(qint64, remaining);
    QFETCH(qint64, resetInSeconds);
    QFETCH(qint64, window);
    QFETCH(qint64, retryInSeconds);

    const HeaderReading reading = parseHeaders(headers, status, Now);
    QCOMPARE(reading.limit.value_or(None), limit);
    QCOMPARE(reading.remaining.value_or(None), remaining);
    QCOMPARE(reading.resetAt.has_value(), resetInSeconds != None);
    if (reading.resetAt)
        QCOMPARE(Now.secsTo(*reading.resetAt), resetInSeconds);
    QCOMPARE(reading.windowSeconds.value_or(None), window);
    QCOMPARE(reading.retryAt.has_value(), retryInSeconds != None);
    if (reading.retryAt)
        QCOMPARE(Now.secsTo(*reading.retryAt), retryInSeconds);
    QCOMPARE(reading.tooManyRequests, status == 429);
}

void TestRateLimitTracker::httpDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: rejected

    const QDateTime example(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    // RFC 9110 §5.6.7, the three forms of its example.
    QTest::newRow("imf-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << example;
    QTest::newRow("rfc 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << example;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << example;
    QTest::newRow("asctime two-digit day")
        << QByteArray("Thu Dec 31 23:59:59 2026") << QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
    QTest::newRow("rfc 850 this century")
        << QByteArray("Monday, 23-Nov-26 00:00:10 GMT") << QDateTime(QDate(2026, 11, 23), QTime(0, 0, 10), QTimeZone::utc());
    QTest::newRow("rfc 850 more than 50 years ahead is the past century")
        << QByteArray("Friday, 01-Jan-99 00:00:00 GMT") << QDateTime(QDate(1999, 1, 1), QTime(0, 0), QTimeZone::utc());
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET") << QDateTime();
    QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("31 February") << QByteArray("Sun, 31 Feb 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:49:37 GMT") << QDateTime();
    QTest::newRow("short time") << QByteArray("Sun, 06 Nov 1994 08:49 GMT") << QDateTime();
    QTest::newRow("iso 8601") << QByteArray("1994-11-06T08:49:37Z") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestRateLimitTracker::httpDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    const auto parsed = parseHttpDate(text, Now);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(*parsed, expected);
}

void TestRateLimitTracker::rawHeadersKeepOnlyRateLimitFields()
{
    const Headers headers{{"Content-Type", "application/json"}, {"X-RateLimit-Limit", "5"}, {"Set-Cookie", "s=1"},
                          {"RateLimit-Policy", "5;w=1"}, {"Retry-After", "2"}, {"Authorization", "secret"}};
    const HeaderReading reading = parseHeaders(headers, 429, Now);
    const Headers expected{{"X-RateLimit-Limit", "5"}, {"RateLimit-Policy", "5;w=1"}, {"Retry-After", "2"}};
    QCOMPARE(reading.rawHeaders, expected);
}

void TestRateLimitTracker::groupForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("group");
    QTest::newRow("admin") << u"/api/admin/t1/clients"_qs << u"admin"_qs;
    QTest::newRow("admin root") << u"/api/admin"_qs << u"admin"_qs;
    QTest::newRow("admin lookalike") << u"/api/administrator"_qs << u"other"_qs;
    QTest::newRow("developer") << u"/api/developer/t1/w1/clients"_qs << u"developer"_qs;
    QTest::newRow("system") << u"/api/system/tenants"_qs << u"system"_qs;
    QTest::newRow("identity") << u"/api/identity/t1/pools"_qs << u"identity"_qs;
    QTest::newRow("oauth2") << u"/oauth2/token"_qs << u"oauth2"_qs;
    QTest::newRow("oauth2 under tenant") << u"/t1/w1/oauth2/token"_qs << u"oauth2"_qs;
    QTest::newRow("well-known") << u"/t1/w1/.well-known/openid-configuration"_qs << u"oauth2"_qs;
    QTest::newRow("other") << u"/health"_qs << u"other"_qs;
    QTest::newRow("empty") << QString() << u"other"_qs;
}

void TestRateLimitTracker::groupForPath()
{
    QFETCH(QString, path);
    QFETCH(QString, group);
    QCOMPARE(RateLimits::groupForPath(path), group);
}

void TestRateLimitTracker::recordsPerHostAndGroup()
{
    RateLimitTracker tracker;
    tracker.setClock([] { return Now; });
    QSignalSpy changed(&tracker, &RateLimitTracker::groupChanged);

    tracker.record(QUrl(u"http://127.0.0.1:8443/api/admin/t1/clients"_qs), 201,
                   {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "49"}, {"X-RateLimit-Reset", "10"}});
    tracker.record(QUrl(u"http://127.0.0.1:8443/t1/w1/oauth2/token"_qs), 200, {{"X-RateLimit-Remaining", "19"}});
    tracker.record(QUrl(u"https://Other.example/api/admin/x"_qs), 200, {{"X-RateLimit-Remaining", "1"}});
    tracker.record(QUrl(u"http://127.0.0.1:8443/api/admin/t1/clients"_qs), 201, {{"X-RateLimit-Remaining", "48"}});

    QCOMPARE(changed.count(), 4);
    QCOMPARE(changed.at(0).at(0).toString(), u"127.0.0.1:8443"_qs);
    QCOMPARE(changed.at(0).at(1).toString(), u"admin"_qs);
    const QList<GroupState> groups = tracker.groups();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).groupId, u"admin"_qs);
    QCOMPARE(groups.at(1).groupId, u"oauth2"_qs);
    QCOMPARE(groups.at(2).host, u"other.example"_qs);

    const auto admin = tracker.group(u"127.0.0.1:8443"_qs, u"admin"_qs);
    QVERIFY(admin);
    QCOMPARE(admin->last.remaining.value_or(-1), 48);
    QVERIFY(!admin->last.limit); // the latest reading, not a merge
    QCOMPARE(admin->history.size(), 2);
    QCOMPARE(admin->updatedAt, Now);
    QVERIFY(!tracker.group(u"127.0.0.1:8443"_qs, u"system"_qs));

    QSignalSpy cleared(&tracker, &RateLimitTracker::cleared);
    tracker.clear();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(tracker.groups().isEmpty());
}

void TestRateLimitTracker::overridesWin()
{
    RateLimitTracker tracker;
    tracker.setGroupOverrides(u"api.example"_qs, {{u"/v1"_qs, u"v1"_qs}, {u"/v1/admin"_qs, u"admin"_qs}});
    const Headers headers{{"X-RateLimit-Remaining", "3"}};
    tracker.record(QUrl(u"https://api.example/v1/users"_qs), 200, headers);
    tracker.record(QUrl(u"https://api.example/v1/admin/users"_qs), 200, headers);
    tracker.record(QUrl(u"https://api.example/v10"_qs), 200, headers);
    tracker.record(QUrl(u"https://elsewhere.example/v1/users"_qs), 200, headers);
    QVERIFY(tracker.group(u"api.example"_qs, u"v1"_qs));
    QVERIFY(tracker.group(u"api.example"_qs, u"admin"_qs));
    QVERIFY(tracker.group(u"api.example"_qs, u"other"_qs));
    QVERIFY(tracker.group(u"elsewhere.example"_qs, u"other"_qs));
    QCOMPARE(tracker.groups().size(), 4);
    QCOMPARE(groupDisplayName(u"v1"_qs), u"v1"_qs);
}

void TestRateLimitTracker::tooManyRequestsBlocks()
{
    RateLimitTracker tracker;
    QDateTime now = Now;
    tracker.setClock([&now] { return now; });
    const QUrl url(u"http://127.0.0.1:1/api/admin/t1/clients"_qs);
    const QString host = u"127.0.0.1:1"_qs;

    tracker.record(url, 429, {{"X-RateLimit-Remaining", "0"}, {"Retry-After", "3"}, {"X-RateLimit-Reset", "30"}});
    auto state = tracker.group(host, u"admin"_qs);
    QVERIFY(state && state->blockedUntil);
    QCOMPARE(*state->blockedUntil, Now.addSecs(3)); // Retry-After beats the reset
    QVERIFY(state->last.tooManyRequests);

    now = Now.addSecs(1);
    tracker.record(url, 429, {{"X-RateLimit-Reset", "20"}}); // no Retry-After: the reset
    QCOMPARE(*tracker.group(host, u"admin"_qs)->blockedUntil, Now.addSecs(21));

    now = Now.addSecs(2);
    tracker.record(url, 429, {}); // a bare 429 still counts, with no known end
    state = tracker.group(host, u"admin"_qs);
    QVERIFY(state->last.tooManyRequests);
    QVERIFY(!state->blockedUntil);

    now = Now.addSecs(25);
    tracker.record(url, 201, {{"X-RateLimit-Remaining", "1"}});
    state = tracker.group(host, u"admin"_qs);
    QVERIFY(!state->blockedUntil);
    QVERIFY(!state->last.tooManyRequests);
}

void TestRateLimitTracker::ignoresResponsesWithoutInformation()
{
    RateLimitTracker tracker;
    QSignalSpy changed(&tracker, &RateLimitTracker::groupChanged);
    tracker.record(QUrl(u"http://h/api/admin"_qs), 200, {{"Content-Type", "text/plain"}});
    tracker.record(QUrl(u"http://h/api/admin"_qs), 200, {{"X-RateLimit-Remaining", "garbage"}});
    QCOMPARE(changed.count(), 0);
    QVERIFY(tracker.groups().isEmpty());
}

void TestRateLimitTracker::historyIsBounded()
{
    RateLimitTracker tracker;
    QDateTime now = Now;
    tracker.setClock([&now] { return now; });
    const QUrl url(u"http://h/api/admin"_qs);
    for (int second = 0; second < 600; ++second) { // ten minutes, one response a second
        now = Now.addSecs(second);
        tracker.record(url, 200, {{"X-RateLimit-Remaining", QByteArray::number(second)}});
    }
    auto history = tracker.group(u"h"_qs, u"admin"_qs)->history;
    QCOMPARE(history.size(), 301); // seconds 299..599: the last five minutes
    QCOMPARE(history.constFirst().second, 299);
    QCOMPARE(history.constLast().second, 599);

    for (int i = 0; i < 5000; ++i) // a burst within one second is bounded by count
        tracker.record(url, 200, {{"X-RateLimit-Remaining", "1"}});
    history = tracker.group(u"h"_qs, u"admin"_qs)->history;
    QVERIFY(history.size() <= 2000);
    QVERIFY(history.size() >= 1000);
}

void TestRateLimitTracker::clockChange()
{
    RateLimitTracker tracker;
    QDateTime now = Now;
    tracker.setClock([&now] { return now; });
    const QUrl url(u"http://h/api/admin"_qs);
    const QString host = u"h"_qs;

    tracker.record(url, 200, {{"X-RateLimit-Remaining", "5"}, {"X-RateLimit-Reset", "60"}});
    now = Now.addSecs(10);
    tracker.record(url, 200, {{"X-RateLimit-Remaining", "4"}});

    // The wall clock jumps back an hour (NTP, a manual change): history "from the future" goes,
    // the new entry is kept, and a delta reset is relative to the new now.
    now = Now.addSecs(-3600);
    tracker.record(url, 200, {{"X-RateLimit-Remaining", "3"}, {"X-RateLimit-Reset", "60"}});
    auto state = tracker.group(host, u"admin"_qs);
    QCOMPARE(state->history.size(), 1);
    QCOMPARE(state->history.constFirst().second, 3);
    QCOMPARE(*state->last.resetAt, now.addSecs(60));

    // Then forward a day: everything older than five minutes goes.
    now = Now.addDays(1);
    tracker.record(url, 429, {{"Retry-After", "5"}});
    state = tracker.group(host, u"admin"_qs);
    QVERIFY(state->history.isEmpty());
    QCOMPARE(*state->blockedUntil, now.addSecs(5));
    QCOMPARE(tracker.now(), now);
}

void TestRateLimitTracker::pacerFromHeaders()
{
    using std::chrono::milliseconds;
    RateLimitTracker tracker;
    QDateTime now = Now;
    tracker.setClock([&now] { return now; });
    const QUrl url(u"http://h/api/admin/t/clients"_qs);
    auto state = [&] { return tracker.group(u"h"_qs, u"admin"_qs); };
    Pacer pacer;
    QCOMPARE(pacer.nextDelay(state(), now), milliseconds(0)); // nothing known: go

    tracker.record(url, 201, {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "2"}});
    QCOMPARE(pacer.nextDelay(state(), now), milliseconds(0));
    pacer.requestSent(now);
    QCOMPARE(pacer.nextDelay(state(), now), milliseconds(0)); // 2 - 1 sent = 1 left
    pacer.requestSent(now);
    QCOMPARE(pacer.nextDelay(state(), now), milliseconds(200)); // 300/min: a token each 200 ms
    now = now.addMSecs(50);
    QCOMPARE(pacer.nextDelay(state(), now), milliseconds(150));

    tracker.record(url, 201, {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "0"}});
    pacer.responseReceived();
    pacer.responseReceived();
    pacer.responseReceived(); // one too many: stays at zero
    QCOMPARE(pacer.inFlight(), 0);
    QCOMPARE(pacer.nextDelay(state(), now), milliseconds(200));
    now = now.addMSecs(200);
    QCOMPARE(pacer.nextDelay(state(), now), milliseconds(0));

    // RateLimit-Policy's window: 10 per 10 s is a token a second.
    tracker.record(url, 200, {{"RateLimit", "limit=10, remaining=0, reset=10"}, {"RateLimit-Policy", "10;w=10"}});
    QCOMPARE(pacer.nextDelay(state(), now), milliseconds(1000));
}

void TestRateLimitTracker::pacerConfiguredRate()
{
    using std::chrono::milliseconds;
    Pacer pacer;
    pacer.setRate(600, 2); // 10/s, burst 2
    QDateTime now = Now;
    RateLimitTracker tracker;
    tracker.setClock([] { return Now; });
    tracker.record(QUrl(u"http://h/api/admin"_qs), 200, {{"X-RateLimit-Limit", "600000"}, {"X-RateLimit-Remaining", "1000"}});
    // Plenty of budget in the headers: the configured rate is the stricter.
    QCOMPARE(pacer.nextDelay(tracker.group(u"h"_qs, u"admin"_qs), now), milliseconds(0));
    QCOMPARE(pacer.nextDelay(std::nullopt, now), milliseconds(0));
    pacer.requestSent(now);
    pacer.requestSent(now);
    QCOMPARE(pacer.nextDelay(std::nullopt, now), milliseconds(100));
    now = now.addMSecs(100);
    QCOMPARE(pacer.nextDelay(std::nullopt, now), milliseconds(0));
    pacer.requestSent(now);
    QCOMPARE(pacer.nextDelay(std::nullopt, now), milliseconds(100));
    now = now.addSecs(60); // refills to the burst, no further
    pacer.requestSent(now);
    pacer.requestSent(now);
    QCOMPARE(pacer.nextDelay(std::nullopt, now), milliseconds(100));
    QCOMPARE(pacer.nextDelay(std::nullopt, now.addSecs(-10)), milliseconds(100)); // a clock that went back adds nothing
}

void TestRateLimitTracker::pacerBlockedAndResetOnly()
{
    using std::chrono::milliseconds;
    RateLimitTracker tracker;
    QDateTime now = Now;
    tracker.setClock([&now] { return now; });
    const QUrl url(u"http://h/api/admin"_qs);
    Pacer pacer;
    tracker.record(url, 429, {{"Retry-After", "3"}});
    QCOMPARE(pacer.nextDelay(tracker.group(u"h"_qs, u"admin"_qs), now), milliseconds(3000));
    now = now.addSecs(4);
    QCOMPARE(pacer.nextDelay(tracker.group(u"h"_qs, u"admin"_qs), now), milliseconds(0));

    // Remaining without a limit: no rate to pace by, so wait for the reset once it is spent.
    tracker.record(url, 200, {{"X-RateLimit-Remaining", "1"}, {"X-RateLimit-Reset", "5"}});
    QCOMPARE(pacer.nextDelay(tracker.group(u"h"_qs, u"admin"_qs), now), milliseconds(0));
    pacer.requestSent(now);
    QCOMPARE(pacer.nextDelay(tracker.group(u"h"_qs, u"admin"_qs), now), milliseconds(5000));
}

QTEST_GUILESS_MAIN(TestRateLimitTracker)
#include "tst_ratelimittracker.moc"
