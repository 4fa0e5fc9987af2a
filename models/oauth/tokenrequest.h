// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Token endpoint requests for a profile: the client authentication of the profile applied to a
// form, the secret read from the SecretStore only at the moment of the request, the response
// parsed (RFC 6749 §5.1 success, §5.2 error). The grants of later work (authorization code,
// refresh, password, device, exchange) all send through TokenClient::send.
//
//   TokenClient ── read secret ──► SecretStore (keychain)
//        │ form + client auth (basic / post / none / client_secret_jwt / private_key_jwt)
//        └──────────────────────► HttpClient POST token endpoint ──► TokenResponse

#include "http/httpclient.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

namespace Profiles {
class SecretStore;
}

namespace OAuth {

using Form = QList<QPair<QString, QString>>;

// RFC 6749 §2.3.1: client id and secret are application/x-www-form-urlencoded before they are
// joined with ":" and base64-encoded ("a b:c" → "a+b%3Ac"). raw: joined as they are.
QByteArray basicAuthorization(const QString &clientId, const QByteArray &secret, bool raw);
QByteArray encodeForm(const Form &form); // application/x-www-form-urlencoded, UTF-8

struct TokenResponse
{
    Q_DECLARE_TR_FUNCTIONS(TokenResponse)

public:
    HttpResponse http;
    QJsonObject json;      // the response body when it is a JSON object
    QString accessToken, tokenType, refreshToken, idToken, scope;
    qint64 expiresIn = -1; // seconds, -1 when absent
    // RFC 6749 §5.2 when the server refused
    QString oauthError, oauthErrorDescription, oauthErrorUri;
    // Translated, what went wrong and what to try; empty on success. A missing keychain gives
    // secretUnavailable = true (the CLI's exit 3).
    QString error;
    bool secretUnavailable = false;

    bool ok() const { return error.isEmpty() && !accessToken.isEmpty(); }
};

class TokenClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)

public:
    TokenClient(HttpClient *http, Profiles::SecretStore *secrets, QObject *parent = nullptr);

    using Callback = std::function<void(const TokenResponse &)>;
    // POSTs form (grant_type and the grant's own parameters) to the profile's token endpoint
    // with the profile's client authentication, extra token parameters, TLS settings.
    void send(const Profiles::Profile &profile, const Form &form, QObject *context, Callback done);
    // grant_type=client_credentials with the profile's scopes (or scopeOverride), audiences and
    // resources.
    void clientCredentials(const Profiles::Profile &profile, const QStringList &scopeOverride, QObject *context,
                           Callback done);

private:
    HttpClient *m_http;
    Profiles::SecretStore *m_secrets;
};

} // namespace OAuth
