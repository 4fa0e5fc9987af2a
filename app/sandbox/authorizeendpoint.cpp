// SPDX-License-Identifier: GPL-3.0-or-later
// The authorization endpoint and its login page (RFC 6749 §4.1 / §4.2, OpenID Connect Core §3).
//
//   browser                      sandbox                         client (redirect_uri)
//     | GET /oauth2/authorize ---->| validate client, redirect_uri,  |
//     |                            | response_type, scope, PKCE      |
//     |<---- login page (form token kept server-side) ------------- |
//     | POST username, password -->| check static IDP user           |
//     |<---- 302 / form_post: code, tokens, state, iss -------------->|
#include "grantstore.h"
#include "oauthcommon.h"
#include "oauthpages.h"
#include "router.h"
#include "tenantstate.h"
#include "tokenissuer.h"

#include <QUrl>

#include <algorithm>

namespace Sandbox::OAuth {

// ---- pages (oauthpages.h) -----------------------------------------------------------------

QByteArray escape(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

HttpResponse page(int status, const QByteArray &title, const QByteArray &body)
{
    const QByteArray html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                            "<meta name=\"viewport\" content=\"width=device-width\">"
                            "<title>" + title + "</title>"
                            "<style>body{font-family:sans-serif;max-width:28em;margin:3em auto;padding:0 1em}"
                            "label{display:block;margin-top:1em}input{width:100%;box-sizing:border-box}"
                            ".error{color:#b00020}.buttons{margin-top:1.5em}</style>"
                            "</head><body>" + body + "</body></html>\n";
    HttpResponse response = HttpResponse::html(status, html);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    response.setHeader(QByteArrayLiteral("X-Frame-Options"), QByteArrayLiteral("DENY"));
    response.setHeader(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    return response;
}

// Never a redirect: the client or redirect_uri cannot be trusted (RFC 6749 §4.1.2.1).
HttpResponse errorPage(int status, const QString &message)
{
    return page(status, QByteArrayLiteral("Authorization error"),
                "<h1>Authorization error</h1><p class=\"error\" id=\"error\">" + escape(message) + "</p>");
}

HttpResponse loginPage(const TokenIssuer::Workspace &workspace, const QJsonObject &client, const QString &formToken,
                       const QString &action, const QString &problem, const QString &loginHint)
{
    QString clientName = client.value(QLatin1String("client_name")).toString();
    if (clientName.isEmpty())
        clientName = client.value(QLatin1String("client_id")).toString();
    QString workspaceName = workspace.document.value(QLatin1String("name")).toString();
    if (workspaceName.isEmpty())
        workspaceName = workspace.id;
    QByteArray body = "<h1>Sign in to " + escape(workspaceName) + "</h1>"
                      "<p>Local sandbox: <strong>" + escape(clientName) + "</strong> asks you to sign in.</p>";
    if (!problem.isEmpty())
        body += "<p class=\"error\" id=\"error\">" + escape(problem) + "</p>";
    body += "<form method=\"post\" action=\"" + escape(action) + "\">"
            "<input type=\"hidden\" name=\"form_token\" value=\"" + escape(formToken) + "\">"
            "<label for=\"username\">Username</label>"
            "<input id=\"username\" name=\"username\" autocomplete=\"username\" value=\"" + escape(loginHint)
            + "\" required autofocus>"
            "<label for=\"password\">Password</label>"
            "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
            "<div class=\"buttons\"><button type=\"submit\" id=\"sign-in\">Sign in</button> "
            "<button type=\"submit\" name=\"cancel\" value=\"1\" formnovalidate id=\"cancel\">Cancel</button></div>"
            "</form>";
    return page(200, QByteArrayLiteral("Sign in"), body);
}


namespace {

using TokenIssuer::Workspace;
using Params = QList<QPair<QString, QString>>;

QString encodeParams(const Params &params)
{
    QStringList parts;
    for (const auto &[key, value] : params)
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
    return parts.join(QLatin1Char('&'));
}

// The authorization response (or a redirectable error) in the request's response mode, with
// state and RFC 9207 iss.
HttpResponse deliver(const Workspace &workspace, const PendingLogin &login, Params params)
{
    if (!login.state.isEmpty())
        params.append({QStringLiteral("state"), login.state});
    params.append({QStringLiteral("iss"), workspace.issuer});
    if (login.responseMode == QLatin1String("form_post")) {
        // OAuth 2.0 Form Post Response Mode §2: an auto-submitting form.
        QByteArray inputs;
        for (const auto &[key, value] : params)
            inputs += "<input type=\"hidden\" name=\"" + escape(key) + "\" value=\"" + escape(value) + "\">";
        return page(200, QByteArrayLiteral("Submit"),
                    "<form method=\"post\" action=\"" + escape(login.redirectUri) + "\">" + inputs
                        + "<noscript><button type=\"submit\">Continue</button></noscript></form>"
                          "<script>document.forms[0].submit()</script>");
    }
    QUrl target(login.redirectUri);
    const QString encoded = encodeParams(params);
    if (login.responseMode == QLatin1String("query")) {
        const QString existing = target.query(QUrl::FullyEncoded);
        target.setQuery(existing.isEmpty() ? encoded : existing + QLatin1Char('&') + encoded, QUrl::StrictMode);
    } else {
        target.setFragment(encoded, QUrl::StrictMode);
    }
    HttpResponse response = HttpResponse::redirect(target, 302);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

HttpResponse deliverError(const Workspace &workspace, const PendingLogin &login, const QString &error,
                          const QString &description)
{
    return deliver(workspace, login, {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
}

QStringList sortedTypes(const QString &text)
{
    QStringList types = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(types.begin(), types.end());
    return types;
}

bool responseTypeAllowed(const Workspace &workspace, const QJsonObject &client, const QStringList &types)
{
    QStringList requiredGrants;
    if (types.contains(QLatin1String("code")))
        requiredGrants.append(QStringLiteral("authorization_code"));
    if (types.contains(QLatin1String("token")) || types.contains(QLatin1String("id_token")))
        requiredGrants.append(QStringLiteral("implicit"));
    for (const QString &grant : requiredGrants) {
        if (!workspace.grantTypes.contains(grant))
            return false;
    }
    const QStringList enabled = stringList(workspace.document.value(QLatin1String("response_types")));
    if (!enabled.isEmpty()
        && std::none_of(enabled.cbegin(), enabled.cend(),
                        [&types](const QString &entry) { return sortedTypes(entry) == types; }))
        return false;
    const QStringList registered = stringList(client.value(QLatin1String("response_types")));
    if (!registered.isEmpty()) {
        return std::any_of(registered.cbegin(), registered.cend(),
                           [&types](const QString &entry) { return sortedTypes(entry) == types; });
    }
    const QStringList clientGrants = stringList(client.value(QLatin1String("grant_types")));
    return std::all_of(requiredGrants.cbegin(), requiredGrants.cend(),
                       [&clientGrants](const QString &grant) { return clientGrants.contains(grant); });
}

} // namespace

AuthorizationCheck checkAuthorizationRequest(const TokenIssuer::Workspace &workspace, const QJsonObject &client,
                                             const QUrlQuery &q, bool pushed)
{
    const auto refuse = [](const QString &message) {
        AuthorizationCheck check;
        check.error = QStringLiteral("invalid_request");
        check.description = message;
        return check;
    };
    const auto redirectError = [](const PendingLogin &partial, const QString &error, const QString &description) {
        AuthorizationCheck check;
        check.redirectable = true;
        check.partial = partial;
        check.error = error;
        check.description = description;
        return check;
    };
    PendingLogin login;
    login.workspaceId = workspace.id;
    login.clientId = client.value(QLatin1String("client_id")).toString();
    const QStringList registered = stringList(client.value(QLatin1String("redirect_uris")));
    const QString requested = formValue(q, QStringLiteral("redirect_uri"));
    if (requested.isEmpty()) {
        if (registered.size() != 1)
            return refuse(QStringLiteral("redirect_uri is required for this client."));
        login.redirectUri = registered.first();
    } else {
        if (!std::any_of(registered.cbegin(), registered.cend(),
                         [&requested](const QString &r) { return redirectUriMatches(r, requested); }))
            return refuse(QStringLiteral("redirect_uri is not registered for this client."));
        login.redirectUri = requested;
        login.redirectUriInRequest = true;
    }
    const QUrl redirectUrl(login.redirectUri);
    if (!redirectUrl.isValid() || redirectUrl.isRelative() || redirectUrl.hasFragment())
        return refuse(QStringLiteral("redirect_uri must be an absolute URI without a fragment."));

    // From here on, errors go back to the client.
    login.state = formValue(q, QStringLiteral("state"));
    login.responseTypes = sortedTypes(formValue(q, QStringLiteral("response_type")));
    const bool codeOnly = login.responseTypes == QStringList{QStringLiteral("code")};
    login.responseMode = codeOnly ? QStringLiteral("query") : QStringLiteral("fragment");
    const QString mode = formValue(q, QStringLiteral("response_mode"));
    if (!mode.isEmpty() && mode != QLatin1String("query") && mode != QLatin1String("fragment")
        && mode != QLatin1String("form_post"))
        return redirectError(login, QStringLiteral("invalid_request"), QStringLiteral("unsupported response_mode"));
    if (mode == QLatin1String("query") && !codeOnly && !login.responseTypes.isEmpty())
        // OAuth 2.0 Multiple Response Type Encoding Practices §5: tokens never in the query.
        return redirectError(login, QStringLiteral("invalid_request"),
                            QStringLiteral("response_mode query is not allowed for this response_type"));
    if (!mode.isEmpty())
        login.responseMode = mode;

    // OpenID Connect Core §6: request objects are not supported here.
    if (!formValue(q, QStringLiteral("request")).isEmpty())
        return redirectError(login, QStringLiteral("request_not_supported"),
                            QStringLiteral("request objects are not supported by the sandbox"));
    if (!pushed && (workspace.document.value(QLatin1String("require_pushed_authorization_requests")).toBool()
                    || client.value(QLatin1String("require_pushed_authorization_requests")).toBool()))
        // RFC 9126 §6: the workspace or the client accepts pushed requests only.
        return redirectError(login, QStringLiteral("invalid_request"),
                             QStringLiteral("push the authorization request to the PAR endpoint first (request_uri)"));
    if (!formValue(q, QStringLiteral("request_uri")).isEmpty())
        return redirectError(login, QStringLiteral("request_uri_not_supported"),
                            QStringLiteral("request_uri is not supported by the sandbox"));
    if (login.responseTypes.isEmpty())
        return redirectError(login, QStringLiteral("invalid_request"), QStringLiteral("response_type is required"));
    for (qsizetype i = 0; i < login.responseTypes.size(); ++i) {
        const QString &type = login.responseTypes.at(i);
        const bool known = type == QLatin1String("code") || type == QLatin1String("token") || type == QLatin1String("id_token");
        if (!known || (i > 0 && login.responseTypes.at(i - 1) == type))
            return redirectError(login, QStringLiteral("unsupported_response_type"),
                                QStringLiteral("unsupported response_type"));
    }
    if (!responseTypeAllowed(workspace, client, login.responseTypes))
        return redirectError(login, QStringLiteral("unauthorized_client"),
                            QStringLiteral("the client may not use this response_type"));

    const auto scopes = resolveScopes(client, formValue(q, QStringLiteral("scope")));
    if (!scopes)
        return redirectError(login, QStringLiteral("invalid_scope"),
                            QStringLiteral("a requested scope is not allowed for this client"));
    login.scopes = *scopes;
    const bool openid = login.scopes.contains(QLatin1String("openid"));
    login.nonce = formValue(q, QStringLiteral("nonce"));
    if (login.responseTypes.contains(QLatin1String("id_token")) && !openid)
        return redirectError(login, QStringLiteral("invalid_request"),
                            QStringLiteral("response_type id_token needs the openid scope"));
    // OpenID Connect Core §3.2.2.1, §3.3.2.11: nonce is required when an OpenID request gets
    // tokens from the authorization endpoint (a plain OAuth "token" request is not one).
    const bool openidRequested = formValue(q, QStringLiteral("scope")).split(QLatin1Char(' ')).contains(QLatin1String("openid"));
    if (!codeOnly && login.nonce.isEmpty()
        && (login.responseTypes.contains(QLatin1String("id_token")) || openidRequested))
        return redirectError(login, QStringLiteral("invalid_request"),
                            QStringLiteral("nonce is required for this response_type"));

    login.codeChallenge = formValue(q, QStringLiteral("code_challenge"));
    login.codeChallengeMethod = formValue(q, QStringLiteral("code_challenge_method"));
    if (!login.codeChallenge.isEmpty() || !login.codeChallengeMethod.isEmpty()) {
        // RFC 7636 §4.3 defaults to "plain"; the sandbox, like OAuth 2.1, takes only S256.
        if (login.codeChallengeMethod != QLatin1String("S256"))
            return redirectError(login, QStringLiteral("invalid_request"),
                                QStringLiteral("code_challenge_method must be S256"));
        if (login.codeChallenge.size() != 43 || !isValidPkceValue(login.codeChallenge))
            return redirectError(login, QStringLiteral("invalid_request"),
                                QStringLiteral("code_challenge must be a base64url SHA-256 (43 characters)"));
    }
    const bool publicClient = isPublicClient(client);
    // enforce_pkce: every client; public clients always (OAuth 2.1 §7.5.1: a public client has
    // no other protection for its code), as if enforce_pkce_for_public_clients were always on.
    if (login.responseTypes.contains(QLatin1String("code")) && login.codeChallenge.isEmpty()
        && (workspace.enforcePkce || publicClient))
        return redirectError(login, QStringLiteral("invalid_request"), QStringLiteral("code_challenge is required"));

    // The sandbox keeps no login session: every authorization shows the login page, so a
    // request that forbids one cannot succeed (OpenID Connect Core §3.1.2.6).
    if (formValue(q, QStringLiteral("prompt")).split(QLatin1Char(' ')).contains(QLatin1String("none")))
        return redirectError(login, QStringLiteral("login_required"),
                            QStringLiteral("prompt=none: the sandbox has no login session"));

    AuthorizationCheck check;
    check.login = login;
    return check;
}

namespace {

HttpResponse authorizeGet(TenantState &state, GrantStore &grants, const HttpRequest &request, const PathParams &params)
{
    const auto workspace = TokenIssuer::workspace(state, params.value(QStringLiteral("tid")),
                                                  params.value(QStringLiteral("wid")), request.baseUrl);
    if (!workspace)
        return errorPage(404, QStringLiteral("This workspace does not exist."));
    const QString clientId = formValue(request.query, QStringLiteral("client_id"));
    const auto client = state.clientWithSecret(clientId);
    if (clientId.isEmpty() || !client || !clientUsable(*client, workspace->id))
        return errorPage(400, QStringLiteral("Unknown or inactive client_id."));

    QUrlQuery q = request.query;
    bool pushed = false;
    const QString requestUri = formValue(q, QStringLiteral("request_uri"));
    if (requestUri.startsWith(QLatin1String(PushedRequestUriPrefix))) {
        // RFC 9126 §4: the pushed parameters, and only those; the request_uri works once.
        const auto stored = grants.takePushedRequest(requestUri);
        if (!stored || stored->workspaceId != workspace->id || stored->clientId != clientId)
            return errorPage(400, QStringLiteral("The request_uri is unknown, expired or already used. Push the "
                                                 "authorization request again."));
        QByteArray encoded;
        for (const auto &[key, value] : stored->parameters)
            encoded += (encoded.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        q = parseFormEncoded(encoded);
        pushed = true;
    }
    const AuthorizationCheck check = checkAuthorizationRequest(*workspace, *client, q, pushed);
    if (!check.login) {
        return check.redirectable ? deliverError(*workspace, check.partial, check.error, check.description)
                                  : errorPage(400, check.description);
    }
    const QString formToken = grants.createLogin(*check.login);
    // OpenID Connect Core §3.1.2.1 login_hint: prefilled, nothing more.
    return loginPage(*workspace, *client, formToken, request.path, {}, formValue(q, QStringLiteral("login_hint")));
}

HttpResponse authorizePost(TenantState &state, GrantStore &grants, const HttpRequest &request, const PathParams &params)
{
    const auto workspace = TokenIssuer::workspace(state, params.value(QStringLiteral("tid")),
                                                  params.value(QStringLiteral("wid")), request.baseUrl);
    if (!workspace)
        return errorPage(404, QStringLiteral("This workspace does not exist."));
    const QUrlQuery form = request.form();
    const auto login = grants.takeLogin(formValue(form, QStringLiteral("form_token")));
    if (!login || login->workspaceId != workspace->id)
        return errorPage(400, QStringLiteral("This sign-in form has expired or was already used. Start the sign-in again."));
    const auto client = state.clientWithSecret(login->clientId);
    if (!client || !clientUsable(*client, workspace->id))
        return errorPage(400, QStringLiteral("Unknown or inactive client_id."));
    if (!formValue(form, QStringLiteral("cancel")).isEmpty())
        return deliverError(*workspace, *login, QStringLiteral("access_denied"), QStringLiteral("the user cancelled the sign-in"));

    const auto user = authenticateUser(state, workspace->id, formValue(form, QStringLiteral("username")),
                                       formValue(form, QStringLiteral("password")));
    if (!user) {
        qCInfo(lcSandboxOAuth) << "login failed at workspace" << workspace->id;
        return loginPage(*workspace, *client, grants.createLogin(*login), request.path,
                         QStringLiteral("Invalid username or password."));
    }

    const Workspace effective = TokenIssuer::withClientTtls(*workspace, *client);
    GrantSubject grant;
    grant.workspaceId = workspace->id;
    grant.clientId = login->clientId;
    grant.scopes = login->scopes;
    grant.subject = user->value(QLatin1String("username")).toString();
    grant.subjectType = QStringLiteral("user");
    grant.userClaims = TokenIssuer::userClaims(*user, grant.scopes);
    grant.amr = {QStringLiteral("pwd")};
    grant.authTime = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);

    Params out;
    QString code;
    QString accessToken;
    if (login->responseTypes.contains(QLatin1String("code"))) {
        AuthorizationCodeGrant pending;
        pending.grant = grant;
        pending.redirectUri = login->redirectUri;
        pending.redirectUriInRequest = login->redirectUriInRequest;
        pending.codeChallenge = login->codeChallenge;
        pending.codeChallengeMethod = login->codeChallengeMethod;
        pending.nonce = login->nonce;
        pending.expiresAt = grants.now().addSecs(effective.authorizationCodeTtl);
        code = grants.issueCode(pending);
        out.append({QStringLiteral("code"), code});
    }
    const auto failed = [&] {
        return deliverError(*workspace, *login, QStringLiteral("server_error"), QStringLiteral("the workspace cannot sign tokens"));
    };
    if (login->responseTypes.contains(QLatin1String("token"))) {
        const auto access = TokenIssuer::issueAccessToken(state, grants, effective, grant);
        if (!access)
            return failed();
        accessToken = access->token;
        out.append({QStringLiteral("access_token"), access->token});
        out.append({QStringLiteral("token_type"), QStringLiteral("bearer")});
        out.append({QStringLiteral("expires_in"), QString::number(access->issuedAt.secsTo(access->expiresAt))});
        out.append({QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))});
    }
    if (login->responseTypes.contains(QLatin1String("id_token"))) {
        const auto idToken = TokenIssuer::issueIdToken(state, effective, grant, login->nonce, accessToken, code);
        if (!idToken)
            return failed();
        out.append({QStringLiteral("id_token"), *idToken});
    }
    return deliver(*workspace, *login, out);
}

} // namespace

void registerAuthorizeEndpoint(Router &router, TenantState &state, GrantStore &grants)
{
    TenantState *s = &state;
    GrantStore *g = &grants;
    const QString path = QStringLiteral("/{tid}/{wid}/oauth2/authorize");
    router.add("GET", path, ApiGroup::Web,
               [s, g](const HttpRequest &request, const PathParams &params) { return authorizeGet(*s, *g, request, params); });
    router.add("POST", path, ApiGroup::Web,
               [s, g](const HttpRequest &request, const PathParams &params) { return authorizePost(*s, *g, request, params); });
}

} // namespace Sandbox::OAuth
