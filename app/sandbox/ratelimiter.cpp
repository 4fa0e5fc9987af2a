// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>
#include <memory>

namespace Sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sandbox::RateLimiter", text);
}

constexpr std::array allGroups{
    ApiGroup::Admin, ApiGroup::Developer, ApiGroup::Public, ApiGroup::OAuth2, ApiGroup::OpenBanking,
    ApiGroup::Web, ApiGroup::System, ApiGroup::AuditEvents, ApiGroup::IdentityAdmin, ApiGroup::IdentitySelfService,
};

int secondsCeil(double milliseconds)
{
    if (milliseconds <= 0)
        return 0;
    return int(std::min(std::ceil(milliseconds / 1000.0), 1e9));
}

} // namespace

RateLimiter::RateLimiter(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
    const qint64 now = m_clock();
    for (ApiGroup group : allGroups) {
        Bucket &bucket = m_buckets[size_t(group)];
        bucket.limit = defaultLimit(group);
        bucket.tokens = bucket.limit.burst;
        bucket.updatedAt = now;
    }
}

RateLimiter::Limit RateLimiter::defaultLimit(ApiGroup group)
{
    switch (group) {
    case ApiGroup::Admin: return {300, 50};
    case ApiGroup::Developer: return {600, 50};
    case ApiGroup::Public: return {3000, 500};
    case ApiGroup::OAuth2: return {3000, 500};
    case ApiGroup::OpenBanking: return {600, 100};
    case ApiGroup::Web: return {3000, 1000};
    case ApiGroup::System: return {3000, 100};
    case ApiGroup::AuditEvents: return {6000, 2000};
    case ApiGroup::IdentityAdmin: return {300, 50};
    case ApiGroup::IdentitySelfService: return {300, 50};
    }
    return {300, 50};
}

QString RateLimiter::groupKey(ApiGroup group)
{
    switch (group) {
    case ApiGroup::Admin: return QStringLiteral("admin");
    case ApiGroup::Developer: return QStringLiteral("developer");
    case ApiGroup::Public: return QStringLiteral("public");
    case ApiGroup::OAuth2: return QStringLiteral("oauth2");
    case ApiGroup::OpenBanking: return QStringLiteral("openbanking");
    case ApiGroup::Web: return QStringLiteral("web");
    case ApiGroup::System: return QStringLiteral("system");
    case ApiGroup::AuditEvents: return QStringLiteral("audit_events");
    case ApiGroup::IdentityAdmin: return QStringLiteral("identity_admin");
    case ApiGroup::IdentitySelfService: return QStringLiteral("identity_self_service");
    }
    return {};
}

RateLimiter::Limit RateLimiter::limit(ApiGroup group) const
{
    return m_buckets[size_t(group)].limit;
}

void RateLimiter::setLimit(ApiGroup group, Limit limit)
{
    Bucket &bucket = m_buckets[size_t(group)];
    bucket.limit = {std::clamp(limit.perMinute, 1, MaxPerMinute), std::clamp(limit.burst, 1, MaxBurst)};
    bucket.tokens = bucket.limit.burst;
    bucket.updatedAt = m_clock();
}

bool RateLimiter::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the rate-limits file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.read(1024 * 1024 + 1);
    if (data.size() > 1024 * 1024) {
        if (error)
            *error = tr("The rate-limits file %1 is larger than 1 MiB.").arg(path);
        return false;
    }
    QString message;
    if (!loadJson(data, &message)) {
        if (error)
            *error = tr("Rate-limits file %1: %2").arg(path, message);
        return false;
    }
    return true;
}

bool RateLimiter::loadJson(const QByteArray &json, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    const auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return fail(tr("expected a JSON object of API groups, like {\"admin\": {\"per_minute\": 300, \"burst\": 50}}"));

    QStringList known;
    for (ApiGroup group : allGroups)
        known << groupKey(group);

    std::array<std::optional<Limit>, GroupCount> parsed;
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        const qsizetype index = known.indexOf(key);
        if (index < 0)
            return fail(tr("unknown API group \"%1\"; known groups: %2").arg(key, known.join(QStringLiteral(", "))));
        if (!it.value().isObject())
            return fail(tr("\"%1\" must be an object with \"per_minute\" and \"burst\"").arg(key));
        const QJsonObject entry = it.value().toObject();
        for (auto member = entry.begin(); member != entry.end(); ++member) {
            if (member.key() != QLatin1String("per_minute") && member.key() != QLatin1String("burst"))
                return fail(tr("\"%1\" has an unknown member \"%2\"; expected \"per_minute\" and \"burst\"").arg(key, member.key()));
        }
        Limit limit = defaultLimit(allGroups[size_t(index)]);
        const auto readInt = [&](const QString &name, int maximum, int *out) -> bool {
            const QJsonValue value = entry.value(name);
            if (value.isUndefined())
                return true; // keeps the default
            const double number = value.toDouble(-1);
            if (!value.isDouble() || number != std::floor(number) || number < 1 || number > maximum) {
                *error = tr("\"%1\".\"%2\" must be a whole number from 1 to %3").arg(key, name).arg(maximum);
                return false;
            }
            *out = int(number);
            return true;
        };
        if (!readInt(QStringLiteral("per_minute"), MaxPerMinute, &limit.perMinute)
            || !readInt(QStringLiteral("burst"), MaxBurst, &limit.burst))
            return false;
        parsed[size_t(index)] = limit;
    }
    for (ApiGroup group : allGroups) {
        if (parsed[size_t(group)])
            setLimit(group, *parsed[size_t(group)]);
    }
    return true;
}

void RateLimiter::refill(Bucket &bucket, qint64 now) const
{
    const qint64 elapsed = now - bucket.updatedAt;
    if (elapsed <= 0)
        return; // a clock that does not move forward adds nothing
    bucket.tokens = std::min<double>(bucket.limit.burst, bucket.tokens + elapsed * bucket.limit.perMinute / 60000.0);
    bucket.updatedAt = now;
}

RateLimiter::Decision RateLimiter::decision(const Bucket &bucket, bool allowed) const
{
    const double perMillisecond = bucket.limit.perMinute / 60000.0;
    Decision result;
    result.allowed = allowed;
    result.limit = bucket.limit.perMinute;
    result.remaining = int(std::floor(bucket.tokens + 1e-9));
    result.resetSeconds = secondsCeil((bucket.limit.burst - bucket.tokens) / perMillisecond);
    if (!allowed)
        result.retryAfterSeconds = std::max(1, secondsCeil((1.0 - bucket.tokens) / perMillisecond));
    return result;
}

RateLimiter::Decision RateLimiter::take(ApiGroup group)
{
    Bucket &bucket = m_buckets[size_t(group)];
    refill(bucket, m_clock());
    if (bucket.tokens + 1e-9 < 1.0)
        return decision(bucket, false);
    bucket.tokens = std::max(0.0, bucket.tokens - 1.0);
    return decision(bucket, true);
}

RateLimiter::Decision RateLimiter::peek(ApiGroup group) const
{
    Bucket &bucket = m_buckets[size_t(group)];
    refill(bucket, m_clock());
    return decision(bucket, true);
}

} // namespace Sandbox
