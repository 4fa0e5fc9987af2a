// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox's token endpoint (oauthendpoints.cpp) and the grants kept in their own
// files: devicegrant.cpp (RFC 8628), pargrant.cpp (RFC 9126), exchangegrants.cpp (RFC 8693,
// RFC 7523 §2.1).

#include "grantstore.h"
#include "httpmessage.h"
#include "tokenissuer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Sandbox {

class Router;
class TenantState;

namespace Grants {

inline constexpr char DeviceCodeGrantType[] = "urn:ietf:params:oauth:grant-type:device_code";
inline constexpr char TokenExchangeGrantType[] = "urn:ietf:params:oauth:grant-type:token-exchange";
inline constexpr char JwtBearerGrantType[] = "urn:ietf:params:oauth:grant-type:jwt-bearer";

struct TokenContext
{
    const HttpRequest &request;
    const QUrlQuery &form;
    TenantState &state;
    GrantStore &grants;
    const TokenIssuer::Workspace &workspace;
    const QJsonObject &client;
};

// Both the workspace and the client allow the grant type.
bool grantAllowed(const TokenIssuer::Workspace &w, const QJsonObject &client, const QString &grant);

// The RFC 6749 §5.1 response: an access token, a refresh token when allowRefresh and the client
// has the refresh_token grant, an ID token for a user grant with "openid"; code binds the
// tokens to a redeemed authorization code.
HttpResponse tokenResponse(const TokenContext &c, const GrantSubject &grant, const QString &nonce,
                           const QString &refreshFamily, bool allowRefresh, const QString &code = {});

// An access token (JWT or opaque) active at this workspace, with its grant and claims.
struct ActiveToken
{
    GrantSubject grant;
    QJsonObject claims;      // JWT claims; empty for opaque
    QString tokenType;       // access_token / refresh_token
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString jti;
};
std::optional<ActiveToken> activeToken(const TenantState &state, const GrantStore &grants, const QString &workspaceId,
                                       const QString &token);

// Token endpoint grants in their own files.
HttpResponse deviceCodeGrant(const TokenContext &c);
HttpResponse tokenExchangeGrant(const TokenContext &c);
HttpResponse jwtBearerGrant(const TokenContext &c);

// POST /{tid}/{wid}/device/authorization and the verification page GET/POST /{tid}/{wid}/device.
void registerDeviceEndpoints(Router &router, TenantState &state, GrantStore &grants);
// POST /{tid}/{wid}/par.
void registerParEndpoint(Router &router, TenantState &state, GrantStore &grants);

} // namespace Grants
} // namespace Sandbox
