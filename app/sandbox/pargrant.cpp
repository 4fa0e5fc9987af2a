// SPDX-License-Identifier: GPL-3.0-or-later
// Pushed authorization requests (RFC 9126): the client posts its authorization request, checked
// as the authorization endpoint would, and gets a one-time request_uri to send the browser with.
//
//   client                           sandbox                          browser
//     | POST /par (client auth,        |                                 |
//     |   authorization parameters) -->| validate like authorize         |
//     |<-- 201 request_uri, expires_in |                                 |
//     |                                |<-- GET /oauth2/authorize?client_id&request_uri
//     |                                |    (the pushed parameters only; the URI works once)
#include "clientauth.h"
#include "grantstore.h"
#include "oauthcommon.h"
#include "oauthpages.h"
#include "router.h"
#include "tenantstate.h"
#include "tokenendpoint_p.h"

namespace Sandbox::Grants {

namespace {

constexpr qint64 DefaultRequestTtl = 60; // admin.json pushed_authorization_request_ttl

HttpResponse pushedAuthorizationRequest(TenantState &state, GrantStore &grants, const HttpRequest &request,
                                        const PathParams &params)
{
    const auto workspace = TokenIssuer::workspace(state, params.value(QStringLiteral("tid")),
                                                  params.value(QStringLiteral("wid")), request.baseUrl);
    if (!workspace)
        return OAuth::workspaceNotFound();
    const QUrlQuery form = request.form();
    // RFC 9126 §2: client authentication as at the token endpoint; public clients by client_id.
    const ClientAuthentication auth = authenticateClient(request, form, *workspace, grants,
                                                         workspace->issuer + QLatin1String("/par"), true);
    if (!auth.ok())
        return auth.errorResponse();
    // RFC 9126 §2.1: a pushed request cannot point at another one.
    if (form.hasQueryItem(QStringLiteral("request_uri")))
        return OAuth::error(400, QStringLiteral("invalid_request"), QStringLiteral("request_uri is not allowed in a pushed request"));
    // RFC 6749 §3.1: no parameter more than once.
    QStringList seen;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            return OAuth::error(400, QStringLiteral("invalid_request"), QStringLiteral("parameter %1 appears more than once").arg(key));
        seen.append(key);
    }
    const OAuth::AuthorizationCheck check = OAuth::checkAuthorizationRequest(*workspace, *auth.client, form, true);
    if (!check.login)
        return OAuth::error(400, check.error, check.description);

    PushedRequest pushed;
    pushed.workspaceId = workspace->id;
    pushed.clientId = auth.clientId;
    static const QStringList credentials{QStringLiteral("client_secret"), QStringLiteral("client_assertion"),
                                         QStringLiteral("client_assertion_type")};
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!credentials.contains(key)) // grants.json holds no client credential
            pushed.parameters.append({key, value});
    }
    const qint64 ttl = TokenIssuer::ttlSeconds(workspace->document.value(QLatin1String("pushed_authorization_request_ttl")),
                                               DefaultRequestTtl);
    pushed.expiresAt = grants.now().addSecs(ttl);
    const QString requestUri = grants.pushAuthorizationRequest(pushed);
    return OAuth::noStoreJson(201, QJsonObject{{QStringLiteral("request_uri"), requestUri},
                                               {QStringLiteral("expires_in"), ttl}});
}

} // namespace

void registerParEndpoint(Router &router, TenantState &state, GrantStore &grants)
{
    TenantState *s = &state;
    GrantStore *g = &grants;
    router.add("POST", QStringLiteral("/{tid}/{wid}/par"), ApiGroup::OAuth2,
               [s, g](const HttpRequest &request, const PathParams &params) {
                   return pushedAuthorizationRequest(*s, *g, request, params);
               });
}

} // namespace Sandbox::Grants
