// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox: OpenID Connect RP-Initiated Logout 1.0 (oauth2.json /oidc/logout).

namespace Sandbox {
class Router;
class TenantState;
namespace OAuth {
// GET and POST /{tid}/{wid}/oidc/logout, the workspace's end_session_endpoint.
void registerLogoutEndpoint(Router &router, TenantState &state);
} // namespace OAuth
} // namespace Sandbox
