// SPDX-License-Identifier: GPL-3.0-or-later
// Token endpoint grants that turn one token into another: token exchange (RFC 8693) and the JWT
// bearer assertion grant (RFC 7523 §2.1).
#include "grantstore.h"
#include "oauthcommon.h"
#include "tenantstate.h"
#include "tokenendpoint_p.h"
#include "tokenissuer.h"

#include "jose/decodedtoken.h"
#include "jose/jsonwebkey.h"
#include "jose/signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Sandbox::Grants {

namespace {

const QString AccessTokenType = QStringLiteral("urn:ietf:params:oauth:token-type:access_token");
const QString IdTokenType = QStringLiteral("urn:ietf:params:oauth:token-type:id_token");
const QString JwtTokenType = QStringLiteral("urn:ietf:params:oauth:token-type:jwt");
constexpr qint64 ClockSkewSeconds = 60;

HttpResponse invalidRequest(const QString &description)
{
    return OAuth::error(400, QStringLiteral("invalid_request"), description);
}

// A token presented for exchange: issued by this workspace and active.
struct Presented
{
    GrantSubject grant;
    QJsonObject claims; // JWT claims; empty for an opaque access token
    bool idToken = false;
};

std::optional<Presented> presentedToken(const TokenContext &c, const QString &token, const QString &type)
{
    if (type == AccessTokenType || type == JwtTokenType) {
        if (const auto active = activeToken(c.state, c.grants, c.workspace.id, token);
            active && active->tokenType == QLatin1String("access_token"))
            return Presented{active->grant, active->claims, false};
    }
    if (type == IdTokenType || type == JwtTokenType) {
        // An ID token of this workspace: signed by it, unexpired, not an access token.
        const auto jwt = TokenIssuer::verifyOwnJwt(c.state, token);
        if (!jwt || jwt->workspaceId != c.workspace.id || jwt->claims.contains(QLatin1String("client_id")))
            return std::nullopt;
        Presented presented;
        presented.idToken = true;
        presented.claims = jwt->claims;
        presented.grant.workspaceId = c.workspace.id;
        presented.grant.clientId = jwt->claims.value(QLatin1String("azp")).toString();
        presented.grant.subject = jwt->claims.value(QLatin1String("sub")).toString();
        presented.grant.subjectType = jwt->claims.value(QLatin1String("st")).toString(QStringLiteral("user"));
        return presented;
    }
    return std::nullopt;
}

std::optional<QJsonObject> staticUser(const TenantState &state, const QString &workspaceId, const QString &username)
{
    for (const QJsonObject &user : state.staticUsers(workspaceId)) {
        if (user.value(QLatin1String("username")).toString() == username)
            return user;
    }
    return std::nullopt;
}

// RFC 8693 §2.1 audience / resource: a client id of this workspace or a target the requesting
// client lists in its "audience"; a resource is an absolute URI without fragment (RFC 8707 §2).
bool targetAllowed(const TokenContext &c, const QString &target, bool resource)
{
    if (resource) {
        const QUrl url(target, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.hasFragment())
            return false;
    }
    if (OAuth::stringList(c.client.value(QLatin1String("audience"))).contains(target))
        return true;
    if (resource)
        return false;
    const auto other = c.state.clientWithSecret(target);
    return other && OAuth::clientUsable(*other, c.workspace.id);
}

QJsonObject actorClaim(const TokenContext &c, const Presented &actor)
{
    QJsonObject act{{QStringLiteral("sub"), actor.grant.subject}};
    if (!actor.grant.clientId.isEmpty())
        act.insert(QStringLiteral("client_id"), actor.grant.clientId);
    // Cloudentity's token_exchange.actor_claims: more of the actor token's claims under "act".
    const QJsonObject settings = c.client.value(QLatin1String("token_exchange")).toObject();
    for (const QString &name : OAuth::stringList(settings.value(QLatin1String("actor_claims")))) {
        if (actor.claims.contains(name) && name != QLatin1String("act"))
            act.insert(name, actor.claims.value(name));
    }
    return act;
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

HttpResponse invalidGrant(const QString &description)
{
    return OAuth::error(400, QStringLiteral("invalid_grant"), description);
}

} // namespace

// RFC 8693 §2
HttpResponse tokenExchangeGrant(const TokenContext &c)
{
    const QString subjectToken = formValue(c.form, QStringLiteral("subject_token"));
    const QString subjectType = formValue(c.form, QStringLiteral("subject_token_type"));
    if (subjectToken.isEmpty() || subjectType.isEmpty())
        return invalidRequest(QStringLiteral("subject_token and subject_token_type are required"));
    static const QStringList supportedTypes{AccessTokenType, IdTokenType, JwtTokenType};
    if (!supportedTypes.contains(subjectType))
        return invalidRequest(QStringLiteral("subject_token_type %1 is not supported; use %2 or %3")
                                  .arg(subjectType, AccessTokenType, IdTokenType));
    const QString requestedType = formValue(c.form, QStringLiteral("requested_token_type"));
    if (!requestedType.isEmpty() && requestedType != AccessTokenType)
        return invalidRequest(QStringLiteral("the sandbox issues access tokens only (requested_token_type %1)").arg(AccessTokenType));
    // RFC 8693 §2.2.2: invalid_request when the subject or actor token is invalid for any reason.
    const auto subject = presentedToken(c, subjectToken, subjectType);
    if (!subject)
        return invalidRequest(QStringLiteral("subject_token is not an active token of this workspace of type %1").arg(subjectType));
    const QString actorToken = formValue(c.form, QStringLiteral("actor_token"));
    const QString actorType = formValue(c.form, QStringLiteral("actor_token_type"));
    if (actorToken.isEmpty() != actorType.isEmpty())
        return invalidRequest(QStringLiteral("actor_token and actor_token_type go together"));
    std::optional<Presented> actor;
    if (!actorToken.isEmpty()) {
        if (!supportedTypes.contains(actorType))
            return invalidRequest(QStringLiteral("actor_token_type %1 is not supported").arg(actorType));
        actor = presentedToken(c, actorToken, actorType);
        if (!actor)
            return invalidRequest(QStringLiteral("actor_token is not an active token of this workspace of type %1").arg(actorType));
    }

    QStringList targets;
    for (const auto &[name, resource] : {std::pair{"audience", false}, std::pair{"resource", true}}) {
        for (const QString &target : c.form.allQueryItemValues(QLatin1String(name), QUrl::FullyDecoded)) {
            if (!targetAllowed(c, target, resource))
                return OAuth::error(400, QStringLiteral("invalid_target"),
                                    QStringLiteral("%1 %2 is not a target this client may ask for").arg(QLatin1String(name), target));
            if (!targets.contains(target))
                targets.append(target);
        }
    }

    // Scope: within the subject token's (an ID token has none: within the client's).
    const QStringList asked = formValue(c.form, QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList scopes = subject->grant.scopes;
    if (subject->idToken) {
        const auto resolved = OAuth::resolveScopes(c.client, formValue(c.form, QStringLiteral("scope")));
        if (!resolved)
            return OAuth::error(400, QStringLiteral("invalid_scope"), QStringLiteral("a requested scope is not allowed for this client"));
        scopes = *resolved;
    } else if (!asked.isEmpty()) {
        for (const QString &scope : asked) {
            if (!subject->grant.scopes.contains(scope))
                return OAuth::error(400, QStringLiteral("invalid_scope"),
                                    QStringLiteral("scope %1 is not in the subject token's scopes").arg(scope));
        }
        scopes = asked;
    }

    GrantSubject grant;
    grant.workspaceId = c.workspace.id;
    grant.clientId = c.client.value(QLatin1String("client_id")).toString();
    grant.scopes = scopes;
    grant.subject = subject->grant.subject;
    grant.subjectType = subject->grant.subjectType;
    if (grant.subjectType == QLatin1String("user")) {
        if (const auto user = staticUser(c.state, c.workspace.id, grant.subject))
            grant.userClaims = TokenIssuer::userClaims(*user, grant.scopes);
    }
    grant.amr = OAuth::stringList(subject->claims.value(QLatin1String("amr")));
    if (grant.amr.isEmpty())
        grant.amr = subject->grant.amr;
    if (const QJsonValue authTime = subject->claims.value(QLatin1String("auth_time")); authTime.isDouble())
        grant.authTime = QDateTime::fromSecsSinceEpoch(qint64(authTime.toDouble()), Qt::UTC);
    else
        grant.authTime = subject->grant.authTime;
    grant.audience = targets;
    // RFC 8693 §4.1: the current actor outermost, earlier ones nested.
    const QJsonObject earlier = subject->claims.contains(QLatin1String("act"))
                                    ? subject->claims.value(QLatin1String("act")).toObject()
                                    : subject->grant.actor;
    if (actor) {
        grant.actor = actorClaim(c, *actor);
        if (!earlier.isEmpty())
            grant.actor.insert(QStringLiteral("act"), earlier);
    } else {
        grant.actor = earlier;
    }

    const auto access = TokenIssuer::issueAccessToken(c.state, c.grants, c.workspace, grant);
    if (!access)
        return OAuth::error(500, QStringLiteral("server_error"), QStringLiteral("the workspace cannot sign tokens"));
    // RFC 8693 §2.2.1
    return OAuth::noStoreJson(200, QJsonObject{
                                       {QStringLiteral("access_token"), access->token},
                                       {QStringLiteral("issued_token_type"), AccessTokenType},
                                       {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                       {QStringLiteral("expires_in"), access->issuedAt.secsTo(access->expiresAt)},
                                       {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))},
                                   });
}

// RFC 7523 §2.1 and §3: a JWT the client signed with a key it registered (jwks), iss = the
// client id, sub = whom the token is for, aud = this token endpoint or the issuer, exp, and a
// jti that works once.
HttpResponse jwtBearerGrant(const TokenContext &c)
{
    const QString assertion = formValue(c.form, QStringLiteral("assertion"));
    if (assertion.isEmpty())
        return invalidRequest(QStringLiteral("assertion is required"));
    const QString clientId = c.client.value(QLatin1String("client_id")).toString();
    const Jose::DecodedToken token = Jose::decodeToken(assertion);
    if (token.kind != Jose::TokenKind::Jws || !token.claims)
        return invalidGrant(QStringLiteral("the assertion is not a signed JWT"));
    const auto algorithm = Jose::algorithmFromName(token.algorithm());
    if (!algorithm || !Jose::isAsymmetric(*algorithm))
        return invalidGrant(QStringLiteral("the assertion must be signed with an asymmetric algorithm (RS256, ES256, PS256 ...)"));
    const QJsonObject jwks = c.client.value(QLatin1String("jwks")).toObject();
    if (jwks.value(QLatin1String("keys")).toArray().isEmpty()) {
        if (!c.client.value(QLatin1String("jwks_uri")).toString().isEmpty())
            return invalidGrant(QStringLiteral("the sandbox checks assertions against the client's registered jwks; it does "
                                               "not fetch jwks_uri. Register the public keys as jwks"));
        return invalidGrant(QStringLiteral("the client has no registered public keys (jwks)"));
    }
    const Jose::KeyLoadResult loaded = Jose::loadKeys(QJsonDocument(jwks).toJson(QJsonDocument::Compact));
    if (!loaded.ok())
        return invalidGrant(QStringLiteral("the client's jwks cannot be used"));
    bool verified = false;
    for (const Jose::JsonWebKey &key : Jose::selectKeys(loaded.keySet, token.header).candidates) {
        if (Jose::verifySignature(*algorithm, key, token.signingInput, token.signature).valid) {
            verified = true;
            break;
        }
    }
    if (!verified)
        return invalidGrant(QStringLiteral("the assertion's signature does not verify with the client's keys"));

    const QJsonObject &claims = *token.claims;
    if (claims.value(QLatin1String("iss")).toString() != clientId)
        return invalidGrant(QStringLiteral("the assertion's iss must be the client_id"));
    const QString subject = claims.value(QLatin1String("sub")).toString();
    if (subject.isEmpty())
        return invalidGrant(QStringLiteral("the assertion has no sub"));
    if (!audienceMatches(claims.value(QLatin1String("aud")),
                         {c.workspace.issuer, c.workspace.issuer + QLatin1String("/oauth2/token")}))
        return invalidGrant(QStringLiteral("the assertion's aud must be the token endpoint or the issuer"));
    const qint64 now = c.grants.now().toSecsSinceEpoch();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (!exp.isDouble())
        return invalidGrant(QStringLiteral("the assertion has no exp"));
    if (qint64(exp.toDouble()) + ClockSkewSeconds < now)
        return invalidGrant(QStringLiteral("the assertion has expired"));
    const QJsonValue nbf = claims.value(QLatin1String("nbf"));
    if (nbf.isDouble() && qint64(nbf.toDouble()) - ClockSkewSeconds > now)
        return invalidGrant(QStringLiteral("the assertion is not valid yet (nbf)"));
    const QString jti = claims.value(QLatin1String("jti")).toString();
    if (jti.isEmpty())
        return invalidGrant(QStringLiteral("the assertion has no jti"));
    // Its own namespace: a client assertion with the same jti is another matter.
    if (!c.grants.useAssertionId(QStringLiteral("jwt-bearer\n") + clientId, jti,
                                 QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()) + ClockSkewSeconds, Qt::UTC)))
        return invalidGrant(QStringLiteral("the assertion's jti was already used"));

    const auto scopes = OAuth::resolveScopes(c.client, formValue(c.form, QStringLiteral("scope")));
    if (!scopes)
        return OAuth::error(400, QStringLiteral("invalid_scope"), QStringLiteral("a requested scope is not allowed for this client"));
    GrantSubject grant;
    grant.workspaceId = c.workspace.id;
    grant.clientId = clientId;
    grant.scopes = *scopes;
    grant.subject = subject;
    grant.subjectType = subject == clientId ? QStringLiteral("client") : QStringLiteral("user");
    if (const auto user = staticUser(c.state, c.workspace.id, subject))
        grant.userClaims = TokenIssuer::userClaims(*user, grant.scopes);
    return tokenResponse(c, grant, {}, {}, false);
}

} // namespace Sandbox::Grants
