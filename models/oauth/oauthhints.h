// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What to try when an authorization server refuses: one translated hint per RFC 6749 §5.2 /
// §4.1.2.1, OIDC Core §3.1.2.6, RFC 8628 §3.5 and RFC 8707 §2 error code, specific to the grant
// that was refused and to the profile's client authentication. Pure; the Tokens page shows it
// under error / error_description / error_uri.

#include "profiles/profile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace OAuth {

// The ways the Tokens page gets a token set.
enum class Grant { ClientCredentials, AuthorizationCode, Password, DeviceCode, RefreshToken, TokenExchange, JwtBearer };
// The grant_type value ("client_credentials", "authorization_code", "password",
// "urn:ietf:params:oauth:grant-type:device_code", "refresh_token",
// "urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:jwt-bearer").
QString grantTypeName(Grant grant);
QString grantDisplayName(Grant grant); // translated ("Client credentials")

struct OAuthHints
{
    Q_DECLARE_TR_FUNCTIONS(OAuthHints)

public:
    // The hint for error (the "error" member or the error= callback parameter) refused for
    // grant with profile's client authentication; empty for a code it knows nothing about.
    static QString hint(const QString &error, Grant grant, const Profiles::Profile &profile);
};

} // namespace OAuth
