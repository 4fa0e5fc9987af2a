// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/oauthhints.h"

namespace OAuth {

QString grantTypeName(Grant grant)
{
    switch (grant) {
    case Grant::ClientCredentials: return QStringLiteral("client_credentials");
    case Grant::AuthorizationCode: return QStringLiteral("authorization_code");
    case Grant::Password: return QStringLiteral("password");
    case Grant::DeviceCode: return QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
    case Grant::RefreshToken: return QStringLiteral("refresh_token");
    case Grant::TokenExchange: return QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
    case Grant::JwtBearer: return QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");
    }
    return {};
}

QString grantDisplayName(Grant grant)
{
    switch (grant) {
    case Grant::ClientCredentials: return OAuthHints::tr("Client credentials");
    case Grant::AuthorizationCode: return OAuthHints::tr("Authorization code (PKCE)");
    case Grant::Password: return OAuthHints::tr("Password");
    case Grant::DeviceCode: return OAuthHints::tr("Device code");
    case Grant::RefreshToken: return OAuthHints::tr("Refresh");
    case Grant::TokenExchange: return OAuthHints::tr("Token exchange");
    case Grant::JwtBearer: return OAuthHints::tr("JWT bearer");
    }
    return {};
}

namespace {

QString invalidClientHint(const Profiles::Profile &profile)
{
    using Profiles::ClientAuthMethod;
    switch (profile.authMethod) {
    case ClientAuthMethod::ClientSecretBasic:
        return profile.rawBasicCredentials
                   ? OAuthHints::tr("The server did not accept the client's credentials. Check the client id and "
                                    "secret; then try the form-encoded Basic credentials of RFC 6749 §2.3.1 (turn off "
                                    "\"raw Basic credentials\" in the connection), or client_secret_post.")
                   : OAuthHints::tr("The server did not accept the client's credentials. Check the client id and "
                                    "secret; then try raw Basic credentials (some servers do not decode the RFC 6749 "
                                    "§2.3.1 form-encoding: turn on \"raw Basic credentials\" in the connection), or "
                                    "client_secret_post.");
    case ClientAuthMethod::ClientSecretPost:
        return OAuthHints::tr("The server did not accept the client's credentials. Check the client id and secret; "
                              "then try client_secret_basic: the client may be registered for that method.");
    case ClientAuthMethod::None:
        return OAuthHints::tr("The server wants this client to authenticate. Store its secret and choose "
                              "client_secret_basic or client_secret_post in the connection, or register the client "
                              "as a public client (token_endpoint_auth_method \"none\").");
    case ClientAuthMethod::ClientSecretJwt:
    case ClientAuthMethod::PrivateKeyJwt:
        return OAuthHints::tr("The server did not accept the client assertion. Check the client id, the key or "
                              "secret, the key's algorithm and kid, the clock of this machine (iat, exp), and that "
                              "the client is registered for this authentication method.");
    case ClientAuthMethod::TlsClientAuth:
        return OAuthHints::tr("The server did not accept the client certificate. Check that the certificate "
                              "matches the one registered for the client (subject DN or SAN) and that its key is "
                              "stored.");
    }
    return {};
}

QString invalidGrantHint(Grant grant)
{
    switch (grant) {
    case Grant::AuthorizationCode:
        return OAuthHints::tr("The authorization code was refused: a code works once and only for a short time, "
                              "and the redirect_uri and PKCE code_verifier must match the authorization request. "
                              "Start the flow again; if it keeps failing, check the client's registered redirect "
                              "URIs.");
    case Grant::RefreshToken:
        return OAuthHints::tr("The refresh token was refused: it expired, was revoked, or was rotated (the server "
                              "issued a newer one and the old one no longer works). Get a new token set with "
                              "another grant.");
    case Grant::Password:
        return OAuthHints::tr("The username or password is wrong, or the user cannot sign in with the password "
                              "grant (disabled for the user or the identity provider). Check the credentials.");
    case Grant::DeviceCode:
        return OAuthHints::tr("The device code was refused: it expired or was already used. Start again.");
    case Grant::TokenExchange:
        return OAuthHints::tr("The subject or actor token was refused: it expired, was revoked, or its type does not "
                              "match the token type sent (RFC 8693 §2.2.2). Get a fresh token set, or choose the "
                              "right token type.");
    case Grant::JwtBearer:
        return OAuthHints::tr("The assertion was refused (RFC 7523 §3.1): check its issuer and subject, that its "
                              "audience is the token endpoint or the issuer, that it has not expired, and that the "
                              "server knows the public key of the private key that signed it.");
    case Grant::ClientCredentials:
        return OAuthHints::tr("The server refused the grant. Check the client's settings on the server.");
    }
    return {};
}

} // namespace

QString OAuthHints::hint(const QString &error, Grant grant, const Profiles::Profile &profile)
{
    const QString code = error.trimmed();
    if (code == QLatin1String("invalid_client"))
        return invalidClientHint(profile);
    if (code == QLatin1String("invalid_grant"))
        return invalidGrantHint(grant);
    if (code == QLatin1String("unauthorized_client"))
        return tr("The client may not use the %1 grant. Enable \"%2\" in the client's grant types on the server.")
            .arg(grantDisplayName(grant), grantTypeName(grant));
    if (code == QLatin1String("unsupported_grant_type"))
        return tr("The server does not offer the %1 grant (\"%2\"). Check the server's grant_types_supported, or "
                  "enable it for the workspace.")
            .arg(grantDisplayName(grant), grantTypeName(grant));
    if (code == QLatin1String("invalid_scope"))
        return tr("A requested scope is unknown or not allowed for this client. Remove it from the scope field or the "
                  "connection, or assign it to the client on the server.");
    if (code == QLatin1String("access_denied"))
        return grant == Grant::DeviceCode
                   ? tr("The user declined on the other device. Start again to ask once more.")
                   : tr("The user or the server declined the request (cancelled at sign-in or consent, or a policy "
                        "refused it). Start again and approve, or check the server's policies.");
    if (code == QLatin1String("expired_token"))
        return tr("The device code expired before the user approved. Start again and approve sooner.");
    if (code == QLatin1String("authorization_pending"))
        return tr("The user has not approved yet; polling goes on.");
    if (code == QLatin1String("slow_down"))
        return tr("The server asked to poll less often; the interval grows by 5 seconds (RFC 8628 §3.5).");
    if (code == QLatin1String("temporarily_unavailable"))
        return tr("The server is overloaded or under maintenance. Try again in a moment.");
    if (code == QLatin1String("server_error"))
        return tr("The server failed on its side. Try again; if it persists, check the server's logs.");
    if (code == QLatin1String("login_required"))
        return tr("The server needs the user to sign in, but prompt=none was asked. Remove prompt=none from the "
                  "extra parameters and start again.");
    if (code == QLatin1String("consent_required"))
        return tr("The user has not granted consent for these scopes yet. Start again without prompt=none so the "
                  "consent page can show.");
    if (code == QLatin1String("interaction_required"))
        return tr("The server needs the user to interact (sign-in, consent or another step). Start again without "
                  "prompt=none.");
    if (code == QLatin1String("invalid_request"))
        return grant == Grant::AuthorizationCode
                   ? tr("A parameter is missing, repeated or malformed: check the redirect URI registered for the "
                        "client, the extra parameters and PKCE (the server may require S256).")
                   : tr("A parameter is missing, repeated or malformed: check the extra parameters of the "
                        "connection and the error description.");
    if (code == QLatin1String("invalid_target"))
        return tr("A requested resource or audience is unknown or not allowed (RFC 8707). Check the connection's "
                  "resources and audiences.");
    if (code == QLatin1String("unsupported_response_type"))
        return tr("The server does not allow response_type=code for this client. Enable the authorization code "
                  "grant for the client.");
    return {};
}

} // namespace OAuth
