// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox: the HTML pages of the authorization endpoint, shared with the device
// verification page, and the authorization request's validation, shared with the PAR endpoint
// (authorizeendpoint.cpp).

#include "grantstore.h"
#include "httpmessage.h"
#include "tokenissuer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace Sandbox::OAuth {

QByteArray escape(const QString &text);
// A small HTML page, no-store, not framable, no referrer.
HttpResponse page(int status, const QByteArray &title, const QByteArray &body);
// Never a redirect: the client or redirect_uri cannot be trusted (RFC 6749 §4.1.2.1).
HttpResponse errorPage(int status, const QString &message);
// The static IDP's sign-in form posting form_token, username, password (or cancel) to action.
HttpResponse loginPage(const TokenIssuer::Workspace &workspace, const QJsonObject &client, const QString &formToken,
                       const QString &action, const QString &problem, const QString &loginHint = {});

// RFC 9126 §2.2
inline constexpr char PushedRequestUriPrefix[] = "urn:ietf:params:oauth:request_uri:";

// An authorization request checked against its client (RFC 6749 §4.1.1, §4.2.1, OpenID Connect
// Core §3, RFC 7636): the login to start, or the error. An error is redirectable once the
// redirect_uri is known to be the client's; partial then holds redirect_uri, state and mode.
struct AuthorizationCheck
{
    std::optional<PendingLogin> login;
    bool redirectable = false;
    PendingLogin partial;
    QString error;        // OAuth error code
    QString description;
};
// pushed: the parameters came from a pushed request, so require_pushed_authorization_requests
// (workspace or client) is met.
AuthorizationCheck checkAuthorizationRequest(const TokenIssuer::Workspace &workspace, const QJsonObject &client,
                                             const QUrlQuery &query, bool pushed);

} // namespace Sandbox::OAuth
