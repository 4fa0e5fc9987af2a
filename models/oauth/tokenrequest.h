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
#include "profiles/secretstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace OAuth {

using Form = QList<QPair<QString, QString>>;

// RFC 6749 §2.3.1: client id and secret are application/x-www-form-urlencoded before they are
// joined with ":" and base64-encoded ("a b:c" → "a+b%3Ac"). raw: joined as they are.
// Returns the whole Authorization header value: "Basic " + base64.
QByteArray basicAuthorization(const QString &clientId, const QByteArray &secret, bool raw);
QByteArray encodeForm(const Form &form); // application/x-www-form-urlencoded, UTF-8
// The profile's scopes (or scopeOverride when not empty) as one "scope", then each audience and
// RFC 8707 resource, as the grants that request new tokens send them.
void appendScopeAudienceResource(Form &form, const Profiles::Profile &profile, const QStringList &scopeOverride);
// One value, application/x-www-form-urlencoded: unreserved characters as they are, a space as
// "+", every other byte percent-encoded.
QByteArray formEncode(const QByteArray &value);

// The secret kind a client authentication method reads from the keychain; nullopt for none.
// tls_client_auth reads the TLS client key (its certificate is a file: profile.tls).
std::optional<Profiles::SecretKind> secretKindFor(Profiles::ClientAuthMethod method);

// Pure parts of TokenClient, for tests. buildTokenRequest: the POST to the profile's token
// endpoint with the client authentication applied with this secret (the client secret, or the
// private key as PEM or JWK text), the extra token parameters (a parameter the grant already
// sends is not repeated), the TLS settings and Accept: application/json. On failure an empty
// request and *error (translated). now: the assertion's iat (seconds since 1970; 0: the clock).
HttpRequest buildTokenRequest(const Profiles::Profile &profile, const Form &form, const QByteArray &secret,
                              QString *error, qint64 now = 0);
// The same request to another endpoint of the profile (introspection, revocation, device
// authorization, PAR): those authenticate the client like the token endpoint does (RFC 7662
// §2.1, RFC 7009 §2.1, RFC 8628 §3.1). tls_client_auth (RFC 8705 §2): the secret is the TLS client
// key (PEM), sent with profile.tls.clientCertificatePath in the request's TLS options, and only
// client_id goes into the form.
HttpRequest buildClientRequest(const Profiles::Profile &profile, Profiles::EndpointKind endpoint, const Form &form,
                               const QByteArray &secret, QString *error, qint64 now = 0);
// RFC 7523 §3 client assertion (client_secret_jwt: HS256 with the secret; private_key_jwt: the
// key's algorithm). Empty with *error (translated) when the key is unusable.
QByteArray clientAssertion(const Profiles::Profile &profile, const QByteArray &secret, QString *error, qint64 now = 0);
// A compact JWS of claims signed with a private key given as PEM or JWK text (the JWK's "alg",
// else RS256, ES256/384/512 by curve, EdDSA; "typ": "JWT", the JWK's "kid"). For RFC 7523 §2.1
// authorization grants. Empty with *error (translated) when the key cannot sign.
QByteArray signJwt(const QJsonObject &claims, const QByteArray &privateKey, QString *error);

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

// RFC 6749 §5.1 / §5.2 from what the token endpoint answered.
TokenResponse parseTokenResponse(const HttpResponse &http, const Profiles::Profile &profile);

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

    // What an authenticated POST to another endpoint answered, unparsed. error (translated) when
    // the request could not be made (no endpoint, no secret, unusable key); then http is empty.
    struct EndpointResponse
    {
        HttpResponse http;
        QString error;
        bool secretUnavailable = false;
    };
    using EndpointCallback = std::function<void(const EndpointResponse &)>;
    // POSTs form to the profile's endpoint with the profile's client authentication (the secret
    // read from the SecretStore as for send), extra token parameters and TLS settings.
    void sendToEndpoint(const Profiles::Profile &profile, Profiles::EndpointKind endpoint, const Form &form,
                        QObject *context, EndpointCallback done);

private:
    // Reads the profile's secret (none for "none") and calls use with it, or fail with a
    // translated message; both later, on receiver.
    void withSecret(const Profiles::Profile &profile, QObject *receiver, std::function<void(const QByteArray &)> use,
                    std::function<void(const QString &error, bool secretUnavailable)> fail);

    HttpClient *m_http;
    Profiles::SecretStore *m_secrets;
};

} // namespace OAuth
