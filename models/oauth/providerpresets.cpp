// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerpresets.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <array>

namespace Presets {

namespace {

using Profiles::EndpointKind;
using Profiles::FieldProblem;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Presets)
};

// The path each preset puts under its base for one endpoint kind; empty: the platform has none
// (or it is not documented), discovery or a manual entry fills it.
using PathTable = std::array<QString, Profiles::EndpointKindCount>;

PathTable paths(std::initializer_list<std::pair<EndpointKind, const char *>> entries)
{
    PathTable table;
    for (const auto &[kind, path] : entries)
        table[size_t(kind)] = QString::fromLatin1(path);
    return table;
}

// Cloudentity's published OAuth Swagger (tests/data/contracts/cloudentity/oauth2.json, basePath
// /{tid}/{wid}); the sandbox serves the same paths (app/sandbox/oauthendpoints.cpp).
const PathTable &cloudentityPaths()
{
    static const PathTable table = paths({
        {EndpointKind::Authorization, "/oauth2/authorize"},
        {EndpointKind::Token, "/oauth2/token"},
        {EndpointKind::Jwks, "/.well-known/jwks.json"},
        {EndpointKind::Userinfo, "/userinfo"},
        {EndpointKind::Introspection, "/oauth2/introspect"},
        {EndpointKind::Revocation, "/oauth2/revoke"},
        {EndpointKind::DeviceAuthorization, "/device/authorization"},
        {EndpointKind::PushedAuthorization, "/par"},
        {EndpointKind::EndSession, "/oidc/logout"},
    });
    return table;
}

// https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoints.html (user pool
// domain endpoints), .../revocation-endpoint.html, .../logout-endpoint.html. The JWKS lives on
// the issuer (cognito-idp), not on the domain: handled in apply().
const PathTable &cognitoPaths()
{
    static const PathTable table = paths({
        {EndpointKind::Authorization, "/oauth2/authorize"},
        {EndpointKind::Token, "/oauth2/token"},
        {EndpointKind::Jwks, "/.well-known/jwks.json"},
        {EndpointKind::Userinfo, "/oauth2/userInfo"},
        {EndpointKind::Revocation, "/oauth2/revoke"},
        {EndpointKind::EndSession, "/logout"},
    });
    return table;
}

// UserClouds' Plex serves its OIDC handler under /oidc/ (authorize, token, userinfo) and logout at
// /logout: userclouds/userclouds-oss plex/internal/handler.go, plex/internal/oidc/handler.go,
// plex/internal/paths/const.go; https://docs.userclouds.com/docs/add-userclouds-to-your-software.
// The JWKS is not documented at a fixed path: discovery fills it.
const PathTable &usercloudsPaths()
{
    static const PathTable table = paths({
        {EndpointKind::Authorization, "/oidc/authorize"},
        {EndpointKind::Token, "/oidc/token"},
        {EndpointKind::Userinfo, "/oidc/userinfo"},
        {EndpointKind::EndSession, "/logout"},
    });
    return table;
}

// https://docs.duendesoftware.com/identityserver/reference/endpoints/discovery (the example
// document) and .../reference/v8/endpoints/revocation/.
const PathTable &duendePaths()
{
    static const PathTable table = paths({
        {EndpointKind::Authorization, "/connect/authorize"},
        {EndpointKind::Token, "/connect/token"},
        {EndpointKind::Jwks, "/.well-known/openid-configuration/jwks"},
        {EndpointKind::Userinfo, "/connect/userinfo"},
        {EndpointKind::Introspection, "/connect/introspect"},
        {EndpointKind::Revocation, "/connect/revocation"},
        {EndpointKind::DeviceAuthorization, "/connect/deviceauthorization"},
        {EndpointKind::PushedAuthorization, "/connect/par"},
        {EndpointKind::EndSession, "/connect/endsession"},
    });
    return table;
}

// Sensedia API Platform: the token endpoint only. The authorization-code path (grant-code) could
// not be confirmed in Sensedia's documentation, so it is left for the user to enter.
const PathTable &sensediaPaths()
{
    static const PathTable table = paths({{EndpointKind::Token, "/oauth/access-token"}});
    return table;
}

const PathTable &emptyPaths()
{
    static const PathTable table;
    return table;
}

const PathTable &pathsFor(const QString &id)
{
    // The local sandbox announces Cloudentity's paths (app/sandbox/oauthendpoints.cpp discovery()).
    if (id == u"cloudentity" || id == u"sandbox")
        return cloudentityPaths();
    if (id == u"cognito")
        return cognitoPaths();
    if (id == u"userclouds")
        return usercloudsPaths();
    if (id == u"duende")
        return duendePaths();
    if (id == u"sensedia")
        return sensediaPaths();
    return emptyPaths();
}

PresetField field(const QString &key, const QString &label, const QString &placeholder, const QString &help,
                  bool required = true)
{
    return PresetField{key, label, placeholder, help, required};
}

QString trimmedSlash(QString text)
{
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A host name label (RFC 1123): letters, digits, hyphens, not at either end.
bool isHostLabel(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return pattern.match(text).hasMatch();
}

// One URL path segment id as Cloudentity (and the sandbox) accept them.
bool isPathId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));
    return pattern.match(text).hasMatch();
}

// A host name with an optional port, as typed for a vanity domain; "https://host/" is accepted
// too. Empty when it is not one.
QString parseHost(const QString &text)
{
    QString value = text.trimmed();
    if (value.contains(QLatin1String("://"))) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty() || !url.userInfo().isEmpty()
            || url.hasQuery() || url.hasFragment() || (url.path() != u"" && url.path() != u"/"))
            return {};
        return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
    }
    const QUrl url(QStringLiteral("https://") + value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || !url.path().isEmpty()
        || url.hasQuery() || url.hasFragment())
        return {};
    const QStringList labels = url.host().split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!isHostLabel(label) && QHostAddress(url.host()).isNull())
            return {};
    }
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

// An absolute http(s) URL without query or fragment, trailing slashes removed; empty when not.
QString parseBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()
        || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return {};
    return trimmedSlash(url.toString(QUrl::FullyEncoded));
}

// AWS region names: "us-east-1", "eu-central-1", "ap-southeast-2", "us-gov-west-1".
bool isAwsRegion(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(?:-[a-z]+)+-[0-9]{1,2}$"));
    return pattern.match(text).hasMatch();
}

class Inputs
{
public:
    Inputs(const Preset &preset, const QMap<QString, QString> &fields)
        : m_preset(preset)
        , m_fields(fields)
    {
    }

    QString value(const QString &key) const { return m_fields.value(key).trimmed(); }

    QString label(const QString &key) const
    {
        for (const PresetField &f : m_preset.fields) {
            if (f.key == key)
                return f.label;
        }
        return key;
    }

    // The value, or a "missing" problem when empty.
    QString required(const QString &key)
    {
        const QString v = value(key);
        if (v.isEmpty())
            problem(key, Text::tr("Enter the %1: the %2 preset needs it.").arg(label(key), m_preset.displayName));
        return v;
    }

    void problem(const QString &key, const QString &message)
    {
        problems.append(FieldProblem{QStringLiteral("fields.") + key, message});
    }

    // A base URL field: required, absolute http(s).
    QString baseUrl(const QString &key)
    {
        const QString v = required(key);
        if (v.isEmpty())
            return {};
        const QString url = parseBaseUrl(v);
        if (url.isEmpty()) {
            problem(key, Text::tr("The %1 \"%2\" is not an absolute http(s) URL. Enter it like %3, without a "
                                  "query or fragment.")
                             .arg(label(key), v, placeholder(key)));
        }
        return url;
    }

    QString placeholder(const QString &key) const
    {
        for (const PresetField &f : m_preset.fields) {
            if (f.key == key)
                return f.placeholder;
        }
        return {};
    }

    QList<FieldProblem> problems;

private:
    const Preset &m_preset;
    const QMap<QString, QString> &m_fields;
};

void fillEndpoints(Applied &applied, const QString &base, const PathTable &table)
{
    for (int i = 0; i < Profiles::EndpointKindCount; ++i) {
        if (!table[size_t(i)].isEmpty())
            applied.endpoints.urls[size_t(i)] = QUrl(base + table[size_t(i)], QUrl::StrictMode);
    }
}

void applyCloudentity(Inputs &in, Applied &applied)
{
    const QString tenant = in.required(QStringLiteral("tenant_id"));
    const QString workspace = in.required(QStringLiteral("workspace_id"));
    const QString region = in.value(QStringLiteral("region"));
    const QString vanity = in.value(QStringLiteral("vanity_host"));

    // The tenant id is a host label in the default domain and a path segment in both forms.
    if (!tenant.isEmpty() && !(vanity.isEmpty() ? isHostLabel(tenant) : isPathId(tenant))) {
        in.problem(QStringLiteral("tenant_id"),
                   Text::tr("The tenant id \"%1\" can only hold letters, digits and hyphens. Copy it from the "
                            "tenant's URL.")
                       .arg(tenant));
    }
    if (!workspace.isEmpty() && !isPathId(workspace)) {
        in.problem(QStringLiteral("workspace_id"),
                   Text::tr("The workspace id \"%1\" can only hold letters, digits, '_' and '-'. Copy it from the "
                            "workspace's URL.")
                       .arg(workspace));
    }
    QString host;
    if (!vanity.isEmpty()) {
        host = parseHost(vanity);
        if (host.isEmpty()) {
            in.problem(QStringLiteral("vanity_host"),
                       Text::tr("The vanity host \"%1\" is not a host name. Enter only the host, like "
                                "auth.example.com.")
                           .arg(vanity));
        }
    } else if (region.isEmpty()) {
        in.problem(QStringLiteral("region"),
                   Text::tr("Enter the region of the tenant (the part after the tenant id in its host name, like "
                            "\"us\" or \"eu\"), or a vanity host."));
    } else if (!isHostLabel(region)) {
        in.problem(QStringLiteral("region"),
                   Text::tr("The region \"%1\" is not a host name label. Enter it like \"us\" or \"eu\".").arg(region));
    } else if (!tenant.isEmpty()) {
        host = QStringLiteral("%1.%2.authz.cloudentity.io").arg(tenant.toLower(), region.toLower());
    }
    if (!in.problems.isEmpty())
        return;
    const QString base = QStringLiteral("https://%1/%2/%3").arg(host, tenant, workspace);
    applied.issuer = QUrl(base, QUrl::StrictMode);
    fillEndpoints(applied, base, cloudentityPaths());
}

void applyCognito(Inputs &in, Applied &applied)
{
    const QString region = in.required(QStringLiteral("region"));
    const QString pool = in.required(QStringLiteral("user_pool_id"));
    const QString prefix = in.value(QStringLiteral("domain_prefix"));
    const QString custom = in.value(QStringLiteral("custom_domain"));

    if (!region.isEmpty() && !isAwsRegion(region)) {
        in.problem(QStringLiteral("region"),
                   Text::tr("The region \"%1\" is not an AWS region name. Enter it like \"us-east-1\".").arg(region));
    }
    static const QRegularExpression poolPattern(QStringLiteral("^([a-z]{2}(?:-[a-z]+)+-[0-9]{1,2})_[A-Za-z0-9]+$"));
    const auto poolMatch = poolPattern.match(pool);
    if (!pool.isEmpty() && !poolMatch.hasMatch()) {
        in.problem(QStringLiteral("user_pool_id"),
                   Text::tr("The user pool id \"%1\" is not of the form REGION_ID, like \"us-east-1_AbCdEf123\". "
                            "Copy it from the user pool's overview.")
                       .arg(pool));
    } else if (poolMatch.hasMatch() && isAwsRegion(region) && poolMatch.captured(1) != region) {
        in.problem(QStringLiteral("user_pool_id"),
                   Text::tr("The user pool id \"%1\" belongs to region %2, not %3. Check the region.")
                       .arg(pool, poolMatch.captured(1), region));
    }
    QString domain;
    if (!custom.isEmpty()) {
        domain = parseHost(custom);
        if (domain.isEmpty()) {
            in.problem(QStringLiteral("custom_domain"),
                       Text::tr("The custom domain \"%1\" is not a host name. Enter only the host, like "
                                "auth.example.com.")
                           .arg(custom));
        }
    } else if (prefix.isEmpty()) {
        in.problem(QStringLiteral("domain_prefix"),
                   Text::tr("Enter the user pool's domain prefix (App integration > Domain) or its custom domain: "
                            "the OAuth endpoints live there."));
    } else if (!isHostLabel(prefix) || prefix != prefix.toLower()) {
        in.problem(QStringLiteral("domain_prefix"),
                   Text::tr("The domain prefix \"%1\" can only hold lowercase letters, digits and hyphens.").arg(prefix));
    } else if (isAwsRegion(region)) {
        domain = QStringLiteral("%1.auth.%2.amazoncognito.com").arg(prefix, region);
    }
    if (!in.problems.isEmpty())
        return;
    // https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoints.html: the
    // issuer and its JWKS are on cognito-idp.{region}.amazonaws.com/{userPoolId}.
    const QString issuer = QStringLiteral("https://cognito-idp.%1.amazonaws.com/%2").arg(region, pool);
    applied.issuer = QUrl(issuer, QUrl::StrictMode);
    fillEndpoints(applied, QStringLiteral("https://") + domain, cognitoPaths());
    applied.endpoints.setUrl(EndpointKind::Jwks, QUrl(issuer + QLatin1String("/.well-known/jwks.json")));
}

void applyBased(Inputs &in, Applied &applied, const QString &key, const PathTable &table, bool setIssuer)
{
    const QString base = in.baseUrl(key);
    if (!in.problems.isEmpty())
        return;
    if (setIssuer)
        applied.issuer = QUrl(base, QUrl::StrictMode);
    fillEndpoints(applied, base, table);
}

// OpenID Connect Discovery §4.3: the issuer is compared character for character, so it is kept
// as entered (a trailing slash included: some providers' issuers end with one).
void applyIssuerOnly(Inputs &in, Applied &applied)
{
    const QString key = QStringLiteral("issuer");
    if (in.baseUrl(key).isEmpty() || !in.problems.isEmpty())
        return;
    applied.issuer = QUrl(in.value(key), QUrl::StrictMode);
}

void applySandbox(Inputs &in, Applied &applied)
{
    const QString base = in.baseUrl(QStringLiteral("base_url"));
    QString tenant = in.value(QStringLiteral("tenant_id"));
    if (tenant.isEmpty())
        tenant = QStringLiteral("default");
    const QString workspace = in.required(QStringLiteral("workspace_id"));
    if (!isPathId(tenant)) {
        in.problem(QStringLiteral("tenant_id"),
                   Text::tr("The tenant id \"%1\" can only hold letters, digits, '_' and '-'.").arg(tenant));
    }
    if (!workspace.isEmpty() && !isPathId(workspace)) {
        in.problem(QStringLiteral("workspace_id"),
                   Text::tr("The workspace id \"%1\" can only hold letters, digits, '_' and '-'.").arg(workspace));
    }
    if (!base.isEmpty() && !isLoopbackHost(QUrl(base).host())) {
        in.problem(QStringLiteral("base_url"),
                   Text::tr("The sandbox only listens on loopback: use the URL `tokenscope sandbox` prints, like "
                            "http://127.0.0.1:8080."));
    }
    if (!in.problems.isEmpty())
        return;
    const QString issuer = base + QLatin1Char('/') + tenant + QLatin1Char('/') + workspace;
    applied.issuer = QUrl(issuer, QUrl::StrictMode);
    fillEndpoints(applied, issuer, cloudentityPaths()); // the sandbox announces the same paths
}

// An endpoint that ends with the path this preset uses for its kind was made by the preset (for
// other field values, perhaps); anything else was entered by hand or found by discovery.
bool madeByPreset(const QUrl &url, EndpointKind kind, const QString &presetId)
{
    const QString suffix = pathsFor(presetId)[size_t(kind)];
    return !suffix.isEmpty() && url.path(QUrl::FullyEncoded).endsWith(suffix);
}

} // namespace

QList<Preset> all()
{
    using Profiles::ClientAuthMethod;
    using Profiles::LoopbackHost;
    const QStringList openid{QStringLiteral("openid")};
    QList<Preset> list;

    // https://cloudentity.com/developers/howtos/applications/add-m2m-client/ (token endpoint
    // https://$TENANT_ID.$REGION_ID.authz.cloudentity.io/$TENANT_ID/$WORKSPACE_ID/oauth2/token and
    // the Admin workspace for admin APIs); paths from tests/data/contracts/cloudentity/oauth2.json.
    list.append(Preset{
        QStringLiteral("cloudentity"),
        Text::tr("Cloudentity"),
        {field(QStringLiteral("tenant_id"), Text::tr("Tenant id"), QStringLiteral("acme"),
               Text::tr("The first label of the tenant's host name, and the first path segment.")),
         field(QStringLiteral("region"), Text::tr("Region"), QStringLiteral("us"),
               Text::tr("The label after the tenant id in the host name ({tenant}.{region}.authz.cloudentity.io)."),
               false),
         field(QStringLiteral("vanity_host"), Text::tr("Vanity host"), QStringLiteral("auth.example.com"),
               Text::tr("A custom domain for the tenant; used instead of the region when set."), false),
         field(QStringLiteral("workspace_id"), Text::tr("Workspace id"), QStringLiteral("default"),
               Text::tr("The workspace (authorization server) id; \"admin\" for admin API tokens."))},
        Text::tr("Every workspace is its own authorization server under /{tenant}/{workspace}. Tokens for "
                 "Cloudentity's admin APIs come from the \"admin\" workspace with a client_credentials client "
                 "created there (the \"system\" workspace for system APIs). A vanity domain replaces "
                 "{tenant}.{region}.authz.cloudentity.io and keeps the /{tenant}/{workspace} path."),
        ClientAuthMethod::ClientSecretBasic,
        LoopbackHost::Ipv4,
        openid,
        true,
    });

    // https://docs.aws.amazon.com/cognito/latest/developerguide/federation-endpoints.html,
    // .../revocation-endpoint.html, .../logout-endpoint.html, .../token-endpoint.html.
    list.append(Preset{
        QStringLiteral("cognito"),
        Text::tr("AWS Cognito"),
        {field(QStringLiteral("region"), Text::tr("Region"), QStringLiteral("us-east-1"),
               Text::tr("The AWS region of the user pool.")),
         field(QStringLiteral("user_pool_id"), Text::tr("User pool id"), QStringLiteral("us-east-1_AbCdEf123"),
               Text::tr("From the user pool's overview; it starts with the region.")),
         field(QStringLiteral("domain_prefix"), Text::tr("Domain prefix"), QStringLiteral("my-app"),
               Text::tr("The prefix of the user pool domain {prefix}.auth.{region}.amazoncognito.com."), false),
         field(QStringLiteral("custom_domain"), Text::tr("Custom domain"), QStringLiteral("auth.example.com"),
               Text::tr("The user pool's custom domain; used instead of the prefix when set."), false)},
        Text::tr("The issuer and the JWKS are on cognito-idp.{region}.amazonaws.com/{userPoolId}, the OAuth "
                 "endpoints on the user pool domain (managed login). Callback URLs must match exactly, and plain "
                 "http is accepted only for localhost: register http://localhost:PORT/callback and fix the port. "
                 "Confidential app clients authenticate with HTTP Basic. There is no introspection endpoint; "
                 "/oauth2/revoke revokes refresh tokens, and /logout takes client_id and logout_uri instead of "
                 "OpenID Connect's logout parameters."),
        ClientAuthMethod::ClientSecretBasic,
        LoopbackHost::Localhost,
        openid,
        true,
    });

    // https://docs.userclouds.com/docs/add-userclouds-to-your-software; paths from
    // userclouds/userclouds-oss plex/internal/handler.go and plex/internal/oidc/handler.go.
    list.append(Preset{
        QStringLiteral("userclouds"),
        Text::tr("UserClouds"),
        {field(QStringLiteral("tenant_url"), Text::tr("Tenant URL"), QStringLiteral("https://acme.tenant.userclouds.com"),
               Text::tr("The tenant URL from the UserClouds console; it is also the issuer."))},
        Text::tr("The tenant URL is the issuer; the OpenID Connect endpoints are under /oidc/ and logout is "
                 "/logout. The authorization request must ask for the openid scope and carry a state. HTTP Basic "
                 "client credentials are form-decoded (RFC 6749 §2.3.1). Use Discover for the JWKS URI."),
        ClientAuthMethod::ClientSecretBasic,
        LoopbackHost::Ipv4,
        openid,
        true,
    });

    // https://docs.duendesoftware.com/identityserver/reference/endpoints/discovery
    list.append(Preset{
        QStringLiteral("duende"),
        Text::tr("Duende IdentityServer"),
        {field(QStringLiteral("authority"), Text::tr("Authority"), QStringLiteral("https://demo.duendesoftware.com"),
               Text::tr("The IdentityServer's base address, including a path base if it has one."))},
        Text::tr("The authority is the issuer (with the ASP.NET Core path base, if any); endpoints are under "
                 "/connect/ and the JWKS is /.well-known/openid-configuration/jwks. Revocation works for refresh "
                 "tokens and reference access tokens, not JWT access tokens. Introspection is usually authenticated "
                 "as an API resource (its name and secret) rather than as a client."),
        ClientAuthMethod::ClientSecretBasic,
        LoopbackHost::Ipv4,
        openid,
        true,
    });

    // https://docs.sensedia.com/en/api-management-guide/Latest/faqs/consuming-api-manager.html
    // (client id and secret exchanged at the platform's token endpoint).
    list.append(Preset{
        QStringLiteral("sensedia"),
        Text::tr("Sensedia"),
        {field(QStringLiteral("base_url"), Text::tr("Base URL"), QStringLiteral("https://api.example.com"),
               Text::tr("The API gateway's base URL; the token endpoint is {base}/oauth/access-token."))},
        Text::tr("No discovery document: the token endpoint is {base}/oauth/access-token. The client "
                 "authenticates with HTTP Basic (client id and secret), and the resource owner password grant is "
                 "the usual flow. Enter the authorization endpoint by hand if you use the code flow."),
        ClientAuthMethod::ClientSecretBasic,
        LoopbackHost::Ipv4,
        {},
        false,
    });

    // OpenID Connect Discovery 1.0 §4.
    list.append(Preset{
        QStringLiteral("oidc"),
        Text::tr("Generic OpenID Connect"),
        {field(QStringLiteral("issuer"), Text::tr("Issuer"), QStringLiteral("https://id.example.com"),
               Text::tr("The issuer URL exactly as the provider's tokens carry it."))},
        Text::tr("Only the issuer is needed: press Discover to fill the endpoints from "
                 "{issuer}/.well-known/openid-configuration (or RFC 8414 metadata)."),
        ClientAuthMethod::ClientSecretBasic,
        LoopbackHost::Ipv4,
        openid,
        true,
    });

    list.append(Preset{
        QStringLiteral("sandbox"),
        Text::tr("Local sandbox"),
        {field(QStringLiteral("base_url"), Text::tr("Base URL"), QStringLiteral("http://127.0.0.1:8080"),
               Text::tr("The sandbox's address: View > Local Sandbox shows the one the console runs; "
                        "`tokenscope sandbox` prints its own when it starts.")),
         field(QStringLiteral("tenant_id"), Text::tr("Tenant id"), QStringLiteral("default"),
               Text::tr("The sandbox's tenant; \"default\" unless started with another."), false),
         field(QStringLiteral("workspace_id"), Text::tr("Workspace id"), QStringLiteral("demo"),
               Text::tr("A workspace created in the sandbox; \"admin\" for admin API tokens."))},
        Text::tr("A Cloudentity-compatible tenant on loopback over plain http, with Cloudentity's paths under "
                 "/{tenant}/{workspace}. The console runs one and keeps the \"Local sandbox\" connection pointing "
                 "at it; `tokenscope sandbox` runs another for scripts. Its \"admin\" workspace issues tokens for "
                 "its admin API."),
        ClientAuthMethod::ClientSecretBasic,
        LoopbackHost::Ipv4,
        openid,
        true,
    });
    return list;
}

std::optional<Preset> find(const QString &id)
{
    for (const Preset &preset : all()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

QStringList ids()
{
    QStringList list;
    for (const Preset &preset : all())
        list.append(preset.id);
    return list;
}

Applied apply(const QString &presetId, const QMap<QString, QString> &fields)
{
    Applied applied;
    const std::optional<Preset> preset = find(presetId);
    if (!preset) {
        applied.problems.append(FieldProblem{QStringLiteral("preset"),
                                             Text::tr("Unknown preset \"%1\". Use one of: %2.")
                                                 .arg(presetId, ids().join(QLatin1String(", ")))});
        return applied;
    }
    Inputs in(*preset, fields);
    if (presetId == u"cloudentity")
        applyCloudentity(in, applied);
    else if (presetId == u"cognito")
        applyCognito(in, applied);
    else if (presetId == u"userclouds")
        applyBased(in, applied, QStringLiteral("tenant_url"), usercloudsPaths(), true);
    else if (presetId == u"duende")
        applyBased(in, applied, QStringLiteral("authority"), duendePaths(), true);
    else if (presetId == u"sensedia")
        applyBased(in, applied, QStringLiteral("base_url"), sensediaPaths(), false);
    else if (presetId == u"oidc")
        applyIssuerOnly(in, applied);
    else if (presetId == u"sandbox")
        applySandbox(in, applied);

    applied.problems = in.problems;
    if (!applied.problems.isEmpty()) {
        applied.issuer = QUrl();
        applied.endpoints = Profiles::Endpoints();
    }
    return applied;
}

Profiles::Profile applyToProfile(Profiles::Profile profile, bool keepManualEndpoints)
{
    const std::optional<Preset> preset = find(profile.preset);
    if (!preset)
        return profile;
    const Applied applied = apply(profile.preset, profile.presetFields);
    if (!applied.problems.isEmpty())
        return profile;

    if (!applied.issuer.isEmpty())
        profile.issuer = applied.issuer;
    for (int i = 0; i < Profiles::EndpointKindCount; ++i) {
        const auto kind = EndpointKind(i);
        const QUrl computed = applied.endpoints.url(kind);
        if (computed.isEmpty())
            continue;
        const QUrl current = profile.endpoints.url(kind);
        if (keepManualEndpoints && !current.isEmpty() && !madeByPreset(current, kind, preset->id))
            continue;
        profile.endpoints.setUrl(kind, computed);
    }
    // The enum members have no "unset" value: the struct defaults count as "none chosen".
    if (profile.authMethod == Profiles::ClientAuthMethod::ClientSecretBasic)
        profile.authMethod = preset->defaultAuthMethod;
    if (profile.redirect.host == Profiles::LoopbackHost::Ipv4)
        profile.redirect.host = preset->defaultRedirectHost;
    if (profile.scopes.isEmpty())
        profile.scopes = preset->defaultScopes;
    return profile;
}

} // namespace Presets
