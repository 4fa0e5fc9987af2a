// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"
#include "http/httpsyntax.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Profiles {

namespace {

constexpr std::array<ClientAuthMethod, 6> kAuthMethods = {
    ClientAuthMethod::None,           ClientAuthMethod::ClientSecretBasic, ClientAuthMethod::ClientSecretPost,
    ClientAuthMethod::ClientSecretJwt, ClientAuthMethod::PrivateKeyJwt,    ClientAuthMethod::TlsClientAuth,
};

QString targetName(ExtraParameter::Target target)
{
    switch (target) {
    case ExtraParameter::Target::Authorization:
        return u"authorization"_s;
    case ExtraParameter::Target::Token:
        return u"token"_s;
    case ExtraParameter::Target::Both:
        break;
    }
    return u"both"_s;
}

std::optional<ExtraParameter::Target> targetFromName(QStringView name)
{
    if (name == u"authorization")
        return ExtraParameter::Target::Authorization;
    if (name == u"token")
        return ExtraParameter::Target::Token;
    if (name == u"both")
        return ExtraParameter::Target::Both;
    return std::nullopt;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

// The short form used in FieldProblem::field: the metadata name without "_endpoint" / "_uri"
// ("endpoints.token", "endpoints.jwks", "endpoints.pushed_authorization_request").
QString endpointFieldName(EndpointKind kind)
{
    QString name = endpointMetadataName(kind);
    if (name.endsWith(u"_endpoint"_s))
        name.chop(9);
    else if (name.endsWith(u"_uri"_s))
        name.chop(4);
    return u"endpoints."_s + name;
}

bool hasControlCharacter(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// Reads members with their expected types; the first wrong type stops the parse with an error
// naming the member by its JSON path.
class Reader
{
public:
    explicit Reader(QString *error) : m_error(error) {}

    bool failed() const { return m_failed; }

    QString string(const QJsonObject &o, const QString &key, const QString &path, const QString &fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString()) {
            fail(Profile::tr("The member \"%1\" must be a string.").arg(path));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool fallback = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(Profile::tr("The member \"%1\" must be true or false.").arg(path));
            return fallback;
        }
        return v.toBool();
    }

    QJsonObject object(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            fail(Profile::tr("The member \"%1\" must be a JSON object.").arg(path));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(Profile::tr("The member \"%1\" must be a JSON array.").arg(path));
            return {};
        }
        return v.toArray();
    }

    QStringList strings(const QJsonObject &o, const QString &key, const QString &path)
    {
        QStringList list;
        const QJsonArray a = array(o, key, path);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(Profile::tr("The member \"%1\" must be an array of strings.").arg(path));
                return {};
            }
            list.append(a.at(i).toString());
        }
        return list;
    }

    QUrl url(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QString s = string(o, key, path);
        return s.isEmpty() ? QUrl() : QUrl(s);
    }

    void fail(const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        if (m_error)
            *m_error = message;
    }

private:
    QString *m_error;
    bool m_failed = false;
};

} // namespace

QString authMethodName(ClientAuthMethod method)
{
    switch (method) {
    case ClientAuthMethod::None:
        return u"none"_s;
    case ClientAuthMethod::ClientSecretBasic:
        return u"client_secret_basic"_s;
    case ClientAuthMethod::ClientSecretPost:
        return u"client_secret_post"_s;
    case ClientAuthMethod::ClientSecretJwt:
        return u"client_secret_jwt"_s;
    case ClientAuthMethod::PrivateKeyJwt:
        return u"private_key_jwt"_s;
    case ClientAuthMethod::TlsClientAuth:
        return u"tls_client_auth"_s;
    }
    return {};
}

std::optional<ClientAuthMethod> authMethodFromName(QStringView name)
{
    for (ClientAuthMethod method : kAuthMethods) {
        if (name == authMethodName(method))
            return method;
    }
    return std::nullopt;
}

QStringList authMethodNames()
{
    QStringList names;
    for (ClientAuthMethod method : kAuthMethods)
        names.append(authMethodName(method));
    return names;
}

QString endpointMetadataName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Authorization:
        return u"authorization_endpoint"_s;
    case EndpointKind::Token:
        return u"token_endpoint"_s;
    case EndpointKind::Jwks:
        return u"jwks_uri"_s;
    case EndpointKind::Userinfo:
        return u"userinfo_endpoint"_s;
    case EndpointKind::Introspection:
        return u"introspection_endpoint"_s;
    case EndpointKind::Revocation:
        return u"revocation_endpoint"_s;
    case EndpointKind::DeviceAuthorization:
        return u"device_authorization_endpoint"_s;
    case EndpointKind::PushedAuthorization:
        return u"pushed_authorization_request_endpoint"_s;
    case EndpointKind::EndSession:
        return u"end_session_endpoint"_s;
    case EndpointKind::EndpointKindCount:
        break;
    }
    return {};
}

QString endpointDisplayName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::Authorization:
        return Profile::tr("Authorization endpoint");
    case EndpointKind::Token:
        return Profile::tr("Token endpoint");
    case EndpointKind::Jwks:
        return Profile::tr("JWKS URI");
    case EndpointKind::Userinfo:
        return Profile::tr("Userinfo endpoint");
    case EndpointKind::Introspection:
        return Profile::tr("Introspection endpoint");
    case EndpointKind::Revocation:
        return Profile::tr("Revocation endpoint");
    case EndpointKind::DeviceAuthorization:
        return Profile::tr("Device authorization endpoint");
    case EndpointKind::PushedAuthorization:
        return Profile::tr("Pushed authorization request endpoint");
    case EndpointKind::EndSession:
        return Profile::tr("End session endpoint");
    case EndpointKind::EndpointKindCount:
        break;
    }
    return {};
}

QString loopbackHostName(LoopbackHost host)
{
    switch (host) {
    case LoopbackHost::Ipv4:
        break;
    case LoopbackHost::Localhost:
        return u"localhost"_s;
    case LoopbackHost::Ipv6:
        return u"[::1]"_s;
    }
    return u"127.0.0.1"_s;
}

std::optional<LoopbackHost> loopbackHostFromName(QStringView name)
{
    if (name == u"127.0.0.1")
        return LoopbackHost::Ipv4;
    if (name.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return LoopbackHost::Localhost;
    if (name == u"[::1]" || name == u"::1")
        return LoopbackHost::Ipv6;
    return std::nullopt;
}

QUrl RedirectSettings::uri(quint16 actualPort) const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host == LoopbackHost::Ipv6 ? u"::1"_s : loopbackHostName(host));
    const quint16 p = port != 0 ? port : actualPort;
    if (p != 0)
        url.setPort(p);
    url.setPath(path.isEmpty() ? u"/"_s : path);
    return url;
}

std::optional<RedirectSettings> RedirectSettings::fromUri(const QUrl &uri)
{
    // Only what uri() can give back: no user info, query or fragment.
    if (!uri.isValid() || uri.scheme() != u"http" || !uri.userInfo().isEmpty() || uri.hasQuery() || uri.hasFragment())
        return std::nullopt;
    const std::optional<LoopbackHost> host = loopbackHostFromName(uri.host());
    if (!host)
        return std::nullopt;
    RedirectSettings settings;
    settings.host = *host;
    const int port = uri.port(0);
    if (port < 0 || port > 65535)
        return std::nullopt;
    settings.port = quint16(port);
    const QString path = uri.path(QUrl::FullyDecoded);
    settings.path = path.isEmpty() ? u"/callback"_s : path;
    return settings;
}

QJsonObject Profile::toJson() const
{
    QJsonObject fields;
    for (auto it = presetFields.cbegin(); it != presetFields.cend(); ++it)
        fields.insert(it.key(), it.value());

    QJsonObject endpointsObject;
    for (int i = 0; i < EndpointKindCount; ++i) {
        const auto kind = EndpointKind(i);
        const QUrl url = endpoints.url(kind);
        if (!url.isEmpty())
            endpointsObject.insert(endpointMetadataName(kind), url.toString(QUrl::FullyEncoded));
    }

    QJsonArray groups;
    for (const ApiGroupOverride &g : apiGroups)
        groups.append(QJsonObject{{u"path_prefix"_s, g.pathPrefix}, {u"group"_s, g.group}});

    QJsonArray extras;
    for (const ExtraParameter &p : extraParameters)
        extras.append(QJsonObject{{u"name"_s, p.name}, {u"value"_s, p.value}, {u"target"_s, targetName(p.target)}});

    return QJsonObject{
        {u"schema_version"_s, SchemaVersion},
        {u"id"_s, id},
        {u"name"_s, name},
        {u"preset"_s, preset},
        {u"fields"_s, fields},
        {u"issuer"_s, issuer.isEmpty() ? QString() : issuer.toString(QUrl::FullyEncoded)},
        {u"endpoints"_s, endpointsObject},
        {u"client_id"_s, clientId},
        {u"auth_method"_s, authMethodName(authMethod)},
        {u"raw_basic_credentials"_s, rawBasicCredentials},
        {u"scopes"_s, toArray(scopes)},
        {u"audiences"_s, toArray(audiences)},
        {u"resources"_s, toArray(resources)},
        {u"extra_parameters"_s, extras},
        {u"redirect"_s,
         QJsonObject{{u"host"_s, loopbackHostName(redirect.host)}, {u"port"_s, int(redirect.port)}, {u"path"_s, redirect.path}}},
        {u"tls"_s,
         QJsonObject{{u"ca_bundle"_s, tls.caBundlePath},
                     {u"insecure"_s, tls.insecure},
                     {u"client_certificate"_s, tls.clientCertificatePath}}},
        {u"api_token"_s,
         QJsonObject{{u"enabled"_s, apiToken.enabled}, {u"header"_s, apiToken.headerName}, {u"prefix"_s, apiToken.prefix}}},
        {u"use_par"_s, usePar},
        {u"api_groups"_s, groups},
    };
}

std::optional<Profile> Profile::fromJson(const QJsonObject &object, QString *error)
{
    Reader r(error);
    const QJsonValue version = object.value(u"schema_version"_s);
    if (!version.isDouble() || version.toDouble() != SchemaVersion) {
        r.fail(version.isUndefined()
                   ? tr("The profile has no \"schema_version\"; it was not written by this version of Tokenscope.")
                   : tr("The profile has schema version %1; this version of Tokenscope reads version %2. Update "
                        "Tokenscope or re-create the profile.")
                         .arg(version.isDouble() ? QString::number(version.toDouble()) : version.toVariant().toString())
                         .arg(SchemaVersion));
        return std::nullopt;
    }

    Profile p;
    p.id = r.string(object, u"id"_s, u"id"_s);
    p.name = r.string(object, u"name"_s, u"name"_s);
    p.preset = r.string(object, u"preset"_s, u"preset"_s);

    const QJsonObject fields = r.object(object, u"fields"_s, u"fields"_s);
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        p.presetFields.insert(it.key(), r.string(fields, it.key(), u"fields."_s + it.key()));

    p.issuer = r.url(object, u"issuer"_s, u"issuer"_s);

    const QJsonObject endpoints = r.object(object, u"endpoints"_s, u"endpoints"_s);
    for (int i = 0; i < EndpointKindCount; ++i) {
        const QString key = endpointMetadataName(EndpointKind(i));
        p.endpoints.setUrl(EndpointKind(i), r.url(endpoints, key, u"endpoints."_s + key));
    }

    p.clientId = r.string(object, u"client_id"_s, u"client_id"_s);
    const QString method = r.string(object, u"auth_method"_s, u"auth_method"_s, authMethodName(p.authMethod));
    if (const auto m = authMethodFromName(method))
        p.authMethod = *m;
    else
        r.fail(tr("The member \"auth_method\" has the unknown value \"%1\"; use one of: %2.")
                   .arg(method, authMethodNames().join(u", "_s)));
    p.rawBasicCredentials = r.boolean(object, u"raw_basic_credentials"_s, u"raw_basic_credentials"_s);
    p.scopes = r.strings(object, u"scopes"_s, u"scopes"_s);
    p.audiences = r.strings(object, u"audiences"_s, u"audiences"_s);
    p.resources = r.strings(object, u"resources"_s, u"resources"_s);

    const QJsonArray extras = r.array(object, u"extra_parameters"_s, u"extra_parameters"_s);
    for (qsizetype i = 0; i < extras.size(); ++i) {
        const QString path = u"extra_parameters[%1]"_s.arg(i);
        if (!extras.at(i).isObject()) {
            r.fail(tr("The member \"%1\" must be a JSON object.").arg(path));
            break;
        }
        const QJsonObject e = extras.at(i).toObject();
        ExtraParameter parameter;
        parameter.name = r.string(e, u"name"_s, path + u".name"_s);
        parameter.value = r.string(e, u"value"_s, path + u".value"_s);
        const QString target = r.string(e, u"target"_s, path + u".target"_s, u"both"_s);
        if (const auto t = targetFromName(target))
            parameter.target = *t;
        else
            r.fail(tr("The member \"%1\" has the unknown value \"%2\"; use authorization, token or both.")
                       .arg(path + u".target"_s, target));
        p.extraParameters.append(parameter);
    }

    const QJsonObject redirect = r.object(object, u"redirect"_s, u"redirect"_s);
    const QString host = r.string(redirect, u"host"_s, u"redirect.host"_s, loopbackHostName(p.redirect.host));
    if (const auto h = loopbackHostFromName(host))
        p.redirect.host = *h;
    else
        r.fail(tr("The member \"redirect.host\" has the value \"%1\"; use 127.0.0.1, localhost or [::1].").arg(host));
    const QJsonValue port = redirect.value(u"port"_s);
    if (!port.isUndefined() && !port.isNull()) {
        const double d = port.toDouble(-1);
        if (!port.isDouble() || d < 0 || d > 65535 || d != double(int(d)))
            r.fail(tr("The member \"redirect.port\" must be a port number from 0 to 65535."));
        else
            p.redirect.port = quint16(d);
    }
    p.redirect.path = r.string(redirect, u"path"_s, u"redirect.path"_s, p.redirect.path);

    const QJsonObject tls = r.object(object, u"tls"_s, u"tls"_s);
    p.tls.caBundlePath = r.string(tls, u"ca_bundle"_s, u"tls.ca_bundle"_s);
    p.tls.insecure = r.boolean(tls, u"insecure"_s, u"tls.insecure"_s);
    p.tls.clientCertificatePath = r.string(tls, u"client_certificate"_s, u"tls.client_certificate"_s);

    const QJsonObject apiToken = r.object(object, u"api_token"_s, u"api_token"_s);
    p.apiToken.enabled = r.boolean(apiToken, u"enabled"_s, u"api_token.enabled"_s);
    p.apiToken.headerName = r.string(apiToken, u"header"_s, u"api_token.header"_s, p.apiToken.headerName);
    p.apiToken.prefix = r.string(apiToken, u"prefix"_s, u"api_token.prefix"_s);

    p.usePar = r.boolean(object, u"use_par"_s, u"use_par"_s);

    const QJsonArray groups = r.array(object, u"api_groups"_s, u"api_groups"_s);
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString path = u"api_groups[%1]"_s.arg(i);
        if (!groups.at(i).isObject()) {
            r.fail(tr("The member \"%1\" must be a JSON object.").arg(path));
            break;
        }
        const QJsonObject g = groups.at(i).toObject();
        ApiGroupOverride group;
        group.pathPrefix = r.string(g, u"path_prefix"_s, path + u".path_prefix"_s);
        group.group = r.string(g, u"group"_s, path + u".group"_s);
        p.apiGroups.append(group);
    }

    if (r.failed())
        return std::nullopt;
    return p;
}

QList<FieldProblem> Profile::validate() const
{
    QList<FieldProblem> problems;
    const auto add = [&problems](const QString &field, const QString &message) {
        problems.append(FieldProblem{field, message});
    };
    const auto checkUrl = [&add](const QUrl &url, const QString &field, const QString &label) {
        if (url.isEmpty())
            return;
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            add(field, tr("%1: enter an http:// or https:// URL with a host.").arg(label));
        else if (url.hasFragment())
            add(field, tr("%1: remove the fragment (\"#…\"); it is not allowed here.").arg(label));
    };

    if (name.trimmed().isEmpty())
        add(u"name"_s, tr("Enter a name for the profile."));

    checkUrl(issuer, u"issuer"_s, tr("Issuer"));
    for (int i = 0; i < EndpointKindCount; ++i) {
        const auto kind = EndpointKind(i);
        checkUrl(endpoints.url(kind), endpointFieldName(kind), endpointDisplayName(kind));
    }
    if (issuer.isEmpty() && endpoints.url(EndpointKind::Token).isEmpty() && !apiToken.enabled)
        add(u"issuer"_s, tr("Enter the issuer (to discover the endpoints) or at least the token endpoint."));

    if (clientId.trimmed().isEmpty() && !apiToken.enabled)
        add(u"client_id"_s, tr("Enter the client id registered with the authorization server."));

    if (authMethod == ClientAuthMethod::TlsClientAuth && tls.clientCertificatePath.isEmpty())
        add(u"tls.client_certificate"_s,
            tr("tls_client_auth needs a client certificate: choose the certificate file (PEM); its key goes to the "
               "keychain."));

    if (!redirect.path.startsWith(u'/'))
        add(u"redirect.path"_s, tr("The redirect path must start with \"/\", for example /callback."));
    else if (redirect.path.contains(u'#') || redirect.path.contains(u'?'))
        add(u"redirect.path"_s, tr("The redirect path must not contain \"?\" or \"#\"."));

    if (apiToken.enabled) {
        if (!Http::isToken(apiToken.headerName))
            add(u"api_token.header"_s,
                tr("The header name \"%1\" is not a valid HTTP header name; use letters, digits and - (for example "
                   "Authorization or X-Api-Key).")
                    .arg(apiToken.headerName));
        if (hasControlCharacter(apiToken.prefix))
            add(u"api_token.prefix"_s, tr("The token prefix must not contain line breaks or control characters."));
    }

    // Parameters the console sets itself; a second copy would make the request ambiguous.
    static const QStringList owned = {u"grant_type"_s, u"client_id"_s,      u"client_secret"_s,
                                      u"code"_s,       u"code_verifier"_s,  u"redirect_uri"_s,
                                      u"state"_s,      u"nonce"_s,          u"client_assertion"_s,
                                      u"client_assertion_type"_s};
    for (qsizetype i = 0; i < extraParameters.size(); ++i) {
        const QString field = u"extra_parameters[%1].name"_s.arg(i);
        const QString parameter = extraParameters.at(i).name.trimmed();
        if (parameter.isEmpty())
            add(field, tr("Enter a name for extra parameter %1, or remove it.").arg(i + 1));
        else if (owned.contains(parameter))
            add(field, tr("The parameter \"%1\" is set by Tokenscope itself; remove it from the extra parameters.")
                           .arg(parameter));
    }
    for (qsizetype i = 0; i < apiGroups.size(); ++i) {
        const QString field = u"api_groups[%1]"_s.arg(i);
        const ApiGroupOverride &group = apiGroups.at(i);
        if (!group.pathPrefix.startsWith(u'/'))
            add(field + u".path_prefix"_s,
                tr("The path prefix of API group override %1 must start with \"/\", for example /api/admin.").arg(i + 1));
        else if (group.pathPrefix.contains(u'?') || group.pathPrefix.contains(u'#')
                 || std::any_of(group.pathPrefix.cbegin(), group.pathPrefix.cend(), [](QChar c) { return c.isSpace(); }))
            add(field + u".path_prefix"_s,
                tr("The path prefix of API group override %1 must be a path only: remove spaces, \"?\" and \"#\".")
                    .arg(i + 1));
        if (group.group.trimmed().isEmpty())
            add(field + u".group"_s, tr("Enter a group name for API group override %1, or remove it.").arg(i + 1));
        else if (hasControlCharacter(group.group))
            add(field + u".group"_s,
                tr("The group name of API group override %1 must not contain line breaks or control characters.")
                    .arg(i + 1));
    }
    return problems;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Profiles
