// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantstore.h"
#include "grantstore_p.h"

#include "tenantstate.h"
#include "tokenissuer.h"

#include "jose/base64url.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QRandomGenerator>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGrants, "tokenscope.sandbox.grants", QtInfoMsg)

namespace Sandbox {

namespace {

constexpr qint64 LoginLifetimeSeconds = 600;
constexpr qint64 ExpiredDeviceGraceSeconds = 600;
const QString RequestUriPrefix = QStringLiteral("urn:ietf:params:oauth:request_uri:"); // RFC 9126 §2.2
constexpr int SaveDelayMs = 200;

// Token values never become keys: the store keeps their SHA-256 (base64url), so grants.json
// holds nothing a caller could present.
QString digest(const QString &token)
{
    return QString::fromLatin1(
        Jose::base64UrlEncode(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256)));
}

} // namespace

struct GrantStore::Private : GrantRecords
{
    explicit Private(TenantState &s) : state(s) {}
    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }

    TenantState &state;
    std::function<QDateTime()> clock;
    QDateTime lastPurge;
    QString filePath; // empty: memory only
    QTimer saveTimer;
};

GrantStore::GrantStore(TenantState &state, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(state))
{
    d->saveTimer.setSingleShot(true);
    d->saveTimer.setInterval(SaveDelayMs);
    connect(&d->saveTimer, &QTimer::timeout, this, [this] { save(); });
}

GrantStore::~GrantStore()
{
    if (d->saveTimer.isActive())
        save();
}

TenantState &GrantStore::state() const
{
    return d->state;
}

void GrantStore::setClock(std::function<QDateTime()> clock)
{
    d->clock = std::move(clock);
}

QDateTime GrantStore::now() const
{
    return d->now();
}

QString GrantStore::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(Jose::base64UrlEncode(raw));
}

QString GrantStore::setStorageFile(const QString &path)
{
    d->filePath = path;
    QFile file(path);
    if (!file.exists())
        return {};
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        file.close();
        GrantRecords records;
        if (parseError.error != QJsonParseError::NoError)
            problem = parseError.errorString();
        else if (!document.isObject())
            problem = QStringLiteral("not a JSON object");
        else if (grantRecordsFromJson(document.object(), &records, &problem))
            static_cast<GrantRecords &>(*d) = std::move(records);
    }
    if (problem.isEmpty()) {
        d->lastPurge = {};
        purgeExpired();
        qCInfo(lcGrants) << "loaded grants from" << path;
        return {};
    }
    qCWarning(lcGrants) << "grants file" << path << "unusable:" << problem;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString aside = path + QLatin1String(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = path + QLatin1String(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside)) {
        d->filePath.clear(); // never overwrite what we could not read
        return tr("The sandbox's grants file %1 cannot be read (%2) nor moved aside; grants are kept in memory "
                  "only. Move the file away and restart the sandbox.")
            .arg(QDir::toNativeSeparators(path), problem);
    }
    return tr("The sandbox's grants file could not be read (%1); it was moved aside to %2. Earlier refresh tokens "
              "and codes are no longer valid.")
        .arg(problem, QDir::toNativeSeparators(aside));
}

bool GrantStore::save()
{
    d->saveTimer.stop();
    if (d->filePath.isEmpty())
        return true;
    QSaveFile file(d->filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcGrants) << "cannot write grants file" << d->filePath << file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(grantRecordsToJson(*d)).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        qCWarning(lcGrants) << "cannot write grants file" << d->filePath << file.errorString();
        return false;
    }
    return true;
}

void GrantStore::changed()
{
    if (!d->filePath.isEmpty() && !d->saveTimer.isActive())
        d->saveTimer.start();
}

void GrantStore::purgeExpired() const
{
    // Lookups check expiry themselves; the sweep only bounds memory, once a second at most.
    const QDateTime now = d->now();
    if (d->lastPurge.isValid() && d->lastPurge.msecsTo(now) < 1000 && d->lastPurge <= now)
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
    purge(d->devices, [](const DeviceAuthorization &a) { return a.expiresAt.addSecs(ExpiredDeviceGraceSeconds); });
    purge(d->pushedRequests, [](const PushedRequest &r) { return r.expiresAt; });
    for (auto it = d->deviceUserCodes.begin(); it != d->deviceUserCodes.end();) {
        if (!d->devices.contains(it.value()))
            it = d->deviceUserCodes.erase(it);
        else
            ++it;
    }
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
        if (opaque->tokenType != QLatin1String("access_token") || opaque->revoked || opaque->expiresAt < d->now())
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
    stored.expiresAt = d->now().addSecs(LoginLifetimeSeconds);
    d->logins.insert(digest(token), stored);
    changed();
    return token;
}

std::optional<PendingLogin> GrantStore::takeLogin(const QString &formToken)
{
    purgeExpired();
    const auto it = d->logins.constFind(digest(formToken));
    if (it == d->logins.constEnd())
        return std::nullopt;
    PendingLogin login = it.value();
    d->logins.erase(it);
    changed();
    if (login.expiresAt < d->now())
        return std::nullopt;
    return login;
}

std::optional<PendingLogin> GrantStore::login(const QString &formToken) const
{
    purgeExpired();
    const auto it = d->logins.constFind(digest(formToken));
    if (it == d->logins.constEnd() || it->expiresAt < d->now())
        return std::nullopt;
    return it.value();
}

QString GrantStore::issueCode(const AuthorizationCodeGrant &code)
{
    purgeExpired();
    const QString value = randomToken(32);
    d->codes.insert(digest(value), code);
    changed();
    return value;
}

void GrantStore::revokeFamily(const QString &family)
{
    for (auto &other : d->refreshTokens) {
        if (other.family == family)
            other.revoked = true;
    }
}

std::optional<AuthorizationCodeGrant> GrantStore::redeemCode(const QString &workspaceId, const QString &code)
{
    purgeExpired();
    const QString key = digest(code);
    const auto it = d->codes.constFind(key);
    if (it == d->codes.constEnd()) {
        if (const auto used = d->redeemedCodes.constFind(key); used != d->redeemedCodes.constEnd()) {
            // A replayed code: whoever has it now, the tokens it gave are no longer trusted.
            const RedeemedCode record = used.value();
            d->redeemedCodes.erase(used);
            if (!record.accessJti.isEmpty())
                d->revokedJtis.insert(record.accessJti, record.accessExpiresAt);
            d->opaqueAccessTokens.remove(record.opaqueAccessDigest);
            if (!record.refreshFamily.isEmpty())
                revokeFamily(record.refreshFamily);
            changed();
        }
        return std::nullopt;
    }
    AuthorizationCodeGrant grant = it.value();
    d->codes.erase(it); // single use, whatever happens next (RFC 6749 §4.1.2)
    changed();
    if (grant.grant.workspaceId != workspaceId || grant.expiresAt < d->now())
        return std::nullopt;
    d->redeemedCodes.insert(key, RedeemedCode{grant.expiresAt, {}, {}, {}, {}});
    return grant;
}

void GrantStore::bindToCode(const QString &code, const QString &accessJti, const QString &opaqueAccessToken,
                            const QDateTime &accessExpiresAt, const QString &refreshToken)
{
    const auto it = d->redeemedCodes.find(digest(code));
    if (it == d->redeemedCodes.end())
        return;
    it->accessJti = accessJti;
    it->opaqueAccessDigest = opaqueAccessToken.isEmpty() ? QString() : digest(opaqueAccessToken);
    it->accessExpiresAt = accessExpiresAt;
    if (!refreshToken.isEmpty()) {
        if (const auto refresh = d->refreshTokens.constFind(digest(refreshToken)); refresh != d->refreshTokens.constEnd())
            it->refreshFamily = refresh->family;
    }
    changed();
}

QString GrantStore::issueRefreshToken(const GrantSubject &grant, const QDateTime &expiresAt, const QString &family)
{
    purgeExpired();
    const QString value = randomToken(32);
    RefreshRecord record;
    record.grant = grant;
    record.family = family.isEmpty() ? randomToken(12) : family;
    record.expiresAt = expiresAt;
    d->refreshTokens.insert(digest(value), record);
    changed();
    return value;
}

GrantStore::RefreshOutcome GrantStore::redeemRefreshToken(const QString &workspaceId, const QString &clientId,
                                                          const QString &token)
{
    purgeExpired();
    RefreshOutcome outcome;
    const auto it = d->refreshTokens.find(digest(token));
    if (it == d->refreshTokens.end())
        return outcome;
    RefreshRecord &record = it.value();
    if (record.grant.workspaceId != workspaceId || record.grant.clientId != clientId || record.expiresAt < d->now())
        return outcome;
    outcome.family = record.family;
    if (record.revoked)
        return outcome;
    if (record.used) {
        // RFC 6819 §5.2.2.3: a rotated token presented again means one of the two parties is
        // an attacker; revoke the whole family.
        outcome.reuseDetected = true;
        revokeFamily(record.family);
        changed();
        return outcome;
    }
    record.used = true;
    outcome.grant = record.grant;
    changed();
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
    changed();
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
    d->opaqueAccessTokens.insert(digest(value), token);
    changed();
    return value;
}

std::optional<IssuedToken> GrantStore::opaqueToken(const QString &token) const
{
    purgeExpired();
    const QString key = digest(token);
    if (const auto it = d->opaqueAccessTokens.constFind(key); it != d->opaqueAccessTokens.constEnd())
        return it.value();
    if (const auto it = d->refreshTokens.constFind(key); it != d->refreshTokens.constEnd()) {
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
    const QString key = digest(token);
    if (auto it = d->opaqueAccessTokens.find(key); it != d->opaqueAccessTokens.end()) {
        if (it->grant.workspaceId != workspaceId || it->grant.clientId != clientId)
            return false;
        d->opaqueAccessTokens.erase(it);
        changed();
        return true;
    }
    if (auto it = d->refreshTokens.find(key); it != d->refreshTokens.end()) {
        if (it->grant.workspaceId != workspaceId || it->grant.clientId != clientId)
            return false;
        // RFC 7009 §2.1: revoking a refresh token ends its grant; here, its family.
        revokeFamily(it->family);
        changed();
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
    changed();
}

bool GrantStore::useAssertionId(const QString &clientId, const QString &jti, const QDateTime &expiresAt)
{
    purgeExpired();
    const QString key = clientId + QLatin1Char('\n') + jti;
    if (d->assertionIds.contains(key))
        return false;
    d->assertionIds.insert(key, expiresAt);
    changed();
    return true;
}

GrantStore::DeviceCodes GrantStore::issueDeviceAuthorization(const DeviceAuthorization &request,
                                                             const QString &alphabet, int userCodeLength)
{
    purgeExpired();
    DeviceCodes codes;
    QString normalized;
    do {
        normalized.clear();
        for (int i = 0; i < userCodeLength; ++i)
            normalized += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    } while (d->deviceUserCodes.contains(userCodeKey(normalized)));
    for (qsizetype i = 0; i < normalized.size(); i += 4)
        codes.userCode += (i > 0 ? QStringLiteral("-") : QString()) + normalized.mid(i, 4);
    codes.deviceCode = randomToken(32);
    DeviceAuthorization stored = request;
    stored.status = QStringLiteral("pending");
    d->devices.insert(digest(codes.deviceCode), stored);
    d->deviceUserCodes.insert(userCodeKey(normalized), digest(codes.deviceCode));
    changed();
    return codes;
}

QString GrantStore::userCodeKey(const QString &userCode)
{
    QString normalized;
    for (const QChar c : userCode) {
        if (c != u'-' && !c.isSpace())
            normalized += c.toUpper();
    }
    return digest(normalized);
}

std::optional<DeviceAuthorization> GrantStore::pendingDevice(const QString &userCodeKey) const
{
    purgeExpired();
    const QString deviceKey = d->deviceUserCodes.value(userCodeKey);
    const auto it = d->devices.constFind(deviceKey);
    if (deviceKey.isEmpty() || it == d->devices.constEnd() || it->status != QLatin1String("pending")
        || it->expiresAt <= d->now())
        return std::nullopt;
    return it.value();
}

bool GrantStore::decideDevice(const QString &userCodeKey, const std::optional<GrantSubject> &approvedGrant)
{
    purgeExpired();
    const QString deviceKey = d->deviceUserCodes.value(userCodeKey);
    const auto it = d->devices.find(deviceKey);
    if (deviceKey.isEmpty() || it == d->devices.end() || it->status != QLatin1String("pending")
        || it->expiresAt <= d->now())
        return false;
    it->status = approvedGrant ? QStringLiteral("approved") : QStringLiteral("denied");
    if (approvedGrant)
        it->grant = *approvedGrant;
    changed();
    return true;
}

GrantStore::DevicePollOutcome GrantStore::pollDevice(const QString &workspaceId, const QString &clientId,
                                                     const QString &deviceCode)
{
    purgeExpired();
    DevicePollOutcome outcome;
    const QString key = digest(deviceCode);
    const auto it = d->devices.find(key);
    if (it == d->devices.end() || it->workspaceId != workspaceId || it->clientId != clientId)
        return outcome;
    const QDateTime now = d->now();
    const auto finish = [&](DevicePoll result) {
        outcome.result = result;
        if (result == DevicePoll::Approved)
            outcome.grant = it->grant;
        d->devices.erase(it); // the device code works once (RFC 8628 §3.5: access_denied, expired_token end it)
        changed();
        return outcome;
    };
    if (it->expiresAt <= now)
        return finish(DevicePoll::Expired);
    if (it->status == QLatin1String("denied"))
        return finish(DevicePoll::Denied);
    if (it->status == QLatin1String("approved"))
        return finish(DevicePoll::Approved);
    const QDateTime last = it->lastPoll;
    it->lastPoll = now;
    changed();
    // RFC 8628 §3.5: polling faster than the interval is slow_down, and the interval grows by 5 s.
    if (last.isValid() && last.secsTo(now) < it->interval) {
        it->interval += 5;
        outcome.result = DevicePoll::SlowDown;
        return outcome;
    }
    outcome.result = DevicePoll::Pending;
    return outcome;
}

QString GrantStore::pushAuthorizationRequest(const PushedRequest &request)
{
    purgeExpired();
    const QString requestUri = RequestUriPrefix + randomToken(32);
    d->pushedRequests.insert(digest(requestUri), request);
    changed();
    return requestUri;
}

std::optional<PushedRequest> GrantStore::takePushedRequest(const QString &requestUri)
{
    purgeExpired();
    const auto it = d->pushedRequests.constFind(digest(requestUri));
    if (it == d->pushedRequests.constEnd())
        return std::nullopt;
    PushedRequest request = it.value();
    d->pushedRequests.erase(it);
    changed();
    if (request.expiresAt <= d->now())
        return std::nullopt;
    return request;
}

} // namespace Sandbox
