// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>

#include <memory>

Q_LOGGING_CATEGORY(lcDiscovery, "tokenscope.discovery", QtWarningMsg)

namespace Discovery {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Discovery)
};

const QString OidcSuffix = QStringLiteral("/.well-known/openid-configuration");
const QString OAuthPrefix = QStringLiteral("/.well-known/oauth-authorization-server");

QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

// Members this client reads or that are common enough to type-check (OIDC Discovery §3,
// RFC 8414 §2, RFC 9126 §5, RFC 8628 §4, RFC 9207 §3).
const QStringList &urlMembers()
{
    static const QStringList list{
        QStringLiteral("registration_endpoint"), QStringLiteral("service_documentation"),
        QStringLiteral("op_policy_uri"),         QStringLiteral("op_tos_uri"),
        QStringLiteral("check_session_iframe"),  QStringLiteral("backchannel_authentication_endpoint"),
    };
    return list;
}

const QStringList &stringArrayMembers()
{
    static const QStringList list{
        QStringLiteral("scopes_supported"),
        QStringLiteral("response_types_supported"),
        QStringLiteral("response_modes_supported"),
        QStringLiteral("grant_types_supported"),
        QStringLiteral("acr_values_supported"),
        QStringLiteral("subject_types_supported"),
        QStringLiteral("id_token_signing_alg_values_supported"),
        QStringLiteral("id_token_encryption_alg_values_supported"),
        QStringLiteral("id_token_encryption_enc_values_supported"),
        QStringLiteral("userinfo_signing_alg_values_supported"),
        QStringLiteral("request_object_signing_alg_values_supported"),
        QStringLiteral("token_endpoint_auth_methods_supported"),
        QStringLiteral("token_endpoint_auth_signing_alg_values_supported"),
        QStringLiteral("introspection_endpoint_auth_methods_supported"),
        QStringLiteral("revocation_endpoint_auth_methods_supported"),
        QStringLiteral("display_values_supported"),
        QStringLiteral("claim_types_supported"),
        QStringLiteral("claims_supported"),
        QStringLiteral("claims_locales_supported"),
        QStringLiteral("ui_locales_supported"),
        QStringLiteral("code_challenge_methods_supported"),
        QStringLiteral("dpop_signing_alg_values_supported"),
    };
    return list;
}

const QStringList &booleanMembers()
{
    static const QStringList list{
        QStringLiteral("claims_parameter_supported"),
        QStringLiteral("request_parameter_supported"),
        QStringLiteral("request_uri_parameter_supported"),
        QStringLiteral("require_request_uri_registration"),
        QStringLiteral("require_pushed_authorization_requests"),
        QStringLiteral("authorization_response_iss_parameter_supported"),
        QStringLiteral("frontchannel_logout_supported"),
        QStringLiteral("backchannel_logout_supported"),
        QStringLiteral("tls_client_certificate_bound_access_tokens"),
    };
    return list;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("nothing");
}

// An absolute http(s) URL; *error names the member otherwise.
std::optional<QUrl> urlMember(const QJsonObject &object, const QString &name, const QUrl &source, QString *error)
{
    const QJsonValue value = object.value(name);
    if (!value.isString()) {
        *error = Text::tr("The member \"%1\" of the document at %2 is %3, not a URL string. The server's metadata "
                          "is broken: report it to its operator, or enter the endpoints by hand.")
                     .arg(name, displayUrl(source), typeName(value));
        return std::nullopt;
    }
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http")) {
        *error = Text::tr("The member \"%1\" of the document at %2 is \"%3\", not an absolute http(s) URL. The "
                          "server's metadata is broken: report it to its operator, or enter the endpoints by hand.")
                     .arg(name, displayUrl(source), value.toString());
        return std::nullopt;
    }
    return url;
}

std::optional<QStringList> stringArray(const QJsonObject &object, const QString &name, const QUrl &source,
                                       QString *error)
{
    const QJsonValue value = object.value(name);
    QStringList list;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!item.isString())
                break;
            list.append(item.toString());
        }
        if (list.size() == array.size())
            return list;
    }
    *error = Text::tr("The member \"%1\" of the document at %2 is %3, not an array of strings. The server's "
                      "metadata is broken: report it to its operator.")
                 .arg(name, displayUrl(source), value.isArray() ? Text::tr("an array holding a non-string")
                                                                : typeName(value));
    return std::nullopt;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Finding finding(Finding::Severity severity, const QString &code, const QString &message)
{
    return Finding{severity, code, message};
}

QString withoutTrailingSlash(const QString &text)
{
    QString copy = text;
    while (copy.endsWith(QLatin1Char('/')))
        copy.chop(1);
    return copy;
}

} // namespace

QUrl wellKnownUrl(const QUrl &issuer, Kind kind)
{
    QUrl url = issuer.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString path = withoutTrailingSlash(url.path(QUrl::FullyEncoded));
    if (kind == Kind::OpenIdConnect)
        url.setPath(path + OidcSuffix, QUrl::TolerantMode); // OIDC Discovery §4.1: appended to the path
    else
        url.setPath(OAuthPrefix + path, QUrl::TolerantMode); // RFC 8414 §3.1: between host and path
    return url;
}

ParseResult parse(const QByteArray &json, const QUrl &sourceUrl, Kind kind)
{
    ParseResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = Text::tr("The answer from %1 is not JSON (%2 at byte %3). Check that the issuer URL is right "
                                "and that the server publishes its metadata there.")
                           .arg(displayUrl(sourceUrl), parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = Text::tr("The answer from %1 is a JSON %2, not the object a metadata document is. Check that "
                                "the issuer URL is right.")
                           .arg(displayUrl(sourceUrl),
                                document.isArray() ? Text::tr("array") : Text::tr("value"));
        return result;
    }

    const QJsonObject object = document.object();
    Document out;
    out.kind = kind;
    out.sourceUrl = sourceUrl;
    out.raw = object;
    QString error;

    // OIDC Discovery §3 and RFC 8414 §2: "issuer" is REQUIRED.
    if (!object.contains(QLatin1String("issuer"))) {
        result.error = Text::tr("The document at %1 has no \"issuer\" member, so it is not authorization server "
                                "metadata. Check the issuer URL.")
                           .arg(displayUrl(sourceUrl));
        return result;
    }
    const auto issuer = urlMember(object, QStringLiteral("issuer"), sourceUrl, &error);
    if (!issuer) {
        result.error = error;
        return result;
    }
    out.issuer = *issuer;

    for (int i = 0; i < Profiles::EndpointKindCount; ++i) {
        const auto endpointKind = Profiles::EndpointKind(i);
        const QString name = Profiles::endpointMetadataName(endpointKind);
        if (!object.contains(name))
            continue;
        const auto url = urlMember(object, name, sourceUrl, &error);
        if (!url) {
            result.error = error;
            return result;
        }
        out.endpoints.setUrl(endpointKind, *url);
    }
    for (const QString &name : urlMembers()) {
        if (object.contains(name) && !urlMember(object, name, sourceUrl, &error)) {
            result.error = error;
            return result;
        }
    }
    for (const QString &name : stringArrayMembers()) {
        if (!object.contains(name))
            continue;
        const auto list = stringArray(object, name, sourceUrl, &error);
        if (!list) {
            result.error = error;
            return result;
        }
        if (name == u"grant_types_supported")
            out.grantTypesSupported = *list;
        else if (name == u"response_types_supported")
            out.responseTypesSupported = *list;
        else if (name == u"response_modes_supported")
            out.responseModesSupported = *list;
        else if (name == u"code_challenge_methods_supported")
            out.codeChallengeMethodsSupported = *list;
        else if (name == u"token_endpoint_auth_methods_supported")
            out.tokenEndpointAuthMethodsSupported = *list;
        else if (name == u"scopes_supported")
            out.scopesSupported = *list;
    }
    for (const QString &name : booleanMembers()) {
        if (!object.contains(name))
            continue;
        const QJsonValue value = object.value(name);
        if (!value.isBool()) {
            result.error = Text::tr("The member \"%1\" of the document at %2 is %3, not true or false. The server's "
                                    "metadata is broken: report it to its operator.")
                               .arg(name, displayUrl(sourceUrl), typeName(value));
            return result;
        }
    }
    out.authorizationResponseIssParameterSupported =
        object.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool(false);
    result.document = out;
    return result;
}

QList<Finding> lint(const Document &document, const QUrl &expectedIssuer)
{
    using Severity = Finding::Severity;
    QList<Finding> findings;
    const QString issuerText = document.issuer.toString(QUrl::FullyEncoded);

    // OIDC Discovery §4.3 / RFC 8414 §3.3: the issuer must be identical to the one asked for.
    if (!expectedIssuer.isEmpty()) {
        const QString expected = expectedIssuer.toString(QUrl::FullyEncoded);
        if (issuerText != expected) {
            const bool onlySlash = withoutTrailingSlash(issuerText) == withoutTrailingSlash(expected);
            findings.append(finding(
                onlySlash ? Severity::Warning : Severity::Error, QStringLiteral("issuer_mismatch"),
                onlySlash ? Text::tr("The document's issuer \"%1\" differs from \"%2\" only by a trailing slash. "
                                     "Tokens carry the document's form: use it as the profile's issuer.")
                                .arg(issuerText, expected)
                          : Text::tr("The document's issuer \"%1\" is not the issuer \"%2\" it was fetched for; a "
                                     "client must reject such metadata (OpenID Connect Discovery §4.3, RFC 8414 "
                                     "§3.3). Check the issuer URL, or the server's public URL setting.")
                                .arg(issuerText, expected)));
        }
    }
    // OIDC Discovery §3: no query or fragment in the issuer.
    if (document.issuer.hasQuery() || document.issuer.hasFragment()) {
        findings.append(finding(Severity::Error, QStringLiteral("issuer_query_or_fragment"),
                                Text::tr("The issuer \"%1\" has a query or fragment, which an issuer must not have.")
                                    .arg(issuerText)));
    }

    if (document.endpoints.url(Profiles::EndpointKind::Token).isEmpty()) {
        findings.append(finding(Severity::Error, QStringLiteral("no_token_endpoint"),
                                Text::tr("The document has no \"token_endpoint\": no token can be requested. Enter "
                                         "the token endpoint by hand.")));
    }
    if (document.endpoints.url(Profiles::EndpointKind::Jwks).isEmpty()) {
        // REQUIRED in OIDC Discovery §3, OPTIONAL in RFC 8414 §2.
        const bool oidc = document.kind == Kind::OpenIdConnect;
        findings.append(finding(oidc ? Severity::Error : Severity::Warning, QStringLiteral("no_jwks_uri"),
                                Text::tr("The document has no \"jwks_uri\": signed tokens from this server cannot be "
                                         "verified with its published keys. Enter a JWKS URL or a key by hand.")));
    }

    // PKCE (RFC 7636 §4.2; RFC 9700 §2.1.1): S256 must be offered where there is a code flow.
    if (!document.endpoints.url(Profiles::EndpointKind::Authorization).isEmpty()) {
        const QStringList &methods = document.codeChallengeMethodsSupported;
        if (methods.contains(QLatin1String("S256"))) {
            // fine
        } else if (methods.contains(QLatin1String("plain"))) {
            findings.append(finding(Severity::Error, QStringLiteral("plain_pkce_only"),
                                    Text::tr("\"code_challenge_methods_supported\" offers only \"plain\" PKCE, which "
                                             "does not protect a stolen code (RFC 7636 §7.2). Enable S256 on the "
                                             "server.")));
        } else {
            findings.append(finding(
                Severity::Warning, QStringLiteral("no_s256"),
                methods.isEmpty()
                    ? Text::tr("The document does not list \"code_challenge_methods_supported\", so PKCE with S256 "
                               "may be unsupported (RFC 8414 §2). Tokenscope still sends S256; check the server.")
                    : Text::tr("\"code_challenge_methods_supported\" is [%1] and lacks \"S256\". Enable S256 PKCE on "
                               "the server.")
                          .arg(methods.join(QLatin1String(", ")))));
        }
    }

    // RFC 9700 §2.1.2: no implicit grant; access tokens in the front channel ("token" response types).
    QStringList tokenResponseTypes;
    for (const QString &type : document.responseTypesSupported) {
        if (type.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("token")))
            tokenResponseTypes.append(type);
    }
    // An "implicit" grant whose response types carry no access token ("id_token" only, as
    // OpenID Connect lists it) leaks no access token: flagged only when the types are unknown.
    const bool implicitGrant = document.grantTypesSupported.contains(QLatin1String("implicit"))
                               && document.responseTypesSupported.isEmpty();
    if (implicitGrant || !tokenResponseTypes.isEmpty()) {
        findings.append(finding(
            Severity::Warning, QStringLiteral("implicit_enabled"),
            tokenResponseTypes.isEmpty()
                ? Text::tr("\"grant_types_supported\" lists \"implicit\": access tokens travel in the browser's URL. "
                           "Disable the implicit grant and use the code flow with PKCE (RFC 9700 §2.1.2).")
                : Text::tr("The implicit grant is enabled (response types %1): access tokens travel in the browser's "
                           "URL. Disable it and use the code flow with PKCE (RFC 9700 §2.1.2).")
                      .arg(tokenResponseTypes.join(QLatin1String(", ")))));
    }
    // RFC 9700 §2.4: the resource owner password credentials grant must not be used.
    if (document.grantTypesSupported.contains(QLatin1String("password"))) {
        findings.append(finding(Severity::Warning, QStringLiteral("password_enabled"),
                                Text::tr("\"grant_types_supported\" lists \"password\": clients see users' passwords. "
                                         "Disable the password grant unless a legacy client needs it (RFC 9700 "
                                         "§2.4).")));
    }

    // OIDC Discovery §3 / RFC 8414 §2: https everywhere; loopback is fine for local servers.
    QList<QPair<QString, QUrl>> urls{{QStringLiteral("issuer"), document.issuer}};
    for (int i = 0; i < Profiles::EndpointKindCount; ++i) {
        const auto kind = Profiles::EndpointKind(i);
        urls.append({Profiles::endpointMetadataName(kind), document.endpoints.url(kind)});
    }
    for (const auto &[name, url] : urls) {
        if (url.scheme() == u"http" && !isLoopback(url)) {
            findings.append(finding(Severity::Error, QStringLiteral("plain_http_endpoint"),
                                    Text::tr("\"%1\" is %2 over plain http: tokens and secrets would travel "
                                             "unencrypted. Use https.")
                                        .arg(name, url.toDisplayString())));
        }
    }

    // RFC 9207 §3: without "iss" in the authorization response, mix-up attacks go unnoticed.
    if (!document.endpoints.url(Profiles::EndpointKind::Authorization).isEmpty()
        && !document.authorizationResponseIssParameterSupported) {
        findings.append(finding(Severity::Info, QStringLiteral("no_iss_parameter"),
                                Text::tr("The server does not announce the \"iss\" authorization response parameter "
                                         "(RFC 9207); with more than one server, mix-up attacks go unnoticed.")));
    }
    return findings;
}

QList<EndpointChange> diff(const Profiles::Endpoints &before, const Profiles::Endpoints &after)
{
    QList<EndpointChange> changes;
    for (int i = 0; i < Profiles::EndpointKindCount; ++i) {
        const auto kind = Profiles::EndpointKind(i);
        if (before.url(kind) != after.url(kind))
            changes.append(EndpointChange{kind, before.url(kind), after.url(kind)});
    }
    return changes;
}

DiscoveryClient::DiscoveryClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{
}

namespace {

//   discover(issuer)
//     GET {issuer}/.well-known/openid-configuration
//       200 + metadata            -> done (findings from lint)
//       404/410 or not metadata   -> GET /.well-known/oauth-authorization-server{path}
//                                       200 + metadata -> done; otherwise -> error naming both
//       network, TLS, other HTTP  -> error
struct DiscoveryRun
{
    HttpClient *http = nullptr;
    QUrl issuer;
    TlsOptions tls;
    QPointer<QObject> context;
    DiscoveryClient::Callback done;
    Result result;
    QStringList failures; // one per tried URL, for the final message
};

void attempt(const std::shared_ptr<DiscoveryRun> &run, Kind kind);

void finish(const std::shared_ptr<DiscoveryRun> &run)
{
    if (run->result.document) {
        qCInfo(lcDiscovery).noquote() << "discovered" << displayUrl(run->issuer) << "from"
                                      << displayUrl(run->result.document->sourceUrl) << "with"
                                      << run->result.findings.size() << "findings";
    } else {
        qCInfo(lcDiscovery).noquote() << "discovery of" << displayUrl(run->issuer) << "failed after"
                                      << run->result.tried.size() << "URLs";
    }
    run->done(run->result);
}

void attempt(const std::shared_ptr<DiscoveryRun> &run, Kind kind)
{
    HttpRequest request;
    request.url = wellKnownUrl(run->issuer, kind);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.tls = run->tls;
    run->result.tried.append(request.url.toString(QUrl::FullyEncoded));
    qCDebug(lcDiscovery).noquote() << "trying" << displayUrl(request.url);

    run->http->send(request, run->context.data(), [run, kind, url = request.url](const HttpResponse &response) {
        qCInfo(lcDiscovery).noquote() << displayUrl(url) << "->" << response.status;
        const bool notThere = response.status == 404 || response.status == 410;
        if (response.ok()) {
            const ParseResult parsed = parse(response.body, url, kind);
            if (parsed.document) {
                run->result.document = parsed.document;
                run->result.findings = lint(*parsed.document, run->issuer);
                finish(run);
                return;
            }
            run->failures.append(parsed.error);
        } else if (notThere) {
            run->failures.append(response.error.isEmpty()
                                     ? Text::tr("%1 answered HTTP %2.").arg(displayUrl(url)).arg(response.status)
                                     : response.error);
        } else {
            // Network, TLS, an unusable CA bundle, 5xx, 401/403: the next URL on the same server
            // would fail the same way.
            run->result.error = response.error.isEmpty()
                                    ? Text::tr("%1 answered HTTP %2 without a document. Check the issuer URL.")
                                          .arg(displayUrl(url))
                                          .arg(response.status)
                                    : response.error;
            finish(run);
            return;
        }
        if (kind == Kind::OpenIdConnect) {
            attempt(run, Kind::OAuthServerMetadata);
            return;
        }
        run->result.error = Text::tr("No metadata document was found for the issuer %1. Tried:\n%2\nCheck the issuer "
                                     "URL, or enter the endpoints by hand.")
                                .arg(displayUrl(run->issuer), run->failures.join(QLatin1Char('\n')));
        finish(run);
    });
}

} // namespace

void DiscoveryClient::discover(const QUrl &issuer, const TlsOptions &tls, QObject *context, Callback done)
{
    auto run = std::make_shared<DiscoveryRun>();
    run->http = m_http;
    run->issuer = issuer;
    run->tls = tls;
    run->context = context ? context : this;
    run->done = std::move(done);

    if (!issuer.isValid() || issuer.isRelative() || issuer.host().isEmpty()
        || (issuer.scheme() != u"https" && issuer.scheme() != u"http")) {
        run->result.error = Text::tr("\"%1\" is not an absolute http(s) URL. Enter the issuer like "
                                     "https://id.example.com.")
                                .arg(issuer.toString());
        // Never call back before discover() returns.
        QMetaObject::invokeMethod(
            run->context.data(), [run] { finish(run); }, Qt::QueuedConnection);
        return;
    }
    attempt(run, Kind::OpenIdConnect);
}

} // namespace Discovery
