// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace Sandbox {

class Router;
class TenantState;
class AdminTokens;

struct AdminApiOptions
{
    qint64 idempotencyWindowMs = 60 * 1000;   // admin.json: "within 1 minute"
    std::function<qint64()> idempotencyClock; // monotonic ms; empty: the real one
};

// Registers the admin API under /api/admin/{tid} (admin.json): servers, IDPs, static IDPs,
// clients. Every route requires an admin bearer token (AdminTokens): 401 without one, 403 with
// a token of another workspace. Errors use ApiError bodies with the statuses admin.json lists.
// Single documents (server, static IDP, client) carry a strong ETag; if-match is honoured on
// every route (412 when it does not match, 400 when malformed); POSTs honour X-Idempotency-Key.
void registerAdminApi(Router &router, TenantState &state, const AdminTokens &tokens, const AdminApiOptions &options = {});

} // namespace Sandbox
