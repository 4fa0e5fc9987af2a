// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox: the HTML pages of the authorization endpoint, shared with the device
// verification page (authorizeendpoint.cpp).

#include "httpmessage.h"
#include "tokenissuer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Sandbox::OAuth {

QByteArray escape(const QString &text);
// A small HTML page, no-store, not framable, no referrer.
HttpResponse page(int status, const QByteArray &title, const QByteArray &body);
// Never a redirect: the client or redirect_uri cannot be trusted (RFC 6749 §4.1.2.1).
HttpResponse errorPage(int status, const QString &message);
// The static IDP's sign-in form posting form_token, username, password (or cancel) to action.
HttpResponse loginPage(const TokenIssuer::Workspace &workspace, const QJsonObject &client, const QString &formToken,
                       const QString &action, const QString &problem, const QString &loginHint = {});

} // namespace Sandbox::OAuth
