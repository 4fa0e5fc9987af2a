// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The grants of `tokenscope token` beyond client_credentials and authorization_code: password,
// refresh_token and device_code; and what every grant does with a token response (print it,
// keep its refresh token in the keychain). Internal to app/cli.

#include "http/httpclient.h"
#include "oauth/tokenrequest.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cli::TokenGrants {

// The services one `token` run uses, in the order they depend on each other.
struct Services
{
    QNetworkAccessManager network;
    HttpClient http{&network};
    Profiles::SecretStore secrets{QStringLiteral("tokenscope")};
    OAuth::TokenClient client{&http, &secrets};
};

struct Output
{
    bool json = false; // the whole token response; otherwise the access token alone
};

// Prints the token (stdout) and, when the response carries a refresh token, stores it in the
// keychain (a failure is a warning on stderr). presentedRefreshToken: the one a refresh grant
// sent; an unchanged one is not stored again. Returns ExitOk.
int deliver(Services &services, const Profiles::Profile &profile, const OAuth::TokenResponse &token, Output output,
            const QString &presentedRefreshToken = {});

// RFC 6749 §4.3.
int password(Services &services, const Profiles::Profile &profile, const QStringList &scopes, const QString &username,
             const QByteArray &password, Output output);

// RFC 6749 §6. explicitRefreshToken: given on stdin; otherwise the keychain's.
int refresh(Services &services, const Profiles::Profile &profile, const QStringList &scopes,
            const std::optional<QByteArray> &explicitRefreshToken, Output output);

// RFC 8628. browserCommand empty: the user opens the verification URI.
int deviceCode(Services &services, const Profiles::Profile &profile, const QStringList &scopes,
               const QString &browserCommand, Output output);

} // namespace Cli::TokenGrants
