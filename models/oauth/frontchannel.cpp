// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontchannel.h"

#include "jose/decodedtoken.h"
#include "jose/tokenverifier.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace OAuth {

namespace {

QString value(const QUrlQuery &query, const QString &name)
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

QString where(const HttpResponse &http)
{
    return http.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

} // namespace

QStringList responseTypeParts(const QString &responseType)
{
    QStringList parts = responseType.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    parts.sort();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        const bool known = part == QLatin1String("code") || part == QLatin1String("token")
                           || part == QLatin1String("id_token");
        if (!known || (i > 0 && parts.at(i - 1) == part))
            return {};
    }
    return parts;
}

QString canonicalResponseType(const QString &responseType)
{
    // Sorted, "code" < "id_token" < "token" is also the order OpenID Connect spells them in.
    return responseTypeParts(responseType).join(QLatin1Char(' '));
}

bool returnsTokensFromAuthorizationEndpoint(const QString &responseType)
{
    const QStringList parts = responseTypeParts(responseType);
    return !parts.isEmpty() && parts != QStringList{QStringLiteral("code")};
}

FrontChannelResult checkFrontChannel(const QUrlQuery &callback, const FrontChannelExpectations &expected)
{
    FrontChannelResult result;
    const QStringList parts = responseTypeParts(expected.responseType);
    result.code = value(callback, QStringLiteral("code"));
    TokenResponse &tokens = result.tokens;
    tokens.accessToken = value(callback, QStringLiteral("access_token"));
    tokens.tokenType = value(callback, QStringLiteral("token_type"));
    tokens.idToken = value(callback, QStringLiteral("id_token"));
    tokens.scope = value(callback, QStringLiteral("scope"));
    bool numeric = false;
    const qint64 expiresIn = value(callback, QStringLiteral("expires_in")).toLongLong(&numeric);
    tokens.expiresIn = numeric && expiresIn >= 0 ? expiresIn : -1;
    // The front-channel values as a token response would carry them (the code is spent later).
    for (const auto &[name, text] : callback.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("expires_in") && numeric)
            tokens.json.insert(name, double(expiresIn));
        else if (name != QLatin1String("code") && name != QLatin1String("state"))
            tokens.json.insert(name, text);
    }
    result.hasTokens = !tokens.accessToken.isEmpty() || !tokens.idToken.isEmpty();

    const auto missing = [&result, &expected](const char *member) {
        result.problem = FrontChannelResult::tr("The authorization response has no \"%1\" although the response type "
                                                "\"%2\" asks for it. It was refused; check the response types the "
                                                "client may use at the server.")
                             .arg(QLatin1String(member), expected.responseType);
    };
    if (parts.contains(QLatin1String("code")) && result.code.isEmpty()) {
        missing("code");
        return result;
    }
    if (parts.contains(QLatin1String("token")) && tokens.accessToken.isEmpty()) {
        missing("access_token");
        return result;
    }
    if (parts.contains(QLatin1String("id_token")) && tokens.idToken.isEmpty()) {
        missing("id_token");
        return result;
    }
    if (tokens.idToken.isEmpty())
        return result; // "token" or "code token": nothing signed to check

    // OpenID Connect Core §3.2.2.11 (implicit), §3.3.2.12 (hybrid): validate the ID token like
    // one from the token endpoint, and more: the signature is never optional here.
    const Jose::DecodedToken decoded = Jose::decodeToken(tokens.idToken);
    if (decoded.kind == Jose::TokenKind::Jwe) {
        result.problem = FrontChannelResult::tr("The ID token from the authorization endpoint is encrypted; Tokenscope "
                                                "cannot decrypt it, so its signature, nonce and hashes cannot be checked. "
                                                "It was refused. Use the code flow, or turn off ID token encryption "
                                                "for this client.");
        return result;
    }
    if (decoded.kind != Jose::TokenKind::Jws || !decoded.claims) {
        result.problem = FrontChannelResult::tr("The ID token from the authorization endpoint is not a signed JWT. It "
                                                "was refused; open it in the inspector to see why.");
        return result;
    }
    if (!expected.keys || expected.keys->keys.isEmpty()) {
        result.problem = FrontChannelResult::tr("The server's keys (JWKS) are not available, so the signature of the ID "
                                                "token from the authorization endpoint cannot be checked. It was "
                                                "refused; set the profile's JWKS URI or run discovery.");
        return result;
    }
    if (expected.issuer.isEmpty()) {
        result.problem = FrontChannelResult::tr("The profile has no issuer to compare the ID token's \"iss\" with. Set "
                                                "the profile's issuer and try again.");
        return result;
    }
    Jose::VerifyOptions options;
    options.keys = expected.keys;
    options.expectedIssuer = expected.issuer;
    options.expectedAudience = expected.clientId;
    options.expectedNonce = expected.nonce;
    options.accessToken = tokens.accessToken;
    options.authorizationCode = result.code;
    options.role = Jose::TokenRole::IdToken;
    options.at = expected.at;
    const Jose::VerifyReport report = Jose::verifyToken(decoded, options);

    const auto refuse = [&result](const QString &check, const QString &detail) {
        result.problem = FrontChannelResult::tr("The ID token from the authorization endpoint failed the \"%1\" check: "
                                                "%2. The response was refused and no token was requested; do not use "
                                                "these tokens.")
                             .arg(check, detail);
    };
    for (const Jose::Check &check : report.checks) {
        if (check.status == Jose::CheckStatus::Fail) {
            refuse(check.name, check.detail);
            return result;
        }
    }
    // Checks that must have passed, not just not failed.
    QStringList required{QStringLiteral("signature"), QStringLiteral("iss"), QStringLiteral("aud")};
    if (!expected.nonce.isEmpty())
        required.append(QStringLiteral("nonce"));
    // §3.2.2.10 / §3.3.2.11: at_hash is required with an access token from the authorization
    // endpoint, c_hash with a code.
    if (!tokens.accessToken.isEmpty())
        required.append(QStringLiteral("at_hash"));
    if (!result.code.isEmpty())
        required.append(QStringLiteral("c_hash"));
    for (const QString &name : required) {
        const Jose::Check *check = report.find(name);
        if (!check || check->status != Jose::CheckStatus::Pass) {
            refuse(name, check ? check->detail : FrontChannelResult::tr("not checked"));
            return result;
        }
    }
    if (!decoded.claims->contains(QLatin1String("exp"))) {
        refuse(QStringLiteral("exp"), FrontChannelResult::tr("the ID token has no exp (OpenID Connect Core §2)"));
        return result;
    }
    return result;
}

PushedAuthorizationResponse parsePushedAuthorizationResponse(const HttpResponse &http)
{
    PushedAuthorizationResponse result;
    const QString endpoint = Profiles::endpointDisplayName(Profiles::EndpointKind::PushedAuthorization);
    if (http.status == 0) {
        result.error = PushedAuthorizationResponse::tr("No answer from the %1 %2: %3")
                           .arg(endpoint, where(http),
                                http.error.isEmpty() ? PushedAuthorizationResponse::tr("the request failed.") : http.error);
        return result;
    }
    const QJsonObject json = QJsonDocument::fromJson(http.body).object();
    if (json.value(QLatin1String("error")).isString()) {
        // RFC 9126 §2.3: the errors of RFC 6749 §5.2 and §4.1.2.1.
        result.oauthError = json.value(QLatin1String("error")).toString();
        result.oauthErrorDescription = json.value(QLatin1String("error_description")).toString();
        result.oauthErrorUri = json.value(QLatin1String("error_uri")).toString();
        result.error = PushedAuthorizationResponse::tr("The %1 refused the request (HTTP %2): %3")
                           .arg(endpoint)
                           .arg(http.status)
                           .arg(result.oauthError);
        if (!result.oauthErrorDescription.isEmpty())
            result.error += QLatin1String(" (") + result.oauthErrorDescription + QLatin1Char(')');
        if (result.oauthError == QLatin1String("invalid_client"))
            result.error += QLatin1Char(' ')
                            + PushedAuthorizationResponse::tr("Check the client id, its authentication method and "
                                                              "secret or key.");
        else
            result.error += QLatin1Char(' ')
                            + PushedAuthorizationResponse::tr("Check the client's settings at the server (redirect "
                                                              "URI, scopes, response type), or turn PAR off in the "
                                                              "profile.");
        return result;
    }
    // RFC 9126 §2.2: 201 Created; some servers answer 200.
    if (http.status != 201 && http.status != 200) {
        result.error = PushedAuthorizationResponse::tr("The %1 %2 answered HTTP %3. Check the endpoint's URL, or turn "
                                                       "PAR off in the profile.")
                           .arg(endpoint, where(http))
                           .arg(http.status);
        return result;
    }
    result.requestUri = json.value(QLatin1String("request_uri")).toString();
    if (result.requestUri.isEmpty()) {
        result.error = PushedAuthorizationResponse::tr("The answer of the %1 %2 has no \"request_uri\" (RFC 9126 §2.2). "
                                                       "Check the endpoint's URL.")
                           .arg(endpoint, where(http));
        return result;
    }
    const QJsonValue expiresIn = json.value(QLatin1String("expires_in"));
    if (expiresIn.isDouble())
        result.expiresIn = qint64(expiresIn.toDouble());
    return result;
}

} // namespace OAuth
