// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A connection profile: one tenant + client described once. It never holds a secret: client
// secrets, private keys, TLS client keys, API tokens and refresh tokens live in the OS keychain
// (SecretStore), keyed by the profile's id.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <array>
#include <optional>

namespace Profiles {

// RFC 7591 §2 / OIDC Core §9 names; toJson/fromJson and the CLI use these names.
enum class ClientAuthMethod {
    None,              // "none": public client (PKCE)
    ClientSecretBasic, // "client_secret_basic": RFC 6749 §2.3.1, id and secret form-encoded first
    ClientSecretPost,  // "client_secret_post"
    ClientSecretJwt,   // "client_secret_jwt": HS256 assertion with the client secret
    PrivateKeyJwt,     // "private_key_jwt": assertion signed with the private key in the keychain
    TlsClientAuth,     // "tls_client_auth": RFC 8705 certificate + key (key in the keychain)
};
QString authMethodName(ClientAuthMethod method);
std::optional<ClientAuthMethod> authMethodFromName(QStringView name);
QStringList authMethodNames(); // every name, in enum order

enum class EndpointKind {
    Authorization,
    Token,
    Jwks,
    Userinfo,
    Introspection,
    Revocation,
    DeviceAuthorization,
    PushedAuthorization,
    EndSession,
    EndpointKindCount
};
constexpr int EndpointKindCount = int(EndpointKind::EndpointKindCount);
// The discovery metadata name: "authorization_endpoint", "token_endpoint", "jwks_uri",
// "userinfo_endpoint", "introspection_endpoint", "revocation_endpoint",
// "device_authorization_endpoint", "pushed_authorization_request_endpoint", "end_session_endpoint".
QString endpointMetadataName(EndpointKind kind);
QString endpointDisplayName(EndpointKind kind); // translated, for labels ("Token endpoint")

struct Endpoints
{
    std::array<QUrl, EndpointKindCount> urls;

    QUrl url(EndpointKind kind) const { return urls[size_t(kind)]; }
    void setUrl(EndpointKind kind, const QUrl &url) { urls[size_t(kind)] = url; }
    bool operator==(const Endpoints &) const = default;
};

// RFC 8252 §7.3: loopback redirect. Host 127.0.0.1 by default; Cognito wants "localhost".
enum class LoopbackHost { Ipv4, Localhost, Ipv6 };
QString loopbackHostName(LoopbackHost host); // "127.0.0.1", "localhost", "[::1]"
std::optional<LoopbackHost> loopbackHostFromName(QStringView name); // also accepts "::1"

struct RedirectSettings
{
    LoopbackHost host = LoopbackHost::Ipv4;
    quint16 port = 0; // 0: an ephemeral port chosen when the listener starts
    QString path = QStringLiteral("/callback");

    // The redirect URI for a given port (the fixed one when port != 0).
    QUrl uri(quint16 actualPort = 0) const;
    // Parses "http://127.0.0.1:8765/cb"; nullopt when the URI is not an http loopback URI.
    static std::optional<RedirectSettings> fromUri(const QUrl &uri);
    bool operator==(const RedirectSettings &) const = default;
};

struct TlsSettings
{
    QString caBundlePath;  // extra trusted CAs (PEM), added to the system's
    bool insecure = false; // no certificate verification: the UI shows a red banner while on
    QString clientCertificatePath; // tls_client_auth: the certificate (PEM); its key is a secret
    bool operator==(const TlsSettings &) const = default;
};

// Sends a stored API token (a secret) in a header of the user's choice instead of OAuth:
// IDUN uses "Authorization: idun_…" with no "Bearer " prefix.
struct ApiTokenMode
{
    bool enabled = false;
    QString headerName = QStringLiteral("Authorization");
    QString prefix; // put before the token, e.g. "Bearer "; empty for none
    bool operator==(const ApiTokenMode &) const = default;
};

// Issue 7: a path prefix whose requests count against a rate-limit group of the user's naming
// (checked before the built-in Cloudentity groups; the longest matching prefix wins). JSON:
// "api_groups": [{"path_prefix": "/api/foo", "group": "Foo"}].
struct ApiGroupOverride
{
    QString pathPrefix; // starts with "/"; matches the path itself and everything below it
    QString group;      // the group's name as shown on the Rate limits page
    bool operator==(const ApiGroupOverride &) const = default;
};

struct ExtraParameter
{
    enum class Target { Authorization, Token, Both };
    QString name;
    QString value;
    Target target = Target::Both;
    bool operator==(const ExtraParameter &) const = default;
};

// A problem with one field, for messages next to that field in the editor and for the CLI.
struct FieldProblem
{
    QString field;   // the JSON name of the field ("issuer", "client_id", "endpoints.token", "fields.tenant_id")
    QString message; // translated, says what to do
};

struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr int SchemaVersion = 2; // see ProfileStore for the migration from 1

    QString id;     // stable, generated once (a UUID without braces); keys the keychain entries
    QString name;   // unique among profiles, shown everywhere
    QString preset; // a preset id: cloudentity, cognito, userclouds, duende, sensedia, oidc, sandbox
    QMap<QString, QString> presetFields; // the preset's own inputs: tenant_id, region, workspace_id, …
    QUrl issuer;
    Endpoints endpoints;
    QString clientId;
    ClientAuthMethod authMethod = ClientAuthMethod::ClientSecretBasic;
    bool rawBasicCredentials = false; // client_secret_basic without the §2.3.1 form-encoding
    QStringList scopes;
    QStringList audiences; // "audience" parameter (Auth0/Cloudentity style) values
    QStringList resources; // RFC 8707 "resource" values
    QList<ExtraParameter> extraParameters;
    RedirectSettings redirect;
    TlsSettings tls;
    ApiTokenMode apiToken;
    bool usePar = false; // RFC 9126 pushed authorization requests when the server has them
    QList<ApiGroupOverride> apiGroups; // rate-limit group overrides for this profile's hosts

    // Without any secret (there is none in here to begin with). Includes "schema_version".
    QJsonObject toJson() const;
    // Reads schema version 2; unknown members are ignored; *error (translated) on a wrong type.
    static std::optional<Profile> fromJson(const QJsonObject &object, QString *error = nullptr);

    // Empty when the profile is usable: name set, issuer or token endpoint set, http(s) URLs,
    // client id set unless in API-token mode, redirect path starting with "/", …
    QList<FieldProblem> validate() const;

    static QString newId();
    bool operator==(const Profile &) const = default;
};

} // namespace Profiles
