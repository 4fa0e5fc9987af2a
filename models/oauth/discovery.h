// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Authorization server metadata: OpenID Connect Discovery 1.0 (/.well-known/openid-configuration,
// appended to the issuer) and RFC 8414 (/.well-known/oauth-authorization-server, inserted
// between host and path, §3.1). Parsing, a lint of the document, and the endpoint diff against a
// profile are pure functions; DiscoveryClient fetches over HttpClient.

#include "http/httpclient.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace Discovery {

enum class Kind { OpenIdConnect, OAuthServerMetadata };
QUrl wellKnownUrl(const QUrl &issuer, Kind kind);

struct Document
{
    Kind kind = Kind::OpenIdConnect;
    QUrl sourceUrl;
    QJsonObject raw;
    QUrl issuer;
    Profiles::Endpoints endpoints;
    QStringList grantTypesSupported;
    QStringList responseTypesSupported;
    QStringList responseModesSupported;
    QStringList codeChallengeMethodsSupported;
    QStringList tokenEndpointAuthMethodsSupported;
    QStringList scopesSupported;
    bool authorizationResponseIssParameterSupported = false; // RFC 9207 §3
};

struct ParseResult
{
    std::optional<Document> document;
    QString error; // translated: not JSON, not an object, wrong member types (named)
};
ParseResult parse(const QByteArray &json, const QUrl &sourceUrl, Kind kind);

struct Finding
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Warning;
    QString code;    // stable id: issuer_mismatch, no_jwks_uri, no_s256, implicit_enabled,
                     // password_enabled, plain_http_endpoint, no_token_endpoint, plain_pkce_only
    QString message; // translated; names the member and the value
};
// expectedIssuer: the issuer the document was fetched for (OIDC Discovery §4.3 / RFC 8414 §3.3:
// must be identical). Loopback http endpoints are not flagged as plain http.
QList<Finding> lint(const Document &document, const QUrl &expectedIssuer);

struct EndpointChange
{
    Profiles::EndpointKind kind;
    QUrl before;
    QUrl after;
};
// The endpoints that differ (added, changed or removed), in EndpointKind order.
QList<EndpointChange> diff(const Profiles::Endpoints &before, const Profiles::Endpoints &after);

struct Result
{
    std::optional<Document> document;
    QList<Finding> findings;
    QString error; // translated; set when neither well-known URL gave a usable document
    QStringList tried; // URLs tried, in order
};

// Tries OpenID Connect discovery first, then RFC 8414. Log category "tokenscope.discovery".
class DiscoveryClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscoveryClient)

public:
    explicit DiscoveryClient(HttpClient *http, QObject *parent = nullptr);

    using Callback = std::function<void(const Result &)>;
    void discover(const QUrl &issuer, const TlsOptions &tls, QObject *context, Callback done);

private:
    HttpClient *m_http;
};

} // namespace Discovery
