// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox's OAuth endpoints: shared helpers.

#include "httpmessage.h"
#include "tokenissuer.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxOAuth)

namespace Sandbox::OAuth {

// RFC 6749 §5.2 error body, with Cache-Control: no-store.
HttpResponse error(int status, const QString &code, const QString &description);
// A JSON response that must not be cached (RFC 6749 §5.1).
HttpResponse noStoreJson(int status, const QJsonObject &object);
// The 404 for an unknown tenant or workspace (oauth2.json genericError).
HttpResponse workspaceNotFound();

// Compares secrets without leaking where they differ, or their lengths.
bool constantTimeEquals(const QString &a, const QString &b);

// A JSON array of strings, or a lone string (admin.json RedirectURIs accepts both).
QStringList stringList(const QJsonValue &value);

// RFC 6749 §3.1.2.3 exact match, except that a loopback redirect (http://127.0.0.1 or
// http://[::1]) matches on any port (RFC 8252 §7.3).
bool redirectUriMatches(const QString &registered, const QString &requested);

// The scopes a client gets for a request: the requested ones when allowed, the client's own
// scopes when none were requested; nullopt for a scope the client may not have.
std::optional<QStringList> resolveScopes(const QJsonObject &client, const QString &requested);

// Whether the client belongs to the workspace and is active.
bool clientUsable(const QJsonObject &client, const QString &workspaceId);
bool isPublicClient(const QJsonObject &client);

// The workspace's static IDP user with that username and password (compared in constant
// time), or nullopt.
std::optional<QJsonObject> authenticateUser(const TenantState &state, const QString &workspaceId,
                                            const QString &username, const QString &password);

// RFC 7636 §4.6: BASE64URL(SHA256(ASCII(verifier))) == challenge, verifier 43..128 unreserved.
bool pkceVerifierMatches(const QString &verifier, const QString &challenge);
bool isValidPkceValue(const QString &value);

} // namespace Sandbox::OAuth

namespace Sandbox {
class Router;
class GrantStore;
namespace OAuth {
// GET and POST /{tid}/{wid}/oauth2/authorize (authorizeendpoint.cpp).
void registerAuthorizeEndpoint(Router &router, TenantState &state, GrantStore &grants);
} // namespace OAuth
} // namespace Sandbox
