// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox: a workspace's OAuth settings, and minting / checking the JWTs the
// sandbox signs (access tokens per RFC 9068, ID tokens per OpenID Connect Core §2).

#include "grantstore.h"
#include "tenantstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Sandbox::TokenIssuer {

// What the OAuth endpoints need from a workspace document (admin.json ServerResponse).
struct Workspace
{
    QString id;
    QString tenantId;
    QString issuer;                 // base URL + /{tid}/{wid}
    QJsonObject document;
    qint64 accessTokenTtl = 3600;   // seconds
    qint64 idTokenTtl = 3600;
    qint64 refreshTokenTtl = 30 * 24 * 3600;
    qint64 authorizationCodeTtl = 600;
    bool opaqueAccessTokens = false;
    bool enforcePkce = false;
    bool enforcePkceForPublicClients = false;
    QStringList grantTypes;
    QStringList tokenEndpointAuthMethods;
};

// nullopt when the tenant id is not ours or the workspace does not exist.
std::optional<Workspace> workspace(const TenantState &state, const QString &tenantId, const QString &workspaceId,
                                   const QUrl &baseUrl);

// The workspace with the client's own TTLs when it has use_custom_token_ttls (admin.json
// TokenTTLs: access_token_ttl, authorization_code_ttl, id_token_ttl, refresh_token_ttl).
Workspace withClientTtls(const Workspace &workspace, const QJsonObject &client);

// Go duration ("1h0m0s") to seconds; fallback when absent, malformed or not positive.
qint64 ttlSeconds(const QJsonValue &value, qint64 fallback);

// Left half of the hash of the ASCII value, base64url (OpenID Connect Core §3.1.3.6 at_hash,
// §3.3.2.11 c_hash), with the hash of the signing algorithm.
QString halfHash(Jose::Algorithm algorithm, const QString &value);

// A compact JWS signed with the workspace's current key; nullopt when it has none or signing
// fails.
std::optional<QString> sign(const TenantState &state, const QString &workspaceId, const QByteArray &typ,
                            const QJsonObject &claims, Jose::Algorithm *usedAlgorithm = nullptr);

struct AccessToken
{
    QString token;
    QString jti;
    QDateTime issuedAt;
    QDateTime expiresAt;
};
// An access token for the grant: a JWT (typ "at+jwt") recorded by jti, or an opaque token.
std::optional<AccessToken> issueAccessToken(const TenantState &state, GrantStore &grants, const Workspace &workspace,
                                            const GrantSubject &grant);

// An ID token for a user grant; accessToken / code give at_hash / c_hash when not empty.
std::optional<QString> issueIdToken(const TenantState &state, const Workspace &workspace, const GrantSubject &grant,
                                    const QString &nonce, const QString &accessToken, const QString &code);

// A JWT this tenant signed: the signature verifies with a key of the workspace its "aid" claim
// names, "tid" is ours, and it has not expired (unless acceptExpired: an id_token_hint for
// logout, OpenID Connect RP-Initiated Logout 1.0 §4). Revocation is the caller's business.
struct VerifiedJwt
{
    QString workspaceId;
    QString jti;
    QJsonObject claims;
    QDateTime expiresAt;
};
std::optional<VerifiedJwt> verifyOwnJwt(const TenantState &state, const QString &token,
                                        bool acceptExpired = false);

// The user's claims for tokens and userinfo: authentication_context, then email / phone by scope.
QJsonObject userClaims(const QJsonObject &staticUser, const QStringList &scopes);

} // namespace Sandbox::TokenIssuer
