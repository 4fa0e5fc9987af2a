// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Sandbox {

class Router;
class TenantState;
class AdminTokens;

// Registers the admin API under /api/admin/{tid} (admin.json): servers, IDPs, static IDPs,
// clients. Every route requires an admin bearer token (AdminTokens): 401 without one, 403 with
// a token of another workspace. Errors use ApiError bodies with the statuses admin.json lists.
void registerAdminApi(Router &router, TenantState &state, const AdminTokens &tokens);

} // namespace Sandbox
