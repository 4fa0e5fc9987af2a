// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The grants and token operations that need no browser: refresh (RFC 6749 §6), password
// (§4.3), introspection (RFC 7662), revocation (RFC 7009), OIDC userinfo (Core §5.3) and the
// RP-initiated logout URL (OIDC RP-Initiated Logout 1.0 §2), token exchange (RFC 8693) and the
// JWT bearer grant (RFC 7523; both in exchangegrants.cpp). Client authentication is the
// profile's, exactly as at the token endpoint (TokenClient).
//
//   TokenOperations ── refresh / password / exchange / jwt-bearer ► TokenClient::send ► token endpoint
//        │ ────────── introspect / revoke ────► TokenClient::sendToEndpoint ► introspection / revocation
//        └─────────── userinfo (Bearer) ──────► HttpClient ────────────────► userinfo endpoint

#include "oauth/tokenrequest.h"

#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace OAuth {

// RFC 6749 §6: the new token response, and whether the server rotated the refresh token (sent a
// new one that differs from the one presented; then the old one must not be used again).
struct RefreshResult
{
    TokenResponse token;
    bool rotated = false;

    bool ok() const { return token.ok(); }
};

// RFC 7662 §2.2. Inactive is a successful answer (ok() with active == false).
struct IntrospectionResult
{
    HttpResponse http;
    QJsonObject json;
    bool active = false;
    QString scope, clientId, username, tokenType, subject, issuer, jwtId;
    QStringList audiences;
    qint64 expiresAt = -1, issuedAt = -1, notBefore = -1; // seconds since 1970, -1 when absent
    QString oauthError, oauthErrorDescription, oauthErrorUri; // RFC 6749 §5.2 (e.g. invalid_client)
    QString error; // translated; empty on success
    bool secretUnavailable = false;

    bool ok() const { return error.isEmpty(); }
};

// RFC 7009 §2.2: 200 whether or not the token was known.
struct RevocationResult
{
    HttpResponse http;
    QString oauthError, oauthErrorDescription, oauthErrorUri; // §2.2.1: unsupported_token_type, …
    QString error;
    bool secretUnavailable = false;

    bool ok() const { return error.isEmpty(); }
};

// OIDC Core §5.3.2: JSON claims, or a JWT (signed and/or encrypted) with Content-Type
// application/jwt. A signed JWT's claims are decoded (not verified: Jose::verifyToken does that).
struct UserinfoResult
{
    HttpResponse http;
    QJsonObject claims;
    QByteArray jwt;       // the response when it was application/jwt
    bool encrypted = false; // a JWE: claims stay empty
    // RFC 6750 §3: the WWW-Authenticate challenge of a refusal
    QString bearerError, bearerErrorDescription, bearerScope;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// RFC 6750 §3: parameters of a "Bearer" challenge (error, error_description, scope, realm, …),
// names lower-cased; empty when the header has no Bearer challenge.
QMap<QString, QString> parseBearerChallenge(const QByteArray &wwwAuthenticate);

struct LogoutRequest
{
    QString idTokenHint;
    QUrl postLogoutRedirectUri;
    QString state;
    bool includeClientId = true; // client_id (recommended with post_logout_redirect_uri)
};
// The URL to open in the browser: the profile's end_session_endpoint with id_token_hint,
// client_id, post_logout_redirect_uri and state (its own query kept). Empty with *error
// (translated) when the profile has no end_session_endpoint.
QUrl buildLogoutUrl(const Profiles::Profile &profile, const LogoutRequest &request, QString *error = nullptr);

// RFC 8693 §3 token type identifiers.
namespace TokenTypes {
inline const QString AccessToken = QStringLiteral("urn:ietf:params:oauth:token-type:access_token");
inline const QString RefreshToken = QStringLiteral("urn:ietf:params:oauth:token-type:refresh_token");
inline const QString IdToken = QStringLiteral("urn:ietf:params:oauth:token-type:id_token");
inline const QString Jwt = QStringLiteral("urn:ietf:params:oauth:token-type:jwt");
inline const QString Saml1 = QStringLiteral("urn:ietf:params:oauth:token-type:saml1");
inline const QString Saml2 = QStringLiteral("urn:ietf:params:oauth:token-type:saml2");
} // namespace TokenTypes

// RFC 8693 §2.1. Empty members are not sent; audiences, resources and scopes are this request's
// own (the profile's are not added).
struct TokenExchangeRequest
{
    QString subjectToken;
    QString subjectTokenType = TokenTypes::AccessToken;
    QString actorToken;
    QString actorTokenType; // required with an actor token
    QString requestedTokenType;
    QStringList audiences;
    QStringList resources;
    QStringList scopes;
};

// RFC 8693 §2.2.1: a token response plus the type of the token issued (in access_token even when
// it is not an access token; token_type is then "N_A").
struct TokenExchangeResult
{
    TokenResponse token;
    QString issuedTokenType; // empty when the server did not say (it is REQUIRED)

    bool ok() const { return token.ok(); }
};

// The grant's form: grant_type=urn:ietf:params:oauth:grant-type:token-exchange and the request's
// members. Empty with *error (translated) when the request is incomplete.
Form tokenExchangeForm(const TokenExchangeRequest &request, QString *error);

// RFC 7523 §2.1: a JWT as the authorization grant.
struct JwtBearerRequest
{
    QString assertion;
    QStringList scopes; // empty: the profile's
};
// grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer, assertion, scope, the profile's
// audiences and resources.
Form jwtBearerForm(const Profiles::Profile &profile, const JwtBearerRequest &request);

// RFC 7523 §3: the claims of an assertion made here: iss, sub, aud, iat, exp = iat + lifetime,
// a random jti, and any extra claims.
struct JwtBearerClaims
{
    QString issuer;  // who signs: usually the client id
    QString subject; // whom the token is for
    QString audience; // the authorization server: its token endpoint or issuer
    qint64 lifetimeSeconds = 300;
    QJsonObject extraClaims;
    qint64 now = 0; // seconds since 1970; 0: the clock
};
// The signed assertion (PEM or JWK private key; see signJwt). Empty with *error (translated).
QByteArray buildJwtBearerAssertion(const JwtBearerClaims &claims, const QByteArray &privateKey, QString *error);

class TokenOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenOperations)

public:
    TokenOperations(TokenClient *tokens, HttpClient *http, QObject *parent = nullptr);

    // Callbacks run once, later, unless context died first (null context: this object).
    void refresh(const Profiles::Profile &profile, const QString &refreshToken, const QStringList &scopeOverride,
                 QObject *context, std::function<void(const RefreshResult &)> done);
    // RFC 6749 §4.3. The password is sent once and never logged or kept.
    void password(const Profiles::Profile &profile, const QString &username, const QString &password,
                  const QStringList &scopeOverride, QObject *context, TokenClient::Callback done);
    // tokenTypeHint: "access_token", "refresh_token" or empty.
    void introspect(const Profiles::Profile &profile, const QString &token, const QString &tokenTypeHint,
                    QObject *context, std::function<void(const IntrospectionResult &)> done);
    void revoke(const Profiles::Profile &profile, const QString &token, const QString &tokenTypeHint, QObject *context,
                std::function<void(const RevocationResult &)> done);
    void userinfo(const Profiles::Profile &profile, const QString &accessToken, QObject *context,
                  std::function<void(const UserinfoResult &)> done);
    // RFC 8693 §2.1 at the token endpoint. An incomplete request fails without a request.
    void exchangeToken(const Profiles::Profile &profile, const TokenExchangeRequest &request, QObject *context,
                       std::function<void(const TokenExchangeResult &)> done);
    // RFC 7523 §2.1 at the token endpoint.
    void jwtBearer(const Profiles::Profile &profile, const JwtBearerRequest &request, QObject *context,
                   TokenClient::Callback done);

    // Pure parts, for tests.
    static IntrospectionResult parseIntrospection(const HttpResponse &http);
    static RevocationResult parseRevocation(const HttpResponse &http);
    static UserinfoResult parseUserinfo(const HttpResponse &http);

private:
    TokenClient *m_tokens;
    HttpClient *m_http;
};

} // namespace OAuth
