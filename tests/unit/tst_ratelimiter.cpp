// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Sandbox;

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 5'000;

private slots:
    void defaults_data()
    {
        QTest::addColumn<int>("group");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("perMinute");
        QTest::addColumn<int>("burst");
        // SOURCES.md, free tier
        QTest::newRow("admin") << int(ApiGroup::Admin) << QStringLiteral("admin") << 300 << 50;
        QTest::newRow("developer") << int(ApiGroup::Developer) << QStringLiteral("developer") << 600 << 50;
        QTest::newRow("public") << int(ApiGroup::Public) << QStringLiteral("public") << 3000 << 500;
        QTest::newRow("oauth2") << int(ApiGroup::OAuth2) << QStringLiteral("oauth2") << 3000 << 500;
        QTest::newRow("openbanking") << int(ApiGroup::OpenBanking) << QStringLiteral("openbanking") << 600 << 100;
        QTest::newRow("web") << int(ApiGroup::Web) << QStringLiteral("web") << 3000 << 1000;
        QTest::newRow("system") << int(ApiGroup::System) << QStringLiteral("system") << 3000 << 100;
        QTest::newRow("audit") << int(ApiGroup::AuditEvents) << QStringLiteral("audit_events") << 6000 << 2000;
        QTest::newRow("identity admin") << int(ApiGroup::IdentityAdmin) << QStringLiteral("identity_admin") << 300 << 50;
        QTest::newRow("self-service") << int(ApiGroup::IdentitySelfService) << QStringLiteral("identity_self_service") << 300 << 50;
    }

    void defaults()
    {
        QFETCH(int, group);
        QFETCH(QString, key);
        QFETCH(int, perMinute);
        QFETCH(int, burst);
        RateLimiter limiter([this] { return m_now; });
        const auto apiGroup = ApiGroup(group);
        QCOMPARE(RateLimiter::groupKey(apiGroup), key);
        QCOMPARE(limiter.limit(apiGroup).perMinute, perMinute);
        QCOMPARE(limiter.limit(apiGroup).burst, burst);
        const RateLimiter::Decision first = limiter.take(apiGroup);
        QVERIFY(first.allowed);
        QCOMPARE(first.limit, perMinute);
        QCOMPARE(first.remaining, burst - 1);
        // one token short of full: refilled in ceil(60 / perMinute) seconds
        QCOMPARE(first.resetSeconds, (60 + perMinute - 1) / perMinute);
    }

    void bucket()
    {
        RateLimiter limiter([this] { return m_now; });
        limiter.setLimit(ApiGroup::Admin, {30, 2}); // a token every 2 s

        QCOMPARE(limiter.take(ApiGroup::Admin).remaining, 1);
        RateLimiter::Decision second = limiter.take(ApiGroup::Admin);
        QVERIFY(second.allowed);
        QCOMPARE(second.remaining, 0);
        QCOMPARE(second.resetSeconds, 4);

        RateLimiter::Decision denied = limiter.take(ApiGroup::Admin);
        QVERIFY(!denied.allowed);
        QCOMPARE(denied.retryAfterSeconds, 2);
        QCOMPARE(denied.remaining, 0);

        m_now += 1'500;
        denied = limiter.take(ApiGroup::Admin);
        QVERIFY(!denied.allowed);
        QCOMPARE(denied.retryAfterSeconds, 1); // 0.5 s, rounded up
        QCOMPARE(denied.resetSeconds, 3);      // 2.5 s

        m_now += 500;
        QVERIFY(limiter.take(ApiGroup::Admin).allowed);
        QVERIFY(!limiter.take(ApiGroup::Admin).allowed);

        // never more than the burst
        m_now += 3'600'000;
        QCOMPARE(limiter.peek(ApiGroup::Admin).remaining, 2);
        QCOMPARE(limiter.peek(ApiGroup::Admin).resetSeconds, 0);
        QCOMPARE(limiter.take(ApiGroup::Admin).remaining, 1);

        // a clock going backwards adds nothing
        m_now -= 10'000;
        QCOMPARE(limiter.take(ApiGroup::Admin).remaining, 0);
        QVERIFY(!limiter.take(ApiGroup::Admin).allowed);

        // other groups untouched
        QCOMPARE(limiter.peek(ApiGroup::OAuth2).remaining, 500);
    }

    void loadJson()
    {
        RateLimiter limiter([this] { return m_now; });
        QString error;
        QVERIFY2(limiter.loadJson(R"({"admin": {"per_minute": 10, "burst": 3}, "oauth2": {"burst": 7}})", &error), qPrintable(error));
        QCOMPARE(limiter.limit(ApiGroup::Admin).perMinute, 10);
        QCOMPARE(limiter.limit(ApiGroup::Admin).burst, 3);
        QCOMPARE(limiter.limit(ApiGroup::OAuth2).perMinute, 3000); // default kept
        QCOMPARE(limiter.limit(ApiGroup::OAuth2).burst, 7);
        QCOMPARE(limiter.limit(ApiGroup::Public).burst, 500);
        QCOMPARE(limiter.take(ApiGroup::Admin).remaining, 2);
        QVERIFY(limiter.loadJson("{}", &error));
    }

    void loadJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{admin") << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
        QTest::newRow("unknown group") << QByteArray(R"({"admins": {"per_minute": 1}})") << QStringLiteral("admins");
        QTest::newRow("not an object") << QByteArray(R"({"admin": 5})") << QStringLiteral("admin");
        QTest::newRow("unknown member") << QByteArray(R"({"admin": {"per_minute": 1, "rate": 2}})") << QStringLiteral("rate");
        QTest::newRow("zero") << QByteArray(R"({"admin": {"per_minute": 0}})") << QStringLiteral("per_minute");
        QTest::newRow("negative") << QByteArray(R"({"admin": {"burst": -1}})") << QStringLiteral("burst");
        QTest::newRow("fraction") << QByteArray(R"({"admin": {"burst": 1.5}})") << QStringLiteral("burst");
        QTest::newRow("string") << QByteArray(R"({"admin": {"per_minute": "300"}})") << QStringLiteral("per_minute");
        QTest::newRow("too large") << QByteArray(R"({"web": {"per_minute": 1e12}})") << QStringLiteral("web");
        QTest::newRow("later error") << QByteArray(R"({"admin": {"per_minute": 1}, "web": {"burst": 0}})") << QStringLiteral("web");
    }

    void loadJsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        RateLimiter limiter([this] { return m_now; });
        QString error;
        QVERIFY(!limiter.loadJson(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        // all or nothing
        QCOMPARE(limiter.limit(ApiGroup::Admin).perMinute, 300);
        QCOMPARE(limiter.limit(ApiGroup::Web).burst, 1000);
        QVERIFY(!limiter.loadJson(json, nullptr));
    }

    void loadFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("limits.json"));
        RateLimiter limiter([this] { return m_now; });
        QString error;
        QVERIFY(!limiter.loadFile(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"system": {"per_minute": 120, "burst": 4}})");
        file.close();
        QVERIFY2(limiter.loadFile(path, &error), qPrintable(error));
        QCOMPARE(limiter.limit(ApiGroup::System).perMinute, 120);

        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"system": {"per_minute": false}})");
        file.close();
        QVERIFY(!limiter.loadFile(path, &error));
        QVERIFY2(error.contains(path) && error.contains(QStringLiteral("per_minute")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
