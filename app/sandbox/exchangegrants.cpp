// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauthcommon.h"
#include "tokenendpoint_p.h"

namespace Sandbox::Grants {

HttpResponse tokenExchangeGrant(const TokenContext &)
{
    return OAuth::error(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("unsupported grant_type"));
}

HttpResponse jwtBearerGrant(const TokenContext &)
{
    return OAuth::error(400, QStringLiteral("unsupported_grant_type"), QStringLiteral("unsupported grant_type"));
}

} // namespace Sandbox::Grants
