// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's admin API (/api/admin/{tid}), route by route and error by error, with every
// response body checked against Cloudentity's admin.json (tests/data/contracts/cloudentity).
#include "adminapi.h"
#include "oauthendpoints.h"
#include "router.h"
#include "sandboxserver.h"
#include "swaggercheck.h"
#include "tenantstate.h"
#include "testhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kTenant = u"acme"_s;
const QString kGoodToken = u"Bearer admin-token"_s;

// The one fake here: AdminTokens is GrantStore's job (tested with real tokens in
// tst_sandboxoauth); this stands in so every verdict can be produced on demand.
class FakeAdminTokens final : public AdminTokens
{
public:
    Verdict check(const QString &header) const override
    {
        if (header.isEmpty())
            return Verdict::Missing;
        if (header == kGoodToken)
            return Verdict::Valid;
        if (header == u"Bearer other-workspace")
            return Verdict::WrongWorkspace;
        return Verdict::Invalid;
    }
};

using TestHttp::containsKey;

QByteArray headerOf(const HttpResponse &response, const QByteArray &name)
{
    return TestHttp::headerValue(response.headers, name);
}

QJsonObject bodyObject(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QStringList ids(const HttpResponse &response, const QString &list, const QString &field)
{
    QStringList out;
    for (const QJsonValue &item : bodyObject(response).value(list).toArray())
        out.append(item[field].toString());
    return out;
}

// One exchange over a real socket.
struct Reply
{
    int status = 0; // 0: no HTTP response (connection failed, timed out)
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(const QByteArray &name) const
    {
        return TestHttp::headerValue(headers, name);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Reply exchange(QNetworkAccessManager &network, const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QByteArray &authorization = {}, const QByteArray &contentType = "application/json")
{
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
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

// RFC 6749 §2.3.1: client id and secret form-encoded, then HTTP Basic.
QByteArray basicAuth(const QString &clientId, const QString &secret)
{
    const QByteArray id = QUrl::toPercentEncoding(clientId);
    const QByteArray password = QUrl::toPercentEncoding(secret);
    return "Basic " + QByteArray(id + ':' + password).toBase64();
}

} // namespace

// The response matches the schema admin.json gives for this operation and status.
#define CHECK_SPEC(response, pathTemplate, method)                                                                    \
    do {                                                                                                              \
        const QStringList problems_ = m_spec.validateResponse(pathTemplate, method, (response).status, (response).body); \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(u"\n")));                                              \
    } while (false)

// Statuses admin.json does not list for the operation (a 400 for a body that is not JSON on
// createClient) still carry its Error document.
#define CHECK_ERROR_DOC(response)                                                                                     \
    do {                                                                                                              \
        const QStringList problems_ = m_spec.validateDefinition(bodyObject(response), u"Error"_s);                     \
        QVERIFY2(problems_.isEmpty(), qPrintable(problems_.join(u"\n")));                                              \
        QCOMPARE(bodyObject(response).value(u"status_code"_s).toInt(), (response).status);                             \
    } while (false)

class TestSandboxAdmin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checkerCatchesViolations();
    void unauthorized_data();
    void unauthorized();
    void wrongTenant_data();
    void wrongTenant();
    void badBodies_data();
    void badBodies();
    void servers();
    void serverErrors();
    void serverListing();
    void staticIdps();
    void idpErrors();
    void clients();
    void clientErrors();
    void listsNeverCarrySecrets();
    void hostileBodies_data();
    void hostileBodies();

    // Over real sockets, through SandboxServer (HTTP server, rate limiter, GrantStore tokens).
    void socketsAuthentication();
    void socketsEveryRoute();
    void socketsRestartKeepsState();

private:
    QByteArray adminToken(QNetworkAccessManager &network, const QUrl &base, const QString &clientId, const QString &secret,
                          const QString &workspace = u"admin"_s);
    void checkReply(const Reply &reply, const QString &pathTemplate, const QByteArray &method);

    HttpResponse call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QString &authorization = kGoodToken);
    HttpResponse call(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    QString admin(const QString &rest) const { return u"/api/admin/"_s + kTenant + rest; }

    SwaggerCheck::Spec m_spec;
    FakeAdminTokens m_tokens;
    std::unique_ptr<TenantState> m_state;
    std::unique_ptr<Router> m_router;
};

void TestSandboxAdmin::initTestCase()
{
    QString error;
    QVERIFY2(m_spec.load(QStringLiteral(TOKENSCOPE_TEST_DATA_DIR "/contracts/cloudentity/admin.json"), &error), qPrintable(error));
}

void TestSandboxAdmin::init()
{
    m_state = std::make_unique<TenantState>(kTenant, QString());
    QVERIFY(m_state->load().ok);
    m_state->setBaseUrl(QUrl(u"http://127.0.0.1:8443"_s));
    m_router = std::make_unique<Router>();
    registerAdminApi(*m_router, *m_state, m_tokens);
    // Fixtures the route tables refer to.
    QVERIFY(m_state->createServer(QJsonObject{{u"id"_s, u"shop"_s}}).ok());
    const QByteArray idp = R"({"id": "users", "credentials": {"users": [{"username": "alice", "password": "wonderland"}]}})";
    QVERIFY(m_state->createStaticIdp(u"shop"_s, QJsonDocument::fromJson(idp).object()).ok());
    const QByteArray client = R"({"client_id": "app", "authorization_server_id": "shop", "redirect_uris": ["https://app.example/cb"]})";
    QVERIFY(m_state->createClient(QJsonDocument::fromJson(client).object()).ok());
}

void TestSandboxAdmin::cleanup()
{
    m_router.reset();
    m_state.reset();
}

HttpResponse TestSandboxAdmin::call(const QByteArray &method, const QString &path, const QByteArray &body,
                                    const QString &authorization)
{
    HttpRequest request;
    request.method = method;
    const qsizetype q = path.indexOf(u'?');
    request.path = q < 0 ? path : path.left(q);
    request.query = QUrlQuery(q < 0 ? QString() : path.mid(q + 1));
    request.target = path.toUtf8();
    request.body = body;
    request.baseUrl = QUrl(u"http://127.0.0.1:8443"_s);
    request.peer = QHostAddress::LocalHost;
    if (!authorization.isEmpty())
        request.headers.append(qMakePair(QByteArray("authorization"), authorization.toUtf8()));
    if (!body.isEmpty())
        request.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
    const auto match = m_router->match(method, request.path);
    if (!match || !match->methodAllowed || !match->handler) {
        qWarning("no admin route for %s %s", method.constData(), qPrintable(path));
        return HttpResponse::empty(599);
    }
    if (match->group != ApiGroup::Admin) {
        qWarning("route %s is not in the Admin API group", qPrintable(path));
        return HttpResponse::empty(598);
    }
    return (*match->handler)(request, match->params);
}

void TestSandboxAdmin::checkerCatchesViolations()
{
    // The checker must be able to say no, or its silence below means nothing.
    QVERIFY(m_spec.validateDefinition(QJsonObject{{u"tenant_id"_s, u"t"_s}}, u"ServerResponse"_s).isEmpty());
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"tenant_id"_s, 5}}, u"ServerResponse"_s).isEmpty());
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"id"_s, u"x"_s}}, u"ServerResponse"_s).isEmpty()); // required tenant_id
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"tenant_id"_s, u"t"_s}, {u"key_type"_s, u"dsa"_s}}, u"ServerResponse"_s).isEmpty());
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"tenant_id"_s, u"t"_s}, {u"grant_types"_s, QJsonArray{u"magic"_s}}}, u"ServerResponse"_s).isEmpty());
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"tenant_id"_s, u"t"_s}, {u"name"_s, QJsonValue::Null}}, u"ServerResponse"_s).isEmpty());
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"servers"_s, QJsonArray{QJsonObject{}}}}, u"ServersResponse"_s).isEmpty()); // via items + $ref
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"status_code"_s, u"404"_s}}, u"Error"_s).isEmpty());
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"status_code"_s, 4.5}}, u"Error"_s).isEmpty());
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"tenant_id"_s, u"t"_s}, {u"authorization_server_id"_s, u"w"_s},
                                                   {u"client_secret"_s, u"short"_s}}, u"ClientAdminResponse"_s).isEmpty()); // minLength
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"tenant_id"_s, u"t"_s}, {u"authorization_server_id"_s, u"w"_s},
                                                   {u"created_at"_s, u"yesterday"_s}}, u"ClientAdminResponse"_s).isEmpty()); // date-time
    QVERIFY(!m_spec.validateDefinition(QJsonObject{}, u"NoSuchDefinition"_s).isEmpty());
    // go-swagger's interface{}: a bare {"type": "object"} takes any value, unless told otherwise.
    const QJsonObject user{{u"username"_s, u"u"_s}, {u"authentication_context"_s, QJsonObject{{u"name"_s, u"Alice"_s}}}};
    QVERIFY(m_spec.validateDefinition(user, u"StaticUser"_s).isEmpty());
    SwaggerCheck::Spec strict = m_spec;
    strict.setBareObjectIsAny(false);
    QVERIFY(!strict.validateDefinition(user, u"StaticUser"_s).isEmpty());
    QVERIFY(!m_spec.validateDefinition(QJsonObject{{u"username"_s, 5}}, u"StaticUser"_s).isEmpty());
    const QJsonObject closed{{u"type"_s, u"object"_s}, {u"additionalProperties"_s, false},
                             {u"properties"_s, QJsonObject{{u"a"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}}};
    QVERIFY(m_spec.validate(QJsonObject{{u"a"_s, 1}}, closed).isEmpty());
    QVERIFY(!m_spec.validate(QJsonObject{{u"a"_s, 1}, {u"b"_s, 2}}, closed).isEmpty());
    QVERIFY(!m_spec.validate(QJsonObject{{u"a"_s, 1}}, QJsonObject{{u"$ref"_s, u"#/definitions/Nope"_s}}).isEmpty());
    QVERIFY(!m_spec.validateResponse(u"/servers"_s, "GET", 418, "{}").isEmpty());     // status not listed
    QVERIFY(!m_spec.validateResponse(u"/servers/{wid}"_s, "DELETE", 204, "{}").isEmpty()); // 204 has no body
    QVERIFY(m_spec.validateResponse(u"/servers/{wid}"_s, "DELETE", 204, {}).isEmpty());
}

namespace {

struct Route
{
    const char *method;
    const char *pathTemplate; // as admin.json names it
    const char *path;         // with the fixtures' ids
    bool hasBody;
};

const Route kRoutes[] = {
    {"GET", "/servers", "/servers", false},
    {"POST", "/servers", "/servers", true},
    {"GET", "/servers/{wid}", "/servers/shop", false},
    {"PUT", "/servers/{wid}", "/servers/shop", true},
    {"DELETE", "/servers/{wid}", "/servers/shop", false},
    {"GET", "/servers/{wid}/idps", "/servers/shop/idps", false},
    {"POST", "/servers/{wid}/idps/static", "/servers/shop/idps/static", true},
    {"GET", "/servers/{wid}/idps/static/{iid}", "/servers/shop/idps/static/users", false},
    {"PUT", "/servers/{wid}/idps/static/{iid}", "/servers/shop/idps/static/users", true},
    {"DELETE", "/servers/{wid}/idps/{iid}", "/servers/shop/idps/users", false},
    {"POST", "/clients", "/clients", true},
    {"GET", "/clients/{cid}", "/clients/app", false},
    {"PUT", "/clients/{cid}", "/clients/app", true},
    {"DELETE", "/clients/{cid}", "/clients/app", false},
    {"GET", "/servers/{wid}/clients", "/servers/shop/clients", false},
};

} // namespace

void TestSandboxAdmin::unauthorized_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<int>("status");

    for (const Route &route : kRoutes) {
        const QByteArray name = QByteArray(route.method) + ' ' + route.pathTemplate;
        const auto row = [&](const char *what, const QString &authorization, int status) {
            QTest::newRow(QByteArray(name + ": " + what).constData())
                << QByteArray(route.method) << QString::fromLatin1(route.pathTemplate)
                << QString::fromLatin1(route.path) << authorization << status;
        };
        row("no token", QString(), 401);
        row("invalid token", u"Bearer forged"_s, 401);
        row("not bearer", u"Basic YWRtaW46YWRtaW4="_s, 401);
        row("other workspace", u"Bearer other-workspace"_s, 403);
    }
}

void TestSandboxAdmin::unauthorized()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pathTemplate);
    QFETCH(QString, path);
    QFETCH(QString, authorization);
    QFETCH(int, status);
    const HttpResponse response = call(method, admin(path), QByteArray("{}"), authorization);
    QCOMPARE(response.status, status);
    CHECK_SPEC(response, pathTemplate, method);
    QCOMPARE(bodyObject(response).value(u"status_code"_s).toInt(), status);
    QCOMPARE(bodyObject(response).value(u"error_code"_s).toString(), status == 401 ? u"unauthorized"_s : u"forbidden"_s);
    if (status == 401) {
        QVERIFY(headerOf(response, "WWW-Authenticate").startsWith("Bearer"));
        // RFC 6750 §3.1: no error code when the request had no token at all.
        QCOMPARE(headerOf(response, "WWW-Authenticate").contains("invalid_token"), !authorization.isEmpty());
    }
    // Nothing changed behind the refusal.
    QVERIFY(m_state->server(u"shop"_s));
    QVERIFY(m_state->client(u"app"_s).ok());
    QVERIFY(m_state->staticIdp(u"shop"_s, u"users"_s).ok());
}

void TestSandboxAdmin::wrongTenant_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QString>("path");
    for (const Route &route : kRoutes) {
        QTest::newRow(QByteArray(QByteArray(route.method) + ' ' + route.pathTemplate).constData())
            << QByteArray(route.method) << QString::fromLatin1(route.pathTemplate) << QString::fromLatin1(route.path);
    }
}

void TestSandboxAdmin::wrongTenant()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pathTemplate);
    QFETCH(QString, path);
    const HttpResponse response = call(method, u"/api/admin/other"_s + path, QByteArray("{}"));
    QCOMPARE(response.status, 404);
    CHECK_SPEC(response, pathTemplate, method);
    QCOMPARE(bodyObject(response).value(u"error_code"_s).toString(), u"not_found"_s);
    QVERIFY(m_state->server(u"shop"_s));
}

void TestSandboxAdmin::badBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    const QList<std::pair<const char *, QByteArray>> bodies{
        {"empty", QByteArray()},
        {"whitespace", QByteArray(" \r\n")},
        {"not json", QByteArray("{\"id\": ")},
        {"array", QByteArray("[{\"id\": \"x\"}]")},
        {"string", QByteArray("\"x\"")},
        {"number", QByteArray("42")},
        {"form", QByteArray("id=x&name=y")},
        {"nul bytes", QByteArray("{\"id\"\0: 1}", 10)},
    };
    for (const Route &route : kRoutes) {
        if (!route.hasBody)
            continue;
        for (const auto &[what, body] : bodies) {
            QTest::newRow(QByteArray(QByteArray(route.method) + ' ' + route.pathTemplate + ": " + what).constData())
                << QByteArray(route.method) << QString::fromLatin1(route.pathTemplate) << QString::fromLatin1(route.path) << body;
        }
    }
}

void TestSandboxAdmin::badBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, pathTemplate);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const qsizetype serversBefore = m_state->servers().size();
    const HttpResponse response = call(method, admin(path), body);
    QCOMPARE(response.status, 400);
    QCOMPARE(bodyObject(response).value(u"error_code"_s).toString(), u"invalid_request"_s);
    QVERIFY(!bodyObject(response).value(u"error"_s).toString().isEmpty());
    if (m_spec.responseSchema(pathTemplate, method, 400))
        CHECK_SPEC(response, pathTemplate, method);
    else
        CHECK_ERROR_DOC(response); // createClient lists no 400; the body is still an Error
    QCOMPARE(m_state->servers().size(), serversBefore);
    QCOMPARE(m_state->server(u"shop"_s)->value(u"name"_s).toString(), u"shop"_s);
}

void TestSandboxAdmin::servers()
{
    // List: the built-in admin workspace and the fixture.
    HttpResponse list = call("GET", admin(u"/servers"_s));
    QCOMPARE(list.status, 200);
    CHECK_SPEC(list, u"/servers"_s, "GET");
    QCOMPARE(ids(list, u"servers"_s, u"id"_s), (QStringList{u"admin"_s, u"shop"_s}));
    QVERIFY(headerOf(list, "Content-Type").startsWith("application/json"));

    // Create with defaults.
    HttpResponse created = call("POST", admin(u"/servers"_s), QJsonObject{{u"id"_s, u"demo"_s}, {u"name"_s, u"Demo"_s}, {u"key_type"_s, u"rsa"_s}});
    QCOMPARE(created.status, 201);
    CHECK_SPEC(created, u"/servers"_s, "POST");
    QJsonObject doc = bodyObject(created);
    QCOMPARE(doc.value(u"id"_s).toString(), u"demo"_s);
    QCOMPARE(doc.value(u"tenant_id"_s).toString(), kTenant);
    QCOMPARE(doc.value(u"issuer_url"_s).toString(), u"http://127.0.0.1:8443/acme/demo"_s);
    QCOMPARE(doc.value(u"access_token_ttl"_s).toString(), u"1h0m0s"_s);
    QCOMPARE(doc.value(u"key_type"_s).toString(), u"rsa"_s);
    QCOMPARE(m_state->signingKeys(u"demo"_s).constFirst().algorithm, Jose::Algorithm::RS256);

    // Create without an id: one is generated.
    HttpResponse generated = call("POST", admin(u"/servers"_s), QJsonObject{});
    QCOMPARE(generated.status, 201);
    CHECK_SPEC(generated, u"/servers"_s, "POST");
    const QString generatedId = bodyObject(generated).value(u"id"_s).toString();
    QVERIFY(!generatedId.isEmpty());

    // Get.
    HttpResponse fetched = call("GET", admin(u"/servers/demo"_s));
    QCOMPARE(fetched.status, 200);
    CHECK_SPEC(fetched, u"/servers/{wid}"_s, "GET");
    QCOMPARE(bodyObject(fetched).value(u"name"_s).toString(), u"Demo"_s);

    // Update.
    HttpResponse updated = call("PUT", admin(u"/servers/demo"_s), QJsonObject{{u"name"_s, u"Demo 2"_s}, {u"enforce_pkce"_s, true},
                                                                            {u"access_token_ttl"_s, u"30m"_s}});
    QCOMPARE(updated.status, 200);
    CHECK_SPEC(updated, u"/servers/{wid}"_s, "PUT");
    QCOMPARE(bodyObject(updated).value(u"name"_s).toString(), u"Demo 2"_s);
    QCOMPARE(bodyObject(updated).value(u"access_token_ttl"_s).toString(), u"30m0s"_s);
    QCOMPARE(bodyObject(call("GET", admin(u"/servers/demo"_s))).value(u"enforce_pkce"_s), QJsonValue(true));

    // Delete.
    HttpResponse deleted = call("DELETE", admin(u"/servers/demo"_s));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    CHECK_SPEC(deleted, u"/servers/{wid}"_s, "DELETE");
    HttpResponse gone = call("GET", admin(u"/servers/demo"_s));
    QCOMPARE(gone.status, 404);
    CHECK_SPEC(gone, u"/servers/{wid}"_s, "GET");
    QCOMPARE(ids(call("GET", admin(u"/servers"_s)), u"servers"_s, u"id"_s), (QStringList{u"admin"_s, u"shop"_s, generatedId}));
}

void TestSandboxAdmin::serverErrors()
{
    // 409: the id is taken.
    HttpResponse duplicate = call("POST", admin(u"/servers"_s), QJsonObject{{u"id"_s, u"shop"_s}});
    QCOMPARE(duplicate.status, 409);
    CHECK_SPEC(duplicate, u"/servers"_s, "POST");
    QCOMPARE(bodyObject(duplicate).value(u"details"_s)[u"field"_s].toString(), u"id"_s);

    // 422: a value admin.json does not allow, the field named.
    const QList<std::pair<QJsonObject, QString>> invalid{
        {QJsonObject{{u"access_token_ttl"_s, u"an hour"_s}}, u"access_token_ttl"_s},
        {QJsonObject{{u"key_type"_s, u"dsa"_s}}, u"key_type"_s},
        {QJsonObject{{u"id"_s, u"no spaces"_s}}, u"id"_s},
        {QJsonObject{{u"grant_types"_s, QJsonArray{u"magic"_s}}}, u"grant_types[0]"_s},
    };
    for (const auto &[body, field] : invalid) {
        HttpResponse response = call("POST", admin(u"/servers"_s), body);
        QCOMPARE(response.status, 422);
        CHECK_SPEC(response, u"/servers"_s, "POST");
        QCOMPARE(bodyObject(response).value(u"details"_s)[u"field"_s].toString(), field);
        QVERIFY(bodyObject(response).value(u"error"_s).toString().contains(field));
        HttpResponse update = call("PUT", admin(u"/servers/shop"_s), body);
        if (field != u"id") {
            QCOMPARE(update.status, 422);
            CHECK_SPEC(update, u"/servers/{wid}"_s, "PUT");
        }
    }
    // 400: a JSON type admin.json does not allow.
    HttpResponse typed = call("POST", admin(u"/servers"_s), QJsonObject{{u"enforce_pkce"_s, u"yes"_s}});
    QCOMPARE(typed.status, 400);
    CHECK_SPEC(typed, u"/servers"_s, "POST");
    QCOMPARE(bodyObject(typed).value(u"details"_s)[u"field"_s].toString(), u"enforce_pkce"_s);

    // 404s.
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")}) {
        HttpResponse response = call(method, admin(u"/servers/nope"_s), QByteArray("{}"));
        QCOMPARE(response.status, 404);
        CHECK_SPEC(response, u"/servers/{wid}"_s, method);
    }
    // The built-in admin workspace stays.
    HttpResponse adminDelete = call("DELETE", admin(u"/servers/admin"_s));
    QCOMPARE(adminDelete.status, 400);
    CHECK_SPEC(adminDelete, u"/servers/{wid}"_s, "DELETE");
    QVERIFY(m_state->server(u"admin"_s));
}

void TestSandboxAdmin::serverListing()
{
    for (int i = 0; i < 25; ++i)
        QVERIFY(m_state->createServer(QJsonObject{{u"id"_s, u"ws%1"_s.arg(i, 2, 10, QLatin1Char('0'))}}).ok());
    // admin.json: limit defaults to 20.
    HttpResponse all = call("GET", admin(u"/servers"_s));
    CHECK_SPEC(all, u"/servers"_s, "GET");
    QCOMPARE(ids(all, u"servers"_s, u"id"_s).size(), 20);
    QCOMPARE(ids(call("GET", admin(u"/servers?limit=100"_s)), u"servers"_s, u"id"_s).size(), 27);
    QCOMPARE(ids(call("GET", admin(u"/servers?limit=2"_s)), u"servers"_s, u"id"_s), (QStringList{u"admin"_s, u"shop"_s}));
    QCOMPARE(ids(call("GET", admin(u"/servers?limit=2&after_server_id=shop"_s)), u"servers"_s, u"id"_s), (QStringList{u"ws00"_s, u"ws01"_s}));
    QCOMPARE(ids(call("GET", admin(u"/servers?search_phrase=WS1&limit=100"_s)), u"servers"_s, u"id"_s).size(), 10);
    QCOMPARE(ids(call("GET", admin(u"/servers?server_types=admin"_s)), u"servers"_s, u"id"_s), QStringList{u"admin"_s});
    QVERIFY(!ids(call("GET", admin(u"/servers?server_types=regular&limit=100"_s)), u"servers"_s, u"id"_s).contains(u"admin"_s));
    // Out-of-range limits are clamped, not errors (listAuthorizationServers lists no 400).
    QCOMPARE(ids(call("GET", admin(u"/servers?limit=0"_s)), u"servers"_s, u"id"_s).size(), 1);
    QCOMPARE(ids(call("GET", admin(u"/servers?limit=1000"_s)), u"servers"_s, u"id"_s).size(), 27);
    QCOMPARE(ids(call("GET", admin(u"/servers?limit=abc"_s)), u"servers"_s, u"id"_s).size(), 20);
}

void TestSandboxAdmin::staticIdps()
{
    const QString idpBody = uR"({"id": "staff", "name": "Staff", "credentials": {"users": [
        {"username": "bob", "password": "builder", "authentication_context": {"name": "Bob", "roles": ["ops"]}},
        {"username": "carol", "password": "singer", "email": "carol@example.com", "email_verified": true}]}})"_s;
    HttpResponse created = call("POST", admin(u"/servers/shop/idps/static"_s), idpBody.toUtf8());
    QCOMPARE(created.status, 201);
    CHECK_SPEC(created, u"/servers/{wid}/idps/static"_s, "POST");
    QCOMPARE(bodyObject(created).value(u"method"_s).toString(), u"static"_s);
    QCOMPARE(bodyObject(created).value(u"credentials"_s)[u"users"_s].toArray().size(), 2);

    HttpResponse list = call("GET", admin(u"/servers/shop/idps"_s));
    QCOMPARE(list.status, 200);
    CHECK_SPEC(list, u"/servers/{wid}/idps"_s, "GET");
    QCOMPARE(ids(list, u"idps"_s, u"id"_s), (QStringList{u"users"_s, u"staff"_s}));
    QVERIFY(!list.body.contains("password"));
    QVERIFY(!list.body.contains("builder"));
    // IDPBase documents: the IDPBase definition itself must accept them.
    for (const QJsonValue &idp : bodyObject(list).value(u"idps"_s).toArray())
        QVERIFY(m_spec.validateDefinition(idp, u"IDPBase"_s).isEmpty());

    // The single GET returns the users as admin.json's StaticIDP does, passwords included.
    HttpResponse fetched = call("GET", admin(u"/servers/shop/idps/static/staff"_s));
    QCOMPARE(fetched.status, 200);
    CHECK_SPEC(fetched, u"/servers/{wid}/idps/static/{iid}"_s, "GET");
    QCOMPARE(bodyObject(fetched).value(u"credentials"_s)[u"users"_s][0][u"password"_s].toString(), u"builder"_s);

    HttpResponse updated = call("PUT", admin(u"/servers/shop/idps/static/staff"_s),
                                QByteArray(R"({"name": "Staff 2", "credentials": {"users": [{"username": "bob"}]}})"));
    QCOMPARE(updated.status, 200);
    CHECK_SPEC(updated, u"/servers/{wid}/idps/static/{iid}"_s, "PUT");
    QCOMPARE(bodyObject(updated).value(u"name"_s).toString(), u"Staff 2"_s);
    const QList<QJsonObject> users = m_state->staticUsers(u"shop"_s);
    QCOMPARE(users.size(), 2); // alice (fixture) and bob, carol removed
    QCOMPARE(users[1].value(u"password"_s).toString(), u"builder"_s);

    HttpResponse deleted = call("DELETE", admin(u"/servers/shop/idps/staff"_s));
    QCOMPARE(deleted.status, 204);
    CHECK_SPEC(deleted, u"/servers/{wid}/idps/{iid}"_s, "DELETE");
    HttpResponse gone = call("GET", admin(u"/servers/shop/idps/static/staff"_s));
    QCOMPARE(gone.status, 404);
    CHECK_SPEC(gone, u"/servers/{wid}/idps/static/{iid}"_s, "GET");
}

void TestSandboxAdmin::idpErrors()
{
    HttpResponse duplicate = call("POST", admin(u"/servers/shop/idps/static"_s), QJsonObject{{u"id"_s, u"users"_s}});
    QCOMPARE(duplicate.status, 409);
    // createStaticIDP lists no 409 in admin.json; the body is still its Error document.
    CHECK_ERROR_DOC(duplicate);
    QCOMPARE(bodyObject(duplicate).value(u"details"_s)[u"field"_s].toString(), u"id"_s);

    HttpResponse noPassword = call("POST", admin(u"/servers/shop/idps/static"_s),
                                   QByteArray(R"({"credentials": {"users": [{"username": "dave"}]}})"));
    QCOMPARE(noPassword.status, 422);
    CHECK_SPEC(noPassword, u"/servers/{wid}/idps/static"_s, "POST");
    QCOMPARE(bodyObject(noPassword).value(u"details"_s)[u"field"_s].toString(), u"credentials.users[0].password"_s);

    HttpResponse badType = call("PUT", admin(u"/servers/shop/idps/static/users"_s), QByteArray(R"({"disabled": "no"})"));
    QCOMPARE(badType.status, 400);
    CHECK_SPEC(badType, u"/servers/{wid}/idps/static/{iid}"_s, "PUT");

    const QList<std::tuple<QByteArray, QString, QString>> missing{
        {"GET", u"/servers/nope/idps"_s, u"/servers/{wid}/idps"_s},
        {"POST", u"/servers/nope/idps/static"_s, u"/servers/{wid}/idps/static"_s},
        {"GET", u"/servers/shop/idps/static/nope"_s, u"/servers/{wid}/idps/static/{iid}"_s},
        {"GET", u"/servers/nope/idps/static/users"_s, u"/servers/{wid}/idps/static/{iid}"_s},
        {"PUT", u"/servers/shop/idps/static/nope"_s, u"/servers/{wid}/idps/static/{iid}"_s},
        {"DELETE", u"/servers/shop/idps/nope"_s, u"/servers/{wid}/idps/{iid}"_s},
        {"DELETE", u"/servers/nope/idps/users"_s, u"/servers/{wid}/idps/{iid}"_s},
    };
    for (const auto &[method, path, pathTemplate] : missing) {
        HttpResponse response = call(method, admin(path), QByteArray("{}"));
        QCOMPARE(response.status, 404);
        CHECK_SPEC(response, pathTemplate, method);
    }
}

void TestSandboxAdmin::clients()
{
    HttpResponse created = call("POST", admin(u"/clients"_s), QByteArray(R"({"authorization_server_id": "shop",
        "client_name": "SPA", "token_endpoint_auth_method": "none", "redirect_uris": ["http://127.0.0.1/cb"]})"));
    QCOMPARE(created.status, 201);
    CHECK_SPEC(created, u"/clients"_s, "POST");
    const QString spa = bodyObject(created).value(u"client_id"_s).toString();
    QVERIFY(!spa.isEmpty());
    QVERIFY(!bodyObject(created).contains(u"client_secret"_s)); // public client
    QCOMPARE(bodyObject(created).value(u"server_issuer_url"_s).toString(), u"http://127.0.0.1:8443/acme/shop"_s);

    HttpResponse confidential = call("POST", admin(u"/clients"_s), QByteArray(R"({"authorization_server_id": "shop",
        "client_name": "Service", "grant_types": ["client_credentials"]})"));
    QCOMPARE(confidential.status, 201);
    CHECK_SPEC(confidential, u"/clients"_s, "POST");
    const QString service = bodyObject(confidential).value(u"client_id"_s).toString();
    const QString secret = bodyObject(confidential).value(u"client_secret"_s).toString();
    QVERIFY(secret.size() >= 32);
    QCOMPARE(bodyObject(confidential).value(u"token_endpoint_auth_method"_s).toString(), u"client_secret_basic"_s);

    HttpResponse fetched = call("GET", admin(u"/clients/"_s + service));
    QCOMPARE(fetched.status, 200);
    CHECK_SPEC(fetched, u"/clients/{cid}"_s, "GET");
    QCOMPARE(bodyObject(fetched).value(u"client_secret"_s).toString(), secret);

    HttpResponse list = call("GET", admin(u"/servers/shop/clients"_s));
    QCOMPARE(list.status, 200);
    CHECK_SPEC(list, u"/servers/{wid}/clients"_s, "GET");
    QCOMPARE(ids(list, u"clients"_s, u"client_id"_s), (QStringList{u"app"_s, spa, service}));
    QVERIFY(!list.body.contains(secret.toUtf8()));
    QCOMPARE(ids(call("GET", admin(u"/servers/shop/clients?search_phrase=serv"_s)), u"clients"_s, u"client_id"_s), QStringList{service});
    QCOMPARE(ids(call("GET", admin(u"/servers/shop/clients?limit=1&after_client_id=app"_s)), u"clients"_s, u"client_id"_s), QStringList{spa});

    HttpResponse updated = call("PUT", admin(u"/clients/"_s + service), QByteArray(R"({"client_name": "Service 2",
        "grant_types": ["client_credentials"]})"));
    QCOMPARE(updated.status, 200);
    CHECK_SPEC(updated, u"/clients/{cid}"_s, "PUT");
    QCOMPARE(bodyObject(updated).value(u"client_name"_s).toString(), u"Service 2"_s);
    QCOMPARE(bodyObject(updated).value(u"client_secret"_s).toString(), secret);

    HttpResponse deleted = call("DELETE", admin(u"/clients/"_s + service));
    QCOMPARE(deleted.status, 204);
    CHECK_SPEC(deleted, u"/clients/{cid}"_s, "DELETE");
    HttpResponse gone = call("GET", admin(u"/clients/"_s + service));
    QCOMPARE(gone.status, 404);
    CHECK_SPEC(gone, u"/clients/{cid}"_s, "GET");

    // The admin workspace's clients include the sandbox's admin client, without its secret.
    HttpResponse admins = call("GET", admin(u"/servers/admin/clients"_s));
    CHECK_SPEC(admins, u"/servers/{wid}/clients"_s, "GET");
    QCOMPARE(ids(admins, u"clients"_s, u"client_id"_s), QStringList{m_state->adminClientId()});
    QVERIFY(!admins.body.contains(m_state->adminClientSecret().toUtf8()));
    HttpResponse adminDelete = call("DELETE", admin(u"/clients/"_s + m_state->adminClientId()));
    QCOMPARE(adminDelete.status, 400);
    CHECK_SPEC(adminDelete, u"/clients/{cid}"_s, "DELETE");
}

void TestSandboxAdmin::clientErrors()
{
    HttpResponse duplicate = call("POST", admin(u"/clients"_s), QByteArray(R"({"client_id": "app", "authorization_server_id": "shop",
        "grant_types": ["client_credentials"]})"));
    QCOMPARE(duplicate.status, 409);
    CHECK_SPEC(duplicate, u"/clients"_s, "POST");
    QCOMPARE(bodyObject(duplicate).value(u"details"_s)[u"field"_s].toString(), u"client_id"_s);

    const QList<std::pair<QByteArray, QString>> invalid{
        {R"({"grant_types": ["client_credentials"]})", u"authorization_server_id"_s},
        {R"({"authorization_server_id": "shop", "token_endpoint_auth_method": "magic", "grant_types": ["client_credentials"]})", u"token_endpoint_auth_method"_s},
        {R"({"authorization_server_id": "shop", "grant_types": ["password"]})", u"grant_types"_s},
        {R"({"authorization_server_id": "shop", "redirect_uris": ["https://a.example/cb#frag"]})", u"redirect_uris[0]"_s},
        {R"({"authorization_server_id": "shop", "grant_types": "client_credentials"})", u"grant_types"_s},
        {R"({"authorization_server_id": "shop", "grant_types": ["client_credentials"], "client_secret": "too short"})", u"client_secret"_s},
    };
    for (const auto &[body, field] : invalid) {
        HttpResponse response = call("POST", admin(u"/clients"_s), body);
        QCOMPARE(response.status, 422); // createClient lists 422, not 400
        CHECK_SPEC(response, u"/clients"_s, "POST");
        QCOMPARE(bodyObject(response).value(u"details"_s)[u"field"_s].toString(), field);
    }
    HttpResponse unknownWorkspace = call("POST", admin(u"/clients"_s), QByteArray(R"({"authorization_server_id": "nope", "grant_types": ["client_credentials"]})"));
    QCOMPARE(unknownWorkspace.status, 404);
    CHECK_SPEC(unknownWorkspace, u"/clients"_s, "POST");

    HttpResponse badUpdate = call("PUT", admin(u"/clients/app"_s), QByteArray(R"({"redirect_uris": [5]})"));
    QCOMPARE(badUpdate.status, 400);
    CHECK_SPEC(badUpdate, u"/clients/{cid}"_s, "PUT");
    HttpResponse invalidUpdate = call("PUT", admin(u"/clients/app"_s), QByteArray(R"({"redirect_uris": ["relative/cb"]})"));
    QCOMPARE(invalidUpdate.status, 422);
    CHECK_SPEC(invalidUpdate, u"/clients/{cid}"_s, "PUT");

    const QList<std::tuple<QByteArray, QString, QString>> missing{
        {"GET", u"/clients/nope"_s, u"/clients/{cid}"_s},
        {"PUT", u"/clients/nope"_s, u"/clients/{cid}"_s},
        {"DELETE", u"/clients/nope"_s, u"/clients/{cid}"_s},
        {"GET", u"/servers/nope/clients"_s, u"/servers/{wid}/clients"_s},
    };
    for (const auto &[method, path, pathTemplate] : missing) {
        HttpResponse response = call(method, admin(path), QByteArray("{}"));
        QCOMPARE(response.status, 404);
        CHECK_SPEC(response, pathTemplate, method);
    }
}

void TestSandboxAdmin::listsNeverCarrySecrets()
{
    for (int i = 0; i < 3; ++i) {
        QVERIFY(m_state->createClient(QJsonObject{{u"authorization_server_id"_s, u"shop"_s},
                                                  {u"grant_types"_s, QJsonArray{u"client_credentials"_s}}}).ok());
        QVERIFY(m_state->createStaticIdp(u"shop"_s, QJsonObject{{u"credentials"_s, QJsonObject{{u"users"_s, QJsonArray{
            QJsonObject{{u"username"_s, u"u%1"_s.arg(i)}, {u"password"_s, u"secret-password-%1"_s.arg(i)}}}}}}}).ok());
    }
    const QList<std::pair<QString, QString>> lists{
        {u"/servers/shop/clients"_s, u"clients"_s},
        {u"/servers/admin/clients"_s, u"clients"_s},
        {u"/servers/shop/idps"_s, u"idps"_s},
        {u"/servers"_s, u"servers"_s},
    };
    for (const auto &[path, key] : lists) {
        HttpResponse response = call("GET", admin(path));
        QCOMPARE(response.status, 200);
        const QJsonValue items = bodyObject(response).value(key);
        QVERIFY(!items.toArray().isEmpty());
        QVERIFY2(!containsKey(items, u"client_secret"_s), qPrintable(path));
        QVERIFY2(!containsKey(items, u"password"_s), qPrintable(path));
        QVERIFY2(!containsKey(items, u"secret"_s), qPrintable(path));
        QVERIFY2(!response.body.contains("secret-password"), qPrintable(path));
    }
}

void TestSandboxAdmin::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("nested arrays") << QByteArray("POST") << u"/servers"_s
                                   << QByteArray(100000, '[') << 400;
    QTest::newRow("nested objects in a field") << QByteArray("POST") << u"/servers"_s
                                               << QByteArray("{\"advanced\": " + QByteArray(500, '[') + QByteArray(500, ']') + "}") << 400;
    QTest::newRow("unicode id") << QByteArray("POST") << u"/servers"_s << QByteArray("{\"id\": \"w\xc3\xb6rk\"}") << 422;
    QTest::newRow("id with nul") << QByteArray("POST") << u"/servers"_s << QByteArray("{\"id\": \"a\\u0000b\"}") << 422;
    QTest::newRow("invalid utf-8") << QByteArray("POST") << u"/servers"_s << QByteArray("{\"name\": \"\xff\xfe\"}") << 400;
    QTest::newRow("huge number") << QByteArray("POST") << u"/servers"_s << QByteArray("{\"version\": 1e400}") << 400;
    QTest::newRow("duration overflow") << QByteArray("POST") << u"/servers"_s
                                       << QByteArray("{\"access_token_ttl\": \"99999999999999999999h\"}") << 422;
    QByteArray users = "{\"credentials\": {\"users\": [";
    for (int i = 0; i < 5000; ++i)
        users += (i ? "," : "") + QByteArray(R"({"username": "u)") + QByteArray::number(i) + R"(", "password": "p"})";
    users += "]}}";
    QTest::newRow("5000 users") << QByteArray("POST") << u"/servers/shop/idps/static"_s << users << 201;
    QByteArray redirects = R"({"authorization_server_id": "shop", "redirect_uris": [)";
    for (int i = 0; i < 5000; ++i)
        redirects += (i ? "," : "") + QByteArray(R"("https://app.example/cb/)") + QByteArray::number(i) + '"';
    redirects += "]}";
    QTest::newRow("5000 redirect URIs") << QByteArray("POST") << u"/clients"_s << redirects << 201;
    QTest::newRow("users as a huge string") << QByteArray("POST") << u"/servers/shop/idps/static"_s
                                            << QByteArray("{\"credentials\": {\"users\": \"" + QByteArray(500000, 'x') + "\"}}") << 400;
}

void TestSandboxAdmin::hostileBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const HttpResponse response = call(method, admin(path), body);
    QCOMPARE(response.status, status);
    if (status >= 400)
        CHECK_ERROR_DOC(response);
    // The API keeps answering.
    QCOMPARE(call("GET", admin(u"/servers/shop"_s)).status, 200);
}

QByteArray TestSandboxAdmin::adminToken(QNetworkAccessManager &network, const QUrl &base, const QString &clientId,
                                        const QString &secret, const QString &workspace)
{
    const QUrl url(base.toString() + u'/' + kTenant + u'/' + workspace + u"/oauth2/token"_s);
    const Reply reply = exchange(network, "POST", url, "grant_type=client_credentials", basicAuth(clientId, secret),
                                 "application/x-www-form-urlencoded");
    if (reply.status != 200)
        qWarning("token request: %d %s", reply.status, reply.body.constData());
    const QString token = reply.json().value(u"access_token"_s).toString();
    return token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1();
}

void TestSandboxAdmin::checkReply(const Reply &reply, const QString &pathTemplate, const QByteArray &method)
{
    const QStringList problems = m_spec.validateResponse(pathTemplate, method, reply.status, reply.body);
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 %2 (%3): "_s.arg(QString::fromLatin1(method), pathTemplate).arg(reply.status)
                                            + problems.join(u"\n")));
    // Every response carries the rate-limit headers of its API group.
    QVERIFY(!reply.header("X-RateLimit-Limit").isEmpty());
    QVERIFY(!reply.header("X-RateLimit-Remaining").isEmpty());
    QVERIFY(!reply.header("X-RateLimit-Reset").isEmpty());
}

#define CHECK_REPLY(reply, pathTemplate, method)                                                                      \
    do {                                                                                                              \
        checkReply(reply, pathTemplate, method);                                                                      \
        if (QTest::currentTestFailed())                                                                               \
            return;                                                                                                   \
    } while (false)

void TestSandboxAdmin::socketsAuthentication()
{
    SandboxOptions options;
    options.tenantId = kTenant;
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QString api = server.baseUrl().toString() + u"/api/admin/"_s + kTenant;

    const Reply none = exchange(network, "GET", QUrl(api + u"/servers"_s));
    QCOMPARE(none.status, 401);
    CHECK_REPLY(none, u"/servers"_s, "GET");
    QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));

    const Reply forged = exchange(network, "GET", QUrl(api + u"/servers"_s), {}, "Bearer not-a-token");
    QCOMPARE(forged.status, 401);
    CHECK_REPLY(forged, u"/servers"_s, "GET");

    // The admin client's token opens the API.
    const QByteArray token = adminToken(network, server.baseUrl(), server.state().adminClientId(), server.state().adminClientSecret());
    QVERIFY(!token.isEmpty());
    const Reply listed = exchange(network, "GET", QUrl(api + u"/servers"_s), {}, token);
    QCOMPARE(listed.status, 200);
    CHECK_REPLY(listed, u"/servers"_s, "GET");

    // A token of another workspace does not.
    const Reply workspace = exchange(network, "POST", QUrl(api + u"/servers"_s), R"({"id": "shop"})", token);
    QCOMPARE(workspace.status, 201);
    const Reply client = exchange(network, "POST", QUrl(api + u"/clients"_s),
                                  R"({"authorization_server_id": "shop", "grant_types": ["client_credentials"]})", token);
    QCOMPARE(client.status, 201);
    const QByteArray shopToken = adminToken(network, server.baseUrl(), client.json().value(u"client_id"_s).toString(),
                                            client.json().value(u"client_secret"_s).toString(), u"shop"_s);
    QVERIFY(!shopToken.isEmpty());
    const Reply wrong = exchange(network, "GET", QUrl(api + u"/servers"_s), {}, shopToken);
    QCOMPARE(wrong.status, 403);
    CHECK_REPLY(wrong, u"/servers"_s, "GET");

    // Another tenant in the path.
    const Reply tenant = exchange(network, "GET", QUrl(server.baseUrl().toString() + u"/api/admin/other/servers"_s), {}, token);
    QCOMPARE(tenant.status, 404);
    CHECK_REPLY(tenant, u"/servers"_s, "GET");
}

void TestSandboxAdmin::socketsEveryRoute()
{
    SandboxOptions options;
    options.tenantId = kTenant;
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QString api = server.baseUrl().toString() + u"/api/admin/"_s + kTenant;
    const QByteArray token = adminToken(network, server.baseUrl(), server.state().adminClientId(), server.state().adminClientSecret());
    QVERIFY(!token.isEmpty());
    const auto call = [&](const QByteArray &method, const QString &path, const QByteArray &body = {}) {
        return exchange(network, method, QUrl(api + path), body, token);
    };

    Reply r = call("POST", u"/servers"_s, R"({"id": "shop", "name": "Shop", "access_token_ttl": "15m"})");
    QCOMPARE(r.status, 201);
    CHECK_REPLY(r, u"/servers"_s, "POST");
    QCOMPARE(r.json().value(u"issuer_url"_s).toString(), server.baseUrl().toString() + u"/acme/shop"_s);
    QCOMPARE(r.json().value(u"access_token_ttl"_s).toString(), u"15m0s"_s);
    r = call("POST", u"/servers"_s, R"({"id": "shop"})");
    QCOMPARE(r.status, 409);
    CHECK_REPLY(r, u"/servers"_s, "POST");
    r = call("POST", u"/servers"_s, R"({"key_type": "dsa"})");
    QCOMPARE(r.status, 422);
    CHECK_REPLY(r, u"/servers"_s, "POST");
    QCOMPARE(r.json().value(u"details"_s)[u"field"_s].toString(), u"key_type"_s);
    r = call("POST", u"/servers"_s, "{not json");
    QCOMPARE(r.status, 400);
    CHECK_REPLY(r, u"/servers"_s, "POST");
    r = call("GET", u"/servers"_s);
    QCOMPARE(r.status, 200);
    CHECK_REPLY(r, u"/servers"_s, "GET");
    r = call("GET", u"/servers/shop"_s);
    QCOMPARE(r.status, 200);
    CHECK_REPLY(r, u"/servers/{wid}"_s, "GET");
    r = call("PUT", u"/servers/shop"_s, R"({"name": "Shop 2"})");
    QCOMPARE(r.status, 200);
    CHECK_REPLY(r, u"/servers/{wid}"_s, "PUT");

    r = call("POST", u"/servers/shop/idps/static"_s, R"({"id": "users", "credentials": {"users": [{"username": "alice", "password": "wonderland"}]}})");
    QCOMPARE(r.status, 201);
    CHECK_REPLY(r, u"/servers/{wid}/idps/static"_s, "POST");
    r = call("GET", u"/servers/shop/idps"_s);
    QCOMPARE(r.status, 200);
    CHECK_REPLY(r, u"/servers/{wid}/idps"_s, "GET");
    QVERIFY(!r.body.contains("wonderland"));
    r = call("GET", u"/servers/shop/idps/static/users"_s);
    QCOMPARE(r.status, 200);
    CHECK_REPLY(r, u"/servers/{wid}/idps/static/{iid}"_s, "GET");
    r = call("PUT", u"/servers/shop/idps/static/users"_s, R"({"name": "Users"})");
    QCOMPARE(r.status, 200);
    CHECK_REPLY(r, u"/servers/{wid}/idps/static/{iid}"_s, "PUT");

    r = call("POST", u"/clients"_s, R"({"client_id": "app", "authorization_server_id": "shop", "redirect_uris": ["http://127.0.0.1/cb"]})");
    QCOMPARE(r.status, 201);
    CHECK_REPLY(r, u"/clients"_s, "POST");
    const QByteArray secret = r.json().value(u"client_secret"_s).toString().toUtf8();
    QVERIFY(secret.size() >= 32);
    r = call("POST", u"/clients"_s, R"({"authorization_server_id": "shop", "grant_types": ["password"]})");
    QCOMPARE(r.status, 422);
    CHECK_REPLY(r, u"/clients"_s, "POST");
    r = call("GET", u"/clients/app"_s);
    QCOMPARE(r.status, 200);
    CHECK_REPLY(r, u"/clients/{cid}"_s, "GET");
    r = call("PUT", u"/clients/app"_s, R"({"client_name": "App", "redirect_uris": ["http://127.0.0.1/cb"]})");
    QCOMPARE(r.status, 200);
    CHECK_REPLY(r, u"/clients/{cid}"_s, "PUT");
    r = call("GET", u"/servers/shop/clients"_s);
    QCOMPARE(r.status, 200);
    CHECK_REPLY(r, u"/servers/{wid}/clients"_s, "GET");
    QVERIFY(!r.body.contains(secret));

    r = call("DELETE", u"/clients/app"_s);
    QCOMPARE(r.status, 204);
    CHECK_REPLY(r, u"/clients/{cid}"_s, "DELETE");
    r = call("DELETE", u"/servers/shop/idps/users"_s);
    QCOMPARE(r.status, 204);
    CHECK_REPLY(r, u"/servers/{wid}/idps/{iid}"_s, "DELETE");
    r = call("DELETE", u"/servers/shop"_s);
    QCOMPARE(r.status, 204);
    CHECK_REPLY(r, u"/servers/{wid}"_s, "DELETE");
    r = call("GET", u"/servers/shop"_s);
    QCOMPARE(r.status, 404);
    CHECK_REPLY(r, u"/servers/{wid}"_s, "GET");
}

void TestSandboxAdmin::socketsRestartKeepsState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.tenantId = kTenant;
    options.dataDirectory = dir.path();
    QString adminId, adminSecret, kid;
    {
        SandboxServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy::NoProxy);
        adminId = server.state().adminClientId();
        adminSecret = server.state().adminClientSecret();
        const QByteArray token = adminToken(network, server.baseUrl(), adminId, adminSecret);
        QVERIFY(!token.isEmpty());
        const QString api = server.baseUrl().toString() + u"/api/admin/"_s + kTenant;
        QCOMPARE(exchange(network, "POST", QUrl(api + u"/servers"_s), R"({"id": "shop", "key_type": "ps"})", token).status, 201);
        QCOMPARE(exchange(network, "POST", QUrl(api + u"/clients"_s),
                          R"({"client_id": "app", "authorization_server_id": "shop", "grant_types": ["client_credentials"]})", token).status, 201);
        const Reply jwks = exchange(network, "GET", QUrl(server.baseUrl().toString() + u"/acme/shop/.well-known/jwks.json"_s));
        QCOMPARE(jwks.status, 200);
        kid = jwks.json().value(u"keys"_s)[0][u"kid"_s].toString();
        QVERIFY(!kid.isEmpty());
    }
    SandboxServer server(options);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QVERIFY2(server.startupNote().isEmpty(), qPrintable(server.startupNote()));
    QCOMPARE(server.state().adminClientId(), adminId);
    QCOMPARE(server.state().adminClientSecret(), adminSecret);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    const QByteArray token = adminToken(network, server.baseUrl(), adminId, adminSecret);
    QVERIFY(!token.isEmpty());
    const QString api = server.baseUrl().toString() + u"/api/admin/"_s + kTenant;
    const Reply shop = exchange(network, "GET", QUrl(api + u"/servers/shop"_s), {}, token);
    QCOMPARE(shop.status, 200);
    CHECK_REPLY(shop, u"/servers/{wid}"_s, "GET");
    QCOMPARE(shop.json().value(u"key_type"_s).toString(), u"ps"_s);
    QCOMPARE(exchange(network, "GET", QUrl(api + u"/clients/app"_s), {}, token).status, 200);
    const Reply jwks = exchange(network, "GET", QUrl(server.baseUrl().toString() + u"/acme/shop/.well-known/jwks.json"_s));
    QCOMPARE(jwks.json().value(u"keys"_s)[0][u"kid"_s].toString(), kid);
    QCOMPARE(jwks.json().value(u"keys"_s)[0][u"alg"_s].toString(), u"PS256"_s);
}

QTEST_GUILESS_MAIN(TestSandboxAdmin)
#include "tst_sandboxadmin.moc"
