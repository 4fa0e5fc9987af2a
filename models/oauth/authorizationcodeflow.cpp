// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizationcodeflow.h"

#include "jose/decodedtoken.h"
#include "oauth/frontchannel.h"
#include "oauth/browserlauncher.h"
#include "oauth/loopbacklistener.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAuthCode, "tokenscope.oauth.authcode")

namespace OAuth {

namespace {

using Profiles::ExtraParameter;

QString issuerText(const QUrl &issuer)
{
    return issuer.toString(QUrl::FullyEncoded);
}

} // namespace

Form authorizationParameters(const Profiles::Profile &profile, const AuthorizationRequest &request)
{
    Form form;
    QSet<QString> sent; // the flow's own parameters: extra parameters do not repeat them
    const auto add = [&form, &sent](const QString &name, const QString &value) {
        form.append({name, value});
        sent.insert(name);
    };
    add(QStringLiteral("response_type"),
        request.responseType.isEmpty() ? QStringLiteral("code") : request.responseType);
    add(QStringLiteral("client_id"), profile.clientId);
    add(QStringLiteral("redirect_uri"), request.redirectUri.toString(QUrl::FullyEncoded));
    if (!request.scopes.isEmpty())
        add(QStringLiteral("scope"), request.scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), request.state);
    if (!request.nonce.isEmpty())
        add(QStringLiteral("nonce"), request.nonce);
    if (!request.pkce.challenge.isEmpty()) {
        add(QStringLiteral("code_challenge"), request.pkce.challenge);
        add(QStringLiteral("code_challenge_method"), request.pkce.method);
    }
    for (const QString &audience : profile.audiences)
        form.append({QStringLiteral("audience"), audience});
    for (const QString &resource : profile.resources)
        form.append({QStringLiteral("resource"), resource}); // RFC 8707 §2
    if (!profile.audiences.isEmpty())
        sent.insert(QStringLiteral("audience"));
    if (!profile.resources.isEmpty())
        sent.insert(QStringLiteral("resource"));
    if (!request.responseMode.isEmpty())
        add(QStringLiteral("response_mode"), request.responseMode);
    for (const ExtraParameter &extra : profile.extraParameters) {
        if (extra.target == ExtraParameter::Target::Token || extra.name.isEmpty() || sent.contains(extra.name))
            continue;
        form.append({extra.name, extra.value});
    }
    return form;
}

namespace {

// The endpoint's own query, then the items. QUrlQuery leaves "+" and other sub-delims as they
// are in values; a "+" would read as a space at the server, so values are encoded strictly.
QUrl withQuery(QUrl url, const Form &items)
{
    QString text;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!text.isEmpty())
            text += QLatin1Char('&');
        text += QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=')
                + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    for (const auto &[name, value] : items) {
        if (!text.isEmpty())
            text += QLatin1Char('&');
        text += QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=')
                + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(text, QUrl::StrictMode);
    return url;
}

} // namespace

QUrl buildAuthorizationUrl(const Profiles::Profile &profile, const AuthorizationRequest &request)
{
    return withQuery(profile.endpoints.url(Profiles::EndpointKind::Authorization),
                     authorizationParameters(profile, request));
}

QUrl buildPushedAuthorizationUrl(const Profiles::Profile &profile, const QString &requestUri)
{
    return withQuery(profile.endpoints.url(Profiles::EndpointKind::Authorization),
                     Form{{QStringLiteral("client_id"), profile.clientId},
                          {QStringLiteral("request_uri"), requestUri}});
}

QString checkIssuer(const QUrlQuery &callback, const AuthorizationServerFacts &facts, const QUrl &profileIssuer)
{
    const QUrl expected = facts.issuer.isEmpty() ? profileIssuer : facts.issuer;
    const bool present = callback.hasQueryItem(QStringLiteral("iss"));
    if (!present) {
        if (facts.issParameterSupported)
            return AuthorizationCodeResult::tr(
                "The authorization response has no \"iss\" parameter although the server advertises "
                "authorization_response_iss_parameter_supported (RFC 9207). The response was refused and no token "
                "was requested: it may come from another server (a mix-up attack).");
        return {};
    }
    const QString iss = callback.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded);
    if (expected.isEmpty()) {
        if (facts.issParameterSupported)
            return AuthorizationCodeResult::tr(
                "The authorization response names the issuer \"%1\", but the profile has no issuer to compare it "
                "with (RFC 9207). Set the profile's issuer and try again.")
                .arg(iss);
        return {};
    }
    // RFC 9207 §2.4: simple string comparison with the issuer the request was sent to.
    if (iss != issuerText(expected))
        return AuthorizationCodeResult::tr(
                   "The authorization response came from the issuer \"%1\", not from \"%2\" (RFC 9207). The response "
                   "was refused and no token was requested: check the profile's issuer, or suspect a mix-up attack.")
            .arg(iss, issuerText(expected));
    return {};
}

AuthorizationCodeFlow::AuthorizationCodeFlow(TokenClient *tokens, BrowserLauncher *browser, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_browser(browser)
{
}

AuthorizationCodeFlow::AuthorizationCodeFlow(TokenClient *tokens, HttpClient *http, BrowserLauncher *browser,
                                             QObject *parent)
    : QObject(parent), m_tokens(tokens), m_http(http), m_browser(browser)
{
}

AuthorizationCodeFlow::~AuthorizationCodeFlow()
{
    delete m_run.data();
}

void AuthorizationCodeFlow::start(const Profiles::Profile &profile, const Options &options)
{
    if (m_running)
        cancel();
    m_profile = profile;
    m_options = options;
    m_callback.clear();
    m_url.clear();
    m_frontChannel.reset();
    m_requestUri.clear();
    m_running = true;
    QObject *run = new QObject(this);
    m_run = run;

    m_request = {};
    m_request.scopes = options.scopes.isEmpty() ? profile.scopes : options.scopes;
    m_request.state = randomState();
    m_request.responseType = options.responseType.isEmpty() ? QStringLiteral("code")
                                                            : canonicalResponseType(options.responseType);
    const QStringList parts = responseTypeParts(m_request.responseType);
    const bool frontChannelTokens = returnsTokensFromAuthorizationEndpoint(m_request.responseType);
    // OpenID Connect Core §3.1.2.1: nonce binds the ID token to this request; §3.2.2.1 and
    // §3.3.2.11 require it whenever tokens come through the front channel.
    if (m_request.scopes.contains(QLatin1String("openid")) || frontChannelTokens)
        m_request.nonce = randomNonce();
    if (parts.contains(QLatin1String("code")))
        m_request.pkce = Pkce::generate(options.forcePlainPkce);
    m_request.responseMode = options.responseMode;

    AuthorizationCodeResult failure;
    if (parts.isEmpty()) {
        failure.message = AuthorizationCodeResult::tr("\"%1\" is not a response type. Use code, token, id_token, "
                                                      "\"id_token token\", \"code id_token\", \"code token\" or "
                                                      "\"code id_token token\".")
                              .arg(options.responseType);
        finish(failure);
        return;
    }
    if (parts.contains(QLatin1String("id_token")) && !m_request.scopes.contains(QLatin1String("openid"))) {
        failure.message = AuthorizationCodeResult::tr("The response type \"%1\" returns an ID token, which needs the "
                                                      "openid scope. Add openid to the scopes.")
                              .arg(m_request.responseType);
        finish(failure);
        return;
    }
    // OAuth 2.0 Multiple Response Type Encoding Practices §5: tokens never travel in a query.
    if (frontChannelTokens && m_request.responseMode == QLatin1String("query")) {
        failure.message = AuthorizationCodeResult::tr("The response type \"%1\" cannot use response_mode query: tokens "
                                                      "never travel in a URL's query. Use fragment or form_post.")
                              .arg(m_request.responseType);
        finish(failure);
        return;
    }
    if (profile.endpoints.url(Profiles::EndpointKind::Authorization).isEmpty()) {
        failure.message = AuthorizationCodeResult::tr("The profile \"%1\" has no authorization endpoint. Run "
                                                      "discovery, or enter the authorization endpoint.")
                              .arg(profile.name);
        finish(failure);
        return;
    }
    if (parts.contains(QLatin1String("code")) && profile.endpoints.url(Profiles::EndpointKind::Token).isEmpty()) {
        failure.message = AuthorizationCodeResult::tr("The profile \"%1\" has no token endpoint. Run discovery, or "
                                                      "enter the token endpoint.")
                              .arg(profile.name);
        finish(failure);
        return;
    }

    auto *listener = new LoopbackListener(profile.redirect, m_request.state, run);
    m_listener = listener;
    listener->setTimeout(options.timeout);
    QString listenError;
    if (!listener->listen(&listenError)) {
        failure.message = listenError;
        finish(failure);
        return;
    }
    m_request.redirectUri = listener->redirectUri();
    connect(listener, &LoopbackListener::callbackReceived, run,
            [this](const QUrlQuery &parameters) { onCallback(parameters); });
    connect(listener, &LoopbackListener::callbackRejected, run, [this](const QString &reason) {
        qCInfo(lcAuthCode) << "callback rejected; still waiting";
        emit callbackRejected(reason);
    });
    connect(listener, &LoopbackListener::failed, run, [this](const QString &reason) {
        // The listener's own timeout or cancel; our timer usually comes first.
        AuthorizationCodeResult result;
        result.outcome = AuthorizationCodeResult::Outcome::TimedOut;
        result.message = reason;
        finish(result);
    });

    auto *timer = new QTimer(run);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, run, [this] {
        AuthorizationCodeResult result;
        result.outcome = AuthorizationCodeResult::Outcome::TimedOut;
        result.message = m_callback.isEmpty()
            ? AuthorizationCodeResult::tr("No authorization response arrived within %n second(s). Sign in in the "
                                          "browser sooner, or check that the browser reached the authorization URL.",
                                          nullptr, int(m_options.timeout.count() / 1000))
            : AuthorizationCodeResult::tr("The token endpoint did not answer within the %n second(s) of the flow.",
                                          nullptr, int(m_options.timeout.count() / 1000));
        finish(result);
    });
    timer->start(options.timeout);

    // The profile's switch reads "when the server has them": without a PAR endpoint the request
    // goes to the authorization endpoint as usual.
    const bool usePar = profile.usePar && !profile.endpoints.url(Profiles::EndpointKind::PushedAuthorization).isEmpty();
    if (profile.usePar && !usePar)
        qCInfo(lcAuthCode) << "PAR asked for, but the profile has no PAR endpoint: plain authorization request";
    if (!usePar) {
        m_url = buildAuthorizationUrl(profile, m_request);
        openAuthorizationUrl();
        return;
    }
    // RFC 9126 §2.1: the parameters go to the PAR endpoint, authenticated like at the token
    // endpoint; the client authentication adds client_id except for Basic.
    Form form = authorizationParameters(profile, m_request);
    if (profile.authMethod != Profiles::ClientAuthMethod::ClientSecretBasic)
        form.removeIf([](const QPair<QString, QString> &item) { return item.first == QLatin1String("client_id"); });
    qCInfo(lcAuthCode) << "pushed authorization request to"
                       << profile.endpoints.url(Profiles::EndpointKind::PushedAuthorization)
                              .adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                              .toString();
    m_tokens->sendToEndpoint(profile, Profiles::EndpointKind::PushedAuthorization, form, run,
                             [this, run](const TokenClient::EndpointResponse &response) {
                                 if (!m_running || m_run != run)
                                     return;
                                 AuthorizationCodeResult result;
                                 if (!response.error.isEmpty()) {
                                     result.message = response.error;
                                     result.secretUnavailable = response.secretUnavailable;
                                     finish(result);
                                     return;
                                 }
                                 const PushedAuthorizationResponse pushed =
                                     parsePushedAuthorizationResponse(response.http);
                                 if (!pushed.ok()) {
                                     result.outcome = pushed.oauthError.isEmpty()
                                         ? AuthorizationCodeResult::Outcome::Failed
                                         : AuthorizationCodeResult::Outcome::AuthorizationError;
                                     result.error = pushed.oauthError;
                                     result.errorDescription = pushed.oauthErrorDescription;
                                     result.errorUri = pushed.oauthErrorUri;
                                     result.message = pushed.error;
                                     finish(result);
                                     return;
                                 }
                                 m_requestUri = pushed.requestUri;
                                 qCInfo(lcAuthCode) << "pushed authorization request answered; expires in"
                                                    << pushed.expiresIn;
                                 emit parRequestAnswered(pushed.requestUri);
                                 if (!m_running || m_run != run)
                                     return;
                                 m_url = buildPushedAuthorizationUrl(m_profile, pushed.requestUri);
                                 openAuthorizationUrl();
                             });
    emit parRequestSent();
}

void AuthorizationCodeFlow::openAuthorizationUrl()
{
    AuthorizationCodeResult failure;
    qCInfo(lcAuthCode) << "authorization request to" << m_url.adjusted(QUrl::RemoveQuery).toString()
                       << "redirect" << m_request.redirectUri.toString() << "response type" << m_request.responseType
                       << "pkce" << m_request.pkce.method;
    const QPointer<QObject> guard(m_run);
    emit authorizationUrlReady(m_url);
    if (!guard || !m_running)
        return; // a slot cancelled
    if (!m_options.launchBrowser)
        return;
    if (!m_browser) {
        failure.message = AuthorizationCodeResult::tr("No browser is set up. Copy the authorization URL into a "
                                                      "browser.");
        finish(failure);
        return;
    }
    QString browserError;
    if (!m_browser->open(m_url, &browserError)) {
        failure.message = browserError;
        finish(failure);
        return;
    }
    emit browserOpened();
}

void AuthorizationCodeFlow::cancel()
{
    if (!m_running)
        return;
    AuthorizationCodeResult result;
    result.outcome = AuthorizationCodeResult::Outcome::Cancelled;
    result.message = AuthorizationCodeResult::tr("The sign-in was cancelled.");
    finish(result);
}

void AuthorizationCodeFlow::onCallback(const QUrlQuery &parameters)
{
    if (!m_running)
        return;
    m_callback = parameters;
    emit callbackReceived(parameters);
    if (!m_running)
        return;

    AuthorizationCodeResult result;
    // The listener only passes the expected state; checked again here because a token request
    // must never follow a response that is not ours (RFC 6749 §10.12).
    if (parameters.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_request.state) {
        result.outcome = AuthorizationCodeResult::Outcome::Refused;
        result.message = AuthorizationCodeResult::tr("The authorization response carries another state than the "
                                                     "request. It was refused; start the sign-in again.");
        finish(result);
        return;
    }
    // RFC 9207 §2.4 applies to error responses too: an attacker's error is no better. A response
    // with an ID token may leave the parameter out (oidc-provider does): the ID token's signed
    // iss claim, checked below, identifies the issuer instead.
    const bool idTokenNamesIssuer = !parameters.hasQueryItem(QStringLiteral("iss"))
                                    && parameters.hasQueryItem(QStringLiteral("id_token"))
                                    && responseTypeParts(m_request.responseType).contains(QLatin1String("id_token"));
    const QString issuerProblem =
        idTokenNamesIssuer ? QString() : checkIssuer(parameters, m_options.facts, m_profile.issuer);
    if (!issuerProblem.isEmpty()) {
        qCWarning(lcAuthCode) << "authorization response refused: iss check failed";
        result.outcome = AuthorizationCodeResult::Outcome::Refused;
        result.message = issuerProblem;
        finish(result);
        return;
    }
    if (parameters.hasQueryItem(QStringLiteral("error"))) {
        result.outcome = AuthorizationCodeResult::Outcome::AuthorizationError;
        result.error = parameters.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        result.errorDescription = parameters.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        result.errorUri = parameters.queryItemValue(QStringLiteral("error_uri"), QUrl::FullyDecoded);
        QString text = AuthorizationCodeResult::tr("The authorization server answered %1").arg(result.error);
        if (!result.errorDescription.isEmpty())
            text += QStringLiteral(": ") + result.errorDescription;
        if (!result.errorUri.isEmpty())
            text += QStringLiteral(" (") + result.errorUri + QLatin1Char(')');
        if (result.error == QLatin1String("access_denied"))
            text += QLatin1Char(' ') + AuthorizationCodeResult::tr("The user or the server declined the sign-in.");
        else
            text += QLatin1Char(' ') + AuthorizationCodeResult::tr("Check the client's settings at the server "
                                                                   "(redirect URI, scopes, response type).");
        result.message = text;
        finish(result);
        return;
    }
    if (returnsTokensFromAuthorizationEndpoint(m_request.responseType)) {
        const bool needsKeys = parameters.hasQueryItem(QStringLiteral("id_token"))
                               || responseTypeParts(m_request.responseType).contains(QLatin1String("id_token"));
        if (!needsKeys || m_options.keys) {
            checkFrontChannelWith(m_options.keys, {});
            return;
        }
        const QUrl jwksUri = m_options.facts.jwksUri.isEmpty() ? m_profile.endpoints.url(Profiles::EndpointKind::Jwks)
                                                               : m_options.facts.jwksUri;
        if (!m_http || jwksUri.isEmpty()) {
            checkFrontChannelWith(std::nullopt, {});
            return;
        }
        HttpRequest request;
        request.url = jwksUri;
        request.tls.caBundlePath = m_profile.tls.caBundlePath;
        request.tls.insecure = m_profile.tls.insecure;
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        QObject *run = m_run;
        m_http->send(request, run, [this, run](const HttpResponse &http) {
            if (!m_running || m_run != run)
                return;
            const QString where = http.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
            if (http.status != 200) {
                checkFrontChannelWith(std::nullopt,
                                      http.status == 0
                                          ? AuthorizationCodeResult::tr("The JWKS at %1 could not be fetched: %2")
                                                .arg(where, http.error)
                                          : AuthorizationCodeResult::tr("The JWKS at %1 answered HTTP %2.")
                                                .arg(where)
                                                .arg(http.status));
                return;
            }
            const Jose::KeyLoadResult loaded = Jose::loadKeys(http.body);
            if (!loaded.ok()) {
                checkFrontChannelWith(std::nullopt,
                                      AuthorizationCodeResult::tr("The JWKS at %1 has no usable key: %2").arg(where, loaded.error));
                return;
            }
            checkFrontChannelWith(loaded.keySet, {});
        });
        return;
    }

    const QString code = parameters.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        result.outcome = AuthorizationCodeResult::Outcome::Refused;
        result.message = AuthorizationCodeResult::tr("The authorization response has neither a code nor an error. "
                                                     "Check the response type and response mode of the request.");
        finish(result);
        return;
    }
    exchangeCode(code);
}

void AuthorizationCodeFlow::checkFrontChannelWith(const std::optional<Jose::KeySet> &keys, const QString &keyError)
{
    FrontChannelExpectations expected;
    expected.responseType = m_request.responseType;
    expected.clientId = m_profile.clientId;
    expected.issuer = issuerText(m_options.facts.issuer.isEmpty() ? m_profile.issuer : m_options.facts.issuer);
    expected.nonce = m_request.nonce;
    expected.keys = keys;
    FrontChannelResult checked = checkFrontChannel(m_callback, expected);
    if (!checked.ok()) {
        qCWarning(lcAuthCode) << "front-channel response refused";
        AuthorizationCodeResult result;
        result.outcome = AuthorizationCodeResult::Outcome::Refused;
        result.message = checked.problem;
        if (!keyError.isEmpty())
            result.message += QLatin1Char(' ') + keyError;
        finish(result);
        return;
    }
    if (checked.hasTokens)
        m_frontChannel = checked.tokens;
    if (checked.code.isEmpty()) {
        AuthorizationCodeResult result;
        result.outcome = AuthorizationCodeResult::Outcome::Success;
        result.token = checked.tokens;
        finish(result);
        return;
    }
    exchangeCode(checked.code); // hybrid: PKCE and the code exchange as in the code flow
}

void AuthorizationCodeFlow::exchangeCode(const QString &code)
{
    // RFC 6749 §4.1.3 and RFC 7636 §4.5.
    Form form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
              {QStringLiteral("code"), code},
              {QStringLiteral("redirect_uri"), m_request.redirectUri.toString(QUrl::FullyEncoded)}};
    if (!m_request.pkce.verifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), m_request.pkce.verifier});
    QObject *run = m_run;
    m_tokens->send(m_profile, form, run, [this, run](const TokenResponse &response) {
        if (m_running && m_run == run)
            onTokenResponse(response);
    });
    emit tokenRequestSent();
}

void AuthorizationCodeFlow::onTokenResponse(const TokenResponse &response)
{
    AuthorizationCodeResult result;
    result.token = response;
    if (!response.ok()) {
        result.outcome = AuthorizationCodeResult::Outcome::TokenError;
        result.message = response.error.isEmpty()
            ? AuthorizationCodeResult::tr("The token response has no access token.")
            : response.error;
        result.secretUnavailable = response.secretUnavailable;
        finish(result);
        return;
    }
    // OpenID Connect Core §3.1.3.7 step 11: the ID token's nonce is the one we sent.
    if (!m_request.nonce.isEmpty() && !response.idToken.isEmpty()) {
        const Jose::DecodedToken idToken = Jose::decodeToken(response.idToken);
        if (idToken.kind != Jose::TokenKind::Jwe) {
            const QString nonce = idToken.claims ? idToken.claims->value(QLatin1String("nonce")).toString() : QString();
            if (!idToken.claims) {
                result.outcome = AuthorizationCodeResult::Outcome::Refused;
                result.message = AuthorizationCodeResult::tr("The ID token cannot be decoded, so its nonce cannot be "
                                                             "checked. Open it in the inspector to see why.");
                finish(result);
                return;
            }
            if (nonce != m_request.nonce) {
                result.outcome = AuthorizationCodeResult::Outcome::Refused;
                result.message = nonce.isEmpty()
                    ? AuthorizationCodeResult::tr("The ID token has no nonce although one was sent (OpenID Connect "
                                                  "Core §3.1.3.7). Do not use these tokens; check the server.")
                    : AuthorizationCodeResult::tr("The ID token's nonce is not the one sent with the request "
                                                  "(OpenID Connect Core §3.1.3.7): it may be replayed. Do not use "
                                                  "these tokens.");
                finish(result);
                return;
            }
        }
    }
    // OpenID Connect Core §3.3.3.6: with ID tokens from both endpoints, iss and sub must be equal.
    if (m_frontChannel && !m_frontChannel->idToken.isEmpty() && !response.idToken.isEmpty()) {
        const Jose::DecodedToken front = Jose::decodeToken(m_frontChannel->idToken);
        const Jose::DecodedToken back = Jose::decodeToken(response.idToken);
        if (back.kind != Jose::TokenKind::Jwe && front.claims) {
            const QJsonObject frontClaims = *front.claims;
            const QJsonObject backClaims = back.claims.value_or(QJsonObject());
            for (const QLatin1String claim : {QLatin1String("iss"), QLatin1String("sub")}) {
                if (frontClaims.value(claim) != backClaims.value(claim)) {
                    result.outcome = AuthorizationCodeResult::Outcome::Refused;
                    result.message = AuthorizationCodeResult::tr(
                                         "The ID token from the token endpoint names another \"%1\" than the one from "
                                         "the authorization endpoint (OpenID Connect Core §3.3.3.6). Do not use these "
                                         "tokens; check the server.")
                                         .arg(claim);
                    finish(result);
                    return;
                }
            }
        }
    }
    result.outcome = AuthorizationCodeResult::Outcome::Success;
    finish(result);
}

void AuthorizationCodeFlow::finish(AuthorizationCodeResult result)
{
    if (!m_running)
        return;
    m_running = false;
    result.authorizationUrl = m_url;
    result.callback = m_callback;
    result.requestUri = m_requestUri;
    if (!result.frontChannel)
        result.frontChannel = m_frontChannel;
    if (m_run) {
        // Parts of the run may be on the stack (the listener emitting): delete later, and
        // disconnect so nothing of this run reaches us again.
        const QList<QObject *> parts = m_run->children();
        for (QObject *part : parts)
            part->disconnect(m_run);
        if (m_listener && m_listener->isListening())
            m_listener->cancel(); // closes the port now; its failed() reaches no one
        m_run->deleteLater();
        m_run.clear();
    }
    qCInfo(lcAuthCode) << "flow finished, outcome" << int(result.outcome);
    emit finished(result);
}

} // namespace OAuth
