// SPDX-License-Identifier: GPL-3.0-or-later
#include "idempotency.h"

#include <QCryptographicHash>

#include <chrono>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

QByteArray entryKey(const QString &tenant, const QByteArray &key)
{
    return tenant.toUtf8() + '\n' + key;
}

} // namespace

IdempotencyCache::IdempotencyCache(qint64 windowMs, Clock clock, qsizetype capacity)
    : m_windowMs(windowMs)
    , m_clock(std::move(clock))
    , m_capacity(std::max<qsizetype>(capacity, 1))
{
}

QString IdempotencyCache::keyProblem(const QByteArray &key)
{
    if (key.size() < kMinimumKeyLength || key.size() > kMaximumKeyLength) {
        return u"X-Idempotency-Key must be %1 to %2 characters long (this one has %3); send a fresh random key"_s
            .arg(kMinimumKeyLength)
            .arg(kMaximumKeyLength)
            .arg(key.size());
    }
    for (const char c : key) {
        if (c < 0x21 || c > 0x7E)
            return u"X-Idempotency-Key may only hold visible ASCII characters (no spaces); send a fresh random key"_s;
    }
    return {};
}

QByteArray IdempotencyCache::fingerprint(const HttpRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(request.target);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(request.body);
    return hash.result();
}

qint64 IdempotencyCache::now() const
{
    if (m_clock)
        return m_clock();
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

void IdempotencyCache::dropExpired(qint64 now)
{
    m_entries.removeIf([this, now](const auto &it) { return now - it.value().storedAt >= m_windowMs; });
}

IdempotencyCache::Found IdempotencyCache::find(const QString &tenant, const QByteArray &key, const QByteArray &fingerprint)
{
    const qint64 t = now();
    dropExpired(t);
    const auto it = m_entries.constFind(entryKey(tenant, key));
    if (it == m_entries.constEnd())
        return {};
    if (it->fingerprint != fingerprint)
        return {Verdict::Mismatch, {}};
    Found found{Verdict::Replay, it->response};
    found.response.setHeader("X-Idempotent-Replayed", "true");
    return found;
}

void IdempotencyCache::store(const QString &tenant, const QByteArray &key, const QByteArray &fingerprint, const HttpResponse &response)
{
    if (response.status < 200 || response.status > 299)
        return;
    const qint64 t = now();
    dropExpired(t);
    const QByteArray k = entryKey(tenant, key);
    if (!m_entries.contains(k) && m_entries.size() >= m_capacity) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->storedAt < oldest->storedAt)
                oldest = it;
        }
        m_entries.erase(oldest);
    }
    m_entries.insert(k, Entry{fingerprint, response, t});
}

} // namespace Sandbox
