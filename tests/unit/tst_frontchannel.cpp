// SPDX-License-Identifier: GPL-3.0-or-later
// The AuthorizationCodeFlow's implicit and hybrid response types (OpenID Connect Core §3.2, §3.3)
// and pushed authorization requests (RFC 9126): the response types, the authorization URL, the
// front-channel ID token checked with keys made at test time (good, tampered, wrong nonce,
// at_hash, c_hash, audience, issuer, expiry), the hybrid code exchange, and PAR against a small
// endpoint on loopback. Callbacks reach the flow's real LoopbackListener over HTTP.

#include "http/httpclient.h"
#include "jose/base64url.h"
#include "oauth/authorizationcodeflow.h"
#include "oauth/frontchannel.h"
#include "oauth/tokenrequest.h"
#include "profiles/secretstore.h"
#include "scriptedtokenendpoint.h"
#include "testkeys.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using OAuth::AuthorizationCodeFlow;
using OAuth::AuthorizationCodeResult;
using Outcome = OAuth::AuthorizationCodeResult::Outcome;
using FakeTokenEndpoint = ScriptedTokenEndpoint;

namespace {

const QString Issuer = QStringLiteral("https://as.example.com/t/w");

Profiles::Profile profile(quint16 tokenPort = 9)
{
    Profiles::Profile p;
    p.id = Profiles::Profile::newId();
    p.name = QStringLiteral("unit");
    p.issuer = QUrl(Issuer);
    p.endpoints.setUrl(Profiles::EndpointKind::Authorization, QUrl(QStringLiteral("https://as.example.com/authorize")));
    p.endpoints.setUrl(Profiles::EndpointKind::Token,
                       QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(tokenPort)));
    p.clientId = QStringLiteral("client one");
    p.authMethod = Profiles::ClientAuthMethod::None;
    p.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    return p;
}

QUrlQuery queryOf(const QUrl &url)
{
    return QUrlQuery(url.query(QUrl::FullyEncoded));
}

QString value(const QUrlQuery &q, const QString &name)
{
    return q.queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray unsecuredIdToken(const QJsonObject &claims)
{
    return Jose::base64UrlEncode(QByteArrayLiteral("{\"alg\":\"none\"}")) + '.'
           + Jose::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.';
}

// OpenID Connect Core §3.2.2.9: base64url of the left half of the SHA-256 (ES256) of the value.
QString halfHash(const QString &value)
{
    return QString::fromLatin1(
        Jose::base64UrlEncode(QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256).left(16)));
}

Jose::KeySet keySetOf(const TestKeys::KeyPair &key)
{
    return Jose::loadKeys(TestKeys::jwks({key})).keySet;
}

} // namespace

class TestFrontChannel : public QObject
{
    Q_OBJECT

private slots:
    void responseTypes_data();
    void responseTypes();
    void implicitAuthorizationUrl();
    void refusedBeforeStart_data();
    void refusedBeforeStart();
    void frontChannel_data();
    void frontChannel();
    void hybridCodeExchanged();
    void pushedAuthorizationRequest();
    void pushedAuthorizationRefused();

private:
    QNetworkAccessManager m_network;
};

void TestFrontChannel::responseTypes_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("frontChannel");
    QTest::newRow("code") << QStringLiteral("code") << QStringLiteral("code") << false;
    QTest::newRow("token") << QStringLiteral("token") << QStringLiteral("token") << true;
    QTest::newRow("id_token") << QStringLiteral("id_token") << QStringLiteral("id_token") << true;
    QTest::newRow("token id_token") << QStringLiteral("token id_token") << QStringLiteral("id_token token") << true;
    QTest::newRow("id_token code") << QStringLiteral("id_token code") << QStringLiteral("code id_token") << true;
    QTest::newRow("token  code") << QStringLiteral("token  code") << QStringLiteral("code token") << true;
    QTest::newRow("all three") << QStringLiteral("token code id_token") << QStringLiteral("code id_token token") << true;
    QTest::newRow("twice") << QStringLiteral("code code") << QString() << false;
    QTest::newRow("unknown") << QStringLiteral("code device") << QString() << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestFrontChannel::responseTypes()
{
    QFETCH(QString, given);
    QFETCH(QString, canonical);
    QFETCH(bool, frontChannel);
    QCOMPARE(OAuth::canonicalResponseType(given), canonical);
    QCOMPARE(OAuth::returnsTokensFromAuthorizationEndpoint(given), frontChannel);
}

void TestFrontChannel::implicitAuthorizationUrl()
{
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    for (const QString &type : {QStringLiteral("token id_token"), QStringLiteral("code id_token token")}) {
        AuthorizationCodeFlow flow(&tokens, nullptr);
        AuthorizationCodeFlow::Options options;
        options.launchBrowser = false;
        options.responseType = type;
        options.responseMode = QStringLiteral("form_post");
        options.scopes = {QStringLiteral("openid"), QStringLiteral("profile")}; // instead of the profile's
        flow.start(profile(), options);
        QVERIFY(flow.isRunning());
        const QUrlQuery q = queryOf(flow.authorizationUrl());
        QCOMPARE(value(q, QStringLiteral("response_type")), OAuth::canonicalResponseType(type));
        QCOMPARE(value(q, QStringLiteral("response_mode")), QStringLiteral("form_post"));
        QCOMPARE(value(q, QStringLiteral("scope")), QStringLiteral("openid profile"));
        QVERIFY(!value(q, QStringLiteral("nonce")).isEmpty());
        QCOMPARE(value(q, QStringLiteral("nonce")), flow.request().nonce);
        // PKCE only when a code comes back.
        QCOMPARE(q.hasQueryItem(QStringLiteral("code_challenge")), type.contains(QLatin1String("code")));
        flow.cancel();
    }
    // "token" without openid: a nonce all the same (OpenID Connect Core §3.2.2.1 asks for it).
    AuthorizationCodeFlow flow(&tokens, nullptr);
    AuthorizationCodeFlow::Options options;
    options.launchBrowser = false;
    options.responseType = QStringLiteral("token");
    options.scopes = {QStringLiteral("orders.read")};
    flow.start(profile(), options);
    QVERIFY(flow.isRunning());
    QVERIFY(!value(queryOf(flow.authorizationUrl()), QStringLiteral("nonce")).isEmpty());
    QVERIFY(!queryOf(flow.authorizationUrl()).hasQueryItem(QStringLiteral("code_challenge")));
    flow.cancel();
}

void TestFrontChannel::refusedBeforeStart_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("responseMode");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a type") << QStringLiteral("code device") << QString() << QStringList{QStringLiteral("openid")}
                                << QStringLiteral("not a response type");
    QTest::newRow("id_token without openid") << QStringLiteral("id_token") << QString()
                                             << QStringList{QStringLiteral("email")} << QStringLiteral("openid");
    QTest::newRow("tokens in a query") << QStringLiteral("code token") << QStringLiteral("query")
                                       << QStringList{QStringLiteral("openid")} << QStringLiteral("query");
}

void TestFrontChannel::refusedBeforeStart()
{
    QFETCH(QString, responseType);
    QFETCH(QString, responseMode);
    QFETCH(QStringList, scopes);
    QFETCH(QString, message);
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    AuthorizationCodeFlow flow(&tokens, nullptr);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    QSignalSpy urlReady(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    AuthorizationCodeFlow::Options options;
    options.launchBrowser = false;
    options.responseType = responseType;
    options.responseMode = responseMode;
    options.scopes = scopes;
    flow.start(profile(), options);
    QCOMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<AuthorizationCodeResult>();
    QCOMPARE(result.outcome, Outcome::Failed);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    QCOMPARE(urlReady.count(), 0);
}

void TestFrontChannel::frontChannel_data()
{
    QTest::addColumn<QString>("responseType");
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("message"); // part of the refusal
    const QString implicit = QStringLiteral("id_token token");
    QTest::newRow("implicit") << implicit << QString() << int(Outcome::Success) << QString();
    QTest::newRow("id_token only") << QStringLiteral("id_token") << QString() << int(Outcome::Success) << QString();
    QTest::newRow("token only") << QStringLiteral("token") << QString() << int(Outcome::Success) << QString();
    QTest::newRow("tampered payload") << implicit << QStringLiteral("tamper") << int(Outcome::Refused)
                                      << QStringLiteral("signature");
    QTest::newRow("signed by another key") << implicit << QStringLiteral("other key") << int(Outcome::Refused)
                                           << QStringLiteral("signature");
    QTest::newRow("wrong nonce") << implicit << QStringLiteral("nonce") << int(Outcome::Refused)
                                 << QStringLiteral("nonce");
    QTest::newRow("no nonce") << QStringLiteral("id_token") << QStringLiteral("no nonce") << int(Outcome::Refused)
                              << QStringLiteral("nonce");
    QTest::newRow("wrong at_hash") << implicit << QStringLiteral("at_hash") << int(Outcome::Refused)
                                   << QStringLiteral("at_hash");
    QTest::newRow("no at_hash") << implicit << QStringLiteral("no at_hash") << int(Outcome::Refused)
                                << QStringLiteral("at_hash");
    QTest::newRow("wrong c_hash") << QStringLiteral("code id_token") << QStringLiteral("c_hash")
                                  << int(Outcome::Refused) << QStringLiteral("c_hash");
    QTest::newRow("no c_hash") << QStringLiteral("code id_token") << QStringLiteral("no c_hash")
                               << int(Outcome::Refused) << QStringLiteral("c_hash");
    QTest::newRow("other audience") << implicit << QStringLiteral("aud") << int(Outcome::Refused)
                                    << QStringLiteral("aud");
    QTest::newRow("other issuer") << implicit << QStringLiteral("iss") << int(Outcome::Refused)
                                  << QStringLiteral("iss");
    QTest::newRow("expired") << implicit << QStringLiteral("expired") << int(Outcome::Refused)
                             << QStringLiteral("exp");
    QTest::newRow("unsigned") << implicit << QStringLiteral("alg none") << int(Outcome::Refused)
                              << QStringLiteral("not a signed JWT");
    QTest::newRow("no id_token") << implicit << QStringLiteral("drop id_token") << int(Outcome::Refused)
                                 << QStringLiteral("id_token");
    QTest::newRow("no access_token") << implicit << QStringLiteral("drop access_token") << int(Outcome::Refused)
                                     << QStringLiteral("access_token");
    // The server advertises RFC 9207 iss but leaves it out: an ID token names the issuer instead.
    QTest::newRow("iss advertised, left out, ID token") << implicit << QStringLiteral("iss advertised")
                                                        << int(Outcome::Success) << QString();
    QTest::newRow("iss advertised, left out, no ID token") << QStringLiteral("token") << QStringLiteral("iss advertised")
                                                           << int(Outcome::Refused) << QStringLiteral("\"iss\"");
    QTest::newRow("no keys") << implicit << QStringLiteral("no keys") << int(Outcome::Refused)
                             << QStringLiteral("JWKS");
}

void TestFrontChannel::frontChannel()
{
    QFETCH(QString, responseType);
    QFETCH(QString, mutation);
    QFETCH(int, outcome);
    QFETCH(QString, message);
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256, QStringLiteral("as-key"));
    const TestKeys::KeyPair otherKey = TestKeys::generate(Jose::Algorithm::ES256, QStringLiteral("as-key"));
    FakeTokenEndpoint endpoint; // a code must never reach it when the response is refused
    endpoint.answer = R"({"access_token":"at-back","token_type":"Bearer"})";
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    AuthorizationCodeFlow flow(&tokens, &http, nullptr);
    QSignalSpy sent(&flow, &AuthorizationCodeFlow::tokenRequestSent);
    std::optional<AuthorizationCodeResult> result;
    connect(&flow, &AuthorizationCodeFlow::finished, this, [&result](const AuthorizationCodeResult &r) { result = r; });
    AuthorizationCodeFlow::Options options;
    options.launchBrowser = false;
    options.responseType = responseType;
    options.facts.issParameterSupported = mutation == QLatin1String("iss advertised");
    if (mutation != QLatin1String("no keys"))
        options.keys = keySetOf(key);
    const Profiles::Profile p = profile(endpoint.port()); // no JWKS endpoint: the keys above or none
    flow.start(p, options);
    QVERIFY(flow.isRunning());

    const QStringList parts = OAuth::responseTypeParts(responseType);
    const QString accessToken = QStringLiteral("at-front.1");
    const QString code = QStringLiteral("the-code");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), Issuer},
                       {QStringLiteral("sub"), QStringLiteral("alice")},
                       {QStringLiteral("aud"), p.clientId},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), mutation == QLatin1String("expired") ? now - 3600 : now + 300},
                       {QStringLiteral("nonce"), mutation == QLatin1String("nonce") ? QStringLiteral("replayed")
                                                                                    : flow.request().nonce}};
    if (mutation == QLatin1String("no nonce"))
        claims.remove(QStringLiteral("nonce"));
    if (mutation == QLatin1String("aud"))
        claims.insert(QStringLiteral("aud"), QStringLiteral("someone else"));
    if (mutation == QLatin1String("iss"))
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://evil.example.com"));
    if (parts.contains(QLatin1String("token")) && mutation != QLatin1String("no at_hash"))
        claims.insert(QStringLiteral("at_hash"), halfHash(mutation == QLatin1String("at_hash") ? QStringLiteral("other")
                                                                                              : accessToken));
    if (parts.contains(QLatin1String("code")) && mutation != QLatin1String("no c_hash"))
        claims.insert(QStringLiteral("c_hash"), halfHash(mutation == QLatin1String("c_hash") ? QStringLiteral("other")
                                                                                            : code));
    QString idToken = TestKeys::signCompact(mutation == QLatin1String("other key") ? otherKey : key, {}, claims);
    if (mutation == QLatin1String("tamper")) {
        // Same header and signature, another subject.
        QJsonObject forged = claims;
        forged.insert(QStringLiteral("sub"), QStringLiteral("mallory"));
        QStringList pieces = idToken.split(QLatin1Char('.'));
        pieces[1] = QString::fromLatin1(Jose::base64UrlEncode(QJsonDocument(forged).toJson(QJsonDocument::Compact)));
        idToken = pieces.join(QLatin1Char('.'));
    }
    if (mutation == QLatin1String("alg none"))
        idToken = QString::fromLatin1(unsecuredIdToken(claims));

    QUrlQuery callback;
    callback.addQueryItem(QStringLiteral("state"), flow.request().state);
    if (parts.contains(QLatin1String("code")))
        callback.addQueryItem(QStringLiteral("code"), code);
    if (parts.contains(QLatin1String("token")) && mutation != QLatin1String("drop access_token")) {
        callback.addQueryItem(QStringLiteral("access_token"), accessToken);
        callback.addQueryItem(QStringLiteral("token_type"), QStringLiteral("Bearer"));
        callback.addQueryItem(QStringLiteral("expires_in"), QStringLiteral("3600"));
    }
    if (parts.contains(QLatin1String("id_token")) && mutation != QLatin1String("drop id_token"))
        callback.addQueryItem(QStringLiteral("id_token"), idToken);
    QUrl target = flow.request().redirectUri;
    target.setQuery(callback);
    QPointer<QNetworkReply> reply = m_network.get(QNetworkRequest(target));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);

    QCOMPARE(int(result->outcome), outcome);
    if (outcome == int(Outcome::Success)) {
        QVERIFY(result->token);
        QVERIFY(result->frontChannel);
        QCOMPARE(result->token->accessToken, parts.contains(QLatin1String("token")) ? accessToken : QString());
        QCOMPARE(result->token->idToken, parts.contains(QLatin1String("id_token")) ? idToken : QString());
        QCOMPARE(result->token->expiresIn, parts.contains(QLatin1String("token")) ? 3600 : -1);
        QCOMPARE(result->token->ok(), parts.contains(QLatin1String("token")));
        QVERIFY(!result->token->json.contains(QLatin1String("state")));
        QCOMPARE(sent.count(), 0); // no code, no token request
    } else {
        QVERIFY2(result->message.contains(message), qPrintable(result->message));
        QVERIFY(!result->token);
        QCOMPARE(sent.count(), 0);
        QTest::qWait(50);
        QVERIFY(endpoint.requests.isEmpty());
    }
}

void TestFrontChannel::hybridCodeExchanged()
{
    const TestKeys::KeyPair key = TestKeys::generate(Jose::Algorithm::ES256);
    for (const QString &backSubject : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        FakeTokenEndpoint endpoint;
        HttpClient http(&m_network);
        Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
        OAuth::TokenClient tokens(&http, &secrets);
        AuthorizationCodeFlow flow(&tokens, &http, nullptr);
        std::optional<AuthorizationCodeResult> result;
        connect(&flow, &AuthorizationCodeFlow::finished, this,
                [&result](const AuthorizationCodeResult &r) { result = r; });
        AuthorizationCodeFlow::Options options;
        options.launchBrowser = false;
        options.responseType = QStringLiteral("code id_token token");
        options.responseMode = QStringLiteral("form_post");
        options.keys = keySetOf(key);
        const Profiles::Profile p = profile(endpoint.port());
        flow.start(p, options);
        QVERIFY(flow.isRunning());
        const QString nonce = flow.request().nonce;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject front{{QStringLiteral("iss"), Issuer},           {QStringLiteral("sub"), QStringLiteral("alice")},
                                {QStringLiteral("aud"), p.clientId},       {QStringLiteral("exp"), now + 300},
                                {QStringLiteral("iat"), now},              {QStringLiteral("nonce"), nonce},
                                {QStringLiteral("at_hash"), halfHash(QStringLiteral("at-front"))},
                                {QStringLiteral("c_hash"), halfHash(QStringLiteral("c0de"))}};
        QJsonObject back = front;
        back.insert(QStringLiteral("sub"), backSubject);
        endpoint.answer = QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QStringLiteral("at-back")},
                                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                    {QStringLiteral("id_token"), QString::fromLatin1(unsecuredIdToken(back))}})
                              .toJson(QJsonDocument::Compact);
        // form_post: the listener reads the body.
        QNetworkRequest request(flow.request().redirectUri);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        const QByteArray body = "state=" + QUrl::toPercentEncoding(flow.request().state) + "&code=c0de"
                                + "&access_token=at-front&token_type=Bearer&expires_in=60&id_token="
                                + TestKeys::signCompact(key, {}, front).toLatin1();
        QPointer<QNetworkReply> reply = m_network.post(request, body);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QCOMPARE(endpoint.requests.size(), 1);
        const QUrlQuery form(QString::fromLatin1(endpoint.requests.first()));
        QCOMPARE(value(form, QStringLiteral("code")), QStringLiteral("c0de"));
        QCOMPARE(value(form, QStringLiteral("code_verifier")), flow.request().pkce.verifier);
        QVERIFY(result->frontChannel);
        QCOMPARE(result->frontChannel->accessToken, QStringLiteral("at-front"));
        QCOMPARE(result->frontChannel->expiresIn, 60);
        QVERIFY(result->token);
        QCOMPARE(result->token->accessToken, QStringLiteral("at-back"));
        if (backSubject == QLatin1String("alice")) {
            QCOMPARE(result->outcome, Outcome::Success);
        } else {
            // OpenID Connect Core §3.3.3.6: both ID tokens name the same subject.
            QCOMPARE(result->outcome, Outcome::Refused);
            QVERIFY2(result->message.contains(QLatin1String("sub")), qPrintable(result->message));
        }
    }
}

void TestFrontChannel::pushedAuthorizationRequest()
{
    FakeTokenEndpoint par;
    par.status = "201 Created";
    par.answer = R"({"request_uri":"urn:ietf:params:oauth:request_uri:abc+/=","expires_in":60})";
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    AuthorizationCodeFlow flow(&tokens, nullptr);
    QSignalSpy parSent(&flow, &AuthorizationCodeFlow::parRequestSent);
    QSignalSpy parAnswered(&flow, &AuthorizationCodeFlow::parRequestAnswered);
    QSignalSpy urlReady(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    Profiles::Profile p = profile();
    p.usePar = true;
    p.endpoints.setUrl(Profiles::EndpointKind::PushedAuthorization,
                       QUrl(QStringLiteral("http://127.0.0.1:%1/par").arg(par.port())));
    p.endpoints.setUrl(Profiles::EndpointKind::Authorization,
                       QUrl(QStringLiteral("https://as.example.com/authorize?tenant=acme")));
    p.resources = {QStringLiteral("https://api.example.com")};
    AuthorizationCodeFlow::Options options;
    options.launchBrowser = false;
    flow.start(p, options);
    QVERIFY(flow.isRunning());
    QCOMPARE(parSent.count(), 1);
    QCOMPARE(urlReady.count(), 0); // not before the PAR endpoint answered
    QTRY_COMPARE(urlReady.count(), 1);
    QCOMPARE(parAnswered.count(), 1);
    QCOMPARE(parAnswered.at(0).at(0).toString(), QStringLiteral("urn:ietf:params:oauth:request_uri:abc+/="));

    // RFC 9126 §4: the browser gets client_id and request_uri only (and the endpoint's own query).
    const QUrl url = urlReady.at(0).at(0).toUrl();
    const QUrlQuery q = queryOf(url);
    QCOMPARE(q.queryItems().size(), 3);
    QCOMPARE(value(q, QStringLiteral("tenant")), QStringLiteral("acme"));
    QCOMPARE(value(q, QStringLiteral("client_id")), QStringLiteral("client one"));
    QCOMPARE(value(q, QStringLiteral("request_uri")), QStringLiteral("urn:ietf:params:oauth:request_uri:abc+/="));
    QCOMPARE(flow.authorizationUrl(), url);

    // The pushed request: every authorization parameter, client_id once (auth "none" adds it).
    QCOMPARE(par.requests.size(), 1);
    const QString body = QString::fromLatin1(par.requests.first());
    const QUrlQuery form(QString(body).replace(QLatin1Char('+'), QLatin1String("%20")));
    QCOMPARE(form.allQueryItemValues(QStringLiteral("client_id")).size(), 1);
    QCOMPARE(value(form, QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(value(form, QStringLiteral("redirect_uri")), flow.request().redirectUri.toString());
    QCOMPARE(value(form, QStringLiteral("state")), flow.request().state);
    QCOMPARE(value(form, QStringLiteral("nonce")), flow.request().nonce);
    QCOMPARE(value(form, QStringLiteral("code_challenge")), flow.request().pkce.challenge);
    QCOMPARE(value(form, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(value(form, QStringLiteral("scope")), QStringLiteral("openid email"));
    QCOMPARE(value(form, QStringLiteral("resource")), QStringLiteral("https://api.example.com"));
    QVERIFY(!form.hasQueryItem(QStringLiteral("tenant")));

    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    flow.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<AuthorizationCodeResult>().requestUri,
             QStringLiteral("urn:ietf:params:oauth:request_uri:abc+/="));
}

void TestFrontChannel::pushedAuthorizationRefused()
{
    FakeTokenEndpoint par;
    par.status = "400 Bad Request";
    par.answer = R"({"error":"invalid_request","error_description":"redirect_uri is not registered"})";
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    AuthorizationCodeFlow flow(&tokens, nullptr);
    QSignalSpy urlReady(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    Profiles::Profile p = profile();
    p.usePar = true;
    p.endpoints.setUrl(Profiles::EndpointKind::PushedAuthorization,
                       QUrl(QStringLiteral("http://127.0.0.1:%1/par").arg(par.port())));
    AuthorizationCodeFlow::Options options;
    options.launchBrowser = false;
    flow.start(p, options);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<AuthorizationCodeResult>();
    QCOMPARE(result.outcome, Outcome::AuthorizationError);
    QCOMPARE(result.error, QStringLiteral("invalid_request"));
    QCOMPARE(result.errorDescription, QStringLiteral("redirect_uri is not registered"));
    QVERIFY2(result.message.contains(QLatin1String("redirect_uri is not registered")), qPrintable(result.message));
    QCOMPARE(urlReady.count(), 0);

    // No PAR endpoint in the profile ("when the server has them"): a plain authorization request.
    QSignalSpy parSent(&flow, &AuthorizationCodeFlow::parRequestSent);
    p.endpoints.setUrl(Profiles::EndpointKind::PushedAuthorization, QUrl());
    flow.start(p, options);
    QCOMPARE(urlReady.count(), 1);
    QCOMPARE(parSent.count(), 0);
    QCOMPARE(value(queryOf(urlReady.at(0).at(0).toUrl()), QStringLiteral("state")), flow.request().state);
    QCOMPARE(par.requests.size(), 1);
    flow.cancel();
}
QTEST_GUILESS_MAIN(TestFrontChannel)
#include "tst_frontchannel.moc"
