// SPDX-License-Identifier: GPL-3.0-or-later
// A profile's API group overrides reach the rate-limit tracker for the profile's hosts.
#include "http/apigroupoverrides.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Profiles;
using namespace RateLimits;

namespace {

Profile profile(const QString &issuer, const QList<ApiGroupOverride> &groups)
{
    Profile p;
    p.id = Profile::newId();
    p.name = u"P"_s;
    p.issuer = QUrl(issuer);
    p.apiGroups = groups;
    return p;
}

const QList<QPair<QByteArray, QByteArray>> kHeaders = {{"X-RateLimit-Limit", "10"}, {"X-RateLimit-Remaining", "9"}};

// The group the tracker files a response to url under.
QString groupOf(RateLimitTracker &tracker, const QString &url)
{
    tracker.clear();
    tracker.record(QUrl(url), 200, kHeaders);
    const QList<GroupState> groups = tracker.groups();
    return groups.size() == 1 ? groups.first().groupId : u"<%1 groups>"_s.arg(groups.size());
}

} // namespace

class TestApiGroupOverrides final : public QObject
{
    Q_OBJECT

private slots:
    void hosts()
    {
        Profile p = profile(u"https://Idp.Example.com:8443/t/w"_s, {});
        p.endpoints.setUrl(EndpointKind::Token, QUrl(u"https://idp.example.com:8443/t/w/oauth2/token"_s));
        p.endpoints.setUrl(EndpointKind::Jwks, QUrl(u"https://keys.example.com/jwks"_s));
        p.endpoints.setUrl(EndpointKind::Userinfo, QUrl(u"https://keys.example.com/userinfo"_s));
        QCOMPARE(profileHosts(p), (QStringList{u"idp.example.com:8443"_s, u"keys.example.com"_s}));
        QCOMPARE(profileHosts(Profile()), QStringList{});
    }

    void installedForProfileHost()
    {
        RateLimitTracker tracker;
        const Profile p = profile(u"https://idp.example.com/t/w"_s,
                                  {{u"/api/foo"_s, u"Foo"_s}, {u"/api/admin/special"_s, u"Special"_s}});
        const QStringList hosts = installGroupOverrides(tracker, {p});
        QCOMPARE(hosts, QStringList{u"idp.example.com"_s});

        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/foo"_s), u"Foo"_s);
        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/foo/bar?x=1"_s), u"Foo"_s);
        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/foobar"_s), u"other"_s); // a segment, not a string prefix
        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/admin/special/1"_s), u"Special"_s);
        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/admin/t/workspaces"_s), u"admin"_s);
        // Another host keeps the built-in groups.
        QCOMPARE(groupOf(tracker, u"https://other.example.com/api/foo"_s), u"other"_s);
    }

    void invalidEntriesSkipped()
    {
        RateLimitTracker tracker;
        const Profile p = profile(u"https://idp.example.com"_s,
                                  {{u"api/foo"_s, u"NoSlash"_s}, {u"/api/bar"_s, u"  "_s}, {u"/api/baz"_s, u" Baz "_s}});
        installGroupOverrides(tracker, {p});
        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/bar"_s), u"other"_s);
        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/baz/1"_s), u"Baz"_s);
        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/admin/x"_s), u"admin"_s);
    }

    void sharedHostFirstProfileWins()
    {
        const Profile a = profile(u"https://idp.example.com/a"_s, {{u"/api/foo"_s, u"A"_s}});
        const Profile b = profile(u"https://idp.example.com/b"_s, {{u"/api/foo"_s, u"B"_s}, {u"/api/bar"_s, u"Bar"_s}});
        const auto byHost = groupOverridesByHost({a, b});
        QCOMPARE(byHost.size(), 1);
        QCOMPARE(byHost.first().first, u"idp.example.com"_s);
        const QList<QPair<QString, QString>> expected{{u"/api/foo"_s, u"A"_s}, {u"/api/bar"_s, u"Bar"_s}};
        QCOMPARE(byHost.first().second, expected);
    }

    void removedOverridesCleared()
    {
        RateLimitTracker tracker;
        Profile p = profile(u"https://idp.example.com"_s, {{u"/api/foo"_s, u"Foo"_s}});
        const Profile q = profile(u"https://second.example.com"_s, {{u"/x"_s, u"X"_s}});
        QStringList hosts = installGroupOverrides(tracker, {p, q});
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/foo"_s), u"Foo"_s);

        // The issuer moves: the old host loses its overrides, the new one gets them.
        p.issuer = QUrl(u"https://new.example.com"_s);
        hosts = installGroupOverrides(tracker, {p, q}, hosts);
        QCOMPARE(hosts, (QStringList{u"new.example.com"_s, u"second.example.com"_s}));
        QCOMPARE(groupOf(tracker, u"https://idp.example.com/api/foo"_s), u"other"_s);
        QCOMPARE(groupOf(tracker, u"https://new.example.com/api/foo"_s), u"Foo"_s);

        // The profile is deleted.
        hosts = installGroupOverrides(tracker, {q}, hosts);
        QCOMPARE(groupOf(tracker, u"https://new.example.com/api/foo"_s), u"other"_s);
        QCOMPARE(groupOf(tracker, u"https://second.example.com/x/1"_s), u"X"_s);

        // Its overrides removed.
        hosts = installGroupOverrides(tracker, {}, hosts);
        QVERIFY(hosts.isEmpty());
        QCOMPARE(groupOf(tracker, u"https://second.example.com/x/1"_s), u"other"_s);
    }
};

QTEST_GUILESS_MAIN(TestApiGroupOverrides)
#include "tst_apigroupoverrides.moc"
