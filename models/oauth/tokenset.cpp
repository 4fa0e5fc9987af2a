// SPDX-License-Identifier: GPL-3.0-or-later
#include "oauth/tokenset.h"

#include "jose/decodedtoken.h"

#include <QJsonValue>

namespace OAuth {

namespace {

std::optional<QDateTime> expClaim(const QString &token)
{
    if (token.isEmpty())
        return std::nullopt;
    const Jose::DecodedToken decoded = Jose::decodeToken(token);
    if (!decoded.claims)
        return std::nullopt;
    const QJsonValue exp = decoded.claims->value(QLatin1String("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

QString shapeOf(const QString &token)
{
    return token.count(u'.') == 2 ? QStringLiteral("JWT")
           : token.count(u'.') == 4 ? QStringLiteral("JWE")
                                    : TokenSet::tr("opaque");
}

} // namespace

TokenSet TokenSet::fromResponse(const TokenResponse &response, const Profiles::Profile &profile, Grant grant,
                                const QDateTime &at, const QStringList &requestedScopes)
{
    TokenSet set;
    set.profileId = profile.id;
    set.profileName = profile.name;
    set.grant = grant;
    set.obtainedAt = at.toUTC();
    set.accessToken = response.accessToken;
    set.tokenType = response.tokenType;
    set.idToken = response.idToken;
    set.refreshToken = response.refreshToken;
    set.scope = response.scope;
    if (set.scope.isEmpty())
        set.scope = (requestedScopes.isEmpty() ? profile.scopes : requestedScopes).join(u' ');
    set.expiresIn = response.expiresIn;
    return set;
}

TokenSet TokenSet::refreshed(const TokenResponse &response, const QDateTime &at) const
{
    TokenSet set = *this;
    set.grant = Grant::RefreshToken;
    set.obtainedAt = at.toUTC();
    set.accessToken = response.accessToken;
    set.tokenType = response.tokenType.isEmpty() ? tokenType : response.tokenType;
    if (!response.idToken.isEmpty())
        set.idToken = response.idToken;
    set.refreshTokenRotated = !response.refreshToken.isEmpty() && response.refreshToken != refreshToken;
    if (!response.refreshToken.isEmpty())
        set.refreshToken = response.refreshToken;
    if (!response.scope.isEmpty())
        set.scope = response.scope;
    set.expiresIn = response.expiresIn;
    return set;
}

std::optional<QDateTime> TokenSet::accessExpiresAt() const
{
    if (accessToken.isEmpty())
        return std::nullopt;
    if (expiresIn >= 0)
        return obtainedAt.addSecs(expiresIn);
    return expClaim(accessToken);
}

std::optional<QDateTime> TokenSet::idExpiresAt() const
{
    return expClaim(idToken);
}

std::optional<QDateTime> TokenSet::refreshDueAt() const
{
    const std::optional<QDateTime> expires = accessExpiresAt();
    if (refreshToken.isEmpty() || !expires)
        return std::nullopt;
    const qint64 lifetimeMs = obtainedAt.msecsTo(*expires);
    if (lifetimeMs <= 0)
        return obtainedAt;
    return obtainedAt.addMSecs(lifetimeMs * 3 / 4);
}

QList<TokenSet::Entry> TokenSet::entries() const
{
    QList<Entry> rows;
    if (!accessToken.isEmpty())
        rows.append({Kind::Access, accessToken, accessExpiresAt(), tokenType, scope});
    if (!idToken.isEmpty())
        rows.append({Kind::Id, idToken, idExpiresAt(), shapeOf(idToken), {}});
    if (!refreshToken.isEmpty())
        rows.append({Kind::Refresh, refreshToken, expClaim(refreshToken), shapeOf(refreshToken), {}});
    return rows;
}

QString TokenSet::remainingText(const std::optional<QDateTime> &expiresAt, const QDateTime &now)
{
    if (!expiresAt)
        return tr("no expiry given");
    const qint64 seconds = now.secsTo(*expiresAt);
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    QString span;
    if (magnitude >= 86400)
        span = tr("%1 d %2 h").arg(magnitude / 86400).arg(magnitude % 86400 / 3600);
    else if (magnitude >= 3600)
        span = tr("%1 h %2 min").arg(magnitude / 3600).arg(magnitude % 3600 / 60);
    else if (magnitude >= 60)
        span = tr("%1 min %2 s").arg(magnitude / 60).arg(magnitude % 60);
    else
        span = tr("%1 s").arg(magnitude);
    return seconds < 0 ? tr("expired %1 ago").arg(span) : tr("%1 left").arg(span);
}

QString TokenSet::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Access: return tr("Access token");
    case Kind::Id: return tr("ID token");
    case Kind::Refresh: return tr("Refresh token");
    }
    return {};
}

} // namespace OAuth
