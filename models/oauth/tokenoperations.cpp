// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenoperations.h"

#include "jose/decodedtoken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcTokenOps, "tokenscope.oauth.operations")

namespace OAuth {

namespace {

using Profiles::EndpointKind;
using Profiles::Profile;

QString where(const HttpResponse &http)
{
    return http.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QByteArray header(const HttpResponse &http, const QByteArray &name)
{
    for (const auto &[key, value] : http.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

qint64 numberClaim(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(QLatin1String(name));
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        return ok ? number : -1;
    }
    return -1;
}

// RFC 6749 §5.2 members of an error document; false when there is none.
bool readOAuthError(const QJsonObject &json, QString *error, QString *description, QString *uri)
{
    if (!json.value(QLatin1String("error")).isString())
        return false;
    *error = json.value(QLatin1String("error")).toString();
    *description = json.value(QLatin1String("error_description")).toString();
    *uri = json.value(QLatin1String("error_uri")).toString();
    return true;
}

QString refusal(const QString &endpointName, int status, const QString &error, const QString &description)
{
    QString message = TokenOperations::tr("The %1 refused the request (HTTP %2): %3").arg(endpointName).arg(status).arg(error);
    if (!description.isEmpty())
        message += QLatin1String(" (") + description + QLatin1Char(')');
    if (error == QLatin1String("invalid_client"))
        message += TokenOperations::tr(". Check the client id, its authentication method and secret or key.");
    return message;
}

QString noAnswer(const QString &endpointName, const HttpResponse &http)
{
    return TokenOperations::tr("No answer from the %1 %2: %3")
        .arg(endpointName, where(http), http.error.isEmpty() ? TokenOperations::tr("the request failed.") : http.error);
}

Form withHint(const QString &token, const QString &hint)
{
    Form form{{QStringLiteral("token"), token}};
    if (!hint.isEmpty())
        form.append({QStringLiteral("token_type_hint"), hint});
    return form;
}

} // namespace

QMap<QString, QString> parseBearerChallenge(const QByteArray &wwwAuthenticate)
{
    QMap<QString, QString> params;
    const QString text = QString::fromLatin1(wwwAuthenticate);
    qsizetype i = text.indexOf(QLatin1String("bearer"), 0, Qt::CaseInsensitive);
    // The scheme must be a whole token: at the start or after ", " of another challenge.
    while (i > 0 && text.at(i - 1) != QLatin1Char(' ') && text.at(i - 1) != QLatin1Char(','))
        i = text.indexOf(QLatin1String("bearer"), i + 1, Qt::CaseInsensitive);
    if (i < 0)
        return params;
    qsizetype pos = i + 6;
    const qsizetype size = text.size();
    // auth-param = token BWS "=" BWS ( token / quoted-string ), separated by commas (RFC 9110 §11.2)
    while (pos < size) {
        while (pos < size && (text.at(pos) == QLatin1Char(' ') || text.at(pos) == QLatin1Char(',')))
            ++pos;
        const qsizetype nameStart = pos;
        while (pos < size && text.at(pos) != QLatin1Char('=') && text.at(pos) != QLatin1Char(' ')
               && text.at(pos) != QLatin1Char(','))
            ++pos;
        const QString name = text.mid(nameStart, pos - nameStart).toLower();
        while (pos < size && text.at(pos) == QLatin1Char(' '))
            ++pos;
        if (name.isEmpty() || pos >= size || text.at(pos) != QLatin1Char('='))
            break; // the next challenge's scheme, or the end
        ++pos;
        while (pos < size && text.at(pos) == QLatin1Char(' '))
            ++pos;
        QString value;
        if (pos < size && text.at(pos) == QLatin1Char('"')) {
            ++pos;
            while (pos < size && text.at(pos) != QLatin1Char('"')) {
                if (text.at(pos) == QLatin1Char('\\') && pos + 1 < size)
                    ++pos;
                value += text.at(pos++);
            }
            ++pos; // the closing quote
        } else {
            const qsizetype valueStart = pos;
            while (pos < size && text.at(pos) != QLatin1Char(',') && text.at(pos) != QLatin1Char(' '))
                ++pos;
            value = text.mid(valueStart, pos - valueStart);
        }
        params.insert(name, value);
    }
    return params;
}

QUrl buildLogoutUrl(const Profile &profile, const LogoutRequest &request, QString *error)
{
    QUrl url = profile.endpoints.url(EndpointKind::EndSession);
    if (url.isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        if (error)
            *error = TokenOperations::tr("The profile \"%1\" has no end_session_endpoint: the provider does not "
                                         "advertise RP-initiated logout. Set the end session endpoint or discover it "
                                         "from the issuer.")
                         .arg(profile.name);
        return {};
    }
    if (error)
        error->clear();
    QUrlQuery query(url);
    const auto put = [&query](const QString &name, const QString &value) {
        if (value.isEmpty())
            return;
        query.removeAllQueryItems(name);
        // Percent-encode everything but unreserved characters, so '+' and '&' survive.
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    put(QStringLiteral("id_token_hint"), request.idTokenHint);
    if (request.includeClientId)
        put(QStringLiteral("client_id"), profile.clientId);
    put(QStringLiteral("post_logout_redirect_uri"), request.postLogoutRedirectUri.toString(QUrl::FullyEncoded));
    put(QStringLiteral("state"), request.state);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

TokenOperations::TokenOperations(TokenClient *tokens, HttpClient *http, QObject *parent)
    : QObject(parent), m_tokens(tokens), m_http(http)
{
}

void TokenOperations::refresh(const Profile &profile, const QString &refreshToken, const QStringList &scopeOverride,
                              QObject *context, std::function<void(const RefreshResult &)> done)
{
    Form form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
              {QStringLiteral("refresh_token"), refreshToken}};
    if (!scopeOverride.isEmpty()) // RFC 6749 §6: omitted means the scope originally granted
        form.append({QStringLiteral("scope"), scopeOverride.join(QLatin1Char(' '))});
    m_tokens->send(profile, form, context ? context : this, [refreshToken, done](const TokenResponse &response) {
        RefreshResult result;
        result.token = response;
        result.rotated = response.ok() && !response.refreshToken.isEmpty() && response.refreshToken != refreshToken;
        qCInfo(lcTokenOps).noquote() << "refresh" << (response.ok() ? "succeeded" : "failed") << "rotated"
                                     << result.rotated;
        done(result);
    });
}

void TokenOperations::password(const Profile &profile, const QString &username, const QString &password,
                               const QStringList &scopeOverride, QObject *context, TokenClient::Callback done)
{
    Form form{{QStringLiteral("grant_type"), QStringLiteral("password")},
              {QStringLiteral("username"), username},
              {QStringLiteral("password"), password}};
    appendScopeAudienceResource(form, profile, scopeOverride);
    m_tokens->send(profile, form, context ? context : this, std::move(done));
}

void TokenOperations::introspect(const Profile &profile, const QString &token, const QString &tokenTypeHint,
                                 QObject *context, std::function<void(const IntrospectionResult &)> done)
{
    m_tokens->sendToEndpoint(profile, EndpointKind::Introspection, withHint(token, tokenTypeHint),
                             context ? context : this, [done](const TokenClient::EndpointResponse &response) {
                                 if (!response.error.isEmpty()) {
                                     IntrospectionResult result;
                                     result.error = response.error;
                                     result.secretUnavailable = response.secretUnavailable;
                                     done(result);
                                     return;
                                 }
                                 const IntrospectionResult result = parseIntrospection(response.http);
                                 qCInfo(lcTokenOps).noquote() << "introspection status" << response.http.status
                                                              << "active" << result.active;
                                 done(result);
                             });
}

void TokenOperations::revoke(const Profile &profile, const QString &token, const QString &tokenTypeHint,
                             QObject *context, std::function<void(const RevocationResult &)> done)
{
    m_tokens->sendToEndpoint(profile, EndpointKind::Revocation, withHint(token, tokenTypeHint), context ? context : this,
                             [done](const TokenClient::EndpointResponse &response) {
                                 if (!response.error.isEmpty()) {
                                     RevocationResult result;
                                     result.error = response.error;
                                     result.secretUnavailable = response.secretUnavailable;
                                     done(result);
                                     return;
                                 }
                                 qCInfo(lcTokenOps).noquote() << "revocation status" << response.http.status;
                                 done(parseRevocation(response.http));
                             });
}

void TokenOperations::userinfo(const Profile &profile, const QString &accessToken, QObject *context,
                               std::function<void(const UserinfoResult &)> done)
{
    const QUrl endpoint = profile.endpoints.url(EndpointKind::Userinfo);
    QObject *receiver = context ? context : this;
    if (endpoint.isEmpty() || !endpoint.isValid()
        || (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http"))) {
        UserinfoResult result;
        result.error = tr("The profile \"%1\" has no userinfo endpoint. Fill the endpoints from the issuer (discovery) "
                          "or set it in the profile.")
                           .arg(profile.name);
        QTimer::singleShot(0, receiver, [done, result] { done(result); });
        return;
    }
    HttpRequest request;
    request.url = endpoint;
    request.tls.caBundlePath = profile.tls.caBundlePath;
    request.tls.insecure = profile.tls.insecure;
    // RFC 6750 §2.1
    request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + accessToken.toLatin1()});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, application/jwt")});
    m_http->send(request, receiver, [done](const HttpResponse &http) {
        const UserinfoResult result = parseUserinfo(http);
        qCInfo(lcTokenOps).noquote() << "userinfo status" << http.status
                                     << (result.jwt.isEmpty() ? "json" : "jwt");
        done(result);
    });
}

IntrospectionResult TokenOperations::parseIntrospection(const HttpResponse &http)
{
    IntrospectionResult result;
    result.http = http;
    const QString name = tr("introspection endpoint");
    if (http.status == 0) {
        result.error = noAnswer(name, http);
        return result;
    }
    const QJsonDocument document = QJsonDocument::fromJson(http.body);
    result.json = document.object();
    if (readOAuthError(result.json, &result.oauthError, &result.oauthErrorDescription, &result.oauthErrorUri)) {
        result.error = refusal(name, http.status, result.oauthError, result.oauthErrorDescription);
        return result;
    }
    if (http.status < 200 || http.status >= 300) {
        result.error = tr("The introspection endpoint %1 answered HTTP %2. %3").arg(where(http)).arg(http.status).arg(http.error);
        return result;
    }
    // RFC 7662 §2.2: "active" is REQUIRED and a boolean.
    if (!document.isObject() || !result.json.value(QLatin1String("active")).isBool()) {
        result.error = tr("The introspection endpoint %1 did not answer with a JSON object holding a boolean "
                          "\"active\" (RFC 7662). Check the introspection endpoint URL.")
                           .arg(where(http));
        return result;
    }
    const QJsonObject &json = result.json;
    const auto text = [&json](const char *member) { return json.value(QLatin1String(member)).toString(); };
    result.active = json.value(QLatin1String("active")).toBool();
    result.scope = text("scope");
    result.clientId = text("client_id");
    result.username = text("username");
    result.tokenType = text("token_type");
    result.subject = text("sub");
    result.issuer = text("iss");
    result.jwtId = text("jti");
    const QJsonValue aud = json.value(QLatin1String("aud"));
    if (aud.isString())
        result.audiences = {aud.toString()};
    for (const QJsonValue &value : aud.toArray())
        result.audiences.append(value.toString());
    result.expiresAt = numberClaim(json, "exp");
    result.issuedAt = numberClaim(json, "iat");
    result.notBefore = numberClaim(json, "nbf");
    return result;
}

RevocationResult TokenOperations::parseRevocation(const HttpResponse &http)
{
    RevocationResult result;
    result.http = http;
    const QString name = tr("revocation endpoint");
    if (http.status == 0) {
        result.error = noAnswer(name, http);
        return result;
    }
    const QJsonObject json = QJsonDocument::fromJson(http.body).object();
    if (readOAuthError(json, &result.oauthError, &result.oauthErrorDescription, &result.oauthErrorUri)) {
        result.error = refusal(name, http.status, result.oauthError, result.oauthErrorDescription);
        if (result.oauthError == QLatin1String("unsupported_token_type"))
            result.error += tr(". The server does not revoke this kind of token; try the other token_type_hint or "
                               "revoke the refresh token.");
        return result;
    }
    // RFC 7009 §2.2: 200 (the body is ignored); 503 asks to retry later.
    if (http.status == 503)
        result.error = tr("The revocation endpoint %1 is unavailable (HTTP 503): try again later.").arg(where(http));
    else if (http.status < 200 || http.status >= 300)
        result.error = tr("The revocation endpoint %1 answered HTTP %2. %3").arg(where(http)).arg(http.status).arg(http.error);
    return result;
}

UserinfoResult TokenOperations::parseUserinfo(const HttpResponse &http)
{
    UserinfoResult result;
    result.http = http;
    if (http.status == 0) {
        result.error = noAnswer(tr("userinfo endpoint"), http);
        return result;
    }
    const QByteArray challenge = header(http, "WWW-Authenticate");
    if (http.status == 401 || http.status == 403 || !challenge.isEmpty()) {
        const QMap<QString, QString> params = parseBearerChallenge(challenge);
        result.bearerError = params.value(QStringLiteral("error"));
        result.bearerErrorDescription = params.value(QStringLiteral("error_description"));
        result.bearerScope = params.value(QStringLiteral("scope"));
    }
    if (http.status < 200 || http.status >= 300) {
        QString code = result.bearerError;
        QString description = result.bearerErrorDescription;
        if (code.isEmpty()) { // some servers send the RFC 6749 §5.2 body instead
            QString uri;
            readOAuthError(QJsonDocument::fromJson(http.body).object(), &code, &description, &uri);
        }
        if (code.isEmpty()) {
            result.error = tr("The userinfo endpoint %1 answered HTTP %2. %3").arg(where(http)).arg(http.status).arg(http.error);
        } else {
            result.error = tr("The userinfo endpoint refused the access token (HTTP %1): %2").arg(http.status).arg(code);
            if (!description.isEmpty())
                result.error += QLatin1String(" (") + description + QLatin1Char(')');
            // RFC 6750 §3.1
            if (code == QLatin1String("invalid_token"))
                result.error += tr(". The token is expired, revoked or not for this server: get a new one.");
            else if (code == QLatin1String("insufficient_scope"))
                result.error += tr(". Request the openid scope (and the scopes of the claims you want) with a user's "
                                   "grant.");
        }
        return result;
    }
    const QByteArray contentType = header(http, "Content-Type").toLower();
    if (contentType.startsWith("application/jwt")) {
        result.jwt = http.body.trimmed();
        const Jose::DecodedToken decoded = Jose::decodeToken(QString::fromLatin1(result.jwt));
        if (decoded.kind == Jose::TokenKind::Jwe) {
            result.encrypted = true;
        } else if (decoded.claims) {
            result.claims = *decoded.claims;
        } else {
            result.error = tr("The userinfo endpoint %1 answered with a JWT whose claims cannot be decoded.").arg(where(http));
        }
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(http.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        result.error = tr("The userinfo endpoint %1 answered with neither a JSON object nor a JWT. Check the userinfo "
                          "endpoint URL.")
                           .arg(where(http));
        return result;
    }
    result.claims = document.object();
    // OIDC Core §5.3.2: sub is always returned.
    if (!result.claims.value(QLatin1String("sub")).isString())
        result.error = tr("The userinfo response of %1 has no \"sub\" claim, which OpenID Connect requires.").arg(where(http));
    return result;
}

} // namespace OAuth
