// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthendpoints.h"

#include "clientauth.h"
#include "grantstore.h"
#include "logoutendpoint.h"
#include "oauthcommon.h"
#include "router.h"
#include "tenantstate.h"
#include "tokenendpoint_p.h"
#include "tokenissuer.h"

#include "jose/algorithm.h"

#include <QJsonArray>

namespace Sandbox {

namespace {

using TokenIssuer::Workspace;

const QString Prefix = QStringLiteral("/{tid}/{wid}");

std::optional<Workspace> resolve(const TenantState &state, const HttpRequest &request, const PathParams &params)
{
    return TokenIssuer::workspace(state, params.value(QStringLiteral("tid")), params.value(QStringLiteral("wid")),
                                  request.baseUrl);
}

// ---- discovery ---------------------------------------------------------------------------

HttpResponse discovery(const TenantState &state, const Workspace &w)
{
    QJsonArray algorithms;
    for (const SigningKey &key : state.signingKeys(w.id)) {
        const QString name = Jose::algorithmName(key.algorithm);
        if (!algorithms.contains(name))
            algorithms.append(name);
    }
    QJsonArray authMethods;
    for (const char *method : {"client_secret_basic", "client_secret_post", "private_key_jwt", "none"}) {
        if (w.tokenEndpointAuthMethods.contains(QLatin1String(method)))
            authMethods.append(QLatin1String(method));
    }
    QJsonArray grantTypes;
    for (const char *grant : {"authorization_code", "implicit", "client_credentials", "refresh_token", "password",
                              Grants::JwtBearerGrantType, Grants::TokenExchangeGrantType,
                              Grants::DeviceCodeGrantType}) {
        if (w.grantTypes.contains(QLatin1String(grant)))
            grantTypes.append(QLatin1String(grant));
    }
    const QJsonArray assertionAlgorithms{QStringLiteral("RS256"), QStringLiteral("ES256"), QStringLiteral("PS256")};
    const QJsonObject document{
        {QStringLiteral("issuer"), w.issuer},
        {QStringLiteral("authorization_endpoint"), QString(w.issuer + QLatin1String("/oauth2/authorize"))},
        {QStringLiteral("token_endpoint"), QString(w.issuer + QLatin1String("/oauth2/token"))},
        {QStringLiteral("introspection_endpoint"), QString(w.issuer + QLatin1String("/oauth2/introspect"))},
        {QStringLiteral("revocation_endpoint"), QString(w.issuer + QLatin1String("/oauth2/revoke"))},
        {QStringLiteral("device_authorization_endpoint"), QString(w.issuer + QLatin1String("/device/authorization"))},
        {QStringLiteral("pushed_authorization_request_endpoint"), QString(w.issuer + QLatin1String("/par"))},
        {QStringLiteral("userinfo_endpoint"), QString(w.issuer + QLatin1String("/userinfo"))},
        {QStringLiteral("jwks_uri"), QString(w.issuer + QLatin1String("/.well-known/jwks.json"))},
        // OpenID Connect RP-Initiated Logout 1.0 §2.1
        {QStringLiteral("end_session_endpoint"), QString(w.issuer + QLatin1String("/oidc/logout"))},
        {QStringLiteral("grant_types_supported"), grantTypes},
        // oauth2.json's enum spells the combinations in this order.
        {QStringLiteral("response_types_supported"),
         QJsonArray{QStringLiteral("code"), QStringLiteral("token"), QStringLiteral("id_token"),
                    QStringLiteral("code id_token"), QStringLiteral("token id_token"), QStringLiteral("token code"),
                    QStringLiteral("token id_token code")}},
        {QStringLiteral("response_modes_supported"),
         QJsonArray{QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("id_token_signing_alg_values_supported"), algorithms},
        {QStringLiteral("token_endpoint_auth_methods_supported"), authMethods},
        {QStringLiteral("token_endpoint_auth_signing_alg_values_supported"), assertionAlgorithms},
        {QStringLiteral("introspection_endpoint_auth_methods_supported"), authMethods},
        {QStringLiteral("revocation_endpoint_auth_methods_supported"), authMethods},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                    QStringLiteral("phone"), QStringLiteral("offline_access")}},
        {QStringLiteral("claims_supported"),
         QJsonArray{QStringLiteral("sub"), QStringLiteral("iss"), QStringLiteral("aud"), QStringLiteral("exp"),
                    QStringLiteral("iat"), QStringLiteral("auth_time"), QStringLiteral("nonce"),
                    QStringLiteral("amr"), QStringLiteral("azp"), QStringLiteral("email"),
                    QStringLiteral("email_verified"), QStringLiteral("phone_number"),
                    QStringLiteral("phone_number_verified"), QStringLiteral("preferred_username")}},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
        {QStringLiteral("claims_parameter_supported"), false},
        {QStringLiteral("request_parameter_supported"), false},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("require_pushed_authorization_requests"),
         w.document.value(QLatin1String("require_pushed_authorization_requests")).toBool()},
    };
    return HttpResponse::json(200, document);
}

HttpResponse jwks(const TenantState &state, const Workspace &w)
{
    QJsonArray keys;
    for (const SigningKey &key : state.signingKeys(w.id))
        keys.append(key.publicJwk);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("keys"), keys}});
}

// ---- token endpoint ------------------------------------------------------------------------

} // namespace

namespace Grants {



bool grantAllowed(const Workspace &w, const QJsonObject &client, const QString &grant)
{
    return w.grantTypes.contains(grant) && OAuth::stringList(client.value(QLatin1String("grant_types"))).contains(grant);
}

HttpResponse tokenResponse(const TokenContext &c, const GrantSubject &grant, const QString &nonce,
                           const QString &refreshFamily, bool allowRefresh, const QString &code)
{
    const auto access = TokenIssuer::issueAccessToken(c.state, c.grants, c.workspace, grant);
    if (!access)
        return OAuth::error(500, QStringLiteral("server_error"), QStringLiteral("the workspace cannot sign tokens"));
    QJsonObject body{
        {QStringLiteral("access_token"), access->token},
        {QStringLiteral("token_type"), QStringLiteral("bearer")},
        {QStringLiteral("expires_in"), access->issuedAt.secsTo(access->expiresAt)},
        {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))},
    };
    if (allowRefresh && grantAllowed(c.workspace, c.client, QStringLiteral("refresh_token"))) {
        const QDateTime expiresAt = c.grants.now().addSecs(c.workspace.refreshTokenTtl);
        body.insert(QStringLiteral("refresh_token"), c.grants.issueRefreshToken(grant, expiresAt, refreshFamily));
    }
    if (grant.subjectType == QLatin1String("user") && grant.scopes.contains(QLatin1String("openid"))) {
        const auto idToken = TokenIssuer::issueIdToken(c.state, c.workspace, grant, nonce, access->token, {});
        if (!idToken)
            return OAuth::error(500, QStringLiteral("server_error"), QStringLiteral("the workspace cannot sign tokens"));
        body.insert(QStringLiteral("id_token"), *idToken);
    }
    if (!code.isEmpty()) {
        c.grants.bindToCode(code, access->jti, c.workspace.opaqueAccessTokens ? access->token : QString(),
                            access->expiresAt, body.value(QLatin1String("refresh_token")).toString());
    }
    return OAuth::noStoreJson(200, body);
}

} // namespace Grants

namespace {

using namespace Grants;

HttpResponse authorizationCodeGrant(const TokenContext &c)
{
    const QString code = formValue(c.form, QStringLiteral("code"));
    if (code.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_request"), QStringLiteral("code is required"));
    const auto stored = c.grants.redeemCode(c.workspace.id, code);
    const QString invalid = QStringLiteral("invalid_grant");
    if (!stored || stored->grant.clientId != c.client.value(QLatin1String("client_id")).toString())
        return OAuth::error(400, invalid, QStringLiteral("the authorization code is invalid, expired or already used"));
    const QString redirectUri = formValue(c.form, QStringLiteral("redirect_uri"));
    // RFC 6749 §4.1.3: identical to the authorization request's redirect_uri when it had one.
    if ((stored->redirectUriInRequest || !redirectUri.isEmpty()) && redirectUri != stored->redirectUri)
        return OAuth::error(400, invalid, QStringLiteral("redirect_uri does not match the authorization request"));
    const QString verifier = formValue(c.form, QStringLiteral("code_verifier"));
    if (!stored->codeChallenge.isEmpty()) {
        if (verifier.isEmpty() || !OAuth::pkceVerifierMatches(verifier, stored->codeChallenge))
            return OAuth::error(400, invalid, QStringLiteral("code_verifier does not match the code_challenge"));
    } else if (!verifier.isEmpty()) {
        // A verifier for a code issued without a challenge: a PKCE downgrade attempt.
        return OAuth::error(400, invalid, QStringLiteral("the authorization request had no code_challenge"));
    }
    return tokenResponse(c, stored->grant, stored->nonce, {}, true, code);
}

HttpResponse clientCredentialsGrant(const TokenContext &c)
{
    if (OAuth::isPublicClient(c.client))
        return OAuth::error(400, QStringLiteral("unauthorized_client"), QStringLiteral("public clients cannot use client_credentials"));
    const auto scopes = OAuth::resolveScopes(c.client, formValue(c.form, QStringLiteral("scope")));
    if (!scopes)
        return OAuth::error(400, QStringLiteral("invalid_scope"), QStringLiteral("a requested scope is not allowed for this client"));
    GrantSubject grant;
    grant.workspaceId = c.workspace.id;
    grant.clientId = c.client.value(QLatin1String("client_id")).toString();
    grant.scopes = *scopes;
    grant.scopes.removeAll(QStringLiteral("openid")); // no user, no ID token
    grant.subject = grant.clientId;
    grant.subjectType = QStringLiteral("client");
    return tokenResponse(c, grant, {}, {}, false); // RFC 6749 §4.4.3: no refresh token
}

HttpResponse refreshTokenGrant(const TokenContext &c)
{
    const QString token = formValue(c.form, QStringLiteral("refresh_token"));
    if (token.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_request"), QStringLiteral("refresh_token is required"));
    const QString clientId = c.client.value(QLatin1String("client_id")).toString();
    const auto outcome = c.grants.redeemRefreshToken(c.workspace.id, clientId, token);
    if (!outcome.grant) {
        if (outcome.reuseDetected)
            qCWarning(lcSandboxOAuth) << "rotated refresh token presented again; family revoked for client" << clientId;
        return OAuth::error(400, QStringLiteral("invalid_grant"), QStringLiteral("the refresh token is invalid, expired, revoked or already used"));
    }
    GrantSubject grant = *outcome.grant;
    const QStringList asked = formValue(c.form, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!asked.isEmpty()) {
        // RFC 6749 §6: no scope beyond the original grant.
        for (const QString &scope : asked) {
            if (!grant.scopes.contains(scope))
                return OAuth::error(400, QStringLiteral("invalid_scope"), QStringLiteral("scope exceeds the original grant"));
        }
        grant.scopes = asked;
    }
    return tokenResponse(c, grant, {}, outcome.family, true);
}

HttpResponse passwordGrant(const TokenContext &c)
{
    const QString username = formValue(c.form, QStringLiteral("username"));
    const QString password = formValue(c.form, QStringLiteral("password"));
    if (username.isEmpty() || password.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_request"), QStringLiteral("username and password are required"));
    const auto scopes = OAuth::resolveScopes(c.client, formValue(c.form, QStringLiteral("scope")));
    if (!scopes)
        return OAuth::error(400, QStringLiteral("invalid_scope"), QStringLiteral("a requested scope is not allowed for this client"));
    const auto user = OAuth::authenticateUser(c.state, c.workspace.id, username, password);
    if (!user)
        return OAuth::error(400, QStringLiteral("invalid_grant"), QStringLiteral("invalid username or password"));
    GrantSubject grant;
    grant.workspaceId = c.workspace.id;
    grant.clientId = c.client.value(QLatin1String("client_id")).toString();
    grant.scopes = *scopes;
    grant.subject = user->value(QLatin1String("username")).toString();
    grant.subjectType = QStringLiteral("user");
    grant.userClaims = TokenIssuer::userClaims(*user, grant.scopes);
    grant.amr = {QStringLiteral("pwd")};
    grant.authTime = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return tokenResponse(c, grant, {}, {}, true);
}

HttpResponse token(TenantState &state, GrantStore &grants, const HttpRequest &request, const PathParams &params)
{
    const auto workspace = resolve(state, request, params);
    if (!workspace)
        return OAuth::workspaceNotFound();
    const QUrlQuery form = request.form();
    const QString endpoint = workspace->issuer + QLatin1String("/oauth2/token");
    const ClientAuthentication auth = authenticateClient(request, form, *workspace, grants, endpoint, true);
    if (!auth.ok())
        return auth.errorResponse();
    const QString grantType = formValue(form, QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_request"), QStringLiteral("grant_type is required"));
    static const QStringList supported{QStringLiteral("authorization_code"), QStringLiteral("client_credentials"),
                                       QStringLiteral("refresh_token"), QStringLiteral("password"),
                                       QLatin1String(DeviceCodeGrantType), QLatin1String(TokenExchangeGrantType),
                                       QLatin1String(JwtBearerGrantType)};
    if (!supported.contains(grantType))
        return OAuth::error(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("unsupported grant_type"));
    if (!grantAllowed(*workspace, *auth.client, grantType))
        return OAuth::error(400, QStringLiteral("unauthorized_client"),
                            QStringLiteral("the client or workspace does not allow grant type %1").arg(grantType));
    const Workspace effective = TokenIssuer::withClientTtls(*workspace, *auth.client);
    const TokenContext context{request, form, state, grants, effective, *auth.client};
    if (grantType == QLatin1String("authorization_code"))
        return authorizationCodeGrant(context);
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentialsGrant(context);
    if (grantType == QLatin1String("refresh_token"))
        return refreshTokenGrant(context);
    if (grantType == QLatin1String(DeviceCodeGrantType))
        return deviceCodeGrant(context);
    if (grantType == QLatin1String(TokenExchangeGrantType))
        return tokenExchangeGrant(context);
    if (grantType == QLatin1String(JwtBearerGrantType))
        return jwtBearerGrant(context);
    return passwordGrant(context);
}

// ---- introspection, revocation, userinfo --------------------------------------------------

} // namespace

namespace Grants {

// The access token's grant and claims when it is active at this workspace.

std::optional<ActiveToken> activeToken(const TenantState &state, const GrantStore &grants, const QString &workspaceId,
                                       const QString &token)
{
    const QDateTime now = grants.now();
    if (const auto opaque = grants.opaqueToken(token)) {
        if (opaque->revoked || opaque->expiresAt <= now || opaque->grant.workspaceId != workspaceId)
            return std::nullopt;
        return ActiveToken{opaque->grant, {}, opaque->tokenType, opaque->issuedAt, opaque->expiresAt, opaque->jti};
    }
    const auto jwt = TokenIssuer::verifyOwnJwt(state, token);
    // ID tokens are not access tokens: only "at+jwt" JWTs with a client_id count.
    if (!jwt || jwt->workspaceId != workspaceId || grants.isJtiRevoked(jwt->jti)
        || !jwt->claims.contains(QLatin1String("client_id")))
        return std::nullopt;
    ActiveToken active;
    active.claims = jwt->claims;
    active.tokenType = QStringLiteral("access_token");
    active.expiresAt = jwt->expiresAt;
    active.jti = jwt->jti;
    active.grant.workspaceId = workspaceId;
    active.grant.clientId = jwt->claims.value(QLatin1String("client_id")).toString();
    active.grant.subject = jwt->claims.value(QLatin1String("sub")).toString();
    active.grant.subjectType = jwt->claims.value(QLatin1String("st")).toString();
    active.grant.scopes = OAuth::stringList(jwt->claims.value(QLatin1String("scp")));
    active.issuedAt = QDateTime::fromSecsSinceEpoch(qint64(jwt->claims.value(QLatin1String("iat")).toDouble()), Qt::UTC);
    return active;
}

} // namespace Grants

namespace {

HttpResponse introspect(TenantState &state, GrantStore &grants, const HttpRequest &request, const PathParams &params)
{
    const auto workspace = resolve(state, request, params);
    if (!workspace)
        return OAuth::workspaceNotFound();
    const QUrlQuery form = request.form();
    const ClientAuthentication auth = authenticateClient(request, form, *workspace, grants,
                                                         workspace->issuer + QLatin1String("/oauth2/introspect"), false);
    if (!auth.ok())
        return auth.errorResponse();
    const QString token = formValue(form, QStringLiteral("token"));
    if (token.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    const auto active = activeToken(state, grants, workspace->id, token);
    if (!active) // RFC 7662 §2.2: nothing more about an inactive token
        return OAuth::noStoreJson(200, QJsonObject{{QStringLiteral("active"), false}});
    QJsonObject body{
        {QStringLiteral("active"), true},
        {QStringLiteral("client_id"), active->grant.clientId},
        {QStringLiteral("sub"), active->grant.subject},
        {QStringLiteral("scope"), active->grant.scopes.join(QLatin1Char(' '))},
        {QStringLiteral("exp"), active->expiresAt.toSecsSinceEpoch()},
        {QStringLiteral("iss"), workspace->issuer},
        // RFC 7662 §2.2 token_type as in RFC 6749 §5.1; refresh tokens say what they are.
        {QStringLiteral("token_type"), active->tokenType == QLatin1String("access_token") ? QStringLiteral("bearer")
                                                                                          : active->tokenType},
        {QStringLiteral("tenant_id"), workspace->tenantId},
        {QStringLiteral("server_id"), workspace->id},
    };
    if (active->issuedAt.isValid()) {
        body.insert(QStringLiteral("iat"), active->issuedAt.toSecsSinceEpoch());
        body.insert(QStringLiteral("nbf"), active->issuedAt.toSecsSinceEpoch());
    }
    if (active->claims.contains(QLatin1String("aud")))
        body.insert(QStringLiteral("aud"), active->claims.value(QLatin1String("aud")));
    else
        body.insert(QStringLiteral("aud"), QJsonArray{active->grant.clientId});
    if (!active->grant.amr.isEmpty())
        body.insert(QStringLiteral("amr"), QJsonArray::fromStringList(active->grant.amr));
    else if (active->claims.contains(QLatin1String("amr")))
        body.insert(QStringLiteral("amr"), active->claims.value(QLatin1String("amr")));
    if (active->grant.subjectType == QLatin1String("user"))
        body.insert(QStringLiteral("username"), active->grant.subject);
    // RFC 8693 §4.1: who acts for the subject (a JWT carries it among its claims).
    if (!active->grant.actor.isEmpty())
        body.insert(QStringLiteral("act"), active->grant.actor);
    else if (active->claims.contains(QLatin1String("act")))
        body.insert(QStringLiteral("act"), active->claims.value(QLatin1String("act")));
    if (!active->grant.audience.isEmpty() && active->claims.isEmpty())
        body.insert(QStringLiteral("aud"), QJsonArray::fromStringList(active->grant.audience));
    return OAuth::noStoreJson(200, body);
}

HttpResponse revoke(TenantState &state, GrantStore &grants, const HttpRequest &request, const PathParams &params)
{
    const auto workspace = resolve(state, request, params);
    if (!workspace)
        return OAuth::workspaceNotFound();
    const QUrlQuery form = request.form();
    const ClientAuthentication auth = authenticateClient(request, form, *workspace, grants,
                                                         workspace->issuer + QLatin1String("/oauth2/revoke"), true);
    if (!auth.ok())
        return auth.errorResponse();
    const QString token = formValue(form, QStringLiteral("token"));
    if (token.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_request"), QStringLiteral("token is required"));
    // RFC 7009 §2.2: 200 whether or not there was anything to revoke.
    if (!grants.revokeOpaque(workspace->id, auth.clientId, token)) {
        const auto jwt = TokenIssuer::verifyOwnJwt(state, token);
        if (jwt && jwt->workspaceId == workspace->id
            && jwt->claims.value(QLatin1String("client_id")).toString() == auth.clientId)
            grants.revokeJti(jwt->jti, jwt->expiresAt);
    }
    HttpResponse response = HttpResponse::empty(200);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

HttpResponse bearerError(int status, const QByteArray &code, const QString &description)
{
    HttpResponse response = OAuth::error(status, QString::fromLatin1(code), description);
    // RFC 6750 §3
    response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer error=\"") + code + '"');
    return response;
}

HttpResponse userinfo(TenantState &state, GrantStore &grants, const HttpRequest &request, const PathParams &params)
{
    const auto workspace = resolve(state, request, params);
    if (!workspace)
        return OAuth::workspaceNotFound();
    const QByteArray authorization = request.header("authorization").trimmed();
    if (authorization.size() < 7 || authorization.left(7).compare("bearer ", Qt::CaseInsensitive) != 0) {
        HttpResponse response = OAuth::error(401, QStringLiteral("invalid_request"), QStringLiteral("bearer token required"));
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        return response;
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const auto active = activeToken(state, grants, workspace->id, token);
    if (!active || active->tokenType != QLatin1String("access_token"))
        return bearerError(401, "invalid_token", QStringLiteral("the access token is invalid, expired or revoked"));
    if (active->grant.subjectType != QLatin1String("user") || !active->grant.scopes.contains(QLatin1String("openid")))
        return bearerError(403, "insufficient_scope", QStringLiteral("userinfo needs a user's token with the openid scope"));
    QJsonObject body;
    for (const QJsonObject &user : state.staticUsers(workspace->id)) {
        if (user.value(QLatin1String("username")).toString() == active->grant.subject) {
            body = TokenIssuer::userClaims(user, active->grant.scopes);
            break;
        }
    }
    body.insert(QStringLiteral("sub"), active->grant.subject);
    body.insert(QStringLiteral("tid"), workspace->tenantId);
    body.insert(QStringLiteral("aid"), workspace->id);
    return OAuth::noStoreJson(200, body);
}

} // namespace

void registerOAuthEndpoints(Router &router, TenantState &state, GrantStore &grants)
{
    TenantState *s = &state;
    GrantStore *g = &grants;
    // Discovery and JWKS are operations of oauth2.json, so they count against the OAuth2 group.
    router.add("GET", Prefix + QLatin1String("/.well-known/openid-configuration"), ApiGroup::OAuth2,
               [s](const HttpRequest &request, const PathParams &params) {
                   const auto workspace = resolve(*s, request, params);
                   return workspace ? discovery(*s, *workspace) : OAuth::workspaceNotFound();
               });
    router.add("GET", Prefix + QLatin1String("/.well-known/jwks.json"), ApiGroup::OAuth2,
               [s](const HttpRequest &request, const PathParams &params) {
                   const auto workspace = resolve(*s, request, params);
                   return workspace ? jwks(*s, *workspace) : OAuth::workspaceNotFound();
               });
    router.add("POST", Prefix + QLatin1String("/oauth2/token"), ApiGroup::OAuth2,
               [s, g](const HttpRequest &request, const PathParams &params) { return token(*s, *g, request, params); });
    router.add("POST", Prefix + QLatin1String("/oauth2/introspect"), ApiGroup::OAuth2,
               [s, g](const HttpRequest &request, const PathParams &params) { return introspect(*s, *g, request, params); });
    router.add("POST", Prefix + QLatin1String("/oauth2/revoke"), ApiGroup::OAuth2,
               [s, g](const HttpRequest &request, const PathParams &params) { return revoke(*s, *g, request, params); });
    for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")}) {
        router.add(method, Prefix + QLatin1String("/userinfo"), ApiGroup::OAuth2,
                   [s, g](const HttpRequest &request, const PathParams &params) { return userinfo(*s, *g, request, params); });
    }
    OAuth::registerAuthorizeEndpoint(router, state, grants);
    OAuth::registerLogoutEndpoint(router, state);
    Grants::registerDeviceEndpoints(router, state, grants);
    Grants::registerParEndpoint(router, state, grants);
}

} // namespace Sandbox
