// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the sandbox's admin API: X-Idempotency-Key on POST (admin.json's info: "Generate a
// unique idempotency key (32-255 characters long) … Retry failed requests with the same key
// within 1 minute. Responses for replayed requests will include the X-Idempotent-Replayed: true
// header.").

#include "httpmessage.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace Sandbox {

// Remembers the successful (2xx) responses of keyed POSTs, per tenant, in memory only, for a
// window (60 s by default). Error responses are not kept: the request changed nothing, so a
// retry with the same key runs again. At most `capacity` keys; expired ones are dropped first,
// then the oldest. Stored responses may hold secrets (a created client's secret): they never
// leave memory and are only replayed to a caller that passed the admin token check.
class IdempotencyCache final
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds

    explicit IdempotencyCache(qint64 windowMs = 60 * 1000, Clock clock = {}, qsizetype capacity = 1000);

    static constexpr qsizetype kMinimumKeyLength = 32;
    static constexpr qsizetype kMaximumKeyLength = 255;
    // Empty when the key can be used; otherwise why not (for an Error body).
    static QString keyProblem(const QByteArray &key);

    // What the request hashes to: method, target (path and query) and body.
    static QByteArray fingerprint(const HttpRequest &request);

    enum class Verdict {
        New,      // not seen within the window: run the request
        Replay,   // seen with the same fingerprint: answer `response`
        Mismatch, // seen with another method, target or body
    };
    struct Found
    {
        Verdict verdict = Verdict::New;
        HttpResponse response; // Replay: the stored response, X-Idempotent-Replayed added
    };
    Found find(const QString &tenant, const QByteArray &key, const QByteArray &fingerprint);
    // Keeps a 2xx response; others are ignored.
    void store(const QString &tenant, const QByteArray &key, const QByteArray &fingerprint, const HttpResponse &response);

    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        QByteArray fingerprint;
        HttpResponse response;
        qint64 storedAt = 0;
    };
    qint64 now() const;
    void dropExpired(qint64 now);

    qint64 m_windowMs;
    Clock m_clock;
    qsizetype m_capacity;
    QHash<QByteArray, Entry> m_entries; // tenant + '\n' + key
};

} // namespace Sandbox
