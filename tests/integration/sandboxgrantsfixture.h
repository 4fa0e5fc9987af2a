// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by tst_sandboxgrants and tst_sandboxexchange: a SandboxServer on an ephemeral loopback
// port with the workspaces, static IDP user and clients the newer grants need, HTTP helpers, and
// the grant store on a clock the tests move.

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

namespace SandboxGrantsTest {

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

inline QByteArray formEncode(const Form &items)
{
    QByteArray out;
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

inline QByteArray basic(const QString &id, const QString &secret)
{
    const QByteArray pair = QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret);
    return "Basic " + pair.toBase64();
}

inline QString hiddenValue(const QByteArray &html, const QString &name)
{
    const QRegularExpression re(QStringLiteral("name=\"%1\" value=\"([^\"]+)\"").arg(name));
    const auto match = re.match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1) : QString();
}

inline QJsonObject claimsOf(const QString &jwt)
{
    return Jose::decodeToken(jwt).claims.value_or(QJsonObject());
}


class GrantsFixture
{
public:
    void startServer();   // in initTestCase
    void stopServer();    // in cleanupTestCase
    void resetClock();    // in init: the store's clock at the real time

    QString issuer(const QString &wid = Workspace) const;
    QString path(const QString &wid, const QString &rest) const { return u'/' + Tenant + u'/' + wid + rest; }
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply post(const QString &pathAndQuery, const Form &form, const QByteArray &authorization = {});
    Reply token(const Form &form, const QByteArray &authorization = {}, const QString &wid = Workspace);
    void populate(TenantState &state);
    // The response matches oauth2.json for that operation and status.
    void contract(const QString &pathTemplate, const QByteArray &method, const Reply &reply);
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

    SwaggerCheck::Spec m_contract;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QDateTime m_now;
    QString m_deviceClient = QStringLiteral("device-client");     // none; device_code, refresh_token
    QString m_confidential = QStringLiteral("confidential");      // basic; every grant
    QString m_plainClient = QStringLiteral("plain-client");       // client_credentials only
    QString m_parClient = QStringLiteral("par-client");           // basic; authorization_code; PAR required
    QString m_parOnlyClient = QStringLiteral("paronly-client");   // of the PAR-only workspace
    QString m_exchanger = QStringLiteral("exchanger");            // token exchange; audience api.example
    QString m_jwtClient = QStringLiteral("jwt-bearer-client");    // jwt-bearer; jwks of m_clientKey
    QString m_jwksUriClient = QStringLiteral("jwks-uri-client");  // jwt-bearer; only a jwks_uri
    TestKeys::KeyPair m_clientKey;
};

inline void GrantsFixture::populate(TenantState &s)
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

inline void GrantsFixture::startServer()
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

inline void GrantsFixture::stopServer()
{
    if (m_server)
        m_server->stop();
}

inline void GrantsFixture::resetClock()
{
    m_now = QDateTime::currentDateTimeUtc();
}

inline QString GrantsFixture::issuer(const QString &wid) const
{
    return m_server->baseUrl().toString(QUrl::StripTrailingSlash) + path(wid, {});
}

inline Reply GrantsFixture::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
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

inline Reply GrantsFixture::post(const QString &pathAndQuery, const Form &form, const QByteArray &authorization)
{
    QList<QPair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    return send("POST", pathAndQuery, formEncode(form), headers);
}

inline Reply GrantsFixture::token(const Form &form, const QByteArray &authorization, const QString &wid)
{
    return post(path(wid, QStringLiteral("/oauth2/token")), form, authorization);
}

inline void GrantsFixture::contract(const QString &pathTemplate, const QByteArray &method, const Reply &reply)
{
    const QStringList problems = m_contract.validateResponse(pathTemplate, method, reply.status, reply.body);
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 %2 %3: %4")
                                                .arg(QString::fromLatin1(method), pathTemplate)
                                                .arg(reply.status)
                                                .arg(problems.join(QStringLiteral("; ")))));
}


} // namespace SandboxGrantsTest
