// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The authorization-code grant (RFC 6749 §4.1) with PKCE (RFC 7636), state, nonce (OpenID Connect
// Core §3.1.2.1) and the RFC 9207 iss check, through a one-shot loopback listener (RFC 8252).
//
//   flow ── state, nonce, PKCE ──► LoopbackListener.listen()      (redirect_uri with its port)
//     │ authorizationUrlReady(url) ── BrowserLauncher.open(url) ──► browserOpened
//     │                 … the user signs in …
//     │ ◄── callbackReceived(code | error, state, iss) ── LoopbackListener
//     │ error=  → finished(AuthorizationError); iss wrong or missing → finished(Refused)
//     │ tokenRequestSent ── TokenClient.send(authorization_code, code, redirect_uri, verifier)
//     └ ◄── TokenResponse; ID token nonce checked → finished(Success | TokenError | Refused)

#include "oauth/pkce.h"
#include "oauth/tokenrequest.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <optional>

namespace OAuth {

class BrowserLauncher;
class LoopbackListener;

// What discovery said about the server (Discovery::Document), when it was asked.
struct AuthorizationServerFacts
{
    bool issParameterSupported = false; // RFC 9207 §3 authorization_response_iss_parameter_supported
    QUrl issuer;                        // the expected issuer; empty: the profile's
};

// The values of one authorization request.
struct AuthorizationRequest
{
    QString state;
    QString nonce; // empty: no nonce sent (no openid scope)
    Pkce pkce;
    QUrl redirectUri;
    QStringList scopes;
    QString responseMode; // empty: none sent (the server's default for code: query)
};

// The authorization URL (RFC 6749 §4.1.1): the profile's authorization endpoint with
// response_type=code, client_id, redirect_uri, scope, state, nonce, code_challenge and its
// method, audience and resource values, the profile's extra parameters that target the
// authorization request (a parameter the flow sets itself is not repeated), response_mode.
// Parameters already in the endpoint's query are kept.
QUrl buildAuthorizationUrl(const Profiles::Profile &profile, const AuthorizationRequest &request);

// RFC 9207 §2.4: a present iss must equal the expected issuer; a missing one is refused only
// when the server advertises the parameter. Empty when accepted, else a translated reason.
QString checkIssuer(const QUrlQuery &callback, const AuthorizationServerFacts &facts, const QUrl &profileIssuer);

struct AuthorizationCodeResult
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizationCodeResult)

public:
    enum class Outcome {
        Success,            // a token response with an access token, nonce as sent
        AuthorizationError, // the server answered error= at the redirect (RFC 6749 §4.1.2.1)
        Refused,            // we refused the response: iss (RFC 9207), no code, the ID token's nonce
        TokenError,         // the token endpoint refused, or the network failed
        TimedOut,
        Cancelled,
        Failed, // listener or browser could not start
    };
    Outcome outcome = Outcome::Failed;
    QString message;                             // translated; what happened and what to do; empty on success
    QString error, errorDescription, errorUri;   // the authorization response's error, when it had one
    QUrlQuery callback;                          // what came to the redirect URI (contains the code)
    std::optional<TokenResponse> token;          // when the token request was answered
    QUrl authorizationUrl;
    bool secretUnavailable = false;              // the keychain could not give the client's secret

    bool ok() const { return outcome == Outcome::Success; }
};

class AuthorizationCodeFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthorizationCodeFlow)

public:
    struct Options
    {
        AuthorizationServerFacts facts;
        bool forcePlainPkce = false; // RFC 7636 plain, only when the user insists
        bool launchBrowser = true;   // false: the URL is only shown (authorizationUrlReady), to copy
        QStringList scopes;          // empty: the profile's
        QString responseMode;        // query, fragment, form_post; empty: not sent
        std::chrono::milliseconds timeout = std::chrono::minutes(5); // the whole flow
    };

    // browser may be null when Options::launchBrowser is false.
    AuthorizationCodeFlow(TokenClient *tokens, BrowserLauncher *browser, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    // Starts one flow; finished() follows exactly once (possibly before start() returns, when
    // the listener or the browser cannot start). A flow object runs one flow at a time.
    void start(const Profiles::Profile &profile, const Options &options);
    bool isRunning() const { return m_running; }
    QUrl authorizationUrl() const { return m_url; }
    const AuthorizationRequest &request() const { return m_request; }

public Q_SLOTS:
    void cancel(); // finished(Cancelled) when running

signals:
    void authorizationUrlReady(const QUrl &url);
    void browserOpened();
    void callbackRejected(const QString &reason); // a wrong state came; still waiting
    void callbackReceived(const QUrlQuery &parameters);
    void tokenRequestSent();
    void finished(const OAuth::AuthorizationCodeResult &result);

private:
    void onCallback(const QUrlQuery &parameters);
    void onTokenResponse(const TokenResponse &response);
    void finish(AuthorizationCodeResult result);

    TokenClient *m_tokens;
    BrowserLauncher *m_browser;
    Profiles::Profile m_profile;
    Options m_options;
    AuthorizationRequest m_request;
    QUrl m_url;
    QUrlQuery m_callback;
    QPointer<LoopbackListener> m_listener;
    QPointer<QObject> m_run; // parent and context of the running flow's parts; deleted later on finish
    bool m_running = false;
};

} // namespace OAuth
