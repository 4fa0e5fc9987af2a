// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's newer grants over real sockets against SandboxServer: device authorization
// (RFC 8628) with its verification page, pushed authorization requests (RFC 9126), token
// exchange (RFC 8693) and the JWT bearer grant (RFC 7523 §2.1). Time-dependent outcomes
// (slow_down, expired_token, an expired request_uri) run on the grant store's injected clock.

#include "grantstore.h"
#include "sandboxserver.h"
#include "swaggercheck.h"
#include "tenantstate.h"
#include "testhttp.h"
#include "testkeys.h"

#include "jose/base64url.h"
#include "jose/decodedtoken.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Sandbox;

namespace {

const QString Tenant = QStringLiteral("default");
const QString Workspace = QStringLiteral("grants");
const QString PlainWorkspace = QStringLiteral("plain");   // none of the new grants enabled
const QString ParWorkspace = QStringLiteral("paronly");   // require_pushed_authorization_requests
const QString Secret = QStringLiteral("grants-secret-0123456789abcdefghijklmnopqrstuvwxyz");
const QString Redirect = QStringLiteral("https://app.example/callback");
const QString UserName = QStringLiteral("alice");
const QString UserPassword = QStringLiteral("wonderland-42");
const QString DeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString ExchangeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
const QString JwtBearerGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");
const QString AccessTokenType = QStringLiteral("urn:ietf:params:oauth:token-type:access_token");
const QString IdTokenType = QStringLiteral("urn:ietf:params:oauth:token-type:id_token");

using Form = QList<QPair<QString, QString>>;

struct Reply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return TestHttp::headerValue(headers, name); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString error() const { return json().value(QLatin1String("error")).toString(); }
};

QByteArray formEncode(const Form &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QByteArray basic(const QString &id, const QString &secret)
{
    const QByteArray pair = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
    return "Basic " + pair.toBase64();
}

QString hiddenValue(const QByteArray &html, const QString &name)
{
    const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]+)\"").arg(name));
    const auto match = re.match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1) : QString();
}

QJsonObject claimsOf(const QString &jwt)
{
    return Jose::decodeToken(jwt).claims.value_or(QJsonObject());
}

} // namespace

class TestSandboxGrants final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void discovery();
    void deviceApproved();
    void deviceDenied_data();
    void deviceDenied();
    void deviceExpired();
    void deviceErrors();
    void pushedRequest();
    void pushedRequestErrors();
    void pushedRequestRequired();
    void tokenExchange();
    void tokenExchangeErrors();
    void jwtBearer();
    void jwtBearerErrors_data();
    void jwtBearerErrors();
    void adminSettingsRoundTrip();

private:
    QString issuer(const QString &wid = Workspace) const;
    QString path(const QString &wid, const QString &rest) const { return u'/' + Tenant + u'/' + wid + rest; }
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply post(const QString &pathAndQuery, const Form &form, const QByteArray &authorization = {});
    Reply token(const Form &form, const QByteArray &authorization = {}, const QString &wid = Workspace);
    void populate(TenantState &state);
    void contract(const QString &pathTemplate, const QByteArray &method, const Reply &reply);
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

    // Device authorization for the public device client; the JSON response.
    QJsonObject startDevice(const QString &scope = QStringLiteral("openid profile"));
    // The verification page from the code to the consent page; the consent form token.
    QString signInOnDevicePage(const QString &userCode);
    // GET authorize with the query → login page → POST alice's credentials; the last reply.
    Reply authorize(const Form &query, const QString &wid = Workspace);
    Reply par(const Form &form, const QByteArray &authorization, const QString &wid = Workspace);
    // alice's tokens from the password grant of the confidential client.
    QJsonObject userTokens(const QString &scope);
    Reply exchange(Form form, const QString &clientId = QStringLiteral("exchanger"));
    QString assertion(const QJsonObject &claims, const TestKeys::KeyPair *key = nullptr) const;
    QJsonObject introspectedAct(const QString &accessToken);

    SwaggerCheck::Spec m_contract;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QDateTime m_now;
    QString m_deviceClient = QStringLiteral("device-client");     // none; device_code, refresh_token
    QString m_confidential = QStringLiteral("confidential");      // basic; device_code, authorization_code, ...
    QString m_plainClient = QStringLiteral("plain-client");       // client_credentials only
    QString m_parClient = QStringLiteral("par-client");           // basic; authorization_code; PAR required
    QString m_parOnlyClient = QStringLiteral("paronly-client");   // of the PAR-only workspace
    QString m_exchanger = QStringLiteral("exchanger");            // token exchange; audience api.example
    QString m_jwtClient = QStringLiteral("jwt-bearer-client");    // jwt-bearer; jwks of m_clientKey
    QString m_jwksUriClient = QStringLiteral("jwks-uri-client");  // jwt-bearer; only a jwks_uri
    TestKeys::KeyPair m_clientKey;
};

void TestSandboxGrants::populate(TenantState &s)
{
    const QJsonArray everyGrant{QStringLiteral("authorization_code"), QStringLiteral("client_credentials"),
                                QStringLiteral("refresh_token"), QStringLiteral("password"), DeviceGrant,
                                ExchangeGrant, JwtBearerGrant};
    const auto ws = s.createServer(QJsonObject{{QStringLiteral("id"), Workspace},
                                               {QStringLiteral("name"), QStringLiteral("Grants")},
                                               {QStringLiteral("grant_types"), everyGrant}});
    QVERIFY2(ws.ok(), qPrintable(ws.error.error));
    const auto plain = s.createServer(QJsonObject{{QStringLiteral("id"), PlainWorkspace},
                                                  {QStringLiteral("grant_types"),
                                                   QJsonArray{QStringLiteral("client_credentials")}}});
    QVERIFY2(plain.ok(), qPrintable(plain.error.error));
    const auto parOnly = s.createServer(QJsonObject{{QStringLiteral("id"), ParWorkspace},
                                                    {QStringLiteral("require_pushed_authorization_requests"), true},
                                                    {QStringLiteral("pushed_authorization_request_ttl"), QStringLiteral("2m0s")},
                                                    {QStringLiteral("grant_types"),
                                                     QJsonArray{QStringLiteral("authorization_code")}}});
    QVERIFY2(parOnly.ok(), qPrintable(parOnly.error.error));
    const QJsonObject user{{QStringLiteral("username"), UserName},
                           {QStringLiteral("password"), UserPassword},
                           {QStringLiteral("email"), QStringLiteral("alice@example.com")}};
    for (const QString &wid : {Workspace, ParWorkspace}) {
        const auto idp = s.createStaticIdp(wid, QJsonObject{
            {QStringLiteral("name"), QStringLiteral("Users")},
            {QStringLiteral("method"), QStringLiteral("static")},
            {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("users"), QJsonArray{user}}}}});
        QVERIFY2(idp.ok(), qPrintable(idp.error.error));
    }
    const auto client = [&s](const QString &id, QJsonObject body) {
        body.insert(QStringLiteral("client_id"), id);
        const auto created = s.createClient(body);
        QVERIFY2(created.ok(), qPrintable(id + u": " + created.error.error));
    };
    client(m_deviceClient, {{QStringLiteral("authorization_server_id"), Workspace},
                            {QStringLiteral("client_name"), QStringLiteral("Living-room TV")},
                            {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
                            {QStringLiteral("grant_types"), QJsonArray{DeviceGrant, QStringLiteral("refresh_token")}}});
    client(m_confidential, {{QStringLiteral("authorization_server_id"), Workspace},
                            {QStringLiteral("client_secret"), Secret},
                            {QStringLiteral("grant_types"), everyGrant},
                            {QStringLiteral("redirect_uris"), QJsonArray{Redirect}},
                            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email"),
                                                                  QStringLiteral("orders.read"),
                                                                  QStringLiteral("orders.write")}}});
    client(m_parClient, {{QStringLiteral("authorization_server_id"), Workspace},
                         {QStringLiteral("client_secret"), Secret},
                         {QStringLiteral("require_pushed_authorization_requests"), true},
                         {QStringLiteral("redirect_uris"), QJsonArray{Redirect}}});
    client(m_parOnlyClient, {{QStringLiteral("authorization_server_id"), ParWorkspace},
                             {QStringLiteral("client_secret"), Secret},
                             {QStringLiteral("redirect_uris"), QJsonArray{Redirect}}});
    client(m_exchanger, {{QStringLiteral("authorization_server_id"), Workspace},
                         {QStringLiteral("client_secret"), Secret},
                         {QStringLiteral("grant_types"), QJsonArray{ExchangeGrant}},
                         {QStringLiteral("audience"), QJsonArray{QStringLiteral("https://api.example/orders")}},
                         {QStringLiteral("token_exchange"),
                          QJsonObject{{QStringLiteral("actor_claims"), QJsonArray{QStringLiteral("scope")}}}}});
    client(m_jwtClient, {{QStringLiteral("authorization_server_id"), Workspace},
                         {QStringLiteral("client_secret"), Secret},
                         {QStringLiteral("grant_types"), QJsonArray{JwtBearerGrant}},
                         {QStringLiteral("scopes"), QJsonArray{QStringLiteral("email"), QStringLiteral("orders.read")}},
                         {QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), QJsonArray{m_clientKey.publicJwk}}}}});
    client(m_jwksUriClient, {{QStringLiteral("authorization_server_id"), Workspace},
                             {QStringLiteral("client_secret"), Secret},
                             {QStringLiteral("grant_types"), QJsonArray{JwtBearerGrant}},
                             {QStringLiteral("jwks_uri"), QStringLiteral("https://keys.example/jwks.json")}});
    client(m_plainClient, {{QStringLiteral("authorization_server_id"), Workspace},
                           {QStringLiteral("client_secret"), Secret},
                           {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}}});
}

void TestSandboxGrants::initTestCase()
{
    QString error;
    QVERIFY2(m_contract.load(QStringLiteral(TOKENSCOPE_TEST_DATA_DIR "/contracts/cloudentity/oauth2.json"), &error),
             qPrintable(error));
    m_clientKey = TestKeys::generate(Jose::Algorithm::ES256, QStringLiteral("client-key"));
    SandboxOptions options;
    options.tenantId = Tenant;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    populate(m_server->state());
    m_server->grants()->setClock([this] { return m_now; });
}

void TestSandboxGrants::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

void TestSandboxGrants::init()
{
    m_now = QDateTime::currentDateTimeUtc();
}

QString TestSandboxGrants::issuer(const QString &wid) const
{
    return m_server->baseUrl().toString(QUrl::StripTrailingSlash) + path(wid, {});
}

Reply TestSandboxGrants::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Reply out;
    const QUrl url = QUrl::fromEncoded(m_server->baseUrl().toEncoded(QUrl::StripTrailingSlash) + pathAndQuery.toLatin1(),
                                       QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000)) {
        reply->abort();
        reply->deleteLater();
        return out;
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append(pair);
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

Reply TestSandboxGrants::post(const QString &pathAndQuery, const Form &form, const QByteArray &authorization)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    return send("POST", pathAndQuery, formEncode(form), headers);
}

Reply TestSandboxGrants::token(const Form &form, const QByteArray &authorization, const QString &wid)
{
    return post(path(wid, QStringLiteral("/oauth2/token")), form, authorization);
}

void TestSandboxGrants::contract(const QString &pathTemplate, const QByteArray &method, const Reply &reply)
{
    const QStringList problems = m_contract.validateResponse(pathTemplate, method, reply.status, reply.body);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 %2 %3: %4")
                                                .arg(QString::fromLatin1(method), pathTemplate)
                                                .arg(reply.status)
                                                .arg(problems.join(QStringLiteral("; ")))));
}

// ---- discovery -----------------------------------------------------------------------------

void TestSandboxGrants::discovery()
{
    const Reply reply = send("GET", path(Workspace, QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(reply.status, 200);
    contract(QStringLiteral("/.well-known/openid-configuration"), "GET", reply);
    const QJsonObject doc = reply.json();
    QCOMPARE(doc.value(u"device_authorization_endpoint").toString(), QString(issuer() + u"/device/authorization"));
    QCOMPARE(doc.value(u"pushed_authorization_request_endpoint").toString(), QString(issuer() + u"/par"));
    QCOMPARE(doc.value(u"require_pushed_authorization_requests").toBool(true), false);
    const QJsonArray grants = doc.value(u"grant_types_supported").toArray();
    for (const QString &grant : {DeviceGrant, ExchangeGrant, JwtBearerGrant})
        QVERIFY2(grants.contains(grant), qPrintable(grant));

    // A workspace that does not enable them does not list them.
    const Reply plain = send("GET", path(PlainWorkspace, QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.json().value(u"grant_types_supported").toArray(), QJsonArray{QStringLiteral("client_credentials")});
}

// ---- device authorization ------------------------------------------------------------------

QJsonObject TestSandboxGrants::startDevice(const QString &scope)
{
    const Reply reply = post(path(Workspace, QStringLiteral("/device/authorization")),
                             {{QStringLiteral("client_id"), m_deviceClient}, {QStringLiteral("scope"), scope}});
    if (reply.status != 200)
        qWarning() << "device authorization:" << reply.status << reply.body;
    return reply.json();
}

QString TestSandboxGrants::signInOnDevicePage(const QString &userCode)
{
    const QString page = path(Workspace, QStringLiteral("/device"));
    const Reply codeStep = post(page, {{QStringLiteral("user_code"), userCode}});
    const QString loginToken = hiddenValue(codeStep.body, QStringLiteral("form_token"));
    if (codeStep.status != 200 || loginToken.isEmpty())
        return {};
    const Reply loginStep = post(page, {{QStringLiteral("form_token"), loginToken},
                                        {QStringLiteral("username"), UserName},
                                        {QStringLiteral("password"), UserPassword}});
    if (loginStep.status != 200 || !loginStep.body.contains("id=\"approve\""))
        return {};
    return hiddenValue(loginStep.body, QStringLiteral("form_token"));
}

void TestSandboxGrants::deviceApproved()
{
    const Reply started = post(path(Workspace, QStringLiteral("/device/authorization")),
                               {{QStringLiteral("client_id"), m_deviceClient},
                                {QStringLiteral("scope"), QStringLiteral("openid profile")}});
    QCOMPARE(started.status, 200);
    contract(QStringLiteral("/device/authorization"), "POST", started);
    QCOMPARE(started.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QJsonObject device = started.json();
    const QString userCode = device.value(u"user_code").toString();
    const QString deviceCode = device.value(u"device_code").toString();
    // RFC 8628 §6.1: eight consonants in two groups.
    static const QRegularExpression shape(QStringLiteral("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"));
    QVERIFY2(shape.match(userCode).hasMatch(), qPrintable(userCode));
    QVERIFY(deviceCode.size() >= 43);
    QCOMPARE(device.value(u"verification_uri").toString(), QString(issuer() + u"/device"));
    QCOMPARE(device.value(u"verification_uri_complete").toString(),
             QString(issuer() + u"/device?user_code=" + userCode));
    QCOMPARE(device.value(u"expires_in").toInteger(), 1800);
    QCOMPARE(device.value(u"interval").toInteger(), 5);

    const Form poll{{QStringLiteral("grant_type"), DeviceGrant},
                    {QStringLiteral("device_code"), deviceCode},
                    {QStringLiteral("client_id"), m_deviceClient}};
    Reply polled = token(poll);
    QCOMPARE(polled.status, 400);
    QCOMPARE(polled.error(), QStringLiteral("authorization_pending"));
    contract(QStringLiteral("/oauth2/token"), "POST", polled);
    // Again at once: faster than the interval.
    polled = token(poll);
    QCOMPARE(polled.error(), QStringLiteral("slow_down"));
    // The interval is now 10 s: 6 s later is still too fast.
    advance(6);
    QCOMPARE(token(poll).error(), QStringLiteral("slow_down"));
    // ... and that raised it to 15 s.
    advance(16);
    QCOMPARE(token(poll).error(), QStringLiteral("authorization_pending"));

    // The verification page: GET with the complete URI shows the code, ready to confirm.
    const QString page = path(Workspace, QStringLiteral("/device"));
    const Reply shown = send("GET", page + u"?user_code=" + userCode);
    QCOMPARE(shown.status, 200);
    QVERIFY(shown.body.contains(QString(u"value=\"" + userCode + u'"').toUtf8()));
    // The code as typed by a person: lower case, no dash.
    const QString typed = userCode.toLower().remove(u'-');
    const Reply codeStep = post(page, {{QStringLiteral("user_code"), typed}});
    QCOMPARE(codeStep.status, 200);
    QVERIFY(codeStep.body.contains("Living-room TV"));
    const QString loginToken = hiddenValue(codeStep.body, QStringLiteral("form_token"));
    QVERIFY(!loginToken.isEmpty());
    const Reply wrong = post(page, {{QStringLiteral("form_token"), loginToken},
                                    {QStringLiteral("username"), UserName},
                                    {QStringLiteral("password"), QStringLiteral("not-the-password")}});
    QCOMPARE(wrong.status, 200);
    QVERIFY(wrong.body.contains("id=\"error\""));
    const QString retryToken = hiddenValue(wrong.body, QStringLiteral("form_token"));
    QVERIFY(!retryToken.isEmpty() && retryToken != loginToken);
    // The used form token is gone.
    QCOMPARE(post(page, {{QStringLiteral("form_token"), loginToken}, {QStringLiteral("username"), UserName},
                         {QStringLiteral("password"), UserPassword}}).status, 400);
    const Reply consent = post(page, {{QStringLiteral("form_token"), retryToken},
                                      {QStringLiteral("username"), UserName},
                                      {QStringLiteral("password"), UserPassword}});
    QCOMPARE(consent.status, 200);
    QVERIFY(consent.body.contains("id=\"approve\""));
    QVERIFY(consent.body.contains("<li>profile</li>"));
    advance(16);
    QCOMPARE(token(poll).error(), QStringLiteral("authorization_pending")); // signed in, not yet approved
    const Reply approved = post(page, {{QStringLiteral("form_token"), hiddenValue(consent.body, QStringLiteral("form_token"))},
                                       {QStringLiteral("decision"), QStringLiteral("approve")}});
    QCOMPARE(approved.status, 200);
    QVERIFY(approved.body.contains("id=\"approved\""));

    advance(16);
    const Reply tokens = token(poll);
    QCOMPARE(tokens.status, 200);
    contract(QStringLiteral("/oauth2/token"), "POST", tokens);
    const QJsonObject body = tokens.json();
    QVERIFY(!body.value(u"refresh_token").toString().isEmpty());
    QCOMPARE(body.value(u"scope").toString(), QStringLiteral("openid profile"));
    const QJsonObject access = claimsOf(body.value(u"access_token").toString());
    QCOMPARE(access.value(u"sub").toString(), UserName);
    QCOMPARE(access.value(u"client_id").toString(), m_deviceClient);
    QCOMPARE(access.value(u"iss").toString(), issuer());
    const QJsonObject id = claimsOf(body.value(u"id_token").toString());
    QCOMPARE(id.value(u"sub").toString(), UserName);
    QCOMPARE(id.value(u"aud").toString(), m_deviceClient);

    // One-time use.
    advance(16);
    const Reply again = token(poll);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.error(), QStringLiteral("invalid_grant"));
    // The code is no longer accepted on the page either.
    QCOMPARE(post(page, {{QStringLiteral("user_code"), userCode}}).status, 400);
}

void TestSandboxGrants::deviceDenied_data()
{
    QTest::addColumn<bool>("atLogin");
    QTest::newRow("deny on the approval page") << false;
    QTest::newRow("cancel at sign-in") << true;
}

void TestSandboxGrants::deviceDenied()
{
    QFETCH(bool, atLogin);
    const QJsonObject device = startDevice();
    const QString userCode = device.value(u"user_code").toString();
    QVERIFY(!userCode.isEmpty());
    const QString page = path(Workspace, QStringLiteral("/device"));
    Reply decided;
    if (atLogin) {
        const Reply codeStep = post(page, {{QStringLiteral("user_code"), userCode}});
        decided = post(page, {{QStringLiteral("form_token"), hiddenValue(codeStep.body, QStringLiteral("form_token"))},
                              {QStringLiteral("cancel"), QStringLiteral("1")}});
    } else {
        const QString consentToken = signInOnDevicePage(userCode);
        QVERIFY(!consentToken.isEmpty());
        decided = post(page, {{QStringLiteral("form_token"), consentToken}, {QStringLiteral("decision"), QStringLiteral("deny")}});
    }
    QCOMPARE(decided.status, 200);
    QVERIFY(decided.body.contains("id=\"denied\""));
    const Form poll{{QStringLiteral("grant_type"), DeviceGrant},
                    {QStringLiteral("device_code"), device.value(u"device_code").toString()},
                    {QStringLiteral("client_id"), m_deviceClient}};
    const Reply denied = token(poll);
    QCOMPARE(denied.status, 400);
    QCOMPARE(denied.error(), QStringLiteral("access_denied"));
    advance(6);
    QCOMPARE(token(poll).error(), QStringLiteral("invalid_grant"));
}

void TestSandboxGrants::deviceExpired()
{
    const QJsonObject device = startDevice();
    const QString userCode = device.value(u"user_code").toString();
    QVERIFY(!userCode.isEmpty());
    advance(device.value(u"expires_in").toInteger() + 1);
    // Too late on the page ...
    const Reply page = post(path(Workspace, QStringLiteral("/device")), {{QStringLiteral("user_code"), userCode}});
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("id=\"error\""));
    // ... and at the token endpoint, once.
    const Form poll{{QStringLiteral("grant_type"), DeviceGrant},
                    {QStringLiteral("device_code"), device.value(u"device_code").toString()},
                    {QStringLiteral("client_id"), m_deviceClient}};
    QCOMPARE(token(poll).error(), QStringLiteral("expired_token"));
    QCOMPARE(token(poll).error(), QStringLiteral("invalid_grant"));
}

void TestSandboxGrants::deviceErrors()
{
    const QString endpoint = path(Workspace, QStringLiteral("/device/authorization"));
    // A client without the grant type.
    Reply reply = post(endpoint, {}, basic(m_plainClient, Secret));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), QStringLiteral("unauthorized_client"));
    contract(QStringLiteral("/device/authorization"), "POST", reply);
    // A confidential client authenticates.
    reply = post(endpoint, {}, basic(m_confidential, QStringLiteral("wrong-secret")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.error(), QStringLiteral("invalid_client"));
    reply = post(endpoint, {{QStringLiteral("scope"), QStringLiteral("orders.read")}}, basic(m_confidential, Secret));
    QCOMPARE(reply.status, 200);
    const QString confidentialCode = reply.json().value(u"device_code").toString();
    // A scope the client may not have.
    reply = post(endpoint, {{QStringLiteral("scope"), QStringLiteral("admin.everything")}}, basic(m_confidential, Secret));
    QCOMPARE(reply.error(), QStringLiteral("invalid_scope"));
    // The workspace does not enable the grant: no such endpoint use.
    reply = post(path(PlainWorkspace, QStringLiteral("/device/authorization")), {}, basic(m_plainClient, Secret));
    QCOMPARE(reply.status, 401); // the client belongs to another workspace

    // Polling: another client's device code, no device code, an unknown one.
    reply = token({{QStringLiteral("grant_type"), DeviceGrant}, {QStringLiteral("device_code"), confidentialCode},
                   {QStringLiteral("client_id"), m_deviceClient}});
    QCOMPARE(reply.error(), QStringLiteral("invalid_grant"));
    reply = token({{QStringLiteral("grant_type"), DeviceGrant}, {QStringLiteral("client_id"), m_deviceClient}});
    QCOMPARE(reply.error(), QStringLiteral("invalid_request"));
    reply = token({{QStringLiteral("grant_type"), DeviceGrant}, {QStringLiteral("device_code"), QStringLiteral("nope")},
                   {QStringLiteral("client_id"), m_deviceClient}});
    QCOMPARE(reply.error(), QStringLiteral("invalid_grant"));
    // The confidential client's own code is still pending (the failed attempt above did not consume it).
    reply = token({{QStringLiteral("grant_type"), DeviceGrant}, {QStringLiteral("device_code"), confidentialCode}},
                  basic(m_confidential, Secret));
    QCOMPARE(reply.error(), QStringLiteral("authorization_pending"));
    // A client without the grant at the token endpoint.
    reply = token({{QStringLiteral("grant_type"), DeviceGrant}, {QStringLiteral("device_code"), confidentialCode}},
                  basic(m_plainClient, Secret));
    QCOMPARE(reply.error(), QStringLiteral("unauthorized_client"));

    // The page: an unknown code, an unknown form token.
    const QString page = path(Workspace, QStringLiteral("/device"));
    reply = post(page, {{QStringLiteral("user_code"), QStringLiteral("BBBB-BBBB")}});
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("id=\"error\""));
    reply = post(page, {{QStringLiteral("form_token"), QStringLiteral("forged")}, {QStringLiteral("decision"), QStringLiteral("approve")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(send("GET", path(QStringLiteral("nosuch"), QStringLiteral("/device"))).status, 404);
}

// ---- pushed authorization requests ---------------------------------------------------------

namespace {

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        Jose::base64UrlEncode(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QUrlQuery redirectQuery(const Reply &reply)
{
    return QUrlQuery(QUrl::fromEncoded(reply.header("Location")).query(QUrl::FullyEncoded));
}

} // namespace

Reply TestSandboxGrants::authorize(const Form &query, const QString &wid)
{
    const QString endpoint = path(wid, QStringLiteral("/oauth2/authorize"));
    const Reply page = send("GET", endpoint + u'?' + QString::fromLatin1(formEncode(query)));
    const QString formToken = hiddenValue(page.body, QStringLiteral("form_token"));
    if (page.status != 200 || formToken.isEmpty())
        return page;
    return post(endpoint, {{QStringLiteral("form_token"), formToken},
                           {QStringLiteral("username"), UserName},
                           {QStringLiteral("password"), UserPassword}});
}

Reply TestSandboxGrants::par(const Form &form, const QByteArray &authorization, const QString &wid)
{
    return post(path(wid, QStringLiteral("/par")), form, authorization);
}

void TestSandboxGrants::pushedRequest()
{
    const QString verifier = QStringLiteral("pushed-verifier-0123456789abcdefghijklmnopqrstuvwxyz");
    const Reply pushed = par({{QStringLiteral("response_type"), QStringLiteral("code")},
                              {QStringLiteral("redirect_uri"), Redirect},
                              {QStringLiteral("scope"), QStringLiteral("openid email")},
                              {QStringLiteral("state"), QStringLiteral("pushed & state")},
                              {QStringLiteral("nonce"), QStringLiteral("n-1")},
                              {QStringLiteral("code_challenge"), challengeFor(verifier)},
                              {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}},
                             basic(m_confidential, Secret));
    QCOMPARE(pushed.status, 201);
    contract(QStringLiteral("/par"), "POST", pushed);
    QCOMPARE(pushed.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QString requestUri = pushed.json().value(u"request_uri").toString();
    QVERIFY2(requestUri.startsWith(u"urn:ietf:params:oauth:request_uri:"), qPrintable(requestUri));
    QCOMPARE(pushed.json().value(u"expires_in").toInteger(), 60);

    // The browser carries client_id and request_uri; anything else in the query is ignored.
    const Form query{{QStringLiteral("client_id"), m_confidential},
                     {QStringLiteral("request_uri"), requestUri},
                     {QStringLiteral("state"), QStringLiteral("not-the-pushed-state")}};
    const Reply redirected = authorize(query);
    QCOMPARE(redirected.status, 302);
    const QUrlQuery params = redirectQuery(redirected);
    QCOMPARE(params.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("pushed & state"));
    const QString code = params.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    const Reply tokens = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("redirect_uri"), Redirect},
                                {QStringLiteral("code_verifier"), verifier}},
                               basic(m_confidential, Secret));
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json().value(u"scope").toString(), QStringLiteral("openid email"));
    QCOMPARE(claimsOf(tokens.json().value(u"id_token").toString()).value(u"nonce").toString(), QStringLiteral("n-1"));

    // The request_uri works once.
    const Reply again = send("GET", path(Workspace, QStringLiteral("/oauth2/authorize?")) + QString::fromLatin1(formEncode(query)));
    QCOMPARE(again.status, 400);
    QVERIFY(again.body.contains("request_uri"));
}

void TestSandboxGrants::pushedRequestErrors()
{
    const Form good{{QStringLiteral("response_type"), QStringLiteral("code")},
                    {QStringLiteral("redirect_uri"), Redirect},
                    {QStringLiteral("scope"), QStringLiteral("openid")}};
    // Client authentication as at the token endpoint.
    Reply reply = par(good + Form{{QStringLiteral("client_id"), m_confidential}}, {});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.error(), QStringLiteral("invalid_client"));
    contract(QStringLiteral("/par"), "POST", reply);
    reply = par(good, basic(m_confidential, QStringLiteral("wrong-secret")));
    QCOMPARE(reply.status, 401);
    // Validated like an authorization request, answered in JSON.
    reply = par({{QStringLiteral("response_type"), QStringLiteral("code")},
                 {QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb")}},
                basic(m_confidential, Secret));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), QStringLiteral("invalid_request"));
    contract(QStringLiteral("/par"), "POST", reply);
    reply = par({{QStringLiteral("response_type"), QStringLiteral("code token")}, {QStringLiteral("redirect_uri"), Redirect}},
                basic(m_confidential, Secret));
    QCOMPARE(reply.error(), QStringLiteral("unauthorized_client"));
    reply = par({{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("redirect_uri"), Redirect},
                 {QStringLiteral("scope"), QStringLiteral("admin.everything")}},
                basic(m_confidential, Secret));
    QCOMPARE(reply.error(), QStringLiteral("invalid_scope"));
    // RFC 6749 §3.1: a parameter twice.
    reply = par(good + Form{{QStringLiteral("scope"), QStringLiteral("email")}}, basic(m_confidential, Secret));
    QCOMPARE(reply.error(), QStringLiteral("invalid_request"));
    reply = par(good + Form{{QStringLiteral("request_uri"), QStringLiteral("urn:ietf:params:oauth:request_uri:x")}},
                basic(m_confidential, Secret));
    QCOMPARE(reply.error(), QStringLiteral("invalid_request"));

    // Authorize: an unknown request_uri, another client's, an expired one.
    const auto authorizePage = [this](const QString &clientId, const QString &requestUri) {
        return send("GET", path(Workspace, QStringLiteral("/oauth2/authorize?"))
                               + QString::fromLatin1(formEncode({{QStringLiteral("client_id"), clientId},
                                                                 {QStringLiteral("request_uri"), requestUri}})));
    };
    reply = authorizePage(m_confidential, QStringLiteral("urn:ietf:params:oauth:request_uri:unknown"));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("id=\"error\""));
    QString requestUri = par(good, basic(m_confidential, Secret)).json().value(u"request_uri").toString();
    QVERIFY(!requestUri.isEmpty());
    QCOMPARE(authorizePage(m_parClient, requestUri).status, 400);
    QCOMPARE(authorizePage(m_confidential, requestUri).status, 400); // the failed attempt used it up
    requestUri = par(good, basic(m_confidential, Secret)).json().value(u"request_uri").toString();
    advance(61);
    QCOMPARE(authorizePage(m_confidential, requestUri).status, 400);
}

void TestSandboxGrants::pushedRequestRequired()
{
    // The workspace requires PAR: discovery says so, plain requests are refused at the redirect_uri.
    const Reply discovery = send("GET", path(ParWorkspace, QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(discovery.json().value(u"require_pushed_authorization_requests").toBool(), true);
    const Form plain{{QStringLiteral("client_id"), m_parOnlyClient},
                     {QStringLiteral("response_type"), QStringLiteral("code")},
                     {QStringLiteral("redirect_uri"), Redirect},
                     {QStringLiteral("state"), QStringLiteral("s1")}};
    Reply reply = send("GET", path(ParWorkspace, QStringLiteral("/oauth2/authorize?")) + QString::fromLatin1(formEncode(plain)));
    QCOMPARE(reply.status, 302);
    QCOMPARE(redirectQuery(reply).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QCOMPARE(redirectQuery(reply).queryItemValue(QStringLiteral("state")), QStringLiteral("s1"));
    // Pushed first, it works; ttl from pushed_authorization_request_ttl.
    const Reply pushed = par({{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("redirect_uri"), Redirect}},
                             basic(m_parOnlyClient, Secret), ParWorkspace);
    QCOMPARE(pushed.status, 201);
    QCOMPARE(pushed.json().value(u"expires_in").toInteger(), 120);
    reply = authorize({{QStringLiteral("client_id"), m_parOnlyClient},
                       {QStringLiteral("request_uri"), pushed.json().value(u"request_uri").toString()}},
                      ParWorkspace);
    QCOMPARE(reply.status, 302);
    QVERIFY(!redirectQuery(reply).queryItemValue(QStringLiteral("code")).isEmpty());

    // A client that requires PAR in a workspace that does not.
    reply = send("GET", path(Workspace, QStringLiteral("/oauth2/authorize?"))
                            + QString::fromLatin1(formEncode({{QStringLiteral("client_id"), m_parClient},
                                                              {QStringLiteral("response_type"), QStringLiteral("code")},
                                                              {QStringLiteral("redirect_uri"), Redirect}})));
    QCOMPARE(reply.status, 302);
    QCOMPARE(redirectQuery(reply).queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
    // Other clients there are not affected.
    reply = send("GET", path(Workspace, QStringLiteral("/oauth2/authorize?"))
                            + QString::fromLatin1(formEncode({{QStringLiteral("client_id"), m_confidential},
                                                              {QStringLiteral("response_type"), QStringLiteral("code")},
                                                              {QStringLiteral("redirect_uri"), Redirect}})));
    QCOMPARE(reply.status, 200);
}

// ---- token exchange ------------------------------------------------------------------------

QJsonObject TestSandboxGrants::userTokens(const QString &scope)
{
    const Reply reply = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                               {QStringLiteral("username"), UserName},
                               {QStringLiteral("password"), UserPassword},
                               {QStringLiteral("scope"), scope}},
                              basic(m_confidential, Secret));
    if (reply.status != 200)
        qWarning() << "password grant:" << reply.status << reply.body;
    return reply.json();
}

Reply TestSandboxGrants::exchange(Form form, const QString &clientId)
{
    form.prepend({QStringLiteral("grant_type"), ExchangeGrant});
    return token(form, basic(clientId, Secret));
}

void TestSandboxGrants::tokenExchange()
{
    const QJsonObject user = userTokens(QStringLiteral("openid email orders.read"));
    const QString subjectToken = user.value(u"access_token").toString();
    QVERIFY(!subjectToken.isEmpty());
    Reply reply = exchange({{QStringLiteral("subject_token"), subjectToken},
                            {QStringLiteral("subject_token_type"), AccessTokenType},
                            {QStringLiteral("requested_token_type"), AccessTokenType},
                            {QStringLiteral("audience"), QStringLiteral("https://api.example/orders")},
                            {QStringLiteral("scope"), QStringLiteral("orders.read")}});
    QCOMPARE(reply.status, 200);
    contract(QStringLiteral("/oauth2/token"), "POST", reply);
    QCOMPARE(reply.json().value(u"issued_token_type").toString(), AccessTokenType);
    QCOMPARE(reply.json().value(u"token_type").toString().toLower(), QStringLiteral("bearer"));
    QCOMPARE(reply.json().value(u"scope").toString(), QStringLiteral("orders.read"));
    QVERIFY(!reply.json().contains(u"refresh_token"));
    QVERIFY(!reply.json().contains(u"id_token"));
    const QString exchanged = reply.json().value(u"access_token").toString();
    QJsonObject claims = claimsOf(exchanged);
    QCOMPARE(claims.value(u"sub").toString(), UserName);
    QCOMPARE(claims.value(u"client_id").toString(), m_exchanger);
    QCOMPARE(claims.value(u"aud").toArray(), QJsonArray{QStringLiteral("https://api.example/orders")});
    QCOMPARE(claims.value(u"scp").toArray(), QJsonArray{QStringLiteral("orders.read")});
    QVERIFY(!claims.contains(u"act")); // impersonation: nobody acts
    // The new token is active at introspection.
    const Reply introspected = post(path(Workspace, QStringLiteral("/oauth2/introspect")),
                                    {{QStringLiteral("token"), exchanged}}, basic(m_confidential, Secret));
    QCOMPARE(introspected.json().value(u"active").toBool(), true);
    QCOMPARE(introspected.json().value(u"sub").toString(), UserName);

    // Delegation: a service's own token as the actor gives an "act" claim ...
    const Reply service = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                                basic(m_plainClient, Secret));
    QCOMPARE(service.status, 200);
    const QString actorToken = service.json().value(u"access_token").toString();
    reply = exchange({{QStringLiteral("subject_token"), subjectToken},
                      {QStringLiteral("subject_token_type"), AccessTokenType},
                      {QStringLiteral("actor_token"), actorToken},
                      {QStringLiteral("actor_token_type"), AccessTokenType}});
    QCOMPARE(reply.status, 200);
    claims = claimsOf(reply.json().value(u"access_token").toString());
    QCOMPARE(claims.value(u"scope").toString(), QStringLiteral("openid email orders.read")); // the subject's by default
    const QJsonObject act = claims.value(u"act").toObject();
    QCOMPARE(act.value(u"sub").toString(), m_plainClient);
    QCOMPARE(act.value(u"client_id").toString(), m_plainClient);
    // ... with the actor claims the client's token_exchange settings name.
    QVERIFY(act.contains(u"scope"));
    QCOMPARE(introspectedAct(reply.json().value(u"access_token").toString()), act);

    // ... and exchanged again, the earlier actor nests (RFC 8693 §4.1).
    const QString delegated = reply.json().value(u"access_token").toString();
    reply = exchange({{QStringLiteral("subject_token"), delegated},
                      {QStringLiteral("subject_token_type"), AccessTokenType},
                      {QStringLiteral("actor_token"), subjectToken},
                      {QStringLiteral("actor_token_type"), AccessTokenType}});
    QCOMPARE(reply.status, 200);
    const QJsonObject outer = claimsOf(reply.json().value(u"access_token").toString()).value(u"act").toObject();
    QCOMPARE(outer.value(u"sub").toString(), UserName);
    QCOMPARE(outer.value(u"act").toObject().value(u"sub").toString(), m_plainClient);

    // An ID token as the subject: scopes come from the client.
    reply = exchange({{QStringLiteral("subject_token"), user.value(u"id_token").toString()},
                      {QStringLiteral("subject_token_type"), IdTokenType},
                      {QStringLiteral("resource"), QStringLiteral("https://api.example/orders")}});
    QCOMPARE(reply.status, 200);
    claims = claimsOf(reply.json().value(u"access_token").toString());
    QCOMPARE(claims.value(u"sub").toString(), UserName);
    QCOMPARE(claims.value(u"aud").toArray(), QJsonArray{QStringLiteral("https://api.example/orders")});
}

QJsonObject TestSandboxGrants::introspectedAct(const QString &accessToken)
{
    const Reply reply = post(path(Workspace, QStringLiteral("/oauth2/introspect")),
                             {{QStringLiteral("token"), accessToken}}, basic(m_confidential, Secret));
    return reply.json().value(u"act").toObject();
}

void TestSandboxGrants::tokenExchangeErrors()
{
    const QJsonObject user = userTokens(QStringLiteral("openid orders.read"));
    const QString subjectToken = user.value(u"access_token").toString();
    QVERIFY(!subjectToken.isEmpty());
    const Form subject{{QStringLiteral("subject_token"), subjectToken}, {QStringLiteral("subject_token_type"), AccessTokenType}};
    const auto expectError = [this](const Form &form, const QString &error, const QString &clientId = QStringLiteral("exchanger")) {
        const Reply reply = exchange(form, clientId);
        QVERIFY2(reply.status == 400 && reply.error() == error,
                 qPrintable(QStringLiteral("%1: %2 %3").arg(error).arg(reply.status).arg(QString::fromUtf8(reply.body))));
        contract(QStringLiteral("/oauth2/token"), "POST", reply);
    };
    expectError({{QStringLiteral("subject_token_type"), AccessTokenType}}, QStringLiteral("invalid_request"));
    expectError({{QStringLiteral("subject_token"), subjectToken}}, QStringLiteral("invalid_request"));
    expectError({{QStringLiteral("subject_token"), QStringLiteral("not-a-token")}, {QStringLiteral("subject_token_type"), AccessTokenType}},
                QStringLiteral("invalid_request"));
    // An ID token is not an access token, nor the other way round.
    expectError({{QStringLiteral("subject_token"), user.value(u"id_token").toString()}, {QStringLiteral("subject_token_type"), AccessTokenType}},
                QStringLiteral("invalid_request"));
    expectError({{QStringLiteral("subject_token"), subjectToken}, {QStringLiteral("subject_token_type"), IdTokenType}},
                QStringLiteral("invalid_request"));
    expectError({{QStringLiteral("subject_token"), subjectToken},
                 {QStringLiteral("subject_token_type"), QStringLiteral("urn:ietf:params:oauth:token-type:saml2")}},
                QStringLiteral("invalid_request"));
    expectError(subject + Form{{QStringLiteral("requested_token_type"), QStringLiteral("urn:ietf:params:oauth:token-type:refresh_token")}},
                QStringLiteral("invalid_request"));
    expectError(subject + Form{{QStringLiteral("actor_token"), subjectToken}}, QStringLiteral("invalid_request"));
    expectError(subject + Form{{QStringLiteral("actor_token_type"), AccessTokenType}}, QStringLiteral("invalid_request"));
    expectError(subject + Form{{QStringLiteral("actor_token"), QStringLiteral("forged")}, {QStringLiteral("actor_token_type"), AccessTokenType}},
                QStringLiteral("invalid_request"));
    // Targets: not the client's, not an absolute URI.
    expectError(subject + Form{{QStringLiteral("audience"), QStringLiteral("https://elsewhere.example")}}, QStringLiteral("invalid_target"));
    expectError(subject + Form{{QStringLiteral("resource"), QStringLiteral("/relative")}}, QStringLiteral("invalid_target"));
    expectError(subject + Form{{QStringLiteral("resource"), QStringLiteral("https://api.example/orders#x")}}, QStringLiteral("invalid_target"));
    // A client id of the workspace is a fine audience.
    QCOMPARE(exchange(subject + Form{{QStringLiteral("audience"), m_confidential}}).status, 200);
    // Scope beyond the subject token's.
    expectError(subject + Form{{QStringLiteral("scope"), QStringLiteral("orders.read orders.write")}}, QStringLiteral("invalid_scope"));
    // A client without the grant.
    expectError(subject, QStringLiteral("unauthorized_client"), m_plainClient);

    // A revoked subject token.
    const Reply revoked = post(path(Workspace, QStringLiteral("/oauth2/revoke")), {{QStringLiteral("token"), subjectToken}},
                               basic(m_confidential, Secret));
    QCOMPARE(revoked.status, 200);
    expectError(subject, QStringLiteral("invalid_request"));
}

// ---- JWT bearer --------------------------------------------------------------------------

QString TestSandboxGrants::assertion(const QJsonObject &claims, const TestKeys::KeyPair *key) const
{
    return TestKeys::signCompact(key ? *key : m_clientKey, QJsonObject{}, claims);
}

namespace {

QJsonObject assertionClaims(const QString &iss, const QString &sub, const QString &aud, qint64 expOffset = 120)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("iss"), iss},
                       {QStringLiteral("sub"), sub},
                       {QStringLiteral("aud"), aud},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + expOffset},
                       {QStringLiteral("jti"), GrantStore::randomToken(12)}};
}

} // namespace

void TestSandboxGrants::jwtBearer()
{
    const QString tokenEndpoint = issuer() + u"/oauth2/token";
    const QJsonObject claims = assertionClaims(m_jwtClient, UserName, tokenEndpoint);
    const Form form{{QStringLiteral("grant_type"), JwtBearerGrant},
                    {QStringLiteral("assertion"), assertion(claims)},
                    {QStringLiteral("scope"), QStringLiteral("email")}};
    Reply reply = token(form, basic(m_jwtClient, Secret));
    QCOMPARE(reply.status, 200);
    contract(QStringLiteral("/oauth2/token"), "POST", reply);
    QVERIFY(!reply.json().contains(u"refresh_token"));
    const QJsonObject access = claimsOf(reply.json().value(u"access_token").toString());
    QCOMPARE(access.value(u"sub").toString(), UserName);
    QCOMPARE(access.value(u"st").toString(), QStringLiteral("user"));
    QCOMPARE(access.value(u"client_id").toString(), m_jwtClient);
    QCOMPARE(access.value(u"email").toString(), QStringLiteral("alice@example.com"));
    // The jti works once.
    reply = token(form, basic(m_jwtClient, Secret));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), QStringLiteral("invalid_grant"));
    // The issuer is a fine audience too; a subject need not be a user of the static IDP.
    reply = token({{QStringLiteral("grant_type"), JwtBearerGrant},
                   {QStringLiteral("assertion"), assertion(assertionClaims(m_jwtClient, QStringLiteral("device-42"), issuer()))}},
                  basic(m_jwtClient, Secret));
    QCOMPARE(reply.status, 200);
    QCOMPARE(claimsOf(reply.json().value(u"access_token").toString()).value(u"sub").toString(), QStringLiteral("device-42"));
}

void TestSandboxGrants::jwtBearerErrors_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("mentions"); // in error_description: the failure is the one meant
    QTest::newRow("no assertion") << "no-assertion" << "invalid_request" << "assertion is required";
    QTest::newRow("not a JWT") << "garbage" << "invalid_grant" << "not a signed JWT";
    QTest::newRow("another key") << "other-key" << "invalid_grant" << "signature";
    QTest::newRow("iss not the client") << "iss" << "invalid_grant" << "iss";
    QTest::newRow("no sub") << "sub" << "invalid_grant" << "no sub";
    QTest::newRow("wrong aud") << "aud" << "invalid_grant" << "aud";
    QTest::newRow("expired") << "exp" << "invalid_grant" << "expired";
    QTest::newRow("no exp") << "no-exp" << "invalid_grant" << "no exp";
    QTest::newRow("no jti") << "jti" << "invalid_grant" << "no jti";
    QTest::newRow("scope not allowed") << "scope" << "invalid_scope" << "scope";
    QTest::newRow("client has only a jwks_uri") << "jwks-uri" << "invalid_grant" << "jwks_uri";
    QTest::newRow("client without the grant") << "client" << "unauthorized_client" << "grant type";
}

void TestSandboxGrants::jwtBearerErrors()
{
    QFETCH(QString, change);
    QFETCH(QString, error);
    QFETCH(QString, mentions);
    QString clientId = m_jwtClient;
    if (change == u"jwks-uri")
        clientId = m_jwksUriClient;
    else if (change == u"client")
        clientId = m_plainClient;
    QJsonObject claims = assertionClaims(clientId, UserName, issuer() + u"/oauth2/token");
    if (change == u"iss")
        claims.insert(QStringLiteral("iss"), m_confidential);
    else if (change == u"sub")
        claims.remove(QStringLiteral("sub"));
    else if (change == u"aud")
        claims.insert(QStringLiteral("aud"), QStringLiteral("https://elsewhere.example/token"));
    else if (change == u"exp")
        claims.insert(QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 300);
    else if (change == u"no-exp")
        claims.remove(QStringLiteral("exp"));
    else if (change == u"jti")
        claims.remove(QStringLiteral("jti"));
    const TestKeys::KeyPair other = TestKeys::generate(Jose::Algorithm::ES256, QStringLiteral("client-key"));
    QString signedAssertion = assertion(claims, change == u"other-key" ? &other : nullptr);
    if (change == u"garbage")
        signedAssertion = QStringLiteral("not.a.jwt");
    Form form{{QStringLiteral("grant_type"), JwtBearerGrant}};
    if (change != u"no-assertion")
        form.append({QStringLiteral("assertion"), signedAssertion});
    if (change == u"scope")
        form.append({QStringLiteral("scope"), QStringLiteral("admin.everything")});
    const Reply reply = token(form, basic(clientId, Secret));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.error(), error);
    contract(QStringLiteral("/oauth2/token"), "POST", reply);
    const QString description = reply.json().value(u"error_description").toString();
    QVERIFY2(description.contains(mentions), qPrintable(description));
}

// ---- the admin API's settings for these grants ---------------------------------------------

void TestSandboxGrants::adminSettingsRoundTrip()
{
    TenantState &state = m_server->state();
    const Reply admin = post(path(QStringLiteral("admin"), QStringLiteral("/oauth2/token")),
                             {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                             basic(state.adminClientId(), state.adminClientSecret()));
    QCOMPARE(admin.status, 200);
    const QByteArray bearer = "Bearer " + admin.json().value(u"access_token").toString().toLatin1();
    const auto adminCall = [&](const QByteArray &method, const QString &rest, const QJsonObject &body = {}) {
        QList<QPair<QByteArray, QByteArray>> headers{{QByteArrayLiteral("Authorization"), bearer}};
        if (!body.isEmpty())
            headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return send(method, u"/api/admin/" + Tenant + rest,
                    body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    };

    const QJsonObject deviceSettings{{QStringLiteral("request_ttl"), QStringLiteral("10m0s")},
                                     {QStringLiteral("user_code_length"), 6},
                                     {QStringLiteral("user_code_character_set"), QStringLiteral("digits")}};
    const QJsonObject server{{QStringLiteral("id"), QStringLiteral("roundtrip")},
                             {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code"), DeviceGrant,
                                                                        ExchangeGrant, JwtBearerGrant}},
                             {QStringLiteral("device_authorization"), deviceSettings},
                             {QStringLiteral("pushed_authorization_request_ttl"), QStringLiteral("1m30s")},
                             {QStringLiteral("require_pushed_authorization_requests"), true}};
    Reply reply = adminCall("POST", QStringLiteral("/servers"), server);
    QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
    reply = adminCall("GET", QStringLiteral("/servers/roundtrip"));
    QCOMPARE(reply.status, 200);
    for (const QString &field : server.keys())
        QCOMPARE(reply.json().value(field), server.value(field));

    const QJsonObject client{{QStringLiteral("client_id"), QStringLiteral("roundtrip-client")},
                             {QStringLiteral("authorization_server_id"), QStringLiteral("roundtrip")},
                             {QStringLiteral("client_secret"), Secret},
                             {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code"), DeviceGrant,
                                                                        ExchangeGrant, JwtBearerGrant}},
                             {QStringLiteral("redirect_uris"), QJsonArray{Redirect}},
                             {QStringLiteral("token_exchange"),
                              QJsonObject{{QStringLiteral("actor_claims"), QJsonArray{QStringLiteral("email")}}}},
                             {QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), QJsonArray{m_clientKey.publicJwk}}}},
                             {QStringLiteral("jwks_uri"), QStringLiteral("https://keys.example/jwks.json")},
                             {QStringLiteral("require_pushed_authorization_requests"), true}};
    reply = adminCall("POST", QStringLiteral("/clients"), client);
    QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
    reply = adminCall("GET", QStringLiteral("/clients/roundtrip-client"));
    QCOMPARE(reply.status, 200);
    for (const QString &field : client.keys())
        QCOMPARE(reply.json().value(field), client.value(field));

    // And they take effect: six digits for ten minutes, pushed requests for 90 s.
    reply = post(path(QStringLiteral("roundtrip"), QStringLiteral("/device/authorization")), {},
                 basic(QStringLiteral("roundtrip-client"), Secret));
    QCOMPARE(reply.status, 200);
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{4}-[0-9]{2}$"));
    QVERIFY2(sixDigits.match(reply.json().value(u"user_code").toString()).hasMatch(),
             qPrintable(reply.json().value(u"user_code").toString()));
    QCOMPARE(reply.json().value(u"expires_in").toInteger(), 600);
    reply = par({{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("redirect_uri"), Redirect}},
                basic(QStringLiteral("roundtrip-client"), Secret), QStringLiteral("roundtrip"));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(u"expires_in").toInteger(), 90);
}

QTEST_GUILESS_MAIN(TestSandboxGrants)
#include "tst_sandboxgrants.moc"
