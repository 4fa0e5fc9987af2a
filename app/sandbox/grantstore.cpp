// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantstore.h"

#include "tenantstate.h"
#include "tokenissuer.h"

#include "jose/base64url.h"

#include <QRandomGenerator>

namespace Sandbox {

namespace {

constexpr qint64 LoginLifetimeSeconds = 600;

struct RefreshRecord
{
    GrantSubject grant;
    QString family;
    QDateTime expiresAt;
    bool used = false;     // rotated: presenting it again is reuse
    bool revoked = false;
};

} // namespace

// A redeemed code, kept until it would have expired, with what it produced.
struct RedeemedCode
{
    QDateTime expiresAt;
    QString accessJti;
    QString opaqueAccessToken;
    QDateTime accessExpiresAt;
    QString refreshFamily;
};

struct GrantStore::Private
{
    explicit Private(TenantState &s) : state(s) {}
    TenantState &state;
    QHash<QString, PendingLogin> logins;                // form token → request
    QHash<QString, AuthorizationCodeGrant> codes;       // code → grant
    QHash<QString, RedeemedCode> redeemedCodes;         // code → what it produced
    QHash<QString, RefreshRecord> refreshTokens;        // token → record
    QHash<QString, IssuedToken> opaqueAccessTokens;     // token → record
    QHash<QString, IssuedToken> accessByJti;            // jti → record (JWT access tokens)
    QHash<QString, QDateTime> revokedJtis;              // jti → expiry (kept until then)
    QHash<QString, QDateTime> assertionIds;             // client id + jti → expiry
    QDateTime lastPurge;
};

GrantStore::GrantStore(TenantState &state, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(state))
{
}

GrantStore::~GrantStore() = default;

TenantState &GrantStore::state() const
{
    return d->state;
}

QString GrantStore::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(Jose::base64UrlEncode(raw));
}

void GrantStore::purgeExpired() const
{
    // Lookups check expiry themselves; the sweep only bounds memory, once a second at most.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (d->lastPurge.isValid() && d->lastPurge.msecsTo(now) < 1000)
        return;
    d->lastPurge = now;
    const auto purge = [&now](auto &hash, auto expiry) {
        for (auto it = hash.begin(); it != hash.end();) {
            if (expiry(it.value()) < now)
                it = hash.erase(it);
            else
                ++it;
        }
    };
    purge(d->logins, [](const PendingLogin &l) { return l.expiresAt; });
    purge(d->codes, [](const AuthorizationCodeGrant &c) { return c.expiresAt; });
    purge(d->redeemedCodes, [](const RedeemedCode &c) { return c.expiresAt; });
    purge(d->refreshTokens, [](const RefreshRecord &r) { return r.expiresAt; });
    purge(d->opaqueAccessTokens, [](const IssuedToken &t) { return t.expiresAt; });
    purge(d->accessByJti, [](const IssuedToken &t) { return t.expiresAt; });
    purge(d->revokedJtis, [](const QDateTime &t) { return t; });
    purge(d->assertionIds, [](const QDateTime &t) { return t; });
}

AdminTokens::Verdict GrantStore::check(const QString &authorizationHeader) const
{
    const QString header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return Verdict::Missing;
    // RFC 6750 §2.1: the scheme is case-insensitive.
    if (!header.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return Verdict::Missing;
    const QString token = header.mid(7).trimmed();
    if (token.isEmpty())
        return Verdict::Invalid;

    const QString adminWorkspace = QStringLiteral("admin");
    if (const auto opaque = opaqueToken(token)) {
        if (opaque->tokenType != QLatin1String("access_token") || opaque->revoked
            || opaque->expiresAt < QDateTime::currentDateTimeUtc())
            return Verdict::Invalid;
        return opaque->grant.workspaceId == adminWorkspace ? Verdict::Valid : Verdict::WrongWorkspace;
    }
    const auto verified = TokenIssuer::verifyOwnJwt(d->state, token);
    if (!verified)
        return Verdict::Invalid;
    if (isJtiRevoked(verified->jti))
        return Verdict::Invalid;
    return verified->workspaceId == adminWorkspace ? Verdict::Valid : Verdict::WrongWorkspace;
}

QString GrantStore::createLogin(const PendingLogin &login)
{
    purgeExpired();
    const QString token = randomToken(24);
    PendingLogin stored = login;
    stored.expiresAt = QDateTime::currentDateTimeUtc().addSecs(LoginLifetimeSeconds);
    d->logins.insert(token, stored);
    return token;
}

std::optional<PendingLogin> GrantStore::takeLogin(const QString &formToken)
{
    purgeExpired();
    const auto it = d->logins.constFind(formToken);
    if (it == d->logins.constEnd())
        return std::nullopt;
    PendingLogin login = it.value();
    d->logins.erase(it);
    if (login.expiresAt < QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return login;
}

std::optional<PendingLogin> GrantStore::login(const QString &formToken) const
{
    purgeExpired();
    const auto it = d->logins.constFind(formToken);
    if (it == d->logins.constEnd() || it->expiresAt < QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return it.value();
}

QString GrantStore::issueCode(const AuthorizationCodeGrant &code)
{
    purgeExpired();
    const QString value = randomToken(32);
    d->codes.insert(value, code);
    return value;
}

std::optional<AuthorizationCodeGrant> GrantStore::redeemCode(const QString &workspaceId, const QString &code)
{
    purgeExpired();
    const auto it = d->codes.constFind(code);
    if (it == d->codes.constEnd()) {
        if (const auto used = d->redeemedCodes.constFind(code); used != d->redeemedCodes.constEnd()) {
            // A replayed code: whoever has it now, the tokens it gave are no longer trusted.
            const RedeemedCode record = used.value();
            d->redeemedCodes.erase(used);
            if (!record.accessJti.isEmpty())
                d->revokedJtis.insert(record.accessJti, record.accessExpiresAt);
            d->opaqueAccessTokens.remove(record.opaqueAccessToken);
            if (!record.refreshFamily.isEmpty()) {
                for (auto &other : d->refreshTokens) {
                    if (other.family == record.refreshFamily)
                        other.revoked = true;
                }
            }
        }
        return std::nullopt;
    }
    AuthorizationCodeGrant grant = it.value();
    d->codes.erase(it); // single use, whatever happens next (RFC 6749 §4.1.2)
    if (grant.grant.workspaceId != workspaceId || grant.expiresAt < QDateTime::currentDateTimeUtc())
        return std::nullopt;
    d->redeemedCodes.insert(code, RedeemedCode{grant.expiresAt, {}, {}, {}, {}});
    return grant;
}

void GrantStore::bindToCode(const QString &code, const QString &accessJti, const QString &opaqueAccessToken,
                            const QDateTime &accessExpiresAt, const QString &refreshToken)
{
    const auto it = d->redeemedCodes.find(code);
    if (it == d->redeemedCodes.end())
        return;
    it->accessJti = accessJti;
    it->opaqueAccessToken = opaqueAccessToken;
    it->accessExpiresAt = accessExpiresAt;
    if (const auto refresh = d->refreshTokens.constFind(refreshToken); refresh != d->refreshTokens.constEnd())
        it->refreshFamily = refresh->family;
}

QString GrantStore::issueRefreshToken(const GrantSubject &grant, const QDateTime &expiresAt, const QString &family)
{
    purgeExpired();
    const QString value = randomToken(32);
    RefreshRecord record;
    record.grant = grant;
    record.family = family.isEmpty() ? randomToken(12) : family;
    record.expiresAt = expiresAt;
    d->refreshTokens.insert(value, record);
    return value;
}

GrantStore::RefreshOutcome GrantStore::redeemRefreshToken(const QString &workspaceId, const QString &clientId,
                                                          const QString &token)
{
    purgeExpired();
    RefreshOutcome outcome;
    const auto it = d->refreshTokens.find(token);
    if (it == d->refreshTokens.end())
        return outcome;
    RefreshRecord &record = it.value();
    if (record.grant.workspaceId != workspaceId || record.grant.clientId != clientId
        || record.expiresAt < QDateTime::currentDateTimeUtc())
        return outcome;
    outcome.family = record.family;
    if (record.revoked)
        return outcome;
    if (record.used) {
        // RFC 6819 §5.2.2.3: a rotated token presented again means one of the two parties is
        // an attacker; revoke the whole family.
        outcome.reuseDetected = true;
        for (auto &other : d->refreshTokens) {
            if (other.family == record.family)
                other.revoked = true;
        }
        return outcome;
    }
    record.used = true;
    outcome.grant = record.grant;
    return outcome;
}

void GrantStore::recordAccessToken(const QString &jti, const GrantSubject &grant, const QDateTime &issuedAt,
                                   const QDateTime &expiresAt)
{
    purgeExpired();
    IssuedToken token;
    token.grant = grant;
    token.tokenType = QStringLiteral("access_token");
    token.jti = jti;
    token.issuedAt = issuedAt;
    token.expiresAt = expiresAt;
    d->accessByJti.insert(jti, token);
}

QString GrantStore::issueOpaqueAccessToken(const GrantSubject &grant, const QDateTime &issuedAt,
                                           const QDateTime &expiresAt)
{
    purgeExpired();
    const QString value = randomToken(32);
    IssuedToken token;
    token.grant = grant;
    token.tokenType = QStringLiteral("access_token");
    token.jti = randomToken(12);
    token.issuedAt = issuedAt;
    token.expiresAt = expiresAt;
    d->opaqueAccessTokens.insert(value, token);
    return value;
}

std::optional<IssuedToken> GrantStore::opaqueToken(const QString &token) const
{
    purgeExpired();
    if (const auto it = d->opaqueAccessTokens.constFind(token); it != d->opaqueAccessTokens.constEnd())
        return it.value();
    if (const auto it = d->refreshTokens.constFind(token); it != d->refreshTokens.constEnd()) {
        IssuedToken issued;
        issued.grant = it->grant;
        issued.tokenType = QStringLiteral("refresh_token");
        issued.expiresAt = it->expiresAt;
        issued.revoked = it->revoked || it->used;
        return issued;
    }
    return std::nullopt;
}

std::optional<IssuedToken> GrantStore::accessTokenByJti(const QString &jti) const
{
    purgeExpired();
    const auto it = d->accessByJti.constFind(jti);
    if (it == d->accessByJti.constEnd())
        return std::nullopt;
    IssuedToken token = it.value();
    token.revoked = d->revokedJtis.contains(jti);
    return token;
}

bool GrantStore::isJtiRevoked(const QString &jti) const
{
    return !jti.isEmpty() && d->revokedJtis.contains(jti);
}

bool GrantStore::revokeOpaque(const QString &workspaceId, const QString &clientId, const QString &token)
{
    purgeExpired();
    if (auto it = d->opaqueAccessTokens.find(token); it != d->opaqueAccessTokens.end()) {
        if (it->grant.workspaceId != workspaceId || it->grant.clientId != clientId)
            return false;
        d->opaqueAccessTokens.erase(it);
        return true;
    }
    if (auto it = d->refreshTokens.find(token); it != d->refreshTokens.end()) {
        if (it->grant.workspaceId != workspaceId || it->grant.clientId != clientId)
            return false;
        // RFC 7009 §2.1: revoking a refresh token ends its grant; here, its family.
        const QString family = it->family;
        for (auto &other : d->refreshTokens) {
            if (other.family == family)
                other.revoked = true;
        }
        return true;
    }
    return false;
}

void GrantStore::revokeJti(const QString &jti, const QDateTime &expiresAt)
{
    if (jti.isEmpty())
        return;
    purgeExpired();
    d->revokedJtis.insert(jti, expiresAt);
}

bool GrantStore::useAssertionId(const QString &clientId, const QString &jti, const QDateTime &expiresAt)
{
    purgeExpired();
    const QString key = clientId + QLatin1Char('\n') + jti;
    if (d->assertionIds.contains(key))
        return false;
    d->assertionIds.insert(key, expiresAt);
    return true;
}

} // namespace Sandbox
