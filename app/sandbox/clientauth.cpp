// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientauth.h"

#include "grantstore.h"
#include "oauthcommon.h"

#include "jose/decodedtoken.h"
#include "jose/jsonwebkey.h"
#include "jose/signature.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Sandbox {

namespace {

const QString AssertionType = QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");

ClientAuthentication failure(ClientAuthentication auth, const QString &error, const QString &description)
{
    auth.client.reset();
    auth.error = error;
    auth.description = description;
    return auth;
}

// RFC 6749 §2.3.1: client id and secret are form-encoded before they are joined by ':'.
QString formDecode(QByteArray value)
{
    value.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(value));
}

bool audienceMatches(const QJsonValue &aud, const QStringList &accepted)
{
    if (aud.isString())
        return accepted.contains(aud.toString());
    const QJsonArray array = aud.toArray();
    for (const QJsonValue &v : array) {
        if (accepted.contains(v.toString()))
            return true;
    }
    return false;
}

// RFC 7523 §3 + OpenID Connect Core §9: a JWT signed with a key from the client's jwks.
ClientAuthentication checkAssertion(ClientAuthentication auth, const QString &assertion, const QJsonObject &client,
                                    const TokenIssuer::Workspace &workspace, GrantStore &grants,
                                    const QString &endpointUrl)
{
    const Jose::DecodedToken token = Jose::decodeToken(assertion);
    if (token.kind != Jose::TokenKind::Jws || !token.claims)
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client assertion is not a signed JWT"));
    const auto algorithm = Jose::algorithmFromName(token.algorithm());
    if (!algorithm || !Jose::isAsymmetric(*algorithm))
        return failure(auth, QStringLiteral("invalid_client"),
                       QStringLiteral("client assertion must use an asymmetric algorithm"));
    const QJsonObject jwks = client.value(QLatin1String("jwks")).toObject();
    const Jose::KeyLoadResult loaded = Jose::loadKeys(QJsonDocument(jwks).toJson(QJsonDocument::Compact));
    if (!loaded.ok())
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client has no usable jwks"));
    const Jose::KeySelection selection = Jose::selectKeys(loaded.keySet, token.header);
    bool verified = false;
    for (const Jose::JsonWebKey &key : selection.candidates) {
        if (Jose::verifySignature(*algorithm, key, token.signingInput, token.signature).valid) {
            verified = true;
            break;
        }
    }
    if (!verified)
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client assertion signature is invalid"));
    const QJsonObject &claims = *token.claims;
    if (claims.value(QLatin1String("iss")).toString() != auth.clientId
        || claims.value(QLatin1String("sub")).toString() != auth.clientId)
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client assertion iss and sub must be the client_id"));
    if (!audienceMatches(claims.value(QLatin1String("aud")), {endpointUrl, workspace.issuer,
                                                              workspace.issuer + QLatin1String("/oauth2/token")}))
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client assertion aud is not this server"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (!exp.isDouble() || qint64(exp.toDouble()) + 60 < now)
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client assertion has expired"));
    const QJsonValue nbf = claims.value(QLatin1String("nbf"));
    if (nbf.isDouble() && qint64(nbf.toDouble()) - 60 > now)
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client assertion is not valid yet"));
    const QString jti = claims.value(QLatin1String("jti")).toString();
    if (jti.isEmpty())
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client assertion has no jti"));
    if (!grants.useAssertionId(auth.clientId, jti,
                               QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()) + 60, Qt::UTC)))
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client assertion jti was already used"));
    auth.client = client;
    return auth;
}

} // namespace

HttpResponse ClientAuthentication::errorResponse() const
{
    const int status = error == QLatin1String("invalid_client") ? 401 : 400;
    HttpResponse response = OAuth::error(status, error, description);
    if (status == 401 && basicUsed) // RFC 6749 §5.2
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"oauth2\""));
    return response;
}

ClientAuthentication authenticateClient(const HttpRequest &request, const QUrlQuery &form,
                                        const TokenIssuer::Workspace &workspace, GrantStore &grants,
                                        const QString &endpointUrl, bool allowNone)
{
    ClientAuthentication auth;
    const QString formClientId = formValue(form, QStringLiteral("client_id"));
    const QString formSecret = formValue(form, QStringLiteral("client_secret"));
    const QString assertionType = formValue(form, QStringLiteral("client_assertion_type"));
    const QString assertion = formValue(form, QStringLiteral("client_assertion"));
    const QByteArray authorization = request.header("authorization").trimmed();
    QString secret;

    int methods = 0;
    if (authorization.size() >= 6 && authorization.left(6).compare("basic ", Qt::CaseInsensitive) == 0) {
        auth.basicUsed = true;
        auth.method = QStringLiteral("client_secret_basic");
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (!decoded || colon < 0)
            return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("malformed Basic credentials"));
        auth.clientId = formDecode(decoded.decoded.left(colon));
        secret = formDecode(decoded.decoded.mid(colon + 1));
        ++methods;
    }
    if (!formSecret.isEmpty()) {
        auth.method = QStringLiteral("client_secret_post");
        secret = formSecret;
        ++methods;
    }
    if (!assertionType.isEmpty() || !assertion.isEmpty()) {
        if (assertionType != AssertionType || assertion.isEmpty())
            return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("unsupported client_assertion_type"));
        auth.method = QStringLiteral("private_key_jwt");
        if (auth.clientId.isEmpty()) {
            // The client id may come from the assertion's iss (RFC 7523 §3).
            const Jose::DecodedToken token = Jose::decodeToken(assertion);
            if (token.claims)
                auth.clientId = token.claims->value(QLatin1String("iss")).toString();
        }
        ++methods;
    }
    // RFC 6749 §2.3: a client must not use more than one authentication method per request.
    if (methods > 1)
        return failure(auth, QStringLiteral("invalid_request"), QStringLiteral("more than one client authentication method"));
    if (methods == 0)
        auth.method = QStringLiteral("none");
    if (auth.clientId.isEmpty())
        auth.clientId = formClientId;
    else if (!formClientId.isEmpty() && formClientId != auth.clientId)
        return failure(auth, QStringLiteral("invalid_request"), QStringLiteral("client_id does not match the credentials"));
    if (auth.clientId.isEmpty())
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client authentication required"));

    const auto client = grants.state().clientWithSecret(auth.clientId);
    if (!client || !OAuth::clientUsable(*client, workspace.id)) {
        // Same answer whether the id is unknown or the secret wrong.
        qCInfo(lcSandboxOAuth) << "client authentication failed: unknown client" << auth.clientId;
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
    }
    if (!workspace.tokenEndpointAuthMethods.contains(auth.method))
        return failure(auth, QStringLiteral("invalid_client"),
                       QStringLiteral("authentication method %1 is not enabled on this workspace").arg(auth.method));
    const QString registered = client->value(QLatin1String("token_endpoint_auth_method")).toString();
    const bool secretMethod = auth.method == QLatin1String("client_secret_basic")
                              || auth.method == QLatin1String("client_secret_post");
    const bool registeredSecret = registered.isEmpty() || registered == QLatin1String("client_secret_basic")
                                  || registered == QLatin1String("client_secret_post");

    if (auth.method == QLatin1String("none")) {
        if (!allowNone || registered != QLatin1String("none"))
            return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client authentication required"));
        auth.client = client;
        return auth;
    }
    if (auth.method == QLatin1String("private_key_jwt")) {
        if (registered != QLatin1String("private_key_jwt"))
            return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client is not registered for private_key_jwt"));
        return checkAssertion(auth, assertion, *client, workspace, grants, endpointUrl);
    }
    // The two shared-secret methods are accepted interchangeably for a secret client.
    if (!secretMethod || !registeredSecret)
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
    const QString expected = client->value(QLatin1String("client_secret")).toString();
    if (expected.isEmpty() || !OAuth::constantTimeEquals(expected, secret)) {
        qCInfo(lcSandboxOAuth) << "client authentication failed: wrong secret for" << auth.clientId;
        return failure(auth, QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"));
    }
    auth.client = client;
    return auth;
}

} // namespace Sandbox
