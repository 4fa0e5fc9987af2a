// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's OAuth 2.0 / OpenID Connect endpoints, driven through the Router with hand-made
// requests ("router" rows) and, when the SandboxServer runs, over real sockets ("http" rows).

#include "grantstore.h"
#include "httpmessage.h"
#include "oauthendpoints.h"
#include "router.h"
#include "sandboxserver.h"
#include "swaggercheck.h"
#include "tenantstate.h"
#include "testhttp.h"
#include "testkeys.h"

#include "jose/base64url.h"
#include "jose/decodedtoken.h"
#include "jose/jsonwebkey.h"
#include "jose/tokenverifier.h"

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
const QString Workspace = QStringLiteral("demo");
const QString OpaqueWorkspace = QStringLiteral("opaque");
const QString StrictWorkspace = QStringLiteral("strict");
// Needs form-encoding in HTTP Basic (RFC 6749 §2.3.1): ':', '+', '/', ' ', '&', '=', '%', 'é'.
const QString SpecialSecret = QStringLiteral("s3cr3t:+/ &=%\u00e9-0123456789abcdefghijklmnopqrstuv");
const QString PlainSecret = QStringLiteral("plain-secret-0123456789abcdefghijklmnopqrstuvwxyz");
const QString Redirect = QStringLiteral("https://app.example/callback");
const QString LoopbackRedirect = QStringLiteral("http://127.0.0.1/cb");
const QString UserName = QStringLiteral("alice");
const QString UserPassword = QStringLiteral("wonderland-42");

struct Reply
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        return TestHttp::headerValue(headers, name);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QString challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        Jose::base64UrlEncode(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
}

QByteArray formEncode(const QList<QPair<QString, QString>> &items)
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

// Parameters of a redirect Location: the query or the fragment.
QUrlQuery redirectParams(const QByteArray &location, bool fragment)
{
    const QUrl url = QUrl::fromEncoded(location);
    QByteArray part = fragment ? url.fragment(QUrl::FullyEncoded).toLatin1() : url.query(QUrl::FullyEncoded).toLatin1();
    return parseFormEncoded(part);
}

QString formToken(const QByteArray &html)
{
    static const QRegularExpression re(QStringLiteral("name=\"form_token\" value=\"([^\"]+)\""));
    const auto match = re.match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

class TestSandboxOAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void discovery_data() { transports(); }
    void discovery();
    void jwks_data() { transports(); }
    void jwks();
    void clientCredentialsBasic_data() { transports(); }
    void clientCredentialsBasic();
    void clientCredentialsPost_data() { transports(); }
    void clientCredentialsPost();
    void clientAuthenticationFailures_data();
    void clientAuthenticationFailures();
    void tokenRequestErrors_data();
    void tokenRequestErrors();
    void authorizationCodeWithPkce_data() { transports(); }
    void authorizationCodeWithPkce();
    void authorizeRefusals_data() { transports(); }
    void authorizeRefusals();
    void authorizeRedirectedErrors_data();
    void authorizeRedirectedErrors();
    void loopbackRedirectAnyPort_data() { transports(); }
    void loopbackRedirectAnyPort();
    void loginFailures_data() { transports(); }
    void loginFailures();
    void refreshRotation_data() { transports(); }
    void refreshRotation();
    void passwordGrant_data() { transports(); }
    void passwordGrant();
    void implicitFlow_data() { transports(); }
    void implicitFlow();
    void hybridFlow_data() { transports(); }
    void hybridFlow();
    void formPost_data() { transports(); }
    void formPost();
    void introspectAndRevoke_data() { transports(); }
    void introspectAndRevoke();
    void opaqueAccessTokens_data() { transports(); }
    void opaqueAccessTokens();
    void userinfo_data() { transports(); }
    void userinfo();
    void privateKeyJwt_data() { transports(); }
    void privateKeyJwt();
    void adminTokens_data() { transports(); }
    void tokenLifetimes_data() { transports(); }
    void tokenLifetimes();
    void enforcedPkce_data() { transports(); }
    void enforcedPkce();
    void hostileInput_data();
    void hostileInput();
    void adminTokens();

private:
    void transports();
    bool overHttp() const;
    TenantState &state();
    GrantStore *grants();
    QString issuer(const QString &wid = Workspace);
    QString path(const QString &wid, const QString &rest) const { return u'/' + Tenant + u'/' + wid + rest; }
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply token(const QList<QPair<QString, QString>> &form, const QByteArray &authorization = {},
                const QString &wid = Workspace);
    void populate(TenantState &state);
    Jose::KeySet keys(const QString &wid = Workspace);
    Jose::VerifyReport verify(const QString &jwt, const QString &audience, const QString &nonce = {},
                              const QString &accessToken = {}, const QString &code = {},
                              Jose::TokenRole role = Jose::TokenRole::Auto, const QString &wid = Workspace);
    // GET authorize → login page → POST credentials; the final response (302 or form_post page).
    Reply authorize(const QList<QPair<QString, QString>> &query, const QString &password = UserPassword);

    // The response matches oauth2.json for that operation and status.
    void contract(const QString &pathTemplate, const QByteArray &method, const Reply &reply);

    SwaggerCheck::Spec m_contract;
    // Router transport.
    std::unique_ptr<TenantState> m_state;
    std::unique_ptr<GrantStore> m_grants;
    Router m_router;
    // Socket transport.
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QString m_serverError;

    QString m_confidential;  // client_secret_basic, SpecialSecret
    QString m_postClient;    // client_secret_post, PlainSecret
    QString m_publicClient;  // none, loopback redirect
    QString m_implicitClient; // response types token, id_token token, code id_token
    QString m_jwtClient;     // private_key_jwt
    QString m_opaqueClient;  // client of the opaque workspace
    TestKeys::KeyPair m_clientKey;
};

void TestSandboxOAuth::transports()
{
    QTest::addColumn<bool>("http");
    QTest::newRow("router") << false;
    QTest::newRow("http") << true;
}

bool TestSandboxOAuth::overHttp() const
{
    return QTest::currentDataTag() && qstrcmp(QTest::currentDataTag(), "http") == 0;
}

TenantState &TestSandboxOAuth::state()
{
    return overHttp() ? m_server->state() : *m_state;
}

GrantStore *TestSandboxOAuth::grants()
{
    return overHttp() ? nullptr : m_grants.get();
}

QString TestSandboxOAuth::issuer(const QString &wid)
{
    const QString base = overHttp() ? m_server->baseUrl().toString(QUrl::StripTrailingSlash)
                                    : QStringLiteral("http://127.0.0.1:1");
    return base + path(wid, {});
}

void TestSandboxOAuth::populate(TenantState &s)
{
    const auto ws = s.createServer(QJsonObject{
        {QStringLiteral("id"), Workspace},
        {QStringLiteral("name"), QStringLiteral("Demo")},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("implicit"),
                                                   QStringLiteral("client_credentials"),
                                                   QStringLiteral("refresh_token"), QStringLiteral("password")}},
    });
    QVERIFY2(ws.ok(), qPrintable(ws.error.error));
    const auto opaque = s.createServer(QJsonObject{
        {QStringLiteral("id"), OpaqueWorkspace},
        {QStringLiteral("name"), QStringLiteral("Opaque")},
        {QStringLiteral("access_token_strategy"), QStringLiteral("opaque")},
        {QStringLiteral("access_token_ttl"), QStringLiteral("10m0s")},
        {QStringLiteral("key_type"), QStringLiteral("rsa")},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials"), QStringLiteral("password"),
                                                   QStringLiteral("refresh_token")}},
    });
    QVERIFY2(opaque.ok(), qPrintable(opaque.error.error));
    const auto strict = s.createServer(QJsonObject{
        {QStringLiteral("id"), StrictWorkspace},
        {QStringLiteral("enforce_pkce"), true},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code")}},
    });
    QVERIFY2(strict.ok(), qPrintable(strict.error.error));
    const QJsonObject user{
        {QStringLiteral("username"), UserName},
        {QStringLiteral("password"), UserPassword},
        {QStringLiteral("email"), QStringLiteral("alice@example.com")},
        {QStringLiteral("email_verified"), true},
        {QStringLiteral("authentication_context"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Alice Liddell")},
                     {QStringLiteral("department"), QStringLiteral("Looking glass")}}},
    };
    for (const QString &wid : {Workspace, OpaqueWorkspace, StrictWorkspace}) {
        const auto idp = s.createStaticIdp(wid, QJsonObject{
            {QStringLiteral("name"), QStringLiteral("Users")},
            {QStringLiteral("method"), QStringLiteral("static")},
            {QStringLiteral("credentials"), QJsonObject{{QStringLiteral("users"), QJsonArray{user}}}},
        });
        QVERIFY2(idp.ok(), qPrintable(idp.error.error));
    }
    const auto client = [&s](const QString &id, QJsonObject body) -> QString {
        body.insert(QStringLiteral("client_id"), id);
        const auto created = s.createClient(body);
        if (!created.ok())
            qWarning() << "createClient failed:" << created.error.error;
        return created.ok() ? created.value->value(QLatin1String("client_id")).toString() : QString();
    };
    const QJsonArray allGrants{QStringLiteral("authorization_code"), QStringLiteral("client_credentials"),
                               QStringLiteral("refresh_token"), QStringLiteral("password")};
    m_confidential = client(QStringLiteral("confidential"), {{QStringLiteral("authorization_server_id"), Workspace},
                             {QStringLiteral("client_name"), QStringLiteral("Confidential <app>")},
                             {QStringLiteral("client_secret"), SpecialSecret},
                             {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic")},
                             {QStringLiteral("grant_types"), allGrants},
                             {QStringLiteral("redirect_uris"), QJsonArray{Redirect}},
                             {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid"), QStringLiteral("email"),
                                                                   QStringLiteral("orders.read")}}});
    m_postClient = client(QStringLiteral("post-client"), {{QStringLiteral("authorization_server_id"), Workspace},
                           {QStringLiteral("client_secret"), PlainSecret},
                           {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post")},
                           {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}}});
    m_publicClient = client(QStringLiteral("public-client"), {{QStringLiteral("authorization_server_id"), Workspace},
                             {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
                             {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code"),
                                                                        QStringLiteral("refresh_token")}},
                             {QStringLiteral("redirect_uris"), QJsonArray{LoopbackRedirect, Redirect}}});
    m_implicitClient = client(QStringLiteral("implicit-client"), {{QStringLiteral("authorization_server_id"), Workspace},
                               {QStringLiteral("client_secret"), PlainSecret},
                               {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code"),
                                                                          QStringLiteral("implicit")}},
                               {QStringLiteral("response_types"),
                                QJsonArray{QStringLiteral("code"), QStringLiteral("token"),
                                           QStringLiteral("token id_token"), QStringLiteral("code id_token")}},
                               {QStringLiteral("redirect_uris"), QJsonArray{Redirect}}});
    m_jwtClient = client(QStringLiteral("jwt-client"), {{QStringLiteral("authorization_server_id"), Workspace},
                          {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("private_key_jwt")},
                          {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}},
                          {QStringLiteral("jwks"), QJsonObject{{QStringLiteral("keys"), QJsonArray{m_clientKey.publicJwk}}}}});
    m_opaqueClient = client(QStringLiteral("opaque-client"), {{QStringLiteral("authorization_server_id"), OpaqueWorkspace},
                             {QStringLiteral("client_secret"), PlainSecret},
                             {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials"),
                                                                        QStringLiteral("password"),
                                                                        QStringLiteral("refresh_token")}},
                             {QStringLiteral("scopes"), QJsonArray{QStringLiteral("openid")}}});
    client(QStringLiteral("strict-client"), {{QStringLiteral("authorization_server_id"), StrictWorkspace},
                                             {QStringLiteral("client_secret"), PlainSecret},
                                             {QStringLiteral("redirect_uris"), QJsonArray{Redirect}}});
    client(QStringLiteral("ttl-client"), {{QStringLiteral("authorization_server_id"), Workspace},
                                          {QStringLiteral("client_secret"), PlainSecret},
                                          {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}},
                                          {QStringLiteral("use_custom_token_ttls"), true},
                                          {QStringLiteral("token_ttls"),
                                           QJsonObject{{QStringLiteral("access_token_ttl"), QStringLiteral("5m0s")}}}});
    QVERIFY(!m_confidential.isEmpty() && !m_postClient.isEmpty() && !m_publicClient.isEmpty()
            && !m_implicitClient.isEmpty() && !m_jwtClient.isEmpty() && !m_opaqueClient.isEmpty());
}

void TestSandboxOAuth::contract(const QString &pathTemplate, const QByteArray &method, const Reply &reply)
{
    const QStringList problems = m_contract.validateResponse(pathTemplate, method, reply.status, reply.body);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 %2 %3: %4")
                                                .arg(QString::fromLatin1(method), pathTemplate)
                                                .arg(reply.status)
                                                .arg(problems.join(QStringLiteral("; ")))));
}

void TestSandboxOAuth::initTestCase()
{
    QString error;
    QVERIFY2(m_contract.load(QStringLiteral(TOKENSCOPE_TEST_DATA_DIR "/contracts/cloudentity/oauth2.json"), &error),
             qPrintable(error));
    // The contract check can fail: an error body without "error".
    QVERIFY(!m_contract.validateResponse(QStringLiteral("/oauth2/token"), "POST", 400, R"({"error_description": "x"})").isEmpty());
    m_clientKey = TestKeys::generate(Jose::Algorithm::ES256, QStringLiteral("client-key"));

    m_state = std::make_unique<TenantState>(Tenant, QString());
    QVERIFY(m_state->load().ok);
    m_grants = std::make_unique<GrantStore>(*m_state);
    registerOAuthEndpoints(m_router, *m_state, *m_grants);
    populate(*m_state);

    SandboxOptions options;
    options.tenantId = Tenant;
    m_server = std::make_unique<SandboxServer>(options);
    if (!m_server->start(&m_serverError)) {
        if (m_serverError.isEmpty())
            m_serverError = QStringLiteral("SandboxServer did not start");
        m_server.reset();
        return;
    }
    // The server's tenant gets the same documents (fixed client ids).
    populate(m_server->state());
}

void TestSandboxOAuth::cleanupTestCase()
{
    if (m_server)
        m_server->stop();
}

#define FETCH_TRANSPORT()                                                                                              \
    do {                                                                                                               \
        QFETCH(bool, http);                                                                                            \
        if (http && !m_server)                                                                                         \
            QSKIP(qPrintable(QStringLiteral("no SandboxServer: ") + m_serverError));                                  \
    } while (false)

Reply TestSandboxOAuth::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Reply out;
    if (overHttp()) {
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
    const qsizetype q = pathAndQuery.indexOf(u'?');
    HttpRequest request;
    request.method = method;
    request.target = pathAndQuery.toLatin1();
    request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(pathAndQuery.left(q < 0 ? pathAndQuery.size() : q).toLatin1()));
    if (q >= 0)
        request.query = parseFormEncoded(pathAndQuery.mid(q + 1).toLatin1());
    for (const auto &[name, value] : headers)
        request.headers.append({name.toLower(), value});
    request.body = body;
    request.peer = QHostAddress::LocalHost;
    request.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    const auto match = m_router.match(method, request.path);
    if (!match) {
        out.status = 404;
        return out;
    }
    if (!match->methodAllowed) {
        out.status = 405;
        return out;
    }
    const HttpResponse response = (*match->handler)(request, match->params);
    out.status = response.status;
    out.headers = response.headers;
    out.body = response.body;
    return out;
}

Reply TestSandboxOAuth::token(const QList<QPair<QString, QString>> &form, const QByteArray &authorization,
                              const QString &wid)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    return send("POST", path(wid, QStringLiteral("/oauth2/token")), formEncode(form), headers);
}

Jose::KeySet TestSandboxOAuth::keys(const QString &wid)
{
    const Reply reply = send("GET", path(wid, QStringLiteral("/.well-known/jwks.json")));
    const Jose::KeyLoadResult loaded = Jose::loadKeys(reply.body);
    if (!loaded.ok())
        qWarning() << "JWKS did not load:" << loaded.error;
    return loaded.keySet;
}

Jose::VerifyReport TestSandboxOAuth::verify(const QString &jwt, const QString &audience, const QString &nonce,
                                            const QString &accessToken, const QString &code, Jose::TokenRole role,
                                            const QString &wid)
{
    Jose::VerifyOptions options;
    options.keys = keys(wid);
    options.expectedIssuer = issuer(wid);
    options.expectedAudience = audience;
    options.expectedNonce = nonce;
    options.accessToken = accessToken;
    options.authorizationCode = code;
    options.role = role;
    return Jose::verifyToken(Jose::decodeToken(jwt), options);
}

Reply TestSandboxOAuth::authorize(const QList<QPair<QString, QString>> &query, const QString &password)
{
    const QString endpoint = path(Workspace, QStringLiteral("/oauth2/authorize"));
    const Reply page = send("GET", endpoint + u'?' + QString::fromLatin1(formEncode(query)));
    const QString token = formToken(page.body);
    if (page.status != 200 || token.isEmpty())
        return page;
    return send("POST", endpoint,
                formEncode({{QStringLiteral("form_token"), token},
                            {QStringLiteral("username"), UserName},
                            {QStringLiteral("password"), password}}),
                {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}});
}

namespace {

// Every check that ran passed; the named ones must have run and passed.
void requirePass(const Jose::VerifyReport &report, const QStringList &names)
{
    for (const Jose::Check &check : report.checks) {
        if (check.status == Jose::CheckStatus::Fail)
            QFAIL(qPrintable(QStringLiteral("check %1 failed: %2").arg(check.name, check.detail)));
    }
    for (const QString &name : names) {
        const Jose::Check *check = report.find(name);
        QVERIFY2(check, qPrintable(name));
        QVERIFY2(check->status == Jose::CheckStatus::Pass,
                 qPrintable(QStringLiteral("%1: %2").arg(name, check->detail)));
    }
}

QJsonObject claimsOf(const QString &jwt)
{
    const Jose::DecodedToken decoded = Jose::decodeToken(jwt);
    return decoded.claims.value_or(QJsonObject());
}

} // namespace

void TestSandboxOAuth::discovery()
{
    FETCH_TRANSPORT();
    const Reply reply = send("GET", path(Workspace, QStringLiteral("/.well-known/openid-configuration")));
    QCOMPARE(reply.status, 200);
    contract(QStringLiteral("/.well-known/openid-configuration"), "GET", reply);
    const QJsonObject doc = reply.json();
    const QString iss = issuer();
    QCOMPARE(doc.value(u"issuer").toString(), iss);
    QCOMPARE(doc.value(u"authorization_endpoint").toString(), QString(iss + u"/oauth2/authorize"));
    QCOMPARE(doc.value(u"token_endpoint").toString(), QString(iss + u"/oauth2/token"));
    QCOMPARE(doc.value(u"jwks_uri").toString(), QString(iss + u"/.well-known/jwks.json"));
    QCOMPARE(doc.value(u"userinfo_endpoint").toString(), QString(iss + u"/userinfo"));
    QCOMPARE(doc.value(u"introspection_endpoint").toString(), QString(iss + u"/oauth2/introspect"));
    QCOMPARE(doc.value(u"revocation_endpoint").toString(), QString(iss + u"/oauth2/revoke"));
    QCOMPARE(doc.value(u"code_challenge_methods_supported").toArray(), QJsonArray{QStringLiteral("S256")});
    QCOMPARE(doc.value(u"authorization_response_iss_parameter_supported").toBool(), true);
    const QJsonArray grants = doc.value(u"grant_types_supported").toArray();
    QVERIFY(grants.contains(QStringLiteral("password")));
    QVERIFY(grants.contains(QStringLiteral("authorization_code")));
    QVERIFY(doc.value(u"response_types_supported").toArray().contains(QStringLiteral("code id_token")));
    QCOMPARE(doc.value(u"id_token_signing_alg_values_supported").toArray(), QJsonArray{QStringLiteral("ES256")});
    const QJsonArray methods = doc.value(u"token_endpoint_auth_methods_supported").toArray();
    for (const char *method : {"client_secret_basic", "client_secret_post", "private_key_jwt", "none"})
        QVERIFY2(methods.contains(QLatin1String(method)), method);
    QVERIFY(!methods.contains(QStringLiteral("tls_client_auth"))); // not implemented: not advertised

    // The opaque workspace advertises only what it enables, and signs with RS256.
    const QJsonObject other = send("GET", path(OpaqueWorkspace, QStringLiteral("/.well-known/openid-configuration"))).json();
    QVERIFY(!other.value(u"grant_types_supported").toArray().contains(QStringLiteral("authorization_code")));
    QCOMPARE(other.value(u"id_token_signing_alg_values_supported").toArray(), QJsonArray{QStringLiteral("RS256")});

    QCOMPARE(send("GET", path(QStringLiteral("nope"), QStringLiteral("/.well-known/openid-configuration"))).status, 404);
    contract(QStringLiteral("/.well-known/openid-configuration"), "GET",
             send("GET", path(QStringLiteral("nope"), QStringLiteral("/.well-known/openid-configuration"))));
    QCOMPARE(send("GET", QStringLiteral("/other-tenant/demo/.well-known/openid-configuration")).status, 404);
}

void TestSandboxOAuth::jwks()
{
    FETCH_TRANSPORT();
    const Reply reply = send("GET", path(Workspace, QStringLiteral("/.well-known/jwks.json")));
    QCOMPARE(reply.status, 200);
    contract(QStringLiteral("/.well-known/jwks.json"), "GET", reply);
    const QJsonArray keyArray = reply.json().value(u"keys").toArray();
    QVERIFY(!keyArray.isEmpty());
    for (const QJsonValue &key : keyArray) {
        QVERIFY(!key.toObject().contains(u"d")); // public members only
        QVERIFY(!key.toObject().value(u"kid").toString().isEmpty());
    }
    const Jose::KeyLoadResult loaded = Jose::loadKeys(reply.body);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.keySet.keys.first().type, Jose::KeyType::Ec);
    QCOMPARE(keys(OpaqueWorkspace).keys.first().type, Jose::KeyType::Rsa);
}

void TestSandboxOAuth::clientCredentialsBasic()
{
    FETCH_TRANSPORT();
    const Reply reply = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                               {QStringLiteral("scope"), QStringLiteral("orders.read")}},
                              basic(m_confidential, SpecialSecret));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    contract(QStringLiteral("/oauth2/token"), "POST", reply);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(u"token_type").toString().toLower(), QStringLiteral("bearer"));
    QCOMPARE(body.value(u"scope").toString(), QStringLiteral("orders.read"));
    QVERIFY(body.value(u"expires_in").toInteger() > 3500);
    QVERIFY(!body.contains(u"refresh_token")); // RFC 6749 §4.4.3
    QVERIFY(!body.contains(u"id_token"));
    const QString accessToken = body.value(u"access_token").toString();
    requirePass(verify(accessToken, m_confidential, {}, {}, {}, Jose::TokenRole::AccessToken),
                {QStringLiteral("alg"), QStringLiteral("signature"), QStringLiteral("iss"), QStringLiteral("aud"),
                 QStringLiteral("exp")});
    const Jose::DecodedToken decoded = Jose::decodeToken(accessToken);
    QCOMPARE(decoded.header.value(u"typ").toString(), QStringLiteral("at+jwt")); // RFC 9068 §2.1
    const QJsonObject claims = *decoded.claims;
    QCOMPARE(claims.value(u"client_id").toString(), m_confidential);
    QCOMPARE(claims.value(u"sub").toString(), m_confidential);
    QCOMPARE(claims.value(u"tid").toString(), Tenant);
    QCOMPARE(claims.value(u"aid").toString(), Workspace);
    QCOMPARE(claims.value(u"st").toString(), QStringLiteral("client"));
    QCOMPARE(claims.value(u"scp").toArray(), QJsonArray{QStringLiteral("orders.read")});
    QVERIFY(!claims.value(u"jti").toString().isEmpty());

    // The same secret without the RFC 6749 §2.3.1 form-encoding is a different secret.
    const QByteArray raw = "Basic " + (m_confidential + u':' + SpecialSecret).toUtf8().toBase64();
    const Reply unencoded = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}}, raw);
    QCOMPARE(unencoded.status, 401);
    QCOMPARE(unencoded.json().value(u"error").toString(), QStringLiteral("invalid_client"));
}

void TestSandboxOAuth::clientCredentialsPost()
{
    FETCH_TRANSPORT();
    const Reply reply = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                               {QStringLiteral("client_id"), m_postClient},
                               {QStringLiteral("client_secret"), PlainSecret}});
    QCOMPARE(reply.status, 200);
    const QString accessToken = reply.json().value(u"access_token").toString();
    requirePass(verify(accessToken, m_postClient, {}, {}, {}, Jose::TokenRole::AccessToken),
                {QStringLiteral("signature"), QStringLiteral("iss"), QStringLiteral("aud")});
    // client_secret_post for a client registered with basic works too (both shared-secret methods).
    const Reply viaPost = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                 {QStringLiteral("client_id"), m_confidential},
                                 {QStringLiteral("client_secret"), SpecialSecret}});
    QCOMPARE(viaPost.status, 200);
}

void TestSandboxOAuth::clientAuthenticationFailures_data()
{
    QTest::addColumn<bool>("http");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("clientSecret");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("wwwAuthenticate");
    for (const bool http : {false, true}) {
        const char *t = http ? "http" : "router";
        QTest::addRow("%s wrong basic secret", t) << http << basic(QStringLiteral("confidential"), QStringLiteral("wrong"))
                                                  << QString() << QString() << 401 << "invalid_client" << true;
        QTest::addRow("%s unknown basic client", t) << http << basic(QStringLiteral("nobody"), PlainSecret) << QString()
                                                    << QString() << 401 << "invalid_client" << true;
        QTest::addRow("%s malformed basic", t) << http << QByteArray("Basic !!!not-base64") << QString() << QString()
                                               << 401 << "invalid_client" << true;
        QTest::addRow("%s wrong post secret", t) << http << QByteArray() << QStringLiteral("post-client")
                                                 << QStringLiteral("wrong") << 401 << "invalid_client" << false;
        QTest::addRow("%s no credentials", t) << http << QByteArray() << QString() << QString() << 401
                                              << "invalid_client" << false;
        QTest::addRow("%s secret client without secret", t) << http << QByteArray() << QStringLiteral("post-client")
                                                            << QString() << 401 << "invalid_client" << false;
        QTest::addRow("%s two methods", t) << http << basic(QStringLiteral("post-client"), PlainSecret)
                                           << QString() << PlainSecret << 400 << "invalid_request" << false;
        QTest::addRow("%s other workspace's client", t) << http << QByteArray() << QStringLiteral("opaque-client")
                                                        << PlainSecret << 401 << "invalid_client" << false;
    }
}

void TestSandboxOAuth::clientAuthenticationFailures()
{
    FETCH_TRANSPORT();
    QFETCH(QByteArray, authorization);
    QFETCH(QString, clientId);
    QFETCH(QString, clientSecret);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(bool, wwwAuthenticate);
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!clientId.isEmpty())
        form.append({QStringLiteral("client_id"), clientId});
    if (!clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), clientSecret});
    const Reply reply = token(form, authorization);
    QCOMPARE(reply.status, status);
    contract(QStringLiteral("/oauth2/token"), "POST", reply);
    QCOMPARE(reply.json().value(u"error").toString(), error);
    QVERIFY(!reply.json().value(u"error_description").toString().isEmpty());
    QCOMPARE(reply.header("WWW-Authenticate").startsWith("Basic"), wwwAuthenticate);
}

void TestSandboxOAuth::tokenRequestErrors_data()
{
    QTest::addColumn<bool>("http");
    QTest::addColumn<QString>("grantType");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("extraKey");
    QTest::addColumn<QString>("extraValue");
    QTest::addColumn<QString>("error");
    for (const bool http : {false, true}) {
        const char *t = http ? "http" : "router";
        QTest::addRow("%s no grant_type", t) << http << QString() << "post-client" << QString() << QString() << "invalid_request";
        QTest::addRow("%s unknown grant", t) << http << "urn:example:magic" << "post-client" << QString() << QString()
                                             << "unsupported_grant_type";
        QTest::addRow("%s grant not allowed for client", t) << http << "password" << "post-client" << QString()
                                                            << QString() << "unauthorized_client";
        QTest::addRow("%s scope not allowed", t) << http << "client_credentials" << "confidential" << "scope"
                                                 << "admin.everything" << "invalid_scope";
        QTest::addRow("%s code missing", t) << http << "authorization_code" << "confidential" << QString() << QString()
                                            << "invalid_request";
        QTest::addRow("%s unknown code", t) << http << "authorization_code" << "confidential" << "code"
                                            << "made-up-code" << "invalid_grant";
        QTest::addRow("%s unknown refresh token", t) << http << "refresh_token" << "confidential" << "refresh_token"
                                                     << "made-up" << "invalid_grant";
        QTest::addRow("%s password missing", t) << http << "password" << "confidential" << "username" << "alice"
                                                << "invalid_request";
    }
}

void TestSandboxOAuth::tokenRequestErrors()
{
    FETCH_TRANSPORT();
    QFETCH(QString, grantType);
    QFETCH(QString, clientId);
    QFETCH(QString, extraKey);
    QFETCH(QString, extraValue);
    QFETCH(QString, error);
    QList<QPair<QString, QString>> form;
    if (!grantType.isEmpty())
        form.append({QStringLiteral("grant_type"), grantType});
    if (!extraKey.isEmpty())
        form.append({extraKey, extraValue});
    const QString secret = clientId == QLatin1String("confidential") ? SpecialSecret : PlainSecret;
    const Reply reply = token(form, basic(clientId, secret));
    QCOMPARE(reply.status, 400);
    contract(QStringLiteral("/oauth2/token"), "POST", reply);
    QCOMPARE(reply.json().value(u"error").toString(), error);
}

void TestSandboxOAuth::authorizationCodeWithPkce()
{
    FETCH_TRANSPORT();
    const QString verifier = GrantStore::randomToken(48);
    const QString state = QStringLiteral("st+/ &=%ate");
    const Reply redirect = authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                                      {QStringLiteral("client_id"), m_confidential},
                                      {QStringLiteral("redirect_uri"), Redirect},
                                      {QStringLiteral("scope"), QStringLiteral("openid email")},
                                      {QStringLiteral("state"), state},
                                      {QStringLiteral("nonce"), QStringLiteral("n-0S6_WzA2Mj")},
                                      {QStringLiteral("code_challenge"), challengeFor(verifier)},
                                      {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
    QCOMPARE(redirect.status, 302);
    contract(QStringLiteral("/oauth2/authorize"), "GET", redirect);
    const QByteArray location = redirect.header("Location");
    QVERIFY2(location.startsWith(QByteArray(Redirect.toLatin1() + '?')), location.constData());
    const QUrlQuery params = redirectParams(location, false);
    QCOMPARE(formValue(params, QStringLiteral("state")), state);
    QCOMPARE(formValue(params, QStringLiteral("iss")), issuer()); // RFC 9207
    const QString code = formValue(params, QStringLiteral("code"));
    QVERIFY(!code.isEmpty());

    const QList<QPair<QString, QString>> exchange{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                  {QStringLiteral("code"), code},
                                                  {QStringLiteral("redirect_uri"), Redirect},
                                                  {QStringLiteral("code_verifier"), verifier}};
    const Reply tokens = token(exchange, basic(m_confidential, SpecialSecret));
    QCOMPARE(tokens.status, 200);
    contract(QStringLiteral("/oauth2/token"), "POST", tokens);
    const QJsonObject body = tokens.json();
    const QString accessToken = body.value(u"access_token").toString();
    const QString idToken = body.value(u"id_token").toString();
    QVERIFY(!body.value(u"refresh_token").toString().isEmpty());
    requirePass(verify(accessToken, m_confidential, {}, {}, {}, Jose::TokenRole::AccessToken),
                {QStringLiteral("signature"), QStringLiteral("iss"), QStringLiteral("aud"), QStringLiteral("exp")});
    requirePass(verify(idToken, m_confidential, QStringLiteral("n-0S6_WzA2Mj"), accessToken, {}, Jose::TokenRole::IdToken),
                {QStringLiteral("signature"), QStringLiteral("iss"), QStringLiteral("aud"), QStringLiteral("exp"),
                 QStringLiteral("nonce"), QStringLiteral("at_hash")});
    const QJsonObject idClaims = claimsOf(idToken);
    QCOMPARE(idClaims.value(u"sub").toString(), UserName);
    QCOMPARE(idClaims.value(u"azp").toString(), m_confidential);
    QVERIFY(idClaims.value(u"auth_time").toInteger() > 0);
    QCOMPARE(idClaims.value(u"name").toString(), QStringLiteral("Alice Liddell")); // authentication_context
    QCOMPARE(idClaims.value(u"email").toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(idClaims.value(u"amr").toArray(), QJsonArray{QStringLiteral("pwd")});
    QCOMPARE(claimsOf(accessToken).value(u"st").toString(), QStringLiteral("user"));
    QCOMPARE(claimsOf(accessToken).value(u"department").toString(), QStringLiteral("Looking glass"));

    // Single use; the replay also revokes what the code gave (RFC 6749 §4.1.2).
    const QString refreshToken = body.value(u"refresh_token").toString();
    const Reply again = token(exchange, basic(m_confidential, SpecialSecret));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    const QList<QPair<QByteArray, QByteArray>> introspectHeaders{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Authorization"), basic(m_confidential, SpecialSecret)}};
    for (const QString &issued : {accessToken, refreshToken}) {
        const Reply info = send("POST", path(Workspace, QStringLiteral("/oauth2/introspect")),
                                formEncode({{QStringLiteral("token"), issued}}), introspectHeaders);
        QCOMPARE(info.json().value(u"active").toBool(), false);
    }

    // A wrong verifier, a missing one, a different redirect_uri: invalid_grant.
    const auto freshCode = [this, &verifier] {
        const Reply r = authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                                   {QStringLiteral("client_id"), m_publicClient},
                                   {QStringLiteral("redirect_uri"), Redirect},
                                   {QStringLiteral("code_challenge"), challengeFor(verifier)},
                                   {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
        return formValue(redirectParams(r.header("Location"), false), QStringLiteral("code"));
    };
    const QList<QPair<QString, QString>> badExchanges[] = {
        {{QStringLiteral("code_verifier"), GrantStore::randomToken(48)}, {QStringLiteral("redirect_uri"), Redirect}},
        {{QStringLiteral("redirect_uri"), Redirect}},
        {{QStringLiteral("code_verifier"), verifier}, {QStringLiteral("redirect_uri"), Redirect + u"/other"}},
        {{QStringLiteral("code_verifier"), verifier}}, // redirect_uri was in the request: required
    };
    for (const auto &bad : badExchanges) {
        const QString c = freshCode();
        QVERIFY(!c.isEmpty());
        QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                            {QStringLiteral("client_id"), m_publicClient},
                                            {QStringLiteral("code"), c}};
        form.append(bad);
        const Reply r = token(form);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    }
    // The public client with the right verifier succeeds; its code is not another client's.
    const QString good = freshCode();
    const QList<QPair<QString, QString>> publicExchange{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                                        {QStringLiteral("client_id"), m_publicClient},
                                                        {QStringLiteral("code"), good},
                                                        {QStringLiteral("redirect_uri"), Redirect},
                                                        {QStringLiteral("code_verifier"), verifier}};
    const Reply stolen = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("code"), freshCode()},
                                {QStringLiteral("redirect_uri"), Redirect},
                                {QStringLiteral("code_verifier"), verifier}},
                               basic(m_confidential, SpecialSecret));
    QCOMPARE(stolen.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    const Reply ok = token(publicExchange);
    QCOMPARE(ok.status, 200);
    QVERIFY(!ok.json().value(u"access_token").toString().isEmpty());
}

void TestSandboxOAuth::authorizeRefusals()
{
    FETCH_TRANSPORT();
    // Bad client or redirect_uri: an HTML error page, never a redirect (RFC 6749 §4.1.2.1).
    const QList<QList<QPair<QString, QString>>> cases{
        {{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("client_id"), QStringLiteral("nobody")},
         {QStringLiteral("redirect_uri"), Redirect}},
        {{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("redirect_uri"), Redirect}},
        {{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("client_id"), m_confidential},
         {QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/callback")}},
        {{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("client_id"), m_confidential},
         {QStringLiteral("redirect_uri"), Redirect + u"/"}},
        {{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("client_id"), m_confidential},
         {QStringLiteral("redirect_uri"), QStringLiteral("https://app.example:8443/callback")}},
        // Two registered URIs and none given.
        {{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("client_id"), m_publicClient}},
        {{QStringLiteral("response_type"), QStringLiteral("code")}, {QStringLiteral("client_id"), m_opaqueClient},
         {QStringLiteral("redirect_uri"), Redirect}},
    };
    for (const auto &query : cases) {
        const Reply reply = send("GET", path(Workspace, QStringLiteral("/oauth2/authorize?"))
                                            + QString::fromLatin1(formEncode(query)));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("Authorization error"));
    }
    QCOMPARE(send("GET", path(QStringLiteral("nope"), QStringLiteral("/oauth2/authorize?client_id=x"))).status, 404);
}

void TestSandboxOAuth::authorizeRedirectedErrors_data()
{
    QTest::addColumn<bool>("http");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("extraKey");
    QTest::addColumn<QString>("extraValue");
    QTest::addColumn<bool>("withPkce");
    QTest::addColumn<QString>("error");
    for (const bool http : {false, true}) {
        const char *t = http ? "http" : "router";
        QTest::addRow("%s no response_type", t) << http << "confidential" << QString() << QString() << QString()
                                                << QString() << true << "invalid_request";
        QTest::addRow("%s unknown response_type", t) << http << "confidential" << "magic" << QString() << QString()
                                                     << QString() << true << "unsupported_response_type";
        QTest::addRow("%s response_type not registered", t) << http << "confidential" << "token" << QString()
                                                            << QString() << QString() << true << "unauthorized_client";
        QTest::addRow("%s scope not allowed", t) << http << "confidential" << "code" << "root" << QString() << QString()
                                                 << true << "invalid_scope";
        QTest::addRow("%s public client without PKCE", t) << http << "public-client" << "code" << QString() << QString()
                                                          << QString() << false << "invalid_request";
        QTest::addRow("%s plain PKCE", t) << http << "confidential" << "code" << QString() << "code_challenge_method"
                                          << "plain" << true << "invalid_request";
        QTest::addRow("%s id_token without nonce", t) << http << "implicit-client" << "id_token token" << "openid"
                                                      << QString() << QString() << false << "invalid_request";
        QTest::addRow("%s id_token without openid", t) << http << "implicit-client" << "id_token token" << "email"
                                                       << "nonce" << "n" << false << "invalid_request";
        QTest::addRow("%s bad response_mode", t) << http << "confidential" << "code" << QString() << "response_mode"
                                                 << "carrier_pigeon" << true << "invalid_request";
        QTest::addRow("%s prompt none", t) << http << "confidential" << "code" << QString() << "prompt" << "none"
                                           << true << "login_required";
        QTest::addRow("%s request object", t) << http << "confidential" << "code" << QString() << "request"
                                              << "eyJhbGciOiJub25lIn0.e30." << true << "request_not_supported";
        QTest::addRow("%s token in query", t) << http << "implicit-client" << "token" << QString() << "response_mode"
                                              << "query" << false << "invalid_request";
    }
}

void TestSandboxOAuth::authorizeRedirectedErrors()
{
    FETCH_TRANSPORT();
    QFETCH(QString, clientId);
    QFETCH(QString, responseType);
    QFETCH(QString, scope);
    QFETCH(QString, extraKey);
    QFETCH(QString, extraValue);
    QFETCH(bool, withPkce);
    QFETCH(QString, error);
    QList<QPair<QString, QString>> query{{QStringLiteral("client_id"), clientId},
                                         {QStringLiteral("redirect_uri"), Redirect},
                                         {QStringLiteral("state"), QStringLiteral("xyz")}};
    if (!responseType.isEmpty())
        query.append({QStringLiteral("response_type"), responseType});
    if (!scope.isEmpty())
        query.append({QStringLiteral("scope"), scope});
    if (withPkce) {
        query.append({QStringLiteral("code_challenge"), challengeFor(GrantStore::randomToken(48))});
        if (extraKey != QLatin1String("code_challenge_method"))
            query.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    }
    if (!extraKey.isEmpty())
        query.append({extraKey, extraValue});
    const Reply reply = send("GET", path(Workspace, QStringLiteral("/oauth2/authorize?")) + QString::fromLatin1(formEncode(query)));
    QCOMPARE(reply.status, 302);
    const QByteArray location = reply.header("Location");
    QVERIFY2(location.startsWith(Redirect.toLatin1()), location.constData());
    const bool inFragment = location.contains('#');
    const QUrlQuery params = redirectParams(location, inFragment);
    QCOMPARE(formValue(params, QStringLiteral("error")), error);
    QVERIFY(!formValue(params, QStringLiteral("error_description")).isEmpty());
    QCOMPARE(formValue(params, QStringLiteral("state")), QStringLiteral("xyz"));
    QCOMPARE(formValue(params, QStringLiteral("iss")), issuer());
}

void TestSandboxOAuth::loopbackRedirectAnyPort()
{
    FETCH_TRANSPORT();
    // RFC 8252 §7.3: registered http://127.0.0.1/cb matches any port.
    const QString verifier = GrantStore::randomToken(40);
    const QString withPort = QStringLiteral("http://127.0.0.1:53123/cb");
    const Reply reply = authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                                   {QStringLiteral("client_id"), m_publicClient},
                                   {QStringLiteral("redirect_uri"), withPort},
                                   {QStringLiteral("code_challenge"), challengeFor(verifier)},
                                   {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
    QCOMPARE(reply.status, 302);
    QVERIFY(reply.header("Location").startsWith(QByteArray(withPort.toLatin1() + '?')));
    const QString code = formValue(redirectParams(reply.header("Location"), false), QStringLiteral("code"));
    const Reply tokens = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("client_id"), m_publicClient},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("redirect_uri"), withPort},
                                {QStringLiteral("code_verifier"), verifier}});
    QCOMPARE(tokens.status, 200);
    // Only the port may differ: another path or host is refused.
    for (const QString &uri : {QStringLiteral("http://127.0.0.1:53123/other"), QStringLiteral("http://localhost:53123/cb"),
                               QStringLiteral("https://127.0.0.1:53123/cb")}) {
        const Reply refused = send("GET", path(Workspace, QStringLiteral("/oauth2/authorize?"))
                                              + QString::fromLatin1(formEncode({{QStringLiteral("response_type"), QStringLiteral("code")},
                                                                                {QStringLiteral("client_id"), m_publicClient},
                                                                                {QStringLiteral("redirect_uri"), uri}})));
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.header("Location").isEmpty());
    }
}

void TestSandboxOAuth::loginFailures()
{
    FETCH_TRANSPORT();
    const QList<QPair<QString, QString>> query{{QStringLiteral("response_type"), QStringLiteral("code")},
                                               {QStringLiteral("client_id"), m_confidential},
                                               {QStringLiteral("redirect_uri"), Redirect},
                                               {QStringLiteral("state"), QStringLiteral("s1")},
                                               {QStringLiteral("login_hint"), QStringLiteral("a\"lice")}};
    const QString endpoint = path(Workspace, QStringLiteral("/oauth2/authorize"));
    const QList<QPair<QByteArray, QByteArray>> form{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
    const Reply page = send("GET", endpoint + u'?' + QString::fromLatin1(formEncode(query)));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Confidential &lt;app&gt;")); // escaped client name
    QVERIFY(!page.body.contains(SpecialSecret.toUtf8()));
    QVERIFY(page.body.contains("name=\"username\" autocomplete=\"username\" value=\"a&quot;lice\""));
    const QString first = formToken(page.body);
    QVERIFY(!first.isEmpty());

    // Wrong password: the page again, with a fresh form token.
    const Reply wrong = send("POST", endpoint,
                             formEncode({{QStringLiteral("form_token"), first}, {QStringLiteral("username"), UserName},
                                         {QStringLiteral("password"), QStringLiteral("guess")}}),
                             form);
    QCOMPARE(wrong.status, 200);
    QVERIFY(wrong.body.contains("Invalid username or password"));
    const QString second = formToken(wrong.body);
    QVERIFY(!second.isEmpty() && second != first);

    // The used form token is gone; a made-up one never existed.
    for (const QString &stale : {first, QStringLiteral("made-up")}) {
        const Reply r = send("POST", endpoint,
                             formEncode({{QStringLiteral("form_token"), stale}, {QStringLiteral("username"), UserName},
                                         {QStringLiteral("password"), UserPassword}}),
                             form);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Location").isEmpty());
    }
    // Cancel: access_denied back to the client.
    const Reply cancelled = send("POST", endpoint,
                                 formEncode({{QStringLiteral("form_token"), second}, {QStringLiteral("cancel"), QStringLiteral("1")}}),
                                 form);
    QCOMPARE(cancelled.status, 302);
    const QUrlQuery params = redirectParams(cancelled.header("Location"), false);
    QCOMPARE(formValue(params, QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(formValue(params, QStringLiteral("state")), QStringLiteral("s1"));
}

void TestSandboxOAuth::refreshRotation()
{
    FETCH_TRANSPORT();
    const Reply first = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                               {QStringLiteral("username"), UserName},
                               {QStringLiteral("password"), UserPassword},
                               {QStringLiteral("scope"), QStringLiteral("openid orders.read")}},
                              basic(m_confidential, SpecialSecret));
    QCOMPARE(first.status, 200);
    const QString r1 = first.json().value(u"refresh_token").toString();
    QVERIFY(!r1.isEmpty());
    const auto refresh = [this](const QString &refreshToken, const QString &scope = {}) {
        QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                            {QStringLiteral("refresh_token"), refreshToken}};
        if (!scope.isEmpty())
            form.append({QStringLiteral("scope"), scope});
        return token(form, basic(m_confidential, SpecialSecret));
    };
    const Reply second = refresh(r1);
    QCOMPARE(second.status, 200);
    const QString r2 = second.json().value(u"refresh_token").toString();
    QVERIFY(!r2.isEmpty() && r2 != r1);
    requirePass(verify(second.json().value(u"access_token").toString(), m_confidential, {}, {}, {},
                       Jose::TokenRole::AccessToken),
                {QStringLiteral("signature"), QStringLiteral("iss")});
    QVERIFY(!second.json().value(u"id_token").toString().isEmpty());

    // Narrowing the scope is allowed, widening is not.
    const Reply narrowed = refresh(r2, QStringLiteral("orders.read"));
    QCOMPARE(narrowed.status, 200);
    QCOMPARE(narrowed.json().value(u"scope").toString(), QStringLiteral("orders.read"));
    const QString r3 = narrowed.json().value(u"refresh_token").toString();
    const Reply widened = refresh(r3, QStringLiteral("orders.read email"));
    QCOMPARE(widened.json().value(u"error").toString(), QStringLiteral("invalid_scope"));

    // The rotated r1 again: refused, and the whole family (r3) with it.
    const Reply reuse = refresh(r1);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    const Reply familyRevoked = refresh(r3);
    QCOMPARE(familyRevoked.status, 400);
    QCOMPARE(familyRevoked.json().value(u"error").toString(), QStringLiteral("invalid_grant"));

    // Another client cannot use someone else's refresh token.
    const Reply fresh = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                               {QStringLiteral("username"), UserName},
                               {QStringLiteral("password"), UserPassword}},
                              basic(m_confidential, SpecialSecret));
    const Reply foreign = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                 {QStringLiteral("refresh_token"), fresh.json().value(u"refresh_token").toString()}},
                                basic(m_opaqueClient, PlainSecret), OpaqueWorkspace);
    QCOMPARE(foreign.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
}

void TestSandboxOAuth::passwordGrant()
{
    FETCH_TRANSPORT();
    const Reply good = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                              {QStringLiteral("username"), UserName},
                              {QStringLiteral("password"), UserPassword},
                              {QStringLiteral("scope"), QStringLiteral("openid email")}},
                             basic(m_confidential, SpecialSecret));
    QCOMPARE(good.status, 200);
    const QString idToken = good.json().value(u"id_token").toString();
    const QString accessToken = good.json().value(u"access_token").toString();
    requirePass(verify(idToken, m_confidential, {}, accessToken, {}, Jose::TokenRole::IdToken),
                {QStringLiteral("signature"), QStringLiteral("iss"), QStringLiteral("aud"), QStringLiteral("at_hash")});
    QCOMPARE(claimsOf(accessToken).value(u"sub").toString(), UserName);

    for (const auto &[user, password] : {qMakePair(UserName, QStringLiteral("wrong")),
                                         qMakePair(QStringLiteral("bob"), UserPassword),
                                         qMakePair(UserName.toUpper(), UserPassword)}) {
        const Reply bad = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                 {QStringLiteral("username"), user},
                                 {QStringLiteral("password"), password}},
                                basic(m_confidential, SpecialSecret));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    }
}

void TestSandboxOAuth::implicitFlow()
{
    FETCH_TRANSPORT();
    // response_type token: the access token in the fragment, never in the query.
    const Reply tokenOnly = authorize({{QStringLiteral("response_type"), QStringLiteral("token")},
                                       {QStringLiteral("client_id"), m_implicitClient},
                                       {QStringLiteral("redirect_uri"), Redirect},
                                       {QStringLiteral("state"), QStringLiteral("imp")}});
    QCOMPARE(tokenOnly.status, 302);
    const QUrl location = QUrl::fromEncoded(tokenOnly.header("Location"));
    QVERIFY(!location.hasQuery());
    const QUrlQuery fragment = redirectParams(tokenOnly.header("Location"), true);
    const QString accessToken = formValue(fragment, QStringLiteral("access_token"));
    QCOMPARE(formValue(fragment, QStringLiteral("token_type")).toLower(), QStringLiteral("bearer"));
    QVERIFY(formValue(fragment, QStringLiteral("expires_in")).toInt() > 0);
    QCOMPARE(formValue(fragment, QStringLiteral("state")), QStringLiteral("imp"));
    QCOMPARE(formValue(fragment, QStringLiteral("iss")), issuer());
    requirePass(verify(accessToken, m_implicitClient, {}, {}, {}, Jose::TokenRole::AccessToken),
                {QStringLiteral("signature"), QStringLiteral("iss"), QStringLiteral("aud")});

    // id_token token: at_hash binds the two.
    const Reply both = authorize({{QStringLiteral("response_type"), QStringLiteral("id_token token")},
                                  {QStringLiteral("client_id"), m_implicitClient},
                                  {QStringLiteral("redirect_uri"), Redirect},
                                  {QStringLiteral("scope"), QStringLiteral("openid")},
                                  {QStringLiteral("nonce"), QStringLiteral("nonce-imp")}});
    QCOMPARE(both.status, 302);
    const QUrlQuery bothParams = redirectParams(both.header("Location"), true);
    const QString at = formValue(bothParams, QStringLiteral("access_token"));
    const QString idToken = formValue(bothParams, QStringLiteral("id_token"));
    requirePass(verify(idToken, m_implicitClient, QStringLiteral("nonce-imp"), at, {}, Jose::TokenRole::IdToken),
                {QStringLiteral("signature"), QStringLiteral("nonce"), QStringLiteral("at_hash")});
    // A different access token fails the at_hash check: the check can fail.
    const Jose::VerifyReport swapped = verify(idToken, m_implicitClient, QStringLiteral("nonce-imp"), accessToken, {},
                                              Jose::TokenRole::IdToken);
    QVERIFY(swapped.find(QStringLiteral("at_hash")));
    QCOMPARE(swapped.find(QStringLiteral("at_hash"))->status, Jose::CheckStatus::Fail);
}

void TestSandboxOAuth::hybridFlow()
{
    FETCH_TRANSPORT();
    const Reply reply = authorize({{QStringLiteral("response_type"), QStringLiteral("code id_token")},
                                   {QStringLiteral("client_id"), m_implicitClient},
                                   {QStringLiteral("redirect_uri"), Redirect},
                                   {QStringLiteral("scope"), QStringLiteral("openid")},
                                   {QStringLiteral("state"), QStringLiteral("hy")},
                                   {QStringLiteral("nonce"), QStringLiteral("nonce-hy")}});
    QCOMPARE(reply.status, 302);
    const QUrlQuery params = redirectParams(reply.header("Location"), true);
    const QString code = formValue(params, QStringLiteral("code"));
    const QString idToken = formValue(params, QStringLiteral("id_token"));
    QVERIFY(!code.isEmpty() && !idToken.isEmpty());
    QCOMPARE(formValue(params, QStringLiteral("state")), QStringLiteral("hy"));
    requirePass(verify(idToken, m_implicitClient, QStringLiteral("nonce-hy"), {}, code, Jose::TokenRole::IdToken),
                {QStringLiteral("signature"), QStringLiteral("iss"), QStringLiteral("nonce"), QStringLiteral("c_hash")});
    const Jose::VerifyReport wrongCode = verify(idToken, m_implicitClient, QStringLiteral("nonce-hy"), {},
                                                code + u'x', Jose::TokenRole::IdToken);
    QCOMPARE(wrongCode.find(QStringLiteral("c_hash"))->status, Jose::CheckStatus::Fail);
    const Jose::VerifyReport wrongNonce = verify(idToken, m_implicitClient, QStringLiteral("other"), {}, code,
                                                 Jose::TokenRole::IdToken);
    QCOMPARE(wrongNonce.find(QStringLiteral("nonce"))->status, Jose::CheckStatus::Fail);

    // The code is redeemable, and its ID token carries the same nonce.
    const Reply tokens = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("code"), code},
                                {QStringLiteral("redirect_uri"), Redirect}},
                               basic(m_implicitClient, PlainSecret));
    QCOMPARE(tokens.status, 200);
    requirePass(verify(tokens.json().value(u"id_token").toString(), m_implicitClient, QStringLiteral("nonce-hy"),
                       tokens.json().value(u"access_token").toString(), {}, Jose::TokenRole::IdToken),
                {QStringLiteral("signature"), QStringLiteral("nonce"), QStringLiteral("at_hash")});
}

void TestSandboxOAuth::formPost()
{
    FETCH_TRANSPORT();
    const QString verifier = GrantStore::randomToken(40);
    const Reply reply = authorize({{QStringLiteral("response_type"), QStringLiteral("code")},
                                   {QStringLiteral("response_mode"), QStringLiteral("form_post")},
                                   {QStringLiteral("client_id"), m_confidential},
                                   {QStringLiteral("redirect_uri"), Redirect},
                                   {QStringLiteral("state"), QStringLiteral("<fp>")},
                                   {QStringLiteral("code_challenge"), challengeFor(verifier)},
                                   {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Location").isEmpty());
    const QString html = QString::fromUtf8(reply.body);
    QVERIFY(html.contains(QStringLiteral("<form method=\"post\" action=\"%1\">").arg(Redirect)));
    QVERIFY(html.contains(QStringLiteral("name=\"state\" value=\"&lt;fp&gt;\""))); // escaped
    QVERIFY(html.contains(QStringLiteral("name=\"iss\" value=\"%1\"").arg(issuer())));
    static const QRegularExpression codeInput(QStringLiteral("name=\"code\" value=\"([^\"]+)\""));
    const auto match = codeInput.match(html);
    QVERIFY(match.hasMatch());
    const Reply tokens = token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("code"), match.captured(1)},
                                {QStringLiteral("redirect_uri"), Redirect},
                                {QStringLiteral("code_verifier"), verifier}},
                               basic(m_confidential, SpecialSecret));
    QCOMPARE(tokens.status, 200);
}

void TestSandboxOAuth::introspectAndRevoke()
{
    FETCH_TRANSPORT();
    const Reply issued = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                {QStringLiteral("username"), UserName},
                                {QStringLiteral("password"), UserPassword},
                                {QStringLiteral("scope"), QStringLiteral("openid")}},
                               basic(m_confidential, SpecialSecret));
    QCOMPARE(issued.status, 200);
    const QString accessToken = issued.json().value(u"access_token").toString();
    const QString refreshToken = issued.json().value(u"refresh_token").toString();
    const QString idToken = issued.json().value(u"id_token").toString();
    const QList<QPair<QByteArray, QByteArray>> form{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Authorization"), basic(m_confidential, SpecialSecret)}};
    const auto introspect = [&](const QString &value) {
        return send("POST", path(Workspace, QStringLiteral("/oauth2/introspect")),
                    formEncode({{QStringLiteral("token"), value}}), form);
    };
    const auto revoke = [&](const QString &value) {
        return send("POST", path(Workspace, QStringLiteral("/oauth2/revoke")),
                    formEncode({{QStringLiteral("token"), value}}), form);
    };

    const Reply active = introspect(accessToken);
    QCOMPARE(active.status, 200);
    contract(QStringLiteral("/oauth2/introspect"), "POST", active);
    const QJsonObject info = active.json();
    QCOMPARE(info.value(u"active").toBool(), true);
    QCOMPARE(info.value(u"sub").toString(), UserName);
    QCOMPARE(info.value(u"client_id").toString(), m_confidential);
    QCOMPARE(info.value(u"scope").toString(), QStringLiteral("openid"));
    QCOMPARE(info.value(u"iss").toString(), issuer());
    QVERIFY(info.value(u"exp").toInteger() > QDateTime::currentSecsSinceEpoch());
    QCOMPARE(introspect(refreshToken).json().value(u"active").toBool(), true);

    // Unknown, an ID token, garbage: inactive with nothing else.
    for (const QString &value : {QStringLiteral("unknown"), idToken, QStringLiteral("a.b.c")}) {
        const Reply r = introspect(value);
        QCOMPARE(r.status, 200);
        contract(QStringLiteral("/oauth2/introspect"), "POST", r);
        QCOMPARE(r.json(), QJsonObject({{QStringLiteral("active"), false}}));
    }
    // Client authentication is required.
    const Reply anonymous = send("POST", path(Workspace, QStringLiteral("/oauth2/introspect")),
                                 formEncode({{QStringLiteral("token"), accessToken}}),
                                 {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}});
    QCOMPARE(anonymous.status, 401);
    contract(QStringLiteral("/oauth2/introspect"), "POST", anonymous);
    contract(QStringLiteral("/oauth2/revoke"), "POST", revoke(QStringLiteral("never-issued")));

    // RFC 7009: 200 for a revoked and for an unknown token alike.
    QCOMPARE(revoke(accessToken).status, 200);
    QCOMPARE(revoke(QStringLiteral("never-issued")).status, 200);
    QCOMPARE(introspect(accessToken).json().value(u"active").toBool(), false);
    // Revoking the refresh token ends it.
    QCOMPARE(revoke(refreshToken).status, 200);
    QCOMPARE(introspect(refreshToken).json().value(u"active").toBool(), false);
    const Reply refreshed = token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                   {QStringLiteral("refresh_token"), refreshToken}},
                                  basic(m_confidential, SpecialSecret));
    QCOMPARE(refreshed.json().value(u"error").toString(), QStringLiteral("invalid_grant"));
    // Another client cannot revoke this client's token.
    const Reply other = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                               {QStringLiteral("client_id"), m_confidential},
                               {QStringLiteral("client_secret"), SpecialSecret}});
    const QString otherToken = other.json().value(u"access_token").toString();
    const Reply foreign = send("POST", path(Workspace, QStringLiteral("/oauth2/revoke")),
                               formEncode({{QStringLiteral("token"), otherToken}, {QStringLiteral("client_id"), m_postClient},
                                           {QStringLiteral("client_secret"), PlainSecret}}),
                               {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}});
    QCOMPARE(foreign.status, 200);
    QCOMPARE(introspect(otherToken).json().value(u"active").toBool(), true);
}

void TestSandboxOAuth::opaqueAccessTokens()
{
    FETCH_TRANSPORT();
    const Reply issued = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                {QStringLiteral("username"), UserName},
                                {QStringLiteral("password"), UserPassword},
                                {QStringLiteral("scope"), QStringLiteral("openid")}},
                               basic(m_opaqueClient, PlainSecret), OpaqueWorkspace);
    QCOMPARE(issued.status, 200);
    const QString accessToken = issued.json().value(u"access_token").toString();
    QCOMPARE(Jose::decodeToken(accessToken).kind, Jose::TokenKind::Opaque);
    // The ID token is still a JWT, RS256 by the workspace's key_type.
    const QString idToken = issued.json().value(u"id_token").toString();
    QCOMPARE(Jose::decodeToken(idToken).algorithm(), QStringLiteral("RS256"));
    requirePass(verify(idToken, m_opaqueClient, {}, accessToken, {}, Jose::TokenRole::IdToken, OpaqueWorkspace),
                {QStringLiteral("signature"), QStringLiteral("iss"), QStringLiteral("at_hash")});

    const QList<QPair<QByteArray, QByteArray>> form{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Authorization"), basic(m_opaqueClient, PlainSecret)}};
    const QString introspectPath = path(OpaqueWorkspace, QStringLiteral("/oauth2/introspect"));
    const Reply active = send("POST", introspectPath, formEncode({{QStringLiteral("token"), accessToken}}), form);
    QCOMPARE(active.json().value(u"active").toBool(), true);
    QCOMPARE(active.json().value(u"sub").toString(), UserName);
    const Reply info = send("GET", path(OpaqueWorkspace, QStringLiteral("/userinfo")), {},
                            {{QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toLatin1()}});
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(u"sub").toString(), UserName);
    // Not valid at another workspace.
    const Reply elsewhere = send("GET", path(Workspace, QStringLiteral("/userinfo")), {},
                                 {{QByteArrayLiteral("Authorization"), "Bearer " + accessToken.toLatin1()}});
    QCOMPARE(elsewhere.status, 401);

    QCOMPARE(send("POST", path(OpaqueWorkspace, QStringLiteral("/oauth2/revoke")),
                  formEncode({{QStringLiteral("token"), accessToken}}), form).status,
             200);
    QCOMPARE(send("POST", introspectPath, formEncode({{QStringLiteral("token"), accessToken}}), form)
                 .json().value(u"active").toBool(),
             false);
}

void TestSandboxOAuth::userinfo()
{
    FETCH_TRANSPORT();
    const Reply issued = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                {QStringLiteral("username"), UserName},
                                {QStringLiteral("password"), UserPassword},
                                {QStringLiteral("scope"), QStringLiteral("openid email")}},
                               basic(m_confidential, SpecialSecret));
    const QByteArray bearer = "Bearer " + issued.json().value(u"access_token").toString().toLatin1();
    for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")}) {
        const Reply info = send(method, path(Workspace, QStringLiteral("/userinfo")), {},
                                {{QByteArrayLiteral("Authorization"), bearer}});
        QCOMPARE(info.status, 200);
        const QJsonObject claims = info.json();
        contract(QStringLiteral("/userinfo"), "GET", info);
        QCOMPARE(claims.value(u"sub").toString(), UserName);
        QCOMPARE(claims.value(u"email").toString(), QStringLiteral("alice@example.com"));
        QCOMPARE(claims.value(u"name").toString(), QStringLiteral("Alice Liddell"));
        QVERIFY(!claims.contains(u"password"));
    }
    // Without openid: insufficient_scope; a client's token: no user.
    const Reply noOpenid = token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                  {QStringLiteral("username"), UserName},
                                  {QStringLiteral("password"), UserPassword},
                                  {QStringLiteral("scope"), QStringLiteral("orders.read")}},
                                 basic(m_confidential, SpecialSecret));
    const Reply forbidden = send("GET", path(Workspace, QStringLiteral("/userinfo")), {},
                                 {{QByteArrayLiteral("Authorization"),
                                   "Bearer " + noOpenid.json().value(u"access_token").toString().toLatin1()}});
    QCOMPARE(forbidden.status, 403);
    QVERIFY(forbidden.header("WWW-Authenticate").contains("insufficient_scope"));
    const Reply none = send("GET", path(Workspace, QStringLiteral("/userinfo")));
    QCOMPARE(none.status, 401);
    contract(QStringLiteral("/userinfo"), "GET", none);
    QVERIFY(none.header("WWW-Authenticate").startsWith("Bearer"));
    const Reply garbage = send("GET", path(Workspace, QStringLiteral("/userinfo")), {},
                               {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer not.a.token")}});
    QCOMPARE(garbage.status, 401);
    QVERIFY(garbage.header("WWW-Authenticate").contains("invalid_token"));
}

void TestSandboxOAuth::privateKeyJwt()
{
    FETCH_TRANSPORT();
    const QString tokenEndpoint = issuer() + u"/oauth2/token";
    const auto assertion = [this](const QString &aud, const QString &jti, qint64 expOffset = 120,
                                  const TestKeys::KeyPair *key = nullptr) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return TestKeys::signCompact(key ? *key : m_clientKey, QJsonObject{},
                                     QJsonObject{{QStringLiteral("iss"), m_jwtClient},
                                                 {QStringLiteral("sub"), m_jwtClient},
                                                 {QStringLiteral("aud"), aud},
                                                 {QStringLiteral("jti"), jti},
                                                 {QStringLiteral("iat"), now},
                                                 {QStringLiteral("exp"), now + expOffset}});
    };
    const auto request = [this](const QString &clientAssertion) {
        return token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                      {QStringLiteral("client_assertion_type"),
                       QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
                      {QStringLiteral("client_assertion"), clientAssertion}});
    };
    const QString jti = GrantStore::randomToken(12);
    const Reply ok = request(assertion(tokenEndpoint, jti));
    QCOMPARE(ok.status, 200);
    QCOMPARE(claimsOf(ok.json().value(u"access_token").toString()).value(u"client_id").toString(), m_jwtClient);
    QCOMPARE(request(assertion(issuer(), GrantStore::randomToken(12))).status, 200); // aud = issuer

    const TestKeys::KeyPair stranger = TestKeys::generate(Jose::Algorithm::ES256, QStringLiteral("client-key"));
    const QString refusals[] = {
        assertion(tokenEndpoint, jti),                                        // replayed jti
        assertion(QStringLiteral("https://elsewhere.example/token"), GrantStore::randomToken(12)),
        assertion(tokenEndpoint, GrantStore::randomToken(12), -600),          // expired
        assertion(tokenEndpoint, GrantStore::randomToken(12), 120, &stranger), // not the client's key
        QStringLiteral("not-a-jwt"),
    };
    for (const QString &bad : refusals) {
        const Reply r = request(bad);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("invalid_client"));
    }
}

void TestSandboxOAuth::adminTokens()
{
    FETCH_TRANSPORT();
    const Reply admin = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                              basic(state().adminClientId(), state().adminClientSecret()), QStringLiteral("admin"));
    QCOMPARE(admin.status, 200);
    const QString adminToken = admin.json().value(u"access_token").toString();
    const Reply demo = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                             basic(m_confidential, SpecialSecret));
    const QString demoToken = demo.json().value(u"access_token").toString();
    QVERIFY(!adminToken.isEmpty() && !demoToken.isEmpty());

    if (GrantStore *store = grants()) {
        using Verdict = AdminTokens::Verdict;
        QCOMPARE(store->check(QStringLiteral("Bearer ") + adminToken), Verdict::Valid);
        QCOMPARE(store->check(QStringLiteral("bearer ") + adminToken), Verdict::Valid);
        QCOMPARE(store->check(QStringLiteral("Bearer ") + demoToken), Verdict::WrongWorkspace);
        QCOMPARE(store->check(QString()), Verdict::Missing);
        QCOMPARE(store->check(QStringLiteral("Basic abc")), Verdict::Missing);
        QCOMPARE(store->check(QStringLiteral("Bearer garbage")), Verdict::Invalid);
        // A tampered signature.
        QString tampered = adminToken;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
        QCOMPARE(store->check(QStringLiteral("Bearer ") + tampered), Verdict::Invalid);
        // Revoked.
        const Reply revoked = send("POST", path(QStringLiteral("admin"), QStringLiteral("/oauth2/revoke")),
                                   formEncode({{QStringLiteral("token"), adminToken}}),
                                   {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
                                    {QByteArrayLiteral("Authorization"), basic(state().adminClientId(), state().adminClientSecret())}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(store->check(QStringLiteral("Bearer ") + adminToken), Verdict::Invalid);
        return;
    }
    // Over HTTP the admin API is the judge.
    const QString servers = QStringLiteral("/api/admin/%1/servers").arg(Tenant);
    QCOMPARE(send("GET", servers, {}, {{QByteArrayLiteral("Authorization"), "Bearer " + adminToken.toLatin1()}}).status, 200);
    QCOMPARE(send("GET", servers, {}, {{QByteArrayLiteral("Authorization"), "Bearer " + demoToken.toLatin1()}}).status, 403);
    QCOMPARE(send("GET", servers).status, 401);
}

void TestSandboxOAuth::tokenLifetimes()
{
    FETCH_TRANSPORT();
    // Workspace default (1h0m0s), the workspace's own (10m0s), the client's own (5m0s).
    const auto expiresIn = [this](const QString &clientId, const QString &secret, const QString &wid) {
        const Reply reply = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                                  basic(clientId, secret), wid);
        return reply.json().value(u"expires_in").toInteger();
    };
    QCOMPARE(expiresIn(m_postClient, PlainSecret, Workspace), 3600);
    QCOMPARE(expiresIn(m_opaqueClient, PlainSecret, OpaqueWorkspace), 600);
    QCOMPARE(expiresIn(QStringLiteral("ttl-client"), PlainSecret, Workspace), 300);
    const Reply reply = token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}},
                              basic(QStringLiteral("ttl-client"), PlainSecret));
    const QJsonObject claims = claimsOf(reply.json().value(u"access_token").toString());
    QCOMPARE(claims.value(u"exp").toInteger() - claims.value(u"iat").toInteger(), 300);
}

void TestSandboxOAuth::enforcedPkce()
{
    FETCH_TRANSPORT();
    // enforce_pkce: a confidential client needs PKCE too.
    const QString endpoint = path(StrictWorkspace, QStringLiteral("/oauth2/authorize?"));
    const QList<QPair<QString, QString>> query{{QStringLiteral("response_type"), QStringLiteral("code")},
                                               {QStringLiteral("client_id"), QStringLiteral("strict-client")},
                                               {QStringLiteral("redirect_uri"), Redirect}};
    const Reply refused = send("GET", endpoint + QString::fromLatin1(formEncode(query)));
    QCOMPARE(refused.status, 302);
    QCOMPARE(formValue(redirectParams(refused.header("Location"), false), QStringLiteral("error")),
             QStringLiteral("invalid_request"));
    QList<QPair<QString, QString>> withPkce = query;
    withPkce.append({QStringLiteral("code_challenge"), challengeFor(GrantStore::randomToken(40))});
    withPkce.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    const Reply page = send("GET", endpoint + QString::fromLatin1(formEncode(withPkce)));
    QCOMPARE(page.status, 200);
    QVERIFY(!formToken(page.body).isEmpty());
    // Without enforce_pkce the same kind of client goes straight to the login page.
    const Reply relaxed = send("GET", path(Workspace, QStringLiteral("/oauth2/authorize?"))
                                          + QString::fromLatin1(formEncode({{QStringLiteral("response_type"), QStringLiteral("code")},
                                                                            {QStringLiteral("client_id"), m_confidential},
                                                                            {QStringLiteral("redirect_uri"), Redirect}})));
    QCOMPARE(relaxed.status, 200);
}

void TestSandboxOAuth::hostileInput_data()
{
    QTest::addColumn<bool>("http");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray big(200 * 1024, 'A');
    for (const bool http : {false, true}) {
        const char *t = http ? "http" : "router";
        const QString tokenPath = QStringLiteral("/default/demo/oauth2/token");
        QTest::addRow("%s empty token body", t) << http << QByteArray("POST") << tokenPath << QByteArray() << QByteArray() << 401;
        QTest::addRow("%s broken escapes", t) << http << QByteArray("POST") << tokenPath << QByteArray()
                                              << QByteArray("%%%&=&grant_type=%FF%FE&client_id=%00") << 401;
        QTest::addRow("%s empty basic", t) << http << QByteArray("POST") << tokenPath << QByteArray("Basic ")
                                           << QByteArray("grant_type=client_credentials") << 401;
        QTest::addRow("%s basic colon only", t) << http << QByteArray("POST") << tokenPath << QByteArray("Basic Og==")
                                                << QByteArray("grant_type=client_credentials") << 401;
        QTest::addRow("%s bearer at token endpoint", t) << http << QByteArray("POST") << tokenPath << QByteArray("Bearer x")
                                                        << QByteArray("grant_type=client_credentials") << 401;
        QTest::addRow("%s huge assertion", t)
            << http << QByteArray("POST") << tokenPath << QByteArray()
            << QByteArray("grant_type=client_credentials&client_id=jwt-client&client_assertion_type="
                          "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=" + big + '.' + big + '.' + big)
            << 401;
        QTest::addRow("%s javascript redirect", t) << http << QByteArray("GET")
                                                   << QStringLiteral("/default/demo/oauth2/authorize?response_type=code&client_id=confidential&redirect_uri=javascript:alert(1)")
                                                   << QByteArray() << QByteArray() << 400;
        QTest::addRow("%s huge bearer", t) << http << QByteArray("GET") << QStringLiteral("/default/demo/userinfo")
                                           << QByteArray("Bearer " + big.left(16 * 1024)) << QByteArray() << 401;
        QTest::addRow("%s login without token", t) << http << QByteArray("POST") << QStringLiteral("/default/demo/oauth2/authorize")
                                                   << QByteArray() << QByteArray("username=alice&password=x") << 400;
    }
}

void TestSandboxOAuth::hostileInput()
{
    FETCH_TRANSPORT();
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    const Reply reply = send(method, target, body, headers);
    QCOMPARE(reply.status, status);
    // And the server still answers.
    QCOMPARE(send("GET", path(Workspace, QStringLiteral("/.well-known/jwks.json"))).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
