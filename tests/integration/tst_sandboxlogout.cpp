// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's RP-initiated logout endpoint (/{tid}/{wid}/oidc/logout, OpenID Connect
// RP-Initiated Logout 1.0) over real sockets against a running SandboxServer: discovery, the
// id_token_hint checks, post_logout_redirect_uri only when registered, GET and POST, and the
// URL models/oauth builds for the Tokens page's Sign Out.

#include "sandboxserver.h"
#include "swaggercheck.h"
#include "tenantstate.h"
#include "testhttp.h"
#include "tokenissuer.h"

#include "jose/base64url.h"
#include "oauth/discovery.h"
#include "oauth/tokenoperations.h"
#include "profiles/profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Sandbox;

namespace {

const QString Tenant = QStringLiteral("default");
const QString Workspace = QStringLiteral("demo");
const QString OtherWorkspace = QStringLiteral("other");
const QString AppClient = QStringLiteral("app");
const QString SecondClient = QStringLiteral("second");
const QString OtherClient = QStringLiteral("other-app");
const QString Secret = QStringLiteral("app-secret-0123456789abcdefghijklmnopqrstuvwxyz");
const QString UserName = QStringLiteral("alice");
const QString UserPassword = QStringLiteral("wonderland-42");
const QString SignedOut = QStringLiteral("https://app.example/signed-out");
const QString SignedOutWithQuery = QStringLiteral("https://app.example/bye?from=op");
const QString SecondSignedOut = QStringLiteral("https://second.example/signed-out");
const QString LogoutPath = QStringLiteral("/oidc/logout");
// Needs percent-encoding both ways: ' ', '+', '&', '=', '%', 'é'.
const QString AwkwardState = QStringLiteral("s t+a&t=e%\u00e9");

using Form = QList<QPair<QString, QString>>;

struct Reply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return TestHttp::headerValue(headers, name); }
    bool hasHeader(const QByteArray &name) const { return TestHttp::findHeader(headers, name) != nullptr; }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
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

QString claimsPart(const QJsonObject &claims)
{
    return QString::fromLatin1(Jose::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact)));
}

QJsonObject claimsOf(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(Jose::base64UrlDecode(parts.at(1).toLatin1()).value_or(QByteArray())).object();
}

} // namespace

class TestSandboxLogout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void discoveryAdvertisesEndSession();
    void redirectsWithState_data() { methods(); }
    void redirectsWithState();
    void signedOutPage_data() { methods(); }
    void signedOutPage();
    void expiredHintAccepted();
    void clientIdIdentifiesClient();
    void unregisteredRedirectRefused_data();
    void unregisteredRedirectRefused();
    void refusedHints_data();
    void refusedHints();
    void errorPageForBrowsers();
    void unknownWorkspace();
    void modelsLogoutUrlAccepted();

private:
    void methods();
    void populate(TenantState &state);
    QString issuer(const QString &wid = Workspace) const;
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // GET with the parameters in the query, POST with them in a form body.
    Reply logout(const QByteArray &method, const Form &params, const QString &wid = Workspace,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // An ID token from the password grant (openid scope).
    QString idToken(const QString &wid, const QString &clientId);
    void contract(const QByteArray &method, const Reply &reply);
    // A refusal: the status, a contract-valid genericError, and no redirect anywhere.
    void refused(const QByteArray &method, const Reply &reply, int status = 401);

    SwaggerCheck::Spec m_contract;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QString m_appToken;
};

void TestSandboxLogout::methods()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("GET") << QByteArrayLiteral("GET");
    QTest::newRow("POST") << QByteArrayLiteral("POST");
}

void TestSandboxLogout::initTestCase()
{
    QString error;
    QVERIFY2(m_contract.load(QStringLiteral(TOKENSCOPE_TEST_DATA_DIR "/contracts/cloudentity/oauth2.json"), &error),
             qPrintable(error));
    // The contract check can fail: a genericError without "error", a 200 with a JSON body.
    QVERIFY(!m_contract.validateResponse(LogoutPath, "GET", 401, R"({"error_code": 401})").isEmpty());
    QVERIFY(!m_contract.validateResponse(LogoutPath, "GET", 400, R"({"error": "x"})").isEmpty());

    SandboxOptions options;
    options.tenantId = Tenant;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    populate(m_server->state());
    m_appToken = idToken(Workspace, AppClient);
    QVERIFY(!m_appToken.isEmpty());
}

void TestSandboxLogout::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

void TestSandboxLogout::populate(TenantState &s)
{
    const QJsonArray grants{QStringLiteral("authorization_code"), QStringLiteral("password"),
                            QStringLiteral("refresh_token")};
    for (const QString &wid : {Workspace, OtherWorkspace}) {
        const auto ws = s.createServer(QJsonObject{{QStringLiteral("id"), wid},
                                                   {QStringLiteral("name"), QString(wid + u" workspace")},
                                                   {QStringLiteral("grant_types"), grants}});
        QVERIFY2(ws.ok(), qPrintable(ws.error.error));
        const QJsonObject user{{QStringLiteral("username"), UserName}, {QStringLiteral("password"), UserPassword}};
        const auto idp = s.createStaticIdp(wid, QJsonObject{
            {QStringLiteral("name"), QStringLiteral("Users")},
            {QStringLiteral("method"), QStringLiteral("static")},
            {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("users"), QJsonArray{user}}}},
        });
        QVERIFY2(idp.ok(), qPrintable(idp.error.error));
    }
    const auto client = [&s](const QString &id, const QString &wid, const QJsonArray &logoutUris) {
        const auto created = s.createClient(QJsonObject{
            {QStringLiteral("client_id"), id},
            {QStringLiteral("authorization_server_id"), wid},
            {QStringLiteral("client_secret"), Secret},
            {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post")},
            {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("password")}},
            {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("https://app.example/callback")}},
            {QStringLiteral("post_logout_redirect_uris"), logoutUris},
            {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("profile")}},
        });
        QVERIFY2(created.ok(), qPrintable(created.error.error));
    };
    client(AppClient, Workspace, QJsonArray{SignedOut, SignedOutWithQuery});
    client(SecondClient, Workspace, QJsonArray{SecondSignedOut});
    client(OtherClient, OtherWorkspace, QJsonArray{SignedOut});
}

QString TestSandboxLogout::issuer(const QString &wid) const
{
    return m_server->baseUrl().toString(QUrl::StripTrailingSlash) + u'/' + Tenant + u'/' + wid;
}

Reply TestSandboxLogout::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Reply out;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000)) {
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

Reply TestSandboxLogout::logout(const QByteArray &method, const Form &params, const QString &wid,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QByteArray encoded = formEncode(params);
    QUrl url(issuer(wid) + LogoutPath);
    if (method == "GET") {
        if (!encoded.isEmpty())
            url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
        return send(method, url, {}, headers);
    }
    auto withType = headers;
    withType.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    return send(method, url, encoded, withType);
}

QString TestSandboxLogout::idToken(const QString &wid, const QString &clientId)
{
    const Reply reply = send("POST", QUrl(issuer(wid) + u"/oauth2/token"),
                             formEncode({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                         {QStringLiteral("client_id"), clientId},
                                         {QStringLiteral("client_secret"), Secret},
                                         {QStringLiteral("username"), UserName},
                                         {QStringLiteral("password"), UserPassword},
                                         {QStringLiteral("scope"), QStringLiteral("openid profile")}}),
                             {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}});
    if (reply.status != 200)
        qWarning() << "token request failed:" << reply.status << reply.body;
    return reply.json().value(u"id_token").toString();
}

void TestSandboxLogout::contract(const QByteArray &method, const Reply &reply)
{
    const QStringList problems = m_contract.validateResponse(LogoutPath, method, reply.status, reply.body);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 %2 %3: %4")
                                                .arg(QString::fromLatin1(method), LogoutPath)
                                                .arg(reply.status)
                                                .arg(problems.join(QStringLiteral("; ")))));
}

void TestSandboxLogout::refused(const QByteArray &method, const Reply &reply, int status)
{
    QCOMPARE(reply.status, status);
    QVERIFY2(!reply.hasHeader("Location"), reply.header("Location").constData());
    contract(method, reply);
    QCOMPARE(reply.json().value(u"error_code").toInt(), status);
    QVERIFY(!reply.json().value(u"error_hint").toString().isEmpty());
}

void TestSandboxLogout::discoveryAdvertisesEndSession()
{
    const Reply reply = send("GET", QUrl(issuer() + u"/.well-known/openid-configuration"));
    QCOMPARE(reply.status, 200);
    const QStringList problems =
        m_contract.validateResponse(QStringLiteral("/.well-known/openid-configuration"), "GET", 200, reply.body);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
    QCOMPARE(reply.json().value(u"end_session_endpoint").toString(), QString(issuer() + LogoutPath));
    // Per workspace.
    const Reply other = send("GET", QUrl(issuer(OtherWorkspace) + u"/.well-known/openid-configuration"));
    QCOMPARE(other.json().value(u"end_session_endpoint").toString(), QString(issuer(OtherWorkspace) + LogoutPath));
}

void TestSandboxLogout::redirectsWithState()
{
    QFETCH(QByteArray, method);
    const Reply reply = logout(method, {{QStringLiteral("id_token_hint"), m_appToken},
                                        {QStringLiteral("client_id"), AppClient},
                                        {QStringLiteral("post_logout_redirect_uri"), SignedOut},
                                        {QStringLiteral("state"), AwkwardState},
                                        {QStringLiteral("ui_locales"), QStringLiteral("fr en")},
                                        {QStringLiteral("logout_hint"), UserName}});
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QUrl location = QUrl::fromEncoded(reply.header("Location"), QUrl::StrictMode);
    QVERIFY2(location.isValid(), reply.header("Location").constData());
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), QUrl(SignedOut));
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), AwkwardState);

    // The registered URI's own query stays; no state, no state parameter.
    const Reply kept = logout(method, {{QStringLiteral("id_token_hint"), m_appToken},
                                       {QStringLiteral("post_logout_redirect_uri"), SignedOutWithQuery}});
    QCOMPARE(kept.status, 302);
    QCOMPARE(kept.header("Location"), SignedOutWithQuery.toLatin1());
}

void TestSandboxLogout::signedOutPage()
{
    QFETCH(QByteArray, method);
    // The operation lists 200 (an emptyResponse without schema): the page is for the browser.
    QVERIFY(m_contract.responseSchema(LogoutPath, method, 200).has_value());
    for (const Form &params : {Form{{QStringLiteral("id_token_hint"), m_appToken}},
                               Form{{QStringLiteral("client_id"), AppClient}}, Form{}}) {
        const Reply reply = logout(method, params);
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.hasHeader("Location"));
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QCOMPARE(reply.header("Cache-Control"), QByteArrayLiteral("no-store"));
        QVERIFY2(reply.body.contains("You are signed out"), reply.body.constData());
        QVERIFY(reply.body.contains("demo workspace"));
    }
}

void TestSandboxLogout::expiredHintAccepted()
{
    // An ID token the workspace signed an hour ago, expired since: still a good hint.
    QJsonObject claims = claimsOf(m_appToken);
    QVERIFY(!claims.isEmpty());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    claims.insert(QStringLiteral("iat"), now - 7200);
    claims.insert(QStringLiteral("exp"), now - 3600);
    const auto expired = TokenIssuer::sign(m_server->state(), Workspace, QByteArrayLiteral("JWT"), claims);
    QVERIFY(expired);
    const Reply reply = logout("GET", {{QStringLiteral("id_token_hint"), *expired},
                                       {QStringLiteral("post_logout_redirect_uri"), SignedOut},
                                       {QStringLiteral("state"), QStringLiteral("abc")}});
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Location"), QByteArray(SignedOut.toLatin1() + "?state=abc"));
}

void TestSandboxLogout::clientIdIdentifiesClient()
{
    // Without a hint, client_id names the client whose registration the URI must be in.
    const Reply reply = logout("POST", {{QStringLiteral("client_id"), SecondClient},
                                        {QStringLiteral("post_logout_redirect_uri"), SecondSignedOut},
                                        {QStringLiteral("state"), QStringLiteral("xyz")}});
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Location"), QByteArray(SecondSignedOut.toLatin1() + "?state=xyz"));
}

void TestSandboxLogout::unregisteredRedirectRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Form>("params");
    const auto hint = [this] { return QPair<QString, QString>(QStringLiteral("id_token_hint"), m_appToken); };
    const auto redirect = [](const QString &uri) { return QPair<QString, QString>(QStringLiteral("post_logout_redirect_uri"), uri); };
    for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")}) {
        const auto row = [&method](const char *name) {
            return &QTest::addRow("%s %s", method.constData(), name);
        };
        *row("unregistered") << method << Form{hint(), redirect(QStringLiteral("https://evil.example/"))};
        *row("another client's") << method << Form{hint(), redirect(SecondSignedOut)};
        *row("not exact: trailing slash") << method << Form{hint(), redirect(SignedOut + u'/')};
        *row("not exact: extra query") << method << Form{hint(), redirect(SignedOut + u"?x=1")};
        *row("no client known") << method << Form{redirect(SignedOut)};
        *row("client_id's list") << method
                                 << Form{{QStringLiteral("client_id"), SecondClient}, redirect(SignedOut)};
    }
}

void TestSandboxLogout::unregisteredRedirectRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(Form, params);
    params.append({QStringLiteral("state"), QStringLiteral("s1")});
    refused(method, logout(method, params));
}

void TestSandboxLogout::refusedHints_data()
{
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("clientId");

    // Forged: the claims changed under the workspace's signature.
    const QStringList parts = m_appToken.split(u'.');
    QCOMPARE(parts.size(), 3);
    QJsonObject claims = claimsOf(m_appToken);
    claims.insert(QStringLiteral("sub"), QStringLiteral("mallory"));
    QTest::newRow("forged claims") << QString(parts.at(0) + u'.' + claimsPart(claims) + u'.' + parts.at(2))
                                   << QString();
    QTest::newRow("signature stripped") << QString(parts.at(0) + u'.' + parts.at(1) + u'.') << QString();
    // Foreign: signed and issued by another workspace of the tenant.
    const QString foreign = idToken(OtherWorkspace, OtherClient);
    QVERIFY(!foreign.isEmpty());
    QTest::newRow("other workspace's") << foreign << QString();
    // Signed by this workspace's key, but claiming another issuer.
    QJsonObject otherIssuer = claimsOf(m_appToken);
    otherIssuer.insert(QStringLiteral("iss"), QStringLiteral("https://op.example"));
    const auto wrongIss = TokenIssuer::sign(m_server->state(), Workspace, QByteArrayLiteral("JWT"), otherIssuer);
    QVERIFY(wrongIss);
    QTest::newRow("other issuer") << *wrongIss << QString();
    // An access token is not an ID token.
    const Reply token = send("POST", QUrl(issuer() + u"/oauth2/token"),
                             formEncode({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                         {QStringLiteral("client_id"), AppClient},
                                         {QStringLiteral("client_secret"), Secret},
                                         {QStringLiteral("username"), UserName},
                                         {QStringLiteral("password"), UserPassword},
                                         {QStringLiteral("scope"), QStringLiteral("openid")}}),
                             {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}});
    QTest::newRow("access token") << token.json().value(u"access_token").toString() << QString();
    QTest::newRow("not a JWT") << QStringLiteral("not-a-token") << QString();
    // §2: client_id must be the client the ID token was issued to.
    QTest::newRow("client_id not the audience") << m_appToken << SecondClient;
    QTest::newRow("unknown client_id") << QString() << QStringLiteral("nobody");
}

void TestSandboxLogout::refusedHints()
{
    QFETCH(QString, hint);
    QFETCH(QString, clientId);
    for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")}) {
        Form params{{QStringLiteral("post_logout_redirect_uri"), SignedOut}, {QStringLiteral("state"), QStringLiteral("s")}};
        if (!hint.isEmpty())
            params.append({QStringLiteral("id_token_hint"), hint});
        if (!clientId.isEmpty())
            params.append({QStringLiteral("client_id"), clientId});
        refused(method, logout(method, params));
        // Refused without a redirect URI too: no "signed out" page for a bad hint.
        params.removeFirst();
        refused(method, logout(method, params));
    }
}

void TestSandboxLogout::errorPageForBrowsers()
{
    // A browser (Accept: text/html) gets a page with the reason, still no redirect.
    const Reply reply = logout("GET", {{QStringLiteral("id_token_hint"), m_appToken},
                                       {QStringLiteral("post_logout_redirect_uri"), QStringLiteral("https://evil.example/")}},
                               Workspace, {{QByteArrayLiteral("Accept"), QByteArrayLiteral("text/html,*/*;q=0.8")}});
    QCOMPARE(reply.status, 401);
    QVERIFY(!reply.hasHeader("Location"));
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY2(reply.body.contains("is not registered for client"), reply.body.constData());
    QVERIFY(reply.body.contains("https://evil.example/"));
    QVERIFY(!reply.body.contains("<a ")); // nothing to click through to the target
}

void TestSandboxLogout::unknownWorkspace()
{
    for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")})
        refused(method, logout(method, {{QStringLiteral("id_token_hint"), m_appToken}}, QStringLiteral("nope")), 404);
}

void TestSandboxLogout::modelsLogoutUrlAccepted()
{
    // The Tokens page's path, without the page: discovery → profile endpoints → buildLogoutUrl.
    const QUrl discoveryUrl(issuer() + u"/.well-known/openid-configuration");
    const Reply doc = send("GET", discoveryUrl);
    QCOMPARE(doc.status, 200);
    const Discovery::ParseResult parsed = Discovery::parse(doc.body, discoveryUrl, Discovery::Kind::OpenIdConnect);
    QVERIFY2(parsed.document, qPrintable(parsed.error));
    Profiles::Profile profile;
    profile.name = QStringLiteral("Local sandbox");
    profile.clientId = AppClient;
    profile.endpoints = parsed.document->endpoints;
    QCOMPARE(profile.endpoints.url(Profiles::EndpointKind::EndSession), QUrl(issuer() + LogoutPath));

    OAuth::LogoutRequest request;
    request.idTokenHint = m_appToken;
    request.postLogoutRedirectUri = QUrl(SignedOut);
    request.state = AwkwardState;
    QString error;
    const QUrl url = OAuth::buildLogoutUrl(profile, request, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const Reply reply = send("GET", url);
    QCOMPARE(reply.status, 302);
    const QUrl location = QUrl::fromEncoded(reply.header("Location"), QUrl::StrictMode);
    QCOMPARE(location.adjusted(QUrl::RemoveQuery), QUrl(SignedOut));
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), AwkwardState);

    // And one the sandbox refuses: the URI is not registered.
    request.postLogoutRedirectUri = QUrl(QStringLiteral("https://evil.example/"));
    const Reply bad = send("GET", OAuth::buildLogoutUrl(profile, request));
    QCOMPARE(bad.status, 401);
    QVERIFY(!bad.hasHeader("Location"));
}

QTEST_GUILESS_MAIN(TestSandboxLogout)
#include "tst_sandboxlogout.moc"
