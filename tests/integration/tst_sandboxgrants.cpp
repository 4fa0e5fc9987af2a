// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's device authorization (RFC 8628) with its verification page and pushed
// authorization requests (RFC 9126), over real sockets against SandboxServer; discovery and the
// admin API's settings for the newer grants. Time-dependent outcomes (slow_down,
// expired_token, an expired request_uri) run on the grant store's injected clock.
// tst_sandboxexchange has token exchange and the JWT bearer grant.

#include "sandboxgrantsfixture.h"

using namespace SandboxGrantsTest;

class TestSandboxGrants final : public QObject, public GrantsFixture
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
    void adminSettingsRoundTrip();

private:
    // Device authorization for the public device client; the JSON response.
    QJsonObject startDevice(const QString &scope = QStringLiteral("openid profile"));
    // The verification page from the code to the consent page; the consent form token.
    QString signInOnDevicePage(const QString &userCode);
    // GET authorize with the query → login page → POST alice's credentials; the last reply.
    Reply authorize(const Form &query, const QString &wid = Workspace);
    Reply par(const Form &form, const QByteArray &authorization, const QString &wid = Workspace);
};

void TestSandboxGrants::initTestCase()
{
    startServer();
}

void TestSandboxGrants::cleanupTestCase()
{
    stopServer();
}

void TestSandboxGrants::init()
{
    resetClock();
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
