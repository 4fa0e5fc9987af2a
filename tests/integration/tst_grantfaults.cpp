// SPDX-License-Identifier: GPL-3.0-or-later
// The grants when the other side misbehaves (issue 5, negative cases): the real
// AuthorizationCodeFlow, TokenClient, HttpClient and LoopbackListener; a browser that plays the
// authorization server's redirect over a real socket; a hostile token endpoint on loopback that
// answers HTML, 5xx, bad JSON, too much, half an answer, or nothing. Also `tokenscope token
// --grant client_credentials` (the real binary, its profile made through the CLI, the secret in
// the real keychain: KEYRING) against the same endpoint.
//
//   RedirectPlayingBrowser ──GET /callback?code&state──► LoopbackListener (flow)
//   AuthorizationCodeFlow ── TokenClient ── HttpClient ──POST──► HostileTokenEndpoint (scripted)

#include "clitestsupport.h"
#include "scriptedpeers.h"

#include "http/httpclient.h"
#include "oauth/authorizationcodeflow.h"
#include "oauth/tokenrequest.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <optional>

using namespace std::chrono_literals;
using OAuth::AuthorizationCodeFlow;
using OAuth::AuthorizationCodeResult;
using Outcome = OAuth::AuthorizationCodeResult::Outcome;
using ScriptedPeers::Fault;
using ScriptedPeers::HostileTokenEndpoint;
using ScriptedPeers::RedirectPlayingBrowser;

Q_DECLARE_METATYPE(ScriptedPeers::Fault)

namespace {

// The flow's HttpClient: a short transfer timeout (the test seam) so the silent faults end soon,
// and a small size cap so the oversized ones need little data.
constexpr auto TransferTimeout = 3000ms;
constexpr qint64 SizeCap = 64 * 1024;

const QByteArray CliSecret = "grant-faults-secret-0123456789-abcdefghij";

Profiles::Profile flowProfile(const QUrl &tokenEndpoint)
{
    Profiles::Profile p;
    p.id = Profiles::Profile::newId();
    p.name = QStringLiteral("grant faults");
    // Never contacted: the browser plays the authorization server.
    p.endpoints.setUrl(Profiles::EndpointKind::Authorization, QUrl(QStringLiteral("http://127.0.0.1:9/authorize")));
    p.endpoints.setUrl(Profiles::EndpointKind::Token, tokenEndpoint);
    p.clientId = QStringLiteral("faults-client");
    p.authMethod = Profiles::ClientAuthMethod::None; // a native public client (RFC 8252 §8.4)
    p.scopes = {QStringLiteral("profile")};
    return p;
}

QString stateOf(const QUrlQuery &authorization)
{
    return authorization.queryItemValue(QStringLiteral("state"), QUrl::FullyEncoded);
}

// The redirect of a successful sign-in: code and the request's state.
RedirectPlayingBrowser::Step codeStep(const QString &code)
{
    return [code](const QUrlQuery &authorization) {
        QUrlQuery callback;
        callback.addQueryItem(QStringLiteral("code"), code);
        callback.addQueryItem(QStringLiteral("state"), stateOf(authorization));
        return callback;
    };
}

// HttpClient, TokenClient and the flow, as the app has them.
struct FlowUnderTest
{
    QNetworkAccessManager network;
    HttpClient http{&network};
    Profiles::SecretStore secrets{QStringLiteral("tokenscope-grantfaults")};
    OAuth::TokenClient tokens{&http, &secrets};
    RedirectPlayingBrowser browser;
    AuthorizationCodeFlow flow{&tokens, &browser};
    QSignalSpy sent{&flow, &AuthorizationCodeFlow::tokenRequestSent};
    QSignalSpy rejected{&flow, &AuthorizationCodeFlow::callbackRejected};
    std::optional<AuthorizationCodeResult> result;
    int finishedCount = 0;

    FlowUnderTest()
    {
        http.setTransferTimeout(TransferTimeout);
        http.setMaxResponseBytes(SizeCap);
        QObject::connect(&flow, &AuthorizationCodeFlow::finished, &flow, [this](const AuthorizationCodeResult &r) {
            result = r;
            ++finishedCount;
        });
    }

    // Starts the flow; true once it finished (within waitMs).
    bool run(const QUrl &tokenEndpoint, std::chrono::milliseconds flowTimeout = 30s, int waitMs = 20'000)
    {
        AuthorizationCodeFlow::Options options;
        options.timeout = flowTimeout;
        flow.start(flowProfile(tokenEndpoint), options);
        // The browser's page may still be on its way when the flow finishes.
        return QTest::qWaitFor([this] { return result.has_value() && browser.idle(); }, waitMs);
    }

    QUrl redirectUri() const { return flow.request().redirectUri; }
};

// True when nothing listens on the redirect URI's port any more (the listener is closed).
bool listenerClosed(RedirectPlayingBrowser &browser, const QUrl &redirectUri)
{
    const qsizetype before = browser.visits.size();
    browser.revisit(redirectUri);
    if (!QTest::qWaitFor([&] { return browser.visits.size() > before; }, 10'000))
        return false;
    const RedirectPlayingBrowser::Visit &visit = browser.visits.last();
    return !visit.connected && visit.error == QAbstractSocket::ConnectionRefusedError;
}

} // namespace

class TestGrantFaults final : public QObject
{
    Q_OBJECT

private slots:
    void tokenEndpointFaults_data();
    void tokenEndpointFaults();
    void overallTimeoutWhileTokenEndpointSilent();
    void replayedCallbackRefused();
    void wrongStateThenRightState();
    void accessDeniedShown();

    void cliClientCredentialsFaults_data();
    void cliClientCredentialsFaults();
    void cliNeverAnswersEnds();

private:
    CliTest::CliRun cliAgainst(HostileTokenEndpoint &endpoint, int waitMs = 60'000);
};

void TestGrantFaults::tokenEndpointFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QStringList>("expected"); // each in the message
    QTest::addColumn<int>("status");           // the token response's HTTP status; -1: not checked
    QTest::addColumn<bool>("clientCloses");    // the endpoint held the connection; the client must close it
    QTest::addColumn<bool>("namesEndpoint");   // the message names the endpoint (not for the server's own error)

    const auto list = [](std::initializer_list<const char *> texts) {
        QStringList strings;
        for (const char *text : texts)
            strings.append(QString::fromUtf8(text));
        return strings;
    };
    QTest::newRow("HTML 200 (a login page)") << Fault::HtmlOk << list({"HTML page", "HTTP 200", "token endpoint URL"}) << 200 << false << true;
    QTest::newRow("HTML 502 (a proxy page)") << Fault::Html502 << list({"HTML page", "HTTP 502"}) << 502 << false << true;
    QTest::newRow("500 without a body") << Fault::Empty500 << list({"HTTP 500"}) << 500 << false << true;
    QTest::newRow("500 with an OAuth error") << Fault::OAuthError500 << list({"HTTP 500", "server_error", "the database is down"})
                                             << 500 << false << false;
    QTest::newRow("a JSON array") << Fault::JsonArray << list({"not a JSON object", "HTTP 200"}) << 200 << false << true;
    QTest::newRow("invalid JSON") << Fault::InvalidJson << list({"not a JSON object", "HTTP 200"}) << 200 << false << true;
    QTest::newRow("over the size cap, announced") << Fault::OverCapAnnounced << list({"larger than the limit", "65536"}) << -1
                                                  << false << true;
    QTest::newRow("over the size cap, chunked") << Fault::OverCapChunked << list({"larger than the limit", "65536"}) << -1
                                                << false << true;
    QTest::newRow("closed mid-body") << Fault::ClosedMidBody << list({"did not arrive whole", "closed the connection"}) << 200 << false << true;
    QTest::newRow("headers, then silence") << Fault::HeadersThenSilence << list({"did not arrive whole", "timed out", "3000 ms"}) << 200 << true << true;
    QTest::newRow("never answers") << Fault::NeverAnswers << list({"No answer", "timed out", "3000 ms"}) << 0 << true << true;
}

void TestGrantFaults::tokenEndpointFaults()
{
    QFETCH(Fault, fault);
    QFETCH(QStringList, expected);
    QFETCH(int, status);
    QFETCH(bool, clientCloses);
    QFETCH(bool, namesEndpoint);

    HostileTokenEndpoint endpoint(fault, 4 * SizeCap);
    QVERIFY(endpoint.listen());
    FlowUnderTest t;
    t.browser.steps = {codeStep(QStringLiteral("code-1"))};
    QVERIFY2(t.run(endpoint.url()), "the flow did not finish");

    QCOMPARE(t.result->outcome, Outcome::TokenError);
    for (const QString &text : expected)
        QVERIFY2(t.result->message.contains(text),
                 qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(text, t.result->message)));
    if (namesEndpoint)
        QVERIFY2(t.result->message.contains(QStringLiteral("127.0.0.1:%1").arg(endpoint.port())),
                 qPrintable(t.result->message));
    QVERIFY(t.result->token);
    if (status >= 0)
        QCOMPARE(t.result->token->http.status, status);
    QVERIFY(t.result->token->accessToken.isEmpty());
    // The browser saw the listener's page; one token request, sent once.
    QCOMPARE(t.browser.visits.size(), 1);
    QCOMPARE(t.browser.visits.first().status(), 200);
    QCOMPARE(t.sent.count(), 1);
    QCOMPARE(endpoint.requests.size(), 1);
    QVERIFY(endpoint.requests.first().contains("code=code-1"));
    QCOMPARE(t.finishedCount, 1);
    QVERIFY(!t.flow.isRunning());
    QVERIFY(listenerClosed(t.browser, t.redirectUri()));
    if (clientCloses)
        QTRY_COMPARE(endpoint.closedByClient, 1);
}

void TestGrantFaults::overallTimeoutWhileTokenEndpointSilent()
{
    // The flow's own timeout ends a token request that the (long) transfer timeout would not.
    HostileTokenEndpoint endpoint(Fault::NeverAnswers);
    QVERIFY(endpoint.listen());
    FlowUnderTest t;
    t.http.setTransferTimeout(120s);
    t.browser.steps = {codeStep(QStringLiteral("code-1"))};
    QVERIFY2(t.run(endpoint.url(), 3s), "the flow did not finish");

    QCOMPARE(t.result->outcome, Outcome::TimedOut);
    QVERIFY2(t.result->message.contains(QLatin1String("token endpoint did not answer")), qPrintable(t.result->message));
    QVERIFY(!t.result->token);
    QCOMPARE(t.sent.count(), 1);
    QCOMPARE(endpoint.requests.size(), 1);
    // The request in flight is aborted with the flow, the listener closed.
    QTRY_COMPARE(endpoint.closedByClient, 1);
    QVERIFY(listenerClosed(t.browser, t.redirectUri()));
    QCOMPARE(t.finishedCount, 1);
}

void TestGrantFaults::replayedCallbackRefused()
{
    HostileTokenEndpoint endpoint(Fault::Token);
    QVERIFY(endpoint.listen());
    FlowUnderTest t;
    // The same redirect twice in a row (a reload while the code is being exchanged).
    t.browser.steps = {codeStep(QStringLiteral("code-once")), codeStep(QStringLiteral("code-once"))};
    QVERIFY2(t.run(endpoint.url()), "the flow did not finish");
    QVERIFY2(t.result->ok(), qPrintable(t.result->message));
    QCOMPARE(t.result->token->accessToken, QStringLiteral("at-scripted-0123456789"));
    QTRY_VERIFY(t.browser.idle());
    QCOMPARE(t.browser.visits.size(), 2);
    QCOMPARE(t.browser.visits.at(0).status(), 200);
    QVERIFY(!t.browser.visits.at(1).connected);
    QCOMPARE(t.browser.visits.at(1).error, QAbstractSocket::ConnectionRefusedError);

    // And once more after the flow finished: the same URL, refused.
    const QUrl callbackUrl = t.browser.visits.first().url;
    t.browser.revisit(callbackUrl);
    QTRY_COMPARE(t.browser.visits.size(), 3);
    QCOMPARE(t.browser.visits.at(2).error, QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(t.sent.count(), 1);
    QCOMPARE(endpoint.requests.size(), 1);
    QCOMPARE(endpoint.connections, 1);
    QCOMPARE(t.finishedCount, 1);
}

void TestGrantFaults::wrongStateThenRightState()
{
    HostileTokenEndpoint endpoint(Fault::Token);
    QVERIFY(endpoint.listen());
    FlowUnderTest t;
    const auto wrong = [](const QString &state) {
        return [state](const QUrlQuery &) {
            QUrlQuery callback;
            callback.addQueryItem(QStringLiteral("code"), QStringLiteral("code-attacker"));
            if (!state.isNull())
                callback.addQueryItem(QStringLiteral("state"), state);
            return callback;
        };
    };
    // Another request's state (same length, one character off), then none, then ours.
    t.browser.steps = {[](const QUrlQuery &authorization) {
                           QString state = stateOf(authorization);
                           state[0] = state.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
                           QUrlQuery callback;
                           callback.addQueryItem(QStringLiteral("code"), QStringLiteral("code-attacker"));
                           callback.addQueryItem(QStringLiteral("state"), state);
                           return callback;
                       },
                       wrong(QString()), codeStep(QStringLiteral("code-right"))};
    QVERIFY2(t.run(endpoint.url()), "the flow did not finish");
    QVERIFY2(t.result->ok(), qPrintable(t.result->message));
    QCOMPARE(t.rejected.count(), 2);
    QVERIFY(!t.rejected.first().first().toString().isEmpty());
    QTRY_VERIFY(t.browser.idle());
    QCOMPARE(t.browser.visits.size(), 3);
    QCOMPARE(t.browser.visits.at(0).status(), 400);
    QCOMPARE(t.browser.visits.at(1).status(), 400);
    QCOMPARE(t.browser.visits.at(2).status(), 200);
    // Only our code was exchanged, once.
    QCOMPARE(t.sent.count(), 1);
    QCOMPARE(endpoint.requests.size(), 1);
    QVERIFY(endpoint.requests.first().contains("code=code-right"));
    QVERIFY(!endpoint.requests.first().contains("code-attacker"));
    QCOMPARE(t.result->callback.queryItemValue(QStringLiteral("code")), QStringLiteral("code-right"));
    QVERIFY(listenerClosed(t.browser, t.redirectUri()));
}

void TestGrantFaults::accessDeniedShown()
{
    HostileTokenEndpoint endpoint(Fault::Token);
    QVERIFY(endpoint.listen());
    FlowUnderTest t;
    t.browser.steps = {[](const QUrlQuery &authorization) {
        QUrlQuery callback;
        callback.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        callback.addQueryItem(QStringLiteral("error_description"), QStringLiteral("The%20resource%20owner%20declined"));
        callback.addQueryItem(QStringLiteral("state"), stateOf(authorization));
        return callback;
    }};
    QVERIFY2(t.run(endpoint.url()), "the flow did not finish");
    QCOMPARE(t.result->outcome, Outcome::AuthorizationError);
    QCOMPARE(t.result->error, QStringLiteral("access_denied"));
    QCOMPARE(t.result->errorDescription, QStringLiteral("The resource owner declined"));
    QVERIFY2(t.result->message.contains(QLatin1String("access_denied"))
                 && t.result->message.contains(QLatin1String("The resource owner declined")),
             qPrintable(t.result->message));
    // The browser's page says so too; no token request.
    QCOMPARE(t.browser.visits.size(), 1);
    QVERIFY2(t.browser.visits.first().body().contains(QLatin1String("The resource owner declined")),
             qPrintable(t.browser.visits.first().body()));
    QCOMPARE(t.sent.count(), 0);
    QCOMPARE(endpoint.connections, 0);
    QVERIFY(listenerClosed(t.browser, t.redirectUri()));
}

// `tokenscope token --grant client_credentials` for a client_secret_post profile (its secret in
// the keychain) whose token endpoint is the hostile one.
CliTest::CliRun TestGrantFaults::cliAgainst(HostileTokenEndpoint &endpoint, int waitMs)
{
    QTemporaryDir config;
    if (!config.isValid())
        return {};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    const CliTest::CliRun add = CliTest::runCli(
        {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("hostile"), QStringLiteral("--preset"),
         QStringLiteral("oidc"), QStringLiteral("--issuer"), QStringLiteral("http://127.0.0.1:%1").arg(endpoint.port()),
         QStringLiteral("--client-id"), QStringLiteral("faults-service"), QStringLiteral("--endpoint"),
         QStringLiteral("token_endpoint=") + endpoint.url().toString(), QStringLiteral("--auth-method"),
         QStringLiteral("client_secret_post"), QStringLiteral("--client-secret-stdin")},
        env, CliSecret + '\n');
    if (add.exitCode != 0) {
        qWarning("profile add: %s", add.describe().constData());
        return add;
    }
    return CliTest::runCli({QStringLiteral("token"), QStringLiteral("--profile"), QStringLiteral("hostile"),
                            QStringLiteral("--grant"), QStringLiteral("client_credentials")},
                           env, {}, waitMs);
}

void TestGrantFaults::cliClientCredentialsFaults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("namesEndpoint");
    QTest::newRow("HTML 200") << Fault::HtmlOk << QByteArray("HTML page") << true;
    QTest::newRow("HTML 502") << Fault::Html502 << QByteArray("HTTP 502 with an HTML page") << true;
    QTest::newRow("500 without a body") << Fault::Empty500 << QByteArray("HTTP 500") << true;
    QTest::newRow("500 with an OAuth error") << Fault::OAuthError500 << QByteArray("server_error (the database is down)") << false;
    QTest::newRow("invalid JSON") << Fault::InvalidJson << QByteArray("not a JSON object") << true;
    QTest::newRow("over the size cap (4 MiB)") << Fault::OverCapAnnounced << QByteArray("larger than the limit") << true;
    QTest::newRow("closed mid-body") << Fault::ClosedMidBody << QByteArray("closed the connection") << true;
}

void TestGrantFaults::cliClientCredentialsFaults()
{
    QVERIFY2(qEnvironmentVariableIsSet("TOKENSCOPE_IN_KEYRING_SESSION"), "run through ctest (the KEYRING fixture)");
    QFETCH(Fault, fault);
    QFETCH(QByteArray, expected);
    QFETCH(bool, namesEndpoint);
    HostileTokenEndpoint endpoint(fault, 5 * 1024 * 1024); // the CLI's cap is HttpClient's default, 4 MiB
    QVERIFY(endpoint.listen());
    const CliTest::CliRun run = cliAgainst(endpoint);
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains(expected), run.describe().constData());
    if (namesEndpoint)
        QVERIFY2(run.err.contains(QByteArray("127.0.0.1:" + QByteArray::number(endpoint.port()))), run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(!run.err.contains(CliSecret));
    QCOMPARE(endpoint.requests.size(), 1);
    // The secret went to the endpoint (client_secret_post), so it was read from the keychain.
    QVERIFY(endpoint.requests.first().contains(QByteArray("client_secret=" + CliSecret)));
}

void TestGrantFaults::cliNeverAnswersEnds()
{
    QVERIFY2(qEnvironmentVariableIsSet("TOKENSCOPE_IN_KEYRING_SESSION"), "run through ctest (the KEYRING fixture)");
    // No --timeout for client_credentials: HttpClient's transfer timeout (15 s) ends it.
    HostileTokenEndpoint endpoint(Fault::NeverAnswers);
    QVERIFY(endpoint.listen());
    const CliTest::CliRun run = cliAgainst(endpoint, 90'000);
    QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
    QVERIFY2(run.err.contains("timed out"), run.describe().constData());
    QVERIFY2(run.err.contains("15000 ms"), run.describe().constData());
    QVERIFY(run.out.isEmpty());
    QCOMPARE(endpoint.requests.size(), 1);
    QTRY_COMPARE(endpoint.closedByClient, 1);
}

QTEST_GUILESS_MAIN(TestGrantFaults)
#include "tst_grantfaults.moc"
