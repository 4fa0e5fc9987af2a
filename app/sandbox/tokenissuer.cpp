// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenissuer.h"

#include "admin/goduration.h"
#include "jose/base64url.h"
#include "jose/decodedtoken.h"
#include "jose/jsonwebkey.h"
#include "jose/signature.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Sandbox::TokenIssuer {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

void addAbsent(QJsonObject &claims, const QJsonObject &extra)
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (!claims.contains(it.key()))
            claims.insert(it.key(), it.value());
    }
}

} // namespace

std::optional<Workspace> workspace(const TenantState &state, const QString &tenantId, const QString &workspaceId,
                                   const QUrl &baseUrl)
{
    if (tenantId != state.tenantId())
        return std::nullopt;
    const auto document = state.server(workspaceId);
    if (!document)
        return std::nullopt;
    Workspace w;
    w.id = workspaceId;
    w.tenantId = tenantId;
    QString base = baseUrl.toString(QUrl::StripTrailingSlash);
    w.issuer = base + QLatin1Char('/') + tenantId + QLatin1Char('/') + workspaceId;
    w.document = *document;
    w.accessTokenTtl = ttlSeconds(document->value(QLatin1String("access_token_ttl")), 3600);
    w.idTokenTtl = ttlSeconds(document->value(QLatin1String("id_token_ttl")), 3600);
    w.refreshTokenTtl = ttlSeconds(document->value(QLatin1String("refresh_token_ttl")), 30 * 24 * 3600);
    w.authorizationCodeTtl = ttlSeconds(document->value(QLatin1String("authorization_code_ttl")), 600);
    w.opaqueAccessTokens = document->value(QLatin1String("access_token_strategy")).toString() == QLatin1String("opaque");
    w.enforcePkce = document->value(QLatin1String("enforce_pkce")).toBool();
    w.enforcePkceForPublicClients = document->value(QLatin1String("enforce_pkce_for_public_clients")).toBool();
    w.grantTypes = stringList(document->value(QLatin1String("grant_types")));
    if (!document->contains(QLatin1String("grant_types")))
        w.grantTypes = {QStringLiteral("authorization_code"), QStringLiteral("implicit"),
                        QStringLiteral("client_credentials"), QStringLiteral("refresh_token")};
    w.tokenEndpointAuthMethods = stringList(document->value(QLatin1String("token_endpoint_auth_methods")));
    if (w.tokenEndpointAuthMethods.isEmpty())
        w.tokenEndpointAuthMethods = {QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                                      QStringLiteral("private_key_jwt"), QStringLiteral("none")};
    return w;
}

Workspace withClientTtls(const Workspace &workspace, const QJsonObject &client)
{
    Workspace out = workspace;
    if (!client.value(QLatin1String("use_custom_token_ttls")).toBool())
        return out;
    const QJsonObject ttls = client.value(QLatin1String("token_ttls")).toObject();
    out.accessTokenTtl = ttlSeconds(ttls.value(QLatin1String("access_token_ttl")), out.accessTokenTtl);
    out.authorizationCodeTtl = ttlSeconds(ttls.value(QLatin1String("authorization_code_ttl")), out.authorizationCodeTtl);
    out.idTokenTtl = ttlSeconds(ttls.value(QLatin1String("id_token_ttl")), out.idTokenTtl);
    out.refreshTokenTtl = ttlSeconds(ttls.value(QLatin1String("refresh_token_ttl")), out.refreshTokenTtl);
    return out;
}

qint64 ttlSeconds(const QJsonValue &value, qint64 fallback)
{
    if (!value.isString())
        return fallback;
    const auto seconds = Admin::GoDuration::seconds(value.toString());
    if (!seconds || *seconds <= 0)
        return fallback;
    return *seconds;
}

QString halfHash(Jose::Algorithm algorithm, const QString &value)
{
    QCryptographicHash::Algorithm hash = QCryptographicHash::Sha256;
    switch (Jose::algorithmInfo(algorithm).hashBytes) {
    case 48:
        hash = QCryptographicHash::Sha384;
        break;
    case 64:
        hash = QCryptographicHash::Sha512;
        break;
    default:
        break;
    }
    const QByteArray digest = QCryptographicHash::hash(value.toLatin1(), hash);
    return QString::fromLatin1(Jose::base64UrlEncode(digest.left(digest.size() / 2)));
}

std::optional<QString> sign(const TenantState &state, const QString &workspaceId, const QByteArray &typ,
                            const QJsonObject &claims, Jose::Algorithm *usedAlgorithm)
{
    const QList<SigningKey> keys = state.signingKeys(workspaceId);
    if (keys.isEmpty() || !keys.first().privateKey)
        return std::nullopt;
    const SigningKey &key = keys.first();
    QJsonObject header{
        {QStringLiteral("alg"), Jose::algorithmName(key.algorithm)},
        {QStringLiteral("kid"), key.kid},
        {QStringLiteral("typ"), QString::fromLatin1(typ)},
    };
    const QByteArray signingInput = Jose::base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + Jose::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = Jose::sign(key.algorithm, key.privateKey.get(), signingInput);
    if (!signature)
        return std::nullopt;
    if (usedAlgorithm)
        *usedAlgorithm = key.algorithm;
    return QString::fromLatin1(signingInput + '.' + Jose::base64UrlEncode(*signature));
}

std::optional<AccessToken> issueAccessToken(const TenantState &state, GrantStore &grants, const Workspace &workspace,
                                            const GrantSubject &grant)
{
    AccessToken out;
    // Whole seconds: the JWT's iat/exp and expires_in agree exactly.
    out.issuedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    out.expiresAt = out.issuedAt.addSecs(workspace.accessTokenTtl);
    if (workspace.opaqueAccessTokens) {
        out.token = grants.issueOpaqueAccessToken(grant, out.issuedAt, out.expiresAt);
        return out;
    }
    out.jti = GrantStore::randomToken(16);
    QJsonArray audience{grant.clientId};
    if (!grant.audience.isEmpty()) {
        audience = QJsonArray::fromStringList(grant.audience); // RFC 8693 §2.1: the requested targets
    } else if (const auto client = state.clientWithSecret(grant.clientId)) {
        for (const QString &extra : stringList(client->value(QLatin1String("audience")))) {
            if (!audience.contains(extra))
                audience.append(extra);
        }
    }
    QJsonObject claims{
        {QStringLiteral("iss"), workspace.issuer},
        {QStringLiteral("sub"), grant.subject},
        {QStringLiteral("aud"), audience},
        {QStringLiteral("exp"), out.expiresAt.toSecsSinceEpoch()},
        {QStringLiteral("iat"), out.issuedAt.toSecsSinceEpoch()},
        {QStringLiteral("nbf"), out.issuedAt.toSecsSinceEpoch()},
        {QStringLiteral("jti"), out.jti},
        {QStringLiteral("client_id"), grant.clientId},
        {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))},
        {QStringLiteral("scp"), QJsonArray::fromStringList(grant.scopes)},
        {QStringLiteral("tid"), workspace.tenantId},
        {QStringLiteral("aid"), workspace.id},
        {QStringLiteral("st"), grant.subjectType},
    };
    if (!grant.amr.isEmpty())
        claims.insert(QStringLiteral("amr"), QJsonArray::fromStringList(grant.amr));
    if (grant.authTime.isValid())
        claims.insert(QStringLiteral("auth_time"), grant.authTime.toSecsSinceEpoch());
    if (!grant.actor.isEmpty())
        claims.insert(QStringLiteral("act"), grant.actor);
    addAbsent(claims, grant.userClaims);
    const auto token = sign(state, workspace.id, QByteArrayLiteral("at+jwt"), claims);
    if (!token)
        return std::nullopt;
    out.token = *token;
    grants.recordAccessToken(out.jti, grant, out.issuedAt, out.expiresAt);
    return out;
}

std::optional<QString> issueIdToken(const TenantState &state, const Workspace &workspace, const GrantSubject &grant,
                                    const QString &nonce, const QString &accessToken, const QString &code)
{
    const QList<SigningKey> keys = state.signingKeys(workspace.id);
    if (keys.isEmpty())
        return std::nullopt;
    const Jose::Algorithm algorithm = keys.first().algorithm;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{
        {QStringLiteral("iss"), workspace.issuer},
        {QStringLiteral("sub"), grant.subject},
        {QStringLiteral("aud"), grant.clientId},
        {QStringLiteral("azp"), grant.clientId},
        {QStringLiteral("exp"), now + workspace.idTokenTtl},
        {QStringLiteral("iat"), now},
        {QStringLiteral("jti"), GrantStore::randomToken(16)},
        {QStringLiteral("tid"), workspace.tenantId},
        {QStringLiteral("aid"), workspace.id},
        {QStringLiteral("st"), grant.subjectType},
    };
    if (grant.authTime.isValid())
        claims.insert(QStringLiteral("auth_time"), grant.authTime.toSecsSinceEpoch());
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    if (!grant.amr.isEmpty())
        claims.insert(QStringLiteral("amr"), QJsonArray::fromStringList(grant.amr));
    if (!accessToken.isEmpty())
        claims.insert(QStringLiteral("at_hash"), halfHash(algorithm, accessToken));
    if (!code.isEmpty())
        claims.insert(QStringLiteral("c_hash"), halfHash(algorithm, code));
    addAbsent(claims, grant.userClaims);
    return sign(state, workspace.id, QByteArrayLiteral("JWT"), claims);
}

std::optional<VerifiedJwt> verifyOwnJwt(const TenantState &state, const QString &token, bool acceptExpired)
{
    const Jose::DecodedToken decoded = Jose::decodeToken(token);
    if (decoded.kind != Jose::TokenKind::Jws || !decoded.claims)
        return std::nullopt;
    const QJsonObject &claims = *decoded.claims;
    if (claims.value(QLatin1String("tid")).toString() != state.tenantId())
        return std::nullopt;
    const QString workspaceId = claims.value(QLatin1String("aid")).toString();
    if (workspaceId.isEmpty())
        return std::nullopt;
    const auto algorithm = Jose::algorithmFromName(decoded.algorithm());
    if (!algorithm || !Jose::isAsymmetric(*algorithm))
        return std::nullopt;
    const QString kid = decoded.header.value(QLatin1String("kid")).toString();
    bool verified = false;
    for (const SigningKey &key : state.signingKeys(workspaceId)) {
        if (key.kid != kid || key.algorithm != *algorithm)
            continue;
        const Jose::KeyLoadResult loaded = Jose::keyFromJwk(key.publicJwk);
        if (!loaded.ok() || loaded.keySet.keys.isEmpty())
            continue;
        if (Jose::verifySignature(*algorithm, loaded.keySet.keys.first(), decoded.signingInput, decoded.signature).valid) {
            verified = true;
            break;
        }
    }
    if (!verified)
        return std::nullopt;
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    const QDateTime expiresAt = QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
    if (!acceptExpired && expiresAt <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    VerifiedJwt out;
    out.workspaceId = workspaceId;
    out.jti = claims.value(QLatin1String("jti")).toString();
    out.claims = claims;
    out.expiresAt = expiresAt;
    return out;
}

QJsonObject userClaims(const QJsonObject &staticUser, const QStringList &scopes)
{
    QJsonObject claims = staticUser.value(QLatin1String("authentication_context")).toObject();
    const auto copy = [&](const char *name) {
        const QString key = QString::fromLatin1(name);
        if (staticUser.contains(key) && !claims.contains(key))
            claims.insert(key, staticUser.value(key));
    };
    if (scopes.contains(QLatin1String("email"))) {
        copy("email");
        copy("email_verified");
    }
    if (scopes.contains(QLatin1String("phone"))) {
        copy("phone_number");
        copy("phone_number_verified");
    }
    if (scopes.contains(QLatin1String("profile")) && !claims.contains(QLatin1String("preferred_username")))
        claims.insert(QStringLiteral("preferred_username"), staticUser.value(QLatin1String("username")));
    return claims;
}

} // namespace Sandbox::TokenIssuer
