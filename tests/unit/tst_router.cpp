// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessage.h"
#include "router.h"

#include <QTest>

using namespace Sandbox;

namespace {

Handler tagged(const QByteArray &tag)
{
    return [tag](const HttpRequest &, const PathParams &) {
        HttpResponse response;
        response.body = tag;
        return response;
    };
}

QByteArray call(const Router::Match &match)
{
    return match.handler ? (*match.handler)(HttpRequest{}, match.params).body : QByteArray();
}

} // namespace

class TestRouter final : public QObject
{
    Q_OBJECT

private:
    Router m_router;

private slots:
    void initTestCase()
    {
        m_router.add("GET", QStringLiteral("/api/admin/{tid}/servers"), ApiGroup::Admin, tagged("list"));
        m_router.add("POST", QStringLiteral("/api/admin/{tid}/servers"), ApiGroup::Admin, tagged("create"));
        m_router.add("GET", QStringLiteral("/api/admin/{tid}/servers/{wid}"), ApiGroup::Admin, tagged("get"));
        m_router.add("GET", QStringLiteral("/{tid}/{wid}/.well-known/openid-configuration"), ApiGroup::Public, tagged("discovery"));
        m_router.add("POST", QStringLiteral("/{tid}/{wid}/oauth2/token"), ApiGroup::OAuth2, tagged("token"));
        m_router.add("POST", QStringLiteral("/{tid}/admin/oauth2/token"), ApiGroup::Admin, tagged("admintoken"));
        m_router.add("GET", QStringLiteral("/"), ApiGroup::Web, tagged("root"));
    }

    void match_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("tag");
        QTest::addColumn<QString>("params"); // "k=v;k=v" sorted by key
        QTest::addColumn<int>("group");

        QTest::newRow("list") << QByteArray("GET") << QStringLiteral("/api/admin/t1/servers") << QByteArray("list") << QStringLiteral("tid=t1") << int(ApiGroup::Admin);
        QTest::newRow("create") << QByteArray("POST") << QStringLiteral("/api/admin/t1/servers") << QByteArray("create") << QStringLiteral("tid=t1") << int(ApiGroup::Admin);
        QTest::newRow("lowercase method") << QByteArray("post") << QStringLiteral("/api/admin/t1/servers") << QByteArray("create") << QStringLiteral("tid=t1") << int(ApiGroup::Admin);
        QTest::newRow("get one") << QByteArray("GET") << QStringLiteral("/api/admin/t1/servers/w 2") << QByteArray("get") << QStringLiteral("tid=t1;wid=w 2") << int(ApiGroup::Admin);
        QTest::newRow("discovery") << QByteArray("GET") << QStringLiteral("/t/w/.well-known/openid-configuration") << QByteArray("discovery") << QStringLiteral("tid=t;wid=w") << int(ApiGroup::Public);
        QTest::newRow("token") << QByteArray("POST") << QStringLiteral("/t/dev/oauth2/token") << QByteArray("token") << QStringLiteral("tid=t;wid=dev") << int(ApiGroup::OAuth2);
        QTest::newRow("literal wins") << QByteArray("POST") << QStringLiteral("/t/admin/oauth2/token") << QByteArray("admintoken") << QStringLiteral("tid=t") << int(ApiGroup::Admin);
        QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/") << QByteArray("root") << QString() << int(ApiGroup::Web);
    }

    void match()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, tag);
        QFETCH(QString, params);
        QFETCH(int, group);

        const auto found = m_router.match(method, path);
        QVERIFY(found.has_value());
        QVERIFY(found->methodAllowed);
        QCOMPARE(call(*found), tag);
        QCOMPARE(int(found->group), group);
        QStringList pairs;
        for (auto it = found->params.cbegin(); it != found->params.cend(); ++it)
            pairs << it.key() + u'=' + it.value();
        pairs.sort();
        QCOMPARE(pairs.join(u';'), params);
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown") << QStringLiteral("/nothing/here");
        QTest::newRow("trailing slash") << QStringLiteral("/api/admin/t1/servers/");
        QTest::newRow("empty capture") << QStringLiteral("/api/admin//servers");
        QTest::newRow("too long") << QStringLiteral("/api/admin/t1/servers/w/x");
        QTest::newRow("too short") << QStringLiteral("/api/admin");
        QTest::newRow("case differs") << QStringLiteral("/API/admin/t1/servers");
        QTest::newRow("empty") << QString();
    }

    void notFound()
    {
        QFETCH(QString, path);
        QVERIFY(!m_router.match("GET", path).has_value());
    }

    void methodNotAllowed()
    {
        const auto found = m_router.match("DELETE", QStringLiteral("/api/admin/t1/servers"));
        QVERIFY(found.has_value());
        QVERIFY(!found->methodAllowed);
        QVERIFY(!found->handler);
        QCOMPARE(found->group, ApiGroup::Admin);
        QCOMPARE(found->allowedMethods, (QList<QByteArray>{"GET", "POST"}));

        const auto token = m_router.match("GET", QStringLiteral("/t/w/oauth2/token"));
        QVERIFY(token.has_value());
        QVERIFY(!token->methodAllowed);
        QCOMPARE(token->allowedMethods, QList<QByteArray>{"POST"});
    }

    void captureWhenLiteralHasOtherMethod()
    {
        // The literal "/{tid}/admin/oauth2/token" only has POST; another route's capture may still
        // answer for the same path with its own method.
        Router router;
        router.add("POST", QStringLiteral("/x/admin"), ApiGroup::Admin, tagged("literal"));
        router.add("GET", QStringLiteral("/x/{id}"), ApiGroup::Public, tagged("capture"));
        const auto get = router.match("GET", QStringLiteral("/x/admin"));
        QVERIFY(get && get->methodAllowed);
        QCOMPARE(call(*get), QByteArray("capture"));
        const auto post = router.match("POST", QStringLiteral("/x/admin"));
        QVERIFY(post && post->methodAllowed);
        QCOMPARE(call(*post), QByteArray("literal"));
        const auto put = router.match("PUT", QStringLiteral("/x/admin"));
        QVERIFY(put && !put->methodAllowed);
        QCOMPARE(put->allowedMethods, (QList<QByteArray>{"POST", "GET"}));
    }

    void requestHeader()
    {
        HttpRequest request;
        request.headers = {{"content-type", "application/json"}, {"x-a", "1"}, {"x-a", "2"}};
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("X-A"), QByteArray("1"));
        QVERIFY(request.header("authorization").isEmpty());
    }

    void form_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("plus is space") << QByteArray("scope=openid+email") << QStringLiteral("scope") << QStringLiteral("openid email");
        QTest::newRow("encoded plus") << QByteArray("secret=a%2Bb") << QStringLiteral("secret") << QStringLiteral("a+b");
        QTest::newRow("encoded amp") << QByteArray("a=1&secret=x%26y%3Dz&b=2") << QStringLiteral("secret") << QStringLiteral("x&y=z");
        QTest::newRow("encoded percent") << QByteArray("secret=100%25") << QStringLiteral("secret") << QStringLiteral("100%");
        QTest::newRow("utf8") << QByteArray("name=J%C3%BCrgen") << QStringLiteral("name") << QStringLiteral("J\u00fcrgen");
        QTest::newRow("redirect") << QByteArray("redirect_uri=http%3A%2F%2F127.0.0.1%3A8080%2Fcb%3Fx%3D1") << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:8080/cb?x=1");
        QTest::newRow("absent") << QByteArray("a=1") << QStringLiteral("b") << QString();
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("a") << QString();
    }

    void form()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        QFETCH(QString, value);
        HttpRequest request;
        request.body = body;
        QCOMPARE(formValue(request.form(), key), value);
    }

    void responses()
    {
        const HttpResponse json = HttpResponse::json(201, QJsonObject{{QStringLiteral("a"), 1}});
        QCOMPARE(json.status, 201);
        QCOMPARE(json.body, QByteArray(R"({"a":1})"));
        QCOMPARE(json.headers, (QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}}));

        const HttpResponse page = HttpResponse::html(200, "<p>x</p>");
        QCOMPARE(page.headers.value(0).second, QByteArray("text/html; charset=utf-8"));
        QCOMPARE(page.body, QByteArray("<p>x</p>"));

        const HttpResponse moved = HttpResponse::redirect(QUrl(QStringLiteral("http://127.0.0.1:1/cb?code=a b")));
        QCOMPARE(moved.status, 302);
        QCOMPARE(moved.headers.value(0), (QPair<QByteArray, QByteArray>{"Location", "http://127.0.0.1:1/cb?code=a%20b"}));
        QVERIFY(moved.body.isEmpty());

        HttpResponse none = HttpResponse::empty(204);
        QCOMPARE(none.status, 204);
        QVERIFY(none.headers.isEmpty());
        none.setHeader("X-A", "1");
        none.headers.append(qMakePair(QByteArray("x-a"), QByteArray("dup")));
        none.setHeader("x-A", "2");
        QCOMPARE(none.headers, (QList<QPair<QByteArray, QByteArray>>{{"x-A", "2"}}));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
