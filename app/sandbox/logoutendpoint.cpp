// SPDX-License-Identifier: GPL-3.0-or-later
// RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) at /{tid}/{wid}/oidc/logout.
//
//   browser                         sandbox                              client
//     | GET/POST /oidc/logout ------->| id_token_hint: signed by this      |
//     |   id_token_hint, client_id,   | workspace, issued by it (expired   |
//     |   post_logout_redirect_uri,   | is fine); client_id in its aud;    |
//     |   state                       | redirect exactly registered        |
//     |<-- 302 post_logout_redirect_uri?state=... ------------------------>|
//     |<-- or 200 "You are signed out" page, or an error (never a redirect)
//
// The sandbox keeps no sign-in session (every authorization shows the login page), so there is
// nothing to end beyond answering the request; tokens stay valid until revoked or expired.
#include "logoutendpoint.h"

#include "oauthcommon.h"
#include "oauthpages.h"
#include "router.h"
#include "tenantstate.h"
#include "tokenissuer.h"

#include "jose/decodedtoken.h"

#include <QUrl>

namespace Sandbox::OAuth {

namespace {

using TokenIssuer::Workspace;

// oauth2.json genericError (JSON) for API clients; a page for browsers. Never a redirect:
// RP-Initiated Logout 1.0 §4, a request that fails validation is not redirected.
HttpResponse refuse(const HttpRequest &request, int status, const QString &message)
{
    if (request.header("accept").contains("text/html")) {
        return page(status, QByteArrayLiteral("Sign-out error"),
                    "<h1>Sign-out error</h1><p class=\"error\" id=\"error\">" + escape(message) + "</p>");
    }
    HttpResponse response = HttpResponse::json(status, QJsonObject{
        {QStringLiteral("error"), status == 404 ? QStringLiteral("not found") : QStringLiteral("invalid logout request")},
        {QStringLiteral("error_code"), status},
        {QStringLiteral("error_hint"), message},
    });
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

HttpResponse signedOutPage(const Workspace &workspace)
{
    QString name = workspace.document.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = workspace.id;
    return page(200, QByteArrayLiteral("Signed out"),
                "<h1 id=\"signed-out\">You are signed out</h1><p>Local sandbox: you are signed out of <strong>"
                    + escape(name) + "</strong>. You can close this window.</p>");
}

// The ID token's audiences: a string or an array (OpenID Connect Core §2).
QStringList audiences(const QJsonObject &claims)
{
    return stringList(claims.value(QLatin1String("aud")));
}

HttpResponse logout(TenantState &state, const HttpRequest &request, const PathParams &params)
{
    const auto workspace = TokenIssuer::workspace(state, params.value(QStringLiteral("tid")),
                                                  params.value(QStringLiteral("wid")), request.baseUrl);
    if (!workspace)
        return refuse(request, 404, QStringLiteral("This workspace does not exist. Check the tenant and workspace in "
                                                   "the end_session_endpoint."));
    // §2: GET takes the query, POST the form-serialised body.
    const QUrlQuery q = request.method == "POST" ? request.form() : request.query;
    const QString hint = formValue(q, QStringLiteral("id_token_hint"));
    const QString clientIdParam = formValue(q, QStringLiteral("client_id"));
    const QString redirectUri = formValue(q, QStringLiteral("post_logout_redirect_uri"));
    // logout_hint and ui_locales are accepted and not used: there is one session-less user
    // agent and the pages are in English.

    QString clientId = clientIdParam;
    if (!hint.isEmpty()) {
        // §2 id_token_hint: the OP must have issued it; an expired one is still a good hint (§4).
        const auto jwt = TokenIssuer::verifyOwnJwt(state, hint, true);
        const Jose::DecodedToken decoded = Jose::decodeToken(hint);
        const bool idToken = jwt && decoded.header.value(QLatin1String("typ")).toString() != QLatin1String("at+jwt")
                             && !jwt->claims.contains(QLatin1String("client_id"));
        if (!jwt || jwt->workspaceId != workspace->id
            || jwt->claims.value(QLatin1String("iss")).toString() != workspace->issuer || !idToken) {
            qCInfo(lcSandboxOAuth) << "logout refused at workspace" << workspace->id << ": id_token_hint not verified";
            return refuse(request, 401, QStringLiteral("The id_token_hint is not an ID token signed and issued by this "
                                                       "workspace. Send an ID token this workspace issued to the client."));
        }
        const QStringList audience = audiences(jwt->claims);
        if (!clientIdParam.isEmpty()) {
            // §2 client_id: must be the client the ID token was issued to.
            if (!audience.contains(clientIdParam))
                return refuse(request, 401, QStringLiteral("client_id %1 is not an audience of the id_token_hint. Send the "
                                                           "client_id the ID token was issued to, or leave it out.")
                                                .arg(clientIdParam));
        } else {
            clientId = jwt->claims.value(QLatin1String("azp")).toString();
            if (clientId.isEmpty() && audience.size() == 1)
                clientId = audience.first();
        }
    }
    std::optional<QJsonObject> client;
    if (!clientId.isEmpty()) {
        client = state.clientWithSecret(clientId);
        if (!client || !clientUsable(*client, workspace->id))
            return refuse(request, 401, QStringLiteral("The client %1 does not exist in this workspace or is inactive. "
                                                       "Check client_id.")
                                            .arg(clientId));
    }
    if (redirectUri.isEmpty())
        return signedOutPage(*workspace);

    // §2 post_logout_redirect_uri: only to a URI the identified client registered, exactly.
    if (!client)
        return refuse(request, 401, QStringLiteral("post_logout_redirect_uri needs the client: send id_token_hint "
                                                   "(recommended) or client_id."));
    const QStringList registered = stringList(client->value(QLatin1String("post_logout_redirect_uris")));
    const QUrl target(redirectUri);
    if (!registered.contains(redirectUri) || !target.isValid() || target.isRelative() || target.hasFragment()) {
        qCInfo(lcSandboxOAuth) << "logout refused at workspace" << workspace->id
                               << ": post_logout_redirect_uri not registered for client" << clientId;
        return refuse(request, 401, QStringLiteral("post_logout_redirect_uri %1 is not registered for client %2. Add it "
                                                   "to the client's post_logout_redirect_uris.")
                                        .arg(redirectUri, clientId));
    }
    // §3: state goes back as a query parameter, the URI's own query kept.
    QUrl location = target;
    const QString stateParam = formValue(q, QStringLiteral("state"));
    if (!stateParam.isEmpty()) {
        const QString existing = location.query(QUrl::FullyEncoded);
        const QString added = QLatin1String("state=") + QString::fromLatin1(QUrl::toPercentEncoding(stateParam));
        location.setQuery(existing.isEmpty() ? added : existing + QLatin1Char('&') + added, QUrl::StrictMode);
    }
    HttpResponse response = HttpResponse::redirect(location, 302);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

} // namespace

void registerLogoutEndpoint(Router &router, TenantState &state)
{
    TenantState *s = &state;
    // A browser endpoint, counted with authorize in the Web group.
    for (const QByteArray &method : {QByteArrayLiteral("GET"), QByteArrayLiteral("POST")}) {
        router.add(method, QStringLiteral("/{tid}/{wid}/oidc/logout"), ApiGroup::Web,
                   [s](const HttpRequest &request, const PathParams &params) { return logout(*s, request, params); });
    }
}

} // namespace Sandbox::OAuth
