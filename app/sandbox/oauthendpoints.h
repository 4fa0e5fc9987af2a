// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Sandbox {

class Router;
class TenantState;
class GrantStore;

// Registers the per-workspace OAuth 2.0 / OpenID Connect endpoints under /{tid}/{wid}
// (oauth2.json): discovery, JWKS, authorize (login page), token, introspect, revoke, userinfo,
// RP-initiated logout (/oidc/logout).
// The built-in "admin" workspace's token endpoint (/{tid}/admin/oauth2/token) is one of them.
void registerOAuthEndpoints(Router &router, TenantState &state, GrantStore &grants);

// Validates an admin bearer token for the admin API: the token must have been issued by the
// "admin" workspace's token endpoint to the admin client (or a client of that workspace) and
// not be expired or revoked.
class AdminTokens
{
public:
    virtual ~AdminTokens() = default;
    enum class Verdict { Valid, Missing, Invalid, WrongWorkspace };
    virtual Verdict check(const QString &authorizationHeader) const = 0;
};

} // namespace Sandbox
