// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The authorization-code grant (RFC 6749 §4.1) with PKCE (RFC 7636), state, nonce (OpenID Connect
// Core §3.1.2.1) and the RFC 9207 iss check, through a one-shot loopback listener (RFC 8252).
// Also the OpenID Connect implicit (Core §3.2) and hybrid (§3.3) response types, whose
// front-channel tokens are checked in frontchannel.h, and pushed authorization requests (RFC 9126).
//
//   flow ── state, nonce, PKCE ──► LoopbackListener.listen()      (redirect_uri with its port)
//     │ [usePar, PAR endpoint] parRequestSent ── TokenClient.sendToEndpoint(PAR) ──► parRequestAnswered
//     │ authorizationUrlReady(url) ── BrowserLauncher.open(url) ──► browserOpened
//     │                 … the user signs in …
//     │ ◄── callbackReceived(code | error, state, iss) ── LoopbackListener
//     │ error=  → finished(AuthorizationError); iss wrong or missing → finished(Refused)
//     │ [implicit, hybrid] JWKS fetched, ID token verified (checkFrontChannel) or finished(Refused);
//     │                    no code → finished(Success, token = the front-channel tokens)
//     │ tokenRequestSent ── TokenClient.send(authorization_code, code, redirect_uri, verifier)
//     └ ◄── TokenResponse; ID token nonce checked → finished(Success | TokenError | Refused)

#include "jose/jsonwebkey.h"
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
    QUrl jwksUri;                       // jwks_uri; empty: the profile's JWKS endpoint
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
    QString responseType = QStringLiteral("code"); // canonical (frontchannel.h)
};

// The authorization request's parameters (what buildAuthorizationUrl puts in the query, without
// the endpoint's own query), for the URL and for a pushed authorization request.
Form authorizationParameters(const Profiles::Profile &profile, const AuthorizationRequest &request);
// RFC 9126 §4: the authorization endpoint with only client_id and request_uri.
QUrl buildPushedAuthorizationUrl(const Profiles::Profile &profile, const QString &requestUri);

// The authorization URL (RFC 6749 §4.1.1): the profile's authorization endpoint with
// response_type (request.responseType), client_id, redirect_uri, scope, state, nonce, code_challenge and its
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
        AuthorizationError, // the server answered error= at the redirect (RFC 6749 §4.1.2.1), or
                            // the PAR endpoint refused the request (RFC 9126 §2.3)
        Refused,            // we refused the response: iss (RFC 9207), no code, the ID token's nonce,
                            // a front-channel ID token that does not verify
        TokenError,         // the token endpoint refused, or the network failed
        TimedOut,
        Cancelled,
        Failed, // listener or browser could not start
    };
    Outcome outcome = Outcome::Failed;
    QString message;                             // translated; what happened and what to do; empty on success
    QString error, errorDescription, errorUri;   // the authorization response's error, when it had one
    QUrlQuery callback;                          // what came to the redirect URI (contains the code)
    // When the token request was answered; for a response type without "code" (implicit), the
    // front-channel tokens (ok() is false for "id_token" alone: it has no access token).
    std::optional<TokenResponse> token;
    // Implicit and hybrid: what came through the front channel (access_token, token_type,
    // expires_in, scope, id_token), verified.
    std::optional<TokenResponse> frontChannel;
    QString requestUri;                          // RFC 9126: the PAR endpoint's request_uri
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
        QString responseMode;        // query, fragment, form_post; empty: not sent (for the
                                     // implicit and hybrid types the server's default is fragment)
        // One of the seven OpenID Connect response types ("code", "token", "id_token",
        // "id_token token", "code id_token", "code token", "code id_token token"); empty: code.
        // Every type but "code" always sends a nonce and cannot use response_mode query.
        QString responseType;
        // The server's keys for the front-channel ID token; unset: fetched from facts.jwksUri or
        // the profile's JWKS endpoint (needs the HttpClient constructor).
        std::optional<Jose::KeySet> keys;
        std::chrono::milliseconds timeout = std::chrono::minutes(5); // the whole flow
    };

    // browser may be null when Options::launchBrowser is false.
    AuthorizationCodeFlow(TokenClient *tokens, BrowserLauncher *browser, QObject *parent = nullptr);
    // With an HttpClient the flow can fetch the JWKS for implicit and hybrid responses.
    AuthorizationCodeFlow(TokenClient *tokens, HttpClient *http, BrowserLauncher *browser, QObject *parent = nullptr);
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
    void parRequestSent();                            // RFC 9126 §2.1
    void parRequestAnswered(const QString &requestUri); // RFC 9126 §2.2
    void authorizationUrlReady(const QUrl &url);
    void browserOpened();
    void callbackRejected(const QString &reason); // a wrong state came; still waiting
    void callbackReceived(const QUrlQuery &parameters);
    void tokenRequestSent();
    void finished(const OAuth::AuthorizationCodeResult &result);

private:
    void openAuthorizationUrl();
    void onCallback(const QUrlQuery &parameters);
    void checkFrontChannelWith(const std::optional<Jose::KeySet> &keys, const QString &keyError);
    void exchangeCode(const QString &code);
    void onTokenResponse(const TokenResponse &response);
    void finish(AuthorizationCodeResult result);

    TokenClient *m_tokens;
    HttpClient *m_http = nullptr;
    BrowserLauncher *m_browser;
    Profiles::Profile m_profile;
    Options m_options;
    AuthorizationRequest m_request;
    QUrl m_url;
    QUrlQuery m_callback;
    std::optional<TokenResponse> m_frontChannel;
    QString m_requestUri;
    QPointer<LoopbackListener> m_listener;
    QPointer<QObject> m_run; // parent and context of the running flow's parts; deleted later on finish
    bool m_running = false;
};

} // namespace OAuth
