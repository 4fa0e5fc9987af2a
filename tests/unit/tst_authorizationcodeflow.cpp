// SPDX-License-Identifier: GPL-3.0-or-later
// The authorization URL (every parameter, extra parameters, plain vs S256), the browser command's
// word splitting, the RFC 9207 iss check, and the flow itself: a real LoopbackListener fed by
// QNetworkAccessManager GETs, the token endpoint a small QTcpServer on loopback. Implicit, hybrid
// and PAR: tst_frontchannel.

#include "http/httpclient.h"
#include "jose/base64url.h"
#include "oauth/authorizationcodeflow.h"
#include "oauth/browserlauncher.h"
#include "oauth/pkce.h"
#include "oauth/tokenrequest.h"
#include "profiles/secretstore.h"
#include "scriptedtokenendpoint.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using OAuth::AuthorizationCodeFlow;
using OAuth::AuthorizationCodeResult;
using Outcome = OAuth::AuthorizationCodeResult::Outcome;

Q_DECLARE_METATYPE(std::optional<QStringList>)

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

using FakeTokenEndpoint = ScriptedTokenEndpoint;


QByteArray unsecuredIdToken(const QJsonObject &claims)
{
    return Jose::base64UrlEncode(QByteArrayLiteral("{\"alg\":\"none\"}")) + '.'
           + Jose::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.';
}

} // namespace

class TestAuthorizationCodeFlow : public QObject
{
    Q_OBJECT

private slots:
    void authorizationUrlHasEveryParameter();
    void extraParametersTargetAndDuplicates();
    void plainPkceOnlyWhenForced();
    void splitCommandLine_data();
    void splitCommandLine();
    void commandLauncherReportsMissingProgram();
    void issuerCheck_data();
    void issuerCheck();
    void wrongIssRefusedWithoutTokenRequest();
    void missingIssRefusedWhenAdvertised();
    void errorCallbackShown();
    void codeExchangedAndNonceChecked_data();
    void codeExchangedAndNonceChecked();
    void timeoutAndCancel();

private:
    // Starts a flow without a browser and GETs the redirect URI with the given parameters
    // (state added unless given); returns the finished result.
    std::optional<AuthorizationCodeResult> runWithCallback(AuthorizationCodeFlow &flow, const Profiles::Profile &p,
                                                           const AuthorizationCodeFlow::Options &options,
                                                           QUrlQuery callback);
    QNetworkAccessManager m_network;
};

void TestAuthorizationCodeFlow::authorizationUrlHasEveryParameter()
{
    Profiles::Profile p = profile();
    p.endpoints.setUrl(Profiles::EndpointKind::Authorization,
                       QUrl(QStringLiteral("https://as.example.com/authorize?tenant=acme")));
    p.audiences = {QStringLiteral("https://api.example.com")};
    p.resources = {QStringLiteral("https://r1.example.com"), QStringLiteral("https://r2.example.com")};
    OAuth::AuthorizationRequest request;
    request.state = QStringLiteral("st+ate/1");
    request.nonce = QStringLiteral("n0nce");
    request.pkce = OAuth::Pkce::generate();
    request.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:4711/callback"));
    request.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    request.responseMode = QStringLiteral("form_post");

    const QUrl url = OAuth::buildAuthorizationUrl(p, request);
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.path(), QStringLiteral("/authorize"));
    const QUrlQuery q = queryOf(url);
    QCOMPARE(value(q, QStringLiteral("tenant")), QStringLiteral("acme"));
    QCOMPARE(value(q, QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(value(q, QStringLiteral("client_id")), QStringLiteral("client one"));
    QCOMPARE(value(q, QStringLiteral("redirect_uri")), QStringLiteral("http://127.0.0.1:4711/callback"));
    QCOMPARE(value(q, QStringLiteral("scope")), QStringLiteral("openid email"));
    QCOMPARE(value(q, QStringLiteral("state")), QStringLiteral("st+ate/1"));
    QCOMPARE(value(q, QStringLiteral("nonce")), QStringLiteral("n0nce"));
    QCOMPARE(value(q, QStringLiteral("code_challenge")), request.pkce.challenge);
    QCOMPARE(value(q, QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(value(q, QStringLiteral("response_mode")), QStringLiteral("form_post"));
    QCOMPARE(q.allQueryItemValues(QStringLiteral("audience"), QUrl::FullyDecoded), QStringList{QStringLiteral("https://api.example.com")});
    QCOMPARE(q.allQueryItemValues(QStringLiteral("resource"), QUrl::FullyDecoded),
             (QStringList{QStringLiteral("https://r1.example.com"), QStringLiteral("https://r2.example.com")}));
    // A "+" in a value is percent-encoded, else the server reads a space; the space in the
    // client id is encoded too.
    const QString encoded = url.toString(QUrl::FullyEncoded);
    QVERIFY2(encoded.contains(QLatin1String("state=st%2Bate%2F1")), qPrintable(encoded));
    QVERIFY2(encoded.contains(QLatin1String("client_id=client%20one")), qPrintable(encoded));
    QVERIFY(!encoded.contains(request.pkce.verifier)); // the verifier never leaves the app here

    // No openid scope: no nonce, no response_mode when not set.
    request.nonce.clear();
    request.responseMode.clear();
    request.scopes = {QStringLiteral("read")};
    const QUrlQuery plain = queryOf(OAuth::buildAuthorizationUrl(p, request));
    QVERIFY(!plain.hasQueryItem(QStringLiteral("nonce")));
    QVERIFY(!plain.hasQueryItem(QStringLiteral("response_mode")));
    QCOMPARE(value(plain, QStringLiteral("scope")), QStringLiteral("read"));
}

void TestAuthorizationCodeFlow::extraParametersTargetAndDuplicates()
{
    Profiles::Profile p = profile();
    using Target = Profiles::ExtraParameter::Target;
    p.extraParameters = {{QStringLiteral("prompt"), QStringLiteral("login"), Target::Authorization},
                         {QStringLiteral("acr_values"), QStringLiteral("urn:mfa"), Target::Both},
                         {QStringLiteral("token_only"), QStringLiteral("x"), Target::Token},
                         {QStringLiteral("state"), QStringLiteral("attacker"), Target::Both},
                         {QStringLiteral("client_id"), QStringLiteral("other"), Target::Authorization}};
    OAuth::AuthorizationRequest request;
    request.state = OAuth::randomState();
    request.pkce = OAuth::Pkce::generate();
    request.redirectUri = QUrl(QStringLiteral("http://127.0.0.1:1/callback"));
    const QUrlQuery q = queryOf(OAuth::buildAuthorizationUrl(p, request));
    QCOMPARE(value(q, QStringLiteral("prompt")), QStringLiteral("login"));
    QCOMPARE(value(q, QStringLiteral("acr_values")), QStringLiteral("urn:mfa"));
    QVERIFY(!q.hasQueryItem(QStringLiteral("token_only")));
    QCOMPARE(q.allQueryItemValues(QStringLiteral("state")), QStringList{request.state});
    QCOMPARE(q.allQueryItemValues(QStringLiteral("client_id"), QUrl::FullyDecoded), QStringList{p.clientId});
    QVERIFY(!q.hasQueryItem(QStringLiteral("scope"))); // no scopes in the request: none sent
}

void TestAuthorizationCodeFlow::plainPkceOnlyWhenForced()
{
    QNetworkAccessManager network;
    HttpClient http(&network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    for (const bool plain : {false, true}) {
        AuthorizationCodeFlow flow(&tokens, nullptr);
        QSignalSpy urls(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
        AuthorizationCodeFlow::Options options;
        options.launchBrowser = false;
        options.forcePlainPkce = plain;
        flow.start(profile(), options);
        QVERIFY(flow.isRunning());
        QCOMPARE(urls.count(), 1);
        const QUrlQuery q = queryOf(urls.at(0).at(0).toUrl());
        const OAuth::Pkce &pkce = flow.request().pkce;
        QCOMPARE(value(q, QStringLiteral("code_challenge_method")), plain ? QStringLiteral("plain") : QStringLiteral("S256"));
        QCOMPARE(value(q, QStringLiteral("code_challenge")), plain ? pkce.verifier : OAuth::Pkce::s256(pkce.verifier));
        QVERIFY(pkce.verifier.size() >= 43);
        // state and nonce are fresh and at least 128 bits (22 base64url characters).
        QVERIFY(value(q, QStringLiteral("state")).size() >= 22);
        QVERIFY(value(q, QStringLiteral("nonce")).size() >= 22);
        QVERIFY(value(q, QStringLiteral("state")) != value(q, QStringLiteral("nonce")));
        // The redirect URI is the listener's, with the port it got.
        const QUrl redirect(value(q, QStringLiteral("redirect_uri")));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        flow.cancel();
    }
}

void TestAuthorizationCodeFlow::splitCommandLine_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<std::optional<QStringList>>("expected");
    const auto words = [](std::initializer_list<const char *> list) {
        QStringList result;
        for (const char *w : list)
            result.append(QString::fromUtf8(w));
        return std::optional<QStringList>(result);
    };
    QTest::newRow("empty") << QString() << words({});
    QTest::newRow("blank") << QStringLiteral("  \t ") << words({});
    QTest::newRow("one") << QStringLiteral("firefox") << words({"firefox"});
    QTest::newRow("spaces") << QStringLiteral("  node   /a/browser.mjs  --x ") << words({"node", "/a/browser.mjs", "--x"});
    QTest::newRow("single quotes") << QStringLiteral("'/opt/My Browser/run' -a") << words({"/opt/My Browser/run", "-a"});
    QTest::newRow("double quotes") << QStringLiteral("\"a b\" c") << words({"a b", "c"});
    QTest::newRow("backslash space") << QStringLiteral("a\\ b c") << words({"a b", "c"});
    QTest::newRow("backslash in single") << QStringLiteral("'a\\b'") << words({"a\\b"});
    QTest::newRow("escaped quote in double") << QStringLiteral("\"say \\\"hi\\\"\"") << words({"say \"hi\""});
    QTest::newRow("backslash kept in double") << QStringLiteral("\"a\\nb\"") << words({"a\\nb"});
    QTest::newRow("adjacent quotes join") << QStringLiteral("a'b c'\"d\"") << words({"ab cd"});
    QTest::newRow("empty quoted word") << QStringLiteral("run '' x") << words({"run", "", "x"});
    QTest::newRow("tab and newline") << QStringLiteral("a\tb\nc") << words({"a", "b", "c"});
    QTest::newRow("unicode") << QStringLiteral("navegador 'ç ü'") << words({"navegador", "ç ü"});
    QTest::newRow("unterminated single") << QStringLiteral("a 'b") << std::optional<QStringList>();
    QTest::newRow("unterminated double") << QStringLiteral("a \"b") << std::optional<QStringList>();
    QTest::newRow("trailing backslash") << QStringLiteral("a \\") << std::optional<QStringList>();
}

void TestAuthorizationCodeFlow::splitCommandLine()
{
    QFETCH(QString, command);
    QFETCH(std::optional<QStringList>, expected);
    QCOMPARE(OAuth::splitCommandLine(command), expected);
}

void TestAuthorizationCodeFlow::commandLauncherReportsMissingProgram()
{
    QString error;
    OAuth::CommandBrowserLauncher missing(QStringLiteral("/nonexistent/tokenscope-browser --flag"));
    QVERIFY(!missing.open(QUrl(QStringLiteral("https://as.example.com/authorize")), &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/tokenscope-browser")), qPrintable(error));
    OAuth::CommandBrowserLauncher broken(QStringLiteral("'unterminated"));
    error.clear();
    QVERIFY(!broken.open(QUrl(QStringLiteral("https://as.example.com/authorize")), &error));
    QVERIFY(!error.isEmpty());

    // A real program gets the URL as its last argument: sh writes its arguments to a file.
    const QString out = QDir::temp().filePath(QStringLiteral("tst_authcode_browser_%1.txt").arg(QCoreApplication::applicationPid()));
    QFile::remove(out);
    OAuth::CommandBrowserLauncher shell(QStringLiteral("sh -c 'printf \"%s|\" \"$@\" > \"$0\"' ") + out + QStringLiteral(" 'first arg'"));
    const QUrl url(QStringLiteral("https://as.example.com/authorize?a=1&b=x%20y"));
    QVERIFY2(shell.open(url, &error), qPrintable(error));
    QFile file(out);
    QTRY_VERIFY(file.exists() && file.size() > 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QStringLiteral("first arg|https://as.example.com/authorize?a=1&b=x%20y|"));
    file.remove();
}

void TestAuthorizationCodeFlow::issuerCheck_data()
{
    QTest::addColumn<QString>("iss");          // "-": absent
    QTest::addColumn<bool>("advertised");
    QTest::addColumn<QString>("factsIssuer");  // the discovered issuer; empty: the profile's
    QTest::addColumn<bool>("accepted");
    const QString none = QStringLiteral("-");
    QTest::newRow("advertised, equal") << Issuer << true << QString() << true;
    QTest::newRow("advertised, missing") << none << true << QString() << false;
    QTest::newRow("advertised, other") << QStringLiteral("https://evil.example.com/t/w") << true << QString() << false;
    QTest::newRow("advertised, trailing slash") << Issuer + QLatin1Char('/') << true << QString() << false;
    QTest::newRow("not advertised, missing") << none << false << QString() << true;
    QTest::newRow("not advertised, other") << QStringLiteral("https://evil.example.com") << false << QString() << false;
    QTest::newRow("not advertised, equal") << Issuer << false << QString() << true;
    QTest::newRow("discovered issuer wins") << QStringLiteral("https://other.example.com") << true
                                            << QStringLiteral("https://other.example.com") << true;
}

void TestAuthorizationCodeFlow::issuerCheck()
{
    QFETCH(QString, iss);
    QFETCH(bool, advertised);
    QFETCH(QString, factsIssuer);
    QFETCH(bool, accepted);
    QUrlQuery callback;
    callback.addQueryItem(QStringLiteral("code"), QStringLiteral("c"));
    if (iss != QLatin1String("-"))
        callback.addQueryItem(QStringLiteral("iss"), QString::fromLatin1(QUrl::toPercentEncoding(iss)));
    OAuth::AuthorizationServerFacts facts;
    facts.issParameterSupported = advertised;
    facts.issuer = QUrl(factsIssuer);
    const QString problem = OAuth::checkIssuer(callback, facts, QUrl(Issuer));
    QCOMPARE(problem.isEmpty(), accepted);
}

std::optional<AuthorizationCodeResult> TestAuthorizationCodeFlow::runWithCallback(AuthorizationCodeFlow &flow,
                                                                                  const Profiles::Profile &p,
                                                                                  const AuthorizationCodeFlow::Options &options,
                                                                                  QUrlQuery callback)
{
    std::optional<AuthorizationCodeResult> result;
    connect(&flow, &AuthorizationCodeFlow::finished, this,
            [&result](const AuthorizationCodeResult &r) { result = r; });
    flow.start(p, options);
    if (!flow.isRunning())
        return result;
    if (!callback.hasQueryItem(QStringLiteral("state")))
        callback.addQueryItem(QStringLiteral("state"), flow.request().state);
    QUrl target = flow.request().redirectUri;
    target.setQuery(callback);
    QPointer<QNetworkReply> reply = m_network.get(QNetworkRequest(target));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return std::nullopt;
    disconnect(&flow, &AuthorizationCodeFlow::finished, this, nullptr);
    return result;
}

void TestAuthorizationCodeFlow::wrongIssRefusedWithoutTokenRequest()
{
    FakeTokenEndpoint endpoint;
    endpoint.answer = R"({"access_token":"at","token_type":"Bearer"})";
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    AuthorizationCodeFlow flow(&tokens, nullptr);
    QSignalSpy sent(&flow, &AuthorizationCodeFlow::tokenRequestSent);
    QSignalSpy received(&flow, &AuthorizationCodeFlow::callbackReceived);
    AuthorizationCodeFlow::Options options;
    options.launchBrowser = false;
    options.facts.issParameterSupported = true;
    QUrlQuery callback;
    callback.addQueryItem(QStringLiteral("code"), QStringLiteral("the-code"));
    callback.addQueryItem(QStringLiteral("iss"), QStringLiteral("https%3A%2F%2Fevil.example.com"));
    const auto result = runWithCallback(flow, profile(endpoint.port()), options, callback);
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::Refused);
    QVERIFY2(result->message.contains(QLatin1String("https://evil.example.com")), qPrintable(result->message));
    QCOMPARE(received.count(), 1);
    QCOMPARE(sent.count(), 0);
    QTest::qWait(100);
    QVERIFY(endpoint.requests.isEmpty());
    QVERIFY(!result->token);
}

void TestAuthorizationCodeFlow::missingIssRefusedWhenAdvertised()
{
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    for (const bool advertised : {true, false}) {
        AuthorizationCodeFlow flow(&tokens, nullptr);
        QSignalSpy sent(&flow, &AuthorizationCodeFlow::tokenRequestSent);
        AuthorizationCodeFlow::Options options;
        options.launchBrowser = false;
        options.facts.issParameterSupported = advertised;
        QUrlQuery callback;
        callback.addQueryItem(QStringLiteral("code"), QStringLiteral("the-code"));
        // Port 9 (discard) is closed on loopback: the token request fails, but it is sent.
        const auto result = runWithCallback(flow, profile(9), options, callback);
        QVERIFY(result);
        if (advertised) {
            QCOMPARE(result->outcome, Outcome::Refused);
            QVERIFY2(result->message.contains(QLatin1String("iss")), qPrintable(result->message));
            QCOMPARE(sent.count(), 0);
        } else {
            QCOMPARE(result->outcome, Outcome::TokenError);
            QCOMPARE(sent.count(), 1);
        }
    }
}

void TestAuthorizationCodeFlow::errorCallbackShown()
{
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    AuthorizationCodeFlow flow(&tokens, nullptr);
    QSignalSpy sent(&flow, &AuthorizationCodeFlow::tokenRequestSent);
    AuthorizationCodeFlow::Options options;
    options.launchBrowser = false;
    options.facts.issParameterSupported = true;
    QUrlQuery callback;
    callback.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    callback.addQueryItem(QStringLiteral("error_description"), QStringLiteral("the%20user%20said%20no"));
    callback.addQueryItem(QStringLiteral("error_uri"), QStringLiteral("https%3A%2F%2Fas.example.com%2Fhelp"));
    callback.addQueryItem(QStringLiteral("iss"), QString::fromLatin1(QUrl::toPercentEncoding(Issuer)));
    const auto result = runWithCallback(flow, profile(), options, callback);
    QVERIFY(result);
    QCOMPARE(result->outcome, Outcome::AuthorizationError);
    QCOMPARE(result->error, QStringLiteral("access_denied"));
    QCOMPARE(result->errorDescription, QStringLiteral("the user said no"));
    QCOMPARE(result->errorUri, QStringLiteral("https://as.example.com/help"));
    QVERIFY2(result->message.contains(QLatin1String("access_denied"))
                 && result->message.contains(QLatin1String("the user said no")),
             qPrintable(result->message));
    QCOMPARE(sent.count(), 0);
}

void TestAuthorizationCodeFlow::codeExchangedAndNonceChecked_data()
{
    QTest::addColumn<QString>("nonce"); // "=": the one sent; "-": none in the ID token
    QTest::addColumn<int>("outcome");
    QTest::newRow("nonce as sent") << QStringLiteral("=") << int(Outcome::Success);
    QTest::newRow("other nonce") << QStringLiteral("replayed") << int(Outcome::Refused);
    QTest::newRow("no nonce") << QStringLiteral("-") << int(Outcome::Refused);
}

void TestAuthorizationCodeFlow::codeExchangedAndNonceChecked()
{
    QFETCH(QString, nonce);
    QFETCH(int, outcome);
    FakeTokenEndpoint endpoint;
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    AuthorizationCodeFlow flow(&tokens, nullptr);
    QSignalSpy sent(&flow, &AuthorizationCodeFlow::tokenRequestSent);
    // The answer needs the nonce of the request, known once the flow started.
    connect(&flow, &AuthorizationCodeFlow::authorizationUrlReady, this, [&] {
        QJsonObject claims{{QStringLiteral("iss"), Issuer}, {QStringLiteral("sub"), QStringLiteral("alice")}};
        if (nonce == QLatin1String("="))
            claims.insert(QStringLiteral("nonce"), flow.request().nonce);
        else if (nonce != QLatin1String("-"))
            claims.insert(QStringLiteral("nonce"), nonce);
        endpoint.answer = QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QStringLiteral("at-1")},
                                                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                    {QStringLiteral("id_token"), QString::fromLatin1(unsecuredIdToken(claims))}})
                              .toJson(QJsonDocument::Compact);
    });
    AuthorizationCodeFlow::Options options;
    options.launchBrowser = false;
    options.facts.issParameterSupported = true;
    QUrlQuery callback;
    callback.addQueryItem(QStringLiteral("code"), QStringLiteral("the%2Bcode"));
    callback.addQueryItem(QStringLiteral("iss"), QString::fromLatin1(QUrl::toPercentEncoding(Issuer)));
    const auto result = runWithCallback(flow, profile(endpoint.port()), options, callback);
    QVERIFY(result);
    QCOMPARE(int(result->outcome), outcome);
    QCOMPARE(sent.count(), 1);
    QVERIFY(result->token);
    QCOMPARE(result->token->accessToken, QStringLiteral("at-1"));
    // The token request: RFC 6749 §4.1.3 with the PKCE verifier, client_id for a public client.
    QCOMPARE(endpoint.requests.size(), 1);
    const QUrlQuery form(QString::fromLatin1(endpoint.requests.first()).replace(QLatin1Char('+'), QLatin1String("%20")));
    QCOMPARE(value(form, QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
    QCOMPARE(value(form, QStringLiteral("code")), QStringLiteral("the+code"));
    QCOMPARE(value(form, QStringLiteral("redirect_uri")), flow.request().redirectUri.toString());
    QCOMPARE(value(form, QStringLiteral("code_verifier")), flow.request().pkce.verifier);
    QCOMPARE(value(form, QStringLiteral("client_id")), QStringLiteral("client one"));
    if (outcome != int(Outcome::Success))
        QVERIFY2(result->message.contains(QLatin1String("nonce")), qPrintable(result->message));
}

void TestAuthorizationCodeFlow::timeoutAndCancel()
{
    HttpClient http(&m_network);
    Profiles::SecretStore secrets(QStringLiteral("tokenscope-unit-test"));
    OAuth::TokenClient tokens(&http, &secrets);
    AuthorizationCodeFlow flow(&tokens, nullptr);
    QSignalSpy finished(&flow, &AuthorizationCodeFlow::finished);
    AuthorizationCodeFlow::Options options;
    options.launchBrowser = false;
    options.timeout = std::chrono::milliseconds(300);
    flow.start(profile(), options);
    const QUrl redirect = flow.request().redirectUri;
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<AuthorizationCodeResult>().outcome, Outcome::TimedOut);
    QVERIFY(!flow.isRunning());
    // The listener is gone: the port no longer answers.
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QTRY_COMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);

    options.timeout = std::chrono::seconds(30);
    flow.start(profile(), options);
    QVERIFY(flow.isRunning());
    flow.cancel();
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).value<AuthorizationCodeResult>().outcome, Outcome::Cancelled);
    flow.cancel(); // a second cancel is nothing
    QCOMPARE(finished.count(), 2);
}

QTEST_GUILESS_MAIN(TestAuthorizationCodeFlow)
#include "tst_authorizationcodeflow.moc"
