// SPDX-License-Identifier: GPL-3.0-or-later
// Device authorization grant (RFC 8628): the device authorization endpoint, the verification
// page on which the user enters the code, signs in and decides, and the token endpoint's
// device_code grant.
//
//   device                        sandbox                          user's browser
//     | POST /device/authorization ->|                                  |
//     |<- device_code, user_code,    |                                  |
//     |   verification_uri(_complete)|                                  |
//     |                              |<-- GET /device[?user_code=] -----|
//     |                              |<-- POST user_code ---------------|  → sign-in page
//     |                              |<-- POST username, password ------|  → approve / deny page
//     |                              |<-- POST decision ----------------|
//     | POST /oauth2/token (poll) -->| authorization_pending, slow_down,|
//     |<- tokens | access_denied | expired_token (the code works once)  |
#include "clientauth.h"
#include "grantstore.h"
#include "oauthcommon.h"
#include "oauthpages.h"
#include "router.h"
#include "tenantstate.h"
#include "tokenendpoint_p.h"
#include "tokenissuer.h"

#include <QUrl>

namespace Sandbox::Grants {

namespace {

using OAuth::escape;
using TokenIssuer::Workspace;

// RFC 8628 §6.1: consonants only (no vowels, so no words), upper case, easy to type.
const QString Base20Alphabet = QStringLiteral("BCDFGHJKLMNPQRSTVWXZ");
const QString DigitAlphabet = QStringLiteral("0123456789");
constexpr qint64 DefaultRequestTtl = 30 * 60; // admin.json DeviceAuthorizationConfiguration
constexpr int DefaultUserCodeLength = 8;
constexpr qint64 PollInterval = 5;            // RFC 8628 §3.2 default

std::optional<Workspace> resolve(const TenantState &state, const HttpRequest &request, const PathParams &params)
{
    return TokenIssuer::workspace(state, params.value(QStringLiteral("tid")), params.value(QStringLiteral("wid")),
                                  request.baseUrl);
}

HttpResponse deviceAuthorization(TenantState &state, GrantStore &grants, const HttpRequest &request,
                                 const PathParams &params)
{
    const auto workspace = resolve(state, request, params);
    if (!workspace)
        return OAuth::workspaceNotFound();
    const QUrlQuery form = request.form();
    // RFC 8628 §3.1: confidential clients authenticate as at the token endpoint.
    const ClientAuthentication auth = authenticateClient(request, form, *workspace, grants,
                                                         workspace->issuer + QLatin1String("/device/authorization"), true);
    if (!auth.ok())
        return auth.errorResponse();
    if (!grantAllowed(*workspace, *auth.client, QLatin1String(DeviceCodeGrantType)))
        return OAuth::error(400, QStringLiteral("unauthorized_client"),
                            QStringLiteral("the client or workspace does not allow grant type %1")
                                .arg(QLatin1String(DeviceCodeGrantType)));
    const auto scopes = OAuth::resolveScopes(*auth.client, formValue(form, QStringLiteral("scope")));
    if (!scopes)
        return OAuth::error(400, QStringLiteral("invalid_scope"), QStringLiteral("a requested scope is not allowed for this client"));

    const QJsonObject settings = workspace->document.value(QLatin1String("device_authorization")).toObject();
    const qint64 ttl = TokenIssuer::ttlSeconds(settings.value(QLatin1String("request_ttl")), DefaultRequestTtl);
    int length = settings.value(QLatin1String("user_code_length")).toInt(DefaultUserCodeLength);
    if (length < 6 || length > 20)
        length = DefaultUserCodeLength;
    const QString charset = settings.value(QLatin1String("user_code_character_set")).toString();
    const bool digits = charset.contains(QLatin1String("digit")) || charset.contains(QLatin1String("numeric"));

    DeviceAuthorization pending;
    pending.workspaceId = workspace->id;
    pending.clientId = auth.clientId;
    pending.scopes = *scopes;
    pending.expiresAt = grants.now().addSecs(ttl);
    pending.interval = PollInterval;
    const GrantStore::DeviceCodes codes =
        grants.issueDeviceAuthorization(pending, digits ? DigitAlphabet : Base20Alphabet, length);
    const QString verification = workspace->issuer + QLatin1String("/device");
    const QJsonObject body{
        {QStringLiteral("device_code"), codes.deviceCode},
        {QStringLiteral("user_code"), codes.userCode},
        {QStringLiteral("verification_uri"), verification},
        {QStringLiteral("verification_uri_complete"),
         QString(verification + QLatin1String("?user_code=") + QString::fromLatin1(QUrl::toPercentEncoding(codes.userCode)))},
        {QStringLiteral("expires_in"), ttl},
        {QStringLiteral("interval"), PollInterval},
    };
    return OAuth::noStoreJson(200, body);
}

// ---- verification page ---------------------------------------------------------------------

HttpResponse codePage(int status, const QString &action, const QString &userCode, const QString &problem)
{
    QByteArray body = "<h1>Connect a device</h1><p>Enter the code shown on your device.</p>";
    if (!problem.isEmpty())
        body += "<p class=\"error\" id=\"error\">" + escape(problem) + "</p>";
    body += "<form method=\"post\" action=\"" + escape(action) + "\">"
            "<label for=\"user_code\">Code</label>"
            "<input id=\"user_code\" name=\"user_code\" autocomplete=\"off\" autocapitalize=\"characters\" value=\""
            + escape(userCode) + "\" required autofocus>"
            "<div class=\"buttons\"><button type=\"submit\" id=\"continue\">Continue</button></div></form>";
    return OAuth::page(status, QByteArrayLiteral("Connect a device"), body);
}

HttpResponse resultPage(int status, const QByteArray &id, const QString &message)
{
    return OAuth::page(status, QByteArrayLiteral("Connect a device"),
                       "<h1>Connect a device</h1><p id=\"" + id + "\">" + escape(message) + "</p>");
}

HttpResponse consentPage(const QJsonObject &client, const QString &formToken, const QString &action,
                         const QString &username, const QStringList &scopes)
{
    QString clientName = client.value(QLatin1String("client_name")).toString();
    if (clientName.isEmpty())
        clientName = client.value(QLatin1String("client_id")).toString();
    QByteArray list;
    for (const QString &scope : scopes)
        list += "<li>" + escape(scope) + "</li>";
    const QByteArray body = "<h1>Allow the device?</h1><p>Signed in as <strong>" + escape(username)
                            + "</strong>. The device of <strong>" + escape(clientName)
                            + "</strong> asks for access" + (scopes.isEmpty() ? QByteArray(".") : ":") + "</p>"
                            + (list.isEmpty() ? QByteArray() : "<ul id=\"scopes\">" + list + "</ul>")
                            + "<form method=\"post\" action=\"" + escape(action) + "\">"
                              "<input type=\"hidden\" name=\"form_token\" value=\"" + escape(formToken) + "\">"
                              "<div class=\"buttons\"><button type=\"submit\" name=\"decision\" value=\"approve\" "
                              "id=\"approve\">Allow</button> <button type=\"submit\" name=\"decision\" value=\"deny\" "
                              "id=\"deny\">Deny</button></div></form>";
    return OAuth::page(200, QByteArrayLiteral("Allow the device?"), body);
}

HttpResponse verificationGet(TenantState &state, const HttpRequest &request, const PathParams &params)
{
    if (!resolve(state, request, params))
        return OAuth::errorPage(404, QStringLiteral("This workspace does not exist."));
    // verification_uri_complete carries the code: shown, the user still confirms (RFC 8628 §5.4).
    return codePage(200, request.path, formValue(request.query, QStringLiteral("user_code")), {});
}

GrantSubject approvedGrant(const TenantState &state, const Workspace &workspace, const PendingLogin &login)
{
    GrantSubject grant;
    grant.workspaceId = workspace.id;
    grant.clientId = login.clientId;
    grant.scopes = login.scopes;
    grant.subject = login.username;
    grant.subjectType = QStringLiteral("user");
    for (const QJsonObject &user : state.staticUsers(workspace.id)) {
        if (user.value(QLatin1String("username")).toString() == login.username) {
            grant.userClaims = TokenIssuer::userClaims(user, grant.scopes);
            break;
        }
    }
    grant.amr = {QStringLiteral("pwd")};
    grant.authTime = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return grant;
}

HttpResponse verificationPost(TenantState &state, GrantStore &grants, const HttpRequest &request,
                              const PathParams &params)
{
    const auto workspace = resolve(state, request, params);
    if (!workspace)
        return OAuth::errorPage(404, QStringLiteral("This workspace does not exist."));
    const QUrlQuery form = request.form();
    const QString formToken = formValue(form, QStringLiteral("form_token"));
    const QString expired = QStringLiteral("This code has expired or was already used. Start again on your device.");

    if (formToken.isEmpty()) {
        // Step 1: the code.
        const QString userCode = formValue(form, QStringLiteral("user_code"));
        const QString userCodeKey = GrantStore::userCodeKey(userCode);
        const auto device = grants.pendingDevice(userCodeKey);
        if (!device || device->workspaceId != workspace->id)
            return codePage(400, request.path, userCode,
                            QStringLiteral("Unknown or expired code. Check the code shown on your device and try again."));
        const auto client = state.clientWithSecret(device->clientId);
        if (!client || !OAuth::clientUsable(*client, workspace->id))
            return resultPage(400, "error", expired);
        PendingLogin login;
        login.workspaceId = workspace->id;
        login.clientId = device->clientId;
        login.scopes = device->scopes;
        login.deviceUserCodeKey = userCodeKey;
        return OAuth::loginPage(*workspace, *client, grants.createLogin(login), request.path, {});
    }

    const auto login = grants.takeLogin(formToken);
    if (!login || login->workspaceId != workspace->id || login->deviceUserCodeKey.isEmpty())
        return codePage(400, request.path, {},
                        QStringLiteral("This form has expired or was already used. Enter the code again."));
    const auto device = grants.pendingDevice(login->deviceUserCodeKey);
    const auto client = state.clientWithSecret(login->clientId);
    if (!device || !client || !OAuth::clientUsable(*client, workspace->id))
        return resultPage(400, "error", expired);

    if (login->username.isEmpty()) {
        // Step 2: signing in (Cancel denies the device).
        if (!formValue(form, QStringLiteral("cancel")).isEmpty()) {
            grants.decideDevice(login->deviceUserCodeKey, std::nullopt);
            return resultPage(200, "denied", QStringLiteral("Access denied. The device will not be connected; you can close this window."));
        }
        const auto user = OAuth::authenticateUser(state, workspace->id, formValue(form, QStringLiteral("username")),
                                                  formValue(form, QStringLiteral("password")));
        if (!user) {
            qCInfo(lcSandboxOAuth) << "device verification: login failed at workspace" << workspace->id;
            return OAuth::loginPage(*workspace, *client, grants.createLogin(*login), request.path,
                                    QStringLiteral("Invalid username or password."));
        }
        PendingLogin consent = *login;
        consent.username = user->value(QLatin1String("username")).toString();
        return consentPage(*client, grants.createLogin(consent), request.path, consent.username, consent.scopes);
    }

    // Step 3: the decision.
    if (formValue(form, QStringLiteral("decision")) != QLatin1String("approve")) {
        grants.decideDevice(login->deviceUserCodeKey, std::nullopt);
        return resultPage(200, "denied", QStringLiteral("Access denied. The device will not be connected; you can close this window."));
    }
    if (!grants.decideDevice(login->deviceUserCodeKey, approvedGrant(state, *workspace, *login)))
        return resultPage(400, "error", expired);
    return resultPage(200, "approved", QStringLiteral("Device connected. Return to your device; you can close this window."));
}

} // namespace

HttpResponse deviceCodeGrant(const TokenContext &c)
{
    const QString deviceCode = formValue(c.form, QStringLiteral("device_code"));
    if (deviceCode.isEmpty())
        return OAuth::error(400, QStringLiteral("invalid_request"), QStringLiteral("device_code is required"));
    const auto outcome = c.grants.pollDevice(c.workspace.id, c.client.value(QLatin1String("client_id")).toString(),
                                             deviceCode);
    // RFC 8628 §3.5
    switch (outcome.result) {
    case GrantStore::DevicePoll::Pending:
        return OAuth::error(400, QStringLiteral("authorization_pending"), QStringLiteral("the user has not decided yet"));
    case GrantStore::DevicePoll::SlowDown:
        return OAuth::error(400, QStringLiteral("slow_down"),
                            QStringLiteral("polling faster than the interval; wait 5 seconds longer between requests"));
    case GrantStore::DevicePoll::Denied:
        return OAuth::error(400, QStringLiteral("access_denied"), QStringLiteral("the user denied the device"));
    case GrantStore::DevicePoll::Expired:
        return OAuth::error(400, QStringLiteral("expired_token"),
                            QStringLiteral("the device code has expired; start a new device authorization"));
    case GrantStore::DevicePoll::Invalid:
        return OAuth::error(400, QStringLiteral("invalid_grant"),
                            QStringLiteral("the device code is invalid, already used or not this client's"));
    case GrantStore::DevicePoll::Approved:
        break;
    }
    return tokenResponse(c, *outcome.grant, {}, {}, true);
}

void registerDeviceEndpoints(Router &router, TenantState &state, GrantStore &grants)
{
    TenantState *s = &state;
    GrantStore *g = &grants;
    const QString prefix = QStringLiteral("/{tid}/{wid}");
    router.add("POST", prefix + QLatin1String("/device/authorization"), ApiGroup::OAuth2,
               [s, g](const HttpRequest &request, const PathParams &params) {
                   return deviceAuthorization(*s, *g, request, params);
               });
    router.add("GET", prefix + QLatin1String("/device"), ApiGroup::Web,
               [s](const HttpRequest &request, const PathParams &params) { return verificationGet(*s, request, params); });
    router.add("POST", prefix + QLatin1String("/device"), ApiGroup::Web,
               [s, g](const HttpRequest &request, const PathParams &params) {
                   return verificationPost(*s, *g, request, params);
               });
}

} // namespace Sandbox::Grants
