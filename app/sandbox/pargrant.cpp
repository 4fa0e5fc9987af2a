// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"
#include "tokenendpoint_p.h"

namespace Sandbox::Grants {

void registerParEndpoint(Router &, TenantState &, GrantStore &) {}

} // namespace Sandbox::Grants
