// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox admin API's conditional and idempotent requests, over real sockets: ETags on
// single documents, if-match (RFC 9110 §13.1.1: 412, "*", malformed → 400), X-Idempotency-Key
// replays on POST (admin.json's info), and a revoked admin token (RFC 7009) refused.
#include "adminconditions.h"
#include "idempotency.h"
#include "sandboxserver.h"
#include "swaggercheck.h"
#include "tenantstate.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kTenant = u"acme"_s;
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0; // 0: no HTTP response
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const { return TestHttp::headerValue(headers, name); }
    bool hasHeader(const QByteArray &name) const { return TestHttp::findHeader(headers, name) != nullptr; }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Reply exchange(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QByteArray &body,
               const Headers &headers, const QByteArray &contentType = "application/json")
{
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // No HTTP cache and no connection reuse surprises: each exchange is what the server said.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply out;
    if (reply->isFinished() || finished.wait(20000)) {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.headers = reply->rawHeaderPairs();
    }
    reply->deleteLater();
    return out;
}

QByteArray basicAuth(const QString &clientId, const QString &secret)
{
    return "Basic " + QByteArray(QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(secret)).toBase64();
}

QByteArray keyOf(char fill, qsizetype length)
{
    return QByteArray(length, fill);
}

} // namespace

class TestSandboxAdminConditional final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ifMatchParsing_data();
    void ifMatchParsing();

    void etagOnEveryDocument_data();
    void etagOnEveryDocument();
    void staleIfMatchChangesNothing_data();
    void staleIfMatchChangesNothing();
    void starAndListsMatch();
    void malformedIfMatch_data();
    void malformedIfMatch();
    void collectionsHaveNoTag();

    void replayGivesTheSameResponse_data();
    void replayGivesTheSameResponse();
    void keyLength_data();
    void keyLength();
    void sameKeyOtherBody();
    void errorsAreNotRemembered();
    void keysExpire();
    void cacheIsBounded();

    void revokedAdminTokenRefused();

private:
    Reply call(const QByteArray &method, const QString &path, const QByteArray &body = {}, Headers headers = {});
    QByteArray adminToken();
    void checkError(const Reply &reply, int status);

    SwaggerCheck::Spec m_spec;
    qint64 m_now = 1000;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QByteArray m_token;
};

void TestSandboxAdminConditional::initTestCase()
{
    QString error;
    QVERIFY2(m_spec.load(QStringLiteral(TOKENSCOPE_TEST_DATA_DIR "/contracts/cloudentity/admin.json"), &error), qPrintable(error));
}

void TestSandboxAdminConditional::init()
{
    m_now = 1000;
    SandboxOptions options;
    options.tenantId = kTenant;
    options.idempotencyClock = [this] { return m_now; };
    m_server = std::make_unique<SandboxServer>(options);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_token = adminToken();
    QVERIFY(!m_token.isEmpty());
    // Fixtures: a workspace with a static IDP and a client.
    const QByteArray idp = R"({"id": "users", "name": "Users", "credentials": {"users": [{"username": "alice", "password": "wonderland"}]}})";
    const QByteArray client = R"({"client_id": "app", "client_name": "App", "authorization_server_id": "shop", "redirect_uris": ["http://127.0.0.1/cb"]})";
    QCOMPARE(call("POST", u"/servers"_s, R"({"id": "shop", "name": "Shop"})").status, 201);
    QCOMPARE(call("POST", u"/servers/shop/idps/static"_s, idp).status, 201);
    QCOMPARE(call("POST", u"/clients"_s, client).status, 201);
}

void TestSandboxAdminConditional::cleanup()
{
    m_network.reset();
    m_server.reset();
    m_token.clear();
}

QByteArray TestSandboxAdminConditional::adminToken()
{
    const QUrl url(m_server->baseUrl().toString() + u'/' + kTenant + u"/admin/oauth2/token"_s);
    const Reply reply = exchange(*m_network, "POST", url, "grant_type=client_credentials",
                                 {{"Authorization", basicAuth(m_server->state().adminClientId(), m_server->state().adminClientSecret())}},
                                 "application/x-www-form-urlencoded");
    const QString token = reply.json().value(u"access_token"_s).toString();
    return token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1();
}

Reply TestSandboxAdminConditional::call(const QByteArray &method, const QString &path, const QByteArray &body, Headers headers)
{
    headers.prepend({"Authorization", m_token});
    return exchange(*m_network, method, QUrl(m_server->baseUrl().toString() + u"/api/admin/"_s + kTenant + path), body, headers);
}

void TestSandboxAdminConditional::checkError(const Reply &reply, int status)
{
    QCOMPARE(reply.status, status);
    const QStringList problems = m_spec.validateDefinition(reply.json(), u"Error"_s);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n")));
    QCOMPARE(reply.json().value(u"status_code"_s).toInt(), status);
}

#define CHECK_ERROR(reply, status)                                                                                    \
    do {                                                                                                              \
        checkError(reply, status);                                                                                    \
        if (QTest::currentTestFailed())                                                                               \
            return;                                                                                                   \
    } while (false)

// ---- If-Match parsing ------------------------------------------------------------------------

void TestSandboxAdminConditional::ifMatchParsing_data()
{
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("matchesAbc"); // against the strong tag "abc"

    using L = QList<QByteArray>;
    QTest::newRow("absent") << L{} << true << true;
    QTest::newRow("star") << L{"*"} << true << true;
    QTest::newRow("star padded") << L{"  * "} << true << true;
    QTest::newRow("the tag") << L{"\"abc\""} << true << true;
    QTest::newRow("other tag") << L{"\"abd\""} << true << false;
    QTest::newRow("list") << L{"\"x\", \"abc\""} << true << true;
    QTest::newRow("list, no space") << L{"\"x\",\"abc\""} << true << true;
    QTest::newRow("empty elements") << L{", \"abc\" ,,"} << true << true;
    QTest::newRow("two lines") << L{"\"x\"", "\"abc\""} << true << true;
    QTest::newRow("weak never matches") << L{"W/\"abc\""} << true << false;
    QTest::newRow("empty tag") << L{"\"\""} << true << false;
    QTest::newRow("unquoted") << L{"abc"} << false << false;
    QTest::newRow("unterminated") << L{"\"abc"} << false << false;
    QTest::newRow("no comma") << L{"\"a\" \"abc\""} << false << false;
    QTest::newRow("star in a list") << L{"*, \"abc\""} << false << false;
    QTest::newRow("lowercase weak") << L{"w/\"abc\""} << false << false;
    QTest::newRow("quote inside") << L{"\"a\"bc\""} << false << false;
    QTest::newRow("only commas") << L{" , "} << false << false;
    QTest::newRow("empty") << L{""} << false << false;
}

void TestSandboxAdminConditional::ifMatchParsing()
{
    QFETCH(QList<QByteArray>, lines);
    QFETCH(bool, valid);
    QFETCH(bool, matchesAbc);
    HttpRequest request;
    request.headers.append(qMakePair(QByteArray("accept"), QByteArray("*/*")));
    for (const QByteArray &line : lines)
        request.headers.append(qMakePair(QByteArray("if-match"), line));
    const auto parsed = IfMatch::parse(request);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(parsed->matches("\"abc\""), matchesAbc);
}

// ---- ETags -----------------------------------------------------------------------------------

namespace {

void addDocumentRows()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QByteArray>("update");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("original");

    QTest::newRow("server") << u"/servers/shop"_s << u"/servers/{wid}"_s << QByteArray(R"({"name": "Shop 2"})")
                            << u"name"_s << u"Shop"_s;
    QTest::newRow("static idp") << u"/servers/shop/idps/static/users"_s << u"/servers/{wid}/idps/static/{iid}"_s
                                << QByteArray(R"({"name": "Users 2"})") << u"name"_s << u"Users"_s;
    QTest::newRow("client") << u"/clients/app"_s << u"/clients/{cid}"_s
                            << QByteArray(R"({"client_name": "App 2", "redirect_uris": ["http://127.0.0.1/cb"]})")
                            << u"client_name"_s << u"App"_s;
}

} // namespace

void TestSandboxAdminConditional::etagOnEveryDocument_data()
{
    addDocumentRows();
}

void TestSandboxAdminConditional::etagOnEveryDocument()
{
    QFETCH(QString, path);
    QFETCH(QString, pathTemplate);
    QFETCH(QByteArray, update);
    QFETCH(QString, field);

    const Reply first = call("GET", path);
    QCOMPARE(first.status, 200);
    const QByteArray tag = first.header("ETag");
    // A strong entity tag: quoted, no W/ (RFC 9110 §8.8.3).
    QVERIFY2(tag.size() > 2 && tag.startsWith('"') && tag.endsWith('"'), tag.constData());
    QCOMPARE(call("GET", path).header("ETag"), tag); // stable while nothing changes

    const Reply updated = call("PUT", path, update, {{"If-Match", tag}});
    QCOMPARE(updated.status, 200);
    const QStringList problems = m_spec.validateResponse(pathTemplate, "PUT", updated.status, updated.body);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n")));
    const QByteArray newTag = updated.header("ETag");
    QVERIFY(!newTag.isEmpty());
    QVERIFY(newTag != tag);
    const Reply after = call("GET", path);
    QCOMPARE(after.header("ETag"), newTag);
    QCOMPARE(after.json().value(field).toString(), QJsonDocument::fromJson(update).object().value(field).toString());

    // The tag of a created document is the one GET gives.
    const Reply created = call("POST", u"/servers"_s, R"({"id": "tagged"})");
    QCOMPARE(created.status, 201);
    QVERIFY(!created.header("ETag").isEmpty());
    QCOMPARE(call("GET", u"/servers/tagged"_s).header("ETag"), created.header("ETag"));
}

void TestSandboxAdminConditional::staleIfMatchChangesNothing_data()
{
    addDocumentRows();
}

void TestSandboxAdminConditional::staleIfMatchChangesNothing()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, update);
    QFETCH(QString, field);
    QFETCH(QString, original);

    const QByteArray stale = call("GET", path).header("ETag");
    QVERIFY(!stale.isEmpty());
    // Someone else changes the document in between (no if-match: unconditional).
    QCOMPARE(call("PUT", path, update).status, 200);
    const Reply current = call("GET", path);
    const QByteArray tag = current.header("ETag");
    QVERIFY(tag != stale);

    // Our update with the old tag is refused and changes nothing.
    QByteArray ours = update;
    ours.replace("2\"", "3\"");
    CHECK_ERROR(call("PUT", path, ours, {{"If-Match", stale}}), 412);
    QCOMPARE(call("GET", path).json(), current.json());
    QCOMPARE(call("GET", path).header("ETag"), tag);
    // The weak form of the current tag does not match either (If-Match compares strongly).
    CHECK_ERROR(call("PUT", path, ours, {{"If-Match", "W/" + tag}}), 412);
    // GET and DELETE with the stale tag: 412, and the document is still there.
    CHECK_ERROR(call("GET", path, {}, {{"If-Match", stale}}), 412);
    CHECK_ERROR(call("DELETE", path == u"/servers/shop/idps/static/users"_s ? u"/servers/shop/idps/users"_s : path, {},
                     {{"If-Match", stale}}), 412);
    QCOMPARE(call("GET", path).status, 200);
    QVERIFY(call("GET", path).json().value(field).toString() != original); // the other writer's change stays

    // The current tag works.
    QCOMPARE(call("PUT", path, ours, {{"If-Match", tag}}).status, 200);
    QCOMPARE(call("GET", path).json().value(field).toString(), QJsonDocument::fromJson(ours).object().value(field).toString());
}

void TestSandboxAdminConditional::starAndListsMatch()
{
    QCOMPARE(call("PUT", u"/servers/shop"_s, R"({"name": "Star"})", {{"If-Match", "*"}}).status, 200);
    const QByteArray tag = call("GET", u"/servers/shop"_s).header("ETag");
    QCOMPARE(call("GET", u"/servers/shop"_s, {}, {{"If-Match", "\"nope\", " + tag}}).status, 200);
    QCOMPARE(call("PUT", u"/servers/shop"_s, R"({"name": "Listed"})", {{"If-Match", "\"nope\", " + tag}}).status, 200);
    QCOMPARE(call("DELETE", u"/clients/app"_s, {}, {{"If-Match", "*"}}).status, 204);
    QCOMPARE(call("GET", u"/clients/app"_s).status, 404);
    const QByteArray idpTag = call("GET", u"/servers/shop/idps/static/users"_s).header("ETag");
    QCOMPARE(call("DELETE", u"/servers/shop/idps/users"_s, {}, {{"If-Match", idpTag}}).status, 204);
    // "*" on something that does not exist: still the 404 it would have been (RFC 9110 §13.2.1).
    CHECK_ERROR(call("PUT", u"/clients/app"_s, R"({"client_name": "x"})", {{"If-Match", "*"}}), 404);
    CHECK_ERROR(call("DELETE", u"/servers/nowhere"_s, {}, {{"If-Match", "*"}}), 404);
}

void TestSandboxAdminConditional::malformedIfMatch_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("GET unquoted") << QByteArray("GET") << u"/servers/shop"_s << QByteArray("abc");
    QTest::newRow("PUT no comma") << QByteArray("PUT") << u"/servers/shop"_s << QByteArray("\"a\" \"b\"");
    QTest::newRow("DELETE star in list") << QByteArray("DELETE") << u"/clients/app"_s << QByteArray("*, \"a\"");
    QTest::newRow("list unterminated") << QByteArray("GET") << u"/servers"_s << QByteArray("\"a");
}

void TestSandboxAdminConditional::malformedIfMatch()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, value);
    const Reply reply = call(method, path, method == "PUT" ? QByteArray(R"({"name": "Bad"})") : QByteArray(), {{"If-Match", value}});
    CHECK_ERROR(reply, 400);
    QCOMPARE(reply.json().value(u"details"_s)[u"field"_s].toString(), u"if-match"_s);
    QCOMPARE(call("GET", u"/servers/shop"_s).json().value(u"name"_s).toString(), u"Shop"_s);
    QCOMPARE(call("GET", u"/clients/app"_s).status, 200);
}

void TestSandboxAdminConditional::collectionsHaveNoTag()
{
    QCOMPARE(call("GET", u"/servers"_s, {}, {{"If-Match", "*"}}).status, 200);
    const QByteArray tag = call("GET", u"/servers/shop"_s).header("ETag");
    CHECK_ERROR(call("GET", u"/servers"_s, {}, {{"If-Match", tag}}), 412);
    CHECK_ERROR(call("POST", u"/servers"_s, R"({"id": "more"})", {{"If-Match", tag}}), 412);
    QCOMPARE(call("GET", u"/servers/more"_s).status, 404);
    QCOMPARE(call("POST", u"/servers"_s, R"({"id": "more"})", {{"If-Match", "*"}}).status, 201);
}

// ---- X-Idempotency-Key -----------------------------------------------------------------------

void TestSandboxAdminConditional::replayGivesTheSameResponse_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("list");     // where the created objects are listed
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<QString>("nameField");
    QTest::newRow("server") << u"/servers"_s << QByteArray(R"({"id": "once", "name": "Once"})") << u"/servers"_s
                            << u"servers"_s << u"name"_s;
    QTest::newRow("static idp") << u"/servers/shop/idps/static"_s << QByteArray(R"({"id": "once", "name": "Once"})")
                                << u"/servers/shop/idps"_s << u"idps"_s << u"name"_s;
    // No client_id: without the key, every POST would create another client.
    QTest::newRow("client") << u"/clients"_s
                            << QByteArray(R"({"client_name": "Once", "authorization_server_id": "shop", "grant_types": ["client_credentials"]})")
                            << u"/servers/shop/clients"_s << u"clients"_s << u"client_name"_s;
}

void TestSandboxAdminConditional::replayGivesTheSameResponse()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, list);
    QFETCH(QString, listKey);
    QFETCH(QString, nameField);

    const QByteArray key = "k-" + QByteArray::number(QRandomGenerator::global()->generate64()).rightJustified(40, '0');
    const Reply first = call("POST", path, body, {{"X-Idempotency-Key", key}});
    QCOMPARE(first.status, 201);
    QVERIFY(!first.hasHeader("X-Idempotent-Replayed"));
    m_now += 59 * 1000; // a retry within the minute
    const Reply again = call("POST", path, body, {{"X-Idempotency-Key", key}});
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("X-Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("ETag"), first.header("ETag"));
    QCOMPARE(again.header("Content-Type"), first.header("Content-Type"));

    int named = 0;
    for (const QJsonValue &item : call("GET", list).json().value(listKey).toArray())
        named += item[nameField].toString() == u"Once"_s ? 1 : 0;
    QCOMPARE(named, 1);
}

void TestSandboxAdminConditional::keyLength_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");
    QTest::newRow("31") << keyOf('a', 31) << 400;
    QTest::newRow("32") << keyOf('b', 32) << 201;
    QTest::newRow("255") << keyOf('c', 255) << 201;
    QTest::newRow("256") << keyOf('d', 256) << 400;
    QTest::newRow("empty") << QByteArray("") << 400;
    QTest::newRow("inner space") << QByteArray(keyOf('e', 20) + ' ' + keyOf('e', 20)) << 400;
}

void TestSandboxAdminConditional::keyLength()
{
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    const Reply reply = call("POST", u"/servers"_s, R"({"id": "keyed"})", {{"X-Idempotency-Key", key}});
    if (status == 400) {
        CHECK_ERROR(reply, 400);
        QVERIFY2(reply.json().value(u"error"_s).toString().contains(u"X-Idempotency-Key"_s), reply.body.constData());
        QCOMPARE(reply.json().value(u"details"_s)[u"field"_s].toString(), u"X-Idempotency-Key"_s);
        QCOMPARE(call("GET", u"/servers/keyed"_s).status, 404);
    } else {
        QCOMPARE(reply.status, status);
        QCOMPARE(call("GET", u"/servers/keyed"_s).status, 200);
    }
}

void TestSandboxAdminConditional::sameKeyOtherBody()
{
    const QByteArray key = keyOf('x', 48);
    QCOMPARE(call("POST", u"/servers"_s, R"({"id": "first"})", {{"X-Idempotency-Key", key}}).status, 201);
    const Reply other = call("POST", u"/servers"_s, R"({"id": "second"})", {{"X-Idempotency-Key", key}});
    CHECK_ERROR(other, 422);
    QCOMPARE(other.json().value(u"error_code"_s).toString(), u"idempotency_key_reused"_s);
    QVERIFY(!other.hasHeader("X-Idempotent-Replayed"));
    QCOMPARE(call("GET", u"/servers/second"_s).status, 404);
    // Another path with the same key and body is another request too.
    CHECK_ERROR(call("POST", u"/servers/shop/idps/static"_s, R"({"id": "first"})", {{"X-Idempotency-Key", key}}), 422);
    QCOMPARE(call("GET", u"/servers/shop/idps/static/first"_s).status, 404);
    // The first one still replays.
    QCOMPARE(call("POST", u"/servers"_s, R"({"id": "first"})", {{"X-Idempotency-Key", key}}).header("X-Idempotent-Replayed"),
             QByteArray("true"));
}

void TestSandboxAdminConditional::errorsAreNotRemembered()
{
    // A refused request changed nothing; the retry, corrected, runs under the same key.
    const QByteArray key = keyOf('y', 40);
    CHECK_ERROR(call("POST", u"/servers"_s, R"({"id": "fixme", "key_type": "dsa"})", {{"X-Idempotency-Key", key}}), 422);
    const Reply fixed = call("POST", u"/servers"_s, R"({"id": "fixme"})", {{"X-Idempotency-Key", key}});
    QCOMPARE(fixed.status, 201);
    QVERIFY(!fixed.hasHeader("X-Idempotent-Replayed"));
}

void TestSandboxAdminConditional::keysExpire()
{
    const QByteArray key = keyOf('z', 64);
    QCOMPARE(call("POST", u"/servers"_s, R"({"id": "minute"})", {{"X-Idempotency-Key", key}}).status, 201);
    m_now += 60 * 1000;
    // After the minute the key is forgotten: the request runs again and meets the workspace.
    CHECK_ERROR(call("POST", u"/servers"_s, R"({"id": "minute"})", {{"X-Idempotency-Key", key}}), 409);
    // And a different body under it is no longer a mismatch.
    QCOMPARE(call("POST", u"/servers"_s, R"({"id": "later"})", {{"X-Idempotency-Key", key}}).status, 201);
}

void TestSandboxAdminConditional::cacheIsBounded()
{
    qint64 now = 0;
    IdempotencyCache cache(1000, [&now] { return now; }, 3);
    const HttpResponse created = HttpResponse::json(201, QJsonObject{{u"id"_s, u"x"_s}});
    const QByteArray print = "fingerprint";
    for (char k = 'a'; k <= 'd'; ++k) {
        cache.store(kTenant, keyOf(k, 32), print, created);
        now += 10;
    }
    QCOMPARE(cache.size(), 3);
    // The oldest key went to make room; the others replay.
    QCOMPARE(cache.find(kTenant, keyOf('a', 32), print).verdict, IdempotencyCache::Verdict::New);
    QCOMPARE(cache.find(kTenant, keyOf('d', 32), print).verdict, IdempotencyCache::Verdict::Replay);
    // Keys are per tenant.
    QCOMPARE(cache.find(u"other"_s, keyOf('d', 32), print).verdict, IdempotencyCache::Verdict::New);
    // Errors are not kept.
    cache.store(kTenant, keyOf('e', 32), print, HttpResponse::json(422, QJsonObject{}));
    QCOMPARE(cache.find(kTenant, keyOf('e', 32), print).verdict, IdempotencyCache::Verdict::New);
    // Expired entries are dropped, not just ignored.
    now += 1000;
    QCOMPARE(cache.find(kTenant, keyOf('d', 32), print).verdict, IdempotencyCache::Verdict::New);
    QCOMPARE(cache.size(), 0);
}

// ---- Revocation ------------------------------------------------------------------------------

void TestSandboxAdminConditional::revokedAdminTokenRefused()
{
    const QByteArray token = adminToken();
    QVERIFY(!token.isEmpty());
    const auto list = [&](const QByteArray &bearer) {
        return exchange(*m_network, "GET", QUrl(m_server->baseUrl().toString() + u"/api/admin/"_s + kTenant + u"/servers"_s), {},
                        {{"Authorization", bearer}});
    };
    QCOMPARE(list(token).status, 200);

    // RFC 7009 §2.1 at the admin workspace's revocation endpoint, as its client.
    const QUrl revoke(m_server->baseUrl().toString() + u'/' + kTenant + u"/admin/oauth2/revoke"_s);
    const Reply revoked = exchange(*m_network, "POST", revoke, "token=" + QUrl::toPercentEncoding(QString::fromLatin1(token.mid(7))),
                                   {{"Authorization", basicAuth(m_server->state().adminClientId(), m_server->state().adminClientSecret())}},
                                   "application/x-www-form-urlencoded");
    QCOMPARE(revoked.status, 200);

    const Reply refused = list(token);
    CHECK_ERROR(refused, 401);
    QVERIFY2(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""), refused.header("WWW-Authenticate").constData());
    // Only that token: the fixture's token and a fresh one still work.
    QCOMPARE(list(m_token).status, 200);
    QCOMPARE(list(adminToken()).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxAdminConditional)
#include "tst_sandboxadminconditional.moc"
